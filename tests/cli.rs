//! The binary as a user meets it: exit codes, errors that name the file,
//! the JSON report's shape, rule folders, and the seed articles.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").expect("binary");
    cmd.env_remove("NO_COLOR").env_remove("COLUMNS");
    cmd
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

fn json_of(output: &std::process::Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn findings_exit_one_and_show_in_the_table() {
    let out = crosscheck()
        .arg("audit")
        .arg(fixture("brewery-deal"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("figure contradiction"), "{text}");
    assert!(
        text.contains("2,800,000,000 USD") && text.contains("3,200,000,000 USD"),
        "{text}"
    );
    assert!(
        !text.contains("2800000000"),
        "values are grouped everywhere: {text}"
    );
    assert!(!text.contains('\u{1b}'), "no colour off a terminal");
}

#[test]
fn agreeing_sources_exit_zero() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.txt",
        "The storm destroyed 40 homes in Millbrook on Friday, officials said.\n",
    );
    write(
        dir.path(),
        "b.txt",
        "Officials in Millbrook said forty homes were destroyed by Friday's storm.\n",
    );
    let out = crosscheck().arg("audit").arg(dir.path()).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = crosscheck()
        .args(["audit", "--agreements", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "agreements alone do not fail a run"
    );
    let report = json_of(&out);
    assert_eq!(report["findings"][0]["verdict"], "agreement");
}

#[test]
fn json_report_cites_both_sides_exactly() {
    let out = crosscheck()
        .args(["audit", "--format", "json"])
        .arg(fixture("harbour-flood"))
        .output()
        .unwrap();
    let report = json_of(&out);
    assert_eq!(report["version"], 2);
    assert_eq!(report["sources"].as_array().map(Vec::len), Some(4));
    let findings = report["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    for finding in findings {
        for key in [
            "id",
            "fingerprint",
            "kind",
            "verdict",
            "slot",
            "topic",
            "confidence",
            "explanation",
        ] {
            assert!(!finding[key].is_null(), "{key} missing in {finding}");
        }
        let camps = finding["camps"].as_array().expect("camps");
        assert!(
            camps.len() >= 2,
            "a contradiction has two versions: {finding}"
        );
        let claims = finding["claims"].as_array().expect("claims");
        for (n, camp) in camps.iter().enumerate() {
            let documents = camp["documents"].as_u64().unwrap() as usize;
            assert_eq!(camp["sources"].as_array().map(Vec::len), Some(documents));
            let cited = claims.iter().filter(|c| c["camp"] == n).count();
            assert_eq!(cited, documents, "one claim per source and camp: {finding}");
        }
        for claim in claims {
            // path:line:column points at the claim's text in the file.
            let text = std::fs::read_to_string(claim["path"].as_str().unwrap()).unwrap();
            let line = text
                .lines()
                .nth(claim["line"].as_u64().unwrap() as usize - 1)
                .unwrap();
            let at: String = line
                .chars()
                .skip(claim["column"].as_u64().unwrap() as usize - 1)
                .collect();
            assert!(at.starts_with(claim["text"].as_str().unwrap()), "{claim}");
            assert!(claim["sentence"]
                .as_str()
                .unwrap()
                .contains(claim["text"].as_str().unwrap()));
            assert!(claim["parsed"]["unit"].is_string(), "{claim}");
            assert!(claim["parsed"].get("low").is_some() && claim["parsed"].get("high").is_some());
        }
    }
}

#[test]
fn hedged_open_bound_is_null_in_parsed() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.txt",
        "At least 14 people were killed in Dunmore on Monday, police said.\n",
    );
    write(
        dir.path(),
        "b.txt",
        "Police said 9 people were killed in Dunmore on Monday.\n",
    );
    let out = crosscheck()
        .args(["audit", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = json_of(&out);
    let claims = &report["findings"][0]["claims"];
    let open = claims
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["source"] == "a")
        .unwrap();
    assert_eq!(open["parsed"]["low"], 14.0);
    assert!(open["parsed"]["high"].is_null());
    assert_eq!(open["value"], "[14, ∞) people");
}

#[test]
fn missing_path_is_an_input_error() {
    let out = crosscheck()
        .args(["audit", "no/such/folder"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/folder"), "{err}");
}

#[test]
fn usage_error_exits_two() {
    let out = crosscheck().args(["audit"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = crosscheck()
        .args(["audit", "--format", "yaml", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn bad_manifest_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "Ten homes burned.\n");
    write(
        dir.path(),
        "sources.yaml",
        "sources:\n  - path: a.txt\n    publisher: Daily\n",
    );
    let out = crosscheck().arg("audit").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("sources.yaml:3:"), "{err}");
    assert!(err.contains("publisher"), "{err}");

    write(
        dir.path(),
        "sources.yaml",
        "sources:\n  - path: a.txt\n    published: 2025-13-45\n",
    );
    let out = crosscheck().arg("audit").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("sources.yaml:3:"));
}

#[test]
fn unreadable_files_warn_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.txt",
        "The fire destroyed 12 homes in Ashby, the council said.\n",
    );
    write(
        dir.path(),
        "b.txt",
        "The council in Ashby said 21 homes were destroyed by the fire.\n",
    );
    std::fs::write(dir.path().join("c.txt"), b"\x00\x01\x02binary\x00").unwrap();
    write(dir.path(), "d.txt", "   \n");
    let out = crosscheck()
        .args(["audit", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = json_of(&out);
    let warnings = report["warnings"].to_string();
    assert!(
        warnings.contains("c.txt") && warnings.contains("binary"),
        "{warnings}"
    );
    assert!(
        warnings.contains("d.txt") && warnings.contains("empty"),
        "{warnings}"
    );
    assert_eq!(report["findings"].as_array().map(Vec::len), Some(1));
}

#[test]
fn rules_check_accepts_the_defaults_and_refuses_mistakes() {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let out = crosscheck()
        .args(["rules", "check"])
        .arg(&rules)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "topics.yaml",
        "topics:\n  - id: goals\n    dimension: count\n    triggers: [goals]\n    tolerance: lots\n",
    );
    let out = crosscheck()
        .args(["rules", "check"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("topics.yaml:5:"), "{err}");
    // The same mistake stops an audit that uses the folder.
    let out = crosscheck()
        .args(["audit", "--rules"])
        .arg(dir.path())
        .arg(fixture("brewery-deal"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn user_rules_override_a_topic_tolerance() {
    let dir = tempfile::tempdir().unwrap();
    let topics =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/topics.yaml"))
            .unwrap();
    let start = topics.find("  - id: deal-value").unwrap();
    let end = start + topics[start..].find("  - id: aid-funding").unwrap();
    let deal = topics[start..end].replace("tolerance: 1%", "tolerance: 20%");
    write(dir.path(), "topics.yaml", &format!("topics:\n{deal}"));
    let run = |extra: &[&Path]| {
        let mut cmd = crosscheck();
        cmd.args(["audit", "--format", "json"]);
        for p in extra {
            cmd.arg("--rules").arg(p);
        }
        json_of(&cmd.arg(fixture("brewery-deal")).output().unwrap())
    };
    let deal_findings = |report: &Value| {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["topic"] == "deal-value")
            .count()
    };
    assert_eq!(
        deal_findings(&run(&[])),
        1,
        "$2.8bn vs $3.2bn with the default 1%"
    );
    assert_eq!(
        deal_findings(&run(&[dir.path()])),
        0,
        "within a 20% tolerance"
    );
}

#[test]
fn explain_shows_sentences_and_claims() {
    let out = crosscheck()
        .args(["explain", "--format", "json"])
        .arg(fixture("harbour-flood").join("westmarch-echo.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report = json_of(&out);
    let sentences = report[0]["sentences"].as_array().expect("sentences");
    let toll = sentences
        .iter()
        .find(|s| s["text"].as_str().unwrap().starts_with("Twenty-one people"))
        .expect("the toll sentence");
    assert_eq!(toll["claims"][0]["value"], "21 people");
    assert_eq!(toll["claims"][0]["topic"], "killed");
    assert_eq!(toll["line"], 2);
    assert_eq!(report[0]["published"], "2025-11-05");
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let run = |threads: &str| {
        crosscheck()
            .env("RAYON_NUM_THREADS", threads)
            .args(["audit", "--format", "json", "--agreements"])
            .arg(fixture("ukraine-talks"))
            .arg(fixture("brewery-deal"))
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    assert_eq!(one, run("8"));
}

#[test]
fn the_seed_articles_audit_without_a_panic() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.is_dir() {
        assert!(std::env::var_os("CI").is_none(), "CI has ../shared/seeds");
        return;
    }
    let out = crosscheck()
        .args(["audit", "--format", "json"])
        .arg(&seeds)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = json_of(&out);
    assert_eq!(report["sources"].as_array().map(Vec::len), Some(5));
    // Real agreements in other words are not contradictions.
    let flagged = report["findings"].to_string();
    assert!(!flagged.contains("90000000000 USD"), "{flagged}");
    // The timeline's August 20 call against "announced Monday that he
    // called Putin" (Monday = August 18) is the seeds' date disagreement.
    let call = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "date")
        .expect("a date finding");
    assert_eq!(call["verdict"], "contradiction");
    let values: Vec<&str> = call["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    assert!(
        values.contains(&"2025-08-18") && values.contains(&"2025-08-20"),
        "{values:?}"
    );
}

/// The JSON report of an audit that also lists agreements.
fn agreements_json(dir: &Path) -> Value {
    let out = crosscheck()
        .args(["audit", "--format", "json", "--agreements"])
        .arg(dir)
        .output()
        .unwrap();
    json_of(&out)
}

fn audit_json(dir: &Path) -> (Option<i32>, Value) {
    let out = crosscheck()
        .args(["audit", "--format", "json"])
        .arg(dir)
        .output()
        .unwrap();
    (out.status.code(), json_of(&out))
}

fn manifest(dir: &Path, entries: &[(&str, &str)]) {
    let mut text = String::from("sources:\n");
    for (path, published) in entries {
        let id = path.trim_end_matches(".txt");
        text.push_str(&format!(
            "  - path: {path}\n    id: {id}\n    published: {published}\n"
        ));
    }
    write(dir, "sources.yaml", &text);
}

/// Writes each `(file, published, text)` and a `sources.yaml` giving their dates.
fn dated_documents(dir: &Path, documents: &[(&str, &str, &str)]) {
    for (file, _, text) in documents {
        write(dir, file, text);
    }
    let dates: Vec<(&str, &str)> = documents
        .iter()
        .map(|(file, published, _)| (*file, *published))
        .collect();
    manifest(dir, &dates);
}

#[test]
fn a_growing_toll_is_time_shifted_and_a_shrinking_one_contradicts() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("early.txt", "2025-03-04", "Four people were killed in the Corran mine collapse on Monday, the county coroner said.\n"),
            ("late.txt", "2025-03-06", "The number of people killed in the Corran mine collapse rose to 9 on Wednesday.\n"),
        ],
    );
    let (code, report) = audit_json(dir.path());
    assert_eq!(
        code,
        Some(1),
        "time-shifted findings are reported: {report}"
    );
    let finding = &report["findings"][0];
    assert_eq!(finding["verdict"], "time-shifted", "{report}");
    assert!(finding["explanation"].as_str().unwrap().contains("grew"));

    write(
        dir.path(),
        "late.txt",
        "The number of people killed in the Corran mine collapse stood at 2 on Wednesday.\n",
    );
    let (_, report) = audit_json(dir.path());
    assert_eq!(
        report["findings"][0]["verdict"], "contradiction",
        "{report}"
    );
}

#[test]
fn the_same_weekday_in_reports_weeks_apart_names_different_days() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("a.txt", "2025-03-04", "Mayor Ruth Calder met Governor Alan Pell in Dunmore on Monday to discuss the flood barrier.\n"),
            ("b.txt", "2025-03-06", "Mayor Ruth Calder met Governor Alan Pell in Dunmore on Monday to discuss the flood barrier.\n"),
        ],
    );
    let report = agreements_json(dir.path());
    let dates: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "date")
        .collect();
    assert_eq!(dates.len(), 1, "{report}");
    assert_eq!(
        dates[0]["verdict"], "agreement",
        "both Mondays are 2025-03-03"
    );
    assert_eq!(dates[0]["claims"][0]["parsed"]["start"], "2025-03-03");

    // A table that puts the meeting two days later contradicts the text.
    write(dir.path(), "b.txt", "| Date | Event |\n|---|---|\n| March 5, 2025 | Mayor Ruth Calder meets Governor Alan Pell in Dunmore. |\n");
    let (code, report) = audit_json(dir.path());
    assert_eq!(code, Some(1));
    let finding = &report["findings"][0];
    assert_eq!(finding["kind"], "date", "{report}");
    assert_eq!(finding["verdict"], "contradiction");

    // The same words in a report published weeks later name another Monday:
    // another meeting, not a contradiction.
    manifest(
        dir.path(),
        &[("a.txt", "2025-03-04"), ("b.txt", "2025-09-06")],
    );
    write(dir.path(), "b.txt", "Mayor Ruth Calder met Governor Alan Pell in Dunmore on Monday to discuss the flood barrier.\n");
    let (code, report) = audit_json(dir.path());
    assert_eq!(code, Some(0), "{report}");
}

#[test]
fn without_a_publication_date_relative_dates_stay_unresolved() {
    let dir = tempfile::tempdir().unwrap();
    let doc = write(
        dir.path(),
        "a.txt",
        "Mayor Ruth Calder met Governor Alan Pell on Monday, aides said, after talks in 2024.\n",
    );
    let out = crosscheck()
        .args(["explain", "--format", "json"])
        .arg(&doc)
        .output()
        .unwrap();
    let report = json_of(&out);
    let dates = &report[0]["sentences"][0]["dates"];
    assert_eq!(dates[0]["text"], "Monday");
    assert_eq!(dates[0]["value"], "unresolved");
    assert_eq!(dates[1]["value"], "2024");
    let out = crosscheck()
        .args(["audit", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(json_of(&out)["warnings"]
        .to_string()
        .contains("no publication date"));
}

/// Audits `dir` with agreements; each finding of `kind` as its verdict and
/// source ids.
fn verdicts_of(dir: &Path, kind: &str) -> Vec<(String, Vec<Vec<String>>)> {
    common::verdicts(&agreements_json(dir), kind)
}

/// Sources `a` and `b` disagree (their claims sit in different camps of a
/// finding with that verdict) or, for "agreement", agree (one camp of any
/// finding).
fn has(verdicts: &[(String, Vec<Vec<String>>)], verdict: &str, a: &str, b: &str) -> bool {
    let camp_of =
        |camps: &[Vec<String>], s: &str| camps.iter().position(|c| c.iter().any(|x| x == s));
    verdicts
        .iter()
        .any(|(v, camps)| match (camp_of(camps, a), camp_of(camps, b)) {
            (Some(x), Some(y)) if verdict == "agreement" => x == y,
            (Some(x), Some(y)) => v == verdict && x != y,
            _ => false,
        })
}

#[test]
fn one_quote_for_two_people_is_flagged_and_namesakes_stay_apart() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("a.txt", "2025-11-12", "Prime Minister Tomas Ibarrola arrived in Lindgard on Tuesday.\nLater Ibarrola said: \"We will never accept a fishing deal on these terms.\"\n"),
            ("b.txt", "2025-11-12", "Fisheries Minister Ana Ibarrola spoke in Lindgard on Tuesday.\nIbarrola said: \"We will never accept a fishing deal on these terms.\"\n"),
            ("c.txt", "2025-11-12", "\"We will never accept a fishing deal on these terms,\" Tomás Ibarrola said in Lindgard.\n"),
        ],
    );
    let verdicts = verdicts_of(dir.path(), "attribution");
    // Tomas (a, c: a bare surname and an accent variant) against Ana (b).
    assert!(has(&verdicts, "contradiction", "a", "b"), "{verdicts:?}");
    assert!(has(&verdicts, "contradiction", "b", "c"), "{verdicts:?}");
    assert!(has(&verdicts, "agreement", "a", "c"), "{verdicts:?}");
    let (_, report) = audit_json(dir.path());
    let parsed = &report["findings"][0]["claims"][0]["parsed"];
    assert!(
        parsed["speaker"].is_string() && parsed["quote"].is_string(),
        "{parsed}"
    );
}

#[test]
fn a_year_and_years_ago_are_compared_as_dates() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            (
                "a.txt",
                "2026-03-02",
                "The Harwick bridge was built 60 years ago by the county council.\n",
            ),
            (
                "b.txt",
                "2026-03-02",
                "The Harwick bridge was built in 1966 by the county council.\n",
            ),
            (
                "c.txt",
                "2026-03-02",
                "The Harwick bridge was built in 1931 by the county council.\n",
            ),
        ],
    );
    let dated = verdicts_of(dir.path(), "date");
    assert!(has(&dated, "agreement", "a", "b"), "{dated:?}");
    assert!(has(&dated, "contradiction", "b", "c"), "{dated:?}");
    assert!(has(&dated, "contradiction", "a", "c"), "{dated:?}");
}

#[test]
fn a_later_total_that_names_no_place_is_not_taken_for_a_part() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("monday.txt", "2025-06-03", "Storms battered Velmore County over the weekend.\nBy Monday night, 52 people had been confirmed dead across the county, the sheriff's office said.\n"),
            ("thursday.txt", "2025-06-05", "Clean-up crews moved into Velmore County on Thursday.\nThe government said on Thursday that 97 people had died.\nIn Ardley, the worst-hit town, 61 people were killed.\n"),
        ],
    );
    let (code, report) = audit_json(dir.path());
    assert_eq!(code, Some(1), "{report}");
    let findings = report["findings"].as_array().unwrap();
    let values = |f: &Value| -> Vec<String> {
        f["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        findings.iter().any(
            |f| f["verdict"] == "time-shifted" && values(f).iter().any(|v| v.starts_with("97"))
        ),
        "the county's toll grew from 52 to 97: {report}"
    );
    assert!(
        !findings
            .iter()
            .any(|f| values(f).iter().any(|v| v.contains("61"))),
        "Ardley's 61 is a part of the county's toll: {report}"
    );
}

#[test]
fn a_possessive_date_names_the_event_not_the_time_of_the_count() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            (
                "tuesday.txt",
                "2025-09-09",
                "On Monday, the death toll from Saturday's landslide in Orvik stood at 40.\n",
            ),
            (
                "wednesday.txt",
                "2025-09-10",
                "On Tuesday, the death toll from Saturday's landslide in Orvik rose to 55.\n",
            ),
        ],
    );
    let (_, report) = audit_json(dir.path());
    let finding = &report["findings"][0];
    assert_eq!(finding["verdict"], "time-shifted", "{report}");
    let explanation = finding["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("2025-09-08") && explanation.contains("2025-09-09"),
        "dated Monday and Tuesday, not both Saturday: {explanation}"
    );
}

#[test]
fn a_town_s_toll_is_a_part_of_the_county_s_not_an_earlier_count() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("monday.txt", "2025-05-13", "Floods swept through Corran County on Sunday.\nIn Brisk, the worst-hit town, 14 people died, the mayor said on Monday.\nRescuers in Corran County worked through the night.\n"),
            ("wednesday.txt", "2025-05-15", "The number of people killed in the Corran County floods rose to 60 on Wednesday.\nCorran County officials said roads into Brisk were still closed.\nThe Corran County sheriff asked drivers to stay at home.\nIn Brisk, 20 people have now died, its mayor said on Wednesday.\n"),
        ],
    );
    let (_, report) = audit_json(dir.path());
    let pairs: Vec<(String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let text = |i: usize| f["claims"][i]["text"].as_str().unwrap().to_string();
            (text(0), text(1))
        })
        .collect();
    assert!(
        pairs
            .iter()
            .any(|(a, b)| a.starts_with("14") && b.starts_with("20")),
        "the town's own toll grew from 14 to 20: {report}"
    );
    assert!(
        !pairs
            .iter()
            .any(|(a, b)| a.starts_with("14") && b.starts_with("60")),
        "the town's 14 is a part of the county's 60: {report}"
    );
}

#[test]
fn a_town_of_so_many_people_is_its_population_and_deaths_are_a_toll() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "a.txt",
        "Brisk, a mill town of about 9,000 people, was hit hardest, and 40 deaths were recorded across the county.\n",
    );
    let out = crosscheck()
        .args(["explain", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    let report = json_of(&out);
    let topics: Vec<(&str, &str)> = report[0]["sentences"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["text"].as_str().unwrap(),
                c["topic"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        topics,
        [
            ("about 9,000 people", "population"),
            ("40 deaths", "killed")
        ],
        "{report}"
    );
}

#[test]
fn a_date_goes_to_the_figure_it_stands_nearest() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            (
                "a.txt",
                "2025-10-30",
                "The Corvo plant in Lask made 12,400 cars, against 9,100 cars a year ago.\n",
            ),
            (
                "b.txt",
                "2025-10-31",
                "The Corvo plant in Lask made 12,400 cars in the third quarter.\n",
            ),
        ],
    );
    let report = agreements_json(dir.path());
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{report}");
    assert_eq!(
        findings[0]["verdict"], "agreement",
        "this year's 12,400 in both: {report}"
    );
    assert_eq!(findings[0]["claims"][0]["text"], "12,400 cars", "{report}");
}

#[test]
fn a_past_tense_sentence_does_not_carry_on_a_forecast_s_time() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("a.txt", "2025-10-30", "Velo Air expects to carry about 30 million passengers next year.\nIts rival Brant Air carried 9 million passengers in the same period.\n"),
            ("b.txt", "2025-10-31", "Brant Air carried 9 million passengers in the third quarter.\n"),
        ],
    );
    let report = agreements_json(dir.path());
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{report}");
    assert_eq!(
        findings[0]["verdict"], "agreement",
        "Brant's 9 million in both: {report}"
    );
}

#[test]
fn a_name_opening_a_sentence_or_set_off_after_one_owns_the_figure() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.txt",
        "Velo carried 14 million passengers in the quarter.\nBrant, its closest rival, carried 9 million passengers in the quarter.\n",
    );
    write(
        dir.path(),
        "b.txt",
        "Velo posted higher profits.\nIts main rival, Brant, carried 12 million passengers in the quarter.\n",
    );
    let (_, report) = audit_json(dir.path());
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "only Brant's two figures meet: {report}");
    let explanation = findings[0]["explanation"].as_str().unwrap();
    assert!(explanation.contains("both name Brant"), "{explanation}");
    assert_eq!(
        findings[0]["claims"][0]["text"], "9 million passengers",
        "{report}"
    );
}

#[test]
fn a_disaster_and_a_walkout_are_dated_events() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("a.txt", "2025-08-17", "The floods struck Calcaldun on 16 August 2025, after two days of rain.\nMembers of the Ripenpra Union walked out on 12 August 2025.\n"),
            ("b.txt", "2025-08-17", "Rivers around Calcaldun broke their banks on 15 August 2025.\nThe strike by the Ripenpra Union began on 11 August 2025.\n"),
            ("c.txt", "2025-08-17", "Rivers around Calcaldun broke their banks on 16 August 2025.\nThe flood barrier in Calcaldun was finished on 2 August 2025.\n"),
        ],
    );
    let verdicts = verdicts_of(dir.path(), "date");
    assert!(has(&verdicts, "contradiction", "a", "b"), "{verdicts:?}");
    assert!(has(&verdicts, "agreement", "a", "c"), "{verdicts:?}");
    // The barrier's date is no flood's.
    assert!(!has(&verdicts, "contradiction", "a", "c"), "{verdicts:?}");
    let strikes = verdicts
        .iter()
        .filter(|(v, camps)| {
            v == "contradiction"
                && camps.iter().flatten().any(|s| s == "a")
                && camps.iter().flatten().any(|s| s == "b")
        })
        .count();
    assert_eq!(strikes, 2, "the flood and the walkout: {verdicts:?}");
}

#[test]
fn a_body_named_after_a_name_acts_for_it() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("a.txt", "2025-06-12", "Ashgrove County commissioners declared a local disaster on 9 June 2025.\nHail from the storm damaged cars at Hollenbeck Motors.\n"),
            ("b.txt", "2025-06-12", "The Ashgrove County Commission approved the disaster declaration on 10 June 2025.\nHail from the storm damaged cars at Hollenbeck Motors.\n"),
            ("c.txt", "2025-06-12", "The Ashgrove Farm Bureau approved a disaster declaration for its dairy members on 11 June 2025.\nHail from the storm damaged cars at Hollenbeck Motors.\n"),
        ],
    );
    let verdicts = verdicts_of(dir.path(), "date");
    assert!(has(&verdicts, "contradiction", "a", "b"), "{verdicts:?}");
    // A body that only shares a first word with the county is another cast.
    assert!(!has(&verdicts, "contradiction", "a", "c"), "{verdicts:?}");
    assert!(!has(&verdicts, "contradiction", "b", "c"), "{verdicts:?}");
}

#[test]
fn near_spellings_in_unrelated_stories_are_two_people() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("a.txt", "2025-03-04", "Amara Dorurne, who speaks for the employers in Garkahol, said talks would resume.\nEmployers in Garkahol have offered a pay rise of 3%.\n"),
            ("b.txt", "2025-03-04", "Amara Dorurna, who speaks for the employers in Velmora, said talks would resume.\nEmployers in Velmora have offered a pay rise of 9%.\n"),
            ("c.txt", "2025-03-04", "Amara Dorurnè, who speaks for the employers in Garkahol, said talks would go on.\nEmployers in Garkahol have offered a pay rise of 5%.\n"),
        ],
    );
    let verdicts = verdicts_of(dir.path(), "figure");
    assert!(!has(&verdicts, "contradiction", "a", "b"), "{verdicts:?}");
    assert!(has(&verdicts, "contradiction", "a", "c"), "{verdicts:?}");
}

#[test]
fn one_person_on_two_days_is_two_calls_not_a_contradiction() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            (
                "a.txt",
                "2025-03-07",
                "Governor Alan Pell phoned on 3 March 2025 to ask about the barrier.\n",
            ),
            (
                "b.txt",
                "2025-03-07",
                "Pell called again on 5 March 2025, this time with questions on funding.\n",
            ),
            (
                "c.txt",
                "2025-03-07",
                "Floods struck Dunmore on 4 March 2025.\n",
            ),
            (
                "d.txt",
                "2025-03-07",
                "Rivers around Dunmore broke their banks on 2 March 2025.\n",
            ),
        ],
    );
    let verdicts = verdicts_of(dir.path(), "date");
    assert!(!has(&verdicts, "contradiction", "a", "b"), "{verdicts:?}");
    // A flood is one event: the same town alone is enough.
    assert!(has(&verdicts, "contradiction", "c", "d"), "{verdicts:?}");
}

#[test]
fn users_add_boilerplate_phrases_and_patterns_and_bad_patterns_are_refused() {
    let rules = tempfile::tempdir().unwrap();
    write(
        rules.path(),
        "boilerplate.yaml",
        "furniture:\n  - sponsored content\npatterns:\n  - '^photo: .*$'\n",
    );
    let docs = tempfile::tempdir().unwrap();
    write(
        docs.path(),
        "a.txt",
        "Floods struck Tornvik on 3 March 2025.\nSponsored content\nPhoto: Ana Ruiz for the Herald\n2:13\nAbout 400 residents of Tornvik were evacuated.\n",
    );
    let out = crosscheck()
        .args(["explain", "--format", "json", "--rules"])
        .arg(rules.path())
        .arg(docs.path().join("a.txt"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = json_of(&out);
    let dropped: Vec<(String, String)> = report[0]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| {
            Some((
                s["text"].as_str()?.to_string(),
                s["dropped"].as_str()?.to_string(),
            ))
        })
        .collect();
    let reason = |text: &str| {
        dropped
            .iter()
            .find(|(t, _)| t == text)
            .map(|(_, r)| r.as_str())
    };
    assert_eq!(
        reason("Sponsored content"),
        Some("page furniture"),
        "{dropped:?}"
    );
    assert_eq!(
        reason("Photo: Ana Ruiz for the Herald"),
        Some("matches a boilerplate pattern")
    );
    // The built-in timestamp pattern still applies, and article text stays.
    assert_eq!(reason("2:13"), Some("matches a boilerplate pattern"));
    assert_eq!(
        reason("About 400 residents of Tornvik were evacuated."),
        None
    );

    write(
        rules.path(),
        "boilerplate.yaml",
        "patterns:\n  - '^(unclosed'\n",
    );
    let out = crosscheck()
        .args(["rules", "check"])
        .arg(rules.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("boilerplate.yaml:2:") && err.contains("does not compile"),
        "{err}"
    );
}

#[test]
fn a_saved_web_page_audits_beside_text_and_findings_point_into_the_html() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "herald.html",
        concat!(
            "<!DOCTYPE html>\n<html><head>\n<title>Floods hit Tornvik | The Herald</title>\n",
            "<meta property=\"og:site_name\" content=\"The Herald\">\n",
            "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"datePublished\": \"2025-03-04T08:00:00Z\"}</script>\n",
            "</head><body>\n<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport: 3 goals in 90 minutes</a></nav>\n",
            "<article>\n<h1>Floods hit Tornvik</h1>\n",
            "<p>Floods struck the river town of Tornvik on 3 March 2025 after a week of heavy rain, and the council said the water was still rising on Tuesday evening.</p>\n",
            "<p>About 400 residents of Tornvik were evacuated from the low streets near the river, according to the regional fire service, which sent boats from two neighbouring towns.</p>\n",
            "<p>The mayor, Ana Ruiz, said the town would need help from the national government to rebuild its flood wall before the spring tides arrive.</p>\n",
            "</article>\n<aside><h2>Related stories</h2><p>Storm closes the ferry to Brekka for 12 days</p></aside>\n",
            "</body></html>\n"
        ),
    );
    write(
        dir.path(),
        "wire.txt",
        "---\npublished: 2025-03-04\n---\nFloods hit Tornvik\nMore than 650 residents of Tornvik were evacuated on Tuesday as the river rose.\n",
    );
    let (code, report) = audit_json(dir.path());
    assert_eq!(code, Some(1), "{report}");
    let source = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "herald")
        .expect("the page is a source");
    assert_eq!(source["published"], "2025-03-04", "JSON-LD datePublished");
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["topic"] == "displaced")
        .unwrap_or_else(|| panic!("{report:#}"));
    let page_claim = finding["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["source"] == "herald")
        .unwrap();
    assert!(page_claim["path"]
        .as_str()
        .unwrap()
        .ends_with("herald.html"));
    // The paragraph stands on line 11 of the page, after "<p>".
    assert_eq!(page_claim["line"], 11, "{page_claim}");
    assert_eq!(page_claim["column"], 4, "{page_claim}");
    // Navigation and related-story blocks are not read.
    assert!(!report.to_string().contains("90 minutes"), "{report}");
    assert!(!report.to_string().contains("12 days"), "{report}");
}

#[test]
fn it_points_back_at_the_airline_not_at_a_dateline_wire_or_setting() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("a.txt", "2025-10-30", "VALBRUCK, Oct 30 (Bourse Wire) — Aeralis Airlines reported a sharp rise in profit on Thursday.\nAeralis shares rose 6.3% in Valbruck on Thursday.\nThe airline carried 14.2 million passengers in the third quarter.\n"),
            ("b.txt", "2025-10-30", "Aeralis Airlines had its busiest summer on record.\nIt carried roughly 14 million passengers in the third quarter.\n"),
        ],
    );
    let verdicts = verdicts_of(dir.path(), "figure");
    assert!(has(&verdicts, "agreement", "a", "b"), "{verdicts:?}");
}

/// Two ceilings for one thing are two answers ("fines of up to £500" /
/// "fined up to £1,000"); a ceiling and a value under it agree.
#[test]
fn two_different_ceilings_disagree_and_a_value_under_a_ceiling_agrees() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("a.txt", "2026-07-14", "Westvale Water will ban hosepipes across Dunmere.\nCustomers who ignore the hosepipe ban could face fines of up to 500 pounds.\n"),
            ("b.txt", "2026-07-15", "Westvale Water has banned hosepipes in Dunmere.\nAnyone caught breaking the hosepipe ban could face fines of up to 1,000 pounds.\n"),
            ("c.txt", "2026-07-15", "Westvale Water has banned hosepipes in Dunmere.\nA gardener caught breaking the hosepipe ban was given fines of 400 pounds.\n"),
        ],
    );
    let verdicts = verdicts_of(dir.path(), "figure");
    assert!(has(&verdicts, "contradiction", "a", "b"), "{verdicts:?}");
    assert!(!has(&verdicts, "contradiction", "a", "c"), "{verdicts:?}");
    assert!(!has(&verdicts, "contradiction", "b", "c"), "{verdicts:?}");
}

/// "The company" is the story's company, not the fire chief quoted or the
/// hospital cited in between; a dateline set off by a dash ("ARDMOOR - ")
/// owns nothing.
#[test]
fn the_company_points_back_at_the_storys_company_not_at_whoever_was_quoted() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("a.txt", "2026-07-05", "A fire ripped through the Harrowgate Chemicals plant in Millbrook Falls.\n\"Nobody was killed,\" said Fire Chief Dolores Okafor.\nThe fire started in a storage building, Okafor said.\nFourteen workers were treated, according to Saint Agnes Medical Center.\nThe company estimated the damage at $12 million.\n"),
            ("b.txt", "2026-07-06", "MILLBROOK FALLS - Harrowgate Chemicals is counting the cost of the blaze at its plant.\nThe company put the damage at $40 million.\n"),
            ("c.txt", "2026-07-06", "Saint Agnes Medical Center treated the workers.\nThe hospital put its own costs at $2 million.\n"),
        ],
    );
    let verdicts = verdicts_of(dir.path(), "figure");
    assert!(has(&verdicts, "contradiction", "a", "b"), "{verdicts:?}");
    // The hospital's costs are another thing.
    assert!(!has(&verdicts, "contradiction", "a", "c"), "{verdicts:?}");
    assert!(!has(&verdicts, "contradiction", "b", "c"), "{verdicts:?}");
}

#[test]
fn a_source_that_states_both_values_leaves_no_one_sided_finding() {
    let dir = tempfile::tempdir().unwrap();
    dated_documents(
        dir.path(),
        &[
            ("a.txt", "2025-03-04", "Turnout in the Tornvik mayoral election was 52%, the council said.\nTurnout in the Tornvik mayoral election was 48%, the council said.\n"),
            ("b.txt", "2025-03-04", "Turnout in the Tornvik mayoral election was 48%, officials said.\n"),
            ("c.txt", "2025-03-04", "Turnout in the Tornvik mayoral election was 48%, officials said.\n"),
        ],
    );
    // a knows both figures, so b and c (copies) disagree with no one.
    let verdicts = verdicts_of(dir.path(), "figure");
    assert!(
        !verdicts.iter().any(|(v, _)| v == "contradiction"),
        "{verdicts:?}"
    );
    assert!(has(&verdicts, "agreement", "b", "c"), "{verdicts:?}");
}

/// A mistyped path in CI must not pass: reading no document is exit 2,
/// naming what was given and why each file found was passed over.
#[test]
fn reading_no_document_is_an_error_naming_what_was_given() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    let others = dir.path().join("others");
    std::fs::create_dir_all(&empty).unwrap();
    std::fs::create_dir_all(&others).unwrap();
    write(&others, "report.pdf", "%PDF-1.4");
    write(&others, "notes.docx", "PK");
    let blank = write(dir.path(), "blank.txt", "");
    // Opens, but cannot be read, even by root.
    let unreadable = dir.path().join("unreadable.txt");
    std::os::unix::fs::symlink("/proc/self/mem", &unreadable).unwrap();
    let facts = fixture("../fixtures-facts/brewery-pass.yaml");
    let runs: Vec<(Vec<std::ffi::OsString>, &Path, &str)> = vec![
        (vec!["audit".into(), empty.clone().into()], &empty, ""),
        (
            vec!["audit".into(), others.clone().into()],
            &others,
            ".html",
        ),
        (
            vec![
                "check".into(),
                "--facts".into(),
                facts.into(),
                empty.clone().into(),
            ],
            &empty,
            "",
        ),
        (
            vec!["audit".into(), blank.clone().into()],
            &blank,
            "empty document",
        ),
        (
            vec!["explain".into(), blank.clone().into()],
            &blank,
            "empty document",
        ),
    ];
    for (args, given, reason) in runs {
        let out = crosscheck().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains(&format!("no documents read from {}", given.display())),
            "{args:?}: {stderr}"
        );
        assert!(stderr.contains(reason), "{args:?}: {stderr}");
        assert!(
            out.stdout.is_empty(),
            "no report for nothing read: {args:?}"
        );
    }
}

/// Warnings reach standard error in every format and command; the JSON
/// report carries them too, and the table on standard output does not.
#[test]
fn warnings_go_to_standard_error_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.txt",
        "Floods struck Tornvik on 2 March 2025 after a week of rain.\n",
    );
    std::fs::write(dir.path().join("b.txt"), b"\x00\x01\x02binary\x00").unwrap();
    for format in ["table", "json", "csv", "markdown", "sarif", "junit"] {
        let out = crosscheck()
            .args(["audit", "--format", format])
            .arg(dir.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("b.txt") && stderr.contains("binary"),
            "{format}: {stderr}"
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        if format == "table" {
            assert!(!stdout.contains("binary"), "{stdout}");
        }
        if format == "json" {
            let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
            assert!(
                report["warnings"].to_string().contains("binary"),
                "{report}"
            );
        }
    }
    let out = crosscheck()
        .arg("explain")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("binary"));
}

/// `check` in Markdown counts its facts and the sources read; in CSV the
/// fact's row shows the fact, not its note.
#[test]
fn check_in_markdown_and_csv_counts_facts_and_sources() {
    let facts = fixture("../fixtures-facts/brewery-fail.yaml");
    let set = fixture("brewery-deal");
    let markdown = crosscheck()
        .args(["check", "--format", "markdown", "--facts"])
        .arg(&facts)
        .arg(&set)
        .output()
        .unwrap();
    assert_eq!(markdown.status.code(), Some(1));
    let text = String::from_utf8_lossy(&markdown.stdout);
    assert!(
        text.starts_with(
            "**crosscheck check**: 1 contradicted, 0 confirmed, 0 unchecked of 1 fact(s); \
             0 table conflict(s); 4 source(s) read\n"
        ),
        "{text}"
    );
    assert!(text.contains("across 4 source(s)"), "{text}");
    let csv = crosscheck()
        .args(["check", "--format", "csv", "--facts"])
        .arg(&facts)
        .arg(&set)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&csv.stdout);
    let fact_row = text
        .lines()
        .find(|l| l.contains("fact:deal-value,"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        fact_row.contains("deal-value: deal-value = $2.8 billion"),
        "{fact_row}"
    );
    assert!(
        !fact_row.contains("Ledger Markets, 2025-09-15"),
        "{fact_row}"
    );
}

/// At 100 columns every `path:line:column` stays whole on one line (so it
/// can be copied), sentences are cut between words, and values are grouped.
#[test]
fn the_table_keeps_locations_whole_and_cuts_between_words() {
    // Relative, as a user types it, so the test does not hang on where the
    // clone lives.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let set = Path::new("fixtures/harbour-flood");
    let out = crosscheck()
        .current_dir(root)
        .env("COLUMNS", "100")
        .arg("audit")
        .arg(set)
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.lines().all(|l| l.chars().count() <= 100), "{table}");
    let json = crosscheck()
        .current_dir(root)
        .args(["audit", "--format", "json"])
        .arg(set)
        .output()
        .unwrap();
    let report = json_of(&json);
    for finding in report["findings"].as_array().unwrap() {
        for camp in 0..finding["camps"].as_array().unwrap().len() {
            let first = finding["claims"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["camp"] == camp)
                .unwrap();
            let location = format!(
                "{}:{}:{}",
                first["path"].as_str().unwrap(),
                first["line"],
                first["column"]
            );
            assert!(table.contains(&location), "{location} broken in:\n{table}");
        }
    }
    assert!(
        table.contains("4,500,000 GBP") && !table.contains("4500000"),
        "{table}"
    );
    // A trimmed sentence ends on a whole word before its ellipsis.
    for line in table.lines().filter(|l| l.contains("…”")) {
        let before = line.split("…”").next().unwrap();
        assert!(
            before.ends_with(|c: char| c.is_alphanumeric() || c == ','),
            "{line}"
        );
    }
}

/// The report being written is never read back as an article, and
/// `--exclude GLOB` passes over files and folders in a walk.
#[test]
fn the_output_file_and_excluded_globs_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.txt",
        "Floods struck Tornvik on 2 March 2025. About 400 residents of Tornvik were evacuated.\n",
    );
    write(
        dir.path(),
        "b.txt",
        "Floods hit Tornvik on 2 March 2025, and 900 residents of Tornvik were evacuated.\n",
    );
    let report = dir.path().join("report.md");
    let run = |extra: &[&str]| {
        crosscheck()
            .current_dir(dir.path())
            .args(["audit", "--format", "markdown", "--output", "report.md"])
            .args(extra)
            .arg(".")
            .output()
            .unwrap()
    };
    let first = run(&[]);
    assert_eq!(first.status.code(), Some(1), "{first:?}");
    let before = std::fs::read_to_string(&report).unwrap();
    let second = run(&[]);
    assert_eq!(second.status.code(), Some(1));
    let after = std::fs::read_to_string(&report).unwrap();
    assert_eq!(before, after, "the second run read the first one's report");
    assert!(after.contains("across 2 source(s)"), "{after}");

    std::fs::remove_file(&report).unwrap();
    std::fs::create_dir_all(dir.path().join("drafts")).unwrap();
    write(
        &dir.path().join("drafts"),
        "c.txt",
        "Floods struck Tornvik on 9 March 2025.\n",
    );
    let globbed = crosscheck()
        .current_dir(dir.path())
        .args([
            "audit",
            "--format",
            "json",
            "--exclude",
            "drafts",
            "--exclude",
            "b.*",
        ])
        .arg(".")
        .output()
        .unwrap();
    let json = json_of(&globbed);
    let ids: Vec<&str> = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a"], "{json}");
    let bad = crosscheck()
        .args(["audit", "--exclude", "[oops"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--exclude \"[oops\""));
}

/// Mistakes in paths and rule folders say what is wrong and where it came
/// from: a missing folder, a misnamed rule file, a config's missing
/// `rules:` folder, a link that leads back to itself.
#[test]
fn path_and_rule_mistakes_say_what_and_where() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = |args: &[&str], cwd: &Path| {
        let out = crosscheck().current_dir(cwd).args(args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, text) = stderr(&["rules", "check", "nothere"], dir.path());
    assert_eq!(code, Some(2));
    assert!(text.contains("nothere: no such folder"), "{text}");

    let rules = dir.path().join("myrules");
    std::fs::create_dir_all(&rules).unwrap();
    std::fs::write(rules.join("units.yaml"), "scales: []\n").unwrap();
    std::fs::write(rules.join("topic.yaml"), "topics: []\n").unwrap();
    let (code, text) = stderr(&["rules", "check", "myrules"], dir.path());
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("topic.yaml: not a rule file") && text.contains("did you mean topics.yaml?"),
        "{text}"
    );

    write(
        dir.path(),
        "a.txt",
        "Floods struck Tornvik on 2 March 2025.\n",
    );
    std::fs::write(
        dir.path().join("crosscheck.yaml"),
        "rules: missing-rules/\n",
    )
    .unwrap();
    let (code, text) = stderr(&["audit", "a.txt"], dir.path());
    assert_eq!(code, Some(2));
    assert!(
        text.contains("missing-rules/: no such folder") && text.contains("crosscheck.yaml"),
        "{text}"
    );
    std::fs::remove_file(dir.path().join("crosscheck.yaml")).unwrap();

    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    write(&docs, "b.txt", "Floods struck Tornvik on 2 March 2025.\n");
    std::os::unix::fs::symlink("self.txt", docs.join("self.txt")).unwrap();
    std::os::unix::fs::symlink("gone.txt", docs.join("dangling.txt")).unwrap();
    let (code, text) = stderr(&["audit", "docs"], dir.path());
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("self.txt: symbolic link loop"), "{text}");
    assert!(
        text.contains("dangling.txt: cannot read: broken symbolic link"),
        "{text}"
    );
}

/// A closed standard error (`2>&1 | head -1`) does not crash the run.
#[test]
fn a_closed_standard_error_is_no_crash() {
    let dir = tempfile::tempdir().unwrap();
    for n in 0..50 {
        write(
            dir.path(),
            &format!("d{n}.txt"),
            "Floods struck Tornvik after a week of rain.\n",
        );
    }
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("crosscheck"))
        .arg("audit")
        .arg(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert!(matches!(status.code(), Some(0 | 1)), "{status:?}");
}

/// Help texts say what the program does: `explain` offers only the formats
/// it prints, `audit` names every file type it reads, `rules check` every
/// rule file.
#[test]
fn help_texts_match_what_the_program_does() {
    let help = |args: &[&str]| {
        let out = crosscheck().args(args).output().unwrap();
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let explain = help(&["explain", "--help"]);
    assert!(
        explain.contains("table") && explain.contains("json"),
        "{explain}"
    );
    for other in ["csv", "markdown", "sarif", "junit"] {
        assert!(
            !explain.contains(other),
            "explain offers {other}: {explain}"
        );
    }
    let audit = help(&["audit", "--help"]);
    for ext in [".txt", ".md", ".html", ".jsonl"] {
        assert!(
            audit.contains(ext),
            "audit --help leaves out {ext}: {audit}"
        );
    }
    let rules = help(&["rules", "check", "--help"]);
    assert!(rules.contains("boilerplate.yaml"), "{rules}");
    let refused = crosscheck()
        .args(["explain", "--format", "csv"])
        .arg(fixture("brewery-deal"))
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
}

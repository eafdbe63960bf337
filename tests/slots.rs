//! The finding model: one finding per fact slot, its versions as camps, and
//! the JSON report that carries them, checked against the shipped schema.

use std::path::Path;

mod common;
use common::fingerprints;

use assert_cmd::Command;
use rayon::prelude::*;
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn audit_json(path: &Path, agreements: bool) -> Value {
    let mut command = Command::cargo_bin("crosscheck").unwrap();
    command.args(["audit", "--format", "json"]);
    if agreements {
        command.arg("--agreements");
    }
    let out = command.arg(path).output().unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The entry of `sources[]` for a document id.
fn source<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no source {id}"))
}

fn camp_sources(camp: &Value) -> Vec<&str> {
    let mut sources: Vec<&str> = camp["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    sources.sort_unstable();
    sources
}

#[test]
fn on_the_seeds_donald_trumps_title_is_one_finding_with_two_camps() {
    let report = audit_json(&common::seeds(), false);
    let titles: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "role" && f["slot"] == "Donald Trump: title")
        .collect();
    assert_eq!(titles.len(), 1, "{report:#}");
    let finding = titles[0];
    assert_eq!(finding["verdict"], "contradiction");
    let camps = finding["camps"].as_array().unwrap();
    assert_eq!(camps.len(), 2, "{finding:#}");
    // The three other August reports; the December one is months later,
    // when a title may have changed, and is not counted.
    assert_eq!(camps[0]["value"], "president");
    assert_eq!(
        camp_sources(&camps[0]),
        ["broker-direct-talks", "new-lease-of-life", "whats-next"]
    );
    assert_eq!(camps[1]["value"], "former president");
    assert_eq!(camp_sources(&camps[1]), ["steps-back"]);
    // The outvoted source is counted as such.
    let steps_back = source(&report, "steps-back");
    assert!(
        steps_back["outvoted"].as_u64().unwrap() >= 1,
        "{steps_back}"
    );
    let whats_next = source(&report, "whats-next");
    assert!(whats_next["disputed"].as_u64().unwrap() >= 1);
    assert_eq!(whats_next["outvoted"], 0, "{whats_next}");
    // Other people's titles agree and are no finding at all.
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["kind"] != "role" || f["slot"] == "Donald Trump: title"));
}

/// On the seeds, the disagreements are the two a fact-checker finds: the
/// call's day and Donald Trump's title. Putin's agreement "to meet with
/// Zelensky in the coming weeks" is a plan, no retelling of Monday's
/// meetings at the White House.
#[test]
fn on_the_seeds_only_the_calls_day_and_the_title_disagree() {
    let report = audit_json(&common::seeds(), false);
    let mut disputed: Vec<(String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] != "agreement")
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_string(),
                f["slot"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    disputed.sort();
    assert_eq!(disputed.len(), 2, "{disputed:?}");
    assert_eq!(disputed[0].0, "date", "{disputed:?}");
    assert!(disputed[0].1.contains("call"), "{disputed:?}");
    assert_eq!(
        disputed[1],
        ("role".to_string(), "Donald Trump: title".to_string())
    );
}

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("schema/report-v2.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn assert_valid(validator: &jsonschema::Validator, report: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(report)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what}: report does not match schema/report-v2.schema.json:\n{}",
        errors.join("\n")
    );
}

#[test]
fn every_report_matches_the_shipped_schema() {
    let validator = validator();
    let findings: usize = common::fixture_sets_and_seeds()
        .par_iter()
        .map(|set| {
            let report = audit_json(set, true);
            assert_valid(&validator, &report, &set.display().to_string());
            report["findings"].as_array().map_or(0, Vec::len)
        })
        .sum();
    assert!(
        findings > 50,
        "the fixtures exercise the schema: {findings}"
    );
}

#[test]
fn the_schema_refuses_reports_that_break_it() {
    let validator = validator();
    let good = audit_json(&root().join("fixtures/brewery-deal"), false);
    assert_valid(&validator, &good, "brewery-deal");
    type Breakage = (&'static str, fn(&mut Value));
    let breakages: [Breakage; 5] = [
        ("version 1", |r| r["version"] = 1.into()),
        ("a finding with no slot", |r| {
            r["findings"][0].as_object_mut().unwrap().remove("slot");
        }),
        ("an unknown verdict", |r| {
            r["findings"][0]["verdict"] = "maybe".into()
        }),
        ("a camp with no sources", |r| {
            r["findings"][0]["camps"][0]["sources"] = Value::Array(Vec::new())
        }),
        ("a claim with no camp", |r| {
            r["findings"][0]["claims"][0]
                .as_object_mut()
                .unwrap()
                .remove("camp");
        }),
    ];
    for (what, breakage) in breakages {
        let mut broken = good.clone();
        breakage(&mut broken);
        assert!(
            !validator.is_valid(&broken),
            "accepted a report with {what}"
        );
    }
}

/// Writes JSONL records (id, published, text) and audits them as JSON.
fn audit_records(records: &[(String, String, String)]) -> Value {
    audit_json_records(
        records
            .iter()
            .map(|(id, published, text)| {
                serde_json::json!({"id": id, "published": published, "text": text})
            })
            .collect(),
    )
}

/// Writes JSONL records as given and audits them as JSON.
fn audit_json_records(records: Vec<Value>) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("corpus.jsonl");
    let lines: Vec<String> = records.iter().map(Value::to_string).collect();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    audit_json(&path, false)
}

/// A syndicated sentence run on twenty different days is still one text:
/// one voice, and its disagreement is still found.
#[test]
fn copies_run_on_other_days_are_one_voice() {
    let text = |price: u32| {
        format!(
            "Halvorsen Holdings agreed on 3 March 2025 to buy the Brekka Group.\n\
             Halvorsen Holdings will pay {price} billion dollars for the Brekka Group, its chief executive Ingrid Solberg said.\n"
        )
    };
    let mut records = Vec::new();
    for n in 0..20 {
        let day = format!("2025-03-{:02}", 4 + n % 20);
        records.push((format!("north-{n}"), day.clone(), text(12)));
        records.push((format!("south-{n}"), day, text(15)));
    }
    let report = audit_records(&records);
    let price = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "figure" && f["verdict"] == "contradiction")
        .unwrap_or_else(|| panic!("{report:#}"));
    for camp in price["camps"].as_array().unwrap() {
        assert_eq!(camp["documents"], 20, "{camp}");
        assert_eq!(camp["voices"], 1, "{camp}");
    }
}

/// A value that fits both versions ("about 240") takes no side, but the
/// same outlying value stated on two days is still a version of its own.
#[test]
fn an_outlier_repeated_on_another_day_is_still_a_version() {
    let toll = |n: &str| {
        format!("Officials in Tornvik said {n} people had died in the floods in Tornvik.\n")
    };
    let mut records = Vec::new();
    for k in 0..3 {
        records.push((format!("a{k}"), "2025-03-05".to_string(), toll("240")));
    }
    records.push(("about".into(), "2025-03-05".into(), toll("about 240")));
    records.push(("b1".into(), "2025-03-05".into(), toll("250")));
    records.push(("b2".into(), "2025-03-06".into(), toll("250")));
    let report = audit_records(&records);
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["verdict"] == "contradiction")
        .unwrap_or_else(|| panic!("the 250s are a version: {report:#}"));
    let camps: Vec<Vec<&str>> = finding["camps"]
        .as_array()
        .unwrap()
        .iter()
        .map(camp_sources)
        .collect();
    assert_eq!(
        camps,
        [vec!["a0", "a1", "a2"], vec!["b1", "b2"]],
        "{finding:#}"
    );
}

/// A source that gives a version already there in new words leaves the
/// fingerprint as it is, so a recorded decision stays.
#[test]
fn an_existing_version_in_new_words_keeps_the_fingerprint() {
    let quote = |who_says: &str| format!("In Port Lenning, {who_says}\n");
    let mut records = vec![
        (
            "a".to_string(),
            "2025-03-05".to_string(),
            quote("Ana Ibarrola said: \"We will rebuild the harbour wall before the winter storms arrive.\""),
        ),
        (
            "b".to_string(),
            "2025-03-05".to_string(),
            quote("\"We will rebuild the harbour wall before the winter storms arrive,\" Tomas Vell said."),
        ),
    ];
    let before = audit_records(&records);
    assert_eq!(
        before["findings"].as_array().unwrap().len(),
        1,
        "{before:#}"
    );
    records.push((
        "c".to_string(),
        "2025-03-05".to_string(),
        quote("Ana Ibarrola said: \"And we will rebuild the harbour wall before the winter storms arrive.\""),
    ));
    let after = audit_records(&records);
    assert_eq!(fingerprints(&before), fingerprints(&after), "{after:#}");
}

/// Two slots of one block with the same values (a flood's toll and a
/// fire's, both 12 against 15) have different fingerprints, so dismissing
/// one never hides the other.
#[test]
fn two_slots_with_the_same_values_have_different_fingerprints() {
    let story = |place: &str, event: &str, toll: u32| {
        format!("{event} struck {place} on Monday, and rescue crews worked through the night.\nThe {event} killed {toll} people.\n")
    };
    let records: Vec<(String, String, String)> = [
        ("a", "Tornvik", 12),
        ("b", "Tornvik", 15),
        ("c", "Brekka", 12),
        ("d", "Brekka", 15),
    ]
    .into_iter()
    .map(|(id, place, toll)| {
        (
            id.to_string(),
            "2025-03-05".to_string(),
            story(place, "floods", toll),
        )
    })
    .collect();
    let report = audit_records(&records);
    let prints = fingerprints(&report);
    assert_eq!(prints.len(), 2, "{report:#}");
    assert_ne!(prints[0], prints[1], "{report:#}");
}

/// A source in two camps of one contradiction is disputed once, and not
/// outvoted while one of its camps has the best support.
#[test]
fn a_source_in_two_camps_is_counted_once() {
    let toll =
        |n: u32| format!("Officials in Tornvik said {n} people had died in the floods in Tornvik.");
    let mut records = vec![(
        "both".to_string(),
        "2025-03-05".to_string(),
        format!("{}\nLater that day, {}\n", toll(240), toll(250)),
    )];
    // Three independent reports of 240 (three wordings, three voices).
    for (k, opening) in ["On Tuesday", "By evening", "In the end"]
        .iter()
        .enumerate()
    {
        records.push((
            format!("low{k}"),
            "2025-03-05".into(),
            format!("{opening}, officials in Tornvik said 240 people had died in the floods in Tornvik.\n"),
        ));
    }
    records.push(("high".into(), "2025-03-05".into(), toll(250) + "\n"));
    let report = audit_records(&records);
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["verdict"] == "contradiction"),
        "{report:#}"
    );
    let both = source(&report, "both");
    assert_eq!(both["disputed"], 1, "{both}");
    assert_eq!(both["outvoted"], 0, "{both}");
    let high = source(&report, "high");
    assert_eq!(high["outvoted"], 1, "{high}");
}

/// How two versions stand does not hang on which claim stands for a value:
/// moving one document's publication date by a day, with its date stated in
/// full, leaves the finding as it was.
#[test]
fn a_verdict_does_not_hang_on_which_claim_stands_for_a_value() {
    let records = |c_published: &str| {
        vec![
            ("a".to_string(), "2025-08-19".to_string(), "Trump and Putin talk\nDonald Trump spoke with Vladimir Putin in a phone call on 18 August 2025.\nDonald Trump later said the talks went well.\n".to_string()),
            ("b".to_string(), "2025-08-21".to_string(), "Trump and Zelensky talk\nDonald Trump spoke with Volodymyr Zelensky in a phone call on 20 August 2025.\nDonald Trump later said the talks went well.\n".to_string()),
            ("c".to_string(), c_published.to_string(), "Trump's busy week\nDonald Trump had a busy week.\nThe president spoke in a phone call on 20 August 2025.\n".to_string()),
        ]
    };
    let shape = |report: &Value| -> Vec<(String, Vec<Vec<String>>)> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let camps = f["camps"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| camp_sources(c).iter().map(|s| s.to_string()).collect())
                    .collect();
                (f["verdict"].as_str().unwrap().to_string(), camps)
            })
            .collect()
    };
    let one = audit_records(&records("2025-08-21"));
    let other = audit_records(&records("2025-08-22"));
    assert_eq!(shape(&one), shape(&other), "{one:#}\n{other:#}");
}

/// `explain --format json` matches the schema the repository ships, on
/// every fixture set and the seeds.
#[test]
fn explain_reports_match_the_shipped_schema() {
    let text = std::fs::read_to_string(root().join("schema/explain-v1.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    common::fixture_sets_and_seeds().par_iter().for_each(|set| {
        let out = Command::cargo_bin("crosscheck")
            .unwrap()
            .args(["explain", "--format", "json"])
            .arg(set)
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&report)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{}: {}",
            set.display(),
            errors.join("\n")
        );
    });
}

/// A running count holds as of when it was stated, not when the event it
/// counts happened: two tolls stated the same day disagree, and the one
/// whose sentence also dates the sinking is no earlier count.
#[test]
fn a_toll_stated_on_a_day_is_that_days_toll() {
    let record =
        |id: &str, text: &str| (id.to_string(), "2025-06-08".to_string(), text.to_string());
    let report = audit_records(&[
        record(
            "harbour-news",
            "Nine people died when the Kelvara ferry sank off Port Amsel on Friday, the coastguard said on Sunday.\n",
        ),
        record(
            "coast-radio",
            "At least 12 people have died after the Kelvara ferry sank off Port Amsel, the coastguard said on Sunday.\n",
        ),
    ]);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{report:#}");
    assert_eq!(findings[0]["verdict"], "contradiction", "{report:#}");
    // Stated on different days, the larger later toll is the story moving on.
    let report = audit_records(&[
        record(
            "harbour-news",
            "Nine people died when the Kelvara ferry sank off Port Amsel on Friday, the coastguard said on Saturday.\n",
        ),
        record(
            "coast-radio",
            "At least 12 people have died after the Kelvara ferry sank off Port Amsel, the coastguard said on Sunday.\n",
        ),
    ]);
    let verdicts: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| &f["verdict"])
        .collect();
    assert!(
        !verdicts.contains(&&Value::from("contradiction")),
        "{report:#}"
    );
}

/// One report names who acted ("the Carrow Teachers Federation walked
/// out"), the other only describes them ("the teachers walked out"): the
/// same walkout, so its two dates contradict. A word shared with a name
/// that is not its members ("returned to the island" / "Bellmont Island
/// Lines") makes no cast.
#[test]
fn a_body_named_after_its_members_meets_their_description() {
    let dates = |first: &str, second: &str| date_verdicts("2026-03-10", first, second);
    assert_eq!(
        dates(
            "Members of the Carrow Teachers Federation walked out on 3 March after talks over pay broke down.\n",
            "The teachers walked out on 5 March, saying that classes had grown too large.\n",
        ),
        ["contradiction"]
    );
    assert!(dates(
        "Survivors who returned to the island on Tuesday were met at the pier by relatives.\n",
        "Anneli Strand, chief executive of Bellmont Island Lines, met relatives in Halvik on Sunday.\n",
    )
    .is_empty());
}

/// One sentence retold with another month is one event misdated, however
/// far apart the months; the same day words run on two publication days
/// are one date read twice; last year's inspection and this year's are two.
#[test]
fn dates_apart_by_the_words_not_by_the_reading() {
    let records = |texts: &[(&str, &str, &str)]| -> Vec<(String, String, String)> {
        texts
            .iter()
            .map(|(id, day, text)| (id.to_string(), day.to_string(), text.to_string()))
            .collect()
    };
    let moved = audit_records(&records(&[
        ("a", "2025-08-07", "The dispute between Ostmark and Velia widened sharply in February 2022 with a border blockade.\n"),
        ("b", "2025-08-07", "The dispute between Ostmark and Velia widened sharply in May 2022 with a border blockade.\n"),
    ]));
    assert_eq!(
        common::verdicts(&moved, "date"),
        one_finding("contradiction", &[&["a"], &["b"]]),
        "{moved:#}"
    );
    let rerun = audit_records(&records(&[
        (
            "a",
            "2025-08-07",
            "The harbour authority of Tarrow reopened the east pier on Tuesday after repairs.\n",
        ),
        (
            "b",
            "2025-08-21",
            "The harbour authority of Tarrow reopened the east pier on Tuesday after repairs.\n",
        ),
    ]));
    assert!(common::verdicts(&rerun, "date").is_empty(), "{rerun:#}");
    let years = audit_records(&records(&[
        (
            "a",
            "2026-03-10",
            "State records show the Brisco plant was cited for 6 safety violations last year, including blocked exits.\n",
        ),
        (
            "b",
            "2026-03-10",
            "Safety records show the Brisco plant has been cited for 2 safety violations this year, both in the mixing hall.\n",
        ),
    ]));
    assert!(common::verdicts(&years, "date").is_empty(), "{years:#}");
}

/// One quote given to two people is disputed even when its copies ran on
/// days far apart and it says "today", and even when it ends in a stock
/// phrase; the stock phrase alone is words many people say.
#[test]
fn a_quote_read_against_two_publication_days_is_still_one_quote() {
    let quote = |who: &str| {
        format!(
            "\"We talked about the Tarrow harbour levy and the ferry timetable today, and a lot of ground was covered,\" {who} said in a statement.\n"
        )
    };
    let report = audit_records(&[
        ("a".into(), "2025-08-19".into(), quote("Mayor Ilse Brandt")),
        ("b".into(), "2025-08-19".into(), quote("Mayor Ilse Brandt")),
        (
            "c".into(),
            "2025-09-02".into(),
            quote("Councillor Omar Reyes"),
        ),
    ]);
    assert_eq!(
        common::verdicts(&report, "attribution"),
        one_finding("contradiction", &[&["a", "b"], &["c"]]),
        "{report:#}"
    );
    let remains = |who: &str, rest: &str| {
        format!(
            "{rest}much work remains, {who}, an adviser to the Tarrow council, told reporters.\n"
        )
    };
    let long = "Talks between the council and the ferry operator on the new harbour levy were productive, but ";
    let report = same_day(&remains("Ilse Brandt", long), &remains("Omar Reyes", long));
    assert_eq!(
        common::verdicts(&report, "attribution"),
        one_finding("contradiction", &[&["a"], &["b"]]),
        "{report:#}"
    );
    let report = same_day(
        "\"Much work remains,\" Ilse Brandt said.\n",
        "\"Much work remains,\" Omar Reyes said.\n",
    );
    assert!(
        common::verdicts(&report, "attribution").is_empty(),
        "{report:#}"
    );
}

/// Two sums far apart are two things, unless only the scale slipped.
#[test]
fn money_far_apart_is_two_sums_unless_the_scale_slipped() {
    let deal = |amount: &str| {
        format!("Orvell Foods agreed to buy the Tamsin Dairy group in a deal worth {amount}, Orvell said.\n")
    };
    let contradictions = |a: &str, b: &str| {
        let report = same_day(&deal(a), &deal(b));
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "figure" && f["verdict"] == "contradiction")
            .count()
    };
    assert_eq!(contradictions("$2.8 billion", "$2.8 million"), 1);
    assert_eq!(contradictions("$2.8 billion", "$3.2 billion"), 1);
    assert_eq!(contradictions("$2.8 billion", "$18 million"), 0);
}

/// A year in a noun phrase dates the relative clause that phrase opens:
/// another mine's trapped miners in 2011 are no version of this week's
/// count. "The 2011 collapse" is a year, not 2011 collapses.
#[test]
fn a_year_dates_the_relative_clause_it_opens() {
    let report = audit_records(&[
        (
            "a".into(),
            "2026-10-12".into(),
            "Nine miners were trapped by a roof fall at the Harnby Moor mine on Saturday.\n".into(),
        ),
        (
            "b".into(),
            "2026-10-13".into(),
            "The rescue at Harnby Moor recalled the 2011 collapse at the nearby Ostley pit, where 14 miners were trapped for six days.\n".into(),
        ),
    ]);
    let figures: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "figure")
        .collect();
    assert!(figures.is_empty(), "{report:#}");
}

/// A quote retold with a word or two changed, or cut short, is still one
/// quote; two quotes that share a phrase are not.
#[test]
fn a_quote_retold_with_a_word_changed_is_one_quote() {
    let quote = |words: &str, who: &str| {
        format!("\"{words},\" {who}, who runs the Tarrow ferry company, said on Monday.\n")
    };
    let report = same_day(&quote("We would rather cancel every sailing this winter than gamble with anyone's safety", "Ilse Brandt"), &quote("We would rather scrap every single sailing this winter than gamble with anybody's safety", "Omar Reyes"));
    assert_eq!(
        common::verdicts(&report, "attribution"),
        one_finding("contradiction", &[&["a"], &["b"]]),
        "{report:#}"
    );
    // Cut short at its end by one side: still one quote.
    let report = same_day(
        &quote(
            "These sailings were cancelled for a reason, and we would do exactly the same again",
            "Ilse Brandt",
        ),
        &quote(
            "These sailings were cancelled for a reason, we would do the same again if the storm came back",
            "Omar Reyes",
        ),
    );
    assert_eq!(
        common::verdicts(&report, "attribution"),
        one_finding("contradiction", &[&["a"], &["b"]]),
        "{report:#}"
    );
    let report = same_day(
        &quote(
            "We would rather cancel every sailing this winter than put a single passenger at risk",
            "Ilse Brandt",
        ),
        &quote(
            "The new timetable starts in March and every sailing this winter will be on time",
            "Omar Reyes",
        ),
    );
    assert!(
        common::verdicts(&report, "attribution").is_empty(),
        "{report:#}"
    );
}

/// One name in two stories that share no other name is two people: their
/// roles are not compared. In one story they are.
#[test]
fn namesakes_in_unrelated_stories_hold_their_own_roles() {
    let roles = |second_story: &str| {
        let report = audit_records(&[
            (
                "a".into(),
                "2026-05-12".into(),
                "Brackwater Foods recalled its spinach across Easthaven on Monday.\nPriya Rao, chief epidemiologist at the Calder Valley health authority, said two bags tested positive.\n".into(),
            ),
            ("b".into(), "2026-05-13".into(), second_story.to_string()),
        ]);
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "role" && f["verdict"] == "contradiction")
            .count()
    };
    assert_eq!(
        roles("Voltaro shares fell in Frankfurt on Monday.\n\"The recall is painful but survivable,\" said Priya Rao, an analyst at Hollings Ward.\n"),
        0
    );
    assert_eq!(
        roles("Brackwater Foods shares fell on Monday.\n\"The recall is painful but survivable,\" said Priya Rao, an analyst at Hollings Ward.\n"),
        1
    );
}

/// One finding with this verdict and these camps' sources, as
/// [`common::verdicts`] gives it.
fn one_finding(verdict: &str, camps: &[&[&str]]) -> Vec<(String, Vec<Vec<String>>)> {
    vec![(
        verdict.to_string(),
        camps
            .iter()
            .map(|camp| camp.iter().map(|s| s.to_string()).collect())
            .collect(),
    )]
}

/// An event told by a description on one side ("the Easthaven-based
/// grower") and by a name on the other meets when the name is a main
/// subject of the describing document and both say the same thing was done
/// to the same thing; another thing done is another event.
#[test]
fn a_description_meets_the_main_subject_doing_the_same_thing() {
    let described = "Brackwater Foods is pulling spinach from shops.\nBrackwater Foods said no other products were affected.\nThe Easthaven-based grower announced the recall late on Monday.\n";
    let count = |named: &str| {
        let report = audit_records(&[
            ("a".into(), "2026-05-12".into(), described.into()),
            ("b".into(), "2026-05-12".into(), named.into()),
        ]);
        common::verdicts(&report, "date")
            .into_iter()
            .filter(|(verdict, _)| verdict == "contradiction")
            .count()
    };
    assert_eq!(
        count("Brackwater Foods announced the recall on 8 May.\n"),
        1
    );
    assert_eq!(
        count("Brackwater Foods announced a compensation fund on 8 May.\n"),
        0
    );
}

/// A deed told with no thing done to ("Rovers announced on Monday that
/// …", "officers arrested her") may have been done to what the other side
/// names, where the same verb tells it and the doer is the describing
/// document's main subject; two things named apart are two deeds.
#[test]
fn a_deed_told_with_no_thing_done_to_meets_the_main_subjects() {
    let described = "Castlebridge Rovers sacked their manager.\nCastlebridge Rovers said the search for a successor had begun.\nThe club made the announcement on 5 October.\n";
    let count = |named: &str| {
        date_verdicts("2025-10-07", described, named)
            .iter()
            .filter(|verdict| *verdict == "contradiction")
            .count()
    };
    assert_eq!(
        count("Castlebridge Rovers announced on 6 October that the manager had been relieved of his duties.\n"),
        1
    );
    assert_eq!(
        count("Castlebridge Rovers announced a new shirt sponsor on 6 October.\n"),
        0
    );
}

/// A date told under a topic on one side only ("an emergency board
/// meeting held on 11 November" / "the board met in emergency session on
/// Monday") is judged the same whichever side comes first: the verdict
/// hangs on what both sides tell, not on their order.
#[test]
fn a_topic_told_on_one_side_only_judges_alike_either_way() {
    let met = "The Kcirro Estuary Authority's board met in emergency session on Monday and agreed to suspend maintenance work.\n";
    let meeting = "At an emergency board meeting held on 11 November, directors of the Kcirro Estuary Authority were told the warning lights had flickered.\n";
    let forward = date_verdicts("2025-11-12", met, meeting);
    assert_eq!(forward, date_verdicts("2025-11-12", meeting, met));
    assert_eq!(forward, ["contradiction"]);
}

/// Audits two documents, "a" and "b", published on one day.
fn same_day(a: &str, b: &str) -> Value {
    audit_records(&[
        ("a".into(), "2025-08-19".into(), a.into()),
        ("b".into(), "2025-08-19".into(), b.into()),
    ])
}

/// One happening told with two verbs is one event ("left" / "departed",
/// "scrubbed" / "called off"), and one deed done to a topic's thing ("signed
/// the agreement" / "the deal was signed") is one event whoever the
/// sentences name; another happening to the same thing ("arrived",
/// "sank"), or the same deed by other people, is not.
#[test]
fn one_happening_told_with_two_verbs_is_one_event() {
    let dated = |a: &str, b: &str| date_verdicts("2026-06-01", a, b);
    let contradiction = ["contradiction".to_string()];
    let left = "The ferry left Halvik on Saturday evening with 200 passengers.\n";
    assert_eq!(
        dated(
            left,
            "The ferry departed Halvik on May 29, bound for Orran.\n"
        ),
        contradiction
    );
    assert!(dated(left, "The ferry arrived in Orran on May 29, hours late.\n").is_empty());
    assert!(dated(left, "The ferry sank off Kessary Point on May 29.\n").is_empty());
    assert_eq!(
        dated(
            "An attempt on Thursday was scrubbed because of high winds over the range.\n",
            "A first attempt, on 27 May, was called off because strong winds were blowing.\n",
        ),
        contradiction
    );
    let signed =
        "Union leaders and the Cressfield Transit Authority signed the agreement on Wednesday.\n";
    assert_eq!(
        dated(signed, "The deal was signed on 26 May at the depot.\n"),
        contradiction
    );
    assert!(dated(
        signed,
        "Dock workers and the Harlow Port Board signed a separate agreement on 26 May.\n"
    )
    .is_empty());
}

/// One thing named two ways ("the probe" / "the investigation", "the blaze"
/// / "the fire") and a noun of a happening after a light verb ("put her
/// signature to") are one event; another thing ("the flood") is not.
#[test]
fn one_thing_named_with_two_nouns_is_one_event() {
    let dated = |a: &str, b: &str| date_verdicts("2026-04-14", a, b);
    let contradiction = ["contradiction".to_string()];
    assert_eq!(
        dated(
            "The safety regulator opened its investigation on 17 February after complaints.\n",
            "The regulator launched its probe on 24 February, after a fire in Tacoma.\n",
        ),
        contradiction
    );
    // The verb is reached past function words ("opened a criminal
    // investigation for manslaughter on Monday").
    assert_eq!(
        date_verdicts(
            "2026-05-19",
            "Chief Prosecutor Dana Ruslova launched the inquiry on 16 May, within hours of the crash.\n",
            "The office of Chief Prosecutor Dana Ruslova opened a criminal investigation for manslaughter on Monday.\n",
        ),
        contradiction
    );
    let blaze = "The blaze broke out on Monday night in Warehouse 7.\n";
    assert_eq!(
        dated(
            blaze,
            "The fire, which started late on 12 April, spread through the roof.\n"
        ),
        contradiction
    );
    assert!(dated(
        blaze,
        "The flood, which started late on 12 April, spread through the yard.\n"
    )
    .is_empty());
    // An occurrence dated by its noun alone is dated by when it broke out;
    // another occurrence so dated is not.
    let broke_out = "The fire, which broke out late on 9 April, spread through the roof.\n";
    assert_eq!(
        dated(
            broke_out,
            "The most serious incident was the Harrowgate blaze on 12 April.\n"
        ),
        contradiction
    );
    assert!(dated(
        broke_out,
        "The most serious incident was the Harrowgate flood on 12 April.\n"
    )
    .is_empty());
    // One occurrence told by any verbs, wherever it struck; its end is
    // another happening.
    let storm = "The tree came down when the storm tore through the city on Saturday night.\n";
    assert_eq!(
        dated(
            storm,
            "The fence fell during the thunderstorm that battered Greyhaven on April 9.\n"
        ),
        contradiction
    );
    assert!(dated(
        storm,
        "The thunderstorm over Greyhaven ended on April 9, forecasters said.\n"
    )
    .is_empty());
    assert_eq!(
        date_verdicts(
            "2026-06-11",
            "Mayor Helena Strand signed the spending plan on Wednesday, her office said.\n",
            "Strand put her signature to the budget on 8 June at a short ceremony.\n",
        ),
        contradiction
    );
}

/// Meetings recur, but a deed done to one by a verb of its own ("ordered
/// the full recount" / "the recount was ordered") is done once; names after
/// a subordinating conjunction ("after Brandt's agents raised concerns")
/// tell another happening and do not make the casts differ; another deed
/// done to it ("completed") stays another happening.
#[test]
fn a_deed_done_to_a_recurring_happening_is_done_once() {
    let dated = |a: &str, b: &str| date_verdicts("2026-06-02", a, b);
    assert_eq!(
        dated(
            "Tomas Brandt asked for a recount at once. Returning officer Ada Quayle ordered the full recount on Sunday after reviewing the tally sheets.\n",
            "Tomas Brandt lost by 41 votes. The recount was ordered on May 30 after Brandt's agents raised concerns about two polling stations.\n",
        ),
        ["contradiction".to_string()]
    );
    // Another deed done to it is another happening.
    assert!(dated(
        "Tomas Brandt asked for a recount at once. Returning officer Ada Quayle ordered the full recount on Sunday after reviewing the tally sheets.\n",
        "Tomas Brandt lost by 41 votes. The recount was completed on May 30 after two days of checks.\n",
    )
    .is_empty());
}

/// Two support verbs ("staged" / "held" a walkout) say only that their
/// noun happened, and a figure inside the phrase ("a four-hour walkout")
/// does not hide the verb from its date; another deed done to it ("called
/// off") stays another happening.
#[test]
fn support_verbs_tell_their_nouns_happening() {
    let dated = |a: &str, b: &str| date_verdicts("2026-10-15", a, b);
    let staged = "Workers at the Velstrand plant in Tarrow staged a four-hour walkout on Wednesday, the first action since the closures.\n";
    assert_eq!(
        dated(
            staged,
            "Workers at the Tarrow plant held a four-hour walkout on 15 October, the union said.\n"
        ),
        ["contradiction".to_string()]
    );
    assert!(dated(
        staged,
        "Workers at the Tarrow plant called off a four-hour walkout on 15 October, the union said.\n"
    )
    .is_empty());
}

/// A count that opens its sentence with no owner ("Eleven pumps were
/// sent") may be that of any body its document names, so the body another
/// report says sent them does not make it another count. A count whose
/// sentence names its owner, in lower case ("the drivers' federation,
/// which has"), stays that owner's.
#[test]
fn a_count_without_an_owner_is_its_storys() {
    let figures = |a: &str, b: &str| verdicts_of("figure", "2026-10-12", a, b);
    assert_eq!(
        figures(
            "Crews of the Marlow Fire and Rescue Service fought a fire on Tolley Street overnight. Eleven pumps were sent to the warehouse blaze at its height.\n",
            "The Marlow Fire and Rescue Service sent six pumps to the warehouse blaze on Tolley Street at its height.\n",
        ),
        ["contradiction".to_string()]
    );
    assert!(figures(
        "Trains across Kessel stopped on Monday. The drivers' federation, which has 21,000 members, called a separate strike.\n",
        "Trains across Kessel stopped on Monday. The Kessel Rail Workers Union, which has 64,000 members, called the strike.\n",
    )
    .is_empty());
}

/// Parts of one counted whole ("nine of the 30 wells") told alike meet
/// and contradict; a part never meets its whole, however large.
#[test]
fn parts_of_one_whole_meet_each_other_not_the_whole() {
    let figures = |a: &str, b: &str| verdicts_of("figure", "2026-04-20", a, b);
    assert_eq!(
        figures(
            "Laboratory results show that nine of the 30 wells sampled near Pellow on Friday held nitrate above safe levels.\n",
            "Nitrate above safe levels turned up in five of the 30 wells sampled near Pellow on Friday, the agency said.\n",
        ),
        ["contradiction".to_string()]
    );
    assert!(figures(
        "Laboratory results show that twenty of the 30 wells sampled near Pellow on Friday held nitrate above safe levels.\n",
        "The agency sampled 30 wells near Pellow on Friday and found nitrate above safe levels in most of them.\n",
    )
    .iter()
    .all(|verdict| verdict == "agreement"));
}

/// Two verbs that share a WordNet sense ("put out" / "issued" a notice)
/// tell one happening, in whatever form a phrasal verb stands; a
/// subordinate clause after the date ("after tests turned up bacteria")
/// tells another. Lifting the notice is another deed.
#[test]
fn one_notice_issued_and_put_out_is_one_happening() {
    let issued = "The Pellow Water Board issued a boil-water notice on Saturday afternoon after tests found bacteria in the mains.\n";
    assert_eq!(
        date_verdicts(
            "2026-06-09",
            issued,
            "The Pellow Water Board put out the boil-water advisory on June 8 after routine tests turned up bacteria.\n",
        ),
        ["contradiction".to_string()]
    );
    assert!(date_verdicts(
        "2026-06-09",
        issued,
        "The Pellow Water Board lifted the boil-water advisory on June 8 after three days of clean tests.\n",
    )
    .is_empty());
}

/// One person's work for two bodies at one time contradicts, even in one
/// title ("a spokeswoman for Halvane Energy" / "spokeswoman for the
/// Carrowmere Transmission Authority") when both are named in full or are
/// two kinds of body; "the company's" director may be "Brackwater's", and
/// "director of quality and food safety" names a field, not a body.
#[test]
fn one_person_working_for_two_bodies_contradicts() {
    let roles = |a: &str, b: &str| verdicts_of("role", "2026-11-18", a, b);
    assert_eq!(
        roles(
            "Mirela Vantongeren, a spokeswoman for Halvane Energy, said crews in Ostrand worked through the night.\n",
            "Mirela Vantongeren, spokeswoman for the Carrowmere Transmission Authority, said the breaker in Ostrand failed.\n",
        ),
        ["contradiction".to_string()]
    );
    assert_eq!(
        roles(
            "Ruta Adeyemo, the authority's chief hydrologist, said the Ostrand reservoir was full.\n",
            "Ruta Adeyemo, an independent hydrologist at Westmarch University, said the Ostrand reservoir was full.\n",
        ),
        ["contradiction".to_string()]
    );
    assert!(roles(
        "Tomasz Ivel, the company's food safety director, said the bags sold in Calder were recalled.\n",
        "Tomasz Ivel, Brackwater's director of quality and food safety, said the bags sold in Calder were recalled.\n",
    )
    .iter()
    .all(|verdict| verdict != "contradiction"));
}

/// A year in a sentence's opening phrase dates every figure in it: the
/// 2019 repair's cost is not this year's estimate.
#[test]
fn a_year_opening_the_sentence_dates_all_of_it() {
    let figures = |a: &str, b: &str| verdicts_of("figure", "2026-04-14", a, b);
    let this_year = "Engineers closed the Ostrander Bridge in Calder on Saturday. Repairs to the bridge in Calder will cost $7.4 million, the city said.\n";
    assert_eq!(
        figures(
            "Engineers closed the Ostrander Bridge in Calder on Saturday. Repairs to the bridge in Calder will cost $3.1 million, the city said.\n",
            this_year,
        ),
        ["contradiction".to_string()]
    );
    assert!(figures(
        "Engineers closed the Ostrander Bridge in Calder on Saturday. In 2019, the Marlow Street overpass in Calder was shut for nine weeks, and repairs there cost $3.1 million.\n",
        this_year,
    )
    .is_empty());
}

/// Two figures each told with a day of its own, days apart, are figures
/// of two times; told of one day, they contradict.
#[test]
fn figures_of_two_days_are_two_times() {
    let figures = |a: &str, b: &str| verdicts_of("figure", "2026-04-16", a, b);
    let wednesday = "With the Ostrander Bridge in Calder shut, seven bus routes had been diverted as of Wednesday afternoon.\n";
    assert!(figures(
        "With the Ostrander Bridge in Calder shut, four bus routes had been diverted by Tuesday morning.\n",
        wednesday,
    )
    .is_empty());
    assert_eq!(
        figures(
            "With the Ostrander Bridge in Calder shut, four bus routes had been diverted by Wednesday afternoon.\n",
            wednesday,
        ),
        ["contradiction".to_string()]
    );
}

/// The verdicts of the date findings of two documents, "a" and "b",
/// published on `day`.
fn date_verdicts(day: &str, a: &str, b: &str) -> Vec<String> {
    verdicts_of("date", day, a, b)
}

/// Asserts that, published on `day`, `told` contradicts each of
/// `contradicted` on its date and finds nothing with each of `apart`.
fn assert_dated(day: &str, told: &str, contradicted: &[&str], apart: &[&str]) {
    for other in contradicted {
        assert_eq!(
            date_verdicts(day, told, other),
            ["contradiction"],
            "{other}"
        );
    }
    for other in apart {
        assert!(date_verdicts(day, told, other).is_empty(), "{other}");
    }
}

/// The verdicts of the findings of one kind of two documents, "a" and
/// "b", published on `day`.
fn verdicts_of(kind: &str, day: &str, a: &str, b: &str) -> Vec<String> {
    let report = audit_records(&[
        ("a".into(), day.into(), a.into()),
        ("b".into(), day.into(), b.into()),
    ]);
    common::verdicts(&report, kind)
        .into_iter()
        .map(|(verdict, _)| verdict)
        .collect()
}

/// The figure contradictions found in JSONL records, as sorted value pairs.
fn figure_disputes(records: &[(&str, &str, &str)]) -> Vec<Vec<String>> {
    disputes("figure", records)
}

/// The values of each contradiction of `kind` the records make, sorted.
fn disputes(kind: &str, records: &[(&str, &str, &str)]) -> Vec<Vec<String>> {
    let records: Vec<(String, String, String)> = records
        .iter()
        .map(|(id, day, text)| (id.to_string(), day.to_string(), format!("{text}\n")))
        .collect();
    let report = audit_records(&records);
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind && f["verdict"] == "contradiction")
        .map(|f| {
            let mut values: Vec<String> = f["camps"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["value"].as_str().unwrap().to_string())
                .collect();
            values.sort();
            values
        })
        .collect()
}

/// One count told with two nouns WordNet relates, or of people, or with a
/// topic rule on one side only, is one fact; a count that stands and a
/// happening's tally, or a part from somewhere against the whole, are two.
#[test]
fn one_count_told_with_two_nouns_and_counts_that_differ_in_kind() {
    // Runners and competitors: people, taken and carried to hospital.
    let found = figure_disputes(&[
        ("a", "2025-06-09", "Forty-one runners were taken to hospital from the Tarrowby half marathon on Sunday, the Tarrowby ambulance service said."),
        ("b", "2025-06-10", "The Tarrowby ambulance service said its crews carried 56 competitors to hospital from the Tarrowby half marathon on Sunday."),
    ]);
    assert_eq!(found, [["41 runner", "56 competitor"]]);
    // Boats and vessels: a boat is a kind of vessel; "fleet" is a topic
    // on one side only.
    let found = figure_disputes(&[
        ("a", "2025-03-04", "Some 64 boats took part in the blockade of Corran harbour on Monday, the Corran Fishermen's Guild said."),
        ("b", "2025-03-05", "The Corran Fishermen's Guild said a fleet of 46 vessels blocked Corran harbour on Monday."),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // The staff a plant has and the workers evacuated from it.
    let found = figure_disputes(&[
        ("a", "2025-06-09", "The Harwell plant has 230 workers on its payroll and was evacuated when the fire alarms sounded, Harwell Foods said."),
        ("b", "2025-06-10", "Some 85 workers were evacuated from the Harwell plant when the fire alarms sounded, Harwell Foods said."),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Firefighters from one town are a part of those deployed.
    let found = figure_disputes(&[
        ("a", "2025-06-09", "Some 84 firefighters were deployed to the Harwell plant fire, the Harwell fire service said."),
        ("b", "2025-06-10", "The Harwell fire service said 32 firefighters from Eastby were deployed to the Harwell plant fire."),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// One deed done to two nouns of one crowd, told in other words, is one
/// count: what was done (by the verbs' first senses), or where the people
/// were taken. Another crowd, or people taken elsewhere, are two counts.
#[test]
fn one_crowd_is_one_count_by_what_was_done_to_it() {
    // Racers and competitors (to race is to compete), treated either way.
    let found = figure_disputes(&[
        ("a", "2025-05-27", "At the Quillet Hill rolling race, 12 competitors were treated by paramedics at the foot of the slope."),
        ("b", "2025-05-27", "Medics at the bottom of Quillet Hill said 19 racers needed treatment after the rolling race."),
    ]);
    assert_eq!(found, [["12 competitor", "19 racer"]]);
    // Spectators are another crowd than competitors: told apart in a
    // story that names Quillet Hill elsewhere, one deed makes them no
    // one count.
    let found = figure_disputes(&[
        ("a", "2025-05-27", "The Quillet Hill rolling race drew a record field. In all, 12 competitors were treated by paramedics at the foot of the slope."),
        ("b", "2025-05-27", "The Quillet Hill rolling race drew a record crowd. Medics said four spectators needed treatment."),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Pupils taken and students driven to one hospital, under a topic on
    // one side only.
    let found = figure_disputes(&[
        ("a", "2025-03-12", "Six pupils were taken to hospital with sore eyes after the spill at Vantry Academy."),
        ("b", "2025-03-12", "After the spill at Vantry Academy, ten students were driven to Vantry General Hospital by ambulance."),
    ]);
    assert_eq!(found, [["10 student", "6 pupil"]]);
    // Those led out of a building are not those taken to hospital.
    let found = figure_disputes(&[
        ("a", "2025-03-12", "Six people were taken to hospital after the roof of the Vantry Arcade gave way."),
        ("b", "2025-03-12", "After the roof of the Vantry Arcade gave way, 240 people were led out of the building."),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// Things of one class that one deed was done to, in other words on each
/// side (verbs that share a sense), are one lot; another deed done to them
/// is another count.
#[test]
fn one_lot_is_one_count_by_what_was_done_to_it() {
    let raid = "Brakemoor Motors was raided on Monday.";
    let seized = format!("{raid} Officers seized 38 vehicles from the forecourt.");
    let impounded = format!("{raid} Police impounded 46 cars.");
    let found = figure_disputes(&[
        ("a", "2025-03-11", &seized),
        ("b", "2025-03-11", &impounded),
    ]);
    assert_eq!(found, [["38 vehicles", "46 vehicles"]]);
    let photographed = format!("{raid} Police photographed 46 cars.");
    let found = figure_disputes(&[
        ("a", "2025-03-11", &seized),
        ("b", "2025-03-11", &photographed),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// Counts of nouns that are also verbs sharing a sense ("bids" /
/// "offers") count one thing; nouns whose verbs share none ("bids" /
/// "complaints") count two.
#[test]
fn counts_named_for_one_deed_are_one_count() {
    let story = "Tarrowmere council put the old lighthouse up for sale in December.";
    let bids = format!("{story} Officers said seven bids had been received by the closing date.");
    let counted = |noun: &str| {
        format!("{story} Just three {noun} were submitted before bidding closed, officers said.")
    };
    let against_bids = |noun: &str| {
        figure_disputes(&[
            ("a", "2025-03-05", &bids),
            ("b", "2025-03-06", &counted(noun)),
        ])
    };
    assert_eq!(against_bids("offers"), [["3 offer", "7 bid"]]);
    let found = against_bids("complaints");
    assert!(found.is_empty(), "{found:?}");
}

/// Sums of two kinds of one deed done in one past year ("a refurbishment
/// completed in 2021" / "the 2021 overhaul") are that deed's cost, in a
/// story both documents tell; done in two years, they are two deeds'.
#[test]
fn one_past_deed_is_one_sum_by_its_year() {
    let story = "The Orrick tidal barrier failed to close on Sunday.";
    let refurbished = format!("{story} It went through a £14.2m refurbishment completed in 2021.");
    let overhauled = |year: &str| {
        format!("{story} The {year} overhaul, which cost £19.6 million, was meant to last decades.")
    };
    let found = figure_disputes(&[
        ("a", "2025-11-11", &refurbished),
        ("b", "2025-11-12", &overhauled("2021")),
    ]);
    assert_eq!(found, [["14200000 GBP", "19600000 GBP"]]);
    let found = figure_disputes(&[
        ("a", "2025-11-11", &refurbished),
        ("b", "2025-11-12", &overhauled("2017")),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A part is weighed at its least, a ceiling at its top.
#[test]
fn a_qualified_ceiling_is_no_part() {
    let found = figure_disputes(&[
        ("a", "2025-06-09", "Harwell Foods will hire up to 300 seasonal workers at the Harwell plant, the company said."),
        ("b", "2025-06-10", "Harwell Foods will hire up to 500 workers at the Harwell plant, the company said."),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// `explain --format json` of one document with `text`.
fn explain_text(text: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .args(["explain", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The claims of `kind` an explained document gives, sentence by sentence.
fn explained_claims<'a>(report: &'a Value, kind: &str) -> Vec<&'a Value> {
    report[0]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["claims"].as_array().unwrap())
        .filter(|c| c["kind"] == kind)
        .collect()
}

/// A byline's writer is no one a later "she" points back at.
#[test]
fn a_byline_names_no_speaker() {
    let report = explain_text(
        "Hall fire leaves village without a venue\n\nBy Jana Moravec, Crime Reporter\n\n\"We will rebuild the hall before the winter,\" she said on Monday.\n",
    );
    let byline = &report[0]["sentences"][1];
    assert_eq!(
        byline["text"], "By Jana Moravec, Crime Reporter",
        "{report:#}"
    );
    assert!(byline["dropped"].is_string(), "{report:#}");
    assert!(
        explained_claims(&report, "attribution").is_empty(),
        "{report:#}"
    );
}

/// `explain` shows how a count is told, so a reader can see why two
/// counts were kept apart.
#[test]
fn explain_shows_how_a_count_is_told() {
    let report = explain_text(
        "The plant employs 230 workers.\n\nSome 85 workers were evacuated on Monday.\n",
    );
    let told: Vec<&str> = explained_claims(&report, "figure")
        .iter()
        .map(|c| c["told"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(told, ["standing", "happened"], "{report:#}");
}

/// The verdicts of the figure findings between two documents, each given
/// with its day of publication.
fn figure_verdicts(a: (&str, &str), b: (&str, &str)) -> Vec<String> {
    let report = audit_records(&[
        ("a".into(), a.0.into(), a.1.into()),
        ("b".into(), b.0.into(), b.1.into()),
    ]);
    common::verdicts(&report, "figure")
        .into_iter()
        .map(|(verdict, _)| verdict)
        .collect()
}

/// Asserts that two figure texts do not dispute when published on the
/// `apart` pair of days, and dispute when published on the `disputed`
/// pair: the days alone tell whether the story moved on.
fn disputed_only_on((a, b): (&str, &str), apart: (&str, &str), disputed: (&str, &str)) {
    assert!(
        figure_verdicts((apart.0, a), (apart.1, b))
            .iter()
            .all(|v| v != "contradiction"),
        "{a} / {b} on {apart:?}"
    );
    assert_eq!(
        figure_verdicts((disputed.0, a), (disputed.1, b)),
        ["contradiction"],
        "{a} / {b} on {disputed:?}"
    );
}

/// "All" before a count a verb of happening tells makes it the whole and
/// the tally at once: it disputes another tally of that happening, while
/// a count of what merely stands still meets no tally. A participle with
/// its phrase after the noun ("stored in the shed") is not the main verb.
#[test]
fn a_whole_told_by_a_happening_is_its_tally_too() {
    let verdicts = |a: &str, b: &str| figure_verdicts(("2025-06-10", a), ("2025-06-10", b));
    let lost = "Some 300 barrels stored in the Marrick shed were lost to the flames.\n";
    assert_eq!(
        verdicts(
            "The blaze at Marrick destroyed all 480 barrels kept in the shed.\n",
            lost
        ),
        ["contradiction"]
    );
    assert!(
        verdicts("The Marrick shed holds 480 barrels.\n", lost).is_empty(),
        "a standing count against a tally"
    );
}

/// A length set off by a comma after a name is that place's distance:
/// two of one place disagree, two places' distances do not meet.
#[test]
fn a_distance_in_apposition_to_a_place_measures_it() {
    let verdicts = |a: &str, b: &str| figure_verdicts(("2025-06-10", a), ("2025-06-10", b));
    let near =
        "Four walkers sheltered in the Quarne Gallery, about 600 metres from the mine entrance.\n";
    assert_eq!(
        verdicts(
            near,
            "Rescuers found the walkers resting in the Quarne Gallery, some 1.8km into the workings.\n"
        ),
        ["contradiction"]
    );
    assert!(
        verdicts(
            near,
            "A pump was set up in the Varrow Shaft, some 1.8km into the workings.\n"
        )
        .is_empty(),
        "two places' distances"
    );
}

/// A position is told of the thing placed, which a story names once and
/// then describes: a length with no name before it may be the named
/// thing's, while another length of the story (a height) stays apart.
#[test]
fn a_position_told_of_a_described_thing_meets_the_named_one() {
    let verdicts = |a: &str, b: &str| figure_verdicts(("2025-06-10", a), ("2025-06-11", b));
    let named = "The Velmar Osprey crashed at Drennock beach on Saturday.\n\nThe Velmar Osprey stopped some 90 metres short of the crowd barrier.\n";
    assert_eq!(
        verdicts(
            "The Velmar Osprey, a vintage plane, crashed at Drennock beach on Saturday.\n\nThe aircraft came to rest about 25 metres from the crowd barrier.\n",
            named
        ),
        ["contradiction"]
    );
    assert!(
        verdicts(
            "The Velmar Osprey, a vintage plane, crashed at Drennock beach on Saturday.\n\nThe aircraft had climbed to about 300 metres above the sea.\n",
            named
        )
        .is_empty(),
        "a height is no distance from the barrier"
    );
}

/// A count one side tells as moving ("up from", "has risen to", "by the end
/// of May") is compared by the time each value stands for: a larger value
/// later, or told as a rise on the same day, is the count moving on; the
/// same count told without such words on one day still contradicts.
#[test]
fn a_count_told_as_moving_is_compared_by_its_time() {
    let verdicts = |a: &str, b: &str| figure_verdicts(("2025-06-10", a), ("2025-06-11", b));
    let earlier =
        "Veloraq said it had received reports of 23 fires involving the Kestrune scooter.\n";
    assert_eq!(
        verdicts(
            earlier,
            "The number of fires linked to the Veloraq Kestrune scooter has risen to 27, Veloraq said.\n"
        ),
        ["time-shifted"]
    );
    assert_eq!(
        verdicts(
            "The Friends of Thornacre petition had gathered 3,100 signatures by the end of May.\n",
            "The Friends of Thornacre handed over a petition carrying 4,300 signatures.\n"
        ),
        ["time-shifted"]
    );
    // Told without a move, the two values still contradict.
    assert_eq!(
        verdicts(
            earlier,
            "Veloraq said it had received reports of 27 fires involving the Kestrune scooter.\n"
        ),
        ["contradiction"]
    );
}

/// A deed done to one thing told by two kinds of one deed ("published" /
/// "circulated" a report) is one happening; making it known and talking
/// of it are not.
#[test]
fn a_report_published_and_circulated_is_one_happening() {
    let dated = |a: &str, b: &str| date_verdicts("2025-03-12", a, b);
    let published = "Teodor Quillane set out the options in a report published on 6 March.\n";
    assert_eq!(
        dated(
            published,
            "In a report circulated to councillors on 4 March, Teodor Quillane set out three options.\n"
        ),
        ["contradiction".to_string()]
    );
    assert!(dated(
        published,
        "In a report discussed by councillors on 4 March, Teodor Quillane had set out three options.\n"
    )
    .is_empty());
}

/// A sentence that gives two values of one kind ("the 1.9-kilometre line,
/// which climbs 720 metres") tells two quantities: the value each other
/// report pairs with is no dispute. A length told otherwise still is.
#[test]
fn one_sentence_never_disputes_itself() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "a.txt",
        "The 1.9-kilometre line, which climbs 720 metres from the valley station to Dravoly Alp, opened in 1911.\n",
    );
    write(
        "b.txt",
        "The line's monitoring system stopped both cars on the 1.9 km track near Dravoly Alp.\n",
    );
    write(
        "c.txt",
        "The 1,900-metre track climbs 720 metres from Kestelhorn to Dravoly Alp.\n",
    );
    let report = audit_json(dir.path(), false);
    let lengths = |report: &Value| -> Vec<String> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "figure" && f["verdict"] == "contradiction")
            .map(|f| f.to_string())
            .collect()
    };
    assert!(lengths(&report).is_empty(), "{report:#}");
    write(
        "d.txt",
        "The 2.4-kilometre line, which climbs 720 metres, links Kestelhorn with Dravoly Alp.\n",
    );
    let report = audit_json(dir.path(), false);
    assert_eq!(lengths(&report).len(), 1, "{report:#}");
}

/// A share written as a fraction meets one in per cent of the same thing
/// named by a synonym, whatever an owner's "own" beside it; the others
/// besides some are never the whole.
#[test]
fn a_fraction_of_a_whole_meets_its_share_in_per_cent() {
    let found = figure_disputes(&[
        (
            "a",
            "2025-06-03",
            "Carrowfield Estate lost roughly 70 per cent of this year's crop to the frost, according to the estate.",
        ),
        (
            "b",
            "2025-06-05",
            "According to the estate's own figures, the frost killed just under half of the expected grape harvest at Carrowfield Estate.",
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = figure_disputes(&[
        ("a", "2025-03-10", "Thieves took seven antique clocks from the Haldane Museum in Castelbrook."),
        (
            "b",
            "2025-03-12",
            "One clock from the Haldane Museum in Castelbrook is back, but six other clocks are still missing.",
        ),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A timeline row's verb past a long subject, a deed done in a dated
/// letter, and a motion from a place told as leaving it: each dates one
/// happening the other side dates apart.
#[test]
fn dated_rows_letters_and_departures_meet_their_retellings() {
    let dates = |day: &str, a: &str, b: &str| date_verdicts(day, a, b);
    assert_eq!(
        dates(
            "2025-06-03",
            "Bellhaven Mutual turned down the bulk of the claim in a letter sent last Tuesday.\n",
            "May 20: Bellhaven Mutual rejects most of the claim.\n",
        ),
        ["contradiction"]
    );
    assert_eq!(
        dates(
            "2025-09-18",
            "The Kestrel Dawn sailed from Port Selwyn on September 4.\n",
            "September 9: The Kestrel Dawn leaves Port Selwyn for the mackerel grounds.\n",
        ),
        ["contradiction"]
    );
    // Sailing to a port is no leaving of it.
    assert!(dates(
        "2025-09-18",
        "The Kestrel Dawn sailed to Port Selwyn on September 4.\n",
        "September 9: The Kestrel Dawn leaves Port Selwyn for the mackerel grounds.\n",
    )
    .is_empty());
}

/// A year opening a sentence without its comma sets all of it then: the
/// claim settled in 2021 is no version of this year's.
#[test]
fn a_year_opening_a_sentence_dates_its_later_clauses() {
    let claims = |earlier: &'static str| {
        figure_disputes(&[
            (
                "a",
                "2025-06-03",
                "The estate has claimed £640,000 from Bellhaven Mutual under its frost policy.",
            ),
            ("b", "2025-06-06", earlier),
        ])
    };
    assert!(claims("In 2021 a milder frost cost the estate some grapes, and Bellhaven Mutual settled that £188,000 claim in full.").is_empty());
    assert_eq!(
        claims("This spring a hard frost cost the estate its grapes, and it has claimed £188,000 from Bellhaven Mutual.").len(),
        1
    );
}

/// People counted after "by" and a participle did its deed: they are no
/// margin ("won by 24,000 votes"), so two counts of the signatories of one
/// letter disagree, while those who did a deed to something else ("work
/// carried out by two of the studio's artists") are not counted against
/// those the studio employs.
#[test]
fn people_after_by_did_the_deed() {
    let figures = |a: &str, b: &str| verdicts_of("figure", "2025-03-11", a, b);
    assert_eq!(
        figures(
            "The Tuvelmark orchestra's letter was signed by 63 musicians.\n",
            "The Tuvelmark orchestra's letter bore the signatures of 36 musicians.\n"
        ),
        ["contradiction"]
    );
    assert!(figures(
        "Enavroc Ink Parlour was shut by the Eastwold Health Protection Unit.\n\nThe studio employs seven artists and a receptionist.\n",
        "Enavroc Ink Parlour was shut by the Eastwold Health Protection Unit.\n\nInvestigators linked the infections to work carried out by two of the studio's artists.\n"
    )
    .is_empty());
}

/// Those who did a deed to something else ("four players had lodged
/// appeals") are not counted against those another deed was done to ("11
/// players were suspended"); one crowd told by a deed and by the noun of
/// its happening ("walked out" / "joined the strike") still is. A count
/// said to be among others ("were among those suspended") is some of them.
#[test]
fn counts_of_two_deeds_are_two_sets() {
    let figures = |a: &str, b: &str| verdicts_of("figure", "2025-08-19", a, b);
    let suspended = "Eleven Tamsley players have been suspended by the Westmarch union.\n";
    for appealed in [
        "Four Tamsley players had lodged appeals against the Westmarch union.\n",
        "Four Tamsley players lodged appeals against the Westmarch union.\n",
    ] {
        assert!(figures(suspended, appealed).is_empty(), "{appealed}");
    }
    assert!(figures(
        suspended,
        "Seven Tamsley players were among those suspended by the Westmarch union.\n"
    )
    .is_empty());
    assert_eq!(
        figures(
            "About 38,000 Northway rail workers walked out on Monday.\n",
            "More than 50,000 Northway workers joined the strike on Monday.\n"
        ),
        ["contradiction"]
    );
    assert_eq!(
        figures(
            suspended,
            "Nine Tamsley players have been suspended by the Westmarch union.\n"
        ),
        ["contradiction"]
    );
}

/// A timeline row tells its deeds in the present, so a past participle
/// after its subject is a passive ("Harcastle's report lodged with the
/// union"): the report is what the deed was done to, and submitting it
/// is the same deed whatever kind of verb "lodge" first is. Another thing
/// lodged is another deed.
#[test]
fn a_rows_participle_is_a_passive() {
    assert_dated(
        "2025-10-16",
        "Harcastle submitted his report to the union on Monday, October 6.\n",
        &["October 8: Referee Gideon Harcastle's report lodged with the county union.\n"],
        &["October 8: Referee Gideon Harcastle's appeal lodged with the county union.\n"],
    );
}

/// A support verb tells that its noun's deed was done: "made his first
/// court appearance" is the day he appeared; a payment he made is
/// another deed.
#[test]
fn a_support_verbs_noun_tells_its_deed() {
    assert_dated(
        "2025-10-14",
        "Hollis Quarrendine, 58, appeared before magistrates in Wexmoor on Monday charged with fraud.\n",
        &["Hollis Quarrendine, 58, made his first court appearance on 10 October.\n"],
        &["Hollis Quarrendine, 58, made his first repayment on 10 October.\n"],
    );
}

/// A date inside an occasion's phrase ("At a packed meeting … on
/// Thursday,") dates the occasion, not a statement, and deeds done by the
/// same people to the same people at one kind of occasion date one
/// occasion, whatever verbs tell them; other people at a meeting, or other
/// deeds at one, are another meeting.
#[test]
fn deeds_done_to_the_same_people_at_one_occasion_date_it() {
    assert_dated(
        "2025-06-12",
        "At a packed meeting in Skelbeck village hall on Thursday, villagers told managers from Keldra Networks that the delays were costing them work.\n",
        &["June 3, 2025: Villagers confront Keldra managers at a public meeting in Skelbeck.\n"],
        &["June 3, 2025: Councillors question Keldra engineers at a public meeting in Skelbeck.\n"],
    );
    assert_dated(
        "2025-06-12",
        "At a meeting in Skelbeck on Thursday, the parish council voted to close the library.\n",
        &[],
        &["The parish council approved its budget at a meeting in Skelbeck on June 3.\n"],
    );
}

/// A happening's noun that is the object of a past deed before its phrase
/// ("pulled its premises licence") is what the deed was done to, even
/// where a plural before it would make the noun a verb by its place: one
/// deed done to one licence with two verbs is one deed; coming to know of
/// it ("reviewed") is another.
#[test]
fn a_deed_done_to_a_noun_phrase_is_that_deed() {
    assert_dated(
        "2025-06-13",
        "Wendmoor District Council revoked the Ferncastle licence last Wednesday.\n",
        &["The festival was called off after Wendmoor District Council pulled its premises licence on June 6.\n"],
        &["Wendmoor District Council reviewed its premises licence on June 6.\n"],
    );
}

/// "Four years ago" tells when: its count is no figure, and the figure
/// before it ("a £1.6m upgrade of the unit") ends where the date begins and
/// is dated by it, so against "in 2021" of a 2025 report it is one year's
/// spending: the two sums disagree.
#[test]
fn a_count_of_years_ago_dates_the_figure_before_it() {
    let report = explain_text(
        "The machines were installed as part of a £1.6m upgrade of the unit four years ago.\n",
    );
    let figures: Vec<&str> = explained_claims(&report, "figure")
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(figures, ["£1.6m upgrade of the unit"], "{report:#}");
    let found = figure_disputes(&[
        (
            "a",
            "2025-03-04",
            "The Varrowdale trust spent £2.4 million upgrading the unit in 2021.",
        ),
        (
            "b",
            "2025-03-07",
            "The Varrowdale trust spent £1.6m on an upgrade of the unit four years ago.",
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // Another year's spending is another figure.
    let apart = figure_disputes(&[
        (
            "a",
            "2025-03-04",
            "The Varrowdale trust spent £2.4 million upgrading the unit in 2018.",
        ),
        (
            "b",
            "2025-03-07",
            "The Varrowdale trust spent £1.6m on an upgrade of the unit four years ago.",
        ),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
}

/// A count whose sentence dates its deed to a day of a year, too far
/// after the count for the year alone to date it, is of that year: against
/// the same year's count it disagrees; against another year's it is
/// another count.
#[test]
fn a_day_in_the_counts_sentence_dates_it_to_that_year() {
    let one_year = figure_disputes(&[
        (
            "a",
            "2025-11-03",
            "Officers seized 38,600 litres of oil from the Orvaine bottling plant during the raid on 14 March 2023.",
        ),
        (
            "b",
            "2025-11-06",
            "The March 2023 raid on the Orvaine bottling plant recovered 53,400 litres of the blended oil.",
        ),
    ]);
    assert_eq!(one_year.len(), 1, "{one_year:?}");
    let two_years = figure_disputes(&[
        (
            "a",
            "2025-11-03",
            "Officers seized 38,600 litres of oil from the Orvaine bottling plant during the raid on 14 March 2023.",
        ),
        (
            "b",
            "2025-11-06",
            "The March 2021 raid on the Orvaine bottling plant recovered 53,400 litres of the blended oil.",
        ),
    ]);
    assert!(two_years.is_empty(), "{two_years:?}");
}

/// "The council" opening a sentence is the council its story named, not
/// the body the story names most: its loan is the council's, and another
/// story's council loan of the same month is the same loan; another
/// council's is not.
#[test]
fn the_body_a_sentence_opens_with_is_the_one_named_by_that_noun() {
    let story = "Kelbrant Energy Co-operative went into administration on Monday. \
        Kelbrant Energy Co-operative sold power to 900 homes. \
        Kelbrant Energy Co-operative owes money to Rossmere District Council. \
        The council approved a £1.4m loan to the co-operative in June 2021.";
    let same = figure_disputes(&[
        ("a", "2025-03-11", story),
        (
            "b",
            "2025-03-12",
            "Rossmere District Council provided a £1.9m loan that councillors signed off in June 2021.",
        ),
    ]);
    assert_eq!(same.len(), 1, "{same:?}");
    let other = figure_disputes(&[
        ("a", "2025-03-11", story),
        (
            "b",
            "2025-03-12",
            "Harnby Borough Council provided a £1.9m loan that councillors signed off in June 2021.",
        ),
    ]);
    assert!(other.is_empty(), "{other:?}");
}

/// A date right after an occasion's noun ("at the 6.30am headcount on 12
/// May") is that occasion's day, whatever WordNet files the noun with, and
/// so is a date after a support verb's object ("officers carried out a
/// headcount … on Sunday"): one headcount told twice. "When" opens a
/// clause: the noun after it is a subject, not a phrase a participle
/// qualifies. A headcount dated beside other deeds than its own is no
/// occasion ("the headcount fell to 40 on Monday").
#[test]
fn a_date_after_an_occasions_noun_dates_that_occasion() {
    assert_dated(
        "2025-05-13",
        "Darren Pocklington and Stuart Minchell were found to be missing from their cells when officers carried out a headcount at half past six on Sunday morning.\n",
        &["Darren Pocklington and Stuart Minchell were discovered to be absent from HMP Redmarsh at the 6.30am headcount on 12 May, the prison service confirmed.\n"],
        &["Darren Pocklington and Stuart Minchell appeared before magistrates in Kellaway on 12 May.\n"],
    );
}

/// Two tallies of a running count as of two times of one day ("by
/// lunchtime" / "by the end of the day", "by 9am" / "by the time the road
/// reopened") are two counts, not one count
/// told two ways; the same time of day is one.
#[test]
fn counts_as_of_two_times_of_day_are_two_counts() {
    let lunchtime = (
        "a",
        "2025-05-07",
        "By lunchtime, 14 pupils from Carrowmere Primary School had been taken to hospital.",
    );
    let apart = figure_disputes(&[
        lunchtime,
        (
            "b",
            "2025-05-07",
            "By the end of the day, 23 pupils from Carrowmere Primary School had been taken to hospital.",
        ),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
    let found = figure_disputes(&[
        lunchtime,
        (
            "b",
            "2025-05-07",
            "By lunchtime, 23 pupils from Carrowmere Primary School had been taken to hospital.",
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    // A clock time and a happening are times of day too.
    let clock = (
        "a",
        "2025-06-05",
        "By 9am, six firefighters on the Pellingford motorway had been stung.",
    );
    let apart = figure_disputes(&[
        clock,
        (
            "b",
            "2025-06-05",
            "By the time the road reopened, 11 firefighters on the Pellingford motorway had been stung.",
        ),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
    let found = figure_disputes(&[
        clock,
        (
            "b",
            "2025-06-05",
            "By 9am, 11 firefighters on the Pellingford motorway had been stung.",
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A verb's object that names a place tells where the counted things
/// went, not another thing done to ("six ambulances attended the scene" /
/// "nine ambulances were sent to the school"): one count. A deed done to
/// people ("took 14 patients to hospital") still counts another set.
#[test]
fn a_deed_whose_object_is_a_place_counts_the_same_things() {
    let sent = (
        "a",
        "2025-05-07",
        "Nine ambulances were sent to Carrowmere Primary School on Tuesday.",
    );
    let found = figure_disputes(&[
        sent,
        (
            "b",
            "2025-05-07",
            "Six ambulances attended the scene at Carrowmere Primary School on Tuesday.",
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let apart = figure_disputes(&[
        sent,
        (
            "b",
            "2025-05-07",
            "Six ambulances carried pupils from Carrowmere Primary School to hospital on Tuesday.",
        ),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
}

/// A night runs from the evening of its day into the early hours of the
/// next: "overnight on Saturday" and "in the early hours of Sunday" are one
/// night, so two counts of what happened in it disagree; counts told of
/// two nights ("on Thursday night" / "by Friday night") are two days'.
#[test]
fn a_night_is_told_of_the_day_it_falls_on() {
    let overnight = (
        "a",
        "2025-05-19",
        "Thieves stripped 32 sheets of lead from St Aldhelm's Church overnight on Saturday.",
    );
    let found = figure_disputes(&[
        overnight,
        (
            "b",
            "2025-05-19",
            "Forty-five sheets of lead were stripped from St Aldhelm's Church in the early hours of Sunday.",
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let into = figure_disputes(&[
        overnight,
        (
            "b",
            "2025-05-19",
            "Forty-five sheets of lead were stripped from St Aldhelm's Church overnight into Sunday.",
        ),
    ]);
    assert_eq!(into.len(), 1, "{into:?}");
    let apart = figure_disputes(&[
        (
            "a",
            "2025-03-08",
            "By Thursday night, 11 people had slept at Kestleby Community Hall.",
        ),
        (
            "b",
            "2025-03-08",
            "By Friday night, 19 people had slept at Kestleby Community Hall.",
        ),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
}

/// Two roles one source gives a person together ("Group Manager Corin
/// Aldwyth, the incident commander,") are no other posts than each other,
/// so sources naming one of them alone do not dispute; without such a
/// source they do.
#[test]
fn roles_one_source_gives_together_are_never_set_apart() {
    let record = |id: &str, text: &str| {
        (
            id.to_string(),
            "2025-08-04".to_string(),
            format!("{text}\n"),
        )
    };
    let manager = record(
        "b",
        "Group Manager Corin Aldwyth said the Marrowby fire would be contained within a day.",
    );
    let commander = record(
        "c",
        "Incident commander Corin Aldwyth said crews would stay in Marrowby for several days.",
    );
    let both = record(
        "a",
        "Group Manager Corin Aldwyth, the incident commander, said the Marrowby fire had spread.",
    );
    let roles = |records: &[(String, String, String)]| {
        common::verdicts(&audit_records(records), "role")
            .into_iter()
            .map(|(verdict, _)| verdict)
            .filter(|v| v != "agreement")
            .collect::<Vec<_>>()
    };
    assert!(
        roles(&[both, manager.clone(), commander.clone()]).is_empty(),
        "held together by one source"
    );
    assert_eq!(roles(&[manager, commander]), ["contradiction"]);
}

/// A deed told by the phrase WordNet defines its verb with ("taken into
/// custody" is how it glosses "arrest"; "found guilty", "convict") is
/// that deed. An age tells whom, where no name does ("the 34-year-old" /
/// "a man, 34," / "aged 34"); another age is another person.
#[test]
fn a_deed_told_by_its_definition_is_that_deed() {
    assert_dated(
        "2025-06-11",
        "The 34-year-old was arrested on Monday evening on suspicion of theft.\n",
        &["A man, 34, was taken into custody on Tuesday on suspicion of theft.\n"],
        &[
            "A man, 52, was taken into custody on Tuesday on suspicion of theft.\n",
            "A 52-year-old man was arrested on Tuesday on suspicion of theft.\n",
        ],
    );
    assert_dated(
        "2025-06-11",
        "A 34-year-old man was arrested on Monday evening on suspicion of theft.\n",
        &["A man, 34, who lives in Kelsford, was taken into custody on Tuesday on suspicion of theft.\n"],
        &["A 52-year-old man was arrested on Tuesday on suspicion of theft.\n"],
    );
    assert_dated(
        "2025-05-14",
        "Craig Ellerby, 34, was found guilty on Tuesday at Wethercombe Magistrates' Court.\n",
        &["Craig Ellerby was convicted at Wethercombe Magistrates' Court on 12 May.\n"],
        &["Craig Ellerby was charged at Wethercombe Magistrates' Court on 12 May.\n"],
    );
    // "aged 17" tells an age as "17-year-old" does.
    assert_dated(
        "2025-06-11",
        "A 17-year-old boy was arrested on Monday evening on suspicion of arson.\n",
        &["A local teenager, aged 17, was taken into custody on Tuesday on suspicion of arson.\n"],
        &["A local teenager, aged 15, was taken into custody on Tuesday on suspicion of arson.\n"],
    );
}

/// A count hyphened to a noun before another is that thing's size ("the
/// 64-member orchestra"): a standing whole against the tally of a deed
/// ("the 41 musicians who made the trip had played") is two counts; two
/// tallies of the deed are one. An apposition after
/// a count ("only one rider, a man of 41, was still in hospital on
/// Monday night") is no later clause: the date after it is the count's.
#[test]
fn a_size_and_the_tally_of_a_deed_are_two_counts() {
    let apart = figure_disputes(&[
        (
            "a",
            "2025-06-10",
            "The 64-member Brennock Youth Orchestra had played St Aldric's Hall in Kelsford.",
        ),
        (
            "b",
            "2025-06-10",
            "The 41 young musicians who made the trip had played St Aldric's Hall in Kelsford.",
        ),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
    let found = figure_disputes(&[
        (
            "a",
            "2025-06-10",
            "The 64 young musicians had played St Aldric's Hall in Kelsford.",
        ),
        (
            "b",
            "2025-06-10",
            "The 41 young musicians who made the trip had played St Aldric's Hall in Kelsford.",
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let riders = |b: &str| {
        figure_disputes(&[
            (
                "a",
                "2025-06-10",
                "Three riders remained at St Averil hospital in Calderbrook on Sunday morning.",
            ),
            ("b", "2025-06-10", b),
        ])
    };
    let later = riders("Only one rider, a 41-year-old man from Calderbrook, was still in St Averil hospital on Monday night.");
    assert!(later.is_empty(), "{later:?}");
    let same_day = riders("Only one rider, a 41-year-old man from Calderbrook, was still in St Averil hospital on Sunday morning.");
    assert_eq!(same_day.len(), 1, "{same_day:?}");
}

/// A tally as of a clock time ("by 8am") is no count of the whole
/// morning; "since January" and "since the start of the year" are one
/// running total, which "the most since the city began" is not.
#[test]
fn a_clock_tally_and_running_totals() {
    let apart = figure_disputes(&[
        (
            "a",
            "2025-05-07",
            "By 8am, nine services on the Ellerby line had been cancelled.",
        ),
        (
            "b",
            "2025-05-07",
            "In all, 23 services on the Ellerby line were cancelled over the course of the morning.",
        ),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
    let found = figure_disputes(&[
        (
            "a",
            "2025-05-07",
            "Nine services on the Ellerby line had been cancelled.",
        ),
        (
            "b",
            "2025-05-07",
            "In all, 23 services on the Ellerby line were cancelled over the course of the morning.",
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let found = figure_disputes(&[
        (
            "a",
            "2025-05-13",
            "The Kelmsford trust has received 17 formal complaints about Dr Penhallow since January.",
        ),
        (
            "b",
            "2025-05-13",
            "Twenty-three formal complaints had been lodged with the Kelmsford trust about Dr Penhallow since the start of the year.",
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// An occurrence told doing a deed on a day ("fire ripped through a
/// stall") is dated by the day it struck, as news tells it: against its
/// start told on another day it is one fire misdated. A deed done to it
/// (put out, investigated) is another matter.
#[test]
fn an_occurrence_at_work_and_its_start_date_one_happening() {
    let dated = |a: &str, b: &str| date_verdicts("2025-12-09", a, b);
    assert_eq!(
        dated(
            "Fire ripped through a crepe stall at the Brindlemoor Christmas market on Saturday evening.\n",
            "The fire at the Brindlemoor Christmas market broke out at about 6.40pm on 5 December.\n",
        ),
        ["contradiction".to_string()]
    );
    for done_to_it in [
        "The fire at the crepe stall was finally put out on Saturday evening.\n",
        "Police investigated the fire at the crepe stall on Saturday evening.\n",
    ] {
        assert!(dated(
            done_to_it,
            "The fire at the Brindlemoor Christmas market broke out at about 6.40pm on 5 December.\n",
        )
        .is_empty(), "{done_to_it}");
    }
}

/// "Last August" is a past month: a count told of it is no count of the
/// present story, whatever its noun.
#[test]
fn a_count_of_last_month_named_is_of_another_time() {
    let apart = figure_disputes(&[
        ("a", "2025-06-09", "Last August, a woman fell from the Sula Bay and was recovered after 20 minutes in the water."),
        ("b", "2025-06-09", "A ferry passenger survived 43 minutes in the water after going overboard, rescuers said."),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
    let found = figure_disputes(&[
        ("a", "2025-06-09", "A woman fell from the Sula Bay and was recovered after 20 minutes in the water."),
        ("b", "2025-06-09", "A ferry passenger survived 43 minutes in the water after going overboard, rescuers said."),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A count told as the whole ("In total, three boats") holds a qualified
/// part smaller than it ("two neighbouring boats"); a part larger than
/// the whole disputes it.
#[test]
fn a_count_told_in_total_holds_a_qualified_part() {
    let whole = "In total, three boats were damaged at Hallowmere Basin, with the Kestrel Lass left as a shell.";
    let part = |n: &str| {
        format!("The Kestrel Lass was gutted at Hallowmere Basin, and {n} neighbouring boats were scorched.")
    };
    let apart = figure_disputes(&[
        ("a", "2025-05-13", whole),
        ("b", "2025-05-13", &part("two")),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
    let found = figure_disputes(&[
        ("a", "2025-05-13", whole),
        ("b", "2025-05-13", &part("four")),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// "The incident took place on 6 June" dates the story's happening, by no
/// verb of its own: the one another report of the story leads with, not
/// a later aside, nor another story's.
#[test]
fn a_mere_happening_is_the_one_the_story_leads_with() {
    assert_dated(
        "2025-06-09",
        "A ferry passenger was pulled alive from the sea off Tregarra Point after almost an hour in the water. The incident took place on the evening of 6 June, as the Morwen Star left Port Tregarra. The Morwen Star turned back to search for him.\n",
        &["A man was rescued after falling overboard from the Morwen Star off Tregarra Point on Saturday evening. Crew members on the Morwen Star threw lifebuoys to him while the Tregarra lifeboat was launched.\n"],
        &[
            "A man was rescued after going overboard from the Morwen Star off Tregarra Point. Crew members on the Morwen Star threw lifebuoys to him while the Tregarra lifeboat was launched. Fishermen had reported a pod of dolphins off Tregarra Point on Saturday.\n",
            "A cyclist was hurt in a collision with a van on the Penwarra road on Saturday evening. Police closed the road for two hours.\n",
        ],
    );
}

/// So does a verb that says only that its subject happened, where the
/// subject names no happening WordNet knows ("the sportive, which took
/// place on …"), in a report that names the story's place but once.
#[test]
fn a_happening_of_no_known_kind_is_the_one_the_story_leads_with() {
    assert_dated(
        "2025-05-13",
        "The Tarrenmouth Gran Fondo descended into chaos on Sunday when riders on the long route were sent the wrong way at a crossroads near Tarrenmouth. Riders waited in Tarrenmouth for hours. Tarrenmouth Wheelers said the arrows had been moved.\n",
        &["Hundreds of riders were sent the wrong way at a crossroads. The sportive, which took place on 10 May, starts and finishes in Tarrenmouth market square.\n"],
        &["Hundreds of riders were sent the wrong way at a crossroads. The sportive, which took place on 11 May, starts and finishes in Tarrenmouth market square.\n"],
    );
}

/// A count in one place against a larger one over that place and others
/// is a part of it; the same places with two counts are a dispute.
#[test]
fn a_count_in_one_place_is_a_part_of_one_over_more_places() {
    let wider = (
        "b",
        "2025-06-12",
        "Including units sold in Canada, Mexico and Portugal, the recall covers 112,400 Zephra scooters, Zephra said.",
    );
    let apart = figure_disputes(&[
        (
            "a",
            "2025-06-12",
            "In Canada, 6,300 Zephra scooters are affected, according to Canadian safety officials.",
        ),
        wider,
    ]);
    assert!(apart.is_empty(), "{apart:?}");
    let found = figure_disputes(&[
        (
            "a",
            "2025-06-12",
            "Across Canada, Mexico and Portugal, the recall covers 96,000 Zephra scooters, Zephra said.",
        ),
        wider,
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// Words two unrelated stories both quote, given to two people, are a
/// stock phrase, though the stories share a town; within one story they
/// are one quote given twice.
#[test]
fn a_phrase_quoted_in_two_stories_is_a_stock_phrase() {
    let tanker = "A Kelvary Tankers lorry overturned on the A61 near Fenwick Cross, Pellam, on Monday. Drivers were held at Dunmore Services and Ashby Lane for hours. Inspector Hal Greaves of Wexmoor Police said the road would reopen late. Kelvary Tankers said that it was \"working closely with the emergency services\". Farmers at Brindle Farm and Oxley Farm were told to keep animals in. Carla Menzies of the Tarn Agency said tests were under way.\n";
    let roof = "The roof of the Ottery Foods store in Pellam fell in under snow on Monday. Shoppers were led out to Calloway Road and Mill Street. Ruth Abernaley of Ottery Foods said: \"We are working closely with the emergency services and the council.\" Jon Petrie of Ranmore Council said the building was unsafe. Engineers from Holt Partners and Vane Surveys were on site. Martin Ocado of Colby Haulage lost two vans.\n";
    assert!(verdicts_of("attribution", "2025-01-17", tanker, roof).is_empty());
    let same_story = "Snow brought down the roof of the Ottery Foods store in Pellam on Monday. Ottery Foods manager Colm Dwyer said: \"We are working closely with the emergency services and the council.\" Jon Petrie of Ranmore Council said the building was unsafe.\n";
    assert_eq!(
        verdicts_of("attribution", "2025-01-17", roof, same_story),
        ["contradiction"]
    );
}

/// A date a span opens from ("since the start of April") or a count stood
/// at ("as of 5 May") dates no happening; "on 5 May" does.
#[test]
fn a_span_bound_dates_no_happening() {
    let dated = |text: &str| {
        let report = explain_text(text);
        explained_claims(&report, "date").len()
    };
    assert_eq!(
        dated("By 8 May 2025, 52 claims had been lodged since the start of April.\n"),
        0
    );
    assert_eq!(
        dated("As of 5 May 2025, 37 new claims had already been submitted.\n"),
        0
    );
    assert_eq!(dated("On 5 May 2025, 37 new claims were submitted.\n"), 1);
    // "since" before a happening's noun, and an amount a deed was done to,
    // still date the happening.
    assert_eq!(
        dated("Families have been in shelters since the earthquake on 6 February 2025.\n"),
        1
    );
    assert_eq!(
        dated("The council wrote to 4,000 residents on 3 March 2025.\n"),
        1
    );
    // The phrase WordNet defines a verb by may close past its object.
    let report = explain_text("Police took a 34-year-old man into custody on 9 April 2025.\n");
    assert_eq!(explained_claims(&report, "date")[0]["verb"], "arrest");
    // A date set off by commas dates the clause before it.
    assert_eq!(
        dated("The lift had already failed once, on 8 May 2025, the paper can reveal.\n"),
        1
    );
}

/// One person leading two fields of work that share nothing ("head of
/// highways maintenance" / "director of finance") holds two roles at once;
/// one field told two ways is one role.
#[test]
fn heads_of_two_fields_are_two_roles() {
    let roles = |a: &str, b: &str| verdicts_of("role", "2025-05-08", a, b);
    let highways = "Marcus Tregidga, the council's head of highways maintenance, told Quenlow councillors that roads had broken up.\n";
    assert_eq!(
        roles(
            highways,
            "Marcus Tregidga, the council's director of finance, said Quenlow had paid more claims.\n"
        ),
        ["contradiction"]
    );
    assert!(roles(
        highways,
        "Marcus Tregidga, the council's maintenance director, said Quenlow had paid more claims.\n"
    )
    .iter()
    .all(|verdict| verdict != "contradiction"));
    // Two fields joined by "and" hold the other's one.
    assert!(roles(
        "Ada Penrose, the council's director of finance and resources, said Quenlow had paid more claims.\n",
        "Ada Penrose, the council's resources director, told Quenlow councillors that roads had broken up.\n"
    )
    .iter()
    .all(|verdict| verdict != "contradiction"));
}

/// What things hold ("crates of court papers") and what kind they are
/// ("storage crates") are two ways to tell one count, never two things;
/// two kinds that share nothing are two things. A verb right after a
/// plural noun ends what is counted ("bunks spread across").
#[test]
fn what_things_hold_does_not_make_them_another_kind() {
    let figures = |a: &str, b: &str| verdicts_of("figure", "2025-05-08", a, b);
    let storage = "Twelve storage crates were lifted out of the Vellacombe canal on Sunday.\n";
    assert_eq!(
        figures(
            storage,
            "Divers lifted 21 crates of court papers out of the Vellacombe canal on Sunday.\n"
        ),
        ["contradiction"]
    );
    assert!(figures(
        storage,
        "Divers lifted 21 evidence crates out of the Vellacombe canal on Sunday.\n"
    )
    .is_empty());
    assert_eq!(
        figures(
            "The Brisk Tarn refuge, which had 30 bunks spread across three rooms, burned down on Sunday.\n",
            "The Brisk Tarn refuge, with its 44 bunks, burned down on Sunday.\n"
        ),
        ["contradiction"]
    );
}

/// What a sentence says happened is read past the words around it: a
/// state entered ("ground to a halt") is its noun's deed, an end before an
/// "-ing" form ("stopped advancing") is the end, a deed done "while
/// walking" is dated by the walk's date, a second predicate ("and has
/// not moved since") takes its negation with it, and a relative clause's
/// verb ("that hit the tower") tells its own deed.
#[test]
fn the_deed_is_read_through_the_words_around_it() {
    let stopped = "The Corrowby boring machine stopped on Monday under Hallam Street.\n";
    assert_dated(
        "2026-03-18",
        stopped,
        &[
            "The Corrowby boring machine ground to a halt on 13 March under Hallam Street.\n",
            "The Corrowby boring machine stopped advancing on 13 March and has not moved since.\n",
        ],
        &["The Corrowby boring machine began cutting on 13 March under Hallam Street.\n"],
    );
    // A start before an "-ing" form still tells the deed after it.
    assert_dated(
        "2026-03-18",
        "Engineers opened the Corrowby sluice gates on Monday.\n",
        &["Engineers began opening the Corrowby sluice gates on 13 March.\n"],
        &[],
    );
    assert_dated(
        "2026-05-12",
        "A jogger spotted the Tamberley ledgers while crossing the park on Sunday morning.\n",
        &["The Tamberley ledgers were spotted on 9 May in the park.\n"],
        &[],
    );
    let dated = |text: &str| explained_claims(&explain_text(text), "date").len();
    assert_eq!(
        dated("The Corrowby talks did not resume on 3 March 2026 and were abandoned.\n"),
        0
    );
    // A past written as its base after "that" or "which" and before its
    // object is the relative clause's verb.
    let report = explain_text(
        "The finial took the full force of the bolt that hit the Corrowby tower on 13 June 2026.\n",
    );
    assert_eq!(explained_claims(&report, "date")[0]["verb"], "hit");
}

/// A profession ("a biologist") is what a ranked post over its kind ("the
/// survey's chief scientist") is held by, and a post in an undertaking (a
/// survey, an expedition) is held beside one at a body; a post of
/// another kind at another body is still another role.
#[test]
fn a_profession_holds_a_ranked_post_over_its_kind() {
    let roles = |a: &str, b: &str| verdicts_of("role", "2026-05-10", a, b);
    let chief = "The Corrowby survey ship docked on Saturday.\nIlse Varnholm, the survey's chief scientist, said the samples were safe.\n";
    assert!(roles(
        chief,
        "The Corrowby survey ship docked on Saturday.\nIlse Varnholm, a biologist at the University of Pellmoor, said the samples were safe.\n"
    )
    .is_empty());
    assert!(roles(
        chief,
        "The Corrowby survey ship docked on Saturday.\nIlse Varnholm, a biologist, said the samples were safe.\n"
    )
    .is_empty());
    assert_eq!(
        roles(
            chief,
            "The Corrowby survey ship docked on Saturday.\nIlse Varnholm, a spokeswoman for the Pellmoor port authority, said the samples were safe.\n"
        ),
        ["contradiction"]
    );
}

/// A body whose name opens with a noun of an undertaking but is headed by
/// a group noun ("the Education Quality Directorate") is a body, not an
/// undertaking: a post there is not held beside a task at another body.
#[test]
fn a_body_headed_by_a_group_noun_is_no_undertaking() {
    let roles = |a: &str, b: &str| verdicts_of("role", "2026-05-10", a, b);
    let chair = "Kelderwick School was downgraded on Friday.\nFerelith Oduya-Brask, who chairs the school's governing body, said governors accepted the findings.\n";
    assert_eq!(
        roles(
            chair,
            "Kelderwick School was downgraded on Friday.\nFerelith Oduya-Brask, a spokeswoman for the Education Quality Directorate, defended the inspection.\n"
        ),
        ["contradiction"]
    );
    // The same task told with the school's own body stays one role.
    assert!(roles(
        chair,
        "Kelderwick School was downgraded on Friday.\nFerelith Oduya-Brask, chair of governors at the school, said governors accepted the findings.\n"
    )
    .is_empty());
}

/// Between a story and each of two retellings, published the same day:
/// the one that disputes a figure is a contradiction, and the one that
/// agrees is none.
fn disputed_not_agreed(day: &str, story: &str, disputing: &str, agreeing: &str) {
    assert_eq!(
        figure_verdicts((day, story), (day, disputing)),
        ["contradiction"],
        "{disputing}"
    );
    assert!(
        figure_verdicts((day, story), (day, agreeing))
            .iter()
            .all(|v| v != "contradiction"),
        "{agreeing}"
    );
}

/// A measure of a change measures the change its verb or its noun names:
/// "fell about 18 metres" and "a fall of some 32 metres" are one fall's
/// height, told two ways.
#[test]
fn a_fall_told_by_its_verb_meets_one_told_by_its_noun() {
    disputed_not_agreed(
        "2026-03-11",
        "The inquest heard that Ada Venn fell about 18 metres from the Gull Ledge at Sarn Head.\n",
        "Ada Venn suffered a fall of some 32 metres from the Gull Ledge at Sarn Head.\n",
        "Ada Venn suffered a fall of about 18 metres from the Gull Ledge at Sarn Head.\n",
    );
}

/// "They" after a sentence whose subject is a crowd told by a noun ("The
/// crew, all in lifejackets, …") are that crowd, not a maker named in
/// passing two sentences before: the figure is not that maker's.
#[test]
fn they_after_a_described_crowd_are_that_crowd() {
    let told = |hours: &str| {
        format!("The yacht Skellan capsized off Harrow Point on Monday. Its six sailors clung to the upturned hull for {hours} hours before they were rescued.\n")
    };
    disputed_not_agreed(
        "2026-06-09",
        "The yacht Skellan capsized off Harrow Point on Monday. The crew of the Marrow 38 had just rounded the buoy. The crew, all in lifejackets, climbed onto the upturned hull. They spent about two hours on the upturned hull before being rescued.\n",
        &told("nearly five"),
        &told("nearly two"),
    );
}

/// A rate told after nouns joined by "and" is still read ("1,400 lorries
/// and buses … each day"), and a whole told with a hedge is weighed at its
/// stated value, not at the top of its tolerance: "some 850 heavy
/// vehicles" is no qualified part of "about 1,400" lorries and buses.
#[test]
fn a_daily_count_of_joined_nouns_meets_a_qualified_one() {
    disputed_not_agreed(
        "2026-05-12",
        "Traffic surveys counted about 1,400 lorries and buses crossing the Grannock bridge each day.\n",
        "Some 850 heavy vehicles a day used the Grannock bridge before the limit.\n",
        "Some 1,380 heavy vehicles a day used the Grannock bridge before the limit.\n",
    );
}

/// "Its" before a figure is a thing's: the printer named in a participle
/// beside it ("printed by Joris Vandermaelen") does not own the count.
#[test]
fn its_count_is_the_things_not_the_person_named_beside_it() {
    let told = |count: &str| {
        format!("The Tarrowby Bestiary, printed by Joris Vandermaelen and prized for its {count} hand-coloured woodcuts, sold on Tuesday.\n")
    };
    disputed_not_agreed(
        "2026-03-06",
        "The Tarrowby Bestiary contains 214 hand-coloured woodcuts of animals.\n",
        &told("186"),
        &told("214"),
    );
}

/// A sum "for" a thing is told by that thing too, as another story may
/// make it the sum's noun ("a £1.8m recovery programme").
#[test]
fn a_sum_for_a_thing_meets_that_things_sum() {
    disputed_not_agreed(
        "2026-03-10",
        "Directors of the Carrowmere trust agreed a £1.8m recovery programme.\n",
        "The Carrowmere trust board approved £2.3m for the recovery programme.\n",
        "The Carrowmere trust board approved £1.8m for the recovery programme.\n",
    );
}

/// A count some story tells as risen ("has risen to 14") is a running
/// count: a smaller one a day earlier is the count moving, not a
/// dispute, and a possessive day ("Saturday's incident") names the
/// happening, not when the count stood. A smaller count a day later
/// still clashes.
#[test]
fn a_count_told_as_risen_runs_for_every_story() {
    let earlier = "In all, eleven people were treated in hospital after the Vortigan slide at Brackenwhistle came apart.\n";
    let later = "The Vortigan slide failure at Brackenwhistle left more than a dozen riders injured. The number of people treated in hospital after Saturday's incident at Brackenwhistle has risen to 14.\n";
    disputed_only_on(
        (earlier, later),
        ("2026-07-21", "2026-07-22"),
        ("2026-07-23", "2026-07-22"),
    );
}

/// A sum no noun names moves as a count does: a reward told as risen
/// to £5,000 two days after £2,000 was put up is the story moving on; a
/// smaller sum told later as the same reward still clashes.
#[test]
fn a_sum_told_as_risen_moves_as_a_count_does() {
    let first = "The Corravin Falconry Centre has put up a £2,000 reward for information about the stolen birds.\n";
    let risen = "The Corravin Falconry Centre's reward for information about the stolen birds has now risen to £5,000, after falconers donated money.\n";
    disputed_only_on(
        (first, risen),
        ("2025-03-11", "2025-03-13"),
        ("2025-03-14", "2025-03-13"),
    );
}

/// "It" after a sentence that opens with a thing ("The contract itself
/// …") is that thing, not a body a sentence before named: the body does
/// not own the figure. After a sentence whose subject is the body, "it"
/// is the body, and the figure is that body's.
#[test]
fn it_after_a_sentence_about_a_thing_is_that_thing() {
    let told = |between: &str| {
        format!("Young trees often fail, according to guidance published by the Hollinsward Woodland Alliance. {between} It included an aftercare obligation lasting 18 months, during which Brackenvale was expected to water the trees.\n")
    };
    let required = "Under the contract, Brackenvale was required to water and maintain the young trees for three years after planting.\n";
    assert_eq!(
        figure_verdicts(
            (
                "2025-03-13",
                &told("The contract itself placed the burden of care on the firm.")
            ),
            ("2025-03-11", required)
        ),
        ["contradiction"]
    );
    assert!(figure_verdicts(
        (
            "2025-03-13",
            &told("The Hollinsward Woodland Alliance also set out a plan.")
        ),
        ("2025-03-11", required)
    )
    .is_empty());
}

/// What a verb of a request takes after "for" is asked for, and meets no
/// sum paid: the landowner's asking rent against the rent the station paid.
#[test]
fn a_sum_asked_for_meets_no_sum_paid() {
    let asked = "Mr Quilleran, who has leased the plot to the Dunvrey station since 2006, has asked for £9,600 a year to renew the agreement, which expired at the end of February.\n";
    let paid = "Under the lease that lapsed at the end of February, the Dunvrey station paid £2,400 a year for the plot and the power supply.\n";
    assert!(figure_verdicts(("2025-03-10", asked), ("2025-03-11", paid)).is_empty());
}

/// An ordinal qualifies a count as an adjective does: "the 96 homes in the
/// first phase" are part of a scheme of 240, and dispute another story's
/// first phase.
#[test]
fn a_count_in_a_numbered_phase_is_that_phases() {
    let phase = |homes: &str| {
        format!("Corrowdale Homes said the {homes} homes in the first phase of the Quillsby Fen development would be started this summer.\n")
    };
    assert_eq!(
        figure_verdicts(("2026-04-17", &phase("96")), ("2026-04-17", &phase("120"))),
        ["contradiction"]
    );
    assert!(figure_verdicts(
        (
            "2026-04-14",
            "Corrowdale Homes has planning permission for 240 homes at Quillsby Fen.\n"
        ),
        ("2026-04-17", &phase("96")),
    )
    .is_empty());
}

/// What a possessor noun owns was done with it too: "the review's
/// findings were presented" dates the presenting of the review.
#[test]
fn a_possessors_noun_is_part_of_what_was_done_to() {
    assert_dated(
        "2026-03-10",
        "The review's findings were presented to the trust board at a public meeting in Carrowmere on Monday.\n",
        &["The internal review was presented to the trust's board on 5 March, at Carrowmere General Hospital.\n"],
        &["The internal review was presented to the trust's board on 9 March, at Carrowmere General Hospital.\n"],
    );
}

/// A speaker described and then named after a courtesy title ("the
/// trust's chief executive, Dr Oriel Pascoe-Fenwright, told") is that
/// person: the quote given to another is disputed, given to her again not.
#[test]
fn a_description_then_a_titled_name_is_the_named_speaker() {
    let described = "The Carrowmere trust board met on Monday. \"We let these women down, and no form of words makes that acceptable,\" the trust's chief executive, Dr Oriel Pascoe-Fenwright, told the meeting.\n";
    let said_by = |who: &str| {
        format!("The Carrowmere trust board met on Monday. \"We let these women down, and no form of words makes that acceptable,\" said {who}, speaking for the trust.\n")
    };
    let report = same_day(described, &said_by("Professor Ismay Trelawder"));
    assert_eq!(
        common::verdicts(&report, "attribution"),
        one_finding("contradiction", &[&["a"], &["b"]]),
        "{report:#}"
    );
    let report = same_day(described, &said_by("Oriel Pascoe-Fenwright"));
    assert!(
        common::verdicts(&report, "attribution").is_empty(),
        "{report:#}"
    );
}

/// A length told "long" after a copula, or right after a verb in the
/// past, is its subject's: "the vessel measured roughly 7.2 metres" and
/// "the boat is just under five metres long" give one boat two lengths.
#[test]
fn a_length_measures_the_subject_of_its_verb() {
    disputed_not_agreed(
        "2026-04-15",
        "At Quillsby Fen the vessel measured roughly 7.2 metres from stem to stern.\n",
        "At Quillsby Fen the excavators estimate that the boat is just under five metres long.\n",
        "At Quillsby Fen the excavators estimate that the boat is just over seven metres long.\n",
    );
}

/// A count joined to its noun by a hyphen is told of the nouns after it:
/// "a five-member appeal jury" and "the three-person jury" size one jury.
#[test]
fn a_joined_count_is_told_of_the_noun_after_it() {
    disputed_not_agreed(
        "2026-06-15",
        "A five-member appeal jury chaired by Dr Morwenna Illingsworth reviewed the protest.\n",
        "The three-person jury, led by Dr Morwenna Illingsworth, examined the footage.\n",
        "The five-person jury, led by Dr Morwenna Illingsworth, examined the footage.\n",
    );
}

/// A thing ranked in a series ("the first prize") is a part of what
/// another noun it qualifies names ("a total prize fund"): no dispute,
/// while another sum for the ranked thing itself is one.
#[test]
fn one_ranked_in_a_series_is_a_part_of_its_whole() {
    let day = "2026-03-18";
    let first_prize = "At Orrin Hall, Corrabeck will now receive the £3,500 first prize and the Tarnhollow Shield.\n";
    assert!(
        figure_verdicts(
            (day, first_prize),
            (day, "At Orrin Hall, the Tarnhollow contest carries a total prize fund of £8,000, split between the top six bands.\n")
        )
        .is_empty(),
        "the first prize is a part of the prize fund"
    );
    assert_eq!(
        figure_verdicts(
            (day, first_prize),
            (day, "At Orrin Hall, Corrabeck will now take the £2,500 first prize and the Tarnhollow Shield.\n")
        ),
        ["contradiction"]
    );
}

/// A light verb's noun names the happening, whichever light verb tells it,
/// and a deed done at a meeting dates the meeting those who met hold.
#[test]
fn a_happening_told_by_its_noun_meets_its_retellings() {
    assert_dated(
        "2026-03-11",
        "Inspectors from the regulator made their first visit to the Pellowith site on Monday.\n",
        &["The inspectorate's first site visit to Pellowith took place on 11 March.\n"],
        &["The inspectorate's first site visit to Pellowith took place on 9 March.\n"],
    );
    assert_dated(
        "2026-03-18",
        "The Tarnhollow Guild's executive committee met on Tuesday evening to examine the scoresheets.\n",
        &["The decision was taken at an emergency meeting of the Tarnhollow Guild's executive committee on 16 March.\n"],
        &["The decision was taken at an emergency meeting of the Tarnhollow Guild's executive committee on 17 March.\n"],
    );
}

/// An opening phrase pointing back ("During that visit,") takes the
/// time of the sentence before, and a count dated to a day within the
/// other's past period ("last month") is of that period, not of now.
#[test]
fn a_count_of_a_day_within_last_month_is_of_last_month() {
    disputed_not_agreed(
        "2026-03-11",
        "Inspectors carried out an unannounced inspection at the Tresslewick crematorium on 19 February. During that visit, inspectors found 118 containers of ashes with no label.\n",
        "At the Tresslewick crematorium, inspectors found 76 containers of ashes with no label when they visited last month.\n",
        "At the Tresslewick crematorium, inspectors found 118 containers of ashes with no label when they visited last month.\n",
    );
}

/// A sum paid "towards" a thing is told by its noun, and one noun on both
/// sides names its own topic whatever word stands nearer one sum ("pay").
#[test]
fn a_sum_paid_towards_a_cost_is_that_cost() {
    disputed_not_agreed(
        "2026-05-15",
        "At Wenmoor Crown Court, Drummelow was also ordered to pay £6,450 towards the cost of the prosecution.\n",
        "At Wenmoor Crown Court, Drummelow must also pay prosecution costs of £4,650.\n",
        "At Wenmoor Crown Court, Drummelow must also pay prosecution costs of £6,450.\n",
    );
}

/// Two verbs of a decision taken on one thing ("voted … to revoke" / "the
/// revocations were approved") date one decision, whatever occasion it
/// was taken at; a deed of another kind done to it, or a decision on
/// another thing, is another happening.
#[test]
fn two_verbs_of_one_decision_date_it() {
    assert_dated(
        "2025-03-11",
        "Councillors in Tolvarrow voted on Monday evening to revoke the licences of 41 taxi drivers.\n",
        &["The revocations were approved at a special sitting of Tolvarrow's licensing committee on 7 March.\n"],
        &[
            "The revocations were challenged at a special sitting of Tolvarrow's licensing committee on 7 March.\n",
            "Tolvarrow's licensing committee approved a new fare table at a special sitting on 7 March.\n",
        ],
    );
}

/// People named by an agent noun who come to a place ("inspectors
/// visited") do there what their noun says: an inspection, which another
/// side tells by a verb of that deed ("examined"); a deed of another kind
/// done there is another happening.
#[test]
fn a_visit_by_inspectors_is_their_inspection() {
    assert_dated(
        "2025-03-06",
        "Inspectors from the Regional Workplace Safety Authority visited the Lyric Hall on Wednesday.\n",
        &["Officials from the Regional Workplace Safety Authority examined the stage at the Lyric Hall on 3 March.\n"],
        &["Officials from the Regional Workplace Safety Authority repaired the stage at the Lyric Hall on 3 March.\n"],
    );
}

/// Whose counted people are (an owner's name before the count, a named
/// subject that employs them, a named place after them) qualifies them as
/// a part of a count told across all its places; people counted by a noun
/// of what they do ("employees") fall under the topic of that verb, as
/// "staff" do by its own word, so the two are one count.
#[test]
fn owners_places_and_nouns_of_a_deed_tell_a_count_of_people_apart_or_together() {
    let day = "2025-10-14";
    let figures = |a: &str, b: &str| verdicts_of("figure", day, a, b);
    // One cinema's staff, counted by two nouns: disputed.
    assert_eq!(
        figures(
            "The Orrimont closed on Friday.\nThe Orrimont's 23 staff have been placed on paid leave.\n",
            "The Orrimont closed on Friday.\nThe 31 employees of the Orrimont have been sent home on full pay.\n"
        ),
        ["contradiction"]
    );
    // One ward's polling stations against the city's: a part.
    assert!(figures(
        "Halverton voted on Thursday.\nStaff at Eastgate's 14 polling stations reported queues.\n",
        "Halverton voted on Thursday.\nThe 148 polling stations opened at 7am.\n"
    )
    .is_empty());
    // Staff at one office against all the offices': a part.
    assert!(figures(
        "Talvane halted withdrawals on Monday.\nThe 85 employees at its Port Amsel headquarters were told to stay at home.\n",
        "Talvane halted withdrawals on Monday.\nTalvane employs about 260 people across offices in Port Amsel, Lisvaro and Dettering.\n"
    )
    .is_empty());
    // Told across all the offices, the whole holds a part over half of it.
    assert!(figures(
        "Talvane halted withdrawals on Monday.\nThe 150 employees at its Port Amsel headquarters were told to stay at home.\n",
        "Talvane halted withdrawals on Monday.\nTalvane employs about 260 people across offices in Port Amsel, Lisvaro and Dettering.\n"
    )
    .is_empty());
    // One named plant's workforce against the company's across its plants.
    assert!(figures(
        "Aldgate reported a spill at Fairhaven on Monday.\nThe Fairhaven plant employs 140 people.\n",
        "Aldgate reported a spill at Fairhaven on Monday.\nAldgate has about 1,900 employees across its plants.\n"
    )
    .is_empty());
}

/// An owner the story names as a person by that surname is whom a role
/// serves, a client, not a body the person works for: "Brazzemoor's defence
/// solicitor" may be a solicitor at any firm. An owner the story does not
/// name as a person is still read as a body.
#[test]
fn a_surname_the_story_gives_a_person_owns_a_role_as_a_client() {
    let roles = |a: &str, b: &str| verdicts_of("role", "2025-03-13", a, b);
    let at_the_firm = "Marisande Brazzemoor has vanished.\nHesketh Murbridge-Ilve, a solicitor at Ferncastle Quell, said couples should call their banks.\n";
    assert!(roles(
        at_the_firm,
        "Marisande Brazzemoor has vanished.\nHesketh Murbridge-Ilve, who is acting as Brazzemoor's defence solicitor, said she was unwell.\n"
    )
    .is_empty());
    assert_eq!(
        roles(
            at_the_firm,
            "Marisande Brazzemoor has vanished.\nHesketh Murbridge-Ilve, who is acting as Silverbough's defence solicitor, said she was unwell.\n"
        ),
        ["contradiction"]
    );
}

/// An outlet names itself in its own pages: a dateline line ("Brasketh
/// Evening Courier | Wednesday 7 May 2025") owns none of the figures after
/// it, and a line it labels with its name ("Also on Vale & District Live:
/// …") promotes another story, whose figure disputes nothing.
#[test]
fn an_outlet_naming_itself_is_no_subject_of_the_story() {
    let audit = |a: &str, b: &str| {
        let records = [
            ("a", "Brasketh Evening Courier", a),
            ("b", "Vale & District Live", b),
        ]
        .iter()
        .map(|(id, outlet, text)| {
            serde_json::json!({"id": id, "published": "2025-05-07", "outlet": outlet, "text": text})
        })
        .collect();
        common::verdicts(&audit_json_records(records), "figure")
    };
    assert_eq!(
        audit(
            "Brasketh Evening Courier | Wednesday 7 May 2025\n\nThe council settled 588 pothole claims in the year to March.\n",
            "The council settled 731 pothole claims in the year to March, the figures show.\n",
        ),
        one_finding("contradiction", &[&["a"], &["b"]])
    );
    assert!(audit(
        "Six fire engines were sent to the village hall on Mill Lane, the fire service said.\n",
        "Firefighters tackled the blaze at the village hall on Mill Lane until dawn.\n\nAlso on Vale & District Live: Two fire engines called to hay barn blaze near Oddlestrand.\n",
    )
    .is_empty());
}

/// A bare surname may be the full name that ends in it ("Mrs Brasskett" /
/// "Ottilie Brasskett"), even where the story names two of that surname,
/// and a place the body named after it ("Brasketh" / "Brasketh Borough
/// Council"): no owner of its own. Two full names of one surname are two
/// people, and another place is another owner.
#[test]
fn a_shortened_name_owns_no_figure_apart_from_the_full_name() {
    let council = "Brasketh Borough Council published the figures on Monday.\n\
                   The council accepted liability for 588 of the pothole claims.\n";
    let across = |place: &str| {
        verdicts_of(
            "figure",
            "2025-05-07",
            council,
            &format!("In {place}, 731 pothole claims ended in a payment to the driver.\n"),
        )
    };
    assert_eq!(across("Brasketh"), ["contradiction"]);
    assert!(across("Ormsby").is_empty());
    let herald = "The accused, Ottilie Brasskett, denies fraud.\n\
                  Her husband, Bartholomew Brasskett, said outside court: \"She never missed a week, not once in six years.\"\n\
                  In court, Mrs Brasskett placed twenty-six signed receipts before the judge.\n";
    assert_eq!(
        verdicts_of(
            "figure",
            "2026-03-11",
            "In court, Ottilie Brasskett placed 38 signed receipts before the judge.\n",
            herald,
        ),
        ["contradiction"]
    );
    assert!(verdicts_of(
        "figure",
        "2026-03-11",
        "In court, Ottilie Brasskett placed 38 signed receipts before the judge.\n",
        "In court, Bartholomew Brasskett placed twenty-six signed receipts before the judge.\n",
    )
    .is_empty());
}

/// A sum whose sentence lists what it holds ("including gate takings")
/// holds a smaller sum of one of them told elsewhere; a part larger than
/// the whole that lists it disagrees with it.
#[test]
fn a_part_the_whole_lists_is_no_rival_value() {
    let verdicts = |a: &str, b: &str| figure_verdicts(("2025-03-10", a), ("2025-03-11", b));
    let whole = "In total the day raised $38,400 for the Furrowline Trust, including gate takings, a fleece auction and online donations.\n";
    assert!(
        verdicts(
            whole,
            "Gate takings of $11,250 from the attempt went to the Furrowline Trust.\n"
        )
        .is_empty(),
        "a listed part against its whole"
    );
    assert_eq!(
        verdicts(
            whole,
            "Gate takings of $41,250 from the attempt went to the Furrowline Trust.\n"
        ),
        ["contradiction"]
    );
}

/// One sentence retold with another year in two stories (two sites, two
/// companies) is two happenings told alike; in one story it is one
/// happening given two dates.
#[test]
fn an_echoed_sentence_of_another_story_is_another_happening() {
    let drumhallow = "Ferrovant employs 210 people at the Drumhallow site, which opened in 2019. Ferrovant said the fire at Drumhallow was out.\n";
    let corvantic = "The Corvantic site opened in 2016 and employs about 120 people. Corvantic said its data centre was back online.\n";
    assert!(date_verdicts("2025-03-12", drumhallow, corvantic).is_empty());
    assert_eq!(
        date_verdicts(
            "2025-03-12",
            "The Corvantic site opened in 2019 and employs about 120 people. Corvantic said its data centre was back online.\n",
            corvantic
        ),
        ["contradiction"]
    );
}

/// A date of a telling ("told jurors on 28 May") has the teller for its
/// doer, no mere source: one witness's evidence on two days contradicts;
/// another witness's, or the same person's words to others on another
/// occasion, do not.
#[test]
fn the_teller_of_a_dated_telling_is_its_doer() {
    assert_dated(
        "2026-06-01",
        "Dr Sabeline Okoruwa-Finch gave her evidence on Wednesday, the third day of the trial.\n",
        &["On 28 May, Dr Sabeline Okoruwa-Finch told jurors that the wine was a fake.\n"],
        &[
            "On 28 May, Dr Hallam Quistberg told jurors that the wine was a fake.\n",
            "Dr Sabeline Okoruwa-Finch said on 29 May that she would not comment further.\n",
        ],
    );
}

/// A date in the phrase that opens the sentence ("At an emergency meeting
/// on Thursday evening, members … voted") dates the deed of the clause
/// after its comma, with that clause's people; another body's vote at
/// another meeting stays apart.
#[test]
fn an_opening_phrase_dates_the_clause_after_it() {
    assert_dated(
        "2026-06-01",
        "At an emergency meeting on Thursday evening, members of the Drennock Sands Trust voted for a legal challenge.\n",
        &["Drennock Sands Trust members voted for a legal challenge at a packed meeting in the Seamen's Institute on 29 May.\n"],
        &["Members of the Harlow Rowing Club voted for a new boathouse at a meeting in the Seamen's Institute on 29 May.\n"],
    );
}

/// What a tribunal orders a party to pay is owed, told by any verb of
/// paying and by what the money goes to ("to pay £6.4 million towards the
/// removal" / "to contribute £5.8 million to the cost"): the words beside
/// each sum read two topics, but one party pays one sum. A fine of that
/// party, a sum of its own noun, stays another sum.
#[test]
fn one_party_ordered_to_pay_is_one_sum_whatever_it_pays_for() {
    let story = "In its ruling, the tribunal ordered Tressoway Homes to pay £6.4 million towards the removal of the panels.\n";
    disputed_not_agreed(
        "2025-03-12",
        story,
        "The order requires the developer, Tressoway Homes, to contribute £5.8 million to the cost of the remediation works.\n",
        "The order requires the developer, Tressoway Homes, to contribute £6.4 million to the cost of the remediation works.\n",
    );
    assert!(figure_verdicts(
        ("2025-03-12", story),
        (
            "2025-03-12",
            "Separately, Tressoway Homes was given a fine of £250,000 by the regulator.\n"
        ),
    )
    .iter()
    .all(|v| v != "contradiction"));
}

/// A count told as standing "now" stands on the day it was told: two such
/// counts told days apart are two days' counts, where told on one day they
/// dispute.
#[test]
fn two_counts_standing_now_on_days_apart_are_two_days_counts() {
    let first = "According to the Domestic Heat Agency, 4,700 households have claims that are now frozen.\n";
    let later = "The Domestic Heat Agency said 5,150 households were now awaiting reimbursement.\n";
    disputed_only_on(
        (first, later),
        ("2025-03-11", "2025-03-14"),
        ("2025-03-14", "2025-03-14"),
    );
}

/// A name before a verb and its "that" tells the clause, and takes no part
/// in the deed the clause dates: the lodging of one notice told by its
/// teller and by where it was lodged is one lodging, which the same day
/// told by both does not dispute.
#[test]
fn a_teller_before_that_is_no_participant_of_the_dated_deed() {
    assert_dated(
        "2025-03-14",
        "Vantrell Buses lost its licence last month. Mr Pemberfold confirmed that the firm's notice of appeal was lodged on Wednesday.\n",
        &["Vantrell Buses lost its licence last month. The notice of appeal was lodged with the Transport Appeals Tribunal on 13 March.\n"],
        &["Vantrell Buses lost its licence last month. The notice of appeal was lodged with the Transport Appeals Tribunal on 12 March.\n"],
    );
}

/// An occasion told by a support verb and its noun ("held an emergency
/// meeting") is the occasion another sentence tells a deed done at
/// ("discussed the damage at an emergency meeting"), though neither names
/// anyone: the noun that qualifies the meeting names no happening of its
/// own. Other people at a meeting of another kind are another occasion.
#[test]
fn a_meeting_held_is_the_meeting_a_deed_was_done_at() {
    assert_dated(
        "2025-09-17",
        "Councillors held an emergency meeting on Tuesday evening.\n",
        &["Councillors first discussed the damage at an emergency meeting of the council on 15 September.\n"],
        &["Residents first discussed the damage at a public meeting in the village hall on 15 September.\n"],
    );
}

/// Counsel for one side and counsel for the other are two versions of
/// one person's role, though both are the same kind of role: the side is
/// part of the value. Counsel for one side told two ways is one.
#[test]
fn one_counsel_for_two_sides_is_disputed() {
    let for_the_paper = "Imogen Fallowdeane KC, for the Herald, told the court the paper would rely on a defence of truth.\n";
    assert_eq!(
        verdicts_of(
            "role",
            "2025-03-11",
            for_the_paper,
            "Cross-examining him, Imogen Fallowdeane KC, representing Ms Vandrigan, asked why the reporter had waited.\n",
        ),
        ["contradiction"]
    );
    assert!(verdicts_of(
        "role",
        "2025-03-11",
        for_the_paper,
        "Imogen Fallowdeane KC, representing the Herald, asked why the claimant had waited.\n",
    )
    .iter()
    .all(|v| v != "contradiction"));
}

/// A tally told of the happening alone is its whole, whenever it is
/// reported: two such tallies days apart disagree. Told as standing at a
/// time (a day in its sentence, "has risen to"), the later one may be the
/// count moving on.
#[test]
fn a_tally_of_a_happening_days_apart_is_no_count_that_moved() {
    assert_eq!(
        figure_verdicts(
            ("2025-06-15", "Seven people were injured when part of the Marisande's mast snapped at the Kelvaster festival.\n"),
            ("2025-06-17", "Eleven people were hurt when the Marisande's mast came down at the Kelvaster festival.\n"),
        ),
        ["contradiction"]
    );
    assert_eq!(
        figure_verdicts(
            ("2025-06-15", "Seven people were injured when part of the Marisande's mast snapped at the Kelvaster festival.\n"),
            ("2025-06-17", "The number of people injured when the Marisande's mast came down at the Kelvaster festival has risen to 11.\n"),
        ),
        ["time-shifted"]
    );
}

/// Things sent to a place and things that reached it went to one place
/// ("sent 17 alerts to the duty phone overnight" / "29 alerts reached the
/// duty handset"): one count, whatever the verbs; those that reached
/// another place are another count.
#[test]
fn counts_that_went_to_one_place_are_one_count() {
    let sent = (
        "a",
        "2025-03-12",
        "The monitoring system at the Pellow aquarium sent 17 alerts to the duty phone overnight.",
    );
    let found = figure_disputes(&[
        sent,
        (
            "b",
            "2025-03-12",
            "At the Pellow aquarium, 29 alerts reached the duty handset overnight.",
        ),
    ]);
    assert_eq!(found, [["17 alert", "29 alert"]]);
    let apart = figure_disputes(&[
        sent,
        (
            "b",
            "2025-03-12",
            "At the Pellow aquarium, 29 alerts reached the control room overnight.",
        ),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
}

/// A sum set aside for a thing and the thing's worth name one thing by
/// one phrase ("an interim compensation fund"), whichever topic the words
/// round each sum name; a fund of another name is another sum.
#[test]
fn a_sum_for_a_thing_and_the_things_worth_are_one_sum() {
    let set_aside = (
        "a",
        "2025-03-12",
        "Tallerant has set aside £2.4 million for an interim compensation fund.",
    );
    let found = figure_disputes(&[
        set_aside,
        (
            "b",
            "2025-03-13",
            "Growers can apply to an interim compensation fund worth £4.2 million.",
        ),
    ]);
    assert_eq!(found, [["2400000 GBP", "4200000 GBP"]]);
    let apart = figure_disputes(&[
        set_aside,
        (
            "b",
            "2025-03-13",
            "Growers can apply to a hardship grant scheme worth £4.2 million.",
        ),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
}

/// "The firm" opening a sentence points at the story's main body, which
/// is no person's surname: where a defendant's surname is the name the
/// story repeats most, the last body named as an organisation stands in
/// ("a private company, Tessaroll Language Services. The firm holds …").
#[test]
fn the_firm_is_no_defendants_surname() {
    let story = (
        "a",
        "2025-03-06",
        "Haval Zirekani walked out of Stannerleigh prison on Wednesday.\nZirekani denies wounding with intent.\nZirekani has waited seven months for an interpreter.\nInterpreting for the courts is handled by a private company, Tessaroll Language Services.\nThe firm holds a three-year contract, worth £14.2 million, with the Courts Directorate.",
    );
    let found = figure_disputes(&[
        story,
        (
            "b",
            "2025-03-07",
            "Tessaroll Language Services holds a £19.6m three-year contract with the Courts Directorate.",
        ),
    ]);
    assert_eq!(found, [["14200000 GBP", "19600000 GBP"]]);
    let apart = figure_disputes(&[
        story,
        (
            "b",
            "2025-03-07",
            "Vantrel Translations holds a £19.6m three-year contract with the Courts Directorate.",
        ),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
}

/// A story told on `day` ("a") against two retellings on `later` ("b"):
/// the first must make one contradiction of `kind`, the second none.
fn one_dispute_then_silence(
    kind: &str,
    day: &str,
    story: &str,
    later: &str,
    disputed: &str,
    kept: &str,
) {
    let found = disputes(kind, &[("a", day, story), ("b", later, disputed)]);
    assert_eq!(found.len(), 1, "{disputed}: {found:?}");
    silence(kind, day, story, later, kept);
}

/// A story told on `day` ("a") against a retelling on `later` ("b") that
/// must make no contradiction of `kind`.
fn silence(kind: &str, day: &str, story: &str, later: &str, kept: &str) {
    let apart = disputes(kind, &[("a", day, story), ("b", later, kept)]);
    assert!(apart.is_empty(), "{kept}: {apart:?}");
}

/// One measure written in two units agrees where each is the other
/// rounded to its last written digit (168lb is 76.2035kg); a tenth of a
/// pound more is another weight.
#[test]
fn a_measure_converted_and_rounded_is_one_measure() {
    one_dispute_then_silence(
        "figure",
        "2025-10-07",
        "The weight limit for the division at Kelmouth is 76.2kg.",
        "2025-10-08",
        "The weight limit for the division at Kelmouth is 168.6lb.",
        "The weight limit for the division at Kelmouth is 168lb.",
    );
}

/// A length told after its noun ("a stretch of fencing about 15 metres
/// long") measures that noun, and meets the fence another story measures;
/// a stretch of footpath does not.
#[test]
fn a_length_after_its_noun_measures_that_noun() {
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        "At Hethermoor a falling tree flattened around 40 metres of the perimeter fence.",
        "2025-10-16",
        "At Hethermoor a stretch of fencing about 15 metres long was brought down by the tree.",
        "At Hethermoor a stretch of footpath about 15 metres long was resurfaced by rangers.",
    );
}

/// "Has been closed since 2 September" dates the closing, which another
/// story dates by a verb of one deed; a reopening is another deed.
#[test]
fn a_state_held_since_a_date_dates_its_start() {
    one_dispute_then_silence(
        "date",
        "2025-10-14",
        "The Kellbrook centre has been closed to candidates since 2 September.",
        "2025-10-18",
        "The Kellbrook centre was shut on September 9.",
        "The Kellbrook centre reopened on September 9.",
    );
}

/// A count of a kind meets a count of its class ("58,400 salmon" /
/// "71,200 fish" in one pen); two kinds of one class are two counts.
#[test]
fn a_count_of_a_kind_meets_a_count_of_its_class() {
    one_dispute_then_silence(
        "figure",
        "2025-03-10",
        "The pen at Ardnastraig held 58,400 salmon when the storm struck.",
        "2025-03-11",
        "The pen at Ardnastraig contained 71,200 fish when the storm struck.",
        "The pen at Ardnastraig contained 71,200 trout when the storm struck.",
    );
}

/// A count a word before it picks from its set ("the final three
/// questions") is a part of the whole told with "all"; a plain count of
/// the same things is not.
#[test]
fn a_picked_part_is_no_count_of_the_whole() {
    one_dispute_then_silence(
        "figure",
        "2025-10-07",
        "Orla Brennick answered all 15 questions on the Ashby quiz without a mistake.",
        "2025-10-08",
        "Orla Brennick answered 12 questions on the Ashby quiz without a mistake.",
        "The dispute is about the final three questions Orla Brennick answered on the Ashby quiz.",
    );
}

/// What a person is said to have done in office since some time ("who has
/// presented Night Owls since its launch") is a role held with the title
/// beside it: another source's "presenter" is that role, its "finance
/// director" is not.
#[test]
fn a_post_held_since_a_time_goes_with_the_title_beside_it() {
    one_dispute_then_silence(
        "role",
        "2025-10-07",
        "Presenter Lorcan Ashby, who was in the studio, declined to comment.",
        "2025-10-08",
        "Lorcan Ashby, the channel's finance director, declined to comment.",
        "Compere Lorcan Ashby, who has presented Night Owls since its launch, declined to comment.",
    );
}

/// A total gathered "over five years" is of any five years, the other's
/// "between 2017 and 2022" among them; over two years it is of another
/// span.
#[test]
fn a_total_over_some_years_meets_a_span_of_that_length() {
    one_dispute_then_silence(
        "figure",
        "2025-10-07",
        "Between 2017 and 2022 Pellmoor Casks took in £6.8m from savers, prosecutors said.",
        "2025-10-08",
        "Pellmoor Casks took in £8.6m from savers over five years, prosecutors said.",
        "Pellmoor Casks took in £8.6m from savers over two years, prosecutors said.",
    );
}

/// A name that only qualifies where a deed was done ("off the Harnby
/// coast") parts no cast: the launch that struck the pier there is the
/// boat another story names. Dated alike, the two agree.
#[test]
fn a_name_of_the_setting_parts_no_cast() {
    one_dispute_then_silence(
        "date",
        "2025-10-07",
        "A survey launch struck a pier off the Harnby coast early on Tuesday, injuring two crew. Kellmoor Wind said the launch was on charter.",
        "2025-10-08",
        "The Morwen Star struck the pier at about 6am on 6 October, as it carried surveyors out from Port Kell. Kellmoor Wind said the boat was on charter.",
        "The Morwen Star struck the pier at about 6am on 7 October, as it carried surveyors out from Port Kell. Kellmoor Wind said the boat was on charter.",
    );
}

/// A day "for" sets after a deed's object is the day of what was planned,
/// whichever verb planned it ("a fresh audition has been arranged for" /
/// "the orchestra has scheduled a fresh audition for"): the audition's
/// two days disagree; the same day agrees.
#[test]
fn a_day_something_is_planned_for_dates_that_thing() {
    one_dispute_then_silence(
        "date",
        "2025-11-03",
        "A fresh audition for the soloists has been arranged for Monday 10 November.",
        "2025-11-05",
        "The orchestra has scheduled a fresh audition for Monday 17 November.",
        "The orchestra has scheduled a fresh audition for Monday 10 November.",
    );
}

/// A particle of a verb that tells no change ("came up some 900m short")
/// makes no difference of the measure after it: a shortfall told so meets
/// one told plainly ("was found to be about 300 metres short").
#[test]
fn a_shortfall_after_a_phrasal_verb_is_the_shortfall() {
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        "The Tarnby half marathon course was found to be about 300 metres short.",
        "2025-10-16",
        "The Tarnby course came up some 900m short, the organisers admitted.",
        "The Tarnby course came up some 300m short, the organisers admitted.",
    );
}

/// The worth of a group of things is the worth of what it holds ("put the
/// collection at £30,000" / "valued the coins at £52,000"), and "two years
/// ago" of a 2025 report is the other's 2023; ten years ago is not.
#[test]
fn a_collection_valued_in_a_year_meets_its_things_valued_years_ago() {
    let story =
        "A valuation done for the Hallam Museum's insurers in 2023 put the collection at £30,000.";
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        story,
        "2025-10-16",
        "The Hallam Museum's insurers valued the coins at £52,000 two years ago.",
        "The Hallam Museum's insurers valued the coins at £30,000 two years ago.",
    );
    silence(
        "figure",
        "2025-10-14",
        story,
        "2025-10-16",
        "The Hallam Museum's insurers valued the coins at £52,000 ten years ago.",
    );
}

/// A group of things is what it holds: "the coins were taken out of their
/// case" and "the collection was removed" date one removal; a director
/// removed from his post is another happening.
#[test]
fn a_collection_is_the_things_it_holds() {
    let story =
        "The Roman coins at the Hallam Museum were taken out of their display case last Friday.";
    one_dispute_then_silence(
        "date",
        "2025-10-14",
        story,
        "2025-10-16",
        "The Hallam Museum's collection was removed from public view on 8 October.",
        "The Hallam Museum's collection was removed from public view on 10 October.",
    );
    silence(
        "date",
        "2025-10-14",
        story,
        "2025-10-16",
        "The Hallam Museum's director was removed from his post on 8 October.",
    );
}

/// What a valued noun is of tells what is valued ("put the cost of
/// repairs at" / "a repair bill of"): two such sums in one story are one
/// sum, however long the sentences run; a legal bill is another.
#[test]
fn a_cost_of_repairs_is_a_repair_bill() {
    let story = "The Tarn footbridge at Helby was closed after the flood. Early estimates put the cost of repairs at about £300,000, including new decking, handrails and the rebuilding of one of its stone piers.";
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        story,
        "2025-10-16",
        "The Tarn footbridge at Helby is still shut. The council faces a repair bill of around £700,000 before it can reopen to walkers.",
        "The Tarn footbridge at Helby is still shut. The council faces a repair bill of around £300,000 before it can reopen to walkers.",
    );
    silence("figure", "2025-10-14", story, "2025-10-16", "The Tarn footbridge at Helby is still shut. The council faces a legal bill of around £700,000 after losing a case over it.");
}

/// A coming to know told only by the occurrence found ("the damage was
/// first noticed") found what the other side names ("a crack was
/// spotted"): one finding, two days; a repair of the damage is another
/// happening.
#[test]
fn damage_noticed_is_the_crack_spotted() {
    let story = "The Marlow Lido has closed. A crack in its pool tank was spotted by a lifeguard early on Sunday morning.";
    one_dispute_then_silence(
        "date",
        "2025-06-10",
        story,
        "2025-06-12",
        "The Marlow Lido has closed. The damage was first noticed during a routine check on 4 June.",
        "The Marlow Lido has closed. The damage was first noticed during a routine check on 8 June.",
    );
    silence(
        "date",
        "2025-06-10",
        story,
        "2025-06-12",
        "The Marlow Lido has closed. The damage was repaired during a routine check on 4 June.",
    );
}

/// One who is told only to belong ("a staff member") may hold any post in
/// the group ("the duty manager"); a member of another body's committee
/// holds no post of the lido's.
#[test]
fn a_member_of_staff_may_be_the_duty_manager() {
    one_dispute_then_silence(
        "role",
        "2025-06-10",
        "Hartwell Lido's duty manager, Tom Everill, found the crack.",
        "2025-06-12",
        "Tom Everill, a member of the Kelsbury Swimming Club's committee, found the crack at Hartwell Lido.",
        "Tom Everill, a staff member, found the crack at Hartwell Lido.",
    );
}

/// The whole a part is counted out of ("39 of the 40 caravans") is the
/// set's size, which stands: no later value of a tally ("14 caravans had
/// been towed by Tuesday"); two tallies of one morning disagree.
#[test]
fn the_whole_of_a_part_is_no_later_tally() {
    one_dispute_then_silence(
        "figure",
        "2025-11-11",
        "By Tuesday morning, 14 caravans had been towed from the Marsh Lane park at Hedstow.",
        "2025-11-14",
        "By Tuesday morning, 22 caravans had been towed from the Marsh Lane park at Hedstow, contractors said.",
        "By Thursday evening, contractors had moved 39 of the 40 caravans from the Marsh Lane park at Hedstow.",
    );
}

/// A particle closing a compound qualifies the noun after it ("65
/// burnt-out scooters" counts scooters), and "on" before a phrase that a
/// later determiner opens ("on charge inside the unit") names no part of
/// an area: the two counts of one depot's scooters meet; a count in a
/// named district of the town is a part.
#[test]
fn burnt_out_scooters_are_scooters() {
    let story =
        "The blaze destroyed 40 scooters that were on charge inside the unit at the Fenwick Road depot.";
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        story,
        "2025-10-16",
        "Firefighters later counted 65 burnt-out scooters among the wreckage of the Fenwick Road depot.",
        "Firefighters later counted 40 burnt-out scooters among the wreckage of the Fenwick Road depot.",
    );
    silence(
        "figure",
        "2025-10-14",
        "The blaze destroyed 40 scooters in the northern district of Harwick.",
        "2025-10-16",
        "Firefighters later counted 65 burnt-out scooters at the Fenwick Road depot in Harwick.",
    );
}

/// A rate told by its adverb ("£150,000 annually") or by a hyphened
/// compound ("a £2.5m-a-year contract") is a rate like "a year", and a
/// sum after a verb and whom it is done for ("save the county £90,000")
/// is that verb's deed: the saving meets the savings.
#[test]
fn a_rate_told_by_its_adverb_is_a_rate() {
    let story = "The new bus depot at Orrin will save the county £90,000 a year, officials said.";
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        story,
        "2025-10-16",
        "Officials say the bus depot at Orrin will produce savings of about £150,000 annually.",
        "Officials say the bus depot at Orrin will produce savings of about £90,000 annually.",
    );
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        "The county ended the £2.5m-a-year cleaning contract with Brisk Ltd at Orrin.",
        "2025-10-16",
        "The cleaning contract with Brisk Ltd at Orrin, worth £1.9 million annually, was ended.",
        "The cleaning contract with Brisk Ltd at Orrin, worth £2.5 million annually, was ended.",
    );
}

/// A relative clause set off by commas keeps its own time: the year the
/// main clause gives ("opened in 1998") is not the year of the yearly
/// count inside it, which meets another outlet's present count.
#[test]
fn a_year_outside_a_relative_clause_does_not_date_its_count() {
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        "The Vesk Valley Museum, which welcomes about 30,000 visitors a year, opened in 1998.",
        "2025-10-16",
        "The Vesk Valley Museum draws some 52,000 visitors annually.",
        "The Vesk Valley Museum draws some 30,000 visitors annually.",
    );
}

/// A change since a clause ("since the merger was announced") runs from
/// then, and a day's change is another; after a superlative the clause
/// says what is compared, and the counts stay one slot.
#[test]
fn a_change_since_a_clause_is_no_change_of_one_day() {
    let story = "Shares in Ostrel Foods fell 4 percent on Monday morning.";
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        story,
        "2025-10-16",
        "Shares in Ostrel Foods fell 9 percent on Monday morning.",
        "Shares in Ostrel Foods have lost 9 percent since the merger was announced.",
    );
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        "Turnout in the Ostrel council election was 41%.",
        "2025-10-16",
        "Turnout in the Ostrel council election was 35%, the lowest for a council vote since the ward was created.",
        "Turnout in the Ostrel council election was 41%, the lowest for a council vote since the ward was created.",
    );
}

/// A named place right after the counted noun ("farms around Kelby
/// Moor") says which are counted: a part of the whole membership, not
/// another count of it; two counts of the same place's farms meet.
#[test]
fn a_place_after_the_counted_noun_makes_a_part() {
    let story = "The Kelby co-operative has 210 member farms and runs the grain store.";
    silence(
        "figure",
        "2025-10-14",
        story,
        "2025-10-16",
        "About 60 member farms around Kelby Moor rely on the grain store.",
    );
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        "About 60 member farms around Kelby Moor rely on the co-operative's grain store.",
        "2025-10-16",
        "Some 140 member farms around Kelby Moor rely on the co-operative's grain store.",
        "Some 60 member farms around Kelby Moor rely on the co-operative's grain store.",
    );
}

/// A noun of the other's kind names it again ("the tournament" / "the
/// event"): two days for calling it off are a dispute; a meeting called
/// off is another thing.
#[test]
fn the_event_is_the_tournament() {
    let story = "Organisers called off the junior sailing tournament on Friday evening.";
    one_dispute_then_silence(
        "date",
        "2025-10-13",
        story,
        "2025-10-14",
        "The event was called off on Thursday 9 October.",
        "The event was called off on Friday 10 October.",
    );
    silence(
        "date",
        "2025-10-13",
        story,
        "2025-10-14",
        "The parents' meeting was called off on Thursday 9 October.",
    );
}

/// A bare noun of the other's kind, of no body or side ("a scientist who
/// works at the reserve"), describes the same post less closely than
/// "the trust's senior marine ecologist"; one qualified ("a defence
/// lawyer") or held for a side ("a lawyer representing the crew") is no
/// prosecutor.
#[test]
fn a_general_word_for_a_post_is_that_post() {
    one_dispute_then_silence(
        "role",
        "2025-06-10",
        "Dr Ines Marr, the trust's senior marine ecologist, counted the seals at Orrin Point.",
        "2025-06-12",
        "Ines Marr, the county's planning officer, counted the seals at Orrin Point.",
        "Ines Marr, a scientist who works at the reserve, counted the seals at Orrin Point.",
    );
    one_dispute_then_silence(
        "role",
        "2025-06-10",
        "Ivo Brand, the prosecutor, spoke at Orrin Magistrates' Court.",
        "2025-06-12",
        "Ivo Brand, a lawyer representing the crew, spoke at Orrin Magistrates' Court.",
        "Ivo Brand, a lawyer, spoke at Orrin Magistrates' Court.",
    );
}

/// A quote of eight or nine words retold with a word changed ("in a
/// single night" / "in one night") is one quote: given to two speakers
/// it is a dispute; given to the same speaker it is not.
#[test]
fn a_short_quote_retold_with_a_word_changed_is_one_quote() {
    let story = "\"We saw it all go in a single night,\" said Rhona Vell, head of Carrow School.";
    one_dispute_then_silence(
        "attribution",
        "2025-10-14",
        story,
        "2025-10-16",
        "\"We saw it all go in one night,\" said Ian Dove, a governor at Carrow School.",
        "\"We saw it all go in one night,\" said Rhona Vell, head of Carrow School.",
    );
}

/// A date inside a time phrase set off by commas after its subject ("The
/// fire, in the early hours of Sunday 5 October, gutted …") dates
/// what the clause says happened, as ", on Sunday 5 October," does.
#[test]
fn a_time_phrase_set_off_by_commas_dates_its_clause() {
    one_dispute_then_silence(
        "date",
        "2025-10-08",
        "The fire, in the early hours of Sunday 5 October, gutted the rowing club's boathouse at Orrin.",
        "2025-10-09",
        "The fire, in the early hours of Saturday 4 October, gutted the rowing club's boathouse at Orrin.",
        "Fire destroyed the rowing club's boathouse at Orrin in the early hours of Sunday.",
    );
}

/// "Cleaners discovered the leak when they opened the hall on Monday": a
/// date in a "when" clause dates the deed of the clause it is joined to.
#[test]
fn a_when_clause_dates_the_deed_it_is_joined_to() {
    one_dispute_then_silence(
        "date",
        "2025-10-08",
        "Cleaners discovered the leak when they opened the hall on Monday morning.",
        "2025-10-09",
        "The leak was discovered on Sunday 5 October.",
        "The leak was discovered on the morning of Monday 6 October.",
    );
}

/// "Not reopened until the afternoon of Sunday 5 October": a deed done
/// late, on that day, whatever time phrase stands between.
#[test]
fn not_done_until_a_day_was_done_that_day() {
    one_dispute_then_silence(
        "date",
        "2025-10-08",
        "The hall was reopened to the public on Saturday 4 October.",
        "2025-10-09",
        "The hall was not reopened until the afternoon of Sunday 5 October.",
        "The hall has not reopened since the afternoon of Friday 3 October.",
    );
}

/// Some of a whole named with no count ("a dozen of the bows") counts
/// the whole only where the deeds are one.
#[test]
fn some_of_a_whole_by_another_deed_is_another_set() {
    one_dispute_then_silence(
        "figure",
        "2025-10-08",
        "Customs officers seized 29 bows from the touring orchestra at the port.",
        "2025-10-09",
        "Customs officers seized 35 of the orchestra's bows at the port.",
        "On Saturday a dozen of the bows were handed back to the touring orchestra at the port.",
    );
    // A whole told by no deed is not told to be the part's.
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        "At least 23 volumes were missing from the Ashcombe Library on Monday, staff said.",
        "2025-10-15",
        "Detectives said 19 volumes were missing from the Ashcombe Library on Monday.",
        "Detectives have recovered nine of the missing volumes from a flat near the Ashcombe Library.",
    );
}

/// "In March last year" is March of the year before publication, the
/// period "in March 2024" names in a 2025 report.
#[test]
fn a_month_of_last_year_is_that_month() {
    one_dispute_then_silence(
        "figure",
        "2025-10-20",
        "Inspectors removed 47 donkeys from the sanctuary in March last year.",
        "2025-10-21",
        "Inspectors removed 39 donkeys from the sanctuary during a raid in March 2024.",
        "Inspectors removed 39 donkeys from the sanctuary during a raid in March 2023.",
    );
}

/// "PC Priya Dhillon, Wessmoor Police's heritage crime officer" and "the
/// museum's learning and outreach officer": a post's two capitals are no
/// part of the name, and a field's "-ing" noun joined by "and" is read.
#[test]
fn a_title_in_capitals_and_a_joined_field_are_read() {
    one_dispute_then_silence(
        "role",
        "2025-10-08",
        "\"The bells were cut from their frames,\" said PC Priya Dhillon, Wessmoor Police's heritage crime officer.",
        "2025-10-09",
        "Priya Dhillon, the museum's learning and outreach officer, said the bells were insured.",
        "Priya Dhillon, a heritage crime officer with Wessmoor Police, said the bells were insured.",
    );
}

/// "A consultant in health protection at the unit" and "a public health
/// doctor with the unit": a field after "in" is read as after "of", and
/// one field of work named both ways is one post; the unit's head of
/// finance is another.
#[test]
fn a_field_after_in_names_the_post() {
    one_dispute_then_silence(
        "role",
        "2025-10-08",
        "Dr Helena Okafor, a consultant in health protection at the unit, said every patient had visited the baths.",
        "2025-10-09",
        "Dr Helena Okafor, the unit's head of finance, said most visitors would be well.",
        "Dr Helena Okafor, a public health doctor with the unit, said most visitors would be well.",
    );
    // A calling told of a person alone beside one practised in a post
    // that leads nothing.
    silence(
        "role",
        "2025-10-08",
        "Dr Isembard Kettleworth, a senior lecturer in materials science at Fallowgate University, examined the bolt.",
        "2025-10-09",
        "Dr Isembard Kettleworth, a corrosion engineer instructed by police, said the bolt was unsuitable.",
    );
}

/// "The centre's scanner has been idle since its magnet quenched": "its"
/// makes the magnet the scanner's, so the quench is the scanner's too.
#[test]
fn a_part_owned_by_its_is_the_sentence_subjects() {
    one_dispute_then_silence(
        "date",
        "2025-10-08",
        "The scanner at the Marlowe Imaging Centre quenched shortly after 2pm on Tuesday.",
        "2025-10-09",
        "The centre's 1.5-tesla scanner has been idle since its magnet quenched on 6 October, releasing its helium.",
        "The centre's 1.5-tesla scanner has been idle since its magnet quenched on 7 October, releasing its helium.",
    );
}

/// "212 letters of objection" / "120 objections": what the counted things
/// carry meets a count of it.
#[test]
fn what_counted_things_carry_meets_a_count_of_it() {
    one_dispute_then_silence(
        "figure",
        "2025-10-08",
        "Kelsford council received 212 letters of objection to the Halberd hotel application.",
        "2025-10-09",
        "The Halberd scheme drew just over 120 objections from Kelsford residents during the consultation.",
        "The Halberd scheme drew just over 210 objections from Kelsford residents during the consultation.",
    );
}

/// "Loose dogs left 17 ewes dead": a topic of people counts its own noun
/// of a deed ("23 arrests": people), not every noun its trigger stands by.
#[test]
fn animals_left_dead_are_no_toll_of_people() {
    one_dispute_then_silence(
        "figure",
        "2025-10-14",
        "Twenty-one people have now died in the flooding at Port Lenning, officials said.",
        "2025-10-14",
        "The flooding at Port Lenning has now killed 19 people, officials said.",
        "Loose dogs left 17 ewes dead on a fellside above Port Lenning, officials said.",
    );
}

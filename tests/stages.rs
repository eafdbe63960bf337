//! The audit as stage commands (lexicon, claims, names, judge, report):
//! however the corpus and the claims are split, the report equals
//! `audit`'s byte for byte; bad records are refused with their place.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rayon::prelude::*;
use serde_json::Value;

fn crosscheck() -> Command {
    Command::cargo_bin("crosscheck").expect("binary built")
}

/// Runs a command that must succeed (0, or 1 for a report with findings)
/// and returns its standard output.
fn run(args: &[&str]) -> String {
    let out = crosscheck().args(args).output().expect("runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "crosscheck {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Runs a command that must stop with exit 2 and returns its standard error.
fn refused(args: &[&str]) -> String {
    let out = crosscheck().args(args).output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "crosscheck {args:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn audit_json(paths: &[&str], extra: &[&str]) -> String {
    let mut args = vec!["audit", "--format", "json"];
    args.extend(extra);
    args.extend(paths);
    run(&args)
}

fn s(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// The claims of `paths` as a user makes them with the first three stages
/// (lexicon, claims, names), in one run each: the claims file and the
/// renames file, which do not depend on how the findings are judged.
fn staged_claims(dir: &Path, paths: &[&str]) -> (PathBuf, PathBuf) {
    let lexicon = dir.join("lexicon.json");
    let claims = dir.join("claims.jsonl");
    let renames = dir.join("renames.json");
    let mut args = vec!["lexicon", "--output", s(&lexicon)];
    args.extend(paths);
    run(&args);
    let mut args = vec!["claims", "--lexicon", s(&lexicon), "--output", s(&claims)];
    args.extend(paths);
    run(&args);
    run(&["names", s(&claims), "--output", s(&renames)]);
    (claims, renames)
}

/// The last two stages (judge, report) over claims made by
/// [`staged_claims`].
fn staged_report(dir: &Path, (claims, renames): &(PathBuf, PathBuf), extra: &[&str]) -> String {
    let findings = dir.join("findings.jsonl");
    let mut args = vec!["judge", s(claims), "--renames", s(renames)];
    args.extend(["--output", s(&findings)]);
    args.extend(extra);
    run(&args);
    let mut args = vec!["report", "--format", "json", s(claims), s(&findings)];
    args.extend(extra);
    run(&args)
}

/// The five stages over `paths`, in one run each, as a user runs them.
fn staged_json(dir: &Path, paths: &[&str], extra: &[&str]) -> String {
    let claims = staged_claims(dir, paths);
    staged_report(dir, &claims, extra)
}

/// Sets run in parallel, each in a folder of its own: they are many and
/// every stage is a process.
#[test]
fn stages_give_the_audit_report_on_every_fixture_set_and_the_seeds() {
    let sets = common::fixture_sets_and_seeds();
    sets.par_iter().enumerate().for_each(|(index, set)| {
        let dir = tempfile::tempdir().expect("temp dir");
        let set = s(set);
        let claims = staged_claims(dir.path(), &[set]);
        for agreements in common::agreement_runs(index, sets.len()) {
            let extra: &[&str] = if agreements { &["--agreements"] } else { &[] };
            let audited = audit_json(&[set], extra);
            let staged = staged_report(dir.path(), &claims, extra);
            assert_eq!(staged, audited, "{set} {extra:?}");
            let report: Value = serde_json::from_str(&staged).expect("JSON");
            assert!(
                !report["findings"].as_array().expect("findings").is_empty(),
                "{set}: a set with no findings proves nothing"
            );
        }
    });
}

/// Claim records split by key into separate judge runs, in a shuffled
/// order, and documents read in two parts: the report does not change.
#[test]
fn split_parts_and_keys_give_the_same_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let set = common::fixture("port-talks");

    // Documents in two parts: each part its own lexicon and claims run.
    let files = articles(&set, &["txt", "md"]);
    assert!(files.len() >= 4, "port-talks has five articles");
    let parts = [
        corpus_of(d, "part-a.jsonl", &set, &files[..2]),
        corpus_of(d, "part-b.jsonl", &set, &files[2..]),
    ];
    let audited = audit_json(&[s(&parts[0]), s(&parts[1])], &[]);
    let mut lexicons = Vec::new();
    for (n, part) in parts.iter().enumerate() {
        let lexicon = d.join(format!("lexicon-{n}.json"));
        run(&["lexicon", s(part), "--output", s(&lexicon)]);
        lexicons.push(lexicon);
    }
    let lexicon = d.join("lexicon.json");
    let mut args = vec!["lexicon", "--merge", "--output", s(&lexicon)];
    args.extend(lexicons.iter().map(|p| s(p)));
    run(&args);
    let mut claim_files = Vec::new();
    let mut first = 0;
    for (n, part) in parts.iter().enumerate() {
        let claims = d.join(format!("claims-{n}.jsonl"));
        let first_index = first.to_string();
        run(&[
            "claims",
            s(part),
            "--lexicon",
            s(&lexicon),
            "--first-index",
            &first_index,
            "--output",
            s(&claims),
        ]);
        first += std::fs::read_to_string(part).expect("part").lines().count();
        claim_files.push(claims);
    }
    let renames = d.join("renames.json");
    let mut args = vec!["names", "--output", s(&renames)];
    args.extend(claim_files.iter().map(|p| s(p)));
    run(&args);

    // Claim records grouped by key, one judge run per key, last key first.
    let mut by_key: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut others = Vec::new();
    for file in &claim_files {
        for line in std::fs::read_to_string(file).expect("claims").lines() {
            let record: Value = serde_json::from_str(line).expect("record");
            match record["record"].as_str() {
                Some("claim") => by_key
                    .entry(record["key"].as_str().expect("key").to_string())
                    .or_default()
                    .push(line.to_string()),
                _ => others.push(line.to_string()),
            }
        }
    }
    assert!(by_key.len() > 3, "claims fall under several keys");
    let mut gathered = others.join("\n") + "\n";
    for (n, (_, lines)) in by_key.iter().rev().enumerate() {
        let input = d.join(format!("key-{n}.jsonl"));
        std::fs::write(&input, lines.join("\n") + "\n").expect("write");
        gathered += &run(&["judge", s(&input), "--renames", s(&renames)]);
    }
    let all = d.join("gathered.jsonl");
    std::fs::write(&all, gathered).expect("write");
    let staged = run(&["report", "--format", "json", s(&all)]);
    assert_eq!(staged, audited);
    let report: Value = serde_json::from_str(&staged).expect("JSON");
    assert!(report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .any(|f| f["verdict"] == "contradiction"));
}

/// The articles of a fixture set with these extensions, in name order.
fn articles(set: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(set)
        .expect("set")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.contains(&e))
        })
        .collect();
    files.sort();
    files
}

/// A JSONL corpus holding `files` of a fixture set, with the publication
/// dates its manifest gives.
fn corpus_of(dir: &Path, name: &str, set: &Path, files: &[PathBuf]) -> PathBuf {
    let manifest = std::fs::read_to_string(set.join("sources.yaml")).expect("manifest");
    let published = |file: &Path| -> Option<String> {
        let name = file.file_name()?.to_str()?;
        let line = manifest.lines().find(|l| l.contains(name))?;
        let at = line.find("published:")? + "published:".len();
        Some(line[at..].trim().trim_end_matches('}').trim().to_string())
    };
    let lines: Vec<String> = files
        .iter()
        .map(|f| {
            let id = f.file_stem().and_then(|s| s.to_str()).expect("stem");
            let text = std::fs::read_to_string(f).expect("article");
            let mut record = serde_json::json!({"id": id, "text": text});
            if let Some(date) = published(f) {
                record["published"] = Value::String(date);
            }
            record.to_string()
        })
        .collect();
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\n") + "\n").expect("write");
    path
}

/// Corpus lines on standard input, as an engine hands them over in any
/// split: the claims of each split, gathered, give the audit's report.
#[test]
fn corpus_lines_on_standard_input_give_the_audit_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let set = common::fixture("harbour-flood");
    let files = articles(&set, &["txt"]);
    let corpus = corpus_of(d, "corpus.jsonl", &set, &files);
    let audited = audit_json(&[s(&corpus)], &[]);
    let lines: Vec<String> = std::fs::read_to_string(&corpus)
        .expect("corpus")
        .lines()
        .enumerate()
        .map(|(n, text)| {
            serde_json::json!({"record": "corpus_line", "corpus": s(&corpus), "input": 0, "line": n + 1, "text": text})
                .to_string()
        })
        .collect();
    let with_stdin = |args: &[&str], input: String| -> String {
        let out = crosscheck()
            .args(args)
            .write_stdin(input)
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    // Lexicons of each line apart, merged.
    let mut lexicons = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let path = d.join(format!("lexicon-{n}.json"));
        std::fs::write(&path, with_stdin(&["lexicon", "-"], line.clone() + "\n")).expect("write");
        lexicons.push(path);
    }
    let lexicon = d.join("lexicon.json");
    let mut args = vec!["lexicon", "--merge", "--output", s(&lexicon)];
    args.extend(lexicons.iter().map(|p| s(p)));
    run(&args);
    // Claims of the lines in two splits, the second first.
    let mut records = String::new();
    for split in [&lines[2..], &lines[..2]] {
        records += &with_stdin(
            &["claims", "-", "--lexicon", s(&lexicon)],
            split.join("\n") + "\n",
        );
    }
    let claims = d.join("claims.jsonl");
    std::fs::write(&claims, records).expect("write");
    let renames = d.join("renames.json");
    run(&["names", s(&claims), "--output", s(&renames)]);
    let findings = d.join("findings.jsonl");
    run(&[
        "judge",
        s(&claims),
        "--renames",
        s(&renames),
        "--output",
        s(&findings),
    ]);
    let staged = run(&["report", "--format", "json", s(&claims), s(&findings)]);
    assert_eq!(staged, audited);
}

#[test]
fn a_line_that_is_not_a_record_is_refused_with_its_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("claims.jsonl");
    std::fs::write(
        &bad,
        "{\"record\":\"warning\",\"path\":\"a\",\"message\":\"m\"}\nnot json\n",
    )
    .expect("write");
    let err = refused(&["judge", s(&bad)]);
    assert!(
        err.contains("claims.jsonl:2: not a crosscheck record"),
        "{err}"
    );
}

#[test]
fn a_report_without_sources_or_with_a_repeated_id_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = dir.path().join("findings.jsonl");
    std::fs::write(&empty, "").expect("write");
    assert!(refused(&["report", s(&empty)]).contains("no source records"));

    let twice = dir.path().join("sources.jsonl");
    let source = |key: usize, path: &str| {
        format!("{{\"record\":\"source\",\"key\":{key},\"id\":\"same\",\"path\":\"{path}\",\"published\":null,\"sentences\":1,\"claims\":0,\"disputed\":0,\"outvoted\":0}}\n")
    };
    std::fs::write(&twice, source(0, "a.jsonl") + &source(1, "b.jsonl")).expect("write");
    let err = refused(&["report", s(&twice)]);
    assert!(
        err.contains("two documents have the id `same`: a.jsonl and b.jsonl"),
        "{err}"
    );
}

#[test]
fn a_lexicon_of_another_version_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lexicon = dir.path().join("lexicon.json");
    std::fs::write(
        &lexicon,
        r#"{"version": 9, "capitalised": [], "lower": []}"#,
    )
    .expect("write");
    let set = common::fixture("harbour-flood");
    let err = refused(&["claims", s(&set), "--lexicon", s(&lexicon)]);
    assert!(err.contains("records version 9"), "{err}");
}

fn records_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/records-v2.schema.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("JSON");
    jsonschema::validator_for(&schema).expect("a valid schema")
}

/// Every line every stage writes on the seeds and a fixture set matches the
/// shipped schema, and records that break it are refused by it.
#[test]
fn stage_outputs_match_the_shipped_schema() {
    let validator = records_validator();
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let mut kinds = std::collections::BTreeSet::new();
    for set in [common::seeds(), common::fixture("summit-quotes")] {
        staged_json(d, &[s(&set)], &["--agreements"]);
        for file in [
            "lexicon.json",
            "renames.json",
            "claims.jsonl",
            "findings.jsonl",
        ] {
            let text = std::fs::read_to_string(d.join(file)).expect("stage output");
            for (n, line) in text.lines().enumerate() {
                let value: Value = serde_json::from_str(line).expect("JSON");
                let errors: Vec<String> = validator
                    .iter_errors(&value)
                    .map(|e| format!("{} at {}", e, e.instance_path()))
                    .collect();
                assert!(errors.is_empty(), "{file}:{}: {errors:?}", n + 1);
                kinds.insert(value["record"].as_str().unwrap_or(file).to_string());
            }
        }
    }
    for kind in [
        "source",
        "names",
        "claim",
        "finding",
        "lexicon.json",
        "renames.json",
    ] {
        assert!(kinds.contains(kind), "no {kind} written: {kinds:?}");
    }
    let broken = serde_json::json!({"record": "source", "key": -1, "id": "a", "path": "a", "published": null, "sentences": 1, "claims": 0});
    assert!(!validator.is_valid(&broken));
    let unknown = serde_json::json!({"record": "finding", "finding": {}, "claims": [], "story": [], "extra": 1});
    assert!(!validator.is_valid(&unknown));
}

/// Copies of a claim in other documents, combined into one record before
/// the judge as an engine combines them (Spark's `reduceByKey` on key and
/// copy), give the report of the uncombined records.
#[test]
fn copies_combined_before_the_judge_give_the_same_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let set = common::fixture("harbour-flood");
    let files = articles(&set, &["txt"]);
    // Each article twice: the second a syndicated copy under its own id.
    let corpus = corpus_of(d, "corpus.jsonl", &set, &files);
    let text = std::fs::read_to_string(&corpus).expect("corpus");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for line in text.lines() {
        let mut record: Value = serde_json::from_str(line).expect("record");
        let id = format!("{}-copy", record["id"].as_str().expect("id"));
        record["id"] = Value::String(id);
        lines.push(record.to_string());
    }
    std::fs::write(&corpus, lines.join("\n") + "\n").expect("write");
    let audited = audit_json(&[s(&corpus)], &[]);
    let lexicon = d.join("lexicon.json");
    let claims = d.join("claims.jsonl");
    let renames = d.join("renames.json");
    run(&["lexicon", s(&corpus), "--output", s(&lexicon)]);
    run(&[
        "claims",
        s(&corpus),
        "--lexicon",
        s(&lexicon),
        "--output",
        s(&claims),
    ]);
    run(&["names", s(&claims), "--output", s(&renames)]);
    let mut bundles: BTreeMap<(String, String), Value> = BTreeMap::new();
    let mut others = Vec::new();
    let mut records = 0;
    for line in std::fs::read_to_string(&claims).expect("claims").lines() {
        let record: Value = serde_json::from_str(line).expect("record");
        if record["record"] != "claim" {
            others.push(line.to_string());
            continue;
        }
        records += 1;
        let copy = (record["key"].to_string(), record["copy"].to_string());
        match bundles.get_mut(&copy) {
            None => {
                bundles.insert(copy, record);
            }
            Some(kept) => {
                let place = serde_json::json!({
                    "source": record["source"], "ordinal": record["ordinal"],
                    "sentence": record["claim"]["sentence"], "start": record["claim"]["start"],
                    "end": record["claim"]["end"], "id": record["evidence"]["source"],
                    "path": record["evidence"]["path"], "line": record["evidence"]["line"],
                    "column": record["evidence"]["column"],
                });
                kept.as_object_mut()
                    .expect("record")
                    .entry("copies")
                    .or_insert_with(|| Value::Array(Vec::new()))
                    .as_array_mut()
                    .expect("copies")
                    .push(place);
            }
        }
    }
    assert!(
        bundles.len() * 2 <= records + 1,
        "every claim has its copy: {records} records, {} bundles",
        bundles.len()
    );
    let validator = records_validator();
    assert!(bundles.values().all(|b| validator.is_valid(b)));
    let combined = d.join("combined.jsonl");
    let written: Vec<String> = bundles.values().map(Value::to_string).collect();
    std::fs::write(&combined, written.join("\n") + "\n").expect("write");
    let findings = run(&["judge", s(&combined), "--renames", s(&renames)]);
    let gathered = d.join("gathered.jsonl");
    std::fs::write(&gathered, others.join("\n") + "\n" + &findings).expect("write");
    let staged = run(&["report", "--format", "json", s(&gathered)]);
    assert_eq!(staged, audited);
    assert!(contains_contradiction(&staged));
}

fn contains_contradiction(report: &str) -> bool {
    let report: Value = serde_json::from_str(report).expect("JSON");
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .any(|f| f["verdict"] == "contradiction")
}

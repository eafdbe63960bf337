//! The finding model: one finding per fact slot, its versions as camps, and
//! the JSON report that carries them, checked against the shipped schema.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The real articles the project is built for, beside the repository.
fn seeds() -> PathBuf {
    let seeds = root().join("../shared/seeds");
    assert!(
        seeds.join("sources.yaml").is_file(),
        "{} must hold the seed articles",
        seeds.display()
    );
    seeds
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
    let report = audit_json(&seeds(), false);
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
    let steps_back = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "steps-back")
        .unwrap();
    assert!(
        steps_back["outvoted"].as_u64().unwrap() >= 1,
        "{steps_back}"
    );
    let whats_next = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "whats-next")
        .unwrap();
    assert!(whats_next["disputed"].as_u64().unwrap() >= 1);
    assert_eq!(whats_next["outvoted"], 0, "{whats_next}");
    // Other people's titles agree and are no finding at all.
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["kind"] != "role" || f["slot"] == "Donald Trump: title"));
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
    let mut sets: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    sets.sort();
    sets.push(seeds());
    let mut findings = 0;
    for set in &sets {
        let report = audit_json(set, true);
        findings += report["findings"].as_array().map_or(0, Vec::len);
        assert_valid(&validator, &report, &set.display().to_string());
    }
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

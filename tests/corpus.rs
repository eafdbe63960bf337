//! JSONL corpora: syndicated copies, bad lines, and output that does not
//! depend on the thread count.

use std::path::Path;

use assert_cmd::Command;
use serde_json::{json, Value};

/// One story told by two outlets that disagree on the price, each copied
/// by `copies` partners with a new credit line; plus an unrelated story.
fn syndicated_corpus(dir: &Path, copies: usize) -> std::path::PathBuf {
    let body = |price: u32, outlet: &str| {
        format!(
            "Halvorsen Holdings moves on Brekka Group\n\
             Halvorsen Holdings agreed on 3 March 2025 to buy the Brekka Group.\n\
             Halvorsen Holdings will pay {price} billion dollars for the Brekka Group, its chief executive Ingrid Solberg said.\n\
             Shares in the Brekka Group rose sharply after the announcement.\n\
             Distributed by {outlet}. Reproduction prohibited.\n"
        )
    };
    let mut lines = Vec::new();
    let mut record = |id: String, outlet: &str, text: String| {
        lines.push(
            json!({"id": id, "text": text, "published": "2025-03-04", "outlet": outlet})
                .to_string(),
        );
    };
    for (name, price) in [("north", 12), ("south", 15)] {
        record(name.to_string(), name, body(price, name));
        for c in 0..copies {
            let partner = format!("Partner {c}");
            record(format!("{name}-copy{c}"), &partner, body(price, &partner));
        }
    }
    record(
        "other".into(),
        "other",
        "Floods struck Tornvik on 2 March 2025 after a week of rain.\nAbout 400 residents of Tornvik were evacuated.\n".into(),
    );
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join("corpus.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn audit(path: &Path, threads: &str) -> (Option<i32>, Vec<u8>) {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .env("RAYON_NUM_THREADS", threads)
        .args(["audit", "--format", "json", "--agreements"])
        .arg(path)
        .output()
        .unwrap();
    (out.status.code(), out.stdout)
}

#[test]
fn syndicated_copies_make_one_finding_that_lists_every_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = syndicated_corpus(dir.path(), 40);
    let (code, stdout) = audit(&path, "2");
    assert_eq!(code, Some(1));
    let report: Value = serde_json::from_slice(&stdout).unwrap();
    let contradictions: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] == "contradiction")
        .collect();
    assert_eq!(contradictions.len(), 1, "{report:#}");
    let sources: Vec<&str> = contradictions[0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["source"].as_str().unwrap())
        .collect();
    // Both originals and all 80 copies, each once.
    assert_eq!(sources.len(), 82, "{sources:?}");
    assert!(sources.contains(&"north") && sources.contains(&"south-copy39"));
    let values: std::collections::BTreeSet<&str> = contradictions[0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    assert_eq!(values.len(), 2, "{values:?}");
    // Copies agree with their original: the agreements group them, and the
    // unrelated flood story is never paired with the deal.
    for finding in report["findings"].as_array().unwrap() {
        let ids: Vec<&str> = finding["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["source"].as_str().unwrap())
            .collect();
        assert!(!ids.contains(&"other") || ids.iter().all(|i| *i == "other"));
    }
    // Her words with 12 billion and with 15 billion are two statements, not
    // one quote that two outlets agree on.
    for finding in report["findings"].as_array().unwrap() {
        if finding["kind"] == "attribution" {
            let text = finding.to_string();
            assert!(
                !(text.contains("12 billion") && text.contains("15 billion")),
                "{finding:#}"
            );
        }
    }
    // The credit line names no one in the story: no slot or explanation
    // speaks of a partner.
    for finding in report["findings"].as_array().unwrap() {
        for key in ["slot", "explanation"] {
            let text = finding[key].as_str().unwrap();
            assert!(!text.contains("Partner"), "{key}: {text}");
        }
    }
}

#[test]
fn the_same_corpus_gives_the_same_bytes_on_any_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let path = syndicated_corpus(dir.path(), 25);
    let one = audit(&path, "1");
    assert_eq!(one, audit(&path, "2"));
    assert_eq!(one, audit(&path, "8"));
}

#[test]
fn bad_lines_are_warnings_with_their_line_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = syndicated_corpus(dir.path(), 1);
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("{\"id\": \"broken\", \"text\": \n");
    text.push_str("{\"text\": \"No id here.\"}\n");
    std::fs::write(&path, text).unwrap();
    let (code, stdout) = audit(&path, "2");
    assert_eq!(code, Some(1), "the good lines still disagree");
    let report: Value = serde_json::from_slice(&stdout).unwrap();
    let warnings: Vec<String> = report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["message"].as_str().unwrap().to_string())
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("line 6: not a JSON object")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|w| w.starts_with("line 7: no `id`")),
        "{warnings:?}"
    );
    assert_eq!(report["sources"].as_array().unwrap().len(), 5);
    // A record is cited as the corpus file, at the record's line: where a
    // SARIF viewer or an annotation can open it.
    let first = &report["sources"][0]["path"];
    assert!(first.as_str().unwrap().ends_with("corpus.jsonl"), "{first}");
    let claims: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["claims"].as_array().unwrap())
        .collect();
    let south = claims.iter().find(|c| c["source"] == "south").unwrap();
    assert!(south["path"].as_str().unwrap().ends_with("corpus.jsonl"));
    assert_eq!(south["line"], 3, "north, its copy, then south: {south}");
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .args(["audit", "--format", "sarif"])
        .arg(&path)
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let location = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    let uri = location["artifactLocation"]["uri"].as_str().unwrap();
    assert!(uri.ends_with("corpus.jsonl"), "{uri}");
    assert!(location["region"]["startLine"].as_u64().unwrap() >= 1);
}

/// What a reviewer's decisions are keyed by: each finding's fingerprint,
/// with its kind, verdict, slot and camp values.
fn finding_keys(report: &Value) -> Vec<(String, String, String, String, Vec<String>)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let values = f["camps"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["value"].as_str().unwrap().to_string())
                .collect();
            let text = |key: &str| f[key].as_str().unwrap().to_string();
            (
                text("fingerprint"),
                text("kind"),
                text("verdict"),
                text("slot"),
                values,
            )
        })
        .collect()
}

#[test]
fn one_copy_or_fifty_give_the_same_findings_and_fingerprints() {
    let dir = tempfile::tempdir().unwrap();
    let few = syndicated_corpus(&dir.path().join("few"), 1);
    let many = syndicated_corpus(&dir.path().join("many"), 50);
    let parse = |path: &Path| -> Value { serde_json::from_slice(&audit(path, "2").1).unwrap() };
    let (few, many) = (parse(&few), parse(&many));
    let keys = finding_keys(&few);
    assert!(
        keys.iter().any(|k| k.2 == "contradiction"),
        "the price is disputed: {few:#}"
    );
    assert_eq!(keys, finding_keys(&many));
    // Fifty copies of one text are fifty documents but one voice.
    let price = many["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["verdict"] == "contradiction")
        .unwrap();
    for camp in price["camps"].as_array().unwrap() {
        assert_eq!(camp["documents"], 51, "{camp}");
        assert_eq!(camp["voices"], 1, "{camp}");
    }
}

#[test]
fn a_new_value_changes_the_fingerprint_and_a_new_copy_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let base = syndicated_corpus(dir.path(), 2);
    let text = std::fs::read_to_string(&base).unwrap();
    let price_line = |outlet: &str, price: u32| {
        json!({
            "id": outlet,
            "outlet": outlet,
            "published": "2025-03-04",
            "text": format!(
                "Halvorsen Holdings agreed on 3 March 2025 to buy the Brekka Group.\n\
                 Halvorsen Holdings will pay {price} billion dollars for the Brekka Group, its chief executive Ingrid Solberg said.\n"
            ),
        })
        .to_string()
    };
    let fingerprint = |extra: &str| -> String {
        let path = dir.path().join("variant.jsonl");
        std::fs::write(&path, format!("{text}{extra}\n")).unwrap();
        let report: Value = serde_json::from_slice(&audit(&path, "2").1).unwrap();
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["verdict"] == "contradiction" && f["kind"] == "figure")
            .map(|f| f["fingerprint"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("no price finding: {report:#}"))
    };
    let before = fingerprint("");
    assert_eq!(
        before,
        fingerprint(&price_line("east", 12)),
        "one more source with a value already there"
    );
    assert_ne!(
        before,
        fingerprint(&price_line("west", 19)),
        "a new value is a new version"
    );
}

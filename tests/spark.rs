//! The reference Spark job (`spark/crosscheck_spark.py`) in Spark's local
//! mode with two workers, on generated corpora of both kinds: its report
//! equals `crosscheck audit`'s byte for byte, findings and fingerprints
//! included. Spark must be installed (`scripts/test` installs pyspark and a
//! Java runtime); without it this test fails, never skips.

mod common;

#[allow(dead_code)]
#[path = "../benches/scale/corpus.rs"]
mod corpus;
#[allow(dead_code)]
#[path = "../benches/shared/months.rs"]
mod months;
#[path = "../benches/scale/one_story.rs"]
mod one_story;
#[path = "../benches/shared/rng.rs"]
mod rng;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// Enough documents for several stories and partitions (the job splits them
/// five ways) while the debug binary it drives stays quick.
const DOCUMENTS: usize = 500;

fn write_corpus(dir: &Path, name: &str, corpus: &corpus::Corpus) -> PathBuf {
    let lines: Vec<String> = corpus
        .docs
        .iter()
        .map(|doc| {
            serde_json::json!({
                "id": doc.id,
                "title": doc.title,
                "outlet": doc.outlet,
                "published": doc.published,
                "text": doc.text,
            })
            .to_string()
        })
        .collect();
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\n") + "\n").expect("write corpus");
    path
}

fn audit(inputs: &[&Path]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["audit", "--format", "json"])
        .args(inputs)
        .output()
        .expect("crosscheck runs");
    assert!(matches!(out.status.code(), Some(0 | 1)), "audit failed");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn spark_submit() -> PathBuf {
    if let Some(given) = std::env::var_os("CROSSCHECK_SPARK_SUBMIT") {
        return PathBuf::from(given);
    }
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("spark-submit"))
            .find(|p| p.is_file())
    });
    found.expect("spark-submit not found: run scripts/test, which installs pyspark and Java")
}

fn on_spark(inputs: &[&Path], report: &Path) -> String {
    let job = Path::new(env!("CARGO_MANIFEST_DIR")).join("spark/crosscheck_spark.py");
    let out = Command::new(spark_submit())
        .args(["--master", "local[2]", "--conf", "spark.ui.enabled=false"])
        .arg(job)
        .args(inputs)
        .arg("--output")
        .arg(report)
        .args([
            "--binary",
            env!("CARGO_BIN_EXE_crosscheck"),
            "--partitions",
            "5",
        ])
        .output()
        .expect("spark-submit runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "the Spark job failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(report).expect("the Spark job wrote its report")
}

fn contradictions(report: &str) -> usize {
    let report: Value = serde_json::from_str(report).expect("JSON report");
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["verdict"] == "contradiction")
        .count()
}

#[test]
fn the_spark_job_reports_what_audit_reports_on_both_kinds_of_corpus() {
    let dir = tempfile::tempdir().expect("temp dir");
    let many = write_corpus(dir.path(), "many.jsonl", &corpus::generate(DOCUMENTS, 2026));
    let one = write_corpus(
        dir.path(),
        "one-story.jsonl",
        &one_story::generate(DOCUMENTS, 2026),
    );
    // A folder of articles beside a corpus: read whole by one task.
    let folder = common::fixture("harbour-flood");
    for (name, inputs) in [
        ("many", vec![folder.as_path(), many.as_path()]),
        ("one-story", vec![one.as_path()]),
    ] {
        let audited = audit(&inputs);
        let report = dir.path().join(format!("{name}.json"));
        let spark = on_spark(&inputs, &report);
        assert!(
            contradictions(&audited) > 10,
            "{name}: the corpus plants contradictions"
        );
        assert_eq!(
            common::fingerprints(&serde_json::from_str(&spark).expect("JSON")),
            common::fingerprints(&serde_json::from_str(&audited).expect("JSON")),
            "{name}: fingerprints"
        );
        assert!(spark == audited, "{name}: the reports differ");
    }
}

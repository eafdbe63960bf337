//! Helpers several test crates share. Each crate uses a part of them, so
//! the parts one crate leaves unused are not dead code.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::Value;

/// A bundled fixture set, by folder name.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// The findings' fingerprints of a JSON report, in report order.
pub fn fingerprints(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["fingerprint"].as_str().expect("fingerprint").to_string())
        .collect()
}

/// The real articles the project is built for, beside the repository.
pub fn seeds() -> PathBuf {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    assert!(
        seeds.join("sources.yaml").is_file(),
        "{} must hold the seed articles",
        seeds.display()
    );
    seeds
}

/// Every bundled fixture set, in name order.
pub fn fixture_sets() -> Vec<PathBuf> {
    let mut sets: Vec<PathBuf> = std::fs::read_dir(fixture(""))
        .expect("fixtures folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    sets.sort();
    sets
}

/// Every fixture set, in name order, then the seeds.
pub fn fixture_sets_and_seeds() -> Vec<PathBuf> {
    let mut sets = fixture_sets();
    sets.push(seeds());
    sets
}

/// Whether to pass `--agreements`, in each run a set of
/// [`fixture_sets_and_seeds`] gets by its place in the list: a report with
/// agreements holds every finding the plain one does, so every set runs
/// with them and one set in ten (and the seeds, last) also without, to
/// keep the suite's many processes within CI's time.
pub fn agreement_runs(index: usize, sets: usize) -> Vec<bool> {
    if index.is_multiple_of(10) || index + 1 == sets {
        vec![false, true]
    } else {
        vec![true]
    }
}

/// Each finding of `kind` in a report: its verdict and the sources of each
/// camp, in report order.
pub fn verdicts(report: &Value, kind: &str) -> Vec<(String, Vec<Vec<String>>)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind)
        .map(|f| {
            let camps = f["camps"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    c["sources"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|s| s.as_str().unwrap().to_string())
                        .collect()
                })
                .collect();
            (f["verdict"].as_str().unwrap().to_string(), camps)
        })
        .collect()
}

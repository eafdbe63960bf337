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

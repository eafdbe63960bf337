//! Conformance: the English Golden Rules of sentence segmentation
//! (pragmatic_segmenter, as kept in pySBD's benchmarks; MIT licence), read at
//! test time from `../shared/conformance/golden_rules_en.json` so that none
//! of its phrases live in this repository.
//!
//! Each case is one paragraph on one line; the trimmed units the library
//! splitter returns must equal the expected sentences. The span of a list
//! item leaves out its marker (`1.`, `• 9.`) by design, so that the marker is
//! not read as a figure; the suite keeps it, so a list item is compared
//! together with the text between the previous unit and it, which is exactly
//! its marker. The score is printed, and the test fails under [`FLOOR`]; a
//! missing suite file is a failure, not a skip.

use std::path::PathBuf;

use crosscheck::segment::{segment, SentenceKind};
use serde::Deserialize;

/// Cases that must pass, out of the 48 in the suite: all of them, as none is
/// out of scope for news text, so that a change made for news articles cannot
/// quietly lose one.
const FLOOR: usize = 48;

/// Number of cases in the suite; a truncated or replaced file fails the test.
const CASES: usize = 48;

#[derive(Deserialize)]
struct Suite {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    sentences: Vec<String>,
}

fn suite_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/conformance/golden_rules_en.json")
}

/// The trimmed units of `text`, list items with their markers.
fn units(text: &str) -> Vec<&str> {
    let mut prev_end = 0;
    let mut units = Vec::new();
    for s in segment(text) {
        let start = match s.kind {
            SentenceKind::ListItem => prev_end,
            _ => s.start,
        };
        units.push(text[start..s.end].trim());
        prev_end = s.end;
    }
    units
}

#[test]
fn golden_rules_en() {
    let path = suite_path();
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the Golden Rules suite must be present at {}: {e}",
            path.display()
        )
    });
    let suite: Suite = serde_json::from_str(&raw)
        .unwrap_or_else(|e| panic!("{} is not a Golden Rules suite: {e}", path.display()));
    assert_eq!(suite.cases.len(), CASES, "unexpected number of cases");

    let mut passed = 0;
    for (n, case) in suite.cases.iter().enumerate() {
        let got = units(&case.text);
        let want: Vec<&str> = case.sentences.iter().map(|s| s.trim()).collect();
        if got == want {
            passed += 1;
            continue;
        }
        eprintln!("case {n}: FAILED\n  expected {want:?}\n  got      {got:?}");
    }
    eprintln!("golden rules: {passed}/{}", suite.cases.len());
    assert!(
        passed >= FLOOR,
        "golden rules: {passed}/{} is under the floor of {FLOOR}",
        suite.cases.len()
    );
}

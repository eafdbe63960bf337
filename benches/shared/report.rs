//! The parts of the JSON report (version 2) the benchmarks score: findings
//! with their camps and claims. Shared by the benchmarks through `#[path]`;
//! each reads the fields it scores, so some stay unread in the other.
#![allow(dead_code)]

use serde::Deserialize;

/// A report as the audit wrote it.
#[derive(Deserialize, Default)]
pub struct Report {
    #[serde(default)]
    pub findings: Vec<Finding>,
}

/// One finding: a fact slot and its versions.
#[derive(Deserialize)]
pub struct Finding {
    pub kind: String,
    pub verdict: String,
    #[serde(default)]
    pub slot: String,
    pub camps: Vec<Camp>,
    #[serde(default)]
    pub claims: Vec<FindingClaim>,
    /// The index of the camp the scale benchmark takes as the majority.
    #[serde(skip)]
    pub majority: usize,
}

/// One version of a slot.
#[derive(Deserialize)]
pub struct Camp {
    pub value: String,
    pub sources: Vec<String>,
    /// Independent voices: syndicated copies of one text are one.
    #[serde(default)]
    pub voices: usize,
}

/// A claim of a finding: one per source and camp.
#[derive(Deserialize)]
pub struct FindingClaim {
    pub camp: usize,
    pub source: String,
    #[serde(default)]
    pub sentence: String,
    /// The claim's evidence, as written ("14 civilians", "Monday").
    #[serde(default)]
    pub text: String,
    /// The normalised value; for a quote, "Speaker: \"quote\"".
    #[serde(default)]
    pub value: String,
}

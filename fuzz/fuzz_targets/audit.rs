//! Any bytes, read as a document and audited beside a copy of themselves
//! with the figures changed: no panic, and every span where it says.
#![no_main]

use crosscheck::audit::{audit_documents, AuditOptions};
use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Metadata};
use libfuzzer_sys::fuzz_target;

/// Built once: parsing the rules is slower than most inputs.
static RULES: std::sync::OnceLock<Option<RuleSet>> = std::sync::OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Some(rules) = RULES.get_or_init(|| RuleSet::builtin().ok()) else {
        return;
    };
    let text = String::from_utf8_lossy(data).into_owned();
    let changed: String = text
        .chars()
        .map(|c| if c.is_ascii_digit() { '7' } else { c })
        .collect();
    let documents = [text, changed]
        .into_iter()
        .enumerate()
        .map(|(i, text)| Document {
            id: format!("d{i}"),
            path: format!("d{i}.txt").into(),
            text,
            body_start: 0,
            meta: Metadata::default(),
            origin: Vec::new(),
        })
        .collect();
    let audit = audit_documents(documents, Vec::new(), rules, AuditOptions::default());
    for claim in &audit.claims {
        let sentence = &audit.documents[claim.source].sentences[claim.sentence];
        assert!(sentence.start <= claim.start && claim.end <= sentence.end);
    }
});

//! Property tests: whatever the text, the pipeline and the loaders never
//! panic, and every span they report lies where it says it does.

use std::path::PathBuf;

use crosscheck::audit::{audit_documents, AuditOptions, TextKept};
use crosscheck::normalise::tokens::tokenize;
use crosscheck::rules::RuleSet;
use crosscheck::segment::segment;
use crosscheck::source::{Document, Metadata};
use proptest::prelude::*;

/// Pieces of news text, markup and junk, so that generated documents look
/// enough like articles to reach the extractors, and unlike them enough to
/// try their edges.
const PIECES: &[&str] = &[
    "The",
    "floods",
    "struck",
    "Tornvik",
    "on",
    "3 March 2025",
    "Monday",
    "last year's",
    "at least",
    "1,200",
    "12",
    "$4.5 million",
    "€90bn",
    "37%",
    "5 per cent",
    "people",
    "were",
    "killed",
    "evacuated",
    "said",
    "told",
    "Ana Ruiz,",
    "the mayor",
    "former",
    "Minister",
    "\"",
    "“",
    "”",
    "'",
    ",",
    ".",
    "!",
    "?",
    "...",
    ";",
    ":",
    "(",
    ")",
    "-",
    "—",
    "\n",
    "\n\n",
    "| a | b |",
    "|---|---|",
    "# Heading",
    "- item",
    "1.",
    "U.S.",
    "Dr.",
    "é",
    "ß",
    "日本",
    "🙂",
    "\u{feff}",
    "\u{fffd}",
    "\t",
    "  ",
    "0",
    "9.",
    "2025",
    "Related stories",
    "Copyright 2025",
    "Distributed by Wire.",
];

fn newsish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|pieces| {
        let mut text = String::new();
        for (i, piece) in pieces.iter().enumerate() {
            if i % 3 != 0 {
                text.push(' ');
            }
            text.push_str(piece);
        }
        text
    })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![newsish(), any::<String>()]
}

fn document(id: usize, text: String) -> Document {
    Document {
        id: format!("d{id}"),
        path: PathBuf::from(format!("d{id}.txt")),
        text,
        body_start: 0,
        meta: Metadata {
            published: jiff::civil::Date::new(2025, 3, 4).ok(),
            ..Metadata::default()
        },
        origin: Vec::new(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn sentences_are_ordered_trimmed_spans_of_the_text(text in any_text()) {
        let mut previous_end = 0;
        for sentence in segment(&text) {
            prop_assert!(sentence.start < sentence.end && sentence.end <= text.len());
            prop_assert!(sentence.start >= previous_end);
            prop_assert!(text.is_char_boundary(sentence.start) && text.is_char_boundary(sentence.end));
            let unit = &text[sentence.start..sentence.end];
            prop_assert_eq!(unit, unit.trim());
            previous_end = sentence.end;
        }
    }

    #[test]
    fn tokens_are_ordered_spans_on_char_boundaries(text in any_text()) {
        let mut previous_end = 0;
        for token in tokenize(&text) {
            prop_assert!(token.start < token.end && token.end <= text.len());
            prop_assert!(token.start >= previous_end);
            prop_assert!(text.is_char_boundary(token.start) && text.is_char_boundary(token.end));
            previous_end = token.end;
        }
    }

    #[test]
    fn every_claim_lies_inside_its_sentence_and_every_sentence_inside_its_document(
        texts in prop::collection::vec(any_text(), 1..4)
    ) {
        let rules = RuleSet::builtin().expect("built-in rules");
        let documents: Vec<Document> = texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| document(i, text))
            .collect();
        let options = AuditOptions { text: TextKept::Whole, ..AuditOptions::default() };
        let audit = audit_documents(documents, Vec::new(), &rules, options);
        for analysed in &audit.documents {
            let text = analysed.whole_text().expect("the whole text is kept");
            for (_, sentence) in analysed.sentences() {
                prop_assert!(sentence.start <= sentence.end && sentence.end <= text.len());
                prop_assert!(text.is_char_boundary(sentence.start) && text.is_char_boundary(sentence.end));
            }
        }
        for claim in &audit.claims {
            let sentence = audit.documents[claim.source].sentence(claim.sentence).expect("a claim's sentence is kept");
            prop_assert!(sentence.start <= claim.start && claim.start <= claim.end && claim.end <= sentence.end);
        }
        for finding in &audit.findings {
            prop_assert!(finding.claims().all(|(_, c)| c < audit.claims.len()));
        }
    }

    /// Keeping only the cited sentences changes nothing a report says:
    /// every cited text, line and column is the one the whole text gives.
    #[test]
    fn a_report_from_the_cited_text_is_the_report_from_the_whole_text(
        texts in prop::collection::vec(newsish(), 2..4)
    ) {
        let rules = RuleSet::builtin().expect("built-in rules");
        let report = |text: TextKept| {
            let documents: Vec<Document> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| document(i, t.clone()))
                .collect();
            let options = AuditOptions { agreements: true, text, ..AuditOptions::default() };
            let audit = audit_documents(documents, Vec::new(), &rules, options);
            let report = crosscheck::report::build(&audit);
            let style = crosscheck::report::table::TableStyle { width: Some(80), color: false };
            let mut out = Vec::new();
            for format in [crosscheck::report::Format::Json, crosscheck::report::Format::Sarif] {
                format
                    .render(crosscheck::report::Printable::Audit(&report), style, &mut out)
                    .expect("rendered");
            }
            String::from_utf8(out).expect("UTF-8")
        };
        prop_assert_eq!(report(TextKept::Cited), report(TextKept::Whole));
    }

    #[test]
    fn loaders_return_errors_not_panics(text in any_text()) {
        let dir = tempfile::tempdir().expect("temp dir");
        let rules = RuleSet::builtin().expect("built-in rules");
        let file = dir.path().join("input.yaml");
        std::fs::write(&file, &text).expect("write");
        let _ = crosscheck::facts::load(&file, &rules);
        let _ = crosscheck::decisions::Decisions::load(&file);
        let _ = crosscheck::config::Config::load(&file);
        for name in ["topics.yaml", "sources.yaml"] {
            std::fs::write(dir.path().join(name), &text).expect("write");
        }
        let _ = RuleSet::with_dir(dir.path());
        let _ = crosscheck::source::load(&[dir.path().to_path_buf()], &Default::default());
    }
}

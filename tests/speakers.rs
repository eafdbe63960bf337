//! Who said it, read across sentences: "he" and "she" point back at the
//! person last named, and a bare surname names the person the story named
//! in full before.

use crosscheck::audit::{audit_documents, AuditOptions};
use crosscheck::extract::ClaimBody;
use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Metadata};

/// The speakers of the document's quotes, in order.
fn speakers(text: &str) -> Vec<String> {
    let rules = RuleSet::builtin().expect("built-in rules");
    let document = Document {
        id: "story".into(),
        path: "story.txt".into(),
        text: text.into(),
        body_start: 0,
        meta: Metadata {
            published: Some(jiff::civil::Date::constant(2025, 6, 8)),
            ..Metadata::default()
        },
        origin: Vec::new(),
    };
    audit_documents(vec![document], Vec::new(), &rules, AuditOptions::default())
        .claims
        .into_iter()
        .filter_map(|c| match c.body {
            ClaimBody::Attribution(a) => Some(a.speaker_name),
            _ => None,
        })
        .collect()
}

#[test]
fn a_bare_surname_updates_who_she_is() {
    let story = "Mayor Petra Halloran visited the flooded harbour at Brenmouth on Monday.\n\n\
                 Tomas Brandt, the union leader, spoke first.\n\n\
                 Later, Halloran took questions from residents.\n\n\
                 \"We will rebuild the harbour wall before the winter storms,\" she said.\n";
    assert_eq!(speakers(story), ["Petra Halloran"]);
}

//! What the pipeline saw in one document: each sentence, where it stands, and
//! the claims read from it. For rule authors, and for tests that look inside.

use std::io::{self, Write};

use serde::Serialize;

use super::{claim_report, ClaimReport};
use crate::audit::Audit;
use crate::extract::ClaimBody;
use crate::segment::SentenceKind;

/// The explain report of one document.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    /// Document id.
    pub source: String,
    /// Path as given.
    pub path: String,
    /// Publication date, if known.
    pub published: Option<String>,
    /// Every sentence in order.
    pub sentences: Vec<SentenceReport>,
}

/// One sentence and its claims.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceReport {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// prose, heading, list-item or table-row.
    pub kind: String,
    /// The sentence.
    pub text: String,
    /// Why no claims were read from it, when it is not article text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dropped: Option<String>,
    /// The dates it gives, resolved.
    pub dates: Vec<DateReport>,
    /// Its claims, as the audit report shows them, plus the topic.
    pub claims: Vec<ExplainedClaim>,
}

/// A date as read.
#[derive(Debug, Clone, Serialize)]
pub struct DateReport {
    /// As written.
    pub text: String,
    /// "2025-08-18", "2025-08", "2025-08-11..2025-08-17", or "unresolved".
    pub value: String,
    /// Read against the publication date.
    pub relative: bool,
}

/// A claim with what the judge keys it by.
#[derive(Debug, Clone, Serialize)]
pub struct ExplainedClaim {
    /// The claim as reports show it.
    #[serde(flatten)]
    pub claim: ClaimReport,
    /// figure, date, attribution or role.
    pub kind: String,
    /// Topic id, or "~head" for the generic key, or null.
    pub topic: Option<String>,
    /// The question the claim answers, as findings name their slot.
    pub slot: String,
    /// For a date: the verb read as telling what happened, where one was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// For a date: whom or what the happening befell, as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patient: Option<String>,
    /// For a count: whether its sentence tells it as what stands or as a
    /// happening's tally, where its verb shows which.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub told: Option<crate::extract::figure::Telling>,
}

/// Explains every document of an audit (usually one).
pub fn build(audit: &Audit, rules: &crate::rules::RuleSet) -> Vec<Explanation> {
    audit
        .documents
        .iter()
        .enumerate()
        .map(|(index, doc)| {
            let sentences = doc
                .sentences()
                .map(|(s, info)| {
                    let (line, column) = doc.locate(info.start);
                    SentenceReport {
                        line,
                        column,
                        kind: kind_name(&info.kind).to_string(),
                        text: doc.sentence_text(s).to_string(),
                        dropped: info.dropped.map(|d| d.reason().to_string()),
                        dates: doc
                            .dates()
                            .iter()
                            .filter(|d| d.sentence == s)
                            .map(|d| DateReport {
                                text: doc.text_at(d.start, d.end).to_string(),
                                value: d
                                    .span
                                    .map_or_else(|| "unresolved".to_string(), |s| s.display()),
                                relative: d.relative,
                            })
                            .collect(),
                        claims: audit
                            .claims
                            .iter()
                            .enumerate()
                            .filter(|(_, c)| c.source == index && c.sentence == s)
                            .map(|(n, c)| {
                                let (verb, patient) = match &c.body {
                                    ClaimBody::Date(d) => (
                                        d.verb.as_deref().map(str::to_string),
                                        Some(d.patient.clone()).filter(|p| !p.is_empty()),
                                    ),
                                    _ => (None, None),
                                };
                                ExplainedClaim {
                                    claim: claim_report(&audit.documents[index], c),
                                    kind: c.body.kind().name().to_string(),
                                    topic: crate::pair::block_key(c, rules).map(|_| {
                                        crate::slot::topic_name(&[n], &audit.claims, rules)
                                    }),
                                    slot: crate::slot::claim_slot_label(c, rules),
                                    verb,
                                    patient,
                                    told: match &c.body {
                                        ClaimBody::Figure(f) => f.told,
                                        _ => None,
                                    },
                                }
                            })
                            .collect(),
                    }
                })
                .collect();
            Explanation {
                source: doc.document.id.clone(),
                path: doc.document.path.display().to_string(),
                published: doc.document.meta.published.map(|p| p.to_string()),
                sentences,
            }
        })
        .collect()
}

/// Plain text: each sentence with a claim line under it.
pub fn write_text(explanations: &[Explanation], sink: &mut dyn Write) -> io::Result<()> {
    for e in explanations {
        let mut out = String::new();
        out.push_str(&format!(
            "# {} ({}), published {}\n",
            e.source,
            e.path,
            e.published.as_deref().unwrap_or("unknown")
        ));
        for s in &e.sentences {
            out.push_str(&format!(
                "{}:{} [{}] {}\n",
                s.line, s.column, s.kind, s.text
            ));
            if let Some(reason) = &s.dropped {
                out.push_str(&format!("    dropped: {reason}\n"));
            }
            for d in &s.dates {
                let how = if d.relative { "relative" } else { "absolute" };
                out.push_str(&format!("    when {:?} = {} ({how})\n", d.text, d.value));
            }
            for c in &s.claims {
                out.push_str(&format!(
                    "    {} {} = {}  ({})\n",
                    c.kind,
                    c.topic.as_deref().unwrap_or("-"),
                    c.claim.value,
                    c.claim.text
                ));
            }
        }
        sink.write_all(out.as_bytes())?;
    }
    Ok(())
}

fn kind_name(kind: &SentenceKind) -> &'static str {
    match kind {
        SentenceKind::Prose => "prose",
        SentenceKind::Heading => "heading",
        SentenceKind::ListItem => "list-item",
        SentenceKind::TableRow(_) => "table-row",
    }
}

//! Reports: the stable, serialisable model of an audit (the JSON report of
//! DESIGN.md), and one printer per output format. Printers return text; the
//! binary decides where it goes.

pub mod csv;
pub mod explain;
pub mod github;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;
pub mod table;

use serde::Serialize;

use crate::audit::{claim_value, Audit, Finding};
use crate::extract::{Claim, ClaimBody};
use crate::warning::Warning;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people, fitted to the terminal.
    Table,
    /// The stable JSON report for programs.
    Json,
    /// One row per side of each finding, for spreadsheets and scripts.
    Csv,
    /// A summary, a table and the evidence, to paste into a pull-request comment.
    Markdown,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// JUnit XML, for CI systems that show test results.
    Junit,
}

/// The JSON report, version 1.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Format version; bumped only on incompatible change.
    pub version: u32,
    /// Every document read.
    pub sources: Vec<SourceSummary>,
    /// Findings, sorted.
    pub findings: Vec<FindingReport>,
    /// Problems that did not stop the run.
    pub warnings: Vec<WarningReport>,
    /// Findings hidden because a reviewer dismissed them.
    #[serde(skip_serializing_if = "is_zero")]
    pub dismissed: usize,
    /// Decisions that match no finding any more (the documents changed).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stale_decisions: Vec<StaleDecision>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A recorded decision that matches nothing now.
#[derive(Debug, Clone, Serialize)]
pub struct StaleDecision {
    /// The fingerprint it was recorded for.
    pub fingerprint: String,
    /// confirmed or dismissed.
    pub decision: String,
    /// What the finding was, as recorded.
    pub finding: Option<String>,
}

/// A document as the report lists it.
#[derive(Debug, Clone, Serialize)]
pub struct SourceSummary {
    /// Document id.
    pub id: String,
    /// Path as given.
    pub path: String,
    /// Publication date, if known.
    pub published: Option<String>,
    /// Sentences read.
    pub sentences: usize,
    /// Claims extracted.
    pub claims: usize,
}

/// One finding.
#[derive(Debug, Clone, Serialize)]
pub struct FindingReport {
    /// "F1", in report order.
    pub id: String,
    /// Stable across unrelated edits.
    pub fingerprint: String,
    /// figure, date, attribution or role.
    pub kind: String,
    /// contradiction, time-shifted or agreement.
    pub verdict: String,
    /// Topic id or generic key.
    pub topic: String,
    /// 0 to 1.
    pub confidence: f64,
    /// Why.
    pub explanation: String,
    /// One entry per side.
    pub claims: Vec<ClaimReport>,
}

/// One side of a finding.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimReport {
    /// Document id.
    pub source: String,
    /// Path as given.
    pub path: String,
    /// 1-based line of the claim.
    pub line: usize,
    /// 1-based column of the claim.
    pub column: usize,
    /// The whole sentence.
    pub sentence: String,
    /// The span that carries the value.
    pub text: String,
    /// Normalised value, e.g. "90000000000 USD".
    pub value: String,
    /// The value, structured.
    pub parsed: Parsed,
}

/// A claim's value, structured by kind.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Parsed {
    /// A figure: open bounds are null.
    Figure {
        /// Lower bound in `unit`.
        low: Option<f64>,
        /// Upper bound in `unit`.
        high: Option<f64>,
        /// Unit: a currency code, "percent", "people", "minutes".
        unit: String,
    },
    /// A quote: who said it and the words.
    Attribution {
        /// The speaker, or the description of an unnamed one.
        speaker: String,
        /// The words inside the quotation marks.
        quote: String,
    },
    /// A role: who holds which title.
    Role {
        /// The person.
        person: String,
        /// The title as written, "former" included.
        role: String,
    },
    /// A date: the first and last day it may be.
    Date {
        /// First day, YYYY-MM-DD.
        start: String,
        /// Last day, YYYY-MM-DD.
        end: String,
    },
}

/// A warning, with the path as text.
#[derive(Debug, Clone, Serialize)]
pub struct WarningReport {
    /// The file concerned.
    pub path: String,
    /// What happened.
    pub message: String,
}

impl From<&Warning> for WarningReport {
    fn from(w: &Warning) -> Self {
        WarningReport {
            path: w.path.display().to_string(),
            message: w.message.clone(),
        }
    }
}

/// Builds the report model of an audit.
pub fn build(audit: &Audit) -> Report {
    build_with(audit, &audit.findings)
}

/// Builds the report model of an audit showing `findings` (those left after
/// review decisions) instead of all it found.
pub fn build_with(audit: &Audit, findings: &[Finding]) -> Report {
    let mut claims_per_source = vec![0usize; audit.documents.len()];
    for claim in &audit.claims {
        if let Some(n) = claims_per_source.get_mut(claim.source) {
            *n += 1;
        }
    }
    Report {
        version: 1,
        sources: audit
            .documents
            .iter()
            .zip(claims_per_source)
            .map(|(d, claims)| SourceSummary {
                id: d.document.id.clone(),
                path: d.document.path.display().to_string(),
                published: d.document.meta.published.map(|p| p.to_string()),
                sentences: d.sentences.len(),
                claims,
            })
            .collect(),
        findings: findings
            .iter()
            .map(|f| FindingReport {
                id: f.id.clone(),
                fingerprint: f.fingerprint.clone(),
                kind: f.kind.name().to_string(),
                verdict: f.verdict.name().to_string(),
                topic: f.topic.clone(),
                confidence: f.confidence,
                explanation: f.explanation.clone(),
                claims: f
                    .claims
                    .iter()
                    .filter_map(|&c| audit.claims.get(c))
                    .map(|c| claim_report(audit, c))
                    .collect(),
            })
            .collect(),
        warnings: audit.warnings.iter().map(WarningReport::from).collect(),
        dismissed: 0,
        stale_decisions: Vec::new(),
    }
}

/// One claim as the report shows it.
pub fn claim_report(audit: &Audit, claim: &Claim) -> ClaimReport {
    let doc = &audit.documents[claim.source];
    let (line, column) = doc.locate(claim.start);
    ClaimReport {
        source: doc.document.id.clone(),
        path: doc.document.path.display().to_string(),
        line,
        column,
        sentence: doc.sentence_text(claim.sentence).to_string(),
        text: doc
            .document
            .text
            .get(claim.start..claim.end)
            .unwrap_or_default()
            .to_string(),
        value: claim_value(claim),
        parsed: parsed(claim),
    }
}

fn parsed(claim: &Claim) -> Parsed {
    match &claim.body {
        ClaimBody::Figure(figure) => {
            let (low, high) = figure.bounds_in_own_unit();
            Parsed::Figure {
                low,
                high,
                unit: figure.unit_name(),
            }
        }
        ClaimBody::Date(date) => Parsed::Date {
            start: date.span.start.to_string(),
            end: date.span.end.to_string(),
        },
        ClaimBody::Attribution(quote) => Parsed::Attribution {
            speaker: quote.speaker_name.clone(),
            quote: quote.quote.clone(),
        },
        ClaimBody::Role(role) => Parsed::Role {
            person: role.person_name.clone(),
            role: role.role_text(),
        },
    }
}

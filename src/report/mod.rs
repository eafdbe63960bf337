//! Reports: the stable, serialisable model of an audit (the JSON report of
//! DESIGN.md), and one printer per output format. Printers return text; the
//! binary decides where it goes.

pub mod check;
pub mod csv;
pub mod explain;
pub mod github;
pub mod html;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;
pub mod table;

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use crate::audit::{claim_value, AnalysedDocument, Audit, Finding};
use crate::extract::{Claim, ClaimBody, ClaimKind};
use crate::judge::Verdict;
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
    /// One self-contained page (inline style and script, nothing fetched)
    /// to open offline or send as an attachment, with filters.
    Html,
}

/// What a command prints: each format prints the models it has a shape
/// for.
#[derive(Debug, Clone, Copy)]
pub enum Printable<'a> {
    /// An audit's findings (`audit`, `review`).
    Audit(&'a Report),
    /// A fact table checked (`check`).
    Check(&'a check::FactReport),
    /// What the pipeline read in each document (`explain`).
    Explain(&'a [explain::Explanation]),
}

/// Why a report could not be printed.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The output could not be written.
    #[error("cannot write output: {0}")]
    Io(#[from] io::Error),
    /// The command has no such format.
    #[error("explain prints table or json, not {0}")]
    Unsupported(&'static str),
}

impl Format {
    /// The format's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Markdown => "markdown",
            Format::Sarif => "sarif",
            Format::Junit => "junit",
            Format::Html => "html",
        }
    }

    /// Writes `what` in this format: one entry point for every command, each
    /// printer writing as it goes.
    pub fn render(
        self,
        what: Printable,
        style: table::TableStyle,
        out: &mut dyn Write,
    ) -> Result<(), RenderError> {
        match (what, self) {
            (Printable::Audit(report), Format::Json) => json::write(report, out)?,
            (Printable::Audit(report), Format::Table) => table::write(report, style, out)?,
            (Printable::Audit(report), Format::Csv) => csv::write(report, out)?,
            (Printable::Audit(report), Format::Markdown) => markdown::write(report, out)?,
            (Printable::Audit(report), Format::Sarif) => sarif::write(report, out)?,
            (Printable::Audit(report), Format::Junit) => junit::write(report, out)?,
            (Printable::Audit(report), Format::Html) => html::write(report, None, out)?,
            (Printable::Check(report), Format::Json) => json::write(report, out)?,
            (Printable::Check(report), Format::Table) => check::write_text(report, out)?,
            (Printable::Check(report), Format::Junit) => check::write_junit(report, out)?,
            (Printable::Check(report), Format::Html) => html::write_check(report, out)?,
            (Printable::Check(report), Format::Markdown) => {
                writeln!(out, "**crosscheck check**: {}\n", report.summary())?;
                markdown::write(&check::as_report(report), out)?
            }
            // The others show contradicted facts as findings: fact against
            // the claims that disagree.
            (Printable::Check(report), other) => {
                other.render(Printable::Audit(&check::as_report(report)), style, out)?
            }
            (Printable::Explain(explained), Format::Json) => json::write(explained, out)?,
            (Printable::Explain(explained), Format::Table) => explain::write_text(explained, out)?,
            (Printable::Explain(_), other) => return Err(RenderError::Unsupported(other.name())),
        }
        Ok(())
    }
}

/// What a writer wrote, as text: for tests of the printers.
#[cfg(test)]
pub(crate) fn written(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> String {
    let mut out = Vec::new();
    write(&mut out).expect("writing to memory");
    String::from_utf8(out).expect("printers write UTF-8")
}

/// The JSON report, version 2: one finding per fact slot, its versions as
/// camps.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Format version; bumped only on incompatible change.
    pub version: u32,
    /// Every document read.
    pub sources: Vec<SourceSummary>,
    /// Findings, sorted.
    pub findings: Vec<FindingReport>,
    /// Findings not shown, and why.
    pub hidden: Hidden,
    /// Decisions that match no finding any more (the documents changed).
    pub stale_decisions: Vec<StaleDecision>,
    /// Problems that did not stop the run.
    pub warnings: Vec<WarningReport>,
}

impl Report {
    /// The one-line tally the table and Markdown open or close with.
    pub fn summary(&self) -> String {
        let count = |verdict: Verdict| {
            self.findings
                .iter()
                .filter(|f| f.verdict == verdict)
                .count()
        };
        format!(
            "{} contradiction(s), {} time-shifted, {} agreement(s) across {} source(s)",
            count(Verdict::Contradiction),
            count(Verdict::TimeShifted),
            count(Verdict::Agreement),
            self.sources.len()
        )
    }
}

/// The version of the JSON report this crate writes.
pub const REPORT_VERSION: u32 = 2;

/// Findings left out of the report, counted so nothing vanishes silently.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Hidden {
    /// Dismissed by a reviewer.
    pub dismissed: usize,
    /// Below the configured `min-confidence`.
    pub below_confidence: usize,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// Contradictions it takes part in.
    pub disputed: usize,
    /// Contradictions in which its version has less support than another.
    pub outvoted: usize,
}

impl SourceSummary {
    /// A document read with `claims` claims, before any finding counts
    /// its disputes.
    pub fn read(doc: &AnalysedDocument, claims: usize) -> Self {
        SourceSummary {
            id: doc.document.id.clone(),
            path: doc.document.path.display().to_string(),
            published: doc.document.meta.published.map(|p| p.to_string()),
            sentences: doc.sentence_count,
            claims,
            disputed: 0,
            outvoted: 0,
        }
    }
}

/// One finding: a fact slot and its versions.
#[derive(Debug, Clone, Serialize)]
pub struct FindingReport {
    /// "F1", in report order.
    pub id: String,
    /// The slot and its set of camp values: stable across new copies and
    /// unrelated edits, changed by a new value.
    pub fingerprint: String,
    /// figure, date, attribution or role.
    pub kind: ClaimKind,
    /// contradiction, time-shifted or agreement.
    pub verdict: Verdict,
    /// The question: "Donald Trump: title".
    pub slot: String,
    /// Topic id or generic key.
    pub topic: String,
    /// 0 to 1.
    pub confidence: f64,
    /// Why.
    pub explanation: String,
    /// The versions, best supported first.
    pub camps: Vec<CampReport>,
    /// The evidence: one claim per sentence of each source and camp.
    pub claims: Vec<FindingClaim>,
}

impl FindingReport {
    /// The claims of camp `camp`.
    pub fn claims_of(&self, camp: usize) -> impl Iterator<Item = &ClaimReport> + '_ {
        self.claims
            .iter()
            .filter(move |c| c.camp == camp)
            .map(|c| &c.claim)
    }
}

/// One version of a slot.
#[derive(Debug, Clone, Serialize)]
pub struct CampReport {
    /// The value(s), as written in reports: "former president".
    pub value: String,
    /// The first value, structured.
    pub parsed: Parsed,
    /// Document ids, every one.
    pub sources: Vec<String>,
    /// How many documents.
    pub documents: usize,
    /// Independent voices (syndicated copies are one).
    pub voices: usize,
    /// Weight of its voices, by how often their sources are outvoted:
    /// "supported by", never "true".
    pub support: f64,
}

impl CampReport {
    /// The first `shown` sources, sorted, and how many more there are: what
    /// a table cell names of a camp of thousands.
    pub fn named_sources(&self, shown: usize) -> (Vec<&str>, usize) {
        let mut named: Vec<&str> = self
            .sources
            .iter()
            .take(shown)
            .map(String::as_str)
            .collect();
        named.sort_unstable();
        (named, self.sources.len().saturating_sub(shown))
    }
}

/// A claim in a finding, with its camp.
#[derive(Debug, Clone, Serialize)]
pub struct FindingClaim {
    /// Index into the finding's `camps`.
    pub camp: usize,
    /// The claim.
    #[serde(flatten)]
    pub claim: ClaimReport,
}

/// One side of a finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// Nothing structured to show: never written for a camp, which always
    /// has a claim; kept so a report is built without a panic whatever
    /// happens.
    None {},
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

/// What a report shows besides its findings: the documents read and each
/// claim as evidence. An audit in memory gives it, and so do the records of
/// the stage commands (`crosscheck report`).
pub trait Evidence {
    /// Every document read, in corpus order, with its sentences and claims
    /// counted (`disputed` and `outvoted` are the report's to fill in).
    fn sources(&self) -> Vec<SourceSummary>;
    /// Claim `index`, as findings number claims, as the report shows it.
    fn claim(&self, index: usize) -> Option<ClaimReport>;
    /// Problems that did not stop the run.
    fn warnings(&self) -> Vec<WarningReport>;
}

impl Evidence for Audit {
    fn sources(&self) -> Vec<SourceSummary> {
        let mut claims_per_source = vec![0usize; self.documents.len()];
        for claim in &self.claims {
            if let Some(n) = claims_per_source.get_mut(claim.source) {
                *n += 1;
            }
        }
        self.documents
            .iter()
            .zip(claims_per_source)
            .map(|(d, claims)| SourceSummary::read(d, claims))
            .collect()
    }

    fn claim(&self, index: usize) -> Option<ClaimReport> {
        let claim = self.claims.get(index)?;
        Some(claim_report(self.documents.get(claim.source)?, claim))
    }

    fn warnings(&self) -> Vec<WarningReport> {
        self.warnings.iter().map(WarningReport::from).collect()
    }
}

/// Builds the report model of an audit.
pub fn build(audit: &Audit) -> Report {
    build_with(audit, &audit.findings)
}

/// Builds the report model of `findings` (those left after review
/// decisions, or all found) with their evidence.
pub fn build_with(evidence: &dyn Evidence, findings: &[Finding]) -> Report {
    let mut sources = evidence.sources();
    for finding in findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradiction)
    {
        let best = finding.camps.iter().map(|c| c.support).fold(0.0, f64::max);
        // Once per finding: a source in two camps is disputed once, and
        // outvoted only when none of its camps has the best support.
        let mut standing: BTreeMap<usize, bool> = BTreeMap::new();
        for camp in &finding.camps {
            for &s in &camp.sources {
                *standing.entry(s).or_insert(false) |= camp.support >= best;
            }
        }
        for (s, best_supported) in standing {
            if let Some(source) = sources.get_mut(s) {
                source.disputed += 1;
                if !best_supported {
                    source.outvoted += 1;
                }
            }
        }
    }
    let findings = findings
        .iter()
        .map(|f| finding_report(evidence, &sources, f))
        .collect();
    Report {
        version: REPORT_VERSION,
        sources,
        findings,
        hidden: Hidden::default(),
        stale_decisions: Vec::new(),
        warnings: evidence.warnings(),
    }
}

/// One finding as the report shows it.
fn finding_report(
    evidence: &dyn Evidence,
    sources: &[SourceSummary],
    finding: &Finding,
) -> FindingReport {
    let id_of = |s: usize| sources.get(s).map_or_else(String::new, |d| d.id.clone());
    let claims: Vec<(usize, usize, ClaimReport)> = finding
        .claims()
        .filter_map(|(camp, c)| Some((camp, c, evidence.claim(c)?)))
        .collect();
    FindingReport {
        id: finding.id.clone(),
        fingerprint: finding.fingerprint.clone(),
        kind: finding.kind,
        verdict: finding.verdict,
        slot: finding.slot.clone(),
        topic: finding.topic.clone(),
        confidence: finding.confidence,
        explanation: finding.explanation.clone(),
        camps: finding
            .camps
            .iter()
            .enumerate()
            .map(|(n, camp)| {
                let own = || claims.iter().filter(move |(of, _, _)| *of == n);
                CampReport {
                    value: camp.value(),
                    // The camp's first value, structured: the claim that
                    // gives it, else the camp's first claim.
                    parsed: own()
                        .find(|(_, _, c)| camp.values.first() == Some(&c.value))
                        .or_else(|| own().next())
                        .map_or(Parsed::None {}, |(_, _, c)| c.parsed.clone()),
                    sources: camp.sources.iter().map(|&s| id_of(s)).collect(),
                    documents: camp.sources.len(),
                    voices: camp.voice_count(),
                    support: camp.support,
                }
            })
            .collect(),
        claims: claims
            .into_iter()
            .map(|(camp, _, claim)| FindingClaim { camp, claim })
            .collect(),
    }
}

/// One claim of `doc` as the report shows it.
pub fn claim_report(doc: &AnalysedDocument, claim: &Claim) -> ClaimReport {
    let (line, column) = doc.locate(claim.start);
    ClaimReport {
        source: doc.document.id.clone(),
        path: doc.document.path.display().to_string(),
        line,
        column,
        sentence: doc.sentence_text(claim.sentence).to_string(),
        text: doc.text_at(claim.start, claim.end).to_string(),
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

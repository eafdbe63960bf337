//! A fact check as reports show it: the JSON of `crosscheck check`, the
//! text and JUnit printers, and the check as an audit report for the other
//! formats. The model is built from a [`FactCheck`]; the fact table's own
//! modules never print.

use std::io::{self, Write};

use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus};
use serde::Serialize;

use crate::audit::Audit;
use crate::extract::ClaimKind;
use crate::judge::Verdict;
use crate::normalise::interval::format_number;
use crate::report::junit::write_cases;
use crate::report::table::around;
use crate::report::{ClaimReport, Evidence, Parsed, SourceSummary, WarningReport};

use crate::facts::{date_tolerance, tolerance_text, FactCheck, FactResult, FactStatus, FactValue};

/// A fact check as reports show it: the JSON of `crosscheck check`, and
/// what the text and JUnit printers read.
#[derive(Debug, Clone, Serialize)]
pub struct FactReport {
    /// Format version; bumped only on incompatible change.
    pub version: u32,
    /// One per fact, in table order.
    pub facts: Vec<CheckedFact>,
    /// Pairs of facts that contradict each other.
    pub conflicts: Vec<ConflictReport>,
    /// Every document read.
    pub sources: Vec<SourceSummary>,
    /// Problems reading the documents that did not stop the run.
    pub warnings: Vec<WarningReport>,
}

impl FactReport {
    /// The one-line tally the text and Markdown close or open with.
    pub fn summary(&self) -> String {
        let count = |status: FactStatus| self.facts.iter().filter(|f| f.status == status).count();
        format!(
            "{} contradicted, {} confirmed, {} unchecked of {} fact(s); {} table conflict(s); {} source(s) read",
            count(FactStatus::Contradicted),
            count(FactStatus::Confirmed),
            count(FactStatus::Unchecked),
            self.facts.len(),
            self.conflicts.len(),
            self.sources.len()
        )
    }

    /// True when the run must fail (exit 1); see [`FactCheck::fails`].
    pub fn fails(&self, require_all: bool) -> bool {
        crate::facts::failing(
            self.facts.iter().map(|f| f.status),
            self.conflicts.len(),
            require_all,
        )
    }
}

/// A fact, where it is written, and the claims it governs.
#[derive(Debug, Clone, Serialize)]
pub struct CheckedFact {
    /// The fact's id.
    pub id: String,
    /// The table's path, as given.
    pub path: String,
    /// 1-based line of the fact's `id`.
    pub line: u64,
    /// 1-based column of the fact's `id`.
    pub column: u64,
    /// `about` as written.
    pub about: String,
    /// `subject` as written.
    pub subject: Option<String>,
    /// The value (or date) as written.
    pub text: String,
    /// The value normalised as claims' values are ("2800000000 USD").
    pub value: String,
    /// The value, structured as claims' values are.
    pub parsed: Parsed,
    /// The fact's own tolerance ("5%", "5 minutes", "2 days").
    pub tolerance: Option<String>,
    /// The day the value holds.
    pub as_of: Option<String>,
    /// Where the value comes from.
    pub note: Option<String>,
    /// contradicted, confirmed or unchecked.
    pub status: FactStatus,
    /// The governed claims, in audit order.
    pub claims: Vec<GovernedClaim>,
}

impl CheckedFact {
    /// "facts.yaml:4:9".
    pub fn location(&self) -> String {
        format!("{}:{}:{}", self.path, self.line, self.column)
    }
}

/// A claim a fact governs: the verdict, why, and the claim as audit
/// reports cite it (`path:line:column`, sentence, text, value).
#[derive(Debug, Clone, Serialize)]
pub struct GovernedClaim {
    /// contradiction, time-shifted or agreement.
    pub verdict: Verdict,
    /// One line a reviewer can check.
    pub explanation: String,
    /// The claim.
    #[serde(flatten)]
    pub claim: ClaimReport,
}

/// Two facts of the table that cannot both hold.
#[derive(Debug, Clone, Serialize)]
pub struct ConflictReport {
    /// The two facts: id, place and value.
    pub facts: Vec<FactRef>,
    /// Why they clash.
    pub explanation: String,
}

/// A fact named in a conflict.
#[derive(Debug, Clone, Serialize)]
pub struct FactRef {
    /// The fact's id.
    pub id: String,
    /// "facts.yaml:4:9".
    pub location: String,
    /// The value as written.
    pub text: String,
}

/// Builds the report model of a check (the audit gives the claims' places).
pub fn report(check: &FactCheck, audit: &Audit) -> FactReport {
    FactReport {
        version: 1,
        facts: check
            .results
            .iter()
            .map(|r| checked_fact(r, audit))
            .collect(),
        conflicts: check
            .conflicts
            .iter()
            .map(|c| ConflictReport {
                facts: [&c.first, &c.second]
                    .into_iter()
                    .map(|f| FactRef {
                        id: f.id.clone(),
                        location: f.location(),
                        text: f.value_text.clone(),
                    })
                    .collect(),
                explanation: c.explanation.clone(),
            })
            .collect(),
        sources: crate::report::build_with(audit, &[]).sources,
        warnings: audit.warnings.iter().map(WarningReport::from).collect(),
    }
}

fn checked_fact(result: &FactResult, audit: &Audit) -> CheckedFact {
    let fact = &result.fact;
    let (parsed, tolerance) = match &fact.value {
        FactValue::Figure(figure) => {
            let (low, high) = figure.bounds_in_own_unit();
            (
                Parsed::Figure {
                    low,
                    high,
                    unit: figure.unit_name(),
                },
                fact.tolerance.map(|t| tolerance_text(t, &figure.unit)),
            )
        }
        FactValue::Date(span) => (
            Parsed::Date {
                start: span.start.to_string(),
                end: span.end.to_string(),
            },
            fact.tolerance
                .map(|_| format!("{} day(s)", format_number(date_tolerance(fact)))),
        ),
    };
    CheckedFact {
        id: fact.id.clone(),
        path: fact.path.display().to_string(),
        line: fact.line,
        column: fact.column,
        about: fact.about_text.clone(),
        subject: fact.subject.as_ref().map(|s| s.text.clone()),
        text: fact.value_text.clone(),
        value: fact.value_normalised(),
        parsed,
        tolerance,
        as_of: fact.as_of.map(|d| d.to_string()),
        note: fact.note.clone(),
        status: result.status,
        claims: result
            .claims
            .iter()
            .filter_map(|c| {
                Some(GovernedClaim {
                    verdict: c.verdict,
                    explanation: c.explanation.clone(),
                    claim: audit.claim(c.claim)?,
                })
            })
            .collect(),
    }
}

/// The check as plain text: each fact with its status and the claims it
/// governs (contradicting ones with their sentence), the table's conflicts,
/// and a summary line (warnings go to standard error, from the binary).
pub fn write_text(report: &FactReport, sink: &mut dyn Write) -> io::Result<()> {
    for fact in &report.facts {
        let mut out = String::new();
        out.push_str(&format!(
            "{} {} {}\n",
            fact.status.name().to_uppercase(),
            fact.id,
            fact.location()
        ));
        let subject = fact
            .subject
            .as_ref()
            .map(|s| format!(", subject {s}"))
            .unwrap_or_default();
        let value = if fact.text == fact.value {
            fact.text.clone()
        } else {
            format!("{} = {}", fact.text, fact.value)
        };
        out.push_str(&format!(
            "  fact: {value} (about {}{subject})\n",
            fact.about
        ));
        if let Some(note) = &fact.note {
            out.push_str(&format!("  note: {note}\n"));
        }
        if fact.claims.is_empty() {
            out.push_str("  no document mentions it\n");
        }
        for governed in &fact.claims {
            let c = &governed.claim;
            out.push_str(&format!(
                "  {}: {}:{}:{} {}: {} = {}\n    {}\n",
                governed.verdict.name(),
                c.path,
                c.line,
                c.column,
                c.source,
                c.text,
                c.value,
                governed.explanation
            ));
            if governed.verdict != Verdict::Agreement {
                out.push_str(&format!("    “{}”\n", around(&c.sentence, &c.text)));
            }
        }
        sink.write_all(out.as_bytes())?;
    }
    let mut out = String::new();
    for conflict in &report.conflicts {
        let sides: Vec<String> = conflict
            .facts
            .iter()
            .map(|f| format!("{} {} ({})", f.id, f.location, f.text))
            .collect();
        out.push_str(&format!(
            "TABLE CONFLICT {}\n  {}\n",
            sides.join(" / "),
            conflict.explanation
        ));
    }
    out.push_str(&report.summary());
    out.push('\n');
    sink.write_all(out.as_bytes())
}

/// The JUnit class name of fact cases.
pub const FACTS_CLASS: &str = "crosscheck.facts";

/// The check as JUnit XML: one case per fact (failed when contradicted,
/// skipped when unchecked) and one failed case per table conflict.
pub fn write_junit(report: &FactReport, out: &mut dyn Write) -> io::Result<()> {
    let facts = report.facts.iter().map(|fact| {
        let status = match fact.status {
            FactStatus::Confirmed => TestCaseStatus::success(),
            FactStatus::Unchecked => {
                let mut status = TestCaseStatus::skipped();
                status.set_message("no document mentions it");
                status
            }
            FactStatus::Contradicted => {
                let against: Vec<&GovernedClaim> = fact
                    .claims
                    .iter()
                    .filter(|c| c.verdict == Verdict::Contradiction)
                    .collect();
                let message: Vec<&str> = against.iter().map(|c| c.explanation.as_str()).collect();
                let mut evidence = format!("fact {} at {}\n", fact.text, fact.location());
                for c in &against {
                    let claim = &c.claim;
                    evidence.push_str(&format!(
                        "{}:{}:{}: {}: {} = {}\n  \"{}\"\n",
                        claim.path,
                        claim.line,
                        claim.column,
                        claim.source,
                        claim.text,
                        claim.value,
                        claim.sentence
                    ));
                }
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                status
                    .set_message(message.join("\n"))
                    .set_type("contradiction")
                    .set_description(evidence);
                status
            }
        };
        let mut case = TestCase::new(format!("fact {}", fact.id), status);
        case.set_classname(FACTS_CLASS);
        case
    });
    let conflicts = report.conflicts.iter().map(|conflict| {
        let ids: Vec<&str> = conflict.facts.iter().map(|f| f.id.as_str()).collect();
        let places: Vec<String> = conflict
            .facts
            .iter()
            .map(|f| format!("{}: {} = {}\n", f.location, f.id, f.text))
            .collect();
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
        status
            .set_message(conflict.explanation.as_str())
            .set_type("table-conflict")
            .set_description(places.concat());
        let mut case = TestCase::new(format!("table conflict {}", ids.join(" / ")), status);
        case.set_classname(FACTS_CLASS);
        case
    });
    write_cases(facts.chain(conflicts), out)
}

/// The check as an audit report, so every printer (csv, markdown, SARIF,
/// JUnit) can show it: one finding per fact that a document disagrees
/// with, the fact as camp 0 (its table file, line and column) and each
/// value the documents give instead as a camp of its own.
pub fn as_report(report: &FactReport) -> crate::report::Report {
    use crate::report::{CampReport, FindingClaim, FindingReport};
    let mut findings = Vec::new();
    for fact in &report.facts {
        let disagreeing: Vec<&GovernedClaim> = fact
            .claims
            .iter()
            .filter(|g| g.verdict != Verdict::Agreement)
            .collect();
        let Some(worst) = disagreeing.iter().map(|g| g.verdict).min() else {
            continue;
        };
        let fact_side = ClaimReport {
            source: format!("fact:{}", fact.id),
            path: fact.path.clone(),
            line: usize::try_from(fact.line).unwrap_or(0),
            column: usize::try_from(fact.column).unwrap_or(0),
            sentence: format!("{}: {} = {}", fact.id, fact.about, fact.text),
            text: fact.text.clone(),
            value: fact.value.clone(),
            parsed: fact.parsed.clone(),
        };
        let mut camps = vec![CampReport {
            value: fact.value.clone(),
            parsed: fact.parsed.clone(),
            sources: vec![fact_side.source.clone()],
            documents: 0,
            voices: 1,
            support: 1.0,
        }];
        let mut claims = vec![FindingClaim {
            camp: 0,
            claim: fact_side,
        }];
        for governed in &disagreeing {
            let claim = &governed.claim;
            let camp = match camps.iter().position(|c| c.value == claim.value) {
                Some(n) => n,
                None => {
                    camps.push(CampReport {
                        value: claim.value.clone(),
                        parsed: claim.parsed.clone(),
                        sources: Vec::new(),
                        documents: 0,
                        voices: 0,
                        support: 0.0,
                    });
                    camps.len() - 1
                }
            };
            let entry = &mut camps[camp];
            if !entry.sources.contains(&claim.source) {
                entry.sources.push(claim.source.clone());
                entry.documents += 1;
                entry.voices += 1;
                entry.support += 1.0;
            }
            claims.push(FindingClaim {
                camp,
                claim: claim.clone(),
            });
        }
        let mut values: Vec<&str> = camps.iter().map(|c| c.value.as_str()).collect();
        values.sort_unstable();
        findings.push(FindingReport {
            id: fact.id.clone(),
            fingerprint: format!("fact:{}:{}", fact.id, values.join("|")),
            kind: match fact.parsed {
                Parsed::Date { .. } => ClaimKind::Date,
                _ => ClaimKind::Figure,
            },
            verdict: worst,
            slot: format!("fact {}: {}", fact.id, fact.about),
            topic: fact.about.clone(),
            confidence: 1.0,
            explanation: disagreeing[0].explanation.clone(),
            camps,
            claims,
        });
    }
    crate::report::Report {
        version: crate::report::REPORT_VERSION,
        sources: report.sources.clone(),
        findings,
        hidden: crate::report::Hidden::default(),
        stale_decisions: Vec::new(),
        warnings: report.warnings.clone(),
    }
}

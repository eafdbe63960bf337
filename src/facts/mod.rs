//! Fact tables: established facts a team keeps (`facts.yaml`), checked
//! against what the documents claim.
//!
//! ```yaml
//! facts:
//!   - id: weapons-package
//!     about: weapons package      # words, or a topic id (deal-value)
//!     subject: Ukraine            # optional entity
//!     value: "$90 billion"        # or: date: 2025-08-18
//!     tolerance: 5%               # optional; else the topic's
//!     as_of: 2025-08-19           # optional
//!     note: White House readout   # optional
//! ```
//!
//! Values are read by the same normaliser as the documents, so "$90
//! billion", "40 minutes" and "about 20%" become intervals with units, and a
//! date is a span of days. A fact **governs** a claim when
//!
//! - the kinds match: a `value` governs figures, a `date` governs date claims;
//! - `about` matches: a topic id (an exact id from the rules, or any text
//!   with a `-` and no space, which must then be a known id) selects the
//!   claims of that topic (for a date, the event); other text is words, all
//!   of which (stemmed, function words left out) must appear in the claim's
//!   sentence or its figure's noun phrase;
//! - the units fit: the same currency, percent or percentage points,
//!   durations, one kind of measure, or counts of one class (or of classes
//!   the topic counts together), and the same rate ("a share", "a year");
//! - a figure is a plain level like the fact: no deadline, offset, change or
//!   other instance ("within 24 hours", "up 4%", "a rival bid"), and no scope
//!   ("so far", "alone", "in the northern region") unless `about` names it;
//! - if `subject` is given, the claim's sentence names that entity (a known
//!   entity through the rules' aliases, an unknown name also by its short
//!   or long form: "Granite Peak" / "Granite Peak Brewing Co");
//! - a date claim stands within [`SAME_EVENT_MAX_GAP_DAYS`] of the fact's
//!   date, unless its event happens once (a founding): further away it is
//!   another occurrence (another call, another meeting), as for the judge.
//!
//! A governed figure **contradicts** the fact when their intervals lie
//! apart by more than the tolerance: the fact's own, else the claim's
//! topic's, else 1% for money and 0 otherwise. A governed date contradicts
//! it when the spans share no day (and lie more days apart than the fact's
//! tolerance, a number of days). For a count that only grows (a
//! `cumulative` topic such as deaths), `as_of` gives the day the fact holds:
//! a claim dated another day (the date its sentence gives, else its
//! publication date) that fits growth — smaller before, larger after — is
//! `time-shifted`, not a contradiction; one that does not fit contradicts.
//! Without `as_of` every governed claim is compared as it stands.
//! Otherwise time frames are not weighed: choose `about` and `subject` so
//! that a fact governs only the claims it speaks of.
//!
//! Two facts that govern the same claims (same `about`, `subject`, unit and
//! rate) with values that cannot both hold make the table contradict itself.
//!
//! [`load`] reads a table (mistakes name file, line and column) and
//! [`check`] compares it with an [`Audit`](crate::audit::Audit);
//! [`crate::report::check`] turns the result into the serialisable report
//! (the JSON of `crosscheck check`) and prints it.

mod check;
mod table;

pub use check::{check, date_tolerance, tolerance_text};
pub use table::{load, parse};

use std::path::PathBuf;

use jiff::civil::Date;
use serde::Serialize;

use crate::extract::Figure;
use crate::judge::Verdict;
use crate::normalise::dates::DateSpan;
use crate::normalise::entities::EntityRef;
use crate::rules::Tolerance;
use crate::yaml::YamlError;

/// Why a fact table could not be used (the binary exits with 2).
#[derive(Debug, thiserror::Error)]
pub enum FactsError {
    /// A syntax, type or value mistake, with file, line and column.
    #[error(transparent)]
    Yaml(#[from] YamlError),
    /// The file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why, as the system said it.
        source: std::io::Error,
    },
}

/// A fact table, read and validated: what `check` compares documents with.
#[derive(Debug, Clone, PartialEq)]
pub struct FactTable {
    /// The file it was read from, for citing.
    pub path: PathBuf,
    /// Facts in file order.
    pub facts: Vec<Fact>,
}

/// One established fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Unique id, as written.
    pub id: String,
    /// Which claims it governs.
    pub about: About,
    /// `about` as written, for reports.
    pub about_text: String,
    /// The entity the governed claims must name, if any.
    pub subject: Option<Subject>,
    /// The value, normalised.
    pub value: FactValue,
    /// The value as written ("$90 billion", "2025-08-18"), for reports.
    pub value_text: String,
    /// Its own tolerance, in the value's base unit (for a date, in days);
    /// `None` uses the claim's topic's.
    pub tolerance: Option<Tolerance>,
    /// The day the value holds, for counts that grow.
    pub as_of: Option<Date>,
    /// Where the value comes from, for reviewers.
    pub note: Option<String>,
    /// The table's file, for citing.
    pub path: PathBuf,
    /// 1-based line of the fact's `id`.
    pub line: u64,
    /// 1-based column of the fact's `id`.
    pub column: u64,
}

impl Fact {
    /// "facts.yaml:4:9": where a reviewer finds the fact.
    pub fn location(&self) -> String {
        format!("{}:{}:{}", self.path.display(), self.line, self.column)
    }

    /// The value as reports write claims' values: "90000000000 USD",
    /// "2025-08-18", so the two sides read alike.
    pub fn value_normalised(&self) -> String {
        match &self.value {
            FactValue::Figure(figure) => figure.value_text(),
            FactValue::Date(span) => span.display(),
        }
    }
}

/// What selects the claims a fact governs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum About {
    /// A topic (index into `RuleSet::topics` of the rules the table was read with).
    Topic(usize),
    /// Words, read as the documents are.
    Words(AboutWords),
}

/// `about` written as words: they select the claims whose sentence holds
/// them all, or the claims of a topic they name by its trigger words ("phone
/// call" names the length and the date of a call) whose sentence holds one
/// of them and every word no trigger covers. The fact then governs the
/// whole slot of each claim it selects, however the other documents word
/// it ("for approximately 40 minutes" in a timeline row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AboutWords {
    /// Stems of the content words, sorted.
    pub all: Vec<String>,
    /// Topics whose trigger phrases stand in the words.
    pub topics: Vec<usize>,
    /// Stems of the content words no trigger covers, sorted.
    pub rest: Vec<String>,
}

/// The entity a fact is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    /// As written in the table.
    pub text: String,
    /// As resolved through the rules.
    pub entity: EntityRef,
}

/// A fact's value, normalised like a claim's.
#[derive(Debug, Clone, PartialEq)]
pub enum FactValue {
    /// A quantity (governs figure claims); `topic` is the `about` topic.
    Figure(Box<Figure>),
    /// A span of days (governs date claims).
    Date(DateSpan),
}

/// How a fact fared against the documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FactStatus {
    /// Some claim contradicts it: the run fails.
    Contradicted,
    /// Claims govern it and none contradicts it.
    Confirmed,
    /// No document mentions it.
    Unchecked,
}

impl FactStatus {
    /// The name reports use.
    pub fn name(self) -> &'static str {
        match self {
            FactStatus::Contradicted => "contradicted",
            FactStatus::Confirmed => "confirmed",
            FactStatus::Unchecked => "unchecked",
        }
    }
}

/// One claim a fact governs, and how it compares.
#[derive(Debug, Clone, PartialEq)]
pub struct FactClaim {
    /// Index into `Audit::claims`; `report::claim_report` cites it.
    pub claim: usize,
    /// Contradiction, time-shifted or agreement.
    pub verdict: Verdict,
    /// One line a reviewer can check.
    pub explanation: String,
}

/// One fact with the claims it governs.
#[derive(Debug, Clone, PartialEq)]
pub struct FactResult {
    /// The fact.
    pub fact: Fact,
    /// Contradicted, confirmed or unchecked.
    pub status: FactStatus,
    /// The governed claims, in audit order.
    pub claims: Vec<FactClaim>,
}

/// Two facts of the table that cannot both hold.
#[derive(Debug, Clone, PartialEq)]
pub struct FactConflict {
    /// The earlier fact in the file.
    pub first: Fact,
    /// The later one.
    pub second: Fact,
    /// Why they clash.
    pub explanation: String,
}

/// What checking a table against an audit found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FactCheck {
    /// One per fact, in table order.
    pub results: Vec<FactResult>,
    /// Pairs of facts that contradict each other.
    pub conflicts: Vec<FactConflict>,
}

impl FactCheck {
    /// True when the run must fail (exit 1): a document contradicts a fact,
    /// the table contradicts itself, or (with `require_all`) a fact is
    /// unchecked.
    pub fn fails(&self, require_all: bool) -> bool {
        failing(
            self.results.iter().map(|r| r.status),
            self.conflicts.len(),
            require_all,
        )
    }
}

/// A check fails on a contradicted fact or a table conflict, and with
/// `require_all` on an unchecked fact too: one rule for the check and its
/// report.
pub fn failing(
    mut statuses: impl Iterator<Item = FactStatus>,
    conflicts: usize,
    require_all: bool,
) -> bool {
    conflicts > 0
        || statuses
            .any(|s| s == FactStatus::Contradicted || (require_all && s == FactStatus::Unchecked))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::check::*;
    use super::table::*;
    use super::*;
    use crate::extract::Context;
    use crate::normalise::quantity::Unit;
    use crate::rules::RuleSet;

    fn rules() -> RuleSet {
        RuleSet::builtin().unwrap()
    }

    fn table(text: &str) -> Result<FactTable, FactsError> {
        parse(Path::new("facts.yaml"), text, &rules())
    }

    fn error(text: &str) -> YamlError {
        match table(text) {
            Err(FactsError::Yaml(e)) => e,
            other => panic!("expected a YAML error, got {other:?}"),
        }
    }

    fn one(text: &str) -> Fact {
        let mut t = table(text).unwrap();
        assert_eq!(t.facts.len(), 1);
        t.facts.remove(0)
    }

    #[test]
    fn values_are_read_like_documents() {
        let f = one("facts:\n  - id: w\n    about: weapons package\n    value: \"$90 billion\"\n");
        assert_eq!(f.value_normalised(), "90000000000 USD");
        assert_eq!(
            f.about,
            About::Words(AboutWords {
                all: vec!["packag".into(), "weapon".into()],
                topics: vec![rules()
                    .topics
                    .iter()
                    .position(|t| t.id == "deal-value")
                    .unwrap()],
                rest: Vec::new(),
            })
        );
        assert_eq!((f.line, f.column), (2, 9));
        assert_eq!(f.location(), "facts.yaml:2:9");
        let f = one("facts:\n  - id: c\n    about: call-duration\n    value: 40 minutes\n");
        assert_eq!(f.value_normalised(), "40 minutes");
        assert!(matches!(f.about, About::Topic(_)));
        let f = one("facts:\n  - id: t\n    about: turnout\n    value: about 20%\n");
        assert_eq!(f.value_normalised(), "[18, 22]%");
        let f = one("facts:\n  - id: k\n    about: killed\n    value: 12\n");
        assert_eq!(f.value_normalised(), "12 people");
        assert_eq!(f.value_text, "12");
        let f = one("facts:\n  - id: s\n    about: deal-value\n    value: $48 a share\n");
        assert_eq!(f.value_normalised(), "48 USD per share");
    }

    #[test]
    fn dates_are_days_or_whole_phrases() {
        let f = one("facts:\n  - id: d\n    about: call\n    date: 2025-08-18\n");
        assert_eq!(
            f.value,
            FactValue::Date(read_date("August 18, 2025").unwrap())
        );
        assert_eq!(read_date("August 2025").unwrap().display(), "2025-08");
        assert!(read_date("2025-02-30")
            .unwrap_err()
            .contains("real calendar date"));
        assert!(read_date("Monday").unwrap_err().contains("relative"));
        assert!(read_date("soon").unwrap_err().contains("cannot be read"));
        assert!(read_date("mid-August 2025 or so").is_err());
    }

    #[test]
    fn subjects_resolve_through_the_rules() {
        let f = one(
            "facts:\n  - id: w\n    about: weapons\n    subject: Ukraine\n    value: $90 billion\n",
        );
        let rules = rules();
        let subject = f.subject.unwrap();
        assert!(matches!(subject.entity, EntityRef::Known(i) if rules.entities[i].id == "ukraine"));
        let f = one(
            "facts:\n  - id: w\n    about: revenue\n    subject: Kestrel\n    value: $1 billion\n",
        );
        assert_eq!(
            f.subject.unwrap().entity,
            EntityRef::Unknown("kestrel".into())
        );
        assert!(same_entity(
            &EntityRef::Unknown("granite peak".into()),
            &EntityRef::Unknown("granite peak brewing co".into())
        ));
        assert!(!same_entity(
            &EntityRef::Unknown("granite".into()),
            &EntityRef::Unknown("granitex peak".into())
        ));
    }

    #[test]
    fn tolerances_take_the_values_unit() {
        let f = one("facts:\n  - id: c\n    about: call-duration\n    value: 40 minutes\n    tolerance: 5\n");
        assert_eq!(f.tolerance, Some(Tolerance::Absolute(300.0)));
        let f = one("facts:\n  - id: c\n    about: call-duration\n    value: 40 minutes\n    tolerance: 2 hours\n");
        assert_eq!(f.tolerance, Some(Tolerance::Absolute(7200.0)));
        let f = one(
            "facts:\n  - id: c\n    about: deal-value\n    value: $3 billion\n    tolerance: 10%\n",
        );
        assert_eq!(f.tolerance, Some(Tolerance::Relative(0.1)));
        let f = one(
            "facts:\n  - id: d\n    about: call\n    date: 2025-08-18\n    tolerance: 2 days\n",
        );
        assert_eq!(f.tolerance, Some(Tolerance::Absolute(2.0)));
        assert_eq!(
            tolerance_text(
                Tolerance::Absolute(300.0),
                &Unit::Duration {
                    word: "minute".into(),
                    seconds: 60.0
                }
            ),
            "5 minutes"
        );
    }

    #[test]
    fn mistakes_name_line_and_column() {
        let cases: &[(&str, u64, u64, &str)] = &[
            (
                "facts:\n  - id: a\n    about: deal\n    value: lots\n",
                4,
                12,
                "no quantity",
            ),
            (
                "facts:\n  - id: a\n    about: deal\n    value: $1 billion\n    date: 2025-01-01\n",
                5,
                11,
                "both",
            ),
            ("facts:\n  - id: a\n    about: deal\n", 2, 9, "needs a `value`"),
            (
                "facts:\n  - id: a\n    about: deal\n    date: 2025-13-01\n",
                4,
                11,
                "real calendar date",
            ),
            (
                "facts:\n  - id: a\n    about: deal\n    value: $1 billion\n    tolerance: lots\n",
                5,
                16,
                "invalid tolerance",
            ),
            (
                "facts:\n  - id: a\n    about: deal\n    value: $1 billion\n    tolerance: -1\n",
                5,
                16,
                "invalid tolerance",
            ),
            (
                "facts:\n  - id: a\n    about: deal\n    date: 2025-01-01\n    tolerance: 5%\n",
                5,
                16,
                "number of days",
            ),
            (
                "facts:\n  - id: a\n    about: deal-valu\n    value: $1 billion\n",
                3,
                12,
                "did you mean \"deal-value\"",
            ),
            (
                "facts:\n  - id: a\n    about: deal\n    value: $1 billion\n  - id: a\n    about: deal\n    value: $2 billion\n",
                5,
                9,
                "appears twice (first at line 2)",
            ),
            (
                "facts:\n  - id: a\n    about: deal\n    value: $1 billion\n    as_of: yesterday\n",
                5,
                12,
                "`as_of`",
            ),
            (
                "facts:\n  - id: a\n    about: deal\n    value: $1 billion\n    subject: nobody here\n",
                5,
                14,
                "names no entity",
            ),
            (
                "facts:\n  - id: a\n    about: deal-value\n    value: 40 minutes\n",
                4,
                12,
                "topic \"deal-value\" governs money",
            ),
            (
                "facts:\n  - id: a\n    about: deal\n    value: 12\n",
                4,
                12,
                "no unit",
            ),
            (
                "facts:\n  - id: a\n    about: deal\n    value: 3 people and $4\n",
                4,
                12,
                "2 quantities",
            ),
            (
                "facts:\n  - id: a\n    about: of the\n    value: $4\n",
                3,
                12,
                "names nothing",
            ),
            (
                "facts:\n  - id: a\n    about: deal\n    value: $4\n    as_of: 2025-02-30\n",
                5,
                12,
                "not a real calendar date",
            ),
            (
                "facts:\n  - id: a\n    about: deal\n    value: $4\n    subject: Kestrel and Acme\n",
                5,
                14,
                "more than one entity",
            ),
            (
                "facts:\n  - id: \"  \"\n    about: deal\n    value: $4\n",
                2,
                9,
                "id is empty",
            ),
            (
                "facts:\n  - id: a\n    about: deal\n    valeu: $4\n",
                4,
                5,
                "valeu",
            ),
        ];
        for (text, line, column, message) in cases {
            let e = error(text);
            assert_eq!((e.line, e.column), (*line, *column), "{text}\n{e}");
            assert!(e.message.contains(message), "{text}\n{e}");
            assert!(
                e.to_string()
                    .starts_with(&format!("facts.yaml:{line}:{column}: ")),
                "{e}"
            );
        }
    }

    #[test]
    fn a_table_that_contradicts_itself_is_found() {
        let rules = rules();
        let t = parse(
            Path::new("facts.yaml"),
            "facts:\n\
             \x20 - {id: a, about: deal-value, subject: Kestrel, value: $2.8 billion}\n\
             \x20 - {id: b, about: deal-value, subject: Kestrel, value: $3.2 billion}\n\
             \x20 - {id: c, about: deal-value, subject: Acme, value: $3.2 billion}\n\
             \x20 - {id: d, about: deal-value, subject: Kestrel, value: $48 a share}\n\
             \x20 - {id: e, about: deal-value, subject: Kestrel, value: $2.81 billion}\n\
             \x20 - {id: k1, about: killed, value: 4, as_of: 2025-10-06}\n\
             \x20 - {id: k2, about: killed, value: 9, as_of: 2025-10-08}\n\
             \x20 - {id: k3, about: killed, value: 2, as_of: 2025-10-09}\n\
             \x20 - {id: m1, about: call-duration, date: 2025-08-18}\n\
             \x20 - {id: m2, about: call-duration, date: 2025-08-20}\n\
             \x20 - {id: m3, about: call-duration, date: 2025-12-20}\n",
            &rules,
        )
        .unwrap();
        let pairs: Vec<(String, String)> = conflicts(&t, &rules)
            .into_iter()
            .map(|c| (c.first.id, c.second.id))
            .collect();
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            pairs,
            [
                pair("a", "b"),
                pair("b", "e"),
                pair("k1", "k3"),
                pair("k2", "k3"),
                pair("m1", "m2"),
            ]
        );
    }

    fn figure(text: &str, about: &str, rules: &RuleSet) -> Figure {
        let about = read_about(about, rules).unwrap();
        read_value(text, &about, rules).unwrap()
    }

    #[test]
    fn units_fit_by_kind_class_and_rate() {
        let rules = rules();
        let usd = figure("$90 billion", "deal", &rules);
        assert!(units_fit(&usd, &figure("US$1bn", "deal", &rules), &rules));
        assert!(!units_fit(&usd, &figure("€1bn", "deal", &rules), &rules));
        assert!(!units_fit(
            &usd,
            &figure("$48 a share", "deal", &rules),
            &rules
        ));
        let minutes = figure("40 minutes", "call", &rules);
        assert!(units_fit(
            &minutes,
            &figure("3 hours", "call", &rules),
            &rules
        ));
        let staff = figure("5,200 employees", "staff", &rules);
        let people = figure("5,000 people", "staff", &rules);
        assert!(!units_fit(&staff, &people, &rules), "workers and people");
        let headcount = figure("5,200 employees", "jobs", &rules);
        assert!(
            units_fit(&headcount, &people, &rules),
            "the jobs topic counts both"
        );
    }

    #[test]
    fn a_scoped_figure_is_governed_only_when_about_names_the_scope() {
        let context = Context {
            scope: vec!["so far".into()],
            ..Context::default()
        };
        let rules = rules();
        assert!(!scope_fits(
            &read_about("killed", &rules).unwrap(),
            &context
        ));
        assert!(!scope_fits(
            &read_about("deaths", &rules).unwrap(),
            &context
        ));
        assert!(scope_fits(
            &read_about("deaths so far", &rules).unwrap(),
            &context
        ));
        assert!(scope_fits(
            &read_about("deaths", &rules).unwrap(),
            &Context::default()
        ));
    }

    #[test]
    fn failing_means_a_contradiction_or_a_conflict() {
        assert!(!FactCheck::default().fails(true));
        assert_eq!(FactStatus::Unchecked.name(), "unchecked");
    }
}

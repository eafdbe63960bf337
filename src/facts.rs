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
//! [`load`] reads a table (mistakes name file, line and column), [`check`]
//! compares it with an [`Audit`], [`report`] turns the result into the
//! serialisable [`FactReport`] (the JSON of `crosscheck check`), and
//! [`render_text`] and [`render_junit`] print it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus};
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use crate::audit::{claim_value, Audit};
use crate::extract::figure::dimension_of;
use crate::extract::figure::word_forms;
use crate::extract::{Claim, ClaimBody, ClaimKind, Context, Figure};
use crate::judge::{default_tolerance, grew, Verdict, SAME_EVENT_MAX_GAP_DAYS};
use crate::normalise::dates::{find_dates, DateSpan, Precision};
use crate::normalise::entities::{find_entities, EntityRef};
use crate::normalise::interval::{format_number, Interval};
use crate::normalise::quantity::{find_quantities, is_function_word, number_at, Quantity, Unit};
use crate::normalise::tokens::{fold, stem, tokenize, Token, TokenKind};
use crate::report::junit::render_cases;
use crate::report::table::around;
use crate::report::{claim_report, ClaimReport, Parsed, WarningReport};
use crate::rules::{Dimension, RuleSet, Tolerance, Topic};
use crate::yaml::{self, YamlError};

/// Why a fact table could not be used (the binary exits with 2).
#[derive(Debug, thiserror::Error)]
pub enum FactsError {
    /// A syntax, type or value mistake, with file, line and column.
    #[error(transparent)]
    Yaml(#[from] YamlError),
    /// The file could not be read.
    #[error("{}: {message}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        message: String,
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
    Figure(Figure),
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

fn failing(
    mut statuses: impl Iterator<Item = FactStatus>,
    conflicts: usize,
    require_all: bool,
) -> bool {
    conflicts > 0
        || statuses
            .any(|s| s == FactStatus::Contradicted || (require_all && s == FactStatus::Unchecked))
}

// ---- the file --------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    facts: Vec<FactEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactEntry {
    id: Spanned<String>,
    about: Spanned<String>,
    #[serde(default)]
    subject: Option<Spanned<String>>,
    #[serde(default)]
    value: Option<Spanned<String>>,
    #[serde(default)]
    date: Option<Spanned<String>>,
    #[serde(default)]
    tolerance: Option<Spanned<String>>,
    #[serde(default)]
    as_of: Option<Spanned<String>>,
    #[serde(default)]
    note: Option<String>,
}

/// Reads and validates a fact table file against `rules` (which must be the
/// rules the audit uses).
pub fn load(path: &Path, rules: &RuleSet) -> Result<FactTable, FactsError> {
    let text = std::fs::read_to_string(path).map_err(|e| FactsError::Io {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    parse(path, &text, rules)
}

/// Reads and validates a fact table's text (read from `path`, which errors
/// name).
pub fn parse(path: &Path, text: &str, rules: &RuleSet) -> Result<FactTable, FactsError> {
    let file: FactsFile = yaml::parse(path, text)?;
    let mut facts: Vec<Fact> = Vec::with_capacity(file.facts.len());
    for entry in file.facts {
        let id = entry.id.value.trim();
        if let Some(first) = facts.iter().find(|f| f.id == id) {
            return Err(YamlError::at(
                path,
                entry.id.referenced,
                format!(
                    "fact id {id:?} appears twice (first at line {})",
                    first.line
                ),
            )
            .into());
        }
        facts.push(read_fact(path, entry, rules)?);
    }
    Ok(FactTable {
        path: path.to_path_buf(),
        facts,
    })
}

fn read_fact(path: &Path, entry: FactEntry, rules: &RuleSet) -> Result<Fact, YamlError> {
    let at =
        |spot: serde_saphyr::Location| move |message: String| YamlError::at(path, spot, message);
    let id = entry.id.value.trim().to_string();
    if id.is_empty() {
        return Err(at(entry.id.referenced)("fact id is empty".into()));
    }
    let about = read_about(&entry.about.value, rules).map_err(at(entry.about.referenced))?;
    let (value, value_text) = match (&entry.value, &entry.date) {
        (Some(_), Some(date)) => {
            return Err(at(date.referenced)(format!(
                "fact {id:?} gives both `value` and `date`: a fact states one"
            )))
        }
        (None, None) => {
            return Err(at(entry.id.referenced)(format!(
                "fact {id:?} needs a `value` (a figure such as \"$90 billion\") \
                 or a `date` (2025-08-18)"
            )))
        }
        (Some(value), None) => {
            let text = value.value.trim().to_string();
            let figure = read_value(&text, &about, rules).map_err(at(value.referenced))?;
            (FactValue::Figure(figure), text)
        }
        (None, Some(date)) => {
            let text = date.value.trim().to_string();
            let span = read_date(&text).map_err(at(date.referenced))?;
            (FactValue::Date(span), text)
        }
    };
    let tolerance = match &entry.tolerance {
        Some(t) => Some(read_tolerance(t.value.trim(), &value, rules).map_err(at(t.referenced))?),
        None => None,
    };
    let as_of = match &entry.as_of {
        Some(a) => Some(read_day(&a.value).map_err(at(a.referenced))?),
        None => None,
    };
    let subject = match &entry.subject {
        Some(s) => Some(read_subject(&s.value, rules).map_err(at(s.referenced))?),
        None => None,
    };
    Ok(Fact {
        id,
        about,
        about_text: entry.about.value.trim().to_string(),
        subject,
        value,
        value_text,
        tolerance,
        as_of,
        note: entry.note.map(|n| n.trim().to_string()),
        path: path.to_path_buf(),
        line: entry.id.referenced.line(),
        column: entry.id.referenced.column(),
    })
}

/// A topic id, or words. Text with a `-` and no white space is taken for an
/// id and must name a topic ("deal-value"); "go-shop window" is words.
fn read_about(text: &str, rules: &RuleSet) -> Result<About, String> {
    let written = text.trim();
    let folded = fold(written);
    if let Some(index) = rules.topics.iter().position(|t| t.id == folded) {
        return Ok(About::Topic(index));
    }
    if folded.contains('-') && !folded.contains(char::is_whitespace) {
        let closest = rules
            .topics
            .iter()
            .map(|t| (strsim::jaro_winkler(&t.id, &folded), &t.id))
            .filter(|(score, _)| *score >= 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| format!(" (did you mean {id:?}?)"))
            .unwrap_or_default();
        return Err(format!(
            "unknown topic id {written:?}{closest}; to select claims by words, \
             write them apart (\"go shop window\")"
        ));
    }
    let tokens: Vec<Token> = tokenize(written)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word && !is_function_word(&t.norm))
        .collect();
    let stems = |tokens: &mut dyn Iterator<Item = &Token>| -> Vec<String> {
        let mut words: Vec<String> = tokens.map(|t| stem(&t.norm)).collect();
        words.sort();
        words.dedup();
        words
    };
    let all = stems(&mut tokens.iter());
    if all.is_empty() {
        return Err(format!(
            "`about` {written:?} names nothing: give words (\"weapons package\") \
             or a topic id (\"deal-value\")"
        ));
    }
    let forms = word_forms(&tokens);
    let mut covered = vec![false; tokens.len()];
    let mut topics = Vec::new();
    for (index, topic) in rules.topics.iter().enumerate() {
        for trigger in &topic.triggers {
            for start in 0..forms.len().saturating_sub(trigger.len().saturating_sub(1)) {
                let here = !trigger.is_empty()
                    && trigger.iter().enumerate().all(|(k, w)| {
                        forms
                            .get(start + k)
                            .is_some_and(|(singular, stem)| w.matches(singular, stem))
                    });
                if here {
                    covered[start..start + trigger.len()].fill(true);
                    if !topics.contains(&index) {
                        topics.push(index);
                    }
                }
            }
        }
    }
    let rest = stems(
        &mut tokens
            .iter()
            .zip(&covered)
            .filter(|(_, covered)| !**covered)
            .map(|(t, _)| t),
    );
    Ok(About::Words(AboutWords { all, topics, rest }))
}

/// The single quantity in `text`, read as documents are. A bare number
/// ("12") counts what the `about` topic counts.
fn read_value(text: &str, about: &About, rules: &RuleSet) -> Result<Figure, String> {
    let topic_index = match about {
        About::Topic(t) => Some(*t),
        About::Words(_) => None,
    };
    let topic = topic_index.and_then(|t| rules.topics.get(t));
    let tokens = tokenize(text);
    let mut found = find_quantities(&tokens, rules);
    let quantity = match found.len() {
        1 => found.remove(0),
        0 => match number_at(&tokens, 0) {
            Some((n, next)) if next == tokens.len() => Quantity {
                first: 0,
                last: next,
                interval: Interval::closed(n, n),
                unit: Unit::Count(String::new()),
                head: None,
                modifiers: Vec::new(),
                per: None,
                head_token: None,
                hedge: None,
                frame: None,
            },
            _ => {
                return Err(format!(
                    "value {text:?} holds no quantity the normaliser can read: write a number \
                     with its unit (\"$90 billion\", \"40 minutes\", \"12 people\", \"about 20%\")"
                ))
            }
        },
        n => {
            return Err(format!(
                "value {text:?} holds {n} quantities: a fact states one"
            ))
        }
    };
    let unit = match quantity.unit {
        Unit::Count(class) if class.is_empty() => match topic.and_then(|t| t.counts.first()) {
            Some(class) => Unit::Count(class.clone()),
            None => {
                return Err(format!(
                    "value {text:?} has no unit: write what it counts (\"12 people\"), \
                         or use a topic id that counts something as `about`"
                ))
            }
        },
        unit => unit,
    };
    if let Some(topic) = topic {
        fits_topic(&unit, topic).map_err(|why| format!("value {text:?} {why}"))?;
    }
    Ok(Figure {
        interval: quantity.interval,
        unit,
        topic: topic_index,
        head: quantity.head,
        modifiers: quantity.modifiers,
        hedge: quantity.hedge,
        per: quantity.per,
        frame: quantity.frame,
    })
}

/// A value the `about` topic could never govern is a mistake in the table.
fn fits_topic(unit: &Unit, topic: &Topic) -> Result<(), String> {
    let dimension = dimension_of(unit);
    if topic.dimension != dimension && topic.dimension != Dimension::Any {
        return Err(format!(
            "is {}, but topic {:?} governs {}",
            dimension_name(dimension),
            topic.id,
            dimension_name(topic.dimension)
        ));
    }
    match unit {
        Unit::Count(class) if !topic.counts.is_empty() && !topic.counts.contains(class) => {
            Err(format!(
                "counts {class}, but topic {:?} counts {}",
                topic.id,
                topic.counts.join(", ")
            ))
        }
        _ => Ok(()),
    }
}

fn dimension_name(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Count => "a count",
        Dimension::Money => "money",
        Dimension::Percent => "a percentage",
        Dimension::Duration => "a duration",
        Dimension::Measure => "a measure",
        Dimension::Any => "any quantity",
    }
}

/// A day (2025-08-18), or one date phrase that needs no publication date
/// ("August 2025", "the fourth quarter of 2026"), read whole.
fn read_date(text: &str) -> Result<DateSpan, String> {
    if let Ok(day) = text.parse::<Date>() {
        return Ok(DateSpan {
            start: day,
            end: day,
            precision: Precision::Day,
        });
    }
    if is_day_shape(text) {
        return Err(format!("date {text:?} is not a real calendar date"));
    }
    let tokens = tokenize(text);
    let unreadable = || {
        format!(
            "date {text:?} cannot be read: write a day (2025-08-18, \"August 18, 2025\"), \
             a month (\"August 2025\") or a year (\"2025\")"
        )
    };
    match find_dates(&tokens, None).as_slice() {
        [date] => {
            let leftover = tokens
                .iter()
                .enumerate()
                .filter(|(i, _)| !(date.first..date.last).contains(i))
                .any(|(_, t)| t.kind != TokenKind::Punct && !is_function_word(&t.norm));
            if leftover {
                return Err(unreadable());
            }
            date.span.ok_or_else(|| {
                format!(
                    "date {text:?} is relative to a publication date: \
                     write the day itself (2025-08-18)"
                )
            })
        }
        [] => Err(unreadable()),
        _ => Err(format!(
            "date {text:?} holds more than one date: a fact states one"
        )),
    }
}

fn is_day_shape(text: &str) -> bool {
    text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// `as_of`: a day.
fn read_day(text: &str) -> Result<Date, String> {
    let text = text.trim();
    text.parse::<Date>().map_err(|_| {
        if is_day_shape(text) {
            format!("`as_of` {text:?} is not a real calendar date")
        } else {
            format!("`as_of` must be a day like 2025-08-19, found {text:?}")
        }
    })
}

/// A tolerance for a value: a number in the value's own unit ("5" on "40
/// minutes" is five minutes, on "$90 billion" five dollars), a share
/// ("5%"), or an amount ("5 minutes", "$1 billion"). For a date: days
/// ("2", "2 days"). Stored in the value's base unit (days for a date).
fn read_tolerance(text: &str, value: &FactValue, rules: &RuleSet) -> Result<Tolerance, String> {
    let amount = || -> Option<Interval> {
        match find_quantities(&tokenize(text), rules).as_slice() {
            [q] if q.interval.is_point() => Some(q.interval).filter(|_| match value {
                FactValue::Figure(f) => same_unit(&q.unit, &f.unit),
                FactValue::Date(_) => matches!(q.unit, Unit::Duration { .. }),
            }),
            _ => None,
        }
    };
    match value {
        FactValue::Figure(figure) => {
            let size = figure.unit.own_unit().map_or(1.0, |(_, size)| size);
            match Tolerance::parse(text) {
                Some(Tolerance::Absolute(x)) => Ok(Tolerance::Absolute(x * size)),
                Some(share) => Ok(share),
                None => amount().map(|i| Tolerance::Absolute(i.low)).ok_or_else(|| {
                    format!(
                        "invalid tolerance {text:?}: expected a non-negative number in the value's \
                         unit (\"2\"), a share (\"5%\") or an amount like the value (\"5 minutes\")"
                    )
                }),
            }
        }
        FactValue::Date(_) => match Tolerance::parse(text) {
            Some(Tolerance::Absolute(days)) => Ok(Tolerance::Absolute(days)),
            _ => amount()
                .map(|i| Tolerance::Absolute(i.low / 86_400.0))
                .ok_or_else(|| {
                    format!(
                        "invalid tolerance {text:?}: a date's tolerance is a number of days \
                         (\"2\", \"2 days\")"
                    )
                }),
        },
    }
}

/// One entity, as a sentence would name it.
fn read_subject(text: &str, rules: &RuleSet) -> Result<Subject, String> {
    let written = text.trim();
    let tokens = tokenize(written);
    // Every word counts as written mid-sentence, so a lone name ("Kestrel") is one.
    let names: HashSet<String> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.trim_end_matches("'s").to_string())
        .collect();
    match find_entities(&tokens, rules, &names).as_slice() {
        [one] => Ok(Subject {
            text: written.to_string(),
            entity: one.entity.clone(),
        }),
        [] => Err(format!(
            "subject {written:?} names no entity: write a name as the documents do \
             (\"Granite Peak\") or an alias from the rules"
        )),
        _ => Err(format!(
            "subject {written:?} names more than one entity: a fact has one subject"
        )),
    }
}

// ---- checking --------------------------------------------------------------

/// Compares every fact of `table` with every claim of `audit` (read with the
/// same `rules` as the table), and the facts with one another.
pub fn check(table: &FactTable, audit: &Audit, rules: &RuleSet) -> FactCheck {
    let words: Vec<Vec<String>> = audit
        .claims
        .iter()
        .map(|claim| claim_words(audit, claim))
        .collect();
    let results = table
        .facts
        .iter()
        .map(|fact| {
            // The claims the fact names, then every claim of their slots: a
            // slot is one question, however each document words it.
            let named: HashSet<usize> = audit
                .slot_of
                .iter()
                .enumerate()
                .filter(|&(i, _)| governs(fact, &audit.claims[i], &words[i], rules))
                .map(|(_, &slot)| slot)
                .collect();
            let claims: Vec<FactClaim> = audit
                .claims
                .iter()
                .enumerate()
                .filter(|&(i, claim)| {
                    audit.slot_of.get(i).is_some_and(|s| named.contains(s))
                        && fits_value(fact, claim, rules)
                })
                .filter_map(|(i, claim)| {
                    let (verdict, explanation) = compare(fact, claim, rules)?;
                    Some(FactClaim {
                        claim: i,
                        verdict,
                        explanation,
                    })
                })
                .collect();
            let status = if claims.is_empty() {
                FactStatus::Unchecked
            } else if claims.iter().any(|c| c.verdict == Verdict::Contradiction) {
                FactStatus::Contradicted
            } else {
                FactStatus::Confirmed
            };
            FactResult {
                fact: fact.clone(),
                status,
                claims,
            }
        })
        .collect();
    FactCheck {
        results,
        conflicts: conflicts(table, rules),
    }
}

/// Stems of the words of a claim's sentence, with its figure's noun phrase.
fn claim_words(audit: &Audit, claim: &Claim) -> Vec<String> {
    let sentence = audit
        .documents
        .get(claim.source)
        .map(|d| d.sentence_text(claim.sentence))
        .unwrap_or_default();
    let mut words: Vec<String> = tokenize(sentence)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| stem(&t.norm))
        .chain(claim.context.words.iter().cloned())
        .collect();
    if let ClaimBody::Figure(figure) = &claim.body {
        words.extend(figure.head.iter().chain(&figure.modifiers).map(|w| stem(w)));
    }
    words.sort();
    words.dedup();
    words
}

/// Does `fact` speak of `claim`? (See the module documentation.)
fn governs(fact: &Fact, claim: &Claim, words: &[String], rules: &RuleSet) -> bool {
    let holds = |wanted: &[String]| wanted.iter().all(|w| words.binary_search(w).is_ok());
    let about = |topic: Option<usize>| match &fact.about {
        About::Topic(t) => topic == Some(*t),
        About::Words(about) => {
            holds(&about.all)
                || (topic.is_some_and(|t| about.topics.contains(&t))
                    && holds(&about.rest)
                    && about.all.iter().any(|w| words.binary_search(w).is_ok()))
        }
    };
    let subject = || {
        fact.subject.as_ref().is_none_or(|s| {
            claim
                .context
                .subjects
                .iter()
                .any(|e| same_entity(&s.entity, e))
        })
    };
    let named = match &claim.body {
        ClaimBody::Figure(c) => about(c.topic) && scope_fits(&fact.about, &claim.context),
        ClaimBody::Date(d) => about(Some(d.event)),
        _ => false,
    };
    named && subject() && fits_value(fact, claim, rules)
}

/// The claim states a value of the fact's kind: a date for a date, or a
/// figure in a fitting unit and frame for a figure.
fn fits_value(fact: &Fact, claim: &Claim, rules: &RuleSet) -> bool {
    match (&fact.value, &claim.body) {
        (FactValue::Figure(f), ClaimBody::Figure(c)) => {
            units_fit(f, c, rules) && f.frame == c.frame
        }
        (FactValue::Date(_), ClaimBody::Date(_)) => true,
        _ => false,
    }
}

/// A figure scoped as a running total, a part or a past value ("so far",
/// "in the northern region", "ago") is not the plain level a fact states,
/// unless the fact's words name that scope.
fn scope_fits(about: &About, context: &Context) -> bool {
    context.scope.iter().all(|marker| match about {
        About::Topic(_) => false,
        About::Words(words) => marker
            .rsplit(' ')
            .next()
            .is_some_and(|last| words.all.binary_search(&stem(last)).is_ok()),
    })
}

/// One name for one entity: the same known entity, or unknown names of
/// which one is the other, its start or its end ("Granite Peak" / "Granite
/// Peak Brewing Co", "Vasko" / "Irena Vasko").
fn same_entity(a: &EntityRef, b: &EntityRef) -> bool {
    match (a, b) {
        (EntityRef::Unknown(x), EntityRef::Unknown(y)) => {
            let part = |long: &str, short: &str| {
                long.starts_with(&format!("{short} ")) || long.ends_with(&format!(" {short}"))
            };
            x == y || part(x, y) || part(y, x)
        }
        _ => a == b,
    }
}

/// Same currency, percent, duration, kind of measure or counted class (or
/// classes a topic of either counts together), and the same rate.
fn units_fit(a: &Figure, b: &Figure, rules: &RuleSet) -> bool {
    let counted_together = |x: &String, y: &String| {
        [a.topic, b.topic]
            .into_iter()
            .flatten()
            .filter_map(|t| rules.topics.get(t))
            .any(|t| t.counts.contains(x) && t.counts.contains(y))
    };
    let unit = match (&a.unit, &b.unit) {
        (Unit::Count(x), Unit::Count(y)) => x == y || counted_together(x, y),
        (x, y) => same_unit(x, y),
    };
    unit && a.per == b.per
}

/// Units of one kind, counts of one class.
fn same_unit(a: &Unit, b: &Unit) -> bool {
    match (a, b) {
        (Unit::Duration { .. }, Unit::Duration { .. }) => true,
        (Unit::Measure { dimension: x, .. }, Unit::Measure { dimension: y, .. }) => x == y,
        (x, y) => x == y,
    }
}

/// The fact's tolerance, else the topic's, else 1% for money and 0 otherwise.
fn tolerance_for(fact: &Fact, figure: &Figure, topic: Option<&Topic>) -> Tolerance {
    fact.tolerance
        .or(topic.map(|t| t.tolerance))
        .unwrap_or_else(|| default_tolerance(&figure.unit))
}

/// "5%", "0", "2 minutes": a tolerance as the value's unit writes it.
fn tolerance_text(tolerance: Tolerance, unit: &Unit) -> String {
    match (tolerance, unit.own_unit()) {
        (Tolerance::Relative(share), _) => format!("{}%", format_number(share * 100.0)),
        (Tolerance::Absolute(x), Some((word, size))) => {
            let n = x / size;
            format!(
                "{} {word}{}",
                format_number(n),
                if n == 1.0 { "" } else { "s" }
            )
        }
        (Tolerance::Absolute(x), None) => format_number(x),
    }
}

/// The day a claim speaks of: the date its sentence gives, else its
/// publication day.
fn claim_day(context: &Context) -> Option<DateSpan> {
    context.when.or_else(|| {
        context.published.map(|day| DateSpan {
            start: day,
            end: day,
            precision: Precision::Day,
        })
    })
}

/// The claim against the fact; `None` when a date is another occurrence.
fn compare(fact: &Fact, claim: &Claim, rules: &RuleSet) -> Option<(Verdict, String)> {
    let shown = claim_value(claim);
    let stated = fact.value_normalised();
    match (&fact.value, &claim.body) {
        (FactValue::Figure(f), ClaimBody::Figure(c)) => {
            let topic = c.topic.or(f.topic).and_then(|t| rules.topics.get(t));
            let tolerance = tolerance_for(fact, f, topic);
            let slack = tolerance.slack(f.interval.magnitude().max(c.interval.magnitude()));
            let tol = tolerance_text(tolerance, &f.unit);
            if !f.interval.separated(&c.interval, slack) {
                return Some((
                    Verdict::Agreement,
                    format!("{shown} agrees with the fact's {stated} (tolerance {tol})"),
                ));
            }
            let cumulative = topic.is_some_and(|t| t.cumulative);
            if let (true, Some(as_of), Some(day)) =
                (cumulative, fact.as_of, claim_day(&claim.context))
            {
                if let Some(outcome) =
                    over_time(as_of, day, &f.interval, &c.interval, &shown, &stated)
                {
                    return Some(outcome);
                }
            }
            Some((
                Verdict::Contradiction,
                format!("{shown} and the fact's {stated} do not overlap (tolerance {tol})"),
            ))
        }
        (FactValue::Date(span), ClaimBody::Date(d)) => {
            let gap = span.gap_days(&d.span);
            let once = rules.topics.get(d.event).is_some_and(|t| t.once);
            if gap > SAME_EVENT_MAX_GAP_DAYS && !once {
                return None;
            }
            let days = date_tolerance(fact);
            Some(if gap as f64 <= days {
                (
                    Verdict::Agreement,
                    if gap == 0 {
                        format!("{shown} agrees with the fact's {stated}")
                    } else {
                        format!(
                            "{shown} is {gap} day(s) from the fact's {stated}, within {}",
                            format_number(days)
                        )
                    },
                )
            } else {
                (
                    Verdict::Contradiction,
                    format!("{shown} and the fact's {stated} are {gap} day(s) apart"),
                )
            })
        }
        _ => None,
    }
}

/// A growing count dated another day than the fact's `as_of`: growth
/// between the two days is time-shifted, a count that went down
/// contradicts. `None` when the claim speaks of the `as_of` day.
fn over_time(
    as_of: Date,
    day: DateSpan,
    fact: &Interval,
    claim: &Interval,
    shown: &str,
    stated: &str,
) -> Option<(Verdict, String)> {
    let on = day.display();
    let (fits, story) = if day.end < as_of {
        (
            grew(claim, fact),
            format!("{shown} as of {on}, then the fact's {stated} as of {as_of}"),
        )
    } else if day.start > as_of {
        (
            grew(fact, claim),
            format!("the fact's {stated} as of {as_of}, then {shown} as of {on}"),
        )
    } else {
        return None;
    };
    Some(if fits {
        (Verdict::TimeShifted, format!("{story}: a count that grew"))
    } else {
        (
            Verdict::Contradiction,
            format!("{story}: a count cannot shrink"),
        )
    })
}

/// A date fact's tolerance in days (0 without one).
fn date_tolerance(fact: &Fact) -> f64 {
    match fact.tolerance {
        Some(Tolerance::Absolute(days)) => days,
        _ => 0.0,
    }
}

/// Pairs of facts that govern the same claims and cannot both hold.
fn conflicts(table: &FactTable, rules: &RuleSet) -> Vec<FactConflict> {
    let mut found = Vec::new();
    for (i, a) in table.facts.iter().enumerate() {
        for b in &table.facts[i + 1..] {
            if let Some(explanation) = clash(a, b, rules) {
                found.push(FactConflict {
                    first: a.clone(),
                    second: b.clone(),
                    explanation,
                });
            }
        }
    }
    found
}

/// Why two facts contradict each other, if they do.
fn clash(a: &Fact, b: &Fact, rules: &RuleSet) -> Option<String> {
    let same_subject = match (&a.subject, &b.subject) {
        (None, None) => true,
        (Some(x), Some(y)) => same_entity(&x.entity, &y.entity),
        _ => false,
    };
    if a.about != b.about || !same_subject {
        return None;
    }
    let (ida, idb) = (&a.id, &b.id);
    let (va, vb) = (a.value_normalised(), b.value_normalised());
    match (&a.value, &b.value) {
        (FactValue::Figure(fa), FactValue::Figure(fb)) => {
            if !units_fit(fa, fb, rules) || fa.frame != fb.frame {
                return None;
            }
            let topic = fa.topic.and_then(|t| rules.topics.get(t));
            let magnitude = fa.interval.magnitude().max(fb.interval.magnitude());
            let slack = tolerance_for(a, fa, topic)
                .slack(magnitude)
                .max(tolerance_for(b, fb, topic).slack(magnitude));
            if !fa.interval.separated(&fb.interval, slack) {
                return None;
            }
            if let (true, Some(day_a), Some(day_b)) =
                (topic.is_some_and(|t| t.cumulative), a.as_of, b.as_of)
            {
                let consistent = match day_a.cmp(&day_b) {
                    std::cmp::Ordering::Less => grew(&fa.interval, &fb.interval),
                    std::cmp::Ordering::Greater => grew(&fb.interval, &fa.interval),
                    std::cmp::Ordering::Equal => false,
                };
                if consistent {
                    return None;
                }
                return Some(format!(
                    "{ida} ({va} as of {day_a}) and {idb} ({vb} as of {day_b}): \
                     a count cannot shrink"
                ));
            }
            Some(format!(
                "{ida} ({va}) and {idb} ({vb}) govern the same claims and do not overlap"
            ))
        }
        (FactValue::Date(sa), FactValue::Date(sb)) => {
            let gap = sa.gap_days(sb);
            let once = match &a.about {
                About::Topic(t) => rules.topics.get(*t).is_some_and(|t| t.once),
                About::Words(_) => false,
            };
            let days = date_tolerance(a).max(date_tolerance(b));
            (gap as f64 > days && (gap <= SAME_EVENT_MAX_GAP_DAYS || once)).then(|| {
                format!("{ida} ({va}) and {idb} ({vb}) place one event {gap} day(s) apart")
            })
        }
        _ => None,
    }
}

// ---- reports ---------------------------------------------------------------

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
    /// Problems reading the documents that did not stop the run.
    pub warnings: Vec<WarningReport>,
}

impl FactReport {
    /// True when the run must fail (exit 1); see [`FactCheck::fails`].
    pub fn fails(&self, require_all: bool) -> bool {
        failing(
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
                    claim: claim_report(audit, audit.claims.get(c.claim)?),
                })
            })
            .collect(),
    }
}

/// The check as plain text: each fact with its status and the claims it
/// governs (contradicting ones with their sentence), the table's conflicts,
/// the warnings, and a summary line.
pub fn render_text(report: &FactReport) -> String {
    let mut out = String::new();
    for fact in &report.facts {
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
    }
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
    for warning in &report.warnings {
        out.push_str(&format!("warning: {}: {}\n", warning.path, warning.message));
    }
    let count = |status: FactStatus| report.facts.iter().filter(|f| f.status == status).count();
    out.push_str(&format!(
        "{} contradicted, {} confirmed, {} unchecked of {} fact(s); {} table conflict(s)\n",
        count(FactStatus::Contradicted),
        count(FactStatus::Confirmed),
        count(FactStatus::Unchecked),
        report.facts.len(),
        report.conflicts.len()
    ));
    out
}

/// The JUnit class name of fact cases.
pub const FACTS_CLASS: &str = "crosscheck.facts";

/// The check as JUnit XML: one case per fact (failed when contradicted,
/// skipped when unchecked) and one failed case per table conflict.
pub fn render_junit(report: &FactReport) -> String {
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
    render_cases(facts.chain(conflicts))
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
            sentence: fact
                .note
                .clone()
                .unwrap_or_else(|| format!("{}: {}", fact.id, fact.text)),
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
        sources: Vec::new(),
        findings,
        hidden: crate::report::Hidden::default(),
        stale_decisions: Vec::new(),
        warnings: report.warnings.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

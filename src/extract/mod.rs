//! Claims: typed, checkable statements, each pointing back at its sentence.
//!
//! One file per claim kind; this module holds what every kind shares: where a
//! claim stands and the context the judge uses to decide whether two claims
//! are about the same thing.

pub mod figure;

use crate::normalise::entities::{find_entities, EntityRef, Mention};
use crate::normalise::quantity::is_function_word as is_stopword;
use crate::normalise::tokens::{stem, Token, TokenKind};
use crate::rules::RuleSet;

pub use figure::Figure;

/// What kind of claim, as reports name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// A quantity about a topic.
    Figure,
}

impl ClaimKind {
    /// The name used in reports and rule codes.
    pub fn name(self) -> &'static str {
        match self {
            ClaimKind::Figure => "figure",
        }
    }
}

/// The checkable content of a claim.
#[derive(Debug, Clone, PartialEq)]
pub enum ClaimBody {
    /// A quantity.
    Figure(Figure),
}

impl ClaimBody {
    /// The claim's kind.
    pub fn kind(&self) -> ClaimKind {
        match self {
            ClaimBody::Figure(_) => ClaimKind::Figure,
        }
    }
}

/// What surrounds a claim: the judge's evidence that two claims speak of the
/// same thing, or of different things.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    /// Entities named in the sentence, sorted and unique.
    pub subjects: Vec<EntityRef>,
    /// Content-word stems of the sentence outside the claim, sorted and unique.
    pub words: Vec<String>,
    /// Time words ("monday", "2025", "since may"), sorted and unique.
    pub times: Vec<String>,
    /// Scope markers that set a frame ("alone", "so far", "ago", "per year").
    pub scope: Vec<String>,
    /// Entities named within a few words of the claim itself, sorted and unique.
    pub near: Vec<EntityRef>,
    /// The document's main entities (named in several sentences), sorted:
    /// what "the company" or "the town" most likely refers to.
    pub document: Vec<EntityRef>,
}

/// One claim in one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Index of the document.
    pub source: usize,
    /// Index of the sentence in its document.
    pub sentence: usize,
    /// Byte span of the claim's text in the document.
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// What it says.
    pub body: ClaimBody,
    /// What surrounds it.
    pub context: Context,
}

const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];
const MONTH_NAMES: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];
const RELATIVE_DAYS: &[&str] = &["yesterday", "today", "tonight", "tomorrow"];
const PERIODS: &[&str] = &["week", "weekend", "month", "year", "quarter", "summer", "winter", "spring", "autumn"];

/// Words that put a figure in a frame of its own: a subset ("alone"), a
/// running total ("so far", "since"), the past ("ago", "previous"), a rate.
const SCOPE_WORDS: &[&str] = &[
    "alone", "since", "total", "overall", "cumulative", "ago", "previous", "prior", "average",
    "record",
];

/// How many tokens either side of a claim count as "near" it: close enough
/// to be its owner ("tariffs on India to 50%"), short of a listing of places
/// later in the sentence.
const NEAR: usize = 5;

/// Words too common to say two sentences share a subject.
const GENERIC_WORDS: &[&str] = &[
    "said", "says", "say", "told", "according", "reported", "report", "reports", "officials",
    "official", "people", "new", "also", "would", "could", "will", "year", "years", "week",
    "day", "days", "time", "made", "make", "one", "two", "first", "last", "statement", "news",
    "percent", "cent", "per", "million", "billion", "thousand",
];

/// The context of a claim spanning tokens `first..last`: its sentence's
/// context plus the entities near the claim and the document's main ones.
pub fn claim_context(sentence: &SentenceContext, first: usize, last: usize, document: &[EntityRef]) -> Context {
    let mut near: Vec<EntityRef> = sentence
        .mentions
        .iter()
        .filter(|m| m.last + NEAR > first && m.first < last + NEAR)
        .map(|m| m.entity.clone())
        .collect();
    near.sort();
    near.dedup();
    Context {
        near,
        document: document.to_vec(),
        ..sentence.context.clone()
    }
}

/// The entities a document names in at least `min_sentences` sentences,
/// sorted: its main subjects.
pub fn main_entities(sentences: &[&SentenceContext], min_sentences: usize) -> Vec<EntityRef> {
    let mut counts: std::collections::BTreeMap<&EntityRef, usize> = std::collections::BTreeMap::new();
    for sentence in sentences {
        for entity in &sentence.context.subjects {
            *counts.entry(entity).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= min_sentences)
        .map(|(e, _)| e.clone())
        .collect()
}

/// What a sentence gives all its claims, read once.
pub struct SentenceContext {
    /// The shared part of every claim's context.
    pub context: Context,
    /// Where entities are named, for nearness.
    pub mentions: Vec<Mention>,
}

/// Reads the context shared by a sentence's claims.
pub fn sentence_context(tokens: &[Token], rules: &RuleSet) -> SentenceContext {
    let mentions = find_entities(tokens, rules);
    let mut subjects: Vec<EntityRef> = mentions.iter().map(|m| m.entity.clone()).collect();
    subjects.sort();
    subjects.dedup();
    let in_mention = |i: usize| mentions.iter().any(|m| (m.first..m.last).contains(&i));

    let mut words = Vec::new();
    let mut times = Vec::new();
    let mut scope = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let norm = t.norm.as_str();
        if WEEKDAYS.contains(&norm) || RELATIVE_DAYS.contains(&norm) {
            times.push(norm.to_string());
            continue;
        }
        if MONTH_NAMES.contains(&norm) && (norm != "may" || t.capitalised) {
            times.push(norm.to_string());
            continue;
        }
        if t.kind == TokenKind::Number && norm.len() == 4 && norm.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)) {
            times.push(norm.to_string());
            continue;
        }
        if matches!(norm, "last" | "this" | "next" | "earlier" | "previous") {
            if let Some(p) = tokens.get(i + 1).filter(|p| PERIODS.contains(&p.norm.as_str())) {
                times.push(format!("{norm} {}", p.norm));
            }
        }
        if SCOPE_WORDS.contains(&norm) || (norm == "so" && tokens.get(i + 1).is_some_and(|n| n.norm == "far")) {
            scope.push(if norm == "so" { "so far".to_string() } else { norm.to_string() });
            continue;
        }
        if t.kind != TokenKind::Word || in_mention(i) || norm.chars().count() < 3 {
            continue;
        }
        let l = stem(norm);
        if GENERIC_WORDS.contains(&norm) || GENERIC_WORDS.contains(&l.as_str()) || is_stopword(norm) {
            continue;
        }
        words.push(l);
    }
    for list in [&mut words, &mut times, &mut scope] {
        list.sort();
        list.dedup();
    }
    SentenceContext {
        context: Context {
            subjects,
            words,
            times,
            scope,
            near: Vec::new(),
            document: Vec::new(),
        },
        mentions,
    }
}

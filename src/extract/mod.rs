//! Claims: typed, checkable statements, each pointing back at its sentence.
//!
//! One file per claim kind; this module holds what every kind shares: where a
//! claim stands and the context the judge uses to decide whether two claims
//! are about the same thing.

pub mod attribution;
pub mod date;
pub mod figure;
pub mod role;

use rustc_hash::FxHashSet;
use std::sync::{Arc, OnceLock};

use crate::normalise::calendar::{month_of, weekday_of};
use crate::normalise::dates::{night_of, speaks_of_the_future, DateMention, DateSpan};
use crate::normalise::entities::{
    find_entities, names_organisation, EntityRef, Mention, SETTING_PREPOSITIONS,
};
use crate::normalise::number::read_number;
use crate::normalise::quantity::{
    clock_suffix, is_determiner, is_function_word as is_stopword, looks_like_verb, past_verb_form,
};
use crate::normalise::senses::{
    is_noun, names_a_time, superlative_shaped, tells_a_message, tells_a_mind, verb_lemma,
};
use crate::normalise::tokens::{stem_of, Token, TokenKind, WordSet};
use crate::normalise::verbs::{past_shaped, IRREGULAR_PAST};
use crate::rules::RuleSet;

pub use attribution::Attribution;
pub use date::DateClaim;
pub use figure::Figure;
pub use role::RoleClaim;

/// What kind of claim, as reports name it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// A quantity about a topic.
    Figure,
    /// An event placed at a date.
    Date,
    /// A quote and who said it.
    Attribution,
    /// A person and a title they hold.
    Role,
}

impl ClaimKind {
    /// The name used in reports and rule codes.
    pub fn name(self) -> &'static str {
        match self {
            ClaimKind::Figure => "figure",
            ClaimKind::Date => "date",
            ClaimKind::Attribution => "attribution",
            ClaimKind::Role => "role",
        }
    }
}

/// The checkable content of a claim. The larger kinds are boxed: a corpus
/// holds hundreds of thousands of claims, and each would otherwise take the
/// room of the largest.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ClaimBody {
    /// A quantity.
    Figure(Box<Figure>),
    /// An event at a date.
    Date(Box<DateClaim>),
    /// A quote and its speaker.
    Attribution(Box<Attribution>),
    /// A person's title.
    Role(Box<RoleClaim>),
}

impl ClaimBody {
    /// The claim's kind.
    pub fn kind(&self) -> ClaimKind {
        match self {
            ClaimBody::Figure(_) => ClaimKind::Figure,
            ClaimBody::Date(_) => ClaimKind::Date,
            ClaimBody::Attribution(_) => ClaimKind::Attribution,
            ClaimBody::Role(_) => ClaimKind::Role,
        }
    }
}

/// What surrounds a claim: the judge's evidence that two claims speak of the
/// same thing, or of different things.
#[derive(Debug, Clone, Default, PartialEq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Context {
    /// Entities named in the sentence, sorted and unique.
    pub subjects: Vec<EntityRef>,
    /// Content-word stems of the sentence outside its names, sorted and
    /// unique: one list shared by the claims of the sentence.
    pub words: Arc<[String]>,
    /// Time words ("monday", "2025", "since may"), sorted and unique.
    pub times: Vec<String>,
    /// Scope markers that set a frame ("alone", "so far", "ago", "per year").
    pub scope: Vec<String>,
    /// Entities named within a few words of the claim itself, sorted and unique.
    pub near: Vec<EntityRef>,
    /// Those of `near` named before the claim: in the place of its owner
    /// ("Ontario loses 38,000 jobs"), not of a setting ("in New York").
    pub near_before: Vec<EntityRef>,
    /// `near_before` names no one in the sentence itself and holds the owner
    /// borrowed from earlier sentences ("The government said 97 had died"):
    /// the story's subject, weaker evidence than a name written there.
    pub owner_borrowed: bool,
    /// The document's main entities (named in several sentences), sorted:
    /// what "the company" or "the town" most likely refers to.
    pub document: Arc<[EntityRef]>,
    /// Every entity the document names, sorted: two claims from stories that
    /// name the same port or company may speak of one thing, even where one
    /// story names it only once.
    pub story: Arc<[EntityRef]>,
    /// What the document is about: the entity it names most, and of equals
    /// the one it names first. A figure with no owner of its own belongs to
    /// it, where a town named twice in a province's story is only a part.
    pub lead: Option<EntityRef>,
    /// When the document was published: the time an undated figure speaks of.
    pub published: Option<jiff::civil::Date>,
    /// The date the sentence gives nearest the claim, if it gives one it
    /// could resolve.
    pub when: Option<DateSpan>,
    /// Who and what the sentence is about: its names, less speakers and
    /// datelines, sorted.
    pub participants: Vec<EntityRef>,
    /// Those of `participants` named in the claim's own clause (up to the
    /// nearest comma or semicolon either side), sorted: the cast of an event.
    pub clause: Vec<EntityRef>,
    /// Names the sentence gives only to qualify where the deed was done
    /// ("off the Wexmoor coast"), sorted: shared, they tell one happening;
    /// unshared, they part no cast.
    #[serde(default)]
    pub settings: Vec<EntityRef>,
    /// Nothing but function words stands before the claim in its sentence
    /// ("Fourteen fire engines were sent"): the figure is its clause's
    /// subject and leaves no place for an owner, so its story's bodies may
    /// all own it.
    #[serde(default)]
    pub opens_sentence: bool,
    /// `when` is a date the claim's own sentence gives, not one borrowed
    /// from the sentences before it.
    #[serde(default)]
    pub dated_here: bool,
}

/// One claim in one document.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    /// What surrounds it: shared, so copies of a claim (the split audit's
    /// bundles) hold one context.
    pub context: Arc<Context>,
}

const RELATIVE_DAYS: &[&str] = &["yesterday", "today", "tonight", "tomorrow"];
const PERIODS: &[&str] = &[
    "week", "weekend", "month", "year", "quarter", "summer", "winter", "spring", "autumn",
];

/// Words that put a figure in a frame of its own: a subset ("alone"), a
/// running total ("so far", "since"), the past ("ago", "previous"), an
/// average or a record. "Total" and "overall" are left out: a plain figure
/// is usually the overall one.
static SCOPE_WORDS: WordSet = WordSet::new(&[
    "alone",
    "since",
    "cumulative",
    "ago",
    "previous",
    "prior",
    "average",
    "record",
]);

/// Areas a story covers whole ("across the country").
const AREAS_WHOLE: &[&str] = &[
    "country", "province", "region", "state", "nation", "city", "island", "county",
];

/// The scope word for a figure that covers the whole area.
pub const WHOLE: &str = "whole";

/// Nouns for part of a country or town: a figure "in the northern region" is
/// a part of the national one.
static LOCAL_AREAS: WordSet = WordSet::new(&[
    "region",
    "district",
    "ward",
    "province",
    "county",
    "borough",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "state",
    "prefecture",
    "municipality",
    "parish",
    "constituency",
    "route",
    "routes",
    "line",
    "lines",
    "division",
    "segment",
    "unit",
    "market",
    "markets",
    "operations",
]);

/// How far (in tokens) a year may stand from a claim and still date it.
const YEAR_REACH: usize = 8;

/// How many tokens either side of a claim count as "near" it: close enough
/// to be its owner ("tariffs on India to 50%"), short of a listing of places
/// later in the sentence.
const NEAR: usize = 5;

/// How many tokens may separate a claim from its owner named before it
/// ("Kestrel, which booked $11.6 billion"); a name opening the sentence is
/// its owner wherever the claim stands ("Brightwater Holdings, a private
/// equity firm, offered $2.5 billion").
const OWNER_GAP: usize = 4;

/// Words too common to say two sentences share a subject.
static GENERIC_WORDS: WordSet = WordSet::new(&[
    "said",
    "says",
    "say",
    "told",
    "according",
    "reported",
    "report",
    "reports",
    "officials",
    "official",
    "people",
    "new",
    "also",
    "would",
    "could",
    "will",
    "year",
    "years",
    "week",
    "day",
    "days",
    "time",
    "made",
    "make",
    "one",
    "two",
    "first",
    "last",
    "statement",
    "news",
    "percent",
    "cent",
    "per",
    "million",
    "billion",
    "thousand",
]);

/// What a document gives every claim in it.
#[derive(Debug, Clone, Default)]
pub struct DocumentContext {
    /// Its main entities, sorted; shared by all its claims.
    pub main: Arc<[EntityRef]>,
    /// Every entity it names, sorted; shared by all its claims.
    pub story: Arc<[EntityRef]>,
    /// The entity it names most (of equals, the one named first).
    pub lead: Option<EntityRef>,
    /// Its publication date, if known.
    pub published: Option<jiff::civil::Date>,
}

/// What the sentences before this one were about: a sentence that opens
/// with "It", "That dispute" or "The company" and names no owner or time of
/// its own is taken to speak of these.
#[derive(Debug, Clone, Default)]
pub struct Antecedent {
    /// The organisation or person last written about.
    pub entity: Option<EntityRef>,
    /// The body (not a person) last written about: "it" points back at a
    /// body, never at the fire chief quoted in between.
    pub body: Option<EntityRef>,
    /// The body the document has named most so far: "the company" is the
    /// story's company, not the hospital the last sentence cited.
    pub main_body: Option<EntityRef>,
    /// The time words of the last sentence that had any.
    pub times: Vec<String>,
    /// The last date a sentence gave.
    pub when: Option<DateSpan>,
    /// Every body the document has named so far, in the order first
    /// named, with how many sentences named it: the most named is the
    /// main body, and "the council" is the one whose name ends in
    /// "council", not the story's co-operative.
    pub bodies: Vec<(EntityRef, usize)>,
    /// The people the document has named so far, in order: a bare
    /// surname ("Zirekani") is short for one of them ([`short_for`]), and
    /// no body "the firm" may point at.
    pub people: Vec<EntityRef>,
}

/// The person a one-word name is short for: the last person named before
/// whose name ends with it ("Okafor" after "Fire Chief Dolores Okafor").
pub fn short_for(entity: &EntityRef, people: &[EntityRef]) -> Option<EntityRef> {
    match entity {
        EntityRef::Unknown(word) if !word.contains(' ') => people
            .iter()
            .rev()
            .find(|p| matches!(p, EntityRef::Unknown(full) if full.rsplit(' ').next() == Some(&**word)))
            .cloned(),
        _ => None,
    }
}

impl Antecedent {
    /// The body "the NOUN" points back at: the one named so far whose
    /// name ends in that noun ("Vennock District Council" for "the
    /// council"), of several the last named; else the story's main body.
    fn described_body(&self, noun: Option<&str>) -> Option<&EntityRef> {
        let ends_in = |e: &&EntityRef| match (e, noun) {
            (EntityRef::Unknown(name), Some(noun)) => name
                .strip_suffix(noun)
                .is_some_and(|rest| rest.ends_with(' ')),
            _ => false,
        };
        // "The firm holds a contract", where the story names a defendant
        // by his surname more often than the company: the main body is no
        // person's surname, and the last body named as an organisation is
        // ("Tessaroll Language Services") stands in for it.
        let a_surname = |e: &EntityRef| short_for(e, &self.people).is_some();
        let an_organisation =
            |e: &&EntityRef| matches!(e, EntityRef::Unknown(name) if names_organisation(name));
        let named = || self.bodies.iter().map(|(body, _)| body).rev();
        named().find(ends_in).or_else(|| match &self.main_body {
            Some(main) if a_surname(main) => named().find(an_organisation),
            main => main.as_ref(),
        })
    }
}

/// The most words an apposition after a claim takes between its commas.
const APPOSITION_REACH: usize = 12;

/// Where an apposition opened at token `at` closes: a comma, then a noun
/// phrase opened by an article ("a 41-year-old man from Calderbrook"),
/// then the closing comma, whose index is returned. A verb form makes it
/// a clause ("27, the company said on Wednesday,"), no apposition.
fn apposition_end(norms: &Norms, at: usize) -> Option<usize> {
    if norms.get(at) != Some(",") || !matches!(norms.get(at + 1), Some("a" | "an" | "the")) {
        return None;
    }
    let end = (at + 2..(at + 2 + APPOSITION_REACH).min(norms.len()))
        .take_while(|&k| !matches!(norms.get(k), Some(";" | ":" | "\"")))
        .find(|&k| norms.get(k) == Some(","))?;
    let clause = (at + 2..end).any(|k| norms.get(k).is_some_and(looks_like_verb));
    (!clause).then_some(end)
}

/// The context of a claim spanning tokens `first..last`: its sentence's
/// context, the entities near the claim, and the document's. `figures` are
/// the token spans of the sentence's figures, so a date goes to the figure
/// it stands nearest ("reached 87.4%, against 85.9% a year ago").
pub fn claim_context(
    sentence: &SentenceContext,
    (first, last): (usize, usize),
    figures: &[(usize, usize)],
    document: &DocumentContext,
    antecedent: &Antecedent,
) -> Context {
    let close = |m: &&Mention| {
        m.last + NEAR > first && m.first < last + NEAR && !sentence.speakers.contains(&m.first)
    };
    let sorted = |mut list: Vec<EntityRef>| {
        list.sort();
        list.dedup();
        list
    };
    let near = sorted(
        sentence
            .mentions
            .iter()
            .filter(close)
            .map(|m| m.entity.clone())
            .collect(),
    );
    let mut near = near;
    let mut near_before = sorted(
        sentence
            .mentions
            .iter()
            .filter(|m| {
                let close =
                    m.last + OWNER_GAP >= first && same_clause(&sentence.norms, m.last, first);
                m.last <= first && (close || m.first < sentence.opening_end)
            })
            .filter(|m| !sentence.speakers.contains(&m.first))
            // "the clashes at the Port of Maravel rose to nine": a name
            // after a preposition is a setting, not an owner.
            .filter(|m| {
                m.first < sentence.opening_end || !after_preposition(&sentence.norms, m.first)
            })
            .map(|m| m.entity.clone())
            .collect(),
    );
    // "Aeralis says it carried 14.2m passengers": the speaker is the owner.
    if near_before.is_empty() {
        if let Some(m) = sentence.mentions.iter().find(|m| {
            m.last <= first
                && sentence.speakers.contains(&m.first)
                && matches!(sentence.norms.get(m.last), Some("says" | "said"))
                && matches!(
                    sentence.norms.get(m.last + 1),
                    Some("it" | "its" | "they" | "their")
                )
        }) {
            near_before.push(m.entity.clone());
        }
    }
    let mut context = sentence.context.clone();
    let mut owner_borrowed = false;
    // A year also dates a claim later in its own clause, and in a relative
    // clause that clause opens ("the 2011 collapse at the Greyholm mine,
    // where 14 miners were trapped").
    let in_years_clause = |at: usize| {
        at < first
            && (at..first).all(|k| {
                let relative_next = matches!(
                    sentence.norms.get(k + 1),
                    Some("where" | "when" | "which" | "who")
                );
                match sentence.norms.get(k) {
                    Some(",") => relative_next,
                    Some(";" | ":" | "—" | "–" | "(" | ")") => false,
                    _ => true,
                }
            })
    };
    // "The farm, which attracts about 40,000 visitors a year, opened in
    // 2006": a relative clause set off by commas tells its own time, and
    // the year of the clause it sits in (or of one set inside it, before
    // the claim) is not the claim's.
    // Where the relative clause a token sits in closes.
    let relative_clause_close = |at: usize| {
        let opener = (0..at).rev().find(|&k| {
            sentence.norms.get(k) == Some(",")
                && matches!(
                    sentence.norms.get(k + 1),
                    Some("which" | "who" | "where" | "when")
                )
        })?;
        let close = (opener + 1..sentence.norms.len())
            .find(|&k| sentence.norms.get(k) == Some(","))
            .unwrap_or(sentence.norms.len());
        (at < close).then_some(close)
    };
    let across_a_relative_clause =
        |at: usize| match (relative_clause_close(first), relative_clause_close(at)) {
            (Some(close), None) => at > close,
            (None, Some(close)) => first > close,
            _ => false,
        };
    context.times.extend(
        sentence
            .years
            .iter()
            // A year in the sentence's opening phrase ("In 2019, the
            // overpass was shut …, and repairs there cost $3.1 million")
            // dates all of it.
            .filter(|(at, _)| {
                ((*at + YEAR_REACH >= first && *at < last + YEAR_REACH)
                    || in_years_clause(*at)
                    || *at < sentence.opening_end)
                    && !across_a_relative_clause(*at)
            })
            .map(|(_, year)| year.clone()),
    );
    context.times.sort();
    context.times.dedup();
    // "Aeralis expects 58 million next year. Its rival carried 11 million in
    // the same three months": a past-tense sentence does not carry on a
    // forecast's time.
    let forecast = antecedent
        .when
        .zip(document.published)
        .is_some_and(|(when, published)| when.start > published);
    let inherits = sentence.anaphoric && (!forecast || speaks_of_the_future(sentence.norms.iter()));
    if inherits && context.times.is_empty() {
        context.times = antecedent.times.clone();
    }
    // A possessive date names an event, not the time of the count: "on
    // Tuesday, the toll from Sunday's earthquake rose to 230" is Tuesday's,
    // and "the number treated after Saturday's incident has risen to 14"
    // is of no day the sentence gives.
    let possessive = |d: &DateMention| {
        d.last
            .checked_sub(1)
            .and_then(|k| sentence.norms.get(k))
            .is_some_and(|n| n.ends_with("'s"))
    };
    let apposition = apposition_end(&sentence.norms, last);
    let nearest_date = sentence
        .dates
        .iter()
        .filter_map(|d| {
            let distance_to = |(f, l): (usize, usize)| d.first.abs_diff(f).min(d.last.abs_diff(l));
            let distance = distance_to((first, last));
            let anothers = figures
                .iter()
                .any(|&span| span != (first, last) && distance_to(span) < distance);
            // A date after a clause break that follows the figure dates
            // what that clause tells: "fined him $150,000 and ordered him
            // to repay the money, with the amount settled at a hearing in
            // June".
            // An apposition after the figure ("only one rider, a
            // 41-year-old man, was still in hospital on Monday night") is
            // no clause of its own: the verb after it is the figure's.
            let from = apposition
                .filter(|&end| end < d.first)
                .map_or(last, |end| end + 1);
            let in_a_later_clause = d.first >= last
                && (from..d.first).any(|k| matches!(sentence.norms.get(k), Some("," | ";")));
            if anothers || in_a_later_clause || possessive(d) {
                return None;
            }
            // A count told of a night ("overnight on Saturday", "in the
            // early hours of Sunday") is told of the day it falls on.
            let when = night_of(|k| sentence.norms.get(k), d).or(d.span)?;
            Some((distance, when))
        })
        .min_by_key(|(rank, _)| *rank)
        .map(|(_, span)| span);
    let dated_here = nearest_date.is_some();
    context.when = nearest_date.or(if inherits { antecedent.when } else { None });
    let is_break = |k: &usize| matches!(sentence.norms.get(*k), Some("," | ";"));
    // From the sentence's start (where the subject stands, past any
    // apposition) to the first break after the claim, or the first
    // subordinating conjunction: "ordered the recount on May 30 after
    // Brandt's agents raised concerns" names Brandt's agents for another
    // happening.
    // "Mr Pemberfold confirmed that the notice was lodged on Wednesday": a
    // verb's "that" opens a clause with a subject of its own, as
    // [`same_clause`] reads it.
    let clause_start = (1..first)
        .rev()
        .find(|&k| reported_from(&sentence.norms, k))
        .map_or(0, |k| k + 1);
    let break_from = |from: usize| {
        (from..sentence.norms.len())
            .find(|k| {
                is_break(k)
                    || sentence
                        .norms
                        .get(*k)
                        .is_some_and(|w| SUBORDINATORS.contains(&w))
            })
            .unwrap_or(sentence.norms.len())
    };
    let mut clause_end = break_from(last);
    // "At an emergency meeting on Tuesday, members voted", "On 7 October,
    // Dr Okoruwa-Finch told jurors": a claim in the phrase that opens the
    // sentence (no verb before it) is of the clause after its comma.
    let opening = (0..first).all(|k| {
        sentence
            .norms
            .get(k)
            .is_some_and(|w| w != "," && !looks_like_verb(w))
    });
    let only_times_between =
        (last..clause_end).all(|k| sentence.norms.get(k).is_some_and(names_a_time));
    if opening && only_times_between && sentence.norms.get(clause_end) == Some(",") {
        clause_end = break_from(clause_end + 1);
    }
    context.clause = sentence
        .mentions
        .iter()
        .filter(|m| m.first >= clause_start && m.last <= clause_end)
        .map(|m| m.entity.clone())
        .filter(|e| context.participants.contains(e))
        .collect();
    context.clause.sort();
    context.clause.dedup();
    // Scope words of the claim's own clause, and of the opening clause.
    let own_start = (0..first).rev().find(is_break).map_or(0, |k| k + 1);
    let opening = (0..sentence.norms.len())
        .find(is_break)
        .unwrap_or(sentence.norms.len());
    context.scope = sentence
        .scoped
        .iter()
        .filter(|(at, _)| (*at >= own_start && *at < clause_end) || *at < opening)
        .map(|(_, word)| word.clone())
        .collect();
    context.scope.sort();
    context.scope.dedup();
    let pointed_at = match sentence.norms.get(0) {
        Some("the") => antecedent.described_body(sentence.norms.get(1)),
        // "They" are many: a body, never the one person named last.
        Some("it" | "its" | "they" | "their") => antecedent.body.as_ref(),
        _ => antecedent.entity.as_ref(),
    };
    if let (true, true, Some(entity)) = (near_before.is_empty(), sentence.anaphoric, pointed_at) {
        near_before.push(entity.clone());
        owner_borrowed = true;
        near.push(entity.clone());
        near.sort();
        near.dedup();
        if context.subjects.binary_search(entity).is_err() {
            context.subjects.push(entity.clone());
            context.subjects.sort();
        }
    }
    let opens_sentence = (0..first).all(|k| {
        sentence
            .norms
            .get(k)
            .is_none_or(|w| is_stopword(w) || !w.chars().any(char::is_alphanumeric))
    });
    Context {
        near,
        near_before,
        owner_borrowed,
        opens_sentence,
        dated_here,
        document: document.main.clone(),
        story: document.story.clone(),
        lead: document.lead.clone(),
        published: document.published,
        ..context
    }
}

/// Verbs of saying that make the name before or after them a source, by
/// lemma: every finite form counts ("say", "says", "said"; "add", "adds",
/// "added"). Participles ("saying", "adding") hang off a clause whose
/// subject may stand anywhere before, so they mark no speaker. Lemmas that
/// are as often nouns ("note", "claim", "state", "tweet": `false`) count
/// only in their past forms ("noted", "stated"). Verbs that
/// often take an object ("reported revenue", "announced cuts") are left out:
/// they mark a speaker only beside a quote.
pub(crate) static SPEECH_LEMMAS: Lemmas = Lemmas::new(&[
    ("say", true),
    ("tell", true),
    ("add", true),
    ("write", true),
    ("explain", true),
    ("insist", true),
    ("note", false),
    ("state", false),
    ("claim", false),
    ("tweet", false),
]);

/// Verbs by lemma, each with whether its present forms count or only its
/// past ones. Every form that counts is spelled out once, on first use:
/// asking about a word, as is done at nearly every token, is one look-up.
pub struct Lemmas {
    lemmas: &'static [(&'static str, bool)],
    forms: OnceLock<FxHashSet<String>>,
    inflected: OnceLock<FxHashSet<String>>,
}

impl Lemmas {
    /// Verbs of these lemmas.
    pub const fn new(lemmas: &'static [(&'static str, bool)]) -> Self {
        Lemmas {
            lemmas,
            forms: OnceLock::new(),
            inflected: OnceLock::new(),
        }
    }

    /// Whether `word` is a form of one of them that counts: the lemma, or
    /// it and "-s" or "-es" ("-y" as "-ies"); in the past, it and "-ed" or
    /// "-d" ("-y" as "-ied"), or an irregular past. Stems of fewer than two
    /// letters take no suffix.
    pub fn contains(&self, word: &str) -> bool {
        self.counted_forms().contains(word)
    }

    fn counted_forms(&self) -> &FxHashSet<String> {
        self.forms.get_or_init(|| {
            let mut forms = FxHashSet::default();
            for &(lemma, every_form) in self.lemmas {
                let y_stem = lemma.strip_suffix('y').filter(|s| s.len() >= 2);
                let long = lemma.len() >= 2;
                if every_form {
                    forms.insert(lemma.to_string());
                    if long {
                        forms.insert(format!("{lemma}s"));
                        forms.insert(format!("{lemma}es"));
                    }
                    if let Some(s) = y_stem {
                        forms.insert(format!("{s}ies"));
                    }
                }
                if long {
                    forms.insert(format!("{lemma}ed"));
                    forms.insert(format!("{lemma}d"));
                }
                if let Some(s) = y_stem {
                    forms.insert(format!("{s}ied"));
                }
            }
            // An irregular past is read as that only.
            forms.retain(|f| IRREGULAR_PAST.iter().all(|(form, _)| form != f));
            for (form, lemma) in IRREGULAR_PAST {
                if self.lemmas.iter().any(|(l, _)| l == lemma) {
                    forms.insert(form.to_string());
                }
            }
            forms
        })
    }

    /// Whether `word` is a present ("-s", "-es") or "-ing" form of one of
    /// them, counted or not ("notes", "saying", "writing").
    pub fn inflects(&self, word: &str) -> bool {
        self.inflected_forms().contains(word)
    }

    /// Every form [`Lemmas::contains`] or [`Lemmas::inflects`] accepts.
    pub fn every_form(&self) -> impl Iterator<Item = &str> {
        self.counted_forms()
            .iter()
            .chain(self.inflected_forms())
            .map(String::as_str)
    }

    fn inflected_forms(&self) -> &FxHashSet<String> {
        self.inflected.get_or_init(|| {
            let mut forms = FxHashSet::default();
            for &(lemma, _) in self.lemmas {
                forms.insert(format!("{lemma}s"));
                forms.insert(format!("{lemma}es"));
                forms.insert(format!("{lemma}ing"));
                if let Some(stem) = lemma.strip_suffix('e') {
                    forms.insert(format!("{stem}ing"));
                }
            }
            forms
        })
    }
}

/// A verb of saying that marks a source: "said", "adds", "announced".
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_LEMMAS.contains(word)
}

/// A present or "-ing" form of a verb of saying, also of those whose
/// present forms are nouns as often ("notes", "saying"): a verb where the
/// words around it say so.
pub fn inflects_speech_verb(word: &str) -> bool {
    SPEECH_LEMMAS.inflects(word)
}

/// "Yuri Ushakov said", "said Ushakov", "according to Ushakov", "Kremlin aide
/// Yuri Ushakov said"; and whoever reports what it knows or tells a clause
/// ("The Courier understands that …", "Mr Pemberfold confirmed that …"):
/// a source of the sentence, no participant in it.
fn is_speaker(tokens: &[Token], m: &Mention) -> bool {
    let before = |k: usize| {
        m.first
            .checked_sub(k)
            .and_then(|i| tokens.get(i))
            .map(|t| t.norm.as_str())
    };
    let after_verb = tokens
        .iter()
        .skip(m.last)
        .take(3)
        .take_while(|t| t.kind == TokenKind::Word || t.norm == ",")
        .any(|t| is_speech_verb(&t.norm));
    // "The Courier understands that …", "police have learned that …": a
    // verb of thought told as the present state of one's knowledge (a
    // present or perfect form) before a clause reports what the name knows
    // of it; "the council decided that …" tells its own deed.
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let perfect = matches!(word(m.last), "has" | "have");
    let verb = m.last + usize::from(perfect);
    let present = perfect || (verb_lemma(word(verb), None).is_some() && !past_shaped(word(verb)));
    let knows_that = present && tells_a_mind(word(verb)) && word(verb + 1) == "that";
    // "Mr Pemberfold confirmed that the notice was lodged": a verb of
    // telling before a clause gives what it tells, in any tense.
    let tells_that = tells_a_message(word(verb)) && word(verb + 1) == "that";
    // "Internal documents seen by the Ledger suggest the board was …": who
    // saw the documents a clause is read from reports it, and takes no
    // part in it.
    let word_before = |k: usize| before(k).unwrap_or_default();
    let tells_clause =
        |k: usize| tells_a_message(word(k)) || tells_a_mind(word(k)) || is_speech_verb(word(k));
    let article = usize::from(word_before(1) == "the");
    let reporter = word_before(1 + article) == "by"
        && past_shaped(word_before(2 + article))
        && (m.last..m.last + 2).any(tells_clause);
    after_verb
        || knows_that
        || tells_that
        || reporter
        || before(1).is_some_and(is_speech_verb)
        || (before(2) == Some("according") && before(1) == Some("to"))
}

/// Where the opening of a sentence ends: after its first token, at the
/// comma closing an opening prepositional phrase ("In neighbouring
/// Saltmoor, two people died"), after an opening year with no comma ("In
/// 2021 a milder frost …"), or after a name set off as the opening
/// phrase's apposition ("Its main rival, Skyvane, carried 11 million").
fn opening_end(tokens: &[Token]) -> usize {
    let described = tokens.first().is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "its" | "their" | "his" | "her" | "the" | "a" | "an"
        )
    });
    if described {
        let comma = |from: usize| {
            (from..tokens.len().min(from + APPOSITION_WORDS)).find(|&k| tokens[k].norm == ",")
        };
        if let Some(open) = comma(1) {
            if let Some(close) = comma(open + 1) {
                let name = &tokens[open + 1..close];
                if !name.is_empty()
                    && name
                        .iter()
                        .all(|t| t.kind == TokenKind::Word && t.capitalised)
                {
                    return close;
                }
            }
        }
    }
    let prepositional = tokens.first().is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "in" | "at" | "across" | "from" | "for" | "inside" | "outside"
        )
    });
    if prepositional {
        if let Some(comma) = tokens.iter().take(7).position(|t| t.norm == ",") {
            return comma;
        }
        // "In 2021 a milder frost cost the estate …, and the insurer
        // settled that claim": a year opening the sentence without its
        // comma sets all of it then.
        if tokens.get(1).is_some_and(is_year) {
            return 2;
        }
    }
    1
}

/// Whether `t` is a year written in four digits ("2021").
fn is_year(t: &Token) -> bool {
    t.kind == TokenKind::Number
        && t.end - t.start == 4
        && t.norm
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
}

/// The most words an opening phrase or the name set off after it may take.
const APPOSITION_WORDS: usize = 6;

/// "ALDMOOR, Monday —", "ARDMOOR - …": the place a story was filed from,
/// not its subject.
pub(crate) fn is_dateline(tokens: &[Token], m: &Mention) -> bool {
    m.first == 0
        && tokens[..m.last]
            .iter()
            .all(|t| t.all_caps || t.kind != TokenKind::Word)
        && tokens
            .get(m.last)
            .is_some_and(|t| matches!(t.norm.as_str(), "," | "-" | "–" | "—"))
}

/// "(Bourse Wire)", "(Reuters)": a name set in parentheses is an aside (the
/// wire that filed the story, an abbreviation), not what the next sentence's
/// "it" means.
pub(crate) fn in_parentheses(tokens: &[Token], m: &Mention) -> bool {
    m.first > 0
        && tokens[m.first - 1].norm == "("
        && tokens.get(m.last).is_some_and(|t| t.norm == ")")
}

fn after_preposition(norms: &Norms, at: usize) -> bool {
    let norm = |k: usize| norms.get(k).expect("a token of the sentence");
    let mut k = at;
    while k > 0 && matches!(norm(k - 1), "the" | "a" | "an") {
        k -= 1;
    }
    k > 0
        && matches!(
            norm(k - 1),
            "at" | "in"
                | "of"
                | "from"
                | "on"
                | "across"
                | "near"
                | "outside"
                | "inside"
                | "into"
                | "through"
        )
}

/// No comma between tokens `from` and `to` (a name and a claim), unless it
/// opens a relative clause ("Kestrel, which booked $11.6 billion"):
/// "requested by the Greens, lasted six hours" does not make the Greens the
/// owner of the six hours.
fn same_clause(norms: &Norms, from: usize, to: usize) -> bool {
    if from > to || to > norms.len() {
        return true;
    }
    // "Ms Threadgould agreed that 68 bottles he supplied were fakes": a
    // verb's "that" opens a clause with a subject of its own.
    let reported = (from + 1..to).any(|k| reported_from(norms, k));
    if reported {
        return false;
    }
    match (from..to).find(|&k| norms.get(k) == Some(",")) {
        None => true,
        Some(at) => at + 1 < to && matches!(norms.get(at + 1), Some("which" | "who" | "whose")),
    }
}

/// Whether token `k` is a "that" after a verb in the past ("agreed that",
/// "confirmed that"): what follows is a clause of its own.
fn reported_from(norms: &Norms, k: usize) -> bool {
    k > 0 && norms.get(k) == Some("that") && norms.get(k - 1).is_some_and(past_shaped)
}

/// Subordinating conjunctions, a closed class: what follows one tells
/// another happening than the clause before it. "When" and "while" are
/// left out: after a time they tell what happened then ("this week when he
/// increased tariffs on India").
pub(crate) const SUBORDINATORS: &[&str] = &[
    "after", "before", "because", "although", "though", "until", "unless", "whereas",
];

/// Opening words that point back at what the previous sentences named.
fn opens_anaphorically(tokens: &[Token]) -> bool {
    const PRONOUNS: &[&str] = &[
        "it", "its", "they", "their", "he", "she", "his", "her", "that", "this", "those", "these",
    ];
    const ORG_NOUNS: &[&str] = &[
        "company",
        "firm",
        "group",
        "business",
        "brewer",
        "bank",
        "council",
        "government",
        "city",
        "town",
        "village",
        "country",
        "state",
        "agency",
        "ministry",
        "department",
        "operator",
        "authority",
        "utility",
        "insurer",
        "carrier",
        "airline",
        "retailer",
        "club",
        "team",
        "party",
        "province",
        "region",
        "district",
        "county",
        "army",
        "military",
        "buyer",
        "seller",
        "target",
        "lender",
        "manufacturer",
        "maker",
        "chain",
        "network",
        "port",
    ];
    const DEMONSTRATIVES: &[&str] = &["that", "this", "those", "these"];
    match tokens {
        [first, ..] if PRONOUNS.contains(&first.norm.as_str()) => true,
        [the, noun, ..] if the.norm == "the" => ORG_NOUNS.contains(&noun.norm.as_str()),
        // "During that visit, …": an opening phrase pointing back.
        [opener, demonstrative, ..] => {
            is_stopword(&opener.norm)
                && !DEMONSTRATIVES.contains(&opener.norm.as_str())
                && DEMONSTRATIVES.contains(&demonstrative.norm.as_str())
        }
        _ => false,
    }
}

/// The entities a document names in at least `min_sentences` sentences,
/// sorted: its main subjects.
pub fn main_entities(sentences: &[&SentenceContext], min_sentences: usize) -> Vec<EntityRef> {
    let mut counts: std::collections::BTreeMap<&EntityRef, usize> =
        std::collections::BTreeMap::new();
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

/// A sentence's folded tokens, copied into one string: a string for each
/// token cost a tenth of reading a sentence's context.
pub struct Norms {
    text: String,
    /// Where each token's folded form ends in `text`.
    ends: Vec<usize>,
}

impl Norms {
    fn new(tokens: &[Token]) -> Self {
        let mut text = String::with_capacity(tokens.iter().map(|t| t.norm.len()).sum());
        let ends = tokens
            .iter()
            .map(|t| {
                text.push_str(&t.norm);
                text.len()
            })
            .collect();
        Norms { text, ends }
    }

    /// The folded form of token `k`.
    pub fn get(&self, k: usize) -> Option<&str> {
        let end = *self.ends.get(k)?;
        let start = k.checked_sub(1).map_or(0, |p| self.ends[p]);
        Some(&self.text[start..end])
    }

    /// How many tokens.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the sentence has no tokens.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The folded forms in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).filter_map(|k| self.get(k))
    }
}

/// What a sentence gives all its claims, read once.
pub struct SentenceContext {
    /// The shared part of every claim's context.
    pub context: Context,
    /// Where entities are named, for nearness.
    pub mentions: Vec<Mention>,
    /// Years written in the sentence, with their token index: each dates
    /// only the claims near it.
    pub years: Vec<(usize, String)>,
    /// Scope words with their token index: each frames the claims of its
    /// own clause, or every claim when it stands in the opening clause.
    pub scoped: Vec<(usize, String)>,
    /// The folded tokens, for reading what stands between a name and a claim.
    pub norms: Norms,
    /// The dates the sentence gives.
    pub dates: Vec<DateMention>,
    /// The sentence opens with "It", "They", "That dispute" or "The company".
    pub anaphoric: bool,
    /// Names starting before this token open the sentence: its first token,
    /// or an opening prepositional phrase ("In neighbouring Saltmoor,").
    pub opening_end: usize,
    /// First tokens of mentions that name who is speaking ("X said",
    /// "according to X") or where the story was filed ("ALDMOOR, Monday —"):
    /// a source or a dateline, not what the figure is about.
    pub speakers: Vec<usize>,
    /// The tokens that may be content words, for [`SentenceContext::read_words`].
    content: Vec<usize>,
}

impl SentenceContext {
    /// Drops the names `unwanted` picks from the sentence's names: they
    /// neither own its claims nor stand among its subjects.
    pub fn forget(&mut self, unwanted: impl Fn(&EntityRef) -> bool) {
        self.mentions.retain(|m| !unwanted(&m.entity));
        self.context.subjects.retain(|e| !unwanted(e));
        self.context.participants.retain(|e| !unwanted(e));
    }

    /// Fills in the context's content words: stems of the sentence's words
    /// outside names and time words, less the generic ones. Only claims
    /// use them, so a sentence without any is spared the stemming.
    pub fn read_words(&mut self, tokens: &[Token]) {
        let mut words: Vec<String> = self
            .content
            .iter()
            .filter_map(|&i| {
                let t = tokens.get(i)?;
                let norm = t.norm.strip_suffix("'s").unwrap_or(&t.norm);
                // Stop words first: most are, and need no stem.
                if GENERIC_WORDS.contains(norm) || is_stopword(norm) {
                    return None;
                }
                let l = stem_of(norm);
                (!GENERIC_WORDS.contains(&l)).then(|| l.into_owned())
            })
            .collect();
        words.sort();
        words.dedup();
        self.context.words = words.into();
    }
}

/// Whether mention `m` stands in an aside set off by commas that describes
/// the noun before it, opened by a relative word or a past participle
/// ("The bestiary, printed by Joris Vandermaelen, sold"; "Lumbertell
/// Leisure, which owns Brackenwhistle, said"): what the aside names takes
/// no part in the sentence's deed, unless the participle gives the noun
/// its own name ("The ride, known as the Starwheel, stopped").
fn in_describing_aside(tokens: &[Token], m: &Mention) -> bool {
    let Some(open) = (0..m.first)
        .rev()
        .take_while(|&k| !matches!(tokens[k].norm.as_str(), ";" | ":" | "(" | ")" | "\""))
        .find(|&k| tokens[k].norm == ",")
    else {
        return false;
    };
    let Some(opener) = tokens.get(open + 1) else {
        return false;
    };
    let participle = past_verb_form(opener);
    // "The ride, known as the Starwheel, stopped": a participle right
    // before the name gives the noun its own name, which takes part.
    let names_the_noun = (open + 2..=open + 4).contains(&m.first)
        && tokens[open + 2..m.first]
            .iter()
            .all(|t| matches!(t.norm.as_str(), "as" | "the"));
    let describes = matches!(opener.norm.as_str(), "which" | "who" | "whose")
        || (participle && !names_the_noun);
    // The aside closes before the sentence's own verb ("…, came to a
    // halt"): a clause after a main verb ("held talks at the Ministry, but
    // …") is no aside.
    let close = (m.last..tokens.len())
        .take_while(|&k| !matches!(tokens[k].norm.as_str(), ";" | ":" | "(" | ")" | "\"" | "."))
        .find(|&k| tokens[k].norm == ",");
    let verb_after = close.and_then(|k| tokens.get(k + 1)).is_some_and(|t| {
        t.kind == TokenKind::Word && (past_shaped(&t.norm) || looks_like_verb(&t.norm))
    });
    open > 0 && describes && verb_after
}

/// Whether a mention qualifies the noun of a place a preposition sets the
/// deed in ("off the Wexmoor coast", "near the Kessar border"): where it
/// happened, not who took part. "Off" places at sea as "near" does on
/// land.
fn qualifies_a_setting(tokens: &[Token], m: &Mention) -> bool {
    let before = |back: usize| m.first.checked_sub(back).map(|k| tokens[k].norm.as_str());
    let placed = matches!(before(2), Some(p) if SETTING_PREPOSITIONS.contains(&p) || p == "off")
        && before(1) == Some("the");
    placed
        && tokens
            .get(m.last)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised && is_noun(&t.norm))
}

/// Whether `word` is a superlative: "most", "best", or one shaped as
/// one ([`superlative_shaped`]: "highest", not "interest").
fn is_superlative(word: &str) -> bool {
    matches!(word, "most" | "least" | "best" | "worst" | "first") || superlative_shaped(word)
}

/// How a context's times tell a total gathered over some years ("over
/// five years" is `years over 5`).
pub const YEARS_OVER: &str = "years over";

/// Reads the context shared by a sentence's claims.
pub fn sentence_context(
    tokens: &[Token],
    rules: &RuleSet,
    names: &FxHashSet<String>,
    dates: &[DateMention],
) -> SentenceContext {
    let mentions = find_entities(tokens, rules, names);
    let mut subjects: Vec<EntityRef> = mentions.iter().map(|m| m.entity.clone()).collect();
    subjects.sort();
    subjects.dedup();
    let in_mention = |i: usize| mentions.iter().any(|m| (m.first..m.last).contains(&i));

    let mut content = Vec::new();
    let mut times = Vec::new();
    let mut years = Vec::new();
    let mut scope = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let norm = t.norm.strip_suffix("'s").unwrap_or(&t.norm);
        if let Some(day) =
            weekday_of(t).or_else(|| RELATIVE_DAYS.iter().find(|d| **d == norm).copied())
        {
            times.push(day.to_string());
            continue;
        }
        if let Some(month) = month_of(t) {
            times.push(month.to_string());
            continue;
        }
        if is_year(t) {
            // A year dates only the claims near it, and not when it starts
            // a span ("the highest since 2009").
            let starts_span =
                i > 0 && matches!(tokens[i - 1].norm.as_str(), "since" | "until" | "till");
            if !starts_span {
                years.push((i, norm.to_string()));
            }
            continue;
        }
        // "By lunchtime, 14 pupils had been taken to hospital", "by the
        // end of the day 23": a count as of a time of day, which another
        // count as of another time need not match.
        // "By 9am", "by the time the road reopened": as of a clock time,
        // or of a happening.
        let clock = tokens
            .get(i + 1)
            .filter(|_| norm == "by" && clock_suffix(tokens, i + 2));
        let by_the_time = norm == "by"
            && tokens.get(i + 1).is_some_and(|n| n.norm == "the")
            && tokens.get(i + 2).is_some_and(|n| n.norm == "time");
        if let Some(number) = clock {
            times.push(format!("by {}{}", number.norm, tokens[i + 2].norm));
        } else if by_the_time {
            let clause: Vec<&str> = tokens[i + 3..]
                .iter()
                .take_while(|n| n.kind == TokenKind::Word)
                .take(6)
                .map(|n| n.norm.as_str())
                .collect();
            times.push(format!("by the time {}", clause.join(" ")));
        } else if norm == "by" {
            // Within its own phrase ("by the end of the day"), not past
            // another preposition ("approved by the board in the
            // evening"), and no weekday or month (a date).
            let time_of_day = tokens[i + 1..]
                .iter()
                .take(5)
                // A name is no time ("reviewed by the Northgate Times").
                .take_while(|n| {
                    n.kind == TokenKind::Word
                        && !n.capitalised
                        && weekday_of(n).is_none()
                        && month_of(n).is_none()
                        && (n.norm == "of" || !date::COMPLEMENTS.contains(&n.norm.as_str()))
                })
                .find(|n| names_a_time(&n.norm));
            if let Some(when) = time_of_day {
                times.push(format!("by {}", when.norm));
            }
        }
        // "Over five years", "across three years": a total gathered over
        // that many years, of no one year's time.
        if matches!(norm, "over" | "across") {
            let span = read_number(tokens, i + 1, &rules.scales).filter(|n| {
                !n.vague && n.low == n.high && tokens.get(n.next).is_some_and(|t| t.norm == "years")
            });
            if let Some(span) = span {
                times.push(format!("{YEARS_OVER} {}", span.low));
            }
        }
        if matches!(norm, "last" | "this" | "next" | "earlier" | "previous") {
            // "last year", and "last year's" strike; "last August", a
            // month named as a past or coming one.
            let period = tokens.get(i + 1).and_then(month_of).or_else(|| {
                tokens
                    .get(i + 1)
                    .map(|p| p.norm.strip_suffix("'s").unwrap_or(&p.norm))
                    .filter(|p| PERIODS.contains(p))
            });
            if let Some(period) = period {
                times.push(format!("{norm} {period}"));
            }
        }
        // "in the northern region", "in the Quayside district": a part of
        // the whole the story is about.
        // A named area ("the Eastgate ward") is a subject of its own instead.
        // "in the province" with no qualifier is the story's own area.
        if LOCAL_AREAS.contains(norm) {
            let before = &tokens[i.saturating_sub(4)..i];
            if let Some(at) = before
                .iter()
                .rposition(|p| matches!(p.norm.as_str(), "in" | "on"))
            {
                let between = &before[at + 1..];
                let qualified = between.iter().any(|p| {
                    p.kind == TokenKind::Word
                        && !matches!(
                            p.norm.as_str(),
                            "the" | "a" | "an" | "this" | "that" | "its" | "their" | "our"
                        )
                });
                // "on charge inside the unit": a determiner past the first
                // word opens a phrase of its own, which "on" does not govern.
                let another_phrase = between.iter().skip(1).any(|p| is_determiner(&p.norm));
                if qualified && !another_phrase && !between.iter().any(|p| p.capitalised) {
                    scope.push((i, "local".to_string()));
                }
            }
        }
        // "across the province", "nationwide": the whole, against which a
        // figure owned by one named town is a part.
        let across_area = norm == "across"
            && tokens
                .get(i + 2)
                .is_some_and(|a| AREAS_WHOLE.contains(&a.norm.as_str()))
            && tokens.get(i + 1).is_some_and(|t| t.norm == "the");
        if across_area
            || matches!(
                norm,
                "nationwide" | "countrywide" | "province-wide" | "statewide"
            )
        {
            scope.push((i, WHOLE.to_string()));
        }
        // "since May", "since the start of the year", "since then" set a
        // running total; "has since dropped" does not.
        let since_date = norm == "since"
            && tokens.get(i + 1).is_some_and(|n| {
                month_of(n).is_some()
                    || weekday_of(n).is_some()
                    || n.kind == TokenKind::Number
                    || matches!(n.norm.as_str(), "last" | "then")
                    // "since the start of the year", not "the most since
                    // the city began".
                    || (n.norm == "the"
                        && tokens[i + 2..]
                            .iter()
                            .take(4)
                            .take_while(|w| w.kind == TokenKind::Word)
                            .any(|w| names_a_time(&w.norm)))
            })
            // "have lost about 11 percent since the recall was announced":
            // a clause after "since" sets when the running change began;
            // after a superlative ("the highest for a mayoral contest
            // since the post was created") it sets what is compared, and
            // "has since emerged" is no clause.
            || (norm == "since"
                && tokens.get(i + 1).is_some_and(|n| is_determiner(&n.norm))
                && !tokens[..i]
                    .iter()
                    .rev()
                    .take(8)
                    .take_while(|w| w.kind == TokenKind::Word)
                    .any(|w| is_superlative(&w.norm))
                && tokens[i + 1..]
                    .iter()
                    .take(5)
                    .take_while(|w| w.kind == TokenKind::Word)
                    .any(past_verb_form));
        if since_date
            || (norm != "since" && SCOPE_WORDS.contains(norm))
            || (norm == "so" && tokens.get(i + 1).is_some_and(|n| n.norm == "far"))
        {
            scope.push((
                i,
                if norm == "so" {
                    "so far".to_string()
                } else {
                    norm.to_string()
                },
            ));
            continue;
        }
        if t.kind == TokenKind::Word && !in_mention(i) && norm.chars().nth(2).is_some() {
            content.push(i);
        }
    }
    times.sort();
    times.dedup();
    let speakers: Vec<usize> = mentions
        .iter()
        .filter(|m| is_speaker(tokens, m) || is_dateline(tokens, m))
        .map(|m| m.first)
        .collect();
    // "Trump's envoy": the possessor is not a participant.
    let possessor = |m: &Mention| {
        tokens
            .get(m.last.saturating_sub(1))
            .is_some_and(|t| t.norm.ends_with("'s"))
    };
    let mut participants: Vec<EntityRef> = mentions
        .iter()
        .filter(|m| {
            !speakers.contains(&m.first) && !possessor(m) && !in_describing_aside(tokens, m)
        })
        .map(|m| m.entity.clone())
        .collect();
    participants.sort();
    participants.dedup();
    let mut settings: Vec<EntityRef> = mentions
        .iter()
        .filter(|m| qualifies_a_setting(tokens, m))
        .map(|m| m.entity.clone())
        .collect();
    settings.sort();
    settings.dedup();
    SentenceContext {
        context: Context {
            subjects,
            words: Arc::from([]),
            times,
            scope: Vec::new(),
            near: Vec::new(),
            near_before: Vec::new(),
            owner_borrowed: false,
            document: Arc::from([]),
            story: Arc::from([]),
            lead: None,
            published: None,
            when: None,
            participants,
            clause: Vec::new(),
            settings,
            opens_sentence: false,
            dated_here: false,
        },
        years,
        scoped: scope,
        norms: Norms::new(tokens),
        dates: dates.to_vec(),
        anaphoric: opens_anaphorically(tokens),
        opening_end: opening_end(tokens),
        speakers,
        content,
        mentions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::tokens::tokenize;

    fn participants(text: &str) -> Vec<String> {
        let rules = RuleSet::builtin().unwrap();
        let tokens = tokenize(text);
        sentence_context(&tokens, &rules, &FxHashSet::default(), &[])
            .context
            .participants
            .iter()
            .map(|e| crate::normalise::entities::entity_name(e, &rules))
            .collect()
    }

    /// A name qualifying the noun of a place a preposition sets the deed
    /// in is a setting; the same name acting, or named alone after the
    /// preposition, is none.
    #[test]
    fn a_name_qualifying_a_place_is_a_setting() {
        let rules = RuleSet::builtin().unwrap();
        let settings = |text: &str| -> Vec<String> {
            sentence_context(&tokenize(text), &rules, &FxHashSet::default(), &[])
                .context
                .settings
                .iter()
                .map(|e| crate::normalise::entities::entity_name(e, &rules))
                .collect()
        };
        assert_eq!(
            settings("A launch struck a pier off the Harnby coast on Tuesday."),
            ["Harnby"]
        );
        assert!(settings("Harnby Marine sent a launch on Tuesday.").is_empty());
        assert!(settings("A launch struck a pier off Harnby on Tuesday.").is_empty());
    }

    /// An apposition is a noun phrase between commas; a speech tag has a
    /// verb and is none.
    #[test]
    fn an_apposition_is_no_clause() {
        let end = |text: &str, at: usize| apposition_end(&Norms::new(&tokenize(text)), at);
        let rider = "Only one rider, a 41-year-old man from Calderbrook, was still there.";
        assert_eq!(end(rider, 3), Some(13));
        let fires = "It has risen to 27, the company said on Wednesday, as owners came forward.";
        assert_eq!(end(fires, 5), None);
    }

    /// A verb's "that" opens a clause of its own: the name before it owns
    /// no figure after it; a relative word after a comma joins one clause.
    #[test]
    fn a_verbs_that_clause_is_another_clause() {
        let same = |text: &str, from: usize, to: usize| {
            same_clause(&Norms::new(&tokenize(text)), from, to)
        };
        let agreed = "Ms Threadgould agreed that 68 bottles he supplied were fakes.";
        assert!(!same(agreed, 2, 5));
        let owned = "Ms Threadgould supplied 68 bottles that were fakes.";
        assert!(same(owned, 2, 4));
        let relative = "Kestrel, which booked 11 orders, grew.";
        assert!(same(relative, 1, 4));
    }

    /// What an aside set off by commas names, opened by a relative word
    /// or a participle before the sentence's verb, takes no part in its
    /// deed, unless the participle gives the noun its own name; a clause
    /// after the main verb is no aside.
    #[test]
    fn an_aside_describing_the_subject_names_no_participant() {
        assert!(participants(
            "The bestiary, printed by Joris Vandermaelen in Antwerp, sold on Tuesday."
        )
        .is_empty());
        assert_eq!(
            participants("The ride, known as the Starwheel, stopped on Saturday."),
            ["Starwheel"]
        );
        assert_eq!(
            participants(
                "Irena Vasko held talks on Monday, held at the Labour Ministry, but no deal came."
            ),
            ["Irena Vasko", "Labour Ministry"]
        );
    }

    /// Who reports what it knows of a deed ("The Courier understands
    /// that …") takes no part in it; who does it does.
    #[test]
    fn a_name_that_knows_of_a_clause_is_no_participant() {
        assert!(participants(
            "The Courier understands that inspectors examined the road last Thursday."
        )
        .is_empty());
        assert_eq!(
            participants("The Courier examined the road last Thursday."),
            ["Courier"]
        );
        assert_eq!(
            participants("The Varne Council decided that it would close the road on Monday."),
            ["Varne Council"]
        );
        // A verb of telling before "that" gives what it tells, in any tense.
        assert!(participants(
            "Alaric Pemberfold announced that the notice of appeal was lodged on Wednesday."
        )
        .is_empty());
        // Who saw the documents a clause is read from reports it.
        assert!(participants(
            "Internal documents seen by the Ledger suggest the board was alerted on 14 August."
        )
        .is_empty());
        assert_eq!(
            participants("The bolt was examined by the Varne Council on Monday."),
            ["Varne Council"]
        );
    }
}

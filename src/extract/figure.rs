//! Figure claims: a quantity, its unit, what it counts or describes, and the
//! topic its sentence puts it under.

use rustc_hash::FxHashSet;
use std::borrow::Cow;

use crate::extract::date::object_of;
use crate::extract::role::POSSESSIVE_PRONOUNS;
use crate::normalise::calendar::{month_of, ordinal_value, weekday_of};
use crate::normalise::interval::Interval;
use crate::normalise::quantity::is_preposition;
use crate::normalise::quantity::{
    count_class, find_quantities, is_determiner, is_function_word, looks_like_verb, Frame,
    Quantity, Unit,
};
use crate::normalise::senses::{
    is_noun, is_particle, names_a_part, names_a_time, tells_a_message, tells_a_state,
    tells_knowing, verb_lemma, verb_of_a_deed_noun, verb_of_a_person_noun,
};
use crate::normalise::tokens::{
    compound_hyphen, name_start, possessive_end, singular, singular_of, stem_of, Token, TokenKind,
};
use crate::normalise::verbs::{past_shaped, BASE_PARTICIPLES, BE};
use crate::rules::{Dimension, RuleSet, Topic, TriggerWord};

/// How far (in tokens) a topic trigger may stand from the quantity it governs.
const TRIGGER_REACH: usize = 14;

/// A figure claim.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Figure {
    /// The value, in the unit's base.
    pub interval: Interval,
    /// What it measures.
    pub unit: Unit,
    /// Index into `RuleSet::topics`, when a topic rule governs it.
    pub topic: Option<usize>,
    /// Lemma of the noun it counts or describes.
    pub head: Option<String>,
    /// Lemmas of the words before the head in its noun phrase.
    pub modifiers: Vec<String>,
    /// Those of `modifiers` that say what the things hold ("boxes of
    /// paperwork"), not what kind they are.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contents: Vec<String>,
    /// Lemmas of the nouns its sentence lists as held in it ("raised
    /// $38,400, including gate takings and a fleece auction"): a figure of
    /// one of them is a part of this one, however they differ.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<String>,
    /// The hedge as written, folded.
    pub hedge: Option<String>,
    /// The denominator of a rate ("share" in "$48 a share").
    pub per: Option<String>,
    /// Deadline or offset, for durations that are not lengths of things.
    pub frame: Option<Frame>,
    /// A loose count ("a few"): a number outside it says something else
    /// rather than the opposite.
    pub loose: bool,
    /// For a count or an amount of a stuff (a mass, a volume): whether its
    /// sentence tells it as what stands or as what happened, where the verb
    /// it hangs on shows which.
    pub told: Option<Telling>,
    /// For a count: its sentence tells it as a count that moves, so that
    /// another value of it at another time is no contradiction ("up from
    /// the six", "has risen to 27", "3,100 signatures by the end of May").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved: Option<Move>,
    /// For a count: what the verb it hangs on tells was done, and what it
    /// was done to where the count did it (boxed: most figures have none,
    /// and a figure stays small).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deed: Option<Box<Deed>>,
    /// Some of a whole its sentence names with no count ("a dozen of the
    /// bows"): a count of a whole told by another deed is of another set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partitive: bool,
}

/// The deed a count's verb tells: those who did a deed to something else
/// ("four players lodged appeals") are no count of those a deed of
/// another kind was done to ("11 players were suspended"), however alike
/// their nouns.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Deed {
    /// The verb's WordNet lemma ("lodge", "walk_out").
    pub verb: String,
    /// Where the count is the subject of an active verb with an object:
    /// the object's head noun ("appeal", "strike").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Where the deed took what it moved: the head of a "to" or "into"
    /// phrase after the verb ("taken to hospital", "drove eleven students
    /// to Ossingrath General Hospital" → "hospital"). Two verbs that take
    /// people to one place tell one deed ([`crate::judge`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<String>,
}

/// How a sentence tells a count that moves over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Move {
    /// Risen or fallen to it, or up or down from another value: every
    /// value it moved from came before it.
    Rose,
    /// Reached by a time ("by the end of May"): the count at that time.
    AsOf,
    /// Told as the first stage's ("initially", "at first"): any later
    /// count may differ.
    First,
    /// Told as what stands now: a count told in the past tense is of
    /// another time.
    Now,
}

/// How a sentence tells a figure: as what stands ("the plant employs 230
/// workers", "the union has 64,000 members", "4,000 homes were without
/// power", "a dozen schools are closed") or as the tally of what happened
/// ("85 workers were evacuated", "crews carried 56 competitors"). A
/// standing count and a happening's tally are two numbers, however alike
/// their nouns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Telling {
    /// A present or stative verb, "have", "be" with no participle, a
    /// present passive ("are closed"), or "all" before the count.
    Standing,
    /// A past form, or a past passive, of a verb of happening.
    Happened,
    /// "All" before a count that a verb of happening tells ("destroyed
    /// all 3,140 casks", "all 56 flats were evacuated"): the tally
    /// is the whole that stood, so it is told both ways at once.
    Whole,
}

/// How the sentence tells the figure spanning tokens `first..last`: by
/// the verb it is the object of ("employs 1,240 people") or else the
/// subject of ("85 workers on the site were evacuated"). "All" before a
/// count tells a whole that stands ("all 56 flats": the block has 56), and
/// with a verb of happening the happening's tally too. `None` where no
/// verb form shows it ("at 48,312", "killing 11 people").
/// A count hyphened to a noun before another ("the 64-member orchestra")
/// is that thing's size, a standing count.
/// With the telling comes the verb's token, where a verb tells it.
fn told_as(tokens: &[Token], first: usize, last: usize) -> Option<(Telling, Option<usize>)> {
    if first > 0 && tokens[first - 1].norm == "all" {
        let verb = told_as_object(tokens, first - 1)
            .or_else(|| told_as_subject(tokens, last))
            .filter(|&(telling, _)| telling == Telling::Happened)
            .and_then(|(_, verb)| verb);
        return Some(verb.map_or((Telling::Standing, None), |k| (Telling::Whole, Some(k))));
    }
    // "the 64-member orchestra", "a 12-member panel": a count hyphened to
    // its last word, before another noun (no verb form: "twenty-one
    // pupils fell ill") or a name, is that thing's size.
    let sizes_a_noun = last >= 2
        && compound_hyphen(tokens, last - 2)
        && tokens.get(last).is_some_and(|t| {
            t.kind == TokenKind::Word
                && (t.capitalised || (is_noun(&t.norm) && !looks_like_verb(&t.norm)))
        });
    // "moved 39 of the 40 caravans": the whole a part is counted out of
    // is the set's size, which stands while the part grows.
    if sizes_a_noun || whole_of_a_part(tokens, first) {
        return Some((Telling::Standing, None));
    }
    // "was carrying twelve customers when it struck": the count is the
    // "-ing" form's object, no subject of a verb after it.
    if verb_of_an_object(tokens, first).is_some() {
        return None;
    }
    told_as_object(tokens, first).or_else(|| told_as_subject(tokens, last))
}

/// The "-ing" form whose object is the count starting at `first`
/// ("carrying 16 passengers", "killing 11 people"): its verb tells what
/// was done, though not whether the count stands or happened.
fn verb_of_an_object(tokens: &[Token], first: usize) -> Option<usize> {
    let k = determiners_before(tokens, first);
    let before = k.checked_sub(1)?;
    let t = &tokens[before];
    let ing = t.kind == TokenKind::Word && !t.capitalised && t.norm.ends_with("ing");
    (ing && verb_lemma(&t.norm, None).is_some_and(|lemma| !tells_knowing(lemma))).then_some(before)
}

/// The most words of a phrase that qualifies a count before its verb
/// ("312 vehicles on its lot were damaged", "140 homes within 800 metres
/// of the crash site were evacuated").
const QUALIFIER_WORDS: usize = 7;

fn told_as_subject(tokens: &[Token], last: usize) -> Option<(Telling, Option<usize>)> {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    let mut k = last;
    // "the 41 musicians who made the trip had played": past a restrictive
    // relative clause (its verb and what follows it) to the auxiliary
    // that opens the main verb, if one comes before any punctuation.
    if word(k).is_some_and(|w| matches!(w, "who" | "that")) {
        let mut verb = k + 1;
        while word(verb).is_some_and(|w| BE.contains(&w) || HAVE.contains(&w)) {
            verb += 1;
        }
        let main = (verb + 1..=verb + QUALIFIER_WORDS)
            .take_while(|&j| word(j).is_some())
            .find(|&j| word(j).is_some_and(|w| BE.contains(&w) || HAVE.contains(&w)));
        if let Some(main) = main {
            k = main;
        }
    }
    // "Some 2,200 casks stored in the building were reduced to ash": a
    // participle and its phrase after the noun qualify it (a relative
    // clause without "which were"), so past them to the auxiliary that
    // opens the main verb, where one follows before any punctuation.
    if word(k).is_some_and(past_shaped) && word(k + 1).is_some_and(|w| QUALIFYING.contains(&w)) {
        let main = (k + 2..=k + 1 + QUALIFIER_WORDS)
            .take_while(|&j| word(j).is_some())
            .find(|&j| word(j).is_some_and(|w| BE.contains(&w) || HAVE.contains(&w)));
        if let Some(main) = main {
            k = main;
        }
    }
    // "Four people, including two children, were taken": past a phrase
    // set off by commas, of a few words and no verb form, to the
    // auxiliary after it. Before a bare verb the commas may close a list
    // or a clause ("64 boats, from trawlers to crabbers, took part").
    if tokens.get(k).is_some_and(|t| t.norm == ",") {
        let close = (k + 2..=k + QUALIFIER_WORDS + 1)
            .take_while(|&j| tokens.get(j).is_some())
            .find(|&j| tokens[j].kind == TokenKind::Punct);
        if let Some(close) = close.filter(|&j| tokens[j].norm == ",") {
            let opens_verb = word(close + 1).is_some_and(|w| BE.contains(&w) || HAVE.contains(&w));
            let verbless = tokens[k + 1..close]
                .iter()
                .all(|t| !BE.contains(&t.norm.as_str()) && !looks_like_verb(&t.norm));
            if opens_verb && verbless {
                k = close + 1;
            }
        }
    }
    // A qualifying phrase: a preposition and a few words, no verb form;
    // or another subject joined by "and" ("23 pupils and two members of
    // staff were treated").
    if word(k).is_some_and(|w| QUALIFYING.contains(&w) || w == "and") {
        let end = (k + 1..=k + QUALIFIER_WORDS).find(|&j| {
            word(j).is_some_and(|w| BE.contains(&w) || HAVE.contains(&w) || looks_like_verb(w))
        })?;
        if tokens[k + 1..end]
            .iter()
            .any(|t| t.kind == TokenKind::Punct)
        {
            return None;
        }
        k = end;
    }
    let adverb = |w: &str| w.len() > 4 && w.ends_with("ly") || STILL.contains(&w);
    let mut be: Option<&str> = None;
    let mut after_have = false;
    while let Some(w) = word(k) {
        if BE.contains(&w) {
            be = be.or(Some(w));
        } else if HAVE.contains(&w) && be.is_none() && !after_have {
            after_have = true;
        } else if !adverb(w) {
            break;
        }
        k += 1;
    }
    let auxiliary = be.is_some() || after_have;
    let participle = |w: &str| past_shaped(w) || (auxiliary && BASE_PARTICIPLES.contains(&w));
    // "were water-damaged", "were fire-hit": a compound's last word is its
    // participle.
    if auxiliary && compound_hyphen(tokens, k + 1) && word(k + 2).is_some_and(past_shaped) {
        k += 2;
    }
    match (word(k), be) {
        // "are closed", "is flooded": a present passive tells a state.
        (Some(w), Some("is" | "are")) if !after_have && participle(w) => {
            Some((Telling::Standing, Some(k)))
        }
        (Some(w), _) if verb_lemma(w, None).is_some() && (participle(w) || !auxiliary) => {
            // "214 members had contacted the office": those who told are
            // counted as doers, though a verb of telling passes on the
            // count it takes for its object.
            let told_by_them = be.is_none() && tells_a_message(w);
            // "Fourteen residents were conveyed to hospital": whatever a
            // verb of knowing passes on, what is carried to a place was
            // moved there.
            let carried = || be.is_some() && goal_after(tokens, k + 1).is_some();
            telling_of(w, auxiliary)
                .or_else(|| {
                    (told_by_them || carried())
                        .then(|| past_telling(w, auxiliary))
                        .flatten()
                })
                .map(|telling| (telling, Some(k)))
        }
        // A participle the verb table does not know tells nothing sure;
        // nor does a progressive ("85 firefighters were tackling the
        // blaze"): a happening under way, no state.
        (Some(w), Some(_))
            if participle(w) || w.ends_with("ing") && verb_lemma(w, None).is_some() =>
        {
            None
        }
        // "were without power", "are missing": be with no participle
        // tells a state.
        (_, Some(_)) => Some((Telling::Standing, None)),
        _ => None,
    }
}

fn told_as_object(tokens: &[Token], first: usize) -> Option<(Telling, Option<usize>)> {
    let k = determiners_before(tokens, first);
    let before = tokens.get(k.checked_sub(1)?)?;
    if before.kind != TokenKind::Word || before.capitalised || is_function_word(&before.norm) {
        return HAVE
            .contains(&before.norm.as_str())
            .then_some((Telling::Standing, None));
    }
    // "Police shut two lanes": a verb whose past is its base form, right
    // after a noun (its subject, no "to" or auxiliary), tells what
    // happened, as the news tells it.
    let after_a_noun = k >= 2
        && tokens[k - 2].kind == TokenKind::Word
        && !is_function_word(&tokens[k - 2].norm)
        && is_noun(&tokens[k - 2].norm);
    if after_a_noun && BASE_PARTICIPLES.contains(&before.norm.as_str()) {
        return Some((Telling::Happened, Some(k - 1)));
    }
    telling_of(&before.norm, false).map(|telling| (telling, Some(k - 1)))
}

/// The deed of the past participle whose agent is the count starting at
/// `first` ("signed by 63 of the orchestra's musicians", "work carried
/// out by two of the studio's artists"): its verb tells what they did,
/// though not whether the count stands ("crewed by three volunteers") or
/// happened; a noun right before it is what they did it to.
fn deed_of_an_agent(tokens: &[Token], first: usize) -> Option<Deed> {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word && !t.capitalised)
            .map(|t| t.norm.as_str())
    };
    let k = determiners_before(tokens, first);
    let by = k.checked_sub(1).filter(|&b| tokens[b].norm == "by")?;
    let before = by.checked_sub(1)?;
    let at = if word(before).is_some_and(is_particle) {
        before.checked_sub(1)?
    } else {
        before
    };
    let participle = word(at).filter(|w| past_shaped(w))?;
    let verb = verb_lemma(participle, word(at + 1))?.to_string();
    let object = at
        .checked_sub(1)
        .and_then(word)
        .filter(|w| !is_function_word(w) && is_noun(w))
        .map(singular);
    Some(Deed {
        verb,
        object,
        goal: None,
    })
}

/// Where the determiners right before token `first` start ("all the 56
/// flats"): the word before them is what governs the count.
fn determiners_before(tokens: &[Token], first: usize) -> usize {
    let mut k = first;
    while k > 0 && is_determiner(&tokens[k - 1].norm) {
        k -= 1;
    }
    k
}

/// A past form, or a participle after an auxiliary, tells a happening.
fn past_telling(word: &str, after_auxiliary: bool) -> Option<Telling> {
    let lemma = verb_lemma(word, None)?;
    let past = (past_shaped(word) && word != lemma)
        || (after_auxiliary && BASE_PARTICIPLES.contains(&word));
    past.then_some(Telling::Happened)
}

/// What verb form `word` tells of its figure: a state (a verb of being,
/// "have", or a present "-s" form), or a happening (a past form or,
/// after "be" or "have", a participle); nothing for a verb of knowing.
fn telling_of(word: &str, after_auxiliary: bool) -> Option<Telling> {
    let lemma = verb_lemma(word, None)?;
    // A verb of telling or seeing ("showed 19,640 people", "lists 23
    // fires") passes on a count; it tells neither.
    if tells_knowing(lemma) {
        return None;
    }
    if tells_a_state(word) || lemma == "have" {
        return Some(Telling::Standing);
    }
    // "proceed" and "embed" end in "-ed" too: a past form is not its lemma.
    if let Some(happened) = past_telling(word, after_auxiliary) {
        return Some(happened);
    }
    let present = !after_auxiliary && word != lemma && word.ends_with('s') && !word.ends_with("ss");
    present.then_some(Telling::Standing)
}

/// The deed the verb at `k` tells of a count ending at `last`: its lemma
/// and, where the count is its subject and it has an object, the
/// object's head.
fn deed_at(tokens: &[Token], k: usize, last: usize) -> Option<Deed> {
    let next = tokens.get(k + 1).map(|t| t.norm.as_str());
    let verb = verb_lemma(&tokens[k].norm, next)?;
    // "walked out", "lodged appeals": the object follows the verb and its
    // particle, past no preposition ("went to hospital").
    let after = k + 1 + usize::from(verb.contains('_'));
    let direct = !tokens.get(after).is_some_and(is_preposition);
    let object = (k >= last && direct)
        .then(|| object_of(tokens, k).last())
        .flatten()
        .map(|j| singular(&tokens[j].norm));
    let verb = verb.to_string();
    let goal = goal_after(tokens, after.max(last));
    Some(Deed { verb, object, goal })
}

/// The head noun of the first "to" or "into" phrase within a few words
/// from `from`, in its clause: "to hospital with breathing difficulties",
/// "to the Brenlow Infirmary, where" → "hospital", "infirmary". "To" before
/// a verb ("expected to recover") opens no phrase of a place.
fn goal_after(tokens: &[Token], from: usize) -> Option<String> {
    let to = (from..(from + 6).min(tokens.len()))
        .take_while(|&j| tokens[j].kind == TokenKind::Word)
        .find(|&j| matches!(tokens[j].norm.as_str(), "to" | "into"))?;
    let start = (to + 1..tokens.len()).find(|&j| !is_determiner(&tokens[j].norm))?;
    let opens = &tokens[start];
    let a_place = opens.capitalised
        || start > to + 1
        || (is_noun(&opens.norm) && verb_lemma(&opens.norm, None).is_none());
    // "to the duty phone overnight": an adverb or a time after the
    // phrase's head is no part of the place.
    let head = (start..tokens.len())
        .take_while(|&j| {
            tokens[j].kind == TokenKind::Word
                && !is_preposition(&tokens[j])
                && !is_function_word(&tokens[j].norm)
        })
        .filter(|&j| is_noun(&tokens[j].norm) && !names_a_time(&tokens[j].norm))
        .last()?;
    a_place.then(|| singular(&tokens[head].norm))
}

/// Prepositions that open a phrase qualifying a count ("on its lot",
/// "from Eastholm").
const QUALIFYING: &[&str] = &[
    "on", "in", "at", "from", "of", "near", "inside", "across", "within", "along",
];

/// Forms of "have", which tells what one holds ("has 64,000 members") or
/// makes a perfect ("have died").
pub(crate) const HAVE: &[&str] = &["has", "have", "had"];

/// Adverbs of time and degree that may stand between a count and its verb.
const STILL: &[&str] = &[
    "still",
    "also",
    "all",
    "now",
    "already",
    "since",
    "reportedly",
];

/// A unit's name for more than one: "miles", "inches", "square feet",
/// "miles per hour"; a symbol ("°C", "km/h") stays as it is.
fn plural_of_unit(word: &str) -> String {
    if let Some((each, per)) = word.split_once(" per ") {
        return format!("{} per {per}", plural_of_unit(each));
    }
    if !word.ends_with(|c: char| c.is_ascii_lowercase()) {
        return word.to_string();
    }
    let (before, last) = word.rsplit_once(' ').unwrap_or(("", word));
    let last = match last {
        "foot" => "feet".to_string(),
        _ if ["s", "x", "ch", "sh"].iter().any(|e| last.ends_with(e)) => format!("{last}es"),
        _ => format!("{last}s"),
    };
    if before.is_empty() {
        last
    } else {
        format!("{before} {last}")
    }
}

impl Figure {
    /// The value as the JSON report writes it: "90000000000 USD", "[14, ∞) people", "40 minutes".
    pub fn value_text(&self) -> String {
        let per = self.per.as_deref().map(per_text).unwrap_or_default();
        match (&self.unit, self.unit.own_unit()) {
            (_, Some((word, size))) => {
                let single = self.interval.is_point() && self.interval.low == size;
                let word = if single {
                    word.to_string()
                } else {
                    plural_of_unit(word)
                };
                format!("{} {word}{per}", self.interval.display(size))
            }
            (Unit::Percent, _) => format!("{}%{per}", self.interval.display(1.0)),
            (unit, _) => format!("{} {}{per}", self.interval.display(1.0), unit.label()),
        }
    }

    /// The unit as the structured value names it ("USD", "minutes", "people per day").
    pub fn unit_name(&self) -> String {
        let name = match (&self.unit, self.unit.own_unit()) {
            (_, Some((word, _))) => plural_of_unit(word),
            (Unit::Percent, _) => "percent".into(),
            (unit, _) => unit.label(),
        };
        match &self.per {
            Some(per) => format!("{name}{}", per_text(per)),
            None => name,
        }
    }

    /// Value bounds in the unit the writer used (minutes, years), for `parsed`.
    pub fn bounds_in_own_unit(&self) -> (Option<f64>, Option<f64>) {
        let size = self.unit.own_unit().map_or(1.0, |(_, size)| size);
        let bound = |v: f64| v.is_finite().then_some(v / size);
        (bound(self.interval.low), bound(self.interval.high))
    }
}

/// Whether a figure's denominator is the whole it is a part of ("of 22
/// samples", as [`crate::normalise::quantity`] writes it), not a rate's.
pub fn names_a_whole(per: &str) -> bool {
    per.starts_with("of ")
}

/// A denominator as written after the value: " per share", or a part's
/// whole, " of 22 samples".
fn per_text(per: &str) -> String {
    if names_a_whole(per) {
        format!(" {per}")
    } else {
        format!(" per {per}")
    }
}

/// Which topic dimension a unit falls under.
pub fn dimension_of(unit: &Unit) -> Dimension {
    match unit {
        Unit::Money(_) => Dimension::Money,
        Unit::Percent | Unit::PercentagePoints => Dimension::Percent,
        Unit::Duration { .. } => Dimension::Duration,
        Unit::Measure { .. } => Dimension::Measure,
        Unit::Count(_) => Dimension::Count,
    }
}

/// Figures in a tokenized sentence, each with its token span; `lemmas` are
/// the sentence's [`word_forms`], made once for every extractor.
pub fn extract(
    tokens: &[Token],
    lemmas: &[WordForms],
    rules: &RuleSet,
) -> Vec<(usize, usize, Figure)> {
    let quantities = find_quantities(tokens, rules);
    if quantities.is_empty() {
        return Vec::new();
    }
    from_quantities(
        tokens,
        quantities,
        &without_modifiers(tokens, lemmas, rules),
        rules,
    )
}

/// Figures from quantities already found; `lemmas` are the sentence's
/// [`without_modifiers`] word forms, which name topics.
pub fn from_quantities(
    tokens: &[Token],
    quantities: Vec<Quantity>,
    lemmas: &[WordForms],
    rules: &RuleSet,
) -> Vec<(usize, usize, Figure)> {
    quantities
        .into_iter()
        .filter_map(|mut q| {
            let bare = q.unit == Unit::Count(String::new());
            if bare {
                let many = q.interval.low > 1.0;
                if let Some((noun, class)) = noun_of_number(tokens, q.first, many, rules) {
                    q.unit = Unit::Count(class);
                    q.head = Some(noun);
                }
            }
            // "None of the ship's 26 crew was hurt": what the verb tells
            // is told of a part; the whole takes no topic from it.
            let topic = (!whole_of_a_part(tokens, q.first))
                .then(|| choose_topic(&q, &without_owner(tokens, lemmas, q.first), rules))
                .flatten();
            // "23 arrests" counts what its topic counts: people arrested; a
            // noun of no deed ("17 ewes dead") keeps what it counts.
            if let (Some(t), Unit::Count(class)) =
                (topic.and_then(|t| rules.topics.get(t)), &q.unit)
            {
                if !class.is_empty()
                    && !t.counts.is_empty()
                    && !t.counts.contains(class)
                    && verb_of_a_deed_noun(class).is_some()
                {
                    if let Some(counted) = t.counts.first() {
                        q.unit = Unit::Count(counted.clone());
                    }
                }
            }
            if q.determiner_like && topic.is_none() {
                return None;
            }
            if q.unit == Unit::Count(String::new()) {
                q.unit = Unit::Count(
                    topic
                        .and_then(|t| rules.topics.get(t))
                        .and_then(|t| t.counts.first().cloned())?,
                );
            }
            let count = matches!(q.unit, Unit::Count(_));
            // A sum no noun after it names, though its clause's subject
            // may ("the reward has now risen to £5,000").
            let bare_sum =
                matches!(q.unit, Unit::Money(_)) && q.head_token.is_none_or(|k| k < q.first);
            // An amount of a stuff is told as a count is: "the system holds
            // 800 kilograms of ammonia" stands, "40kg of ammonia escaped"
            // happened. A length or a speed is a position or a rate, which
            // no verb tells apart.
            let stuff = matches!(&q.unit, Unit::Measure { dimension, .. }
                if dimension == "mass" || dimension == "volume");
            let told = (count || stuff)
                .then(|| told_as(tokens, q.first, q.last))
                .flatten();
            if q.unit.is_length() {
                // "800 metres east of the tip", "800 metres outside the
                // boundary": a direction or a preposition read as a noun,
                // no measured thing.
                let direction = q
                    .head_token
                    .is_some_and(|h| told_against_a_place(tokens, h));
                // The named subject placed there measures it instead,
                // where there is one.
                if let Some(place) = direction
                    .then(|| place_of_the_subject(tokens, q.first))
                    .flatten()
                {
                    q.head = Some(place);
                    q.modifiers.clear();
                }
                if q.head.is_none() {
                    q.head = place_located(tokens, q.first).or_else(|| {
                        told_against_a_place(tokens, q.last)
                            .then(|| place_of_the_subject(tokens, q.first))
                            .flatten()
                    });
                }
            }
            if count {
                q.modifiers.extend(owner_named_before(tokens, q.first));
                q.modifiers.extend(named_subject_before(tokens, q.first));
                q.modifiers.extend(origin_after(tokens, q.last));
                q.modifiers.extend(qualifier_of_place_after(tokens, q.last));
                // "The largest share, 310 notices, was issued at …": a
                // count set off after a noun of a part is that part.
                let set_off = tokens.get(q.last).is_some_and(|t| t.norm == ",");
                if let Some(part) = q.first.checked_sub(2).filter(|&k| {
                    set_off && tokens[k + 1].norm == "," && names_a_part(&tokens[k].norm)
                }) {
                    q.modifiers.push(tokens[part].norm.clone());
                }
                if told_as_the_whole(tokens, q.first, q.last) {
                    q.modifiers.push(ALL_OF_THEM.to_string());
                }
                q.modifiers.extend(selected_before(tokens, q.first));
            }
            Some((
                q.first,
                q.last,
                Figure {
                    interval: q.interval,
                    unit: q.unit,
                    topic,
                    head: q.head,
                    modifiers: q.modifiers,
                    contents: q.contents,
                    parts: parts_listed_after(tokens, q.last),
                    hedge: q.hedge,
                    per: q.per,
                    frame: q.frame,
                    loose: q.loose,
                    partitive: q.partitive,
                    told: told.map(|(telling, _)| telling),
                    deed: told
                        .and_then(|(_, verb)| verb)
                        .or_else(|| count.then(|| verb_of_an_object(tokens, q.first)).flatten())
                        .and_then(|k| deed_at(tokens, k, q.last))
                        .or_else(|| count.then(|| deed_of_an_agent(tokens, q.first)).flatten())
                        .map(Box::new),
                    // A sum no noun names moves as a count does ("the
                    // reward has now risen to £5,000").
                    moved: (count || bare_sum)
                        .then(|| tells_a_move(tokens, q.first, q.last, bare || bare_sum))
                        .flatten(),
                },
            ))
        })
        .collect()
}

/// The nouns listed after "including" in the clause after a figure that
/// ends at `last` ("…, including gate takings, a fleece auction and online
/// donations"), as singular lemmas; none where another number comes first.
fn parts_listed_after(tokens: &[Token], last: usize) -> Vec<String> {
    let clause_end =
        |t: &Token| matches!(t.norm.as_str(), "." | ";" | ":") || t.kind == TokenKind::Number;
    let Some(at) = tokens[last.min(tokens.len())..]
        .iter()
        .take_while(|t| !clause_end(t))
        .position(|t| t.norm == "including")
        .map(|k| last + k)
    else {
        return Vec::new();
    };
    tokens[at + 1..]
        .iter()
        .take_while(|t| !clause_end(t))
        .filter(|t| t.kind == TokenKind::Word && !is_function_word(&t.norm) && is_noun(&t.norm))
        .map(|t| singular(&t.norm))
        .collect()
}

/// Whether the sentence tells the count spanning `first..last` as one
/// that moves over time: an earlier value after it ("24, up from the 17
/// taken there on Saturday"), a change to it told by an active verb with
/// "to" before a bare count ("has risen to 27"), or a
/// time it stood at, after "by" ("had gathered 3,100 signatures by the end
/// of May", "By Monday evening, 24 people had ..."); or, in the count's own
/// clause, a first stage ("initially", "originally", "at first") or the
/// present ("now").
fn tells_a_move(tokens: &[Token], first: usize, last: usize, bare: bool) -> Option<Move> {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    // "Up from" set off by a comma, or right after the figure or a form
    // of "be" ("24, up from the 17", "was up from 12"), tells an earlier
    // value; after a verb it is the verb's particle ("climbing up from the
    // staff car park" tells a way).
    let earlier_value = (last..tokens.len()).any(|j| {
        matches!(word(j), "up" | "down")
            && word(j + 1) == "from"
            && (j == last || word(j - 1) == "," || BE.contains(&word(j - 1)))
    });
    // "rose to 27": the verb before "to" is active (no form of "be"
    // before it: "was sentenced to"), and the count names nothing of its
    // own ("spoke to 40 reporters").
    let changed_to = first >= 2 && word(first - 1) == "to" && {
        let before = &tokens[first - 2];
        let verb = before.kind == TokenKind::Word
            && verb_lemma(&before.norm, None).is_some_and(|l| l != before.norm)
            && (first < 3 || !BE.contains(&word(first - 3)));
        bare && verb
    };
    // "by the end of May", "By Monday evening", "by Friday"; not "by the
    // commission on Tuesday", whose "by" names who.
    let by_a_time = tokens.iter().enumerate().any(|(j, t)| {
        t.norm == "by"
            && tokens[j + 1..]
                .iter()
                .take(4)
                .take_while(|n| {
                    n.kind == TokenKind::Word
                        && (n.norm == "of" || !QUALIFYING.contains(&n.norm.as_str()))
                })
                .any(|n| month_of(n).is_some() || weekday_of(n).is_some())
    });
    // "Residents of 20 houses, which back onto the centre, were initially
    // asked to leave": the count of a story's first stage, whatever came
    // after. The adverb stands in the count's clause, past a relative
    // clause set off inside it.
    let breaks = |j: usize| matches!(word(j), "," | ";" | ":");
    let clause_start = (0..first).rev().find(|&j| breaks(j)).map_or(0, |j| j + 1);
    let mut clause = Vec::new();
    let mut j = last;
    while j < tokens.len() {
        if breaks(j) {
            let relative = matches!(word(j + 1), "which" | "who");
            match (j + 1..tokens.len()).find(|&k| breaks(k)) {
                Some(close) if relative && word(close) == "," => j = close,
                _ => break,
            }
        } else {
            clause.push(j);
        }
        j += 1;
    }
    clause.extend(clause_start..first);
    // "at first light" names a time of day, no stage.
    let at_first = clause.iter().any(|&j| {
        matches!(word(j), "initially" | "originally")
            || (word(j) == "at" && word(j + 1) == "first" && !is_noun(word(j + 2)))
    });
    // "Tallowcant now employs 52 staff": what stands at the time of
    // writing, which a past tense's count ("employed 38 people at the
    // time") does not dispute.
    // "has since attracted more than 2,000 signatures": "since" right
    // after an auxiliary, with no time of its own, tells a count reached
    // after the values told before it.
    let since_then = clause
        .iter()
        .any(|&j| word(j) == "since" && j > 0 && matches!(word(j - 1), "has" | "have" | "had"));
    let now = clause.iter().any(|&j| word(j) == "now");
    if at_first {
        Some(Move::First)
    } else if earlier_value || changed_to || since_then {
        Some(Move::Rose)
    } else if by_a_time {
        Some(Move::AsOf)
    } else {
        now.then_some(Move::Now)
    }
}

/// The modifier of a count told as the whole of its kind: a word the
/// judge already counts as neutral (`NEUTRAL_MODIFIERS`), so it sets no
/// count apart from one told plainly, and only the part rule reads it.
pub const ALL_OF_THEM: &str = "total";

/// "In total, three boats were damaged", "23 services were cancelled in
/// all": a count told as the whole of what it counts, which a qualified
/// part ("two neighbouring boats") does not dispute. The phrase opens the
/// count's clause, set off by a comma, or closes the clause after it.
fn told_as_the_whole(tokens: &[Token], first: usize, last: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let phrase_end = |k: usize| match word(k) {
        "altogether" => Some(k + 1),
        "in" if matches!(word(k + 1), "total" | "all") => Some(k + 2),
        _ => None,
    };
    let clause_break = |k: usize| matches!(word(k), "," | ";" | ":");
    // "four lanes across both carriageways": the parts all counted.
    // "about 1,900 employees across its plants", "212 polling stations
    // across the city": spread over all of them, or all of it.
    let both_parts = (last..(last + 3).min(tokens.len())).any(|k| {
        (word(k) == "both" && tokens.get(k + 1).is_some_and(|t| t.norm.ends_with('s')))
            || word(k) == "across"
    });
    let opens = (first.saturating_sub(4)..first).any(|k| {
        (k == 0 || clause_break(k - 1))
            && phrase_end(k).is_some_and(|end| word(end) == "," && end < first)
    });
    // Up to the clause's end or another count ("arrested two men and
    // charged 14 people in all" tells the 14 whole, not the two).
    let closes = (last..(last + 6).min(tokens.len()))
        .take_while(|&k| !clause_break(k) && tokens[k].kind != TokenKind::Number)
        .any(|k| {
            phrase_end(k)
                .is_some_and(|end| tokens.get(end).is_none_or(|t| t.kind != TokenKind::Word))
        });
    // "answered all 12 questions": the predeterminer tells every one.
    let all_before = first > 0 && word(first - 1) == "all";
    opens || closes || both_parts || all_before
}

/// The word that picks some out of a set, between the article and its
/// count ("the final four questions", "the other three crew", "the
/// remaining 40 staff"): the count is of that part, which the judge reads
/// as a qualifier. A hedge ("the nearly 500", "the estimated 300") or a
/// function word ("the more than 300") picks none.
fn selected_before(tokens: &[Token], first: usize) -> Option<String> {
    let picker = tokens.get(first.checked_sub(1)?)?;
    let article = &tokens[first.checked_sub(2)?];
    let plain = picker.kind == TokenKind::Word
        && !picker.capitalised
        && !picker.norm.ends_with("ly")
        && !past_shaped(&picker.norm)
        && !is_function_word(&picker.norm);
    (plain && article.norm == "the").then(|| picker.norm.clone())
}

/// The name whose possessive stands right before a count ("Eastgate's 14
/// polling stations", "the Orrimont's 23 staff"), folded: whose they are
/// qualifies them as a part, as "from Eastgate" would.
fn owner_named_before(tokens: &[Token], first: usize) -> Option<String> {
    let owner = tokens.get(first.checked_sub(1)?)?;
    let name = owner.norm.strip_suffix("'s")?;
    (owner.kind == TokenKind::Word && owner.capitalised && first > 1).then(|| name.to_string())
}

/// The name qualifying the subject of the verb right before a count ("The
/// Fairhaven plant employs 140 people"), folded: the named thing is whose
/// they are, as its possessive would say ("the Fairhaven plant's 140
/// people").
fn named_subject_before(tokens: &[Token], first: usize) -> Vec<String> {
    let Some(noun) = first.checked_sub(2) else {
        return Vec::new();
    };
    let verb = &tokens[noun + 1];
    let plain = |t: &Token| t.kind == TokenKind::Word && !t.capitalised;
    let shaped = plain(verb)
        && verb_lemma(&verb.norm, None).is_some()
        && plain(&tokens[noun])
        && is_noun(&tokens[noun].norm);
    // After "the", which opens the sentence capitalised.
    let start = noun
        .checked_sub(1)
        .and_then(|end| name_start(tokens, end))
        .map(|start| start + usize::from(tokens[start].norm == "the"));
    match start {
        Some(start) if shaped && start < noun && start > 0 && tokens[start - 1].norm == "the" => {
            tokens[start..noun].iter().map(|t| t.norm.clone()).collect()
        }
        _ => Vec::new(),
    }
}

/// The name after "from" right after a count ("32 firefighters from
/// Eastholm", "dozens of passengers from Lysander"), folded: where they
/// come from qualifies them as a part, as a word before the noun would.
fn origin_after(tokens: &[Token], last: usize) -> Vec<String> {
    if tokens.get(last).is_none_or(|t| t.norm != "from") {
        return Vec::new();
    }
    // "cut 100 jobs from January" says when, not where from.
    tokens[last + 1..]
        .iter()
        .take_while(|t| {
            t.kind == TokenKind::Word
                && t.capitalised
                && month_of(t).is_none()
                && weekday_of(t).is_none()
        })
        .map(|t| t.norm.clone())
        .collect()
}

/// The adjectives of the place right after a count ("two lanes on the
/// northbound side", "40 beds in the new wing"), or the name qualifying it
/// ("85 employees at its Port Amsel headquarters"): they qualify the
/// counted things as a part, as words before the noun would.
fn qualifier_of_place_after(tokens: &[Token], last: usize) -> Vec<String> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    if !matches!(word(last), "on" | "in" | "at")
        || !matches!(word(last + 1), "the" | "its" | "their")
    {
        return Vec::new();
    }
    let names: Vec<String> = tokens[last + 2..]
        .iter()
        .take_while(|t| t.kind == TokenKind::Word && t.capitalised)
        .map(|t| t.norm.clone())
        .collect();
    let noun_after_names = tokens
        .get(last + 2 + names.len())
        .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised && is_noun(&t.norm));
    if !names.is_empty() && noun_after_names {
        return names;
    }
    // "the 96 homes in the first phase": an ordinal qualifies as an
    // adjective does, though WordNet knows "first" as a noun too.
    let adjective = |t: &Token| {
        t.kind == TokenKind::Word
            && !t.capitalised
            && (ordinal_value(&t.norm).is_some()
                || !is_noun(&t.norm) && !looks_like_verb(&t.norm) && !is_function_word(&t.norm))
    };
    let adjectives: Vec<String> = tokens[last + 2..]
        .iter()
        .take_while(|t| adjective(t))
        .map(|t| t.norm.clone())
        .collect();
    let place = last + 2 + adjectives.len();
    let noun_follows = tokens
        .get(place)
        .is_some_and(|t| t.kind == TokenKind::Word && is_noun(&t.norm));
    if noun_follows {
        adjectives
    } else {
        Vec::new()
    }
}

/// "the Tallow Chamber, roughly 900 metres from the entrance": a length
/// (its hedge with it) set off by a comma right after a name is that
/// place's distance, in apposition; the name, folded, is what it
/// measures.
fn place_located(tokens: &[Token], first: usize) -> Option<String> {
    let comma = first.checked_sub(1).filter(|&j| tokens[j].norm == ",")?;
    let (start, name) = name_ending_at(tokens, comma.checked_sub(1)?)?;
    // A name that opens its sentence may be no place but the subject.
    (start > 0).then_some(name)
}

/// The capitalised words ending at `end`, folded and joined, with where
/// they start: a name written before what it places.
fn name_ending_at(tokens: &[Token], end: usize) -> Option<(usize, String)> {
    let start = name_start(tokens, end)?;
    let name = tokens[start..=end]
        .iter()
        .map(|t| t.norm.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    Some((start, name))
}

/// The points of the compass: after a length, with "of", they tell the
/// direction from a place ("800 metres east of the tip"), no measured
/// thing.
const COMPASS_POINTS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// Prepositions that place a thing against another: after a length they
/// tell a distance from a place ("four miles beyond the boundary").
const PLACING: &[&str] = &[
    "from", "beyond", "outside", "inside", "off", "past", "behind", "beside", "below", "above",
    "beneath", "under", "near", "away",
];

/// Whether the length ending before `last` is told against a place: a
/// placing preposition or a point of the compass with "of" follows it,
/// and a noun phrase of a place after that.
fn told_against_a_place(tokens: &[Token], last: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    // The place is a noun phrase of its own ("the boundary", "Halvik"),
    // not the ends of a thing measured ("from bow to stern").
    let place_at =
        |k: usize| is_determiner(word(k)) || tokens.get(k).is_some_and(|t| t.capitalised);
    (PLACING.contains(&word(last)) && place_at(last + 1))
        || (COMPASS_POINTS.contains(&word(last)) && word(last + 1) == "of" && place_at(last + 2))
}

/// "Eromillep Cross, which sits about 800 metres east of the tip",
/// "Brackenhowle lies roughly four miles beyond the boundary": a length
/// told against a place ([`told_against_a_place`], which the caller asks)
/// right after a verb is where the verb's subject is; a named subject (its
/// relative "which" or its apposition passed over), folded, is what it
/// measures. A word between the verb and the
/// length that is neither verb nor noun ("just") qualifies the length.
fn place_of_the_subject(tokens: &[Token], first: usize) -> Option<String> {
    let mut verb = first.checked_sub(1)?;
    let qualifies = |t: &Token| {
        t.kind == TokenKind::Word
            && !t.capitalised
            && verb_lemma(&t.norm, None).is_none()
            && !is_noun(&t.norm)
    };
    if qualifies(&tokens[verb]) {
        verb = verb.checked_sub(1)?;
    }
    let word = &tokens[verb];
    if word.kind != TokenKind::Word || word.capitalised || verb_lemma(&word.norm, None).is_none() {
        return None;
    }
    let before = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let mut end = verb.checked_sub(1)?;
    if before(end) == "which" && end >= 1 && before(end - 1) == "," {
        end = end.checked_sub(2)?;
    } else if before(end) == "," {
        // The apposition's own opening comma.
        let opening = (0..end).rev().find(|&j| before(j) == ",")?;
        end = opening.checked_sub(1)?;
    }
    name_ending_at(tokens, end).map(|(_, name)| name)
}

/// Words that take a part of a whole after them with "of" ("none of
/// the 26 crew", "all of its 40 staff"): grammar, no topic.
const QUANTIFIERS: &[&str] = &[
    "none", "all", "both", "each", "most", "some", "many", "few", "several", "half", "any",
];

/// Whether the count at `first` is the whole a part is taken from: "of"
/// before it, past its determiner and owner ("of the ship's 26"), follows
/// a quantifier or a numeral ("none of", "two of").
fn whole_of_a_part(tokens: &[Token], first: usize) -> bool {
    let mut k = first;
    for _ in 0..OWNER_REACH {
        let Some(j) = k.checked_sub(1) else {
            return false;
        };
        let t = &tokens[j];
        if t.norm == "of" {
            return j.checked_sub(1).is_some_and(|q| {
                tokens[q].kind == TokenKind::Number
                    || QUANTIFIERS.contains(&tokens[q].norm.as_str())
            });
        }
        if !(is_determiner(&t.norm) || t.capitalised || possessive_end(tokens, j) == Some(k)) {
            return false;
        }
        k = j;
    }
    false
}

/// How many words of determiner and owner [`whole_of_a_part`] looks past.
const OWNER_REACH: usize = 4;

/// X and its class in "the number of X" before a bare number, or the noun
/// right before "of N" ("a membership of 64,000"), counted more than once
/// when `many`.
fn noun_of_number(
    tokens: &[Token],
    first: usize,
    many: bool,
    rules: &RuleSet,
) -> Option<(String, String)> {
    let with_class = |written: &str| (singular(written), count_class(written, many, rules));
    if first >= 2 && tokens[first - 1].norm == "of" && tokens[first - 2].norm != "number" {
        return Some(with_class(&tokens[first - 2].norm));
    }
    (0..first.saturating_sub(2)).find_map(|k| {
        (tokens[k].norm == "number" && tokens[k + 1].norm == "of")
            .then(|| tokens.get(k + 2))
            .flatten()
            .map(|t| with_class(&t.norm))
    })
}

/// A token's singular and stem ([`word_forms`]), borrowed from its folded
/// form wherever they are a prefix of it, as most are.
pub type WordForms<'a> = (Cow<'a, str>, Cow<'a, str>);

/// Each token's singular and stem, for matching trigger words.
pub fn word_forms(tokens: &[Token]) -> Vec<WordForms<'_>> {
    // A word inside a multi-word name ("Ridorbri Holdings", "the Kakaka
    // Group") names a body, not the topic its lower-case form would: it is
    // left blank so it triggers nothing. Title-case headings keep theirs.
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
    let capitalised = tokens.iter().filter(|t| t.capitalised).count();
    let title_case = capitalised * 2 > words;
    let in_name = |i: usize| {
        let name_word = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
        };
        !title_case && i > 0 && name_word(i) && (name_word(i - 1) || name_word(i + 1))
    };
    tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if in_name(i) {
                (Cow::Borrowed(""), Cow::Borrowed(""))
            } else {
                (singular_of(&t.norm), stem_of(&t.norm))
            }
        })
        .collect()
}

/// The word forms with the possessive right before a quantity blanked:
/// "the ship's 26 crew" counts crew, and the owner says whose they are,
/// not what is counted.
fn without_owner<'a>(
    tokens: &[Token],
    lemmas: &'a [WordForms<'a>],
    first: usize,
) -> Cow<'a, [WordForms<'a>]> {
    let owner = first
        .checked_sub(1)
        .filter(|&k| tokens[k].kind == TokenKind::Word && tokens[k].norm.ends_with("'s"));
    match owner {
        Some(k) if k < lemmas.len() => {
            let mut forms = lemmas.to_vec();
            forms[k] = (Cow::Borrowed(""), Cow::Borrowed(""));
            Cow::Owned(forms)
        }
        _ => Cow::Borrowed(lemmas),
    }
}

/// The topic whose trigger stands nearest the quantity (inside it counts
/// as 0), of the quantity's dimension and class.
fn choose_topic(q: &Quantity, lemmas: &[WordForms], rules: &RuleSet) -> Option<usize> {
    let dimension = dimension_of(&q.unit);
    let fits = |topic: &Topic| {
        let dimension_fits = topic.dimension == dimension || topic.dimension == Dimension::Any;
        // A topic that counts one class governs no other ("12 people" is not
        // a number of flooded homes); a bare number of unknown class may take any.
        let class_fits = match &q.unit {
            Unit::Count(class) => {
                class.is_empty()
                    || topic.counts.is_empty()
                    || topic.counts.contains(class)
                    || names_topic(q, topic)
            }
            _ => true,
        };
        dimension_fits && class_fits
    };
    nearest_topic(lemmas, (q.first, q.last), TRIGGER_REACH, rules, fits).or_else(|| {
        // "31 employees were sent home": people counted by a noun of what
        // they do fall under the topic that verb names ("employ"), as
        // "31 staff" does by its own word.
        let verb = verb_of_a_person_noun(&singular_of(q.head.as_deref()?))?;
        rules
            .topics
            .iter()
            .position(|topic| topic.named_by(verb, &stem_of(verb)) && fits(topic))
    })
}

/// The sentence's word forms with every topic word blanked that only
/// modifies the noun after it, when that noun is no topic word itself:
/// "a jet fuel spill" is about fuel, not jets, and "fire crews" are crews;
/// "an aid package" keeps both words for the nearest to decide.
pub fn without_modifiers<'a>(
    tokens: &[Token],
    lemmas: &'a [WordForms<'a>],
    rules: &RuleSet,
) -> Cow<'a, [WordForms<'a>]> {
    let topic_word = |k: usize| {
        lemmas
            .get(k)
            .is_some_and(|(singular, stem)| rules.topic_words.contains(singular, stem))
    };
    let mut forms = Cow::Borrowed(lemmas);
    for k in 0..lemmas.len().saturating_sub(1) {
        let lower_word = tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        // "the estate's own figures": a word after a possessive that no
        // noun shares qualifies what follows; it is no verb ("owns").
        let after_possessive = !is_noun(&tokens[k].norm)
            && (k.checked_sub(1).is_some_and(|j| {
                POSSESSIVE_PRONOUNS.contains(&tokens[j].norm.as_str()) || tokens[j].norm == "its"
            }) || (k.saturating_sub(2)..k).any(|j| possessive_end(tokens, j) == Some(k)));
        if lower_word
            && topic_word(k)
            && (after_possessive || !topic_word(k + 1) && modifies_next(tokens, k))
        {
            forms.to_mut()[k] = (Cow::Borrowed(""), Cow::Borrowed(""));
        }
    }
    forms
}

/// Whether the word at `k` modifies a noun right after it ("jet fuel",
/// "the strike vote"): both plain lower-case words, the first no verb
/// form, the second a singular content word not shaped like a verb.
fn modifies_next(tokens: &[Token], k: usize) -> bool {
    let (Some(word), Some(next)) = (tokens.get(k), tokens.get(k + 1)) else {
        return false;
    };
    let plain = |t: &Token| {
        t.kind == TokenKind::Word && !t.capitalised && !t.glued && !is_function_word(&t.norm)
    };
    plain(word)
        && plain(next)
        && !looks_like_verb(&word.norm)
        && !word.norm.ends_with("ing")
        && !next.norm.ends_with('s')
        && !next.norm.ends_with("ing")
        && !looks_like_verb(&next.norm)
}

/// The counted noun is itself one of the topic's words ("23 arrests" under
/// arrests): what is counted decides the topic, whatever class its noun
/// falls in.
fn names_topic(q: &Quantity, topic: &Topic) -> bool {
    q.head
        .as_deref()
        .is_some_and(|head| topic.named_by(&singular_of(head), &stem_of(head)))
}

/// The accepted topic whose trigger stands nearest the tokens `first..last`
/// (inside them counts as 0; at equal distance the longer phrase wins, so
/// "winning share" beats "share"); negated triggers do not count.
pub fn nearest_topic(
    lemmas: &[WordForms],
    (first, last): (usize, usize),
    reach: usize,
    rules: &RuleSet,
    accept: impl Fn(&Topic) -> bool,
) -> Option<usize> {
    let mut best: Option<((usize, usize), usize)> = None;
    // Most triggers have a word the sentence lacks: two set look-ups rule
    // them out before their phrase is sought at every token.
    let singulars: FxHashSet<&str> = lemmas.iter().map(|(s, _)| s.as_ref()).collect();
    let stems: FxHashSet<&str> = lemmas.iter().map(|(_, s)| s.as_ref()).collect();
    let present = |w: &TriggerWord| {
        if w.any_inflection {
            stems.contains(w.form.as_str())
        } else {
            singulars.contains(w.form.as_str())
        }
    };
    for (index, topic) in rules.topics.iter().enumerate().filter(|(_, t)| accept(t)) {
        for trigger in topic.triggers.iter().filter(|t| t.iter().all(present)) {
            for start in occurrences(lemmas, trigger).filter(|&i| !negated(lemmas, i)) {
                let end = start + trigger.len();
                let distance = if end <= first {
                    first - end + 1
                } else if start >= last {
                    start - last + 1
                } else {
                    0
                };
                // A trigger across a comma belongs to another clause: it
                // counts, but after any trigger in the claim's own.
                let (from, to) = if end <= first {
                    (end, first)
                } else {
                    (last, start)
                };
                let crossed = lemmas[from.min(to)..to.max(from)]
                    .iter()
                    .any(|(w, _)| w == "," || w == ";");
                let distance_rank = distance + if crossed { reach } else { 0 };
                let rank = (distance_rank, usize::MAX - trigger.len());
                if distance <= reach && best.is_none_or(|(r, _)| rank < r) {
                    best = Some((rank, index));
                }
            }
        }
    }
    best.map(|(_, index)| index)
}

/// "emerged without a ceasefire": a negated trigger says what the figure is not about.
fn negated(lemmas: &[WordForms], at: usize) -> bool {
    (at.saturating_sub(2)..at)
        .any(|k| matches!(lemmas[k].0.as_ref(), "without" | "no" | "not" | "never"))
}

fn occurrences<'a>(
    lemmas: &'a [WordForms],
    phrase: &'a [TriggerWord],
) -> impl Iterator<Item = usize> + 'a {
    (0..lemmas.len().saturating_sub(phrase.len().saturating_sub(1))).filter(move |&i| {
        !phrase.is_empty()
            && phrase.iter().enumerate().all(|(k, w)| {
                lemmas
                    .get(i + k)
                    .is_some_and(|(singular, stem)| w.matches(singular, stem))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures_in(text: &str, rules: &RuleSet) -> Vec<(usize, usize, Figure)> {
        let tokens = tokenize(text);
        extract(&tokens, &word_forms(&tokens), rules)
    }

    use crate::normalise::tokens::tokenize;

    /// The modifiers of the first figure `text` gives.
    fn modifiers(text: &str) -> Vec<String> {
        figures_in(text, &RuleSet::builtin().unwrap())[0]
            .2
            .modifiers
            .clone()
    }

    fn topic_of(text: &str) -> Option<String> {
        let rules = RuleSet::builtin().unwrap();
        let found = figures_in(text, &rules);
        assert_eq!(found.len(), 1, "{text}");
        found[0].2.topic.map(|i| rules.topics[i].id.clone())
    }

    /// A length told against a place right after a verb measures where
    /// the verb's named subject is, whatever direction or preposition
    /// stands after it; the ends of a thing measured are no place.
    #[test]
    fn a_length_against_a_place_measures_the_named_subject() {
        let rules = RuleSet::builtin().unwrap();
        let head = |text: &str| -> Option<String> {
            let found = figures_in(text, &rules);
            assert_eq!(found.len(), 1, "{text}");
            found[0].2.head.clone()
        };
        for text in [
            "Eromillep Cross, which sits about 800 metres east of the tip, was covered.",
            "Eromillep Cross, the closest village, lies two kilometres from the landfill.",
            "Eromillep Cross sits barely 800 metres outside the boundary.",
        ] {
            assert_eq!(head(text).as_deref(), Some("eromillep cross"), "{text}");
        }
        assert_eq!(
            head("The barge, Brackwater Dawn, which measures 38 metres from bow to stern, sank."),
            None
        );
        assert_eq!(head("The hives stand just 400 metres from the crop."), None);
    }

    /// Where a deed took the counted people is the head of its "to" or
    /// "into" phrase; "to" before a verb opens none.
    #[test]
    fn a_deed_tells_where_it_took_them() {
        let rules = RuleSet::builtin().unwrap();
        let goal = |text: &str| -> Option<String> {
            let found = figures_in(text, &rules);
            found[0].2.deed.as_ref().and_then(|d| d.goal.clone())
        };
        assert_eq!(
            goal("Seven pupils were taken to hospital with sore eyes.").as_deref(),
            Some("hospital")
        );
        assert_eq!(
            goal("Paramedics took nine students to St Aldhelm's Infirmary.").as_deref(),
            Some("infirmary")
        );
        assert_eq!(
            goal("Eleven students were driven to the Ossingrath General Hospital by ambulance.")
                .as_deref(),
            Some("hospital")
        );
        assert_eq!(goal("Nine pupils were expected to recover."), None);
        assert_eq!(goal("Nine pupils were treated at the scene."), None);
        // A time or an adverb after the place is no part of it.
        assert_eq!(
            goal("Paramedics took nine students to St Aldhelm's Infirmary early on Monday.")
                .as_deref(),
            Some("infirmary")
        );
        assert_eq!(
            goal("The system sent 17 alerts to the duty phone overnight.").as_deref(),
            Some("phone")
        );
        // A verb of knowing whose count is carried to a place tells that
        // it was moved there; one passed on to no place tells nothing.
        assert_eq!(
            goal("Fourteen residents were conveyed to hospital by ambulance.").as_deref(),
            Some("hospital")
        );
        let told = figures_in(
            "Fourteen residents were conveyed the news by letter.",
            &rules,
        );
        assert_eq!(told[0].2.told, None, "{told:?}");
    }

    /// A count an "-ing" form governs is that verb's object: the verb is
    /// its deed, and no verb after it tells of it.
    #[test]
    fn an_ing_form_before_a_count_is_its_deed() {
        let rules = RuleSet::builtin().unwrap();
        let deed = |text: &str| -> Option<String> {
            let found = figures_in(text, &rules);
            found[0].2.deed.as_ref().map(|d| d.verb.clone())
        };
        assert_eq!(
            deed("The basket was carrying twelve customers when it struck a field.").as_deref(),
            Some("carry")
        );
        assert_eq!(
            deed("The balloon took off at 7pm carrying 16 passengers.").as_deref(),
            Some("carry")
        );
        assert_eq!(
            deed("Twelve customers were injured when it struck a field.").as_deref(),
            Some("injure")
        );
    }

    /// A whole a part is taken from ("none of the 26 crew") takes no
    /// topic from what the part did; a crew told alone does.
    #[test]
    fn the_whole_of_a_part_takes_no_topic() {
        assert_eq!(topic_of("None of the 26 crew on board was hurt."), None);
        assert_eq!(topic_of("All of the Tallis's 26 crew were hurt."), None);
        assert_eq!(topic_of("The 26 crew were hurt."), Some("injured".into()));
    }

    /// The owner of what is counted says whose it is, not what it is.
    #[test]
    fn a_possessive_before_a_count_names_no_topic() {
        assert_eq!(topic_of("None of the ship's 26 crew was hurt."), None);
        assert_eq!(
            topic_of("The line's 26 ships sailed."),
            Some("fleet".into())
        );
    }

    /// A topic word that only modifies the noun after it does not name the
    /// figure's topic; two topic words side by side are both weighed.
    #[test]
    fn a_modifying_topic_word_names_no_topic() {
        assert_eq!(
            topic_of("A jet fuel spill at the airport grounded 112 flights."),
            None
        );
        assert_eq!(
            topic_of("The airline grounded 112 jets."),
            Some("fleet".into())
        );
        assert_eq!(
            topic_of("The death toll rose to 12 on Sunday."),
            Some("killed".into())
        );
    }

    /// Whether a count stands or tallies a happening is read from the verb
    /// it hangs on, as object or subject.
    #[test]
    fn a_count_is_told_as_moving_by_a_rise_or_a_time() {
        let rules = RuleSet::builtin().unwrap();
        let moved = |text: &str| figures_in(text, &rules).last().and_then(|f| f.2.moved);
        for rose in [
            "Eight papers were under review, up from six.",
            "The number of fires has risen to 27, the company said.",
            "The centre's reward has now risen to £5,000, the owner said.",
        ] {
            assert_eq!(moved(rose), Some(Move::Rose), "{rose}");
        }
        // "up from" a place is a way, no earlier value.
        assert_eq!(
            moved("Thieves stripped 48 solar panels from the roof, climbing up from the car park."),
            None
        );
        for as_of in [
            "The petition had gathered 3,100 signatures by the end of May.",
            "By Monday evening, 24 people had gone to hospital.",
        ] {
            assert_eq!(moved(as_of), Some(Move::AsOf), "{as_of}");
        }
        // A first stage's count, past a relative clause inside its own
        // clause; not an adverb of another clause.
        assert_eq!(
            moved("Residents of 20 houses on Pellinore Row, which backs onto the centre, were initially asked to leave."),
            Some(Move::First)
        );
        assert_eq!(
            moved("The number evacuated had climbed to 2,650, the agency said, as residents who had initially stayed put were moved out."),
            Some(Move::Rose)
        );
        // What stands now; "have now died" is a tally up to now, told so
        // by its verb.
        assert_eq!(moved("Tallowcant now employs 52 staff."), Some(Move::Now));
        // "Since" after an auxiliary tells a count reached after those
        // told before it; "since" with a time of its own is no such adverb.
        assert_eq!(
            moved("An online petition has since attracted more than 2,000 signatures."),
            Some(Move::Rose)
        );
        assert_eq!(
            moved("The petition has attracted 2,000 signatures since May."),
            None
        );
        // A time of day, and an adverb inside a relative clause, tell
        // neither.
        assert_eq!(moved("Rescuers reached 12 hikers at first light."), None);
        assert_eq!(
            moved("Residents of 20 houses, which were originally built in 1960, were evacuated."),
            None
        );
        for neither in [
            "A total of 198 ballots were rejected, according to figures released by the commission on Tuesday.",
            "The mayor spoke to 40 reporters.",
            "Thirty-one councillors voted for the plan.",
        ] {
            assert_eq!(moved(neither), None, "{neither}");
        }
    }

    #[test]
    fn a_count_is_told_as_standing_or_as_a_happening() {
        let rules = RuleSet::builtin().unwrap();
        let told = |text: &str| figures_in(text, &rules)[0].2.told;
        for standing in [
            "The plant employs 230 workers.",
            "The union has 64,000 members.",
            "Nearly 4,000 households were still without power.",
            "A dozen schools are closed.",
            "Inspectors said all 56 flats were unsafe.",
            "The 64-member orchestra had played the hall.",
            "A 12-member panel met on Monday.",
        ] {
            assert_eq!(told(standing), Some(Telling::Standing), "{standing}");
        }
        for happened in [
            "Crews carried 56 competitors to hospital.",
            "Twenty-one pupils fell ill.",
            "The 41 young musicians who made the trip had played the hall.",
            "Some 312 vehicles on its lot were damaged.",
            "About 140 homes within 800 metres of the site were evacuated.",
            "Twenty-three pupils and two members of staff were treated in hospital.",
            "Four people, including two children, were taken to hospital.",
            "Police and highways staff shut two lanes.",
            "Ninety-five pieces from the archive were water-damaged.",
            "Some 80 barrels stored in the shed were lost in the blaze.",
            // Those who told are doers, though a verb of telling passes
            // on the count it takes for its object.
            "By Monday evening, 214 members had contacted the office.",
        ] {
            assert_eq!(told(happened), Some(Telling::Happened), "{happened}");
        }
        // A participle after the noun is its own verb where no auxiliary
        // follows: the count was stored, not lost.
        let stored = figures_in("About 80 barrels stored in the shed.", &rules);
        assert_eq!(
            stored[0].2.deed.as_ref().map(|d| d.verb.as_str()),
            Some("store")
        );
        // "All" with a verb of happening: the whole, told both ways.
        for whole in [
            "The blaze destroyed all 80 barrels in the shed.",
            "All 56 flats were evacuated.",
        ] {
            assert_eq!(told(whole), Some(Telling::Whole), "{whole}");
        }
        // An amount of a stuff is told as a count is; a length is not.
        assert_eq!(
            told("The system holds roughly 800 kilograms of ammonia."),
            Some(Telling::Standing)
        );
        assert_eq!(
            told("Roughly 40kg of ammonia escaped before the leak was isolated."),
            Some(Telling::Happened)
        );
        assert_eq!(told("The gallery lies 320 metres down."), None);
        // A verb of telling passes a count on; a comma cuts it off.
        for neither in [
            "Scanner data showed 19,640 people inside the arena.",
            "A total of 64 boats, from trawlers to crabbers, took part.",
            "At its height, 85 firefighters were tackling the fire.",
        ] {
            assert_eq!(told(neither), None, "{neither}");
        }
    }
    #[test]
    fn a_count_set_off_after_a_part_is_that_part() {
        let rules = RuleSet::builtin().unwrap();
        let figure = |text: &str| figures_in(text, &rules)[0].2.clone();
        let part = figure("The largest share, 310 notices, was issued at the car park.");
        assert!(part.modifiers.contains(&"share".to_string()));
        let plain = figure("In the end, 310 notices were issued.");
        assert!(!plain.modifiers.iter().any(|m| m == "end"));
    }

    /// A name after "from" qualifies a count; a month says when.
    #[test]
    fn where_a_count_comes_from_qualifies_it() {
        assert_eq!(
            modifiers("It sent 32 firefighters from Eastholm."),
            ["eastholm"]
        );
        assert!(modifiers("It will cut 100 jobs from January.").is_empty());
        // So do the adjectives of a place the counted things are in; and
        // "both" of their places counts them all.
        assert_eq!(
            modifiers("Police shut two lanes on the northbound side."),
            ["northbound"]
        );
        assert!(modifiers("Two lanes on the side were shut.").is_empty());
        assert_eq!(
            modifiers("Four lanes across both carriageways remain shut."),
            [ALL_OF_THEM]
        );
    }

    /// A word between the article and its count picks a part of the set
    /// ("the remaining 40 staff"); "all" before it tells the whole; a
    /// hedge there picks nothing.
    #[test]
    fn a_word_before_a_count_may_pick_a_part_or_tell_the_whole() {
        assert_eq!(
            modifiers("The remaining 40 staff were sent home."),
            ["remaining"]
        );
        assert_eq!(
            modifiers("She answered all 15 questions correctly."),
            [ALL_OF_THEM]
        );
        assert!(modifiers("The estimated 300 fans waited outside.").is_empty());
        assert!(modifiers("The roughly 300 fans waited outside.").is_empty());
        assert!(modifiers("She answered 15 questions correctly.").is_empty());
    }

    #[test]
    fn nearest_trigger_wins() {
        assert_eq!(
            topic_of("At least 14 civilians were killed in the attacks.").as_deref(),
            Some("killed")
        );
        assert_eq!(
            topic_of("He backed a $90 billion weapons package.").as_deref(),
            Some("deal-value")
        );
        assert_eq!(
            topic_of("Tariffs on India rose to 50%.").as_deref(),
            Some("tariff-rate")
        );
        assert_eq!(
            topic_of("They spoke by phone for 40 minutes.").as_deref(),
            Some("call-duration")
        );
        assert_eq!(
            topic_of("The three-and-a-half-year war goes on.").as_deref(),
            Some("conflict-duration")
        );
        assert_eq!(
            topic_of("Shares jumped 24 percent.").as_deref(),
            Some("price-move")
        );
        assert_eq!(
            topic_of("It offered a premium of 32 per cent over the close.").as_deref(),
            Some("premium")
        );
    }

    #[test]
    fn bare_counts_take_their_noun_from_the_sentence() {
        let rules = RuleSet::builtin().unwrap();
        let value = |text: &str| figures_in(text, &rules).first().map(|f| f.2.value_text());
        assert_eq!(
            value("The number of people confirmed dead rose to 12 on Wednesday.").as_deref(),
            Some("12 people")
        );
        assert_eq!(
            value("The death toll climbed to 30.").as_deref(),
            Some("30 people")
        );
        assert_eq!(value("The index rose to 12 on Wednesday."), None);
        assert_eq!(value("He went to 12 meetings."), Some("12 meeting".into()));
    }

    /// The counted thing decides the topic, not a verb beside it:
    /// firefighters deployed are no troops.
    #[test]
    fn a_topic_counting_one_class_leaves_other_counted_things() {
        assert_eq!(
            topic_of("About 300 soldiers were deployed to the border."),
            Some("troops".into())
        );
        assert_eq!(
            topic_of("Some 120 firefighters were deployed at the peak of the fire."),
            None
        );
    }

    #[test]
    fn no_trigger_no_topic() {
        assert_eq!(topic_of("She rode 12 bicycles."), None);
        assert_eq!(
            topic_of("They spoke for three hours and left without a ceasefire."),
            Some("call-duration".into())
        );
        assert_eq!(
            topic_of("They sat for three hours and left without a ceasefire."),
            None
        );
    }

    #[test]
    fn values_read_like_the_report() {
        let rules = RuleSet::builtin().unwrap();
        let f = |text: &str| figures_in(text, &rules)[0].2.value_text();
        assert_eq!(f("a $90 billion deal"), "90000000000 USD");
        assert_eq!(f("at least 14 civilians"), "[14, ∞) people");
        assert_eq!(f("a 40-minute call"), "40 minutes");
        assert_eq!(f("5 per cent of GDP"), "5%");
    }
}

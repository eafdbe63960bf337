//! Date claims: an event (its kind, taken from the topic rules' trigger
//! words, and its participants) placed at a date. Timeline table rows and
//! running text both give them; a date that only says when something was
//! *said* ("said on Tuesday") dates the statement, not the event, and is left
//! out.

use std::borrow::Cow;

use crate::extract::attribution::DETERMINERS;
use crate::extract::figure::{nearest_topic, Figure, WordForms, HAVE};
use crate::extract::role::POSSESSIVE_PRONOUNS;
use crate::extract::{is_speech_verb, SUBORDINATORS};
use crate::normalise::calendar::{month_of, weekday_of};
use crate::normalise::dates::{DateMention, DateSpan, Precision};
use crate::normalise::number::may_open_number;
use crate::normalise::quantity::{
    clock_suffix, is_determiner, is_function_word, is_preposition, is_time_adjective,
    looks_like_verb, past_shaped_verb, Frame, Unit, CONJUNCTIONS,
};
use crate::normalise::senses::{
    first_sense_a_state, happening_of_noun, irregular_verb_form, is_noun, is_particle,
    names_a_group, names_a_mere_happening, names_a_part, names_a_person, names_a_thing_in_space,
    names_a_time, names_an_inert_thing, noun_lemma, occasion_of_noun, one_deed_first, same_deed,
    tells_a_change, tells_a_message, tells_a_mind, tells_a_motion, tells_a_state, verb_defined_by,
    verb_lemma, verb_of_a_deed_noun, verb_of_a_noun, verb_of_a_state, verb_of_agent_noun,
};
use crate::normalise::tokens::{
    closes_an_age, compound_hyphen, name_start, possessive_end, singular_of, stem,
};
use crate::normalise::tokens::{Token, TokenKind};
use crate::normalise::verbs::{
    irregular_lemma, participle_shaped, past_shaped, AUXILIARIES, BASE_PARTICIPLES, BE,
};
use crate::rules::{Dimension, RuleSet, Topic};

/// Verbs that say a happening began, went on or ended (as stemmed or
/// lemmatised): their subject is the happening.
const ASPECTUAL: &[&str] = &[
    "begin", "start", "end", "finish", "continu", "resum", "happen", "occur", "conclud", "erupt",
];

/// How far (in tokens) an event word may stand from its date: a timeline
/// row puts the whole event in the next cell.
const EVENT_REACH: usize = 25;

/// A date claim.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DateClaim {
    /// When.
    pub span: DateSpan,
    /// What happened.
    pub event: Happening,
    /// Read from a weekday or "last week" against the publication date.
    pub relative: bool,
    /// The date as written, folded ("tuesday", "16 march"): one sentence
    /// run on two days with the same words gives one date read twice.
    pub words: String,
    /// Whom or what the happening befell, in the singular and joined by
    /// spaces, where the sentence says: the words of an active verb's
    /// object ("ordered the full recount" → "full", "recount") and the
    /// head of its subject ("the recount was ordered", "the ferry left
    /// Halvik").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub patient: String,
    /// What the deed was done to, of [`DateClaim::patient`]'s words: the
    /// object's, or without one the subject's ("the fracture was
    /// spotted"). Two verbs WordNet does not relate may tell one deed
    /// done to one theme ("discovered the fracture").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub theme: String,
    /// The WordNet lemma of the verb that tells the happening ("departed"
    /// → "depart", "broke out" → "break_out"), where one does: two verbs
    /// of one happening are related by it ([`crate::normalise::senses`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verb: Option<Cow<'static, str>>,
    /// The happening the deed was done at, by its verb, where the date's
    /// clause (or the row it heads) names one after "at" or "during" ("at
    /// a public meeting" → "meet"): deeds done to the same people at one
    /// occasion date that occasion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occasion: Option<Cow<'static, str>>,
    /// The document's first sentence of prose tells it: the story's
    /// happening, which a later "the incident happened on …" elsewhere
    /// dates too ([`DateClaim::names_a_mere_happening`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub leads: bool,
    /// The clause tells the happening as the first or the last of its
    /// kind ("was first spotted", "its most recent inspection", "met for
    /// the first time"): a deed done once, which two verbs of one kind
    /// tell alike.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<Ordinal>,
}

/// Which one of a deed done more than once a clause tells: English marks
/// it with a closed set of words ("first", "initial", "inaugural"; "last",
/// "latest", "most recent").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ordinal {
    /// The first time.
    First,
    /// The last time so far.
    Last,
}

impl Ordinal {
    /// The rank a word tells by itself: "first", "initial", "inaugural",
    /// "last", "latest".
    fn of_word(word: &str) -> Option<Self> {
        match word {
            "first" | "initial" | "inaugural" => Some(Ordinal::First),
            "last" | "latest" => Some(Ordinal::Last),
            _ => None,
        }
    }
}

/// The ordinal among `tokens[range]`, where one tells which time a deed
/// was done: not one of a date ("last Tuesday", "the first week"), nor of
/// a count ("the last 24 hours"), nor one outside `date`.
fn ordinal_in(
    tokens: &[Token],
    range: std::ops::Range<usize>,
    date: &DateMention,
) -> Option<Ordinal> {
    range
        .filter(|j| !(date.first..date.last).contains(j))
        .find_map(|j| {
            let ordinal = match tokens[j].norm.as_str() {
                "recent" if j > 0 && tokens[j - 1].norm == "most" => Ordinal::Last,
                word => Ordinal::of_word(word)?,
            };
            // "for the first time" tells the time the deed was done.
            let of_a_time = tokens.get(j + 1).is_some_and(|next| {
                next.norm != "time"
                    && (names_a_time(&next.norm)
                        || weekday_of(next).is_some()
                        || month_of(next).is_some()
                        || may_open_number(next))
            });
            (!of_a_time).then_some(ordinal)
        })
}

/// The happening of a date that says when something was said ("said on
/// Tuesday"): one statement retold with another day is a contradiction,
/// two statements on two days are not.
pub const STATEMENT: &str = "say";

/// What a date places: an event a topic rule names, or else what the
/// sentence itself says happened.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Happening {
    /// The topic whose trigger stands nearest the date (index into
    /// `RuleSet::topics`).
    Topic(usize),
    /// The stem of the verb or event noun in the date's clause ("sank",
    /// "sinking" → "sink"; "reopened", "reopening" → "reopen"), where no
    /// topic names the event.
    Action(String),
}

impl Happening {
    /// The topic rule that governs it, if one does.
    pub fn topic(&self) -> Option<usize> {
        match self {
            Happening::Topic(t) => Some(*t),
            Happening::Action(_) => None,
        }
    }

    /// The topic rule that governs it, if one does.
    pub fn topic_rule<'r>(&self, rules: &'r RuleSet) -> Option<&'r crate::rules::Topic> {
        self.topic().and_then(|t| rules.topics.get(t))
    }

    /// It says when something was said (see [`STATEMENT`]).
    pub fn is_statement(&self) -> bool {
        matches!(self, Happening::Action(stem) if stem == STATEMENT)
    }

    /// How reports and block keys name it: the topic's id, or the action
    /// in quotes.
    pub fn name(&self, rules: &RuleSet) -> String {
        match self {
            Happening::Topic(t) => rules
                .topics
                .get(*t)
                .map_or("?", |t| t.id.as_str())
                .to_string(),
            Happening::Action(stem) => format!("\"{stem}\""),
        }
    }
}

impl DateClaim {
    /// The words of [`DateClaim::patient`].
    pub fn patient_words(&self) -> impl Iterator<Item = &str> {
        self.patient.split(' ').filter(|w| !w.is_empty())
    }

    /// The nouns of [`DateClaim::theme`], by which dates of one deed meet.
    pub fn theme_nouns(&self) -> impl Iterator<Item = &str> {
        // "their first visit": the rank is the ordinal's, no thing visited.
        self.theme
            .split(' ')
            .filter(|w| w.len() > 2 && is_noun(w) && Ordinal::of_word(w).is_none())
    }

    /// Whether it dates a happening named by no more than that it happened
    /// ("the incident took place on 6 June"): the story's happening, told
    /// elsewhere by its verb.
    ///
    /// So does a verb that says no more than that its subject happened,
    /// where WordNet knows no happening the subject names ("the
    /// sportive, which took place on 10 May").
    pub fn names_a_mere_happening(&self) -> bool {
        self.verb
            .as_deref()
            .is_some_and(|v| names_a_mere_happening(v) || one_deed_first(v, "happen"))
    }

    /// The deed a support verb tells was done by the noun it takes ("made
    /// his first court appearance": appear), by WordNet's verb of that
    /// noun; none for any other verb, which tells its deed itself.
    pub fn deed_of_its_noun(&self) -> Option<&'static str> {
        self.verb
            .as_deref()
            .filter(|v| is_light_verb(v))
            .and(self.theme_nouns().last())
            .and_then(verb_of_a_noun)
    }

    /// What people named by an agent noun who come to a place (a verb of
    /// motion, or a visit) do there, by their noun ("Inspectors visited
    /// the Lyric Hall": inspect); none for any other verb.
    pub fn deeds_come_to_do(&self) -> Vec<&'static str> {
        let came = self
            .verb
            .as_deref()
            .is_some_and(|v| tells_a_motion(v) || same_deed(v, VISIT));
        if !came {
            return Vec::new();
        }
        self.patient_words()
            .filter(|w| names_a_person(w))
            .filter_map(verb_of_agent_noun)
            .collect()
    }

    /// The value as reports write it: "2025-08-18", "2025-08", "2025-08-10..2025-08-20".
    pub fn value_text(&self) -> String {
        self.span.display()
    }
}

/// The verb of a visit, of which coming to a place to do a deed is a kind.
const VISIT: &str = "visit";

/// Date claims in a tokenized sentence, each with its token span. `figures`
/// are the sentence's figures with their spans: a figure's number is not a
/// date, though "60 years ago" is one.
/// Things made or planned against an event, which an event word before them
/// only qualifies (singular forms).
const PROVISIONS: &[&str] = &[
    "barrier",
    "defence",
    "defense",
    "wall",
    "warning",
    "alert",
    "plan",
    "insurance",
    "drain",
    "shelter",
    "zone",
    "risk",
    "preparation",
    "drill",
];

/// Whether token `at` stands inside double quotes.
fn quoted(tokens: &[Token], at: usize) -> bool {
    tokens[..at.min(tokens.len())]
        .iter()
        .filter(|t| t.kind == TokenKind::Punct && t.norm == "\"")
        .count()
        % 2
        == 1
}

/// Dated events in a tokenized sentence; `lemmas` are its [`word_forms`],
/// `topic_forms` the same without modifying topic words
/// ([`crate::extract::figure::without_modifiers`]).
pub fn extract(
    tokens: &[Token],
    lemmas: &[WordForms],
    topic_forms: &[WordForms],
    dates: &[DateMention],
    figures: &[(usize, usize, Figure)],
    rules: &RuleSet,
) -> Vec<(usize, usize, DateClaim)> {
    // "the flood barrier", "storm defences": an event word that qualifies
    // a thing built or planned against it names no event.
    // Likewise an event word that modifies a noun after it that is no
    // event word ("jet fuel"): the noun is the phrase's head.
    let original = lemmas;
    let mut lemmas = Cow::Borrowed(topic_forms);
    for k in 1..lemmas.len() {
        if PROVISIONS.contains(&lemmas[k].0.as_ref()) {
            lemmas.to_mut()[k - 1] = (Cow::Borrowed(""), Cow::Borrowed(""));
        }
    }
    // "called off": a verb with its particle is another verb than the
    // one-word topic trigger it starts with ("call").
    for k in 0..tokens.len().saturating_sub(1).min(lemmas.len()) {
        let (singular, stem) = &lemmas[k];
        if is_particle(&tokens[k + 1].norm)
            && rules.topic_words.contains(singular, stem)
            && verb_lemma(&tokens[k].norm, Some(&tokens[k + 1].norm))
                .is_some_and(|lemma| lemma.contains('_'))
        {
            lemmas.to_mut()[k] = (Cow::Borrowed(""), Cow::Borrowed(""));
        }
    }
    let taken = |d: &DateMention| {
        figures
            .iter()
            .any(|(a, b, f)| f.frame != Some(Frame::Offset) && d.first < *b && *a < d.last)
    };
    // The claim a date makes, of the deed at `over` where one is given
    // (a main clause's, which a "when" clause's date dates too), else of
    // what its own clause tells.
    let claim_of = |own: &DateMention,
                    span: DateSpan,
                    over: Option<usize>|
     -> Option<(usize, usize, DateClaim, bool)> {
        let words = date_words(tokens, own);
        // "died two days later, on 13 February,": a date set off by a
        // comma right after another restates it, and is read as that
        // one is.
        let d = restated_date(tokens, dates, own).unwrap_or(own);
        // A date beside a toll says as of when it was counted, not when
        // an event happened: the figure carries it. The event is what
        // the date's own clause says happened: a topic's word there
        // names it, else the verb or event noun beside the date; only a
        // date with neither (a timeline row's cell) reaches further for
        // a topic's word.
        // "Russia said Monday that …" dates the statement, not what it
        // speaks of; a count stated on a day carries that day itself.
        // "At a packed meeting in Skelbeck on Thursday, villagers told
        // managers …": a date inside an occasion's phrase dates the
        // occasion and what was done at it, not a statement.
        let occasion = occasion_in(tokens, d);
        let holds_the_date = occasion.is_some_and(|(opening, k, _)| {
            let opens_the_sentence = tokens[..opening]
                .iter()
                .all(|t| t.kind == TokenKind::Word && is_function_word(&t.norm));
            k < d.first
                && opens_the_sentence
                && tokens[k..d.first].iter().all(|t| t.kind == TokenKind::Word)
        });
        let occasion = occasion.map(|(_, _, verb)| verb);
        // The date then dates the occasion, and the clause after the
        // phrase tells what was done at it, and to whom.
        if let (true, Some(met), Some(k)) = (holds_the_date, occasion, verb_after_phrase(tokens, d))
        {
            let (patient, theme) = patient_of(tokens, original, k, d);
            let next = tokens.get(k + 1).map(|t| t.norm.as_str());
            return Some((
                own.first,
                own.last,
                DateClaim {
                    span,
                    event: Happening::Action(stem(met)),
                    relative: d.relative,
                    words,
                    patient,
                    theme,
                    verb: verb_lemma(&tokens[k].norm, next).map(Cow::Borrowed),
                    occasion: Some(Cow::Borrowed(met)),
                    leads: false,
                    ordinal: None,
                },
                possessive_date(tokens, d),
            ));
        }
        let occasion = occasion.map(Cow::Borrowed);
        if over.is_some() && (holds_the_date || dates_a_statement(tokens, d)) {
            return None;
        }
        if dates_a_statement(tokens, d) {
            if !figures.is_empty() {
                return None;
            }
            return Some((
                own.first,
                own.last,
                DateClaim {
                    span,
                    event: Happening::Action(STATEMENT.to_string()),
                    relative: d.relative,
                    words,
                    patient: String::new(),
                    theme: String::new(),
                    verb: None,
                    occasion: None,
                    leads: false,
                    ordinal: None,
                },
                possessive_date(tokens, d),
            ));
        }
        let accept = |t: &crate::rules::Topic| !t.cumulative;
        let clause = clause_of(tokens, d);
        // The clause's words, and the date's place among them.
        let in_clause = &lemmas[clause.start..clause.end.min(lemmas.len())];
        let in_clause_span = (d.first - clause.start, d.last - clause.start);
        // What happened is what the date's own clause says: its verb or
        // noun of a happening. A topic names that happening only where
        // its trigger is that very word ("clashed … yesterday"), or
        // where the word says only that its subject happened or was
        // done: an aspectual verb ("the strike … began on 11 August"),
        // a passive ("the takeover … was announced"), a light verb.
        // Only a date with no such word (a timeline row's cell) reaches
        // further for a topic's word.
        // "Sunday's earthquake": a possessive date dates the happening
        // it qualifies.
        let action = if let Some(k) = over {
            Some(action_at(tokens, original, k))
        } else if possessive_date(tokens, d) {
            possessed_happening(tokens, original, d)
        } else {
            action_near(tokens, original, d, figures)
        };
        // "The park remained closed today", "would stay shut on
        // Monday": a participle after a verb of state tells a state
        // held that day, which holds on others too; no happening.
        if action.as_ref().is_some_and(|(k, _)| state_held(tokens, *k)) {
            return None;
        }
        // The action word names a topic by itself ("clashed") or as
        // the first word of a trigger phrase ("broke their banks").
        let clause_end = clause.end.min(lemmas.len());
        // "sent an apology email on 7 November": a verb that tells
        // money moving ("sent", "donated") names a topic of money only
        // where its clause holds a sum or another of the topic's words
        // ("sent the aid on Monday"), or where it is a verb of the
        // topic's own thing ("fined the chain": a fine).
        let money_told = |t: &Topic, k: usize| {
            let clause_span = clause.start..clause_end;
            t.dimension != Dimension::Money
                || verb_lemma(&tokens[k].norm, None).is_some_and(is_noun)
                || figures.iter().any(|(first, _, f)| {
                    matches!(f.unit, Unit::Money(_)) && clause_span.contains(first)
                })
                || clause_span
                    .clone()
                    .any(|j| j != k && lemmas.get(j).is_some_and(|(s, st)| t.named_by(s, st)))
        };
        let named_by_action = |k: usize| {
            let (singular, stem) = lemmas.get(k)?;
            rules
                .topics
                .iter()
                .position(|t| accept(t) && t.named_by(singular, stem) && money_told(t, k))
                .or_else(|| {
                    let from_action = lemmas.get(k..clause_end.max(k))?;
                    nearest_topic(from_action, (0, 0), 1, rules, |t| {
                        accept(t) && money_told(t, k)
                    })
                })
        };
        let topic = match &action {
            Some((k, lemma)) => {
                let verb = verb_lemma(&tokens[*k].norm, tokens.get(k + 1).map(|t| t.norm.as_str()));
                // The subject names it before the verb ("the strike
                // … began", "the takeover … was announced", "the
                // clashes broke out"); a light verb's object after it
                // ("held a vote"), and so does what a verb of a
                // message or of the mind tells, near it ("agreed on
                // Monday to buy Granite", "announced Monday that he
                // called Putin").
                let word = tokens[*k].norm.as_str();
                let light = verb.is_some_and(is_light_verb);
                let governs = tells_a_message(word) || tells_a_mind(word);
                let subject_is_a_happening = k
                    .checked_sub(1)
                    .is_some_and(|s| happening_of_noun(&tokens[s].norm).is_some());
                let passive = passive(tokens, *k);
                let subject_names_it =
                    ASPECTUAL.contains(&lemma.as_str()) || passive || subject_is_a_happening;
                let (from, to, reach) = if (light || governs) && !passive {
                    // "approved the closure at a meeting on 10
                    // March": an occasion the deed was done at names
                    // no topic of the deed.
                    let occasion_at = (k + 1..clause.end).find(|&j| {
                        tokens[j].norm == "at"
                            && tokens.get(j + 1).is_some_and(|t| is_determiner(&t.norm))
                            && tokens
                                .get(j + 2)
                                .is_some_and(|t| occasion_of_noun(&t.norm).is_some())
                    });
                    (
                        k + 1,
                        occasion_at.unwrap_or(clause.end),
                        if light { EVENT_REACH } else { ACTION_REACH },
                    )
                } else {
                    // The subject is in the verb's own clause: "clubs
                    // are calling for limits after a glider was hit"
                    // names nothing of the hit by "calling".
                    let subject_from = clause_opened_before(tokens, *k).max(clause.start);
                    // A passive's subject stands before its first
                    // "be", not in the agent of a verb joined before
                    // it ("the slide was checked daily by its own
                    // staff and was last inspected": no staff were
                    // inspected).
                    let subject_to = (subject_from..*k)
                        .find(|&j| passive && BE.contains(&tokens[j].norm.as_str()))
                        .unwrap_or(*k);
                    (subject_from.min(subject_to), subject_to, EVENT_REACH)
                };
                let to = to.min(lemmas.len());
                let side = &lemmas[from.min(to)..to];
                let at = if to == *k { side.len() } else { 0 };
                // A state entered ("ground to a halt") is the deed,
                // whatever topic its noun's word may name.
                let entered = state_entered(tokens, *k).is_some();
                (!entered)
                    .then(|| {
                        named_by_action(*k).or_else(|| {
                            (light || governs || subject_names_it)
                                .then(|| nearest_topic(side, (at, at), reach, rules, accept))
                                .flatten()
                        })
                    })
                    .flatten()
            }
            None => nearest_topic(in_clause, in_clause_span, ACTION_REACH, rules, accept)
                .or_else(|| nearest_topic(&lemmas, (d.first, d.last), EVENT_REACH, rules, accept)),
        };
        let mut event = match topic {
            Some(topic) => {
                if makes_a_figure(&lemmas, figures, topic, &rules.topics[topic]) {
                    return None;
                }
                Happening::Topic(topic)
            }
            None => Happening::Action(action.as_ref()?.1.clone()),
        };
        // What was done, and to whom, of a topic's event too ("signed
        // the agreement" / "the deal was signed").
        let told_by = match over {
            Some(k) => verb_lemma(&tokens[k].norm, tokens.get(k + 1).map(|t| t.norm.as_str()))
                .map(|lemma| (k, lemma)),
            None => verb_near(tokens, d, figures),
        };
        let told_at = told_by.map(|(k, _)| k).or(action.as_ref().map(|(k, _)| *k));
        let (patient, theme) = told_at
            .map(|k| patient_of(tokens, original, k, d))
            .unwrap_or_default();
        // "the toll rose to 13 on Monday", "stood at 11": a verb whose
        // complement is an amount tells a count as of a date, which the
        // figure carries, no happening to date.
        let amount = |k: usize| {
            tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "to" | "at" | "by"))
                && figures.iter().any(|(a, _, _)| *a == k + 2)
        };
        // Only a verb of change, motion or state ("rose to", "stood
        // at"), not "wrote to 4,000 residents"; and a possessive date
        // still dates its own noun ("the toll from Sunday's earthquake
        // rose to 230").
        let of_an_amount = told_by.is_some_and(|(_, lemma)| {
            tells_a_change(lemma) || tells_a_motion(lemma) || first_sense_a_state(lemma)
        });
        if of_an_amount && told_at.is_some_and(amount) && !possessive_date(tokens, d) {
            return None;
        }
        let mut verb = told_by.map(|(k, lemma)| {
            Cow::Borrowed(if moves_from_a_place(tokens, k, lemma) {
                DEPARTURE
            } else {
                lemma
            })
        });
        // "the inspection took place", "had been carried out", "put her
        // signature to the budget": a light verb says only that its
        // noun of a happening happened, and the noun names it by its
        // verb ("inspect", "sign").
        // A noun of a happening names a topic where it is one of the
        // topic's words, whichever verb tells it ("made their first
        // visit" / "the first site visit took place").
        let happening_named = |noun: &str| {
            let noun_stem = stem(noun);
            rules
                .topics
                .iter()
                .position(|t| accept(t) && t.named_by(noun, &noun_stem))
                .map_or(Happening::Action(noun_stem), Happening::Topic)
        };
        if let Some((k, light)) = told_by {
            // The object's head names it ("a routine inspection"), else
            // the subject ("the inspection took place"). A noun WordNet
            // files with things is a happening all the same where a
            // support verb tells that it was done ("carried out a
            // headcount", "the session was held"): it is named by
            // itself.
            let object: Vec<usize> = object_of(tokens, k).collect();
            let deed = object
                .iter()
                .rev()
                .find_map(|&j| occasion_of_noun(&tokens[j].norm))
                .or_else(|| patient.split(' ').find_map(occasion_of_noun))
                .or_else(|| {
                    // Only a verb that says its object was done
                    // ("carried out a headcount"), not one that may
                    // give or hold a thing ("held the suspect"), or a
                    // light verb whose subject happened ("the
                    // session, held on 15 May").
                    let done = matches!(
                        light,
                        "carry_out" | "conduct" | "perform" | "undergo" | "stage"
                    );
                    if !done && !object.is_empty() {
                        return None;
                    }
                    // The object's last noun, where its phrase ends
                    // there ("a headcount at …", not "their first
                    // face-to-face talks").
                    let head = object.last().filter(|&&j| {
                        tokens
                            .get(j + 1)
                            .is_none_or(|t| t.kind != TokenKind::Word || is_function_word(&t.norm))
                    });
                    // Without an object, the subject ("the session,
                    // held on 15 May").
                    // A noun of a deed names it by its verb ("the
                    // detention … took place": "detain").
                    let subject = object.is_empty().then(|| patient.split(' ').next());
                    head.map(|&j| tokens[j].norm.as_str())
                        .or(subject.flatten())
                        .filter(|w| !w.is_empty())
                        .and_then(noun_lemma)
                        .map(|noun| verb_of_a_deed_noun(noun).unwrap_or(noun))
                });
            // "The kitchen's closure came on 12 March": a verb of
            // going with no object, whose subject is a noun of a
            // deed, says that the deed happened, as a support verb
            // does.
            let deed = deed.filter(|_| is_light_verb(light)).or_else(|| {
                (tells_its_coming(tokens, k, light) && object.is_empty())
                    .then(|| subject_head(tokens, k))
                    .flatten()
                    .and_then(|(_, head)| noun_lemma(&tokens[head].norm))
                    .and_then(verb_of_a_deed_noun)
            });
            if let Some(deed) = deed {
                if let Happening::Action(_) = event {
                    event = happening_named(deed);
                }
                verb = Some(Cow::Borrowed(deed));
            }
        }
        // "were found missing at the 6.30am headcount on 12 May": a
        // date right after the noun of an occasion is that occasion's
        // day, and what was done at it was done then.
        // A topic's word names it as a support verb's object does
        // ("carried out a headcount").
        if let (Happening::Action(_), Some(held), None) = (&event, dated_occasion(tokens, d), over)
        {
            event = happening_named(held);
            verb = Some(Cow::Borrowed(held));
        }
        // "A rerun has been arranged for Sunday 9 November", "the
        // hospice has scheduled a rerun for Sunday 16 November": a day
        // "for" sets after a deed's object is the day of what is
        // planned, the object's noun, whichever verb planned it.
        if let (Happening::Action(_), Some(planned), None) = (
            &event,
            planned_for_a_day(tokens, d, span, told_at, &theme),
            over,
        ) {
            event = happening_named(planned);
            verb = verb_lemma(planned, None).map(Cow::Borrowed);
        }
        Some((
            own.first,
            own.last,
            DateClaim {
                span,
                event,
                relative: d.relative,
                words,
                patient,
                theme,
                verb,
                occasion,
                leads: false,
                // In the verb's clause, before the date or the verb,
                // whichever comes later ("was first spotted on 10
                // May", "on Sunday the board first met"); a verb that
                // opens its clause qualifies the phrase before it
                // ("the most recent check, carried out on …").
                ordinal: told_at.and_then(|k| {
                    let mut from = clause_opened_before(tokens, k);
                    if from == k && k > 1 {
                        from = clause_opened_before(tokens, k - 1);
                    }
                    ordinal_in(tokens, from..d.first.max(k + 1), d)
                }),
            },
            possessive_date(tokens, d),
        ))
    };
    let found: Vec<(usize, usize, DateClaim, bool)> = dates
        .iter()
        .filter(|d| !taken(d))
        .filter_map(|d| Some((d, happening_span(tokens, d)?)))
        .filter(|(d, _)| !negated_clause(tokens, d))
        // "today" in a quote is the speaker's day, not a dated event.
        .filter(|(d, _)| !quoted(tokens, d.first))
        .flat_map(|(own, span)| {
            let main = deed_before_a_when_clause(tokens, own);
            std::iter::once(None)
                .chain(main.map(Some))
                .filter_map(|over| claim_of(own, span, over))
                .collect::<Vec<_>>()
        })
        .collect();
    // "the toll from Sunday's earthquake rose on Tuesday": the possessive
    // dates the event; the sentence's other dates are the count's.
    let dated_by_possessive = |event: &Happening| {
        found
            .iter()
            .any(|(_, _, c, possessive)| *possessive && c.event == *event)
    };
    found
        .iter()
        .filter(|(_, _, claim, possessive)| *possessive || !dated_by_possessive(&claim.event))
        .map(|(first, last, claim, _)| (*first, *last, claim.clone()))
        .collect()
}

/// "Staff discovered the break-in when they arrived to open the museum on
/// Monday morning": a date in a "when" clause dates the deed of the clause
/// it is joined to as well; the index of that clause's past verb. A noun
/// of a time before "when" makes a relative clause of it ("the day when"),
/// and a verb of saying or of the mind governs a message, no deed.
fn deed_before_a_when_clause(tokens: &[Token], d: &DateMention) -> Option<usize> {
    let clause = clause_of(tokens, d);
    let when = (clause.start..d.first)
        .rev()
        .find(|&j| tokens[j].norm == "when")?;
    let before = tokens.get(when.checked_sub(1)?)?;
    if names_a_time(&before.norm) {
        return None;
    }
    let k = (clause.start..when)
        .rev()
        .find(|&j| past_shaped_verb(&tokens[j]))?;
    let word = tokens[k].norm.as_str();
    (!tells_a_message(word) && !tells_a_mind(word) && !quoted(tokens, k)).then_some(k)
}

/// The noun of what is planned for the day `d` names, where "for" sets
/// the day after a deed told before it (at `told_at`) and its object or
/// subject (`theme`, whose last word is its head) is no person: "a rerun
/// has been arranged for Sunday 9 November" dates the rerun, not the
/// arranging.
fn planned_for_a_day(
    tokens: &[Token],
    d: &DateMention,
    span: DateSpan,
    told_at: Option<usize>,
    theme: &str,
) -> Option<&'static str> {
    let before = d.first.checked_sub(1)?;
    if tokens[before].norm != "for"
        || span.precision != Precision::Day
        || told_at.is_none_or(|k| k >= before)
    {
        return None;
    }
    noun_lemma(theme.rsplit(' ').next()?).filter(|noun| !names_a_person(noun))
}

/// The date mention `d` restates: the one right before it, where only a
/// comma and at most one function word stand between ("died two days
/// later, on 13 February,").
fn restated_date<'d>(
    tokens: &[Token],
    dates: &'d [DateMention],
    d: &DateMention,
) -> Option<&'d DateMention> {
    let earlier = dates.iter().rev().find(|e| e.last <= d.first)?;
    let between = &tokens[earlier.last..d.first];
    let restates = between.first().is_some_and(|t| t.norm == ",")
        && between.len() <= 2
        && between[1..].iter().all(|t| is_function_word(&t.norm));
    restates.then_some(earlier)
}

/// A date as written, folded.
fn date_words(tokens: &[Token], d: &DateMention) -> String {
    tokens[d.first..d.last.min(tokens.len())]
        .iter()
        .map(|t| t.norm.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Sunday's earthquake": a possessive date names its event.
fn possessive_date(tokens: &[Token], d: &DateMention) -> bool {
    d.last
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .is_some_and(|t| t.norm.ends_with("'s"))
}

/// The most words between a date and the word that says what happened
/// ("the ferry sank on Friday", "was last inspected in 2019").
const ACTION_REACH: usize = 6;

/// What happened at date `d`, read from the sentence: the verb or event
/// noun nearest the date within its clause, by its shape (a past form, an
/// "-ing" form, a noun made from a verb such as "inspection" or "arrival"),
/// before the date if there is one; with its token index. Names, function words and other time
/// words say nothing of what happened. A date opening the sentence ("On
/// Tuesday, Putin accused …") reaches past its comma.
fn action_near(
    tokens: &[Token],
    lemmas: &[WordForms],
    d: &DateMention,
    figures: &[(usize, usize, Figure)],
) -> Option<(usize, String)> {
    if let Some(k) = row_verb_near(tokens, d, figures) {
        return Some((k, lemmas[k].1.to_string()));
    }
    let happenings = words_near(tokens, d, figures).filter(|&k| {
        let opens_cell = k == 0 || matches!(tokens[k - 1].norm.as_str(), "|" | ":");
        happens(tokens, k, opens_cell) && !subject_before_dated_verb(tokens, k, d)
    });
    let mut happenings = describers_last(tokens, happenings).into_iter();
    let first = happenings.next()?;
    // "were told of the decision at a meeting on Monday", "was spotted
    // during a routine inspection on April 9": a happening named as the
    // occasion of a verb before it is when that verb's deed was done, and
    // the verb tells what happened.
    let occasion = occasion_opens(tokens, first);
    let k = occasion
        .and_then(|preposition| {
            happenings.find(|&k| k < preposition && past_shaped(&tokens[k].norm))
        })
        .or_else(|| occasion.and_then(|_| deed_after_opening(tokens, d)))
        .or_else(|| deed_behind(tokens, first))
        .unwrap_or(first);
    let k = deed_told_apart(tokens, k).map_or(k, |(j, _)| j);
    Some(match state_entered(tokens, k) {
        Some(entered) => (k, stem(entered)),
        None => action_at(tokens, lemmas, k),
    })
}

/// "At an emergency meeting on Tuesday evening, members of the group
/// voted": an occasion in the sentence's opening phrase, set off by a
/// comma after its date, is when the main clause's deed was done: the
/// first past verb after the comma, before the clause ends.
fn deed_after_opening(tokens: &[Token], d: &DateMention) -> Option<usize> {
    if !in_opening_phrase(tokens, d) {
        return None;
    }
    let comma = comma_closing(tokens, d)?;
    tokens[comma + 1..]
        .iter()
        .take_while(|t| t.kind == TokenKind::Word || t.norm == "'")
        .position(past_shaped_verb)
        .map(|at| comma + 1 + at)
}

/// Candidate verbs at `positions`, in their order but with participles
/// that describe their noun last ("got through to the stranded cavers on
/// 9 March", "wrote to affected customers on Sunday"): another verb of the
/// clause tells the deed, and only where none does may the participle
/// ("the revised timetable"). A participle right after a preposition
/// opens its noun phrase as a determiner would.
fn describers_last(tokens: &[Token], positions: impl Iterator<Item = usize>) -> Vec<usize> {
    // "to run sanctioned events": a verb's bare form after "to" takes
    // the noun phrase the participle opens; an auxiliary's ("to be paid",
    // "to have left") takes the participle itself.
    let after_an_infinitive = |k: usize| {
        k >= 2
            && tokens[k - 2].norm == "to"
            && verb_lemma(&tokens[k - 1].norm, None).is_some_and(|lemma| {
                lemma == tokens[k - 1].norm && !matches!(lemma, "be" | "have" | "get")
            })
    };
    let describes = |k: usize| {
        k > 0
            && (opens_a_noun(&tokens[k - 1])
                || after_an_infinitive(k)
                || (is_preposition(&tokens[k - 1])
                    && verb_lemma(&tokens[k - 1].norm, None).is_none()))
            && past_shaped(&tokens[k].norm)
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && !is_function_word(&t.norm))
    };
    let (mut verbs, describers): (Vec<usize>, Vec<usize>) = positions.partition(|&k| !describes(k));
    verbs.extend(describers);
    verbs
}

/// The deed of leaving a place, which every way of moving from it tells.
pub const DEPARTURE: &str = "leave";

/// The deed of coming to a place ("reach", "land", "get to" are kinds).
const ARRIVAL: &str = "arrive";

/// "sailed from Port Selwyn", "flew out from Halvik": a motion verb at
/// `k` (with lemma `lemma`) moving from a named place tells leaving it,
/// as "left Port Selwyn" does. So does a passive that moves its subject
/// from a named place, whatever its verb ("was discharged from Wexcombe
/// General Hospital", "was allowed home from Carrowdene Infirmary"):
/// the subject left it.
fn moves_from_a_place(tokens: &[Token], k: usize, lemma: &str) -> bool {
    let mut from = k + 1 + usize::from(lemma.contains('_'));
    // "allowed home from", "let out from": a word of direction between.
    if tokens
        .get(from)
        .is_some_and(|t| t.norm == "home" || is_particle(&t.norm))
    {
        from += 1;
    }
    (tells_a_motion(lemma) || passive(tokens, k))
        && tokens.get(from).is_some_and(|t| t.norm == "from")
        && tokens[from + 1..]
            .iter()
            .find(|t| !is_determiner(&t.norm))
            .is_some_and(|t| t.capitalised && month_of(t).is_none() && weekday_of(t).is_none())
}

/// The past deed the word at `k` only qualifies or completes, where one
/// does: [`deed_done_in`], [`deed_done_to`], or [`deed_done_to_a_doer`].
fn deed_behind(tokens: &[Token], k: usize) -> Option<usize> {
    deed_done_in(tokens, k)
        .or_else(|| deed_done_to(tokens, k))
        .or_else(|| deed_done_to_a_doer(tokens, k))
}

/// "a drone hit a glider approaching the airfield on Saturday": an "-ing"
/// form right after the object of a past deed says what that object was
/// doing, as a relative clause would ("a glider that was approaching");
/// the deed is what happened.
fn deed_done_to_a_doer(tokens: &[Token], participle: usize) -> Option<usize> {
    let noun = participle.checked_sub(1)?;
    // After a compound's hyphen the "-ing" form is the compound's head
    // ("a strong-stream warning").
    let word = tokens[participle].norm.as_str();
    let qualifies = word.ends_with("ing")
        && !(noun > 0 && compound_hyphen(tokens, noun - 1))
        && verb_lemma(word, None).is_some()
        && content_word(&tokens[noun])
        && is_noun(&tokens[noun].norm);
    qualifies.then(|| deed_done_to(tokens, noun)).flatten()
}

/// "turned down the claim in a letter sent last Tuesday": a deed done in
/// a thing that a participle dates (a letter, a report, a ruling) was
/// done when that thing was; the past verb before the "in" tells it.
fn deed_done_in(tokens: &[Token], participle: usize) -> Option<usize> {
    let noun = qualified_by_participle(tokens, participle)?;
    let opens = phrase_opening(tokens, noun + 1)?;
    if tokens[opens].norm != "in" {
        return None;
    }
    (0..opens)
        .rev()
        .take_while(|&j| !opens_clause(&tokens[j]))
        .find(|&j| {
            !tokens[j].capitalised
                && past_shaped(&tokens[j].norm)
                && verb_lemma(&tokens[j].norm, None).is_some()
                && !passive(tokens, j)
        })
}

/// "signed the agreement on Wednesday", "technicians found the damage on
/// Sunday", "pulled its premises licence": a happening's noun that is the
/// object of a past deed right before its phrase is what that deed was
/// done to; the deed is what happened.
/// A light verb's noun is its happening ("held a vote"), and a verb of
/// state does nothing to it.
fn deed_done_to(tokens: &[Token], noun: usize) -> Option<usize> {
    if past_shaped(&tokens[noun].norm) || tokens[noun].norm.ends_with("ing") {
        return None;
    }
    // Back over the noun phrase: "pulled its premises licence".
    let k = phrase_opening(tokens, noun)?;
    let word = tokens[k].norm.as_str();
    let lemma = verb_lemma(word, None)?;
    // "hit", "cut": a past form written as the verb's base.
    let deed = participle_shaped(word)
        && k + 1 < noun
        && !tokens[k].capitalised
        && !is_light_verb(lemma)
        && !tells_a_state(word)
        && !passive(tokens, k);
    deed.then_some(k)
}

/// A row tells its happening by its verb, whatever nouns its subject
/// holds before it ("March 4: Private equity firm Castellane walks away
/// from its bid"): the present verb of the row date `d` heads, if any.
fn row_verb_near(
    tokens: &[Token],
    d: &DateMention,
    figures: &[(usize, usize, Figure)],
) -> Option<usize> {
    let row_verb = row_verb(tokens, d);
    words_near(tokens, d, figures).find(|&k| row_verb(k))
}

/// Whether the date `d` heads a timeline row ("September 2: …").
fn heads_a_row(tokens: &[Token], d: &DateMention) -> bool {
    tokens
        .get(d.last)
        .is_some_and(|t| matches!(t.norm.as_str(), "|" | ":"))
}

/// Whether token `k` is the present verb of the timeline row date `d`
/// heads ("September 2: The board formally approves the penalties"): a
/// row tells its happening in the present.
fn row_verb<'t>(tokens: &'t [Token], d: &DateMention) -> impl Fn(usize) -> bool + 't {
    let heads_a_row = heads_a_row(tokens, d);
    let after = d.last;
    move |k| heads_a_row && k > after && present_deed(tokens, k)
}

/// A verb in the present with its object after it ("approves the
/// penalties", "signs the deal", "rejects most of the claim"): the "-s"
/// form of a verb WordNet knows, before a determiner, a quantifier, a
/// number or a name, or one no noun shares ("undergoes"); never a form of
/// "be", which carries another verb's tense ("death is confirmed").
fn present_deed(tokens: &[Token], k: usize) -> bool {
    let word = tokens[k].norm.as_str();
    if BE.contains(&word) {
        return false;
    }
    let next = tokens.get(k + 1).map(|t| t.norm.as_str());
    // A form no noun shares ("undergoes routine tests") is a verb
    // whatever follows it; one a plural shares ("rains") needs its object.
    let object_after = tokens.get(k + 1).is_some_and(|t| {
        is_determiner(&t.norm)
            || DETERMINERS.contains(&t.norm.as_str())
            || t.kind == TokenKind::Number
            || t.capitalised
            || is_particle(&t.norm)
    }) || !is_noun(word);
    let Some(lemma) = verb_lemma(word, next).filter(|&lemma| !tells_a_state(lemma)) else {
        return false;
    };
    // "the board approves": the "-s" form; "inspectors sign off": the
    // base form after a plural subject.
    let singular_form = lemma != word && word.ends_with('s') && !word.ends_with("ss");
    let plural_subject = k > 0 && {
        let subject = &tokens[k - 1];
        subject.kind == TokenKind::Word
            && !subject.capitalised
            && subject.norm.ends_with('s')
            && !is_function_word(&subject.norm)
            && verb_lemma(&subject.norm, None).is_none()
    };
    let base_form = lemma.split('_').next() == Some(word) && plural_subject;
    !tokens[k].capitalised && object_after && (singular_form || base_form)
}

/// Prepositions that make the happening after them the occasion of
/// another ("at a meeting", "during an inspection").
const OCCASION: &[&str] = &["at", "during"];

/// The happening named as an occasion ("at a public meeting", "during an
/// inspection") in the clause of the date `d`, or in the row it heads:
/// where its preposition stands, where its noun stands, and its verb.
fn occasion_in(tokens: &[Token], d: &DateMention) -> Option<(usize, usize, &'static str)> {
    let clause = clause_of(tokens, d);
    let end = if heads_a_row(tokens, d) {
        tokens.len()
    } else {
        clause.end
    };
    (clause.start..end)
        // A row's cell ends at its first mark.
        .take_while(|&k| k <= d.last || tokens[k].kind == TokenKind::Word)
        .find_map(|k| {
            let token = &tokens[k];
            occasion_of_noun(&token.norm).filter(|_| !token.capitalised)?;
            // The compound's head is the occasion ("an emergency meeting"
            // is a meeting), where it names one.
            let head = (k + 1..end)
                .take_while(|&j| lower_case_noun(&tokens[j]))
                .last()
                .filter(|&j| occasion_of_noun(&tokens[j].norm).is_some())
                .unwrap_or(k);
            let verb = occasion_of_noun(&tokens[head].norm)?;
            occasion_opens(tokens, k).map(|opening| (opening, head, verb))
        })
}

/// The verb of the clause after the phrase a date `d` closes ("At a
/// meeting on Thursday, villagers told managers …" → "told"): a past or
/// "-s" form of a verb within a few words of it, past the clause's first
/// word (its subject's head or opening word).
fn verb_after_phrase(tokens: &[Token], d: &DateMention) -> Option<usize> {
    let from = d.last + usize::from(tokens.get(d.last).is_some_and(|t| t.norm == ","));
    (from + 1..(from + ACTION_REACH).min(tokens.len()))
        .take_while(|&k| tokens[k].kind == TokenKind::Word)
        .find(|&k| {
            let word = tokens[k].norm.as_str();
            let finite = past_shaped(word) || (word.ends_with('s') && !is_noun(word));
            !tokens[k].capitalised
                && !BE.contains(&word)
                && finite
                && verb_lemma(word, None).is_some()
        })
}

/// Where the preposition stands that makes the noun of a happening at `k`
/// an occasion ("at an all-hands meeting"), past its determiner and
/// qualifiers.
fn occasion_opens(tokens: &[Token], k: usize) -> Option<usize> {
    if past_shaped(&tokens[k].norm) {
        return None;
    }
    (k.saturating_sub(6)..k)
        .rev()
        .take_while(|&j| tokens[j].kind == TokenKind::Word || compound_hyphen(tokens, j))
        .find(|&j| OCCASION.contains(&tokens[j].norm.as_str()))
}

/// Prepositions that open a phrase of their own: the noun after them is
/// theirs ("an audit of the records", "approved by the board in the
/// evening").
pub(crate) const COMPLEMENTS: &[&str] = &[
    "of", "for", "in", "on", "at", "from", "to", "with", "by", "about", "into",
];

/// The occasion whose day the date `d` gives ("at the 6.30am headcount
/// on 12 May", "during morning assembly on 6 May"): a common noun right
/// before the date, in a phrase opened by "at" or "during" with no other
/// preposition between. WordNet may know no happening for it; the
/// sentence's shape says it happened. A place or a thing in space ("at
/// the hospital") is where, not what; a noun WordNet knows as a happening
/// or a gathering ("at a meeting on Monday") is read by [`action_near`],
/// which dates the deed done at it. Named by itself.
fn dated_occasion(tokens: &[Token], d: &DateMention) -> Option<&'static str> {
    let mut first = d.first;
    if first > 0 && matches!(tokens[first - 1].norm.as_str(), "on" | "at") {
        first -= 1;
    }
    let noun = first.checked_sub(1)?;
    let token = &tokens[noun];
    let common_noun = token.kind == TokenKind::Word
        && !token.capitalised
        && !is_function_word(&token.norm)
        && !names_a_time(&token.norm)
        && !past_shaped(&token.norm)
        && !may_open_number(token)
        && !clock_suffix(tokens, noun);
    if !common_noun {
        return None;
    }
    // A place or a thing in space ("died at the hospital on Monday",
    // "docked at the harbour") is where, not what happened.
    let lemma = noun_lemma(&token.norm).filter(|lemma| !names_a_thing_in_space(lemma))?;
    // Back over its determiner and qualifiers, a clock time among them
    // ("the 6.30am headcount"), to the preposition; another preposition
    // on the way makes the noun another's complement ("during a routine
    // audit of the storage records on 20 May" dates the audit).
    let opener = (noun.saturating_sub(6)..noun)
        .rev()
        .take_while(|&j| matches!(tokens[j].kind, TokenKind::Word | TokenKind::Number))
        .find(|&j| {
            let word = tokens[j].norm.as_str();
            OCCASION.contains(&word) || COMPLEMENTS.contains(&word)
        })?;
    if !OCCASION.contains(&tokens[opener].norm.as_str()) {
        return None;
    }
    occasion_of_noun(lemma).is_none().then_some(lemma)
}

/// The happening a possessive date qualifies ("Sunday's earthquake",
/// "Monday's prolonged outage"): the first word after it that tells one.
fn possessed_happening(
    tokens: &[Token],
    lemmas: &[WordForms],
    d: &DateMention,
) -> Option<(usize, String)> {
    (d.last..(d.last + 3).min(tokens.len()))
        .take_while(|&k| tokens[k].kind == TokenKind::Word)
        .find(|&k| happens(tokens, k, false))
        .map(|k| action_at(tokens, lemmas, k))
}

/// The happening word `k` tells, with its lemma: a noun of a happening is
/// named by its verb ("inspection" → "inspect"), as the verb's own forms
/// are.
fn action_at(tokens: &[Token], lemmas: &[WordForms], k: usize) -> (usize, String) {
    let word = tokens[k].norm.as_str();
    // A past form by WordNet's lemma ("died" → "die", as "death" is).
    let lemma = compound_verb(tokens, k)
        .or_else(|| irregular_lemma(word))
        .or_else(|| {
            if past_shaped(word) || irregular_verb_form(word) {
                verb_lemma(word, None).filter(|lemma| !lemma.contains('_'))
            } else {
                happening_of_noun(word)
            }
        })
        .map_or_else(|| lemmas[k].1.to_string(), stem);
    (k, lemma)
}

/// The verb a form at `k` makes with the word a hyphen joins before it,
/// where WordNet has the two as one verb ("rubber-stamped" →
/// "rubberstamp", "double-checked" → "double-check"): the compound is the deed,
/// not its last word ("stamp").
fn compound_verb(tokens: &[Token], k: usize) -> Option<&'static str> {
    let first = tokens.get(k.checked_sub(2)?)?;
    if !(compound_hyphen(tokens, k - 1) && first.kind == TokenKind::Word) {
        return None;
    }
    let word = tokens[k].norm.as_str();
    ["", "-"]
        .iter()
        .find_map(|joint| verb_lemma(&format!("{}{joint}{word}", first.norm), None))
}

/// The verb WordNet defines by the phrase the verb `lemma` at `k` opens
/// ("was taken into custody": "arrest"; "was found guilty": "convict"),
/// else `lemma`.
fn defined_verb(tokens: &[Token], k: usize, lemma: &'static str) -> &'static str {
    moved_out_of(tokens, k, lemma)
        .or_else(|| defining_phrase(tokens, k, lemma).map(|(verb, _)| verb))
        .unwrap_or(lemma)
}

/// "dropped out of the sky", "ran out of the burning barn": a verb of
/// motion whose particle opens a path out of a thing in space tells that
/// motion; the phrasal verb WordNet lists for its words is another deed
/// ("drop out": quit, "run out": be used up), unless it is a motion too.
/// The plain verb's lemma, where so.
fn moved_out_of(tokens: &[Token], k: usize, lemma: &str) -> Option<&'static str> {
    let plain = verb_lemma(&tokens[k].norm, None)?;
    let from_a_thing = matches!(tokens.get(k + 2)?.norm.as_str(), "of" | "from")
        && tokens[k + 3..]
            .iter()
            .find(|t| !is_determiner(&t.norm) && !POSSESSIVE_PRONOUNS.contains(&t.norm.as_str()))
            .is_some_and(|t| !t.capitalised && names_a_thing_in_space(&t.norm));
    (lemma.contains('_') && from_a_thing && tells_a_motion(plain) && !tells_a_motion(lemma))
        .then_some(plain)
}

/// The verb a phrase of the verb at `k` (lemma `lemma`) defines, with the
/// tokens of the phrase after the verb ([`defined_verb`]).
fn defining_phrase(
    tokens: &[Token],
    k: usize,
    lemma: &'static str,
) -> Option<(&'static str, std::ops::Range<usize>)> {
    let words_from = |from: usize| -> Vec<&str> {
        tokens
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take(2)
            .take_while(|t| t.kind == TokenKind::Word && !t.capitalised)
            .map(|t| t.norm.as_str())
            .collect()
    };
    // "took the suspect into custody", "took a 34-year-old man into
    // custody": the phrase may close past the verb's object, within a few
    // words of where its reading stops.
    let defined_from = |from: usize| {
        verb_defined_by(lemma, &words_from(from)).map(|(verb, n)| (verb, from..from + n))
    };
    defined_from(k + 1).or_else(|| {
        // "made the postponement public": the phrase's last word may
        // close the object as read; "found him guilty": or a pronoun
        // that is the object.
        // "found Ilse Varga guilty": or a name, its capitalised words.
        let name_end = || {
            (k + 1..tokens.len())
                .take_while(|&j| tokens[j].kind == TokenKind::Word && tokens[j].capitalised)
                .last()
                .map(|j| j + 1)
        };
        let end = object_of(tokens, k)
            .last()
            .map(|j| j + 1)
            .or_else(|| {
                tokens
                    .get(k + 1)
                    .filter(|t| object_pronoun(&t.norm))
                    .map(|_| k + 2)
            })
            .or_else(name_end)?;
        (end - 1..end + 3).find_map(defined_from)
    })
}

/// Personal pronouns in the object's case ("him", "them"): the object of
/// the verb before them.
fn object_pronoun(word: &str) -> bool {
    matches!(word, "him" | "her" | "them" | "me" | "us" | "it")
}

/// The verb nearest date `d` in its clause, as [`action_near`] reads it but
/// a verb form only ("signed the agreement on Wednesday" → "sign", not
/// "agreement"), with its WordNet lemma ([`verb_lemma`]).
fn verb_near(
    tokens: &[Token],
    d: &DateMention,
    figures: &[(usize, usize, Figure)],
) -> Option<(usize, &'static str)> {
    // A past form WordNet does not know ("were reconnected") is still the
    // nearest verb: no verb further off tells the happening.
    let row_verb = row_verb(tokens, d);
    let candidates = row_verb_near(tokens, d, figures)
        .into_iter()
        .chain(words_near(tokens, d, figures));
    describers_last(tokens, candidates)
        .into_iter()
        .find_map(|k| {
            let word = tokens[k].norm.as_str();
            // "on the evening of 11 February": a noun of a time says when.
            if tokens[k].capitalised && k > 0
                || occasion_opens(tokens, k).is_some()
                || names_a_time(word)
            {
                return None;
            }
            // "made its ruling public", "the committee's report": a word
            // a determiner or an owner opens heads a noun phrase, whatever
            // verb it may spell (a past form there may be a participle
            // that still tells the deed: "the revised timetable").
            if heads_a_noun_phrase(tokens, k) {
                return None;
            }
            if subject_before_dated_verb(tokens, k, d) {
                return None;
            }
            let next = tokens.get(k + 1).map(|t| t.norm.as_str());
            let Some(lemma) = compound_verb(tokens, k).or_else(|| verb_lemma(word, next)) else {
                return (word.ends_with("ed") && word.len() > 5 && passive(tokens, k))
                    .then_some(None);
            };
            // A verb with its particle is a verb in any form ("put out the
            // advisory", whose past is its present).
            let shaped = past_shaped(word)
                || verb_by_place(tokens, k)
                || state_entered(tokens, k).is_some()
                || row_verb(k)
                || (word.len() > 4 && word.ends_with("ing"))
                || (lemma.contains('_') && next.is_some_and(is_particle));
            shaped.then(|| Some((k, defined_verb(tokens, k, lemma))))
        })
        .flatten()
        // "pulled its premises licence on June 6": a noun read as a verb
        // by its place is still the object of the deed before its phrase.
        .map(|(k, lemma)| {
            deed_behind(tokens, k)
                .and_then(|j| {
                    let next = tokens.get(j + 1).map(|t| t.norm.as_str());
                    Some((j, verb_lemma(&tokens[j].norm, next)?))
                })
                .unwrap_or((k, lemma))
        })
        .map(|(k, lemma)| {
            deed_told_apart(tokens, k).unwrap_or((k, state_entered(tokens, k).unwrap_or(lemma)))
        })
}

/// Whether the word at `k` heads a noun phrase, whatever verb it may
/// spell: a determiner or an owner opens it ("made its ruling public",
/// "the committee's report"), right before it or, for a noun in "-ing"
/// that a verb takes for its object, before up to two singular nouns
/// that qualify it ("held an emergency meeting on Tuesday"; "packed the
/// hall for a public meeting on 11 March" dates the meeting), where no
/// object follows it ("the man running the shop"). A past form there may
/// be a participle that still tells the deed ("the revised timetable").
fn heads_a_noun_phrase(tokens: &[Token], k: usize) -> bool {
    let word = tokens[k].norm.as_str();
    if past_shaped(word) {
        return false;
    }
    let opened_at = |n: usize| k > n && opens_a_noun(&tokens[k - n - 1]);
    let a_verbs_object = |n: usize| {
        k > n + 1 && {
            let verb = &tokens[k - n - 2];
            verb.kind == TokenKind::Word && !verb.capitalised && !is_function_word(&verb.norm)
        }
    };
    let qualifier = |t: &Token| lower_case_noun(t) && singular_of(&t.norm) == t.norm;
    let object_after = tokens
        .get(k + 1)
        .is_some_and(|t| opens_a_noun(t) || t.capitalised);
    opened_at(0)
        || (word.ends_with("ing")
            && !object_after
            && (1..=2).any(|n| {
                opened_at(n) && a_verbs_object(n) && tokens[k - n..k].iter().all(qualifier)
            }))
}

/// Whether the word at `k` is the subject a date stands between and its
/// past verb ("Customs officers on Wednesday seized a container"): a noun,
/// whatever verb it may spell, and no happening of its own.
fn subject_before_dated_verb(tokens: &[Token], k: usize, d: &DateMention) -> bool {
    k < d.first && !past_shaped(&tokens[k].norm) && tokens.get(d.last).is_some_and(past_shaped_verb)
}

/// Whether the past participle at `k` follows a verb of state other than
/// "be" ("remained closed", "would stay shut"): the state it names held.
fn state_held(tokens: &[Token], k: usize) -> bool {
    let word = tokens[k].norm.as_str();
    participle_shaped(word)
        && k.checked_sub(1).is_some_and(|b| {
            let w = tokens[b].norm.as_str();
            !BE.contains(&w) && tells_a_state(w)
        })
}

/// The verb (token and lemma) that tells the deed where the "-ing" form
/// at `k` does not: an end before it, or the deed it went on beside.
fn deed_told_apart(tokens: &[Token], k: usize) -> Option<(usize, &'static str)> {
    aspect_before(tokens, k).or_else(|| done_meanwhile(tokens, k))
}

/// How far back (in tokens) from "while" the deed it accompanies may stand.
const MEANWHILE_REACH: usize = 8;

/// "spotted the folders while walking her spaniel on Sunday morning": an
/// "-ing" form after "while" or "when" is what went on as the deed before
/// it was done, and its date dates that deed (its token and lemma).
fn done_meanwhile(tokens: &[Token], k: usize) -> Option<(usize, &'static str)> {
    if !tokens[k].norm.ends_with("ing") {
        return None;
    }
    let at = k.checked_sub(1)?;
    if !matches!(tokens[at].norm.as_str(), "while" | "when") {
        return None;
    }
    (at.saturating_sub(MEANWHILE_REACH)..at)
        .rev()
        .take_while(|&j| tokens[j].kind == TokenKind::Word)
        .find_map(|j| {
            let word = tokens[j].norm.as_str();
            let lemma = verb_lemma(word, None)?;
            (past_shaped(word) && !tells_a_state(word) && !BE.contains(&word)).then_some((j, lemma))
        })
}

/// "stopped advancing on 14 March", "ceased trading on Friday": a verb of
/// an end right before an "-ing" form tells the happening (its token and
/// lemma); the "-ing" form is only what stopped. A start is not so: "began
/// opening the gates" tells the gates' opening, as "opened the gates" does.
fn aspect_before(tokens: &[Token], k: usize) -> Option<(usize, &'static str)> {
    if !tokens[k].norm.ends_with("ing") {
        return None;
    }
    let j = k.checked_sub(1)?;
    let word = tokens[j].norm.as_str();
    let lemma = verb_lemma(word, None)?;
    let ends = same_deed(lemma, "end") || same_deed(lemma, "stop");
    (past_shaped(word) && ends).then_some((j, lemma))
}

/// "ground to a halt", "came to a standstill": a verb that brings its
/// subject into a state tells the deed WordNet makes of the state's noun
/// ("halt"), whatever the verb ("grind", "come").
fn state_entered(tokens: &[Token], k: usize) -> Option<&'static str> {
    let mut j = k + 1;
    if !matches!(tokens.get(j)?.norm.as_str(), "to" | "into") {
        return None;
    }
    j += 1;
    if matches!(tokens.get(j)?.norm.as_str(), "a" | "an") {
        j += 1;
    }
    verb_of_a_state(&tokens.get(j)?.norm)
}

/// The tokens that may say what happened at date `d`, nearest first:
/// within [`ACTION_REACH`] before it, then after it, in its clause,
/// outside figures and not an "-ing" form or a determined participle
/// qualifying a noun. A date
/// opening the sentence or set off by commas reaches past its comma ("On Tuesday, Putin accused …", "a first
/// attempt, on 17 March, was called off"), and a timeline's date past its
/// cell ("| Friday | Ferry sinking |", "Thursday: ferry sinks").
fn words_near<'t>(
    tokens: &'t [Token],
    d: &DateMention,
    figures: &'t [(usize, usize, Figure)],
) -> impl Iterator<Item = usize> + 't {
    let in_figure = move |k: usize| figures.iter().any(|(a, b, _)| (*a..*b).contains(&k));
    // "The Wotsillep-based firm", "a state-owned lender": a participle
    // glued by a hyphen to a name or a noun ends a compound that describes
    // the noun after it ("re-opened" is a verb: "re" is neither). One
    // followed by a determiner takes an object, as a verb does ("the
    // cabinet rubber-stamped the demolition order").
    let describes_by_compound = move |k: usize| {
        k > 1
            && tokens[k].glued
            && tokens[k - 1].norm == "-"
            && past_shaped(&tokens[k].norm)
            && (tokens[k - 2].capitalised
                || (tokens[k - 2].norm.len() > 3 && is_noun(&tokens[k - 2].norm)))
            && !tokens.get(k + 1).is_some_and(|t| is_determiner(&t.norm))
    };
    // A hyphen inside a compound ("a four-hour walkout") is no break.
    let compound_hyphen = move |k: usize| compound_hyphen(tokens, k);
    let breaks = move |k: usize| {
        matches!(
            tokens[k].norm.as_str(),
            "," | ";" | ":" | "(" | ")" | "|" | "-" | "—"
        ) && !compound_hyphen(k)
    };
    let clause_start = tokens[..d.first]
        .iter()
        .rposition(|t| t.norm == ",")
        .map_or(0, |k| k + 1);
    // A word of a time phrase round the date: "in the early hours of
    // Monday", "shortly after 5am on October 17".
    let of_a_time_phrase = move |k: usize| {
        let word = tokens[k].norm.as_str();
        word.ends_with("ly")
            || names_a_time(word)
            || tokens.get(k + 1).is_some_and(|n| names_a_time(&n.norm))
    };
    // "The fire, in the early hours of Monday 6 October, gutted …": the
    // words of a time phrase round the date open its clause as function
    // words do.
    let opens_clause = (clause_start..d.first).all(|k| {
        tokens[k].kind == TokenKind::Word
            && (is_function_word(&tokens[k].norm) || of_a_time_phrase(k))
    });
    // The reach counts content words: function words, words of a figure
    // and a compound's hyphens do not use it up ("staged a four-hour
    // walkout on Wednesday", "opened a criminal investigation for
    // manslaughter on Monday").
    // Nor do the words of a time phrase round the date ("in the early
    // hours of Monday", "shortly after 5am on October 17") or a name's
    // later words ("stole six paintings from the Ostreva Museum of Art
    // in …", "Castellane Retail Partners walks away": a name is one word).
    let uses_reach = move |k: usize, name_goes_on_at: usize| {
        let word = tokens[k].norm.as_str();
        let of_the_time = tokens[k].kind != TokenKind::Word || of_a_time_phrase(k);
        let name_goes_on = tokens[k].capitalised
            && tokens
                .get(name_goes_on_at)
                .is_some_and(|n| (n.capitalised || n.norm == "of") && n.kind == TokenKind::Word);
        // A noun before another in one compound ("the Lochanveil car park",
        // "a lifting strap") is part of one name of one thing.
        let modifies_a_noun = tokens[k].kind == TokenKind::Word
            && is_noun(word)
            && tokens.get(k + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && !n.capitalised
                    && !is_function_word(&n.norm)
                    && is_noun(&n.norm)
                    && !looks_like_verb(&n.norm)
            });
        // An owner stands where an article would ("suspended Halvrenn's
        // licence to run … on Tuesday").
        !in_figure(k)
            && !modifies_a_noun
            && !possessive_word(&tokens[k])
            && !compound_hyphen(k)
            && !is_function_word(word)
            && !of_the_time
            && !name_goes_on
    };
    // "had already failed once, on 8 May, the paper can reveal": a date
    // set off by commas inside a sentence restates when the clause before
    // it happened, and reaches back past its opening comma.
    let set_off =
        opens_clause && clause_start > 0 && tokens.get(d.last).is_some_and(|t| t.norm == ",");
    let mut before = Vec::new();
    let mut reached = 0;
    for k in (0..d.first).rev() {
        if reached == ACTION_REACH || (breaks(k) && !(set_off && k + 1 == clause_start)) {
            break;
        }
        before.push(k);
        if uses_reach(k, k.wrapping_sub(1)) {
            reached += 1;
        }
    }
    let mut after_from = d.last;
    let next = tokens.get(d.last).map_or("", |t| t.norm.as_str());
    // "It was not until March 11 that the last flames were put out": a
    // cleft puts the date first and its happening after "that".
    let cleft = next == "that"
        && tokens.first().is_some_and(|t| t.norm == "it")
        && tokens.get(1).is_some_and(|t| BE.contains(&t.norm.as_str()))
        && tokens
            .get(2..d.first)
            .is_some_and(|between| between.iter().all(|t| is_function_word(&t.norm)));
    if (opens_clause && next == ",") || matches!(next, "|" | ":") || cleft {
        after_from += 1;
    }
    // A subordinate clause after the date tells another happening ("put
    // out the advisory on June 7 after routine tests turned up E. coli").
    let mut after = Vec::new();
    let mut reached = 0;
    for (k, token) in tokens.iter().enumerate().skip(after_from) {
        if reached == ACTION_REACH || breaks(k) || SUBORDINATORS.contains(&token.norm.as_str()) {
            break;
        }
        after.push(k);
        if uses_reach(k, k + 1) {
            reached += 1;
        }
    }
    // "signed the spending plan", "announced the revised timetable": an
    // "-ing" form before a noun, or a past participle between a
    // determiner and a noun, qualifies the noun and says nothing of what
    // happened.
    let modifier = move |k: usize| {
        let word = tokens[k].norm.as_str();
        let attributive =
            word.ends_with("ing") || (past_shaped(word) && k > 0 && opens_a_noun(&tokens[k - 1]));
        attributive
            && tokens.get(k + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && !n.capitalised
                    && !is_function_word(&n.norm)
                    && !looks_like_verb(&n.norm)
                    // "after falling overboard": an adverb is no noun
                    // to qualify; "the existing legal framework" still
                    // qualifies the noun after the adjective.
                    && (is_noun(&n.norm)
                        || tokens.get(k + 2).is_some_and(|m| {
                            m.kind == TokenKind::Word
                                && !is_function_word(&m.norm)
                                && is_noun(&m.norm)
                        }))
            })
    };
    before
        .into_iter()
        .chain(after)
        .filter(move |&k| !in_figure(k) && !modifier(k) && !describes_by_compound(k))
}

/// Whether the verb at `k` stands after a form of "be", past an adverb or
/// two ("was last checked", "were first made public"), or is a participle
/// that qualifies the noun before it ([`qualified_by_participle`]): a
/// passive.
fn passive(tokens: &[Token], k: usize) -> bool {
    tokens[..k.min(tokens.len())]
        .iter()
        .rev()
        .take(3)
        .find(|t| !(t.norm.ends_with("ly") || t.norm == "first" || is_time_adjective(&t.norm)))
        .is_some_and(|t| BE.contains(&t.norm.as_str()))
        || qualified_by_participle(tokens, k).is_some()
}

/// The word that governs the noun phrase ending before `end` ("in" of "in
/// a 12-page letter"): the nearest before it that is no content word,
/// determiner, possessive or number.
fn phrase_opening(tokens: &[Token], end: usize) -> Option<usize> {
    (0..end).rev().find(|&j| {
        !(content_word(&tokens[j])
            || is_determiner(&tokens[j].norm)
            || possessive_word(&tokens[j])
            || may_open_number(&tokens[j]))
    })
}

/// The noun a past participle at `k` qualifies, where nothing else can be
/// its subject: a noun phrase governed by a preposition ("in a report
/// published last Thursday", "with a letter delivered on May 6"), or one
/// the participle follows after a comma, itself followed by no object
/// ("Talvane's petition, lodged on Thursday, came a day after"). The deed
/// was done to that noun.
fn qualified_by_participle(tokens: &[Token], k: usize) -> Option<usize> {
    let word = &tokens.get(k)?.norm;
    let participle = tokens[k].kind == TokenKind::Word
        && past_shaped(word)
        && verb_lemma(word, None).is_some_and(|l| l != word);
    if !participle || k < 2 {
        return None;
    }
    let noun = |j: usize| content_word(&tokens[j]) && is_noun(&tokens[j].norm);
    if noun(k - 1) && !in_verb_group(tokens, k - 1, k) {
        let start = phrase_opening(tokens, k)?;
        // The phrase must not belong to a subject still waiting for its
        // verb ("negotiations at the conciliation service collapsed"): the
        // preposition opens the clause, or a verb stands before it.
        let clause = clause_opened_before(tokens, start);
        let inflected = |j: usize| {
            let next = tokens.get(j + 1).map(|t| t.norm.as_str());
            // "talks" is a noun's plural, "set out" a verb's phrase.
            tokens[j].kind == TokenKind::Word
                && !tokens[j].capitalised
                && verb_lemma(&tokens[j].norm, next).is_some_and(|l| {
                    l != tokens[j].norm && (l.contains('_') || !is_noun(&tokens[j].norm))
                })
        };
        let governed = start == clause || (clause..start).any(inflected);
        // "said its inspectors recovered": a verb of saying is no
        // preposition, though it ends a noun phrase as one does.
        let preposition = is_preposition(&tokens[start]) && !is_speech_verb(&tokens[start].norm);
        return (preposition && governed).then_some(k - 1);
    }
    let no_object = tokens
        .get(k + 1)
        .is_none_or(|t| is_preposition(t) || t.kind != TokenKind::Word || t.capitalised);
    (tokens[k - 1].norm == "," && noun(k - 2) && no_object).then_some(k - 2)
}

/// Whom or what the verb at `k` tells of, in the singular: the words of
/// an active verb's object, past determiners ("ordered the full recount" → "full",
/// "recount"), and the head of its subject, the nearest noun before it
/// past auxiliaries, adverbs and one parenthesis ("the recount was
/// ordered", "the ferry, run by Bellmont, left Halvik"); a name as the
/// subject by its last word. With the patient comes the theme
/// ([`DateClaim::theme`]).
fn patient_of(
    tokens: &[Token],
    lemmas: &[WordForms],
    k: usize,
    d: &DateMention,
) -> (String, String) {
    let row_passive = row_passive(tokens, k, d);
    // "made its findings public": the words of a phrase that defines the
    // verb ("make public": publicize) tell the deed, not its patient.
    let next = tokens.get(k + 1).map(|t| t.norm.as_str());
    let lemma = verb_lemma(&tokens[k].norm, next);
    let phrase = lemma
        .and_then(|lemma| defining_phrase(tokens, k, lemma))
        .map(|(_, words)| words)
        .unwrap_or_default();
    let object_words: Vec<usize> = object_of(tokens, k).collect();
    // "findings, made public on 17 June": where the phrase is all the
    // object, the deed was done to the subject, as a passive's.
    let phrase_is_the_object =
        !phrase.is_empty() && object_words.iter().all(|j| phrase.contains(j));
    // "died two days later": a noun of a time says when, not to whom.
    let mut object: Vec<String> = object_words
        .into_iter()
        .filter(|&j| !row_passive && !names_a_time(&tokens[j].norm) && !phrase.contains(&j))
        .map(|j| patient_word(tokens, lemmas, j))
        .collect();
    // "The footage, which the charity made public on 14 May": a relative
    // word with a subject of its own after it stands for the verb's
    // object, the noun before its comma.
    if object.is_empty() {
        let opened = clause_opened_before(tokens, k);
        let antecedent = opened.checked_sub(3).filter(|&noun| {
            opened < k
                && matches!(tokens[opened - 1].norm.as_str(), "which" | "whom")
                && tokens[noun + 1].norm == ","
                && content_word(&tokens[noun])
                && is_noun(&tokens[noun].norm)
        });
        object.extend(antecedent.map(|noun| patient_word(tokens, lemmas, noun)));
    }
    // "the emergency declaration the council issued on 7 March", "the
    // report she wrote": a clause with a subject of its own right after a
    // noun, and no word joining them, has that noun for its object.
    if object.is_empty() {
        let pronoun = |t: &Token| matches!(t.norm.as_str(), "he" | "she" | "they" | "we" | "i");
        let subject_at = if k >= 1 && pronoun(&tokens[k - 1]) {
            k.checked_sub(1)
        } else {
            k.checked_sub(2)
                .filter(|&j| is_determiner(&tokens[j].norm) && lower_case_noun(&tokens[k - 1]))
        };
        let antecedent = subject_at
            .and_then(|j| j.checked_sub(1))
            .filter(|&noun| lower_case_noun(&tokens[noun]) && past_shaped(&tokens[k].norm));
        object.extend(antecedent.map(|noun| patient_word(tokens, lemmas, noun)));
    }
    let theme = object.join(" ");
    let object_told = !object.is_empty();
    let mut patient = subject_and_object(tokens, lemmas, k, d, object);
    // "The scanner has been idle since its magnet quenched": "its" before
    // the subject is the thing the sentence opens with, whose part it is.
    if let Some(owner) = owner_of_its_subject(tokens, lemmas, k) {
        add_participant(&mut patient, &owner);
    }
    // "The 34-year-old was arrested" / "a man, 34, was taken into
    // custody": an age tells whom, as a name does.
    if let Some(age) = age_near(tokens, k) {
        add_participant(&mut patient, &age);
    }
    // The theme is what the deed was done to: the object, or without one
    // the subject of a passive or of a verb of change ("the fracture was
    // spotted", "talks broke down"); the subject of another verb acted
    // ("protesters marched").
    // So does a subject that cannot act ("the joint gave way").
    let inert_subject = || {
        subject_head(tokens, k).is_some_and(|(_, head)| names_an_inert_thing(&tokens[head].norm))
    };
    let undergoes = row_passive
        || phrase_is_the_object
        || passive(tokens, k)
        || lemma.is_some_and(tells_a_change)
        || inert_subject();
    // "the bell crashed through the floor": what a verb of motion reaches
    // through a preposition is its path, and what moved undergoes it too.
    let by_a_path = next.is_some_and(|n| PATHS.contains(&n)) && lemma.is_some_and(tells_a_motion);
    // "The detention of the four boats took place", "the kitchen's
    // closure came": where a support verb or a verb of going with no
    // object tells that the subject's deed happened, the deed was done to
    // what its "of" or its owner names.
    let tells_the_subjects_deed =
        lemma.is_some_and(|l| is_light_verb(l) || tells_its_coming(tokens, k, l));
    let done_to = (tells_the_subjects_deed && !object_told)
        .then(|| done_to_by_the_subject(tokens, lemmas, k))
        .flatten();
    // "The termination notice reached the yard's offices": the object of
    // a verb of arriving, right after it, is where the subject went, and
    // what arrived is what the deed befell ("came across the wreck" found
    // it).
    let bare_object = tokens.get(k + 1).is_some_and(|t| !is_preposition(t));
    let arrived =
        (lemma.is_some_and(|l| same_deed(l, ARRIVAL)) && object_told && bare_object && !undergoes)
            .then(|| subject_head(tokens, k))
            .flatten()
            .map(|(_, head)| patient_word(tokens, lemmas, head));
    let theme = if let Some(arrived) = arrived {
        arrived
    } else if let Some(done_to) = done_to {
        add_participant(&mut patient, &done_to);
        done_to
    } else if by_a_path || (undergoes && !object_told) {
        patient.clone()
    } else if object_told {
        theme
    } else {
        String::new()
    };
    (patient, theme)
}

/// Adds `word` to the participants `patient` lists, space-separated,
/// unless they name it already.
fn add_participant(patient: &mut String, word: &str) {
    if patient.split(' ').any(|w| w == word) {
        return;
    }
    if !patient.is_empty() {
        patient.push(' ');
    }
    patient.push_str(word);
}

/// The thing "its" before the subject of the verb at `k` stands for: the
/// head of the subject of the sentence's first verb ("The centre's
/// scanner has been idle since its magnet quenched" → "scanner").
fn owner_of_its_subject(tokens: &[Token], lemmas: &[WordForms], k: usize) -> Option<String> {
    let (first, _) = subject_head(tokens, k)?;
    if first == 0 || tokens[first - 1].norm != "its" {
        return None;
    }
    // The sentence's first verb, an auxiliary or a past form, and the
    // head of the subject before it.
    let verb = (1..first - 1).find(|&j| {
        BE.contains(&tokens[j].norm.as_str())
            || HAVE.contains(&tokens[j].norm.as_str())
            || past_shaped_verb(&tokens[j])
    })?;
    let (_, head) = subject_head(tokens, verb)?;
    is_noun(&tokens[head].norm).then(|| patient_word(tokens, lemmas, head))
}

/// Whether the verb at `k` (of lemma `lemma`) tells that its subject came
/// or went, in the active: a kind of WordNet's "travel" ("came", "went",
/// "followed"), which of a noun of a deed says that it happened ("the
/// closure came on 12 March"). A verb of motion that changes its subject
/// tells more ("the talks collapsed": they ended).
fn tells_its_coming(tokens: &[Token], k: usize, lemma: &str) -> bool {
    same_deed(lemma, "travel") && !passive(tokens, k)
}

/// What the deed a subject's noun names was done to ("the detention of the
/// four boats", "the kitchen's closure"): the head of the noun phrase
/// after its "of", else its owner in lower case. `None` where the subject
/// of the verb at `k` names no deed ([`verb_of_a_deed_noun`]).
fn done_to_by_the_subject(tokens: &[Token], lemmas: &[WordForms], k: usize) -> Option<String> {
    let (first, head) = subject_head(tokens, k)?;
    verb_of_a_deed_noun(noun_lemma(&tokens[head].norm)?)?;
    if tokens.get(head + 1).is_some_and(|t| t.norm == "of") {
        let mut j = head + 2;
        while j < k && (is_determiner(&tokens[j].norm) || may_open_number(&tokens[j])) {
            j += 1;
        }
        let nouns = (j..k).take_while(|&n| content_word(&tokens[n])).last();
        return nouns
            .filter(|&n| is_noun(&tokens[n].norm))
            .map(|n| patient_word(tokens, lemmas, n));
    }
    first
        .checked_sub(1)
        .filter(|&j| possessive_word(&tokens[j]) && !tokens[j].capitalised)
        .map(|j| {
            let owner = tokens[j].norm.trim_end_matches("'s");
            noun_lemma(owner).unwrap_or(owner).to_string()
        })
}

/// Prepositions of a path a thing moves along ("crashed through the
/// floor", "toppled onto a ship"), English's closed class: "marched on 3
/// May" and "flew to Brussels" name no path the mover undergoes.
const PATHS: &[&str] = &[
    "through", "into", "onto", "across", "over", "off", "down", "from", "along", "past",
];

/// How many tokens before and after a verb an age of whom it tells of is
/// looked for.
const AGE_REACH: (usize, usize) = (12, 6);

/// The age of whom the verb at `k` tells of, as a patient word ("aged34"),
/// where its clause gives one: "the 34-year-old", "a 34-year-old man" or
/// "a man, 34," or "a man aged 34", the nearest first. No sentence break or conjunction lies
/// between; a relative clause may ("a man, 34, who lives in Kelsford, was
/// arrested").
fn age_near(tokens: &[Token], k: usize) -> Option<String> {
    let breaks = |t: &Token| {
        matches!(t.norm.as_str(), ";" | ":" | "." | "\"")
            || (t.norm != "who" && CONJUNCTIONS.contains(&t.norm.as_str()))
    };
    let from = (k.saturating_sub(AGE_REACH.0)..k)
        .rev()
        .find(|&j| breaks(&tokens[j]))
        .map_or(k.saturating_sub(AGE_REACH.0), |j| j + 1);
    let to = (k + 1..(k + 1 + AGE_REACH.1).min(tokens.len()))
        .find(|&j| breaks(&tokens[j]))
        .unwrap_or((k + 1 + AGE_REACH.1).min(tokens.len()));
    let norm = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    let mut around: Vec<usize> = (from..to).collect();
    around.sort_by_key(|&j| j.abs_diff(k));
    around.into_iter().find_map(|j| {
        let t = &tokens[j];
        let years = t
            .norm
            .parse::<u8>()
            .ok()
            .filter(|y| (1..=120).contains(y))?;
        let hyphened = norm(j + 1) == "-"
            && matches!(norm(j + 2), "year" | "years")
            && closes_an_age(tokens, j + 2);
        let set_off = j > 0 && norm(j - 1) == "," && norm(j + 1) == ",";
        // "a local teenager, aged 17, was taken into custody".
        let aged = j > 0 && norm(j - 1) == AGED;
        (t.kind == TokenKind::Number && (hyphened || set_off || aged))
            .then(|| format!("{AGED}{years}"))
    })
}

/// How an age stands among a patient's words ("aged34").
const AGED: &str = "aged";

/// The age a patient word tells ("aged34" → "34"), if it is one.
pub fn age_of_patient_word(word: &str) -> Option<&str> {
    word.strip_prefix(AGED)
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the verb at `k` is a passive told as a headline tells it
/// ("October 8: Referee Harcastle's report lodged with the county union"):
/// a row of the date `d` heads tells its deeds in the present, so a past
/// participle after its subject, with no object after it, was done to
/// that subject.
fn row_passive(tokens: &[Token], k: usize, d: &DateMention) -> bool {
    let word = tokens[k].norm.as_str();
    heads_a_row(tokens, d)
        && k > d.last + 1
        && past_shaped(word)
        && verb_lemma(word, None).is_some_and(|lemma| lemma != word)
        && !BE.contains(&tokens[k - 1].norm.as_str())
        && tokens
            .get(k + 1)
            .is_none_or(|t| is_preposition(t) || t.kind == TokenKind::Punct)
}

/// [`patient_of`]'s words: the object's, then the subject's head.
fn subject_and_object(
    tokens: &[Token],
    lemmas: &[WordForms],
    k: usize,
    d: &DateMention,
    mut patient: Vec<String>,
) -> String {
    let content = |j: usize| content_word(&tokens[j]);
    if let Some(noun) = qualified_by_participle(tokens, k) {
        patient.push(patient_word(tokens, lemmas, noun));
        return patient.join(" ");
    }
    // "talks between the airline and the union broke down", "negotiations
    // at the conciliation service collapsed": the subject's head is the
    // last noun of its first run, before the words that qualify it.
    // Nouns of things before the head qualify it ("a tidal sluice gate"
    // is a gate of a sluice): the patient keeps them, as another source
    // may name the thing by one ("the sluice collapsed"). A noun of a
    // happening ("riot police", "fire station"), of a group ("the council
    // building") or of no thing in space ("a first attempt") tells no
    // thing done to.
    if let Some((first, head)) = subject_head(tokens, k) {
        let a_thing = |w: &str| {
            happening_of_noun(w).is_none() && names_a_thing_in_space(w) && !names_a_group(w)
        };
        // "the review's findings were presented": findings are the
        // review's, which another source may present by that noun; a body
        // ("the council's decision") owns, and is no patient.
        let possessor = first.checked_sub(1).filter(|&j| {
            let t = &tokens[j];
            let noun = t.norm.strip_suffix("'s").unwrap_or(&t.norm);
            possessive_word(t) && !t.capitalised && is_noun(noun) && !names_a_group(noun)
        });
        patient.extend(
            possessor
                .into_iter()
                .chain((first..head).filter(|&j| a_thing(&tokens[j].norm)))
                .chain([head])
                .map(|j| patient_word(tokens, lemmas, j)),
        );
        return patient.join(" ");
    }
    let mut j = k;
    let mut steps = 0;
    let mut age = None;
    while j > 0 && steps < 12 {
        j -= 1;
        steps += 1;
        // Past the date itself ("an attempt on Monday was scrubbed").
        if (d.first..d.last).contains(&j) {
            j = d.first;
            continue;
        }
        let t = &tokens[j];
        // "Caius Wendlebury … broke his collarbone and was discharged":
        // a verb joined by "and" with only auxiliaries between shares the
        // subject of the verb before it, past that verb's object.
        let joined = t.norm == "and"
            && tokens[j + 1..k].iter().all(|w| {
                w.kind == TokenKind::Word
                    && (AUXILIARIES.contains(&w.norm.as_str()) || BE.contains(&w.norm.as_str()))
            });
        if joined {
            if let Some(verb) = (clause_opened_before(tokens, j)..j)
                .rev()
                .find(|&v| past_shaped(&tokens[v].norm))
            {
                j = verb;
                continue;
            }
        }
        if t.norm == "," {
            // Past one parenthesis: to the comma that opens it, if any.
            if let Some(open) = tokens[..j].iter().rposition(|t| t.norm == ",") {
                j = open;
            }
            continue;
        }
        // A word opening the sentence or a timeline's row ("19 April:
        // Fire destroys the roof") is capitalised for its place.
        let opening = j == 0 || tokens[j - 1].norm == ":";
        let named = t.capitalised && !opening;
        // "Feodor Lusk, 34, a shift supervisor …, was taken into custody":
        // a number set off between commas after a word is an age in
        // apposition; it tells whom, and the name before it is the
        // subject.
        let age_in_apposition = t.kind == TokenKind::Number
            && j > 1
            && tokens[j - 1].norm == ","
            && tokens[j - 2].kind == TokenKind::Word
            && tokens.get(j + 1).is_some_and(|n| n.norm == ",");
        if age_in_apposition {
            age = Some(format!("aged{}", t.norm));
            continue;
        }
        // "received it on 11 February and died": another date's words
        // end the search; a month is no one's name.
        if t.kind != TokenKind::Word || names_a_time(&t.norm) {
            break;
        }
        if named {
            // "Balogun-Ashby, who led the fund, resigned on Monday": a
            // name as the subject is whom the happening befell, by its
            // last word. "Two directors of Cindrel Heat Ltd … were taken
            // into custody": a name after "of" qualifies the noun before
            // it, which is the subject's head.
            let mut of = name_start(tokens, j).unwrap_or(j).checked_sub(1);
            if of.is_some_and(|o| is_determiner(&tokens[o].norm)) {
                of = of.and_then(|o| o.checked_sub(1));
            }
            let owner = of
                .filter(|&o| tokens[o].norm == "of")
                .and_then(|o| o.checked_sub(1))
                .filter(|&n| content(n) && is_noun(&tokens[n].norm));
            if let Some(n) = owner {
                patient.push(patient_word(tokens, lemmas, n));
            } else if t.capitalised && t.kind == TokenKind::Word && patient.is_empty() {
                patient.push(t.norm.clone());
            }
            break;
        }
        // "was first spotted", "had later found": a word between an
        // auxiliary and the verb is an adverb of the verb, no subject.
        if in_verb_group(tokens, j, k) {
            continue;
        }
        // "The crack that prompted the decision was spotted": a relative
        // clause whose verb follows its relative word qualifies the noun
        // before that word, which is the subject.
        let relative_clause = (j.saturating_sub(4)..j).rev().find(|&r| {
            r >= 1
                && matches!(tokens[r].norm.as_str(), "that" | "which")
                && content(r - 1)
                && is_noun(&tokens[r - 1].norm)
                && tokens.get(r + 1).is_some_and(|v| looks_like_verb(&v.norm))
        });
        if let Some(r) = relative_clause {
            j = r;
            continue;
        }
        if content(j) || (opening && !is_function_word(&t.norm) && is_noun(&t.norm)) {
            patient.push(patient_word(tokens, lemmas, j));
            break;
        }
    }
    patient.extend(age);
    patient.join(" ")
}

/// Whether the word at `j` stands between an auxiliary and the verb at
/// `k` ("was first spotted", "had later found"): an adverb of the verb,
/// neither its subject nor a noun it qualifies.
fn in_verb_group(tokens: &[Token], j: usize, k: usize) -> bool {
    j >= 1
        && tokens[j..k].iter().all(|w| w.kind == TokenKind::Word)
        && (AUXILIARIES.contains(&tokens[j - 1].norm.as_str())
            || BE.contains(&tokens[j - 1].norm.as_str()))
}

/// A patient's word as WordNet lists it ("talks" stays a negotiation),
/// else its singular.
fn patient_word(tokens: &[Token], lemmas: &[WordForms], j: usize) -> String {
    noun_lemma(&tokens[j].norm).map_or_else(|| lemmas[j].0.to_string(), str::to_string)
}

/// A word or mark after which a clause begins: a comma, a semicolon, a
/// subordinator or a relative word. A colon inside a time ("8:30") opens
/// nothing.
fn opens_clause(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "," | ";"
            | "since"
            | "that"
            | "which"
            | "who"
            | "when"
            | "while"
            | "as"
            | "how"
            | "why"
            | "whether"
            | "where"
    ) || (t.norm == ":" && !t.glued)
        || SUBORDINATORS.contains(&t.norm.as_str())
}

/// Where the clause that token `end` stands in begins: past the last word
/// or mark before it that opens one ([`opens_clause`]), else at the
/// sentence's start.
fn clause_opened_before(tokens: &[Token], end: usize) -> usize {
    tokens[..end]
        .iter()
        .rposition(opens_clause)
        .map_or(0, |j| j + 1)
}

/// The first noun and the head of the subject of the verb at `k`: in the verb's clause
/// (after its last comma, subordinator or relative word), past
/// determiners and names, the last of the first run of lower-case
/// nouns, where a preposition or the verb ends that run.
fn subject_head(tokens: &[Token], k: usize) -> Option<(usize, usize)> {
    let start = clause_opened_before(tokens, k);
    let mut j = start;
    while j < k
        && (is_determiner(&tokens[j].norm)
            || may_open_number(&tokens[j])
            || (tokens[j].capitalised && j > start)
            || possessive_word(&tokens[j]))
    {
        j += 1;
    }
    let mut head = None;
    // The sentence's first word is capitalised for its place alone.
    let lower = |j: usize| {
        content_word(&tokens[j])
            || (j == 0 && tokens[j].kind == TokenKind::Word && !is_function_word(&tokens[j].norm))
    };
    // Adjectives before the nouns ("a historic bell") qualify them.
    while j < k
        && lower(j)
        && !is_noun(&tokens[j].norm)
        && !looks_like_verb(&tokens[j].norm)
        && !tokens[j].norm.ends_with("ing")
    {
        j += 1;
    }
    let participle =
        |j: usize| tokens[j].norm.ends_with("ing") && verb_lemma(&tokens[j].norm, None).is_some();
    let noun = |j: usize| j < k && lower(j) && is_noun(&tokens[j].norm);
    let mut first = j;
    while noun(j) && !(head.is_some() && participle(j)) {
        head = Some(j);
        j += 1;
        // "the produce and flower tent": nouns joined by "and" with no
        // determiner of their own qualify one head.
        if head.is_some()
            && matches!(tokens.get(j).map(|t| t.norm.as_str()), Some("and" | "or"))
            && noun(j + 1)
            && noun(j + 2)
        {
            j += 1;
            first = j;
        }
        // "a section of the canal embankment collapsed": a part's whole,
        // past "of" and its determiners, is what it befell.
        if head.is_some_and(|h| names_a_part(&tokens[h].norm))
            && tokens.get(j).is_some_and(|t| t.norm == "of")
        {
            let whole = (j + 1..k)
                .find(|&w| {
                    !is_determiner(&tokens[w].norm)
                        && !possessive_word(&tokens[w])
                        && !tokens[w].capitalised
                })
                .filter(|&w| noun(w));
            if let Some(w) = whole {
                j = w;
                first = w;
                head = None;
            }
        }
    }
    // The run must end at a preposition or the verb (its auxiliaries
    // included), or at a participle that qualifies it ("a bell weighing
    // two tonnes fell"), not at another word of the clause.
    let ends_well = j == k
        || tokens[j].kind == TokenKind::Word
            && is_function_word(&tokens[j].norm)
            && !is_determiner(&tokens[j].norm)
        || (participle(j) && j + 1 < k)
        // "a bell came loose and dropped": the subject of a first verb is
        // that of the verb "and" joins to it, with only auxiliaries and
        // adverbs between ("the bell cracked and the tower collapsed" has
        // a subject of its own).
        || (past_shaped(&tokens[j].norm)
            && tokens[j + 1..k]
                .iter()
                .rposition(|t| t.norm == "and")
                .is_some_and(|and| {
                    tokens[j + 2 + and..k].iter().all(|t| {
                        t.kind == TokenKind::Word
                            && ((is_function_word(&t.norm) && !is_determiner(&t.norm))
                                || t.norm.ends_with("ly"))
                    })
                }));
    head.filter(|_| ends_well).map(|head| (first, head))
}

/// "the club's", "Halvane's": a possessive.
fn possessive_word(t: &Token) -> bool {
    t.kind == TokenKind::Word && t.norm.ends_with("'s")
}

/// Whether `t` opens a noun phrase a participle after it may qualify: an
/// article, a possessive pronoun or an owner ("the revised timetable",
/// "its proposed site"; not "that", which may be a relative word: "the
/// storm that flooded homes").
fn opens_a_noun(t: &Token) -> bool {
    possessive_word(t)
        || matches!(t.norm.as_str(), "a" | "an" | "the" | "its")
        || POSSESSIVE_PRONOUNS.contains(&t.norm.as_str())
}

/// A word that may belong to a patient: in lower case, no function word,
/// verb form or adverb.
/// A lower-case word WordNet knows as a noun, no function word: a word
/// of a compound's run ("an emergency meeting", "a team of inspectors").
pub(crate) fn lower_case_noun(t: &Token) -> bool {
    t.kind == TokenKind::Word && !t.capitalised && !is_function_word(&t.norm) && is_noun(&t.norm)
}

fn content_word(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && !t.capitalised
        && !is_function_word(&t.norm)
        && !looks_like_verb(&t.norm)
        && !t.norm.ends_with("ly")
}

/// How many tokens after a verb its object's words may run to, a
/// compound's hyphens not counted.
const OBJECT_REACH: usize = 6;

/// The words of the object of the active verb at `k`, in order, past a
/// determiner, a number and a compound's hyphen ("staged a four-hour
/// walkout", "inspected the 1.2-metre mirror"), or of a preposition after it ("crashed into the lower
/// gates"): its head is the last ("a routine inspection"). None for a
/// passive.
pub(crate) fn object_of(tokens: &[Token], k: usize) -> impl Iterator<Item = usize> + '_ {
    // "broke down late on Sunday", "gave way on 5 May": the word a verb
    // makes one lemma with (a particle, or a noun: "give_way",
    // "take_effect") is the verb's, no object.
    let particle = tokens.get(k + 1).is_some_and(|p| {
        verb_lemma(&tokens[k].norm, Some(&p.norm)).is_some_and(|l| l.contains('_'))
    });
    let from = k + 1 + usize::from(particle);
    let active = !passive(tokens, k);
    let mut end = k + 1;
    let mut words = 0;
    while end < tokens.len() && words < OBJECT_REACH {
        if !compound_hyphen(tokens, end) {
            words += 1;
        }
        end += 1;
    }
    (from..end.max(from))
        // "inspected the 1.2-metre mirror": digits joined to a unit by a
        // hyphen qualify the noun as a number word does.
        // "vanished while the collection was moved": no object lies past
        // a conjunction.
        // "suspended Brackenvale Arborics' contract": a plural owner's
        // apostrophe ends the owner, not the object.
        .take_while(move |&j| {
            active
                && !CONJUNCTIONS.contains(&tokens[j].norm.as_str())
                && (tokens[j].kind == TokenKind::Word
                    || compound_hyphen(tokens, j)
                    || plural_owners_apostrophe(tokens, j)
                    || (tokens[j].kind == TokenKind::Number && compound_hyphen(tokens, j + 1)))
        })
        // "confirmed the H5N1 strain": a name qualifying the object's
        // noun is passed over.
        .skip_while(|&j| {
            is_function_word(&tokens[j].norm)
                || may_open_number(&tokens[j])
                || compound_hyphen(tokens, j)
        })
        .skip_while(|&j| tokens[j].capitalised || plural_owners_apostrophe(tokens, j))
        // "announced the revised timetable": a participle before the
        // noun qualifies it.
        // "issued its strong-stream alert": a compound's hyphen joins
        // the words that qualify the noun.
        // "its fitness-to-practise inquiry": a function word between two
        // hyphens of one compound is the compound's.
        .take_while(|&j| {
            content_word(&tokens[j])
                || compound_hyphen(tokens, j)
                || (j > 0 && compound_hyphen(tokens, j - 1) && compound_hyphen(tokens, j + 1))
                || (past_shaped(&tokens[j].norm)
                    && opens_a_noun(&tokens[j - 1])
                    && tokens
                        .get(j + 1)
                        .is_some_and(|n| content_word(n) && is_noun(&n.norm)))
        })
        // An object is a noun phrase: its words are nouns ("late" is none),
        // and no part of a date ("broke out on Sunday afternoon").
        .filter(|&j| {
            let of_a_date = names_a_time(&tokens[j].norm)
                && (tokens[j - 1].capitalised || tokens[j - 1].kind == TokenKind::Number);
            is_noun(&tokens[j].norm) && !of_a_date
        })
}

/// Whether token `j` is the apostrophe that ends a plural owner
/// ("Brackwell Tankers'").
fn plural_owners_apostrophe(tokens: &[Token], j: usize) -> bool {
    j > 0 && possessive_end(tokens, j - 1) == Some(j + 1)
}

/// Whether token `k` may say what happened: a past form of a verb, an
/// "-ing" form, or a noun WordNet names a happening by ("inspection",
/// "signature", "fire"), in lower case (or opening its sentence or table
/// cell), not a function word, not said to be in a state and not
/// qualifying a noun after it. A noun that is also a verb's present
/// form ("hold", "walk", "appeal") is read as the noun only after a
/// determiner or a possessive ("the appeal", "its probe"), or as a plural
/// after a noun qualifying it ("helicopter airlifts"): "Dockworkers walk
/// out" tells a walkout by its verb.
fn happens(tokens: &[Token], k: usize, opens_cell: bool) -> bool {
    let token = &tokens[k];
    let word = token.norm.as_str();
    let name = token.capitalised && !opens_cell;
    if token.kind != TokenKind::Word || name || is_function_word(word) {
        return false;
    }
    if verb_by_place(tokens, k) {
        return !tells_a_state(word);
    }
    // "ground to a halt": a verb by the state it brings about.
    if verb_lemma(word, None).is_some() && state_entered(tokens, k).is_some() {
        return true;
    }
    // "got out", "ran off": a short irregular form with its particle is a
    // phrasal verb; other short words seldom tell what happened.
    let short_phrasal =
        irregular_verb_form(word) && tokens.get(k + 1).is_some_and(|t| is_particle(&t.norm));
    if word.len() < 4 && !short_phrasal {
        return false;
    }
    let ing = word.len() > 5 && word.ends_with("ing");
    // "on Sunday evening": an "-ing" word that is a noun of a time says
    // when.
    if ing && names_a_time(word) {
        return false;
    }
    if past_shaped(word) || ing || short_phrasal {
        return !tells_a_state(word);
    }
    let plain_word = |t: &Token| {
        t.kind == TokenKind::Word && !is_function_word(&t.norm) && !past_shaped(&t.norm)
    };
    // "The weather was sunny": a noun said to be in a state tells no
    // happening. "The death toll", "the flood barrier": a noun before
    // another qualifies it.
    let in_a_state = tokens
        .get(k + 1)
        .is_some_and(|t| BE.contains(&t.norm.as_str()))
        && tokens.get(k + 2).is_some_and(plain_word);
    let qualifier = tokens
        .get(k + 1)
        .is_some_and(|t| !t.capitalised && plain_word(t) && !t.norm.ends_with("ing"));
    if in_a_state || qualifier || happening_of_noun(word).is_none() {
        return false;
    }
    if verb_lemma(word, None).is_none() {
        return true;
    }
    let before = k.checked_sub(1).map(|p| &tokens[p]);
    let determined = before.is_some_and(|p| is_determiner(&p.norm) || p.norm.ends_with("'s"));
    let qualified_plural = word.ends_with('s')
        && before.is_some_and(|p| {
            p.kind == TokenKind::Word && !p.capitalised && !is_function_word(&p.norm)
        });
    determined || qualified_plural
}

/// A verb whose past is its base ("shut", "quit", "let") known by its
/// place: after a form of "be" or "have" ("was let back", "had quit"), or
/// between its subject (a name, a pronoun, a plural noun) and its object
/// (a determiner or a name: "officials shut the beach"), or after a comma
/// closing its subject's clause right before the date ("…, quit on June
/// 10").
fn verb_by_place(tokens: &[Token], k: usize) -> bool {
    let token = &tokens[k];
    let word = token.norm.as_str();
    let next = tokens.get(k + 1).map(|t| t.norm.as_str());
    // "are set to return": a verb before an infinitive governs it and
    // tells no happening of its own.
    if token.kind != TokenKind::Word
        || token.capitalised
        || is_function_word(word)
        || next == Some("to")
        || verb_lemma(word, next).is_none()
    {
        return false;
    }
    let Some(before) = k.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    // "has reopened", "was closed", "will convene": after an auxiliary of
    // tense, a base form or a participle is the clause's verb. A modal of
    // what may or should be ("would reopen", "could reopen") tells a hope
    // or a plan, no happening.
    if matches!(
        before.norm.as_str(),
        "had" | "has" | "have" | "will" | "shall"
    ) || BE.contains(&before.norm.as_str())
    {
        return true;
    }
    // "did not reopen until Friday": a base form after "do" and a
    // negation is the clause's verb ("did damage" has "do" as its verb).
    let negated_do = match before.norm.as_str() {
        "didn't" | "doesn't" | "don't" => true,
        "not" | "never" | "n't" => k
            .checked_sub(2)
            .is_some_and(|p| matches!(tokens[p].norm.as_str(), "did" | "does" | "do")),
        _ => false,
    };
    if negated_do {
        return true;
    }
    // "the H5N1 strain on Tuesday", "Voronel's protest on Sunday": a word
    // after a determined name or a possessive is the noun of its phrase.
    let in_a_phrase = before.norm.ends_with("'s")
        || before.norm.ends_with("s'")
        || k.checked_sub(2).is_some_and(|p| {
            tokens[p].norm.ends_with("'s") || (before.capitalised && is_determiner(&tokens[p].norm))
        });
    if in_a_phrase {
        return false;
    }
    let subject = before.kind == TokenKind::Word
        && ((before.capitalised && k > 1)
            || matches!(
                before.norm.as_str(),
                "he" | "she" | "they" | "it" | "we" | "who" | "which" | "that"
            )
            // A plural, not a singular ending in "s" ("a bus shelter").
            || (before.norm.ends_with('s')
                && singular_of(&before.norm) != before.norm
                && !is_function_word(&before.norm)));
    let object = tokens
        .get(k + 1)
        .is_some_and(|n| is_determiner(&n.norm) || (n.kind == TokenKind::Word && n.capitalised));
    let dated_next = matches!(next, Some("on" | "in"))
        && tokens
            .get(k + 2)
            .is_some_and(|t| t.kind == TokenKind::Number || t.capitalised);
    // A singular noun before a base form is its subject only with an
    // object after ("the council shut the road"; "the swimming beach on
    // Monday" is a noun phrase).
    let singular_subject = before.kind == TokenKind::Word
        && !before.capitalised
        && !is_function_word(&before.norm)
        && is_noun(&before.norm);
    // "the dam burst on Sunday", "the pipe split at 2am": a past written
    // as its base after a singular subject, before a preposition, is the
    // clause's verb ("the swimming beach on Monday", of no such verb, is
    // a noun phrase).
    let base_past = BASE_PARTICIPLES.contains(&word)
        && singular_subject
        && tokens.get(k + 1).is_some_and(is_preposition);
    ((subject || singular_subject) && object)
        || ((subject || before.norm == ",") && dated_next)
        || base_past
}

/// Verbs that say only that their noun of a happening happened or was done
/// ("the inspection took place", "was carried out", "held a vote", "put
/// her signature to it", "made an announcement", "staged a walkout"):
/// English's support verbs, a grammatical class (as WordNet lemmas).
const LIGHT_VERBS: &[&str] = &[
    "stage",
    "make",
    "give",
    "put",
    "take_place",
    "carry_out",
    "conduct",
    "hold",
    "perform",
    "undergo",
    "happen",
    "occur",
];

/// Whether `lemma` (a WordNet lemma) is a light verb ([`LIGHT_VERBS`]).
pub(crate) fn is_light_verb(lemma: &str) -> bool {
    LIGHT_VERBS.contains(&lemma)
}

/// Whether date `d` stands in the phrase that opens its sentence: only
/// function words before it ("On Tuesday, Putin accused …"), or a phrase a
/// preposition opens with no verb in it ("At an emergency meeting on
/// Tuesday evening, members voted").
fn in_opening_phrase(tokens: &[Token], d: &DateMention) -> bool {
    let before = &tokens[..d.first];
    let words =
        |keep: fn(&Token) -> bool| before.iter().all(|t| t.kind == TokenKind::Word && keep(t));
    words(|t| is_function_word(&t.norm))
        || (tokens.first().is_some_and(is_preposition) && words(|t| !looks_like_verb(&t.norm)))
}

/// The comma that closes date `d`, past words of a time of day ("on
/// Tuesday evening,"), if one does.
fn comma_closing(tokens: &[Token], d: &DateMention) -> Option<usize> {
    (d.last..tokens.len())
        .find(|&j| !names_a_time(&tokens[j].norm))
        .filter(|&j| tokens[j].norm == ",")
}

/// The tokens of the clause a date stands in: between the punctuation
/// that breaks clauses, past a comma after a date that opens the sentence
/// ("On Tuesday, Putin accused …").
fn clause_of(tokens: &[Token], d: &DateMention) -> std::ops::Range<usize> {
    let breaks = |t: &Token| {
        t.kind == TokenKind::Punct
            && matches!(
                t.norm.as_str(),
                "," | ";" | ":" | "—" | "–" | "(" | ")" | "|"
            )
    };
    let start = tokens[..d.first.min(tokens.len())]
        .iter()
        .rposition(breaks)
        .map_or(0, |k| k + 1);
    let mut from = d.last;
    if in_opening_phrase(tokens, d) {
        if let Some(comma) = comma_closing(tokens, d) {
            from = comma + 1;
        }
    }
    let end = tokens
        .iter()
        .skip(from)
        .position(breaks)
        .map_or(tokens.len(), |k| from + k);
    start..end.max(start)
}

/// "built 12,400 cars", "opened 12 stores": an event word whose object is a
/// figure about something else tells what was made or done, not when its
/// subject was built or opened ("a deal worth $2.8 billion" is the deal's
/// own figure and keeps its date).
fn makes_a_figure(
    lemmas: &[WordForms],
    figures: &[(usize, usize, Figure)],
    event: usize,
    topic: &Topic,
) -> bool {
    figures.iter().any(|(first, _, figure)| {
        figure.topic != Some(event)
            && first
                .checked_sub(1)
                .and_then(|k| lemmas.get(k))
                .is_some_and(|(singular, stem)| topic.named_by(singular, stem))
    })
}

/// Whether date `d` opens or closes a span rather than dating a happening:
/// it stands in a phrase "since" opens ("since May", "since the start of
/// April": back over function words and a noun right before "of", so
/// "since the earthquake on 6 February" still dates the earthquake), or
/// right after "as of" or "by" ("as of Monday, 37 claims had been
/// submitted", "had signed it by Monday night"): a count then stood so,
/// which its figure carries.
fn bounds_a_span(tokens: &[Token], d: &DateMention) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    // "by Monday", not "killed by Sunday's earthquake", whose "by" names
    // what did it.
    let as_of = (d.first >= 2 && word(d.first - 2) == "as" && word(d.first - 1) == "of")
        || (d.first >= 1 && word(d.first - 1) == "by" && !possessive_date(tokens, d));
    let since = (d.first.saturating_sub(4)..=d.first)
        .rev()
        .take_while(|&k| {
            k == d.first
                || (tokens[k].kind == TokenKind::Word
                    && (is_function_word(word(k)) || word(k + 1) == "of"))
        })
        .any(|k| word(k) == "since");
    as_of || since
}

/// The span date `d` dates a happening by: its own, the day a state
/// began where it does ([`state_began`]), and none where it only bounds a
/// span ("since May", "since the start of April" open one; "as of
/// Monday" is when a count stood) or names no span.
fn happening_span(tokens: &[Token], d: &DateMention) -> Option<DateSpan> {
    if state_began(tokens, d) {
        d.since
    } else if bounds_a_span(tokens, d) {
        None
    } else {
        d.span
    }
}

/// "has been closed to candidates since 2 September": a state a perfect
/// passive tells since a date began then, by the deed its participle
/// names (the centre was closed on 2 September), a participle written as
/// its base too ("has been shut since").
fn state_began(tokens: &[Token], d: &DateMention) -> bool {
    d.since.is_some()
        && (d.first.saturating_sub(5)..d.first).any(|k| {
            tokens[k].norm == "been"
                && k > 0
                && matches!(tokens[k - 1].norm.as_str(), "has" | "have" | "had")
                && tokens.get(k + 1).is_some_and(|t| {
                    past_shaped_verb(t) || BASE_PARTICIPLES.contains(&t.norm.as_str())
                })
                && tokens[k + 1..d.first]
                    .iter()
                    .all(|t| t.kind == TokenKind::Word)
        })
}

/// "have not met since", "never happened": what did not happen has no
/// date. Only the date's own clause counts: in "met on Monday, ensuring
/// Russia does not resume hostilities" the meeting happened; nor does a
/// negation reach into a clause a relative or question word opens between
/// it and the date ("have not determined what caused the fire that broke
/// out Friday night": the fire did break out).
fn negated_clause(tokens: &[Token], d: &DateMention) -> bool {
    let clause = clause_of(tokens, d);
    let opens_clause = |t: &Token| {
        matches!(
            t.norm.as_str(),
            "that" | "which" | "who" | "whom" | "whose" | "what" | "when" | "where" | "why" | "how"
        )
    };
    // "have not met since negotiations … collapsed on June 6": a
    // subordinator with its own clause before the date puts the date there
    // ("since October 2019" is no clause).
    let subordinate = |j: usize| {
        (SUBORDINATORS.contains(&tokens[j].norm.as_str()) || tokens[j].norm == "since")
            && (j + 1..d.first).any(|v| past_shaped(&tokens[v].norm))
    };
    // "until the afternoon of Sunday 12 October": "until" with only
    // words of a time phrase between it and the date.
    let until_before = (0..d.first)
        .rev()
        .take_while(|&j| {
            tokens[j].kind == TokenKind::Word
                && (is_function_word(&tokens[j].norm) || names_a_time(&tokens[j].norm))
        })
        .any(|j| tokens[j].norm == "until");
    clause.clone().any(|k| {
        let negation = matches!(
            tokens[k].norm.as_str(),
            "not" | "never" | "n't" | "didn't" | "haven't" | "hasn't"
        );
        // "not until March 11", "did not suspend its programme until
        // Monday": the happening came late, not never.
        let until_then = (tokens.get(k + 1).is_some_and(|t| t.norm == "until") && d.first <= k + 2)
            || (k < d.first && (until_before || tokens[d.first].norm == "until"));
        if !negation || until_then {
            return false;
        }
        if k < d.first {
            let mut between = k + 1..d.first;
            !tokens[between.clone()].iter().any(opens_clause) && !between.any(subordinate)
        } else {
            !tokens[d.last..k].iter().any(opens_clause)
                && !(d.last..k).any(|j| opens_a_predicate(tokens, j))
        }
    })
}

/// "stopped on 14 March and has not moved since": "and" or "but" before
/// an auxiliary or a past form opens a second predicate of the subject,
/// with a time of its own.
fn opens_a_predicate(tokens: &[Token], j: usize) -> bool {
    matches!(tokens[j].norm.as_str(), "and" | "but")
        && tokens.get(j + 1).is_some_and(|t| {
            let word = t.norm.as_str();
            AUXILIARIES.contains(&word) || BE.contains(&word) || past_shaped(word)
        })
}

/// "said on Tuesday", "told reporters Monday": the date of a saying.
pub fn dates_a_statement(tokens: &[Token], d: &DateMention) -> bool {
    let word = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .map_or("", |t| t.norm.as_str())
    };
    let speech = |w: &str| is_speech_verb(w) || w == "reporters";
    let before = |n: usize| word(d.first.checked_sub(n));
    // "said Monday", "said on Monday", "Police Monday said": the saying's
    // day. A date set off by a comma before the tag ("passed an
    // inspection on 3 March, she added") ends the clause reported.
    speech(before(1)) || (before(1) == "on" && speech(before(2))) || speech(word(Some(d.last)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::figure::word_forms;
    use crate::normalise::dates::find_dates;
    use crate::normalise::tokens::tokenize;
    use jiff::civil::Date;

    /// The date claims of one sentence, published 2025-08-19.
    #[test]
    fn a_participle_after_a_noun_tells_what_was_done_to_it() {
        let patient = |text: &str| date_claims(text)[0].patient.clone();
        assert_eq!(
            patient("Quill set out the options in a report published on Thursday."),
            "report"
        );
        assert_eq!(
            patient("Talvane's petition, lodged on Thursday, came a day later."),
            "petition"
        );
        // A noun phrase inside a subject still waiting for its verb is no
        // noun a participle qualifies.
        assert_ne!(
            patient("The sides have not met since talks at the conciliation service collapsed on Friday."),
            "service"
        );
    }

    /// A short irregular past with its particle is a phrasal verb that
    /// tells what happened; without one, a short word is no deed.
    #[test]
    fn a_short_past_with_its_particle_is_the_deed() {
        let claims = date_claims("The two animals got out on Friday after a tree fell.");
        assert_eq!(claims[0].verb.as_deref(), Some("get_out"));
        assert_eq!(claims[0].event, Happening::Action("get".into()));
        assert!(date_claims("The two animals got food on Friday.")
            .iter()
            .all(|c| c.verb.as_deref() != Some("get_out")));
    }

    /// A verb of motion out of a thing in space is that motion, not the
    /// phrasal verb its words also spell; out of no thing in space ("out of
    /// the race") the phrasal verb stands.
    #[test]
    fn a_motion_out_of_a_thing_is_the_motion() {
        let claim = &date_claims("The meteorite dropped out of the sky on Friday.")[0];
        assert_eq!(claim.verb.as_deref(), Some("drop"));
        let claim = &date_claims("The favourite dropped out of the race on Friday.")[0];
        assert_eq!(claim.verb.as_deref(), Some("drop_out"));
    }

    /// A state a perfect passive holds since a date began then: the date
    /// dates its participle's deed. A count since a date bounds a span.
    #[test]
    fn a_state_held_since_a_date_began_on_it() {
        let claims = date_claims("The centre has been closed to candidates since 2 August.");
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].verb.as_deref(), Some("close"));
        assert_eq!(claims[0].span.start, Date::new(2025, 8, 2).unwrap());
        assert_eq!(claims[0].span.end, Date::new(2025, 8, 2).unwrap());
        assert!(date_claims("Forty people have called the line since 2 August.").is_empty());
        // A participle written as its base ("shut") is one too.
        let claims = date_claims("The pool has been shut since 2 August.");
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].verb.as_deref(), Some("shut"));
        assert_eq!(claims[0].span.end, Date::new(2025, 8, 2).unwrap());
        assert!(date_claims("The pool has been busy since 2 August.").is_empty());
    }

    /// A date between a subject and its past verb dates that verb's deed;
    /// the subject's noun is no verb, whatever verb it may spell.
    #[test]
    fn a_date_before_the_verb_dates_the_verb() {
        for text in [
            "Customs officers on Wednesday seized a container of toys.",
            "Customs officers seized a container of toys on Wednesday.",
        ] {
            let claim = &date_claims(text)[0];
            assert_eq!(claim.verb.as_deref(), Some("seize"), "{text}");
            assert_eq!(claim.event, Happening::Action("seiz".into()), "{text}");
        }
        // Without a verb after the date, the word before it may still be
        // the verb.
        let claim = &date_claims("The council shut the road on Wednesday.")[0];
        assert_eq!(claim.verb.as_deref(), Some("shut"));
    }

    /// A noun after a verb of saying is the subject of the clause said,
    /// not a noun a participle qualifies, wherever the clause opens.
    #[test]
    fn a_clause_said_after_an_apposition_keeps_its_object() {
        let claim = &date_claims(
            "The directorate, the lead body, said its inspectors recovered the recorder on 21 October.",
        )[0];
        assert_eq!(claim.theme, "recorder");
        let claim = &date_claims("It was stored in a report published on Thursday.")[0];
        assert_eq!(claim.patient, "report");
    }

    /// A plural owner's apostrophe ends the owner, not the object: what
    /// was done to is the owned noun.
    #[test]
    fn a_plural_owner_leaves_the_object_its_noun() {
        let claim = &date_claims(
            "Council officers suspended Brackenvale Arborics' contract on Tuesday afternoon.",
        )[0];
        assert_eq!(claim.theme, "contract");
        let claim =
            &date_claims("Council officers suspended the Arborics contract on Tuesday afternoon.")
                [0];
        assert_eq!(claim.theme, "contract");
    }

    /// A participle before its noun describes it: another verb of the
    /// clause tells the deed, and the participle only where none does.
    #[test]
    fn a_participle_before_its_noun_yields_to_the_clauses_verb() {
        let verb = |text: &str| date_claims(text)[0].verb.clone();
        assert_eq!(
            verb("Divers reached the stranded walkers on Sunday.").as_deref(),
            Some("reach")
        );
        assert_eq!(
            verb("The council published its revised timetable on Monday.").as_deref(),
            Some("publish")
        );
        assert_eq!(
            verb("Commuters studied the revised timetable on Monday.").as_deref(),
            Some("study")
        );
        // After a preposition, as after a determiner; an auxiliary is no
        // preposition ("was found guilty").
        assert_eq!(
            verb("The chief executive wrote to affected customers on Sunday evening to apologise.")
                .as_deref(),
            Some("write")
        );
        assert_eq!(
            verb("Ellerby was found guilty on Tuesday at the magistrates' court.").as_deref(),
            Some("convict")
        );
        // A pronoun object stands inside the phrase ("found him guilty"),
        // and so does a name.
        assert_eq!(
            verb("The jury found him guilty on Tuesday at the crown court.").as_deref(),
            Some("convict")
        );
        assert_eq!(
            verb("Jurors found Ilse Varga guilty on Tuesday at the crown court.").as_deref(),
            Some("convict")
        );
        assert_eq!(
            verb("Jurors found Ilse Varga on Tuesday at the crown court.").as_deref(),
            Some("find")
        );
        // After a verb's bare form after "to", as after a determiner; an
        // owner uses no more of the reach than an article would.
        assert_eq!(
            verb("The publisher suspended Halvrenn's licence to run sanctioned Ashen Vanguard events on Tuesday evening.")
                .as_deref(),
            Some("suspend")
        );
        // An auxiliary's bare form takes the participle as its verb.
        assert_eq!(
            verb("The teams asked to be paid prize money on Friday.").as_deref(),
            Some("pay")
        );
    }

    /// A verb that moves money names a topic of money only where its
    /// clause holds a sum or the topic's own word; a verb of the topic's
    /// own thing ("fined") names it by itself.
    #[test]
    fn money_moved_names_a_topic_of_money_only_with_money() {
        let rules = RuleSet::builtin().unwrap();
        let event = |text: &str| date_claims(text)[0].event.name(&rules);
        assert_eq!(
            event("He sent an apology email to customers on 7 November."),
            "\"send\""
        );
        assert_eq!(
            event("The government sent the aid on 7 November."),
            "aid-funding"
        );
        assert_eq!(
            event("The authority fined the chain on 15 May."),
            "fine-penalty"
        );
    }

    /// Nouns of things before a subject's head qualify it and stay in the
    /// patient; nouns joined by "and" before one head qualify it too; a
    /// noun of a happening ("riot police") is left out.
    #[test]
    fn nouns_before_the_subjects_head_stay_in_the_patient() {
        let patient = |text: &str| date_claims(text)[0].patient.clone();
        assert_eq!(
            patient("A tidal sluice gate on the river gave way on Sunday."),
            "sluice gate"
        );
        assert_eq!(
            patient("The produce and flower tent collapsed on Saturday."),
            "flower tent"
        );
        assert_eq!(patient("The riot police withdrew on Saturday."), "police");
    }

    #[test]
    fn a_word_opening_a_row_or_a_sentence_may_be_the_subject() {
        for text in [
            "19 April 2025: Fire destroys the roof of the east wing.",
            "Fire destroyed the roof of the east wing on 19 April.",
        ] {
            let claims = date_claims(text);
            assert!(
                claims[0].patient.split(' ').any(|w| w == "fire"),
                "{text}: {:?}",
                claims[0].patient
            );
        }
    }

    /// "first", "last" and "most recent" tell which time a deed was
    /// done, in its clause or the phrase a participle qualifies; "last
    /// Tuesday", "the first week" and "the last 24 hours" are times.
    #[test]
    fn a_rank_tells_which_time_a_deed_was_done() {
        let rank = |text: &str| date_claims(text).first().and_then(|c| c.ordinal);
        for (text, want) in [
            (
                "The track had last been inspected on 3 February.",
                Some(Ordinal::Last),
            ),
            (
                "The whales were first spotted on 10 May.",
                Some(Ordinal::First),
            ),
            (
                "Its most recent safety check, carried out on 21 March, found nothing.",
                Some(Ordinal::Last),
            ),
            (
                "The board met for the first time on Tuesday.",
                Some(Ordinal::First),
            ),
            ("Engineers inspected the track last Tuesday.", None),
            ("The track was inspected in the first week of May.", None),
            ("Engineers inspected the track on 3 February.", None),
        ] {
            assert_eq!(rank(text), want, "{text}");
        }
    }

    /// A word a determiner or an owner opens heads a noun phrase, not the
    /// clause ("its ruling", "the committee's report"), and a verb and
    /// the adjective closing its object may be a verb WordNet defines
    /// ("made … public" is to publicize).
    #[test]
    fn a_noun_after_its_determiner_is_no_verb() {
        for text in [
            "The guild made its ruling public on Tuesday.",
            "The board made the postponement public on March 10.",
            "The university made the committee's report public on Monday.",
        ] {
            let found = date_claims(text);
            assert_eq!(
                found[0].verb.as_deref(),
                Some("publicize"),
                "{text}: {found:?}"
            );
            // The phrase's words tell the deed, not what it was done to.
            assert!(!found[0].patient.contains("public"), "{found:?}");
        }
        // Where the phrase is all the object, the deed was done to the
        // noun the participle follows.
        let found = date_claims("The panel's findings, made public on Tuesday, were brief.");
        assert_eq!(
            (found[0].patient.as_str(), found[0].theme.as_str()),
            ("findings", "findings"),
            "{found:?}"
        );
    }

    /// A number set off between commas after a name is an age in
    /// apposition: the name is the subject, and the age tells whom.
    #[test]
    fn an_age_in_apposition_tells_whom() {
        let found = date_claims(
            "Feodor Lusk, 34, a shift supervisor at Quillstead Print, was taken into custody on May 13.",
        );
        assert_eq!(found[0].patient, "lusk aged34", "{found:?}");
        // A count after a comma is no age.
        let found = date_claims("By Monday, 34 people had been arrested on 3 May.");
        assert!(
            found.iter().all(|c| !c.patient.contains("aged")),
            "{found:?}"
        );
    }

    /// A verb joined by "and" to another with only auxiliaries between
    /// shares its subject, not the first verb's object.
    #[test]
    fn a_joined_verb_shares_the_subject() {
        let found = date_claims(
            "Caius Wendlebury, who rowed at bow, broke his collarbone and was discharged on Sunday.",
        );
        assert_eq!(found[0].patient, "wendlebury", "{found:?}");
    }

    /// A base form after "will" is the clause's verb, before any verb of
    /// a later clause; after a modal of what may be, it tells no deed.
    #[test]
    fn a_base_form_after_will_is_the_verb() {
        let found = date_claims(
            "Councillors will convene an extraordinary session on 7 November to consider whether money could keep services running.",
        );
        assert_eq!(found[0].verb.as_deref(), Some("convene"), "{found:?}");
        let found = date_claims("The head said she hoped the school would reopen on Thursday.");
        assert!(
            found.iter().all(|d| d.verb.as_deref() != Some("reopen")),
            "{found:?}"
        );
    }

    /// A noun in "-ing" that a verb takes for its object, past the nouns
    /// that qualify it, is the deed's noun, not a verb: the meeting held
    /// was held by the subject, and its qualifier is no one it befell.
    /// After a preposition the noun right before the date is what the
    /// date dates.
    #[test]
    fn a_qualified_noun_in_ing_after_a_verb_is_its_object() {
        let found = date_claims("Councillors held an emergency meeting on Tuesday evening.");
        assert_eq!(found[0].verb.as_deref(), Some("meet"), "{found:?}");
        assert_eq!(found[0].theme, "emergency meeting", "{found:?}");
        assert!(found[0].patient.contains("councillor"), "{found:?}");
        let found =
            date_claims("Residents packed the village hall for a public meeting on 11 March.");
        assert_eq!(found[0].verb.as_deref(), Some("meet"), "{found:?}");
    }

    fn date_claims(text: &str) -> Vec<DateClaim> {
        let rules = RuleSet::builtin().unwrap();
        let tokens = tokenize(text);
        let dates = find_dates(&tokens, Some(Date::new(2025, 8, 19).unwrap()));
        let lemmas = word_forms(&tokens);
        let figures = crate::extract::figure::extract(&tokens, &lemmas, &rules);
        let topic_forms = crate::extract::figure::without_modifiers(&tokens, &lemmas, &rules);
        extract(&tokens, &lemmas, &topic_forms, &dates, &figures, &rules)
            .into_iter()
            .map(|(_, _, c)| c)
            .collect()
    }

    fn claims(text: &str) -> Vec<(String, String)> {
        let rules = RuleSet::builtin().unwrap();
        date_claims(text)
            .into_iter()
            .map(|c| (c.value_text(), c.event.name(&rules)))
            .collect()
    }

    /// A short past form WordNet knows ("died") is a happening named by its
    /// lemma, as its noun ("death") is; a date set off after another
    /// restates it; a noun of a time ("evening") is no verb, and neither
    /// it nor a month is anyone's patient.
    #[test]
    fn a_second_verb_and_a_restated_date_date_their_own_happening() {
        let pair = |v: &str, e: &str| (v.to_string(), e.to_string());
        assert_eq!(
            claims("He was admitted on 3 May and died on 5 May."),
            [
                pair("2025-05-03", "\"admit\""),
                pair("2025-05-05", "\"die\"")
            ]
        );
        let found = date_claims(
            "He was admitted on 3 June and died two days later, on 5 June, in the same ward.",
        );
        assert_eq!(found.len(), 3, "{found:?}");
        for later in &found[1..] {
            assert_eq!(later.event, Happening::Action("die".into()));
            assert_eq!(later.verb.as_deref(), Some("die"));
            assert_eq!(later.patient, "");
        }
        let evening = date_claims("Tamsin Orrel signed the lease on the evening of 2 March.");
        assert_eq!(evening.len(), 1);
        assert_eq!(evening[0].verb.as_deref(), Some("sign"));
    }

    /// A singular noun ending in "s" is no plural subject: in "crashed
    /// into a bus shelter on Sunday" the noun after it is no verb, and
    /// the crash is dated; a plural subject still makes a base form
    /// before a name a verb.
    #[test]
    fn a_singular_in_s_is_no_subject() {
        let crash =
            date_claims("The ambulance crashed into a bus shelter on Millbrook Road on Sunday.");
        assert_eq!(crash.len(), 1, "{crash:?}");
        assert_eq!(crash[0].verb.as_deref(), Some("crash"));
        let shut = date_claims("Protesters shut the road on Monday.");
        assert_eq!(shut[0].verb.as_deref(), Some("shut"));
    }

    /// An "-ing" form before an adverb is a verb, not a qualifier of a
    /// noun: "after falling overboard" tells what happened.
    #[test]
    fn an_ing_form_before_an_adverb_is_a_verb() {
        let fall = date_claims(
            "A man has been rescued after falling overboard from a passenger ferry off Carrow Head on Saturday evening.",
        );
        assert_eq!(fall.len(), 1, "{fall:?}");
        assert_eq!(fall[0].verb.as_deref(), Some("fall"));
        // Before a noun it still qualifies it.
        let signed = date_claims("The council signed the spending plan on Monday.");
        assert_eq!(signed[0].verb.as_deref(), Some("sign"));
    }

    /// What did not happen has no date; a negation in another clause of
    /// the sentence says nothing of the dated event.
    #[test]
    fn only_a_negation_in_the_dates_own_clause_undates_it() {
        assert!(claims("The two leaders have not met since October 2019.").is_empty());
        assert!(claims("The ferry did not sail on Friday.").is_empty());
        assert_eq!(
            claims(
                "Leaders met at the palace on Monday to agree guarantees, \
                 ensuring the ceasefire does not collapse."
            )
            .len(),
            1
        );
    }

    /// "Not until" says the happening came late: it is dated, by the
    /// clause a cleft puts after "that", or by the verb "did not" governs.
    #[test]
    fn a_cleft_dates_the_clause_after_that() {
        let found = date_claims("It was not until August 11 that the last flames were put out.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value_text(), "2025-08-11");
        assert_eq!(found[0].verb.as_deref(), Some("put_out"));
        for text in [
            "The ferry did not sail until August 11.",
            "The operator didn't suspend its flights until August 11.",
        ] {
            let found = date_claims(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].value_text(), "2025-08-11");
        }
        assert_eq!(
            date_claims("The ferry did not sail until August 11.")[0]
                .verb
                .as_deref(),
            Some("sail")
        );
        // Without "until" what did not happen still has no date.
        assert!(claims("The ferry did not sail before August 11.").is_empty());
    }

    /// A participle between a determiner and a noun qualifies the noun: the
    /// verb before it is what happened, and the noun its object.
    #[test]
    fn a_participle_qualifying_the_object_is_no_happening() {
        let found = date_claims("The company announced the revised timetable on August 14.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].verb.as_deref(), Some("announce"));
        assert_eq!(found[0].theme, "timetable");
    }

    /// An "-ing" form after a past deed's object says what the object was
    /// doing; the deed is what happened. After a compound's hyphen it is
    /// the compound's head.
    #[test]
    fn an_ing_form_after_the_object_is_what_it_was_doing() {
        let found =
            date_claims("A survey drone hit a glider approaching the airfield on Saturday.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].verb.as_deref(), Some("hit"));
        let found =
            date_claims("The trust posted a strong-stream warning for the river on Thursday.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].verb.as_deref(), Some("warn"));
    }

    /// A passive's subject names its happening from its own clause only: a
    /// topic's word in the clause before "after" names nothing of it.
    #[test]
    fn a_passive_subject_is_read_in_its_own_clause() {
        let found = date_claims(
            "Clubs are calling for limits on drones after a glider was hit by a drone at Brackhallow on 16 May.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].event, Happening::Action("hit".into()));
        // Nor does the agent of a passive joined before it: no staff
        // (a word of the jobs topic) were inspected.
        let found = date_claims(
            "The operator said the slide was checked daily by its own staff and was last inspected by an engineer on Tuesday.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].event, Happening::Action("inspect".into()));
    }

    /// The occasion a deed was done at ("at a meeting") names no topic of
    /// the deed: approving the closure is no meeting.
    #[test]
    fn an_occasion_a_deed_was_done_at_names_no_topic_of_it() {
        let found = date_claims("The board approved the closure at a meeting on 10 March.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].event, Happening::Action("approv".into()));
        assert_eq!(found[0].occasion.as_deref(), Some("meet"));
    }

    /// A participle after a verb of state tells a state held that day,
    /// no happening; "be" with a participle still tells the deed.
    #[test]
    fn a_state_held_on_a_day_is_no_happening() {
        assert!(date_claims("The park remained closed on Monday after the accident.").is_empty());
        assert!(date_claims("The operator said the park would stay shut on Monday.").is_empty());
        assert_eq!(
            date_claims("The park was closed on Monday by the council.").len(),
            1
        );
    }

    /// A timeline row tells its happening in the present ("the board
    /// approves the penalties"), with no topic's word needed.
    #[test]
    fn a_timeline_row_tells_its_happening_in_the_present() {
        let found = date_claims("August 2, 2025: The county board formally approves the levy.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].verb.as_deref(), Some("approve"));
        let found = date_claims("August 2, 2025: County inspectors sign off on the ride.");
        assert_eq!(found[0].verb.as_deref(), Some("sign_off"));
        assert_eq!(found[0].event, Happening::Action("sign".into()));
        // A form no noun shares is a verb before any object.
        let found = date_claims("July 10, 2025: Rope undergoes routine magnetic test.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].event, Happening::Action("test".into()));
        // Plural nouns are no present verbs.
        let found = date_claims("August 2, 2025: Peace talks resume in Geneva.");
        assert!(found.iter().all(|c| c.verb.as_deref() != Some("talk")));
        // The row's verb, past a subject of many words and before a
        // quantifier, tells it; "is" carries another verb's tense.
        let found = date_claims(
            "March 4, 2025: Private equity firm Castellane Retail Partners walks away from its bid.",
        );
        assert_eq!(found[0].verb.as_deref(), Some("walk_away"), "{found:?}");
        let found = date_claims("May 20, 2025: The insurer rejects most of the claim.");
        assert_eq!(found[0].verb.as_deref(), Some("reject"), "{found:?}");
        let found = date_claims("February 16, 2025: Her death is confirmed in intensive care.");
        assert_eq!(found[0].event, Happening::Action("die".into()), "{found:?}");
    }

    #[test]
    fn a_deed_done_in_a_dated_letter_and_a_motion_from_a_place() {
        // The letter's date is the refusal's.
        let found = date_claims("The insurer turned down the claim in a letter sent on May 2.");
        assert_eq!(found[0].verb.as_deref(), Some("turn_down"), "{found:?}");
        let found =
            date_claims("The insurer turned down the claim in a 12-page letter sent on May 2.");
        assert_eq!(found[0].verb.as_deref(), Some("turn_down"), "{found:?}");
        // Sailing from a port is leaving it; sailing to one is not.
        let found = date_claims("The Kestrel Dawn sailed from Port Selwyn on September 4.");
        assert_eq!(found[0].verb.as_deref(), Some(DEPARTURE), "{found:?}");
        let found = date_claims("The Kestrel Dawn sailed to Port Selwyn on September 4.");
        assert_eq!(found[0].verb.as_deref(), Some("sail"), "{found:?}");
        // A passive that moves its subject from a named place, with a
        // word of direction or none, tells leaving it; one from a thing
        // not named does not.
        for text in [
            "Connor Tiernan was allowed home from Wexcombe General Hospital on Monday.",
            "He was discharged from Wexcombe General Hospital on 11 May.",
        ] {
            let found = date_claims(text);
            assert_eq!(
                found[0].verb.as_deref(),
                Some(DEPARTURE),
                "{text}: {found:?}"
            );
        }
        let found = date_claims("He was banned from driving on 11 May.");
        assert_ne!(found[0].verb.as_deref(), Some(DEPARTURE), "{found:?}");
        // A month after "from" says when, not whence.
        let found = date_claims("Ferries sailed from March 3 until the storm on March 9.");
        assert!(
            found.iter().all(|c| c.verb.as_deref() != Some(DEPARTURE)),
            "{found:?}"
        );
    }

    /// A verb of state ("remained", "stayed") says when a state held, not
    /// when something happened; a verb of change beside it still dates.
    #[test]
    fn a_state_is_no_happening() {
        assert_eq!(
            claims("Four guests remained in the ward on Sunday evening."),
            []
        );
        assert!(claims("The crews stayed at the quarry on Sunday.").is_empty());
        assert_eq!(claims("The quarry strike ended on Sunday.").len(), 1);
    }

    #[test]
    fn what_happened_is_read_from_the_sentence_where_no_topic_names_it() {
        let happened = |text: &str| {
            claims(text)
                .into_iter()
                .map(|(date, event)| format!("{date} {event}"))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            happened("The ferry sank on Friday."),
            ["2025-08-15 \"sink\""]
        );
        assert_eq!(
            happened("| Friday | Ferry sinking |"),
            ["2025-08-15 \"sink\""]
        );
        assert_eq!(
            happened("The museum reopened in June after a long refit."),
            ["2025-06 \"reopen\""]
        );
        assert_eq!(
            happened("The bridge was last inspected in 2019."),
            ["2019 \"inspect\""]
        );
        assert_eq!(
            happened("On Tuesday, state media played down the report."),
            ["2025-08-19 \"play\""]
        );
        assert!(happened("The weather was sunny on Monday.").is_empty());
        // A happening's noun that a past deed was done to: the deed
        // happened, whatever topic the noun names ("damage" names a cost);
        // a light verb's noun is its happening (a strike's ballot).
        assert_eq!(
            happened("Technicians found the damage on Sunday."),
            ["2025-08-17 \"find\""]
        );
        assert_eq!(
            happened("The union held a strike ballot on Monday."),
            ["2025-08-18 stoppage-duration"]
        );
        // A happening named as the occasion of a verb before it is when
        // that verb's deed was done.
        assert_eq!(
            happened("Employees were told of the decision at a meeting on Monday."),
            ["2025-08-18 \"tell\""]
        );
        assert_eq!(
            happened("The crack was first spotted during a routine inspection on April 9."),
            ["2025-04-09 \"spot\""]
        );
        // A topic names a date's happening only by the word that tells it
        // (or the subject or object that word leaves it to): a trigger
        // elsewhere in the clause does not ("purchase" names a deal, not a
        // resignation; "force" troops, not rules).
        assert_eq!(
            happened("On June 10, Ortega resigned over the purchase."),
            ["2025-06-10 \"resign\""]
        );
        assert_eq!(
            happened("The restrictions came into force on July 19."),
            ["2025-07-19 \"come\""]
        );
        // A possessive date dates the happening it qualifies (here named
        // by the topic whose trigger it is).
        assert_eq!(
            happened("Rescuers searched the ruins after Sunday's landslide."),
            ["2025-08-17 disaster"]
        );
        // A noun of a happening is named by its verb, after a light verb
        // too; a noun of a thing names nothing.
        assert_eq!(
            happened("Strand put her signature to the budget on 12 June."),
            ["2025-06-12 \"sign\""]
        );
        assert_eq!(
            happened("The evacuation of the valley was on Monday."),
            ["2025-08-18 \"evacuat\""]
        );
        assert!(happened("The tribunal in Geneva on Monday.").is_empty());
        // A present form is a verb unless a determiner makes it a noun.
        let tokens =
            tokenize("Dockworkers walk out, and the walk ended, as helicopter airlifts began");
        let at = |word: &str| tokens.iter().position(|t| t.norm == word).unwrap();
        assert!(!happens(&tokens, at("walk"), false));
        assert!(happens(
            &tokens,
            tokens.iter().rposition(|t| t.norm == "walk").unwrap(),
            false
        ));
        assert!(happens(&tokens, at("airlifts"), false));
    }

    /// The happening is what the date's own clause says: a topic's word
    /// elsewhere in the sentence, or one that only modifies a noun ("jet
    /// fuel"), does not name it; a passive's subject does.
    #[test]
    fn the_dates_own_clause_says_what_happened() {
        assert_eq!(
            claims(
                "The airport reopened its main runway on 16 March, four days after \
                 a truck spilled jet fuel across the apron."
            ),
            [("2025-03-16".to_string(), "\"reopen\"".to_string())]
        );
        assert_eq!(
            claims("A tanker spilled jet fuel on 12 March."),
            [("2025-03-12".to_string(), "\"spill\"".to_string())]
        );
        // An "-ing" form before a noun only qualifies it.
        assert_eq!(
            claims("Inspectors returned to the packing plant on Wednesday."),
            [("2025-08-13".to_string(), "\"return\"".to_string())]
        );
        // A light verb says only that its event noun happened; a full verb
        // keeps its own happening.
        assert_eq!(
            claims("The paintings were taken on 21 March."),
            [("2025-03-21".to_string(), "\"take\"".to_string())]
        );
        for text in [
            "Its last structural inspection took place on 21 March.",
            "The most recent inspection had been carried out on 21 March.",
        ] {
            assert_eq!(
                claims(text),
                [("2025-03-21".to_string(), "\"inspect\"".to_string())],
                "{text}"
            );
        }
        assert_eq!(
            claims("The merger of the two lenders was announced on 4 March."),
            [("2025-03-04".to_string(), "deal-value".to_string())]
        );
        // A compound's head is the occasion: "an emergency meeting" is a
        // meeting.
        let occasions: Vec<Option<Cow<str>>> = date_claims(
            "The decision was taken at an emergency meeting of the committee on 16 March.",
        )
        .into_iter()
        .map(|c| c.occasion)
        .collect();
        assert_eq!(occasions, [Some(Cow::Borrowed("meet"))]);
        // A subject that names a thing counted, no happening, does not
        // name what its verb tells.
        assert_eq!(
            claims("The first aircraft reached the skiway on 10 February."),
            [("2025-02-10".to_string(), "\"reach\"".to_string())]
        );
        // A light verb's noun names the same happening, and gives the same
        // verb, whether a light verb before it or after it tells that it
        // was done.
        let visits: Vec<(String, Option<Cow<str>>)> = [
            "Inspectors made their first visit to the site on 9 March.",
            "The first site visit took place on 11 March.",
        ]
        .into_iter()
        .flat_map(|text| {
            let mut claims = date_claims(text);
            assert_eq!(claims.len(), 1, "{text}");
            claims.pop()
        })
        .map(|c| (c.event.name(&RuleSet::builtin().unwrap()), c.verb))
        .collect();
        assert_eq!(visits[0], visits[1]);
        assert_eq!(visits[0].1.as_deref(), Some("visit"));
    }

    /// A support verb or a verb of going tells that its subject's deed
    /// happened: the deed is the noun's verb, done to what its "of" or its
    /// owner names. A verb that changes the deed tells more, and a
    /// participle glued to a name describes the noun after it, unless a
    /// determiner opens its object.
    #[test]
    fn a_deed_named_by_the_subject_is_done_to_its_object() {
        let one = |text: &str| {
            let found = date_claims(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let c = found.into_iter().next().unwrap();
            (c.verb.map(|v| v.to_string()).unwrap_or_default(), c.theme)
        };
        assert_eq!(
            one("The detention of the four boats took place on 10 October."),
            ("detain".to_string(), "boat".to_string())
        );
        assert_eq!(
            one("The kitchen's closure came on 12 March, when inspectors arrived."),
            ("close".to_string(), "kitchen".to_string())
        );
        assert_eq!(
            one("Negotiations at the conciliation service collapsed on 6 June.").0,
            "collapse"
        );
        assert_ne!(
            one("The Wotsillep-based firm's collapse on 11 July came in the middle of its season.")
                .0,
            "base"
        );
        // A verb spelt with a hyphen is the verb spelt closed, and takes
        // an object as any verb does.
        assert_eq!(one("The bridge re-opened on Monday.").0, "reopen");
        assert_eq!(one("The bridge reopened on Monday.").0, "reopen");
        let found = date_claims("Cabinet members rubber-stamped the demolition order on 11 March.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].verb.as_deref(), Some("rubberstamp"));
        assert!(date_claims("The rubber-stamped order was dated 11 March.")
            .iter()
            .all(|c| c.verb.as_deref() != Some("rubberstamp")));
        // A function word inside a hyphened compound does not end the
        // object.
        assert!(
            one("AVRA launched its fitness-to-practise inquiry on 7 March.")
                .1
                .split(' ')
                .any(|w| w == "inquiry")
        );
        // A name after "of" qualifies the subject's head.
        let found = date_claims(
            "Two directors of Cindrel Heat Ltd, an installer based in Kestrelwade, were taken into custody on 10 March.",
        );
        assert!(
            found[0].patient.split(' ').any(|w| w == "director"),
            "{found:?}"
        );
        assert!(!found[0].patient.contains("ltd"), "{found:?}");
    }

    /// Whom or what the happening befell: an active verb's object, a
    /// verb's subject; and the verb's WordNet lemma.
    #[test]
    fn the_patient_and_the_verb_of_the_happening() {
        for (text, patient, verb) in [
            (
                "Brackwater announced the recall on 8 May.",
                "recall",
                "announce",
            ),
            ("The recall was announced on 8 May.", "recall", "announce"),
            (
                "The ferry, run by Bellmont Lines, departed Halvik on 29 May.",
                "ferry",
                "depart",
            ),
            (
                "An attempt on Monday was scrubbed because of high winds.",
                "attempt",
                "scrub",
            ),
            (
                "A first attempt, on 17 March, was called off.",
                "attempt",
                "call_off",
            ),
            (
                "A first attempt was called off on 17 March.",
                "attempt",
                "call_off",
            ),
            // A compound's nouns use the reach once ("the Lochanveil car
            // park"); a time phrase none.
            (
                "The group was finally brought down to the Lochanveil car park at around 3am on 12 May.",
                "group",
                "bring_down",
            ),
            // The subject of a clause a wh-word opens, past a participle
            // that qualifies it and a verb joined to this one.
            (
                "Inspectors are investigating how a 1,470kg bell came loose and dropped on 5 May.",
                "bell",
                "drop",
            ),
            (
                "A historic bell weighing about one and a half tonnes crashed on Tuesday.",
                "bell",
                "crash",
            ),
            // A verb joined by "and" with a subject of its own, and a noun
            // in "-ing" at the end of the subject's run.
            (
                "The bell cracked and the tower collapsed on 5 May.",
                "tower",
                "collapse",
            ),
            (
                "The council building collapsed on 5 May.",
                "building",
                "collapse",
            ),
            // The noun a verb makes one lemma with is no object.
            (
                "The crane, one of six at the quay, gave way on 5 May.",
                "crane",
                "give_way",
            ),
            // A past written as its base, after a singular subject.
            (
                "The embankment burst at about 2.40am on 11 May.",
                "embankment",
                "burst",
            ),
            // A relative word with a subject after it stands for the
            // object.
            (
                "The footage, which the charity made public on 14 May, shows a figure.",
                "footage charity",
                "publicize",
            ),
            // So does a noun right before a clause with a subject of its
            // own; a verb's participle there is no noun ("the mayor the
            // council appointed resigned").
            (
                "She said the emergency declaration the council issued on 7 March had helped.",
                "declaration council",
                "issue",
            ),
            (
                "The mayor the council appointed resigned on 7 March.",
                "council",
                "resign",
            ),
        ] {
            let read: Vec<(String, Option<Cow<str>>)> = date_claims(text)
                .into_iter()
                .map(|c| (c.patient, c.verb))
                .collect();
            assert_eq!(
                read,
                [(patient.to_string(), Some(Cow::Borrowed(verb)))],
                "{text}"
            );
        }
    }

    #[test]
    fn events_are_placed_at_dates() {
        assert_eq!(
            claims("Trump called Putin on Monday."),
            [("2025-08-18".to_string(), "call-duration".to_string())]
        );
        assert_eq!(
            claims("| August 20, 2025 | Trump speaks with Putin for about 40 minutes. |"),
            [("2025-08-20".to_string(), "call-duration".to_string())]
        );
    }

    #[test]
    fn statement_dates_date_the_statement_and_eventless_dates_are_left_out() {
        // A date of saying dates the statement, not the call.
        let said = [("2025-08-19".to_string(), "\"say\"".to_string())];
        assert_eq!(claims("The call went well, Leavitt said on Tuesday."), said);
        assert_eq!(
            claims("Leavitt told reporters Tuesday the call went well."),
            said
        );
        assert!(claims("The weather was sunny on Monday.").is_empty());
        // A date set off before the tag ends the clause reported.
        let passed = date_claims("Its pens passed a safety inspection on 3 March, she added.");
        assert_eq!(passed.len(), 1, "{passed:?}");
        assert!(!passed[0].event.is_statement(), "{passed:?}");
        // What was finished, not the flood.
        assert_eq!(
            claims("The flood barrier was finished on Monday."),
            [("2025-08-18".to_string(), "\"finish\"".to_string())]
        );
        assert_eq!(
            claims("The toll from Sunday's earthquake rose to 230 on Tuesday."),
            [("2025-08-17".to_string(), "magnitude".to_string())]
        );
        assert!(claims("\"The people I spoke to today were patient,\" she said.").is_empty());
        assert!(claims("They have not met since a summit in December 2019.").is_empty());
        // A negation does not reach into a relative clause: the fire broke out.
        assert_eq!(
            claims(
                "Investigators have not yet determined what caused the fire that \
                 broke out Friday night at the plant."
            )
            .len(),
            1
        );
        // What was built, not when the plant was.
        assert!(claims("The plant built 12,400 cars in 2024.").is_empty());
        assert_eq!(
            claims("Kestrel agreed on Monday to buy Granite in a deal worth $2.8 billion."),
            [("2025-08-18".to_string(), "deal-value".to_string())]
        );
        // "Holdings" in a name is no stake.
        assert_eq!(
            claims(
                "The takeover of Calloqui by Ridorbri Holdings was announced on 19 August 2025."
            ),
            [("2025-08-19".to_string(), "deal-value".to_string())]
        );
        assert_eq!(
            claims("The plant, built in 1998, employs 400 people."),
            [("1998".to_string(), "founded-opened".to_string())]
        );
    }

    /// What happened and to whom, read as a careful reader does: a verb
    /// whose past is its base known by its place, a date after a time
    /// phrase or a long name still reaching its verb, a negation in the
    /// main clause leaving a subordinate clause's date alone, and the
    /// subject's head (or its name) as the patient.
    #[test]
    fn the_happening_is_read_past_names_times_and_clauses() {
        let read = |text: &str| -> Vec<(String, Option<String>, String)> {
            date_claims(text)
                .into_iter()
                .map(|c| (c.value_text(), c.verb.map(|v| v.to_string()), c.patient))
                .collect()
        };
        let one = |date: &str, verb: Option<&str>, patient: &str| {
            vec![(
                date.to_string(),
                verb.map(str::to_string),
                patient.to_string(),
            )]
        };
        assert_eq!(
            read("Officials shut the beach on Monday."),
            one("2025-08-18", Some("shut"), "beach official")
        );
        assert_eq!(
            read("The council shut the road on Monday."),
            one("2025-08-18", Some("shut"), "road council")
        );
        assert_eq!(
            read("Traffic was let back onto the road on Sunday."),
            one("2025-08-17", Some("let"), "traffic")
        );
        assert_eq!(
            read("Thieves stole six paintings from the Ostreva Museum of Art in the early hours of Monday."),
            one("2025-08-18", Some("steal"), "painting thief")
        );
        assert_eq!(
            read("The two sides have not met since talks at the conciliation service collapsed on June 6."),
            one("2025-06-06", Some("collapse"), "talks")
        );
        assert!(read("They have not met since a summit in December 2019.").is_empty());
        assert_eq!(
            read("Ana Lis, who led the fund since 2019, quit on Monday."),
            one("2025-08-18", Some("quit"), "lis")
        );
        // A determined name or a possessive before a noun makes it no verb.
        assert_eq!(
            read("The laboratory confirmed the H5N1 strain on Tuesday."),
            one("2025-08-19", Some("confirm"), "strain laboratory")
        );
        // The theme is the object, or without one the subject; a count as
        // of a date dates no happening.
        let themes = |text: &str| -> Vec<String> {
            date_claims(text).into_iter().map(|c| c.theme).collect()
        };
        assert_eq!(
            themes("Inspectors discovered the fracture on Saturday."),
            ["fracture"]
        );
        assert_eq!(themes("The fracture was spotted on April 9."), ["fracture"]);
        // The object of a verb of arriving is where the subject went;
        // what arrived is the theme.
        assert_eq!(
            themes("The termination notice reached the yard's offices on 5 June."),
            ["notice"]
        );
        // An adverb inside the verb group is no subject, and a relative
        // clause after the subject's noun is passed over.
        assert_eq!(
            themes("The fracture was first spotted on April 9."),
            ["fracture"]
        );
        assert_eq!(
            themes("The crack that prompted the decision was first spotted on April 9."),
            ["crack"]
        );
        assert_eq!(
            themes("He said that the decision was taken on April 9."),
            ["decision"]
        );
        // A compound qualifying the object is part of it.
        assert_eq!(
            themes("The trust issued its strong-stream alert on May 13."),
            ["stream alert"]
        );
        // A subject that cannot act undergoes its verb; people act.
        assert_eq!(themes("The joint gave way on 10 May."), ["joint"]);
        assert_eq!(themes("Protesters marched on Saturday."), [""]);
        assert!(themes("The death toll rose to 13 on Monday.").is_empty());
        assert!(themes("The city had received 410 complaints by Saturday.").is_empty());
        // A verb before an infinitive governs it and tells nothing itself.
        let governed =
            read("Negotiators are set to return on Wednesday for a second round of talks.");
        assert!(!governed.is_empty());
        assert!(governed
            .iter()
            .all(|(_, verb, _)| verb.as_deref() != Some("set")));
    }

    /// A date right after an occasion's noun dates that occasion, but not
    /// a clock's suffix ("at 6am on Monday") nor a noun another
    /// preposition governs inside the occasion's phrase ("during an audit
    /// of the records on 20 May").
    #[test]
    fn a_dated_occasion_is_the_noun_its_preposition_governs() {
        assert_eq!(
            claims("Two men were found missing at the morning lineup on Sunday."),
            [("2025-08-17".to_string(), "\"lineup\"".to_string())]
        );
        assert_eq!(
            claims("The suspension took effect at 6am on Monday."),
            [("2025-08-18".to_string(), "\"take\"".to_string())]
        );
        assert_eq!(
            claims("The error was found during an audit of the storage drawers on Monday."),
            [("2025-08-18".to_string(), "\"find\"".to_string())]
        );
        assert_eq!(
            claims("He died at the hospital on Monday."),
            [("2025-08-18".to_string(), "\"die\"".to_string())]
        );
    }
}

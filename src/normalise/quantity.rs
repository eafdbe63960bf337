//! Quantities as news writes them: "$90 billion", "at least 14 civilians",
//! "three-and-a-half-year war", "5 per cent", "tens of thousands of people",
//! each read into an interval with a unit and the noun it counts or describes.

use crate::normalise::calendar::{month_of, ordinal_value, weekday_of};
use crate::normalise::interval::Interval;
use crate::normalise::number::{
    and_a_half, fraction_denominator, is_number_word, read_number, Number, Scales,
};
use crate::normalise::senses::{
    deed_noun_of, irregular_verb_form, is_noun, is_occurrence, is_particle, names_a_group,
    names_a_group_of_people, names_a_person, names_a_time, noun_lemma, tells_a_change,
    tells_a_command, tells_a_message, tells_a_mind, tells_a_motion, tells_a_request, tells_a_state,
    tells_a_wish, verb_lemma, PEOPLE_CLASS,
};
use crate::normalise::tokens::{
    closes_an_age, compound_hyphen, opens_compound, possessive_end, singular, singular_of, Token,
    TokenKind, WordSet,
};
use crate::normalise::verbs::{irregular_lemma, past_shaped, AUXILIARIES, BE};
use crate::rules::{IntervalTemplate, MeasureUnit, RuleSet};

/// What a quantity measures. Values inside an [`Interval`] are in the unit's
/// base: currency units, percent, seconds, or counted items.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Unit {
    /// Money in a currency (ISO code).
    Money(String),
    /// A percentage.
    Percent,
    /// A change in a rate, in percentage points.
    PercentagePoints,
    /// A length of time; `word` is the unit as written, singular ("minute").
    Duration {
        /// The unit word, singular.
        word: String,
        /// Seconds in one such unit, to show values in the writer's unit.
        seconds: f64,
    },
    /// A physical measure; values are in the dimension's base unit.
    Measure {
        /// length, mass, area, volume, speed.
        dimension: String,
        /// The unit word as the rules list it ("millimetre").
        word: String,
        /// Size of one such unit in the base.
        factor: f64,
    },
    /// Counted things of a class ("people" for civilians, residents...).
    Count(String),
}

impl Unit {
    /// A length: a distance or a position, which no verb tells as standing
    /// or happened and which a story tells of things it names or describes.
    pub fn is_length(&self) -> bool {
        matches!(self, Unit::Measure { dimension, .. } if dimension == "length")
    }

    /// A short label used in block keys and reports.
    pub fn label(&self) -> String {
        match self {
            Unit::Money(code) => code.clone(),
            Unit::Percent => "%".into(),
            Unit::PercentagePoints => "percentage points".into(),
            Unit::Duration { .. } => "duration".into(),
            Unit::Measure { dimension, .. } => dimension.clone(),
            Unit::Count(class) => class.clone(),
        }
    }

    /// The unit word and its size in the base, for units shown in the
    /// writer's own unit (durations and measures).
    pub fn own_unit(&self) -> Option<(&str, f64)> {
        match self {
            Unit::Duration { word, seconds } => Some((word, *seconds)),
            Unit::Measure { word, factor, .. } => Some((word, *factor)),
            _ => None,
        }
    }
}

/// One quantity found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Index of the first token (the hedge or currency symbol if any).
    pub first: usize,
    /// Index one past the last token (through the unit or counted noun).
    pub last: usize,
    /// The value as an interval in the unit's base.
    pub interval: Interval,
    /// What it measures.
    pub unit: Unit,
    /// Lemma of the noun it counts or describes ("civilian", "package", "war").
    pub head: Option<String>,
    /// Lemmas of the words before the head in its noun phrase ("weapon" in "weapons package").
    pub modifiers: Vec<String>,
    /// Those of `modifiers` an "of" phrase after the counted noun gives
    /// ("paperwork" in "28 boxes of paperwork"): what the things hold, not
    /// what kind they are ("archive boxes").
    pub contents: Vec<String>,
    /// The denominator of a rate ("share" in "$48 a share", "year" in "annual").
    pub per: Option<String>,
    /// Index of the head token, if any.
    pub head_token: Option<usize>,
    /// The hedge phrase, folded ("at least").
    pub hedge: Option<String>,
    /// "one" written as a word before what it counts: a count only where a
    /// topic says what happened ("one person died"), else a determiner.
    pub determiner_like: bool,
    /// A loose count ("a few"): it may agree with a number, never dispute one.
    pub loose: bool,
    /// A duration that is not the length of something but a deadline
    /// ("within 24 hours") or an offset in time ("eight months before",
    /// "ten years ago"); only figures in the same frame are compared.
    pub frame: Option<Frame>,
    /// Counted as some of a whole the sentence names with no count of its
    /// own ("a dozen of the bows were handed back"): what was done to them
    /// says which of them.
    pub partitive: bool,
}

/// What a duration measures besides the length of a thing.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Frame {
    /// "in 24 hours", "within a week": time allowed for something.
    Within,
    /// "eight months before", "ten years ago", "two days later".
    Offset,
    /// A difference, not a level: "beat him by 24,000 votes", "a majority of
    /// 31", "cut by 20%".
    Difference,
    /// Said of another instance: "a separate two-day walkout", "another
    /// $5 billion", "a rival bid of $2.5 billion".
    Separate,
    /// What is hoped, planned, forecast or allowed, not what happened: "a
    /// target of 12 missions", "hoped to have the fire 50 percent
    /// contained", "a limit of 5 mg/l".
    Expected,
    /// Meant or planned: "plans to send 150 adjusters", "expected to fly
    /// about 600 passengers home". It meets the same plan and the future,
    /// not what was done.
    Intended,
    /// Some of a set, listed: "the stolen items include four table
    /// clocks", "among them 12 children". It meets only another such.
    Member,
    /// Told in the future: "will cut 400 jobs", "800 jobs would be
    /// eliminated". It meets a plan, and any figure without a frame (what
    /// will be done may be told as done).
    Future,
    /// Asked of another: "is demanding a floor of €15 an hour", "urged
    /// ministers to release £40m", "demanding that the price be held at
    /// 40 cents". Who asks is not who does: it meets only what is asked.
    Asked,
}

impl Frame {
    /// The word reports use.
    pub fn name(self) -> &'static str {
        match self {
            Frame::Within => "deadline",
            Frame::Offset => "offset in time",
            Frame::Difference => "difference",
            Frame::Separate => "another instance",
            Frame::Expected => "expected or allowed",
            Frame::Intended => "intended",
            Frame::Member => "some of a set",
            Frame::Future => "future",
            Frame::Asked => "asked for",
        }
    }
}

/// Whether figures of two frames may answer one question: the same frame,
/// or a plan and the future ("plans to cut up to 450 jobs" / "about 800
/// jobs would be eliminated"), or the future and what is told without a
/// frame ("will receive $7.2 million" / "a severance package worth $4.8
/// million"). A plan and what was done ("plans to send 150 adjusters" /
/// "has 96 adjusters working") answer two.
pub fn frames_meet(a: Option<Frame>, b: Option<Frame>) -> bool {
    use Frame::{Future, Intended};
    a == b
        || matches!(
            (a, b),
            (Some(Intended), Some(Future))
                | (Some(Future), Some(Intended))
                | (Some(Future), None)
                | (None, Some(Future))
        )
}

/// Words of change before a figure ("up 4%", "rose 9%") or before "from"
/// ("rose from 9 to 12"): the figure is a change or a former level.
const CHANGE_WORDS: &[&str] = &[
    "up",
    "down",
    "rose",
    "risen",
    "rise",
    "rises",
    "fell",
    "fallen",
    "falls",
    "jumped",
    "climbed",
    "dropped",
    "gained",
    "lost",
    "increased",
    "decreased",
    "surged",
    "slumped",
    "grew",
    "shrank",
    "slid",
    "tumbled",
    "soared",
    "plunged",
    "higher",
    "lower",
];

/// Words after a duration that make it an offset in time.
const OFFSET_WORDS: &[&str] = &[
    "ago",
    "before",
    "after",
    "earlier",
    "later",
    "previously",
    "prior",
    "beforehand",
];

/// "the other stolen items include four smaller table clocks", "among
/// them 12 children", "seven players were among those suspended": a count
/// a list opens, or one said to be among others, counts some of a set,
/// not the set. `after` is the first token past the counted noun.
fn member_frame(tokens: &[Token], first: usize, after: usize) -> Option<Frame> {
    let opens_list = |w: &str| w == "among" || verb_lemma(w, None) == Some("include");
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    if BE.contains(&word(after)) && opens_list(word(after + 1)) {
        return Some(Frame::Member);
    }
    // Back over the list to its opening word, past no other verb ("the
    // haul included a clock, and thieves took four others" lists no
    // count).
    // A participle after a determiner qualifies a noun ("a painted dial").
    let other_verb = |k: usize| {
        let w = tokens[k].norm.as_str();
        !BE.contains(&w) && past_shaped(w) && !(k > 0 && is_determiner(&tokens[k - 1].norm))
    };
    (0..first)
        .rev()
        .take_while(|&k| {
            let w = tokens[k].norm.as_str();
            !matches!(w, ";" | ":" | "." | "\"") && (opens_list(w) || !other_verb(k))
        })
        .any(|k| opens_list(&tokens[k].norm))
        .then_some(Frame::Member)
}

/// "a separate two-day walkout", "another 300 homes", "last year's 12-day
/// strike".
fn separate_frame(tokens: &[Token], first: usize) -> Option<Frame> {
    let mut k = first;
    while k > 0
        && matches!(
            tokens[k - 1].norm.as_str(),
            "a" | "an" | "the" | "its" | "their"
        )
    {
        k -= 1;
    }
    let before = k.checked_sub(1).and_then(|i| tokens.get(i))?;
    let word = tokens.get(first.checked_sub(1)?)?;
    let marker = |t: &Token| {
        matches!(
            t.norm.as_str(),
            "separate" | "another" | "rival" | "additional" | "further"
        )
    };
    // "last year's 12-day strike": an earlier one of its kind.
    let earlier = k >= 2
        && matches!(
            before.norm.as_str(),
            "year's" | "month's" | "week's" | "season's" | "decade's"
        )
        && matches!(
            tokens[k - 2].norm.as_str(),
            "last" | "previous" | "past" | "prior"
        );
    (marker(before) || marker(word) || earlier).then_some(Frame::Separate)
}

/// Words that make a figure in their clause a hope, plan, forecast or
/// bound rather than what happened (the closed class of modal nouns and
/// verbs of expectation), as lemmas: any form of them counts ("limits",
/// "capped", "hoping").
const EXPECTATION_WORDS: &[&str] = &[
    "target",
    "forecast",
    "hope",
    "expect",
    "projected",
    "projection",
    "predict",
    "anticipate",
    // The verb only: "Trump's central aim was a 30-day ceasefire" tells
    // what is pressed for, as a demand does.
    "aims",
    "aimed",
    "aiming",
    "goal",
    "limit",
    "maximum",
    "cap",
    "ceiling",
];

/// Whether `word` is a form of a word of expectation ("limits" of
/// "limit", "hoped" of "hope"). "project" counts only as "projected":
/// the noun names a piece of work.
fn tells_expectation(word: &str) -> bool {
    EXPECTATION_WORDS.contains(&word)
        || verb_lemma(word, None)
            .is_some_and(|lemma| lemma != word && EXPECTATION_WORDS.contains(&lemma))
        || EXPECTATION_WORDS.contains(&singular(word).as_str())
}

/// "a target of 12 missions", "crews hoped to have the fire 50 percent
/// contained", "the permit limit of 5 mg/l": a word of expectation earlier
/// in the figure's clause, or a verb of thought or feeling before a perfect
/// infinitive there ("crews hope to have flushed all 112 miles by
/// Saturday", "expect to have finished"): a state wished for by a time,
/// expected. Before a verb's plain infinitive ("plans to send 150
/// adjusters", "expected to fly about 600 passengers home") it tells an
/// intention, not what was done. What one asks of another ("urged
/// ministers to release £40m", "is demanding a floor of €15 an hour") is
/// asked for; `after` is the token after the figure.
fn hoped_intended_or_asked_frame(tokens: &[Token], first: usize, after: usize) -> Option<Frame> {
    let first = first.min(tokens.len());
    let clause = &tokens[clause_start(tokens, first)..first];
    // What a verb of the mind governs: the word after its "to", where no
    // modal or auxiliary opens a verb of its own between it and the
    // figure ("a member who wants to leave must give 12 months' notice":
    // the notice is what must be given, not what is wanted).
    let infinitives = || {
        clause
            .windows(3)
            .enumerate()
            .filter(|(i, w)| {
                !w[0].capitalised
                    && w[1].norm == "to"
                    && tells_a_mind(&w[0].norm)
                    && !clause[i + 3..]
                        .iter()
                        .any(|t| AUXILIARIES.contains(&t.norm.as_str()))
            })
            .map(|(_, w)| &w[2])
    };
    let base_verb = |v: &Token| {
        v.kind == TokenKind::Word
            && !v.capitalised
            && verb_lemma(&v.norm, None) == Some(v.norm.as_str())
    };
    // "had asked the court to consider a fine of around £250,000", "urged
    // ministers to release £40m": what a verb of a message asks someone
    // to do is asked for, not done. Its person stands between ("is said
    // to have cost" tells what was done).
    let asked = (0..clause.len()).any(|i| {
        let verb = &clause[i];
        !verb.capitalised
            && past_or_present_message(verb)
            && !verb_lemma(&verb.norm, None).is_some_and(tells_a_command)
            && (i + 2..(i + 5).min(clause.len())).any(|to| {
                clause[to].norm == "to"
                    && clause[i + 1..to]
                        .iter()
                        .all(|t| t.kind == TokenKind::Word && !looks_like_verb(&t.norm))
                    && clause
                        .get(to + 1)
                        .is_some_and(|v| base_verb(v) && !matches!(v.norm.as_str(), "have" | "be"))
            })
    });
    // "is demanding that the regional quota be raised by 15 per cent":
    // a verb of a message whose "that" clause has a bare "be" (the
    // subjunctive) asks for what it tells, as "asked … to" does.
    let demanded = (1..clause.len()).any(|that| {
        clause[that].norm == "that"
            && verb_lemma(&clause[that - 1].norm, None).is_some_and(tells_a_message)
            && clause[that + 1..].iter().enumerate().any(|(i, t)| {
                t.norm == "be"
                    && i > 0
                    && clause[that + i].kind == TokenKind::Word
                    // Not after a modal ("would be") or "to".
                    && clause[that + i].norm != "to"
                    && !AUXILIARIES.contains(&clause[that + i].norm.as_str())
            })
    });
    // "is demanding a guaranteed floor of €15 an hour", "called for a
    // £40m fund": what a verb of a request takes for its object is asked
    // for. The object runs on to the figure through words of a noun
    // phrase only: determiners, "of", and no auxiliary, no word that
    // opens a clause, no verb but one a determiner makes a describer ("a
    // guaranteed floor").
    let of_a_noun_phrase = |j: usize| {
        let t = &clause[j];
        let word = t.norm.as_str();
        let after_determiner = j > 0 && is_determiner(&clause[j - 1].norm);
        (t.kind == TokenKind::Word || word == "-")
            && !AUXILIARIES.contains(&word)
            && !BE.contains(&word)
            && (!is_function_word(word) || is_determiner(word) || word == "of")
            && (!(looks_like_verb(word) || gerund(word)) || after_determiner)
    };
    // A figure right after the verb with a verb after it is the subject
    // of a clause of its own, no object asked for: "the landlord claimed
    // 40 flats were empty" tells a count.
    let clause_after = tokens.get(after).is_some_and(|t| {
        t.kind == TokenKind::Word
            && (AUXILIARIES.contains(&t.norm.as_str())
                || BE.contains(&t.norm.as_str())
                || looks_like_verb(&t.norm))
    });
    let requested = (0..clause.len()).any(|i| {
        let verb = &clause[i];
        if verb.kind != TokenKind::Word || verb.capitalised {
            return false;
        }
        // "called for a £40m fund": the particle WordNet joins to the
        // verb may be a preposition, which [`verb_lemma`] leaves apart.
        let next = clause.get(i + 1).map(|t| t.norm.as_str());
        // "has asked for £9,600 a year": "for" after a verb of a request
        // opens what is asked for.
        let object_from = verb_lemma(&verb.norm, None).and_then(|lemma| {
            if tells_a_request(lemma) || tells_a_wish(lemma) {
                Some(if next == Some("for") { i + 2 } else { i + 1 })
            } else {
                next.filter(|n| tells_a_request(&format!("{lemma}_{n}")))
                    .map(|_| i + 2)
            }
        });
        // "questions are being asked about …": a passive's subject was
        // asked, and what follows is no object.
        let passive = i > 0
            && past_shaped(&verb.norm)
            && (BE.contains(&clause[i - 1].norm.as_str()) || clause[i - 1].norm == "being");
        object_from.is_some_and(|from| {
            let gap = clause.len() - from;
            !passive
                && gap <= REQUEST_REACH
                && !(gap == 0 && clause_after)
                && (from..clause.len()).all(of_a_noun_phrase)
        })
    });
    let asked = asked || demanded || requested;
    let governed = if asked {
        Some(Frame::Asked)
    } else if infinitives().any(|v| v.norm == "have") {
        Some(Frame::Expected)
    } else {
        infinitives().any(base_verb).then_some(Frame::Intended)
    };
    // "had expected about 40,000 visitors": a word of expectation frames
    // the figure, unless it governs an infinitive that frames it instead
    // ("expected to fly about 600 passengers home" is a plan).
    let expectation = clause.iter().enumerate().any(|(i, t)| {
        tells_expectation(&t.norm)
            && !(governed.is_some() && clause.get(i + 1).is_some_and(|n| n.norm == "to"))
    });
    if expectation {
        return Some(Frame::Expected);
    }
    governed
}

/// How many tokens from a verb of a request to the figure its object
/// holds: past a noun phrase's length, the figure is told of something
/// else.
const REQUEST_REACH: usize = 10;

/// Whether `word` is a verb's "-ing" form ("losing"): in "demanded an
/// apology after losing £50" it opens a clause of its own.
fn gerund(word: &str) -> bool {
    word.ends_with("ing") && verb_lemma(word, None).is_some_and(|lemma| lemma != word)
}

/// A verb of a message in a finite form ("asked", "urges"), by which one
/// asks another to act.
fn past_or_present_message(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && (past_verb_form(t) || t.norm.ends_with('s'))
        && verb_lemma(&t.norm, None).is_some_and(tells_a_message)
}

/// "will stay closed for two weeks", "about 800 jobs would be
/// eliminated": a modal of the future earlier in the figure's clause or
/// right after the figure.
fn future_frame(tokens: &[Token], first: usize, end: usize) -> Option<Frame> {
    let modal = |t: &Token| matches!(t.norm.as_str(), "will" | "would" | "shall");
    let first = first.min(tokens.len());
    let before = tokens[clause_start(tokens, first)..first].iter().any(modal);
    let after = tokens.get(end).is_some_and(modal);
    (before || after).then_some(Frame::Future)
}

/// Where the clause holding token `first` opens: after the last break
/// before it.
fn clause_start(tokens: &[Token], first: usize) -> usize {
    tokens[..first]
        .iter()
        .rposition(|t| matches!(t.norm.as_str(), "," | ";" | ":" | "." | "(" | ")"))
        .map_or(0, |k| k + 1)
}

/// "In a separate incident, four people were hurt", "In an unrelated
/// attack ...", "Separately, ...": the sentence tells of another occasion,
/// so its figures are another instance of whatever they count. So does one
/// opening "In that case" or "In that year": "that" points back to an
/// occasion or a time told before (or to a case supposed), not the one the
/// story is about, which is "this" or "the".
fn other_occasion(tokens: &[Token]) -> Option<Frame> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let opens_separately = word(0) == "separately" && word(1) == ",";
    let that_occasion = word(0) == "in"
        && matches!(word(1), "that" | "those")
        && (is_occurrence(word(2)) || names_a_time(word(2)));
    let in_another = tokens.windows(3).any(|w| {
        matches!(w[0].norm.as_str(), "in" | "during")
            && matches!(w[1].norm.as_str(), "a" | "an")
            && matches!(w[2].norm.as_str(), "separate" | "unrelated")
    });
    (opens_separately || in_another || that_occasion).then_some(Frame::Separate)
}

/// The change a measure right after it tells of, as a noun: the noun
/// before "of" ("a fall of 32 metres"), or the noun of the verb of change
/// before it ("fell 18 metres": a fall; "slid": a slide), where WordNet
/// knows it. A verb after the measure ("weighing two tonnes fell") tells
/// what the measured thing did, not what was measured.
fn change_measured(tokens: &[Token], first: usize) -> Option<(usize, String)> {
    let k = first.checked_sub(1)?;
    if tokens[k].norm == "of" {
        let noun = tokens.get(k.checked_sub(1)?)?;
        return (noun.kind == TokenKind::Word && is_noun(&noun.norm))
            .then(|| (k - 1, singular(&noun.norm)));
    }
    if !CHANGE_WORDS.contains(&tokens[k].norm.as_str()) {
        return None;
    }
    let verb = verb_lemma(&tokens[k].norm, None)?;
    let noun = noun_lemma(verb)
        .filter(|n| *n == verb)
        .or_else(|| deed_noun_of(verb))?;
    Some((k, noun.to_string()))
}

/// Whether a token may be a comparative: "more", "less", "fewer", or a
/// word shaped as an adjective's "-er" form ("higher", "older", "longer");
/// the "than" that must follow ([`compared_after`]) tells the rest.
fn comparative(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && (matches!(t.norm.as_str(), "more" | "less" | "fewer")
            || t.norm
                .strip_suffix("er")
                .is_some_and(|base| base.len() >= 2 && t.norm != "other"))
}

/// Whether "than" comes within [`COMPARED_REACH`] words from `from`, no
/// punctuation between.
fn compared_after(tokens: &[Token], from: usize) -> bool {
    tokens[from.min(tokens.len())..]
        .iter()
        .take(COMPARED_REACH)
        .take_while(|t| t.kind == TokenKind::Word)
        .any(|t| t.norm == "than")
}

/// How many words after a comparative "than" may stand ("more radiation
/// than", "higher for the worst-hit patients than").
const COMPARED_REACH: usize = 4;

/// "by 24,000 votes", "a majority of 31", "his margin was 23,918 votes".
fn difference_frame(tokens: &[Token], first: usize, next: usize, unit: &Unit) -> Option<Frame> {
    // "closed 6.3 per cent higher", "2% lower", "a 3.5 per cent rise", "a
    // 4% increase": the change named after it (a word of change, or the noun
    // of a verb of change: "increase" for "increased"). After a length,
    // "up" and "down" say where ("10,400 feet up", "410 metres down").
    let length = unit.is_length();
    if tokens.get(next).is_some_and(|t| {
        let word = t.norm.as_str();
        let direction = length && matches!(word, "up" | "down");
        !direction
            && CHANGE_WORDS.iter().any(|change| {
                change
                    .strip_prefix(word)
                    .is_some_and(|rest| matches!(rest, "" | "d" | "ed"))
            })
    }) {
        return Some(Frame::Difference);
    }
    // "18 per cent more radiation than prescribed", "three years older
    // than": a comparative after the number and "than" after it measure
    // a difference from what is compared.
    if tokens.get(next).is_some_and(comparative) && compared_after(tokens, next + 1) {
        return Some(Frame::Difference);
    }
    const DIFFERENCE_NOUNS: &[&str] = &[
        "majority",
        "margin",
        "lead",
        "gap",
        "difference",
        "deficit",
        "surplus",
    ];
    // "lost 70 per cent of this year's crop": a share of a whole named
    // after it, which is no change of a level.
    if *unit == Unit::Percent && tokens.get(next).is_some_and(|t| t.norm == "of") {
        return None;
    }
    let before = first.checked_sub(1).and_then(|k| tokens.get(k))?;
    // "brought down 31 riders", "set up 12 camps": a phrasal verb's
    // particle before a count of things is no change.
    // So is one of a verb that tells no motion or change ("the course
    // came up some 740m short"), before any measure ("went up 4%" rises).
    let particle_of_a_verb = first.checked_sub(2).is_some_and(|k| {
        verb_lemma(&tokens[k].norm, Some(&before.norm)).is_some_and(|l| {
            l.contains('_')
                && (matches!(unit, Unit::Count(_)) || !(tells_a_motion(l) || tells_a_change(l)))
        })
    });
    // "up 4%", "rose 9%", "jumped 24%": a change, not a level.
    if CHANGE_WORDS.contains(&before.norm.as_str()) && !particle_of_a_verb {
        return Some(Frame::Difference);
    }
    // "signed by 63 of the orchestra's musicians": people after "by" are
    // who did the deed, not a margin ("won by 24,000 votes"), unless the
    // deed is a change ("cut by 40 staff").
    let agents = matches!(unit, Unit::Count(noun) if names_a_person(noun) || names_a_group(noun));
    let by = before.norm == "by"
        && first
            .checked_sub(2)
            .and_then(|k| tokens.get(k))
            .is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !matches!(
                        t.norm.as_str(),
                        "followed" | "caused" | "led" | "owned" | "held" | "killed" | "injured"
                    )
                    && (!agents || CHANGE_WORDS.contains(&t.norm.as_str()))
            });
    // A gap measured in length is a space ("a gap roughly 40 centimetres
    // wide"), not a margin between two levels; and a sum of money by
    // which one level misses another ("a deficit of £460,000", "a funding
    // gap of £850,000") is told as the sum itself ("lost £640,000", "a
    // £1.2m shortfall"): only "the difference" of two sums is a
    // difference.
    let money = matches!(unit, Unit::Money(_));
    let noun = tokens[first.saturating_sub(5)..first].iter().any(|t| {
        DIFFERENCE_NOUNS.contains(&t.norm.as_str())
            && !(length && t.norm == "gap")
            && !(money && t.norm != "difference")
    });
    // "a fall of some 32 metres": the noun of a verb of change, as the
    // verb ("fell about 18 metres") is, for a measure. A share or a sum
    // after it is often what the change is worth ("a rise of 3.5%" / "an
    // offer worth 4.8 per cent"), and stays a level.
    let of_a_change = matches!(unit, Unit::Measure { .. })
        && before.norm == "of"
        && first
            .checked_sub(2)
            .and_then(|k| tokens.get(k))
            .is_some_and(|t| {
                CHANGE_WORDS.iter().any(|change| {
                    change
                        .strip_prefix(t.norm.as_str())
                        .is_some_and(|rest| matches!(rest, "s" | "d" | "ed" | "en" | "ped"))
                })
            });
    (by || noun || of_a_change).then_some(Frame::Difference)
}

/// The frame of a duration starting at `first` (its hedge included) and
/// ending before `next`. "Within", read as a hedge, still sets one.
fn duration_frame(
    tokens: &[Token],
    first: usize,
    next: usize,
    hedge: Option<&str>,
) -> Option<Frame> {
    let before = hedge.filter(|h| *h == "within").or_else(|| {
        first
            .checked_sub(1)
            .and_then(|k| tokens.get(k))
            .map(|t| t.norm.as_str())
    });
    // "for 45 days before the deal closes", "lasted six hours before": a
    // length, whatever follows it.
    if matches!(
        before,
        Some("for" | "lasted" | "lasting" | "lasts" | "took" | "spent" | "ran")
    ) {
        return None;
    }
    let after = tokens.get(next).map(|t| t.norm.as_str());
    if after.is_some_and(|w| OFFSET_WORDS.contains(&w)) {
        return Some(Frame::Offset);
    }
    match before {
        // "on the scene within 15 minutes of the first call": the time
        // since a happening, at most the duration.
        Some("within") if after == Some("of") => Some(Frame::Offset),
        Some("in" | "within") => Some(Frame::Within),
        _ => None,
    }
}

/// Words that end a noun phrase; never a counted noun.
static FUNCTION_WORDS: WordSet = WordSet::new(&[
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "against",
    "ago",
    "all",
    "also",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "either",
    "following",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "his",
    "how",
    "i",
    "if",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "less",
    "like",
    "may",
    "might",
    "more",
    "most",
    "much",
    "must",
    "near",
    "nearly",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "onto",
    "or",
    "our",
    "out",
    "over",
    "per",
    "said",
    "says",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "would",
    "yet",
    "you",
    "your",
    "ago",
    "alone",
    "apiece",
    "each",
    "respectively",
    "total",
    "overall",
    "instead",
    "already",
    "still",
    "again",
    "ever",
    "never",
    // Conjunctive adverbs, set off by commas like an apposition ("Trump,
    // however, dismissed that view").
    "however",
    "moreover",
    "therefore",
    "nevertheless",
    "meanwhile",
    "though",
    "even",
    "because",
    "despite",
    "amid",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "among",
    "via",
    "without",
    "versus",
    "vs",
    "whereas",
    "unless",
    "though",
    "although",
    // Prepositions of place and of exception that are nothing else: after
    // a figure they open the place it is told against ("four miles beyond
    // the boundary"), no counted noun. "Outside", "inside", "around",
    // "along" and "behind" are adjectives and adverbs too ("an outside
    // consultant", "workers inside"); "beneath" and "underneath" tell a
    // depth, which the word keeps apart from a distance along.
    "alongside",
    "amidst",
    "amongst",
    "beside",
    "besides",
    "beyond",
    "except",
    "throughout",
    "unlike",
]);

/// Words skipped between "of" and its noun ("of the harbour wall").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
];

/// Whether `word` is an article, a demonstrative or a possessive
/// determiner ("the", "its", "these"): what opens a noun phrase.
pub fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word)
}

/// Words that join clauses or phrases, never govern a noun phrase.
/// Subordinators that take a clause, never a noun phrase, are among them
/// ("when officers carried out a headcount": "officers" is a subject).
pub const CONJUNCTIONS: &[&str] = &[
    "and", "or", "but", "nor", "that", "which", "who", "when", "while", "whereas", "because",
    "although", "though", "unless", "if",
];

/// Whether `token` governs a noun phrase: a function word that is no
/// determiner and no conjunction ("with", "in", "on").
pub fn is_preposition(token: &Token) -> bool {
    is_function_word(&token.norm)
        && !is_determiner(&token.norm)
        && !CONJUNCTIONS.contains(&token.norm.as_str())
}

/// True for words that end a noun phrase and carry no subject of their own.
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(word)
}

fn is_month(token: &Token) -> bool {
    month_of(token).is_some()
}

/// Finds every quantity with a unit in a tokenized sentence.
pub fn find_quantities(tokens: &[Token], rules: &RuleSet) -> Vec<Quantity> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match read_quantity(tokens, i, rules) {
            Some(q) => {
                i = q.last.max(i + 1);
                found.push(q);
            }
            None => i += 1,
        }
    }
    found
}

fn read_quantity(tokens: &[Token], i: usize, rules: &RuleSet) -> Option<Quantity> {
    // "half a million" is a number, "half of the harvest" a share.
    let written = read_number(tokens, i, &rules.scales);
    let share = fraction_of_a_whole(tokens, i, rules)
        .filter(|share| written.is_none_or(|n| n.next <= share.next));
    let number = share
        .or(written)
        .or_else(|| one_of_a_currency(tokens, i, rules))
        .or_else(|| one_hedged_unit(tokens, i, rules))?;
    // The currency written before the number, read once: it decides whether
    // a number after a word is a figure, where a range starts, and the unit.
    let currency_before = currency_before(tokens, i, rules);
    let start = currency_before.as_ref().map_or(i, |(_, start)| *start);
    if is_not_a_figure(tokens, i, number.next, currency_before.is_some()) {
        return None;
    }
    let mut low = number.low;
    let mut high = number.high;
    let mut next = number.next;

    // A range: "10 to 15", "10-15", "between 10 and 15", "$10-$20".
    let mut ranged = false;
    if let Some(second) = range_end(tokens, start, next, low, rules) {
        // "between 10 and 15 million": the first shares the second's scale.
        if number.scale == 1.0 && second.scale > 1.0 && low <= second.low / second.scale {
            low *= second.scale;
        }
        high = second.high;
        next = second.next;
        ranged = true;
    }

    // Scale written against the number: "$1.5bn", "£40m", "100K".
    if let Some(t) = tokens.get(next) {
        if let Some(scale) = rules.scales.get(&t.norm) {
            // "40m" is forty million only with a currency or before a counted
            // noun ("40m people"); otherwise a measure ("a 40m wall") wins.
            let measure = measure_at(tokens, next, rules).is_some();
            let counted = tokens
                .get(next + 1)
                .is_some_and(|n| rules.count_classes.contains_key(&singular(&n.norm)));
            let applies = currency_before.is_some()
                || currency_after(tokens, next + 1, rules).is_some()
                || (!scale.glued_only && !measure)
                || (t.glued && (!measure || counted));
            if applies {
                low *= scale.factor;
                high *= scale.factor;
                next += 1;
            }
        }
    }

    let mut first = i;
    let mut unit = share.map(|_| Unit::Percent);
    if let Some((code, start)) = currency_before.filter(|_| unit.is_none()) {
        unit = Some(Unit::Money(code));
        first = start;
    }
    if unit.is_none() {
        if let Some(after) = currency_after(tokens, next, rules) {
            low *= after.size;
            high *= after.size;
            next = after.end;
            // "from 10 dollars to 20 dollars", "between 10 dollars and 20 dollars".
            if !ranged {
                if let Some((second, end)) =
                    range_end(tokens, start, next, low, rules).and_then(|second| {
                        let again = currency_after(tokens, second.next, rules)?;
                        (again.code == after.code && again.size == after.size)
                            .then_some((second, again.end))
                    })
                {
                    high = second.high * after.size;
                    next = end;
                    ranged = true;
                }
            }
            unit = Some(Unit::Money(after.code));
        }
    }
    // "$20 and 43 cents", "3 GBP 1 pence", "twenty dollar and 43".
    if matches!(unit, Some(Unit::Money(_))) && !ranged && low.fract() == 0.0 {
        if let Some((hundredths, end)) = hundredths_after(tokens, next, rules) {
            low += hundredths;
            high += hundredths;
            next = end;
        }
    }
    if unit.is_none() {
        if let Some(end) = phrase_at(tokens, next, &rules.percentage_points) {
            if tokens[next].norm != "points" || preceded_by(tokens, next, &["percentage"]) {
                unit = Some(Unit::PercentagePoints);
                next = end;
            }
        }
    }
    if unit.is_none() {
        if let Some(end) = phrase_at(tokens, next, &rules.percent) {
            unit = Some(Unit::Percent);
            next = end;
        }
    }
    // "one in four of the floors", "three in every 10 adults": a share.
    if unit.is_none() && !ranged {
        if let Some((share, end)) = ratio_after(tokens, next, low, rules) {
            unit = Some(Unit::Percent);
            (low, high, next) = (share, share, end);
        }
    }
    if unit.is_none() {
        // "40-minute", "40 minutes", "three-and-a-half-year".
        let at = past_joining_hyphen(tokens, next);
        if let Some(t) = tokens.get(at) {
            if let Some(&seconds) = rules.durations.get(&t.norm) {
                // "45-year-old" is an age, not a duration of something.
                if closes_an_age(tokens, at) {
                    return None;
                }
                unit = Some(Unit::Duration {
                    word: singular(&t.norm),
                    seconds,
                });
                low *= seconds;
                high *= seconds;
                next = at + 1;
            }
        }
    }

    // "a 240-tonne consignment": a measure joined to its number describes
    // the noun after it.
    let mut measure_joined = false;
    if unit.is_none() {
        // "120mm", "a 40-metre section", "forty metres".
        let at = past_joining_hyphen(tokens, next);
        if let Some((end, measure)) = measure_at(tokens, at, rules) {
            measure_joined = at > next;
            low *= measure.factor;
            high *= measure.factor;
            unit = Some(Unit::Measure {
                dimension: measure.dimension.clone(),
                word: measure.word.clone(),
                factor: measure.factor,
            });
            next = end;
        }
    }

    // "a mile and a half", "two hours and a half": the half after the unit
    // adds half of it.
    let half_a_unit = match &unit {
        Some(Unit::Measure { factor, .. }) => Some(factor / 2.0),
        Some(Unit::Duration { seconds, .. }) => Some(seconds / 2.0),
        _ => None,
    };
    if let (Some(half), Some(after)) = (half_a_unit, and_a_half(tokens, next)) {
        low += half;
        high += half;
        next = after;
    }
    // "two hours and 52 minutes", "3 hours 10 minutes": an amount of a
    // smaller unit after the first adds to it.
    if let Some(Unit::Duration { seconds, .. }) = &unit {
        let at = next + usize::from(tokens.get(next).is_some_and(|t| t.norm == "and"));
        let smaller = number_at(tokens, at).and_then(|(amount, end)| {
            let unit = tokens.get(end).and_then(|t| rules.durations.get(&t.norm))?;
            (*unit < *seconds).then_some((amount * unit, end + 1))
        });
        if let Some((more, end)) = smaller {
            low += more;
            high += more;
            next = end;
        }
    }

    // A measure named before the number: "magnitude 6.9", "a magnitude of 6.9".
    if unit.is_none() {
        let mut k = i;
        if k > 0 && tokens[k - 1].norm == "of" {
            k -= 1;
        }
        if let Some((_, measure)) = k
            .checked_sub(1)
            .and_then(|b| measure_at(tokens, b, rules))
            .filter(|(end, _)| *end == k)
        {
            unit = Some(Unit::Measure {
                dimension: measure.dimension.clone(),
                word: measure.word.clone(),
                factor: measure.factor,
            });
            low *= measure.factor;
            high *= measure.factor;
        }
    }

    // A rate: "$48 a share", "48 dollars per share", "150m euros a year",
    // "£142,000 every year".
    // "the £4.2m-a-year contract": the same, joined by hyphens.
    let mut per = None;
    let mut some_of_a_whole = false;
    if unit.is_some() {
        let hyphen = |k: usize| tokens.get(k).is_some_and(|t| t.norm == "-" && t.glued);
        let joined = hyphen(next) && hyphen(next + 2);
        let marker = if joined { next + 1 } else { next };
        let noun_at = if joined { next + 3 } else { next + 1 };
        if let (Some(t), Some(n)) = (tokens.get(marker), tokens.get(noun_at)) {
            let noun = singular(&n.norm);
            let rate = n.kind == TokenKind::Word
                && ((t.norm == "per" && !is_function_word(&n.norm))
                    || (matches!(t.norm.as_str(), "a" | "an" | "every" | "each")
                        && rules.rate_nouns.contains(&noun)));
            if rate {
                per = Some(noun);
                next = noun_at + 1;
            }
        }
    }

    // The noun phrase after the number: what is counted or described.
    // A number joined by a hyphen to the word after it modifies the noun
    // that follows ("a three-way meeting", "a 12-member panel"): the phrase
    // is read from the joined word.
    // A fraction ("two-thirds", "one-tenth") is no count of its
    // denominator.
    let joined = tokens.get(next).is_some_and(|t| t.norm == "-" && t.glued)
        && tokens.get(next + 1).is_some_and(|t| {
            t.glued && t.kind == TokenKind::Word && !is_fraction_denominator(&t.norm)
        });
    let mut phrase = noun_phrase(tokens, if joined { next + 1 } else { next }, rules);
    // "a bell weighing two tonnes fell", "1.5 tonnes crashed through": past
    // a measure or a span of time, a lone past form is the clause's verb,
    // no noun the amount qualifies; a phrase of more words goes on to a
    // noun ("a 44-tonne articulated lorry").
    let measured = matches!(unit, Some(Unit::Measure { .. } | Unit::Duration { .. }));
    // "the boat is just under five metres long": a lone word after a
    // measure that WordNet knows as no noun says which way it measures,
    // and the subject before the copula is what it measures.
    // A word before an object ("along the coast") is a preposition.
    let lone_word_ends = |k: usize| {
        tokens.get(k + 1).is_none_or(|t| {
            t.kind != TokenKind::Word || matches!(t.norm.as_str(), "and" | "or" | "but")
        })
    };
    // After a span of time, a lone word before an article opens a phrase
    // of place ("40 minutes inside the aviary block"); after a measure it
    // may tell which way it measures ("60 metres below the surface").
    let before_an_article = |k: usize| {
        matches!(unit, Some(Unit::Duration { .. }))
            && tokens.get(k + 1).is_some_and(|t| is_determiner(&t.norm))
    };
    // "38 nautical miles west of the port", "two metres short of the
    // wall": a lone word between a measure not hyphened to its number and
    // "of" tells where the measure runs from, no thing it measures ("a
    // 3-kilometre stretch of the path" is one).
    let runs_from = |k: usize| !measure_joined && tokens.get(k + 1).is_some_and(|t| t.norm == "of");
    // Where the quantity opens, its hedge ("about 15 metres") included.
    let opens = hedge_before(tokens, start, rules).map_or(start, |(_, from)| from);
    // "a bell weighing two tonnes": a participle after its noun is no
    // noun of its own; "which stretches roughly 40 metres": nor is a word
    // a relative pronoun opens, its clause's verb.
    let no_noun_of_its_own = |j: usize| {
        let before = j.checked_sub(1).map(|p| tokens[p].norm.as_str());
        (tokens[j].norm.ends_with("ing") && before.is_some_and(|p| !is_function_word(p)))
            || matches!(before, Some("which" | "that" | "who"))
    };
    // "a stretch of fencing about 15 metres long was brought down": a
    // measure right after a noun qualifies it, and a lone word after the
    // measure, before a verb or the clause's end, says which way it
    // measures, whatever noun it also spells; a preposition there says
    // where it runs.
    let noun_qualified = measured
        .then_some(opens)
        .and_then(|opens| opens.checked_sub(1))
        .filter(|&j| {
            let t = &tokens[j];
            t.kind == TokenKind::Word
                && !t.capitalised
                && !is_function_word(&t.norm)
                && !looks_like_verb(&t.norm)
                && !no_noun_of_its_own(j)
                && is_noun(&t.norm)
        });
    let after_its_noun = |k: usize| {
        noun_qualified.is_some()
            && !is_function_word(&tokens[k].norm)
            && !past_shaped(&tokens[k].norm)
            && !is_preposition(&tokens[k])
            && tokens.get(k + 1).is_none_or(|t| {
                t.kind != TokenKind::Word || is_function_word(&t.norm) || past_shaped_verb(t)
            })
    };
    let dimension_after_its_noun = !joined && phrase.len() == 1 && after_its_noun(phrase[0]);
    if measured
        && !joined
        && phrase.len() == 1
        && (past_shaped(&tokens[phrase[0]].norm)
            || runs_from(phrase[0])
            || before_an_article(phrase[0])
            || (!is_noun(&tokens[phrase[0]].norm) && lone_word_ends(phrase[0]))
            // "trapped 410 metres down": a particle says which way.
            || is_particle(&tokens[phrase[0]].norm)
            || dimension_after_its_noun)
    {
        phrase.clear();
    }
    // The joined word is what is counted ("a 420-space car park" has 420
    // spaces, "a 12-member panel" 12 members); the nouns after it name
    // what has them.
    // "a 50-strong crowd": a joined word that is no noun describes it.
    let counted = if joined && phrase.first().is_some_and(|&k| is_noun(&tokens[k].norm)) {
        phrase.first()
    } else {
        phrase.last()
    };
    let mut head = counted
        .or(noun_qualified.as_ref().filter(|_| dimension_after_its_noun))
        .map(|&k| (k, singular(&tokens[k].norm)));
    let mut contents = Vec::new();
    let mut modifiers: Vec<String> = phrase
        .iter()
        .filter(|&&k| Some(&k) != counted)
        .map(|&k| singular(&tokens[k].norm))
        .collect();
    // "the badly damaged stretch 12 metres long": the words that qualify
    // the measured noun qualify the measure.
    if let Some(noun) = noun_qualified.filter(|_| dimension_after_its_noun && counted.is_none()) {
        modifiers.extend(
            tokens[..noun]
                .iter()
                .rev()
                .take_while(|t| {
                    t.kind == TokenKind::Word && !t.capitalised && !is_function_word(&t.norm)
                })
                .take(3)
                .map(|t| singular(&t.norm)),
        );
    }
    // "a five-member appeal jury" / "the three-person jury": what has
    // the joined word's count is told by the nouns after it.
    if let (true, [only]) = (joined, phrase.as_slice()) {
        modifiers.extend(
            noun_phrase(tokens, only + 1, rules)
                .iter()
                .map(|&k| singular(&tokens[k].norm)),
        );
    }
    // "the other two lynx": those besides some already told, as "two
    // other lynx" are.
    if start > 0 && tokens[start - 1].norm == "other" {
        modifiers.push("other".to_string());
    }
    let mut last = phrase.last().map_or(next, |&k| k + 1);
    // "34 degrees Celsius": degrees of one scale are no degrees of another.
    if names_a_scale(tokens, last) && phrase.as_slice() == [next] {
        modifiers.push(tokens[last].norm.clone());
        last += 1;
    }
    // "destroyed the crêpe stall and damaged four others": "others" are
    // more of the thing the sentence last named before the number.
    if let Some(&others) = phrase.first().filter(|&&k| tokens[k].norm == "others") {
        if let Some(k) = antecedent_noun(tokens, start) {
            head = Some((k, singular(&tokens[k].norm)));
            modifiers = vec!["other".to_string()];
            last = others + 1;
        }
    }
    // "$90 billion in weaponry", "three years of war", "a section of the
    // harbour wall": the complement tells what the figure is about.
    if let Some(t) = tokens.get(last) {
        // "£6,450 towards the cost of the prosecution": a sum paid towards
        // a thing is of it.
        let towards =
            matches!(t.norm.as_str(), "towards" | "toward") && matches!(unit, Some(Unit::Money(_)));
        let joins = t.norm == "of"
            || (phrase.is_empty() && (matches!(t.norm.as_str(), "in" | "worth") || towards));
        // "84,000 of its scooters" counts scooters of an owner's stock;
        // "five of the dead" is a subset of a set already told, no count
        // of its own.
        let partitive = phrase.is_empty()
            && low > 1.0
            && t.norm == "of"
            && tokens.get(last + 1).is_some_and(|d| {
                matches!(d.norm.as_str(), "its" | "their" | "his" | "her" | "our")
            });
        // "approved £2.3m for the recovery programme": a bare sum is
        // also told by what it pays for, which another story may make
        // its noun ("a £1.8m recovery programme").
        let pays_for = phrase.is_empty() && t.norm == "for" && matches!(unit, Some(Unit::Money(_)));
        // The noun phrase after the complement's word, past determiners.
        let after = || {
            let k = (last + 1..tokens.len())
                .find(|&k| !DETERMINERS.contains(&tokens[k].norm.as_str()))
                .unwrap_or(tokens.len());
            noun_phrase(tokens, k, rules)
        };
        if pays_for {
            modifiers.extend(after().iter().map(|&m| singular(&tokens[m].norm)));
        }
        if joins && (unit.is_some() || !phrase.is_empty() || partitive) {
            let after = after();
            if let Some(&end) = after.last() {
                let words = after.iter().map(|&m| singular(&tokens[m].norm));
                if phrase.is_empty() {
                    head = Some((end, singular(&tokens[end].norm)));
                    // A sum paid towards a thing is told by that thing's
                    // noun alone, whoever's and of whatever kind it is
                    // ("towards the council's legal costs" / "prosecution
                    // costs").
                    modifiers = if towards {
                        Vec::new()
                    } else {
                        words.take(after.len() - 1).collect()
                    };
                } else {
                    // "a 17-kilometre stretch of the river" measures
                    // the stretch as much as the river: only counted
                    // things hold what the phrase names.
                    if unit.is_none() {
                        contents.extend(words.clone());
                    }
                    modifiers.extend(words);
                    last = end + 1;
                }
            }
        }
    }
    // "spent 40 minutes inside the aviary block", "were in the aviaries
    // for 25 minutes": a span of time no noun of its own names is told of
    // a stay in a place, whose nouns say what lasted it.
    if head.is_none() && matches!(unit, Some(Unit::Duration { .. })) {
        modifiers.extend(
            place_of_a_span(tokens, opens, last, rules)
                .into_iter()
                .map(|k| singular(&tokens[k].norm)),
        );
    }
    if unit.is_none() {
        if let Some(t) = tokens.get(next) {
            if let Some(class) = rules.implied_counts.get(&t.norm) {
                unit = Some(Unit::Count(class.clone()));
                head = None;
                last = next;
            }
        }
    }
    // "the toll rose to 12", "rose to at least 230": what it counts comes
    // from the sentence.
    let before_hedge = hedge_before(tokens, first, rules).map_or(first, |(_, start)| start);
    // "seven of the 22 samples": a part of a whole counts the whole's
    // noun, with the whole as its denominator.
    if unit.is_none() && !number.vague {
        // "One of the points was raised" counts nothing: a part of an
        // uncounted whole is a count only from two up.
        let counts = number.high > 1.0;
        if let Some((k, noun, whole)) =
            partitive(tokens, next).filter(|(_, _, whole)| whole.is_some() || counts)
        {
            head = Some((k, noun));
            modifiers.clear();
            some_of_a_whole = whole.is_none();
            per = whole.or(per);
        }
    }
    if unit.is_none()
        && head.is_none()
        && !number.vague
        && (bare_count_position(tokens, i)
            || bare_count_position(tokens, before_hedge)
            || put_at(tokens, before_hedge))
    {
        unit = Some(Unit::Count(String::new()));
    }
    if unit.is_none() {
        let (k, _) = head.as_ref()?;
        // "724 cast a ballot": a word before an object is a verb, and
        // counts no group's members.
        let before_an_object = tokens.get(k + 1).is_some_and(|t| is_determiner(&t.norm));
        let class = count_class(&tokens[*k].norm, low > 1.0 && !before_an_object, rules);
        // A capitalised counted noun right after a bare number is usually a
        // name ("Route 66 Diner"), unless it is a plural ("100,000 Ukrainians").
        if tokens[*k].capitalised && !tokens[*k].norm.ends_with('s') {
            return None;
        }
        unit = Some(Unit::Count(class));
    }
    let unit = unit?;
    // "one" before a noun is as often a determiner ("one resident said") as
    // a count ("one person died"): the caller keeps it only where the
    // sentence says what happened to what it counts.
    let one_of_a_unit = matches!(unit, Unit::Duration { .. } | Unit::Money(_));
    let determiner_like = number.words
        && low == 1.0
        && high == 1.0
        && !one_of_a_unit
        && !number.vague
        && !after_focus(tokens, first);
    // "a few" counts things; "a few hours" or "a few dollars" is no figure.
    if number.loose && !matches!(unit, Unit::Count(_)) {
        return None;
    }

    // Hedge before (and before the currency symbol): "at least $5bn".
    let (hedge, hedge_start) = match hedge_before(tokens, first, rules) {
        Some((h, start)) if !ranged && !number.vague => (Some(h), start),
        _ => (None, first),
    };
    let interval = match &hedge {
        Some(h) => {
            let template = rules
                .hedges
                .iter()
                .find(|x| x.phrase.join(" ") == *h)
                .map(|x| x.interval)?;
            let scale = unit.own_unit().map_or(1.0, |(_, size)| size);
            approximate(low, template, scale)
        }
        None => Interval::closed(low, high),
    };
    // "Cargo revenue was €210 million": the subject before a copula says
    // what an otherwise bare figure is about.
    if head.is_none() {
        if let Some((h, m)) =
            subject_before(tokens, hedge_start, matches!(unit, Unit::Measure { .. }))
                .or_else(|| valued_at(tokens, hedge_start, rules))
                .or_else(|| {
                    matches!(unit, Unit::Money(_))
                        .then(|| subject_of_a_change(tokens, hedge_start, rules))
                        .flatten()
                })
        {
            head = Some(h);
            modifiers = m;
        }
    }
    // "the 2021 overhaul, which cost £19.6 million": a sum a relative
    // clause's verb governs is of the noun the clause qualifies.
    if head.is_none() && matches!(unit, Unit::Money(_)) {
        if let Some(k) = relative_antecedent(tokens, hedge_start) {
            head = Some((k, singular(&tokens[k].norm)));
            modifiers.clear();
        }
    }
    // "a gap roughly 40 centimetres wide", "a hole nearly a metre
    // across": a measure right after a determined noun, with no noun of
    // its own after it, measures that noun ("the crack runs 38
    // centimetres along" and "which measures 23 centimetres" have a verb
    // there).
    if matches!(unit, Unit::Measure { .. }) && head.as_ref().is_none_or(|(_, h)| !is_noun(h)) {
        let measured = hedge_start.checked_sub(1).filter(|&k| {
            let t = &tokens[k];
            t.kind == TokenKind::Word
                && !t.capitalised
                && !is_function_word(&t.norm)
                && is_noun(&t.norm)
                && !looks_like_verb(&t.norm)
                && k > 0
                && matches!(tokens[k - 1].norm.as_str(), "a" | "an" | "the")
        });
        if let Some(k) = measured {
            head = Some((k, singular(&tokens[k].norm)));
            modifiers.clear();
        }
    }
    // "will save £1.4 million": a sum is the deed of the verb that governs
    // it (a saving); a state ("will cost £2 million") is no deed.
    // "save the council £184,000 a year": a determined noun between the
    // verb and the sum is whom the deed is done for.
    if head.is_none() && matches!(unit, Unit::Money(_)) {
        let for_whom = hedge_start
            .checked_sub(3)
            .filter(|&k| {
                is_determiner(&tokens[k + 1].norm)
                    && tokens[k + 2].kind == TokenKind::Word
                    && !tokens[k + 2].capitalised
                    && is_noun(&tokens[k + 2].norm)
            })
            .map(|k| k + 1);
        let verb_at = for_whom.unwrap_or(hedge_start).checked_sub(1);
        head = verb_at
            .map(|k| (k, &tokens[k]))
            .filter(|(_, t)| t.kind == TokenKind::Word && !t.capitalised && !tells_a_state(&t.norm))
            .and_then(|(k, t)| Some((k, deed_noun_of(verb_lemma(&t.norm, None)?)?)))
            .map(|(k, noun)| (k, noun.to_string()));
    }
    if per.is_none() {
        per = period_after(tokens, last.max(next));
    }
    if per.is_none() {
        per = modifiers
            .iter()
            .chain(head.iter().map(|(_, h)| h))
            .find_map(|w| rate_adjective(w))
            .map(str::to_string);
    }
    let after = head
        .as_ref()
        .map_or(last.max(next), |(k, _)| (k + 1).max(last.max(next)));
    let frame = match unit {
        Unit::Duration { .. } => duration_frame(tokens, hedge_start, next, hedge.as_deref()),
        _ => None,
    }
    // A change asked for, planned or hoped for ("demanding that the quota
    // be raised by 15 per cent", "plans to cut prices by 10%") is that,
    // not a change made.
    .or_else(|| {
        difference_frame(tokens, hedge_start, next, &unit).map(|difference| {
            hoped_intended_or_asked_frame(tokens, hedge_start, after).unwrap_or(difference)
        })
    })
    .or_else(|| separate_frame(tokens, hedge_start))
    .or_else(|| match unit {
        Unit::Count(_) => member_frame(
            tokens,
            hedge_start,
            head.as_ref().map_or(last + 1, |(k, _)| k + 1),
        ),
        _ => None,
    })
    .or_else(|| other_occasion(tokens))
    .or_else(|| hoped_intended_or_asked_frame(tokens, hedge_start, after))
    .or_else(|| future_frame(tokens, hedge_start, last.max(next)));
    // "she fell about 18 metres" / "a fall of some 32 metres": a measure
    // of a change measures the change its verb or its noun names.
    if frame == Some(Frame::Difference) && matches!(unit, Unit::Measure { .. }) && head.is_none() {
        head = change_measured(tokens, hedge_start);
    }
    // "within 15 minutes of the first call": what follows an offset is
    // the happening it is counted from, not what the figure measures; the
    // happening it measures to is its clause's verb ("served a notice
    // less than a day after", "reopened four days after" are two offsets).
    if frame == Some(Frame::Offset) {
        head = deed_before(tokens, hedge_start).map(|(k, deed)| (k, deed.to_string()));
        modifiers.clear();
    }
    // "90 member farms around Dremmel Heath": a named place right after
    // the counted noun says which of them are counted.
    if matches!(unit, Unit::Count(_)) && head.is_some() {
        let place_word = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
        };
        // Past the rest of the noun phrase ("member farms").
        let after = (after..tokens.len())
            .find(|&k| {
                let t = &tokens[k];
                t.capitalised
                    || t.kind != TokenKind::Word
                    || !is_noun(&t.norm)
                    || is_function_word(&t.norm)
            })
            .unwrap_or(after);
        let located = tokens.get(after).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "in" | "around" | "near" | "across" | "outside" | "inside" | "at"
            )
        }) && place_word(after + 1);
        if located {
            let name_end = (after + 1..tokens.len())
                .find(|&k| !place_word(k))
                .unwrap_or(tokens.len());
            modifiers.push(
                tokens[after + 1..name_end]
                    .iter()
                    .map(|t| t.norm.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
    }
    Some(Quantity {
        determiner_like,
        loose: number.loose,
        frame,
        first: hedge_start,
        last: last.max(next),
        interval,
        unit,
        head_token: head.as_ref().map(|(k, _)| *k),
        head: head.map(|(_, h)| h),
        modifiers,
        contents,
        per,
        hedge,
        partitive: some_of_a_whole,
    })
}

/// The interval a hedge makes of `x` (in the base; `scale` is the size of
/// the unit as written). An approximation either way ("about", "some")
/// spans no more than two steps of the last figure the writer gave:
/// "about 11,200 feet" is told to the hundred, so "some 10,400 feet" is
/// another height, where "about 40" and "about 250" stay a tenth wide.
fn approximate(x: f64, template: IntervalTemplate, scale: f64) -> Interval {
    let wide = Interval::from_template(x, template);
    let either_way =
        template.low.is_some_and(|l| l < 1.0) && template.high.is_some_and(|h| h > 1.0);
    if !either_way || !x.is_finite() || x <= 0.0 {
        return wide;
    }
    let half = APPROXIMATE_STEPS * written_step(x / scale) * scale;
    Interval {
        low: (x - half).max(wide.low),
        high: (x + half).min(wide.high),
        ..wide
    }
}

/// How many steps of its last figure an approximate number may be off.
const APPROXIMATE_STEPS: f64 = 2.0;

/// The step of the last figure a number is written to: 10 for 40, 100 for
/// 11,200, 50 for 250 (a half step is as round as a whole one), 0.1 for
/// 2.6.
pub(crate) fn written_step(value: f64) -> f64 {
    let micro = (value * 1e6).round() as u128;
    if micro == 0 {
        return 1.0;
    }
    let mut step: u128 = 1;
    loop {
        if micro.is_multiple_of(step * 10) {
            step *= 10;
        } else if micro.is_multiple_of(step * 5) {
            step *= 5;
            break;
        } else {
            break;
        }
    }
    step as f64 / 1e6
}

/// A part of a counted whole after a bare number ("seven of the 22
/// samples", "four of its 12 engines", "five of the site's six
/// ponds"): the whole's noun (its token and singular) and the whole as a
/// denominator ("of 22 samples"). Parts of
/// one whole meet each other, never the whole itself. A whole without a
/// count of its own ("two of the victims") is read as before, a count of
/// its noun.
fn partitive(tokens: &[Token], after: usize) -> Option<(usize, String, Option<String>)> {
    let word = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
    if word(after)? != "of" || !is_determiner(word(after + 1)?) {
        return None;
    }
    let noun_at = |k: usize| {
        tokens.get(k).filter(|t| {
            t.kind == TokenKind::Word
                && !t.capitalised
                && !is_function_word(&t.norm)
                && !looks_like_verb(&t.norm)
        })
    };
    // "five of the site's six ponds": the whole's count may stand past an
    // owner.
    let whole_count = number_at(tokens, after + 2)
        .or_else(|| possessive_end(tokens, after + 2).and_then(|k| number_at(tokens, k)));
    match whole_count {
        Some((count, k)) => {
            let noun = noun_at(k)?;
            Some((
                k,
                singular(&noun.norm),
                Some(format!("of {count} {}", noun.norm)),
            ))
        }
        // "nine of the study's images": the plural past an owner counts,
        // and past up to two words that qualify it ("eleven of the dome's
        // aluminium panels", "twenty-six of the sales tally sheets": a
        // plural noun may qualify the noun after it).
        None => {
            let plural = |t: &Token| singular_of(&t.norm) != t.norm;
            let mut k = possessive_end(tokens, after + 2).unwrap_or(after + 2);
            for _ in 0..2 {
                let next = noun_at(k + 1);
                let qualifies = match noun_at(k) {
                    Some(t) if !plural(t) => next.is_some(),
                    Some(t) => {
                        is_noun(&t.norm) && next.is_some_and(|n| !plural(n) && is_noun(&n.norm))
                    }
                    None => false,
                };
                if qualifies {
                    k += 1;
                }
            }
            let noun = noun_at(k).filter(|t| plural(t))?;
            Some((k, singular(&noun.norm), None))
        }
    }
}

/// "put the number of homes destroyed at 147": a number after "at" or "to"
/// whose clause opened with "the number of".
fn put_at(tokens: &[Token], i: usize) -> bool {
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    if !matches!(tokens[before].norm.as_str(), "at" | "to") {
        return false;
    }
    (0..before)
        .rev()
        .take_while(|&k| !matches!(tokens[k].norm.as_str(), "," | ";"))
        .any(|k| tokens[k].norm == "number" && tokens.get(k + 1).is_some_and(|t| t.norm == "of"))
}

/// A bare number where a count is reported: after "rose to", "stood at",
/// "reached", "climbed to".
fn bare_count_position(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| {
        i.checked_sub(k)
            .and_then(|k| tokens.get(k))
            .map(|t| t.norm.as_str())
    };
    match word(1) {
        Some("reached" | "hit" | "totalled" | "totaled" | "topped" | "passed") => true,
        // "a membership of 64,000", "a workforce of 5,000"
        Some("of") => i
            .checked_sub(2)
            .and_then(|k| tokens.get(k))
            .is_some_and(|t| t.kind == TokenKind::Word && !is_function_word(&t.norm)),
        Some("to" | "at") => matches!(
            word(2),
            Some(
                "rose"
                    | "risen"
                    | "climbed"
                    | "jumped"
                    | "increased"
                    | "grew"
                    | "stood"
                    | "stands"
                    | "stand"
                    | "fell"
                    | "dropped"
                    | "was"
                    | "is"
                    | "put"
                    | "revised"
            )
        ),
        _ => false,
    }
}

/// "use the network on an average weekday", "every day", "each year": a
/// rate stated a few words after the figure, in the same clause.
fn period_after(tokens: &[Token], from: usize) -> Option<String> {
    const MARKERS: &[&str] = &[
        "every", "each", "per", "average", "typical", "normal", "a", "an",
    ];
    // "1,400 lorries and buses crossing the bridge each day": a noun joined
    // to the counted one is of the count's phrase.
    let joined_noun = tokens.get(from).is_some_and(|t| t.norm == "and")
        && tokens.get(from + 1).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.capitalised && t.norm.ends_with('s') && is_noun(&t.norm)
        });
    let from = if joined_noun { from + 2 } else { from };
    let window = tokens
        .get(from..)?
        .iter()
        .take(7)
        .take_while(|t| !matches!(t.norm.as_str(), "," | ";" | "." | "and" | "but"));
    let mut previous: Option<&str> = None;
    for t in window {
        let period = match t.norm.as_str() {
            "day" | "weekday" | "night" => Some("day"),
            "week" => Some("week"),
            "month" => Some("month"),
            "year" => Some("year"),
            "hour" => Some("hour"),
            _ => None,
        };
        // "some 65,000 visitors annually", "1,400 lorries daily": a rate's
        // adverb (its adjective's, with "-ly") names the period alone.
        let adverb = t
            .norm
            .strip_suffix("ly")
            .and_then(|stem| rate_adjective(&t.norm).or_else(|| rate_adjective(stem)));
        if let Some(period) = adverb {
            return Some(period.to_string());
        }
        if let (Some(period), Some(p)) = (period, previous) {
            if MARKERS.contains(&p) {
                return Some(period.to_string());
            }
        }
        previous = Some(t.norm.as_str());
    }
    None
}

/// Whether `t` is a past form of a verb WordNet knows, in lower case and
/// not its base ("reopened", "printed"; not "hit", not "Reading").
pub fn past_verb_form(t: &Token) -> bool {
    past_shaped_verb(t) && verb_lemma(&t.norm, None) != Some(t.norm.as_str())
}

/// Whether `t` is a lower-case word shaped as a past and known as a verb,
/// its base too ("seized", "voted", "shut").
pub fn past_shaped_verb(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && !t.capitalised
        && past_shaped(&t.norm)
        && verb_lemma(&t.norm, None).is_some()
}

/// The deed of the nearest past verb before `first` in its clause, by its
/// noun where WordNet has one ("reopened" → "reopening"), else its lemma;
/// a verb of saying tells none, and "be" ("were on the scene within a
/// quarter of an hour") a state, no deed.
fn deed_before(tokens: &[Token], first: usize) -> Option<(usize, &'static str)> {
    let at = (0..first)
        .rev()
        .take_while(|&k| !matches!(tokens[k].norm.as_str(), ";" | ":" | "(" | ")" | "\""))
        .take(12)
        .find(|&k| {
            let t = &tokens[k];
            BE.contains(&t.norm.as_str()) || (past_verb_form(t) && !tells_a_message(&t.norm))
        })?;
    let lemma =
        verb_lemma(&tokens[at].norm, None).filter(|_| !BE.contains(&tokens[at].norm.as_str()))?;
    Some((at, deed_noun_of(lemma).unwrap_or(lemma)))
}

/// How many words a relative clause between a subject and its copula
/// may hold ("that broke away", "which the council bought last year").
const RELATIVE_CLAUSE_REACH: usize = 5;

/// The word that values what comes before it at the sum after it.
const WORTH: &str = "worth";

/// The noun phrase right before a copula that ends right before `first`:
/// its head (token index and singular) and modifiers.
fn subject_before(
    tokens: &[Token],
    first: usize,
    measure: bool,
) -> Option<((usize, String), Vec<String>)> {
    const COPULAS: &[&str] = &[
        "was", "were", "is", "are", "of", "totalled", "totaled", "reached", "stood", "hit", WORTH,
    ];
    let mut end = first.checked_sub(1)?;
    // "stood at"; "put … at" is read by [`valued_at`].
    if tokens[end].norm == "at" && end > 0 && tokens[end - 1].norm == "stood" {
        end -= 1;
    }
    // "an interim compensation fund worth £4.2 million", "the deal is
    // worth £30m": what is worth a sum is what the sum is.
    // "a three-year contract, worth £14.2 million,": set off by a comma
    // too.
    let before_worth =
        (tokens[end].norm == WORTH && end > 0).then(|| tokens[end - 1].norm.as_str());
    let worth_set_off = before_worth == Some(",");
    if worth_set_off || before_worth.is_some_and(|w| COPULAS.contains(&w)) {
        end -= 1;
    }
    // "the vessel measured roughly 7.2 metres": a measure right after a
    // verb in the past is its subject's size, as after a copula.
    let measuring_verb = measure && past_verb_form(&tokens[end]);
    if !COPULAS.contains(&tokens[end].norm.as_str()) && !measuring_verb && !worth_set_off {
        return None;
    }
    // "The blade that broke away was 48 metres long": a relative clause
    // between the subject and the copula qualifies the subject; the noun
    // before its pronoun is what the copula tells of.
    let clause_end = end;
    let end = (end.saturating_sub(RELATIVE_CLAUSE_REACH)..end)
        .rev()
        .find(|&k| {
            matches!(tokens[k].norm.as_str(), "that" | "which" | "who")
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| past_verb_form(t) || verb_lemma(&t.norm, None).is_some())
                && tokens[k + 1..clause_end]
                    .iter()
                    .all(|t| t.kind == TokenKind::Word)
        })
        // "said that costs were": a pronoun after a verb opens what was
        // said, no relative clause.
        .filter(|&k| {
            k > 0 && {
                let before = &tokens[k - 1];
                before.kind == TokenKind::Word
                    && !is_function_word(&before.norm)
                    && !looks_like_verb(&before.norm)
                    && !past_verb_form(before)
            }
        })
        .unwrap_or(end);
    let phrase_start = |end: usize| {
        let mut start = end;
        while start > 0 && end - start < 3 {
            let t = &tokens[start - 1];
            let content = t.kind == TokenKind::Word
                && !is_function_word(&t.norm)
                && !looks_like_verb(&t.norm)
                && !t.capitalised
                || (t.capitalised && start - 1 == 0 && !is_function_word(&t.norm));
            if !content {
                break;
            }
            start -= 1;
        }
        start
    };
    let (mut start, mut end) = (phrase_start(end), end);
    if start == end {
        return None;
    }
    // "the exclusion zone around the chimney extended 300 metres": a
    // phrase a preposition other than "of" opens qualifies the noun before
    // the preposition, which is what the verb tells of.
    if let Some(governor) = start
        .checked_sub(2)
        .filter(|&k| is_determiner(&tokens[k + 1].norm) && governs_a_phrase(&tokens[k]))
    {
        // "The biggest footprint taken by the thieves was 74cm long": so
        // does a participle's phrase, after the noun it qualifies.
        let noun_end = if governor > 0 && past_verb_form(&tokens[governor - 1]) {
            governor - 1
        } else {
            governor
        };
        let before = phrase_start(noun_end);
        if before < noun_end && is_noun(&singular(&tokens[noun_end - 1].norm)) {
            (start, end) = (before, noun_end);
        }
    }
    let words: Vec<String> = tokens[start..end]
        .iter()
        .map(|t| singular(&t.norm))
        .collect();
    let (head, modifiers) = words.split_last()?;
    Some(((end - 1, head.clone()), modifiers.to_vec()))
}

/// Whether `t` opens a phrase that qualifies the noun before it: a
/// preposition other than "of" ("in", "with"), or a lower-case word that
/// is no function word and that WordNet knows as no noun ("around",
/// "beneath"); never a verb ("said the vessel").
fn governs_a_phrase(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && !t.capitalised
        && t.norm != "of"
        && verb_lemma(&t.norm, None).is_none()
        && (is_preposition(t) || (!is_function_word(&t.norm) && !is_noun(&t.norm)))
}

/// The noun a relative clause qualifies, where a figure at `first` is
/// the object of the clause's verb, right after its relative pronoun
/// ("the 2021 overhaul, which cost £19.6 million", "a grant that totalled
/// £40,000"): the token of that noun, a lower-case word that is a noun or
/// stands where one does, after a determiner, an owner or a number ("the
/// centre's 2019 revamp", which WordNet knows only as a verb).
fn relative_antecedent(tokens: &[Token], first: usize) -> Option<usize> {
    let verb = first.checked_sub(1)?;
    let pronoun = verb.checked_sub(1)?;
    if !matches!(tokens[pronoun].norm.as_str(), "which" | "that")
        || tokens[verb].kind != TokenKind::Word
        || verb_lemma(&tokens[verb].norm, None).is_none()
    {
        return None;
    }
    let mut noun = pronoun.checked_sub(1)?;
    if tokens[noun].norm == "," {
        noun = noun.checked_sub(1)?;
    }
    let t = &tokens[noun];
    let in_a_noun_phrase = noun.checked_sub(1).is_some_and(|k| {
        let before = &tokens[k];
        is_determiner(&before.norm)
            || before.norm.ends_with("'s")
            || before.kind == TokenKind::Number
    });
    (t.kind == TokenKind::Word
        && !t.capitalised
        && !is_function_word(&t.norm)
        && ((is_noun(&t.norm) && !looks_like_verb(&t.norm)) || in_a_noun_phrase))
        .then_some(noun)
}

/// "the annual fee for each one will rise from £1,200 to £3,750": a sum
/// after "from" or "to" of a verb of change is a level of the verb's
/// subject, the noun phrase that opens its clause up to a preposition, as
/// a sum after a copula is of the copula's subject.
fn subject_of_a_change(
    tokens: &[Token],
    first: usize,
    rules: &RuleSet,
) -> Option<((usize, String), Vec<String>)> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let mut k = first.checked_sub(1)?;
    match word(k) {
        // "from £1,200 to": back over the earlier level to its "from".
        "to" => {
            let level = |j: &usize| {
                tokens[*j].kind != TokenKind::Word
                    || word(*j) == "from"
                    || rules.scales.contains_key(word(*j))
            };
            if let Some(from) = (0..k).rev().take_while(level).find(|&j| word(j) == "from") {
                k = from;
            }
        }
        "from" => {}
        _ => return None,
    }
    let verb = k.checked_sub(1)?;
    let lemma = verb_lemma(word(verb), None)?;
    if !CHANGE_WORDS
        .iter()
        .any(|w| verb_lemma(w, None) == Some(lemma))
    {
        return None;
    }
    // "will rise", "has now risen", "is rising": back over the verb's
    // auxiliaries and adverbs to its subject.
    let mut end = verb;
    while end > 0 && {
        let w = word(end - 1);
        AUXILIARIES.contains(&w) || BE.contains(&w) || w.ends_with("ly") || w == "now"
    } {
        end -= 1;
    }
    let clause_start = (0..end)
        .rev()
        .find(|&j| {
            matches!(
                word(j),
                "," | ";" | ":" | "and" | "but" | "while" | "that" | "which"
            )
        })
        .map_or(0, |j| j + 1);
    let mut start = clause_start;
    while start < end && (is_determiner(word(start)) || word(start).ends_with("'s")) {
        start += 1;
    }
    let phrase_end = (start..end)
        .find(|&j| {
            let t = &tokens[j];
            t.kind != TokenKind::Word || t.capitalised || is_function_word(&t.norm)
        })
        .unwrap_or(end);
    let words: Vec<String> = tokens[start..phrase_end]
        .iter()
        .map(|t| singular(&t.norm))
        .collect();
    let (head, modifiers) = words.split_last()?;
    is_noun(head).then(|| ((phrase_end - 1, head.clone()), modifiers.to_vec()))
}

/// "one in four", "three in every 10", "one out of every five": the share
/// a count of `count` takes of the number after "in" at `next`, as a
/// percentage, and where the ratio ends. A number of a unit after it ("two
/// in five minutes") or a year ("three in 2019") makes no ratio.
fn ratio_after(tokens: &[Token], next: usize, count: f64, rules: &RuleSet) -> Option<(f64, usize)> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let mut k = match (word(next), word(next + 1), word(next + 2)) {
        ("in", "every", _) => next + 2,
        ("in", _, _) => next + 1,
        ("out", "of", "every") => next + 3,
        _ => return None,
    };
    let whole = read_number(tokens, k, &rules.scales).filter(|n| !n.vague)?;
    let fits = whole.low == whole.high && whole.low > count && whole.low < 1000.0;
    k = whole.next;
    let unit_after = tokens
        .get(k)
        .is_some_and(|t| rules.durations.contains_key(&t.norm))
        || measure_at(tokens, k, rules).is_some()
        || currency_after(tokens, k, rules).is_some();
    (fits && count >= 1.0 && !unit_after).then_some((count / whole.low * 100.0, k))
}

/// "Board papers put the savings from the closure at £860,000",
/// "Engineers measured the crack at roughly 74 centimetres": what a verb
/// values "at" a figure is its object. After "put" the object may run on
/// before "at"; after any other verb in the past its noun phrase must end
/// right at "at" ("arrived at the depot at 4pm" values nothing).
fn valued_at(
    tokens: &[Token],
    first: usize,
    rules: &RuleSet,
) -> Option<((usize, String), Vec<String>)> {
    let at = first.checked_sub(1)?;
    if tokens[at].norm != "at" {
        return None;
    }
    // The object past its determiners (or what a noun is of, after its
    // "of"); after a verb other than "put" a determiner must open it
    // ("measured the crack").
    let object = |verb: usize, determined: bool| {
        let mut k = verb + 1;
        while tokens.get(k).is_some_and(|t| is_determiner(&t.norm)) {
            k += 1;
        }
        (!determined || k > verb + 1).then(|| noun_phrase(tokens, k, rules))
    };
    let phrase = (0..at)
        .rev()
        .take_while(|&k| !matches!(tokens[k].norm.as_str(), "," | ";"))
        .find_map(|k| {
            if matches!(tokens[k].norm.as_str(), "put" | "puts" | "putting") {
                return object(k, false);
            }
            past_verb_form(&tokens[k])
                .then(|| object(k, true))
                .flatten()
                .filter(|phrase| phrase.last() == Some(&(at - 1)))
        })?;
    let (&end, before) = phrase.split_last()?;
    let mut modifiers: Vec<String> = before.iter().map(|&m| singular(&tokens[m].norm)).collect();
    // "put the cost of repairs at £850,000": what the noun is of tells
    // what is valued, as a noun before it does ("a repair bill").
    if tokens.get(end + 1).is_some_and(|t| t.norm == "of") && end + 1 < at {
        let of_what = object(end + 1, false).unwrap_or_default();
        modifiers.extend(
            of_what
                .into_iter()
                .filter(|&m| m < at)
                .map(|m| singular(&tokens[m].norm)),
        );
    }
    Some(((end, singular(&tokens[end].norm)), modifiers))
}

/// "annual cost savings" is a rate per year.
fn rate_adjective(word: &str) -> Option<&'static str> {
    match word {
        "annual" | "yearly" | "annualised" | "annualized" => Some("year"),
        "monthly" => Some("month"),
        "weekly" => Some("week"),
        "daily" => Some("day"),
        "hourly" => Some("hour"),
        _ => None,
    }
}

/// A measure unit starting at `i`: the index after it, and the unit.
fn measure_at<'r>(
    tokens: &[Token],
    i: usize,
    rules: &'r RuleSet,
) -> Option<(usize, &'r MeasureUnit)> {
    rules.measures.iter().find_map(|(words, unit)| {
        // "a 146-nautical-mile detour": a unit of two words joined to its
        // number by hyphens is joined by one between its words too.
        let mut at = i;
        for (k, word) in words.iter().enumerate() {
            if k > 0 {
                at = past_joining_hyphen(tokens, at);
            }
            if tokens.get(at).is_none_or(|t| t.norm != *word) {
                return None;
            }
            at += 1;
        }
        let glued_ok = !unit.glued_only || tokens.get(i).is_some_and(|t| t.glued);
        glued_ok.then_some((at, unit))
    })
}

fn preceded_by(tokens: &[Token], i: usize, words: &[&str]) -> bool {
    i > 0 && words.contains(&tokens[i - 1].norm.as_str())
}

/// Whether token `k` is a clock's suffix after its number ("6am", "6
/// a.m."; dots are folded away): a time, no verb, noun or unit.
pub(crate) fn clock_suffix(tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| matches!(t.norm.as_str(), "am" | "pm"))
        && k.checked_sub(1)
            .is_some_and(|b| tokens[b].kind == TokenKind::Number)
}

/// Whether the number at `i` (ending before `next`) is part of a clock
/// time told in words: "ten past two", "half past six", either number.
fn clock_in_words(tokens: &[Token], i: usize, next: usize) -> bool {
    let hour = |k: usize| {
        number_at(tokens, k).is_some_and(|(h, _)| (1.0..=12.0).contains(&h))
            || tokens
                .get(k)
                .is_some_and(|t| matches!(t.norm.as_str(), "midnight" | "noon"))
    };
    let past = |k: usize| tokens.get(k).is_some_and(|t| t.norm == "past");
    let minutes_before = i >= 2
        && past(i - 1)
        && (number_at(tokens, i - 2).is_some()
            || matches!(tokens[i - 2].norm.as_str(), "half" | "quarter"));
    (past(next) && hour(next + 1)) || (minutes_before && hour(i))
}

/// Numbers that are part of dates, times, names and codes.
fn is_not_a_figure(tokens: &[Token], i: usize, next: usize, after_currency: bool) -> bool {
    let t = &tokens[i];
    let prev = i.checked_sub(1).and_then(|k| tokens.get(k));
    let after = tokens.get(next);
    if clock_in_words(tokens, i, next) {
        return true;
    }
    if t.kind == TokenKind::Number {
        // "G7", "MH370", "COVID19": digits written against a word name a
        // thing, unless the word is a currency ("USD3.14", "Rs20").
        if t.glued && prev.is_some_and(|p| p.kind == TokenKind::Word) && !after_currency {
            return true;
        }
        // "2am", "9 p.m.": clock times.
        if clock_suffix(tokens, next) {
            return true;
        }
        // "2:01", "24/7", "3.5.1", "1st".
        if let Some(a) = after.filter(|a| a.glued) {
            if matches!(a.norm.as_str(), "st" | "nd" | "rd" | "th") {
                return true;
            }
            let joined_to_number = tokens
                .get(next + 1)
                .is_some_and(|n| n.glued && n.kind == TokenKind::Number);
            if matches!(a.norm.as_str(), ":" | "/" | ".") && joined_to_number {
                return true;
            }
        }
        if prev.is_some_and(|p| p.glued && t.glued && matches!(p.norm.as_str(), ":" | "/" | "."))
            && i >= 2
            && tokens[i - 2].kind == TokenKind::Number
        {
            return true;
        }
        // "a 4-0 defeat", "won 3-1": two bare numbers hyphen-glued, the
        // second no greater than the first, are a score, no range.
        let glued_number_at = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|n| n.glued && n.kind == TokenKind::Number && !n.norm.contains('.'))
        };
        let value = |k: usize| tokens[k].norm.parse::<u32>().ok();
        let score = |first: usize| {
            tokens[first].kind == TokenKind::Number
                && compound_hyphen(tokens, first + 1)
                && glued_number_at(first + 2)
                && !compound_hyphen(tokens, first + 3)
                && matches!((value(first), value(first + 2)), (Some(a), Some(b)) if b <= a && a < 100)
        };
        if score(i) || (i >= 2 && score(i - 2)) {
            return true;
        }
        // "COVID-19", "F-16": a number hyphen-glued to a word.
        if t.glued
            && prev.is_some_and(|p| p.norm == "-")
            && i >= 2
            && tokens[i - 2].kind == TokenKind::Word
            && prev.is_some_and(|p| p.glued)
        {
            return true;
        }
        // Day of a month: "Aug. 18", "18 August".
        let day_like = t
            .norm
            .parse::<f64>()
            .is_ok_and(|v| (1.0..=31.0).contains(&v));
        if day_like {
            let before_month = prev.is_some_and(is_month)
                || (i >= 2 && prev.is_some_and(|p| p.norm == ".") && is_month(&tokens[i - 2]));
            let after_month = after.is_some_and(is_month);
            if before_month || after_month {
                return true;
            }
        }
        // "the 2024-25 campaign": the next year's last two digits after a
        // year and a hyphen or slash close a season's span, no count.
        let season_end = i >= 2
            && t.glued
            && prev.is_some_and(|p| matches!(p.norm.as_str(), "-" | "/") && p.glued)
            && t.norm.len() == 2
            && match (tokens[i - 2].norm.parse::<u32>(), t.norm.parse::<u32>()) {
                (Ok(year), Ok(end)) => (1000..=2100).contains(&year) && (year + 1) % 100 == end,
                _ => false,
            };
        if season_end {
            return true;
        }
        // A year: four digits from 1000 to 2100 with no unit after it.
        let year_like = t.norm.len() == 4
            && t.end - t.start == 4
            && t.norm
                .parse::<u32>()
                .is_ok_and(|y| (1000..=2100).contains(&y));
        // After a determiner it names a year even before a noun ("the 2011
        // collapse", "its 2024 results"); a count written without its comma
        // ("2000 jobs") has none.
        let determined =
            prev.is_some_and(|p| DETERMINERS.contains(&p.norm.as_str()) || p.norm.ends_with("'s"));
        if year_like && (determined || after.is_none_or(|a| !is_unit_word_start(a))) {
            return true;
        }
        // "Article 5", "Flight 370": a number right after a capitalised name
        // word; an owner's name is none ("the Orrimont's 23 staff").
        if let Some(p) = prev.filter(|_| !after_currency) {
            let name_like =
                p.kind == TokenKind::Word && p.capitalised && i >= 2 && !p.norm.ends_with("'s");
            if name_like && !is_function_word(&p.norm) {
                return true;
            }
        }
    }
    false
}

/// A token that can start a unit after a four-digit number ("1,500" is
/// written without a comma sometimes: "2000 jobs").
fn is_unit_word_start(token: &Token) -> bool {
    token.kind == TokenKind::Word && !is_function_word(&token.norm) && !token.capitalised
        || token.norm == "%"
}

/// A single number in digits or words at `i` ("3", "three",
/// "three-and-a-half"), and the index after it; vague plurals are not one.
/// Scale words are left to the caller.
pub fn number_at(tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    static NO_SCALES: std::sync::LazyLock<Scales> = std::sync::LazyLock::new(Scales::default);
    read_number(tokens, i, &NO_SCALES)
        .filter(|n| !n.vague && n.low == n.high)
        .map(|n| (n.low, n.next))
}

/// A currency written before the number: "$", "US$", "€", "USD".
fn currency_before(tokens: &[Token], i: usize, rules: &RuleSet) -> Option<(String, usize)> {
    for currency in &rules.currencies {
        for symbol in &currency.symbols {
            if let Some(start) = i.checked_sub(symbol.len()) {
                let matches = symbol
                    .iter()
                    .enumerate()
                    .all(|(k, s)| tokens[start + k].norm == *s);
                if matches && symbol.len() <= i {
                    return Some((currency.code.clone(), start));
                }
            }
        }
        if i > 0 && currency.codes.contains(&tokens[i - 1].norm) && tokens[i - 1].all_caps {
            return Some((currency.code.clone(), i - 1));
        }
    }
    None
}

/// The count class of noun `written` (as written, folded), counted more
/// than once when `many`: its class in the rules ("residents" → people),
/// else its singular. A group of people written in the singular counts its
/// members ("a crew of 14", "19 crew"), where "14 crews" counts crews.
pub fn count_class(written: &str, many: bool, rules: &RuleSet) -> String {
    let noun = singular(written);
    if let Some(class) = rules.count_classes.get(&noun) {
        return class.clone();
    }
    if many && written == noun && names_a_group_of_people(&noun) {
        PEOPLE_CLASS.to_string()
    } else {
        noun
    }
}

/// Where a unit's word starts after a number: past a hyphen glued to it
/// ("40-minute", "a 40-metre section", "an 18,000-euro prize").
fn past_joining_hyphen(tokens: &[Token], next: usize) -> usize {
    if tokens.get(next).is_some_and(|t| t.norm == "-" && t.glued) {
        next + 1
    } else {
        next
    }
}

/// A currency read after a number: its code, the index after it, and the
/// size of what was written in the currency (0.01 for "cents").
struct CurrencyAfter {
    code: String,
    end: usize,
    size: f64,
}

/// A currency written after the number: "dollars", "euros", "USD", "20€",
/// "U.S. dollars", "an 18,000-euro prize", or its hundredth: "ten cents",
/// "43c".
fn currency_after(tokens: &[Token], next: usize, rules: &RuleSet) -> Option<CurrencyAfter> {
    let t = tokens.get(next)?;
    let major = |code: &str, end: usize| CurrencyAfter {
        code: code.to_string(),
        end,
        size: 1.0,
    };
    let after_hyphen = past_joining_hyphen(tokens, next);
    for currency in &rules.currencies {
        if currency.codes.contains(&t.norm) && t.all_caps {
            return Some(major(&currency.code, next + 1));
        }
        if let Some(end) = phrase_at(tokens, next, &currency.words)
            .or_else(|| phrase_at(tokens, next, &currency.symbols))
            .or_else(|| {
                (after_hyphen > next)
                    .then(|| phrase_at(tokens, after_hyphen, &currency.words))
                    .flatten()
            })
        {
            return Some(major(&currency.code, end));
        }
        // "U.S. dollars"
        if t.norm == "us" {
            if let Some(end) = phrase_at(tokens, next + 1, &currency.words) {
                return Some(major(&currency.code, end));
            }
        }
    }
    minor_at(tokens, next, rules).map(|(code, end)| CurrencyAfter {
        code,
        end,
        size: 0.01,
    })
}

/// A word for a currency's hundredth at `i` ("cents", "pence"); a
/// one-letter one ("c", "p") only glued to the number before it and
/// written small: "1,450C" is a temperature.
fn minor_at(tokens: &[Token], i: usize, rules: &RuleSet) -> Option<(String, usize)> {
    let t = tokens.get(i)?;
    if t.norm.chars().count() == 1 && t.kind == TokenKind::Word && (!t.glued || t.capitalised) {
        return None;
    }
    rules.currencies.iter().find_map(|currency| {
        phrase_at(tokens, i, &currency.minor).map(|end| (currency.code.clone(), end))
    })
}

/// "and 43 cents", "43c", "1 pence", or a bare "43" closing the clause
/// after a whole amount ("$20 43", "twenty dollar and 43"): the hundredths
/// and the index after them.
fn hundredths_after(tokens: &[Token], next: usize, rules: &RuleSet) -> Option<(f64, usize)> {
    let at = if tokens.get(next).is_some_and(|t| t.norm == "and") {
        next + 1
    } else {
        next
    };
    let number = read_number(tokens, at, &rules.scales)?;
    let whole_below_a_hundred = !number.vague
        && number.low == number.high
        && number.low.fract() == 0.0
        && (0.0..100.0).contains(&number.low);
    if !whole_below_a_hundred {
        return None;
    }
    if let Some((_, end)) = minor_at(tokens, number.next, rules) {
        return Some((number.low / 100.0, end));
    }
    let closes = tokens
        .get(number.next)
        .is_none_or(|t| t.kind == TokenKind::Punct && t.norm != "-" || is_function_word(&t.norm));
    closes.then_some((number.low / 100.0, number.next))
}

/// "a dollar", "an euro": one of a currency named after an article.
fn one_of_a_currency(tokens: &[Token], i: usize, rules: &RuleSet) -> Option<Number> {
    let article = tokens.get(i)?;
    if !matches!(article.norm.as_str(), "a" | "an") {
        return None;
    }
    // Not "a US$4.7 billion deal", where the article belongs to the deal.
    currency_after(tokens, i + 1, rules)
        .filter(|c| c.size == 1.0 && read_number(tokens, c.end, &rules.scales).is_none())
        .map(|_| article_as_one(i))
}

/// The article at `i` read as the number one of what follows it: no
/// number word, so never taken for a determiner ("one resident said").
fn article_as_one(i: usize) -> Number {
    Number {
        low: 1.0,
        high: 1.0,
        next: i + 1,
        words: false,
        vague: false,
        loose: false,
        scale: 1.0,
    }
}

/// "nearly a metre", "more than an hour": an article before a unit of
/// measure or time, after a hedge or a comparison, is one of that unit. A
/// hedge needs an amount, so the article is one; without a hedge ("an hour
/// later", "a mile of road") it is left alone.
fn one_hedged_unit(tokens: &[Token], i: usize, rules: &RuleSet) -> Option<Number> {
    // Asked of every word no number is read at: the article first, the
    // unit tables only after it.
    if !matches!(tokens.get(i)?.norm.as_str(), "a" | "an") {
        return None;
    }
    let unit_after = tokens.get(i + 1).is_some_and(|t| {
        rules.durations.contains_key(&t.norm) || measure_at(tokens, i + 1, rules).is_some()
    });
    (unit_after && hedge_before(tokens, i, rules).is_some()).then(|| article_as_one(i))
}

/// The second number of a range after the number ending at `next`: "to
/// 15", "-15", "and 15" after "between", "-$20", unless "from" follows a
/// verb of change ("rose from 9 to 12"). `start` is where the first number
/// begins, its currency sign included.
fn range_end(
    tokens: &[Token],
    start: usize,
    next: usize,
    low: f64,
    rules: &RuleSet,
) -> Option<Number> {
    let t = tokens.get(next)?;
    let joiner = t.norm == "to" || (t.norm == "-" && t.glued) || t.norm == "and";
    let from = start
        .checked_sub(1)
        .is_some_and(|k| tokens[k].norm == "from");
    let change = from
        && start
            .checked_sub(2)
            .is_some_and(|k| CHANGE_WORDS.contains(&tokens[k].norm.as_str()));
    let between = start
        .checked_sub(1)
        .is_some_and(|k| tokens[k].norm == "between");
    if !joiner || change || (t.norm == "and" && !between) {
        return None;
    }
    // "$10-$20": the sign may come again.
    let at = next + 1;
    let at = rules
        .currencies
        .iter()
        .find_map(|c| phrase_at(tokens, at, &c.symbols))
        .unwrap_or(at);
    let glued_ok = t.norm != "-" || tokens.get(next + 1).is_some_and(|n| n.glued);
    read_number(tokens, at, &rules.scales).filter(|n| glued_ok && !n.vague && n.high >= low)
}

/// If one of `phrases` starts at `i`, the index after it (longest match).
fn phrase_at(tokens: &[Token], i: usize, phrases: &[Vec<String>]) -> Option<usize> {
    phrases
        .iter()
        .filter(|p| {
            !p.is_empty()
                && p.iter()
                    .enumerate()
                    .all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.norm == *w))
        })
        .map(|p| i + p.len())
        .max()
}

/// The hedge phrase ending right before `i`, and where it starts.
fn hedge_before(tokens: &[Token], i: usize, rules: &RuleSet) -> Option<(String, usize)> {
    for hedge in &rules.hedges {
        let n = hedge.phrase.len();
        let Some(start) = i.checked_sub(n) else {
            continue;
        };
        let matches = hedge
            .phrase
            .iter()
            .enumerate()
            .all(|(k, w)| tokens[start + k].norm == *w);
        if matches
            && !after_phrasal_verb(tokens, start, &hedge.phrase)
            && !spread_over(tokens, start, &hedge.phrase)
        {
            return Some((hedge.phrase.join(" "), start));
        }
    }
    None
}

/// "only one customer", "just one ward": a focusing adverb narrows a number,
/// never a determiner ("only one resident said" is not said), so the "one"
/// after it is a count. The adverbs are a closed class of the grammar.
fn after_focus(tokens: &[Token], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|k| tokens.get(k))
        .is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "only" | "just" | "exactly" | "precisely" | "merely"
            )
        })
}

/// "a deal worth 126,000 pounds over three years", "£2m over a decade":
/// "over" right after a figure (its number, or a word of its unit after
/// the number) spreads that figure across the span, no hedge of the span.
fn spread_over(tokens: &[Token], start: usize, phrase: &[String]) -> bool {
    let number = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    phrase.len() == 1
        && phrase[0] == "over"
        && start
            .checked_sub(1)
            .is_some_and(|k| number(k) || (k > 0 && number(k - 1)) || tokens[k].norm == "%")
}

/// "turned over", "took over", "handed over": not a hedge but a verb's particle.
fn after_phrasal_verb(tokens: &[Token], start: usize, phrase: &[String]) -> bool {
    const VERBS: &[&str] = &[
        "turn", "turns", "turned", "take", "takes", "took", "taken", "hand", "hands", "handed",
        "win", "wins", "won", "pass", "passed", "hold", "held", "carry", "carried", "fought",
        "argue", "argued", "paid", "pay", "pays", "get", "got", "went", "go", "goes",
    ];
    phrase.len() == 1
        && matches!(phrase[0].as_str(), "over" | "under")
        && start
            .checked_sub(1)
            .and_then(|k| tokens.get(k))
            .is_some_and(|p| VERBS.contains(&p.norm.as_str()))
}

/// "half of the harvest", "a third of the staff", "two-thirds of the
/// homes": a written fraction of a whole at `i` is a share of it, as the
/// same share in per cent would be ("just under half" / "70 per cent").
fn fraction_of_a_whole(tokens: &[Token], i: usize, rules: &RuleSet) -> Option<Number> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    // "the second half of the match" is a time, no share.
    let after_an_ordinal = i > 0 && (ordinal_value(word(i - 1)).is_some() || word(i - 1) == "last");
    let (numerator, at) = match word(i) {
        "half" if !after_an_ordinal => (1.0, i),
        "a" | "one" => (1.0, i + 1),
        _ => {
            let n =
                read_number(tokens, i, &rules.scales).filter(|n| !n.vague && n.low == n.high)?;
            let glued = word(n.next) == "-" && tokens[n.next].glued;
            (n.low, n.next + usize::from(glued))
        }
    };
    let denominator = fraction_denominator(word(at))?;
    let whole_follows = word(at + 1) == "of" || is_determiner(word(at + 1));
    (whole_follows && denominator >= 2.0 && numerator >= 1.0 && numerator < denominator).then_some(
        Number {
            low: numerator / denominator * 100.0,
            high: numerator / denominator * 100.0,
            next: at + 1,
            words: true,
            vague: false,
            loose: false,
            scale: 1.0,
        },
    )
}

/// The denominator of a written fraction: an ordinal ("fifths", "tenth")
/// or one of the three that are not formed with "-th".
fn is_fraction_denominator(word: &str) -> bool {
    word.ends_with("th")
        || word.ends_with("ths")
        || matches!(
            word,
            "half" | "halves" | "third" | "thirds" | "quarter" | "quarters"
        )
}

/// Time words that stand after a noun as adverbs ("two days earlier") and
/// before one as adjectives ("three earlier rounds", "two last games").
const TIME_ADJECTIVES: &[&str] = &["earlier", "later", "last", "next"];

/// Whether `word` is a time word that is an adverb after a verb or noun
/// ("was last checked", "two days earlier").
pub fn is_time_adjective(word: &str) -> bool {
    TIME_ADJECTIVES.contains(&word)
}

/// Whether the capitalised word at `k` names the scale of the unit before
/// it ("34 degrees Celsius", "80 degrees Fahrenheit"): a lone name, no
/// day or month, right after a plural noun that follows a number. It
/// qualifies the unit and names no one ("the 2019 winner Jane Smith" and
/// "Year 4 teacher Amy Lowe" name people).
pub fn names_a_scale(tokens: &[Token], k: usize) -> bool {
    let (Some(before), Some(name)) = (k.checked_sub(2), tokens.get(k)) else {
        return false;
    };
    if !name.capitalised {
        return false;
    }
    let (number, unit) = (&tokens[before], &tokens[k - 1]);
    let lone = tokens
        .get(k + 1)
        .is_none_or(|n| !(n.capitalised && n.kind == TokenKind::Word));
    (number.kind == TokenKind::Number || is_number_word(&number.norm))
        && unit.kind == TokenKind::Word
        && !unit.capitalised
        && singular_of(&unit.norm) != unit.norm
        && name.kind == TokenKind::Word
        && month_of(name).is_none()
        && weekday_of(name).is_none()
        && lone
}

/// The noun that closes the last noun phrase before token `at`: what
/// "others" after a number stand for. Verb forms, names and function
/// words are passed over, and so is a noun after a preposition, which
/// qualifies another ("the driver of the car and four others" are other
/// drivers, not other cars).
fn antecedent_noun(tokens: &[Token], at: usize) -> Option<usize> {
    let after_a_preposition = |k: usize| {
        // The word before the noun's phrase: past its determiners and
        // qualifiers, up to a verb, a function word or a mark.
        let opening = (0..k).rev().find(|&j| {
            let t = &tokens[j];
            t.kind != TokenKind::Word
                || (is_function_word(&t.norm) && !is_determiner(&t.norm))
                || looks_like_verb(&t.norm)
                || past_shaped(&t.norm)
        });
        opening.is_some_and(|j| {
            let t = &tokens[j];
            t.kind == TokenKind::Word
                && is_function_word(&t.norm)
                && !matches!(t.norm.as_str(), "and" | "or" | "but")
        })
    };
    (0..at).rev().find(|&k| {
        let t = &tokens[k];
        let closes_phrase = tokens
            .get(k + 1)
            .is_none_or(|n| n.kind != TokenKind::Word || !is_noun(&n.norm) || n.norm == "others");
        t.kind == TokenKind::Word
            && !t.capitalised
            && !is_function_word(&t.norm)
            && !is_number_word(&t.norm)
            && !looks_like_verb(&t.norm)
            && !past_shaped(&t.norm)
            && is_noun(&t.norm)
            && closes_phrase
            && !after_a_preposition(k)
    })
}

/// A verb's shape: a common verb, a past form (irregular ones too) or an
/// adverb in "-ly", which ends a noun phrase.
pub fn looks_like_verb(word: &str) -> bool {
    const VERBS: &[&str] = &[
        "remain", "remains", "stay", "stays", "die", "dies", "rose", "fell", "rise", "rises",
        "struck", "strikes", "hit", "hits", "shook", "began", "begin", "begins", "took", "take",
        "fall", "falls", "lost", "left", "went", "came", "come", "comes", "made", "became", "took",
        "gave", "got", "saw", "say", "says", "told", "met", "ran", "run", "hit", "face", "faces",
        "need", "needs", "live", "lives", "work", "works", "wait", "waits", "spent", "took",
    ];
    // Past forms, irregular ones too ("two sides held three rounds"), and
    // adverbs ("struck shortly after"; not the nouns "tally", "family")
    // end the phrase too.
    VERBS.contains(&word)
        || (word.len() > 4 && (word.ends_with("ed") || (word.ends_with("ly") && !is_noun(word))))
        || irregular_lemma(word).is_some()
}

/// Whether token `k` is a noun's plural ("spaces", "sports"), not a noun
/// that only ends in "s" ("bus", "glass") nor a possessive ("the mill's").
fn is_plural_noun(tokens: &[Token], k: usize) -> bool {
    let word = tokens[k].norm.as_str();
    let one = singular(word);
    one != word && is_noun(&one) && possessive_end(tokens, k).is_none()
}

/// Token indices of the noun phrase starting at `i`: up to three content words,
/// hyphenated compounds kept together ("long-term"), ending before a function
/// word, a number or punctuation. Read from the phrase's shape, as a reader
/// does: a name inside it ("48,000 Glide X3 electric scooters") is one
/// modifier; a verb's "-ing" form ends it ("87 patients taking the drug"
/// counts patients); a verb's
/// past form right after the number, before its object, is no phrase at
/// all ("61,240 filled the stadium").
/// Prepositions of being in a place ("in the aviaries", "inside the
/// block", "at the depot").
const PLACE_PREPOSITIONS: &[&str] = &["in", "inside", "at", "aboard", "within"];

/// The noun phrase of the place a span of time from `first` to `last` was
/// spent in: right after it ("40 minutes inside the aviary block") or,
/// where "for" opens the span, before it in its clause ("were in the
/// aviaries for 25 minutes").
fn place_of_a_span(tokens: &[Token], first: usize, last: usize, rules: &RuleSet) -> Vec<usize> {
    let phrase_after = |preposition: usize| {
        let k = (preposition + 1..tokens.len())
            .find(|&k| !is_determiner(&tokens[k].norm))
            .unwrap_or(tokens.len());
        noun_phrase(tokens, k, rules)
    };
    // A place is a thing told by an article or a name ("at length", "in
    // total" are no place).
    let of_place = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| PLACE_PREPOSITIONS.contains(&t.norm.as_str()))
            && tokens
                .get(k + 1)
                .is_some_and(|t| is_determiner(&t.norm) || t.capitalised)
    };
    if of_place(last) {
        return phrase_after(last);
    }
    if first == 0 || tokens[first - 1].norm != "for" {
        return Vec::new();
    }
    let clause = tokens[..first - 1]
        .iter()
        .rposition(|t| t.kind != TokenKind::Word)
        .map_or(0, |k| k + 1);
    (clause..first - 1)
        .rev()
        .take(6)
        .find(|&k| of_place(k))
        .map(|k| {
            let mut phrase = phrase_after(k);
            phrase.retain(|&j| j < first - 1);
            phrase
        })
        .unwrap_or_default()
}

fn noun_phrase(tokens: &[Token], mut i: usize, rules: &RuleSet) -> Vec<usize> {
    let mut words = Vec::new();
    let mut slots = 0;
    let content = |t: &Token| {
        t.kind == TokenKind::Word && !is_function_word(&t.norm) && t.norm.chars().count() > 1
    };
    // A name word: capitalised mid-sentence, or a code ("X3") beside one.
    let name_word = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            (t.capitalised && k > 0 && t.kind == TokenKind::Word)
                || (t.kind != TokenKind::Word && t.glued && k > 0 && tokens[k - 1].capitalised)
        })
    };
    if let (Some(t), Some(n)) = (tokens.get(i), tokens.get(i + 1)) {
        let object_follows = name_word(i + 1)
            || matches!(
                n.norm.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            );
        if content(t) && !t.capitalised && t.norm.ends_with("ed") && object_follows {
            return words;
        }
    }
    // "three earlier rounds": a time word before a plural noun modifies it.
    if tokens
        .get(i)
        .is_some_and(|t| TIME_ADJECTIVES.contains(&t.norm.as_str()))
        && tokens.get(i + 1).is_some_and(|n| {
            content(n) && !n.capitalised && n.norm.ends_with('s') && !looks_like_verb(&n.norm)
        })
    {
        words.push(i);
        slots += 1;
        i += 1;
    }
    while let Some(t) = tokens.get(i) {
        if name_word(i) && slots < 2 {
            // The whole name is one modifier; the phrase goes on past it
            // only to a lower-case noun.
            let mut end = i;
            while name_word(end + 1) {
                end += 1;
            }
            let noun_after = tokens
                .get(end + 1)
                .is_some_and(|n| content(n) && !n.capitalised && !looks_like_verb(&n.norm));
            if !noun_after {
                if words.is_empty() {
                    words.push(i);
                }
                break;
            }
            words.push(end);
            slots += 1;
            i = end + 1;
        } else if content(t) || opens_compound(tokens, i) {
            // "off-patent drugs", "in-house lawyers": a compound opened by
            // a function word qualifies the noun too.
            // "214 hand-coloured woodcuts": a form glued by a hyphen to the
            // word before ends a compound that qualifies the noun after.
            let compound_end = t.glued && i > 0 && tokens[i - 1].norm == "-" && tokens[i - 1].glued;
            let verb_like = !compound_end && (looks_like_verb(&t.norm) || t.norm.ends_with("ing"));
            // "a £1.6m upgrade four years ago", "valued at £64,000 two
            // years ago": a number word after the noun, or right after the
            // number, opens another quantity ("one-off" qualifies one).
            let another_number = is_number_word(&t.norm) && !opens_compound(tokens, i);
            // "140 parking spaces lay under it": past a plural noun, a
            // word that is no noun, or is an irregular verb's form, is the
            // verb ("weapons package", "savings accounts" go on); so is a
            // verb right before a preposition ("forty-two bunks spread
            // across four dormitories").
            let verb_before_preposition = verb_lemma(&t.norm, None).is_some()
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.kind == TokenKind::Word && is_preposition(n));
            // "1,620 cartons inside a single container": a word before a
            // determiner opens a phrase of its own.
            let before_determiner = tokens.get(i + 1).is_some_and(|n| is_determiner(&n.norm));
            let after_a_plural = words.last().is_some_and(|&w| is_plural_noun(tokens, w))
                && !is_plural_noun(tokens, i)
                && (!is_noun(&t.norm)
                    || irregular_verb_form(&t.norm)
                    || verb_before_preposition
                    || before_determiner);
            // "a 450-metre exclusion zone around the chimney": a word that
            // is no noun, before a determiner, governs a phrase of its own.
            let opens_its_own_phrase =
                !words.is_empty() && before_determiner && governs_a_phrase(t);
            // "£260,000 annually", "40 visitors daily": a word in "-ly"
            // that is no noun, with no noun after it, tells how (an
            // adverb), and qualifies no noun ("elderly residents" go on).
            let adverb = t.norm.ends_with("ly")
                && !is_noun(&t.norm)
                && !tokens.get(i + 1).is_some_and(content);
            if slots == 3
                || adverb
                || (!words.is_empty() && verb_like)
                || another_number
                || after_a_plural
                || opens_its_own_phrase
            {
                break;
            }
            words.push(i);
            slots += 1;
            i += 1;
            // The counted noun ends the phrase: "schools" in "12 schools
            // remain"; not the end of a compound ("in-house lawyers").
            let in_compound = words.len() >= 2 && tokens[i - 2].norm == "-" && tokens[i - 2].glued;
            if rules.count_classes.contains_key(&singular(&t.norm)) && !in_compound {
                break;
            }
        } else if t.norm == "-"
            && t.glued
            && !words.is_empty()
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.glued && n.kind == TokenKind::Word)
        {
            // "65 burnt-out scooters", "a drop-off point": a particle that
            // closes a compound qualifies the noun after it, and is no
            // noun of the phrase.
            let particle = is_particle(&tokens[i + 1].norm);
            i += if particle { 2 } else { 1 };
        } else if matches!(t.norm.as_str(), "and" | "or")
            && words
                .last()
                .is_some_and(|&w| !tokens[w].capitalised && !tokens[w].norm.ends_with('s'))
            && tokens
                .get(i + 1)
                .is_some_and(|n| content(n) && !n.capitalised)
            && (!looks_like_verb(&tokens[i + 1].norm)
                || tokens
                    .get(i + 2)
                    .is_some_and(|n| content(n) && !n.capitalised && !looks_like_verb(&n.norm)))
        {
            // "213 new and used cars": qualifiers joined by a conjunction
            // go on to the noun they share.
            i += 1;
        } else {
            break;
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::tokens::tokenize;

    fn rules() -> RuleSet {
        RuleSet::builtin().unwrap()
    }

    fn one(text: &str) -> Quantity {
        let tokens = tokenize(text);
        let found = find_quantities(&tokens, &rules());
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn none(text: &str) {
        let tokens = tokenize(text);
        let found = find_quantities(&tokens, &rules());
        assert!(found.is_empty(), "{text}: {found:?}");
    }

    #[test]
    fn money_on_either_side_with_its_hundredths() {
        for (text, code, value) in [
            ("paid EUR 20 million for it", "EUR", 2.0e7),
            ("a fare of 20€ each way", "EUR", 20.0),
            ("Rs20 a litre", "INR", 20.0),
            ("USD3.25 per share", "USD", 3.25),
            ("cost $20 and 43 cents", "USD", 20.43),
            ("at 50p each", "GBP", 0.5),
            ("a bill of five lakh rupees", "INR", 5.0e5),
            ("sold for 3 billion yuan", "CNY", 3.0e9),
        ] {
            let q = one(text);
            assert_eq!(q.unit, Unit::Money(code.into()), "{text}");
            assert!((q.interval.low - value).abs() < 1e-9, "{text}: {q:?}");
        }
        // Ranges are one figure: "between $10 and $20", "$10-$20".
        for text in [
            "between $10 and $20",
            "$10-$20 a ticket",
            "10 to 20 dollars",
        ] {
            assert_eq!(one(text).interval, Interval::closed(10.0, 20.0), "{text}");
        }
        // "a US$4.7 billion deal": the article belongs to the deal.
        assert_eq!(one("a US$4.7 billion deal").interval.low, 4.7e9);
    }

    #[test]
    fn another_occasion_frames_the_whole_sentence() {
        for text in [
            "In a separate incident, four people were hurt when a crane fell.",
            "Separately, 12 people were hurt in a crash on the ring road.",
            "Police said 3 men were arrested in an unrelated raid on Friday.",
            "In that case a 900-metre cordon was kept in place for a week.",
            "In that year 14 boats were lost.",
        ] {
            assert_eq!(one(text).frame, Some(Frame::Separate), "{text}");
        }
        // "This" case is the story's own.
        assert_eq!(
            one("In this case a 900-metre cordon was kept in place.").frame,
            None
        );
        // A separate thing beside the figure's own phrase is not another occasion.
        assert_eq!(
            one("He offered $90bn of weapons alongside a separate arrangement for drones.").frame,
            None
        );
    }

    #[test]
    fn codes_names_and_loose_words_are_no_figures() {
        for text in [
            "leaders of the G7 met",
            "the search for MH370 resumed",
            "news coverage 24/7 since",
            "the deadline is on 3/15 now",
            "one resident said",
            "a few hours later",
            "the party won 5 of them",
        ] {
            let tokens = tokenize(text);
            let found: Vec<_> = find_quantities(&tokens, &rules())
                .into_iter()
                .filter(|q| !q.determiner_like)
                .collect();
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        // A change is not a range.
        assert_eq!(
            one("the toll rose from 9 to 12 people").interval,
            Interval::closed(12.0, 12.0)
        );
        assert!(one("a few people were hurt").loose);
        assert!(one("few details emerged").loose);
        none("quite a few people were hurt");
    }

    #[test]
    fn money_forms_agree() {
        for text in [
            "a $90 billion weapons package",
            "90 billion dollars for weapons",
            "US$90bn in arms",
            "a 90,000 million dollar deal",
        ] {
            let q = one(text);
            assert_eq!(q.unit, Unit::Money("USD".into()), "{text}");
            assert_eq!(q.interval, Interval::closed(9.0e10, 9.0e10), "{text}");
        }
        let q = one("£40m for repairs");
        assert_eq!(q.unit, Unit::Money("GBP".into()));
        assert_eq!(q.interval.low, 4.0e7);
        assert_eq!(one("€1.2 billion").unit, Unit::Money("EUR".into()));
    }

    #[test]
    fn a_plan_meets_the_future_not_what_was_done() {
        use Frame::{Expected, Future, Intended};
        assert!(frames_meet(Some(Intended), Some(Future)));
        assert!(frames_meet(Some(Future), None));
        assert!(frames_meet(Some(Intended), Some(Intended)));
        assert!(!frames_meet(Some(Intended), None));
        // What one side asks of another is no plan of the other's, nor
        // what was done.
        assert!(frames_meet(Some(Frame::Asked), Some(Frame::Asked)));
        assert!(!frames_meet(Some(Frame::Asked), Some(Future)));
        assert!(!frames_meet(Some(Frame::Asked), None));
        assert!(!frames_meet(Some(Expected), Some(Future)));
    }

    /// An approximation spans two steps of the last figure written, no
    /// more than a tenth either way: a number told to the hundred is
    /// narrower than a round one.
    #[test]
    fn an_approximation_spans_two_steps_of_its_last_figure() {
        let span = |text: &str| {
            let q = one(text);
            (q.interval.low.round(), q.interval.high.round())
        };
        assert_eq!(span("about 11,200 people"), (11_000.0, 11_400.0));
        assert_eq!(span("some 10,400 people"), (10_200.0, 10_600.0));
        assert_eq!(span("about 250 people"), (225.0, 275.0));
        assert_eq!(span("about 40 people"), (36.0, 44.0));
        // In the unit written, not the base it is kept in.
        let feet = one("about 11,200 feet").interval;
        assert_eq!((feet.low / 0.3048).round(), 11_000.0);
        // One-sided hedges keep their rule's width.
        assert_eq!(span("nearly 11,200 people"), (9_800.0, 11_200.0));
    }

    #[test]
    fn qualifiers_joined_by_a_conjunction_go_on_to_their_noun() {
        let q = one("dents in 213 new and used cars");
        assert_eq!(q.head.as_deref(), Some("car"));
        assert_eq!(q.modifiers, ["new", "used"]);
        assert_eq!(one("12 large or small boats").head.as_deref(), Some("boat"));
        // A plural before the conjunction is the counted noun itself.
        assert_eq!(
            one("40 boys and girls were safe").head.as_deref(),
            Some("boy")
        );
    }

    #[test]
    fn heads_and_modifiers() {
        let q = one("a $90 billion U.S. weapons package");
        assert_eq!(q.head.as_deref(), Some("package"));
        assert_eq!(q.modifiers, ["us", "weapon"]);
        assert_eq!(
            one("$90 billion in American weaponry").head.as_deref(),
            Some("weaponry")
        );
        assert_eq!(
            one("at least 14 civilians were killed").head.as_deref(),
            Some("civilian")
        );
        // Past a measure, a verb's shape is the clause's verb.
        for text in [
            "a bell weighing two tonnes fell on Tuesday",
            "about one and a half tonnes crashed through the floor",
        ] {
            assert_eq!(one(text).head, None, "{text}");
        }
        // A preposition after a measure opens the place it is told
        // against; it is no measured noun.
        for text in [
            "the farm lies roughly four miles beyond the park's southern boundary",
            "a second pen sits 200 metres beside the road",
        ] {
            assert_eq!(one(text).head, None, "{text}");
        }
        assert_eq!(one("a 1,470kg bell").head.as_deref(), Some("bell"));
        // Past a plural, a word before a determiner opens a phrase of its
        // own; a noun there goes on with the phrase.
        let q = one("1,620 cartons inside a single shipping container");
        assert_eq!((q.head.as_deref(), q.modifiers.len()), (Some("carton"), 0));
        assert_eq!(
            one("38 savings accounts were frozen").head.as_deref(),
            Some("account")
        );
        // A sum a relative clause's verb governs is of the noun the clause
        // qualifies, whether WordNet knows it as a noun or only stands it
        // where one stands; a clause about a name is no noun's.
        for (text, head) in [
            (
                "The 2021 overhaul, which cost £19.6 million, was late.",
                "overhaul",
            ),
            (
                "It was part of the 2019 revamp, which cost £2.7m in all.",
                "revamp",
            ),
            ("They won a grant that totalled £40,000 last year.", "grant"),
        ] {
            assert_eq!(one(text).head.as_deref(), Some(head), "{text}");
        }
        assert_eq!(one("It was sold to Varrow, which paid £2.7m.").head, None);
        // A joined count's nouns after it tell what has the count.
        let jury = one("A five-member appeal jury was assembled.");
        assert_eq!(jury.head.as_deref(), Some("member"));
        assert_eq!(jury.modifiers, ["appeal", "jury"]);
        // An offset measures up to its clause's deed; "be" tells a state
        // and a verb of saying no deed.
        let reopened = one("The park reopened to the public four days after the failure.");
        assert_eq!(reopened.frame, Some(Frame::Offset));
        assert_eq!(reopened.head.as_deref(), Some("reopen"));
        let arrived =
            one("The brigade said crews were on the scene within 15 minutes of the call.");
        assert_eq!(arrived.frame, Some(Frame::Offset));
        assert_eq!(arrived.head, None);
        // A lone word after a measure that is no noun says which way it
        // measures; its subject is what is measured, after a copula or a
        // past verb.
        for (text, head) in [
            (
                "the excavators estimate that the boat is just under five metres long.",
                "boat",
            ),
            (
                "the vessel measured roughly 7.2 metres from stem to stern",
                "vessel",
            ),
        ] {
            assert_eq!(one(text).head.as_deref(), Some(head), "{text}");
        }
        // A compound glued by a hyphen qualifies the noun after it.
        assert_eq!(
            one("It contains 214 hand-coloured woodcuts")
                .head
                .as_deref(),
            Some("woodcut")
        );
    }

    #[test]
    fn hedges_make_intervals() {
        let q = one("at least 14 civilians");
        assert_eq!((q.interval.low, q.interval.high), (14.0, f64::INFINITY));
        assert_eq!(q.hedge.as_deref(), Some("at least"));
        let q = one("about 40 minutes");
        assert!((q.interval.low - 36.0 * 60.0).abs() < 1e-6);
        assert!((q.interval.high - 44.0 * 60.0).abs() < 1e-6);
        let q = one("more than three years of war");
        assert!(q.interval.low_open && q.interval.high.is_infinite());
        assert_eq!(q.head.as_deref(), Some("war"));
        let q = one("nearly four-year war");
        assert_eq!(q.interval.low, 3.5 * 31556952.0);
        assert!(q.interval.high_open);
        let q = one("up to 300 homes");
        assert_eq!((q.interval.low, q.interval.high), (0.0, 300.0));
        // A hedge between "rose to" and a bare count keeps the count.
        let q = one("the toll rose to at least 230.");
        assert_eq!((q.interval.low, q.interval.high), (230.0, f64::INFINITY));
        none("the rescue went on for at least 230.");
    }

    #[test]
    fn number_words_and_compounds() {
        let q = one("the three-and-a-half-year war");
        assert_eq!(q.interval.low, 3.5 * 31556952.0);
        // The half after the unit adds half of it: "about a mile and a
        // half" is no mile.
        assert_eq!(one("two hours and a half").interval.low, 2.5 * 3600.0);
        assert_eq!(one("two miles and a half").interval.low, 2.5 * 1609.344);
        assert_eq!(q.head.as_deref(), Some("war"));
        assert_eq!(one("forty-two people").interval.low, 42.0);
        assert_eq!(one("twelve residents").unit, Unit::Count("people".into()));
        let q = one("tens of thousands of people");
        assert_eq!((q.interval.low, q.interval.high), (1.0e4, 1.0e5));
        assert_eq!(one("a dozen homes").interval.low, 12.0);
        assert_eq!(one("three hundred jobs").interval.low, 300.0);
    }

    #[test]
    fn percents_and_durations() {
        for text in [
            "5 percent of GDP",
            "5 per cent of GDP",
            "5% of GDP",
            "five percent of GDP",
        ] {
            let q = one(text);
            assert_eq!(q.unit, Unit::Percent, "{text}");
            assert_eq!(q.interval.low, 5.0, "{text}");
        }
        assert_eq!(one("2.6 percentage points").unit, Unit::PercentagePoints);
        let q = one("a 40-minute phone conversation");
        assert_eq!(q.interval.low, 2400.0);
        assert_eq!(q.head.as_deref(), Some("conversation"));
        assert_eq!(one("a 30-day ceasefire").interval.low, 30.0 * 86400.0);
    }

    #[test]
    fn a_written_fraction_of_a_whole_is_a_share() {
        for (text, share) in [
            ("half of the harvest", 50.0),
            ("a third of the workers", 100.0 / 3.0),
            ("two-thirds of the homes", 200.0 / 3.0),
            ("three quarters of the vines", 75.0),
        ] {
            let q = one(text);
            assert_eq!(q.unit, Unit::Percent, "{text}");
            assert!((q.interval.low - share).abs() < 1e-9, "{text}: {q:?}");
        }
        // A fraction of a scale is a number; a fraction of no whole, or a
        // second, is none.
        assert_eq!(one("half a million euros").interval.low, 500_000.0);
        assert_eq!(one("a quarter of a million pounds").interval.low, 250_000.0);
        none("a third round of talks");
        none("in the second half of the match");
        none("a second of silence");
        // "lost 70 per cent of the crop" is a share, not a fall.
        assert_eq!(one("lost 70 per cent of the crop").frame, None);
    }

    #[test]
    fn a_listed_count_is_some_of_a_set() {
        let q = one("the stolen items include a painted dial and four table clocks");
        assert_eq!(q.frame, Some(Frame::Member));
        assert_eq!(
            one("among them were 12 children").frame,
            Some(Frame::Member)
        );
        // A count a later verb tells is none.
        assert_eq!(
            one("the haul included a clock, and thieves took four table clocks").frame,
            None
        );
        // A count said to be among others is some of them; one that is
        // the others is not.
        assert_eq!(
            one("Seven Tamsley players were among those suspended").frame,
            Some(Frame::Member)
        );
        assert_eq!(
            one("Seven Tamsley players were suspended among other sanctions").frame,
            None
        );
    }

    #[test]
    fn counts_with_implied_people() {
        let q = one("12 dead after the storm");
        assert_eq!(q.unit, Unit::Count("people".into()));
        assert_eq!(
            one("38,000 jobs were lost").unit,
            Unit::Count("jobs".into())
        );
        assert_eq!(
            one("More than 100,000 Ukrainians moved").interval.low,
            100000.0
        );
    }

    #[test]
    fn ranges() {
        let q = one("between 10 and 15 people");
        assert_eq!((q.interval.low, q.interval.high), (10.0, 15.0));
        let q = one("10-15 people");
        assert_eq!((q.interval.low, q.interval.high), (10.0, 15.0));
        let q = one("20 to 30 homes");
        assert_eq!((q.interval.low, q.interval.high), (20.0, 30.0));
        let q = one("the toll rose from 9 to 12 people");
        assert_eq!((q.interval.low, q.interval.high), (12.0, 12.0));
    }

    #[test]
    fn non_figures_are_left_alone() {
        none("It happened on Aug. 18, 2025, in the city.");
        none("The war began in February 2022.");
        none("A video of 2:01 was shared.");
        none("Help is available 24/7 here.");
        none("It was version 3.5.1 today.");
        none("She came 3rd in the race.");
        assert_eq!(one("The toll rose to 30 people.").interval.low, 30.0);
        none("Under Article 5 of the treaty.");
        // An owner's name before a number is no name the number codes.
        assert_eq!(
            one("The Orrimont's 23 staff were sent home.").interval.low,
            23.0
        );
        none("The COVID-19 pandemic hit hard.");
        none("They met on 18 August.");
        none("One of the points was raised.");
        none("He is a 45-year-old man.");
        none("It broke shortly after 2am.");
        none("They met at 9 p.m. there.");
        none("It finished 3-1 against them.");
    }

    #[test]
    fn subjects_before_a_copula_name_bare_figures() {
        let q = one("Cargo revenue was €210 million last quarter");
        assert_eq!(q.head.as_deref(), Some("revenue"));
        assert_eq!(q.modifiers, ["cargo"]);
        assert_eq!(
            one("It reported revenue of $1.9 billion").head.as_deref(),
            Some("revenue")
        );
        // A relative clause between the subject and the copula qualifies
        // the subject; a clause of what was said is none.
        let q = one("The blade that broke away was 48 metres long, the firm said.");
        assert_eq!(q.head.as_deref(), Some("blade"));
        let q = one("The wall which fell down was about 30 metres long.");
        assert_eq!(q.head.as_deref(), Some("wall"));
        let q = one("Officials said that costs were £5 million.");
        assert_eq!(q.head.as_deref(), Some("cost"));
    }

    #[test]
    fn a_sum_a_subject_changes_to_is_its_level() {
        let text =
            "Pitches are scarce, and the annual fee for each one will rise from £1,200 to £3,750.";
        let tokens = tokenize(text);
        let found = find_quantities(&tokens, &rules());
        assert_eq!(found.len(), 2, "{found:?}");
        for q in &found {
            assert_eq!(q.head.as_deref(), Some("fee"), "{q:?}");
            assert_eq!(q.per.as_deref(), Some("year"), "{q:?}");
        }
        // No verb of change: the sum's own clause names nothing.
        let q = one("The annual fee is due, and they paid £3,750.");
        assert_eq!(q.head, None);
        assert_eq!(q.per, None);
    }

    #[test]
    fn measures_named_before_the_number() {
        for text in [
            "a magnitude 6.9 quake",
            "a magnitude of 6.9 was recorded",
            "the 6.9-magnitude quake",
        ] {
            let q = one(text);
            assert!(
                matches!(q.unit, Unit::Measure { ref dimension, .. } if dimension == "magnitude"),
                "{text}"
            );
            assert_eq!(q.interval.low, 6.9, "{text}");
        }
    }

    #[test]
    fn measures_and_rates() {
        let q = one("120mm of rain");
        assert!(matches!(q.unit, Unit::Measure { ref dimension, .. } if dimension == "length"));
        assert!((q.interval.low - 0.12).abs() < 1e-9);
        assert_eq!(one("120 millimetres of rain").interval, q.interval);
        assert_eq!(one("a 40-metre section").interval.low, 40.0);
        assert_eq!(one("a 40m wall").interval.low, 40.0);
        assert_eq!(one("£40m for repairs").interval.low, 4.0e7);
        assert_eq!(one("$48 a share").per.as_deref(), Some("share"));
        assert_eq!(one("48 dollars per share").per.as_deref(), Some("share"));
        assert_eq!(
            one("€150 million of annual savings").per.as_deref(),
            Some("year")
        );
        assert_eq!(one("150m euros a year").per.as_deref(), Some("year"));
        let every = one("£142,000 every year since 2017");
        assert_eq!((every.per.as_deref(), every.head), (Some("year"), None));
        assert_eq!(one("£142,000 every donor").per, None);
        assert_eq!(
            one("2.3m passengers use the trains on an average weekday")
                .per
                .as_deref(),
            Some("day")
        );
        assert_eq!(
            one("2.3m passengers use the trains, on an average weekday").per,
            None
        );
        // A noun joined to the counted one is of the count's phrase.
        assert_eq!(
            one("about 1,400 lorries and buses crossing the bridge at Grannock each day")
                .per
                .as_deref(),
            Some("day")
        );
        assert_eq!(one("1,400 lorries and a day of delays").per, None);
    }

    #[test]
    fn an_earlier_instance_is_another_frame() {
        assert_eq!(
            one("Last year's 12-day strike ended in May").frame,
            Some(Frame::Separate)
        );
        assert_eq!(one("Sunday's 12-day strike").frame, None);
    }

    #[test]
    fn noun_phrases_are_read_by_their_shape() {
        // A name inside the phrase is one modifier.
        assert_eq!(
            one("recalled 48,000 Glide X3 electric scooters")
                .head
                .as_deref(),
            Some("scooter")
        );
        // An -ing form ends the phrase.
        assert_eq!(
            one("87 patients taking the drug stopped").head.as_deref(),
            Some("patient")
        );
        // A past form before its object is no phrase: the noun before "of".
        assert_eq!(
            one("A crowd of 61,240 filled Millbrook Stadium")
                .head
                .as_deref(),
            Some("crowd")
        );
        // An owner's stock, not a subset of a set already told.
        assert_eq!(
            one("is recalling 84,000 of its scooters").head.as_deref(),
            Some("scooter")
        );
        none("Five of the dead lived there.");
        // "the number of X ... at N".
        assert_eq!(
            one("officials put the number of homes destroyed at 147")
                .interval
                .low,
            147.0
        );
    }

    #[test]
    fn a_plural_ends_its_phrase() {
        // "lay" is a verb past a plural, not the counted noun; a plural
        // before a plural qualifies it.
        let spaces = one("around 140 parking spaces lay under the roof");
        assert_eq!(spaces.head.as_deref(), Some("space"));
        assert_eq!(spaces.modifiers, ["parking"]);
        let accounts = one("three savings accounts were frozen");
        assert_eq!(accounts.head.as_deref(), Some("account"));
        // "the mill's timber floors": a possessive is no plural.
        let floors = one("nine of the mill's timber floors");
        assert_eq!(floors.head.as_deref(), Some("floor"));
    }

    #[test]
    fn a_number_joined_to_a_word_counts_that_word() {
        // "a three-way meeting", "a 12-member panel": the joined word is
        // what the number counts.
        assert_eq!(
            one("he hoped to arrange a three-way meeting")
                .head
                .as_deref(),
            Some("way")
        );
        let panel = one("the city named a 12-member panel");
        assert_eq!(panel.head.as_deref(), Some("member"));
        assert_eq!(panel.interval.low, 12.0);
        // Past nouns after it too: the car park has 420 spaces.
        // A joined word that is no noun describes the noun after it.
        assert_eq!(
            one("a 50-strong crowd gathered").head.as_deref(),
            Some("crowd")
        );
        let park = one("the 420-space car park was shut");
        assert_eq!(park.head.as_deref(), Some("space"));
        assert_eq!(park.modifiers, ["car"]);
        // A fraction counts nothing.
        none("a two-thirds majority backed it");
        none("one-tenth of the budget");
    }

    #[test]
    fn a_figure_hoped_for_or_allowed_is_expected() {
        for text in [
            "crews hoped to have the fire 50 percent contained by Monday",
            "the company set a target of 12 missions this year",
            "the permit sets a limit of 5 mg of solvent per litre",
            "crews hope to have flushed all 112 miles of main by Saturday",
            "the firm expects to have hired 300 drivers by June",
            "organisers had expected about 40,000 visitors",
            // Any form of a word of expectation: the rule's limit, not the
            // wind that blew.
            "its label limits spraying to wind speeds below 10 kilometres an hour",
            "rents were capped at £900 a month",
        ] {
            assert_eq!(one(text).frame, Some(Frame::Expected), "{text}");
        }
        // A noun that only shares a verb's form with one names no plan.
        for text in [
            "the council's projects cost £5m",
            "Trump's central aim was still a 30-day ceasefire",
        ] {
            assert_eq!(one(text).frame, None, "{text}");
        }
        // A verb of doing before "to" governs what happened; a plain
        // infinitive after a verb of mind is a plan, and a modal tells the
        // future.
        assert_eq!(
            one("crews managed to have flushed 47 miles of main").frame,
            None
        );
        assert_eq!(
            one("the firm plans to cut 400 jobs").frame,
            Some(Frame::Intended)
        );
        assert_eq!(
            one("the line expected to fly about 600 passengers home").frame,
            Some(Frame::Intended)
        );
        // "Aim" is first a verb of pointing; one of its senses intends.
        assert_eq!(
            one("an appeal aiming to raise £25,000").frame,
            Some(Frame::Intended)
        );
        // A verb of the mind governs no figure a modal's verb of its own
        // tells.
        assert_eq!(
            one("a member who wants to leave must give 12 months' notice").frame,
            None
        );
        // A change a "that" clause with a bare "be" asks for is asked of
        // another; a change made, or one a modal tells, is no request.
        assert_eq!(
            one("the guild is demanding that the quota be raised by 15 per cent").frame,
            Some(Frame::Asked)
        );
        assert_eq!(
            one("the directorate cut the quota by 28 per cent").frame,
            Some(Frame::Difference)
        );
        assert_ne!(
            one("the guild said that the quota would be raised by 15 per cent").frame,
            Some(Frame::Asked)
        );
        // What a verb of a message asks someone to do is asked for; a
        // thing said to have been done was done.
        assert_eq!(
            one("the council had asked the court to consider a fine of around £250,000").frame,
            Some(Frame::Asked)
        );
        // So is what a verb of a request takes for its object, through a
        // noun phrase; a verb that tells what is, or a clause of its own
        // after the object, asks for nothing.
        for text in [
            "the union is demanding a guaranteed floor of €15 an hour",
            "campaigners called for a £40m fund",
        ] {
            assert_eq!(one(text).frame, Some(Frame::Asked), "{text}");
        }
        for text in [
            "the union announced a guaranteed floor of €15 an hour",
            "she demanded an apology after losing £50",
            "the landlord claimed 40 flats were empty",
            "he was ordered to pay £6,450 in costs",
            "the tribunal ordered Tressoway Homes to pay £6.4 million",
        ] {
            assert_eq!(one(text).frame, None, "{text}");
        }
        assert_eq!(
            one("penalty notices, each demanding £60, were sent").frame,
            Some(Frame::Asked)
        );
        assert_eq!(
            one("questions are being asked about the fair after ten people were trapped").frame,
            None
        );
        assert_eq!(
            one("the fire is said to have destroyed 300 homes").frame,
            None
        );
        // "linked to" a noun is no infinitive.
        assert_eq!(
            one("an outbreak linked to bagged salad forced it to withdraw 75,000 bags").frame,
            None
        );
        assert_eq!(
            one("the harbour will stay closed for two weeks").frame,
            Some(Frame::Future)
        );
        assert_eq!(
            one("about 800 jobs would be eliminated").frame,
            Some(Frame::Future)
        );
        // A clause of its own before the figure does not reach it.
        assert_eq!(
            one("Crews hoped for rain, but the fire grew to 12,000 hectares").frame,
            None
        );
    }

    #[test]
    fn a_part_of_a_whole_counts_the_wholes_noun() {
        let tokens = tokenize("Tests found that seven of the 22 samples were tainted");
        let found = find_quantities(&tokens, &rules());
        let (part, whole) = (&found[0], &found[1]);
        assert_eq!((part.interval.low, whole.interval.low), (7.0, 22.0));
        assert_eq!(whole.per, None);
        assert_eq!(part.head.as_deref(), Some("sample"));
        assert_eq!(part.per.as_deref(), Some("of 22 samples"));
        let tokens = tokenize("Crews saved four of its twelve engines");
        let part = &find_quantities(&tokens, &rules())[0];
        assert_eq!(part.per.as_deref(), Some("of 12 engines"));
        // The whole's count may stand past an owner.
        let tokens = tokenize("Newts bred in five of the site's six ponds");
        let part = &find_quantities(&tokens, &rules())[0];
        assert_eq!(part.per.as_deref(), Some("of 6 ponds"));
        // "of the six" names no noun: no part of a counted whole.
        none("Keepers caught four of the six by Monday");
        // A whole with no count of its own: the part counts its noun, past
        // an owner.
        for text in [
            "Doctored data was found in nine of the study's images",
            "Nine of the images were doctored",
            "Nine of the study's colour images were doctored",
        ] {
            let part = one(text);
            assert_eq!(part.head.as_deref(), Some("image"), "{text}");
            assert_eq!(part.per, None, "{text}");
        }
        // A plural noun may qualify the noun after it; a noun in "-ly" is
        // no adverb.
        let part = one("Jurors were shown twenty-six of the sales tally sheets");
        assert_eq!(part.head.as_deref(), Some("sheet"));
        assert_eq!(
            one("Police moved 14 family members").head.as_deref(),
            Some("member")
        );
    }

    #[test]
    fn a_year_after_a_determiner_is_no_count() {
        none("the 2011 collapse at the neighbouring mine");
        none("in its 2024 results");
        // A season's span of two years counts nothing.
        none("tickets for the 2024-25 campaign");
        none("the 1999/00 season");
        assert_eq!(one("the firm cut 2000 jobs").interval.low, 2000.0);
    }

    #[test]
    fn a_time_word_before_a_plural_noun_modifies_it() {
        let q = one("during three earlier rounds of talks");
        assert_eq!(q.head.as_deref(), Some("round"));
        assert_eq!(q.interval.low, 3.0);
        // After its noun it is an adverb: the phrase ends there.
        assert_eq!(one("the dam burst two days earlier").head, None);
    }

    #[test]
    fn noun_phrases_stop_at_verbs_and_take_of_complements() {
        assert_eq!(one("two people died there").head.as_deref(), Some("people"));
        // An irregular past ends the phrase as a regular one does.
        assert_eq!(
            one("the two sides held talks in Istanbul").head.as_deref(),
            Some("side")
        );
        assert_eq!(
            one("Twelve schools remain closed").head.as_deref(),
            Some("school")
        );
        // A negation ends it too.
        assert_eq!(
            one("19 objects never arrived at the store").head.as_deref(),
            Some("object")
        );
        let q = one("a 40-metre section of the harbour wall");
        assert_eq!(q.head.as_deref(), Some("section"));
        assert_eq!(q.modifiers, ["harbour", "wall"]);
        assert_eq!(
            one("forty metres of the harbour wall").head.as_deref(),
            Some("wall")
        );
    }

    #[test]
    fn other_instances_are_framed() {
        assert_eq!(
            one("a separate two-day walkout").frame,
            Some(Frame::Separate)
        );
        assert_eq!(one("another 300 homes").frame, Some(Frame::Separate));
        assert_eq!(one("a two-day walkout").frame, None);
    }

    #[test]
    fn differences_are_framed() {
        assert_eq!(
            one("beat him by nearly 24,000 votes").frame,
            Some(Frame::Difference)
        );
        assert_eq!(one("a majority of 31 votes").frame, Some(Frame::Difference));
        // After a length, "up" and "down" say where.
        assert_eq!(one("trapped 410 metres down").frame, None);
        assert_eq!(one("shares closed 4% down").frame, Some(Frame::Difference));
        // A phrasal verb's particle before a count is no change.
        assert_eq!(one("a pile-up which brought down 31 riders").frame, None);
        assert_eq!(
            one("His majority was just 31 votes").frame,
            Some(Frame::Difference)
        );
        assert_eq!(one("She received 118,240 votes").frame, None);
        // A comparative with "than" after it measures a difference.
        assert_eq!(
            one("patients received about 18 per cent more radiation than prescribed").frame,
            Some(Frame::Difference)
        );
        assert_eq!(
            one("the mast is three metres taller than the old one").frame,
            Some(Frame::Difference)
        );
        assert_eq!(one("18 per cent more staff were hired").frame, None);
        // People after "by" did the deed; after a change they are its size.
        assert_eq!(
            one("a letter signed by 63 of the orchestra's musicians").frame,
            None
        );
        assert_eq!(
            one("the workforce was cut by 40 staff").frame,
            Some(Frame::Difference)
        );
        // A sum by which one level misses another is the sum; the
        // difference of two sums is a difference.
        assert_eq!(one("a funding gap of £850,000").frame, None);
        assert_eq!(one("ran up a deficit of £460,000").frame, None);
        assert_eq!(
            one("a difference of £12,000 between the bids").frame,
            Some(Frame::Difference)
        );
        assert_eq!(
            one("Revenue rose 9% in the quarter").frame,
            Some(Frame::Difference)
        );
        assert_eq!(
            one("cargo revenue, up 4%, was strong").frame,
            Some(Frame::Difference)
        );
        assert_eq!(
            one("Shares closed 6.3 per cent higher on Thursday").frame,
            Some(Frame::Difference)
        );
        assert_eq!(one("Fares were 2% lower").frame, Some(Frame::Difference));
        // The noun of a change, as its verb is: "a 3.5 per cent rise".
        for text in ["a 3.5 per cent rise in taxes", "a 4% increase in fares"] {
            assert_eq!(one(text).frame, Some(Frame::Difference), "{text}");
        }
        assert_eq!(
            one("A 2% higher rate applies").frame,
            Some(Frame::Difference)
        );
        assert_eq!(
            one("Shares closed at 6.3 per cent of the index").frame,
            None
        );
        // The noun of a verb of change before "of", as the verb.
        assert_eq!(
            one("she suffered a fall of some 32 metres").frame,
            Some(Frame::Difference)
        );
        assert_eq!(one("a rise of 3.5% in pay").frame, None);
        assert_eq!(one("a loss of 5 metres").frame, None);
        // A measure of a change measures the change its verb or noun names.
        for text in [
            "she fell about 18 metres",
            "she suffered a fall of some 32 metres",
        ] {
            assert_eq!(one(text).head.as_deref(), Some("fall"), "{text}");
        }
    }

    #[test]
    fn over_after_a_verb_is_not_a_hedge() {
        assert_eq!(one("It turned over 1.9bn dollars").hedge, None);
        // After a figure, "over" spreads it across the span.
        let found = find_quantities(
            &tokenize("It signed a deal worth 126,000 pounds over three years."),
            &rules(),
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].hedge, None);
        assert_eq!(
            one("It lasted over three years.").hedge.as_deref(),
            Some("over")
        );
        assert_eq!(one("over 800,000 jobs").hedge.as_deref(), Some("over"));
    }

    #[test]
    fn deadlines_and_offsets_are_framed() {
        assert_eq!(one("to end it in 24 hours").frame, Some(Frame::Within));
        assert_eq!(one("within 24 hours").frame, Some(Frame::Within));
        // Within a duration of a happening: the time since it, at most so.
        let q = one("crews arrived within a quarter of an hour of the call");
        assert_eq!(q.frame, Some(Frame::Offset));
        assert_eq!((q.interval.low, q.interval.high), (0.0, 900.0));
        // It measures up to its clause's deed, not the call after "of".
        assert_eq!(q.head.as_deref(), Some("arrive"));
        assert_eq!(
            one("some eight months before the attack").frame,
            Some(Frame::Offset)
        );
        assert_eq!(one("built 60 years ago").frame, Some(Frame::Offset));
        assert_eq!(one("talked for 40 minutes").frame, None);
        assert_eq!(one("for 45 days before it binds").frame, None);
        assert_eq!(one("the 30-day truce").frame, None);
    }

    /// A span of time no noun names is told of the place it was spent
    /// in, after it or before its "for"; a span told of nothing names no
    /// place, nor does an idiom with no article ("at length"), and a
    /// preposition is no counted noun.
    #[test]
    fn a_span_of_time_is_told_of_its_place() {
        let after = one("the intruders spent 40 minutes inside the aviary block");
        assert_eq!(
            (after.head.as_deref(), after.modifiers.as_slice()),
            (None, &["aviary".to_string(), "block".to_string()][..])
        );
        let before = one("the raiders were in the aviaries for 25 minutes before fleeing");
        assert_eq!(before.modifiers, vec!["aviary".to_string()]);
        assert!(one("the meeting lasted 40 minutes").modifiers.is_empty());
        assert!(one("talked for 40 minutes at length").modifiers.is_empty());
    }

    #[test]
    fn one_in_four_is_a_share() {
        let q = one("one in four of the mill's timber floors had rotted");
        assert_eq!((q.unit, q.interval.low), (Unit::Percent, 25.0));
        assert_eq!(q.head.as_deref(), Some("floor"));
        assert_eq!(one("three in every 10 adults").interval.low, 30.0);
        // A count in a time, or a year, is no share.
        assert!(matches!(
            one("scored two in five minutes").unit,
            Unit::Duration { .. }
        ));
        assert_eq!(one("three new plants in 2019").interval.low, 3.0);
    }

    #[test]
    fn a_sum_is_about_what_is_valued_or_the_deed_that_governs_it() {
        let put = one("Board papers put the savings from the closure at £860,000 a year");
        assert_eq!(put.head.as_deref(), Some("saving"));
        let saved = one("the change will save £1.4 million a year");
        assert_eq!(saved.head.as_deref(), Some("saving"));
        // A verb with no deed noun leaves the sum bare.
        assert_eq!(one("the repairs will cost £2 million").head, None);
        // What a verb in the past values "at" a figure is its determined
        // object, ending at "at": not an object with words after it, nor
        // one no determiner opens.
        let measured = one("Engineers measured the crack at roughly 74 centimetres");
        assert_eq!(measured.head.as_deref(), Some("crack"));
        for text in [
            "The ferry left the harbour on Monday at 40 miles per hour",
            "Officers stopped traffic at 40 miles per hour",
        ] {
            assert_eq!(one(text).head, None, "{text}");
        }
    }

    #[test]
    fn a_compound_opened_by_a_function_word_qualifies_the_noun() {
        let q = one("The cartel fixed the prices of sixty-three off-patent drugs.");
        assert_eq!(q.head.as_deref(), Some("drug"));
        let q = one("The firm employs 40 in-house lawyers.");
        assert_eq!(q.head.as_deref(), Some("lawyer"));
    }

    /// "One" after a focusing adverb is a count; without one it may be a
    /// determiner, kept only where a topic says what happened.
    #[test]
    fn a_focused_one_is_a_count() {
        assert!(!one("only one customer was inside").determiner_like);
        assert!(!one("just one ward stayed open").determiner_like);
        assert!(one("one customer was inside").determiner_like);
    }

    /// A hedge needs an amount: the article after it is one of the unit
    /// ("nearly a metre", "more than an hour"); without a hedge it is no
    /// figure ("an hour later"). "One metre" is a length, not a count of
    /// metres, though "m" is a metre only written against the number.
    #[test]
    fn an_article_after_a_hedge_is_one_of_the_unit() {
        let metre = one("a gap nearly a metre across");
        assert_eq!(metre.interval.high, 1.0);
        assert!(metre.interval.low > 0.8 && metre.interval.low < 1.0);
        assert!(matches!(metre.unit, Unit::Measure { ref dimension, .. } if dimension == "length"));
        none("the crash happened at around ten past two on Saturday");
        none("officers arrived at half past six");
        let closed = one("the line was closed for two hours and 52 minutes");
        assert_eq!(closed.interval.low, 2.0 * 3600.0 + 52.0 * 60.0);
        assert_eq!(
            one("shut for 3 hours 10 minutes").interval.low,
            3.0 * 3600.0 + 600.0
        );
        let hour = one("waited more than an hour on the rocks");
        assert!(matches!(hour.unit, Unit::Duration { seconds, .. } if seconds == 3600.0));
        assert_eq!(hour.interval.low, 3600.0);
        none("an hour later the crew left");
        none("a mile of road was closed");
        let alone = one("the hole was one metre");
        assert!(matches!(alone.unit, Unit::Measure { .. }), "{alone:?}");
        // "One" before a measure may be a determiner ("lost one foot to
        // frostbite"): only a topic keeps it.
        assert!(alone.determiner_like);
        assert!(!one("a gap nearly a metre across").determiner_like);
    }

    /// "Degrees Fahrenheit" are degrees of one scale (Celsius is a unit).
    #[test]
    fn a_name_after_a_unit_qualifies_it() {
        let q = one("temperatures climbed to 94 degrees Fahrenheit");
        assert_eq!(q.modifiers, ["fahrenheit"]);
        // A count closing the sentence, or a name after a singular.
        assert!(one("prices rose by 12 points").modifiers.is_empty());
        assert!(one("she was among 2 winners Jane Smith named")
            .modifiers
            .is_empty());
    }

    /// "A 4-0 defeat" gives a score, no range and no count of homes.
    #[test]
    fn a_score_is_no_figure() {
        none("it was a 4-0 home defeat");
        none("the score was 2-2 at half time");
        let range = one("between 40-60 people attended");
        assert_eq!((range.interval.low, range.interval.high), (40.0, 60.0));
    }

    /// "Four others" are more of the thing the sentence named before.
    #[test]
    fn others_after_a_number_count_the_noun_named_before() {
        let q = one("the fire destroyed the crepe stall and damaged four others nearby");
        assert_eq!(q.head.as_deref(), Some("stall"));
        assert_eq!(q.modifiers, ["other"]);
        // With no noun before, "others" stays what it is; a noun after a
        // preposition qualifies another.
        assert_eq!(one("four others were hurt").head.as_deref(), Some("other"));
        let drivers = one("the driver of the car and four others were hurt");
        assert_eq!(drivers.head.as_deref(), Some("driver"));
    }

    /// "The other two lynx" are those besides some told, as "two other
    /// lynx" are.
    #[test]
    fn other_before_a_number_marks_a_remainder() {
        let q = one("the other two lynx were moved indoors");
        assert_eq!(q.modifiers, ["other"]);
    }

    /// A measure right after a determined noun, with no noun of its own
    /// after it, measures that noun; a gap in length is a space, no
    /// margin; a verb before the measure keeps it headless of a noun.
    #[test]
    fn a_measure_after_a_noun_measures_it() {
        let gap = one("the branch left a gap roughly 40 centimetres wide in the mesh");
        assert_eq!(gap.head.as_deref(), Some("gap"));
        assert_eq!(gap.frame, None);
        assert_eq!(
            one("slipped through a hole nearly a metre across")
                .head
                .as_deref(),
            Some("hole")
        );
        assert_ne!(
            one("the crack runs 38 centimetres along the flange")
                .head
                .as_deref(),
            Some("crack")
        );
        assert_ne!(
            one("the crack, which measures 23 centimetres, sits low")
                .head
                .as_deref(),
            Some("crack")
        );
        // A margin between two levels is still a difference.
        assert_eq!(
            one("a gap of 12 points between the parties").frame,
            Some(Frame::Difference)
        );
    }

    /// A phrase a preposition opens qualifies the noun before it: the
    /// measure is that noun's, after the number or before a verb that
    /// tells the measure; a verb or a conjunction before a determiner
    /// opens no such phrase.
    #[test]
    fn a_phrase_after_a_preposition_qualifies_the_noun_before_it() {
        let head = |text: &str| one(text).head;
        assert_eq!(
            head("police sealed off a 450-metre exclusion zone around the chimney").as_deref(),
            Some("zone")
        );
        assert_eq!(
            head("the exclusion zone around the chimney extended 300 metres from its base")
                .as_deref(),
            Some("zone")
        );
        assert_eq!(
            head("the crack in the wall was 47 centimetres long").as_deref(),
            Some("crack")
        );
        // A participle's phrase qualifies the noun before the participle.
        assert_eq!(
            head("the biggest footprint taken by the thieves was 74cm long").as_deref(),
            Some("footprint")
        );
        assert_eq!(
            head("archaeologists said the vessel measured roughly 7.2 metres").as_deref(),
            Some("vessel")
        );
        assert_eq!(
            head("it would forfeit its title and a cash award of 25,000 euros").as_deref(),
            Some("award")
        );
    }

    /// What is worth a sum is what the sum is, with or without a copula;
    /// a pronoun names nothing it is worth.
    #[test]
    fn what_is_worth_a_sum_heads_it() {
        let fund = one("growers can apply to an interim compensation fund worth £4.2 million");
        assert_eq!(fund.head.as_deref(), Some("fund"));
        assert_eq!(fund.modifiers, ["interim", "compensation"]);
        assert_eq!(
            one("the deal is worth £30m to the club").head.as_deref(),
            Some("deal")
        );
        assert_eq!(one("the club says it is worth £30m").head, None);
        // Set off by commas, as an apposition.
        assert_eq!(
            one("the firm holds a contract, worth £14.2 million, from the courts")
                .head
                .as_deref(),
            Some("contract")
        );
    }

    /// A measure right after its noun qualifies that noun, with the words
    /// before it; a word a relative pronoun opens is a verb, and a
    /// preposition after the measure says where it runs.
    #[test]
    fn a_measure_after_its_noun_measures_it() {
        let fence = one("a stretch of fencing about 15 metres long was brought down");
        assert_eq!(fence.head.as_deref(), Some("fencing"));
        assert!(fence.modifiers.is_empty(), "{:?}", fence.modifiers);
        let stretch = one("the badly damaged stretch 12 metres long has sunk");
        assert_eq!(stretch.head.as_deref(), Some("stretch"));
        assert_eq!(stretch.modifiers, ["damaged", "badly"]);
        let crack = one("the crack, which stretches roughly 40 metres along the line");
        assert_ne!(crack.head.as_deref(), Some("stretch"));
    }

    /// A particle after a measure says which way it runs, no thing
    /// measured.
    #[test]
    fn a_particle_after_a_measure_is_no_head() {
        assert_eq!(one("the men were trapped 410 metres down").head, None);
        assert_eq!(
            one("the crew laid 40 metres of cable").head.as_deref(),
            Some("cable")
        );
    }

    /// A unit of two words joined to its number by hyphens is that unit.
    #[test]
    fn a_hyphenated_unit_of_two_words_is_one_unit() {
        let detour = one("the carrier made a 146-nautical-mile detour to reach her");
        assert_eq!(detour.unit.label(), "length");
        assert_eq!(detour.interval.low, 146.0 * 1852.0);
        assert_eq!(detour.head.as_deref(), Some("detour"));
    }

    /// What a claimant seeks is asked for, as what one claims is; what was
    /// paid is not.
    #[test]
    fn what_is_sought_is_asked_for() {
        assert_eq!(
            one("her legal team is seeking damages of £250,000 from the publisher").frame,
            Some(Frame::Asked)
        );
        assert_eq!(
            one("the publisher has paid damages of £250,000 to her").frame,
            None
        );
    }

    /// A temperature in Celsius, however written, is one measure; a small
    /// "c" glued to a number stays a currency's hundredth.
    #[test]
    fn celsius_is_a_temperature_and_cents_stay_money() {
        for text in [
            "the glass reached 1,450C",
            "the glass reached 1,450 degrees Celsius",
            "the glass reached 1,450°C",
        ] {
            let q = one(text);
            assert_eq!(q.unit.label(), "temperature", "{text}");
            assert_eq!(q.interval.low, 1450.0, "{text}");
        }
        let cents = one("the stamp cost 43c");
        assert_eq!(cents.unit, Unit::Money("USD".into()));
        assert_eq!(cents.interval.low, 0.43);
    }

    /// "An 18,000-euro prize" is a sum of money, as "18,000 euros" is.
    #[test]
    fn a_currency_joined_by_a_hyphen_is_money() {
        let q = one("the team lost the 18,000-euro cash prize");
        assert_eq!(q.unit, Unit::Money("EUR".into()));
        assert_eq!(q.interval.low, 18000.0);
        assert_eq!(q.head.as_deref(), Some("prize"));
    }

    /// Nautical miles and yards are lengths of their own size.
    #[test]
    fn nautical_miles_and_yards_are_lengths() {
        let sea = one("the ship was 23 nautical miles off the coast");
        assert_eq!(sea.unit.label(), "length");
        assert_eq!(sea.interval.low, 23.0 * 1852.0);
        let yards = one("the hose was 200 yards long");
        assert_eq!(yards.interval.low, 200.0 * 0.9144);
    }

    /// A word between a measure and "of" tells where it runs from ("38
    /// nautical miles west of the port"); after a measure joined to its
    /// number it is the thing measured ("a 3-kilometre stretch of the
    /// path").
    #[test]
    fn a_direction_before_of_is_no_measured_thing() {
        assert_eq!(
            one("it sank 38 nautical miles west of Quarvenholt").head,
            None
        );
        assert_eq!(one("it sank two metres short of the wall").head, None);
        assert_eq!(
            one("a 3-kilometre stretch of the path was shut")
                .head
                .as_deref(),
            Some("stretch")
        );
        assert_eq!(
            one("a 240-tonne consignment of maize arrived")
                .head
                .as_deref(),
            Some("consignment")
        );
    }

    /// A group of people written in the singular counts people ("19
    /// crew"); written in the plural it counts groups ("two crews", "460
    /// hives", though WordNet's first sense of "hive" is a teeming crowd).
    #[test]
    fn a_singular_group_of_people_counts_people() {
        assert_eq!(
            one("19 crew were rescued").unit,
            Unit::Count("people".into())
        );
        assert_eq!(one("a 40-strong squad").unit, Unit::Count("people".into()));
        assert_eq!(one("two crews were sent").unit, Unit::Count("crew".into()));
        assert_eq!(one("it carried 460 hives").unit, Unit::Count("hive".into()));
        // A word before an object is a verb ("724 cast a ballot").
        assert_ne!(one("724 cast a ballot").unit, Unit::Count("people".into()));
    }
}

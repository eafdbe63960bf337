//! The judge: are two claims about the same thing, and if so, do they agree?
//!
//! Two claims are compared only when the judge has a reason to believe they
//! describe the same thing (a shared subject or close wording, under the same
//! topic or head noun) and no reason to believe they do not (different
//! subjects, different time frames, a part against a total). Every verdict
//! carries a confidence and a one-line explanation of that reasoning.

use std::borrow::Cow;

use serde::Serialize;

use crate::extract::attribution::Speaker;
use crate::extract::date::{age_of_patient_word, is_light_verb, Ordinal, DEPARTURE, STATEMENT};
use crate::extract::figure::{names_a_whole, Move, Telling, ALL_OF_THEM};
use crate::extract::role::{last_word, HEAD, POSSESSIVE_PRONOUNS, RETIRED};
use crate::extract::{
    Attribution, Claim, ClaimBody, Context, DateClaim, Figure, RoleClaim, WHOLE, YEARS_OVER,
};
use crate::normalise::calendar::{ordinal_value, MONTHS};
use crate::normalise::dates::{days_between, DateSpan, Precision};
use crate::normalise::entities::{
    entity_name, is_body_word, is_person, names_organisation, EntityRef, NAME_SIMILARITY,
};
use crate::normalise::interval::{format_number, Interval};
use crate::normalise::quantity::{frames_meet, written_step, Frame, Unit};
use crate::normalise::senses::{
    a_kind_of, a_kind_of_thing, agent_noun_of, bases_of_agent_noun, broad_kind_of_person,
    counts_people, field_of_profession, first_sense_a_state, happening_of_noun, holds_things,
    is_noun, is_occurrence, kinds_of_one_deed, may_count_one_crowd, may_name_one_person,
    names_a_field, names_a_group, names_a_mere_group, names_a_person, names_a_person_by_post,
    names_a_place, names_a_time, names_an_undertaking, names_mere_membership, occasion_of_noun,
    one_deed_first, opposed_by_a_party, opposite_deeds, same_deed, same_thing, synonyms,
    tells_a_decision, tells_a_message, tells_a_mind, tells_a_motion, tells_a_return,
    tells_dealings, tells_knowing, verb_lemma, verb_of_a_deed_noun, verb_of_a_noun,
    verb_of_agent_noun,
};
use crate::normalise::tokens::{singular, stem};
use crate::normalise::verbs::past_shaped;
use crate::rules::{Dimension, EntityKind, RuleSet, Tolerance, Topic};

/// What the judge concluded about a pair.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The claims cannot both be true.
    Contradiction,
    /// The claims differ only by the time between them.
    TimeShifted,
    /// The claims say the same thing.
    Agreement,
}

impl Verdict {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Contradiction => "contradiction",
            Verdict::TimeShifted => "time-shifted",
            Verdict::Agreement => "agreement",
        }
    }
}

/// A verdict with its reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    /// The verdict.
    pub verdict: Verdict,
    /// 0 to 1: how sure the judge is that the claims are about one thing
    /// and that the verdict follows.
    pub confidence: f64,
    /// One line a reviewer can check.
    pub explanation: String,
}

/// Context similarity (cosine over word sets) that alone is reason enough to
/// believe two sentences describe the same thing.
pub const SIMILAR_WORDING: f64 = 0.3;

/// Judges two claims of one block. `Err` says why they are not taken to be
/// about the same thing.
pub fn judge(a: &Claim, b: &Claim, rules: &RuleSet) -> Result<Judgement, String> {
    // Stories that both name people, places or bodies but none in common
    // are about different events, however alike a sentence, a quote or a
    // date reads.
    let (sa, sb) = (&a.context.story, &b.context.story);
    if !sa.is_empty() && !sb.is_empty() && !shares_any(sa, sb) {
        return Err("the two stories name no one and nothing in common".into());
    }
    match (&a.body, &b.body) {
        (ClaimBody::Figure(fa), ClaimBody::Figure(fb)) => {
            judge_figures(fa, &a.context, fb, &b.context, rules)
        }
        (ClaimBody::Date(da), ClaimBody::Date(db)) => {
            judge_dates(da, &a.context, db, &b.context, rules)
        }
        (ClaimBody::Attribution(qa), ClaimBody::Attribution(qb)) => {
            judge_quotes(qa, &a.context, qb, &b.context, rules)
        }
        (ClaimBody::Role(ra), ClaimBody::Role(rb)) => {
            judge_roles(ra, &a.context, rb, &b.context, rules)
        }
        _ => Err("different kinds of claim".into()),
    }
}

/// Two sums of money whose topics a word beside each read apart ("to pay
/// £6.4 million towards the removal" / "to contribute £5.8 million to the
/// cost"), in clauses that name one party and no head noun of either's own:
/// what the money is for, told two ways, not two kinds of money.
fn one_payer(
    x: &Topic,
    fa: &Figure,
    ca: &Context,
    y: &Topic,
    fb: &Figure,
    cb: &Context,
    rules: &RuleSet,
) -> bool {
    let headless = |f: &Figure, t: &Topic| {
        f.head
            .as_deref()
            .is_none_or(|h| !t.named_by(&singular(h), &stem(h)))
    };
    x.dimension == Dimension::Money
        && y.dimension == Dimension::Money
        && headless(fa, x)
        && headless(fb, y)
        && ca.clause.iter().any(|e| named_in(e, &cb.clause, rules))
}

/// "£2.4 million for an interim compensation fund" / "an interim
/// compensation fund worth £4.2 million": two figures told of one thing
/// named by one noun phrase of two words or more (the head, or what a bare
/// sum pays for, with its qualifiers) are about that thing, whichever
/// topic the words round each named.
fn one_named_thing(fa: &Figure, fb: &Figure) -> bool {
    let named =
        |f: &Figure| -> Vec<String> { f.modifiers.iter().cloned().chain(f.head.clone()).collect() };
    let a = named(fa);
    a.len() > 1 && a == named(fb)
}

fn judge_figures(
    fa: &Figure,
    ca: &Context,
    fb: &Figure,
    cb: &Context,
    rules: &RuleSet,
) -> Result<Judgement, String> {
    let topic_of = |f: &Figure| f.topic.and_then(|t| rules.topics.get(t));
    // One noun counted on both sides names its own topic, whatever word
    // near one figure named another ("ordered to pay £6,450 towards the
    // cost of the prosecution" / "prosecution costs of £4,650").
    let one_head = fa
        .head
        .as_deref()
        .filter(|h| fb.head.as_deref() == Some(*h));
    let named_by_head = |t: &&Topic| one_head.is_some_and(|h| t.named_by(&singular(h), &stem(h)));
    let topic = match (topic_of(fa), topic_of(fb)) {
        (Some(x), Some(y)) if x.id != y.id => match [x, y].into_iter().find(named_by_head) {
            Some(t) => Some(t),
            None if one_payer(x, fa, ca, y, fb, cb, rules) || one_named_thing(fa, fb) => None,
            None => return Err(format!("different topics: '{}' vs '{}'", x.id, y.id)),
        },
        (Some(x), Some(_)) => Some(x),
        _ => None,
    };
    let time_bound = topic.is_some_and(|t| t.time_bound);
    if !frames_meet(fa.frame, fb.frame) {
        let name = |f: &Figure| f.frame.map_or("plain", |x| x.name());
        return Err(format!("different frames: {} vs {}", name(fa), name(fb)));
    }
    // Two other instances ("last year's 12-day strike", "a separate walkout
    // in December") are one only if they happened at one time.
    if fa.frame == Some(Frame::Separate) {
        if let (Some(x), Some(y)) = (ca.when, cb.when) {
            if x.apart(&y) {
                return Err(format!(
                    "two other instances: {} and {}",
                    x.display(),
                    y.display()
                ));
            }
        }
    }
    // "The aircraft came to rest 40 metres from the fence" / "the Tarrock
    // stopped 110 metres short of the barrier": a position is told of the
    // thing placed, which a story names once and then describes, so a
    // length with no name of its own before it may be any named thing's.
    let positions = fa.unit.is_length() && fb.unit.is_length();
    if let Some(why) = different_subjects(ca, cb, rules, positions) {
        return Err(format!("different subjects: {why}"));
    }
    if let Some(why) = part_by_place(fa, ca, fb, cb, rules) {
        return Err(format!("a part and a wider count: {why}"));
    }
    if topic.is_none() {
        if let Some(why) = two_tellings(fa, fb) {
            return Err(why);
        }
    }
    if let Some(why) = some_by_another_deed(fa, fb) {
        return Err(why);
    }
    // "Now employs 52 staff" / "employed 38 people at the time": what
    // stands now against a count told in the past tense ("have now died"
    // is a tally up to now, no state).
    let now_and_then = |x: &Figure, y: &Figure| {
        x.moved == Some(Move::Now)
            && x.told == Some(Telling::Standing)
            && y.told == Some(Telling::Happened)
            && y.moved.is_none()
    };
    if now_and_then(fa, fb) || now_and_then(fb, fa) {
        return Err("different time frames: now vs a count told in the past".into());
    }
    // "4,700 households have submitted claims that are now frozen" /
    // "said on Thursday evening that 5,150 households were now awaiting":
    // each "now" is the day it was told, and two such days apart are two
    // times' counts.
    if fa.moved == Some(Move::Now) && fb.moved == Some(Move::Now) {
        if let (Some(x), Some(y)) = (effective_day(ca), effective_day(cb)) {
            if x.apart(&y) {
                return Err(format!(
                    "different time frames: now on {} vs now on {}",
                    x.display(),
                    y.display()
                ));
            }
        }
    }
    if topic.is_some_and(|t| t.cumulative) {
        if let Some(why) = part_of_a_total(fa, ca, fb, cb, rules) {
            return Err(format!("a part and a total: {why}"));
        }
    }
    let rates = fa.per.is_some() && fb.per.is_some();
    // A count that grows, reported on two different days, is compared as a
    // story that moved on; the day words then do not make it another frame.
    let cumulative = topic.is_some_and(|t| t.cumulative);
    let days = match (effective_day(ca), effective_day(cb)) {
        (Some(a), Some(b)) if cumulative && a.apart(&b) => Some((a, b)),
        _ => None,
    };
    if let Some(why) = different_frames(ca, cb, time_bound && days.is_none(), rates) {
        return Err(format!("different time frames: {why}"));
    }
    // Two figures each told with a day of its own, days apart ("four by
    // Tuesday morning" / "seven as of Wednesday afternoon"), are two
    // times' figures, unless their topic compares a count that grows.
    if !cumulative && ca.dated_here && cb.dated_here {
        if let (Some(x), Some(y)) = (ca.when, cb.when) {
            // A night is told of the day it falls on ("Thursday night" /
            // "Friday night" are two days' counts); against a plain day it
            // is told of both its days ("the early hours of Sunday" /
            // "on Sunday").
            let night = |s: DateSpan| s.precision == Precision::Night;
            let days = |s: DateSpan| matches!(s.precision, Precision::Day | Precision::Night);
            let apart = if night(x) && night(y) {
                x.start != y.start
            } else {
                x.apart(&y)
            };
            if days(x) && days(y) && apart {
                return Err(format!("told of two days: {} and {}", x.start, y.start));
            }
        }
    }
    let same_head = match (&fa.head, &fb.head) {
        (Some(x), Some(y)) => {
            similar_heads(x, y)
                || same_count_class(fa, fb)
                || same_noun_class(x, y, rules)
                || same_thing(x, y)
                || counted_as_one_deed(fa, fb)
                || a_kind_of_thing(x, y)
                || a_kind_of_thing(y, x)
        }
        _ => false,
    };
    // Two counts of people by different nouns ("runners" / "competitors")
    // may count one crowd: the nouns do not clash, though the wording
    // must still tell that they are one.
    let both_people = counts_people_of(fa) && counts_people_of(fb);
    // "Cargo revenue" against plain "revenue" many times larger: a part and
    // the whole.
    // A bare figure whose sentence names the other's head ("Revenue rose 9%
    // to €2.4 billion") is about that head too.
    let head_named = |f: &Figure, c: &Context, other: &Figure| {
        f.head.is_none()
            && other
                .head
                .as_ref()
                .is_some_and(|h| c.words.contains(&stem(h)))
    };
    let one_thing = same_head || head_named(fa, ca, fb) || head_named(fb, cb, fa);
    // "six other clocks are still out there": what remains besides those
    // told apart, never the whole.
    let remainder = |f: &Figure| f.modifiers.iter().any(|w| w == "other");
    if remainder(fa) != remainder(fb) {
        return Err("the others besides some, against the whole".into());
    }
    if (one_thing || both_people) && qualified_part(fa, fb) {
        return Err("a qualified part against the whole".into());
    }
    if listed_part(fa, fb) || listed_part(fb, fa) {
        return Err("a part the whole's sentence lists".into());
    }
    if same_head && modifiers_clash(fa, fb) {
        return Err(format!(
            "different things: '{} {}' vs '{} {}'",
            fa.modifiers.join(" "),
            fa.head.as_deref().unwrap_or_default(),
            fb.modifiers.join(" "),
            fb.head.as_deref().unwrap_or_default()
        ));
    }
    // Heads that are both words of the shared topic ("quake" / "earthquake"
    // under magnitude) name the topic's thing, not two things.
    let topic_word = |f: &Figure| {
        topic.is_some_and(|t| {
            f.head
                .as_deref()
                .is_some_and(|h| t.named_by(&singular(h), &stem(h)))
        })
    };
    // "a £14.2m refurbishment completed in 2021" / "the 2021 overhaul,
    // which cost £19.6 million": sums of two kinds of one deed, done in
    // one past year, are that deed's cost.
    let one_dated_deed = matches!(fa.unit, Unit::Money(_))
        && match (deed_of_head(fa), deed_of_head(fb)) {
            (Some(x), Some(y)) => same_deed(x, y) || kinds_of_one_deed(x, y),
            _ => false,
        }
        && same_past_year(ca, cb);
    // "put the collection at £45,000" / "valued the medals at £64,000":
    // the worth of a group of things is the worth of what it holds.
    let worth_of_what_it_holds = matches!(fa.unit, Unit::Money(_))
        && match (&fa.head, &fb.head) {
            (Some(x), Some(y)) => holds_things(x, y) || holds_things(y, x),
            _ => false,
        };
    let kin_heads = same_head || both_people || one_dated_deed || worth_of_what_it_holds;
    let heads_clash = fa.head.is_some()
        && fb.head.is_some()
        && !kin_heads
        && !phrases_overlap(fa, fb)
        && !(topic_word(fa) && topic_word(fb));
    let shared = shared_subjects(&ca.subjects, &cb.subjects, rules);
    let same_story = one_story(&ca.story, &cb.story, None);
    // Two documents that each name others, too few of them in common to
    // be one story, and whose sentences share no name, or one where each
    // story has a cast of its own (three names or more: "the River Wendle"
    // / "the Wendle valley" of two stories), tell two stories, however
    // alike the sentences read.
    let casts = ca.story.len() >= 3 && cb.story.len() >= 3;
    if !same_story
        && (shared.is_empty() || (shared.len() == 1 && casts))
        && !ca.story.is_empty()
        && !cb.story.is_empty()
    {
        return Err("different stories: too few names in common".into());
    }
    let shared_document = if same_story {
        shared_names(&ca.story, &cb.story, rules, STORY_NAMES_SHOWN)
    } else {
        Vec::new()
    };
    // Heads that name one thing ("crop" / "harvest") are one word of the
    // wording.
    let mut words_b = with_head(cb, fb);
    if let (Some(x), Some(y)) = (&fa.head, &fb.head) {
        if x != y && !counts_people_of(fa) && !counts_people_of(fb) && same_thing(x, y) {
            words_b.push(stem(x));
            words_b.sort();
            words_b.dedup();
        }
    }
    let wording = cosine(&with_head(ca, fa), &words_b);
    let close_wording = wording >= SIMILAR_WORDING;
    // A thing ranked in a series ("the £3,500 first prize") is one of
    // what another noun it qualifies names unranked ("a total prize fund
    // of £8,000"): a part and its whole.
    let ranked = |f: &Figure| f.modifiers.iter().any(|m| ranks_in_a_series(m));
    let one_of_the_series = |x: &Figure, y: &Figure| {
        ranked(x)
            && !ranked(y)
            && x.head.as_ref().is_some_and(|h| {
                y.head.as_ref().is_some_and(|whole| whole != h) && y.modifiers.contains(h)
            })
    };
    if one_of_the_series(fa, fb) || one_of_the_series(fb, fa) {
        return Err("one ranked in a series against another thing: a part and its whole".into());
    }
    // Parts of one whole ("two of the victims") are one part only where
    // the sentences tell the same of them.
    let part = fa.per.as_deref().is_some_and(names_a_whole);
    if part && !close_wording {
        return Err(format!(
            "parts of one whole told apart (wording {wording:.2})"
        ));
    }

    // A reason to believe both describe the same thing.
    let reason = match topic {
        Some(_) => {
            !shared.is_empty()
                || close_wording
                || ((!heads_clash || wording >= SIMILAR_WORDING * 2.0 / 3.0)
                    && !shared_document.is_empty())
        }
        // No topic rule: the head noun must not clash, and the sentences must
        // share more than the corpus does.
        None => {
            // A head one side names is in the other's sentence ("lasted six
            // hours" in a sentence about a recount / "a three-hour recount").
            let head_in = |f: &Figure, c: &Context| {
                f.head.as_ref().is_some_and(|h| c.words.contains(&stem(h)))
            };
            let alike = same_head || phrases_overlap(fa, fb) || head_in(fa, cb) || head_in(fb, ca);
            // One deed done to two nouns of one crowd in one story ("11
            // competitors were treated" / "18 racers needed treatment"):
            // a crowd is counted in other words as often as it is told in
            // them. A count of people its sentence names by no noun
            // ("seven injured") may be of any crowd.
            let one_crowd = both_people
                && match (&fa.head, &fb.head) {
                    (Some(x), Some(y)) => may_count_one_crowd(x, y),
                    _ => true,
                };
            let (deeds_a, deeds_b) = (deeds_of(fa), deeds_of(fb));
            let one_deed = |related: fn(&str, &str) -> bool| {
                deeds_a
                    .iter()
                    .any(|x| deeds_b.iter().any(|y| related(x, y)))
            };
            let one_crowd_one_deed = one_crowd && (one_deed(one_deed_first) || one_goal(fa, fb));
            // Things of one class that one deed was done to ("seized 38
            // vehicles" / "impounded 46 cars"): one lot, told in other
            // words.
            let one_lot_one_deed = !both_people && same_count_class(fa, fb) && one_deed(same_deed);
            // Sums whose phrases name one thing they are of ("the cost of
            // repairs" / "a repair bill") in one story are that thing's
            // sum, however long the sentences around them run.
            let one_purpose = matches!(fa.unit, Unit::Money(_)) && phrases_overlap(fa, fb);
            !heads_clash
                && (((one_crowd_one_deed || one_lot_one_deed || one_dated_deed || one_purpose)
                    && !shared_document.is_empty())
                    || close_wording
                    || (!shared.is_empty() && (alike || wording >= SIMILAR_WORDING / 2.0))
                    || (!shared_document.is_empty()
                        && ((alike && wording >= SIMILAR_WORDING / 3.0)
                            || wording >= SIMILAR_WORDING * 0.8)))
        }
    };
    if !reason {
        return Err(format!(
            "no reason to think they are the same (shared names: {}, wording {wording:.2}, heads {:?}/{:?})",
            shared.len(),
            fa.head,
            fb.head
        ));
    }
    // Under a time-bound topic, a figure many times another is a total
    // against a part ("tens of thousands" in the war, nine on Monday).
    // Counts far apart are a total and a part, not a slip: under a
    // time-bound topic (a day's toll and the war's), or by orders of
    // magnitude (a ward's majority and the citywide margin).
    // Money far apart is two sums too, unless the digits are the same and
    // only the scale slipped ("$2.8 million" for "$2.8 billion").
    let ratio = magnitude_ratio(fa, fb);
    let counted = matches!(fa.unit, Unit::Count(_));
    let scale_slip = (ratio.log10() - ratio.log10().round()).abs() < 0.005;
    let money = matches!(fa.unit, Unit::Money(_)) && !scale_slip;
    if (time_bound && ratio > PART_AND_WHOLE_RATIO)
        || ((counted || money) && ratio > ORDERS_APART_RATIO)
    {
        return Err("one figure is many times the other: a total and a part".into());
    }

    let mut reasons = Vec::new();
    match topic {
        Some(t) => reasons.push(format!("same topic '{}'", t.id)),
        None => reasons.push(format!(
            "both about '{}'",
            fa.head.as_deref().or(fb.head.as_deref()).unwrap_or("?")
        )),
    }
    if !shared.is_empty() {
        reasons.push(format!("both name {}", shared.join(", ")));
    } else if !shared_document.is_empty() {
        reasons.push(format!("in stories about {}", shared_document.join(", ")));
    }
    if close_wording {
        reasons.push(format!("similar wording ({wording:.2})"));
    }
    let mut confidence = 0.45
        + if topic.is_some() { 0.15 } else { 0.0 }
        + if same_head { 0.1 } else { 0.0 }
        + if shared.is_empty() { 0.0 } else { 0.15 }
        + 0.15 * (wording / 0.6).min(1.0);

    let tolerance = topic.map_or_else(|| default_tolerance(&fa.unit), |t| t.tolerance);
    let magnitude = fa.interval.magnitude().max(fb.interval.magnitude());
    let slack = tolerance.slack(magnitude) + conversion_rounding(fa, fb);
    let (va, vb) = (fa.value_text(), fb.value_text());
    // "Fines of up to £500" against "up to £1,000": two ceilings stated for
    // one thing are two answers, though both take in every smaller value.
    let ceiling = |f: &Figure| {
        (f.hedge.is_some() && f.interval.low == 0.0 && f.interval.high.is_finite())
            .then(|| Interval::closed(f.interval.high, f.interval.high))
    };
    let separated = match (ceiling(fa), ceiling(fb)) {
        (Some(a), Some(b)) => a.separated(&b, slack),
        _ => fa.interval.separated(&fb.interval, slack),
    };
    let tolerance_text = match tolerance {
        Tolerance::Absolute(x) => format_number(x),
        Tolerance::Relative(x) => format!("{}%", format_number(x * 100.0)),
    };
    if separated && (fa.loose || fb.loose) {
        return Err(format!(
            "{va} and {vb}: a loose count ('a few') is not disputed by a number outside it"
        ));
    }
    // A count, or a sum that may grow ("the reward has now risen to
    // £5,000"), is told at a stage of a story.
    let tallied = counted || matches!(fa.unit, Unit::Money(_));
    let (verdict, outcome) = if !separated {
        (Verdict::Agreement, format!("{va} and {vb} overlap"))
    } else if let Some(outcome) = tallied.then(|| first_stage(fa, fb)).flatten() {
        outcome
    } else if let Some((day_a, day_b)) = days.filter(|_| growth_told(fa, ca) || growth_told(fb, cb))
    {
        grown(fa, day_a, fb, day_b)
    } else if let Some(outcome) = tallied.then(|| moved_on(fa, ca, fb, cb)).flatten() {
        outcome
    } else if let Some(outcome) = anchored(fa, ca, fb, cb, topic.is_some_and(|t| t.ongoing), slack)
    {
        outcome
    } else {
        (
            Verdict::Contradiction,
            format!("{va} and {vb} do not overlap (tolerance {tolerance_text})"),
        )
    };
    if !separated && (fa.interval.high.is_infinite() || fb.interval.high.is_infinite()) {
        confidence -= 0.1; // an open bound agrees with much
    }
    Ok(Judgement {
        verdict,
        confidence: (confidence.clamp(0.0, 1.0) * 100.0).round() / 100.0,
        explanation: format!("{}; {outcome}", reasons.join(", ")),
    })
}

/// Whether a figure is told as a count that has risen ("has risen to
/// 14"): the fact it counts is a running one, whichever story says so.
pub fn told_as_risen(claim: &Claim) -> bool {
    matches!(&claim.body, ClaimBody::Figure(f) if f.moved == Some(Move::Rose))
}

/// Two counts of a fact some story tells as risen, read on days apart: a
/// later count at least as large is the story moving on, a smaller one a
/// contradiction. `None` unless both are counts with days apart.
pub fn as_running_count(a: &Claim, b: &Claim) -> Option<Judgement> {
    let (ClaimBody::Figure(fa), ClaimBody::Figure(fb)) = (&a.body, &b.body) else {
        return None;
    };
    let tallied = |f: &Figure| matches!(f.unit, Unit::Count(_) | Unit::Money(_));
    if !tallied(fa) || !tallied(fb) {
        return None;
    }
    let (day_a, day_b) = (effective_day(&a.context)?, effective_day(&b.context)?);
    if !day_a.apart(&day_b) {
        return None;
    }
    let (verdict, explanation) = grown(fa, day_a, fb, day_b);
    Some(Judgement {
        verdict,
        confidence: 0.5,
        explanation: format!("another story tells the count as risen; {explanation}"),
    })
}

/// Whether a count is told as standing at a time, so that two reports
/// days apart may be the count moving on: its sentence gives its day ("by
/// Monday morning, two had died") or tells it as moving ("has risen to",
/// "now", "at first"). A tally told of the happening alone ("Seven people
/// were injured when the mast snapped") is its whole, whenever reported.
fn growth_told(f: &Figure, c: &Context) -> bool {
    c.dated_here || f.moved.is_some()
}

/// The day a claim speaks of: the date its sentence gives, else the day its
/// document was published.
fn effective_day(c: &Context) -> Option<DateSpan> {
    c.when.or_else(|| {
        c.published.map(|p| DateSpan {
            start: p,
            end: p,
            precision: Precision::Day,
        })
    })
}

/// A growing count reported on two days: a later figure at least as large
/// is the story moving on (time-shifted); a later figure that is smaller
/// contradicts the earlier.
fn grown(fa: &Figure, day_a: DateSpan, fb: &Figure, day_b: DateSpan) -> (Verdict, String) {
    let ((early, early_day), (late, late_day)) = if day_a.start <= day_b.start {
        ((fa, day_a), (fb, day_b))
    } else {
        ((fb, day_b), (fa, day_a))
    };
    let fits = grew(&early.interval, &late.interval);
    let (e, l) = (early.value_text(), late.value_text());
    let (ed, ld) = (early_day.display(), late_day.display());
    if fits {
        (
            Verdict::TimeShifted,
            format!("{e} as of {ed}, then {l} as of {ld}: a count that grew"),
        )
    } else {
        (
            Verdict::Contradiction,
            format!("{e} as of {ed}, but only {l} as of {ld}: a later count is lower"),
        )
    }
}

/// A first stage's count ("20 houses were initially evacuated") against
/// one told otherwise: the other is of a later stage, whatever days the
/// two are read as of.
fn first_stage(fa: &Figure, fb: &Figure) -> Option<(Verdict, String)> {
    let first = |f: &Figure| f.moved == Some(Move::First);
    if first(fa) == first(fb) {
        return None;
    }
    let (early, late) = if first(fa) { (fa, fb) } else { (fb, fa) };
    Some((
        Verdict::TimeShifted,
        format!(
            "{} at first, {} later: a count that moved",
            early.value_text(),
            late.value_text()
        ),
    ))
}

/// Two values of a count one side tells as moving ([`Figure::moved`]):
/// told of two days, they are compared as a count that grew; told of one
/// day, a larger value told as a rise to it ("has risen to 27") follows the
/// smaller. `None` where neither tells a move, or nothing fits.
fn moved_on(fa: &Figure, ca: &Context, fb: &Figure, cb: &Context) -> Option<(Verdict, String)> {
    // A first stage is read by [`first_stage`]; "now" tells no move.
    let moving = |f: &Figure| matches!(f.moved, Some(Move::Rose | Move::AsOf));
    if !moving(fa) && !moving(fb) {
        return None;
    }
    let (day_a, day_b) = (effective_day(ca)?, effective_day(cb)?);
    if day_a.apart(&day_b) {
        return Some(grown(fa, day_a, fb, day_b));
    }
    let ((small, small_day), (large, _)) = if fa.interval.high <= fb.interval.low {
        ((fa, day_a), (fb, day_b))
    } else {
        ((fb, day_b), (fa, day_a))
    };
    (large.moved == Some(Move::Rose)).then(|| {
        (
            Verdict::TimeShifted,
            format!(
                "{} as of {}, told as risen to {}: a count that moved",
                small.value_text(),
                small_day.display(),
                large.value_text()
            ),
        )
    })
}

/// The age of something ongoing ("a three-and-a-half-year war"), stated in
/// reports published at different times, compared by when it began: the
/// same start fits both (time-shifted) or none does (a contradiction).
/// `None` when the claims cannot be anchored.
fn anchored(
    fa: &Figure,
    ca: &Context,
    fb: &Figure,
    cb: &Context,
    ongoing: bool,
    slack: f64,
) -> Option<(Verdict, String)> {
    let (Unit::Duration { seconds, .. }, Some(pa), Some(pb)) =
        (&fa.unit, ca.published, cb.published)
    else {
        return None;
    };
    if !ongoing || fa.frame.is_some() || pa == pb {
        return None;
    }
    // A stated length is rounded to its unit: "three years" is 2.5 to 3.5.
    let start = |f: &Figure, published: jiff::civil::Date| {
        let own = f.unit.own_unit().map_or(*seconds, |(_, size)| size);
        let widened = if f.interval.is_point() {
            own / 2.0
        } else {
            0.0
        };
        let at = published_seconds(published);
        Interval {
            low: at - (f.interval.high + widened),
            high: at - (f.interval.low - widened),
            low_open: f.interval.high_open,
            high_open: f.interval.low_open,
        }
    };
    let (sa, sb) = (start(fa, pa), start(fb, pb));
    let (va, vb) = (fa.value_text(), fb.value_text());
    Some(if sa.separated(&sb, slack) {
        (
            Verdict::Contradiction,
            format!("{va} as of {pa} and {vb} as of {pb} fit no common start"),
        )
    } else {
        (
            Verdict::TimeShifted,
            format!("{va} as of {pa} and {vb} as of {pb} fit one start: time has passed"),
        )
    })
}

/// Seconds from 1970-01-01 to the start of `date`.
fn published_seconds(date: jiff::civil::Date) -> f64 {
    jiff::civil::Date::constant(1970, 1, 1)
        .duration_until(date)
        .as_secs() as f64
}

/// How far apart two measures written in different units may be and
/// still be one figure converted: each exact one was rounded to its last
/// written digit ("the 168lb limit" is 76.2035kg, written "76.2kg"), so
/// the halves of those steps, in the common unit. Nothing for one unit.
fn conversion_rounding(fa: &Figure, fb: &Figure) -> f64 {
    let (Unit::Measure { word: wa, .. }, Unit::Measure { word: wb, .. }) = (&fa.unit, &fb.unit)
    else {
        return 0.0;
    };
    let half_step = |f: &Figure| match f.unit {
        Unit::Measure { factor, .. } if f.interval.low == f.interval.high && factor > 0.0 => {
            written_step(f.interval.low / factor) * factor / 2.0
        }
        _ => 0.0,
    };
    if wa == wb {
        0.0
    } else {
        half_step(fa) + half_step(fb)
    }
}

/// How many times larger one figure is than the other, by their nearest bounds.
fn magnitude_ratio(fa: &Figure, fb: &Figure) -> f64 {
    let point = |f: &Figure| {
        if f.interval.high.is_finite() {
            (f.interval.low + f.interval.high) / 2.0
        } else {
            f.interval.low
        }
    };
    let (a, b) = (point(fa).abs(), point(fb).abs());
    let (small, large) = if a < b { (a, b) } else { (b, a) };
    if small == 0.0 {
        return if large == 0.0 { 1.0 } else { f64::INFINITY };
    }
    large / small
}

/// Beyond this ratio, two time-bound figures are read as a part and a whole.
pub const PART_AND_WHOLE_RATIO: f64 = 20.0;

/// Beyond this ratio, any two counts are read as a part and a whole.
pub const ORDERS_APART_RATIO: f64 = 100.0;

/// Heads that name one thing: equal stems, or one a compound of the other
/// ("rain" / "rainfall").
fn similar_heads(a: &str, b: &str) -> bool {
    let (a, b) = (stem(a), stem(b));
    a == b || (a.len() >= 4 && b.len() >= 4 && (a.starts_with(&b) || b.starts_with(&a)))
}

/// Nouns the rules put in one class ("strike" / "walkout").
fn same_noun_class(a: &str, b: &str, rules: &RuleSet) -> bool {
    matches!((rules.count_classes.get(a), rules.count_classes.get(b)), (Some(x), Some(y)) if x == y)
}

/// Why two figures no shared topic governs count two things by how their
/// sentences tell them: a count that stands ("the plant employs 230
/// workers") against a happening's tally ("85 workers were evacuated").
/// Two happenings' verbs alone do not tell them apart (one crowd "walked
/// out" and "joined the strike"), but two deeds may ([`two_deeds`]); no
/// verb tells positions apart ("the gallery lies 320 metres down" / "the
/// men were trapped 410 metres down"): only counts and amounts of a stuff
/// ("holds 800 kilograms of ammonia" / "40kg of ammonia escaped") are told
/// one way or the other.
fn two_tellings(fa: &Figure, fb: &Figure) -> Option<String> {
    match (fa.told, fb.told) {
        (Some(x), Some(y)) => {
            if x != y && x != Telling::Whole && y != Telling::Whole {
                return Some("a standing count and the tally of a happening".to_string());
            }
        }
        // A verb that tells no telling may still tell a deed ("work
        // carried out by two of the studio's artists").
        _ if fa.deed.is_some() && fb.deed.is_some() => {}
        _ => return None,
    }
    two_deeds(fa, fb).or_else(|| two_goals(fa, fb))
}

/// "Three people were taken to hospital" / "213 people were led out of
/// the store": a count of people taken somewhere against one a deed of
/// another kind was done to, or taken elsewhere, counts another crowd.
/// Things sent or fallen somewhere are told of where they went in many
/// words ("sent to the school" / "attended the scene", "into the harbour
/// basin" / "into the water").
fn two_goals(fa: &Figure, fb: &Figure) -> Option<String> {
    if !counts_people_of(fa) || !counts_people_of(fb) {
        return None;
    }
    let (ga, gb) = (goal_of(fa), goal_of(fb));
    if (ga.is_none() && gb.is_none()) || one_goal(fa, fb) {
        return None;
    }
    let (Some(va), Some(vb)) = (&fa.deed, &fb.deed) else {
        return None;
    };
    let (va, vb) = (&va.verb, &vb.verb);
    let one_verb = one_deed_first(va, vb) && (ga.is_none() || gb.is_none());
    (!one_verb).then(|| {
        format!(
            "counts of two deeds: {va} to {} / {vb} to {}",
            ga.unwrap_or("nowhere told"),
            gb.unwrap_or("nowhere told")
        )
    })
}

/// "Four players had lodged appeals" / "11 players were suspended": those
/// who did a deed to something else, against a count whose verb tells no
/// deed WordNet relates to it (by its verb or by the noun of its object: "joined
/// the strike" / "walked out"), count two sets.
/// An object that names a place is where the deed went ("six ambulances
/// attended the scene"), not another thing it was done to: it counts the
/// same things as "nine ambulances were sent"; so is one a verb of motion
/// takes: "17 alerts were sent to the duty phone" and "29 warnings
/// reached the on-call handset" went to one place ([`one_goal`]).
fn two_deeds(fa: &Figure, fb: &Figure) -> Option<String> {
    let done_to_another = |f: &Figure| {
        f.deed
            .as_ref()
            .and_then(|d| d.object.as_deref())
            .is_some_and(|o| !names_a_place(o))
    };
    if (!done_to_another(fa) && !done_to_another(fb)) || one_goal(fa, fb) {
        return None;
    }
    let (da, db) = (deeds_of(fa), deeds_of(fb));
    let related = da.iter().any(|a| db.iter().any(|b| same_deed(a, b)));
    let describe = |d: &[String]| {
        if d.is_empty() {
            "no deed".to_string()
        } else {
            d.join(" ")
        }
    };
    (!related).then(|| format!("counts of two deeds: {} / {}", describe(&da), describe(&db)))
}

/// "A dozen of the bows were handed back" / "customs seized 29 bows":
/// some of a whole the sentence names with no count, told by a deed,
/// against a count of that whole told by no deed WordNet relates to it,
/// count two sets ("14 of the keepers signed the letter" / "eleven
/// keepers signed it" count one, and so do some told as more than the
/// whole).
fn some_by_another_deed(fa: &Figure, fb: &Figure) -> Option<String> {
    // Some of a whole are fewer than it: "412 of the organ's pipes were
    // damaged" / "290 pipes were affected" count one set told two ways.
    let (part, whole) = if fa.partitive { (fa, fb) } else { (fb, fa) };
    if fa.partitive == fb.partitive || part.interval.low >= whole.interval.high {
        return None;
    }
    let (part_deeds, whole_deeds) = (deeds_of(part), deeds_of(whole));
    let related = part_deeds
        .iter()
        .any(|a| whole_deeds.iter().any(|b| same_deed(a, b)));
    // A whole told by no deed ("at least 23 volumes were missing") is
    // not told to be the part's ("nine of the missing volumes were
    // recovered").
    (!part_deeds.is_empty() && !related).then(|| {
        format!(
            "some of a whole by one deed, a count by another: {} / {}",
            part_deeds.join(" "),
            whole_deeds.join(" ")
        )
    })
}

/// What a count's verb tells was done: the verb, and the happening its
/// object names ("needed treatment" → "need", "treat").
fn deeds_of(f: &Figure) -> Vec<String> {
    f.deed
        .iter()
        .flat_map(|d| {
            let object = d
                .object
                .as_deref()
                .map(|o| happening_of_noun(o).unwrap_or(o).to_string());
            std::iter::once(d.verb.clone()).chain(object)
        })
        .collect()
}

/// Both counts' deeds took them to one place ("were taken to hospital" /
/// "were driven to Ossingrath General Hospital"): one deed, whatever the
/// verbs.
fn one_goal(fa: &Figure, fb: &Figure) -> bool {
    matches!((goal_of(fa), goal_of(fb)), (Some(x), Some(y)) if same_thing(x, y))
}

/// The deed a figure's head names: the verb WordNet makes its noun from
/// ("refurbishment" → "refurbish"), or the head itself where it is a verb
/// standing as a noun ("the 2019 revamp").
fn deed_of_head(f: &Figure) -> Option<&'static str> {
    let head = f.head.as_deref()?;
    verb_of_a_noun(head).or_else(|| verb_lemma(head, None).filter(|_| !is_noun(head)))
}

/// Both sentences name one year before either was published ("completed
/// in 2021" / "the 2021 overhaul").
fn same_past_year(a: &Context, b: &Context) -> bool {
    let (Some(pa), Some(pb)) = (a.published, b.published) else {
        return false;
    };
    let before = pa.year().min(pb.year());
    a.times.iter().any(|year| {
        year.len() == 4 && year.parse::<i16>().is_ok_and(|y| y < before) && b.times.contains(year)
    })
}

/// Where a count's deed took it, if its sentence says: the goal of its
/// verb ("sent to the duty phone"), or the object of a verb of motion
/// ("reached the on-call handset", "entered the river").
fn goal_of(f: &Figure) -> Option<&str> {
    let deed = f.deed.as_ref()?;
    deed.goal.as_deref().or_else(|| {
        deed.object
            .as_deref()
            .filter(|_| tells_a_motion(&deed.verb))
    })
}

/// Whether `f` counts people, by its class or its noun's meaning.
fn counts_people_of(f: &Figure) -> bool {
    matches!(&f.unit, Unit::Count(class) if counts_people(class))
}

/// Counted nouns of one class ("residents" / "people") name one thing.
fn same_count_class(fa: &Figure, fb: &Figure) -> bool {
    matches!((&fa.unit, &fb.unit), (Unit::Count(a), Unit::Count(b)) if a == b)
        && fa.head.is_some()
        && fb.head.is_some()
}

/// Whether two counts name what they count by nouns that are also verbs
/// sharing a sense ("seven bids had been received" / "three offers were
/// submitted"): a thing named for a deed is that deed's, whichever word
/// tells it. WordNet's first senses of the nouns may part ("bid" first
/// names an attempt), while the verbs meet.
fn counted_as_one_deed(fa: &Figure, fb: &Figure) -> bool {
    fn as_verb(f: &Figure) -> Option<&str> {
        f.head
            .as_deref()
            .filter(|h| verb_lemma(h, None) == Some(*h))
    }
    matches!((&fa.unit, &fb.unit), (Unit::Count(_), Unit::Count(_)))
        && match (as_verb(fa), as_verb(fb)) {
            (Some(x), Some(y)) => x != y && same_deed(x, y),
            _ => false,
        }
}

/// Modifiers that do not make a figure about something else.
const NEUTRAL_MODIFIERS: &[&str] = &[
    "new",
    "total",
    "additional",
    "extra",
    "further",
    "initial",
    "annual",
    "overall",
    "possible",
    "us",
    "american",
    "british",
    "european",
    "official",
];

/// Whether modifier `word` makes a figure about nothing else: a listed
/// one, or one that says when the thing was ("this year's crop") or what
/// someone thought or said of it ("the expected harvest", "the estimated
/// cost").
fn neutral_modifier(word: &str) -> bool {
    NEUTRAL_MODIFIERS.contains(&word)
        || names_a_time(word)
        || (past_shaped(word) && (tells_a_mind(word) || tells_a_message(word)))
}

/// One head, qualified in two ways that share nothing: "emergency funding"
/// and "recovery fund" are two pots of money. What things are and what
/// they hold are two ways, and one qualifies nothing against the other
/// ("Eighteen archive boxes" / "28 boxes of paperwork").
fn modifiers_clash(fa: &Figure, fb: &Figure) -> bool {
    // The stems of a figure's kind words and of its content words.
    let words = |f: &Figure| -> (Vec<String>, Vec<String>) {
        let (contents, kinds): (Vec<&String>, Vec<&String>) = f
            .modifiers
            .iter()
            .filter(|w| !neutral_modifier(w))
            .partition(|w| f.contents.contains(w));
        let stems = |ws: Vec<&String>| ws.into_iter().map(|w| stem(w)).collect::<Vec<_>>();
        (stems(kinds), stems(contents))
    };
    let ((kinds_a, contents_a), (kinds_b, contents_b)) = (words(fa), words(fb));
    let share = |x: &[String], y: &[String]| x.iter().any(|w| y.contains(w));
    let apart = |x: &[String], y: &[String]| !x.is_empty() && !y.is_empty() && !share(x, y);
    let shared = share(&kinds_a, &kinds_b)
        || share(&kinds_a, &contents_b)
        || share(&contents_a, &kinds_b)
        || share(&contents_a, &contents_b);
    !shared && (apart(&kinds_a, &kinds_b) || apart(&contents_a, &contents_b))
}

/// One side qualifies the head ("cargo revenue", "transatlantic
/// passengers"), the other does not, and the qualified figure is well below
/// the plain one.
fn qualified_part(fa: &Figure, fb: &Figure) -> bool {
    // A common noun's possessive tells whose the whole is ("the squad's
    // twenty-three riders"), no part of it.
    let qualified = |f: &Figure| {
        f.modifiers
            .iter()
            .any(|w| !neutral_modifier(w) && rate_word(w).is_none() && !w.ends_with("'s"))
    };
    // The whole as stated: "about 1,400" at 1,400, not at the top of its
    // tolerance; a ceiling ("up to 300") at its top, a floor at its floor.
    let point = |f: &Figure| match (f.interval.low > 0.0, f.interval.high.is_finite()) {
        (true, true) => (f.interval.low + f.interval.high) / 2.0,
        (false, true) => f.interval.high,
        _ => f.interval.low,
    };
    // The part at its least: "dozens of passengers from Lysander" are at
    // least 24 of them; a ceiling ("up to 300") is weighed at its top.
    let least = |f: &Figure| {
        if f.interval.low > 0.0 {
            f.interval.low
        } else {
            point(f)
        }
    };
    // A count told as the whole ("in total, three boats") holds any part
    // told with a qualifier ("two neighbouring boats"), however close.
    let whole = |f: &Figure| f.modifiers.iter().any(|w| w == ALL_OF_THEM);
    let part_of = |part: &Figure, of: &Figure| {
        least(part) * 2.0 < point(of) || (whole(of) && least(part) < point(of))
    };
    // Both qualified alike, one further by a kind ("Eastgate's 14 polling
    // stations" / "148 polling stations"): the further qualified is the
    // part. What they hold ("bottles of water") qualifies no part.
    let further = |x: &Figure, y: &Figure| {
        let extra = |x: &Figure, y: &Figure| {
            x.modifiers.iter().any(|w| {
                !neutral_modifier(w)
                    && rate_word(w).is_none()
                    && !x.contents.contains(w)
                    && !y.modifiers.contains(w)
            })
        };
        extra(x, y) && !extra(y, x)
    };
    match (qualified(fa), qualified(fb)) {
        (true, false) => part_of(fa, fb),
        (false, true) => part_of(fb, fa),
        (true, true) if further(fa, fb) => part_of(fa, fb),
        (true, true) if further(fb, fa) => part_of(fb, fa),
        _ => false,
    }
}

/// Whether `part` counts a thing `whole`'s sentence lists as held in it
/// ("gate takings of $11,250" / "raised $38,400, including gate
/// takings"), and is smaller. A kind of the whole's own thing listed
/// ("seven clocks, including a bracket clock") says no more than any
/// count of that thing.
fn listed_part(part: &Figure, whole: &Figure) -> bool {
    part.head.as_deref().is_some_and(|head| {
        whole.head.as_deref() != Some(head) && whole.parts.iter().any(|listed| listed == head)
    }) && part.interval.high < whole.interval.low
}

fn rate_word(word: &str) -> Option<()> {
    matches!(word, "annual" | "yearly" | "monthly" | "weekly" | "daily").then_some(())
}

/// WordNet's noun of whoever leads, of which "chief", "head" and
/// "director" are kinds.
const LEADER: &str = "leader";

/// The shortest beginning a noun of a decided deed shares with the verb
/// the other side's sentence gives it by ("revoc" / "revok").
const MIN_SHARED_BEGINNING: usize = 4;

/// The shortest stem two roles' words share to be one line of work
/// ("inspect" of "inspection" and "inspector").
const MIN_SHARED_STEM: usize = 5;

/// Whether modifier `word` ranks its thing in a series: an ordinal
/// ("first", "third", "2nd").
fn ranks_in_a_series(word: &str) -> bool {
    let numbered = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    numbered || ordinal_value(word).is_some()
}

/// The noun phrases share a word ("section of the harbour wall" / "metres of
/// the harbour wall").
fn phrases_overlap(fa: &Figure, fb: &Figure) -> bool {
    let words = |f: &Figure| -> Vec<String> {
        f.head.iter().chain(&f.modifiers).map(|w| stem(w)).collect()
    };
    let (wa, wb) = (words(fa), words(fb));
    wa.iter().any(|w| wb.contains(w))
}

/// How alike two quotes' words must be (Sørensen–Dice over character
/// bigrams of the folded text) to be one quote.
pub const SAME_QUOTE: f64 = 0.85;

/// The same for reported speech ("X said that ..."), which is paraphrase.
pub const SAME_REPORTED: f64 = 0.92;

/// Words a quote needs before it can tell who said it.
const MIN_QUOTE_WORDS: usize = 5;

/// Share of the longer quote's words that, in order, must be the other's
/// for two direct quotes to be one quote retold with a word or two changed
/// ("every bag off the shelves" / "every single bag from the shelves").
const RETOLD_SHARE: f64 = 0.75;

/// Words each side of a quote retold with a word or two changed must
/// keep ("went up in a single night" / "went up in one night").
const RETOLD_MIN_WORDS: usize = 8;

/// `words` from the first to the last that `other` says too.
fn shared_span<'w>(words: &'w [&'w str], other: &[&str]) -> &'w [&'w str] {
    let said = |w: &&str| other.contains(w);
    match (words.iter().position(said), words.iter().rposition(said)) {
        (Some(first), Some(last)) => &words[first..=last],
        _ => &[],
    }
}

/// Words in order two word lists share (their longest common subsequence).
fn words_in_order(a: &[&str], b: &[&str]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                row[j + 1].max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Two sources give one quote to different speakers. The same quote: near
/// the same words, or one quoting part of the other, or (direct quotes of
/// eight words or more) the same words in order but for a few; not words
/// many people say; not on occasions days apart. Spelling variants of one
/// speaker were merged before, so a different name is a different person.
fn judge_quotes(
    qa: &Attribution,
    ca: &Context,
    qb: &Attribution,
    cb: &Context,
    rules: &RuleSet,
) -> Result<Judgement, String> {
    let (a, b) = (&qa.normalised, &qb.normalised);
    let similarity = strsim::sorensen_dice(a, b);
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let partial = short.split(' ').count() >= 6 && long.contains(short.as_str());
    // Reported speech is paraphrase: only near-identical wording counts.
    let needed = if qa.direct && qb.direct {
        SAME_QUOTE
    } else {
        SAME_REPORTED
    };
    // A quote retold may be cut short at either end ("…, left out in the
    // rain for anyone to read"): words at its ends the other never says
    // are left out before the shares are weighed.
    let retold = || {
        let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
        let (wa, wb) = (shared_span(&wa, &wb), shared_span(&wb, &wa));
        let longer = wa.len().max(wb.len());
        wa.len().min(wb.len()) >= RETOLD_MIN_WORDS
            && words_in_order(wa, wb) as f64 >= RETOLD_SHARE * longer as f64
    };
    let direct = qa.direct && qb.direct;
    if similarity < needed && !(direct && (partial || retold())) {
        return Err(format!("different words ({similarity:.2})"));
    }
    // "will pay 12 billion" and "will pay 15 billion" are two statements,
    // however alike the rest: the figures say so.
    fn figures(q: &str) -> Vec<&str> {
        q.split(' ')
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
            .collect()
    }
    let (fa, fb) = (figures(a), figures(b));
    let within = |x: &[&str], y: &[&str]| x.iter().all(|w| y.contains(w));
    if !within(&fa, &fb) && !within(&fb, &fa) {
        return Err(format!(
            "different figures: {} / {}",
            fa.join(" "),
            fb.join(" ")
        ));
    }
    // A quote is words many people say when, the stock phrase taken out,
    // too little of it is left to tell who said it: "our deepest
    // condolences go to the families" is, a long sentence on the talks
    // ending in "much work remains" is not. What is left must be a
    // sentence of its own: twice the words of the shortest quote compared.
    let generic = |q: &str| {
        rules.generic_quotes.iter().any(|g| {
            q.contains(g.as_str())
                && q.replacen(g.as_str(), "", 1).split_whitespace().count() < 2 * MIN_QUOTE_WORDS
        })
    };
    if generic(a) || generic(b) || short.split(' ').count() < MIN_QUOTE_WORDS {
        return Err("words many people say".into());
    }
    // Days far apart are two occasions, unless the sentences name their
    // day in the same words ("today", "on Monday") and only the
    // publication days they were read against differ.
    if let (Some(wa), Some(wb)) = (ca.when, cb.when) {
        if wa.gap_days(&wb) > 2 && ca.times != cb.times {
            return Err("said on different occasions".into());
        }
    }
    // Two stories, each with a cast of its own, that share too few names
    // to be one: words both quote are a stock phrase, not one quote.
    if two_casts(ca, cb, None) {
        return Err("two stories: a stock phrase".into());
    }
    let (Speaker::Named(sa), Speaker::Named(sb)) = (&qa.speaker, &qb.speaker) else {
        return Err("an unnamed speaker cannot be checked".into());
    };
    let how = if partial {
        "one quotes part of the other".to_string()
    } else {
        format!("near the same words ({similarity:.2})")
    };
    let (verdict, outcome, confidence) = if sa == sb {
        (
            Verdict::Agreement,
            format!("both give it to {}", qa.speaker_name),
            0.8,
        )
    } else {
        (
            Verdict::Contradiction,
            format!("given to {} and to {}", qa.speaker_name, qb.speaker_name),
            0.6 + 0.3 * similarity.min(1.0),
        )
    };
    Ok(Judgement {
        verdict,
        confidence: (f64::min(confidence, 1.0) * 100.0).round() / 100.0,
        explanation: format!("the same quote, {how}; {outcome}"),
    })
}

/// How far apart two reports may be published and still describe one
/// person's role at one time.
pub const SAME_TIME_DAYS: i64 = 60;

/// Words that make a title the post second to it ("deputy leader", "vice
/// chair", "assistant manager"): English's prefixes of rank, a closed class.
const SECOND_RANKS: &[&str] = &["deputy", "vice", "assistant", "associate"];

/// One person, two titles at one time: "former T" against "T" contradicts,
/// and so do two posts of one kind ("foreign minister" / "defence
/// minister"), a role read from the text's shape against another head
/// ("prosecutor" / "defence lawyer"), and two listed titles WordNet does
/// not let one person bear at once ("incident commander" / "spokesman");
/// two phrasings of one title agree ("press secretary" / "White House
/// press secretary"); listed titles that may name one person ("chairman" /
/// "chair", "spokesman" / "spokeswoman", a "leader" and any title) are
/// left alone.
fn judge_roles(
    ra: &RoleClaim,
    ca: &Context,
    rb: &RoleClaim,
    cb: &Context,
    rules: &RuleSet,
) -> Result<Judgement, String> {
    if let (Some(pa), Some(pb)) = (ca.published, cb.published) {
        if days_between(pa.min(pb), pa.max(pb)) > SAME_TIME_DAYS {
            return Err("reports months apart: roles change".into());
        }
    }
    // Namesakes: two stories, each with a cast of its own (two names or
    // more besides the person), that share too few other names to be one
    // story tell of two people who share a name.
    if two_casts(ca, cb, Some(&ra.person)) {
        return Err("stories that share too few other names: namesakes".into());
    }
    // "Harbourmaster" / "harbour master": one title, its compound written
    // closed by one source and open by the other.
    let opened_a = compound_opened(ra, rb);
    let opened_b = compound_opened(rb, ra);
    let (ra, rb) = (
        opened_a.as_ref().unwrap_or(ra),
        opened_b.as_ref().unwrap_or(rb),
    );
    let (ta, tb) = (ra.role_text(), rb.role_text());
    // A role one source gives beside another ("Councillor Quayle, who
    // chairs the planning committee") is no other post than the one it
    // goes with, wherever another source names only one of them.
    if held_together(ra, rb, ra) || held_together(ra, rb, rb) {
        return Err(format!("'{ta}' and '{tb}' are held together"));
    }
    if ra.former == rb.former && two_sides(&ra.party, &rb.party) {
        return Ok(Judgement {
            verdict: Verdict::Contradiction,
            confidence: 0.7,
            explanation: format!(
                "{}: acts for '{}' and for '{}', two sides",
                ra.person_name,
                ra.party.join(" "),
                rb.party.join(" ")
            ),
        });
    }
    // "Prosecuting barrister" / "for the defence" (a defender): parts in
    // deeds WordNet opposes are two sides; one side told two ways is one
    // part.
    if let (Some((da, qa)), Some((db, qb))) = (side_deed(ra), side_deed(rb)) {
        // A qualifier names the side of one part at least: two titles
        // alone ("manager" / "commander") are weighed below.
        if ra.former == rb.former && (qa || qb) && opposite_deeds(da, db) {
            return Ok(Judgement {
                verdict: Verdict::Contradiction,
                confidence: 0.7,
                explanation: format!("{}: '{ta}' and '{tb}' are opposite sides", ra.person_name),
            });
        }
        // "Defence barrister" / "defender": one side told two ways.
        if (qa || qb) && da == db && opposed_by_a_party(da) {
            return Err(format!("'{ta}' and '{tb}' are one side"));
        }
    }
    let subset = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
    let same_title = ra.title == rb.title
        && (subset(&ra.qualifiers, &rb.qualifiers) || subset(&rb.qualifiers, &ra.qualifiers));
    let portfolio = |r: &RoleClaim| -> Vec<String> {
        r.qualifiers
            .iter()
            .filter(|q| rules.portfolios.contains(q))
            .cloned()
            .collect()
    };
    let head = |r: &RoleClaim| last_word(&r.title).to_string();
    // "defence lawyer" / "Vantongeren's attorney": two words for one post,
    // qualified alike; "emergency management director" and "claims
    // manager" are two posts.
    let one_role_in_two_words = synonyms(&head(ra), &head(rb))
        && (subset(&ra.qualifiers, &rb.qualifiers) || subset(&rb.qualifiers, &ra.qualifiers));
    // A role read from its place whose head the rules list ("union leader
    // Marguerite Ansbury-Kole") is judged as the listed title.
    let read_from_shape = |r: &RoleClaim| {
        let h = head(r);
        r.open && !rules.titles.iter().any(|t| t.last() == Some(&h))
    };
    // Two bodies named for one person's work at one time: a spokeswoman
    // for the distribution company is not also one for the grid operator,
    // nor the city's chief engineer one of a consultancy it hired. For one
    // kind of role both bodies must be named in full, by a name ending in
    // a kind of body ("Halvane Energy", "Westmarch University"; not "US
    // President Donald Trump's special envoy"), or be two kinds of body
    // ("the authority's chief hydrologist" / "a hydrologist at Westmarch
    // University"): "the company's food safety director" may be
    // "Brackwater's director".
    let named_in_full = |r: &RoleClaim| r.affiliation.len() > 1 && r.body_kind().is_some();
    let two_kinds = matches!((ra.body_kind(), rb.body_kind()), (Some(x), Some(y)) if x != y);
    // A group named like the other's body ("the Ferrisford crew" /
    // "Ferrisford Rowing Club") may be a part of it.
    let part_of = |x: &RoleClaim, y: &RoleClaim| {
        x.named_group() && x.affiliation.first() == y.affiliation.first()
    };
    // "The expedition's chief scientist" / "a biologist at the University
    // of Pellmoor": a post in an undertaking is held beside one in a body.
    // A body headed by a group noun ("the Education Quality
    // Directorate") is none, whatever noun opens its name.
    let undertaking = |r: &RoleClaim| match r.affiliation.as_slice() {
        [] => false,
        [only] => names_an_undertaking(only),
        [first, .., last] => names_an_undertaking(first) && !names_a_group(last),
    };
    // "The businessman's lawyer": a person one serves is a client, whom a
    // post at any body may serve.
    // So is one the story names by that surname ("Brazzemoor's defence
    // solicitor", where the story tells of Marisande Brazzemoor).
    let surname_in_story = |word: &str| {
        ca.story.iter().chain(cb.story.iter()).any(|who| {
            matches!(who, EntityRef::Unknown(name)
                if is_person(who, rules) && name.rsplit(' ').next() == Some(word))
        })
    };
    // A possessive pronoun ("her lawyer") stands for a person too.
    let serves_a_person = |r: &RoleClaim| match r.affiliation.as_slice() {
        [only] => names_a_person(only) || surname_in_story(only) || held_for_a_pronoun(r),
        _ => false,
    };
    // A body its story writes as a name ("Gilcrest Vane"), whatever words
    // a dictionary knows in it.
    let written_name = |r: &RoleClaim, c: &Context| {
        r.affiliation.len() > 1 && story_writes(c, &r.affiliation.join(" "), false)
    };
    // A name opens with a word no dictionary knows ("Gorvannic"), or its
    // story writes it as one.
    let a_name = |r: &RoleClaim, c: &Context| {
        r.affiliation.first().is_some_and(|w| !is_noun(w)) || written_name(r, c)
    };
    // "Senior blast engineer for Gorvannic Demolition" / "an engineer
    // hired by the residents' association": a body told by a qualified
    // kind, none of whose words the other's written name holds, is not
    // that named body ("the fire service" may be "Harwick Fire and
    // Rescue"; "the company" may be any firm).
    let kind_against_name = |x: &RoleClaim, cx: &Context, y: &RoleClaim, cy: &Context| {
        x.affiliation.len() > 1
            && x.body_kind().is_some()
            && !a_name(x, cx)
            && a_name(y, cy)
            && !x.affiliation.iter().any(|w| y.affiliation.contains(w))
    };
    let two_bodies = !undertaking(ra)
        && !undertaking(rb)
        && !serves_a_person(ra)
        && !serves_a_person(rb)
        && ((different_bodies(&ra.affiliation, &rb.affiliation)
            && (head(ra) != head(rb)
                || two_kinds
                || (named_in_full(ra) && named_in_full(rb))
                || kind_against_name(ra, ca, rb, cb)
                || kind_against_name(rb, cb, ra, ca)))
            || (head(ra) == head(rb)
                && two_named_bodies(
                    (&named_body(ra, rules), written_name(ra, ca)),
                    (&named_body(rb, rules), written_name(rb, cb)),
                )))
        && !part_of(ra, rb)
        && !part_of(rb, ra);
    // "Deputy leader" / "team leader": a post second to one is not that
    // post, however alike their words.
    let second_to = |r: &RoleClaim| {
        r.qualifiers
            .iter()
            .any(|q| SECOND_RANKS.contains(&q.as_str()))
    };
    // A post held for the time being or a task at hand is held beside it,
    // unless the task is done for the post's own body ("who chairs the
    // Velsquard Kennel Guild" / "Guild vice-chair").
    let task_apart = |task: &RoleClaim, post: &RoleClaim| {
        task.task
            && !task
                .affiliation
                .iter()
                .any(|w| post.qualifiers.contains(w) || post.affiliation.contains(w))
    };
    // "Who leads the regulator's team of inspectors" / "the commission's
    // chief inspector", "who leads the inspection team" / "head of
    // inspections": a task whose nouns are of the post's own words (one
    // stem the other's beginning, "inspect" / "inspector") is that post's
    // work, unless both name their bodies in full.
    let words_of = |r: &RoleClaim| -> Vec<String> {
        r.title
            .split(' ')
            .chain(r.qualifiers.iter().map(String::as_str))
            .map(str::to_string)
            .collect()
    };
    // The stems of a role's words that name no group ("team").
    let stems_of = |words: &[String]| -> Vec<String> {
        words
            .iter()
            .filter(|w| !names_a_group(w))
            .map(|w| stem(w))
            .filter(|s| s.len() >= MIN_SHARED_STEM)
            .collect()
    };
    // Both lead: "who lectures in engineering" is no chief engineer's
    // work, nor is a chief's task a service engineer's post.
    let leading = |w: &str| w == LEADER || w == HEAD || a_kind_of(w, LEADER);
    let leads = |r: &RoleClaim| words_of(r).iter().any(|w| leading(w));
    let its_work = |task: &RoleClaim, post: &RoleClaim| {
        let post_stems = stems_of(&words_of(post));
        task.task
            && !post.task
            && leads(task)
            && leads(post)
            && stems_of(&task.qualifiers).iter().any(|q| {
                post_stems
                    .iter()
                    .any(|p| p.starts_with(q.as_str()) || q.starts_with(p.as_str()))
            })
    };
    if (its_work(ra, rb) || its_work(rb, ra)) && !(named_in_full(ra) && named_in_full(rb)) {
        return Err(format!("'{ta}' and '{tb}': a task of the post's own work"));
    }
    // A body told by common nouns only ("the operator's", "the
    // district's"), or by none: it may be the body the other names.
    let described = |r: &RoleClaim| r.affiliation.iter().all(|w| is_noun(w));
    // A title's qualifiers that name its field: not a word of either
    // body ("gallery chief" / "director of Kestrigan Hall Gallery") nor a
    // name of one, nor a rank, a noun of a person ("executive director"),
    // nor a participle no noun shares, which tells how the post is held,
    // not what in ("managing director" leads as "boss" does; "marketing
    // director" leads marketing).
    let how_held = |q: &str| q.ends_with("ing") && !is_noun(q);
    // A qualifier the stories write as a name ("Varnholt boss") names the
    // body, no field.
    let a_name_in_story = |q: &str| story_writes(ca, q, true) || story_writes(cb, q, true);
    let field_words = |r: &RoleClaim| -> Vec<String> {
        r.qualifiers
            .iter()
            .filter(|q| {
                !ra.affiliation.contains(q)
                    && !rb.affiliation.contains(q)
                    && !names_a_person(q)
                    && !how_held(q)
                    && !a_name_in_story(q)
            })
            .cloned()
            .collect()
    };
    // The title's head leads ("director", "chief", "boss"), not only a
    // rank before it ("chief engineer" is an engineer).
    let head_leads = |r: &RoleClaim| leading(&head(r));
    // The same field, or a field and one of its parts where the shorter
    // names one ("head of parks and green spaces" / "parks chief"); no
    // field at all is no part ("chief executive" / "finance director").
    let part_of = |part: &[String], whole: &[String]| !part.is_empty() && subset(part, whole);
    let one_field_or_part = |x: &[String], y: &[String]| {
        (x.is_empty() && y.is_empty()) || part_of(x, y) || part_of(y, x)
    };
    // "The district's director of public health" / "public health chief",
    // "Enavsirb Maritime's chief executive" / "the operator's boss": two
    // words for leading one field, with the same qualifiers ("chief
    // executive" / "finance director" lead two), where one body is only
    // described and the two are not of two kinds.
    let (field_a, field_b) = (field_words(ra), field_words(rb));
    let leads_one_field = head(ra) != head(rb)
        && !ra.task
        && !rb.task
        && ra.former == rb.former
        && second_to(ra) == second_to(rb)
        && head_leads(ra)
        && head_leads(rb)
        && one_field_or_part(&field_a, &field_b)
        && (described(ra) || described(rb))
        && !two_kinds;
    if leads_one_field {
        return Err(format!(
            "'{ta}' and '{tb}': two words for leading one field"
        ));
    }
    // "A retired fisherman" holds no job now: not a body's post, nor one
    // that leads ("the trust's chief engineer", "race director"); a
    // description of a retired person ("an Ossingbrae pensioner") is no
    // post.
    let retired = |r: &RoleClaim| r.qualifiers.iter().any(|q| q == RETIRED);
    let a_job = |r: &RoleClaim| {
        !retired(r) && !r.former && !r.task && (!r.affiliation.is_empty() || leads(r))
    };
    if retired(ra) != retired(rb) && head(ra) != head(rb) {
        if !(a_job(ra) || a_job(rb)) {
            return Err(format!("'{ta}' and '{tb}': a retired person described"));
        }
        return Ok(Judgement {
            verdict: Verdict::Contradiction,
            confidence: 0.55,
            explanation: format!(
                "{}: '{ta}' and '{tb}': a retired person holds no post",
                ra.person_name
            ),
        });
    }
    // "A scientist who works at the hatchery" / "the board's senior
    // fisheries biologist": a bare noun of the other's kind (WordNet's
    // first senses), of no body or side, describes the same post less
    // closely; "a defence lawyer" says which lawyer, and "a lawyer
    // representing the students" whose: neither is the prosecutor or the
    // foundation's counsel.
    let general_word_for = |general: &RoleClaim, special: &RoleClaim| {
        general.qualifiers.is_empty()
            && general.affiliation.is_empty()
            && general.party.is_empty()
            && a_kind_of(&head(special), &head(general))
    };
    let (verdict, outcome, confidence) = if head(ra) == head(rb)
        && second_to(ra) != second_to(rb)
        && ra.former == rb.former
        && !two_bodies
        && !(stands_in(ra) || stands_in(rb) || task_apart(ra, rb) || task_apart(rb, ra))
    {
        (
            Verdict::Contradiction,
            format!("'{ta}' and '{tb}': one is second to the other"),
            0.7,
        )
    } else if same_title && ra.former != rb.former {
        (
            Verdict::Contradiction,
            format!("'{ta}' and '{tb}' at the same time"),
            0.85,
        )
    } else if same_title && !two_bodies {
        (
            Verdict::Agreement,
            format!("'{ta}' and '{tb}' name one role"),
            0.8,
        )
    } else if (names_mere_membership(&head(ra)) || names_mere_membership(&head(rb)))
        && !two_bodies
        && (ra.affiliation.is_empty()
            || rb.affiliation.is_empty()
            || ra.affiliation.iter().any(|w| rb.affiliation.contains(w)))
    {
        // "The duty manager" / "a staff member": one who belongs to a
        // group may hold any post in it, not one for another's side
        // ("Raghunathan's coach" / "a member of Voronel's team").
        return Err(format!("'{ta}' and '{tb}': belonging is no post"));
    } else if (ra.task || rb.task) && !two_bodies {
        // "Who leads the investigation": a task done in one's post.
        return Err(format!("'{ta}' and '{tb}': a task done beside a post"));
    } else if ra.former != rb.former {
        // A role held once and another held now may both be true ("former
        // Wall Street banker" / "investor").
        return Err(format!("'{ta}' was held before '{tb}' is"));
    } else if head(ra) != head(rb) && one_field(ra, rb) {
        return Err(format!("'{ta}' and '{tb}' name one field of work"));
    } else if head(ra) != head(rb) && (stands_in(ra) || stands_in(rb)) {
        // "Halberd's chief operating officer, who will run the company on
        // an interim basis" is also its interim chief executive: a post
        // held for the time being is held beside one's own.
        return Err(format!("'{ta}' and '{tb}': one is held for the time being"));
    } else if head(ra) == head(rb)
        && !portfolio(ra).is_empty()
        && !portfolio(rb).is_empty()
        && portfolio(ra) != portfolio(rb)
    {
        (
            Verdict::Contradiction,
            format!("'{ta}' and '{tb}' are different posts"),
            0.65,
        )
    } else if two_fields(ra, rb)
        && !one_role_in_two_words
        && !initials_of(ra, rb)
        && !initials_of(rb, ra)
    {
        (
            Verdict::Contradiction,
            format!("'{ta}' and '{tb}' lead two fields of work"),
            0.6,
        )
    } else if head(ra) != head(rb)
        && !one_role_in_two_words
        && (read_from_shape(ra)
            || read_from_shape(rb)
            || !may_name_one_person(&head(ra), &head(rb)))
        && !rank_named(ra, rb)
        && !rank_named(rb, ra)
        && !initials_of(ra, rb)
        && !initials_of(rb, ra)
        && !held_for_one_body(ra, rb)
        && !two_callings(ra, rb, leads)
        && !(works_in_its_field(ra, rb) || works_in_its_field(rb, ra))
        && !(general_word_for(ra, rb) || general_word_for(rb, ra))
    {
        // Two roles of different heads, one read from the text's shape, or
        // two listed titles whose nouns cannot name one person: one person
        // is the case's lead investigator or the board's internal auditor,
        // a prosecutor or the defence lawyer, a museum's director or the
        // union's organiser, an incident commander or a company's
        // spokesman, not both at once.
        (
            Verdict::Contradiction,
            format!("'{ta}' and '{tb}' are different roles at one time"),
            0.55,
        )
    } else if two_bodies {
        // Two roles held for two different bodies at one time: the union's
        // chief negotiator is not the transit authority's spokeswoman.
        (
            Verdict::Contradiction,
            format!(
                "'{ta}' for {} and '{tb}' for {} at one time",
                ra.affiliation.join(" "),
                rb.affiliation.join(" ")
            ),
            0.55,
        )
    } else {
        return Err(format!("'{ta}' and '{tb}' may both be held"));
    };
    Ok(Judgement {
        verdict,
        confidence,
        explanation: format!("{}: {outcome}", ra.person_name),
    })
}

/// `closed` with its head written as `open` writes it, where the head is a
/// closed compound of `open`'s last words ("harbourmaster" against
/// "harbour master", "headteacher" against "head teacher"): the words are
/// split as `open` splits them into qualifiers and title.
fn compound_opened(closed: &RoleClaim, open: &RoleClaim) -> Option<RoleClaim> {
    let head = last_word(&closed.title);
    let title_words: Vec<&str> = open.title.split(' ').collect();
    let words: Vec<&str> = open
        .qualifiers
        .iter()
        .map(String::as_str)
        .chain(title_words.iter().copied())
        .collect();
    let size = (2..=words.len().min(3)).find(|&k| words[words.len() - k..].concat() == head)?;
    let tail = &words[words.len() - size..];
    let in_title = size.min(title_words.len());
    let mut opened = closed.clone();
    let mut title: Vec<&str> = closed.title.split(' ').collect();
    title.pop();
    title.extend(&tail[size - in_title..]);
    opened.title = title.join(" ");
    opened
        .qualifiers
        .extend(tail[..size - in_title].iter().map(|w| w.to_string()));
    Some(opened)
}

/// Words that say a post is held for the time being, beside one's own.
const STAND_IN: &[&str] = &["interim", "acting"];

/// The role is held for the time being ("interim chief executive",
/// "acting head").
fn stands_in(role: &RoleClaim) -> bool {
    role.qualifiers
        .iter()
        .any(|q| STAND_IN.contains(&q.as_str()))
}

/// Both titles name one field of work ("medical director" / "chief
/// medical officer"), or one noun right before both heads does ("lead
/// environmental health officer" / "environmental health chief"), a noun
/// of no person (a rank, "chief engineer" / "chief executive", is none):
/// two names of one post may differ in their heads.
fn one_field(a: &RoleClaim, b: &RoleClaim) -> bool {
    let field_before_head = match (a.qualifiers.last(), b.qualifiers.last()) {
        (Some(x), Some(y)) => x == y && is_noun(x) && !names_a_person(x),
        _ => false,
    };
    field_before_head
        || a.qualifiers
            .iter()
            .any(|q| b.qualifiers.contains(q) && names_a_field(q))
}

/// Both titles name a field of work and the fields share nothing ("head
/// of highways maintenance" / "director of finance"): one person does not
/// lead both, whatever their heads.
fn two_fields(a: &RoleClaim, b: &RoleClaim) -> bool {
    // A title no field qualifies may name one by its noun ("chief
    // engineer": engineering), where both are held in one body ("the
    // board's chief engineer" / "the drainage board's finance director"):
    // a calling told of a person alone ("a corrosion engineer", "the
    // metallurgist who examined the bolt", "a lecturer at Fallowgate") may
    // be practised beside another.
    let words = |r: &RoleClaim| -> Vec<String> {
        r.affiliation
            .iter()
            .flat_map(|body| body.split(' ').map(str::to_string))
            .collect()
    };
    let one_body = words(a).iter().any(|w| words(b).contains(w));
    let fields = |r: &RoleClaim| -> Vec<String> {
        let named: Vec<String> = r
            .qualifiers
            .iter()
            .filter(|q| names_a_field(q))
            .cloned()
            .collect();
        if named.is_empty() && one_body {
            field_of_profession(last_word(&r.title))
                .into_iter()
                .collect()
        } else {
            named
        }
    };
    let (fa, fb) = (fields(a), fields(b));
    !fa.is_empty() && !fb.is_empty() && !fa.iter().any(|x| fb.iter().any(|y| same_thing(x, y)))
}

/// Two callings, each the practice of a field ("a corrosion engineer", "the
/// metallurgist who examined the bolt", "a senior lecturer"): what a person
/// is trained as, of which one may practise two at once, and one held for
/// no body beside the other practised in a post that leads nothing ("a
/// senior lecturer in materials science at Fallowgate University"). Posts
/// and sides ("prosecutor", "spokesman") name no field by their noun, and
/// a body named for both, or a post that leads ("head of product
/// safety"), makes them posts.
fn two_callings(a: &RoleClaim, b: &RoleClaim, leads: impl Fn(&RoleClaim) -> bool) -> bool {
    let calling = |r: &RoleClaim| field_of_profession(last_word(&r.title)).is_some();
    let bodiless = |r: &RoleClaim| r.affiliation.is_empty();
    calling(a)
        && calling(b)
        && ((bodiless(a) && bodiless(b))
            || ((bodiless(a) || bodiless(b)) && !leads(a) && !leads(b)))
}

/// `agent`'s head is a noun of a person formed from a word `other`'s role
/// names as its field or its body ("chief librarian" / "head of library
/// services", "lawyer" / "a partner at the law firm"): one who works in
/// that field may hold that post.
fn works_in_its_field(agent: &RoleClaim, other: &RoleClaim) -> bool {
    let words: Vec<&str> = other
        .title
        .split(' ')
        .chain(other.qualifiers.iter().map(String::as_str))
        .chain(other.affiliation.iter().map(String::as_str))
        .collect();
    let head = last_word(&agent.title);
    names_a_person(head)
        && bases_of_agent_noun(head)
            .iter()
            .any(|base| words.contains(&base.as_str()))
}

/// `short`'s title is the initials of `long`'s ("CEO" / "chief executive",
/// "CFO" / "chief financial officer"): one role written two ways.
fn initials_of(short: &RoleClaim, long: &RoleClaim) -> bool {
    let words: Vec<&str> = long
        .qualifiers
        .iter()
        .map(String::as_str)
        .chain(long.title.split(' '))
        .collect();
    let head = short.title.as_str();
    !head.contains(' ')
        && (2..=5).contains(&head.len())
        && (0..words.len().saturating_sub(1)).any(|from| {
            let initials: String = words[from..]
                .iter()
                .filter_map(|w| w.chars().next())
                .collect();
            head.starts_with(&initials)
        })
}

/// `by`'s title is a word qualifying `of`'s head, or one for it: "the
/// trust's chief" or "Pellory Trust boss" (a boss is a chief) is its
/// chief executive. So is a bare title of whoever leads for any post
/// WordNet makes a kind of it ("chief" / "managing director").
fn rank_named(of: &RoleClaim, by: &RoleClaim) -> bool {
    let head = last_word(&by.title);
    // A bare title of whoever leads ("Duvrenne Amusements chief") names
    // any post that is a kind of it ("managing director"); a bare
    // "lawyer" names no prosecutor.
    let bare = !by.title.contains(' ') && by.qualifiers.is_empty();
    let of_head = last_word(&of.title);
    if bare && a_kind_of(head, LEADER) && a_kind_of(of_head, head) {
        return true;
    }
    // The words that qualify `of`'s head: its qualifiers and the title's
    // words before the head.
    let mut title_words: Vec<&str> = of.title.split(' ').collect();
    title_words.pop();
    let qualifying = || {
        of.qualifiers
            .iter()
            .map(String::as_str)
            .chain(title_words.iter().copied())
    };
    // A bare profession ("a glaciologist") is what a ranked post over its
    // kind ("the expedition's chief scientist") is held by; a post of
    // another side ("defence lawyer" / "prosecutor") is not ranked.
    if bare
        && a_kind_of(head, of_head)
        && qualifying().any(|q| SECOND_RANKS.contains(&q) || a_kind_of(q, LEADER))
    {
        return true;
    }
    qualifying().any(|q| q == head || synonyms(q, head))
}

/// Both roles are held for one body ("the chief negotiator for the union" /
/// "a spokeswoman for the union"): one person may do both for it.
fn held_for_one_body(a: &RoleClaim, b: &RoleClaim) -> bool {
    // "Her lawyer": the pronoun may stand for whomever the other names.
    !a.affiliation.is_empty()
        && !b.affiliation.is_empty()
        && (!different_bodies(&a.affiliation, &b.affiliation)
            || held_for_a_pronoun(a)
            || held_for_a_pronoun(b))
}

/// Whether a role is held for whom a possessive pronoun stands ("her
/// lawyer, Jan Roos"): a person the sentence does not name.
fn held_for_a_pronoun(r: &RoleClaim) -> bool {
    matches!(r.affiliation.as_slice(), [only] if POSSESSIVE_PRONOUNS.contains(&only.as_str()))
}

/// Whom a role is held for, where a name before the title says it
/// ("Kessik mayor Anatol Ferreday", as "mayor of Kessik" would): else the
/// affiliation read after the title or from a possessive.
fn named_body(role: &RoleClaim, rules: &RuleSet) -> Vec<String> {
    if !role.affiliation.is_empty() {
        return role.affiliation.clone();
    }
    role.qualifiers
        .iter()
        .filter(|q| !is_noun(q) && !STAND_IN.contains(&q.as_str()) && !rules.portfolios.contains(q))
        .cloned()
        .collect()
}

/// Whether `c`'s story (sorted) writes `words` as a name, whole, or,
/// where `opening`, as the opening of one ("varnholt" of "Varnholt
/// Coaches"): looked up, not scanned.
fn story_writes(c: &Context, words: &str, opening: bool) -> bool {
    if c.story
        .binary_search(&EntityRef::Unknown(words.into()))
        .is_ok()
    {
        return true;
    }
    if !opening {
        return false;
    }
    let opened = format!("{words} ");
    let next = c
        .story
        .partition_point(|e| *e < EntityRef::Unknown(opened.as_str().into()));
    matches!(c.story.get(next), Some(EntityRef::Unknown(name)) if name.starts_with(&opened))
}

/// Both bodies are named, not spellings of one, and two by their words
/// ([`different_bodies`]), each with whether its story writes it as a
/// name ("Gilcrest Vane", whose "vane" a dictionary knows): the mayor of
/// Dunmarra is not Kessik's, nor a spokesman for the Calderbrook Fire
/// Department Harrowmere's. A name is a proper name no dictionary knows
/// ("Dunmarra"), or, against one, a name ending in a kind of body
/// ("Calderbrook Fire Department"); names WordNet knows ("Russian",
/// "county") may be another's adjective or kind ("Russian foreign
/// minister" / "Russia's").
fn two_named_bodies((a, written_a): (&[String], bool), (b, written_b): (&[String], bool)) -> bool {
    let proper = |x: &[String]| !x.is_empty() && x.iter().all(|w| !is_noun(w));
    // A group noun ends a body's name as a kind of body does
    // ("Haverthwaite Mills Band").
    let in_full = |x: &[String]| {
        x.len() > 1
            && x.last()
                .is_some_and(|w| is_body_word(w) || names_a_group(w))
    };
    let named = |x: &[String], written: bool| proper(x) || in_full(x) || written;
    named(a, written_a)
        && named(b, written_b)
        && (proper(a) || proper(b))
        && different_bodies(a, b)
        && strsim::jaro_winkler(&a.join(" "), &b.join(" ")) < NAME_SIMILARITY
}

/// Whether two bodies a role is held for are two, read from their words
/// ("eastmoor nurses association", "eastmoor health trust"): neither's
/// words all belong to the other, they end in different nouns, and the
/// words they share open both names, as a place or an owner names two of
/// its bodies, or head one name and only qualify the other (a rail
/// operator and its users' group). "The nurses' union" and "Eastmoor
/// Nurses Association" share
/// a noun of their own and may be one body; "Norvale Power" is part of
/// "Norvale Power Company".
fn different_bodies(a: &[String], b: &[String]) -> bool {
    let (Some(last_a), Some(last_b)) = (a.last(), b.last()) else {
        return false;
    };
    let within = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
    // What they share opens both names, or heads one and only qualifies
    // the other ("Orrin Rail" / "Saltinch Valley Rail Users' Group"), or
    // is no noun, which names no members ("Polar and Marine Staff Union"
    // / "Corvath Polar Trust").
    let heads_one = |w: &String| w == last_a || w == last_b;
    let opening_only = |x: &[String], y: &[String]| {
        x.iter()
            .enumerate()
            .all(|(i, w)| i == 0 || !y.contains(w) || heads_one(w) || !is_noun(w))
    };
    last_a != last_b && !within(a, b) && !within(b, a) && opening_only(a, b) && opening_only(b, a)
}

/// The deed of dealing with others a role names its part in: its title's,
/// where the title is that deed's agent ("prosecutor", "defender"), or a
/// qualifier's, the deed's participle ("prosecuting barrister") or its
/// noun ("defence lawyer").
/// With the deed comes whether a qualifier named it.
fn side_deed(r: &RoleClaim) -> Option<(&'static str, bool)> {
    let dealing = |verb: &'static str| tells_dealings(verb).then_some(verb);
    let by_qualifier = r.qualifiers.iter().find_map(|q| {
        let verb = if q.ends_with("ing") {
            verb_lemma(q, None)
        } else {
            verb_of_a_deed_noun(q)
        };
        verb.and_then(dealing)
            .filter(|&v| agent_noun_of(v).is_some())
    });
    let by_title = || {
        verb_of_agent_noun(last_word(&r.title))
            .filter(|&verb| agent_noun_of(verb) == Some(last_word(&r.title)))
            .and_then(dealing)
    };
    by_qualifier
        .map(|verb| (verb, true))
        .or_else(|| by_title().map(|verb| (verb, false)))
}

/// The longest courtesy title a party's name may open with ("Mr", "PC",
/// "Mrs"): a word no longer is no shared side.
const COURTESY_TITLE_LEN: usize = 3;

/// Whether the parties one person is said to act for are two sides of a
/// dispute: they share no word longer than a courtesy title ("Mr", "PC"),
/// and one holds a name (a word that is no noun of WordNet's: "PC
/// Vashcombe" / "the constabulary"). Two descriptions ("the family" /
/// "the claimants") may name one side.
fn two_sides(a: &[String], b: &[String]) -> bool {
    let shared = a
        .iter()
        .any(|w| w.len() > COURTESY_TITLE_LEN && b.contains(w));
    let named = |p: &[String]| p.iter().any(|w| !is_noun(w));
    !a.is_empty() && !b.is_empty() && !shared && (named(a) || named(b))
}

/// Whether `by` gives one person roles `a` and `b` together: its title is
/// one of them and a role it holds beside ([`RoleClaim::also`]) the other,
/// by their heads ("Group Manager Corin Aldwyth, the incident commander").
/// Roles one source gives together are no other posts than each other,
/// wherever another source names only one of them.
pub fn held_together(a: &RoleClaim, b: &RoleClaim, by: &RoleClaim) -> bool {
    let names = |x: &RoleClaim, y: &RoleClaim| {
        x.former == y.former && synonyms(last_word(&x.title), last_word(&y.title))
    };
    let holds = |one: &RoleClaim, other: &RoleClaim| {
        names(by, one) && by.also.iter().any(|x| names(x, other))
    };
    holds(a, b) || holds(b, a)
}

/// Wording this close (cosine of content words) is one sentence retold.
const ECHOED_WORDING: f64 = 0.8;

/// Beyond this many days apart, two dated events are taken to be two
/// occurrences, not one event misdated.
pub const SAME_EVENT_MAX_GAP_DAYS: i64 = 45;

/// Two sources place one event at dates that share no day. The same event
/// means the same kind of event (the nearest trigger), at least two shared
/// participants named in the dates' clauses (or one and close wording) making up
/// most of both casts, no two different places, no plan against a past
/// event, and dates weeks rather than months apart.
fn judge_dates(
    da: &DateClaim,
    ca: &Context,
    db: &DateClaim,
    cb: &Context,
    rules: &RuleSet,
) -> Result<Judgement, String> {
    let event = da.event.name(rules);
    // The topic both dates are told under: one side's alone would make the
    // verdict hang on which side is judged first ("met in emergency
    // session on Monday" / "an emergency board meeting held on 11
    // November", a meeting only on the second side).
    let topic = da
        .event
        .topic_rule(rules)
        .filter(|_| db.event.topic().is_some());
    // The cast is who the date's clause names: a long sentence names others
    // ("..., following talks with the Ukrainian leader and European heads").
    let near_cast = |c: &Context| -> Vec<EntityRef> { c.clause.clone() };
    let actors = |c: &Context| -> Vec<EntityRef> {
        near_cast(c)
            .into_iter()
            .filter(|e| entity_group(e, rules) != 0)
            .collect()
    };
    let places = |c: &Context| -> Vec<EntityRef> {
        near_cast(c)
            .into_iter()
            .filter(|e| entity_group(e, rules) == 0)
            .collect()
    };
    let (aa, ab) = (actors(ca), actors(cb));
    // A body named after another name the other side gives ("Ashgrove
    // County Commission" / "Ashgrove County commissioners") is of it: the
    // one acts for the other.
    let one_or_part = |x: &EntityRef, y: &EntityRef| {
        let (nx, ny) = (entity_name(x, rules), entity_name(y, rules));
        let leads = |short: &str, long: &str| {
            long.strip_prefix(short)
                .is_some_and(|rest| rest.starts_with(' '))
        };
        x == y || leads(&nx, &ny) || leads(&ny, &nx)
    };
    let shared: Vec<String> = aa
        .iter()
        .filter(|e| ab.iter().any(|f| one_or_part(e, f)))
        .map(|e| entity_name(e, rules))
        .collect();
    let union = aa.len() + ab.len() - shared.len();
    let wording = cosine(&ca.words, &cb.words);
    let overlap = if union == 0 {
        0.0
    } else {
        shared.len() as f64 / union as f64
    };
    // An event one side tells without names ("pickets and riot police
    // clashed at the north gate") is matched by its wording, more strictly.
    let nameless =
        (ca.subjects.is_empty() || cb.subjects.is_empty()) && wording >= SIMILAR_WORDING * 1.5;
    // One sentence told with another date ("fighting was still ongoing in
    // Pokrovsk on Monday"): the same words in the same places are the same
    // event, whoever it names. A line that says no more than its verb and
    // its date ("Published 13 June 2024") is a dateline, no sentence to
    // echo.
    let says_more = |c: &Context| c.words.len() >= 2;
    let echoed =
        wording >= ECHOED_WORDING && places(ca) == places(cb) && says_more(ca) && says_more(cb);
    // One side tells who acted by a description ("the nurses walked out"),
    // the other by name ("the Eastmoor Nurses Association walked out"): a
    // body named after its members, whose members the other side names, is
    // the same cast.
    let described = |nameless: &Context, named: &[EntityRef]| {
        named.iter().any(|e| {
            entity_name(e, rules).to_lowercase().split(' ').any(|w| {
                let members = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
                members && nameless.words.contains(&stem(w))
            })
        })
    };
    let by_description =
        (aa.is_empty() && described(ca, &ab)) || (ab.is_empty() && described(cb, &aa));
    // One side names no one ("the grower announced the recall"), in a
    // document whose main subjects include everyone the other side names
    // ("Brackwater announced the recall"), and both say the same thing was
    // done to the same thing: the same cast.
    // Whom a pronoun stands for counts as named there ("He was arrested
    // on 14 March"), and a surname alone names whoever bears it ("Dr
    // Aldric Penhallow" / "Penhallow").
    let surname_of = |short: &EntityRef, long: &EntityRef| {
        let (s, l) = (entity_name(short, rules), entity_name(long, rules));
        !s.contains(' ') && last_word(&l) == s
    };
    let main_cast = |nameless: &Context, named: &[EntityRef]| {
        !named.is_empty()
            && named.iter().all(|e| {
                nameless
                    .document
                    .iter()
                    .chain(nameless.subjects.iter())
                    .any(|f| f == e || surname_of(f, e) || surname_of(e, f))
            })
    };
    // The same thing, or one named two ways ("the probe" / "the
    // investigation", "the blaze" / "the fire").
    // Two words of one topic name its one thing too ("the agreement" /
    // "the deal"): the topics each side's words name, read once.
    let topics_named = |d: &DateClaim| -> Vec<usize> {
        (0..rules.topics.len())
            .filter(|&t| {
                d.patient_words()
                    .any(|w| rules.topics[t].named_by(w, &stem(w)))
            })
            .collect()
    };
    let (na, nb) = (topics_named(da), topics_named(db));
    // "The group was brought down" / "seven hillwalkers were brought off
    // the hill": a mere group is whatever people the other side names.
    let one_thing = |x: &str, y: &str| {
        // "The medals were taken out of their case" / "the collection was
        // removed": a group of things is what it holds.
        let group_of =
            |g: &str, p: &str| (names_a_mere_group(g) && counts_people(p)) || holds_things(g, p);
        // "Organisers called off the tournament" / "the event was called
        // off": a noun of the other's kind, within a few steps, names it
        // again.
        let kind_of = |x: &str, y: &str| a_kind_of_thing(x, y) || a_kind_of_thing(y, x);
        same_thing(x, y) || group_of(x, y) || group_of(y, x) || kind_of(x, y)
    };
    // "Dr Aldric Penhallow, a consultant orthopaedic surgeon, was
    // suspended" / "the trust suspended the consultant": a noun of a post
    // one side does it to names whom the other names, where the other's
    // sentence gives that post.
    let by_post = |x: &DateClaim, y: &DateClaim, cy: &Context| {
        x.theme_nouns()
            .any(|p| names_a_person_by_post(p) && cy.words.contains(&stem(p)))
            && y.patient_words().next().is_some_and(|w| !is_noun(w))
    };
    // "Councillors voted on Monday evening to revoke the licences" / "the
    // revocations were approved on 7 March": two verbs of a decision,
    // taken on one thing (one theme, or a noun of what one side decided
    // whose verb the other's sentence gives), tell one decision.
    // A noun WordNet gives no verb ("revocation") is of a word the other
    // sentence uses with the same beginning ("revoke").
    let decided = |x: &DateClaim, cy: &Context| {
        x.theme_nouns().any(|t| match happening_of_noun(t) {
            Some(v) if v != t => cy.words.contains(&stem(v)),
            _ => {
                let noun = stem(t);
                cy.words.iter().any(|w| {
                    *w != noun
                        && w.chars()
                            .zip(noun.chars())
                            .take_while(|(a, b)| a == b)
                            .count()
                            >= MIN_SHARED_BEGINNING
                })
            }
        })
    };
    let one_decision = match (da.verb.as_deref(), db.verb.as_deref()) {
        (Some(a), Some(b)) => tells_a_decision(a) && tells_a_decision(b) && !opposite_deeds(a, b),
        _ => false,
    } && (da
        .theme_nouns()
        .any(|a| db.theme_nouns().any(|b| same_thing(a, b)))
        || decided(da, cb)
        || decided(db, ca));
    // One decision is taken on one thing, which is its patient.
    let same_patient = na.iter().any(|t| nb.contains(t))
        || one_decision
        || da
            .patient_words()
            .any(|w| db.patient_words().any(|x| one_thing(x, w)))
        || by_post(da, db, cb)
        || by_post(db, da, ca);
    // Two ages are two people ("a 34-year-old man" / "a 52-year-old man"),
    // whatever nouns they share.
    fn ages(d: &DateClaim) -> Vec<&str> {
        d.patient_words().filter_map(age_of_patient_word).collect()
    }
    let (ages_a, ages_b) = (ages(da), ages(db));
    if !ages_a.is_empty() && !ages_b.is_empty() && !ages_a.iter().any(|a| ages_b.contains(a)) {
        return Err(format!("two people: {} / {}", ages_a[0], ages_b[0]));
    }
    // "She died two days later" says to whom only by its pronoun: no
    // patient read is none to tell apart.
    let patient_untold = da.patient.is_empty() || db.patient.is_empty();
    // Two verbs meet only where they may tell one happening ("left" /
    // "departed"): "the ferry left" and "the ferry sank" do not.
    // An action's stem is its deed ("the inspection took place" / "had
    // been carried out" are both an inspection).
    let same_action =
        topic.is_none() && (da.event == db.event || (da.verb.is_some() && da.verb == db.verb));
    // Leaving a named place: the place is what the deed was done to, so
    // two departures from one named place, whoever else each names, are
    // one where they left it of one patient, or one side does not say
    // who ("He was discharged from Wexcombe General Hospital" / "Connor
    // Tiernan was allowed home from Wexcombe General Hospital").
    let one_departure = da.verb.as_deref() == Some(DEPARTURE)
        && db.verb.as_deref() == Some(DEPARTURE)
        && (same_patient || patient_untold);
    // "Officers arrested her", "Rovers announced on Monday night that
    // …": a pronoun or a clause for an object names no thing done to,
    // which the other side's may be.
    let theme_untold = da.theme.is_empty() || db.theme.is_empty();
    let by_main_subject = (same_patient || ((patient_untold || theme_untold) && same_action))
        && ((aa.is_empty() && main_cast(ca, &ab)) || (ab.is_empty() && main_cast(cb, &aa)));
    // One name alone on both sides ("the floods struck Calcaldun" / "rivers
    // around Calcaldun broke their banks") is the whole cast of both; but
    // one person's calls and meetings (time-bound topics) recur, and two of
    // them need more in common.
    let names_the_topic =
        |d: &DateClaim| topic.is_some_and(|t| d.patient_words().any(|w| t.named_by(w, &stem(w))));
    // A deed done to a recurring happening by a verb of its own ("ordered
    // the full recount" / "the recount was ordered") is done once: the
    // meetings and calls recur, not the ordering of one.
    let deed_done_to_it = |d: &DateClaim| {
        names_the_topic(d)
            && d.verb.as_deref().is_some_and(|v| {
                !is_light_verb(v) && !topic.is_some_and(|t| t.named_by(v, &stem(v)))
            })
    };
    let recurring =
        topic.is_some_and(|t| t.time_bound) && !(deed_done_to_it(da) && deed_done_to_it(db));
    let sole = shared.len() == 1 && union == 1 && !recurring;
    // When something was said: only the same statement retold.
    if da.event.is_statement() && !echoed {
        return Err("another statement".into());
    }
    // "The blaze broke out" / "the flood started": two occurrences named
    // by nouns WordNet does not relate are two happenings, whatever topic
    // both fall under. One occurrence named on both sides ("the storm tore
    // through the city" / "the thunderstorm that battered Greyhaven") is
    // one happening whatever verbs tell that it happened, unless one tells
    // its start or end and the other does not.
    // "The incident happened on 12 May" names the story's happening by no
    // more than that it happened: it is the one another document of the
    // same story leads with, whatever verb tells it there.
    let leads_to = |x: &DateClaim, cx: &Context, y: &DateClaim, cy: &Context| {
        x.names_a_mere_happening()
            && y.leads
            && !y.names_a_mere_happening()
            && one_story(&cx.story, &cy.story, None)
    };
    let the_storys = leads_to(da, ca, db, cb) || leads_to(db, cb, da, ca);
    let oa: Vec<&str> = da.patient_words().filter(|w| is_occurrence(w)).collect();
    let ob: Vec<&str> = db.patient_words().filter(|w| is_occurrence(w)).collect();
    // A noun that qualifies the theme's head ("an emergency meeting")
    // names no occurrence of its own that parts two happenings.
    fn unqualifying<'d>(d: &DateClaim, occurrences: &[&'d str]) -> Vec<&'d str> {
        let qualifiers: Vec<&str> = d.theme_nouns().collect();
        let qualifiers = &qualifiers[..qualifiers.len().saturating_sub(1)];
        occurrences
            .iter()
            .copied()
            .filter(|w| !qualifiers.contains(w))
            .collect()
    }
    let (heads_a, heads_b) = (unqualifying(da, &oa), unqualifying(db, &ob));
    if !the_storys
        && !heads_a.is_empty()
        && !heads_b.is_empty()
        && !heads_a
            .iter()
            .any(|a| heads_b.iter().any(|b| same_thing(a, b)))
    {
        return Err(format!(
            "another happening: {} / {}",
            heads_a[0], heads_b[0]
        ));
    }
    let starts = |v: &str| same_deed(v, "begin");
    let aspect = |d: &DateClaim| {
        d.verb
            .as_deref()
            .map(|v| (starts(v), same_deed(v, "end")))
            .unwrap_or_default()
    };
    // An occurrence dated by its noun alone ("the blaze on May 28") is
    // dated by when it happened, which is when it broke out. So, as news
    // tells it, is one doing a deed to a thing ("fire ripped through a
    // crêpe stall on Saturday evening", "gutted a stall"): the day it
    // struck. One a deed was done to ("the fire was put out", "police
    // investigated the fire") is not: that deed may be its end, by a verb
    // WordNet does not make one, or come days later.
    let at_work = |x: &DateClaim| {
        let done_to = x.theme_nouns().any(is_occurrence);
        x.verb.is_none()
            || (aspect(x) == (false, false)
                && !done_to
                && x.patient_words().any(|w| !is_occurrence(w)))
    };
    let noun_against_its_start =
        |x: &DateClaim, y: &DateClaim| at_work(x) && aspect(y) == (true, false);
    let aspects_fit = aspect(da) == aspect(db)
        || noun_against_its_start(da, db)
        || noun_against_its_start(db, da);
    // The check above leaves only occurrences WordNet relates.
    let one_occurrence = !oa.is_empty() && !ob.is_empty() && aspects_fit;
    // One deed done to one thing told with two verbs WordNet does not
    // relate ("discovered the fracture" / "the fracture was spotted",
    // "stole six paintings" / "the paintings were taken"): the same theme,
    // both verbs of a deed (no support verb), neither telling a start or
    // an end the other does not.
    let (ta, tb): (Vec<&str>, Vec<&str>) = (da.theme_nouns().collect(), db.theme_nouns().collect());
    // Coming to know of a thing and acting on it are two happenings
    // ("discovered the crack" / "the crack was repaired"), and so are a
    // return to a state and the deed it undoes ("closed the bridge" /
    // "the bridge reopened").
    let deed_verb = |d: &DateClaim| {
        d.verb
            .as_deref()
            .is_some_and(|v| !is_light_verb(v) && v != STATEMENT)
    };
    // A verb whose first sense is a state is used in another sense,
    // whose kind its first one does not tell: it is of any kind.
    let kind_of = |d: &DateClaim| {
        d.verb
            .as_deref()
            .filter(|v| !first_sense_a_state(v))
            .map(|v| (tells_knowing(v), tells_a_return(v)))
    };
    // How the two verbs relate, where both sides have one.
    let verbs_are =
        |relation: fn(&str, &str) -> bool| match (da.verb.as_deref(), db.verb.as_deref()) {
            (Some(a), Some(b)) => relation(a, b),
            _ => false,
        };
    // Two kinds of one deed ("published" / "circulated" the report, both
    // a way to disseminate) are one kind, whatever their own files.
    let one_theme = ta.iter().any(|a| tb.iter().any(|b| same_thing(a, b)))
        && !verbs_are(opposite_deeds)
        && deed_verb(da)
        && deed_verb(db)
        && (kind_of(da) == kind_of(db)
            || kind_of(da).is_none()
            || kind_of(db).is_none()
            || verbs_are(kinds_of_one_deed))
        && aspect(da) == aspect(db);
    // A support verb tells that its noun's deed was done ("made his first
    // court appearance" / "appeared before magistrates").
    let one_deed_by_its_noun = match (da.deed_of_its_noun(), db.deed_of_its_noun()) {
        (Some(x), None) => db.verb.as_deref().is_some_and(|y| same_deed(x, y)),
        (None, Some(y)) => da.verb.as_deref().is_some_and(|x| same_deed(x, y)),
        _ => false,
    };
    // Deeds done by the same people to the same people at one kind of
    // occasion ("villagers told managers at a meeting" / "villagers
    // confront managers at a public meeting") date one occasion, whatever
    // verbs tell them.
    let one_occasion = match (da.occasion.as_deref(), db.occasion.as_deref()) {
        (Some(x), Some(y)) => {
            let (wa, wb): (Vec<&str>, Vec<&str>) =
                (da.patient_words().collect(), db.patient_words().collect());
            let within =
                |x: &[&str], y: &[&str]| x.iter().all(|a| y.iter().any(|b| same_thing(a, b)));
            same_deed(x, y) && wa.len() >= 2 && within(&wa, &wb) && within(&wb, &wa)
        }
        _ => false,
    };
    // A deed done at an occasion ("the decision was taken at an emergency
    // meeting of the committee on 16 March") dates that occasion, which
    // the other tells by its verb ("the committee met on Tuesday").
    let at_its_occasion = |x: &DateClaim, y: &DateClaim| {
        x.occasion
            .as_deref()
            .zip(y.verb.as_deref())
            .is_some_and(|(held, done)| y.occasion.is_none() && same_deed(held, done))
    };
    let one_occasion = one_occasion || at_its_occasion(da, db) || at_its_occasion(db, da);
    // Occasions recur, and need their people: those the verb's side says
    // met ("the executive committee met") are named at the other's
    // occasion ("a meeting of the Guild's executive committee"), in a
    // story of the same main subject, or in two sentences that name no
    // one ("Councillors held an emergency meeting" / "councillors
    // discussed the damage at an emergency meeting").
    let held_by_them = |x: &DateClaim, cx: &Context, y: &DateClaim, cy: &Context| {
        at_its_occasion(x, y)
            && y.patient_words().next().is_some()
            && y.patient_words().all(|w| cx.words.contains(&stem(w)))
            && (cx.subjects.iter().any(|s| cy.subjects.contains(s))
                || (cx.subjects.is_empty() && cy.subjects.is_empty()))
    };
    let one_gathering = held_by_them(da, ca, db, cb) || held_by_them(db, cb, da, ca);
    // A deed the clause tells as the first or the last of its kind ("was
    // last inspected" / "its most recent safety check", "first spotted"),
    // or a coming to know, which befalls a thing once ("discovered"), is
    // done once: two of one rank told by two kinds of one deed are one,
    // where they were done to one thing, or one a kind of the other. A
    // noun of the deed itself ("the check was carried out") names no
    // thing it was done to, and where neither side names one, the rank
    // the clauses tell must do.
    let told_once =
        |d: &DateClaim| d.ordinal.is_some() || d.verb.as_deref().is_some_and(tells_knowing);
    let rank = |d: &DateClaim| d.ordinal.unwrap_or(Ordinal::First);
    fn things(d: &DateClaim) -> Vec<&str> {
        d.theme_nouns()
            .filter(|&w| occasion_of_noun(w).is_none() && d.verb.as_deref() != Some(w))
            .collect()
    }
    let (things_a, things_b) = (things(da), things(db));
    let one_thing_done_to = things_a.iter().any(|a| {
        things_b
            .iter()
            .any(|b| same_thing(a, b) || a_kind_of(a, b) || a_kind_of(b, a))
    });
    // "The crack was spotted" / "the damage was first noticed": a coming
    // to know that one side tells only by the occurrence found (WordNet's
    // events, phenomena, processes) found what the other names.
    let knowing = |d: &DateClaim| d.verb.as_deref().is_some_and(tells_knowing);
    let only_an_occurrence =
        |d: &DateClaim, things: &[&str]| things.is_empty() && d.theme_nouns().any(is_occurrence);
    let found_as_an_occurrence = knowing(da)
        && knowing(db)
        && ((only_an_occurrence(da, &things_a) && !things_b.is_empty())
            || (only_an_occurrence(db, &things_b) && !things_a.is_empty()));
    let one_thing_done_to = one_thing_done_to || found_as_an_occurrence;
    let both_ranked = da.ordinal.is_some() && db.ordinal.is_some();
    let done_once = told_once(da)
        && told_once(db)
        && rank(da) == rank(db)
        && (verbs_are(same_deed) || verbs_are(kinds_of_one_deed))
        && !verbs_are(opposite_deeds)
        && aspect(da) == aspect(db)
        && (one_thing_done_to || (both_ranked && (things_a.is_empty() || things_b.is_empty())));
    // "Inspectors visited the Lyric Hall on Wednesday" / "officials
    // examined the stage on 6 March": people named by an agent noun who
    // come to a place (a verb of motion, or a visit) do there what their
    // noun says they do.
    let came_to_do = |x: &DateClaim, y: &DateClaim| {
        y.verb.as_deref().is_some_and(|done| {
            x.deeds_come_to_do()
                .into_iter()
                .any(|deed| same_deed(deed, done))
        })
    };
    let came_to_do_it = came_to_do(da, db) || came_to_do(db, da);
    // Two support verbs ("staged a walkout" / "held a walkout") say only
    // that their noun happened: the noun is the deed.
    let related_verbs = done_once
        || one_deed_by_its_noun
        || one_decision
        || came_to_do_it
        || same_action
        || the_storys
        || one_occurrence
        || one_theme
        || one_occasion
        || match (&da.verb, &db.verb) {
            (Some(a), Some(b)) => {
                same_deed(a, b) || (is_light_verb(a) && is_light_verb(b) && same_patient)
            }
            _ => false,
        };
    if da.event != db.event && !related_verbs {
        return Err("another happening".into());
    }
    // Under one topic too, two deeds done to its happening that WordNet
    // does not relate are two happenings ("the walkout was called off" /
    // "the walkout was postponed"), and so are its happening ("staged a
    // walkout", a support verb) and a deed done to it ("called off the
    // walkout"), unless that deed is its start ("the walkout began").
    let deeds_apart = match (&da.verb, &db.verb) {
        (Some(a), Some(b)) => match (is_light_verb(a), is_light_verb(b)) {
            (false, false) => !same_deed(a, b),
            (true, false) => !starts(b),
            (false, true) => !starts(a),
            (true, true) => false,
        },
        _ => false,
    };
    if deeds_apart && !one_occurrence && !done_once && names_the_topic(da) && names_the_topic(db) {
        return Err("another deed".into());
    }
    // The same deed done to the same thing, where the two do not name
    // different people for it, is one happening: "the ferry left Halvik" /
    // "the ferry departed Halvik", and a topic's thing, which its trigger
    // names ("signed the agreement" / "the deal was signed"). Meetings and
    // calls recur, and need their people.
    // A name that only qualifies where it was done ("off the Wexmoor
    // coast") counts when shared, never to part two casts.
    let acting = |actors: &[EntityRef], c: &Context| {
        actors.iter().any(|e| c.settings.binary_search(e).is_err())
    };
    let disjoint = acting(&aa, ca) && acting(&ab, cb) && shared.is_empty();
    // Documents of two stories ("the building, which opened in 1921" /
    // "the structure, which opened in 2011") tell two things done alike.
    let stories_apart = two_casts(ca, cb, None);
    // An occurrence has no cast: the names beside it are where it struck.
    // Nor has one deed done to people both sides name by one noun of a
    // post ("arrested two company directors" / "two directors of Cindrel
    // Heat Ltd were taken into custody"): one side may name who did it,
    // the other whose they are. People named by no post ("a man") may be
    // any two, and a thing ("the Ashgrove County Commission approved the
    // disaster declaration" / "the Ashgrove Farm Bureau approved a
    // disaster declaration") may be one of each doer's.
    let one_post_named = ta.iter().any(|a| {
        tb.iter().any(|b| {
            same_thing(a, b)
                && !names_a_mere_group(a)
                && !broad_kind_of_person(a)
                && names_a_person_by_post(a)
        })
    });
    let same_deed_done = related_verbs
        && (same_patient || (names_the_topic(da) && names_the_topic(db)))
        && (!disjoint || one_occurrence || one_post_named)
        && !recurring
        && !stories_apart;
    let same_cast = nameless
        || one_gathering
        || the_storys
        || (done_once && !disjoint && !stories_apart)
        || (one_departure && !shared.is_empty() && !stories_apart)
        // One sentence retold in two stories ("The Corvantic site opened in
        // 2016" / "the Drumhallow site, which opened in 2019") is two
        // happenings told alike.
        || (echoed && !stories_apart)
        || by_description
        || by_main_subject
        || same_deed_done
        || sole
        || ((shared.len() >= 2 || (shared.len() == 1 && wording >= SIMILAR_WORDING))
            && overlap >= 0.5);
    if !same_cast {
        return Err(format!(
            "not the same participants ({} shared of {union})",
            shared.len()
        ));
    }
    let (pa, pb) = (places(ca), places(cb));
    if !pa.is_empty() && !pb.is_empty() && !pa.iter().any(|p| pb.contains(p)) {
        return Err("different places".into());
    }
    // A plan (a date after its report) and a happening (a date before its
    // report) are not one event seen twice.
    // A period from the day of the report on ("in the coming weeks") is
    // ahead of it too.
    let future = |d: &DateClaim, c: &Context| {
        c.published.is_some_and(|p| {
            d.span.start > p
                || (d.span.start == p && d.span.end > p && d.span.precision != Precision::Day)
        })
    };
    let past = |d: &DateClaim, c: &Context| c.published.is_some_and(|p| d.span.end < p);
    if (future(da, ca) && past(db, cb)) || (past(da, ca) && future(db, cb)) {
        return Err("a plan and a past event".into());
    }
    // Reports of one event miss its day by days, not months: dates far
    // apart are another meeting, another call.
    // Two whole periods of one size ("last year" / "this year") are a
    // period apart, not the day between them.
    let gap = if da.span.precision == db.span.precision && da.span.precision != Precision::Day {
        days_between(
            da.span.start.min(db.span.start),
            da.span.start.max(db.span.start),
        )
    } else {
        da.span.gap_days(&db.span)
    };
    let once = topic.is_some_and(|t| t.once);
    // One sentence with the same day words ("on Tuesday"), run on two
    // publication days: the days differ by the reading, not by the sources.
    if echoed
        && da.relative
        && db.relative
        && da.words == db.words
        && ca.published != cb.published
        && da.span.apart(&db.span)
    {
        return Err("the same day words read against two publication days".into());
    }
    // One sentence retold with another date is one event misdated,
    // however far apart.
    if gap > SAME_EVENT_MAX_GAP_DAYS && !once && !echoed {
        return Err(format!("{gap} days apart: another occurrence"));
    }
    let (va, vb) = (da.value_text(), db.value_text());
    let relative = da.relative || db.relative;
    let mut confidence = 0.5 + 0.1 * shared.len().min(3) as f64 + 0.15 * (wording / 0.6).min(1.0);
    if relative {
        confidence -= 0.1; // a weekday read against a publication date
    }
    let (verdict, outcome) = if da.span.apart(&db.span) {
        (
            Verdict::Contradiction,
            format!("{va} and {vb} are {gap} day(s) apart"),
        )
    } else {
        (Verdict::Agreement, format!("{va} and {vb} overlap"))
    };
    Ok(Judgement {
        verdict,
        confidence: (confidence.clamp(0.0, 1.0) * 100.0).round() / 100.0,
        explanation: if !shared.is_empty() {
            format!("same event '{event}' with {}; {outcome}", shared.join(", "))
        } else if wording >= SIMILAR_WORDING {
            format!("same event '{event}' in close wording ({wording:.2}); {outcome}")
        } else {
            format!("same event '{event}' of the story's main subject; {outcome}")
        },
    })
}

/// A later count `late` fits growth from `early`: no bound went down. The
/// one rule of growth, for the audit's camps and for fact tables.
pub fn grew(early: &Interval, late: &Interval) -> bool {
    late.high >= early.low && late.low >= early.low
}

/// The tolerance of a figure no topic or fact sets: 1% for money (rounding
/// in reports), none otherwise. Shared by the audit and fact tables.
pub fn default_tolerance(unit: &Unit) -> Tolerance {
    match unit {
        Unit::Money(_) => Tolerance::Relative(0.01),
        _ => Tolerance::Absolute(0.0),
    }
}

fn with_head(context: &Context, figure: &Figure) -> Vec<String> {
    let mut words = context.words.to_vec();
    words.extend(figure.head.iter().map(|w| stem(w)));
    // The mark of a whole is no word the sentence wrote.
    words.extend(
        figure
            .modifiers
            .iter()
            .filter(|w| *w != ALL_OF_THEM)
            .map(|w| stem(w)),
    );
    words.sort();
    words.dedup();
    words
}

/// Cosine similarity of two sorted word sets.
pub fn cosine(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    shared as f64 / ((a.len() * b.len()) as f64).sqrt()
}

/// Places, organisations (and unknown names), people: only names of one
/// group stand in for each other.
fn entity_group(entity: &EntityRef, rules: &RuleSet) -> u8 {
    match entity {
        EntityRef::Known(i) => match rules.entities.get(*i).map(|e| e.kind) {
            Some(EntityKind::Place) => 0,
            Some(EntityKind::Person) => 2,
            _ => 1,
        },
        // Names the rules do not know: organisations by their last word,
        // anything else counted with people.
        EntityRef::Unknown(name) => {
            if names_organisation(name) {
                1
            } else {
                2
            }
        }
    }
}

/// Under a count that grows (a toll), a smaller figure its own sentence
/// gives to a name ("Hallin … with 88 deaths") against a larger one whose
/// sentence never names it, in a story led by something else (a province),
/// is a part of that total, not an earlier count of it.
fn part_of_a_total(
    fa: &Figure,
    ca: &Context,
    fb: &Figure,
    cb: &Context,
    rules: &RuleSet,
) -> Option<String> {
    smaller_told_apart(fa, ca, fb, cb, |own, other| {
        if own.owner_borrowed {
            return None;
        }
        own.near_before
            .iter()
            .find(|e| other.subjects.binary_search(e).is_err() && other.lead.as_ref() != Some(*e))
            .map(|e| format!("{} owns the smaller figure only", entity_name(e, rules)))
    })
}

/// A smaller count whose sentence names places, against a larger one whose
/// sentence names all of them and more ("In Canada, 6,300 of the scooters"
/// / "including units sold in Canada, Mexico and Europe, the recall covers
/// 112,400 scooters"): the larger counts over a wider area, of which the
/// smaller is a part.
fn part_by_place(
    fa: &Figure,
    ca: &Context,
    fb: &Figure,
    cb: &Context,
    rules: &RuleSet,
) -> Option<String> {
    let places = |c: &Context| -> Vec<EntityRef> {
        c.subjects
            .iter()
            .filter(|e| entity_group(e, rules) == 0)
            .cloned()
            .collect()
    };
    smaller_told_apart(fa, ca, fb, cb, |own, other| {
        let (narrow, wide) = (places(own), places(other));
        let within = !narrow.is_empty()
            && wide.len() > narrow.len()
            && narrow.iter().all(|p| wide.contains(p));
        within.then(|| {
            let names: Vec<String> = narrow.iter().map(|e| entity_name(e, rules)).collect();
            format!("{} is one of the larger count's places", names.join(", "))
        })
    })
}

/// `apart` asked of the smaller figure's context against the larger's,
/// whichever side is smaller, where the two do not overlap: why the smaller
/// is a part of the larger, if it is.
fn smaller_told_apart(
    fa: &Figure,
    ca: &Context,
    fb: &Figure,
    cb: &Context,
    apart: impl Fn(&Context, &Context) -> Option<String>,
) -> Option<String> {
    [(fa, ca, fb, cb), (fb, cb, fa, ca)]
        .into_iter()
        .find_map(|(part, own, total, other)| {
            (part.interval.high < total.interval.low)
                .then(|| apart(own, other))
                .flatten()
        })
}

/// Names of a shared story given in an explanation: stories share many.
const STORY_NAMES_SHOWN: usize = 3;

/// Whether two sorted lists share an entity: one walk, no allocation.
fn shares_any(a: &[EntityRef], b: &[EntityRef]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Whether two documents' names (sorted), less `besides`, tell one story:
/// they share at least one name for every [`NAMES_PER_SHARED`] the
/// smaller names, a single dictionary noun not counted. One name shared by
/// documents that each name a dozen
/// others (a reused personal name, "County Road") is a coincidence; the
/// documents of one story share many.
fn one_story(a: &[EntityRef], b: &[EntityRef], besides: Option<&EntityRef>) -> bool {
    let own = |list: &[EntityRef]| list.iter().filter(|e| Some(*e) != besides).count();
    // A name that is one dictionary noun ("Council" of "Council leader
    // Imelda Vosburgh") is every town's: it tells no story apart.
    let common =
        |e: &EntityRef| matches!(e, EntityRef::Unknown(n) if !n.contains(' ') && is_noun(n));
    let shared = a
        .iter()
        .filter(|e| Some(*e) != besides && !common(e) && b.binary_search(e).is_ok())
        .count();
    shared > 0 && shared * NAMES_PER_SHARED >= own(a).min(own(b))
}

/// Two stories, each with a cast of its own (two names or more besides
/// `besides`), that share too few names to be one story ([`one_story`]):
/// a name or words they share are a namesake's or a stock phrase.
fn two_casts(a: &Context, b: &Context, besides: Option<&EntityRef>) -> bool {
    let cast = |c: &Context| c.story.iter().filter(|e| Some(*e) != besides).count();
    cast(a) >= 2 && cast(b) >= 2 && !one_story(&a.story, &b.story, besides)
}

/// How many names two documents of one story may name for each they
/// share: on the fixtures' 145 pairs of one story the most is 7, while 250
/// of the 275 pairs of different stories that share a name share one.
const NAMES_PER_SHARED: usize = 8;

/// The first `limit` entities in both sorted lists, by name.
fn shared_names(a: &[EntityRef], b: &[EntityRef], rules: &RuleSet, limit: usize) -> Vec<String> {
    a.iter()
        .filter(|e| b.binary_search(e).is_ok())
        .take(limit)
        .map(|e| entity_name(e, rules))
        .collect()
}

/// Entities in both sorted lists, by name.
fn shared_subjects(a: &[EntityRef], b: &[EntityRef], rules: &RuleSet) -> Vec<String> {
    a.iter()
        .filter(|e| b.binary_search(e).is_ok())
        .map(|e| entity_name(e, rules))
        .collect()
}

/// The claims are about different things: near each stands a name of one
/// kind (place, organisation, person) the other's sentence never uses ("tariffs on
/// India" / "tariffs on Canada"; a call with Putin / a call with Carney), or
/// one names such an owner right before its figure ("the Brennan City brewery
/// employs 640" / "the company employs 5,000"). A name after the figure alone
/// is often only its setting ("jumped 24% in New York") and is not enough.
/// With `described_may_own`, a claim with no name before it in its clause
/// may be of any thing its story names, as one opening its sentence is.
pub fn different_subjects(
    a: &Context,
    b: &Context,
    rules: &RuleSet,
    described_may_own: bool,
) -> Option<String> {
    // Names beside the figure. Two owners both borrowed from earlier
    // sentences ("The state released $5 million" after different
    // sentences in two stories) say only what each story said last: they
    // are weighed below, against the other story, not against each other.
    let both_borrowed = a.owner_borrowed && b.owner_borrowed;
    let unnamed = |own: &Context, other: &Context, group: u8| -> Option<EntityRef> {
        own.near
            .iter()
            .filter(|e| !(both_borrowed && own.near_before.contains(e)))
            .find(|e| entity_group(e, rules) == group && !named_in(e, &other.subjects, rules))
            .cloned()
    };
    for group in 0..3 {
        if let (Some(x), Some(y)) = (unnamed(a, b, group), unnamed(b, a, group)) {
            return Some(format!(
                "{} vs {}",
                entity_name(&x, rules),
                entity_name(&y, rules)
            ));
        }
    }
    // An owner borrowed from earlier sentences ("The government said 97
    // had died", after a sentence about Velmore County) is the story's
    // subject: it is foreign only to a story that never names it at all.
    // A figure that opens its sentence with no owner at all ("Fourteen
    // engines were sent") may be that of any body its story names.
    let foreign = |own: &Context, other: &Context| -> Option<EntityRef> {
        own.near_before
            .iter()
            .find(|e| {
                let unowned =
                    other.near_before.is_empty() && (other.opens_sentence || described_may_own);
                let known = if own.owner_borrowed || unowned {
                    &other.story
                } else {
                    &other.document
                };
                !named_in(e, &other.subjects, rules)
                    && !named_in(e, known, rules)
                    && !described_in(e, other, rules)
            })
            .cloned()
    };
    let owner = |e: &EntityRef, side: &str| {
        format!("{} owns the {side} figure only", entity_name(e, rules))
    };
    if let Some(x) = foreign(a, b) {
        return Some(owner(&x, "first"));
    }
    foreign(b, a).map(|y| owner(&y, "second"))
}

/// Whether two names may name one thing: the same name, a surname and a
/// full name that ends in it ("Brasskett" / "Ottilie Brasskett"), or a name
/// and a longer one it begins ("Grindlow" / "Grindlow Village Hall"). A
/// name the other side shortens or lengthens is no owner of its own.
fn may_name_one(x: &EntityRef, y: &EntityRef, rules: &RuleSet) -> bool {
    if x == y {
        return true;
    }
    // Compared as folded, as unknown names are kept: no name is built
    // for the many pairs the judge weighs.
    fn folded<'e>(e: &'e EntityRef, rules: &RuleSet) -> Cow<'e, str> {
        match e {
            EntityRef::Unknown(name) => Cow::Borrowed(name),
            EntityRef::Known(_) => Cow::Owned(entity_name(e, rules).to_lowercase()),
        }
    }
    let (nx, ny) = (folded(x, rules), folded(y, rules));
    let within = |short: &str, long: &str| {
        !short.contains(' ')
            && (long
                .strip_prefix(short)
                .is_some_and(|rest| rest.starts_with(' '))
                || long
                    .strip_suffix(short)
                    .is_some_and(|rest| rest.ends_with(' ')))
    };
    within(&nx, &ny) || within(&ny, &nx)
}

/// Whether sorted `list` names `entity` as [`may_name_one`] reads it. A
/// name of several words is looked up with its first and last words, so
/// only the few names the rules know are compared one by one; a name of
/// one word may begin or end any other.
fn named_in(entity: &EntityRef, list: &[EntityRef], rules: &RuleSet) -> bool {
    if list.binary_search(entity).is_ok() {
        return true;
    }
    let one_by_one = |candidates: &[EntityRef]| {
        candidates
            .iter()
            .any(|other| may_name_one(entity, other, rules))
    };
    match entity {
        EntityRef::Unknown(name) if name.contains(' ') => {
            let known = list.partition_point(|e| matches!(e, EntityRef::Known(_)));
            let word = |w: &str| list.binary_search(&EntityRef::Unknown(w.into())).is_ok();
            let (first, last) = (
                name.split(' ').next().unwrap_or_default(),
                name.rsplit(' ').next().unwrap_or_default(),
            );
            word(first) || word(last) || one_by_one(&list[..known])
        }
        _ => one_by_one(list),
    }
}

/// Whether `other`'s sentence speaks of `entity` by the noun its name ends
/// in, where its story names it ("the stage" of "Lantern Stage", "the
/// company" of "Orrin Valley Company").
fn described_in(entity: &EntityRef, other: &Context, rules: &RuleSet) -> bool {
    let name = entity_name(entity, rules).to_lowercase();
    let Some(head) = name.rsplit(' ').next().filter(|_| name.contains(' ')) else {
        return false;
    };
    other.story.binary_search(entity).is_ok() && other.words.contains(&stem(head))
}

/// Two figures dated to different periods (years, or months): both dated
/// and apart, or one dated to a period other than the one the other's
/// document was published in (an undated figure speaks of that time).
fn dated_apart(
    a: &[String],
    b: &[String],
    published_a: Option<String>,
    published_b: Option<String>,
) -> Option<String> {
    match (a.is_empty(), b.is_empty()) {
        (false, false) if !a.iter().any(|x| b.contains(x)) => {
            Some(format!("{} vs {}", a.join("/"), b.join("/")))
        }
        (false, true) => published_b
            .filter(|p| !a.contains(p))
            .map(|p| format!("{} vs the time of publication ({p})", a.join("/"))),
        (true, false) => published_a
            .filter(|p| !b.contains(p))
            .map(|p| format!("the time of publication ({p}) vs {}", b.join("/"))),
        _ => None,
    }
}

/// The claims are set in different time frames: different years, different
/// days for counts that grow, or a part, a total, a rate or a past figure
/// against a plain one.
pub fn different_frames(a: &Context, b: &Context, time_bound: bool, rates: bool) -> Option<String> {
    let years = |c: &Context| -> Vec<String> {
        c.times
            .iter()
            .filter(|t| t.chars().all(|ch| ch.is_ascii_digit()))
            .cloned()
            .collect()
    };
    let months = |c: &Context| -> Vec<String> {
        c.times
            .iter()
            .filter(|t| MONTHS.contains(&t.as_str()))
            .cloned()
            .collect()
    };
    let year_of = |d: jiff::civil::Date| d.year().to_string();
    let (years_a, years_b) = (years(a), years(b));
    // A side with no year written but a resolved period spanning the
    // other's year ("four years ago" of a 2025 report / "in 2021") is of
    // that year, not of its publication.
    let spans_a_year_of = |c: &Context, other_years: &[String]| {
        // A round "N years ago" spans three years; "the past five years"
        // is a period, not a year. A day ("during the raid on 14 March
        // 2023", too far from the count for its year to date it) lies in
        // one year.
        c.when.is_some_and(|w| {
            w.end.year() - w.start.year() <= 2
                && other_years
                    .iter()
                    .filter_map(|y| y.parse::<i16>().ok())
                    .any(|y| (w.start.year()..=w.end.year()).contains(&y))
        })
    };
    // A total gathered over N years ("over five years") is of any N
    // years, such as the other's "between 2017 and 2022".
    let over_the_other_years = |c: &Context, other_years: &[String]| {
        let numbers: Vec<i32> = other_years.iter().filter_map(|y| y.parse().ok()).collect();
        let (Some(first), Some(last)) = (numbers.iter().min(), numbers.iter().max()) else {
            return false;
        };
        c.times.iter().any(|t| {
            t.strip_prefix(YEARS_OVER)
                .and_then(|n| n.trim().parse::<f64>().ok())
                .is_some_and(|n| (f64::from(last - first) - n).abs() <= 1.0)
        })
    };
    let spans_the_other_year = (years_a.is_empty() && spans_a_year_of(a, &years_b))
        || (years_b.is_empty() && spans_a_year_of(b, &years_a));
    let of_the_other_year = spans_the_other_year
        || (years_a.is_empty() && over_the_other_years(a, &years_b))
        || (years_b.is_empty() && over_the_other_years(b, &years_a));
    if let Some(why) = dated_apart(
        &years_a,
        &years_b,
        a.published.map(year_of),
        b.published.map(year_of),
    )
    .filter(|_| !of_the_other_year)
    {
        return Some(why);
    }
    // "last year", "the previous week": a past period against the present.
    let past = |c: &Context| -> Vec<String> {
        c.times
            .iter()
            .filter(|t| t.starts_with("last ") || t.starts_with("previous "))
            .cloned()
            .collect()
    };
    let (pa, pb) = (past(a), past(b));
    // A side dated to a day or a month within the other's past period
    // ("inspected on 19 February" / "last month" of a March report; "in
    // March 2024" / "in March last year") is of that period.
    let day_within = |x: &Context, px: &[String], y: &Context| {
        px.is_empty()
            && matches!((x.when, y.when), (Some(d), Some(p))
                if matches!(d.precision, Precision::Day | Precision::Month) && !d.apart(&p))
    };
    if pa != pb
        && !day_within(a, &pa, b)
        && !day_within(b, &pb, a)
        && (pa.is_empty() || pb.is_empty() || !pa.iter().any(|p| pb.contains(p)))
    {
        let show = |p: &[String]| {
            if p.is_empty() {
                "now".to_string()
            } else {
                p.join("/")
            }
        };
        return Some(format!("{} vs {}", show(&pa), show(&pb)));
    }
    // Months only when both name one: a month alone often marks a period's
    // end ("the three months to September") rather than the figure's time.
    let (ma, mb) = (months(a), months(b));
    if !ma.is_empty() && !mb.is_empty() && !ma.iter().any(|m| mb.contains(m)) {
        return Some(format!("{} vs {}", ma.join("/"), mb.join("/")));
    }
    // Resolved periods (a year, a quarter, "next year", "the same quarter
    // of 2024") that share no day.
    let period = |c: &Context| {
        c.when
            .filter(|w| w.precision != Precision::Day && days_between(w.start, w.end) >= 20)
    };
    match (period(a), period(b)) {
        (Some(pa), Some(pb)) if pa.apart(&pb) => {
            return Some(format!("{} vs {}", pa.display(), pb.display()));
        }
        // A forecast for next year against a figure of the present.
        (Some(p), None) | (None, Some(p)) => {
            let undated = if period(a).is_some() { b } else { a };
            if let Some(published) = undated.published.filter(|d| *d < p.start || *d > p.end) {
                if p.start > published && undated.when.is_none_or(|w| w.apart(&p)) {
                    return Some(format!(
                        "{} vs the time of publication ({published})",
                        p.display()
                    ));
                }
            }
        }
        _ => {}
    }
    // Two rates are averages already: "on an average weekday" adds nothing,
    // and "since" tells how long a rate has held, no total ("£142,000
    // every year since 2017" / "£124,000 a year"); nor does "ago" where
    // both are dated to one time ("on 3 March 2021" or "in 2021" / "four
    // years ago" of a 2025 report).
    let one_time =
        matches!((a.when, b.when), (Some(x), Some(y)) if !x.apart(&y)) || spans_the_other_year;
    let scope = |c: &Context| -> Vec<String> {
        c.scope
            .iter()
            .filter(|w| {
                !(rates && matches!(w.as_str(), "average" | "since"))
                    && *w != WHOLE
                    && !(one_time && *w == "ago")
            })
            .cloned()
            .collect()
    };
    // The whole area against a figure a named place opens or owns ("In
    // Hallin, 175 people were killed" / "146 … across the province").
    let whole = |c: &Context| c.scope.iter().any(|w| w == WHOLE);
    for (w, part) in [(a, b), (b, a)] {
        // Named in the part's own sentence: "The government said 318 had
        // died" borrows its owner from earlier sentences and names no part.
        let owned_part = !part.owner_borrowed
            && part
                .near_before
                .iter()
                .any(|e| w.subjects.binary_search(e).is_err());
        if whole(w) && !whole(part) && owned_part {
            return Some("the whole area vs a part a named place owns".into());
        }
    }
    if scope(a) != scope(b) {
        return Some(format!(
            "scope '{}' vs '{}'",
            a.scope.join(" "),
            b.scope.join(" ")
        ));
    }
    // Counts as of two times of day ("by lunchtime" / "by the end of the
    // day") are two tallies of a running count.
    fn as_of(c: &Context) -> Vec<&String> {
        c.times.iter().filter(|t| t.starts_with("by ")).collect()
    }
    let (by_a, by_b) = (as_of(a), as_of(b));
    let time = |t: &str| t.trim_start_matches("by ").to_string();
    if !by_a.is_empty() && !by_b.is_empty() && !by_a.iter().any(|t| by_b.contains(t)) {
        return Some(format!("as of {} vs {}", time(by_a[0]), time(by_b[0])));
    }
    // A tally as of a clock time ("by 8am, nine services had been
    // cancelled") is no count of the whole day ("23 services were
    // cancelled over the morning"). Only a clock time: a happening's end
    // ("by the time the flames were out") may close the whole count, and
    // "by the third year" is a deadline.
    let of_the_clock = |by: &[&String]| {
        by.iter()
            .any(|t| time(t).starts_with(|c: char| c.is_ascii_digit()))
    };
    if by_a.is_empty() != by_b.is_empty() && (of_the_clock(&by_a) || of_the_clock(&by_b)) {
        let at = by_a
            .first()
            .or(by_b.first())
            .map_or(String::new(), |t| time(t));
        return Some(format!("as of {at} vs no time of the day"));
    }
    if time_bound {
        let (ta, tb) = (&a.times, &b.times);
        if !ta.is_empty() && !tb.is_empty() && !ta.iter().any(|t| tb.contains(t)) {
            return Some(format!("{} vs {}", ta.join("/"), tb.join("/")));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_order_is_the_longest_common_subsequence() {
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        assert_eq!(
            words_in_order(
                &words("we would rather pull every bag off the shelves"),
                &words("we would rather pull every single bag from the shelves")
            ),
            8
        );
        assert_eq!(words_in_order(&words("a b c"), &words("c b a")), 1);
        assert_eq!(words_in_order(&[], &words("a")), 0);
    }

    #[test]
    fn bodies_are_two_by_their_words() {
        let body = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        for (a, b) in [
            ("carrow nurses association", "carrow health trust"),
            // One's head only qualifies the other.
            ("orrin rail", "saltinch valley rail users group"),
            // An adjective they share names no members of both.
            ("polar marine staff union", "corvath polar trust"),
        ] {
            assert!(different_bodies(&body(a), &body(b)), "{a} / {b}");
        }
        for (a, b) in [
            ("nurses union", "eastmoor nurses association"),
            ("norvale power", "norvale power company"),
        ] {
            assert!(!different_bodies(&body(a), &body(b)), "{a} / {b}");
        }
    }

    /// A dated deed: `verb` done to `theme` (by `doer`) on 2025-06-`day`.
    fn deed(verb: &'static str, theme: &str, doer: &str, day: i8) -> DateClaim {
        let date = jiff::civil::Date::new(2025, 6, day).unwrap();
        DateClaim {
            span: DateSpan {
                start: date,
                end: date,
                precision: Precision::Day,
            },
            event: crate::extract::date::Happening::Action(stem(verb)),
            relative: false,
            words: String::new(),
            patient: format!("{theme} {doer}").trim().to_string(),
            theme: theme.to_string(),
            verb: Some(verb.into()),
            occasion: None,
            leads: false,
            ordinal: None,
        }
    }

    /// A deed told as the first or the last of its kind is done once:
    /// two kinds of one deed of one rank are one ("last inspected" /
    /// "last checked"), where they were done to one thing or neither
    /// side names one; another rank, another thing, or an unranked deed
    /// is another happening.
    #[test]
    fn a_deed_done_once_told_with_two_kinds_of_one_deed() {
        let rules = RuleSet::builtin().unwrap();
        let verdict = |a: &DateClaim, b: &DateClaim| {
            judge_dates(a, &Context::default(), b, &Context::default(), &rules).map(|j| j.verdict)
        };
        let ranked = |verb: &'static str, theme: &str, day: i8, rank: Ordinal| DateClaim {
            ordinal: Some(rank),
            ..deed(verb, theme, "", day)
        };
        let inspected = ranked("inspect", "", 3, Ordinal::Last);
        let checked = ranked("check", "", 17, Ordinal::Last);
        assert_eq!(verdict(&inspected, &checked), Ok(Verdict::Contradiction));
        let bridge = ranked("inspect", "bridge", 3, Ordinal::Last);
        let the_bridge_checked = ranked("check", "bridge", 5, Ordinal::Last);
        assert_eq!(
            verdict(&bridge, &the_bridge_checked),
            Ok(Verdict::Contradiction)
        );
        let tunnel = ranked("check", "tunnel", 5, Ordinal::Last);
        assert!(verdict(&bridge, &tunnel).is_err());
        let first = ranked("check", "", 5, Ordinal::First);
        assert!(verdict(&inspected, &first).is_err());
        // "made their first visit" / "the first site visit": the ordinal
        // names no thing visited, so neither side names one.
        let their_first_visit = ranked("visit", "first visit", 9, Ordinal::First);
        let the_first_site_visit = ranked("visit", "site visit", 11, Ordinal::First);
        assert_eq!(
            verdict(&their_first_visit, &the_first_site_visit),
            Ok(Verdict::Contradiction)
        );
        let unranked = deed("check", "", "", 17);
        assert!(verdict(&inspected, &unranked).is_err());
    }

    /// A period from the report's day on ("agreed to meet in the coming
    /// weeks") is a plan, no retelling of a meeting the day before.
    #[test]
    fn a_period_from_the_reports_day_on_is_a_plan() {
        let rules = RuleSet::builtin().unwrap();
        let zelensky = vec![EntityRef::Unknown("zelensky".into())];
        let published = |day: i8| Context {
            published: Some(jiff::civil::Date::new(2025, 6, day).unwrap()),
            subjects: zelensky.clone(),
            participants: zelensky.clone(),
            clause: zelensky.clone(),
            ..Context::default()
        };
        let met = deed("meet", "", "", 18);
        let coming_weeks = DateClaim {
            span: DateSpan {
                start: jiff::civil::Date::new(2025, 6, 19).unwrap(),
                end: jiff::civil::Date::new(2025, 7, 16).unwrap(),
                precision: Precision::Range,
            },
            ..deed("meet", "", "", 19)
        };
        assert_eq!(
            judge_dates(&coming_weeks, &published(19), &met, &published(19), &rules),
            Err("a plan and a past event".into())
        );
    }

    /// A deed done at an occasion dates the occasion another side tells
    /// by its verb, where those who met are named at it.
    #[test]
    fn a_deed_done_at_a_meeting_dates_the_meeting() {
        let rules = RuleSet::builtin().unwrap();
        let story = |words: &[&str]| Context {
            subjects: vec![EntityRef::Unknown("guild".into())],
            words: words.iter().map(|w| w.to_string()).collect(),
            ..Context::default()
        };
        // "The Guild's executive committee met on Tuesday" / "The decision
        // was taken at an emergency meeting of the Guild's executive
        // committee on 16 March".
        let met = deed("meet", "", "executive committee", 17);
        let taken_at = DateClaim {
            occasion: Some("meet".into()),
            ..deed("take", "decision", "", 16)
        };
        let committee = story(&["committe", "decision", "executiv", "meet", "taken"]);
        let verdict = |taken_at_context: &Context| {
            judge_dates(
                &met,
                &story(&["committe", "executiv", "met"]),
                &taken_at,
                taken_at_context,
                &rules,
            )
            .map(|j| j.verdict)
        };
        assert_eq!(verdict(&committee), Ok(Verdict::Contradiction));
        // A meeting of others ("a meeting of the trustees") is another.
        assert!(verdict(&story(&["decision", "meet", "taken", "truste"])).is_err());
    }

    #[test]
    fn one_deed_done_to_one_theme_told_with_two_verbs() {
        let rules = RuleSet::builtin().unwrap();
        let verdict = |a: &DateClaim, b: &DateClaim| {
            judge_dates(a, &Context::default(), b, &Context::default(), &rules).map(|j| j.verdict)
        };
        // "Inspectors discovered the fracture on Saturday" / "the fracture
        // was spotted on April 9"; "stole six paintings" / "the paintings
        // were taken".
        let discovered = deed("discover", "fracture", "inspector", 11);
        let spotted = deed("spot", "fracture", "", 9);
        assert_eq!(verdict(&discovered, &spotted), Ok(Verdict::Contradiction));
        let stolen = deed("steal", "painting", "thief", 1);
        let taken = deed("take", "painting", "", 3);
        assert_eq!(verdict(&stolen, &taken), Ok(Verdict::Contradiction));
        // Coming to know of a thing and acting on it, a return and the
        // deed it undoes, another theme: two happenings.
        let repaired = deed("repair", "fracture", "", 14);
        assert!(verdict(&discovered, &repaired).is_err());
        let closed = deed("close", "bridge", "council", 9);
        let reopened = deed("reopen", "bridge", "", 13);
        assert!(verdict(&closed, &reopened).is_err());
        // Opposite deeds WordNet marks: "police detained the driver" /
        // "the driver was released".
        let detained = deed("detain", "driver", "police", 3);
        let released = deed("release", "driver", "", 5);
        assert!(verdict(&detained, &released).is_err());
        let taken_car = deed("take", "car", "", 3);
        assert!(verdict(&stolen, &taken_car).is_err());
    }

    /// A context whose date's clause names `names`.
    fn clause(names: &[&str]) -> Context {
        Context {
            clause: names
                .iter()
                .map(|&n| EntityRef::Unknown(n.into()))
                .collect(),
            ..Context::default()
        }
    }

    /// Leaving a named place is done to the place: two departures from
    /// one, whoever else each names, are one where they tell of one
    /// patient or one does not say whom; two patients, or two places,
    /// are two.
    #[test]
    fn departures_from_one_named_place() {
        let rules = RuleSet::builtin().unwrap();
        let tiernan_there = clause(&["connor tiernan", "wexcombe general hospital"]);
        let there = clause(&["wexcombe general hospital"]);
        // Tiernan left on the 12th; whom the other side tells of left on
        // the 11th.
        let verdict = |other: &str, there: &Context| {
            let tiernan = deed(DEPARTURE, "", "tiernan", 12);
            let other = deed(DEPARTURE, "", other, 11);
            judge_dates(&tiernan, &tiernan_there, &other, there, &rules).map(|j| j.verdict)
        };
        assert_eq!(verdict("", &there), Ok(Verdict::Contradiction));
        let marsh_there = clause(&["ada marsh", "wexcombe general hospital"]);
        assert!(verdict("marsh", &marsh_there).is_err());
        assert!(verdict("", &clause(&["halvik infirmary"])).is_err());
    }

    /// One deed done to people both sides name by a noun of a post is
    /// one, whoever else each names (the police on one side, the
    /// directors' company on the other); people named by no post may be
    /// any two.
    #[test]
    fn one_deed_done_to_people_named_by_a_post() {
        let rules = RuleSet::builtin().unwrap();
        let (police, company) = (
            clause(&["hcramhtron economic crime unit"]),
            clause(&["cindrel heat ltd"]),
        );
        let verdict = |theme: &str| {
            let arrested = deed("arrest", theme, "detective", 11);
            let taken = deed("arrest", theme, "", 10);
            judge_dates(&arrested, &police, &taken, &company, &rules).map(|j| j.verdict)
        };
        assert_eq!(verdict("director"), Ok(Verdict::Contradiction));
        assert!(verdict("man").is_err());
    }

    /// "He was arrested on 14 March" / "Crookhallow was taken into
    /// custody on 21 March": whom the pronoun stands for is named, and
    /// one verb told by two words is one deed. "Dr Aldric Penhallow, a
    /// consultant …, was suspended" / "the trust suspended the
    /// consultant": a post one side names whom the other's sentence gives
    /// it.
    #[test]
    fn a_pronoun_or_a_post_names_whom_the_other_side_names() {
        let rules = RuleSet::builtin().unwrap();
        let crookhallow = EntityRef::Unknown("anselm crookhallow".into());
        let he = Context {
            subjects: vec![crookhallow.clone()],
            ..Context::default()
        };
        let named = Context {
            clause: vec![crookhallow],
            ..Context::default()
        };
        let arrested = deed("arrest", "", "", 14);
        let taken = DateClaim {
            event: crate::extract::date::Happening::Action("take".into()),
            ..deed("arrest", "", "", 21)
        };
        let verdict = |a: &DateClaim, ca: &Context, b: &DateClaim, cb: &Context| {
            judge_dates(a, ca, b, cb, &rules).map(|j| j.verdict)
        };
        assert_eq!(
            verdict(&arrested, &he, &taken, &named),
            Ok(Verdict::Contradiction)
        );
        assert!(verdict(&arrested, &Context::default(), &taken, &named).is_err());
        let penhallow = deed("suspend", "penhallow", "", 12);
        let consultant = deed("suspend", "consultant", "trust", 9);
        let given_the_post = |words: &[&str]| Context {
            subjects: vec![EntityRef::Unknown("aldric penhallow".into())],
            clause: vec![EntityRef::Unknown("aldric penhallow".into())],
            words: words.iter().map(|w| w.to_string()).collect(),
            ..Context::default()
        };
        let trust = Context {
            document: vec![EntityRef::Unknown("penhallow".into())].into(),
            ..Context::default()
        };
        assert_eq!(
            verdict(
                &penhallow,
                &given_the_post(&["consultant", "surgeon"]),
                &consultant,
                &trust
            ),
            Ok(Verdict::Contradiction)
        );
        assert!(verdict(
            &penhallow,
            &given_the_post(&["surgeon"]),
            &consultant,
            &trust
        )
        .is_err());
    }

    #[test]
    fn a_death_told_by_its_pronoun_is_the_main_subjects() {
        let rules = RuleSet::builtin().unwrap();
        let person = EntityRef::Unknown("ysolde marrin".into());
        // "She died two days later": no one named, no patient read, in a
        // story whose main subject is Ysolde Marrin; "Ysolde Marrin's death
        // is confirmed": named.
        let told_by_pronoun = Context {
            document: vec![person.clone()].into(),
            ..Context::default()
        };
        let named = Context {
            clause: vec![person.clone()],
            ..Context::default()
        };
        let died = deed("die", "", "", 13);
        let death = DateClaim {
            patient: "death".into(),
            verb: Some("be".into()),
            ..deed("die", "", "", 16)
        };
        assert_eq!(
            judge_dates(&died, &told_by_pronoun, &death, &named, &rules).map(|j| j.verdict),
            Ok(Verdict::Contradiction)
        );
        // Where the pronoun's story is about someone else, nothing ties them.
        let elsewhere = Context {
            document: vec![EntityRef::Unknown("petra lund".into())].into(),
            ..Context::default()
        };
        assert!(judge_dates(&died, &elsewhere, &death, &named, &rules).is_err());
    }

    #[test]
    fn a_dateline_echoes_no_sentence() {
        let rules = RuleSet::builtin().unwrap();
        let context = |words: &[&str]| Context {
            words: words.iter().map(|w| w.to_string()).collect(),
            ..Context::default()
        };
        let mut early = deed("publish", "", "", 3);
        early.span.start = jiff::civil::Date::new(2023, 6, 3).unwrap();
        early.span.end = early.span.start;
        let late = deed("publish", "", "", 3);
        // "Published 13 June 2024" / "Published February 13, 2026": two
        // datelines, far apart.
        let (short, long) = (
            context(&["publish"]),
            context(&["fight", "ongo", "pokrovsk"]),
        );
        assert!(judge_dates(&early, &short, &late, &short, &rules).is_err());
        // One sentence retold with another date is one event misdated,
        // however far apart.
        assert_eq!(
            judge_dates(&early, &long, &late, &long, &rules).map(|j| j.verdict),
            Ok(Verdict::Contradiction)
        );
    }

    #[test]
    fn one_deed_done_alike_in_two_stories_is_two() {
        let rules = RuleSet::builtin().unwrap();
        // "The building, which opened in 1921" / "the structure, which
        // opened in 2011": nameless, one deed, one kind of thing.
        let (old, new) = (
            deed("open", "building", "", 3),
            deed("open", "structure", "", 9),
        );
        let (hall, car_park) = (
            naming(&["church lane", "pennycrake"]),
            naming(&["calloway road", "drevanton"]),
        );
        assert!(judge_dates(&old, &hall, &new, &car_park, &rules).is_err());
        assert_eq!(
            judge_dates(&old, &hall, &new, &hall, &rules).map(|j| j.verdict),
            Ok(Verdict::Contradiction)
        );
    }

    #[test]
    fn a_name_spoken_of_by_its_last_noun_is_no_other_owner() {
        let rules = RuleSet::builtin().unwrap();
        let stage = EntityRef::Unknown("lantern stage".into());
        let named = Context {
            subjects: vec![stage.clone()],
            near: vec![stage.clone()],
            near_before: vec![stage.clone()],
            story: vec![stage.clone()].into(),
            document: vec![stage.clone()].into(),
            ..Context::default()
        };
        let described = |words: &[&str]| Context {
            words: words.iter().map(|w| stem(w)).collect(),
            story: vec![stage.clone()].into(),
            ..Context::default()
        };
        // "The Lantern Stage took nine days to assemble" / "the stage was
        // put up in four days".
        assert_eq!(
            different_subjects(&named, &described(&["stage", "put"]), &rules, false),
            None
        );
        assert!(different_subjects(&named, &described(&["tent", "put"]), &rules, false).is_some());
    }

    /// The verdict on two roles of one person, told at one time.
    fn verdict(a: &RoleClaim, b: &RoleClaim) -> Result<Verdict, String> {
        let rules = RuleSet::builtin().unwrap();
        judge_roles(a, &Context::default(), b, &Context::default(), &rules).map(|j| j.verdict)
    }

    /// A context whose story names `names`.
    fn naming(names: &[&str]) -> Context {
        Context {
            story: names
                .iter()
                .map(|n| EntityRef::Unknown((*n).into()))
                .collect::<Vec<_>>()
                .into(),
            ..Context::default()
        }
    }

    fn role(title: &str, qualifiers: &[&str], open: bool) -> RoleClaim {
        RoleClaim {
            person: EntityRef::Unknown("gideon marsh".into()),
            title: title.to_string(),
            qualifiers: qualifiers.iter().map(|q| q.to_string()).collect(),
            former: false,
            person_name: "Gideon Marsh".to_string(),
            open,
            affiliation: Vec::new(),
            task: false,
            also: Vec::new(),
            party: Vec::new(),
        }
    }

    /// A retired person holds no body's post nor one that leads; a
    /// description of a retired person ("pensioner"), the same calling
    /// and a calling left before are no other post.
    #[test]
    fn a_retired_calling_holds_no_post() {
        let retired_fisherman = role("fisherman", &["retired"], true);
        let trusts_engineer = RoleClaim {
            affiliation: vec!["trust".into()],
            ..role("engineer", &["chief"], true)
        };
        assert_eq!(
            verdict(&retired_fisherman, &trusts_engineer),
            Ok(Verdict::Contradiction)
        );
        assert_eq!(
            verdict(&role("director", &["race"], true), &retired_fisherman),
            Ok(Verdict::Contradiction)
        );
        assert!(verdict(
            &retired_fisherman,
            &role("pensioner", &["ossingbrae"], true)
        )
        .is_err());
        assert_ne!(
            verdict(&retired_fisherman, &role("fisherman", &[], true)),
            Ok(Verdict::Contradiction)
        );
        let former_engineer = RoleClaim {
            former: true,
            ..trusts_engineer.clone()
        };
        assert!(verdict(&retired_fisherman, &former_engineer).is_err());
    }

    /// A role a pronoun owns ("her lawyer") is held for whomever the
    /// pronoun stands for: the person another source names as the
    /// client, so it meets "Voss's legal representative"; against a
    /// prosecutor it is the other side's.
    #[test]
    fn a_role_a_pronoun_owns_may_serve_the_person_named() {
        let held_for = |title: &str, qualifiers: &[&str], whom: &str| RoleClaim {
            affiliation: vec![whom.to_string()],
            ..role(title, qualifiers, true)
        };
        let her_lawyer = held_for("lawyer", &[], "her");
        assert!(verdict(&her_lawyer, &held_for("representative", &["legal"], "voss")).is_err());
        assert_eq!(
            verdict(&her_lawyer, &role("prosecutor", &[], true)),
            Ok(Verdict::Contradiction)
        );
    }

    /// One kind of post held for a body a qualified kind tells and for a
    /// body written as a name that holds none of its words is two posts;
    /// against a name that holds one of its words, or a bare kind, it may
    /// be one.
    #[test]
    fn a_body_told_by_its_kind_is_not_another_named() {
        let engineer_for = |body: &[&str]| RoleClaim {
            affiliation: body.iter().map(|w| w.to_string()).collect(),
            ..role("engineer", &[], true)
        };
        let residents = engineer_for(&["residents", "association"]);
        assert_eq!(
            verdict(&engineer_for(&["gorvannic", "demolition"]), &residents),
            Ok(Verdict::Contradiction)
        );
        assert_eq!(
            verdict(&residents, &engineer_for(&["gorvannic", "demolition"])),
            Ok(Verdict::Contradiction)
        );
        let fire_service = engineer_for(&["fire", "service"]);
        assert_ne!(
            verdict(&fire_service, &engineer_for(&["harwick", "fire", "rescue"])),
            Ok(Verdict::Contradiction)
        );
        assert_ne!(
            verdict(
                &engineer_for(&["company"]),
                &engineer_for(&["gorvannic", "demolition"])
            ),
            Ok(Verdict::Contradiction)
        );
    }

    /// One person acting for two sides that share no word, one named, is
    /// a contradiction whatever the titles; one side written two ways,
    /// or two descriptions that may name one side, are not.
    #[test]
    fn acting_for_two_sides_is_a_contradiction() {
        let acting_for = |title: &str, party: &[&str]| RoleClaim {
            party: party.iter().map(|w| w.to_string()).collect(),
            task: true,
            ..role(title, &[], true)
        };
        let for_the_trust = acting_for("representative", &["harrowlark", "land", "trust"]);
        let for_the_heirs = acting_for("representative", &["perpetua", "vellanquist"]);
        assert_eq!(
            verdict(&for_the_trust, &for_the_heirs),
            Ok(Verdict::Contradiction)
        );
        assert_eq!(
            verdict(&for_the_heirs, &for_the_trust),
            Ok(Verdict::Contradiction)
        );
        let for_the_officer = acting_for("representative", &["pc", "vashcombe"]);
        let for_the_force = acting_for("presenter", &["constabulary"]);
        assert_eq!(
            verdict(&for_the_officer, &for_the_force),
            Ok(Verdict::Contradiction)
        );
        // One side: a shared word; a courtesy title is no shared word.
        let for_the_land_trust = acting_for("counsel", &["land", "trust"]);
        assert_ne!(
            verdict(&for_the_trust, &for_the_land_trust),
            Ok(Verdict::Contradiction)
        );
        let for_pc_orme = acting_for("representative", &["pc", "orme"]);
        assert_eq!(
            verdict(&for_the_officer, &for_pc_orme),
            Ok(Verdict::Contradiction)
        );
        // Two descriptions may be one side.
        let for_the_family = acting_for("representative", &["family"]);
        let for_the_claimants = acting_for("representative", &["claimants"]);
        assert_ne!(
            verdict(&for_the_family, &for_the_claimants),
            Ok(Verdict::Contradiction)
        );
    }

    #[test]
    fn one_title_of_two_named_places_is_two_roles() {
        // "mayor of Dunmarra" / "Kessik mayor".
        let of_dunmarra = RoleClaim {
            affiliation: vec!["dunmarra".into()],
            ..role("mayor", &[], false)
        };
        let kessik = role("mayor", &["kessik"], false);
        assert_eq!(verdict(&of_dunmarra, &kessik), Ok(Verdict::Contradiction));
        // One place spelled two ways, a demonym against its country, and a
        // title with no place are one role.
        let dunmara = role("mayor", &["dunmara"], false);
        assert_eq!(verdict(&of_dunmarra, &dunmara), Ok(Verdict::Agreement));
        let of_russia = RoleClaim {
            affiliation: vec!["russia".into()],
            ..role("minister", &["foreign"], false)
        };
        let russian = role("minister", &["russian", "foreign"], false);
        assert_ne!(verdict(&of_russia, &russian), Ok(Verdict::Contradiction));
        let mayor = role("mayor", &[], false);
        assert_eq!(verdict(&mayor, &kessik), Ok(Verdict::Agreement));
        // A body named in full against a proper name before the title.
        let for_the_fire_department = RoleClaim {
            affiliation: vec!["calderbrook".into(), "fire".into(), "department".into()],
            ..role("spokesman", &[], false)
        };
        let harrowmere = role("spokesman", &["harrowmere"], false);
        assert_eq!(
            verdict(&for_the_fire_department, &harrowmere),
            Ok(Verdict::Contradiction)
        );
        let calderbrook = role("spokesman", &["calderbrook"], false);
        assert_eq!(
            verdict(&for_the_fire_department, &calderbrook),
            Ok(Verdict::Agreement)
        );
        // A group noun ends a body's name in full as a kind of body does:
        // "chair of Haverthwaite Mills Band" / "Corrabeck's band chair".
        let of_the_mills_band = RoleClaim {
            affiliation: vec!["haverthwaite".into(), "mills".into(), "band".into()],
            ..role("chair", &[], false)
        };
        let corrabecks = RoleClaim {
            affiliation: vec!["corrabeck".into()],
            ..role("chair", &["band"], false)
        };
        assert_eq!(
            verdict(&of_the_mills_band, &corrabecks),
            Ok(Verdict::Contradiction)
        );
        let haverthwaites = RoleClaim {
            affiliation: vec!["haverthwaite".into()],
            ..role("chair", &["band"], false)
        };
        assert_eq!(
            verdict(&of_the_mills_band, &haverthwaites),
            Ok(Verdict::Agreement)
        );
        // A body its story writes as a name is named, whatever noun a
        // dictionary knows closes it: two auction houses' department heads.
        let at = |words: &[&str]| RoleClaim {
            affiliation: words.iter().map(|w| w.to_string()).collect(),
            ..role("head", &["wine", "department"], true)
        };
        let rules = RuleSet::builtin().unwrap();
        let judged = |a: &RoleClaim, ca: &Context, b: &RoleClaim, cb: &Context| {
            judge_roles(a, ca, b, cb, &rules).map(|j| j.verdict)
        };
        let (drosselby, gilcrest) = (at(&["drosselby", "harkwell"]), at(&["gilcrest", "vane"]));
        let (in_a, in_b) = (naming(&["drosselby harkwell"]), naming(&["gilcrest vane"]));
        assert_eq!(
            judged(&drosselby, &in_a, &gilcrest, &in_b),
            Ok(Verdict::Contradiction)
        );
        assert_eq!(
            judged(&gilcrest, &in_b, &gilcrest, &in_b),
            Ok(Verdict::Agreement)
        );
        // Words no story writes as a name may be an adjective's and a
        // kind's: no second body.
        assert_ne!(
            judged(&drosselby, &in_a, &gilcrest, &Context::default()),
            Ok(Verdict::Contradiction)
        );
    }

    /// Leading a group of the post's own work is the post's task ("who
    /// leads the regulator's team of inspectors" / "the commission's chief
    /// inspector"); a task that does not lead, or a post that does not,
    /// stays another role.
    #[test]
    fn leading_the_posts_own_work_is_its_task() {
        let body = |words: &[&str], r: RoleClaim| RoleClaim {
            affiliation: words.iter().map(|w| w.to_string()).collect(),
            ..r
        };
        let task = |title: &str, qualifiers: &[&str]| RoleClaim {
            task: true,
            ..role(title, qualifiers, true)
        };
        let leads_the_team = body(
            &["regulator", "team"],
            task("leader", &["team", "inspectors"]),
        );
        let chief_inspector = body(&["commission"], role("inspector", &["chief"], true));
        assert!(verdict(&leads_the_team, &chief_inspector).is_err());
        assert!(verdict(&chief_inspector, &leads_the_team).is_err());
        let head_of_inspections = role("head", &["inspections"], true);
        let leads_inspection = body(
            &["regulator", "team"],
            task("leader", &["inspection", "team"]),
        );
        assert!(verdict(&head_of_inspections, &leads_inspection).is_err());
        let lectures = body(
            &["pellworth", "university"],
            task("lecturer", &["engineering"]),
        );
        let chief_engineer = body(
            &["vantrell", "propulsion"],
            role("engineer", &["chief"], true),
        );
        assert_eq!(
            verdict(&lectures, &chief_engineer),
            Ok(Verdict::Contradiction)
        );
        let manages = body(
            &["hospital", "services", "department"],
            task("manager", &["services"]),
        );
        let service_engineer = body(&["steriquell"], role("engineer", &["service"], true));
        assert_eq!(
            verdict(&manages, &service_engineer),
            Ok(Verdict::Contradiction)
        );
    }

    /// A qualifier the story writes as a name is the body, no field:
    /// "Varnholt boss" leads what "managing director" leads; read as a
    /// field where no story names it.
    #[test]
    fn a_name_before_a_title_is_no_field() {
        let rules = RuleSet::builtin().unwrap();
        let managing = role("director", &["managing"], false);
        let boss = role("boss", &["varnholt"], true);
        let judged = |c: &Context| judge_roles(&managing, c, &boss, c, &rules).map(|j| j.verdict);
        assert!(judged(&naming(&["varnholt"])).is_err());
        assert_eq!(judged(&Context::default()), Ok(Verdict::Contradiction));
    }

    /// "Since" tells how long a rate has held ("£142,000 every year since
    /// 2017" / "£124,000 a year"), but a total since a time is another
    /// frame than a plain figure.
    #[test]
    fn since_is_no_frame_of_two_rates() {
        let since = Context {
            scope: vec!["since".into()],
            ..Context::default()
        };
        let plain = Context::default();
        assert_eq!(different_frames(&since, &plain, false, true), None);
        assert!(different_frames(&since, &plain, false, false).is_some());
    }

    #[test]
    fn a_compound_written_closed_is_the_open_one() {
        let closed = role("harbourmaster", &[], true);
        let open = role("master", &["harbour"], true);
        assert_eq!(verdict(&closed, &open), Ok(Verdict::Agreement));
        assert_eq!(verdict(&open, &closed), Ok(Verdict::Agreement));
        // A post second to it stays another post, and another compound of
        // the same head stays another role.
        let deputy = role("harbourmaster", &["deputy"], true);
        assert_eq!(verdict(&deputy, &open), Ok(Verdict::Contradiction));
        let quartermaster = role("quartermaster", &[], true);
        assert_eq!(verdict(&quartermaster, &open), Ok(Verdict::Contradiction));
    }

    #[test]
    fn a_word_for_the_rank_of_a_title_names_that_post() {
        // "Pellory Trust boss" / "chief executive": a boss is a chief.
        let boss = role("boss", &["pellory", "trust"], true);
        let chief_executive = role("chief executive", &[], false);
        assert_ne!(verdict(&boss, &chief_executive), Ok(Verdict::Contradiction));
        assert_ne!(verdict(&chief_executive, &boss), Ok(Verdict::Contradiction));
        // A field's noun is no rank: a spokesman is no chief executive.
        let spokesman = role("spokesman", &[], true);
        assert_eq!(
            verdict(&spokesman, &chief_executive),
            Ok(Verdict::Contradiction)
        );
    }

    #[test]
    fn a_profession_names_its_field() {
        // "The board's chief engineer" / "the board's finance director".
        let engineer = RoleClaim {
            affiliation: vec!["board".into()],
            ..role("engineer", &["chief"], true)
        };
        let finance = RoleClaim {
            affiliation: vec!["board".into()],
            ..role("director", &["finance"], true)
        };
        assert_eq!(verdict(&engineer, &finance), Ok(Verdict::Contradiction));
        // One field: the engineering director may be its chief engineer.
        let engineering = RoleClaim {
            affiliation: vec!["board".into()],
            ..role("director", &["engineering"], true)
        };
        assert_ne!(verdict(&engineer, &engineering), Ok(Verdict::Contradiction));
        // Callings told of a person held for no body ("a corrosion
        // engineer" / "the metallurgist" / "a senior lecturer") may be
        // practised together; a side taken is no calling.
        let corrosion = role("engineer", &["corrosion"], true);
        let metallurgist = role("metallurgist", &[], true);
        let lecturer = role("lecturer", &["senior"], true);
        for (a, b) in [
            (&corrosion, &metallurgist),
            (&corrosion, &lecturer),
            (&metallurgist, &lecturer),
        ] {
            assert_ne!(
                verdict(a, b),
                Ok(Verdict::Contradiction),
                "{} / {}",
                a.title,
                b.title
            );
        }
        let prosecutor = role("prosecutor", &[], true);
        assert_eq!(verdict(&prosecutor, &corrosion), Ok(Verdict::Contradiction));
    }

    /// Two words for leading one field, qualified alike, one body only
    /// described, are one post; another field, or two named bodies, are
    /// two.
    #[test]
    fn two_words_for_leading_one_field_are_one_role() {
        let at = |r: RoleClaim, body: &[&str]| RoleClaim {
            affiliation: body.iter().map(|w| w.to_string()).collect(),
            ..r
        };
        let one_field = |a: &RoleClaim, b: &RoleClaim| {
            verdict(a, b).is_err_and(|why| why.contains("leading one field"))
        };
        let director = at(role("director", &["public", "health"], true), &["district"]);
        let chief = role("chief", &["public", "health"], true);
        assert!(one_field(&director, &chief));
        let chief_executive = at(
            role("chief executive", &[], false),
            &["enavsirb", "maritime"],
        );
        let boss = at(role("boss", &[], true), &["operator"]);
        assert!(one_field(&chief_executive, &boss));
        // A qualifier naming the other's body, or a rank, names no field.
        let gallery_chief = role("chief", &["gallery"], true);
        let gallery_director = at(
            role("director", &[], false),
            &["kestrigan", "hall", "gallery"],
        );
        assert!(one_field(&gallery_chief, &gallery_director));
        let executive_director = at(
            role("director", &["executive"], true),
            &["orlanth", "foundation"],
        );
        assert!(one_field(
            &role("chief", &["foundation"], true),
            &executive_director
        ));
        let finance_director = role("director", &["finance"], true);
        assert!(!one_field(&chief_executive, &finance_director));
        // A participle no noun shares tells how the post is held, not its
        // field: a managing director leads as a boss does; a marketing
        // director leads marketing.
        let halvecor_boss = at(role("boss", &[], true), &["halvecor"]);
        let managing = |q: &str| at(role("director", &[q], true), &["its"]);
        assert!(one_field(&managing("managing"), &halvecor_boss));
        assert!(!one_field(&managing("marketing"), &halvecor_boss));
        // A field and one of its parts, the shorter naming one: one post
        // ("head of parks and green spaces" / "parks chief"); two fields
        // that only overlap are two.
        let parks_head = at(role("head", &["parks", "green"], true), &["council"]);
        assert!(one_field(&parks_head, &role("chief", &["parks"], true)));
        assert!(!one_field(
            &parks_head,
            &role("chief", &["parks", "housing"], true)
        ));
        assert!(!one_field(&role("engineer", &["chief"], true), &chief));
        let administrator = at(
            role("administrator", &[], true),
            &["creake", "restructuring"],
        );
        let other_chief = at(
            role("chief executive", &[], false),
            &["ostvane", "holdings"],
        );
        assert_eq!(
            verdict(&administrator, &other_chief),
            Ok(Verdict::Contradiction)
        );
    }

    #[test]
    fn titles_no_one_person_bears_at_once_are_two_roles() {
        let director = role("director", &["museum"], false);
        let organiser = role("organiser", &["regional"], true);
        assert_eq!(verdict(&director, &organiser), Ok(Verdict::Contradiction));
        // A noun of a person formed from the other's field works in it
        // ("chief librarian" / "head of library services"); one formed
        // from another field does not.
        let library_head = role("head", &["library", "services"], true);
        assert!(verdict(&role("librarian", &["chief"], true), &library_head).is_err());
        // A person one serves is a client, no body: "the businessman's
        // lawyer" may be a partner at a law firm; still no prosecutor.
        let clients_lawyer = RoleClaim {
            affiliation: vec!["businessman".into()],
            ..role("lawyer", &[], true)
        };
        let partner = RoleClaim {
            affiliation: vec!["law".into(), "firm".into(), "mirrowby".into()],
            ..role("partner", &[], true)
        };
        assert!(verdict(&clients_lawyer, &partner).is_err());
        assert_eq!(
            verdict(&clients_lawyer, &role("prosecutor", &[], true)),
            Ok(Verdict::Contradiction)
        );
        let parks_head = role("head", &["parks", "services"], true);
        assert_eq!(
            verdict(&role("librarian", &["chief"], true), &parks_head),
            Ok(Verdict::Contradiction)
        );
        // One source gives both: they are held together.
        let director_and_organiser = RoleClaim {
            also: vec![role("organiser", &["regional"], true)],
            ..role("director", &["museum"], false)
        };
        assert!(verdict(&director_and_organiser, &organiser).is_err());
        assert!(verdict(&organiser, &director_and_organiser).is_err());
        // A task done for one named group and a post at another named body.
        let coaches_a_crew = RoleClaim {
            task: true,
            affiliation: vec!["ferrisford".into(), "crew".into()],
            ..role("coach", &["crew"], true)
        };
        let head_coach_elsewhere = RoleClaim {
            affiliation: vec!["stannery".into(), "boat".into(), "club".into()],
            ..role("coach", &["head"], true)
        };
        assert_eq!(
            verdict(&coaches_a_crew, &head_coach_elsewhere),
            Ok(Verdict::Contradiction)
        );
        // The crew may be one of the club of its name.
        let head_coach_of_its_club = RoleClaim {
            affiliation: vec!["ferrisford".into(), "rowing".into(), "club".into()],
            ..role("coach", &["head"], true)
        };
        assert_ne!(
            verdict(&coaches_a_crew, &head_coach_of_its_club),
            Ok(Verdict::Contradiction)
        );
        // A task done in one's post ("who leads the excavation") goes with
        // the post, unless it is done for another body.
        let leads = RoleClaim {
            task: true,
            ..role("leader", &["excavation"], true)
        };
        let lecturer = role("lecturer", &["senior"], true);
        assert!(verdict(&leads, &lecturer).is_err());
        let heads_elsewhere = RoleClaim {
            task: true,
            affiliation: vec!["orvantis".into(), "energy".into()],
            ..role("head", &["communications"], true)
        };
        let officer = RoleClaim {
            affiliation: vec!["veloraq".into()],
            ..role("officer", &["chief", "operating"], false)
        };
        assert_eq!(
            verdict(&heads_elsewhere, &officer),
            Ok(Verdict::Contradiction)
        );
        // Initials and the words they stand for are one role.
        let ceo = role("ceo", &[], true);
        let chief = role("executive", &["skyvale", "chief"], false);
        assert!(
            verdict(&ceo, &chief).is_err(),
            "{:?}",
            verdict(&ceo, &chief)
        );
        // Titles from the rules too, read from the nouns themselves: an
        // incident commander is no spokesman, but a spokesman may be
        // called a spokeswoman, and a president a leader.
        let commander = role("commander", &["incident"], false);
        let spokesman = role("spokesman", &[], false);
        assert_eq!(verdict(&commander, &spokesman), Ok(Verdict::Contradiction));
        let spokeswoman = role("spokeswoman", &[], false);
        assert!(verdict(&spokesman, &spokeswoman).is_err());
        let president = role("president", &[], false);
        let leader = role("leader", &["russian"], false);
        assert!(verdict(&president, &leader).is_err());
        let chair = role("chair", &[], false);
        let chairman = role("chairman", &[], false);
        assert!(verdict(&chair, &chairman).is_err());
        // A deputy is second to the post, not a vaguer name of it.
        let deputy = role("leader", &["deputy"], false);
        let team_leader = role("leader", &["team"], false);
        assert_eq!(verdict(&deputy, &team_leader), Ok(Verdict::Contradiction));
        let vice_chair = role("chair", &["vice"], false);
        assert_eq!(verdict(&vice_chair, &chair), Ok(Verdict::Contradiction));
        assert_eq!(verdict(&deputy, &deputy), Ok(Verdict::Agreement));
        // Against a post held for the time being or a task at hand, a
        // rank says nothing.
        let acting = role("leader", &["acting"], false);
        assert_ne!(verdict(&deputy, &acting), Ok(Verdict::Contradiction));
        let in_charge = RoleClaim {
            task: true,
            ..role("leader", &[], true)
        };
        assert_ne!(verdict(&deputy, &in_charge), Ok(Verdict::Contradiction));
        // Unless the task is done for the post's own body: "who chairs
        // the guild" / "guild vice-chair".
        let chairs_the_guild = RoleClaim {
            task: true,
            affiliation: vec!["kennel".into(), "guild".into()],
            ..role("chair", &[], true)
        };
        let guild_vice_chair = role("chair", &["guild", "vice"], false);
        assert_eq!(
            verdict(&chairs_the_guild, &guild_vice_chair),
            Ok(Verdict::Contradiction)
        );
        // A bare title of whoever leads names a post that is a kind of it;
        // so does a bare noun of the other's kind ("a lawyer" / "the
        // prosecutor"), unless it says which ("a defence lawyer", below).
        let chief = role("chief", &[], true);
        let managing_director = role("director", &["managing"], false);
        assert!(verdict(&chief, &managing_director).is_err());
        let lawyer = role("lawyer", &[], true);
        assert!(verdict(&lawyer, &role("prosecutor", &[], true)).is_err());
        // Two words for one post, read from their places, qualified alike:
        // a defence lawyer is someone's attorney, but no prosecutor, and
        // an emergency management director no claims manager.
        let defence_lawyer = role("lawyer", &["defence"], true);
        let attorney = role("attorney", &[], true);
        let prosecutor = role("prosecutor", &[], true);
        assert!(verdict(&defence_lawyer, &attorney).is_err());
        assert_eq!(
            verdict(&defence_lawyer, &prosecutor),
            Ok(Verdict::Contradiction)
        );
        // A side a qualifier names ("prosecuting barrister") against a part
        // in the deed WordNet opposes ("defender", read from "for the
        // defence") is two sides; against the same side it is none.
        let prosecuting_barrister = role("barrister", &["prosecuting"], true);
        let defender = role("defender", &[], true);
        assert_eq!(
            verdict(&prosecuting_barrister, &defender),
            Ok(Verdict::Contradiction)
        );
        assert_eq!(
            verdict(&role("barrister", &["defence"], true), &defender).ok(),
            None
        );
        let emergency_director = role("director", &["emergency", "management"], false);
        let claims_manager = role("manager", &["senior", "claims"], true);
        assert_eq!(
            verdict(&emergency_director, &claims_manager),
            Ok(Verdict::Contradiction)
        );
        // Two titles of one field of work may name one post; a rank word
        // ("chief") is no field.
        let medical_director = role("director", &["medical"], false);
        let medical_officer = role("officer", &["chief", "medical"], true);
        assert!(verdict(&medical_director, &medical_officer).is_err());
        let chief_engineer = role("engineer", &["chief"], true);
        let chief_executive = role("executive", &["chief"], false);
        assert_eq!(
            verdict(&chief_engineer, &chief_executive),
            Ok(Verdict::Contradiction)
        );
        // A role held once and another held now may both be true.
        let mut former_spokesman = role("spokesman", &[], false);
        former_spokesman.former = true;
        assert!(verdict(&former_spokesman, &commander).is_err());
        // A post held for the time being is held beside one's own.
        let interim_chief = role("executive", &["interim", "chief"], false);
        let operating_officer = role("officer", &["chief", "operating"], false);
        assert!(verdict(&interim_chief, &operating_officer).is_err());
        assert_eq!(
            verdict(&chief_executive, &operating_officer),
            Ok(Verdict::Contradiction)
        );
    }
}

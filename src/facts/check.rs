//! Checking a fact table against an audit: which claims each fact governs
//! (the slots it names), and whether they agree with it.

use std::collections::HashSet;

use jiff::civil::Date;

use crate::audit::{claim_value, Audit};
use crate::extract::{Claim, ClaimBody, Context, Figure};
use crate::judge::{default_tolerance, grew, Verdict, SAME_EVENT_MAX_GAP_DAYS};
use crate::normalise::dates::{DateSpan, Precision};
use crate::normalise::entities::EntityRef;
use crate::normalise::interval::{format_number, Interval};
use crate::normalise::quantity::{frames_meet, Unit};
use crate::normalise::tokens::{stem, tokenize, TokenKind};
use crate::rules::{RuleSet, Tolerance, Topic};

use super::*;

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
                        && fits(fact, claim, rules)
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

/// Does `fact` name `claim` by its `about`, and does the claim fit the
/// fact's subject, scope and value? (See the module documentation.)
pub(super) fn governs(fact: &Fact, claim: &Claim, words: &[String], rules: &RuleSet) -> bool {
    let holds = |wanted: &[String]| wanted.iter().all(|w| words.binary_search(w).is_ok());
    // Words that name a topic by its triggers select its claims only with a
    // subject to pin them: "phone call" with Putin; "weapons package" with
    // no subject must be written out, or every takeover package would do.
    let about = |topic: Option<usize>| match &fact.about {
        About::Topic(t) => topic == Some(*t),
        About::Words(about) => {
            holds(&about.all)
                || (fact.subject.is_some()
                    && topic.is_some_and(|t| about.topics.contains(&t))
                    && holds(&about.rest)
                    && about.all.iter().any(|w| words.binary_search(w).is_ok()))
        }
    };
    let named = match &claim.body {
        ClaimBody::Figure(c) => about(c.topic),
        ClaimBody::Date(d) => about(d.event.topic()),
        _ => false,
    };
    named && fits(fact, claim, rules)
}

/// What every claim a fact governs must meet, named by `about` or reached
/// through a named claim's slot: the fact's subject named in its sentence,
/// no scope the fact does not name, a value of the fact's kind and unit.
pub(super) fn fits(fact: &Fact, claim: &Claim, rules: &RuleSet) -> bool {
    let subject = fact.subject.as_ref().is_none_or(|s| {
        claim
            .context
            .subjects
            .iter()
            .any(|e| same_entity(&s.entity, e))
    });
    let scope = match &claim.body {
        ClaimBody::Figure(_) => scope_fits(&fact.about, &claim.context),
        _ => true,
    };
    subject && scope && fits_value(fact, claim, rules)
}

/// The claim states a value of the fact's kind: a date for a date, or a
/// figure in a fitting unit and frame for a figure.
fn fits_value(fact: &Fact, claim: &Claim, rules: &RuleSet) -> bool {
    match (&fact.value, &claim.body) {
        (FactValue::Figure(f), ClaimBody::Figure(c)) => {
            units_fit(f, c, rules) && frames_meet(f.frame, c.frame)
        }
        (FactValue::Date(_), ClaimBody::Date(_)) => true,
        _ => false,
    }
}

/// A figure scoped as a running total, a part or a past value ("so far",
/// "in the northern region", "ago") is not the plain level a fact states,
/// unless the fact's words name that scope.
pub(super) fn scope_fits(about: &About, context: &Context) -> bool {
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
pub(super) fn same_entity(a: &EntityRef, b: &EntityRef) -> bool {
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
pub(super) fn units_fit(a: &Figure, b: &Figure, rules: &RuleSet) -> bool {
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
pub(super) fn same_unit(a: &Unit, b: &Unit) -> bool {
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
pub fn tolerance_text(tolerance: Tolerance, unit: &Unit) -> String {
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
            let once = d.event.topic_rule(rules).is_some_and(|t| t.once);
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
pub fn date_tolerance(fact: &Fact) -> f64 {
    match fact.tolerance {
        Some(Tolerance::Absolute(days)) => days,
        _ => 0.0,
    }
}

/// Pairs of facts that govern the same claims and cannot both hold.
pub(super) fn conflicts(table: &FactTable, rules: &RuleSet) -> Vec<FactConflict> {
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
pub(super) fn clash(a: &Fact, b: &Fact, rules: &RuleSet) -> Option<String> {
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
            if !units_fit(fa, fb, rules) || !frames_meet(fa.frame, fb.frame) {
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

//! Relative dates: weekdays, day words, unit-relative spans ("last week",
//! "next quarter"), vague spans, and counted offsets ("3 days ago").

use jiff::civil::{Date, Weekday};
use jiff::Span;

use crate::normalise::calendar::weekday_of;
use crate::normalise::quantity::number_at;

use super::absolute_forms::{day_first, month_first};
use super::{relative, Ctx, DateMention, DateSpan, Precision};

/// Weekdays: the latest on or before publication, unless the sentence
/// speaks of the future or says "next"; "Monday, August 18, 2025" and
/// "Saturday the 16th" are the date they give.
pub(super) fn weekday_date(c: &Ctx, i: usize) -> Option<DateMention> {
    let day = c.tokens.get(i).and_then(weekday_of)?;
    let k = if c.norm(i + 1) == "," { i + 2 } else { i + 1 };
    let date = month_first(c, k)
        .or_else(|| day_first(c, k))
        .filter(|m| m.first == k && m.span.is_none_or(|s| s.precision == Precision::Day));
    if let Some(date) = date {
        return Some(DateMention { first: i, ..date });
    }
    // "Friday after next"
    if c.norm(i + 1) == "after" && c.norm(i + 2) == "next" {
        let span = c.p.and_then(|p| {
            let next = next_weekday(p, weekday(day), false)?;
            Some(DateSpan::day(next.checked_add(Span::new().weeks(1)).ok()?))
        });
        return Some(relative(i, i + 3, span));
    }
    // "Wednesday of next week", "Monday last week": that day of that week.
    let k = if c.norm(i + 1) == "of" { i + 2 } else { i + 1 };
    let week = unit_relative(c, k).filter(|m| {
        m.first == k && unit_of(c.norm(m.last - 1)) == Some(Unit::Week) && c.norm(k) != "earlier"
    });
    if let Some(week) = week {
        let span = match week.span {
            Some(w) => Some(DateSpan::day(next_weekday(w.start, weekday(day), true)?)),
            None => None,
        };
        return Some(relative(i, week.last, span));
    }
    let before = c.before(i);
    let first = if matches!(before, "last" | "next" | "this") {
        i - 1
    } else {
        i
    };
    let span = c.p.and_then(|p| {
        let date = match before {
            "next" => next_weekday(p, weekday(day), false),
            "last" => previous_weekday(p, weekday(day), false),
            _ if c.future => next_weekday(p, weekday(day), true),
            _ => previous_weekday(p, weekday(day), true),
        }?;
        Some(DateSpan::day(date))
    });
    Some(relative(first, i + 1, span))
}

/// "yesterday", "today", "tonight", "tomorrow".
pub(super) fn day_word(c: &Ctx, i: usize) -> Option<DateMention> {
    let p = c.p;
    let span = match c.norm(i) {
        "yesterday" => p.and_then(|p| p.yesterday().ok()),
        "today" | "tonight" => p,
        "tomorrow" => p.and_then(|p| p.tomorrow().ok()),
        _ => return None,
    };
    Some(relative(i, i + 1, span.map(DateSpan::day)))
}

/// A unit of time that dates can be counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    /// Months of a season, first and last (winter runs into the next year).
    Season(i8, i8),
}

pub(super) fn unit_of(word: &str) -> Option<Unit> {
    let word = word.strip_suffix("'s").unwrap_or(word);
    Some(match word {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "weekend" | "weekends" => Unit::Weekend,
        "fortnight" | "fortnights" => Unit::Fortnight,
        "month" | "months" => Unit::Month,
        "quarter" | "quarters" | "qtr" => Unit::Quarter,
        "year" | "years" | "yr" | "yrs" => Unit::Year,
        "spring" => Unit::Season(3, 5),
        "summer" => Unit::Season(6, 8),
        "autumn" | "fall" => Unit::Season(9, 11),
        "winter" => Unit::Season(12, 2),
        _ => return None,
    })
}

/// The whole unit holding `base`, moved `shift` units: the week (Monday to
/// Sunday), month, quarter or year; `shift` -1 is "last week".
pub(super) fn unit_span(base: Date, unit: Unit, shift: i64) -> Option<DateSpan> {
    Some(match unit {
        Unit::Day => DateSpan::day(base.checked_add(Span::new().try_days(shift).ok()?).ok()?),
        Unit::Week | Unit::Weekend | Unit::Fortnight => {
            let offset = i64::from(base.weekday().to_monday_zero_offset());
            let monday = base.checked_sub(Span::new().days(offset)).ok()?;
            let start = monday
                .checked_add(Span::new().try_weeks(shift).ok()?)
                .ok()?;
            if unit == Unit::Weekend {
                let saturday = start.checked_add(Span::new().days(5)).ok()?;
                DateSpan::range(saturday, saturday.checked_add(Span::new().days(1)).ok()?)
            } else {
                DateSpan::range(start, start.checked_add(Span::new().days(6)).ok()?)
            }
        }
        Unit::Month => {
            let d = base
                .first_of_month()
                .checked_add(Span::new().try_months(shift).ok()?)
                .ok()?;
            DateSpan::month(d.year(), d.month())?
        }
        Unit::Quarter => {
            let index = (i64::from(base.year()) * 4 + i64::from(base.month() - 1) / 3)
                .checked_add(shift)?;
            let year = i16::try_from(index.div_euclid(4)).ok()?;
            DateSpan::quarter(year, index.rem_euclid(4) as i8 + 1)?
        }
        Unit::Year => {
            DateSpan::year(i16::try_from(i64::from(base.year()).checked_add(shift)?).ok()?)?
        }
        Unit::Season(from, to) => {
            let year = i16::try_from(i64::from(base.year()).checked_add(shift)?).ok()?;
            let start = Date::new(year, from, 1).ok()?;
            let end_year = if to < from {
                year.checked_add(1)?
            } else {
                year
            };
            DateSpan::range(start, Date::new(end_year, to, 1).ok()?.last_of_month())
        }
    })
}

/// The date `n` units from `base` (back when `n` is negative), as finely as
/// a count of that unit is meant: "7 days ago" a day, "two weeks ago" the
/// days three either side, "three months ago" a month, "a year ago" a year,
/// "60 years ago" a round figure (the year before to the year after).
fn offset_span(base: Date, unit: Unit, n: i64) -> Option<DateSpan> {
    // A count past what a calendar holds ("99999999 years ago") names no
    // date: `try_` refuses it where the plain setters would panic.
    let length = match unit {
        Unit::Day => Span::new().try_days(n).ok()?,
        Unit::Week => Span::new().try_weeks(n).ok()?,
        Unit::Fortnight => Span::new().try_weeks(n.checked_mul(2)?).ok()?,
        Unit::Month => Span::new().try_months(n).ok()?,
        Unit::Quarter => Span::new().try_months(n.checked_mul(3)?).ok()?,
        Unit::Year => Span::new().try_years(n).ok()?,
        Unit::Weekend | Unit::Season(..) => return None,
    };
    let date = base.checked_add(length).ok()?;
    Some(match unit {
        Unit::Day => DateSpan::day(date),
        Unit::Month => DateSpan::month(date.year(), date.month())?,
        Unit::Quarter => unit_span(date, Unit::Quarter, 0)?,
        Unit::Year if n.unsigned_abs() >= 2 => DateSpan::range(
            Date::new(date.year().checked_sub(1)?, 1, 1).ok()?,
            Date::new(date.year().checked_add(1)?, 12, 31).ok()?,
        ),
        Unit::Year => DateSpan::year(date.year())?,
        _ => DateSpan::range(
            date.checked_sub(Span::new().days(3)).ok()?,
            date.checked_add(Span::new().days(3)).ok()?,
        ),
    })
}

/// "last week", "this month", "next quarter", "the past week", "the
/// following year", "current year", "this past weekend", "earlier this
/// year", "later this month", "this summer", "the past two weeks", "the
/// next three months": a modifier applied alike to every unit.
pub(super) fn unit_relative(c: &Ctx, i: usize) -> Option<DateMention> {
    let word = c.norm(i);
    let (which, unit_at) = match word {
        "earlier" | "later" if c.norm(i + 1) == "this" => (word, i + 2),
        "this" if c.norm(i + 1) == "past" => ("last", i + 2),
        "last" | "past" | "previous" => ("last", i + 1),
        "this" | "current" | "coming" => ("this", i + 1),
        "next" | "following" => ("next", i + 1),
        _ => return None,
    };
    // Without "the", "following" is a preposition: "following a day of
    // talks", "following two days of talks" say after what, not when.
    let article = i.checked_sub(1).is_some_and(|k| c.norm(k) == "the");
    if matches!(word, "following" | "previous") && !article {
        return None;
    }
    // "the past two weeks", "the next three months": whole units beside
    // the current one.
    if matches!(
        word,
        "last" | "past" | "previous" | "next" | "coming" | "following"
    ) {
        // "two days of talks" is a stretch of something, not a time.
        if let Some((n, after)) =
            count_at(c, unit_at).filter(|(_, after)| c.norm(after + 1) != "of")
        {
            let unit = unit_of(c.norm(after)).filter(|u| {
                matches!(
                    u,
                    Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year
                )
            })?;
            let span = c.p.and_then(|p| {
                let (from, to) = if which == "last" {
                    (n.checked_neg()?, -1)
                } else {
                    (1, n)
                };
                let first = unit_span(p, unit, from)?;
                let last = unit_span(p, unit, to)?;
                Some(DateSpan::range(first.start, last.end))
            });
            return Some(relative(i, after + 1, span));
        }
    }
    // "last year's strike": the possessive dates what follows it.
    let written = c.norm(unit_at);
    let possessive = written.ends_with("'s");
    let unit = unit_of(written)?;
    if unit == Unit::Fortnight {
        return None;
    }
    // Plurals are counts ("the next days"), handled elsewhere.
    if !possessive && written.ends_with('s') {
        return None;
    }
    // "the next spring tide" is a tide, not a season; "the last week of
    // September" is no week before this one.
    let noun_follows = !possessive && (c.content_word(unit_at + 1) || c.norm(unit_at + 1) == "of");
    // Of days only "the next day", "the following day", "the previous
    // day", which follow the story, not publication.
    let day_word = matches!(word, "next" | "following" | "previous");
    if noun_follows || (unit == Unit::Day && !day_word) {
        return None;
    }
    // "the following year", "the previous day": counted from the date the
    // sentence gave before, when it gave one; "the next day" likewise.
    let narrative = matches!(word, "following" | "previous") || unit == Unit::Day;
    let base = match (narrative, c.anchor) {
        (true, Some(anchor)) => Some(anchor.start),
        (true, None) if unit == Unit::Day => None,
        _ => c.p,
    };
    let span = base.and_then(|base| {
        let shift = match which {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        let whole = unit_span(base, unit, shift)?;
        let p = c.p?;
        Some(match which {
            "earlier" => DateSpan::range(whole.start, p),
            "later" => DateSpan::range(p, whole.end),
            _ => whole,
        })
    });
    if unit == Unit::Day && span.is_none() {
        return None;
    }
    Some(relative(i, unit_at + 1, span))
}

/// "in the coming weeks", "over the past months": a vague stretch of time
/// from publication.
pub(super) fn vague_span(c: &Ctx, i: usize) -> Option<DateMention> {
    if !matches!(c.norm(i), "in" | "over")
        || c.norm(i + 1) != "the"
        || !matches!(c.norm(i + 2), "coming" | "next" | "past" | "last")
    {
        return None;
    }
    let length = match c.norm(i + 3) {
        "days" => Span::new().days(7),
        "weeks" => Span::new().weeks(4),
        "months" => Span::new().months(6),
        _ => return None,
    };
    let span = c.p.and_then(|p| {
        let ahead = matches!(c.norm(i + 2), "coming" | "next");
        let other = if ahead {
            p.checked_add(length).ok()?
        } else {
            p.checked_sub(length).ok()?
        };
        Some(DateSpan::range(p, other))
    });
    Some(relative(i, i + 4, span))
}

/// A whole count at `i` in digits or words ("7", "seven", "a"): the count
/// and the next index.
fn count_at(c: &Ctx, i: usize) -> Option<(i64, usize)> {
    let (n, next) = number_at(c.tokens, i)
        .or_else(|| matches!(c.norm(i), "a" | "an").then_some((1.0, i + 1)))?;
    (n.fract() == 0.0 && n >= 1.0).then_some((n as i64, next))
}

/// Words before "in three years" that make it a stretch of time, not a date:
/// "the highest in 10 years", "for the first time in 40 years", "has
/// doubled in five years".
const DURATION_MARKERS: &[&str] = &[
    "has",
    "have",
    "had",
    "first",
    "most",
    "least",
    "ever",
    "record",
    "highest",
    "lowest",
    "biggest",
    "largest",
    "smallest",
    "longest",
    "shortest",
    "worst",
    "best",
    "fastest",
    "slowest",
    "strongest",
    "weakest",
    "deadliest",
    "hottest",
    "coldest",
    "wettest",
    "driest",
    "warmest",
    "greatest",
    "steepest",
    "sharpest",
    "heaviest",
    "busiest",
];

/// Counts of days, weeks, months or years from publication: "7 days ago",
/// "three years ago", "in 7 days", "in a week", "5 days from now", "two
/// days hence", "within two weeks"; and from the date the sentence gave
/// before: "two days later".
pub(super) fn counted(c: &Ctx, i: usize) -> Option<DateMention> {
    // "in 7 days", "within two weeks"
    if matches!(c.norm(i), "in" | "within") {
        let (n, after) = count_at(c, i + 1)?;
        let unit = unit_of(c.norm(after))?;
        let duration = c
            .tokens
            .iter()
            .take(i)
            .any(|t| DURATION_MARKERS.contains(&t.norm.as_str()));
        if c.norm(after + 1) == "of" || (duration && !c.future) || c.norm(after).ends_with("'s") {
            return None;
        }
        let span = c.p.and_then(|p| {
            let ahead = offset_span(p, unit, n)?;
            Some(if c.norm(i) == "within" {
                DateSpan::range(p, ahead.end)
            } else {
                ahead
            })
        });
        return Some(relative(i, after + 1, span));
    }
    let (n, after) = count_at(c, i)?;
    let unit = unit_of(c.norm(after))?;
    let (sign, end, base) = match c.norm(after + 1) {
        "ago" => (-1, after + 2, c.p),
        "hence" => (1, after + 2, c.p),
        "from" if matches!(c.norm(after + 2), "now" | "today") => (1, after + 3, c.p),
        // Later than the date the sentence gave before, not than
        // publication; without one it stays unresolved.
        "later" => (1, after + 2, c.anchor.map(|a| a.start)),
        "earlier" => (-1, after + 2, c.anchor.map(|a| a.start)),
        _ => return None,
    };
    if matches!(unit, Unit::Weekend | Unit::Season(..)) {
        return None;
    }
    let span = base.and_then(|b| offset_span(b, unit, n.checked_mul(sign)?));
    Some(relative(i, end, span))
}

pub(super) fn weekday(name: &str) -> Weekday {
    let offset = crate::normalise::calendar::WEEKDAYS
        .iter()
        .position(|d| *d == name)
        .unwrap_or(0);
    Weekday::from_monday_zero_offset(offset as i8).unwrap_or(Weekday::Monday)
}

pub(super) fn previous_weekday(from: Date, day: Weekday, inclusive: bool) -> Option<Date> {
    step_to_weekday(from, day, inclusive, Date::yesterday)
}

pub(super) fn next_weekday(from: Date, day: Weekday, inclusive: bool) -> Option<Date> {
    step_to_weekday(from, day, inclusive, Date::tomorrow)
}

/// The first `day` reached from `from` one `step` at a time (`from` itself
/// counts when `inclusive`).
fn step_to_weekday(
    from: Date,
    day: Weekday,
    inclusive: bool,
    step: fn(Date) -> Result<Date, jiff::Error>,
) -> Option<Date> {
    let mut date = if inclusive { from } else { step(from).ok()? };
    for _ in 0..7 {
        if date.weekday() == day {
            return Some(date);
        }
        date = step(date).ok()?;
    }
    None
}

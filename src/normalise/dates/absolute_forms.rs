//! Absolute dates: numeric forms, month first, day first, ordinal days of a
//! month, holidays, quarters and halves, seasons of a year, and the week of a
//! day.

use jiff::civil::Date;
use jiff::Span;

use crate::normalise::calendar::{month_of, month_word, weekday_of, MONTHS};
use crate::normalise::quantity::is_function_word;
use crate::normalise::tokens::TokenKind;

use super::relative_forms::{
    next_weekday, previous_weekday, unit_of, unit_relative, unit_span, weekday, Unit,
};
use super::{absolute, dated, relative, Ctx, DateMention, DateSpan, Precision};

fn month_number(name: &str) -> i8 {
    MONTHS
        .iter()
        .position(|m| *m == name)
        .map_or(1, |p| p as i8 + 1)
}

/// Holidays news names by a rule of the calendar: a fixed day ("Christmas
/// Day", "New Year's Eve 2024"), or the nth weekday of a month (0 for the
/// last), as the United States keeps them ("Thanksgiving", "Labor Day").
pub(super) const HOLIDAYS: &[(&[&str], i8, u8, Option<&str>)] = &[
    (&["christmas", "eve"], 12, 24, None),
    (&["christmas", "day"], 12, 25, None),
    (&["christmas"], 12, 25, None),
    (&["new", "year's", "eve"], 12, 31, None),
    (&["new", "year's", "day"], 1, 1, None),
    (&["halloween"], 10, 31, None),
    (&["valentine's", "day"], 2, 14, None),
    (&["thanksgiving", "day"], 11, 4, Some("thursday")),
    (&["thanksgiving"], 11, 4, Some("thursday")),
    (&["labor", "day"], 9, 1, Some("monday")),
    (&["memorial", "day"], 5, 0, Some("monday")),
];

pub(super) fn holiday(c: &Ctx, i: usize) -> Option<DateMention> {
    if !c.tokens.get(i)?.capitalised {
        return None;
    }
    let &(words, m, n, weekday_name) = HOLIDAYS
        .iter()
        .find(|(words, ..)| words.iter().enumerate().all(|(k, w)| c.norm(i + k) == *w))?;
    let end = i + words.len();
    // "Christmas shopping" is no day.
    if c.content_word(end) {
        return None;
    }
    let day = |y: i16| nth_day(y, m, n, weekday_name).map(DateSpan::day);
    if let Some((year, last)) = c.year_after(end).filter(|_| c.norm(end) != ",") {
        return absolute(i, last, day(year));
    }
    Some(relative(i, end, c.near_year(day)))
}

/// Dates in digits: "2025-08-18", "2014-10", "3/3/2015", "25/12/2019",
/// "2/2013", "31.12.2020"; and years: "in 2022", "2025 Q2", "mid-2024".
pub(super) fn numeric(c: &Ctx, i: usize) -> Option<DateMention> {
    if let Some(year) = c.year(i) {
        return year_first(c, i, year);
    }
    let t = c.tokens.get(i).filter(|t| t.kind == TokenKind::Number)?;
    // "31.12.2020": the tokenizer reads "31.12" as one decimal number.
    if let Some((d, m)) = t.norm.split_once('.') {
        if d.len() <= 2 && m.len() <= 2 && c.glued_mark(i + 1, ".") && c.glued(i + 2) {
            let year = c.year(i + 2)?;
            let day = Date::new(year, m.parse().ok()?, d.parse().ok()?).ok()?;
            return absolute(i, i + 3, Some(DateSpan::day(day)));
        }
        return None;
    }
    let (a, a_len) = c.digits(i)?;
    if a_len > 2 || !c.glued_mark(i + 1, "/") || !c.glued(i + 2) {
        return None;
    }
    // "2/2013": a month.
    if let Some(year) = c.year(i + 2) {
        if c.glued_mark(i + 3, "/") || !(1..=12).contains(&a) {
            return None;
        }
        return absolute(i, i + 3, DateSpan::month(year, a as i8));
    }
    // "3/3/2015", "7/14/22": a year is needed, or "3/4" is a fraction.
    let (b, b_len) = c.digits(i + 2)?;
    if b_len > 2 || !c.glued_mark(i + 3, "/") || !c.glued(i + 4) {
        return None;
    }
    let year = match c.digits(i + 4)? {
        (_, 4) => c.year(i + 4)?,
        (y, 2) => two_digit_year(y, c.p),
        _ => return None,
    };
    if c.glued_mark(i + 5, "/") {
        return None;
    }
    // Day first only when the first number cannot be a month; otherwise
    // month first, as American news writes it.
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    let day = Date::new(year, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
    absolute(i, i + 5, Some(DateSpan::day(day)))
}

/// "74" → 1974, "22" → 2022: the century that puts the year no more than
/// ten years after publication (or before 2050 without one).
fn two_digit_year(y: i64, published: Option<Date>) -> i16 {
    let now = published.map_or(2040, |p| i64::from(p.year()));
    let century = now - now.rem_euclid(100);
    let year = century + y;
    (if year > now + 10 { year - 100 } else { year }) as i16
}

fn year_first(c: &Ctx, i: usize, year: i16) -> Option<DateMention> {
    // 2025-08-18, 2015-3-3
    if c.glued_mark(i + 1, "-") && c.glued(i + 2) {
        let month = c
            .digits(i + 2)
            .filter(|(m, len)| *len <= 2 && (1..=12).contains(m));
        if c.glued_mark(i + 3, "-") && c.glued(i + 4) {
            let m = month?.0 as i8;
            let (d, len) = c.digits(i + 4)?;
            if len > 2 {
                return None;
            }
            let day = Date::new(year, m, i8::try_from(d).ok()?).ok()?;
            return absolute(i, i + 5, Some(DateSpan::day(day)));
        }
        // "2011-12" and "2024-25" are seasons, a year and the next: no
        // day or month, and the two years where a year would be read.
        if let Some((n, 2)) = c.digits(i + 2) {
            if n == (i64::from(year) + 1).rem_euclid(100) {
                if !year_word(c, i) {
                    return None;
                }
                let start = Date::new(year, 1, 1).ok()?;
                let end = Date::new(year.checked_add(1)?, 12, 31).ok()?;
                return absolute(i, i + 3, Some(DateSpan::range(start, end)));
            }
        }
        // "2014-10": a month.
        if let Some((m, 2)) = month {
            return absolute(i, i + 3, DateSpan::month(year, m as i8));
        }
    }
    // "2025 Q2"
    if let Some(q) = quarter_word(c.norm(i + 1)) {
        return absolute(i, i + 2, DateSpan::quarter(year, q));
    }
    // "early 2027", "mid-2024", "late 2023": a third of the year.
    let part = match c.before(i) {
        "-" if i >= 2 && c.norm(i - 2) == "mid" => Some((i - 2, "mid")),
        p @ ("early" | "mid" | "late") => Some((i - 1, p)),
        _ => None,
    };
    if let Some((first, part)) = part {
        let (from, to) = match part {
            "early" => (1, 4),
            "mid" => (5, 8),
            _ => (9, 12),
        };
        let start = Date::new(year, from, 1).ok()?;
        let end = Date::new(year, to, 1).ok()?.last_of_month();
        return absolute(first, i + 1, Some(DateSpan::range(start, end)));
    }
    let after = c.norm(i + 1);
    let not_a_count = c
        .tokens
        .get(i + 1)
        .is_none_or(|n| n.kind != TokenKind::Word || n.capitalised || is_function_word(after));
    if year_word(c, i) && not_a_count {
        return absolute(i, i + 1, DateSpan::year(year));
    }
    None
}

/// A year on its own where a word before it makes it one: "in 2022",
/// "since 2009", "(2019)".
fn year_word(c: &Ctx, i: usize) -> bool {
    matches!(
        c.before(i),
        "in" | "since"
            | "by"
            | "until"
            | "from"
            | "of"
            | "during"
            | "before"
            | "after"
            | "("
            | ","
            | "to"
            | "through"
    ) || i == 0
}

/// A month written at `i`, in any case, with an abbreviation's dot: its
/// number, the next index, and whether it stands as a month on its own
/// (capitalised, and not "May"/"March" lower case).
fn month_at(c: &Ctx, i: usize) -> Option<(i8, usize, bool)> {
    let t = c.tokens.get(i)?;
    let month = month_word(t)?;
    let strict = month_of(t).is_some();
    let abbreviated = t.norm.len() <= 4 && month.len() > t.norm.len();
    let next = if abbreviated && c.norm(i + 1) == "." {
        i + 2
    } else {
        i + 1
    };
    Some((month_number(month), next, strict))
}

/// "the first Tuesday of November", "the last Monday of March 2014", "the
/// third day of October", "the last day of October 2015".
pub(super) fn nth_of_month(c: &Ctx, i: usize) -> Option<DateMention> {
    let k = if c.norm(i) == "the" { i + 1 } else { i };
    let (nth, next) = if c.norm(k) == "last" {
        (0, k + 1)
    } else {
        c.ordinal(k)?
    };
    let weekday_name = c.tokens.get(next).and_then(weekday_of);
    if weekday_name.is_none() && c.norm(next) != "day" {
        return None;
    }
    if !matches!(c.norm(next + 1), "of" | "in") {
        return None;
    }
    let (m, after, _) = month_at(c, next + 2)?;
    let year = c.year(after);
    let end = after + usize::from(year.is_some());
    let make = |y: i16| nth_day(y, m, nth, weekday_name).map(DateSpan::day);
    let span = match year {
        Some(y) => make(y),
        None => c.near_year(make),
    };
    Some(dated(i, end, year, span))
}

/// Day `n` of a month, or its `n`th `weekday`; 0 is the last.
fn nth_day(y: i16, m: i8, n: u8, weekday_name: Option<&str>) -> Option<Date> {
    let first = Date::new(y, m, 1).ok()?;
    let last = first.last_of_month();
    Some(match (weekday_name, n) {
        (None, 0) => last,
        (None, n) => Date::new(y, m, i8::try_from(n).ok()?).ok()?,
        (Some(w), 0) => previous_weekday(last, weekday(w), true)?,
        (Some(w), n) => {
            let date = next_weekday(first, weekday(w), true)?
                .checked_add(Span::new().weeks(i64::from(n) - 1))
                .ok()?;
            (date <= last).then_some(date)?
        }
    })
}

/// Words joining the two days of a range: "13-15", "13 to 15".
fn range_word(c: &Ctx, i: usize) -> bool {
    matches!(c.norm(i), "-" | "to" | "through" | "until" | "till" | "and")
}

/// Month first: "August 18, 2025", "Aug. 18", "March 3rd, 2015", "February
/// the 15th", "march 3" (a lower-case month with a day beside it), "July
/// 13-15", "February 2022", "in May", "mid-August", "last March".
pub(super) fn month_first(c: &Ctx, i: usize) -> Option<DateMention> {
    let (m, k, strict) = month_at(c, i)?;
    let the = c.norm(k) == "the";
    let dk = if the { k + 1 } else { k };
    if let Some((day, next, _)) = c.day(dk).filter(|(_, next, ordinal)| {
        let worded = c.tokens.get(dk).is_some_and(|t| t.kind == TokenKind::Word);
        // "March first-quarter sales", "May 5 people": no day.
        !(worded && (c.content_word(*next) || c.glued_mark(*next, "-")))
            && (!the || *ordinal)
            && unit_of(c.norm(*next)).is_none()
            && (strict || !c.content_word(*next))
    }) {
        // "July 13-15", "July 13 to 15", "Aug 8 - Aug 12"
        let mut last_day = None;
        let mut end = next;
        if range_word(c, next) {
            let (m2, k2) = match month_at(c, next + 1) {
                Some((m2, k2, _)) => (m2, k2),
                None => (m, next + 1),
            };
            if let Some((d2, after, _)) = c.day(k2) {
                if (m2, d2) > (m, day) && !c.content_word(after) {
                    last_day = Some((m2, d2));
                    end = after;
                }
            }
        }
        let year = c.year_after(end);
        let last = year.map_or(end, |(_, e)| e);
        let year = year.map(|(y, _)| y);
        let make = |y: i16| -> Option<DateSpan> {
            let start = Date::new(y, m, day).ok()?;
            Some(match last_day {
                Some((m2, d2)) => DateSpan::range(start, Date::new(y, m2, d2).ok()?),
                None => DateSpan::day(start),
            })
        };
        let span = match year {
            Some(y) => make(y),
            None => c.near_year(make),
        };
        return Some(dated(i, last, year, span));
    }
    if let Some(year) = c.year(k) {
        // "from June 2023 to December 2024", "between June 2023 and
        // December 2024": one span of months; "and" joins two only after
        // "between".
        let joined = match c.norm(k + 1) {
            "and" => c.before(i) == "between",
            _ => range_word(c, k + 1),
        };
        let until = month_at(c, k + 2)
            .filter(|_| joined)
            .and_then(|(m2, k2, _)| Some((m2, c.year(k2)?, k2)))
            .filter(|&(m2, y2, _)| (y2, m2) > (year, m));
        if let Some((m2, y2, k2)) = until {
            let span = DateSpan::month(year, m)
                .zip(DateSpan::month(y2, m2))
                .map(|(from, to)| DateSpan::range(from.start, to.end));
            return absolute(i, k2 + 1, span);
        }
        return absolute(i, k + 1, DateSpan::month(year, m));
    }
    // "in March last year": a month in a year named from the publication's.
    if let Some((year, after)) = c.year_after(k).filter(|_| c.norm(k) != ",") {
        return Some(relative(i, after, DateSpan::month(year, m)));
    }
    if !strict {
        return None;
    }
    // "last March", "next April", "this May"
    let p = c.p;
    let (first, span) = match c.before(i) {
        w @ ("last" | "next" | "this") => {
            let span = p.and_then(|p| {
                let year = match w {
                    "last" if m < p.month() => p.year(),
                    "last" => p.year().checked_sub(1)?,
                    "next" if m > p.month() => p.year(),
                    "next" => p.year().checked_add(1)?,
                    _ => p.year(),
                };
                DateSpan::month(year, m)
            });
            (i - 1, span)
        }
        // "mid-August", "early August", "late August"
        before => {
            let (first, part) = match before {
                "-" if i >= 2 && c.norm(i - 2) == "mid" => (i - 2, "mid"),
                p @ ("early" | "late" | "mid") => (i - 1, p),
                _ => (i, ""),
            };
            let span = c.near_year(|y| {
                let whole = DateSpan::month(y, m)?;
                let day = |d: i8| Date::new(y, m, d).ok();
                match part {
                    "early" => Some(DateSpan::range(whole.start, day(10)?)),
                    "mid" => Some(DateSpan::range(day(10)?, day(20)?)),
                    "late" => Some(DateSpan::range(day(21)?, whole.end)),
                    _ => Some(whole),
                }
            });
            (first, span)
        }
    };
    Some(relative(first, i + 1, span))
}

/// Day first: "18 August 2025", "15th February", "the 15th of February",
/// "the twenty-first of June", "13-15 September", "3 to 5 October 2025";
/// and "on the 15th", in the months around publication.
pub(super) fn day_first(c: &Ctx, i: usize) -> Option<DateMention> {
    let the = c.norm(i) == "the";
    let k = if the { i + 1 } else { i };
    let (day, next, ordinal) = c.day(k)?;
    let worded = c.tokens.get(k)?.kind == TokenKind::Word;
    if the && !ordinal {
        return None;
    }
    // "13-15 September", "13th to 15th July"
    let (last_day, mk) = match c.day(next + 1) {
        Some((d2, after, _)) if range_word(c, next) && d2 > day => (Some(d2), after),
        _ => (None, next),
    };
    let of = c.norm(mk) == "of";
    let month = month_at(c, mk + usize::from(of)).filter(|&(m, after, strict)| {
        // "the third May Day rally": a worded ordinal needs "of".
        let ambiguous = matches!(MONTHS[(m - 1) as usize], "may" | "march");
        let ends = c
            .tokens
            .get(after)
            .is_none_or(|t| t.kind == TokenKind::Punct || c.year(after).is_some());
        (!worded || of) && (strict || !ambiguous || ordinal || of || ends)
    });
    if let Some((m, after, _)) = month {
        let year = c.year_after(after);
        let last = year.map_or(after, |(_, e)| e);
        let year = year.map(|(y, _)| y);
        let make = |y: i16| -> Option<DateSpan> {
            let start = Date::new(y, m, day).ok()?;
            Some(match last_day {
                Some(d2) => DateSpan::range(start, Date::new(y, m, d2).ok()?),
                None => DateSpan::day(start),
            })
        };
        let span = match year {
            Some(y) => make(y),
            None => c.near_year(make),
        };
        return Some(dated(i, last, year, span));
    }
    // "the first of next month": a day of a month named by its place.
    if of && (the || worded) {
        if let Some(month) = unit_relative(c, mk + 1).filter(|m| m.first == mk + 1) {
            let span = match month.span {
                Some(s) if s.precision == Precision::Month => Some(DateSpan::day(
                    Date::new(s.start.year(), s.start.month(), day).ok()?,
                )),
                Some(_) => return None,
                None => None,
            };
            return Some(relative(i, month.last, span));
        }
    }
    // "on the 15th", "Saturday the 16th": not "the 15th floor" or "the 15th
    // century".
    let placed = matches!(
        c.before(i),
        "on" | "by" | "until" | "till" | "since" | "from" | "before" | "after"
    ) || c
        .tokens
        .get(i.wrapping_sub(1))
        .and_then(weekday_of)
        .is_some();
    if !(the && ordinal && !worded && placed) || c.content_word(next) || c.norm(next) == "of" {
        return None;
    }
    let span = c.p.and_then(|p| {
        let mut month = p.first_of_month();
        for _ in 0..3 {
            if let Ok(date) = Date::new(month.year(), month.month(), day) {
                if (c.future && date >= p) || (!c.future && date <= p) {
                    return Some(DateSpan::day(date));
                }
            }
            let step = Span::new().months(if c.future { 1 } else { -1 });
            month = month.checked_add(step).ok()?;
        }
        None
    });
    Some(relative(i, next, span))
}

fn quarter_word(word: &str) -> Option<i8> {
    match word {
        "q1" => Some(1),
        "q2" => Some(2),
        "q3" => Some(3),
        "q4" => Some(4),
        _ => None,
    }
}

/// "the third quarter", "the 4th quarter of 2018", "Q1 2024", "third-quarter
/// profits", "the last quarter of 2024", "the first half of 2024".
pub(super) fn quarter_or_half(c: &Ctx, i: usize) -> Option<DateMention> {
    let (n, next) = match c.norm(i) {
        w if w.starts_with('q') => (quarter_word(w)?, i),
        "last" => (0, i + 1),
        _ => {
            let (n, next) = c.ordinal(i)?;
            (i8::try_from(n).ok()?, next)
        }
    };
    // "third-quarter": the hyphen of a compound.
    let noun_at = if c.glued_mark(next, "-") {
        next + 1
    } else {
        next
    };
    let (noun, mut end) = if next == i {
        ("quarter", i + 1)
    } else {
        match c.norm(noun_at) {
            "quarter" | "qtr" => ("quarter", noun_at + 1),
            "half" => ("half", noun_at + 1),
            _ => return None,
        }
    };
    let mut year = None;
    let mut shift = None;
    if c.norm(end) == "of" && c.year(end + 1).is_some() {
        year = c.year(end + 1);
        end += 2;
    } else if let Some(y) = c.year(end) {
        year = Some(y);
        end += 1;
    } else if c.norm(end) == "of" && c.norm(end + 2) == "year" {
        shift = match c.norm(end + 1) {
            "the" | "this" => Some(0),
            "last" => Some(-1),
            "next" => Some(1),
            _ => None,
        };
        if shift.is_some() {
            end += 3;
        }
    }
    let (count, n) = match (noun, n) {
        ("quarter", 0) if year.is_some() => (4, 4),
        ("quarter", 1..=4) => (4, n),
        // "the first half of the match" is no date: a half needs its year.
        ("half", 1 | 2) if year.is_some() || shift.is_some() => (2, n),
        _ => return None,
    };
    let make = |y: i16| -> Option<DateSpan> {
        if count == 4 {
            return DateSpan::quarter(y, n);
        }
        let start = Date::new(y, (n - 1) * 6 + 1, 1).ok()?;
        let end = Date::new(y, n * 6, 1).ok()?.last_of_month();
        Some(DateSpan::range(start, end))
    };
    let span = match (year, shift) {
        (Some(y), _) => make(y),
        (None, Some(s)) => c.p.and_then(|p| make(p.year().checked_add(s)?)),
        (None, None) => c.near_year(make),
    };
    Some(dated(i, end, year, span))
}

/// "the spring of 2024", "summer 2023", "winter 2022" (which runs into the
/// next year).
pub(super) fn season_of_year(c: &Ctx, i: usize) -> Option<DateMention> {
    let Some(Unit::Season(..)) = unit_of(c.norm(i)) else {
        return None;
    };
    let k = if c.norm(i + 1) == "of" { i + 2 } else { i + 1 };
    let year = c.year(k)?;
    let base = Date::new(year, 6, 1).ok()?;
    absolute(i, k + 1, unit_span(base, unit_of(c.norm(i))?, 0))
}

/// "the week of October 6th": the week, Monday to Sunday, holding a day.
pub(super) fn week_of(c: &Ctx, i: usize) -> Option<DateMention> {
    if c.norm(i) != "the" || c.norm(i + 1) != "week" || c.norm(i + 2) != "of" {
        return None;
    }
    let day = month_first(c, i + 3)
        .or_else(|| day_first(c, i + 3))
        .filter(|m| m.first == i + 3)?;
    let span = match day.span {
        Some(s) if s.precision == Precision::Day => Some(unit_span(s.start, Unit::Week, 0)?),
        Some(_) => return None,
        None => None,
    };
    Some(DateMention {
        first: i,
        span,
        ..day
    })
}

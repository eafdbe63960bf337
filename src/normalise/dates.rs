//! Dates as news writes them, absolute ("Aug. 18, 2025", "18 August",
//! "February 2022", "the fourth quarter of 2026", "mid-August") and relative
//! ("on Monday", "yesterday", "last month", "in the coming weeks", "since May",
//! "three years ago"), each read into a span of days with a precision.
//! Relative dates are resolved against the document's publication date;
//! without one they stay unresolved, never guessed.

use jiff::civil::{Date, Weekday};
use jiff::Span;
use serde::Serialize;

use crate::normalise::calendar::{month_of, weekday_of, MONTHS};
use crate::normalise::quantity::{is_function_word, number_at};
use crate::normalise::tokens::{Token, TokenKind};

/// How finely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// One day.
    Day,
    /// A calendar month.
    Month,
    /// A quarter of a year.
    Quarter,
    /// A calendar year.
    Year,
    /// Any other span of days ("mid-August", "last week", "since May").
    Range,
}

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateSpan {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// How finely it is known.
    pub precision: Precision,
}

impl DateSpan {
    fn day(date: Date) -> Self {
        DateSpan {
            start: date,
            end: date,
            precision: Precision::Day,
        }
    }

    fn month(year: i16, month: i8) -> Option<Self> {
        let start = Date::new(year, month, 1).ok()?;
        Some(DateSpan {
            start,
            end: start.last_of_month(),
            precision: Precision::Month,
        })
    }

    fn year(year: i16) -> Option<Self> {
        let start = Date::new(year, 1, 1).ok()?;
        Some(DateSpan {
            start,
            end: start.last_of_year(),
            precision: Precision::Year,
        })
    }

    fn range(start: Date, end: Date) -> Self {
        let (start, end) = if start <= end {
            (start, end)
        } else {
            (end, start)
        };
        DateSpan {
            start,
            end,
            precision: Precision::Range,
        }
    }

    /// True when no day lies in both.
    pub fn apart(&self, other: &DateSpan) -> bool {
        self.end < other.start || other.end < self.start
    }

    /// Days from the end of the earlier span to the start of the later one
    /// (0 when they overlap).
    pub fn gap_days(&self, other: &DateSpan) -> i64 {
        let (first, second) = if self.start <= other.start {
            (self, other)
        } else {
            (other, self)
        };
        if first.end >= second.start {
            return 0;
        }
        days_between(first.end, second.start)
    }

    /// "2025-08-18", "2025-08", "2025", or "2025-08-10..2025-08-20".
    pub fn display(&self) -> String {
        match self.precision {
            Precision::Day => self.start.to_string(),
            Precision::Month => format!("{:04}-{:02}", self.start.year(), self.start.month()),
            Precision::Year => format!("{:04}", self.start.year()),
            Precision::Quarter | Precision::Range => format!("{}..{}", self.start, self.end),
        }
    }
}

/// Whole days from `a` to `b`.
pub fn days_between(a: Date, b: Date) -> i64 {
    a.duration_until(b).as_secs() / 86_400
}

/// One date expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The span it names; `None` for a relative date with no publication date.
    pub span: Option<DateSpan>,
    /// Resolved against the publication date ("Monday", "last week").
    pub relative: bool,
}

const FUTURE_MARKERS: &[&str] = &[
    "will",
    "would",
    "shall",
    "due",
    "set",
    "expected",
    "plans",
    "planned",
    "scheduled",
    "next",
];

/// Whether a sentence speaks of the future ("will", "expects", "next"): a
/// date it gives lies ahead, and a sentence without such a word does not
/// carry on a forecast's time.
pub fn speaks_of_the_future<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    words.any(|w| FUTURE_MARKERS.contains(&w))
}

/// Finds the dates in a tokenized sentence; `published` resolves relative
/// ones and gives the year to dates written without one.
pub fn find_dates(tokens: &[Token], published: Option<Date>) -> Vec<DateMention> {
    let future = speaks_of_the_future(tokens.iter().map(|t| t.norm.as_str()));
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match read_date(tokens, i, published, future) {
            Some(mut mention) => {
                // "since May": from then until publication.
                if i > 0 && tokens[i - 1].norm == "since" {
                    mention.first = i - 1;
                    mention.span = match (mention.span, published) {
                        (Some(span), Some(p)) if span.start <= p => {
                            Some(DateSpan::range(span.start, p))
                        }
                        (_, _) => None,
                    };
                    mention.relative = true;
                }
                i = mention.last.max(i + 1);
                found.push(mention);
            }
            None => i += 1,
        }
    }
    found
}

fn norm(tokens: &[Token], i: usize) -> &str {
    tokens.get(i).map_or("", |t| t.norm.as_str())
}

fn small_number(tokens: &[Token], i: usize, max: i64) -> Option<i8> {
    let t = tokens.get(i).filter(|t| t.kind == TokenKind::Number)?;
    let n: i64 = t.norm.parse().ok()?;
    (1..=max).contains(&n).then_some(n as i8)
}

fn year_at(tokens: &[Token], i: usize) -> Option<i16> {
    // Four digits as written: "2,100 jobs" is no year.
    let t = tokens
        .get(i)
        .filter(|t| t.kind == TokenKind::Number && t.norm.len() == 4 && t.end - t.start == 4)?;
    let y: i16 = t.norm.parse().ok()?;
    (1000..=2200).contains(&y).then_some(y)
}

fn month_number(name: &str) -> i8 {
    MONTHS
        .iter()
        .position(|m| *m == name)
        .map_or(1, |p| p as i8 + 1)
}

fn absolute(first: usize, last: usize, span: Option<DateSpan>) -> Option<DateMention> {
    Some(DateMention {
        first,
        last,
        span: Some(span?),
        relative: false,
    })
}

fn relative(first: usize, last: usize, span: Option<DateSpan>) -> DateMention {
    DateMention {
        first,
        last,
        span,
        relative: true,
    }
}

fn read_date(
    tokens: &[Token],
    i: usize,
    published: Option<Date>,
    future: bool,
) -> Option<DateMention> {
    let t = tokens.get(i)?;
    let year_now = published.map(|p| p.year());

    // 2025-08-18
    if let Some(year) = year_at(tokens, i) {
        let glued = |k: usize| tokens.get(k).is_some_and(|t| t.glued);
        if norm(tokens, i + 1) == "-"
            && glued(i + 1)
            && glued(i + 2)
            && norm(tokens, i + 3) == "-"
            && glued(i + 4)
        {
            if let (Some(m), Some(d)) = (
                small_number(tokens, i + 2, 12),
                small_number(tokens, i + 4, 31),
            ) {
                return absolute(i, i + 5, Date::new(year, m, d).ok().map(DateSpan::day));
            }
        }
        // "2025 Q2"
        if let Some(q) = quarter_word(norm(tokens, i + 1)) {
            return absolute(i, i + 2, quarter(year, q));
        }
        // A year on its own: "in 2022", "since 2009", "(2019)".
        let before = i.checked_sub(1).map_or("", |k| norm(tokens, k));
        let after = norm(tokens, i + 1);
        let year_word = matches!(
            before,
            "in" | "since"
                | "by"
                | "until"
                | "from"
                | "of"
                | "during"
                | "before"
                | "after"
                | "early"
                | "late"
                | "mid"
                | "("
                | ","
                | "to"
                | "through"
        ) || i == 0;
        let not_a_count = tokens
            .get(i + 1)
            .is_none_or(|n| n.kind != TokenKind::Word || n.capitalised || is_function_word(after));
        if year_word && not_a_count {
            return absolute(i, i + 1, DateSpan::year(year));
        }
        return None;
    }

    // Month first: "August 18, 2025", "Aug. 18", "February 2022", "in May".
    if let Some(month) = month_of(t) {
        let m = month_number(month);
        let mut k = i + 1;
        if norm(tokens, k) == "." {
            k += 1;
        }
        if let Some(day) = small_number(tokens, k, 31) {
            let mut end = k + 1;
            let mut year = None;
            if norm(tokens, end) == "," && year_at(tokens, end + 1).is_some() {
                year = year_at(tokens, end + 1);
                end += 2;
            } else if let Some(y) = year_at(tokens, end) {
                year = Some(y);
                end += 1;
            }
            let span = year
                .or(year_now)
                .and_then(|y| Date::new(y, m, day).ok())
                .map(DateSpan::day);
            return Some(DateMention {
                first: i,
                last: end,
                span,
                relative: year.is_none(),
            });
        }
        if let Some(year) = year_at(tokens, k) {
            return absolute(i, k + 1, DateSpan::month(year, m));
        }
        // "mid-August", "early August", "late August"
        let (first, part) = match i.checked_sub(1).map(|k| norm(tokens, k)) {
            Some("-") if i >= 2 && norm(tokens, i - 2) == "mid" => (i - 2, "mid"),
            Some(p @ ("early" | "late" | "mid")) => (i - 1, p),
            _ => (i, ""),
        };
        let span = year_now
            .and_then(|y| DateSpan::month(y, m))
            .and_then(|whole| {
                let day = |d: i8| Date::new(whole.start.year(), m, d).ok();
                match part {
                    "early" => Some(DateSpan::range(whole.start, day(10)?)),
                    "mid" => Some(DateSpan::range(day(10)?, day(20)?)),
                    "late" => Some(DateSpan::range(day(21)?, whole.end)),
                    _ => Some(whole),
                }
            });
        return Some(relative(first, i + 1, span));
    }

    // Day first: "18 August 2025", "18 August".
    if let Some(day) = small_number(tokens, i, 31) {
        let month = tokens.get(i + 1).and_then(month_of)?;
        let m = month_number(month);
        let year = year_at(tokens, i + 2);
        let span = year
            .or(year_now)
            .and_then(|y| Date::new(y, m, day).ok())
            .map(DateSpan::day);
        return Some(DateMention {
            first: i,
            last: i + 2 + usize::from(year.is_some()),
            span,
            relative: year.is_none(),
        });
    }

    // "the fourth quarter of 2026", "Q4 2026", "the third quarter".
    if let Some(q) = quarter_word(&t.norm) {
        let quarter_noun = t.norm.starts_with('q') || norm(tokens, i + 1) == "quarter";
        if quarter_noun {
            let mut end = if t.norm.starts_with('q') {
                i + 1
            } else {
                i + 2
            };
            let mut year = None;
            if norm(tokens, end) == "of" && year_at(tokens, end + 1).is_some() {
                year = year_at(tokens, end + 1);
                end += 2;
            } else if let Some(y) = year_at(tokens, end) {
                year = Some(y);
                end += 1;
            }
            let span = year.or(year_now).and_then(|y| quarter(y, q));
            return Some(DateMention {
                first: i,
                last: end,
                span,
                relative: year.is_none(),
            });
        }
    }

    let p = published;
    // Weekdays: the latest on or before publication, unless the sentence
    // speaks of the future or says "next".
    if let Some(day) = weekday_of(t) {
        let before = i.checked_sub(1).map_or("", |k| norm(tokens, k));
        let first = if matches!(before, "last" | "next" | "this") {
            i - 1
        } else {
            i
        };
        let span = p.and_then(|p| {
            let date = match before {
                "next" => next_weekday(p, weekday(day), false),
                "last" => previous_weekday(p, weekday(day), false),
                _ if future => next_weekday(p, weekday(day), true),
                _ => previous_weekday(p, weekday(day), true),
            }?;
            Some(DateSpan::day(date))
        });
        return Some(relative(first, i + 1, span));
    }

    match t.norm.as_str() {
        "yesterday" => {
            return Some(relative(
                i,
                i + 1,
                p.and_then(|p| p.yesterday().ok()).map(DateSpan::day),
            ))
        }
        "today" | "tonight" => return Some(relative(i, i + 1, p.map(DateSpan::day))),
        "tomorrow" => {
            return Some(relative(
                i,
                i + 1,
                p.and_then(|p| p.tomorrow().ok()).map(DateSpan::day),
            ))
        }
        "last" | "this" | "next" | "earlier" | "later" => {
            if let Some(m) = period_relative(tokens, i, p) {
                return Some(m);
            }
        }
        "in" | "over"
            if norm(tokens, i + 1) == "the"
                && matches!(norm(tokens, i + 2), "coming" | "next" | "past" | "last") =>
        {
            let unit = norm(tokens, i + 3);
            let span = p.and_then(|p| {
                let length = match unit {
                    "days" => Span::new().days(7),
                    "weeks" => Span::new().weeks(4),
                    "months" => Span::new().months(6),
                    _ => return None,
                };
                let ahead = matches!(norm(tokens, i + 2), "coming" | "next");
                let other = if ahead {
                    p.checked_add(length).ok()?
                } else {
                    p.checked_sub(length).ok()?
                };
                Some(DateSpan::range(p, other))
            });
            if matches!(unit, "days" | "weeks" | "months") {
                return Some(relative(i, i + 4, span));
            }
        }
        _ => {}
    }

    // "three years ago", "10 days ago", "a year ago"
    let counted = number_at(tokens, i)
        .or_else(|| matches!(t.norm.as_str(), "a" | "an").then_some((1.0, i + 1)));
    if let Some((n, next)) = counted {
        let unit = norm(tokens, next);
        if norm(tokens, next + 1) == "ago" && n.fract() == 0.0 && n >= 1.0 {
            let n = n as i64;
            let span = p.and_then(|p| {
                // A count past what a calendar holds ("99999999 years ago")
                // names no date: `try_` refuses it where the plain setters
                // would panic.
                let (length, precision) = match unit {
                    "day" | "days" => (Span::new().try_days(n).ok()?, Precision::Day),
                    "week" | "weeks" => (Span::new().try_weeks(n).ok()?, Precision::Range),
                    "month" | "months" => (Span::new().try_months(n).ok()?, Precision::Month),
                    "year" | "years" => (Span::new().try_years(n).ok()?, Precision::Year),
                    _ => return None,
                };
                let date = p.checked_sub(length).ok()?;
                Some(match precision {
                    Precision::Day => DateSpan::day(date),
                    Precision::Month => DateSpan::month(date.year(), date.month())?,
                    // "60 years ago" is a round figure: the year before or after.
                    Precision::Year if n >= 2 => DateSpan::range(
                        Date::new(date.year() - 1, 1, 1).ok()?,
                        Date::new(date.year() + 1, 12, 31).ok()?,
                    ),
                    Precision::Year => DateSpan::year(date.year())?,
                    _ => DateSpan::range(
                        date.checked_sub(Span::new().days(3)).ok()?,
                        date.checked_add(Span::new().days(3)).ok()?,
                    ),
                })
            });
            if matches!(
                unit,
                "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
            ) {
                return Some(relative(i, next + 2, span));
            }
        }
    }
    None
}

/// "last week", "this month", "next year", "earlier this year", "later this
/// month", "this summer".
fn period_relative(tokens: &[Token], i: usize, p: Option<Date>) -> Option<DateMention> {
    let word = norm(tokens, i);
    let (which, unit_at) = match word {
        "earlier" | "later" if norm(tokens, i + 1) == "this" => (word, i + 2),
        "last" | "this" | "next" => (word, i + 1),
        _ => return None,
    };
    // "last year's strike": the possessive dates what follows it.
    let written = norm(tokens, unit_at);
    let unit = written.strip_suffix("'s").unwrap_or(written);
    let possessive = unit.len() < written.len();
    let known = matches!(
        unit,
        "week" | "month" | "year" | "summer" | "spring" | "autumn" | "fall" | "winter" | "weekend"
    );
    // "the next spring tide" is a tide, not a season.
    let noun_follows = !possessive
        && tokens.get(unit_at + 1).is_some_and(|n| {
            n.kind == TokenKind::Word && !n.capitalised && !is_function_word(&n.norm)
        });
    if !known || noun_follows {
        return None;
    }
    let span = p.and_then(|p| {
        let shift = match which {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        let whole = match unit {
            "week" | "weekend" => {
                let monday = p
                    .checked_sub(Span::new().days(i64::from(p.weekday().to_monday_zero_offset())))
                    .ok()?;
                let start = monday.checked_add(Span::new().weeks(shift)).ok()?;
                let start = if unit == "weekend" {
                    start.checked_add(Span::new().days(5)).ok()?
                } else {
                    start
                };
                let length = if unit == "weekend" { 1 } else { 6 };
                DateSpan::range(start, start.checked_add(Span::new().days(length)).ok()?)
            }
            "month" => {
                let d = p
                    .first_of_month()
                    .checked_add(Span::new().months(shift))
                    .ok()?;
                DateSpan::month(d.year(), d.month())?
            }
            "year" => DateSpan::year(p.year() + shift as i16)?,
            season => {
                let (from, to) = match season {
                    "spring" => (3, 5),
                    "summer" => (6, 8),
                    "autumn" | "fall" => (9, 11),
                    _ => (12, 2),
                };
                let year = p.year() + shift as i16;
                let start = Date::new(year, from, 1).ok()?;
                let end_year = if to < from { year + 1 } else { year };
                DateSpan::range(start, Date::new(end_year, to, 1).ok()?.last_of_month())
            }
        };
        Some(match which {
            "earlier" => DateSpan::range(whole.start, p),
            "later" => DateSpan::range(p, whole.end),
            _ => whole,
        })
    });
    Some(relative(i, unit_at + 1, span))
}

fn quarter_word(word: &str) -> Option<i8> {
    match word {
        "first" | "q1" | "1st" => Some(1),
        "second" | "q2" | "2nd" => Some(2),
        "third" | "q3" | "3rd" => Some(3),
        "fourth" | "q4" | "4th" => Some(4),
        _ => None,
    }
}

fn quarter(year: i16, q: i8) -> Option<DateSpan> {
    let start = Date::new(year, (q - 1) * 3 + 1, 1).ok()?;
    let end = Date::new(year, q * 3, 1).ok()?.last_of_month();
    Some(DateSpan {
        start,
        end,
        precision: Precision::Quarter,
    })
}

fn weekday(name: &str) -> Weekday {
    let offset = crate::normalise::calendar::WEEKDAYS
        .iter()
        .position(|d| *d == name)
        .unwrap_or(0);
    Weekday::from_monday_zero_offset(offset as i8).unwrap_or(Weekday::Monday)
}

fn previous_weekday(from: Date, day: Weekday, inclusive: bool) -> Option<Date> {
    step_to_weekday(from, day, inclusive, Date::yesterday)
}

fn next_weekday(from: Date, day: Weekday, inclusive: bool) -> Option<Date> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::tokens::tokenize;

    fn published() -> Option<Date> {
        Some(Date::new(2025, 8, 19).unwrap()) // a Tuesday
    }

    fn one(text: &str) -> String {
        let dates = find_dates(&tokenize(text), published());
        assert_eq!(dates.len(), 1, "{text}: {dates:?}");
        dates[0].span.map_or("unresolved".into(), |s| s.display())
    }

    fn none(text: &str) {
        let dates = find_dates(&tokenize(text), published());
        assert!(dates.is_empty(), "{text}: {dates:?}");
    }

    /// Found by the `normalise` fuzz target: a count past what a calendar
    /// holds panicked inside jiff; it names no date.
    #[test]
    fn a_count_of_years_no_calendar_holds_is_no_date() {
        for text in [
            "it began 99999999999 years ago",
            "some 5000000000 days ago",
            "9999999999999 months ago it was",
            "400000000000 weeks ago",
        ] {
            let dates = find_dates(&tokenize(text), published());
            assert!(dates.iter().all(|d| d.span.is_none()), "{text}: {dates:?}");
        }
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(one("on August 18, 2025 at noon"), "2025-08-18");
        assert_eq!(one("on Aug. 18 at noon"), "2025-08-18");
        assert_eq!(one("on 18 August 2025"), "2025-08-18");
        assert_eq!(one("on 2025-08-18 at noon"), "2025-08-18");
        assert_eq!(one("since Feb. 24, 2022 the war"), "2022-02-24..2025-08-19");
        assert_eq!(one("in February 2022 it began"), "2022-02");
        assert_eq!(one("it began in 2022 with"), "2022");
        assert_eq!(
            one("not since December 2019 have they"),
            "2019-12-01..2025-08-19"
        );
        assert_eq!(one("by mid-August the"), "2025-08-10..2025-08-20");
        assert_eq!(
            one("in the fourth quarter of 2026 sales"),
            "2026-10-01..2026-12-31"
        );
        assert_eq!(
            one("reaching 7.8 per cent in 2025 Q2"),
            "2025-04-01..2025-06-30"
        );
    }

    #[test]
    fn relative_dates_resolve_against_publication() {
        assert_eq!(one("said on Monday that"), "2025-08-18");
        assert_eq!(one("said on Tuesday that"), "2025-08-19");
        assert_eq!(one("met Putin in Alaska on Friday"), "2025-08-15");
        assert_eq!(one("will meet on Friday"), "2025-08-22");
        assert_eq!(one("they meet next Monday"), "2025-08-25");
        assert_eq!(one("it happened yesterday"), "2025-08-18");
        assert_eq!(one("it happened last week"), "2025-08-11..2025-08-17");
        assert_eq!(one("it happened last month"), "2025-07");
        assert_eq!(one("it happened last year"), "2024");
        assert_eq!(one("last year's strike was longer"), "2024");
        assert_eq!(one("earlier this year he said"), "2025-01-01..2025-08-19");
        assert_eq!(one("earlier this summer he said"), "2025-06-01..2025-08-19");
        assert_eq!(one("they meet next week"), "2025-08-25..2025-08-31");
        assert_eq!(
            one("a meeting in the coming weeks"),
            "2025-08-19..2025-09-16"
        );
        assert_eq!(one("talks resumed since May and"), "2025-05-01..2025-08-19");
        assert_eq!(one("it opened three years ago"), "2021-01-01..2023-12-31");
        assert_eq!(one("it opened a year ago"), "2024");
        none("barriers before the next spring tide arrive");
    }

    #[test]
    fn without_publication_relative_dates_stay_unresolved() {
        let dates = find_dates(&tokenize("said on Monday that"), None);
        assert_eq!(dates.len(), 1);
        assert!(dates[0].relative && dates[0].span.is_none());
        let dates = find_dates(&tokenize("on August 18, 2025"), None);
        assert_eq!(
            dates[0].span.map(|s| s.display()).as_deref(),
            Some("2025-08-18")
        );
    }

    #[test]
    fn things_that_are_not_dates() {
        none("They may agree to it.");
        none("The march went on.");
        none("A video of 2:01 length.");
        none("Help is there 24/7.");
        none("They won 3-1.");
        none("Some 2000 people came.");
    }
}

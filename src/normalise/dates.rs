//! Dates as news writes them, absolute ("Aug. 18, 2025", "18 August",
//! "March 3rd, 2015", "the 15th of February", "3/3/2015", "2014-10",
//! "February 2022", "the fourth quarter of 2026", "mid-August", "July
//! 13-15") and relative ("on Monday", "yesterday", "the day after
//! tomorrow", "last month", "next quarter", "the past two weeks", "in the
//! coming weeks", "since May", "7 days ago", "in three years", "on the
//! 15th", "the last Monday of March"), each read into a span of days with a
//! precision. Relative dates are resolved against the document's
//! publication date; without one they stay unresolved, never guessed.
//!
//! The reader is a small grammar, tried token by token, most specific rule
//! first: days (digits, ordinals in digits or words), months (capitalised,
//! or in any case when a day or year stands beside them), years, numeric
//! forms, and units (day, week, weekend, month, quarter, year, season) under
//! one set of modifiers (last/past/previous, this/current/coming,
//! next/following) and counts ("7 days ago", "in two weeks").
//!
//! All-numeric dates: when the first number cannot be a month it is the day
//! ("25/12/2019"); otherwise the month comes first ("3/4/2021" is March 4),
//! as American news writes them; British and most other style guides write
//! the month in words, so an all-numeric date in English prose is most
//! often American. A
//! slashed date needs its year, so "3/4 of voters" and "24/7" are no dates;
//! dotted dates ("31.12.2020") are European, day first.

use jiff::civil::{Date, Weekday};
use jiff::Span;
use serde::Serialize;

use crate::normalise::calendar::{month_of, month_word, ordinal_value, weekday_of, MONTHS};
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

    fn quarter(year: i16, q: i8) -> Option<Self> {
        let start = Date::new(year, (q - 1) * 3 + 1, 1).ok()?;
        let end = Date::new(year, q * 3, 1).ok()?.last_of_month();
        Some(DateSpan {
            start,
            end,
            precision: Precision::Quarter,
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
    let mut c = Ctx {
        tokens,
        p: published,
        future: speaks_of_the_future(tokens.iter().map(|t| t.norm.as_str())),
        anchor: None,
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match read_date(&c, i) {
            Some(mut mention) => {
                // "since May": from then until publication.
                if mention.first > 0 && tokens[mention.first - 1].norm == "since" {
                    mention.first -= 1;
                    mention.span = match (mention.span, published) {
                        (Some(span), Some(p)) if span.start <= p => {
                            Some(DateSpan::range(span.start, p))
                        }
                        (_, _) => None,
                    };
                    mention.relative = true;
                }
                if mention.span.is_some() {
                    c.anchor = mention.span;
                }
                i = mention.last.max(i + 1);
                found.push(mention);
            }
            None => i += 1,
        }
    }
    found
}

/// What a date is read against: the sentence, the publication date, whether
/// the sentence speaks of the future, and the last date it gave before
/// (which "the following year" and "two days later" count from).
struct Ctx<'a> {
    tokens: &'a [Token],
    p: Option<Date>,
    future: bool,
    anchor: Option<DateSpan>,
}

impl<'a> Ctx<'a> {
    fn norm(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.norm.as_str())
    }

    fn before(&self, i: usize) -> &'a str {
        i.checked_sub(1).map_or("", |k| self.norm(k))
    }

    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.glued)
    }

    /// Punctuation `mark` at `i`, written against the token before it.
    fn glued_mark(&self, i: usize, mark: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && t.norm == mark && t.glued)
    }

    /// A lower-case word that is not a function word: what a number before
    /// it counts ("3 years", "the 15th floor"), so the number is no day.
    fn content_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.capitalised && !is_function_word(&t.norm)
        })
    }

    /// A whole number written in digits, as written ("03", not "1,200"):
    /// its value and its number of digits.
    fn digits(&self, i: usize) -> Option<(i64, usize)> {
        let t = self.tokens.get(i).filter(|t| t.kind == TokenKind::Number)?;
        let plain = t.norm.len() <= 4
            && t.end - t.start == t.norm.len()
            && t.norm.bytes().all(|b| b.is_ascii_digit());
        if !plain {
            return None;
        }
        Some((t.norm.parse().ok()?, t.norm.len()))
    }

    /// An ordinal: "15th", "third", "twenty-first": its value and the next
    /// index.
    fn ordinal(&self, i: usize) -> Option<(u8, usize)> {
        if let Some((n, len)) = self.digits(i) {
            let suffix = matches!(self.norm(i + 1), "st" | "nd" | "rd" | "th") && self.glued(i + 1);
            return (suffix && len <= 2 && (1..=31).contains(&n)).then_some((n as u8, i + 2));
        }
        let tens = match self.norm(i) {
            "twenty" => 20,
            "thirty" => 30,
            word => return ordinal_value(word).map(|n| (n, i + 1)),
        };
        let k = if self.glued_mark(i + 1, "-") && self.glued(i + 2) {
            i + 2
        } else {
            i + 1
        };
        let unit = ordinal_value(self.norm(k)).filter(|u| *u <= 9)?;
        let n = tens + unit;
        (n <= 31).then_some((n, k + 1))
    }

    /// A day of the month: "15", "15th", "fifteenth"; with the next index
    /// and whether it was written as an ordinal.
    fn day(&self, i: usize) -> Option<(i8, usize, bool)> {
        if let Some((n, next)) = self.ordinal(i) {
            return Some((n as i8, next, true));
        }
        let (n, len) = self.digits(i)?;
        (len <= 2 && (1..=31).contains(&n)).then_some((n as i8, i + 1, false))
    }

    /// A year written in four digits at `i` ("2,100 jobs" is no year).
    fn year(&self, i: usize) -> Option<i16> {
        let (y, len) = self.digits(i)?;
        (len == 4 && (1000..=2200).contains(&y)).then_some(y as i16)
    }

    /// A year after a date: "2025" or ", 2025", with the next index.
    fn year_after(&self, i: usize) -> Option<(i16, usize)> {
        if let Some(y) = self.year(i) {
            return Some((y, i + 1));
        }
        if self.norm(i) == "," {
            return Some((self.year(i + 1)?, i + 2));
        }
        None
    }

    /// The span `make` gives for a date written without a year: in the
    /// publication year, unless that puts it more than two months after
    /// publication in a sentence that does not speak of the future ("the
    /// plant shut in December", written in January: last December), or more
    /// than two months before it in one that does.
    fn near_year(&self, make: impl Fn(i16) -> Option<DateSpan>) -> Option<DateSpan> {
        let p = self.p?;
        let span = make(p.year())?;
        let margin = Span::new().months(2);
        if !self.future && span.start > p.checked_add(margin).ok()? {
            return make(p.year().checked_sub(1)?);
        }
        if self.future && span.end < p.checked_sub(margin).ok()? {
            return make(p.year().checked_add(1)?);
        }
        Some(span)
    }
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

/// A date whose year is written is absolute; one without is read against
/// the publication date.
fn dated(first: usize, last: usize, year: Option<i16>, span: Option<DateSpan>) -> DateMention {
    DateMention {
        first,
        last,
        span,
        relative: year.is_none(),
    }
}

/// One date expression starting at (or just before) token `i`: a small
/// grammar tried in turn, most specific first.
fn read_date(c: &Ctx, i: usize) -> Option<DateMention> {
    day_beside(c, i).or_else(|| read_plain(c, i))
}

fn read_plain(c: &Ctx, i: usize) -> Option<DateMention> {
    holiday(c, i)
        .or_else(|| numeric(c, i))
        .or_else(|| nth_of_month(c, i))
        .or_else(|| month_first(c, i))
        .or_else(|| day_first(c, i))
        .or_else(|| quarter_or_half(c, i))
        .or_else(|| weekday_date(c, i))
        .or_else(|| day_word(c, i))
        .or_else(|| season_of_year(c, i))
        .or_else(|| week_of(c, i))
        .or_else(|| unit_relative(c, i))
        .or_else(|| vague_span(c, i))
        .or_else(|| counted(c, i))
}

/// "the day after tomorrow", "the day before yesterday", "the day after
/// March 3": a day next to a day.
fn day_beside(c: &Ctx, i: usize) -> Option<DateMention> {
    let k = if c.norm(i) == "the" { i + 1 } else { i };
    if c.norm(k) != "day" {
        return None;
    }
    let step = match c.norm(k + 1) {
        "after" => 1,
        "before" => -1,
        _ => return None,
    };
    let inner = read_plain(c, k + 2).filter(|m| m.first == k + 2)?;
    let span = match inner.span {
        Some(s) if s.precision == Precision::Day => Some(DateSpan::day(
            s.start.checked_add(Span::new().days(step)).ok()?,
        )),
        Some(_) => return None,
        None => None,
    };
    Some(DateMention {
        first: i,
        last: inner.last,
        span,
        relative: inner.relative,
    })
}

/// Holidays news names by a rule of the calendar: a fixed day ("Christmas
/// Day", "New Year's Eve 2024"), or the nth weekday of a month (0 for the
/// last), as the United States keeps them ("Thanksgiving", "Labor Day").
const HOLIDAYS: &[(&[&str], i8, u8, Option<&str>)] = &[
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

fn holiday(c: &Ctx, i: usize) -> Option<DateMention> {
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
fn numeric(c: &Ctx, i: usize) -> Option<DateMention> {
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
fn nth_of_month(c: &Ctx, i: usize) -> Option<DateMention> {
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
fn month_first(c: &Ctx, i: usize) -> Option<DateMention> {
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
        return absolute(i, k + 1, DateSpan::month(year, m));
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
fn day_first(c: &Ctx, i: usize) -> Option<DateMention> {
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

/// "the third quarter", "the 4th quarter of 2018", "Q1 2024", "third-quarter
/// profits", "the last quarter of 2024", "the first half of 2024".
fn quarter_or_half(c: &Ctx, i: usize) -> Option<DateMention> {
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

/// Weekdays: the latest on or before publication, unless the sentence
/// speaks of the future or says "next"; "Monday, August 18, 2025" and
/// "Saturday the 16th" are the date they give.
fn weekday_date(c: &Ctx, i: usize) -> Option<DateMention> {
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

/// "the spring of 2024", "summer 2023", "winter 2022" (which runs into the
/// next year).
fn season_of_year(c: &Ctx, i: usize) -> Option<DateMention> {
    let Some(Unit::Season(..)) = unit_of(c.norm(i)) else {
        return None;
    };
    let k = if c.norm(i + 1) == "of" { i + 2 } else { i + 1 };
    let year = c.year(k)?;
    let base = Date::new(year, 6, 1).ok()?;
    absolute(i, k + 1, unit_span(base, unit_of(c.norm(i))?, 0))
}

/// "the week of October 6th": the week, Monday to Sunday, holding a day.
fn week_of(c: &Ctx, i: usize) -> Option<DateMention> {
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

/// "yesterday", "today", "tonight", "tomorrow".
fn day_word(c: &Ctx, i: usize) -> Option<DateMention> {
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
enum Unit {
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

fn unit_of(word: &str) -> Option<Unit> {
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
fn unit_span(base: Date, unit: Unit, shift: i64) -> Option<DateSpan> {
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
fn unit_relative(c: &Ctx, i: usize) -> Option<DateMention> {
    let word = c.norm(i);
    let (which, unit_at) = match word {
        "earlier" | "later" if c.norm(i + 1) == "this" => (word, i + 2),
        "this" if c.norm(i + 1) == "past" => ("last", i + 2),
        "last" | "past" | "previous" => ("last", i + 1),
        "this" | "current" | "coming" => ("this", i + 1),
        "next" | "following" => ("next", i + 1),
        _ => return None,
    };
    // "the past two weeks", "the next three months": whole units beside
    // the current one.
    if matches!(
        word,
        "last" | "past" | "previous" | "next" | "coming" | "following"
    ) {
        if let Some((n, after)) = count_at(c, unit_at) {
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
fn vague_span(c: &Ctx, i: usize) -> Option<DateMention> {
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
fn counted(c: &Ctx, i: usize) -> Option<DateMention> {
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

fn quarter_word(word: &str) -> Option<i8> {
    match word {
        "q1" => Some(1),
        "q2" => Some(2),
        "q3" => Some(3),
        "q4" => Some(4),
        _ => None,
    }
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

    /// Every date read in `text`, as explain prints it.
    fn all(text: &str) -> Vec<String> {
        find_dates(&tokenize(text), published())
            .iter()
            .map(|d| d.span.map_or("unresolved".into(), |s| s.display()))
            .collect()
    }

    #[test]
    fn ordinal_days_in_every_order() {
        assert_eq!(one("signed on March 3rd, 2015 in Geneva"), "2015-03-03");
        assert_eq!(one("on 15th February the"), "2025-02-15");
        assert_eq!(one("on the 15th of February the"), "2025-02-15");
        assert_eq!(one("dated February the 15th, 2019"), "2019-02-15");
        assert_eq!(one("on the twenty-first of June 2019"), "2019-06-21");
        assert_eq!(one("struck on March third 2015"), "2015-03-03");
        // The month of publication, or the one before in a past sentence.
        assert_eq!(one("paid on the 15th."), "2025-08-15");
        assert_eq!(one("paid on the 28th."), "2025-07-28");
        assert_eq!(one("will be paid on the 1st."), "2025-09-01");
        none("the fire started on the 15th floor");
        none("a church from the 15th century");
    }

    #[test]
    fn counts_in_digits_or_words_with_ago_and_in() {
        assert_eq!(one("it came 7 days ago"), "2025-08-12");
        assert_eq!(one("it came seven days ago"), "2025-08-12");
        assert_eq!(one("the vote is in 7 days"), "2025-08-26");
        assert_eq!(one("they will meet in three months"), "2025-11");
        assert_eq!(one("due 5 days from now"), "2025-08-24");
        assert_eq!(one("a ruling within two weeks"), "2025-08-19..2025-09-05");
        none("the highest level in 10 years");
        none("prices have doubled in five years");
        none("in 10 days of fighting");
        // "later" counts from the date the sentence gave, not publication.
        assert_eq!(
            all("seized on March 3, and two days later it fell"),
            ["2025-03-03", "2025-03-05"]
        );
        assert_eq!(one("three days later it fell"), "unresolved");
    }

    #[test]
    fn lower_case_months_only_beside_a_day_or_year() {
        assert_eq!(one("the vote on march 3, lawmakers said"), "2025-03-03");
        assert_eq!(one("arrived in march 2015 at"), "2015-03");
        assert_eq!(one("set for may 4, 2026."), "2026-05-04");
        assert_eq!(one("the deadline of 3 march, they said"), "2025-03-03");
        none("prices may rise");
        none("they march on the capital");
        assert_eq!(all("they will march on Monday"), ["2025-08-25"]);
        assert_eq!(all("the march 3 years ago"), ["2021-01-01..2023-12-31"]);
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(one("dated 3/3/2015 were"), "2015-03-03");
        assert_eq!(one("dated 25/12/2019."), "2019-12-25");
        assert_eq!(one("due 10/31/1974 it"), "1974-10-31");
        assert_eq!(one("dated 4/5/2021 it"), "2021-04-05");
        assert_eq!(one("filed 7/14/22 it"), "2022-07-14");
        assert_eq!(one("filed 7/14/98 it"), "1998-07-14");
        assert_eq!(one("reviewed in 2/2013."), "2013-02");
        assert_eq!(one("the figures for 2014-10 were"), "2014-10");
        assert_eq!(one("signed on 2015-3-3 in"), "2015-03-03");
        assert_eq!(one("signed on 31.12.2020 it"), "2020-12-31");
        assert_eq!(one("in 2024-25 the club"), "2024-01-01..2025-12-31");
        none("a 3/4 majority");
        none("3/4 of voters");
        none("the 2024-25 season");
        none("the 2011-12 season");
        none("issued on 2023-02-30.");
        none("32/13/2020 is no date");
    }

    #[test]
    fn quarters_and_halves() {
        assert_eq!(one("sales rose this quarter."), "2025-07-01..2025-09-30");
        assert_eq!(one("sales rise next quarter."), "2025-10-01..2025-12-31");
        assert_eq!(one("sales fell last quarter."), "2025-04-01..2025-06-30");
        assert_eq!(one("in the 3rd quarter."), "2025-07-01..2025-09-30");
        assert_eq!(one("third-quarter profits rose"), "2025-07-01..2025-09-30");
        assert_eq!(
            one("in the last quarter of 2024."),
            "2024-10-01..2024-12-31"
        );
        assert_eq!(one("in the first half of 2024."), "2024-01-01..2024-06-30");
        none("in the first half of the match");
    }

    #[test]
    fn one_set_of_modifiers_for_every_unit() {
        for (text, value) in [
            ("over the past week.", "2025-08-11..2025-08-17"),
            ("in the previous week.", "2025-08-11..2025-08-17"),
            ("during the current week.", "2025-08-18..2025-08-24"),
            ("the following week.", "2025-08-25..2025-08-31"),
            ("the current year.", "2025"),
            ("the previous month.", "2025-07"),
            ("the coming year.", "2025"),
            ("this past weekend.", "2025-08-16..2025-08-17"),
            ("over the past two weeks.", "2025-08-04..2025-08-17"),
            ("the next three months.", "2025-09-01..2025-11-30"),
            ("in the last two years.", "2023-01-01..2024-12-31"),
            ("in the past 10 days.", "2025-08-09..2025-08-18"),
        ] {
            assert_eq!(one(text), value, "{text}");
        }
        // "the following year" follows the sentence's own date.
        assert_eq!(
            all("elected in 2010 and gone the following year."),
            ["2010", "2011"]
        );
        none("the last week of the talks");
    }

    #[test]
    fn phrases_of_several_parts_are_read_whole() {
        assert_eq!(one("the day after tomorrow."), "2025-08-21");
        assert_eq!(one("the day before yesterday."), "2025-08-17");
        assert_eq!(one("the last Monday of March."), "2025-03-31");
        assert_eq!(one("the first Tuesday of November 2023."), "2023-11-07");
        assert_eq!(one("the last day of October 2015."), "2015-10-31");
        assert_eq!(one("on Monday, August 18, 2025."), "2025-08-18");
        assert_eq!(one("on Saturday the 16th."), "2025-08-16");
        assert_eq!(one("on Friday after next."), "2025-08-29");
        assert_eq!(one("on Wednesday of next week."), "2025-08-27");
        assert_eq!(one("the week of August 4."), "2025-08-04..2025-08-10");
        assert_eq!(one("from July 13 to 15."), "2025-07-13..2025-07-15");
        assert_eq!(one("held 13-15 September."), "2025-09-13..2025-09-15");
        assert_eq!(one("in mid-2024, it"), "2024-05-01..2024-08-31");
        assert_eq!(one("in the spring of 2024."), "2024-03-01..2024-05-31");
        assert_eq!(one("on the first of next month."), "2025-09-01");
        assert_eq!(one("on Christmas Eve 2024."), "2024-12-24");
    }

    #[test]
    fn a_date_without_a_year_falls_near_publication() {
        let at = |text: &str, p: Date| {
            let dates = find_dates(&tokenize(text), Some(p));
            dates[0].span.map(|s| s.display()).unwrap_or_default()
        };
        let january = Date::new(2026, 1, 7).unwrap();
        assert_eq!(at("the plant shut in December.", january), "2025-12");
        assert_eq!(at("talks will resume in December.", january), "2026-12");
        let november = Date::new(2023, 11, 2).unwrap();
        assert_eq!(at("it will open on January 20.", november), "2024-01-20");
        assert_eq!(at("it opened on January 20.", november), "2023-01-20");
        assert_eq!(
            at("revenue fell in the fourth quarter.", january),
            "2025-10-01..2025-12-31"
        );
    }

    /// Whatever the words and however near the calendar's edges the
    /// publication date lies, the reader neither panics nor points past the
    /// sentence.
    #[test]
    fn no_panic_at_the_edges_of_the_calendar() {
        let words = "the day after tomorrow last Monday of March 3rd , 2015 15th February \
            the 31st of 9999 -9999 99999999999 years ago in 99999999999 quarters next \
            99999999999 years past 99999999999 quarters Friday after next week of \
            Dec 31 - Jan 1 , 12/31/99 31.12.9999 2200-12 2199-00 Q4 2200 third-quarter \
            Christmas Eve mid - 2200 late December the first half of 2200 spring of 1000 \
            in the coming weeks since May on the 31st two days later the following year";
        let tokens = tokenize(words);
        for p in [
            None,
            Some(Date::MIN),
            Some(Date::MAX),
            Some(Date::new(2024, 2, 29).unwrap()),
        ] {
            for start in 0..tokens.len() {
                for end in start..=tokens.len().min(start + 8) {
                    let window = &tokens[start..end];
                    for d in find_dates(window, p) {
                        assert!(d.first < d.last && d.last <= window.len(), "{d:?}");
                    }
                }
            }
        }
    }
}

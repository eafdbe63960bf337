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

mod absolute_forms;
mod relative_forms;

use std::sync::LazyLock;

use jiff::civil::Date;
use jiff::Span;
use serde::Serialize;

use crate::normalise::calendar::{ordinal_value, ABBREVIATED, MONTHS, ORDINALS, WEEKDAYS};
use crate::normalise::number::may_open_number;
use crate::normalise::quantity::{is_determiner, is_function_word};
use crate::normalise::senses::{tells_a_state, verb_lemma};
use crate::normalise::tokens::{compound_hyphen, Token, TokenKind, Words};
use crate::normalise::verbs::past_shaped;

use absolute_forms::{
    day_first, holiday, month_first, nth_of_month, numeric, quarter_or_half, season_of_year,
    week_of, HOLIDAYS,
};
use relative_forms::{counted, day_word, unit_relative, vague_span, weekday_date};

/// How finely a date is known.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
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
    /// A night: from the evening of its first day into the early hours of
    /// the next ("overnight on Saturday", "the early hours of Sunday").
    Night,
}

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
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
            Precision::Quarter | Precision::Range | Precision::Night => {
                format!("{}..{}", self.start, self.end)
            }
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
    /// For a date "since" opens, the span it named before it became the
    /// time from then until publication: when a state began.
    pub since: Option<DateSpan>,
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

/// Whether the verb a date at token `at` follows is a past form ("will
/// close … after the board voted on Monday night"): the sentence's future
/// is not that date's; nor is a plan told in the past ("had been due to
/// take place on Sunday"). The verb is the first word before the date,
/// within its clause (eight words besides function words, a hyphenated
/// compound counting as its words: "told a briefing for harbour users in
/// Pellbrook on Wednesday that it would publish"), shaped like a past
/// form; "will be closed on Monday" and "to be voted on" stay in the
/// future.
fn told_in_the_past(tokens: &[Token], at: usize) -> bool {
    let mut content_words = 0;
    let verb = tokens[..at]
        .iter()
        .enumerate()
        .rev()
        // "staged a four-hour walkout on Wednesday": a hyphen inside a
        // compound is no clause break.
        .take_while(|&(k, t)| t.kind == TokenKind::Word || compound_hyphen(tokens, k))
        .take_while(|(_, t)| {
            if !is_function_word(&t.norm) {
                content_words += 1;
            }
            content_words <= 8
        })
        .find(|&(k, t)| !t.capitalised && (tells_a_plan(tokens, k) || is_past_verb(tokens, k)));
    // The nearest verb before the date tells its time: "did not confirm
    // whether surgery will resume on Monday" is a plan, "had been due to
    // take place on Sunday" a plan told in the past.
    let told_past = verb.is_some_and(|(k, _)| {
        if tells_a_plan(tokens, k) {
            return k.checked_sub(1).is_some_and(|b| {
                matches!(tokens[b].norm.as_str(), "was" | "were" | "been" | "had")
            });
        }
        // "would stay closed on Monday": a participle after the base
        // form of a verb of state takes that verb's time.
        let mut before = k.checked_sub(1);
        if let Some(b) = before.filter(|&b| {
            let w = tokens[b].norm.as_str();
            verb_lemma(w, None) == Some(w) && tells_a_state(w)
        }) {
            before = b.checked_sub(1);
        }
        !before.is_some_and(|b| {
            matches!(
                tokens[b].norm.as_str(),
                "be" | "being" | "will" | "would" | "shall" | "to"
            )
        })
    });
    told_past || opens_a_past_sentence(tokens, at)
}

/// Whether token `k` is a word of the future that governs the clause ("will",
/// "is due to", "planned for"), not one qualifying the noun after it ("did
/// not halt planned surgery").
fn tells_a_plan(tokens: &[Token], k: usize) -> bool {
    let qualifies_a_noun = tokens
        .get(k + 1)
        .is_some_and(|n| n.kind == TokenKind::Word && !n.capitalised && !is_function_word(&n.norm))
        && past_shaped(&tokens[k].norm);
    FUTURE_MARKERS.contains(&tokens[k].norm.as_str()) && !qualifies_a_noun
}

/// Whether token `k` is a past form of a verb ("registered", "sank"; not
/// "hundred", nor "the delayed vote", a participle qualifying a noun) or a
/// past auxiliary ("did not halt … until Monday").
fn is_past_verb(tokens: &[Token], k: usize) -> bool {
    let word = tokens[k].norm.as_str();
    matches!(word, "was" | "were" | "been" | "had" | "did")
        || (past_shaped(word)
            && verb_lemma(word, None).is_some()
            && !k
                .checked_sub(1)
                .is_some_and(|b| is_determiner(&tokens[b].norm)))
}

/// A date in the phrase opening its sentence ("By Tuesday evening, 23
/// residents had registered") is told in the tense of the sentence's first
/// verb after it: a later "has set aside Thursday" does not make it a plan.
fn opens_a_past_sentence(tokens: &[Token], at: usize) -> bool {
    let opening = tokens[..at]
        .iter()
        .all(|t| t.kind == TokenKind::Word && is_function_word(&t.norm));
    if !opening {
        return false;
    }
    // A relative clause on the way ("On Friday the board, which had
    // approved the plan, will meet") tells its own time.
    let mut in_relative_clause = false;
    (at..tokens.len().min(at + 16))
        .find(|&k| {
            let t = &tokens[k];
            let word = t.norm.as_str();
            if matches!(word, "which" | "who" | "whom" | "whose") {
                in_relative_clause = true;
            } else if t.kind != TokenKind::Word {
                in_relative_clause = false;
            }
            !in_relative_clause
                && !t.capitalised
                && (tells_a_plan(tokens, k) || is_past_verb(tokens, k))
        })
        .is_some_and(|k| !tells_a_plan(tokens, k))
}

/// Finds the dates in a tokenized sentence; `published` resolves relative
/// ones and gives the year to dates written without one.
pub fn find_dates(tokens: &[Token], published: Option<Date>) -> Vec<DateMention> {
    let future = speaks_of_the_future(tokens.iter().map(|t| t.norm.as_str()));
    let mut c = Ctx {
        tokens,
        p: published,
        future,
        anchor: None,
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !may_open_date(&tokens[i]) {
            debug_assert!(
                read_date(&c, i).is_none(),
                "a date opens at {:?}",
                tokens[i].norm
            );
            i += 1;
            continue;
        }
        c.future = future && !told_in_the_past(tokens, i);
        match read_date(&c, i) {
            Some(mut mention) => {
                // "since May": from then until publication.
                if mention.first > 0 && tokens[mention.first - 1].norm == "since" {
                    mention.first -= 1;
                    mention.since = mention.span;
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

/// The night a mention of one day tells, if it tells one, in a sentence
/// whose folded token `k` is `word(k)`: its own ("overnight on Saturday", "Saturday
/// night", "the night of 17 May"), which ends in the next day, or the one
/// before it ("the early hours of Sunday"). A count told of a night is told
/// of the day the night falls on; the mention itself still reads as its
/// day.
pub fn night_of<'w>(
    word: impl Fn(usize) -> Option<&'w str>,
    mention: &DateMention,
) -> Option<DateSpan> {
    let day = mention
        .span
        .filter(|s| s.precision == Precision::Day)?
        .start;
    let word = |k: usize| word(k).unwrap_or_default();
    let before = |n: usize| mention.first.checked_sub(n).map_or("", word);
    let overnight_before =
        before(1) == "overnight" || (before(1) == "on" && before(2) == "overnight");
    let night_of = before(1) == "of" && before(2) == "night";
    let night_after =
        (mention.first + 1..=mention.last).any(|k| matches!(word(k), "night" | "overnight"));
    // "the early hours of Sunday", "overnight into Sunday": Saturday's.
    let early_hours = (before(1) == "of" && before(2) == "hours" && before(3) == "early")
        || (before(1) == "into" && before(2) == "overnight");
    let start = if overnight_before || night_of || night_after {
        day
    } else if early_hours {
        day.yesterday().ok()?
    } else {
        return None;
    };
    Some(DateSpan {
        start,
        end: start.tomorrow().ok()?,
        precision: Precision::Night,
    })
}

/// The words a date read at a token can open with, by rule of `read_plain`
/// and `day_beside`: "the" and "day" ("the day after tomorrow", "the 15th
/// of May", "the week of ..."), the first words of holidays, "last" and
/// ordinals ("the last Monday of March", "third quarter"), month and weekday
/// names and abbreviations in any case, "q1".."q4", the day words, the
/// seasons, the modifiers of units ("earlier this year", "the coming
/// weeks"), "in"/"over"/"within" ("in the coming weeks", "within two
/// weeks"); the counts of "7 days ago" are left to `may_open_number`.
static OPENING_WORDS: LazyLock<Words> = LazyLock::new(|| {
    let holidays = HOLIDAYS.iter().map(|(words, ..)| words[0]);
    MONTHS
        .iter()
        .chain(&ABBREVIATED)
        .chain(&WEEKDAYS)
        .chain(&ORDINALS)
        .copied()
        .chain(holidays)
        .chain(["the", "day", "last", "twenty", "thirty", "thirtieth"])
        .chain(["q1", "q2", "q3", "q4"])
        .chain(["yesterday", "today", "tonight", "tomorrow"])
        .chain(["spring", "summer", "autumn", "fall", "winter"])
        .chain(["earlier", "later", "this", "past", "previous", "current"])
        .chain(["coming", "next", "following"])
        .chain(["in", "over", "within", "a", "an"])
        .collect()
});

/// Whether any date may open at `t`; false means every rule of `read_date`
/// fails there. Dates are tried at every token, and most tokens open none:
/// one or two set look-ups rule them out before every rule is tried.
fn may_open_date(t: &Token) -> bool {
    may_open_number(t)
        || OPENING_WORDS.contains(t.norm.as_str())
        // "August's", "Friday's", "summer's"
        || t.norm
            .strip_suffix("'s")
            .is_some_and(|bare| OPENING_WORDS.contains(bare))
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

    /// A year after a date: "2025" or ", 2025", or one named from the
    /// publication's ("14 March last year"), with the next index.
    fn year_after(&self, i: usize) -> Option<(i16, usize)> {
        if let Some(y) = self.year(i) {
            return Some((y, i + 1));
        }
        if self.norm(i + 1) == "year" {
            let shift = match self.norm(i) {
                "last" => -1,
                "this" => 0,
                "next" => 1,
                _ => return None,
            };
            return Some((self.p?.year().checked_add(shift)?, i + 2));
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

fn absolute(first: usize, last: usize, span: Option<DateSpan>) -> Option<DateMention> {
    Some(DateMention {
        first,
        last,
        span: Some(span?),
        relative: false,
        since: None,
    })
}

fn relative(first: usize, last: usize, span: Option<DateSpan>) -> DateMention {
    DateMention {
        first,
        last,
        span,
        relative: true,
        since: None,
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
        since: None,
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
        since: None,
    })
}

#[cfg(test)]
mod tests;

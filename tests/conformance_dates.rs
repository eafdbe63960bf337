//! Dates as news writes them, scored: each case in `tests/data/dates_news.json`
//! is a sentence, the day it was published, and the date (or dates) the
//! pipeline should read in it, written as `crosscheck explain` prints them
//! ("2025-08-18", "2025-08", "2025", "2025-08-11..2025-08-17"). The sentence
//! goes through the whole pipeline (a one-sentence document with that
//! publication date), and a case counts when the dates read from it are
//! exactly the expected ones, in order, with no stray piece.
//!
//! The cases are our own sentences, spread over the phrase classes news uses
//! (absolute dates in every common form, ordinals, numeric forms, relative
//! days, weeks, months, quarters and years, counts with "ago" and "in",
//! weekdays, ranges, a few fixed holidays), plus silence cases: words and
//! numbers that are not dates ("Prices may rise", "a 3/4 majority", "the
//! 2024-25 season", "the worst drought in 40 years").
//!
//! Conventions the expectations follow (those of `normalise::dates`):
//! - A weekday alone is the latest on or before publication, or the next on
//!   or after it when the sentence speaks of the future; "last"/"next"
//!   Monday is strictly before/after. "On the 15th" is read the same way
//!   within the months around publication.
//! - A date written without a year takes the publication year, unless that
//!   puts it more than two months after publication in a sentence that does
//!   not speak of the future (then the year before), or more than two months
//!   before publication in one that does (then the year after).
//! - "last"/"past"/"previous" week, month, quarter or year is the calendar
//!   unit before the current one; "this"/"current" the current one;
//!   "next"/"following" the one after. Weeks run Monday to Sunday. "The past
//!   two weeks" is the two whole weeks before the current one.
//! - Counts: "7 days ago"/"in 7 days" name a day; "two weeks ago" the days
//!   three either side of the day two weeks back; months a month; "a year
//!   ago" a year; two or more years a round figure, the year before to the
//!   year after. "Two days later" and "the following year" count from the
//!   date the sentence gave before them, and without one stay unresolved
//!   ("later") or count from publication ("the following week").
//! - Numeric dates: "2015-03-03" and "2015-3-3" are year-month-day, "2014-10"
//!   a month (but "2011-12" and "2024-25", a year and the next, are a season,
//!   not a date). Slashed and dotted dates need a year. When the first number
//!   is over 12 the date is day/month ("25/12/2019"); when the second is over
//!   12 it is month/day ("10/31/1974"); when both could be a month
//!   ("4/5/2021") it is read month/day, as in the United States: an
//!   all-numeric date in English news prose is almost always American (the
//!   British and most other style guides write the month in words), and the
//!   phrase sets this suite stands in for read it that way too. A dotted date
//!   ("31.12.2020") is European and is read day.month.year.

use std::path::PathBuf;

use crosscheck::audit::{audit_documents, AuditOptions, TextKept};
use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Metadata};
use serde::Deserialize;

/// The share of cases that must be read exactly: what the reader reaches
/// (224 of 225 when this was set; the miss is "Voters go to the polls on
/// Sunday", a present tense that speaks of the future, which the reader
/// takes for the past Sunday). Never below 0.85.
const FLOOR: f64 = 0.99;

#[derive(Deserialize)]
#[serde(untagged)]
enum Expected {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
struct Case {
    class: String,
    text: String,
    published: String,
    expected: Expected,
}

impl Expected {
    fn values(&self) -> Vec<String> {
        match self {
            Expected::One(v) => vec![v.clone()],
            Expected::Many(v) => v.clone(),
        }
    }
}

fn cases() -> Vec<Case> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/dates_news.json");
    let text = std::fs::read_to_string(&path).expect("tests/data/dates_news.json");
    serde_json::from_str(&text).expect("dates_news.json is a list of cases")
}

/// The dates the pipeline reads in each case's sentence, as explain prints
/// them, with the text each was read from.
fn read(cases: &[Case]) -> Vec<Vec<(String, String)>> {
    let documents = cases
        .iter()
        .enumerate()
        .map(|(n, case)| Document {
            id: format!("case{n}"),
            path: PathBuf::from(format!("case{n}.txt")),
            text: case.text.clone(),
            body_start: 0,
            meta: Metadata {
                published: Some(case.published.parse().expect("published is YYYY-MM-DD")),
                ..Metadata::default()
            },
            origin: Vec::new(),
        })
        .collect();
    let rules = RuleSet::builtin().unwrap();
    let options = AuditOptions {
        text: TextKept::Whole,
        ..AuditOptions::default()
    };
    let audit = audit_documents(documents, Vec::new(), &rules, options);
    audit
        .documents
        .iter()
        .map(|doc| {
            doc.dates()
                .iter()
                .map(|d| {
                    let text = doc.text_at(d.start, d.end);
                    let value = d.span.map_or_else(|| "unresolved".into(), |s| s.display());
                    (text.to_string(), value)
                })
                .collect()
        })
        .collect()
}

#[test]
fn news_dates_are_read_exactly() {
    let cases = cases();
    let read = read(&cases);
    assert_eq!(read.len(), cases.len());
    let mut exact = 0;
    let mut misses = Vec::new();
    for (case, got) in cases.iter().zip(&read) {
        let values: Vec<String> = got.iter().map(|(_, v)| v.clone()).collect();
        if values == case.expected.values() {
            exact += 1;
        } else {
            misses.push(format!(
                "  [{}] {:?} ({}): expected {:?}, read {:?}",
                case.class,
                case.text,
                case.published,
                case.expected.values(),
                got
            ));
        }
    }
    let total = cases.len();
    eprintln!("news dates: {exact}/{total} exact");
    for miss in &misses {
        eprintln!("{miss}");
    }
    let score = exact as f64 / total as f64;
    assert!(
        score >= FLOOR,
        "news dates: {exact}/{total} exact ({:.1} %), under the floor of {:.1} %",
        score * 100.0,
        FLOOR * 100.0
    );
}

#[test]
fn the_suite_has_silence_cases_and_spread() {
    let cases = cases();
    let silent = cases
        .iter()
        .filter(|c| c.expected.values().is_empty())
        .count();
    assert!(silent >= 10, "only {silent} silence cases");
    let mut classes: Vec<&str> = cases.iter().map(|c| c.class.as_str()).collect();
    classes.sort();
    classes.dedup();
    assert!(classes.len() >= 15, "only {} classes", classes.len());
}

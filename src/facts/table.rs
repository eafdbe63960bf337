//! Reading a fact table: values, dates, tolerances and subjects read by
//! the same normaliser as the documents; mistakes name file, line and column.

use rustc_hash::FxHashSet;
use std::path::Path;

use jiff::civil::Date;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::extract::figure::dimension_of;
use crate::extract::figure::word_forms;
use crate::extract::Figure;
use crate::normalise::dates::{find_dates, DateSpan, Precision};
use crate::normalise::entities::find_entities;
use crate::normalise::interval::Interval;
use crate::normalise::quantity::{find_quantities, is_function_word, number_at, Quantity, Unit};
use crate::normalise::tokens::{fold, stem, tokenize, Token, TokenKind};
use crate::rules::{Dimension, RuleSet, Tolerance, Topic};
use crate::yaml::{self, YamlError};

use super::check::same_unit;
use super::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    facts: Vec<FactEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactEntry {
    id: Spanned<String>,
    about: Spanned<String>,
    #[serde(default)]
    subject: Option<Spanned<String>>,
    #[serde(default)]
    value: Option<Spanned<String>>,
    #[serde(default)]
    date: Option<Spanned<String>>,
    #[serde(default)]
    tolerance: Option<Spanned<String>>,
    #[serde(default)]
    as_of: Option<Spanned<String>>,
    #[serde(default)]
    note: Option<String>,
}

/// Reads and validates a fact table file against `rules` (which must be the
/// rules the audit uses).
pub fn load(path: &Path, rules: &RuleSet) -> Result<FactTable, FactsError> {
    let text = std::fs::read_to_string(path).map_err(|source| FactsError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(path, &text, rules)
}

/// Reads and validates a fact table's text (read from `path`, which errors
/// name).
pub fn parse(path: &Path, text: &str, rules: &RuleSet) -> Result<FactTable, FactsError> {
    let file: FactsFile = yaml::parse(path, text)?;
    let mut facts: Vec<Fact> = Vec::with_capacity(file.facts.len());
    for entry in file.facts {
        let id = entry.id.value.trim();
        if let Some(first) = facts.iter().find(|f| f.id == id) {
            return Err(YamlError::at(
                path,
                entry.id.referenced,
                format!(
                    "fact id {id:?} appears twice (first at line {})",
                    first.line
                ),
            )
            .into());
        }
        facts.push(read_fact(path, entry, rules)?);
    }
    Ok(FactTable {
        path: path.to_path_buf(),
        facts,
    })
}

fn read_fact(path: &Path, entry: FactEntry, rules: &RuleSet) -> Result<Fact, YamlError> {
    let at =
        |spot: serde_saphyr::Location| move |message: String| YamlError::at(path, spot, message);
    let id = entry.id.value.trim().to_string();
    if id.is_empty() {
        return Err(at(entry.id.referenced)("fact id is empty".into()));
    }
    let about = read_about(&entry.about.value, rules).map_err(at(entry.about.referenced))?;
    let (value, value_text) = match (&entry.value, &entry.date) {
        (Some(_), Some(date)) => {
            return Err(at(date.referenced)(format!(
                "fact {id:?} gives both `value` and `date`: a fact states one"
            )))
        }
        (None, None) => {
            return Err(at(entry.id.referenced)(format!(
                "fact {id:?} needs a `value` (a figure such as \"$90 billion\") \
                 or a `date` (2025-08-18)"
            )))
        }
        (Some(value), None) => {
            let text = value.value.trim().to_string();
            let figure = read_value(&text, &about, rules).map_err(at(value.referenced))?;
            (FactValue::Figure(Box::new(figure)), text)
        }
        (None, Some(date)) => {
            let text = date.value.trim().to_string();
            let span = read_date(&text).map_err(at(date.referenced))?;
            (FactValue::Date(span), text)
        }
    };
    let tolerance = match &entry.tolerance {
        Some(t) => Some(read_tolerance(t.value.trim(), &value, rules).map_err(at(t.referenced))?),
        None => None,
    };
    let as_of = match &entry.as_of {
        Some(a) => Some(read_day(&a.value).map_err(at(a.referenced))?),
        None => None,
    };
    let subject = match &entry.subject {
        Some(s) => Some(read_subject(&s.value, rules).map_err(at(s.referenced))?),
        None => None,
    };
    Ok(Fact {
        id,
        about,
        about_text: entry.about.value.trim().to_string(),
        subject,
        value,
        value_text,
        tolerance,
        as_of,
        note: entry.note.map(|n| n.trim().to_string()),
        path: path.to_path_buf(),
        line: entry.id.referenced.line(),
        column: entry.id.referenced.column(),
    })
}

/// A topic id, or words. Text with a `-` and no white space is taken for an
/// id and must name a topic ("deal-value"); "go-shop window" is words.
pub(super) fn read_about(text: &str, rules: &RuleSet) -> Result<About, String> {
    let written = text.trim();
    let folded = fold(written);
    if let Some(index) = rules.topics.iter().position(|t| t.id == folded) {
        return Ok(About::Topic(index));
    }
    if folded.contains('-') && !folded.contains(char::is_whitespace) {
        let closest = rules
            .topics
            .iter()
            .map(|t| (strsim::jaro_winkler(&t.id, &folded), &t.id))
            .filter(|(score, _)| *score >= 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| format!(" (did you mean {id:?}?)"))
            .unwrap_or_default();
        return Err(format!(
            "unknown topic id {written:?}{closest}; to select claims by words, \
             write them apart (\"go shop window\")"
        ));
    }
    let tokens: Vec<Token> = tokenize(written)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word && !is_function_word(&t.norm))
        .collect();
    let stems = |tokens: &mut dyn Iterator<Item = &Token>| -> Vec<String> {
        let mut words: Vec<String> = tokens.map(|t| stem(&t.norm)).collect();
        words.sort();
        words.dedup();
        words
    };
    let all = stems(&mut tokens.iter());
    if all.is_empty() {
        return Err(format!(
            "`about` {written:?} names nothing: give words (\"weapons package\") \
             or a topic id (\"deal-value\")"
        ));
    }
    let forms = word_forms(&tokens);
    let mut covered = vec![false; tokens.len()];
    let mut topics = Vec::new();
    for (index, topic) in rules.topics.iter().enumerate() {
        for trigger in &topic.triggers {
            for start in 0..forms.len().saturating_sub(trigger.len().saturating_sub(1)) {
                let here = !trigger.is_empty()
                    && trigger.iter().enumerate().all(|(k, w)| {
                        forms
                            .get(start + k)
                            .is_some_and(|(singular, stem)| w.matches(singular, stem))
                    });
                if here {
                    covered[start..start + trigger.len()].fill(true);
                    if !topics.contains(&index) {
                        topics.push(index);
                    }
                }
            }
        }
    }
    let rest = stems(
        &mut tokens
            .iter()
            .zip(&covered)
            .filter(|(_, covered)| !**covered)
            .map(|(t, _)| t),
    );
    Ok(About::Words(AboutWords { all, topics, rest }))
}

/// The single quantity in `text`, read as documents are. A bare number
/// ("12") counts what the `about` topic counts.
pub(super) fn read_value(text: &str, about: &About, rules: &RuleSet) -> Result<Figure, String> {
    let topic_index = match about {
        About::Topic(t) => Some(*t),
        About::Words(_) => None,
    };
    let topic = topic_index.and_then(|t| rules.topics.get(t));
    let tokens = tokenize(text);
    let mut found = find_quantities(&tokens, rules);
    let quantity = match found.len() {
        1 => found.remove(0),
        0 => match number_at(&tokens, 0) {
            Some((n, next)) if next == tokens.len() => Quantity {
                first: 0,
                last: next,
                interval: Interval::closed(n, n),
                unit: Unit::Count(String::new()),
                head: None,
                modifiers: Vec::new(),
                contents: Vec::new(),
                per: None,
                head_token: None,
                hedge: None,
                frame: None,
                determiner_like: false,
                partitive: false,
                loose: false,
            },
            _ => {
                return Err(format!(
                    "value {text:?} holds no quantity the normaliser can read: write a number \
                     with its unit (\"$90 billion\", \"40 minutes\", \"12 people\", \"about 20%\")"
                ))
            }
        },
        n => {
            return Err(format!(
                "value {text:?} holds {n} quantities: a fact states one"
            ))
        }
    };
    let unit = match quantity.unit {
        Unit::Count(class) if class.is_empty() => match topic.and_then(|t| t.counts.first()) {
            Some(class) => Unit::Count(class.clone()),
            None => {
                return Err(format!(
                    "value {text:?} has no unit: write what it counts (\"12 people\"), \
                         or use a topic id that counts something as `about`"
                ))
            }
        },
        unit => unit,
    };
    if let Some(topic) = topic {
        fits_topic(&unit, topic).map_err(|why| format!("value {text:?} {why}"))?;
    }
    Ok(Figure {
        interval: quantity.interval,
        unit,
        topic: topic_index,
        head: quantity.head,
        modifiers: quantity.modifiers,
        contents: quantity.contents,
        parts: Vec::new(),
        hedge: quantity.hedge,
        per: quantity.per,
        frame: quantity.frame,
        loose: quantity.loose,
        // A fact table's value says what is, not how a sentence told it.
        told: None,
        moved: None,
        deed: None,
        partitive: false,
    })
}

/// A value the `about` topic could never govern is a mistake in the table.
fn fits_topic(unit: &Unit, topic: &Topic) -> Result<(), String> {
    let dimension = dimension_of(unit);
    if topic.dimension != dimension && topic.dimension != Dimension::Any {
        return Err(format!(
            "is {}, but topic {:?} governs {}",
            dimension_name(dimension),
            topic.id,
            dimension_name(topic.dimension)
        ));
    }
    match unit {
        Unit::Count(class) if !topic.counts.is_empty() && !topic.counts.contains(class) => {
            Err(format!(
                "counts {class}, but topic {:?} counts {}",
                topic.id,
                topic.counts.join(", ")
            ))
        }
        _ => Ok(()),
    }
}

fn dimension_name(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Count => "a count",
        Dimension::Money => "money",
        Dimension::Percent => "a percentage",
        Dimension::Duration => "a duration",
        Dimension::Measure => "a measure",
        Dimension::Any => "any quantity",
    }
}

/// A day (2025-08-18), or one date phrase that needs no publication date
/// ("August 2025", "the fourth quarter of 2026"), read whole.
pub(super) fn read_date(text: &str) -> Result<DateSpan, String> {
    if let Ok(day) = text.parse::<Date>() {
        return Ok(DateSpan {
            start: day,
            end: day,
            precision: Precision::Day,
        });
    }
    if is_day_shape(text) {
        return Err(format!("date {text:?} is not a real calendar date"));
    }
    let tokens = tokenize(text);
    let unreadable = || {
        format!(
            "date {text:?} cannot be read: write a day (2025-08-18, \"August 18, 2025\"), \
             a month (\"August 2025\") or a year (\"2025\")"
        )
    };
    match find_dates(&tokens, None).as_slice() {
        [date] => {
            let leftover = tokens
                .iter()
                .enumerate()
                .filter(|(i, _)| !(date.first..date.last).contains(i))
                .any(|(_, t)| t.kind != TokenKind::Punct && !is_function_word(&t.norm));
            if leftover {
                return Err(unreadable());
            }
            date.span.ok_or_else(|| {
                format!(
                    "date {text:?} is relative to a publication date: \
                     write the day itself (2025-08-18)"
                )
            })
        }
        [] => Err(unreadable()),
        _ => Err(format!(
            "date {text:?} holds more than one date: a fact states one"
        )),
    }
}

fn is_day_shape(text: &str) -> bool {
    text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// `as_of`: a day.
fn read_day(text: &str) -> Result<Date, String> {
    let text = text.trim();
    text.parse::<Date>().map_err(|_| {
        if is_day_shape(text) {
            format!("`as_of` {text:?} is not a real calendar date")
        } else {
            format!("`as_of` must be a day like 2025-08-19, found {text:?}")
        }
    })
}

/// A tolerance for a value: a number in the value's own unit ("5" on "40
/// minutes" is five minutes, on "$90 billion" five dollars), a share
/// ("5%"), or an amount ("5 minutes", "$1 billion"). For a date: days
/// ("2", "2 days"). Stored in the value's base unit (days for a date).
fn read_tolerance(text: &str, value: &FactValue, rules: &RuleSet) -> Result<Tolerance, String> {
    let amount = || -> Option<Interval> {
        match find_quantities(&tokenize(text), rules).as_slice() {
            [q] if q.interval.is_point() => Some(q.interval).filter(|_| match value {
                FactValue::Figure(f) => same_unit(&q.unit, &f.unit),
                FactValue::Date(_) => matches!(q.unit, Unit::Duration { .. }),
            }),
            _ => None,
        }
    };
    match value {
        FactValue::Figure(figure) => {
            let size = figure.unit.own_unit().map_or(1.0, |(_, size)| size);
            match Tolerance::parse(text) {
                Some(Tolerance::Absolute(x)) => Ok(Tolerance::Absolute(x * size)),
                Some(share) => Ok(share),
                None => amount().map(|i| Tolerance::Absolute(i.low)).ok_or_else(|| {
                    format!(
                        "invalid tolerance {text:?}: expected a non-negative number in the value's \
                         unit (\"2\"), a share (\"5%\") or an amount like the value (\"5 minutes\")"
                    )
                }),
            }
        }
        FactValue::Date(_) => match Tolerance::parse(text) {
            Some(Tolerance::Absolute(days)) => Ok(Tolerance::Absolute(days)),
            _ => amount()
                .map(|i| Tolerance::Absolute(i.low / 86_400.0))
                .ok_or_else(|| {
                    format!(
                        "invalid tolerance {text:?}: a date's tolerance is a number of days \
                         (\"2\", \"2 days\")"
                    )
                }),
        },
    }
}

/// One entity, as a sentence would name it.
fn read_subject(text: &str, rules: &RuleSet) -> Result<Subject, String> {
    let written = text.trim();
    let tokens = tokenize(written);
    // Every word counts as written mid-sentence, so a lone name ("Kestrel") is one.
    let names: FxHashSet<String> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.trim_end_matches("'s").to_string())
        .collect();
    match find_entities(&tokens, rules, &names).as_slice() {
        [one] => Ok(Subject {
            text: written.to_string(),
            entity: one.entity.clone(),
        }),
        [] => Err(format!(
            "subject {written:?} names no entity: write a name as the documents do \
             (\"Granite Peak\") or an alias from the rules"
        )),
        _ => Err(format!(
            "subject {written:?} names more than one entity: a fact has one subject"
        )),
    }
}

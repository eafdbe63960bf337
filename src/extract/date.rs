//! Date claims: an event (its kind, taken from the topic rules' trigger
//! words, and its participants) placed at a date. Timeline table rows and
//! running text both give them; a date that only says when something was
//! *said* ("said on Tuesday") dates the statement, not the event, and is left
//! out.

use std::borrow::Cow;

use crate::extract::figure::{nearest_topic, Figure, WordForms};
use crate::extract::is_speech_verb;
use crate::normalise::dates::{DateMention, DateSpan};
use crate::normalise::quantity::Frame;
use crate::normalise::tokens::{Token, TokenKind};
use crate::rules::{RuleSet, TriggerWord};

/// How far (in tokens) an event word may stand from its date: a timeline
/// row puts the whole event in the next cell.
const EVENT_REACH: usize = 25;

/// A date claim.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DateClaim {
    /// When.
    pub span: DateSpan,
    /// What happened: the topic whose trigger stands nearest the date.
    pub event: usize,
    /// Read from a weekday or "last week" against the publication date.
    pub relative: bool,
}

impl DateClaim {
    /// The value as reports write it: "2025-08-18", "2025-08", "2025-08-10..2025-08-20".
    pub fn value_text(&self) -> String {
        self.span.display()
    }
}

/// Date claims in a tokenized sentence, each with its token span. `figures`
/// are the sentence's figures with their spans: a figure's number is not a
/// date, though "60 years ago" is one.
/// Things made or planned against an event, which an event word before them
/// only qualifies (singular forms).
const PROVISIONS: &[&str] = &[
    "barrier",
    "defence",
    "defense",
    "wall",
    "warning",
    "alert",
    "plan",
    "insurance",
    "drain",
    "shelter",
    "zone",
    "risk",
    "preparation",
    "drill",
];

/// Whether token `at` stands inside double quotes.
fn quoted(tokens: &[Token], at: usize) -> bool {
    tokens[..at.min(tokens.len())]
        .iter()
        .filter(|t| t.kind == TokenKind::Punct && t.norm == "\"")
        .count()
        % 2
        == 1
}

/// Dated events in a tokenized sentence; `lemmas` are its [`word_forms`].
pub fn extract(
    tokens: &[Token],
    lemmas: &[WordForms],
    dates: &[DateMention],
    figures: &[(usize, usize, Figure)],
    rules: &RuleSet,
) -> Vec<(usize, usize, DateClaim)> {
    // "the flood barrier", "storm defences": an event word that qualifies
    // a thing built or planned against it names no event.
    let mut lemmas = Cow::Borrowed(lemmas);
    for k in 1..lemmas.len() {
        if PROVISIONS.contains(&lemmas[k].0.as_ref()) {
            lemmas.to_mut()[k - 1] = (Cow::Borrowed(""), Cow::Borrowed(""));
        }
    }
    let taken = |d: &DateMention| {
        figures
            .iter()
            .any(|(a, b, f)| f.frame != Some(Frame::Offset) && d.first < *b && *a < d.last)
    };
    let found: Vec<(usize, usize, DateClaim, bool)> = dates
        .iter()
        .filter(|d| !taken(d))
        .filter(|d| !dates_a_statement(tokens, d))
        // "since May" opens a span of time; it does not date an event.
        .filter(|d| tokens.get(d.first).is_none_or(|t| t.norm != "since"))
        .filter(|_| !negated_sentence(tokens))
        // "today" in a quote is the speaker's day, not a dated event.
        .filter(|d| !quoted(tokens, d.first))
        .filter_map(|d| {
            let span = d.span?;
            // A date beside a toll says as of when it was counted, not when
            // an event happened: the figure carries it.
            let event = nearest_topic(&lemmas, (d.first, d.last), EVENT_REACH, rules, |t| {
                !t.cumulative
            })?;
            if makes_a_figure(&lemmas, figures, event, &rules.topics[event].triggers) {
                return None;
            }
            let possessive = d
                .last
                .checked_sub(1)
                .and_then(|k| tokens.get(k))
                .is_some_and(|t| t.norm.ends_with("'s"));
            Some((
                d.first,
                d.last,
                DateClaim {
                    span,
                    event,
                    relative: d.relative,
                },
                possessive,
            ))
        })
        .collect();
    // "the toll from Sunday's earthquake rose on Tuesday": the possessive
    // dates the event; the sentence's other dates are the count's.
    let dated_by_possessive = |event: usize| {
        found
            .iter()
            .any(|(_, _, c, possessive)| *possessive && c.event == event)
    };
    found
        .iter()
        .filter(|(_, _, claim, possessive)| *possessive || !dated_by_possessive(claim.event))
        .map(|(first, last, claim, _)| (*first, *last, claim.clone()))
        .collect()
}

/// "built 12,400 cars", "opened 12 stores": an event word whose object is a
/// figure about something else tells what was made or done, not when its
/// subject was built or opened ("a deal worth $2.8 billion" is the deal's
/// own figure and keeps its date).
fn makes_a_figure(
    lemmas: &[WordForms],
    figures: &[(usize, usize, Figure)],
    event: usize,
    triggers: &[Vec<TriggerWord>],
) -> bool {
    figures.iter().any(|(first, _, figure)| {
        figure.topic != Some(event)
            && first
                .checked_sub(1)
                .and_then(|k| lemmas.get(k))
                .is_some_and(|(singular, stem)| {
                    triggers
                        .iter()
                        .any(|t| t.len() == 1 && t[0].matches(singular, stem))
                })
    })
}

/// "have not met since", "never happened": what did not happen has no date.
fn negated_sentence(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "not" | "never" | "n't" | "didn't" | "haven't" | "hasn't"
        )
    })
}

/// "said on Tuesday", "told reporters Monday", "Tuesday, officials said".
pub fn dates_a_statement(tokens: &[Token], d: &DateMention) -> bool {
    let word = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .map_or("", |t| t.norm.as_str())
    };
    let speech = |w: &str| is_speech_verb(w) || w == "reporters";
    let before = |n: usize| word(d.first.checked_sub(n));
    speech(before(1))
        || (before(1) == "on" && speech(before(2)))
        || (speech(word(Some(d.last)))
            || (word(Some(d.last)) == "," && speech(word(Some(d.last + 2)))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::figure::word_forms;
    use crate::normalise::dates::find_dates;
    use crate::normalise::tokens::tokenize;
    use jiff::civil::Date;

    fn claims(text: &str) -> Vec<(String, String)> {
        let rules = RuleSet::builtin().unwrap();
        let tokens = tokenize(text);
        let dates = find_dates(&tokens, Some(Date::new(2025, 8, 19).unwrap()));
        let lemmas = word_forms(&tokens);
        let figures = crate::extract::figure::extract(&tokens, &lemmas, &rules);
        extract(&tokens, &lemmas, &dates, &figures, &rules)
            .into_iter()
            .map(|(_, _, c)| (c.value_text(), rules.topics[c.event].id.clone()))
            .collect()
    }

    #[test]
    fn events_are_placed_at_dates() {
        assert_eq!(
            claims("Trump called Putin on Monday."),
            [("2025-08-18".to_string(), "call-duration".to_string())]
        );
        assert_eq!(
            claims("| August 20, 2025 | Trump speaks with Putin for about 40 minutes. |"),
            [("2025-08-20".to_string(), "call-duration".to_string())]
        );
    }

    #[test]
    fn statement_dates_and_eventless_dates_are_left_out() {
        assert!(claims("The call went well, Leavitt said on Tuesday.").is_empty());
        assert!(claims("Leavitt told reporters Tuesday the call went well.").is_empty());
        assert!(claims("The weather was sunny on Monday.").is_empty());
        assert!(claims("The flood barrier was finished on Monday.").is_empty());
        assert_eq!(
            claims("The toll from Sunday's earthquake rose to 230 on Tuesday."),
            [("2025-08-17".to_string(), "magnitude".to_string())]
        );
        assert!(claims("\"The people I spoke to today were patient,\" she said.").is_empty());
        assert!(claims("They have not met since a summit in December 2019.").is_empty());
        // What was built, not when the plant was.
        assert!(claims("The plant built 12,400 cars in 2024.").is_empty());
        assert_eq!(
            claims("Kestrel agreed on Monday to buy Granite in a deal worth $2.8 billion."),
            [("2025-08-18".to_string(), "deal-value".to_string())]
        );
        // "Holdings" in a name is no stake.
        assert_eq!(
            claims(
                "The takeover of Calloqui by Ridorbri Holdings was announced on 19 August 2025."
            ),
            [("2025-08-19".to_string(), "deal-value".to_string())]
        );
        assert_eq!(
            claims("The plant, built in 1998, employs 400 people."),
            [("1998".to_string(), "founded-opened".to_string())]
        );
    }
}

//! Attribution claims: a direct quote and who said it. The speaker is the
//! name beside a speech verb ("X said", "said X", "X told reporters",
//! "according to X", "X, the press secretary, said"); "he" or "she" is the
//! person last named, when only one person was; a description ("a senior
//! official", "union officials") stays unnamed and is never guessed.

use crate::extract::{is_speech_verb, Lemmas};
use crate::normalise::entities::{names_a_setting, EntityRef, Mention};
use crate::normalise::quantity::is_function_word;
use crate::normalise::tokens::{normalise_quote, Token, TokenKind};

/// Who said something.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Speaker {
    /// A named person or organisation.
    Named(EntityRef),
    /// A description with no name ("a senior official"), folded.
    Unnamed(String),
}

/// A quote and its speaker.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Attribution {
    /// Who said it.
    pub speaker: Speaker,
    /// The words inside the quotation marks, as written.
    pub quote: String,
    /// The quote folded for comparison: lower case, letters, digits and
    /// single spaces.
    pub normalised: String,
    /// The speaker as reports name them.
    pub speaker_name: String,
    /// The words were in quotation marks (else reported speech: "X said
    /// that ...").
    pub direct: bool,
}

/// Verbs of saying that mark a speaker beyond those that mark a source
/// anywhere, by lemma as there (whether the "-s" form counts): they report
/// speech with or without quotation marks ("warned that ..."). "according
/// to" is handled on its own.
static REPORTING: Lemmas = Lemmas::new(&[
    ("declare", true),
    ("warn", true),
    ("ask", true),
    ("reply", false),
    ("urge", true),
    ("argue", true),
    ("admit", true),
]);

/// Verbs that mark a speaker only beside a quote: without one, "continued
/// striking", "announced cuts" and "posted a loss" say what was done.
static QUOTING_ONLY: Lemmas = Lemmas::new(&[
    ("announce", true),
    ("post", false),
    ("continue", true),
    ("recall", false),
]);

/// A verb that reports speech, quoted or not.
fn reports_speech(word: &str) -> bool {
    is_speech_verb(word) || REPORTING.contains(word)
}

fn is_saying(word: &str) -> bool {
    reports_speech(word) || QUOTING_ONLY.contains(word)
}

/// Verbs after which the name that follows is the one spoken to ("told
/// reporters", "asked the minister"), not the speaker.
static NAMES_THE_LISTENER: Lemmas = Lemmas::new(&[
    ("tell", true),
    ("ask", true),
    ("urge", true),
    ("warn", true),
    ("reply", true),
]);

const PRONOUNS: &[&str] = &["he", "she"];

/// The most words a title between a speech verb and a name takes ("said
/// deputy harbour master Colin Reddaway").
const MAX_TITLE_WORDS: usize = 3;

/// Quoted passages in a sentence: byte spans of the text inside the marks.
/// Double quotes (straight or curly) pair freely; a single quote opens only
/// after a space or the start and before a letter, and closes only before a
/// space, punctuation or the end, so apostrophes ("Trump's") are not quotes.
fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        // Neighbours matter only around a quote mark: most chars are none.
        if !matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’') {
            continue;
        }
        let before = k.checked_sub(1).map(|p| chars[p].1);
        let after = chars.get(k + 1).map(|&(_, a)| a);
        let single_opens = before.is_none_or(|b| b.is_whitespace() || b == '(')
            && after.is_some_and(char::is_alphabetic);
        let single_closes = before.is_some_and(|b| !b.is_whitespace())
            && after.is_none_or(|a| !a.is_alphanumeric());
        match (open, c) {
            (None, '"' | '“') => open = Some((i + c.len_utf8(), c)),
            (None, '\'' | '‘') if single_opens => open = Some((i + c.len_utf8(), '\'')),
            (Some((start, '“')), '”') | (Some((start, '"')), '"') => {
                spans.push((start, i));
                open = None;
            }
            (Some((start, '\'')), '\'' | '’') if single_closes => {
                spans.push((start, i));
                open = None;
            }
            _ => {}
        }
    }
    spans
}

/// The last person named before, when only one person was named in the
/// last sentence that named any: what "he" or "she" can safely point to.
#[derive(Debug, Clone, Default)]
pub struct LastPerson(pub Option<EntityRef>);

/// Attribution claims in a sentence: `text` is the sentence, `tokens` its
/// tokens, `mentions` its names; `previous` is the speaker of a quote in the
/// sentence before (a quote broken by "he said" goes on in the next one).
pub fn extract(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    last_person: &LastPerson,
    previous: Option<&Speaker>,
) -> Vec<(usize, usize, Attribution)> {
    let spans = quoted_spans(text);
    if spans.is_empty() {
        return reported(text, tokens, mentions, last_person)
            .into_iter()
            .collect();
    }
    let inside = |t: &Token| spans.iter().any(|&(a, b)| t.start >= a && t.end <= b);
    let outside: Vec<usize> = (0..tokens.len()).filter(|&k| !inside(&tokens[k])).collect();
    let speaker = find_speaker(tokens, mentions, &outside, last_person).or_else(|| {
        // A sentence that is all quote continues the last speaker.
        let quote_only = outside.iter().all(|&k| tokens[k].kind != TokenKind::Word);
        quote_only.then(|| previous.cloned()).flatten()
    });
    let Some(speaker) = speaker else {
        return Vec::new();
    };
    spans
        .into_iter()
        .filter_map(|(a, b)| {
            let quote = text.get(a..b)?.trim();
            let normalised = normalise_quote(quote);
            // A word or two in quotation marks is a term, not a quote.
            if normalised.split(' ').count() < 4 {
                return None;
            }
            let first = tokens.iter().position(|t| t.start >= a)?;
            let last = tokens.iter().rposition(|t| t.end <= b)? + 1;
            Some((
                first,
                last,
                Attribution {
                    speaker: speaker.clone(),
                    quote: quote.to_string(),
                    normalised,
                    speaker_name: String::new(),
                    direct: true,
                },
            ))
        })
        .collect()
}

/// Reported speech: "X said (that) <statement>" or "<statement>, X said".
fn reported(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    last_person: &LastPerson,
) -> Option<(usize, usize, Attribution)> {
    // "which analysts say was smooth": a relative clause reports no speech
    // of its own. Most sentences have no saying verb: look for one before
    // anything else.
    let relative = |k: usize| {
        tokens[k.saturating_sub(3)..k]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "which" | "who" | "whom" | "that"))
    };
    let verb = (0..tokens.len()).find(|&k| reports_speech(&tokens[k].norm) && !relative(k))?;
    let all: Vec<usize> = (0..tokens.len()).collect();
    let speaker = find_speaker(tokens, mentions, &all, last_person)?;
    let words = |from: usize, to: usize| {
        tokens[from..to]
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .count()
    };
    let end = tokens.len() - usize::from(tokens.last().is_some_and(|t| t.kind == TokenKind::Punct));
    // After the verb: skip "that", "reporters", "on Tuesday".
    let mut start = verb + 1;
    while tokens.get(start).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "that" | "reporters" | "journalists" | "on" | "in" | "a" | "statement"
        ) || t.capitalised && start == verb + 1 && mentions.iter().any(|m| m.first == start)
    }) {
        if let Some(m) = mentions.iter().find(|m| m.first == start) {
            start = m.last;
        } else {
            start += 1;
        }
    }
    let (first, last) = if start < end && words(start, end) >= 5 && tokens[start].norm != "," {
        (start, end)
    } else {
        // Before the attribution: "<statement>, X said."
        let comma = tokens[..verb].iter().rposition(|t| t.norm == ",")?;
        if words(0, comma) < 5 {
            return None;
        }
        (0, comma)
    };
    let quote = text
        .get(tokens[first].start..tokens[last - 1].end)?
        .to_string();
    Some((
        first,
        last,
        Attribution {
            speaker,
            normalised: normalise_quote(&quote),
            quote,
            speaker_name: String::new(),
            direct: false,
        },
    ))
}

/// The speaker beside a speech verb outside the quotes.
fn find_speaker(
    tokens: &[Token],
    mentions: &[Mention],
    outside: &[usize],
    last_person: &LastPerson,
) -> Option<Speaker> {
    let is_outside = |k: usize| outside.contains(&k);
    let mention_at = |k: usize| mentions.iter().find(|m| (m.first..m.last).contains(&k));
    for &k in outside {
        let word = tokens[k].norm.as_str();
        // "according to X"
        if word == "according" && tokens.get(k + 1).is_some_and(|t| t.norm == "to") {
            return speaker_after(tokens, mentions, k + 2, &is_outside);
        }
        if !is_saying(word) {
            continue;
        }
        // "said X", "said Ushakov, a Kremlin aide" (but "told X" names the
        // listener).
        let listener_follows = NAMES_THE_LISTENER.contains(word);
        if let Some(m) = tokens
            .get(k + 1)
            .and_then(|_| mention_at(k + 1))
            .filter(|_| !listener_follows)
        {
            if is_outside(k + 1) {
                return Some(Speaker::Named(m.entity.clone()));
            }
        }
        // "said harbourmaster Colin Reddaway", "said police spokeswoman Ada
        // Lin", "said Sen. Ben Sasse": a title between the verb and the name.
        let titled = mentions.iter().find(|m| {
            m.first > k + 1
                && m.first <= k + MAX_TITLE_WORDS + 1
                && is_outside(m.first)
                && tokens[k + 1..m.first].iter().all(|t| {
                    t.norm == "." || (t.kind == TokenKind::Word && !is_function_word(&t.norm))
                })
        });
        if let Some(m) = titled.filter(|_| !listener_follows) {
            return Some(Speaker::Named(m.entity.clone()));
        }
        // "X said", "X, the press secretary, said", "he said", "officials said"
        // Walking back from the verb: names inside an apposition (", the
        // White House press secretary,") are skipped; the speaker stands
        // before it.
        let mut j = k;
        let mut commas = 0;
        let mut crossed_apposition = false;
        while j > 0 && is_outside(j - 1) {
            j -= 1;
            let t = &tokens[j];
            if let Some(m) = mention_at(j) {
                // "Officials in Kessar urged": a name after a preposition
                // places the speaker; it is not the speaker.
                if commas != 1 && !names_a_setting(tokens, m) {
                    return Some(Speaker::Named(m.entity.clone()));
                }
                j = m.first;
                continue;
            }
            if PRONOUNS.contains(&t.norm.as_str()) && commas == 0 {
                return last_person.0.clone().map(Speaker::Named);
            }
            if t.norm == "," {
                commas += 1;
                crossed_apposition = true;
                if commas > 2 {
                    break;
                }
                continue;
            }
            if t.kind != TokenKind::Word {
                break;
            }
            // A description: "a senior official said", "union officials said".
            if !crossed_apposition && SPEAKER_NOUNS.contains(&t.norm.as_str()) {
                let start = (j.saturating_sub(3)..j)
                    .find(|&s| (s..j).all(|x| tokens[x].kind == TokenKind::Word && is_outside(x)))
                    .unwrap_or(j);
                let words: Vec<&str> = tokens[start..=j].iter().map(|t| t.norm.as_str()).collect();
                return Some(Speaker::Unnamed(words.join(" ")));
            }
        }
        // "…," said the president. — a description closing the sentence.
        if let Some(t) = tokens
            .get(k + 1)
            .filter(|_| is_outside(k + 1) && !listener_follows)
        {
            if t.norm == "the" {
                let words: Vec<&str> = tokens[k + 1..]
                    .iter()
                    .take(4)
                    .take_while(|t| t.kind == TokenKind::Word)
                    .map(|t| t.norm.as_str())
                    .collect();
                let closes = tokens
                    .get(k + 1 + words.len())
                    .is_none_or(|t| t.kind == TokenKind::Punct);
                if closes && words.last().is_some_and(|w| SPEAKER_NOUNS.contains(w)) {
                    return Some(Speaker::Unnamed(words.join(" ")));
                }
            }
        }
    }
    None
}

fn speaker_after(
    tokens: &[Token],
    mentions: &[Mention],
    k: usize,
    is_outside: &dyn Fn(usize) -> bool,
) -> Option<Speaker> {
    let m = mentions.iter().find(|m| m.first >= k && m.first <= k + 2)?;
    (is_outside(m.first) && tokens.get(m.first).is_some()).then(|| Speaker::Named(m.entity.clone()))
}

/// Nouns for people who speak without being named.
const SPEAKER_NOUNS: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "source",
    "sources",
    "adviser",
    "advisers",
    "aide",
    "aides",
    "diplomat",
    "diplomats",
    "analyst",
    "analysts",
    "minister",
    "ministry",
    "person",
    "people",
    "resident",
    "residents",
    "witness",
    "witnesses",
    "statement",
    "police",
    "leader",
    "leaders",
    "executive",
    "president",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::entities::find_entities;
    use crate::normalise::tokens::tokenize;
    use crate::rules::RuleSet;
    use rustc_hash::FxHashSet;

    fn quotes(text: &str, last: Option<&str>) -> Vec<String> {
        let rules = RuleSet::builtin().unwrap();
        let tokens = tokenize(text);
        let mentions = find_entities(&tokens, &rules, &FxHashSet::default());
        let name = |e: &EntityRef| match e {
            EntityRef::Known(i) => rules.entities[*i].id.clone(),
            EntityRef::Unknown(n) => n.clone(),
        };
        let last_person = LastPerson(last.map(|l| EntityRef::Unknown(l.to_string())));
        extract(text, &tokens, &mentions, &last_person, None)
            .into_iter()
            .map(|(_, _, a)| match a.speaker {
                Speaker::Named(e) => format!("{}: {}", name(&e), a.normalised),
                Speaker::Unnamed(d) => format!("({d}): {}", a.normalised),
            })
            .collect()
    }

    #[test]
    fn speakers_beside_speech_verbs() {
        assert_eq!(
            quotes("\"We will not give up any land,\" Zelensky said.", None),
            ["volodymyr-zelensky: we will not give up any land"]
        );
        assert_eq!(
            quotes("“We will not give up any land,” said Zelenskyy.", None),
            ["volodymyr-zelensky: we will not give up any land"]
        );
        assert_eq!(
            quotes(
                "Leavitt told reporters: \"The president wants this war to end.\"",
                None
            ),
            ["karoline-leavitt: the president wants this war to end"]
        );
        assert_eq!(
            quotes("Karoline Leavitt, the White House press secretary, said: \"The talks went very well indeed.\"", None),
            ["karoline-leavitt: the talks went very well indeed"]
        );
    }

    #[test]
    fn pronouns_resolve_only_when_safe_and_descriptions_stay_unnamed() {
        assert_eq!(
            quotes(
                "\"We are ready to meet at any time,\" he said.",
                Some("anna kovac")
            ),
            ["anna kovac: we are ready to meet at any time"]
        );
        assert!(quotes("\"We are ready to meet at any time,\" he said.", None).is_empty());
        assert_eq!(
            quotes(
                "\"We are ready to meet at any time,\" a senior official said.",
                None
            ),
            ["(a senior official): we are ready to meet at any time"]
        );
    }

    #[test]
    fn single_quotes_are_quotes_and_apostrophes_are_not() {
        assert_eq!(
            quotes(
                "'We can certainly help in the co-ordination,' Leavitt told reporters Tuesday.",
                None
            ),
            ["karoline-leavitt: we can certainly help in the co ordination"]
        );
        assert!(quotes("Trump's team said it's Putin's move now.", None).is_empty());
    }

    #[test]
    fn every_finite_form_of_a_speech_verb_marks_the_speaker() {
        let speaker = |text: &str| {
            let found = quotes(text, None);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            found[0].split(':').next().unwrap().to_string()
        };
        assert_eq!(
            speaker("\"We need more pumps tonight,\" Mayor Ines Calloway adds."),
            "ines calloway"
        );
        assert_eq!(
            speaker("Residents say \"the river has never come this high\" in the valley."),
            "(residents)"
        );
        // A title between the verb and the name.
        assert_eq!(
            speaker("\"The wall will hold for now,\" said harbourmaster Colin Reddaway."),
            "colin reddaway"
        );
        assert_eq!(
            speaker("\"We will appeal this ruling today,\" Sen. Ben Sasse announced."),
            "ben sasse"
        );
    }

    #[test]
    fn nouns_participles_and_relative_clauses_report_no_speech() {
        for text in [
            "Heads of state met in the capital to discuss the bridge and the tolls.",
            "The merger, which analysts say was rushed, closed on Friday after a long review.",
            "Russia continued striking cities across the region through the night.",
            "Insurance claims were filed by thousands of residents after the flood.",
        ] {
            assert!(quotes(text, None).is_empty(), "{text}");
        }
    }

    #[test]
    fn reported_speech_has_a_speaker_too() {
        assert_eq!(
            quotes(
                "Rutte said that the alliance would not send troops to the region.",
                None
            ),
            ["mark-rutte: the alliance would not send troops to the region"]
        );
        assert_eq!(
            quotes(
                "The alliance would not send troops to the region, Rutte said.",
                None
            ),
            ["mark-rutte: the alliance would not send troops to the region"]
        );
    }

    #[test]
    fn listeners_are_not_speakers() {
        assert!(quotes(
            "\"We will not walk away from this city now,\" he told Radio Halverton.",
            None
        )
        .is_empty());
        assert!(quotes(
            "Staff said the evening rush was the busiest they could remember.",
            None
        )
        .is_empty());
    }

    #[test]
    fn a_name_after_a_preposition_places_the_speaker() {
        assert_eq!(
            quotes(
                "Officials in Kessar urged people to avoid travelling unless their journey was essential.",
                None
            ),
            ["(officials): people to avoid travelling unless their journey was essential"]
        );
    }

    #[test]
    fn short_scare_quotes_are_not_quotes() {
        assert!(quotes("Lavrov called him \"this character\" on Tuesday.", None).is_empty());
    }
}

//! Role claims: a person and the title a document gives them ("former
//! President Donald Trump", "Karoline Leavitt, the White House press
//! secretary", "Trump's special envoy Steve Witkoff"), as of the document's
//! date.

use crate::normalise::entities::{is_person, EntityRef, Mention};
use crate::normalise::quantity::is_function_word;
use crate::normalise::tokens::{Token, TokenKind};
use crate::rules::RuleSet;

/// A role claim.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RoleClaim {
    /// Who.
    pub person: EntityRef,
    /// The title's head as the rules list it ("press secretary", "minister").
    pub title: String,
    /// Words qualifying it ("white house", "foreign"), folded, in order.
    pub qualifiers: Vec<String>,
    /// Written "former" (or "ex-").
    pub former: bool,
    /// The person as reports name them.
    pub person_name: String,
}

impl RoleClaim {
    fn new(person: &EntityRef, title: String, qualifiers: Vec<String>, former: bool) -> Self {
        RoleClaim {
            person: person.clone(),
            title,
            qualifiers: without_names(qualifiers),
            former,
            person_name: String::new(),
        }
    }

    /// The role as reports write it: "former president", "white house press secretary".
    pub fn role_text(&self) -> String {
        let mut words: Vec<&str> = Vec::new();
        if self.former {
            words.push("former");
        }
        words.extend(self.qualifiers.iter().map(String::as_str));
        words.push(&self.title);
        words.join(" ")
    }
}

/// Role claims in a tokenized sentence with its entity mentions, each with
/// its token span (the title through the name).
pub fn extract(
    tokens: &[Token],
    mentions: &[Mention],
    rules: &RuleSet,
) -> Vec<(usize, usize, RoleClaim)> {
    let mut found = Vec::new();
    for m in mentions.iter().filter(|m| is_person(&m.entity, rules)) {
        // Title before the name: "former Foreign Minister Sergey Lavrov".
        if let Some((start, claim)) = title_before(tokens, m, mentions, rules) {
            found.push((start, m.last, claim));
            continue;
        }
        // Title after the name: "Leavitt, the White House press secretary".
        if let Some((end, claim)) = title_after(tokens, m, rules) {
            found.push((m.first, end, claim));
        }
    }
    found
}

/// The title phrase ending right before `end` (exclusive), longest first;
/// hyphens inside it are skipped ("Secretary-General").
fn title_ending_at(tokens: &[Token], end: usize, rules: &RuleSet) -> Option<(usize, String)> {
    rules.titles.iter().find_map(|title| {
        let mut k = end;
        for word in title.iter().rev() {
            while k > 0 && tokens[k - 1].norm == "-" {
                k -= 1;
            }
            if k == 0 || tokens[k - 1].norm != *word {
                return None;
            }
            k -= 1;
        }
        Some((k, title.join(" ")))
    })
}

/// The title phrase starting at `start`, longest first; hyphens skipped.
fn title_starting_at(tokens: &[Token], start: usize, rules: &RuleSet) -> Option<(usize, String)> {
    rules.titles.iter().find_map(|title| {
        let mut k = start;
        for word in title {
            while tokens.get(k).is_some_and(|t| t.norm == "-") && k > start {
                k += 1;
            }
            if tokens.get(k)?.norm != *word {
                return None;
            }
            k += 1;
        }
        Some((k, title.join(" ")))
    })
}

/// Words before a title that qualify it: capitalised words and portfolios
/// ("White House", "Foreign", "U.S."), "former", "ex", "special", "senior".
/// A sentence's first word counts only when it is a known name ("Russian
/// foreign minister"), since every first word is capitalised.
fn qualifiers_before(
    tokens: &[Token],
    mentions: &[Mention],
    mut start: usize,
    rules: &RuleSet,
) -> (usize, Vec<String>, bool) {
    let named = |k: usize| {
        mentions
            .iter()
            .any(|m| m.first <= k && k < m.last && !is_person(&m.entity, rules))
    };
    let mut words = Vec::new();
    let mut former = false;
    while start > 0 {
        let t = &tokens[start - 1];
        let word = t.norm.as_str();
        if word == "former" || word == "ex" {
            former = true;
            start -= 1;
            break;
        } else if word == "-" && start >= 2 && tokens[start - 2].norm == "ex" {
            start -= 1;
        } else if t.kind == TokenKind::Word
            && (rules.portfolios.iter().any(|p| p == word)
                || matches!(
                    word,
                    "special"
                        | "senior"
                        | "deputy"
                        | "acting"
                        | "chief"
                        | "vice"
                        | "white"
                        | "house"
                )
                || (t.capitalised && (start > 1 || named(0)) && !is_function_word(word)))
        {
            words.push(word.to_string());
            start -= 1;
        } else {
            break;
        }
        if words.len() > 3 {
            break;
        }
    }
    words.reverse();
    // Place and country names qualify where, not what: "U.S. President".
    words.retain(|w| !matches!(w.as_str(), "us" | "uk" | "u"));
    (start, words, former)
}

fn title_before(
    tokens: &[Token],
    m: &Mention,
    mentions: &[Mention],
    rules: &RuleSet,
) -> Option<(usize, RoleClaim)> {
    let (start, title) = title_ending_at(tokens, m.first, rules)?;
    let (start, qualifiers, former) = qualifiers_before(tokens, mentions, start, rules);
    Some((start, RoleClaim::new(&m.entity, title, qualifiers, former)))
}

fn title_after(tokens: &[Token], m: &Mention, rules: &RuleSet) -> Option<(usize, RoleClaim)> {
    if tokens.get(m.last)?.norm != "," {
        return None;
    }
    let mut k = m.last + 1;
    if tokens
        .get(k)
        .is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an" | "its" | "his" | "her"))
    {
        k += 1;
    }
    let mut former = false;
    let mut qualifiers = Vec::new();
    // Up to three qualifying words before the title.
    for _ in 0..4 {
        if let Some((end, title)) = title_starting_at(tokens, k, rules) {
            // The apposition must close: "…, the press secretary, said".
            let closes = tokens.get(end).is_none_or(|t| {
                matches!(
                    t.norm.as_str(),
                    "," | "." | "of" | "to" | "for" | "at" | "said" | "says" | "told" | ";"
                )
            });
            if !closes {
                return None;
            }
            return Some((end, RoleClaim::new(&m.entity, title, qualifiers, former)));
        }
        let t = tokens.get(k)?;
        match t.norm.as_str() {
            "former" | "ex" => former = true,
            "-" => {}
            w if t.kind == TokenKind::Word
                && (t.capitalised
                    || w.ends_with("'s")
                    || rules.portfolios.iter().any(|p| p == w)
                    || matches!(
                        w,
                        "special" | "senior" | "deputy" | "acting" | "chief" | "vice"
                    )) =>
            {
                qualifiers.push(w.to_string());
            }
            _ => return None,
        }
        k += 1;
    }
    None
}

/// Qualifiers that name an organisation keep their words ("white house");
/// possessives name whose role it is and are dropped ("trump's").
fn without_names(words: Vec<String>) -> Vec<String> {
    words.into_iter().filter(|w| !w.ends_with("'s")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::entities::find_entities;
    use crate::normalise::tokens::tokenize;
    use rustc_hash::FxHashSet;

    fn roles(text: &str) -> Vec<String> {
        let rules = RuleSet::builtin().unwrap();
        let tokens = tokenize(text);
        let mentions = find_entities(&tokens, &rules, &FxHashSet::default());
        extract(&tokens, &mentions, &rules)
            .into_iter()
            .map(|(_, _, r)| {
                let who = match &r.person {
                    EntityRef::Known(i) => rules.entities[*i].id.clone(),
                    EntityRef::Unknown(n) => n.clone(),
                };
                format!("{who}: {}", r.role_text())
            })
            .collect()
    }

    #[test]
    fn titles_before_names() {
        assert_eq!(
            roles("Then former President Donald Trump spoke."),
            ["donald-trump: former president"]
        );
        assert_eq!(
            roles("Then Foreign Minister Sergey Lavrov spoke."),
            ["sergey-lavrov: foreign minister"]
        );
        assert_eq!(
            roles("Then U.S. President Donald Trump spoke."),
            ["donald-trump: president"]
        );
        assert_eq!(
            roles("Then Trump's special envoy Steve Witkoff flew in."),
            ["donald-trump: president", "steve-witkoff: special envoy"]
                .iter()
                .skip(1)
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_known_name_opening_the_sentence_qualifies_the_title() {
        assert_eq!(
            roles("Russian Foreign Minister Sergey Lavrov spoke."),
            ["sergey-lavrov: russian foreign minister"]
        );
        // Any other first word is capitalised only because it comes first.
        assert_eq!(
            roles("Veteran Foreign Minister Sergey Lavrov spoke."),
            ["sergey-lavrov: foreign minister"]
        );
    }

    #[test]
    fn titles_after_names() {
        assert_eq!(
            roles("Then Karoline Leavitt, the White House press secretary, said so."),
            ["karoline-leavitt: white house press secretary"]
        );
        assert_eq!(
            roles("Then Mark Rutte, the NATO Secretary-General, spoke."),
            ["mark-rutte: nato secretary general"]
        );
        assert!(roles("Then Mark Rutte, the man in charge, spoke.").is_empty());
    }
}

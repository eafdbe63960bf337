//! Names in a sentence resolved to canonical entities through the alias rules,
//! with a fuzzy fallback (Jaro–Winkler) for spellings the rules do not list,
//! so "Zelenskyy" and "Zelenskiy" are one person and "Kyiv" speaks of Ukraine.

use rustc_hash::FxHashSet;
use std::sync::Arc;

use crate::normalise::calendar::{month_of, weekday_of};
use crate::normalise::number::is_number_word;
use crate::normalise::quantity::names_a_scale;
use crate::normalise::senses::{is_noun, names_a_person_by_post};
use crate::normalise::tokens::{compound_hyphen, possessive_end, Token, TokenKind, WordSet};
use crate::rules::{EntityKind, RuleSet};

/// How similar an unseen name must be to a known person's name to be taken
/// as a spelling of it. Measured on transliteration pairs (Zelensky/Zelenskiy
/// 0.97, Sergey/Sergei 0.92) against distinct surnames (Biden/Bidenko fails on
/// length, Putin/Pushkin 0.78).
pub const NAME_SIMILARITY: f64 = 0.92;

/// What a mention refers to.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum EntityRef {
    /// An entity from the rules (index into `RuleSet::entities`).
    Known(usize),
    /// A proper name the rules do not know, folded ("acme brewing").
    /// Shared: a claim's context copies the names of its sentence and its
    /// story, and a corpus holds millions of such copies.
    Unknown(Arc<str>),
}

/// One name found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// What it names.
    pub entity: EntityRef,
}

static NOT_NAMES: WordSet = WordSet::new(&[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "if",
    "as",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "this",
    "that",
    "these",
    "those",
    "there",
    "while",
    "after",
    "before",
    "when",
    "since",
    "despite",
    "still",
    "however",
    "meanwhile",
    "for",
    "of",
    "to",
    "by",
    "with",
    "from",
    "mr",
    "mrs",
    "ms",
    "dr",
    "his",
    "her",
    "their",
    "its",
    "our",
    "what",
    "who",
    "how",
    "why",
    "where",
    "one",
    "some",
    "many",
    "more",
    "most",
    "all",
    "no",
    "yes",
    "so",
    "then",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "also",
    "even",
    "only",
    "just",
]);

/// Whether a word has the shape of an agent noun, the head of a role no
/// rule lists (manager, prosecutor, statistician, spokeswoman, captain):
/// an agent ending after a stem of its own ("spokesman", not "man").
pub fn has_agent_ending(word: &str) -> bool {
    const AGENT_ENDINGS: &[&str] = &[
        "er", "or", "ist", "yst", "ian", "ant", "ent", "man", "woman", "person", "eer", "ee",
        "ier", "ain",
    ];
    AGENT_ENDINGS
        .iter()
        .any(|e| word.ends_with(e) && word.len() >= e.len() + 3)
}

fn is_opening_adverb(word: &str) -> bool {
    const ADVERBS: &[&str] = &[
        "later",
        "meanwhile",
        "then",
        "now",
        "earlier",
        "separately",
        "instead",
        "elsewhere",
        "afterwards",
        "afterward",
        "finally",
        "overall",
        "additionally",
        "moreover",
        "indeed",
        "also",
        "still",
        "yet",
        "besides",
        "nonetheless",
        "nevertheless",
        "today",
        "yesterday",
        "tonight",
        "there",
        "here",
        "thus",
        "hence",
        "otherwise",
    ];
    ADVERBS.contains(&word) || (word.len() > 4 && word.ends_with("ly"))
}

/// Particles that may sit inside a name ("Ursula von der Leyen").
const NAME_PARTICLES: &[&str] = &[
    "von", "der", "de", "van", "la", "le", "al", "bin", "da", "di",
];

/// Capitalised words a document uses inside sentences, where capitals mark
/// names: a sentence-initial capital is a name only if it is also one of
/// these ("Kestrel said..." when "...offer from Kestrel" appears elsewhere).
/// A word capitalised only as a title's first word ("Fire Chief Dolores
/// Okafor") is not counted: there, capitals mark the title. Nor is a kind
/// of body capitalised as the last word of a longer name ("Glenmarrow
/// Health Board") or as its first ("University of Tessmarden"): alone,
/// "Board papers put ..." is a sentence's noun.
pub fn name_lexicon<'a>(
    sentences: impl IntoIterator<Item = &'a [Token]>,
    rules: &RuleSet,
) -> FxHashSet<String> {
    let mut names = FxHashSet::default();
    for tokens in sentences {
        for (i, t) in tokens.iter().enumerate() {
            if opens_sentence(tokens, i) || !is_name_word(t) || opens_title(tokens, i, rules) {
                continue;
            }
            let body_word = is_body_word(without_possessive(&t.norm));
            let closes_a_longer_name = i > 0 && is_name_word(&tokens[i - 1]) && body_word;
            // "the University of Tessmarden", "the University Staff
            // Federation": a kind of body opening a longer name is that
            // name's first word, no name alone ("University auditors
            // flagged …").
            let opens_a_longer_name = body_word
                && match tokens.get(i + 1) {
                    Some(next) if next.norm == "of" => tokens.get(i + 2).is_some_and(is_name_word),
                    Some(next) => is_name_word(next) && !possessive(&t.norm),
                    None => false,
                };
            // "Gloose Surf School": a word inside a longer name, between
            // two of its words, is no name alone ("Surf firms offer cash").
            let inside_a_longer_name = i > 0
                && is_name_word(&tokens[i - 1])
                && !opens_title(tokens, i - 1, rules)
                && tokens.get(i + 1).is_some_and(is_name_word);
            if !closes_a_longer_name && !opens_a_longer_name && !inside_a_longer_name {
                insert_new(&mut names, without_possessive(&t.norm));
            }
        }
    }
    names
}

/// Adds `word` to `set`, copying it only when it is new: a name recurs in
/// most sentences of a document.
pub(crate) fn insert_new(set: &mut FxHashSet<String>, word: &str) {
    if !set.contains(word) {
        set.insert(word.to_string());
    }
}

/// Whether token `i` is capitalised for its place alone: the sentence's first
/// token, the first word after a colon (a timeline's row, "19 April: Fire
/// destroys the roof"), or the first word of a quote ("\"Nobody in this
/// town ...").
fn opens_sentence(tokens: &[Token], i: usize) -> bool {
    if i == 0 || tokens[i - 1].norm == ":" {
        return true;
    }
    // An opening mark stands apart from the word before it and against the
    // word after it; a closing one (`," Vasko said`) is the other way round.
    let mark = &tokens[i - 1];
    let opening = tokens[i].glued && (i == 1 || !mark.glued);
    mark.kind == TokenKind::Punct && matches!(mark.norm.as_str(), "\"" | "'") && opening
}

/// Adds the corpus's names that open one of these sentences: "Skyvane, its
/// closest rival, ..." names Skyvane when another article writes "rival
/// Skyvane", though this one never writes it mid-sentence.
pub fn add_corpus_openers<'a>(
    names: &mut FxHashSet<String>,
    sentences: impl IntoIterator<Item = &'a [Token]>,
    corpus: &FxHashSet<String>,
) {
    for tokens in sentences {
        for (i, token) in tokens.iter().enumerate() {
            let word = without_possessive(&token.norm);
            if opens_sentence(tokens, i) && corpus.contains(word) {
                insert_new(names, word);
            }
        }
    }
}

/// Adds the words shaped like a role noun that open a sentence before a
/// name ("Walter Van Dam said", "Pieter Lomasney-Graat said") and that
/// the corpus never writes in lower case: names, which [`find_entities`]
/// keeps whole, where "Curator Elin Voss said" loses a role noun the
/// corpus also writes as "the museum's curator".
pub fn add_opening_names<'a>(
    names: &mut FxHashSet<String>,
    sentences: impl IntoIterator<Item = &'a [Token]>,
    lower: &FxHashSet<String>,
) {
    for tokens in sentences {
        let [first, second, third, ..] = tokens else {
            continue;
        };
        let word = without_possessive(&first.norm);
        // "Pieter Lomasney-Graat said": a hyphen may join the surname.
        let surname_follows = is_name_word(third)
            || (compound_hyphen(tokens, 2) && tokens.get(3).is_some_and(is_name_word));
        if first.capitalised
            && is_name_word(second)
            && surname_follows
            && has_agent_ending(word)
            && !lower.contains(word)
        {
            insert_new(names, word);
        }
    }
}

/// Prepositions that make the name after them a setting, not a subject.
pub(crate) const SETTING_PREPOSITIONS: &[&str] =
    &["in", "at", "near", "across", "outside", "inside", "around"];

/// Whether a mention places something ("officials in Kessar", "shares rose
/// in Valbruck") rather than naming who acts: it speaks for no one, and
/// "it" or "the airline" later does not point back at it.
pub fn names_a_setting(tokens: &[Token], mention: &Mention) -> bool {
    mention
        .first
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .is_some_and(|t| SETTING_PREPOSITIONS.contains(&t.norm.as_str()))
}

/// Finds the entities named in a tokenized sentence; `names` is the
/// document's [`name_lexicon`].
pub fn find_entities(tokens: &[Token], rules: &RuleSet, names: &FxHashSet<String>) -> Vec<Mention> {
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(m) = known_alias_at(tokens, i, rules) {
            i = m.last;
            mentions.push(m);
            continue;
        }
        let t = &tokens[i];
        // "Eleven Tamsley players": a number opening the sentence is
        // capitalised for its place, no part of the name after it.
        let opening_number = opens_sentence(tokens, i) && is_number_word(&t.norm);
        // "34 degrees Celsius": a scale's name names no one in the story.
        let name_start = (is_name_word(t) || month_as_first_name(tokens, i))
            && !names_a_scale(tokens, i)
            && !title_at(tokens, i, rules)
            && !abbreviated_title(tokens, i)
            && !opening_number;
        if !name_start {
            i += 1;
            continue;
        }
        let mut last = i + 1;
        while let Some(n) = tokens.get(last) {
            if plural_possessive_inside(tokens, last) {
                last += 1;
                continue;
            }
            // "Adebayo-Kern", "Okafor-Lind": a hyphen joins one name.
            let hyphenated = n.norm == "-"
                && n.glued
                && tokens
                    .get(last + 1)
                    .is_some_and(|w| w.glued && is_name_word(w));
            if hyphenated {
                last += 1;
                continue;
            }
            // "Gareth J. Penhallow": a middle initial and its stop, before
            // the surname, go on with the name.
            if middle_initial(tokens, last) {
                last += 2;
                continue;
            }
            // "Port of Maravel", "Bank of England": "of" after a word
            // that names a kind of thing. Not after a sentence-opening
            // common noun ("Shares of Acme"), nor after a surname ("Joss
            // Pellingham of Garrow Lisle Restructuring" is a person of a
            // firm).
            let opener_is_name = i > 0 || names.contains(without_possessive(&tokens[i].norm));
            let inner_of = opener_is_name
                && n.norm == "of"
                && is_noun(&tokens[last - 1].norm)
                && tokens.get(last + 1).is_some_and(is_name_word);
            // "St Aldhelm's Hospital": a possessive name before one word
            // that names a kind of body is that body's name, where "Aeralis's
            // Chief Executive" or "Kestrel's Granite Peak deal" are two.
            let body_of_possessor = is_name_word(n)
                && names_organisation(&n.norm)
                && !tokens.get(last + 1).is_some_and(is_name_word);
            // "Cornbrook Fire and Rescue Service": "and" inside one body's
            // name, when the words after it close with a kind of body and
            // those before do not ("Acme Corp and Beta Group" are two).
            let inner_and = opener_is_name
                && n.norm == "and"
                && !is_body_word(without_possessive(&tokens[last - 1].norm))
                && closes_body_name(tokens, last + 1);
            let continues = (is_name_word(n)
                || inner_of
                || inner_and
                || NAME_PARTICLES.contains(&n.norm.as_str()))
                && !title_at(tokens, last, rules)
                && known_alias_at(tokens, last, rules).is_none()
                && (!possessive(&tokens[last - 1].norm) || body_of_possessor);
            if !continues {
                break;
            }
            last += 1;
        }
        while last > i + 1 && !tokens[last - 1].capitalised {
            last -= 1; // a trailing particle is not part of the name
        }
        // "the Easthaven-based grower": a name made an adjective of place
        // says where, not who; the grower is the one spoken of.
        let adjective_of_place = tokens.get(last).is_some_and(|h| h.norm == "-" && h.glued)
            && tokens
                .get(last + 1)
                .is_some_and(|w| w.glued && w.norm == "based");
        if adjective_of_place {
            i = last;
            continue;
        }
        // A first name before a known surname: "Sergej Lavrov".
        if let Some(known) = known_alias_at(tokens, last, rules) {
            let is_person = matches!(known.entity, EntityRef::Known(e)
                if rules.entities[e].kind == EntityKind::Person);
            if is_person && last - i <= 2 {
                mentions.push(Mention { first: i, ..known });
                i = known.last;
                continue;
            }
        }
        // A lone capitalised word opening the sentence (or a quote), or a
        // title ("Fire Chief Dolores Okafor"), is a name only if the
        // document also writes it capitalised mid-sentence.
        if (opens_sentence(tokens, i) || opens_title(tokens, i, rules))
            && last == i + 1
            && !names.contains(without_possessive(&tokens[i].norm))
        {
            i = last;
            continue;
        }
        // A lone letter ("E. coli", "Plan B") names no one.
        if last == i + 1 && tokens[i].norm.chars().count() == 1 {
            i = last;
            continue;
        }
        // An opening adverb is not part of the name after it ("Later
        // Ibarrola said", "Separately Acme Corp said"), nor is an opening
        // role noun ("Curator Elin Voss said") that the document never
        // writes capitalised mid-sentence and the corpus writes in lower
        // case ([`add_opening_names`]).
        let opening_role = || {
            last > i + 2
                && !names.contains(without_possessive(&tokens[0].norm))
                && has_agent_ending(&tokens[0].norm)
        };
        if i == 0 && last > 1 && (is_opening_adverb(&tokens[0].norm) || opening_role()) {
            i = 1;
            if let Some(known) = known_alias_at(tokens, 1, rules) {
                i = known.last;
                mentions.push(known);
                continue;
            }
        }
        // The initial says nothing another spelling must repeat.
        let words: Vec<&str> = (i..last)
            .filter(|&k| tokens[k].kind == TokenKind::Word && !middle_initial(tokens, k))
            .map(|k| without_possessive(&tokens[k].norm))
            .collect();
        // "Mia Tarrow-Vance": a surname joined to another by a hyphen is
        // no spelling of a known one-word surname.
        let double_barrelled = last >= 1 && hyphen_before(tokens, last - 1);
        let entity = (!double_barrelled)
            .then(|| {
                rules
                    .spellings
                    .get_or_measure(&words.join(" "), || fuzzy_person(&words, rules))
            })
            .flatten()
            .map(EntityRef::Known)
            .unwrap_or_else(|| EntityRef::Unknown(words.join(" ").into()));
        mentions.push(Mention {
            first: i,
            last,
            entity,
        });
        i = last;
    }
    mentions
}

/// Whether token `k` is a middle initial: one capital letter with its
/// stop, after a name word and before another ("Gareth J. Penhallow").
fn middle_initial(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    k > 0
        && is_name_word(&tokens[k - 1])
        && t.kind == TokenKind::Word
        && t.capitalised
        && t.norm.chars().count() == 1
        && tokens
            .get(k + 1)
            .is_some_and(|stop| stop.norm == "." && stop.glued)
        && tokens.get(k + 2).is_some_and(is_name_word)
}

/// The name words from `from` are two or more and the last names a kind
/// of body ("Rescue Service", "Sewer Authority").
fn closes_body_name(tokens: &[Token], from: usize) -> bool {
    let mut words = 0;
    let mut end = from;
    while let Some(t) = tokens.get(end) {
        if is_name_word(t) && !possessive(&t.norm) {
            words += 1;
        } else if !plural_possessive_inside(tokens, end) {
            break;
        }
        end += 1;
    }
    words >= 2 && is_body_word(&tokens[end - 1].norm)
}

/// Whether token `k` is the apostrophe of a plural possessive inside a
/// name: "Beekeepers' Association", "Workers' Union".
fn plural_possessive_inside(tokens: &[Token], k: usize) -> bool {
    k.checked_sub(1)
        .is_some_and(|b| possessive_end(tokens, b) == Some(k + 1))
        && tokens.get(k + 1).is_some_and(is_name_word)
}

/// Token `i` is a lone capitalised word before a title and a name: "Fire"
/// in "Fire Chief Dolores Okafor".
fn opens_title(tokens: &[Token], i: usize, rules: &RuleSet) -> bool {
    i + 1 < tokens.len()
        && title_at(tokens, i + 1, rules)
        && tokens.get(i + 2).is_some_and(is_name_word)
}

/// A capitalised title word ("President", "Minister") heads a role, not a
/// name, unless a kind of body follows it: "Eastmoor General Hospital" is
/// one name, whatever "Attorney General" makes of "General". A word
/// WordNet knows first as a kind of person heads a role too where a
/// personal name of two words follows it, words WordNet does not know as
/// nouns ("Curator Elin Voss", "Superintendent Hamish Oduya"): a surname
/// that is also such a word ("Mason Greenwood") stands before one name
/// word, and "Archer Daniels Midland", "Cook County Jail" or "Harlow Bay
/// Regional Airport" are one name.
fn title_at(tokens: &[Token], k: usize, rules: &RuleSet) -> bool {
    let t = &tokens[k];
    let listed_word = |word: &String| rules.titles.iter().any(|title| title.contains(word));
    let listed = listed_word(&t.norm);
    // The shape first; the table is searched only for a name of that shape.
    // After a listed title ("Chief Inspector Dawn Kavanagh") an agent noun
    // of a post goes on with the title, though the name's words are nouns
    // too ("Governor Earl Ray Tomblin": "earl" has no agent's ending).
    let after_a_title = || {
        k > 0
            && tokens[k - 1].capitalised
            && listed_word(&tokens[k - 1].norm)
            && has_agent_ending(&t.norm)
    };
    let before_full_name = || {
        let name_at = |j: usize| tokens.get(j).is_some_and(is_name_word);
        name_at(k + 1)
            && name_at(k + 2)
            && !name_at(k + 3)
            && ((!is_noun(&tokens[k + 1].norm) && !is_noun(&tokens[k + 2].norm)) || after_a_title())
            && names_a_person_by_post(&t.norm)
    };
    t.capitalised
        && (listed || before_full_name())
        && !tokens
            .get(k + 1)
            .is_some_and(|next| is_body_word(without_possessive(&next.norm)))
}

/// "Sen. Ben Sasse", "Prof. Hana Lindqvist", "Gov. Ada Lin": a short
/// capitalised word with a full stop, right before a name, is a title cut
/// short, not a name (an initial, "J. Smith", is one letter and stays);
/// so is a pair of capitals that names a post ("PC Priya Dhillon").
pub(crate) fn abbreviated_title(tokens: &[Token], i: usize) -> bool {
    let word = &tokens[i];
    let dotted = (2..=4).contains(&word.norm.len())
        && tokens
            .get(i + 1)
            .is_some_and(|stop| stop.norm == "." && stop.glued)
        && tokens.get(i + 2).is_some_and(is_name_word);
    // "PC Priya Dhillon", "DS Ewan Rook": two capitals WordNet knows as a
    // noun, before a full name, abbreviate a post ("JK" is initials).
    let capitals = word.all_caps
        && word.norm.len() == 2
        && is_noun(&word.norm)
        && tokens.get(i + 1).is_some_and(is_name_word)
        && tokens.get(i + 2).is_some_and(is_name_word);
    dotted || capitals
}

/// Whether token `i` is a courtesy title written without its stop ("Dr
/// Henrike Maalst", "Mrs Ada Lin"): a short capitalised word the name
/// finder refuses as a name, no function word, before a name word.
pub(crate) fn undotted_title(tokens: &[Token], i: usize) -> bool {
    let word = &tokens[i];
    word.capitalised
        && word.kind == TokenKind::Word
        && (2..=4).contains(&word.norm.len())
        && NOT_NAMES.contains(word.norm.as_str())
        && !crate::normalise::quantity::is_function_word(&word.norm)
        && tokens.get(i + 1).is_some_and(is_name_word)
}

/// Where the name of mention `m` is written from: a courtesy title cut
/// short before it ("Dr. Ottilie Brannagh") belongs to how the person is
/// named.
pub(crate) fn written_name_start(tokens: &[Token], m: &Mention) -> usize {
    match (m.first.checked_sub(2), m.first.checked_sub(1)) {
        (Some(k), _) if abbreviated_title(tokens, k) => k,
        (_, Some(k)) if undotted_title(tokens, k) || abbreviated_title(tokens, k) => k,
        _ => m.first,
    }
}

fn is_name_word(t: &Token) -> bool {
    // "I'd", "We've": a contraction of a word that is no name is none
    // ("De'Aaron" is a name).
    let contracted = t
        .norm
        .split_once(['\'', '’'])
        .filter(|(_, tail)| matches!(*tail, "d" | "ve" | "ll" | "re" | "m" | "s" | "t"))
        .map_or("", |(word, _)| word);
    t.kind == TokenKind::Word
        && t.capitalised
        && !NOT_NAMES.contains(without_possessive(&t.norm))
        && !NOT_NAMES.contains(contracted)
        && month_of(t).is_none()
        && weekday_of(t).is_none()
}

/// A month's name that is a first name ("Jan Roos", "April Lee"): before
/// a name word, mid-sentence, after no word that introduces a time ("in
/// May Britain voted", "since June").
fn month_as_first_name(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let before = i.checked_sub(1).map(|k| tokens[k].norm.as_str());
    t.kind == TokenKind::Word
        && t.capitalised
        && month_of(t).is_some()
        && i > 0
        && !matches!(
            before,
            Some(
                "in" | "on"
                    | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "of"
                    | "from"
                    | "to"
                    | "last"
                    | "next"
                    | "this"
                    | "early"
                    | "late"
                    | "mid"
                    | "during"
                    | "before"
                    | "after"
                    | "through"
                    | "between"
                    | "and"
                    | "-"
            )
        )
        && tokens.get(i + 1).is_some_and(is_name_word)
}

/// "Granite Peak's" ends a name; a plural possessive does not ("Rail
/// Workers' Union").
fn possessive(word: &str) -> bool {
    word.ends_with("'s")
}

/// "Trump's" names Trump.
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix('\''))
        .unwrap_or(word)
}

fn known_alias_at(tokens: &[Token], i: usize, rules: &RuleSet) -> Option<Mention> {
    let first = tokens.get(i)?;
    let candidates = rules.aliases.get(without_possessive(&first.norm))?;
    candidates.iter().find_map(|alias| {
        let n = alias.tokens.len();
        let fits = alias.tokens.iter().enumerate().all(|(k, word)| {
            tokens.get(i + k).is_some_and(|t| {
                // Only the last word of a name may carry a possessive.
                let written = if k + 1 == n {
                    without_possessive(&t.norm)
                } else {
                    t.norm.as_str()
                };
                // Past the first word, a case slip ("Sergei lavrov") is forgiven.
                written == word && (!alias.capitalised[k] || t.capitalised || (k > 0 && n > 1))
            })
        });
        let caps_ok = !alias.all_caps || first.all_caps;
        let person = rules.entities[alias.entity].kind == EntityKind::Person;
        let in_a_double_barrelled_name = ends_a_double_barrelled_name(tokens, i, rules)
            || opens_a_double_barrelled_name(tokens, i + n, rules);
        (fits && caps_ok && !(person && in_a_double_barrelled_name)).then(|| Mention {
            first: i,
            last: i + alias.tokens.len(),
            entity: EntityRef::Known(alias.entity),
        })
    })
}

/// Whether the word at `i` closes a double-barrelled name ("Rosalind
/// Tarrow-Vance"): it is glued by a hyphen to a name word that is no known
/// alias. "Trump-Putin summit" joins two known people.
fn ends_a_double_barrelled_name(tokens: &[Token], i: usize, rules: &RuleSet) -> bool {
    hyphen_before(tokens, i) && unknown_name_word(&tokens[i - 2], rules)
}

/// Whether the word before `end` opens a double-barrelled name ("Perpetua
/// Vance-Ollerton"): a hyphen glues it to a name word that is no known
/// alias.
fn opens_a_double_barrelled_name(tokens: &[Token], end: usize, rules: &RuleSet) -> bool {
    hyphen_before(tokens, end + 1) && unknown_name_word(&tokens[end + 1], rules)
}

/// A name word that opens no known alias: the other half of a
/// double-barrelled name.
fn unknown_name_word(token: &Token, rules: &RuleSet) -> bool {
    is_name_word(token) && !rules.aliases.contains_key(without_possessive(&token.norm))
}

/// Whether the word at `i` is joined by a hyphen to the word before it
/// ("Tarrow-Vance").
fn hyphen_before(tokens: &[Token], i: usize) -> bool {
    i >= 2 && compound_hyphen(tokens, i - 1)
}

/// Whether two names share enough letters for Jaro–Winkler to reach
/// [`NAME_SIMILARITY`]: that needs a Jaro score of about 0.87, so matched
/// letters over both lengths must sum to at least 1.6. Letters in common (as
/// multisets, all non-ASCII letters alike) bound the matches from above, so
/// a pair that fails this could never pass, and the costly score is skipped.
fn could_be_close(a: &str, b: &str) -> bool {
    let histogram = |s: &str| {
        let mut counts = [0u16; 27];
        for c in s.chars() {
            let slot = if c.is_ascii_lowercase() {
                usize::from(c as u8 - b'a')
            } else {
                26
            };
            counts[slot] = counts[slot].saturating_add(1);
        }
        counts
    };
    let (ha, hb) = (histogram(a), histogram(b));
    let common: u32 = ha.iter().zip(&hb).map(|(x, y)| u32::from(*x.min(y))).sum();
    let (la, lb) = (a.chars().count().max(1), b.chars().count().max(1));
    common as f64 / la as f64 + common as f64 / lb as f64 >= 1.6
}

/// An unseen spelling of a known person's name: the whole name, or its last
/// word against a known surname. Short words are never matched fuzzily.
fn fuzzy_person(words: &[&str], rules: &RuleSet) -> Option<usize> {
    let written = words.join(" ");
    let surname = *words.last()?;
    if surname.chars().count() < 5 {
        return None;
    }
    let mut best: Option<(f64, usize)> = None;
    // Only surnames of about this length can be close.
    let from = rules
        .people
        .partition_point(|p| p.surname.len() + 2 < surname.len());
    for person in rules.people[from..]
        .iter()
        .take_while(|p| p.surname.len() <= surname.len() + 2)
    {
        let close = |a: &str, b: &str| could_be_close(a, b).then(|| strsim::jaro_winkler(a, b));
        let score = if words.len() == person.words {
            close(&written, &person.full)
        } else if words.len() == 1 || person.words == 1 {
            close(surname, &person.surname)
        } else {
            None
        }
        .unwrap_or(0.0);
        if score >= NAME_SIMILARITY && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, person.entity));
        }
    }
    best.map(|(_, entity)| entity)
}

/// The name reports show for an entity: the rules' name, or an unknown
/// name capitalised again.
pub fn entity_name(entity: &EntityRef, rules: &RuleSet) -> String {
    match entity {
        EntityRef::Known(i) => rules
            .entities
            .get(*i)
            .map_or_else(String::new, |e| e.name.clone()),
        // Unknown names are kept folded; show them capitalised again.
        EntityRef::Unknown(name) => name
            .split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// An unknown name that names an organisation: by its last word, or the
/// word before its "of", or a short single word ("rwu", "nrc": an
/// acronym).
pub fn names_organisation(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or_default();
    let acronym = !name.contains(' ') && name.chars().count() <= 4;
    // "Federated Union of Road Crews", "University of Pellmoor": a name
    // with a complement is headed by the word before its "of".
    let head = name
        .split_once(" of ")
        .and_then(|(head, _)| head.rsplit(' ').next())
        .unwrap_or(last);
    acronym || is_body_word(last) || is_body_word(head)
}

/// Whether `word` names a kind of body ("company", "authority",
/// "university").
pub fn is_body_word(word: &str) -> bool {
    ORGANISATION_WORDS.contains(&word)
}

/// Last words that make an unknown name an organisation's.
const ORGANISATION_WORDS: &[&str] = &[
    "alliance",
    "party",
    "union",
    "federation",
    "association",
    "company",
    "co",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "plc",
    "group",
    "holdings",
    "bank",
    "council",
    "committee",
    "commission",
    "agency",
    "ministry",
    "department",
    "office",
    "authority",
    "board",
    "brewing",
    "beverages",
    "foods",
    "motors",
    "airlines",
    "airways",
    "railways",
    "rail",
    "energy",
    "capital",
    "partners",
    "securities",
    "fund",
    "trust",
    "institute",
    "university",
    "college",
    "school",
    "hospital",
    "club",
    "league",
    "network",
    "media",
    "news",
    "times",
    "post",
    "press",
    "service",
    "services",
    "police",
    "army",
    "navy",
    "court",
    "parliament",
    "assembly",
    "congress",
    "senate",
    "team",
    "labs",
    "systems",
    "technologies",
    "industries",
    "international",
    "society",
    "church",
];

/// A known person, or an unknown name of two or more words that names no
/// organisation: who can be a speaker, hold a title, or be "he" or "she".
pub fn is_person(entity: &EntityRef, rules: &RuleSet) -> bool {
    match entity {
        EntityRef::Known(i) => rules
            .entities
            .get(*i)
            .is_some_and(|e| e.kind == EntityKind::Person),
        EntityRef::Unknown(name) => name.contains(' ') && !names_organisation(name),
    }
}

/// A known place.
pub fn is_place(entity: &EntityRef, rules: &RuleSet) -> bool {
    matches!(entity, EntityRef::Known(i) if rules.entities.get(*i).is_some_and(|e| e.kind == EntityKind::Place))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_letter_bound_never_rejects_a_close_pair() {
        for (a, b) in [
            ("zelensky", "zelenskyy"),
            ("lavrov", "lavrof"),
            ("dovbenko", "dovbenco"),
            ("sergey lavrov", "sergei lavrov"),
        ] {
            assert!(strsim::jaro_winkler(a, b) >= NAME_SIMILARITY, "{a}/{b}");
            assert!(could_be_close(a, b), "{a}/{b}");
        }
        assert!(!could_be_close("ibarrola", "kestrel"));
    }
    use crate::normalise::tokens::tokenize;

    fn ids(text: &str) -> Vec<String> {
        let rules = RuleSet::builtin().unwrap();
        find_entities(
            &tokenize(text),
            &rules,
            &FxHashSet::from_iter(["kestrel".to_string()]),
        )
        .into_iter()
        .map(|m| match m.entity {
            EntityRef::Known(i) => rules.entities[i].id.clone(),
            EntityRef::Unknown(s) => format!("?{s}"),
        })
        .collect()
    }

    /// "Celsius" after a number's unit qualifies the unit; a name after a
    /// number and a preposition, or after a number and a singular noun,
    /// is still a name.
    #[test]
    fn a_name_qualifying_a_unit_names_no_one() {
        assert!(ids("The freezer held its contents at 80 degrees Celsius.").is_empty());
        assert_eq!(
            ids("Talks collapsed in 2021 under Ruta Kessel."),
            ["?ruta kessel"]
        );
        assert!(ids("The Year 4 teacher Amy Lowe spoke.").contains(&"?amy lowe".to_string()));
    }

    /// A title word before a kind of body is a word of the body's name.
    #[test]
    fn a_title_word_before_a_body_is_part_of_its_name() {
        assert_eq!(
            ids("Nurses at Eastmoor General Hospital walked out."),
            ["?eastmoor general hospital"]
        );
        assert_eq!(
            ids("The report reached Attorney General Mara Lindqvist."),
            ["?mara lindqvist"]
        );
        // A word WordNet knows as a kind of person before a full name is a
        // title; before a longer name it is a word of the name.
        assert_eq!(ids("Curator Elin Voss said so."), ["?elin voss"]);
        assert_eq!(
            ids("Then Archer Daniels Midland reported."),
            ["?archer daniels midland"]
        );
        assert_eq!(
            ids("Flights left Harlow Bay Regional Airport."),
            ["?harlow bay regional airport"]
        );
    }

    #[test]
    fn a_name_made_an_adjective_of_place_names_no_one() {
        let rules = RuleSet::builtin().unwrap();
        let tokens = tokenize("The Easthaven-based grower announced a recall.");
        assert!(find_entities(&tokens, &rules, &FxHashSet::default()).is_empty());
    }

    #[test]
    fn of_joins_a_name_after_a_noun_not_after_a_surname() {
        assert_eq!(
            ids("Then Joss Pellingham of Garrow Lisle Restructuring spoke."),
            ["?joss pellingham", "?garrow lisle restructuring"]
        );
        assert_eq!(
            ids("Ships left the Port of Maravel at dawn."),
            ["?port of maravel"]
        );
    }

    #[test]
    fn a_hyphen_joins_one_name() {
        assert_eq!(
            ids("The chair, Yusuf Adebayo-Kern, spoke first."),
            ["?yusuf adebayo kern"]
        );
    }

    #[test]
    fn aliases_resolve() {
        assert_eq!(
            ids("Then Zelenskyy met Putin in Kyiv."),
            ["volodymyr-zelensky", "vladimir-putin", "ukraine"]
        );
        assert_eq!(ids("The Ukrainian leader spoke."), ["ukraine"]);
        // A known surname closing a double-barrelled one is no one known;
        // two known names joined by a hyphen stay two.
        assert_eq!(ids("Then Mia Tarrow-Vance spoke."), ["?mia tarrow vance"]);
        assert_eq!(ids("Then Mia Vance-Tarrow spoke."), ["?mia vance tarrow"]);
        assert_eq!(
            ids("Then the Trump-Putin summit ended."),
            ["donald-trump", "vladimir-putin"]
        );
    }

    #[test]
    fn transliterations_merge_by_fuzzy_fallback() {
        assert_eq!(ids("Later Zelenskiyy spoke."), ["volodymyr-zelensky"]);
        assert_eq!(ids("Then Sergej Lavrov spoke."), ["sergey-lavrov"]);
        assert_eq!(
            ids("Then Sergei lavrov spoke."),
            ["sergey-lavrov"],
            "a case slip"
        );
        assert_eq!(
            ids("Then came Granite Peak"),
            ["?granite peak"],
            "a name ending the text"
        );
    }

    #[test]
    fn a_word_opening_a_quote_is_capitalised_for_its_place() {
        let lexicon = name_lexicon(
            [tokenize("\"Nobody in this town saw it coming,\" Vasko said.").as_slice()],
            &RuleSet::default(),
        );
        assert!(!lexicon.contains("nobody"), "{lexicon:?}");
        assert!(lexicon.contains("vasko"), "{lexicon:?}");
    }

    #[test]
    fn a_word_capitalised_only_as_a_titles_first_word_is_no_name() {
        let sentence = tokenize("\"Nobody was killed,\" said Fire Chief Dolores Okafor.");
        let rules = RuleSet::builtin().unwrap();
        let names = name_lexicon([sentence.as_slice()], &rules);
        assert!(!names.contains("fire"), "{names:?}");
        let found: Vec<EntityRef> = find_entities(&sentence, &rules, &names)
            .into_iter()
            .map(|m| m.entity)
            .collect();
        assert_eq!(found, [EntityRef::Unknown("dolores okafor".into())]);
        // A name the document writes elsewhere stays one before a title.
        let names = FxHashSet::from_iter(["harrowgate".to_string()]);
        let sentence = tokenize("said Harrowgate Chief Executive Ines Vale.");
        assert_eq!(find_entities(&sentence, &rules, &names).len(), 2);
    }

    /// A document of `sentences`, tokenized, and the names it writes.
    fn document_and_names(sentences: &[&str]) -> (RuleSet, Vec<Vec<Token>>, FxHashSet<String>) {
        let rules = RuleSet::builtin().unwrap();
        let document: Vec<Vec<Token>> = sentences.iter().map(|s| tokenize(s)).collect();
        let names = name_lexicon(document.iter().map(Vec::as_slice), &rules);
        (rules, document, names)
    }

    #[test]
    fn a_kind_of_body_opening_a_longer_name_is_no_name_alone() {
        let (rules, document, names) = document_and_names(&[
            "Police are examining spending at the University of Tessmarden.",
            "Staff at the University Staff Federation are angry.",
            "University auditors flagged 71 invoices.",
        ]);
        assert!(!names.contains("university"), "{names:?}");
        assert!(find_entities(&document[2], &rules, &names).is_empty());
        // Written alone mid-sentence, it is the document's name.
        let alone = tokenize("Staff at Kestrel University and Kestrel say so.");
        let names = name_lexicon([alone.as_slice()], &rules);
        assert!(names.contains("kestrel"), "{names:?}");
        let mid = tokenize("A grant to Institute staff, the Institute said.");
        assert!(name_lexicon([mid.as_slice()], &rules).contains("institute"));
    }

    #[test]
    fn a_word_inside_a_longer_name_is_no_name_alone() {
        let (rules, document, names) = document_and_names(&[
            "Surf firms offer cash to save the lifeguards.",
            "Ryan Stephens, who runs Gloose Surf School, said so.",
        ]);
        assert!(!names.contains("surf"), "{names:?}");
        assert!(names.contains("gloose"), "{names:?}");
        assert!(find_entities(&document[0], &rules, &names).is_empty());
        // A surname after a first name stays one alone.
        assert!(names.contains("stephens"), "{names:?}");
    }

    #[test]
    fn a_body_named_after_its_possessor_is_one_name() {
        assert_eq!(
            ids("She died at St Aldhelm's Hospital on Thursday."),
            ["?st aldhelm hospital"]
        );
        assert_eq!(
            ids("Then Kestrel's Granite Peak deal closed."),
            ["?kestrel", "?granite peak"]
        );
    }

    #[test]
    fn and_inside_a_bodys_name_joins_it() {
        assert_eq!(
            ids("On Sunday the Cornbrook Fire and Rescue Service sent nine engines."),
            ["?cornbrook fire and rescue service"]
        );
        assert_eq!(
            ids("On Sunday the Acme Corp and Beta Group signed."),
            ["?acme corp", "?beta group"]
        );
        assert_eq!(
            ids("On Sunday Britain and France signed."),
            ["united-kingdom", "france"]
        );
    }

    #[test]
    fn a_lone_letter_is_no_name() {
        assert_eq!(
            ids("Samples showed E. coli in the mains."),
            Vec::<String>::new()
        );
        assert_eq!(ids("They chose Plan B on Monday."), ["?plan b"]);
    }

    #[test]
    fn acronyms_need_capitals() {
        assert_eq!(ids("Then the US acted."), ["united-states"]);
        assert!(ids("He told us nothing.").is_empty());
    }

    #[test]
    fn unknown_names_are_kept_folded() {
        assert_eq!(ids("Shares of Harbour Brewing rose."), ["?harbour brewing"]);
        assert_eq!(
            ids("Then Harbour Brewing's Friday close."),
            ["?harbour brewing"]
        );
        assert_eq!(ids("Then Trump's envoy."), ["donald-trump"]);
        assert_eq!(ids("Later Ana Ibarrola spoke."), ["?ana ibarrola"]);
        assert_eq!(
            ids("Then the Rail Workers' Union struck."),
            ["?rail workers union"]
        );
        assert_eq!(
            ids("Then the Pellingford and District Beekeepers' Association met."),
            ["?pellingford and district beekeepers association"]
        );
        assert!(ids("Despite that, nothing.").is_empty());
        assert!(
            ids("Acme said so.").is_empty(),
            "a lone initial capital is not a name"
        );
        assert_eq!(
            ids("Kestrel said so."),
            ["?kestrel"],
            "unless the document names it elsewhere"
        );
    }

    #[test]
    fn different_people_with_similar_names_stay_apart() {
        assert_eq!(ids("Then Pushkin wrote."), ["?pushkin"]);
    }
}

//! Verbs told of one happening. Reports of one event often use other verbs
//! for it ("the ferry left Halvik" / "departed Halvik", "the attempt was
//! scrubbed" / "called off"); a word list of such pairs would never end, so
//! verbs are related by their senses in WordNet 3.0 (Princeton University;
//! table made by `scripts/wordnet-verbs`, license in `data/WORDNET-LICENSE`).

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::normalise::quantity::is_function_word;
use crate::slot::UnionFind;

/// The table: WordNet's verbs and their irregular forms.
static TABLE: &str = include_str!("../../data/wordnet-verbs.txt");

/// How many of a verb's senses, most frequent first, may meet another's:
/// rarer senses relate nearly every verb to every other.
const FIRST_SENSES: usize = 3;

/// How many of a verb's senses a kind of it may name ("leave" is a kind of
/// the fifth sense of "depart"): past them, a verb of many senses ("take",
/// "make") would be the kind of nearly everything.
const KIND_SENSES: usize = 6;

/// One verb's senses (synset numbers, most frequent first) and the
/// hypernyms of its first senses.
struct Verb {
    senses: Vec<u32>,
    hypernyms: Vec<u32>,
}

impl Verb {
    /// Its `n` most frequent senses.
    fn first(&self, n: usize) -> &[u32] {
        &self.senses[..n.min(self.senses.len())]
    }
}

struct Lexicon {
    verbs: FxHashMap<&'static str, Verb>,
    irregular: FxHashMap<&'static str, &'static str>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let numbers = |field: Option<&str>| -> Vec<u32> {
            field
                .unwrap_or("")
                .split(',')
                .filter_map(|n| u32::from_str_radix(n, 16).ok())
                .collect()
        };
        let mut lines = TABLE.lines().filter(|l| !l.starts_with('#'));
        let verbs = lines
            .by_ref()
            .take_while(|l| *l != "%")
            .filter_map(|line| {
                let mut fields = line.split(' ');
                let lemma = fields.next()?;
                let senses = numbers(fields.next());
                let hypernyms = numbers(fields.next());
                Some((lemma, Verb { senses, hypernyms }))
            })
            .collect();
        let irregular = lines.filter_map(|line| line.split_once(' ')).collect();
        Lexicon { verbs, irregular }
    })
}

/// Words after a verb that may make one verb with it ("broke out", "called
/// off", "carried out"): English's adverb particles, a closed class. "in",
/// "on" and "through" are left out: after a verb they are far more often
/// prepositions ("built in 1998").
const PARTICLES: &[&str] = &["out", "off", "up", "down", "over", "away", "back"];

/// Whether `word` is a particle that may make one verb with the verb
/// before it.
pub fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// The WordNet lemma of a verb form ("departed" → "depart", "left" →
/// "leave", "scrubbed" → "scrub"), with the word after it where WordNet
/// has the two as one verb ("broke" + "out" → "break_out", "took" +
/// "place" → "take_place"). `None` for a word that is no verb form WordNet
/// knows.
pub fn verb_lemma(word: &str, next: Option<&str>) -> Option<&'static str> {
    let lexicon = lexicon();
    let lemma = base_form(lexicon, word)?;
    // A particle ("broke out") or a noun ("took place"); a preposition
    // governs what follows ("signed on 17 November" is no "sign on").
    let joins = |n: &&str| {
        n.bytes().all(|b| b.is_ascii_lowercase()) && (is_particle(n) || !is_function_word(n))
    };
    if let Some(next) = next.filter(joins) {
        let mut phrasal = String::with_capacity(lemma.len() + 1 + next.len());
        phrasal.push_str(lemma);
        phrasal.push('_');
        phrasal.push_str(next);
        if let Some((phrasal, _)) = lexicon.verbs.get_key_value(phrasal.as_str()) {
            return Some(phrasal);
        }
    }
    Some(lemma)
}

/// WordNet's "morphy" for verbs: an irregular form's lemma, else the word
/// less a regular ending ("-s", "-es", "-ies", "-ed", "-ing", with a
/// doubled last consonant undone), if that is a verb.
fn base_form(lexicon: &'static Lexicon, word: &str) -> Option<&'static str> {
    if let Some(lemma) = lexicon.irregular.get(word) {
        return Some(lemma);
    }
    if let Some((lemma, _)) = lexicon.verbs.get_key_value(word) {
        return Some(lemma);
    }
    const ENDINGS: &[(&str, &str)] = &[
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("s", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ];
    let mut candidate = String::with_capacity(word.len() + 1);
    ENDINGS.iter().find_map(|(ending, restore)| {
        let stem = word.strip_suffix(ending)?;
        candidate.clear();
        candidate.push_str(stem);
        candidate.push_str(restore);
        if let Some((lemma, _)) = lexicon.verbs.get_key_value(candidate.as_str()) {
            return Some(*lemma);
        }
        // "scrubbed" → "scrubb" → "scrub"
        let undoubled = stem.len() > 2
            && restore.is_empty()
            && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
        undoubled
            .then(|| lexicon.verbs.get_key_value(&stem[..stem.len() - 1]))
            .flatten()
            .map(|(lemma, _)| *lemma)
    })
}

/// Whether two verbs (WordNet lemmas, from [`verb_lemma`]) may tell one
/// happening: one of their first senses is shared ("scrub", "call off"),
/// or one's first sense is a kind of one of the other's common senses
/// ("leave" / "depart", "launch" / "open"). Verbs WordNet does not know
/// relate only to themselves.
pub fn same_deed(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let lexicon = lexicon();
    let (Some(va), Some(vb)) = (lexicon.verbs.get(a), lexicon.verbs.get(b)) else {
        return false;
    };
    let (fa, fb) = (va.first(FIRST_SENSES), vb.first(FIRST_SENSES));
    let (ka, kb) = (va.first(KIND_SENSES), vb.first(KIND_SENSES));
    fa.iter().any(|s| fb.contains(s))
        || va.hypernyms.iter().any(|h| kb.contains(h))
        || vb.hypernyms.iter().any(|h| ka.contains(h))
}

/// Groups of `verbs` that a chain of [`same_deed`] pairs joins, as the
/// index of each verb's group's first verb: blocks of one group's dates
/// meet, and the judge still asks [`same_deed`] of each pair. Synsets are
/// bucketed, so a corpus of many verbs costs no more than their senses.
pub fn deed_groups(verbs: &[&str]) -> Vec<usize> {
    let lexicon = lexicon();
    let mut groups = UnionFind::new(verbs.len());
    let mut first_holder: FxHashMap<u32, usize> = FxHashMap::default();
    let mut holders: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    let mut kinds: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for (i, verb) in verbs.iter().enumerate() {
        let Some(entry) = lexicon.verbs.get(verb) else {
            continue;
        };
        for &sense in entry.first(FIRST_SENSES) {
            let first = *first_holder.entry(sense).or_insert(i);
            groups.join(first, i);
        }
        for &sense in entry.first(KIND_SENSES) {
            holders.entry(sense).or_default().push(i);
        }
        for &hypernym in &entry.hypernyms {
            kinds.entry(hypernym).or_default().push(i);
        }
    }
    for (hypernym, of_that_kind) in &kinds {
        if let Some(holding) = holders.get(hypernym) {
            for &verb in of_that_kind.iter().chain(holding) {
                groups.join(verb, holding[0]);
            }
        }
    }
    (0..verbs.len()).map(|i| groups.root(i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms_find_their_lemma() {
        assert_eq!(verb_lemma("departed", None), Some("depart"));
        assert_eq!(verb_lemma("left", Some("halvik")), Some("leave"));
        assert_eq!(verb_lemma("scrubbed", None), Some("scrub"));
        assert_eq!(verb_lemma("broke", Some("out")), Some("break_out"));
        assert_eq!(verb_lemma("called", Some("off")), Some("call_off"));
        assert_eq!(verb_lemma("took", Some("place")), Some("take_place"));
        assert_eq!(verb_lemma("signed", Some("on")), Some("sign"));
        assert_eq!(verb_lemma("noticed", None), Some("notice"));
        assert_eq!(verb_lemma("studies", None), Some("study"));
        assert_eq!(verb_lemma("xylophone", None), None);
    }

    /// One happening told with two verbs, and two happenings of one thing
    /// that must stay apart.
    #[test]
    fn verbs_of_one_happening() {
        for (a, b) in [
            ("leave", "depart"),
            ("scrub", "call_off"),
            ("discover", "notice"),
            ("open", "launch"),
            ("accept", "agree"),
        ] {
            assert!(same_deed(a, b), "{a} / {b}");
            assert!(same_deed(b, a), "{b} / {a}");
        }
        let groups = deed_groups(&["leave", "arrive", "depart", "open", "launch"]);
        assert_eq!(groups, [0, 1, 0, 3, 3]);
        for (a, b) in [
            ("leave", "arrive"),
            ("break_out", "contain"),
            ("open", "close"),
            ("convict", "sentence"),
            ("arrest", "charge"),
            ("launch", "land"),
            ("approve", "reject"),
            ("sink", "rescue"),
            ("steal", "take"),
            ("schedule", "take"),
        ] {
            assert!(!same_deed(a, b), "{a} / {b}");
        }
    }
}

//! Verbs and nouns told of one happening or one thing. Reports of one event
//! often use other words for it ("the ferry left Halvik" / "departed
//! Halvik", "the attempt was scrubbed" / "called off", "the probe" / "the
//! investigation", "the blaze" / "the fire"); a word list of such pairs
//! would never end, so words are related by their senses in WordNet 3.0
//! (Princeton University; tables made by `scripts/wordnet-verbs` and
//! `scripts/wordnet-nouns`, license in `data/WORDNET-LICENSE`).

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::normalise::quantity::is_function_word;
use crate::slot::UnionFind;

/// The table: WordNet's verbs and their irregular forms.
static TABLE: &str = include_str!("../../data/wordnet-verbs.txt");

/// The table: WordNet's one-word nouns and their irregular plurals.
static NOUN_TABLE: &str = include_str!("../../data/wordnet-nouns.txt");

/// How many of a verb's senses a kind of it may name ("leave" is a kind of
/// the fifth sense of "depart", "convene" of the seventh of "meet"): past
/// them, a verb of many senses ("take", "make") would be the kind of
/// nearly everything.
const KIND_SENSES: usize = 8;

/// One verb's senses (synset numbers, most frequent first) and the
/// hypernyms of its first senses.
struct Verb {
    senses: Vec<u32>,
    hypernyms: Vec<u32>,
    /// Its first sense is a kind of "be" ("remain", "stay", "cost").
    state: bool,
    /// WordNet's lexicographer file of its first sense.
    kind: u8,
    /// The antonyms of its first senses ("close" of "open", "release" of
    /// "detain").
    opposites: Vec<u32>,
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
    /// The phrases WordNet defines verbs by ("take_into_custody" →
    /// "arrest").
    phrases: FxHashMap<&'static str, &'static str>,
}

/// Synset numbers of a table's field ("1a,2f"; "-" or none for none).
fn synsets(field: Option<&str>) -> Vec<u32> {
    field
        .unwrap_or("")
        .split(',')
        .filter_map(|n| u32::from_str_radix(n, 16).ok())
        .collect()
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lines = TABLE.lines().filter(|l| !l.starts_with('#'));
        let verbs = lines
            .by_ref()
            .take_while(|l| *l != "%")
            .filter_map(|line| {
                let mut fields = line.split(' ');
                let lemma = fields.next()?;
                let senses = synsets(fields.next());
                let hypernyms = synsets(fields.next());
                let kind = fields.next()?.parse().ok()?;
                let opposites = synsets(fields.next());
                let state = fields.next() == Some("state");
                Some((
                    lemma,
                    Verb {
                        senses,
                        hypernyms,
                        state,
                        kind,
                        opposites,
                    },
                ))
            })
            .collect();
        let irregular = lines
            .by_ref()
            .take_while(|l| *l != "%")
            .filter_map(|line| line.split_once(' '))
            .collect();
        let phrases = lines.filter_map(|line| line.split_once(' ')).collect();
        Lexicon {
            verbs,
            irregular,
            phrases,
        }
    })
}

/// One noun's first senses (synset numbers), the hypernyms of its first
/// sense, what kind of thing its first sense is (WordNet's lexicographer
/// file) and the verbs WordNet relates to that sense, read from its line
/// of the table when asked for.
struct Noun {
    kind: u8,
    senses: Vec<u32>,
    hypernyms: Vec<u32>,
    verbs: &'static str,
}

/// The noun table's lines, sorted by lemma as WordNet's index is, and its
/// irregular plurals. Lines are found by binary search rather than parsed
/// into a map: 55,000 nouns would cost every run memory for the few a
/// corpus asks about.
struct Nouns {
    lines: Vec<&'static str>,
    irregular: FxHashMap<&'static str, &'static str>,
    social_groups: FxHashSet<&'static str>,
    /// Lines of a synset another is a kind of and its hypernyms.
    above: Vec<&'static str>,
}

fn nouns() -> &'static Nouns {
    static NOUNS: OnceLock<Nouns> = OnceLock::new();
    NOUNS.get_or_init(|| {
        let mut all = NOUN_TABLE.lines().filter(|l| !l.starts_with('#'));
        let lines = all.by_ref().take_while(|l| *l != "%").collect();
        let irregular = all
            .by_ref()
            .take_while(|l| *l != "%")
            .filter_map(|line| line.split_once(' '))
            .collect();
        let social_groups = all.by_ref().take_while(|l| *l != "%").collect();
        let above = all.collect();
        Nouns {
            lines,
            irregular,
            social_groups,
            above,
        }
    })
}

impl Nouns {
    /// The line of noun `lemma`, if WordNet has it.
    fn line(&self, lemma: &str) -> Option<&'static str> {
        let at = self
            .lines
            .binary_search_by(|line| line.split(' ').next().unwrap_or_default().cmp(lemma))
            .ok()?;
        Some(self.lines[at])
    }

    /// The kind (lexicographer file) of noun `lemma`'s first sense,
    /// read without the rest of its line.
    fn kind(&self, lemma: &str) -> Option<u8> {
        let field = self.line(lemma)?.split(' ').nth(1)?;
        u8::from_str_radix(field, 16).ok()
    }

    /// The entry of noun `lemma`, if WordNet has it.
    fn get(&self, lemma: &str) -> Option<(&'static str, Noun)> {
        parse_noun(self.line(lemma)?)
    }
}

/// One line of the noun table: its lemma and entry.
fn parse_noun(line: &'static str) -> Option<(&'static str, Noun)> {
    let mut fields = line.split(' ');
    let lemma = fields.next()?;
    let kind = u8::from_str_radix(fields.next()?, 16).ok()?;
    let senses = synsets(fields.next());
    let hypernyms = synsets(fields.next());
    let verbs = fields.next().unwrap_or_default();
    Some((
        lemma,
        Noun {
            kind,
            senses,
            hypernyms,
            verbs,
        },
    ))
}

/// WordNet's lexicographer files of things that happen: acts, events,
/// processes, phenomena ("inspection", "fire", "blaze", "outbreak").
const HAPPENINGS: &[u8] = &[0x04, 0x0b, 0x13, 0x16];

/// Lexicographer files whose nouns name a happening when made from a verb:
/// communication and cognition ("appeal", "signature", "investigation").
const DONE_BY_VERB: &[u8] = &[0x09, 0x0a];

/// WordNet's "morphy" for nouns: an irregular plural's lemma, else the
/// word less a regular plural ending, if that is a noun.
fn noun_entry(word: &str) -> Option<(&'static str, Noun)> {
    let nouns = nouns();
    if let Some(lemma) = nouns.irregular.get(word) {
        return nouns.get(lemma);
    }
    if let Some(entry) = nouns.get(word) {
        return Some(entry);
    }
    const ENDINGS: &[(&str, &str)] = &[
        ("ies", "y"),
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("s", ""),
    ];
    less_an_ending(word, ENDINGS, |candidate, _, _| nouns.get(candidate))
}

/// What happened, where `word` is a noun of a happening ("inspection",
/// "airlifts", "signature", "fire"): the verb WordNet makes it from
/// ("inspect", "airlift", "sign"), else the noun's lemma ("fire"). `None`
/// for a noun of a thing ("tribunal", "plant") or a word WordNet does not
/// know as a noun.
pub fn happening_of_noun(word: &str) -> Option<&'static str> {
    let (lemma, noun) = noun_entry(word)?;
    let happens = HAPPENINGS.contains(&noun.kind)
        || (DONE_BY_VERB.contains(&noun.kind) && !noun.verbs.is_empty());
    happens.then(|| first_verb_or_lemma(lemma, &noun))
}

/// The first verb WordNet relates to a noun's sense, else the noun's
/// lemma: what a noun of a happening is named by.
fn first_verb_or_lemma(lemma: &'static str, noun: &Noun) -> &'static str {
    first_verb(noun).unwrap_or(lemma)
}

/// The first verb WordNet relates to a noun's first sense.
fn first_verb(noun: &Noun) -> Option<&'static str> {
    noun.verbs.split(',').next().filter(|v| !v.is_empty())
}

/// The first verb WordNet relates to noun `word`'s first sense, whatever
/// its kind ("appearance" → "appear", "payment" → "pay"): the deed a
/// support verb tells was done ("made his first court appearance").
pub fn verb_of_a_noun(word: &str) -> Option<&'static str> {
    first_verb(&noun_entry(word)?.1)
}

/// The verb WordNet makes from noun `word` where its first sense is a
/// state, an event or a point in time ("halt" → "halt", "standstill" →
/// "stand_still", "close" → "close"): what a thing brought "to a halt"
/// underwent. `None` for nouns of acts ("a deal") and of things.
pub fn verb_of_a_state(word: &str) -> Option<&'static str> {
    verb_of_noun_in(word, &[0x0b, 0x1a, 0x1c])
}

/// The first verb WordNet relates to noun `word`'s first sense, where that
/// sense is in one of the lexicographer files `kinds`.
fn verb_of_noun_in(word: &str, kinds: &[u8]) -> Option<&'static str> {
    let (_, noun) = noun_entry(word)?;
    let verb = first_verb(&noun)?;
    kinds.contains(&noun.kind).then_some(verb)
}

/// The verb WordNet makes noun `word` from where its first sense is an
/// act, a message or a state ("closure" → "close", "declaration" →
/// "declare", "detention" → "detain", "collapse" → "collapse"): what
/// happened where a support verb tells that the noun did ("the detention
/// of the four boats took place", "the kitchen's closure came on 12
/// March"). `None` for nouns of events of nature ("fire", "storm"), which
/// may move, and of things.
/// Where WordNet relates no verb to the noun's first sense, the verb its
/// "-nce" or "-nse" ending is made from ("defence" → "defend", "offence"
/// → "offend", "response" → "respond"), if WordNet knows that verb; a
/// stem of two letters makes none ("sense", "tense" and "fence" are no
/// sending, tending or fending).
pub fn verb_of_a_deed_noun(word: &str) -> Option<&'static str> {
    verb_of_noun_in(word, &[ACTS, 0x0a, 0x1a]).or_else(|| {
        let stem = word
            .strip_suffix("nce")
            .or_else(|| word.strip_suffix("nse"))
            .filter(|stem| stem.len() > 2)?;
        verb_lemma(&format!("{stem}nd"), None)
    })
}

/// The verb WordNet makes noun `word` from where its first sense is a
/// person ("employee" → "employ", "voter" → "vote"): what such people are
/// counted for, which may name the topic their count falls under.
pub fn verb_of_a_person_noun(word: &str) -> Option<&'static str> {
    verb_of_noun_in(word, &[PEOPLE])
}

/// Whether noun `word`'s first sense is an act ("expedition", "survey",
/// "project", "trial"): work people take part in, not a body that
/// employs them.
pub fn names_an_undertaking(word: &str) -> bool {
    noun_entry(word).is_some_and(|(_, noun)| noun.kind == ACTS)
}

/// WordNet's lexicographer file of acts (noun.act).
const ACTS: u8 = 0x04;

/// What happened at an occasion named by `word` after "at" or "during":
/// a noun of a happening ([`happening_of_noun`]: "inspection", "hearing")
/// or of a kind of gathering ("meeting" → "meet", "rally"), which
/// WordNet files with groups.
pub fn occasion_of_noun(word: &str) -> Option<&'static str> {
    happening_of_noun(word).or_else(|| {
        let (lemma, noun) = noun_entry(word)?;
        same_thing(lemma, GATHERING).then(|| first_verb_or_lemma(lemma, &noun))
    })
}

/// The noun whose kinds are the gatherings an occasion may be.
const GATHERING: &str = "gathering";

/// Whether `word` is, as written, a WordNet noun of a time ("evening",
/// "morning"): beside a date it says when, never what happened.
pub fn names_a_time(word: &str) -> bool {
    nouns().kind(word) == Some(TIMES)
}

/// WordNet's lexicographer file of times and periods (noun.time).
const TIMES: u8 = 0x1c;

/// Whether `word` names a field of work ("medical", "research", "finance"):
/// a noun whose first sense is an act, a cognition or a communication, not
/// a rank ("chief", "senior": people) or a place ("city").
pub fn names_a_field(word: &str) -> bool {
    nouns()
        .kind(word)
        .is_some_and(|kind| FIELDS.contains(&kind))
}

/// The field of work a noun of a profession names by its form, where
/// WordNet knows that word as a field: the practice of its verb
/// ("engineer" → "engineering", "surveyor" → "surveying", "accountant" →
/// "accounting") or the study its "-ist" studies ("hydrologist" →
/// "hydrology").
pub fn field_of_profession(head: &str) -> Option<String> {
    std::iter::once(format!("{head}ing"))
        .chain(bases_before(head, &["er", "or", "ant", "e"]).map(|base| format!("{base}ing")))
        .chain(bases_before(head, &["ist"]).map(|base| format!("{base}y")))
        .find(|c| nouns().line(c).is_some() && names_a_field(c))
}

/// What is left of `head` before each of `endings` it ends in, three
/// letters or more.
fn bases_before<'a>(head: &'a str, endings: &'a [&str]) -> impl Iterator<Item = &'a str> + 'a {
    endings
        .iter()
        .filter_map(move |ending| head.strip_suffix(ending).filter(|b| b.len() > 2))
}

/// The nouns a noun of a person is formed from by an agent ending, where
/// WordNet knows them: "librarian" → "library", "lawyer" → "law",
/// "clinician" → "clinic", "farmer" → "farm".
pub fn bases_of_agent_noun(head: &str) -> Vec<String> {
    bases_before(head, &["ian", "yer", "ist", "er", "or"])
        .flat_map(|base| [base.to_string(), format!("{base}y"), format!("{base}e")])
        .filter(|c| c != head && nouns().line(c).is_some())
        .collect()
}

/// The verb a noun of a person is formed from by an agent ending, where
/// WordNet knows it as a verb: "inspector" → "inspect", "manager" →
/// "manage", "investigator" → "investigate".
pub fn verb_of_agent_noun(head: &str) -> Option<&'static str> {
    let verbs = &lexicon().verbs;
    bases_before(head, &["or", "er"])
        .flat_map(|base| [base.to_string(), format!("{base}e")])
        .find_map(|candidate| verbs.get_key_value(candidate.as_str()).map(|(v, _)| *v))
}

/// WordNet's lexicographer files of acts, cognitions and communications.
const FIELDS: &[u8] = &[0x04, 0x09, 0x0a];

/// Whether `word`, as written, names a kind of person by its first sense
/// in WordNet ("paramedic", "counsel", "coach", "surgeon"): a role no rule
/// lists and no agent ending shows is known by what the word means.
pub fn names_a_person(word: &str) -> bool {
    nouns().kind(word) == Some(PEOPLE)
}

/// WordNet's lexicographer file of people (noun.person).
const PEOPLE: u8 = 0x12;

/// Whether `word`, as written, names a group of people by its first sense
/// in WordNet ("crew", "club", "squad"): a name before it names a body
/// ("the Ferrisford crew").
pub fn names_a_group(word: &str) -> bool {
    nouns().kind(word) == Some(GROUPS)
}

/// WordNet's lexicographer file of groups (noun.group).
const GROUPS: u8 = 0x0e;

/// The count class of people at large, as the unit rules name it.
pub const PEOPLE_CLASS: &str = "people";

/// Whether noun lemma `word`'s first sense is a kind of social group
/// ("crew", "jury", "squad"): written in the singular after or before a
/// number ("a crew of 14", "19 crew"), it counts people.
pub fn names_a_group_of_people(word: &str) -> bool {
    nouns().social_groups.contains(word)
}

/// The noun WordNet lists `word` under: the word itself where a plural is
/// a noun of its own ("talks", a negotiation, not "talk"), else its
/// singular; `None` where WordNet knows no such noun. A plural that
/// WordNet also lists as a noun of people or places ("parts", "brits") is
/// read as the plural it also is.
pub fn noun_lemma(word: &str) -> Option<&'static str> {
    let (lemma, noun) = noun_entry(word)?;
    let plural = !word.ends_with("ss") && !word.ends_with("us");
    if lemma == word && plural && matches!(noun.kind, PEOPLE | PLACES) {
        if let Some(singular) = word.strip_suffix('s').and_then(|s| noun_entry(s)) {
            return Some(singular.0);
        }
    }
    Some(lemma)
}

/// WordNet's lexicographer file of places (noun.location).
const PLACES: u8 = 0x0f;

/// Whether `word` (or its singular) names, by its first sense, a place or
/// a thing in space (a building, a body, a group of people, a plant):
/// something a day is not the day of ("at the hospital on Monday").
pub fn names_a_thing_in_space(word: &str) -> bool {
    noun_entry(word).is_some_and(|(_, noun)| IN_SPACE.contains(&noun.kind))
}

/// WordNet's lexicographer files of things in space: animals, artifacts,
/// bodies, foods, groups, locations, objects, people, plants, substances.
const IN_SPACE: &[u8] = &[0x05, 0x06, 0x08, 0x0d, 0x0e, 0x0f, 0x11, 0x12, 0x14, 0x1b];

/// Whether `word` (or its singular) names, by its first sense, a thing in
/// space that cannot act (an artifact, an object, a substance, a place, a
/// plant): a verb without an object whose subject it is tells what
/// happened to it ("the joint gave way", "the ferry sank"), not what it
/// did.
pub fn names_an_inert_thing(word: &str) -> bool {
    noun_entry(word).is_some_and(|(_, noun)| {
        IN_SPACE.contains(&noun.kind) && ![ANIMALS, GROUPS, PEOPLE].contains(&noun.kind)
    })
}

/// WordNet's lexicographer file of animals (noun.animal).
const ANIMALS: u8 = 0x05;

/// Whether `word` (or its singular) names a place by its first sense
/// ("scene", "site", "area"): a verb's object that is a place tells
/// where the deed went, not what it was done to ("attended the scene").
pub fn names_a_place(word: &str) -> bool {
    noun_entry(word).is_some_and(|(_, noun)| noun.kind == PLACES)
}

/// Whether `word` is shaped as a superlative: a form in "-est" of more
/// than five letters that WordNet knows as no noun ("largest", not
/// "interest" or "protest").
pub fn superlative_shaped(word: &str) -> bool {
    word.len() > 5 && word.ends_with("est") && !is_noun(word)
}

/// Whether WordNet knows `word` (or its singular) as a noun.
pub fn is_noun(word: &str) -> bool {
    noun_entry(word).is_some()
}

/// Whether `word` names a person by a tie, an age, a sex or a fortune
/// rather than a post ("wife", "son", "man", "friend", "victim"): its first
/// sense is a direct kind of one of WordNet's classes of those.
pub fn names_a_person_by_tie(word: &str) -> bool {
    static TIES: OnceLock<Vec<u32>> = OnceLock::new();
    let ties = TIES.get_or_init(|| {
        first_senses(&[
            "relative",
            "spouse",
            "adult",
            "juvenile",
            "friend",
            "male",
            "female",
            "offspring",
            "unfortunate",
            "neighbor",
            "inhabitant",
        ])
    });
    noun_entry(word).is_some_and(|(_, n)| {
        n.hypernyms.iter().any(|h| ties.contains(h))
            || n.senses.first().is_some_and(|s| ties.contains(s))
    })
}

/// Whether `word` names an occurrence of nature or chance (an event, a
/// process, a phenomenon: "fire", "blaze", "flood", "storm"), not a deed
/// ("deal", "signature"): two such nouns WordNet does not relate are two
/// happenings.
pub fn is_occurrence(word: &str) -> bool {
    noun_entry(word).is_some_and(|(_, noun)| OCCURRENCES.contains(&noun.kind))
}

/// Whether `word` names a happening by no more than that it happened
/// ("incident", "accident", "episode"): a noun of an event that WordNet
/// makes from no verb, nor is one itself. "The incident happened on 12
/// May" dates whatever the story tells happened, by whatever verb.
pub fn names_a_mere_happening(word: &str) -> bool {
    verb_lemma(word, None).is_none()
        && noun_entry(word).is_some_and(|(lemma, noun)| {
            noun.kind == EVENTS
                && noun.verbs.is_empty()
                && !lexicon().verbs.contains_key(lemma)
                && a_kind_of_happening(&noun)
        })
}

/// Whether `word` names a part of something: it shares a sense with
/// "part" or "portion" (one synset's two words) or is a kind of one
/// ("share"). "The largest share, 310 notices," is a part of
/// the notices, not their total.
pub fn names_a_part(word: &str) -> bool {
    same_thing(word, "part") || same_thing(word, "portion")
}

/// Whether `group` names, by its first sense, a group of things
/// (WordNet's noun.group, of no people: "collection", "consignment"; not
/// "union", "crew") that may hold what `thing` names, a noun of no person
/// and no group: "the collection" and "the medals" it holds are told of
/// as one.
pub fn holds_things(group: &str, thing: &str) -> bool {
    let of_people = |word: &str| counts_people(word) || names_a_group_of_people(word);
    names_a_group(group)
        && !of_people(group)
        && is_noun(thing)
        && !names_a_group(thing)
        && !of_people(thing)
}

/// Whether noun `word` names, by its first sense, no more than one of
/// those who make up a group (WordNet's "member", "fellow member"; not its
/// kinds, "councillor", "commissioner"): "a staff member" or "a
/// long-standing member" belongs, and may hold any post in the group.
pub fn names_mere_membership(word: &str) -> bool {
    static MEMBER: OnceLock<Option<u32>> = OnceLock::new();
    let member =
        *MEMBER.get_or_init(|| noun_entry("member").and_then(|(_, n)| n.senses.first().copied()));
    noun_entry(word)
        .is_some_and(|(_, noun)| member.is_some_and(|member| noun.senses.first() == Some(&member)))
}

/// Whether `word` names people by no more than that they are a group
/// ("the group", "the people"): WordNet's "group" in its first sense, or a
/// direct kind of it that counts people ("a collection" does not). "The
/// group was brought down" tells of whatever people another side names
/// ("seven hillwalkers"), where "the crew" is a group of its own.
pub fn names_a_mere_group(word: &str) -> bool {
    static GROUP: OnceLock<Option<u32>> = OnceLock::new();
    let group =
        *GROUP.get_or_init(|| noun_entry("group").and_then(|(_, n)| n.senses.first().copied()));
    noun_entry(word).is_some_and(|(_, noun)| {
        group.is_some_and(|g| {
            noun.senses.first() == Some(&g) || (noun.hypernyms.contains(&g) && counts_people(word))
        })
    })
}

/// Whether one of a noun's first two senses is WordNet's "happening" or
/// "event", or a kind of one of them ("incident", "episode"; "accident" in
/// its second sense, anything that happens by chance): not a named kind
/// of its own ("funeral" is a ceremony, "earthquake" a geological
/// phenomenon).
fn a_kind_of_happening(noun: &Noun) -> bool {
    static ROOTS: OnceLock<Vec<u32>> = OnceLock::new();
    let roots = ROOTS.get_or_init(|| first_senses(&["happening", "event"]));
    noun.hypernyms.iter().any(|h| roots.contains(h))
        || noun
            .senses
            .iter()
            .take(2)
            .any(|s| roots.contains(s) || hypernyms_of(*s).iter().any(|h| roots.contains(h)))
}

/// The hypernyms of synset `synset`, as the noun table gives them for the
/// lemmas whose first sense it is (none for a synset that is no noun's
/// first sense).
fn hypernyms_of(synset: u32) -> &'static [u32] {
    hypernyms_of_first_senses()
        .get(&synset)
        .map_or(&[], Vec::as_slice)
}

/// Whether `word` is an inflected form WordNet lists for an irregular
/// verb ("lay" of "lie", "fell", "swam"): a verb, whatever noun it also
/// spells. WordNet's exception list, wider than
/// [`crate::normalise::verbs::irregular_lemma`]'s table, which leaves out
/// forms that are base verbs too ("lay", "found", "wound").
pub fn irregular_verb_form(word: &str) -> bool {
    lexicon().irregular.contains_key(word)
}

/// WordNet's lexicographer file of events (noun.event).
const EVENTS: u8 = 0x0b;

/// The synsets by which an occurrence noun ([`is_occurrence`]) may meet
/// another in [`same_thing`] ([`noun_synsets`]). Empty for any other word.
pub fn occurrence_synsets(word: &str) -> Vec<u32> {
    if is_occurrence(word) {
        noun_synsets(word)
    } else {
        Vec::new()
    }
}

/// The synsets by which noun `word` may meet another in [`same_thing`]:
/// its first senses and the hypernyms of its first sense ("boat" meets
/// "vessel", its hypernym). Empty for a word WordNet does not know as a
/// noun.
pub fn noun_synsets(word: &str) -> Vec<u32> {
    let (mut synsets, kinds) = noun_senses_and_kinds(word);
    synsets.extend(kinds);
    synsets
}

/// Noun `word`'s first senses and the hypernyms of its first sense, apart:
/// a sense meets another word's sense or hypernym in [`same_thing`], but
/// two hypernyms meet nothing ("car" / "truck" are siblings, no one
/// thing). Empty for a word WordNet does not know as a noun.
pub fn noun_senses_and_kinds(word: &str) -> (Vec<u32>, Vec<u32>) {
    noun_entry(word).map_or_else(Default::default, |(_, noun)| {
        (noun.senses.to_vec(), noun.hypernyms.to_vec())
    })
}

/// Whether a count of `word` counts people ("people", "runners",
/// "competitors", "workers"): its first sense is a kind of person, so two
/// such counts may count one crowd told by two nouns.
/// A closed compound WordNet does not list ("hillwalkers") counts what
/// its last noun does.
pub fn counts_people(word: &str) -> bool {
    word == PEOPLE_CLASS
        || match noun_lemma(word) {
            Some(lemma) => names_a_person(lemma),
            None => (3..word.len().saturating_sub(2)).any(|cut| {
                word.is_char_boundary(cut)
                    && compound_of(word, &word[cut..])
                    && noun_lemma(&word[cut..]).is_some_and(names_a_person)
            }),
        }
}

/// Whether `word`, as written, names a kind of person by a post or a
/// calling ("curator", "sergeant", "counsel"), not by a tie, an age, a sex
/// or a fortune ("wife", "man", "victim"): a word that may head a role.
pub fn names_a_person_by_post(word: &str) -> bool {
    names_a_person(word) && !names_a_person_by_tie(word)
}

/// The person noun WordNet derives from verb lemma `verb` by an agent
/// ending ("direct" → "director", "manage" → "manager", "coordinate" →
/// "coordinator"), or by none ("coach" → "coach", "captain" →
/// "captain"): whoever "directs the archive" is its director. `None`
/// where no such noun's first sense is a person tied to that verb ("run"
/// gives no "runner" of a shelter).
pub fn agent_noun_of(verb: &str) -> Option<&'static str> {
    let stem = verb.strip_suffix('e').unwrap_or(verb);
    let endings = [
        verb.to_string(),
        format!("{verb}er"),
        format!("{verb}r"),
        format!("{verb}or"),
        format!("{stem}or"),
    ];
    derived_noun(&endings, |noun| {
        noun.kind == PEOPLE && noun.verbs.split(',').any(|v| v == verb)
    })
}

/// Whether verb lemma `lemma` tells taking someone into one's service:
/// one deed with "hire" ("employ", "engage"), or a verb WordNet derives a
/// noun in "-ee" from whose first sense is a kind of worker ("appoint" →
/// "appointee", an official). Whoever is "appointed by the council"
/// holds the post for it; "detained by police" makes a "detainee", a
/// prisoner, no one's officer.
pub fn takes_into_service(lemma: &str) -> bool {
    if same_deed(lemma, "hire") {
        return true;
    }
    let stem = lemma.strip_suffix('e').unwrap_or(lemma);
    derived_noun(&[format!("{stem}ee")], |noun| {
        noun.kind == PEOPLE && noun.verbs.split(',').any(|v| v == lemma)
    })
    .is_some_and(|taken| HOLDERS_OF_POSTS.iter().any(|kind| a_kind_of(taken, kind)))
}

/// The kinds of person a post is held by, as WordNet's nouns of service
/// are ("employee" a worker, "appointee" an official). An official is a
/// worker too, but through "skilled worker", a synset the one-word noun
/// table cannot climb through.
const HOLDERS_OF_POSTS: &[&str] = &["worker", "official"];

/// The person noun named for serving others by verb lemma `verb`, formed
/// with "-ative", "-ant" or "-ent" ("represent" → "representative",
/// "consult" → "consultant"), whose first sense is a person: WordNet
/// seldom links such nouns to their verbs, so the shape and the kind
/// decide. Whoever is "representing the trust" is its representative.
pub fn person_serving_by(verb: &str) -> Option<&'static str> {
    let stem = verb.strip_suffix('e').unwrap_or(verb);
    let endings = [
        format!("{stem}ative"),
        format!("{stem}ant"),
        format!("{stem}ent"),
    ];
    derived_noun(&endings, |noun| noun.kind == PEOPLE)
}

/// The noun WordNet knows for the deed of verb lemma `verb`, by its "-ing"
/// form ("save" → "saving", "spend" → "spending"): "will save £1.4
/// million" is a saving of it, as "the savings ... at £860,000" are.
pub fn deed_noun_of(verb: &str) -> Option<&'static str> {
    let stem = verb.strip_suffix('e').unwrap_or(verb);
    derived_noun(&[format!("{verb}ing"), format!("{stem}ing")], |noun| {
        noun.kind != PEOPLE
    })
}

/// The first of `candidates` that is a noun lemma of its own WordNet
/// knows (not an inflection of another) and that `fits`.
fn derived_noun(candidates: &[String], fits: impl Fn(&Noun) -> bool) -> Option<&'static str> {
    candidates.iter().find_map(|candidate| {
        let (lemma, noun) = noun_entry(candidate)?;
        (lemma == candidate && fits(&noun)).then_some(lemma)
    })
}

/// WordNet's lexicographer files of events, phenomena and processes.
const OCCURRENCES: &[u8] = &[0x0b, 0x13, 0x16];

/// Whether two nouns may name one thing: the same lemma, a first sense in
/// common ("probe" / "investigation"), or one's first sense a kind of one
/// of the other's first senses ("blaze" / "fire"). Words WordNet does not
/// know as nouns relate only to themselves. A closed compound is a kind of
/// its last noun ("floodgate" / "gate"), as an open one is.
pub fn same_thing(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (Some((la, na)), Some((lb, nb))) = (noun_entry(a), noun_entry(b)) else {
        return false;
    };
    synonyms(a, b)
        || compound_of(la, lb)
        || compound_of(lb, la)
        || na.hypernyms.iter().any(|h| nb.senses.contains(h))
        || nb.hypernyms.iter().any(|h| na.senses.contains(h))
}

/// Whether two nouns are one lemma or share a sense ("lawyer" /
/// "attorney"): two words for one thing, not a thing and a kind of it
/// ("prosecutor" is a kind of lawyer, and no defence lawyer).
pub fn synonyms(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (Some((la, na)), Some((lb, nb))) = (noun_entry(a), noun_entry(b)) else {
        return false;
    };
    la == lb || na.senses.iter().any(|s| nb.senses.contains(s))
}

/// Whether `ancestor`'s first sense is one `word`'s first sense is a kind
/// of, up to [`KIND_STEPS`] steps up ("chief" of "director": a director is
/// an administrator, an administrator a chief). Words WordNet does not
/// know as nouns are kinds of nothing.
pub fn a_kind_of(word: &str, ancestor: &str) -> bool {
    a_kind_by(word, ancestor, hypernyms_of_first_senses())
}

/// Whether `word`'s first sense is a kind of `ancestor`'s first sense,
/// within [`KIND_STEPS`] steps of the way up `up` gives.
fn a_kind_by(word: &str, ancestor: &str, up: &FxHashMap<u32, Vec<u32>>) -> bool {
    let (Some((_, noun)), Some((_, above))) = (noun_entry(word), noun_entry(ancestor)) else {
        return false;
    };
    let Some(&target) = above.senses.first() else {
        return false;
    };
    climbs_to(noun.hypernyms, up, KIND_STEPS, &[target])
}

/// Whether a synset of `targets` is among `level`, or among the synsets
/// `up` leads to from it within `steps` steps.
fn climbs_to(
    mut level: Vec<u32>,
    up: &FxHashMap<u32, Vec<u32>>,
    steps: usize,
    targets: &[u32],
) -> bool {
    for _ in 0..steps {
        if level.iter().any(|h| targets.contains(h)) {
            return true;
        }
        level = one_step_up(&level, up);
    }
    false
}

/// The synsets `up` gives as hypernyms of those of `level`.
fn one_step_up(level: &[u32], up: &FxHashMap<u32, Vec<u32>>) -> Vec<u32> {
    level
        .iter()
        .filter_map(|s| up.get(s))
        .flatten()
        .copied()
        .collect()
}

/// How many hypernym steps [`a_kind_of`] climbs.
const KIND_STEPS: usize = 3;

/// `word`'s first sense, and the synsets it is a kind of within
/// [`KIND_STEPS`] steps through every synset ([`a_kind_of_thing`]'s way
/// up): what a count of it meets a count of its class by ("58,400 salmon"
/// / "71,200 fish").
pub fn first_sense_and_kinds(word: &str) -> Option<(u32, Vec<u32>)> {
    let (_, noun) = noun_entry(word)?;
    let first = *noun.senses.first()?;
    let up = hypernyms_of_every_synset();
    let mut kinds: Vec<u32> = Vec::new();
    let mut level = noun.hypernyms;
    for _ in 0..KIND_STEPS {
        for &synset in &level {
            if synset != first && !kinds.contains(&synset) {
                kinds.push(synset);
            }
        }
        level = one_step_up(&level, up);
    }
    Some((first, kinds))
}

/// Whether a counted or measured thing `word` is, by its first sense, a
/// kind of `ancestor`'s first sense, within [`KIND_STEPS`] steps through
/// every synset WordNet has ("salmon" → "food fish" → "fish"). Wider
/// than [`a_kind_of`], whose way up holds only synsets that are a
/// one-word noun's first sense: that narrower way keeps titles of people
/// apart ("chairman" / "secretary" meet far up, as officials).
pub fn a_kind_of_thing(word: &str, ancestor: &str) -> bool {
    a_kind_by(word, ancestor, hypernyms_of_every_synset())
}

/// The hypernyms of every synset that is some noun's first sense: the
/// table records hypernyms of first senses only, the same on every line
/// whose first sense the synset is. Built on first use, once for
/// [`a_kind_of`] and [`hypernyms_of`] alike.
fn hypernyms_of_first_senses() -> &'static FxHashMap<u32, Vec<u32>> {
    static UP: OnceLock<FxHashMap<u32, Vec<u32>>> = OnceLock::new();
    UP.get_or_init(|| {
        nouns()
            .lines
            .iter()
            .filter_map(|line| parse_noun(line))
            .filter_map(|(_, noun)| Some((*noun.senses.first()?, noun.hypernyms)))
            .collect()
    })
}

/// The hypernyms of every synset another is a kind of, those no one-word
/// noun has for its first sense too ("food fish", between "salmon" and
/// "fish"): the whole way up, for [`a_kind_of_thing`].
fn hypernyms_of_every_synset() -> &'static FxHashMap<u32, Vec<u32>> {
    static UP: OnceLock<FxHashMap<u32, Vec<u32>>> = OnceLock::new();
    UP.get_or_init(|| {
        let above = nouns().above.iter().filter_map(|line| {
            let (synset, hypernyms) = line.split_once(' ')?;
            Some((
                u32::from_str_radix(synset, 16).ok()?,
                synsets(Some(hypernyms)),
            ))
        });
        let mut up = hypernyms_of_first_senses().clone();
        up.extend(above);
        up
    })
}

/// Whether one person may be called by both nouns at once: they may name
/// one thing ([`same_thing`]: "chairman" / "chair", "commander" /
/// "officer"), they are two kinds of one thing ("spokesman" /
/// "spokeswoman", "director" / "executive"), or either is a kind of person
/// so broad that any title may be one of it ([`broad_kind_of_person`]).
/// Words WordNet does not know as nouns relate to nothing.
pub fn may_name_one_person(a: &str, b: &str) -> bool {
    if same_thing(a, b) || broad_kind_of_person(a) || broad_kind_of_person(b) {
        return true;
    }
    let (Some((_, na)), Some((_, nb))) = (noun_entry(a), noun_entry(b)) else {
        return false;
    };
    na.hypernyms.iter().any(|h| nb.hypernyms.contains(h))
}

/// Whether two nouns of people may count one crowd: they may name one
/// thing ([`same_thing`]), their first senses are kinds of one kind
/// ("visitors" / "passengers", travellers both), they are made from verbs
/// of one deed ("racers" / "competitors": to race is to compete), or one
/// names people at large ("people", "persons"). "Spectators" and
/// "competitors" are two crowds.
pub fn may_count_one_crowd(a: &str, b: &str) -> bool {
    if same_thing(a, b) {
        return true;
    }
    let (Some((_, na)), Some((_, nb))) = (noun_entry(a), noun_entry(b)) else {
        return false;
    };
    let verbs = |n: &Noun| {
        n.verbs
            .split(',')
            .filter(|v| !v.is_empty())
            .collect::<Vec<_>>()
    };
    let (va, vb) = (verbs(&na), verbs(&nb));
    people_at_large(&na)
        || people_at_large(&nb)
        || na.hypernyms.iter().any(|h| nb.hypernyms.contains(h))
        || va.iter().any(|x| vb.iter().any(|y| same_deed(x, y)))
}

/// The first senses of nouns `words`, for kinds told by their roots.
fn first_senses(words: &[&str]) -> Vec<u32> {
    words
        .iter()
        .filter_map(|w| noun_entry(w).and_then(|(_, n)| n.senses.first().copied()))
        .collect()
}

/// The noun's first sense is WordNet's person or people, of whom any crowd
/// is one.
fn people_at_large(noun: &Noun) -> bool {
    static AT_LARGE: OnceLock<Vec<u32>> = OnceLock::new();
    let at_large = AT_LARGE.get_or_init(|| first_senses(&["person", "people"]));
    noun.senses.first().is_some_and(|s| at_large.contains(s))
}

/// Whether `word` names a kind of person so broad that any title may be
/// one of it ("leader", "expert", "worker"): its first sense WordNet makes
/// directly a kind of "person".
pub fn broad_kind_of_person(word: &str) -> bool {
    static PERSON: OnceLock<Option<u32>> = OnceLock::new();
    let person =
        *PERSON.get_or_init(|| noun_entry("person").and_then(|(_, p)| p.senses.first().copied()));
    noun_entry(word).is_some_and(|(_, n)| person.is_some_and(|p| n.hypernyms.contains(&p)))
}

/// Whether `compound` is a noun of another noun before `head`
/// ("floodgate" = "flood" + "gate"), where both are WordNet nouns of more
/// than two letters.
fn compound_of(compound: &str, head: &str) -> bool {
    compound.strip_suffix(head).is_some_and(|modifier| {
        modifier.len() > 2 && head.len() > 2 && noun_entry(modifier).is_some()
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

/// The verb WordNet defines by the phrase of verb lemma `lemma` and the
/// one or two words `after` it ("take" + "into custody": "arrest";
/// "find" + "guilty": "convict"). Reports tell a deed by the words a
/// dictionary explains it with as often as by its verb.
/// With the verb comes how many of the words `after` the phrase took:
/// they tell the deed, not what it was done to.
pub fn verb_defined_by(lemma: &str, after: &[&str]) -> Option<(&'static str, usize)> {
    let phrases = &lexicon().phrases;
    (1..=after.len().min(2)).rev().find_map(|n| {
        let mut phrase = lemma.to_string();
        for word in &after[..n] {
            phrase.push('_');
            phrase.push_str(word);
        }
        phrases.get(phrase.as_str()).map(|&verb| (verb, n))
    })
}

/// Whether verb form `word` tells a state rather than a happening: its
/// first sense is a kind of "be" ("four people remained in hospital on
/// Sunday", "stayed", "cost"), so a date beside it says when the state
/// held, not when something happened.
pub fn tells_a_state(word: &str) -> bool {
    verb_of_form(word).is_some_and(|verb| verb.state)
}

/// Whether verb form `word` tells a thought or a feeling (its first sense
/// in WordNet's verb.cognition or verb.emotion: "hope", "plan", "expect",
/// "want", "decide"), or an intention (a sense that is a kind of
/// "intend": "aim", whose first sense is pointing a weapon): what it
/// governs ("crews hope to have flushed all 112 miles", "aiming to raise
/// £25,000") is in the mind, not what happened.
pub fn tells_a_mind(word: &str) -> bool {
    verb_of_form(word).is_some_and(|verb| {
        // "Intend" is looked up only for a verb no file of minds holds.
        let intends = || {
            lexicon().verbs.get("intend").is_some_and(|intend| {
                let senses = intend.first(KIND_SENSES);
                verb.hypernyms.iter().any(|h| senses.contains(h))
            })
        };
        MINDS.contains(&verb.kind) || intends()
    })
}

/// Whether verb form `word` tells a message (its first sense in WordNet's
/// verb.communication: "announce", "agree", "report"): what happened is
/// what it tells ("announced Monday that he called Putin").
pub fn tells_a_message(word: &str) -> bool {
    verb_of_form(word).is_some_and(|verb| verb.kind == COMMUNICATION)
}

/// WordNet's lexicographer file of verbs of communication.
const COMMUNICATION: u8 = 32;

/// Whether verb lemma `lemma` asks another for something: a verb of a
/// message that is one deed with "request" ("demand", "ask", "call for"),
/// not one that tells what is ("announce", "report").
pub fn tells_a_request(lemma: &str) -> bool {
    tells_a_message(lemma) && same_deed(lemma, "request")
}

/// Whether verb lemma `lemma` commands with authority: its first sense is
/// that of "order", or one of its first senses a kind of it ("direct",
/// "instruct", "require"). What a court orders someone to pay is owed,
/// where what a campaign urges or asks a minister to release is only asked
/// for.
pub fn tells_a_command(lemma: &str) -> bool {
    first_sense_a_kind_of(lemma, "order")
}

/// Whether verb lemma `lemma` tells a wish to have something: its first
/// sense is that of "desire", or a kind of it ("want", "seek", "covet").
/// What a claimant is seeking ("is seeking damages of £250,000") is asked
/// for, not got.
pub fn tells_a_wish(lemma: &str) -> bool {
    first_sense_a_kind_of(lemma, "desire")
}

/// Whether verb lemma `lemma`'s first sense is `anchor`'s first sense, or
/// one of its first senses a kind of it.
fn first_sense_a_kind_of(lemma: &str, anchor: &str) -> bool {
    let verbs = &lexicon().verbs;
    let (Some(verb), Some(&kind)) = (
        verbs.get(lemma),
        verbs.get(anchor).and_then(|v| v.senses.first()),
    ) else {
        return false;
    };
    verb.senses.first() == Some(&kind) || verb.hypernyms.contains(&kind)
}

/// Whether verb lemma `lemma` tells dealings with others (its first sense
/// in WordNet's verb.communication, verb.competition or verb.social:
/// "defend", "prosecute", "campaign") rather than what a body does
/// ("smile", "sob"): one's part in a proceeding, which a court report
/// gives as "Lucan Threlfall, defending,".
pub fn tells_dealings(lemma: &str) -> bool {
    first_sense_in(lemma, DEALINGS)
}

/// WordNet's lexicographer files of verbs of communication, competition
/// and social life.
const DEALINGS: &[u8] = &[COMMUNICATION, COMPETITION, SOCIAL];

/// WordNet's lexicographer files of verbs of competition and of social
/// life.
const COMPETITION: u8 = 33;
const SOCIAL: u8 = 41;

/// Whether verb lemma `lemma` tells coming to know or making known (its
/// first sense in WordNet's verb.perception, verb.cognition or
/// verb.communication: "discover", "spot", "confirm", "announce") rather
/// than a deed done to a thing ("repair", "close", "steal"): a thing is
/// found or announced, then acted on, and the two are two happenings.
pub fn tells_knowing(lemma: &str) -> bool {
    first_sense_in(lemma, KNOWING)
}

/// Whether verb lemma `lemma`'s first sense is a state (WordNet's
/// verb.stative: "lodge" first means to stay as a lodger): a deed told
/// with it ("the report lodged with the union") uses another sense, so
/// its first sense says nothing of what kind of deed it is.
pub fn first_sense_a_state(lemma: &str) -> bool {
    first_sense_in(lemma, &[STATIVE])
}

/// WordNet's lexicographer file of verbs of being and having.
const STATIVE: u8 = 42;

/// Whether verb lemma `lemma` tells a way of moving (its first sense in
/// WordNet's verb.motion: "sail", "fly", "drive", "leave"): moving from a
/// place is leaving it, however one moves.
pub fn tells_a_motion(lemma: &str) -> bool {
    first_sense_in(lemma, &[MOTION])
}

/// WordNet's lexicographer file of verbs of motion.
const MOTION: u8 = 38;

/// Whether verb lemma `lemma`'s first sense is in one of WordNet's
/// lexicographer `files`.
fn first_sense_in(lemma: &str, files: &[u8]) -> bool {
    lexicon()
        .verbs
        .get(lemma)
        .is_some_and(|verb| files.contains(&verb.kind))
}

/// WordNet's lexicographer files of verbs of cognition, communication and
/// perception.
const KNOWING: &[u8] = &[COGNITION, COMMUNICATION, PERCEPTION];

/// WordNet's lexicographer files of verbs of cognition and of perception.
const COGNITION: u8 = 31;
const PERCEPTION: u8 = 39;

/// Whether verb lemma `lemma` tells a return to an earlier state: a verb
/// WordNet knows that is "re" before another it knows and a kind of it
/// ("reopen", "restart"), which an opposite deed came before.
pub fn tells_a_return(lemma: &str) -> bool {
    let verbs = &lexicon().verbs;
    let (Some(verb), Some(rest)) = (
        verbs.get(lemma),
        lemma.strip_prefix("re").and_then(|rest| verbs.get(rest)),
    ) else {
        return false;
    };
    // WordNet makes it a kind of the verb after "re" ("reopen" of "open"),
    // as it does not "resign" of "sign" or "repair" of "pair".
    verb.hypernyms.iter().any(|h| rest.senses.contains(h))
}

/// Whether two verb lemmas tell opposite deeds: WordNet makes a first
/// sense of one the antonym of one of the other's commoner senses ("open"
/// / "close", "hire" / "fire", "detain" / "release"). One thing opened and
/// closed, or detained and released, underwent two happenings.
pub fn opposite_deeds(a: &str, b: &str) -> bool {
    let verbs = &lexicon().verbs;
    let (Some(va), Some(vb)) = (verbs.get(a), verbs.get(b)) else {
        return false;
    };
    let (ka, kb) = (va.first(KIND_SENSES), vb.first(KIND_SENSES));
    va.opposites.iter().any(|o| kb.contains(o)) || vb.opposites.iter().any(|o| ka.contains(o))
}

/// Whether WordNet opposes any of the first senses of verb lemma `lemma`
/// to another deed ("prosecute" / "defend"): a deed with sides.
pub fn has_an_opposite(lemma: &str) -> bool {
    lexicon()
        .verbs
        .get(lemma)
        .is_some_and(|verb| !verb.opposites.is_empty())
}

/// Whether the deed WordNet opposes to verb lemma `lemma` is done by
/// people it names for it ("defend" / "attack": an attacker; "prosecute"
/// / "defend": a defender), so that one who does `lemma` takes a side
/// against them; "manage" is opposed only by "fail", which no one does
/// as a part.
pub fn opposed_by_a_party(lemma: &str) -> bool {
    lexicon().verbs.get(lemma).is_some_and(|verb| {
        verb.opposites
            .iter()
            .any(|o| senses_done_by_a_party().contains(o))
    })
}

/// The first senses of every verb WordNet names its doers for (an agent
/// noun: "defend" → "defender"): read once, as the verb table is.
fn senses_done_by_a_party() -> &'static FxHashSet<u32> {
    static PARTIES: OnceLock<FxHashSet<u32>> = OnceLock::new();
    PARTIES.get_or_init(|| {
        lexicon()
            .verbs
            .iter()
            .filter(|(lemma, _)| agent_noun_of(lemma).is_some())
            .flat_map(|(_, verb)| verb.first(KIND_SENSES).iter().copied())
            .collect()
    })
}

/// Whether verb lemma `lemma` tells a change its subject undergoes (its
/// first sense in WordNet's verb.change: "break down", "collapse",
/// "begin"): the subject is what happened to, not who acted.
pub fn tells_a_change(lemma: &str) -> bool {
    first_sense_in(lemma, &[CHANGE])
}

/// WordNet's lexicographer file of verbs of change.
const CHANGE: u8 = 30;

/// The table's entry of the verb `word` is a form of. WordNet lists
/// irregular forms of some lemmas its verb table leaves out ("salaried" →
/// "salary"): those have none.
fn verb_of_form(word: &str) -> Option<&'static Verb> {
    let lexicon = lexicon();
    base_form(lexicon, word).and_then(|lemma| lexicon.verbs.get(lemma))
}

/// WordNet's lexicographer files of verbs of thought and of feeling.
const MINDS: &[u8] = &[31, 37];

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
    less_an_ending(word, ENDINGS, |candidate, stem, restore| {
        if let Some((lemma, _)) = lexicon.verbs.get_key_value(candidate) {
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

/// Morphy's detachment: the first of `endings` `word` has, replaced by
/// its restoration, that `lookup` finds (given the candidate, the stem and
/// the restoration).
fn less_an_ending<T>(
    word: &str,
    endings: &[(&str, &str)],
    mut lookup: impl FnMut(&str, &str, &str) -> Option<T>,
) -> Option<T> {
    let mut candidate = String::with_capacity(word.len() + 2);
    endings.iter().find_map(|(ending, restore)| {
        let stem = word.strip_suffix(ending)?;
        candidate.clear();
        candidate.push_str(stem);
        candidate.push_str(restore);
        lookup(&candidate, stem, restore)
    })
}

/// Whether two verbs (WordNet lemmas, from [`verb_lemma`]) may tell one
/// happening: they share a sense, however rare ("scrub" / "call off";
/// "lodge" / "file", "put out" / "issue": a synonym set is one meaning,
/// and two verbs in one are that meaning whenever they meet), or one's
/// first sense is a kind of one of the other's common senses ("leave" /
/// "depart", "launch" / "open"). Verbs WordNet does not know relate only
/// to themselves.
pub fn same_deed(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let lexicon = lexicon();
    let (Some(va), Some(vb)) = (lexicon.verbs.get(a), lexicon.verbs.get(b)) else {
        return false;
    };
    let (ka, kb) = (va.first(KIND_SENSES), vb.first(KIND_SENSES));
    va.senses.iter().any(|s| vb.senses.contains(s))
        || va.hypernyms.iter().any(|h| kb.contains(h))
        || vb.hypernyms.iter().any(|h| ka.contains(h))
}

/// Whether verb lemma `lemma` tells a decision: one of its commoner senses
/// is, within [`DECISION_STEPS`] steps up WordNet's hypernyms, the first
/// sense of "decide" or of "permit" ("vote": choose, decide; "approve":
/// authorize, permit; "adopt", "endorse", "ratify"). "Reject" and
/// "challenge" are not: they are kinds of thinking and of arguing.
pub fn tells_a_decision(lemma: &str) -> bool {
    let verbs = &lexicon().verbs;
    let targets: Vec<u32> = ["decide", "permit"]
        .iter()
        .filter_map(|w| verbs.get(w)?.senses.first().copied())
        .collect();
    let Some(verb) = verbs.get(lemma) else {
        return false;
    };
    if verb.first(KIND_SENSES).iter().any(|s| targets.contains(s)) {
        return true;
    }
    climbs_to(
        verb.hypernyms.clone(),
        verb_hypernyms_by_first_sense(),
        DECISION_STEPS,
        &targets,
    )
}

/// How many hypernym steps [`tells_a_decision`] climbs.
const DECISION_STEPS: usize = 4;

/// The hypernyms the verb table gives each verb whose first sense a
/// synset is, by that synset: a way up from a hypernym to its own.
fn verb_hypernyms_by_first_sense() -> &'static FxHashMap<u32, Vec<u32>> {
    static UP: OnceLock<FxHashMap<u32, Vec<u32>>> = OnceLock::new();
    UP.get_or_init(|| {
        let mut up: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for verb in lexicon().verbs.values() {
            if let Some(&first) = verb.senses.first() {
                let hypernyms = up.entry(first).or_default();
                for &h in &verb.hypernyms {
                    if !hypernyms.contains(&h) {
                        hypernyms.push(h);
                    }
                }
            }
        }
        up
    })
}

/// Whether verb lemmas `a` and `b` tell one deed by their first senses:
/// one lemma, or a first sense in common ("cancel" / "call off"). Stricter
/// than [`same_deed`], which a verb of many senses meets through any of
/// them ("take" someone to hospital / "lead" them out of a store): only
/// this tells two nouns of one crowd apart by what was done to them.
pub fn one_deed_first(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let lexicon = lexicon();
    let (Some(va), Some(vb)) = (lexicon.verbs.get(a), lexicon.verbs.get(b)) else {
        return false;
    };
    va.senses
        .first()
        .is_some_and(|s| vb.senses.first() == Some(s))
}

/// Whether verb lemmas `a` and `b` are two kinds of one deed: a hypernym
/// of their first senses in common ("publish" and "circulate" are both
/// ways to disseminate). Looser than [`same_deed`]: siblings may be two
/// deeds, so only a theme both are done to makes them one.
pub fn kinds_of_one_deed(a: &str, b: &str) -> bool {
    let kinds_of_b = deed_kinds(b);
    deed_kinds(a).iter().any(|kind| kinds_of_b.contains(kind))
}

/// The hypernyms of verb lemma `verb`'s common senses, by which
/// [`kinds_of_one_deed`] relates it: the kinds of deed it may be.
pub fn deed_kinds(verb: &str) -> &'static [u32] {
    lexicon()
        .verbs
        .get(verb)
        .map_or(&[], |entry| entry.hypernyms.as_slice())
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
        for &sense in &entry.senses {
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

    /// WordNet lists irregular forms of lemmas its verb table leaves out
    /// ("salaried" → "salary"): asking what such a form tells must not
    /// fail, and it tells no mind and no state.
    #[test]
    fn an_irregular_form_of_no_listed_verb_tells_nothing() {
        for word in ["salaried", "blipped"] {
            assert!(!tells_a_mind(word), "{word}");
            assert!(!tells_a_state(word), "{word}");
        }
        assert!(tells_a_mind("hoped"));
    }

    #[test]
    fn an_agent_noun_is_formed_from_its_verb() {
        assert_eq!(verb_of_agent_noun("inspector"), Some("inspect"));
        assert_eq!(verb_of_agent_noun("manager"), Some("manage"));
        assert_eq!(verb_of_agent_noun("engineer"), None);
        assert_eq!(verb_of_agent_noun("official"), None);
    }

    #[test]
    fn a_decision_is_a_kind_of_deciding_or_permitting() {
        for verb in ["vote", "approve", "adopt", "endorse", "ratify", "decide"] {
            assert!(tells_a_decision(verb), "{verb}");
        }
        for verb in ["reject", "challenge", "announce", "revoke", "close", "say"] {
            assert!(!tells_a_decision(verb), "{verb}");
        }
    }

    #[test]
    fn a_mere_happening_is_an_event_noun_of_no_verb() {
        for word in ["incident", "incidents", "accident", "episode"] {
            assert!(names_a_mere_happening(word), "{word}");
        }
        // Nouns of a deed or an occurrence WordNet names by a verb, nouns
        // of things, and words that are verbs too.
        for word in [
            "collapse",
            "fire",
            "inspection",
            "meeting",
            "ferry",
            "crash",
            // Less its "s", a "discus": an event, but the word is a verb.
            "discuss",
            // Named kinds of their own.
            "funeral",
            "earthquake",
        ] {
            assert!(!names_a_mere_happening(word), "{word}");
        }
    }

    #[test]
    fn nouns_that_may_count_one_crowd() {
        assert!(may_count_one_crowd("racers", "competitors"));
        assert!(may_count_one_crowd("visitors", "people"));
        assert!(may_count_one_crowd("pupils", "students"));
        assert!(may_count_one_crowd("visitors", "passengers"));
        assert!(!may_count_one_crowd("spectators", "competitors"));
        assert!(!may_count_one_crowd("residents", "visitors"));
    }

    #[test]
    fn a_kind_is_found_a_few_hypernym_steps_up() {
        // A director is an administrator, an administrator a chief.
        assert!(a_kind_of("director", "chief"));
        assert!(a_kind_of("chief", "leader"));
        assert!(!a_kind_of("prosecutor", "chief"));
        assert!(!a_kind_of("lawyer", "leader"));
    }

    #[test]
    fn a_profession_names_its_field_by_its_form() {
        assert_eq!(
            field_of_profession("engineer").as_deref(),
            Some("engineering")
        );
        assert_eq!(
            field_of_profession("surveyor").as_deref(),
            Some("surveying")
        );
        assert_eq!(
            field_of_profession("hydrologist").as_deref(),
            Some("hydrology")
        );
        assert_eq!(field_of_profession("spokesman"), None);
    }

    /// A counted thing is a kind of its class through synsets no one-word
    /// noun has first ("salmon" → "food fish" → "fish"); siblings are no
    /// kind of each other, and titles keep the narrower way up.
    #[test]
    fn things_are_kinds_of_their_class_the_whole_way_up() {
        assert!(a_kind_of_thing("salmon", "fish"));
        assert!(!a_kind_of("salmon", "fish"));
        assert!(!a_kind_of_thing("fish", "salmon"));
        assert!(!a_kind_of_thing("salmon", "trout"));
        let (first, kinds) = first_sense_and_kinds("salmon").unwrap();
        assert_eq!(first, noun_entry("salmon").unwrap().1.senses[0]);
        assert!(kinds.contains(&noun_entry("fish").unwrap().1.senses[0]));
    }

    #[test]
    fn verbs_of_taking_into_service() {
        for verb in ["hire", "employ", "engage", "appoint"] {
            assert!(takes_into_service(verb), "{verb}");
        }
        for verb in ["detain", "train", "praise", "nominate"] {
            assert!(!takes_into_service(verb), "{verb}");
        }
    }

    #[test]
    fn one_deed_by_first_senses() {
        assert!(one_deed_first("cancel", "call_off"));
        assert!(one_deed_first("treat", "treat"));
        assert!(!one_deed_first("take", "lead"));
        assert!(!one_deed_first("evacuate", "take"));
    }

    #[test]
    fn nouns_of_a_part() {
        for word in ["part", "portion", "share"] {
            assert!(names_a_part(word), "{word}");
        }
        for word in ["total", "notice", "whole"] {
            assert!(!names_a_part(word), "{word}");
        }
    }

    #[test]
    fn a_mere_group_and_people_counted_by_a_compound() {
        for word in ["group", "people"] {
            assert!(names_a_mere_group(word), "{word}");
        }
        for word in ["crew", "team", "hillwalker", "council", "collection"] {
            assert!(!names_a_mere_group(word), "{word}");
        }
        // WordNet lists no "hillwalker"; its last noun is a person.
        assert!(counts_people("hillwalkers"));
        assert!(!counts_people("hillsides"));
    }

    #[test]
    fn nouns_of_one_thing_and_of_happenings() {
        for (a, b) in [
            ("probe", "investigation"),
            ("blaze", "fire"),
            ("fires", "fire"),
            ("ships", "vessel"),
            ("floodgates", "gate"),
        ] {
            assert!(same_thing(a, b), "{a} / {b}");
            assert!(same_thing(b, a), "{b} / {a}");
        }
        // "spillway" is no kind of "way": a compound's first part must be
        // a noun of its own ("spill" is; "ferryman"'s "ferry" is, but
        // "man" and "crew" are not one thing).
        for (a, b) in [
            ("fire", "flood"),
            ("tribunal", "appeal"),
            ("ferry", "crew"),
            ("ferryman", "crew"),
        ] {
            assert!(!same_thing(a, b), "{a} / {b}");
        }
        assert_eq!(happening_of_noun("inspection"), Some("inspect"));
        assert_eq!(happening_of_noun("airlifts"), Some("airlift"));
        assert_eq!(happening_of_noun("signature"), Some("sign"));
        assert_eq!(happening_of_noun("appeal"), Some("appeal"));
        assert_eq!(happening_of_noun("fire"), Some("fire"));
        assert_eq!(happening_of_noun("tribunal"), None);
        assert_eq!(happening_of_noun("plant"), None);
        assert_eq!(happening_of_noun("xylophones"), None);
        // An occasion may be a happening or a kind of gathering; a body
        // or a building is none.
        assert_eq!(occasion_of_noun("meeting"), Some("meet"));
        assert_eq!(occasion_of_noun("rally"), Some("rally"));
        assert_eq!(occasion_of_noun("hearing"), happening_of_noun("hearing"));
        assert_eq!(occasion_of_noun("company"), None);
        assert_eq!(occasion_of_noun("hall"), None);
    }

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

    /// A noun in "-nce" WordNet ties to no verb is made from the verb in
    /// "-nd"; a stem of two letters makes none.
    #[test]
    fn a_noun_in_nce_is_made_from_a_verb_in_nd() {
        assert_eq!(verb_of_a_deed_noun("defence"), Some("defend"));
        assert_eq!(verb_of_a_deed_noun("prosecution"), Some("prosecute"));
        for word in ["sense", "tense", "fence"] {
            assert_eq!(verb_of_a_deed_noun(word), None, "{word}");
        }
    }

    /// WordNet's glosses name a verb by the phrase that explains it; a
    /// verb's own particle is a lemma, not a gloss.
    #[test]
    fn a_defining_phrase_names_its_verb() {
        assert_eq!(
            verb_defined_by("take", &["into", "custody"]).map(|(verb, _)| verb),
            Some("arrest")
        );
        assert_eq!(
            verb_defined_by("find", &["guilty", "on"]),
            Some(("convict", 1))
        );
        assert_eq!(verb_defined_by("take", &["into", "account"]), None);
        assert_eq!(verb_defined_by("find", &["out"]), None);
    }

    #[test]
    fn states_and_times_are_no_happenings() {
        for state in ["remained", "stays", "cost"] {
            assert!(tells_a_state(state), "{state}");
        }
        for change in ["ended", "sank", "held", "reopened"] {
            assert!(!tells_a_state(change), "{change}");
        }
        assert!(names_a_time("evening") && names_a_time("morning"));
        for mind in ["hope", "plans", "expected", "wants", "decided", "aiming"] {
            assert!(tells_a_mind(mind), "{mind}");
        }
        for deed in ["managed", "began", "sank", "agreed", "meant", "designated"] {
            assert!(!tells_a_mind(deed), "{deed}");
        }
        assert!(!names_a_time("meeting") && !names_a_time("flooding"));
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
            ("file", "lodge"),
            ("issue", "put_out"),
            ("release", "publish"),
            ("convene", "meet"),
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

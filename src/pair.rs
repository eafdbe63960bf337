//! Blocking: claims are grouped by what they could be compared with (kind,
//! unit, topic or head noun). Slots are formed inside a block
//! ([`crate::slot`]).

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::extract::{Claim, ClaimBody};
use crate::normalise::entities::EntityRef;
use crate::normalise::quantity::Unit;
use crate::normalise::senses::{
    counts_people, deed_groups, deed_kinds, first_sense_and_kinds, noun_senses_and_kinds,
    noun_synsets, occurrence_synsets, tells_a_decision, tells_knowing,
};
use crate::rules::RuleSet;
use crate::slot::UnionFind;

/// The topic part of the key for claims no topic rule governs: they meet
/// every other such claim of their unit, and the judge asks for the same
/// head noun and close wording before it compares them.
pub const GENERIC: &str = "*";

/// The topic part of the key for counts of people taken somewhere, before
/// the place: "to:hospital".
const TAKEN_TO: &str = "to:";

/// The key that decides which claims may meet: kind, unit (with a rate's
/// denominator) and topic. Claims under no topic rule get a generic key, so
/// nothing checkable is silently dropped.
pub fn block_key(claim: &Claim, rules: &RuleSet) -> Option<String> {
    match &claim.body {
        ClaimBody::Figure(figure) => {
            let unit = match &figure.unit {
                Unit::Money(code) => format!("money:{code}"),
                Unit::Percent => "percent".into(),
                Unit::PercentagePoints => "points".into(),
                Unit::Duration { .. } => "duration".into(),
                Unit::Measure { dimension, .. } => format!("measure:{dimension}"),
                Unit::Count(class) => format!("count:{class}"),
            };
            let per = figure
                .per
                .as_ref()
                .map(|p| format!("/{p}"))
                .unwrap_or_default();
            let goal = figure.deed.as_ref().and_then(|d| d.goal.as_deref());
            let about = match (&figure.unit, goal, figure.topic) {
                // People taken somewhere ("taken to hospital") are counted
                // by where they went, whatever else their sentence names:
                // they meet those taken there, not every count of the
                // injured or of people at large.
                (Unit::Count(class), Some(goal), _) if counts_people(class) => {
                    format!("{TAKEN_TO}{goal}")
                }
                (_, _, Some(topic)) => rules.topics.get(topic)?.id.clone(),
                (_, _, None) => GENERIC.to_string(),
            };
            Some(format!("figure|{unit}{per}|{about}"))
        }
        ClaimBody::Date(date) => Some(format!("date|event|{}", date.event.name(rules))),
        // Quotes meet every other quote: the judge compares their words.
        ClaimBody::Attribution(_) => Some("attribution|quote|*".to_string()),
        ClaimBody::Role(role) => Some(format!("role|person|{:?}", role.person)),
    }
}

/// The key claims are shuffled on when blocks are judged apart (the
/// `judge` command): the block key, less the person of a role, whose name
/// the corpus-wide merge of names may still change, less a date's
/// happening, and less a figure's topic and counted noun (counts of people
/// keep their topic: they meet no other). Every block lies within one
/// shuffle key.
pub fn shuffle_key(claim: &Claim, rules: &RuleSet) -> Option<String> {
    match &claim.body {
        ClaimBody::Role(_) => Some("role|person".to_string()),
        // Dates meet those of another verb of the same happening: their
        // blocks are merged in one run.
        ClaimBody::Date(_) => Some("date|event".to_string()),
        // Figures meet those of other topics and other counted nouns of
        // their unit ([`merge_figures`]).
        ClaimBody::Figure(figure) => {
            let key = block_key(claim, rules)?;
            let (unit, topic) = key.rsplit_once('|')?;
            let per = figure.per.as_deref().unwrap_or_default();
            Some(match &figure.unit {
                Unit::Count(class) if counts_people(class) && topic.starts_with(TAKEN_TO) => {
                    format!("figure|people/{per}|{TAKEN_TO}")
                }
                Unit::Count(class) if counts_people(class) => {
                    format!("figure|people/{per}|{topic}")
                }
                Unit::Count(_) => format!("figure|count/{per}"),
                _ => unit.to_string(),
            })
        }
        _ => block_key(claim, rules),
    }
}

/// Claims grouped by block key, in key order; each block lists claim indices
/// in order. Blocks with claims from one source only are dropped: there is
/// nothing to compare.
pub fn blocks(claims: &[Claim], rules: &RuleSet) -> Vec<(String, Vec<usize>)> {
    let mut keys: Vec<Option<String>> = claims.iter().map(|c| block_key(c, rules)).collect();
    merge_deeds(claims, &mut keys);
    merge_figures(claims, &mut keys);
    let mut map: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, key) in keys.into_iter().enumerate() {
        if let Some(key) = key {
            map.entry(key).or_default().push(index);
        }
    }
    map.into_iter()
        .filter(|(_, members)| {
            members
                .iter()
                .any(|&m| claims[m].source != claims[members[0]].source)
        })
        .collect()
}

/// How many date blocks one theme noun, or figure blocks one synset of
/// their counted nouns, may join: past it the word is too common to tell
/// one deed or one thing by.
const MAX_KEYS_PER_THEME: usize = 8;

/// Dates of verbs that may tell one happening ("the ferry left" / "the
/// ferry departed"), of nouns that may name one occurrence ("the storm"
/// / "the thunderstorm"), or of one theme ("discovered the fracture" /
/// "the fracture was spotted") meet: their blocks are one, under the first
/// of their keys. So do a mere happening's ("the incident took place on 6
/// June") and those of the happenings documents sharing a main name lead
/// with. The judge still asks whether each pair tells one happening
/// ([`crate::normalise::senses::same_deed`], `same_thing`).
fn merge_deeds(claims: &[Claim], keys: &mut [Option<String>]) {
    let mut verbs: Vec<&str> = Vec::new();
    let mut verb_index: FxHashMap<&str, usize> = FxHashMap::default();
    let mut key_index: BTreeMap<String, usize> = BTreeMap::new();
    let mut uses: Vec<(usize, usize)> = Vec::new();
    let mut occurrences: Vec<(u32, usize)> = Vec::new();
    let mut themes: Vec<(&str, usize)> = Vec::new();
    let mut once: Vec<(u32, usize)> = Vec::new();
    let mut decisions: Vec<usize> = Vec::new();
    let mut deciding: FxHashMap<&str, bool> = FxHashMap::default();
    // A corpus repeats its patients: each word is looked up once.
    let mut synsets_of: FxHashMap<&str, Vec<u32>> = FxHashMap::default();
    // Keys of the happenings stories lead with, by each main name of their
    // documents, with how many claims; and keys of dates of a mere
    // happening ("the incident happened on 12 May") with every name of
    // their documents (a report may name the story's place but once).
    let mut leading: FxHashMap<&EntityRef, FxHashMap<usize, usize>> = FxHashMap::default();
    let mut mere: Vec<(usize, &[EntityRef])> = Vec::new();
    for (claim, key) in claims.iter().zip(keys.iter()) {
        let (ClaimBody::Date(date), Some(key)) = (&claim.body, key) else {
            continue;
        };
        let mut synsets: Vec<u32> = Vec::new();
        for word in date.patient_words() {
            synsets.extend_from_slice(
                synsets_of
                    .entry(word)
                    .or_insert_with(|| occurrence_synsets(word)),
            );
        }
        if date.verb.is_none() && synsets.is_empty() && !date.leads {
            continue;
        }
        let next = key_index.len();
        let k = *key_index.entry(key.clone()).or_insert(next);
        if date.names_a_mere_happening() {
            mere.push((k, &claim.context.story));
        } else if date.leads {
            for name in claim.context.document.iter() {
                *leading.entry(name).or_default().entry(k).or_default() += 1;
            }
        }
        occurrences.extend(synsets.into_iter().map(|synset| (synset, k)));
        if date.verb.is_some() {
            themes.extend(date.theme_nouns().map(|w| (w, k)));
        }
        // A deed done once (a rank told, a coming to know) meets others
        // of its kinds of deed ("last inspected" / "last checked").
        if let Some(verb) = date
            .verb
            .as_deref()
            .filter(|v| date.ordinal.is_some() || tells_knowing(v))
        {
            once.extend(deed_kinds(verb).iter().map(|&kind| (kind, k)));
        }
        // A decision meets the other decisions ("voted to shut it" / "the
        // closure was approved"): the judge asks for one thing decided.
        if date
            .verb
            .as_deref()
            .is_some_and(|v| *deciding.entry(v).or_insert_with(|| tells_a_decision(v)))
        {
            decisions.push(k);
        }
        // A deed done at an occasion meets the occasion told by its verb
        // ("taken at a meeting of the committee" / "the committee met");
        // people named by an agent noun who come to a place meet the deed
        // their noun names ("inspectors visited" / "the stage was
        // examined"); a support verb's noun meets its verb ("made his
        // first court appearance" / "appeared"). The judge asks each again.
        let mut told: Vec<&str> = [date.verb.as_deref(), date.occasion.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        told.extend(date.deeds_come_to_do());
        told.extend(date.deed_of_its_noun());
        for verb in told {
            let v = *verb_index.entry(verb).or_insert_with(|| {
                verbs.push(verb);
                verbs.len() - 1
            });
            uses.push((v, k));
        }
    }
    if key_index.len() < 2 {
        return;
    }
    let groups = deed_groups(&verbs);
    let mut merged = UnionFind::new(key_index.len());
    let mut key_of_group: FxHashMap<usize, usize> = FxHashMap::default();
    for (v, k) in uses {
        let first = *key_of_group.entry(groups[v]).or_insert(k);
        merged.join(first, k);
    }
    // One occurrence named with two nouns ("the storm" / "the
    // thunderstorm"), whatever verbs tell it: their blocks meet too, by
    // the synsets the nouns may share.
    let mut key_of_synset: FxHashMap<u32, usize> = FxHashMap::default();
    for (synset, k) in occurrences {
        let first = *key_of_synset.entry(synset).or_insert(k);
        merged.join(first, k);
    }
    // Deeds done once, of one kind: the judge asks for one rank and one
    // thing done to. A kind many blocks share is too broad to tell one by.
    for keys in keys_by(once).values() {
        if keys.len() <= MAX_KEYS_PER_THEME {
            join_under_first(&mut merged, keys);
        }
    }
    // Decisions, unless a corpus takes too many to tell one by its verb.
    decisions.sort_unstable();
    decisions.dedup();
    if (1..=MAX_KEYS_PER_THEME).contains(&decisions.len()) {
        join_under_first(&mut merged, &decisions);
    }
    // One deed done to one thing told by verbs WordNet does not relate
    // ("discovered the fracture" / "the fracture was spotted"), or to one
    // thing named two ways ("announced the timetable" / "unveiled the
    // schedule"): dates of one theme, or of themes that share a noun
    // synset, meet too, and the judge asks whether the deed is one.
    // A theme of many blocks ("company", "government") is too common to
    // tell one deed by: it would chain them all into one.
    let mut theme_synsets: FxHashMap<&str, (Vec<u32>, Vec<u32>)> = FxHashMap::default();
    let mut meetings: Vec<(ThemeKey, usize)> = Vec::new();
    for (word, k) in themes {
        let (senses, kinds) = theme_synsets
            .entry(word)
            .or_insert_with(|| noun_senses_and_kinds(word));
        let meets = senses
            .iter()
            .map(|&s| ThemeKey::Sense(s))
            .chain(kinds.iter().map(|&h| ThemeKey::Kind(h)))
            .chain([ThemeKey::Word(word)]);
        meetings.extend(meets.map(|theme| (theme, k)));
    }
    let keys_of_theme = keys_by(meetings);
    for (theme, keys) in &keys_of_theme {
        if keys.len() > MAX_KEYS_PER_THEME {
            continue;
        }
        match theme {
            // A hypernym meets only a word with it as a sense ("timetable"
            // / "schedule"), never a sibling ("car" / "truck").
            ThemeKey::Kind(h) => {
                let holders = keys_of_theme
                    .get(&ThemeKey::Sense(*h))
                    .filter(|holders| holders.len() <= MAX_KEYS_PER_THEME);
                if let Some(holders) = holders {
                    for &k in keys {
                        merged.join(holders[0], k);
                    }
                }
            }
            _ => join_under_first(&mut merged, keys),
        }
    }
    // A mere happening is its story's: its dates meet those of the
    // happenings that documents whose main names it names lead with, the most
    // told first, and the judge asks whether the two stories are one.
    let most_told: FxHashMap<&EntityRef, Vec<usize>> = leading
        .into_iter()
        .map(|(name, counts)| {
            let mut keys: Vec<(usize, usize)> = counts.into_iter().collect();
            keys.sort_unstable_by_key(|&(k, claims)| (std::cmp::Reverse(claims), k));
            let keys = keys.into_iter().take(MAX_LEADS_PER_NAME).map(|(k, _)| k);
            (name, keys.collect())
        })
        .collect();
    for (k, names) in mere {
        for lead in names
            .iter()
            .filter_map(|name| most_told.get(name))
            .flatten()
        {
            merged.join(k, *lead);
        }
    }
    rename_components(keys, &key_index, &mut merged);
}

/// The block keys met under each theme or kind, each key once, in the
/// order first met: the first is the one the others join.
fn keys_by<T: std::hash::Hash + Eq>(
    meetings: impl IntoIterator<Item = (T, usize)>,
) -> FxHashMap<T, Vec<usize>> {
    let mut keys_of: FxHashMap<T, Vec<usize>> = FxHashMap::default();
    for (theme, k) in meetings {
        let keys = keys_of.entry(theme).or_default();
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    keys_of
}

/// Joins every key of `keys` under its first.
fn join_under_first(merged: &mut UnionFind, keys: &[usize]) {
    for &k in &keys[1..] {
        merged.join(keys[0], k);
    }
}

/// How many happenings, the most told, that documents sharing a main name
/// lead with a mere happening's dates meet: past them a corpus's leads
/// would chain every date block into one.
const MAX_LEADS_PER_NAME: usize = 8;

/// What a date's theme noun meets others by: itself, a sense, or the
/// hypernym of its first sense.
#[derive(PartialEq, Eq, Hash)]
enum ThemeKey<'w> {
    Word(&'w str),
    Sense(u32),
    Kind(u32),
}

/// Figures of one unit that may count or measure one thing meet, whatever
/// their topics: a topic rule may govern one wording and not the other
/// ("the 46 vessels in the fleet" / "64 boats took part"), and one crowd
/// may be counted by two nouns ("41 runners" / "56 competitors", "46
/// vessels" / "64 boats"). Their blocks are one, under the first of their
/// keys; the judge still asks whether each pair counts one thing and keeps
/// two topics apart.
fn merge_figures(claims: &[Claim], keys: &mut [Option<String>]) {
    let mut key_index: BTreeMap<String, usize> = BTreeMap::new();
    let mut meeting: Vec<(String, usize)> = Vec::new();
    // Each counted noun's first sense, rate, key and the kinds above it.
    let mut kind_of: Vec<(u32, &str, usize, Vec<u32>)> = Vec::new();
    for (claim, key) in claims.iter().zip(keys.iter()) {
        let (ClaimBody::Figure(figure), Some(key)) = (&claim.body, key) else {
            continue;
        };
        // A key's unit, rate, topic and counted noun say whom it meets:
        // each key is read once, however many claims carry it.
        if key_index.contains_key(key) {
            continue;
        }
        let k = key_index.len();
        key_index.insert(key.clone(), k);
        let (unit, topic) = key.rsplit_once('|').unwrap_or((key, GENERIC));
        let per = figure.per.as_deref().unwrap_or_default();
        match &figure.unit {
            // Counts of people keep their topics apart: a story counts
            // many crowds (the dead, the evacuated, the staff), and a
            // topic rule is what tells its tallies from the rest.
            // People taken to one place meet by the place's senses
            // ("hospital" / "infirmary").
            Unit::Count(class) if counts_people(class) => match topic.strip_prefix(TAKEN_TO) {
                Some(goal) => meeting.extend(
                    noun_synsets(goal)
                        .iter()
                        .map(|s| (format!("{TAKEN_TO}{s}/{per}"), k)),
                ),
                None => meeting.push((format!("people/{per}|{topic}"), k)),
            },
            Unit::Count(class) => {
                let synsets = noun_synsets(class);
                meeting.extend(synsets.iter().map(|s| (format!("wordnet:{s}/{per}"), k)));
                // "212 letters of objection" / "120 objections": what the
                // counted things hold or carry meets a count of it.
                meeting.extend(figure.contents.iter().flat_map(|held| {
                    noun_synsets(held)
                        .into_iter()
                        .map(move |s| (format!("wordnet:{s}/{per}"), k))
                }));
                meeting.push((unit.to_string(), k));
                if let Some((first, kinds)) = first_sense_and_kinds(class) {
                    kind_of.push((first, per, k, kinds));
                }
            }
            _ => meeting.push((unit.to_string(), k)),
        }
    }
    let mut merged = UnionFind::new(key_index.len());
    // A synset many counted nouns share ("container", "structure") is
    // too broad to tell one thing by: it would chain them all into one.
    // One key may give a synset twice (a sense and a hypernym).
    for (meets, keys) in &keys_by(meeting) {
        if (meets.starts_with("wordnet:") || meets.starts_with(TAKEN_TO))
            && keys.len() > MAX_KEYS_PER_THEME
        {
            continue;
        }
        join_under_first(&mut merged, keys);
    }
    // A count of a kind meets a count of its class ("salmon" / "fish"),
    // where the class is what another key counts: never two kinds of one
    // class alone, which are siblings.
    let firsts: FxHashMap<(u32, &str), Vec<usize>> = keys_by(
        kind_of
            .iter()
            .map(|(first, per, k, _)| ((*first, *per), *k)),
    );
    for (_, per, k, kinds) in &kind_of {
        for class in kinds {
            if let Some(heads) = firsts.get(&(*class, *per)) {
                if heads.len() <= MAX_KEYS_PER_THEME {
                    for &head in heads {
                        merged.join(head, *k);
                    }
                }
            }
        }
    }
    rename_components(keys, &key_index, &mut merged);
}

/// Gives each key the name of its component's smallest key (`key_index`
/// is in key order).
fn rename_components(
    keys: &mut [Option<String>],
    key_index: &BTreeMap<String, usize>,
    merged: &mut UnionFind,
) {
    let mut name_of_root: FxHashMap<usize, &String> = FxHashMap::default();
    let mut renames: FxHashMap<&String, String> = FxHashMap::default();
    for (key, &k) in key_index {
        let name = *name_of_root.entry(merged.root(k)).or_insert(key);
        if name != key {
            renames.insert(key, name.clone());
        }
    }
    for key in keys.iter_mut().flatten() {
        if let Some(name) = renames.get(key) {
            *key = name.clone();
        }
    }
}

/// How many wordings of one block may share a name before that name stops
/// being a reason to compare them: past it, the name is too common to tell
/// stories apart ("police", a country), and comparing every pair would cost
/// the square of the block.
pub const MAX_GROUPS_PER_NAME: usize = 2_000;

//! Names across the corpus: spellings and short forms of one name become one
//! ("Kestrel" / "Kestrel Beverages", "Oleksiy" / "Olexiy Dovbenko") before
//! claims are compared. What the merge needs is gathered per document
//! ([`NameStats::of`]), merged as sets are ([`NameStats::merge`]), and turned
//! into renames ([`NameStats::renames`]) that [`rename`] applies to every
//! claim: so the stage runs alone too, as a map over documents and a reduce.

use std::collections::BTreeSet;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

use crate::extract::attribution::Speaker;
use crate::extract::{Claim, ClaimBody};
use crate::normalise::entities::{names_organisation, EntityRef, NAME_SIMILARITY};
use crate::normalise::senses::names_a_person_by_post;

/// The words some documents write capitalised mid-sentence in their prose,
/// and those they write in lower case: the first pass over a corpus. The
/// names a sentence may open with are the words of the first set never
/// seen in the second, in any document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Lexicon {
    /// Capitalised mid-sentence somewhere.
    #[serde(serialize_with = "sorted")]
    pub capitalised: FxHashSet<String>,
    /// Written in lower case somewhere.
    #[serde(serialize_with = "sorted")]
    pub lower: FxHashSet<String>,
}

impl Lexicon {
    /// Adds what `other` saw: the lexicon of two sets of documents is the
    /// union of theirs.
    pub fn merge(&mut self, other: Lexicon) {
        let (mut capitalised, mut lower) = (other.capitalised, other.lower);
        if capitalised.len() > self.capitalised.len() {
            std::mem::swap(&mut capitalised, &mut self.capitalised);
        }
        if lower.len() > self.lower.len() {
            std::mem::swap(&mut lower, &mut self.lower);
        }
        self.capitalised.extend(capitalised);
        self.lower.extend(lower);
    }

    /// The names a sentence may open with: capitalised mid-sentence in some
    /// document and never in lower case in any.
    pub fn openers(&self) -> FxHashSet<String> {
        self.capitalised
            .iter()
            .filter(|name| !self.lower.contains(*name))
            .cloned()
            .collect()
    }
}

/// A set written sorted, so the same corpus gives the same file.
fn sorted<S: serde::Serializer>(set: &FxHashSet<String>, out: S) -> Result<S::Ok, S::Error> {
    let mut words: Vec<&String> = set.iter().collect();
    words.sort_unstable();
    words.serialize(out)
}

/// What merging names needs to know of some documents' claims.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NameStats {
    /// The unknown names their sentences and documents use.
    pub names: BTreeSet<String>,
    /// Their stories: every name a document uses, sorted.
    pub stories: BTreeSet<Vec<EntityRef>>,
}

/// For each name, the name it stands for.
pub type Renames = FxHashMap<String, String>;

impl NameStats {
    /// The names and stories of `claims`.
    pub fn of(claims: &[Claim]) -> Self {
        let mut stories = BTreeSet::new();
        let mut seen: FxHashSet<usize> = FxHashSet::default();
        for claim in claims {
            // A document's claims share one story: each is read once.
            let story = &claim.context.story;
            if seen.insert(story.as_ptr() as usize) && !stories.contains(&story[..]) {
                stories.insert(story.to_vec());
            }
        }
        NameStats {
            names: names_of(claims),
            stories,
        }
    }

    /// Adds what `other` knows: the stats of two sets of documents are the
    /// stats of both.
    pub fn merge(&mut self, other: NameStats) {
        self.names.extend(other.names);
        self.stories.extend(other.stories);
    }

    /// Unknown names written short in one place and long in another
    /// ("Kestrel" / "Kestrel Beverages", "Reddaway" / "Colin Reddaway")
    /// become one: each name is replaced by the shortest name in the corpus
    /// that begins it word for word, or that is its last word, or that
    /// spells its initials; failing that, by a spelling variant of it.
    /// Candidates are looked up, never searched for, so the cost grows with
    /// the number of names, not its square.
    pub fn renames(&self) -> Renames {
        // The stories each name is seen in: spellings of one person turn up
        // in stories that share something else; namesakes in unrelated
        // stories ("Amara Dorurne" in a strike, "Amara Dorurna" in a flood)
        // do not.
        let mut stories_of: FxHashMap<&str, Vec<&[EntityRef]>> = FxHashMap::default();
        for story in &self.stories {
            for entity in story {
                if let EntityRef::Unknown(name) = entity {
                    stories_of.entry(name).or_default().push(story);
                }
            }
        }
        // Two names met when a story of one and a story of the other share
        // a third name.
        let met = |a: &str, b: &str| {
            let (Some(xs), Some(ys)) = (stories_of.get(a), stories_of.get(b)) else {
                return false;
            };
            let is_either =
                |e: &EntityRef| matches!(e, EntityRef::Unknown(n) if **n == *a || **n == *b);
            xs.iter().any(|x| {
                ys.iter().any(|y| {
                    x.iter()
                        .any(|e| !is_either(e) && y.binary_search(e).is_ok())
                })
            })
        };
        let names = sorted_by_length(self.names.clone());
        let names = names.as_slice();
        let known: FxHashSet<&str> = names.iter().map(String::as_str).collect();
        // For each run of opening words, the words that follow it in some
        // name ("port" → {"lenning", "of"}); for each run of closing words,
        // the words before it.
        let mut after: FxHashMap<&str, FxHashSet<&str>> = FxHashMap::default();
        let mut before: FxHashMap<&str, FxHashSet<&str>> = FxHashMap::default();
        for name in names {
            for (at, _) in name.match_indices(' ') {
                let next = name[at + 1..].split(' ').next().unwrap_or_default();
                after.entry(&name[..at]).or_default().insert(next);
                let previous = name[..at].rsplit(' ').next().unwrap_or_default();
                before.entry(&name[at + 1..]).or_default().insert(previous);
            }
        }
        // A short name stands for one longer name only: "Ibarrola" is not
        // merged when two Ibarrolas are named, nor "Port" when Port Lenning
        // and Port of Maravel are.
        let alone = |map: &FxHashMap<&str, FxHashSet<&str>>, short: &str| {
            map.get(short).is_some_and(|words| words.len() == 1)
        };
        let mut by_shape: FxHashMap<(usize, char, char), Vec<&str>> = FxHashMap::default();
        for name in names {
            if let Some(shape) = variant_shape(name) {
                by_shape.entry(shape).or_default().push(name);
            }
        }
        names
            .par_iter()
            .filter_map(|name| {
                let mut shorter: Vec<&str> = Vec::new();
                let mut surname = None;
                for (at, _) in name.match_indices(' ') {
                    let (head, tail) = (&name[..at], &name[at + 1..]);
                    // A name of two words or more is a full name: one that
                    // runs on by a word ("Gideon Marsh" / "Gideon Marsh
                    // Whitlow") is it only where their stories meet.
                    let full = head.contains(' ');
                    if known.contains(head) && alone(&after, head) && (!full || met(name, head)) {
                        shorter.push(head);
                    }
                    // Surnames are people's: "Union" does not stand for every union.
                    if known.contains(tail) && is_person_name(name) && alone(&before, tail) {
                        surname = Some(tail);
                    }
                }
                // People are not written by their initials in news copy:
                // "Ellie Fenshaw" is not the "EF" of another story.
                let initials = initials(name);
                if initials.len() < name.len() && !is_person_name(name) {
                    shorter.extend(known.get(initials.as_str()).copied());
                }
                // News copy names a person by surname: "Tamsin Vorrelby" is
                // the "Vorrelby" of other documents, not a "Tamsin" one
                // quote addresses, however short the given name.
                let pick = surname
                    .or_else(|| shorter.into_iter().min_by(|a, b| by_length(a, b)))
                    .or_else(|| {
                        let shape = variant_shape(name)?;
                        by_shape
                            .get(&shape)?
                            .iter()
                            .copied()
                            .filter(|other| {
                                *other < name.as_str()
                                    && spelling_variants(name, other)
                                    && met(name, other)
                            })
                            .min_by(|a, b| by_length(a, b))
                    })?;
                Some((name.clone(), pick.to_string()))
            })
            .collect()
    }
}

/// The unknown names the claims' sentences and documents use.
fn names_of(claims: &[Claim]) -> BTreeSet<String> {
    let mut unique: FxHashSet<&str> = FxHashSet::default();
    for claim in claims {
        let c = &claim.context;
        for entity in c.subjects.iter().chain(c.document.iter()) {
            if let EntityRef::Unknown(name) = entity {
                unique.insert(name);
            }
        }
    }
    unique.into_iter().map(str::to_string).collect()
}

/// Names in the order merging prefers them: shortest first.
fn sorted_by_length(names: BTreeSet<String>) -> Vec<String> {
    let mut names: Vec<String> = names.into_iter().collect();
    names.sort_by(|a, b| by_length(a, b));
    names
}

/// Names in the order merging prefers them: shorter first, then by spelling.
fn by_length(a: &str, b: &str) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then(a.cmp(b))
}

/// What two spellings of one full name share: the number of words and the
/// first letters of the first and last (Oleksiy / Olexiy Dovbenko).
fn variant_shape(name: &str) -> Option<(usize, char, char)> {
    let words = name.split(' ').count();
    let first = name.chars().next()?;
    let last = name.rsplit(' ').next()?.chars().next()?;
    (words >= 2).then_some((words, first, last))
}

/// Two full names of one person spelled two ways ("Oleksiy Dovbenko" /
/// "Olexiy Dovbenko"): the same number of words, the same surname, and
/// first names close by Jaro–Winkler. Different first names ("Ana" /
/// "Tomas" Ibarrola) stay apart.
fn spelling_variants(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() != wb.len() || wa.len() < 2 || names_organisation(a) || names_organisation(b) {
        return false;
    }
    let (la, lb) = (wa[wa.len() - 1], wb[wb.len() - 1]);
    let surname = la == lb || strsim::jaro_winkler(la, lb) >= NAME_SIMILARITY;
    let given = wa[..wa.len() - 1]
        .iter()
        .zip(&wb[..wb.len() - 1])
        .all(|(x, y)| strsim::jaro_winkler(x, y) >= GIVEN_NAME_SIMILARITY);
    surname && given
}

/// How close two given names must be to be one name spelled two ways
/// (Oleksiy / Olexiy 0.88; Sergey / Sergei 0.92; Ana / Tomas 0.0).
const GIVEN_NAME_SIMILARITY: f64 = 0.85;

/// Within one document, a bare surname or a short name stands for the one
/// full name it ends or begins ("Vasko" after "Irena Vasko"), so a later
/// corpus-wide merge cannot join it to someone else of that surname.
pub fn expand_short_names(claims: &mut [Claim]) {
    let canonical = short_name_renames(names_of(claims));
    rename(claims, &canonical);
}

/// What [`expand_short_names`] renames among one document's `names`: each
/// short name that stands for one longer name to that name.
fn short_name_renames(names: BTreeSet<String>) -> Renames {
    let names = sorted_by_length(names);
    // A bare surname stands for the one person of that surname named in
    // the document; a place ("Maravel") is not the organisation named
    // after it, which the corpus-wide merge joins by prefix instead.
    names
        .iter()
        .filter_map(|name| {
            // "Dame Ilse" after "Dame Ilse Parvanek": a title of a person
            // by post before a given name stands for the one full name
            // that given name begins.
            let given = name
                .split_once(' ')
                .filter(|(title, given)| !given.contains(' ') && names_a_person_by_post(title))
                .map(|(_, given)| format!("{given} "));
            let longer: Vec<&String> = names
                .iter()
                .filter(|l| {
                    l.len() > name.len()
                        && (l.ends_with(&format!(" {name}"))
                            || given.as_ref().is_some_and(|g| l.starts_with(g.as_str())))
                        && is_person_name(l)
                })
                .collect();
            match longer.as_slice() {
                [only] => Some((name.clone(), (*only).clone())),
                _ => None,
            }
        })
        .collect()
}

/// Whether a name can be a person's, whose surname alone may stand for it:
/// not an organisation ("Dockworkers' Union") nor a place ("Port of Maravel").
fn is_person_name(name: &str) -> bool {
    !names_organisation(name) && !name.contains(" of ")
}

/// Renames the unknown names in every claim: each name `canonical` maps
/// stands for the name it is mapped to.
pub fn rename(claims: &mut [Claim], canonical: &Renames) {
    // One shared copy of each new name, for every place that takes it.
    let canonical: FxHashMap<&str, Arc<str>> = canonical
        .iter()
        .map(|(from, to)| (from.as_str(), Arc::from(to.as_str())))
        .collect();
    let rename = |list: &mut Vec<EntityRef>| {
        for e in list.iter_mut() {
            if let EntityRef::Unknown(name) = e {
                if let Some(short) = canonical.get(&**name) {
                    *name = short.clone();
                }
            }
        }
        list.sort();
        list.dedup();
    };
    let rename_one = |e: &mut EntityRef| {
        if let EntityRef::Unknown(name) = e {
            if let Some(short) = canonical.get(&**name) {
                *name = short.clone();
            }
        }
    };
    for claim in claims.iter_mut() {
        match &mut claim.body {
            ClaimBody::Attribution(quote) => {
                if let Speaker::Named(e) = &mut quote.speaker {
                    rename_one(e);
                }
            }
            ClaimBody::Role(role) => rename_one(&mut role.person),
            ClaimBody::Figure(_) | ClaimBody::Date(_) => {}
        }
    }
    // A document's lists are shared by all its claims: each is renamed once
    // (the original is kept in the map so its address is never reused).
    let mut shared: FxHashMap<usize, (SharedNames, SharedNames)> = FxHashMap::default();
    let mut rename_shared = |list: &mut Arc<[EntityRef]>| {
        let (_, renamed) = shared.entry(list.as_ptr() as usize).or_insert_with(|| {
            let mut copy = list.to_vec();
            rename(&mut copy);
            (list.clone(), Arc::from(copy))
        });
        *list = renamed.clone();
    };
    for claim in claims {
        let c = Arc::make_mut(&mut claim.context);
        for list in [
            &mut c.subjects,
            &mut c.near,
            &mut c.near_before,
            &mut c.participants,
            &mut c.clause,
        ] {
            rename(list);
        }
        rename_shared(&mut c.document);
        rename_shared(&mut c.story);
        if let Some(lead) = &mut c.lead {
            rename_one(lead);
        }
    }
}

/// A list of names shared by all claims of a document.
type SharedNames = Arc<[EntityRef]>;

/// "rwu" for "rail workers' union": first letters of the words that carry
/// meaning.
fn initials(name: &str) -> String {
    name.split(' ')
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&"))
        .filter_map(|w| w.chars().next())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_of_one_person_merge_and_namesakes_do_not() {
        assert!(spelling_variants("oleksiy dovbenko", "olexiy dovbenko"));
        assert!(spelling_variants("sergey lavrenko", "sergei lavrenko"));
        assert!(!spelling_variants("ana ibarrola", "tomas ibarrola"));
        assert!(!spelling_variants("granite peak brewing", "granite peak"));
    }

    /// A person's full name stands for their surname where both a given
    /// name alone ("Tamsin", as a quote addresses her) and the surname are
    /// written; a body's name still stands for the shorter name it begins.
    #[test]
    fn a_full_name_stands_for_the_surname_before_the_given_name() {
        let stats = |names: &[&str]| NameStats {
            names: names.iter().map(|n| n.to_string()).collect(),
            stories: BTreeSet::new(),
        };
        let renames = stats(&["tamsin", "vorrelby", "tamsin vorrelby"]).renames();
        assert_eq!(renames["tamsin vorrelby"], "vorrelby");
        let renames = stats(&["tamsin", "tamsin vorrelby"]).renames();
        assert_eq!(renames["tamsin vorrelby"], "tamsin");
        let renames = stats(&["kestrel", "kestrel beverages"]).renames();
        assert_eq!(renames["kestrel beverages"], "kestrel");
    }

    /// A surname, or a title before a given name ("Dame Ilse"), stands for
    /// the one full name of the document it ends or begins; with two such
    /// names, for neither.
    #[test]
    fn a_short_name_stands_for_the_one_full_name_it_shortens() {
        let renames =
            |names: &[&str]| short_name_renames(names.iter().map(|n| n.to_string()).collect());
        let found = renames(&["dame ilse", "ilse parvanek", "parvanek"]);
        assert_eq!(found["dame ilse"], "ilse parvanek");
        assert_eq!(found["parvanek"], "ilse parvanek");
        let found = renames(&["dame ilse", "ilse parvanek", "ilse varga"]);
        assert!(!found.contains_key("dame ilse"));
        // A first word that is no post ("Orla") is a given name, not a title.
        let found = renames(&["orla vane", "vane tessick"]);
        assert!(!found.contains_key("orla vane"));
    }

    #[test]
    fn initials_name_acronyms() {
        assert_eq!(initials("rail workers union"), "rwu");
        assert_eq!(initials("bank of england"), "be");
    }
}

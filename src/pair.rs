//! Blocking and pairing: claims are grouped by what they could be compared
//! with (kind, unit, topic or head noun); within a block, identical claims
//! (syndicated copies) form one group, and groups meet only when their
//! stories share a name. Comparison cost grows with the number of distinct
//! claims per story, never with the square of the corpus.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};

use crate::extract::{Claim, ClaimBody};
use crate::normalise::entities::EntityRef;
use crate::normalise::quantity::Unit;
use crate::rules::RuleSet;

/// The topic part of the key for claims no topic rule governs: they meet
/// every other such claim of their unit, and the judge asks for the same
/// head noun and close wording before it compares them.
pub const GENERIC: &str = "*";

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
            let about = match figure.topic {
                Some(topic) => rules.topics.get(topic)?.id.clone(),
                None => GENERIC.to_string(),
            };
            Some(format!("figure|{unit}{per}|{about}"))
        }
        ClaimBody::Date(date) => Some(format!("date|event|{}", rules.topics.get(date.event)?.id)),
        // Quotes meet every other quote: the judge compares their words.
        ClaimBody::Attribution(_) => Some("attribution|quote|*".to_string()),
        ClaimBody::Role(role) => Some(format!("role|person|{:?}", role.person)),
    }
}

/// Claims grouped by block key, in key order; each block lists claim indices
/// in order. Blocks with claims from one source only are dropped: there is
/// nothing to compare.
pub fn blocks(claims: &[Claim], rules: &RuleSet) -> Vec<(String, Vec<usize>)> {
    let mut map: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, claim) in claims.iter().enumerate() {
        if let Some(key) = block_key(claim, rules) {
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

/// Claims of one block that the judge cannot tell apart: the same value in
/// the same context, as syndicated copies of one article make. Each group is
/// judged once against every other, so a thousand copies cost one comparison.
#[derive(Debug, Clone)]
pub struct Group {
    /// Claim indices, in order; the first stands for all.
    pub claims: Vec<usize>,
}

impl Group {
    /// The claim that is judged for the group.
    pub fn representative(&self) -> usize {
        self.claims[0]
    }
}

/// Splits a block's members into groups of identical claims (body and
/// context equal), in order of first appearance.
pub fn identical_groups(members: &[usize], claims: &[Claim]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_hash: HashMap<u64, Vec<usize>> = HashMap::new();
    for &member in members {
        let claim = &claims[member];
        // Equal claims have equal contexts, so the context's hash is enough
        // to find the candidates; equality itself is checked below.
        let mut hasher = DefaultHasher::new();
        claim.body.kind().hash(&mut hasher);
        claim.context.hash(&mut hasher);
        let candidates = by_hash.entry(hasher.finish()).or_default();
        let same = candidates.iter().copied().find(|&g| {
            let other = &claims[groups[g].representative()];
            other.body == claim.body && other.context == claim.context
        });
        match same {
            Some(g) => groups[g].claims.push(member),
            None => {
                candidates.push(groups.len());
                groups.push(Group {
                    claims: vec![member],
                });
            }
        }
    }
    groups
}

/// How many groups of one block may share a name before that name stops
/// being a reason to compare them: past it, the name is too common to tell
/// stories apart ("police", a country), and comparing every pair would cost
/// the square of the block.
pub const MAX_GROUPS_PER_NAME: usize = 2_000;

/// A name too common to pair claims by (`None`: stories that name no one,
/// which would meet every other claim), and how many groups it covers.
pub type CommonName = (Option<EntityRef>, usize);

/// The pairs of groups (indices, first < second, or a group with itself
/// when it holds several sources) the judge should see. Claims from stories
/// that share no name are never the same thing, so only groups whose stories
/// share a name meet, plus those whose story names nothing, which meet all
/// (in blocks of up to [`MAX_GROUPS_PER_NAME`] groups).
/// Returns the pairs, sorted, and the names skipped for being too common,
/// with how many groups named them.
pub fn candidate_pairs(
    groups: &[Group],
    claims: &[Claim],
) -> (Vec<(usize, usize)>, Vec<CommonName>) {
    let story = |g: usize| &claims[groups[g].representative()].context.story;
    let mut postings: BTreeMap<&EntityRef, Vec<usize>> = BTreeMap::new();
    let mut nameless = Vec::new();
    for g in 0..groups.len() {
        if story(g).is_empty() {
            nameless.push(g);
        }
        for entity in story(g).iter() {
            postings.entry(entity).or_default().push(g);
        }
    }
    let mut pairs: HashSet<(usize, usize)> = HashSet::new();
    let mut skipped = Vec::new();
    for (entity, members) in &postings {
        if members.len() > MAX_GROUPS_PER_NAME {
            skipped.push((Some((*entity).clone()), members.len()));
            continue;
        }
        for (k, &a) in members.iter().enumerate() {
            for &b in &members[k + 1..] {
                pairs.insert((a, b));
            }
        }
    }
    // Claims whose stories name no one meet every claim, as long as the
    // block is small enough for that.
    if groups.len() <= MAX_GROUPS_PER_NAME {
        for &a in &nameless {
            for b in 0..groups.len() {
                if a != b {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    } else if !nameless.is_empty() {
        skipped.push((None, nameless.len()));
    }
    for (g, group) in groups.iter().enumerate() {
        let first = claims[group.representative()].source;
        if group.claims.iter().any(|&c| claims[c].source != first) {
            pairs.insert((g, g));
        }
    }
    let mut pairs: Vec<(usize, usize)> = pairs
        .into_iter()
        .filter(|&(a, b)| a == b || crosses_sources(&groups[a], &groups[b], claims))
        .collect();
    pairs.sort_unstable();
    (pairs, skipped)
}

/// Whether two groups hold claims from at least two different sources.
fn crosses_sources(a: &Group, b: &Group, claims: &[Claim]) -> bool {
    let first = claims[a.representative()].source;
    a.claims
        .iter()
        .chain(&b.claims)
        .any(|&c| claims[c].source != first)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::extract::{Context, RoleClaim};

    /// A role claim by source `source`, for a person `who`, in a story that
    /// names `story`.
    fn role(source: usize, who: &str, title: &str, story: &[&str]) -> Claim {
        let names = |list: &[&str]| -> Arc<[EntityRef]> {
            let mut names: Vec<EntityRef> = list
                .iter()
                .map(|n| EntityRef::Unknown(n.to_string()))
                .collect();
            names.sort();
            names.into()
        };
        Claim {
            source,
            sentence: 0,
            start: 0,
            end: 0,
            body: ClaimBody::Role(RoleClaim {
                person: EntityRef::Unknown(who.into()),
                title: title.into(),
                qualifiers: Vec::new(),
                former: false,
                person_name: who.into(),
            }),
            context: Context {
                story: names(story),
                ..Context::default()
            },
        }
    }

    #[test]
    fn copies_form_one_group_and_only_stories_that_share_a_name_meet() {
        let claims = vec![
            role(0, "ana", "mayor", &["ana", "tornvik"]),
            role(1, "ana", "mayor", &["ana", "tornvik"]),
            role(2, "ana", "mayor", &["ana", "tornvik"]),
            role(3, "ana", "governor", &["ana", "tornvik"]),
            role(4, "ana", "governor", &["ana", "brekka"]),
            role(5, "ana", "governor", &["ola", "brekka"]),
        ];
        let members: Vec<usize> = (0..claims.len()).collect();
        let groups = identical_groups(&members, &claims);
        let sizes: Vec<usize> = groups.iter().map(|g| g.claims.len()).collect();
        assert_eq!(sizes, [3, 1, 1, 1]);
        let (pairs, skipped) = candidate_pairs(&groups, &claims);
        assert!(skipped.is_empty());
        // The copies meet each other (0, 0); the last story shares "brekka"
        // with the one before it but nothing with the first two.
        assert_eq!(pairs, [(0, 0), (0, 1), (0, 2), (1, 2), (2, 3)]);
    }

    #[test]
    fn a_name_too_common_to_pair_by_is_skipped_and_reported() {
        let claims: Vec<Claim> = (0..=MAX_GROUPS_PER_NAME)
            .map(|n| {
                role(
                    n,
                    &format!("p{n}"),
                    "mayor",
                    &["police", &format!("town{}", n / 2)],
                )
            })
            .collect();
        let members: Vec<usize> = (0..claims.len()).collect();
        let groups = identical_groups(&members, &claims);
        let (pairs, skipped) = candidate_pairs(&groups, &claims);
        assert_eq!(
            skipped,
            [(
                Some(EntityRef::Unknown("police".into())),
                MAX_GROUPS_PER_NAME + 1
            )]
        );
        // Only the pairs that share a town are left.
        assert_eq!(pairs.len(), MAX_GROUPS_PER_NAME.div_ceil(2));
        assert!(pairs.iter().all(|&(a, b)| a / 2 == b / 2));
    }

    #[test]
    fn nameless_claims_meet_all_only_in_small_blocks() {
        let small = vec![
            role(0, "ana", "mayor", &[]),
            role(1, "ana", "governor", &["tornvik"]),
        ];
        let groups = identical_groups(&[0, 1], &small);
        assert_eq!(candidate_pairs(&groups, &small).0, [(0, 1)]);
        let large: Vec<Claim> = (0..=MAX_GROUPS_PER_NAME)
            .map(|n| role(n, &format!("p{n}"), "mayor", &[]))
            .collect();
        let members: Vec<usize> = (0..large.len()).collect();
        let groups = identical_groups(&members, &large);
        let (pairs, skipped) = candidate_pairs(&groups, &large);
        assert!(pairs.is_empty());
        assert_eq!(skipped, [(None, MAX_GROUPS_PER_NAME + 1)]);
    }
}

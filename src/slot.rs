//! Fact slots and camps: every claim answers one checkable question (a
//! slot: "Donald Trump: title", "date of the bridge collapse"), and inside a
//! slot the values split into camps of values that agree. A finding is a
//! slot with its camps, not a pair of claims, so a disagreement told by a
//! thousand documents is one finding with two camps.
//!
//! Cost: identical claims (syndicated copies) collapse into one copy group;
//! copy groups that differ only in their value (the same sentence with
//! another figure, date or speaker) collapse into one wording; only
//! wordings meet the judge, found through an index (shared names; word
//! shingles for quotes), never all pairs. The judge's question is "same
//! slot?"; values are then related within each slot.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use std::hash::{Hash, Hasher};

use rayon::prelude::*;

use crate::audit::claim_value;
use crate::audit::{AuditOptions, Stage, Tally};
use crate::extract::attribution::Speaker;
use crate::extract::{Claim, ClaimBody, ClaimKind, RoleClaim};
use crate::judge::{as_running_count, held_together, judge, told_as_risen, Verdict};
use crate::normalise::entities::{entity_name, EntityRef};
use crate::pair::{block_key, blocks, GENERIC, MAX_GROUPS_PER_NAME};
use crate::rules::RuleSet;
use crate::warning::Warning;

/// Values of one slot that agree with one another.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Camp {
    /// The distinct values, as reports write them, sorted.
    pub values: Vec<String>,
    /// Indices into `Audit::claims`: one claim per sentence of each source,
    /// in order.
    pub claims: Vec<usize>,
    /// Documents (indices) in the camp, in order.
    pub sources: Vec<usize>,
    /// For each of `claims`, its voice: syndicated copies of one text are
    /// one voice, numbered from 0 in the camp.
    pub voices: Vec<usize>,
    /// The weight of its voices, each counted by how often its sources are
    /// outvoted elsewhere; never a claim that the camp is true.
    pub support: f64,
}

impl Camp {
    /// The camp's value as one line: "former president", "36 / 40 minutes".
    pub fn value(&self) -> String {
        self.values.join(" / ")
    }

    /// How many independent voices the camp has.
    pub fn voice_count(&self) -> usize {
        self.voices.iter().max().map_or(0, |v| v + 1)
    }
}

/// One checkable question and the versions sources give of it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Finding {
    /// Short id, "F1", in report order.
    pub id: String,
    /// The slot and its set of camp values: a new copy does not change it,
    /// a new value does.
    pub fingerprint: String,
    /// Kind of the claims.
    pub kind: ClaimKind,
    /// One camp: agreement; camps at one time: contradiction; camps that
    /// differ only as time allows: time-shifted.
    pub verdict: Verdict,
    /// The question, for people: "Donald Trump: title".
    pub slot: String,
    /// Topic id, or the generic key ("~package") when no rule governs it.
    pub topic: String,
    /// How sure the judge is.
    pub confidence: f64,
    /// Why, for the strongest pair of versions.
    pub explanation: String,
    /// The versions, best supported first.
    pub camps: Vec<Camp>,
}

impl Finding {
    /// Every claim shown, with its camp index, camp by camp.
    pub fn claims(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.camps
            .iter()
            .enumerate()
            .flat_map(|(n, camp)| camp.claims.iter().map(move |&c| (n, c)))
    }
}

/// Where warnings about the corpus as a whole (not one file) are filed.
pub const CORPUS_WARNING_PATH: &str = "(corpus)";

/// Values of one slot beyond which a value is related only to the most
/// common ones: a slot repeated with thousands of different figures is
/// noise, and relating every pair would cost their square.
const MAX_RELATED_VALUES: usize = 256;

/// How many other sources' claims a lone camp's first claim is judged
/// against before it is taken for no agreement.
const MAX_AGREEMENT_TRIES: usize = 8;

/// What comparing a corpus's claims found.
#[derive(Debug, Clone, Default)]
pub struct Compared {
    /// Findings, sorted and numbered.
    pub findings: Vec<Finding>,
    /// A warning for each name too common to compare by.
    pub warnings: Vec<Warning>,
    /// For each claim, its slot: the index of the slot's first claim (a
    /// claim nothing else can answer for is a slot of its own).
    pub slot_of: Vec<usize>,
}

/// Blocks claims, forms slots and camps, weighs sources.
pub fn compare(claims: &[Claim], rules: &RuleSet, options: &AuditOptions) -> Compared {
    let mut compared = judge_blocks(claims, rules, options);
    settle(
        &mut compared.findings,
        |c| claims[c].source,
        |c| story_names(&claims[c]),
    );
    compared
}

/// The judge stage: slots and camps of every block of `claims`. Each block
/// is judged on its own, so blocks may be judged apart (the `judge`
/// command); the findings are not yet weighed, sorted or numbered.
pub fn judge_blocks(claims: &[Claim], rules: &RuleSet, options: &AuditOptions) -> Compared {
    let blocks = blocks(claims, rules);
    let done = Tally::new(options, Stage::Compare, blocks.len());
    let judged: Vec<Judged> = blocks
        .into_par_iter()
        .map(|(key, members)| {
            let judged = slots_of_block(&key, &members, claims, rules, options);
            done.tick();
            judged
        })
        .collect();
    let mut findings = Vec::new();
    let mut warnings = Vec::new();
    let mut slot_of: Vec<usize> = (0..claims.len()).collect();
    for block in judged {
        findings.extend(block.findings);
        warnings.extend(block.warnings);
        for (claim, slot) in block.slot_of {
            slot_of[claim] = slot;
        }
    }
    Compared {
        findings,
        warnings,
        slot_of,
    }
}

/// The names of a claim's story, as [`settle`] tells findings apart by.
pub fn story_names(claim: &Claim) -> Vec<String> {
    claim
        .context
        .story
        .iter()
        .map(|e| format!("{e:?}"))
        .collect()
}

/// What needs every finding: weighs sources across all of them, tells
/// apart findings that share a fingerprint, sorts and numbers them.
/// `source_of` gives a claim's document and `story_of` the names of its
/// story ([`story_names`]); claims compare in corpus order.
pub fn settle(
    findings: &mut [Finding],
    source_of: impl Fn(usize) -> usize,
    story_of: impl Fn(usize) -> Vec<String>,
) {
    weigh_sources(findings, source_of);
    // Slots of one block with the same values share a fingerprint: their
    // labels tell them apart, so a decision about one never hides the other.
    let mut shared: FxHashMap<String, usize> = FxHashMap::default();
    for finding in findings.iter() {
        *shared.entry(finding.fingerprint.clone()).or_default() += 1;
    }
    for finding in findings.iter_mut() {
        if shared.get(&finding.fingerprint).is_some_and(|&n| n > 1) {
            // The label, and the names the first claim's story gives, in
            // case two labels read alike ("killed" in a flood and a fire).
            let named = story_of(first_claim(finding));
            finding.fingerprint = hashed(&format!(
                "{}|{}|{}",
                finding.fingerprint,
                finding.slot,
                named.join(",")
            ));
        }
    }
    findings.sort_by(|a, b| {
        (a.verdict, a.kind, &a.topic, &a.slot, first_claim(a)).cmp(&(
            b.verdict,
            b.kind,
            &b.topic,
            &b.slot,
            first_claim(b),
        ))
    });
    for (n, finding) in findings.iter_mut().enumerate() {
        finding.id = format!("F{}", n + 1);
    }
}

/// The finding's first claim in corpus order.
pub fn first_claim(f: &Finding) -> usize {
    f.claims().map(|(_, c)| c).min().unwrap_or(usize::MAX)
}

/// Claims the judge cannot tell apart, value included: syndicated copies.
struct CopyGroup {
    claims: Vec<usize>,
}

/// Copy groups that differ only in their value: one sentence, told with
/// different figures, dates or speakers.
struct Wording {
    copies: Vec<usize>,
    /// The one source all its claims come from, if only one.
    sole_source: Option<usize>,
    /// Every name the stories of its claims use, sorted.
    story: Vec<EntityRef>,
}

fn slots_of_block(
    key: &str,
    members: &[usize],
    claims: &[Claim],
    rules: &RuleSet,
    options: &AuditOptions,
) -> Judged {
    let copies = group_by(members, claims, copy_hash, same_copy);
    let (copies, wordings) = wordings(copies, claims);
    let quotes = key.starts_with("attribution|");
    let (pairs, skipped) = if quotes {
        (shingle_pairs(&wordings, &copies, claims), Vec::new())
    } else {
        name_pairs(&wordings)
    };
    let warnings = skipped
        .into_iter()
        .map(|(entity, count)| {
            let message = match entity {
                Some(entity) => format!(
                    "{count} different wordings under `{key}` name {}: too many to compare by that name; wordings that share only it were not compared",
                    entity_name(&entity, rules)
                ),
                None => format!(
                    "{count} wordings under `{key}` come from stories that name no one: too many to compare with every other wording; they were not compared"
                ),
            };
            Warning::new(CORPUS_WARNING_PATH, message)
        })
        .collect();
    // "Same slot?" for each candidate pair of wordings, on one claim of each
    // whose story is every name the wording's copies use.
    let representatives: Vec<Cow<Claim>> = wordings
        .iter()
        .map(|wording| {
            let first = &claims[copies[wording.copies[0]].claims[0]];
            if first.context.story.len() == wording.story.len() {
                Cow::Borrowed(first)
            } else {
                let mut claim = first.clone();
                Arc::make_mut(&mut claim.context).story = wording.story.clone().into();
                Cow::Owned(claim)
            }
        })
        .collect();
    let linked: Vec<(usize, usize)> = pairs
        .into_par_iter()
        .filter(|&(a, b)| judge(&representatives[a], &representatives[b], rules).is_ok())
        .collect();
    let mut slots = UnionFind::new(wordings.len());
    for (a, b) in linked {
        slots.join(a, b);
    }
    let mut by_slot: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for w in 0..wordings.len() {
        by_slot.entry(slots.root(w)).or_default().push(w);
    }
    let copy_of: FxHashMap<usize, usize> = copies
        .iter()
        .enumerate()
        .flat_map(|(g, group)| group.claims.iter().map(move |&c| (c, g)))
        .collect();
    let mut wording_of_copy = vec![0; copies.len()];
    for (w, wording) in wordings.iter().enumerate() {
        for &g in &wording.copies {
            wording_of_copy[g] = w;
        }
    }
    // A claim as values are related: with every name its wording's copies
    // use, as wordings were when they were joined into the slot.
    let represent = |c: usize| -> Cow<Claim> {
        let claim = &claims[c];
        let story = copy_of
            .get(&c)
            .map(|&g| &wordings[wording_of_copy[g]].story);
        match story {
            Some(story) if story.len() != claim.context.story.len() => {
                let mut merged = claim.clone();
                Arc::make_mut(&mut merged.context).story = story.clone().into();
                Cow::Owned(merged)
            }
            _ => Cow::Borrowed(claim),
        }
    };
    let mut findings = Vec::new();
    let mut slot_of = Vec::new();
    for slot_wordings in by_slot.into_values() {
        let mut members: Vec<usize> = slot_wordings
            .iter()
            .flat_map(|&w| &wordings[w].copies)
            .flat_map(|&g| copies[g].claims.iter().copied())
            .collect();
        members.sort_unstable();
        slot_of.extend(members.iter().map(|&c| (c, members[0])));
        let first = claims[members[0]].source;
        if members.iter().any(|&c| claims[c].source != first) {
            findings.extend(findings_of_slot(
                &members, &copy_of, &represent, key, claims, rules, options,
            ));
        }
    }
    Judged {
        findings,
        warnings,
        slot_of,
    }
}

/// What one block yields.
struct Judged {
    findings: Vec<Finding>,
    warnings: Vec<Warning>,
    /// Each claim of the block with its slot (the slot's first claim).
    slot_of: Vec<(usize, usize)>,
}

/// One value of a slot at one time, with the claims that give it.
struct Item {
    value: String,
    claims: Vec<usize>,
    documents: usize,
}

/// How two camps of a slot stand to each other: the judge's verdict on the
/// strongest pair of their values, and which pair (the explanation is asked
/// again for the one pair a finding shows, not kept for every pair).
#[derive(Clone, Copy)]
struct Relation {
    verdict: Verdict,
    confidence: f64,
    pair: (usize, usize),
}

/// Splits one slot's claims into camps and the camps into findings: camps
/// joined by a contradiction or a time shift make one finding each; a lone
/// camp with several sources is an agreement.
fn findings_of_slot<'c>(
    members: &[usize],
    copy_of: &FxHashMap<usize, usize>,
    represent: &dyn Fn(usize) -> Cow<'c, Claim>,
    key: &str,
    claims: &'c [Claim],
    rules: &RuleSet,
    options: &AuditOptions,
) -> Vec<Finding> {
    // Values, each at the time it is stated for and in the words it is
    // given in: one claim stands for each item when values are related, so
    // an item holds claims the judge cannot tell apart.
    let mut items: BTreeMap<String, Item> = BTreeMap::new();
    for &c in members {
        let claim = &claims[c];
        let context = &claim.context;
        let key = format!(
            "{}|{:?}|{:?}|{:?}",
            camp_value(claim, rules),
            context.published,
            context.when.map(|w| w.display()),
            copy_of.get(&c)
        );
        let item = items.entry(key).or_insert_with(|| Item {
            value: camp_value(claim, rules),
            claims: Vec::new(),
            documents: 0,
        });
        item.claims.push(c);
    }
    let mut items: Vec<Item> = items.into_values().collect();
    for item in &mut items {
        let sources: FxHashSet<usize> = item.claims.iter().map(|&c| claims[c].source).collect();
        item.documents = sources.len();
    }
    items.sort_by(|a, b| {
        b.documents
            .cmp(&a.documents)
            .then(a.value.cmp(&b.value))
            .then(a.claims.cmp(&b.claims))
    });
    let related = items.len().min(MAX_RELATED_VALUES);
    // One claim stands for each item, made once (a merged story is a copy
    // of the claim), not once per pair it is judged in.
    let standing: Vec<Cow<Claim>> = items.iter().map(|item| represent(item.claims[0])).collect();
    // Roles any claim of the slot gives the person together are not set
    // against each other, whichever sources name one of them alone.
    let givers: Vec<&RoleClaim> = if key.starts_with("role|") {
        members
            .iter()
            .filter_map(|&c| match &claims[c].body {
                ClaimBody::Role(role) if !role.also.is_empty() => Some(role.as_ref()),
                _ => None,
            })
            .collect()
    } else {
        Vec::new()
    };
    let not_held_together = |i: usize, j: usize| match (&standing[i].body, &standing[j].body) {
        (ClaimBody::Role(a), ClaimBody::Role(b)) => {
            !givers.iter().any(|by| held_together(a, b, by))
        }
        _ => true,
    };
    // "has risen to 14" in one story makes the fact a running count, so
    // "eleven treated" a day before "more than a dozen" is the count moving.
    let running = standing.iter().any(|c| told_as_risen(c));
    let judged = |i: usize, j: usize| {
        judge(&standing[i], &standing[j], rules)
            .ok()
            .filter(|_| not_held_together(i, j))
            .map(|judgement| match judgement.verdict {
                Verdict::Contradiction if running => {
                    as_running_count(&standing[i], &standing[j]).unwrap_or(judgement)
                }
                _ => judgement,
            })
    };
    // relations[i][j], j < i: the judge's verdict on the two values.
    let relations: Vec<Vec<Option<(Verdict, f64)>>> = (0..items.len())
        .map(|i| {
            (0..i.min(related))
                .map(|j| judged(i, j).map(|r| (r.verdict, r.confidence)))
                .collect()
        })
        .collect();
    let relation = |i: usize, j: usize| -> Option<Relation> {
        let (hi, lo) = if i > j { (i, j) } else { (j, i) };
        relations[hi]
            .get(lo)
            .copied()
            .flatten()
            .map(|(verdict, confidence)| Relation {
                verdict,
                confidence,
                pair: (hi, lo),
            })
    };
    let values: Vec<&str> = items.iter().map(|item| item.value.as_str()).collect();
    let camps = camps_of(&values, related, |i, j| relation(i, j).map(|r| r.verdict));
    // How camps stand: a contradiction between any of their values, else a
    // time shift.
    let mut edges: BTreeMap<(usize, usize), Relation> = BTreeMap::new();
    for x in 0..camps.len() {
        for y in x + 1..camps.len() {
            let strongest = camps[x]
                .iter()
                .flat_map(|&i| camps[y].iter().map(move |&j| (i, j)))
                .filter_map(|(i, j)| relation(i, j))
                .filter(|r| r.verdict != Verdict::Agreement)
                .min_by(|a, b| {
                    a.verdict
                        .cmp(&b.verdict)
                        .then(b.confidence.total_cmp(&a.confidence))
                });
            if let Some(r) = strongest {
                edges.insert((x, y), r);
            }
        }
    }
    // The sentences (source, sentence) each camp's values are given in.
    let camp_sentences: Vec<FxHashSet<(usize, usize)>> = camps
        .iter()
        .map(|camp| {
            camp.iter()
                .flat_map(|&i| items[i].claims.iter())
                .map(|&c| (claims[c].source, claims[c].sentence))
                .collect()
        })
        .collect();
    let camp_sources: Vec<FxHashSet<usize>> = camp_sentences
        .iter()
        .map(|sentences| sentences.iter().map(|&(source, _)| source).collect())
        .collect();
    // When every source of one version also gives the other, the two are
    // two quantities those sources know (the winner's share and the
    // runner-up's), not two versions of one: the camps are not in dispute.
    // Nor are two versions one sentence gives ("The 1.9-kilometre line,
    // which climbs 720 metres"): a sentence never disputes itself.
    edges.retain(|&(x, y), relation| {
        let (a, b) = (&camp_sources[x], &camp_sources[y]);
        let one_sentence_gives_both = !camp_sentences[x].is_disjoint(&camp_sentences[y]);
        relation.verdict != Verdict::Contradiction
            || !(a.is_subset(b) || b.is_subset(a) || one_sentence_gives_both)
    });
    let members_of: Vec<Vec<usize>> = camps
        .iter()
        .map(|camp| {
            camp.iter()
                .flat_map(|&i| items[i].claims.iter().copied())
                .collect()
        })
        .collect();
    // Camps joined by a disagreement, as components.
    let mut joined = UnionFind::new(camps.len());
    for &(x, y) in edges.keys() {
        joined.join(x, y);
    }
    let mut components: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for k in 0..camps.len() {
        components.entry(joined.root(k)).or_default().push(k);
    }
    let mut edges_of: BTreeMap<usize, Vec<Relation>> = BTreeMap::new();
    for (&(x, _), &r) in &edges {
        edges_of.entry(joined.root(x)).or_default().push(r);
    }
    let mut findings = Vec::new();
    for (root, component) in components {
        let inside = edges_of.remove(&root).unwrap_or_default();
        let (verdict, judgement) = if component.len() == 1 {
            if !options.agreements {
                continue;
            }
            // One camp: an agreement, if two sources give it and the judge
            // takes two of them for one thing: the strongest agreement
            // between its values, else between copies of one value.
            let k = component[0];
            let between_values = camps[k]
                .iter()
                .flat_map(|&i| camps[k].iter().map(move |&j| (i, j)))
                .filter(|(i, j)| i > j)
                .filter_map(|(i, j)| relation(i, j))
                .filter(|r| r.verdict == Verdict::Agreement)
                .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
                .and_then(|r| judged(r.pair.0, r.pair.1));
            let camp = &members_of[k];
            let first = claims[camp[0]].source;
            let judgement = between_values.or_else(|| {
                camp.iter()
                    .filter(|&&c| claims[c].source != first)
                    .take(MAX_AGREEMENT_TRIES)
                    .filter_map(|&c| judge(&represent(camp[0]), &represent(c), rules).ok())
                    .find(|j| j.verdict == Verdict::Agreement)
            });
            let Some(judgement) = judgement else {
                continue;
            };
            (Verdict::Agreement, judgement)
        } else {
            let strongest = inside.iter().min_by(|a, b| {
                a.verdict
                    .cmp(&b.verdict)
                    .then(b.confidence.total_cmp(&a.confidence))
            });
            match strongest.and_then(|r| Some((r.verdict, judged(r.pair.0, r.pair.1)?))) {
                Some(found) => found,
                None => continue,
            }
        };
        let mut finding_camps: Vec<Camp> = component
            .iter()
            .map(|&k| {
                let mut values: Vec<String> =
                    camps[k].iter().map(|&i| items[i].value.clone()).collect();
                values.sort();
                values.dedup();
                make_camp(values, &members_of[k], copy_of, claims)
            })
            .collect();
        let sources: FxHashSet<usize> = finding_camps
            .iter()
            .flat_map(|c| c.sources.iter().copied())
            .collect();
        if sources.len() < 2 {
            continue;
        }
        finding_camps.sort_by(|a, b| {
            b.sources
                .len()
                .cmp(&a.sources.len())
                .then(a.values.cmp(&b.values))
        });
        // One claim per copy group names the slot: copies add nothing.
        let mut groups_seen = FxHashSet::default();
        let every: Vec<usize> = component
            .iter()
            .flat_map(|&k| members_of[k].iter().copied())
            .filter(|c| groups_seen.insert(copy_of.get(c).copied()))
            .collect();
        let slot = slot_label(&every, claims, rules);
        let topic = topic_name(&every, claims, rules);
        let kind = claims[every[0]].body.kind();
        let mut explanation = judgement.explanation.clone();
        if finding_camps.len() > 2 {
            explanation = format!("{} versions; {explanation}", finding_camps.len());
        }
        findings.push(Finding {
            id: String::new(),
            fingerprint: fingerprint(&own_block(&every, claims, rules, key), &finding_camps),
            kind,
            verdict,
            slot,
            topic,
            confidence: judgement.confidence,
            explanation,
            camps: finding_camps,
        });
    }
    findings
}

/// Values (best attested first) split into camps of values that agree with
/// one another, from `verdict(i, j)`, the judge's verdict on two values
/// (`None`: not comparable). Only the first `related` values have a
/// verdict on every other.
fn camps_of(
    values: &[&str],
    related: usize,
    verdict: impl Fn(usize, usize) -> Option<Verdict>,
) -> Vec<Vec<usize>> {
    let agree = |i: usize, j: usize| verdict(i, j) == Some(Verdict::Agreement);
    // Values compared by number: a slot's values are compared pairwise.
    let mut numbered: FxHashMap<&str, usize> = FxHashMap::default();
    let ids: Vec<usize> = values
        .iter()
        .map(|v| {
            let next = numbered.len();
            *numbered.entry(v).or_insert(next)
        })
        .collect();
    // A value that agrees with two values that disagree with each other
    // ("more than three years" against 3.5 and 4.5, "at least nine" against
    // 12 and 21) takes no side: it is left out of the dispute, before camps
    // are formed, so it cannot seed a camp of its own or pull two versions
    // into one. Only other values count: the same value stated on another
    // day is no second version.
    let agreeing: Vec<Vec<usize>> = (0..values.len())
        .map(|i| {
            // Past the related values, only the related ones have a relation.
            let known = if i < related { values.len() } else { related };
            (0..known)
                .filter(|&j| ids[j] != ids[i] && agree(i, j))
                .collect()
        })
        .collect();
    let neutral: FxHashSet<usize> = (0..values.len())
        .filter(|&i| {
            // Grouped by value, only pairs across two values are asked.
            let mut with = agreeing[i].clone();
            with.sort_by_key(|&j| ids[j]);
            let groups: Vec<&[usize]> = with.chunk_by(|&a, &b| ids[a] == ids[b]).collect();
            groups.iter().enumerate().any(|(n, first)| {
                groups[n + 1..].iter().any(|second| {
                    first.iter().any(|&j| {
                        second
                            .iter()
                            .any(|&k| verdict(j, k).is_some_and(|v| v != Verdict::Agreement))
                    })
                })
            })
        })
        .collect();
    // Camps of mutually agreeing values, best attested first.
    let mut camps: Vec<Vec<usize>> = Vec::new();
    for i in (0..values.len()).filter(|i| !neutral.contains(i)) {
        let home = camps
            .iter()
            .position(|camp| camp.iter().all(|&j| ids[i] == ids[j] || agree(i, j)));
        match home {
            Some(k) => camps[k].push(i),
            None => camps.push(vec![i]),
        }
    }
    // A value that still agrees with two camps (its relation to one of
    // their values unknown) takes no side either.
    let split: FxHashSet<usize> = (0..values.len())
        .filter(|&i| {
            camps
                .iter()
                .filter(|camp| camp.iter().any(|j| agreeing[i].contains(j)))
                .count()
                >= 2
        })
        .collect();
    if !split.is_empty() {
        for camp in &mut camps {
            camp.retain(|i| !split.contains(i));
        }
        camps.retain(|camp| !camp.is_empty());
    }
    camps
}

/// A camp from its claims: one claim per sentence of each source (a
/// headline and the body both stand as evidence), voices by copy group of
/// each source's first claim.
fn make_camp(
    values: Vec<String>,
    members: &[usize],
    copy_of: &FxHashMap<usize, usize>,
    claims: &[Claim],
) -> Camp {
    let mut members = members.to_vec();
    members.sort_unstable();
    let mut seen = FxHashSet::default();
    let shown: Vec<usize> = members
        .into_iter()
        .filter(|&c| seen.insert((claims[c].source, claims[c].sentence)))
        .collect();
    let mut sources: Vec<usize> = shown.iter().map(|&c| claims[c].source).collect();
    sources.sort_unstable();
    sources.dedup();
    let mut numbered: FxHashMap<usize, usize> = FxHashMap::default();
    let mut voice_of_source: FxHashMap<usize, usize> = FxHashMap::default();
    let voices: Vec<usize> = shown
        .iter()
        .map(|&c| {
            *voice_of_source.entry(claims[c].source).or_insert_with(|| {
                let group = copy_of.get(&c).copied().unwrap_or(usize::MAX - c);
                let next = numbered.len();
                *numbered.entry(group).or_insert(next)
            })
        })
        .collect();
    Camp {
        values,
        voices,
        claims: shown,
        sources,
        support: 0.0,
    }
}

/// How many rounds of weighing: each round re-weighs sources by how often
/// the camps they sit in are outweighed, in the spirit of TruthFinder.
const WEIGHING_ROUNDS: usize = 5;

/// Gives each camp of a contradiction its support: the sum, over its
/// independent voices, of the trust in their sources; a source's trust is
/// the share of support its camps won across every slot it takes part in.
fn weigh_sources(findings: &mut [Finding], source_of: impl Fn(usize) -> usize) {
    let voices_of = |camp: &Camp| -> Vec<Vec<usize>> {
        let mut by_voice: Vec<Vec<usize>> = vec![Vec::new(); camp.voice_count()];
        for (&c, &voice) in camp.claims.iter().zip(&camp.voices) {
            by_voice[voice].push(source_of(c));
        }
        by_voice
    };
    let voices: Vec<Vec<Vec<Vec<usize>>>> = findings
        .iter()
        .map(|f| f.camps.iter().map(voices_of).collect())
        .collect();
    let mut trust: FxHashMap<usize, f64> = FxHashMap::default();
    for _ in 0..WEIGHING_ROUNDS {
        let mut won: FxHashMap<usize, (f64, usize)> = FxHashMap::default();
        for (f, finding) in findings.iter_mut().enumerate() {
            let supports: Vec<f64> = voices[f]
                .iter()
                .map(|camp| {
                    camp.iter()
                        .map(|voice| {
                            voice
                                .iter()
                                .map(|s| *trust.get(s).unwrap_or(&1.0))
                                .fold(0.0, f64::max)
                        })
                        .sum()
                })
                .collect();
            let total: f64 = supports.iter().sum();
            for (camp, support) in finding.camps.iter_mut().zip(&supports) {
                camp.support = (support * 100.0).round() / 100.0;
                if finding.verdict != Verdict::Contradiction || total == 0.0 {
                    continue;
                }
                for &s in &camp.sources {
                    let entry = won.entry(s).or_insert((0.0, 0));
                    entry.0 += support / total;
                    entry.1 += 1;
                }
            }
        }
        // Smoothed: one imagined slot in which the source held its own.
        trust = won
            .into_iter()
            .map(|(s, (share, n))| (s, (1.0 + 2.0 * share) / (1.0 + n as f64)))
            .collect();
    }
    for finding in findings.iter_mut() {
        finding.camps.sort_by(|a, b| {
            b.support
                .total_cmp(&a.support)
                .then(b.sources.len().cmp(&a.sources.len()))
                .then(a.claims.first().cmp(&b.claims.first()))
        });
    }
}

/// The value a camp is built of: a figure or a date; the speaker of a
/// quote (by the name the corpus settled on, so "Ibarrola" in one story and
/// "Tomás Ibarrola" in another are one speaker, and two Ibarrolas two); the
/// title of a person, with the body it is held for where its name ends in
/// a kind of body ("spokeswoman for halvane energy" and "spokeswoman for
/// carrowmere transmission authority" are two versions).
fn camp_value(claim: &Claim, rules: &RuleSet) -> String {
    match &claim.body {
        ClaimBody::Figure(figure) => figure.value_text(),
        ClaimBody::Date(date) => date.value_text(),
        ClaimBody::Attribution(quote) => match &quote.speaker {
            Speaker::Named(entity) => entity_name(entity, rules),
            Speaker::Unnamed(_) => quote.speaker_name.clone(),
        },
        // Whom one acts for is part of the value: counsel for one side and
        // counsel for the other are two versions, not one camp.
        ClaimBody::Role(role) if !role.party.is_empty() => {
            format!("{} for {}", role.role_text(), role.party.join(" "))
        }
        ClaimBody::Role(role) => match role.body_kind() {
            Some(_) => format!("{} for {}", role.role_text(), role.affiliation.join(" ")),
            None => role.role_text(),
        },
    }
}

/// The slot as a question a person reads: the smallest of its claims'
/// labels, so it does not depend on which copies are present.
fn slot_label(members: &[usize], claims: &[Claim], rules: &RuleSet) -> String {
    let mut labels: Vec<String> = members
        .iter()
        .map(|&c| claim_slot_label(&claims[c], rules))
        .collect();
    labels.sort();
    labels.into_iter().next().unwrap_or_default()
}

/// One claim's question: whose title, which event's date, whose words, what
/// is counted.
pub fn claim_slot_label(claim: &Claim, rules: &RuleSet) -> String {
    let names = |list: &[EntityRef]| -> String {
        let mut names: Vec<String> = list.iter().map(|e| entity_name(e, rules)).collect();
        names.sort();
        names.dedup();
        names.truncate(3);
        names.join(", ")
    };
    match &claim.body {
        // The person as the corpus settled on, not as this sentence wrote it.
        ClaimBody::Role(role) => format!("{}: title", entity_name(&role.person, rules)),
        ClaimBody::Attribution(quote) => {
            let words: Vec<&str> = quote.normalised.split(' ').take(8).collect();
            let more = if quote.normalised.split(' ').count() > 8 {
                "…"
            } else {
                ""
            };
            format!("who said \"{}{more}\"", words.join(" "))
        }
        ClaimBody::Date(date) => {
            let event = date.event.name(rules);
            let cast = names(&claim.context.clause);
            if cast.is_empty() {
                format!("date of {event}")
            } else {
                format!("date of {event} ({cast})")
            }
        }
        ClaimBody::Figure(figure) => {
            let what = figure
                .topic
                .and_then(|t| rules.topics.get(t))
                .map(|t| t.id.clone())
                .or_else(|| {
                    figure.head.as_ref().map(|h| {
                        let mut words = figure.modifiers.clone();
                        words.push(h.clone());
                        words.join(" ")
                    })
                })
                .unwrap_or_else(|| figure.unit_name());
            let owners = names(&claim.context.near);
            if owners.is_empty() {
                what
            } else {
                format!("{what} ({owners})")
            }
        }
    }
}

/// The topic a finding shows: the id of the rule that governs its claims
/// (a date's happening), or for claims no rule governs, "~" and the noun
/// they count ("~brewery"); "quote" and "title" for attributions and
/// roles.
pub fn topic_name(members: &[usize], claims: &[Claim], rules: &RuleSet) -> String {
    let figures = || {
        members.iter().filter_map(|&c| match &claims[c].body {
            ClaimBody::Figure(f) => Some(f),
            _ => None,
        })
    };
    match &claims[members[0]].body {
        ClaimBody::Attribution(_) => "quote".to_string(),
        ClaimBody::Role(_) => "title".to_string(),
        ClaimBody::Date(_) => members
            .iter()
            .filter_map(|&c| match &claims[c].body {
                ClaimBody::Date(date) => Some(date.event.name(rules)),
                _ => None,
            })
            .min()
            .unwrap_or_else(|| GENERIC.to_string()),
        ClaimBody::Figure(_) => figures()
            .filter_map(|f| f.topic.and_then(|t| rules.topics.get(t)))
            .map(|t| t.id.clone())
            .min()
            .or_else(|| {
                figures()
                    .filter_map(|f| f.head.as_ref())
                    .min()
                    .map(|noun| format!("~{noun}"))
            })
            .unwrap_or_else(|| GENERIC.to_string()),
    }
}

/// A stable id for a finding: its block (kind, unit, topic or person) and
/// the set of camp values; a 64-bit FNV-1a hash in hex. Which sources sit
/// in a camp, how many, and how each worded it do not change it; a new
/// value does. Two slots of one block with the same values are told apart
/// by their labels (see `compare`).
fn fingerprint(block: &str, camps: &[Camp]) -> String {
    let mut values: Vec<String> = camps.iter().map(|c| c.values.join("/")).collect();
    values.sort();
    hashed(&format!("{block}|{}", values.join("|")))
}

/// The block a finding's claims would form by themselves: the smallest of
/// their own keys, not the name of the merged block they met in, which a
/// claim of another topic or noun elsewhere in the corpus may change (and
/// with it every stored decision's fingerprint).
fn own_block(members: &[usize], claims: &[Claim], rules: &RuleSet, merged: &str) -> String {
    members
        .iter()
        .filter_map(|&c| block_key(&claims[c], rules))
        .min()
        .unwrap_or_else(|| merged.to_string())
}

/// A 64-bit FNV-1a hash of `text`, in hex.
fn hashed(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Groups `members` into classes of `same`, found through `hash`, in order
/// of first appearance.
fn group_by(
    members: &[usize],
    claims: &[Claim],
    hash: fn(&Claim) -> u64,
    same: fn(&Claim, &Claim) -> bool,
) -> Vec<CopyGroup> {
    let mut groups: Vec<CopyGroup> = Vec::new();
    let mut by_hash: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for &member in members {
        let claim = &claims[member];
        let candidates = by_hash.entry(hash(claim)).or_default();
        match candidates
            .iter()
            .copied()
            .find(|&g| same(&claims[groups[g].claims[0]], claim))
        {
            Some(g) => groups[g].claims.push(member),
            None => {
                candidates.push(groups.len());
                groups.push(CopyGroup {
                    claims: vec![member],
                });
            }
        }
    }
    groups
}

/// Hashes what the sentence says around a claim, leaving out what belongs
/// to its document (the names of the whole story, the day it was
/// published): copies of one sentence in documents that recombine others'
/// paragraphs, or that run it on other days, are still copies. The time a
/// value is stated for stays with each value (see `Item`).
fn hash_sentence(claim: &Claim, hasher: &mut FxHasher) {
    let c = &claim.context;
    claim.body.kind().hash(hasher);
    c.subjects.hash(hasher);
    c.words.hash(hasher);
    c.times.hash(hasher);
    c.scope.hash(hasher);
    c.near.hash(hasher);
    c.near_before.hash(hasher);
    c.owner_borrowed.hash(hasher);
    c.participants.hash(hasher);
    c.clause.hash(hasher);
    if quoted_on_its_day(claim) {
        c.when.hash(hasher);
        c.published.hash(hasher);
    }
}

/// A quote is said on an occasion: copies run on other days are other
/// occasions, each judged by its own time, where a syndicated figure run
/// on twenty days stays one text.
fn quoted_on_its_day(claim: &Claim) -> bool {
    matches!(claim.body, ClaimBody::Attribution(_))
}

fn same_sentence(a: &Claim, b: &Claim) -> bool {
    let (x, y) = (&a.context, &b.context);
    x.subjects == y.subjects
        && x.words == y.words
        && x.times == y.times
        && x.scope == y.scope
        && x.near == y.near
        && x.near_before == y.near_before
        && x.owner_borrowed == y.owner_borrowed
        && x.participants == y.participants
        && x.clause == y.clause
        && (!quoted_on_its_day(a) || (x.when == y.when && x.published == y.published))
}

fn copy_hash(claim: &Claim) -> u64 {
    let mut hasher = FxHasher::default();
    hash_sentence(claim, &mut hasher);
    claim_value(claim).hash(&mut hasher);
    hasher.finish()
}

fn same_copy(a: &Claim, b: &Claim) -> bool {
    a.body == b.body && same_sentence(a, b)
}

/// What a claim says apart from its value: the thing counted, the event,
/// the words quoted, the person.
fn hash_unvalued(claim: &Claim, hasher: &mut FxHasher) {
    match &claim.body {
        ClaimBody::Figure(f) => {
            f.unit.label().hash(hasher);
            f.topic.hash(hasher);
            f.head.hash(hasher);
            f.modifiers.hash(hasher);
            f.per.hash(hasher);
            f.frame.map(|x| x.name()).hash(hasher);
        }
        ClaimBody::Date(d) => d.event.hash(hasher),
        ClaimBody::Attribution(q) => {
            q.normalised.hash(hasher);
            q.direct.hash(hasher);
        }
        ClaimBody::Role(r) => r.person.hash(hasher),
    }
}

fn same_unvalued(a: &Claim, b: &Claim) -> bool {
    match (&a.body, &b.body) {
        (ClaimBody::Figure(x), ClaimBody::Figure(y)) => {
            x.unit == y.unit
                && x.topic == y.topic
                && x.head == y.head
                && x.modifiers == y.modifiers
                && x.per == y.per
                && x.frame == y.frame
        }
        (ClaimBody::Date(x), ClaimBody::Date(y)) => x.event == y.event,
        (ClaimBody::Attribution(x), ClaimBody::Attribution(y)) => {
            x.normalised == y.normalised && x.direct == y.direct
        }
        (ClaimBody::Role(x), ClaimBody::Role(y)) => x.person == y.person,
        _ => false,
    }
}

/// Copy groups that differ only in value, as wordings.
/// The same sentence in two stories that share no name ("The floods
/// killed 12 people" after a flood in Tornvik and after one in Brekka) is
/// two texts: copy groups and wordings are split where their claims'
/// stories do not connect through a shared name.
fn wordings(copies: Vec<CopyGroup>, claims: &[Claim]) -> (Vec<CopyGroup>, Vec<Wording>) {
    let sentences = sentence_wordings(&copies, claims);
    let (copies, wordings) = split_by_story(copies, sentences, claims);
    let wordings = wordings
        .into_iter()
        .map(|groups| with_story(groups, &copies, claims))
        .collect();
    (copies, wordings)
}

/// Copy groups (indices) that differ only in value, in order of first
/// appearance.
fn sentence_wordings(copies: &[CopyGroup], claims: &[Claim]) -> Vec<Vec<usize>> {
    let mut wordings: Vec<Vec<usize>> = Vec::new();
    let mut by_hash: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (g, group) in copies.iter().enumerate() {
        let claim = &claims[group.claims[0]];
        let mut hasher = FxHasher::default();
        hash_sentence(claim, &mut hasher);
        hash_unvalued(claim, &mut hasher);
        let candidates = by_hash.entry(hasher.finish()).or_default();
        let found = candidates.iter().copied().find(|&w| {
            let other = &claims[copies[wordings[w][0]].claims[0]];
            same_unvalued(other, claim) && same_sentence(other, claim)
        });
        match found {
            Some(w) => wordings[w].push(g),
            None => {
                candidates.push(wordings.len());
                wordings.push(vec![g]);
            }
        }
    }
    wordings
}

/// Splits each wording, and the copy groups in it, into parts whose
/// claims' stories connect through shared names (stories that name no one
/// form one part). Returns the new copy groups and, for each new wording,
/// its copy groups.
fn split_by_story(
    copies: Vec<CopyGroup>,
    wordings: Vec<Vec<usize>>,
    claims: &[Claim],
) -> (Vec<CopyGroup>, Vec<Vec<usize>>) {
    let mut new_copies: Vec<CopyGroup> = Vec::new();
    let mut new_wordings: Vec<Vec<usize>> = Vec::new();
    for groups in wordings {
        let members: Vec<(usize, usize)> = groups
            .iter()
            .flat_map(|&g| copies[g].claims.iter().map(move |&c| (g, c)))
            .collect();
        let mut parts = UnionFind::new(members.len());
        let mut first_with: FxHashMap<&EntityRef, usize> = FxHashMap::default();
        let mut first_nameless: Option<usize> = None;
        let mut first_of_story: FxHashMap<usize, usize> = FxHashMap::default();
        for (k, &(_, c)) in members.iter().enumerate() {
            let story = &claims[c].context.story;
            // Claims of one document share its story: join them once.
            if let Some(&j) = first_of_story.get(&(story.as_ptr() as usize)) {
                parts.join(j, k);
                continue;
            }
            first_of_story.insert(story.as_ptr() as usize, k);
            if story.is_empty() {
                match first_nameless {
                    Some(j) => parts.join(j, k),
                    None => first_nameless = Some(k),
                }
            }
            for entity in story.iter() {
                match first_with.get(entity) {
                    Some(&j) => parts.join(j, k),
                    None => {
                        first_with.insert(entity, k);
                    }
                }
            }
        }
        // Parts in order of first appearance; within each, copy groups in
        // the order of the old ones.
        let mut part_of_root: FxHashMap<usize, usize> = FxHashMap::default();
        let mut part_groups: Vec<Vec<Vec<usize>>> = Vec::new();
        let mut slot_of_group: FxHashMap<(usize, usize), usize> = FxHashMap::default();
        for (k, &(g, c)) in members.iter().enumerate() {
            let root = parts.root(k);
            let next = part_groups.len();
            let part = *part_of_root.entry(root).or_insert(next);
            if part == part_groups.len() {
                part_groups.push(Vec::new());
            }
            let groups = &mut part_groups[part];
            let at = *slot_of_group.entry((part, g)).or_insert(groups.len());
            if at == groups.len() {
                groups.push(Vec::new());
            }
            groups[at].push(c);
        }
        for part in part_groups {
            let mut wording = Vec::new();
            for list in part {
                wording.push(new_copies.len());
                new_copies.push(CopyGroup { claims: list });
            }
            new_wordings.push(wording);
        }
    }
    (new_copies, new_wordings)
}

/// A wording of `groups`, with the names of its stories and whether one
/// source says it all.
fn with_story(groups: Vec<usize>, copies: &[CopyGroup], claims: &[Claim]) -> Wording {
    let mut seen_stories = FxHashSet::default();
    let mut story: BTreeSet<&EntityRef> = BTreeSet::new();
    let mut sole = Some(claims[copies[groups[0]].claims[0]].source);
    for &g in &groups {
        for &c in &copies[g].claims {
            let claim = &claims[c];
            if sole != Some(claim.source) {
                sole = None;
            }
            if seen_stories.len() < MAX_STORIES_MERGED
                && seen_stories.insert(claim.context.story.as_ptr() as usize)
            {
                story.extend(claim.context.story.iter());
            }
        }
    }
    Wording {
        copies: groups,
        sole_source: sole,
        story: story.into_iter().cloned().collect(),
    }
}

/// Stories whose names a wording takes as its own: copies of one sentence
/// in thousands of documents tell one story, and a few of them name its
/// cast; merging every one would cost the copies times their names.
const MAX_STORIES_MERGED: usize = 32;

/// A name too common to pair wordings by (`None`: stories that name no
/// one, which would meet every other wording), and how many wordings it
/// covers.
type CommonName = (Option<EntityRef>, usize);

/// Pairs of wordings (first < second) whose stories share a name, plus
/// those whose story names no one, which meet all in blocks of up to
/// [`MAX_GROUPS_PER_NAME`] wordings. Claims from stories that share no name
/// are never about one thing. Pairs from one source only are left out.
fn name_pairs(wordings: &[Wording]) -> (Vec<(usize, usize)>, Vec<CommonName>) {
    let mut postings: BTreeMap<&EntityRef, Vec<usize>> = BTreeMap::new();
    let mut nameless = Vec::new();
    for (w, wording) in wordings.iter().enumerate() {
        if wording.story.is_empty() {
            nameless.push(w);
        }
        for entity in &wording.story {
            postings.entry(entity).or_default().push(w);
        }
    }
    let mut pairs: FxHashSet<(usize, usize)> = FxHashSet::default();
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
    if wordings.len() <= MAX_GROUPS_PER_NAME {
        for &a in &nameless {
            for b in 0..wordings.len() {
                if a != b {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    } else if !nameless.is_empty() {
        skipped.push((None, nameless.len()));
    }
    (sorted_cross_source(pairs, wordings), skipped)
}

/// Words in a quote shingle: two quotes alike enough to be one (near the
/// same words, or one a part of the other of six words or more) share one.
const SHINGLE_WORDS: usize = 3;

/// Pairs of quote wordings that share a run of [`SHINGLE_WORDS`] words. A
/// shingle that hundreds of wordings share ("we will not") says nothing of
/// which quote it is and is passed over.
fn shingle_pairs(
    wordings: &[Wording],
    copies: &[CopyGroup],
    claims: &[Claim],
) -> Vec<(usize, usize)> {
    let mut postings: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (w, wording) in wordings.iter().enumerate() {
        let ClaimBody::Attribution(quote) = &claims[copies[wording.copies[0]].claims[0]].body
        else {
            continue;
        };
        let text = quote.normalised.as_str();
        let starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices(' ').map(|(i, _)| i + 1))
            .collect();
        let mut own = FxHashSet::default();
        for (k, &start) in starts.iter().enumerate() {
            let end = starts
                .get(k + SHINGLE_WORDS)
                .map_or(text.len(), |&next| next - 1);
            if k + SHINGLE_WORDS > starts.len() {
                break;
            }
            let shingle = &text[start..end];
            if own.insert(shingle) {
                postings.entry(shingle).or_default().push(w);
            }
        }
    }
    let mut pairs = FxHashSet::default();
    for members in postings.values() {
        if members.len() > MAX_SHINGLE_WORDINGS {
            continue;
        }
        for (k, &a) in members.iter().enumerate() {
            for &b in &members[k + 1..] {
                pairs.insert((a.min(b), a.max(b)));
            }
        }
    }
    sorted_cross_source(pairs, wordings)
}

/// Wordings beyond which a shared shingle is common talk, not one quote.
const MAX_SHINGLE_WORDINGS: usize = 200;

fn sorted_cross_source(
    pairs: FxHashSet<(usize, usize)>,
    wordings: &[Wording],
) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize)> = pairs
        .into_iter()
        .filter(|&(a, b)| {
            !matches!(
                (wordings[a].sole_source, wordings[b].sole_source),
                (Some(x), Some(y)) if x == y
            )
        })
        .collect();
    pairs.sort_unstable();
    pairs
}

/// Disjoint sets over `0..n`, for slots and for camps joined by a
/// disagreement.
pub(crate) struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub(crate) fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    pub(crate) fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets; the smaller root stands for both, so roots follow
    /// first appearance.
    pub(crate) fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Verdicts from a list of (i, j, verdict) pairs, either order.
    fn verdicts(
        pairs: &[(usize, usize, Verdict)],
    ) -> impl Fn(usize, usize) -> Option<Verdict> + '_ {
        move |i, j| {
            pairs
                .iter()
                .find(|&&(a, b, _)| (a, b) == (i, j) || (a, b) == (j, i))
                .map(|&(_, _, v)| v)
        }
    }

    /// An open value ("more than three years", stated on two days) agrees
    /// with 3.5 and with 4.5, which contradict each other; its verdict on a
    /// third value is unknown. It takes no side, and the dispute stays.
    #[test]
    fn an_open_value_takes_no_side_whatever_the_order() {
        use Verdict::*;
        // 0: 3.5, 1: [3.5, 4), 2: (3, ∞) one day, 3: (3, ∞) another day, 4: 4.5.
        let values = ["3.5", "[3.5, 4)", "(3, ∞)", "(3, ∞)", "4.5"];
        let pairs = [
            (1, 0, Agreement),
            (2, 0, Agreement),
            (3, 0, Agreement),
            (3, 1, Agreement),
            (3, 2, Agreement),
            (4, 0, Contradiction),
            (4, 1, Contradiction),
            (4, 2, Agreement),
            (4, 3, Agreement),
        ];
        let camps = camps_of(&values, values.len(), verdicts(&pairs));
        assert_eq!(camps, [vec![0, 1], vec![4]]);
    }

    /// Values that all agree are one camp; a value in dispute with one of
    /// them is another.
    #[test]
    fn agreeing_values_are_one_camp_and_a_disputed_one_another() {
        use Verdict::*;
        let values = ["12", "about 12", "21"];
        let pairs = [
            (1, 0, Agreement),
            (2, 0, Contradiction),
            (2, 1, Contradiction),
        ];
        let camps = camps_of(&values, values.len(), verdicts(&pairs));
        assert_eq!(camps, [vec![0, 1], vec![2]]);
    }
}

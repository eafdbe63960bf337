//! Blocking: claims are grouped by what they could be compared with (kind,
//! unit, topic or head noun). Slots are formed inside a block
//! ([`crate::slot`]).

use std::collections::BTreeMap;

use crate::extract::{Claim, ClaimBody};
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
        ClaimBody::Date(date) => Some(format!("date|event|{}", date.event.name(rules))),
        // Quotes meet every other quote: the judge compares their words.
        ClaimBody::Attribution(_) => Some("attribution|quote|*".to_string()),
        ClaimBody::Role(role) => Some(format!("role|person|{:?}", role.person)),
    }
}

/// The key claims are shuffled on when blocks are judged apart (the
/// `judge` command): the block key, less the person of a role, whose name
/// the corpus-wide merge of names may still change. Every block lies
/// within one shuffle key.
pub fn shuffle_key(claim: &Claim, rules: &RuleSet) -> Option<String> {
    match &claim.body {
        ClaimBody::Role(_) => Some("role|person".to_string()),
        _ => block_key(claim, rules),
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

/// How many wordings of one block may share a name before that name stops
/// being a reason to compare them: past it, the name is too common to tell
/// stories apart ("police", a country), and comparing every pair would cost
/// the square of the block.
pub const MAX_GROUPS_PER_NAME: usize = 2_000;

//! Scoring a report against the planted changes: recall per kind, and how
//! many contradiction findings are on target, disagreements the seed
//! articles already hold, or off target.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::Path;

use crate::corpus::{Corpus, Plant};
use crate::plant::{surname_key, Kind};
use crate::report::{Finding, FindingClaim, Report};

impl Report {
    /// Reads a report the audit wrote.
    pub fn read(path: &Path) -> Result<Self, String> {
        let bytes = fs::read(path).map_err(|err| format!("{}: {err}", path.display()))?;
        serde_json::from_slice(&bytes).map_err(|err| format!("{}: {err}", path.display()))
    }

    /// The contradiction findings, with their indexes.
    fn contradictions(&self) -> impl Iterator<Item = (usize, &Finding)> {
        self.findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.verdict == "contradiction")
    }

    /// The number of contradiction findings.
    pub fn contradiction_count(&self) -> usize {
        self.contradictions().count()
    }
}

/// Where a contradiction finding of the perturbed run stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    /// It involves a planted change.
    On,
    /// Its slot and values already stand in the unperturbed run.
    Seed,
    /// Neither.
    Off,
}

/// Counts for one kind of change.
#[derive(Default)]
pub struct KindScore {
    pub planted: usize,
    pub checkable: usize,
    pub found: usize,
}

impl KindScore {
    /// Found over checkable.
    pub fn recall(&self) -> f64 {
        if self.checkable == 0 {
            1.0
        } else {
            self.found as f64 / self.checkable as f64
        }
    }
}

/// The perturbed run's report scored against the plants.
pub struct Score {
    /// Per kind, in `Kind::ALL` order.
    pub kinds: Vec<KindScore>,
    /// Plants found, by index.
    found: Vec<bool>,
    /// Each contradiction finding's standing, by finding index.
    targets: HashMap<usize, Target>,
}

impl Score {
    /// Scores `report` (the perturbed run) against `corpus`'s plants, with
    /// `baseline` (the unperturbed run) telling the seeds' own disagreements.
    pub fn of(report: &Report, baseline: &Report, corpus: &Corpus) -> Self {
        let ids: HashMap<&str, usize> = corpus
            .docs
            .iter()
            .enumerate()
            .map(|(d, doc)| (doc.id.as_str(), d))
            .collect();
        // The claims of each document, as (finding, claim) indexes.
        let mut by_doc: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
        for (f, finding) in report.findings.iter().enumerate() {
            for (c, claim) in finding.claims.iter().enumerate() {
                if let Some(&d) = ids.get(claim.source.as_str()) {
                    by_doc.entry(d).or_default().push((f, c));
                }
            }
        }
        let found: Vec<bool> = corpus
            .plants
            .iter()
            .map(|p| p.checkable() && is_found(report, corpus, &by_doc, p))
            .collect();
        let mut kinds: Vec<KindScore> = Kind::ALL.iter().map(|_| KindScore::default()).collect();
        for (p, plant) in corpus.plants.iter().enumerate() {
            let score = &mut kinds[plant.change.kind as usize];
            score.planted += 1;
            score.checkable += usize::from(plant.checkable());
            score.found += usize::from(found[p]);
        }
        // The seeds' own disagreements: every slot's values in the
        // unperturbed run.
        let mut seed_values: HashMap<(&str, &str), HashSet<&str>> = HashMap::new();
        for finding in &baseline.findings {
            seed_values
                .entry((&finding.kind, &finding.slot))
                .or_default()
                .extend(finding.camps.iter().map(|c| c.value.as_str()));
        }
        let mut plants_of: HashMap<usize, Vec<&Plant>> = HashMap::new();
        for plant in &corpus.plants {
            plants_of.entry(plant.doc).or_default().push(plant);
        }
        let targets = report
            .contradictions()
            .map(|(f, finding)| {
                let on = finding.claims.iter().any(|claim| {
                    ids.get(claim.source.as_str())
                        .and_then(|d| plants_of.get(d))
                        .into_iter()
                        .flatten()
                        .any(|plant| involves(corpus, claim, plant))
                });
                let seed = seed_values
                    .get(&(finding.kind.as_str(), finding.slot.as_str()))
                    .is_some_and(|values| {
                        finding
                            .camps
                            .iter()
                            .all(|c| values.contains(c.value.as_str()))
                    });
                let target = if on {
                    Target::On
                } else if seed {
                    Target::Seed
                } else {
                    Target::Off
                };
                (f, target)
            })
            .collect();
        Score {
            kinds,
            found,
            targets,
        }
    }

    /// All kinds together.
    pub fn total(&self) -> KindScore {
        KindScore {
            planted: self.kinds.iter().map(|k| k.planted).sum(),
            checkable: self.kinds.iter().map(|k| k.checkable).sum(),
            found: self.kinds.iter().map(|k| k.found).sum(),
        }
    }

    /// Contradiction findings: (total, on target, seed disagreements, off
    /// target).
    pub fn findings(&self) -> (usize, usize, usize, usize) {
        let count = |t: Target| self.targets.values().filter(|&&v| v == t).count();
        (
            self.targets.len(),
            count(Target::On),
            count(Target::Seed),
            count(Target::Off),
        )
    }

    /// Prints each checkable plant missed (kind, document, old → new
    /// sentence, and where its changed sentence stands in the report) and
    /// each off-target finding (slot and versions) on standard error.
    pub fn print_misses(&self, report: &Report, corpus: &Corpus) {
        for (p, plant) in corpus.plants.iter().enumerate() {
            if !plant.checkable() || self.found[p] {
                continue;
            }
            let doc = &corpus.docs[plant.doc].id;
            let change = &plant.change;
            eprintln!(
                "missed {} in {doc}: {} → {}\n    before: {}\n    after:  {}",
                change.kind.name(),
                change.old,
                change.new,
                plant.before,
                change.after
            );
            let mut places = Vec::new();
            for finding in &report.findings {
                let changed: BTreeSet<usize> = finding
                    .claims
                    .iter()
                    .filter(|c| &c.source == doc && involves(corpus, c, plant))
                    .map(|c| c.camp)
                    .collect();
                if changed.is_empty() {
                    continue;
                }
                let copies: BTreeSet<usize> = finding
                    .claims
                    .iter()
                    .filter(|c| is_copy(corpus, c, plant))
                    .map(|c| c.camp)
                    .collect();
                places.push(format!(
                    "in {} {} {:?}: changed claim in {}; unchanged copies in {}",
                    finding.kind,
                    finding.verdict,
                    finding.slot,
                    camp_values(finding, &changed),
                    if copies.is_empty() {
                        "no camp".to_string()
                    } else {
                        camp_values(finding, &copies)
                    }
                ));
            }
            if places.is_empty() {
                eprintln!("    the changed sentence is in no finding");
            }
            for place in places {
                eprintln!("    {place}");
            }
        }
        let mut off: Vec<usize> = self
            .targets
            .iter()
            .filter(|(_, &t)| t == Target::Off)
            .map(|(&f, _)| f)
            .collect();
        off.sort_unstable();
        for f in off {
            let finding = &report.findings[f];
            eprintln!("off target: {} {:?}", finding.kind, finding.slot);
            for (n, camp) in finding.camps.iter().enumerate() {
                let example = finding
                    .claims
                    .iter()
                    .find(|c| c.camp == n)
                    .map_or("", |c| c.sentence.as_str());
                eprintln!(
                    "    {} ({} docs): {}",
                    camp.value,
                    camp.sources.len(),
                    example
                );
            }
        }
    }
}

/// Whether a contradiction finding of the plant's kind puts a claim from
/// the changed sentence, carrying the new value, in another camp than a
/// claim from an unchanged copy of the sentence in another document,
/// carrying the old value.
fn is_found(
    report: &Report,
    corpus: &Corpus,
    by_doc: &HashMap<usize, Vec<(usize, usize)>>,
    plant: &Plant,
) -> bool {
    let kind = plant.change.kind.finding_kind();
    by_doc
        .get(&plant.doc)
        .into_iter()
        .flatten()
        .filter(|&&(f, c)| {
            let finding = &report.findings[f];
            finding.verdict == "contradiction"
                && finding.kind == kind
                && is_changed(&finding.claims[c], plant)
        })
        .any(|&(f, c)| {
            let finding = &report.findings[f];
            let camp = finding.claims[c].camp;
            finding
                .claims
                .iter()
                .any(|other| other.camp != camp && is_copy(corpus, other, plant))
        })
}

/// A claim from the plant's changed sentence that carries the new value.
fn is_changed(claim: &FindingClaim, plant: &Plant) -> bool {
    same_sentence(&claim.sentence, &plant.change.after)
        && carries(claim, plant.change.kind, &plant.change.new)
}

/// A claim from an unchanged copy of the plant's sentence, in another
/// document, that carries the old value.
fn is_copy(corpus: &Corpus, claim: &FindingClaim, plant: &Plant) -> bool {
    plant
        .copies
        .iter()
        .any(|&d| corpus.docs[d].id == claim.source)
        && same_sentence(&claim.sentence, &plant.before)
        && carries(claim, plant.change.kind, &plant.change.old)
}

/// Whether a claim of the plant's document is about the change: it
/// carries the new value and comes from the changed sentence, or, for a
/// speaker, names the new speaker in a sentence from the changed one on (a
/// quote that runs on, or a "he said" after it, keeps the speaker).
fn involves(corpus: &Corpus, claim: &FindingClaim, plant: &Plant) -> bool {
    let change = &plant.change;
    if !carries(claim, change.kind, &change.new) {
        return false;
    }
    same_sentence(&claim.sentence, &change.after)
        || (change.kind == Kind::Speaker
            && squash(&corpus.text_from(plant.doc, plant.paragraph, true))
                .contains(&squash(&claim.sentence)))
}

/// Whether the claim carries `value`: a number or date in its evidence, a
/// person as its speaker (or the person of a role).
fn carries(claim: &FindingClaim, kind: Kind, value: &str) -> bool {
    match kind {
        Kind::Number | Kind::Date => claim.text.to_lowercase().contains(&value.to_lowercase()),
        Kind::Speaker => {
            let person = claim.value.split(':').next().unwrap_or("").to_lowercase();
            let surname = value.rsplit(' ').next().unwrap_or(value);
            person.contains(&surname_key(surname))
        }
    }
}

/// Whether a claim's sentence is this sentence, where the tool's sentence
/// breaks differ from the benchmark's (one holds the other).
fn same_sentence(claim: &str, sentence: &str) -> bool {
    let (claim, sentence) = (squash(claim), squash(sentence));
    !claim.is_empty() && (sentence.contains(&claim) || claim.contains(&sentence))
}

/// Text with runs of white space made one space.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The values of the given camps, for the misses.
fn camp_values(finding: &Finding, camps: &BTreeSet<usize>) -> String {
    camps
        .iter()
        .filter_map(|&n| finding.camps.get(n))
        .map(|c| format!("'{}' ({} docs)", c.value, c.sources.len()))
        .collect::<Vec<_>>()
        .join(", ")
}

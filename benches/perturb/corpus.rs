//! The corpus: documents that each take a run of paragraphs from one seed
//! article (keeping its publication date) and mix in paragraphs and
//! sentences from the others; and the changes planted in about 12% of their
//! sentences, each in one document only.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use serde_json::json;

use crate::plant::{self, Kind, People};
use crate::rng::Rng;
use crate::seeds::Seed;

/// The share of the corpus's sentences that get a change, in percent.
const PLANT_PERCENT: usize = 12;

/// Tries at a change new to the corpus before a sentence is passed over.
const ATTEMPTS: usize = 4;

/// A seed sentence: seed article, paragraph, sentence.
#[derive(Clone, Copy)]
struct Place {
    seed: usize,
    paragraph: usize,
    sentence: usize,
}

/// One document: paragraphs of seed sentences.
pub struct Doc {
    /// Its id and file stem ("doc-007").
    pub id: String,
    /// The seed article its run of paragraphs comes from.
    pub home: usize,
    paragraphs: Vec<Vec<Place>>,
}

/// A sentence of a document: (document, paragraph, sentence) indexes.
type Position = (usize, usize, usize);

/// A planted change and where it stands.
pub struct Plant {
    /// What was changed, the sentence after the change, the old and new values.
    pub change: plant::Change,
    /// The document changed.
    pub doc: usize,
    /// The paragraph changed, within the document.
    pub paragraph: usize,
    /// The sentence changed, within the paragraph.
    pub sentence: usize,
    /// The sentence before the change.
    pub before: String,
    /// The other documents that state the sentence unchanged; none makes
    /// the change uncheckable (nothing contradicts it).
    pub copies: Vec<usize>,
}

impl Plant {
    /// Whether another document states the original sentence.
    pub fn checkable(&self) -> bool {
        !self.copies.is_empty()
    }
}

/// The documents, the seeds they are made of, and the planted changes.
pub struct Corpus<'s> {
    seeds: &'s [Seed],
    pub docs: Vec<Doc>,
    /// In document order.
    pub plants: Vec<Plant>,
    /// Position → index into `plants`.
    planted_at: HashMap<Position, usize>,
}

impl<'s> Corpus<'s> {
    /// `count` documents recombined from `seeds`, with changes planted,
    /// all drawn from `seed`.
    pub fn build(seeds: &'s [Seed], people: &People, count: usize, seed: u64) -> Self {
        let mut rng = Rng::new(seed);
        let width = count.saturating_sub(1).to_string().len().max(3);
        let docs = (0..count)
            .map(|d| recombine(seeds, format!("doc-{d:0width$}"), &mut rng))
            .collect();
        let mut corpus = Corpus {
            seeds,
            docs,
            plants: Vec::new(),
            planted_at: HashMap::new(),
        };
        corpus.plant(people, &mut rng);
        corpus
    }

    /// The number of sentences in all documents.
    pub fn sentence_count(&self) -> usize {
        self.docs
            .iter()
            .flat_map(|d| &d.paragraphs)
            .map(Vec::len)
            .sum()
    }

    /// The seed text of a place.
    fn seed_text(&self, place: Place) -> &'s str {
        &self.seeds[place.seed].paragraphs[place.paragraph][place.sentence]
    }

    /// The sentence at `position`, changed when `perturbed` and planted.
    fn sentence(&self, position: Position, perturbed: bool) -> &str {
        match self.planted_at.get(&position) {
            Some(&p) if perturbed => &self.plants[p].change.after,
            _ => {
                let (d, p, s) = position;
                self.seed_text(self.docs[d].paragraphs[p][s])
            }
        }
    }

    /// A paragraph's text, changed when `perturbed`.
    fn paragraph_text(&self, doc: usize, paragraph: usize, perturbed: bool) -> String {
        (0..self.docs[doc].paragraphs[paragraph].len())
            .map(|s| self.sentence((doc, paragraph, s), perturbed))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A document's text: its paragraphs, a blank line between them.
    fn text(&self, doc: usize, perturbed: bool) -> String {
        self.text_from(doc, 0, perturbed) + "\n"
    }

    /// A document's text from a paragraph on, changed when `perturbed`.
    pub fn text_from(&self, doc: usize, paragraph: usize, perturbed: bool) -> String {
        let paragraphs: Vec<String> = (paragraph..self.docs[doc].paragraphs.len())
            .map(|p| self.paragraph_text(doc, p, perturbed))
            .collect();
        paragraphs.join("\n\n")
    }

    /// Plants changes in `PLANT_PERCENT` of the sentences, taking the kinds
    /// in turn (a kind whose candidates run out leaves the rest to the
    /// others): one change a sentence, each change in one document only,
    /// and at most half of the documents stating a sentence changed, so the
    /// original stays stated at least as often as all its changes together.
    /// Then finds, for each, the other documents that state its sentence
    /// unchanged.
    fn plant(&mut self, people: &People, rng: &mut Rng) {
        // Which kinds each seed sentence can take, worked out once.
        let kinds: Vec<Vec<Vec<Vec<Kind>>>> = self
            .seeds
            .iter()
            .map(|seed| {
                seed.paragraphs
                    .iter()
                    .map(|p| {
                        p.iter()
                            .map(|s| {
                                Kind::ALL
                                    .into_iter()
                                    .filter(|&k| plant::can_plant(k, s, people))
                                    .collect()
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let mut candidates: Vec<Vec<Position>> = vec![Vec::new(); Kind::ALL.len()];
        for (d, doc) in self.docs.iter().enumerate() {
            for (p, paragraph) in doc.paragraphs.iter().enumerate() {
                for (s, place) in paragraph.iter().enumerate() {
                    for &kind in &kinds[place.seed][place.paragraph][place.sentence] {
                        candidates[kind as usize].push((d, p, s));
                    }
                }
            }
        }
        for list in &mut candidates {
            rng.shuffle(list);
        }
        // How many documents state each seed sentence, and how many of
        // those have been changed.
        let mut stated: HashMap<&str, usize> = HashMap::new();
        for place in self.docs.iter().flat_map(|d| d.paragraphs.iter().flatten()) {
            *stated.entry(self.seed_text(*place)).or_default() += 1;
        }
        let mut changed: HashMap<&str, usize> = HashMap::new();
        let mut afters = HashSet::new();
        let target = (self.sentence_count() * PLANT_PERCENT + 50) / 100;
        let mut next = vec![0; Kind::ALL.len()];
        let mut used = HashSet::new();
        let mut plants = Vec::new();
        while plants.len() < target {
            let mut planted_any = false;
            for kind in Kind::ALL {
                let list = &candidates[kind as usize];
                while let Some(&position) = list.get(next[kind as usize]) {
                    next[kind as usize] += 1;
                    let before = self.sentence(position, false);
                    let changes = changed.get(before).copied().unwrap_or(0);
                    if used.contains(&position) || 2 * (changes + 1) > stated[before] {
                        continue;
                    }
                    // A change new to the corpus: the same change in two
                    // documents would not be one document's contradiction.
                    let change = (0..ATTEMPTS)
                        .filter_map(|_| plant::plant(kind, before, people, rng))
                        .find(|c| !afters.contains(&c.after));
                    if let Some(change) = change {
                        used.insert(position);
                        afters.insert(change.after.clone());
                        *changed.entry(before).or_default() += 1;
                        plants.push((position, before.to_string(), change));
                        planted_any = true;
                        break;
                    }
                }
                if plants.len() >= target {
                    break;
                }
            }
            if !planted_any {
                break;
            }
        }
        plants.sort_by_key(|(position, ..)| *position);
        // Where each original sentence stands unchanged.
        let mut unchanged: HashMap<&str, Vec<usize>> = HashMap::new();
        for (d, doc) in self.docs.iter().enumerate() {
            for (p, paragraph) in doc.paragraphs.iter().enumerate() {
                for (s, &place) in paragraph.iter().enumerate() {
                    if !used.contains(&(d, p, s)) {
                        unchanged.entry(self.seed_text(place)).or_default().push(d);
                    }
                }
            }
        }
        let plants: Vec<Plant> = plants
            .into_iter()
            .map(|((doc, paragraph, sentence), before, change)| {
                let copies = unchanged
                    .get(before.as_str())
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&d| d != doc)
                    .collect();
                Plant {
                    change,
                    doc,
                    paragraph,
                    sentence,
                    before,
                    copies,
                }
            })
            .collect();
        self.planted_at = plants
            .iter()
            .enumerate()
            .map(|(n, p)| ((p.doc, p.paragraph, p.sentence), n))
            .collect();
        self.plants = plants;
    }

    /// Writes the documents (changed when `perturbed`) and their
    /// `sources.yaml` into `dir`, replacing documents an earlier run left
    /// there; with `perturbed`, also the ground truth, `truth.json`.
    pub fn write(&self, dir: &Path, perturbed: bool) -> io::Result<()> {
        fs::create_dir_all(dir)?;
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            let stale = path.extension().is_some_and(|e| e == "txt")
                && path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("doc-"));
            if stale {
                fs::remove_file(path)?;
            }
        }
        let mut manifest = BufWriter::new(fs::File::create(dir.join("sources.yaml"))?);
        writeln!(
            manifest,
            "# Written by `cargo bench --bench perturb`: documents recombined from the seed articles,\n# each with the publication date of the seed its paragraphs come from.\nsources:"
        )?;
        for (d, doc) in self.docs.iter().enumerate() {
            fs::write(dir.join(format!("{}.txt", doc.id)), self.text(d, perturbed))?;
            writeln!(
                manifest,
                "  - path: {id}.txt\n    id: {id}\n    published: {}",
                self.seeds[doc.home].published,
                id = doc.id
            )?;
        }
        manifest.flush()?;
        if perturbed {
            let plants: Vec<serde_json::Value> = self
                .plants
                .iter()
                .map(|p| {
                    json!({
                        "kind": p.change.kind.name(),
                        "document": self.docs[p.doc].id,
                        "before": p.before,
                        "after": p.change.after,
                        "old": p.change.old,
                        "new": p.change.new,
                        "checkable": p.checkable(),
                        "unchanged_in": p.copies.iter().map(|&d| &self.docs[d].id).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let documents: Vec<serde_json::Value> = self
                .docs
                .iter()
                .map(|d| {
                    let home = &self.seeds[d.home];
                    json!({"id": d.id, "seed": home.id, "published": home.published})
                })
                .collect();
            let truth = json!({
                "documents": documents,
                "sentences": self.sentence_count(),
                "plants": plants,
            });
            let mut file = BufWriter::new(fs::File::create(dir.join("truth.json"))?);
            serde_json::to_writer_pretty(&mut file, &truth)?;
            file.flush()?;
        }
        Ok(())
    }
}

/// One document: a run of three to eight paragraphs of one seed article,
/// with one to three of the other articles each lending a paragraph
/// (placed between the run's) or a sentence (added to a run paragraph).
fn recombine(seeds: &[Seed], id: String, rng: &mut Rng) -> Doc {
    let home = rng.below(seeds.len());
    let whole = |seed: usize, paragraph: usize| -> Vec<Place> {
        (0..seeds[seed].paragraphs[paragraph].len())
            .map(|sentence| Place {
                seed,
                paragraph,
                sentence,
            })
            .collect()
    };
    let count = seeds[home].paragraphs.len();
    let run = (3 + rng.below(6)).min(count);
    let first = rng.below(count - run + 1);
    let mut paragraphs: Vec<Vec<Place>> = (first..first + run).map(|p| whole(home, p)).collect();
    let mut others: Vec<usize> = (0..seeds.len()).filter(|&s| s != home).collect();
    rng.shuffle(&mut others);
    let lent = 1 + rng.below(3);
    for &other in others.iter().take(lent) {
        let paragraph = rng.below(seeds[other].paragraphs.len());
        if rng.chance(50) {
            let at = rng.below(paragraphs.len() + 1);
            paragraphs.insert(at, whole(other, paragraph));
        } else {
            let sentence = rng.below(seeds[other].paragraphs[paragraph].len());
            let at = rng.below(paragraphs.len());
            paragraphs[at].push(Place {
                seed: other,
                paragraph,
                sentence,
            });
        }
    }
    Doc {
        id,
        home,
        paragraphs,
    }
}

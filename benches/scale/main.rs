//! The scale benchmark: generates corpora of 1k, 10k and 100k documents,
//! audits each with the release binary as a child process, and reports
//! documents/s, MB/s, wall time, peak RSS, and precision and recall against
//! the planted contradictions.
//!
//! Two kinds of corpus (`--mode`): `many` (the default), many small stories
//! each told by three to six outlets; `one-story`, thousands of documents
//! that all retell one flood with one cast; `both` runs each.
//!
//! ```text
//! cargo bench --bench scale                       # many: 1000, 10000, 100000
//! cargo bench --bench scale -- --sizes 1000,10000
//! cargo bench --bench scale -- --mode one-story --sizes 2000,20000
//! cargo bench --bench scale -- --mode both --sizes 2000
//! cargo bench --bench scale -- --write DIR --sizes 2000   # corpus and truth only
//! cargo bench --bench scale -- --runs 5          # audits per corpus (default 3)
//! ```
//!
//! Each corpus is audited `--runs` times: the wall time is the median run,
//! the peak RSS the largest, so one slow run on a shared machine does not
//! decide the figure.
//!
//! Scoring reads the report's camps, in time linear in its claims.
//! `precision` and `recall` need no majority: a planted wrong document is
//! found when a contradiction finding of its kind puts it in a camp that
//! holds no document stating the fact correctly while another camp holds
//! one (recall is the share found), and a contradiction finding is right
//! when it does that for some planted change (precision is the share
//! right). `outvoted precision` and
//! `outvoted recall` ask more: in each contradiction finding the camp
//! holding the most documents is the majority and documents in its other
//! camps are *outvoted*; outvoted precision is the share of outvoted
//! documents planted wrong, and a wrong document counts for outvoted recall
//! when it is outvoted while the majority holds a right one. Where a wrong
//! outlet has more syndicated copies than the right ones, or two outlets
//! tie, the majority is the wrong one.
//! `SCALE_MISSES=1` prints a breakdown by kind and examples of misses and
//! false alarms on standard error.

#[path = "../shared/child.rs"]
mod child;
mod corpus;
#[path = "../shared/months.rs"]
mod months;
mod one_story;
#[path = "../shared/report.rs"]
mod report;
#[path = "../shared/rng.rs"]
mod rng;

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde_json::json;

use report::{Camp, Finding, Report};

const SEED: u64 = 2026;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Many,
    OneStory,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Many => "many",
            Mode::OneStory => "one-story",
        }
    }

    /// The file name part: the many-story corpus keeps its old names.
    fn file_stem(self, size: usize) -> String {
        match self {
            Mode::Many => format!("{size}"),
            Mode::OneStory => format!("one-story-{size}"),
        }
    }

    fn generate(self, size: usize) -> corpus::Corpus {
        match self {
            Mode::Many => corpus::generate(size, SEED),
            Mode::OneStory => one_story::generate(size, SEED),
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value_of = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let modes = match value_of("--mode").as_deref() {
        None | Some("many") => vec![Mode::Many],
        Some("one-story") => vec![Mode::OneStory],
        Some("both") => vec![Mode::Many, Mode::OneStory],
        Some(other) => {
            eprintln!("--mode {other}: expected many, one-story or both");
            std::process::exit(2);
        }
    };
    let sizes: Vec<usize> = value_of("--sizes")
        .unwrap_or_else(|| "1000,10000,100000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let out = value_of("--write")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("scale"));
    let audit = value_of("--write").is_none();
    let runs: usize = value_of("--runs")
        .and_then(|r| r.parse().ok())
        .filter(|&r| r > 0)
        .unwrap_or(3);
    let show_misses = std::env::var_os("SCALE_MISSES").is_some();
    if let Err(err) = fs::create_dir_all(&out) {
        eprintln!("{}: {err}", out.display());
        std::process::exit(2);
    }
    if audit {
        println!("| mode | documents | MB | wall (s) | documents/s | MB/s | peak RSS (MB) | findings | precision | recall | outvoted precision | outvoted recall |");
        println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    }
    for mode in modes {
        for &size in &sizes {
            let corpus = mode.generate(size);
            let stem = mode.file_stem(size);
            let (input, bytes) = match write_corpus(&out, &stem, &corpus) {
                Ok(written) => written,
                Err(err) => {
                    eprintln!("{}: {err}", out.display());
                    std::process::exit(2);
                }
            };
            if !audit {
                println!(
                    "wrote {} ({} documents, {} planted contradictions, {} planted wrong documents)",
                    input.display(),
                    corpus.docs.len(),
                    corpus.planted.len(),
                    corpus.planted.iter().map(|p| p.wrong.len()).sum::<usize>(),
                );
                continue;
            }
            let report_path = out.join(format!("report-{stem}.json"));
            let mut audits: Vec<child::Run> = (0..runs)
                .map(|_| child::run_audit(&input, &report_path))
                .collect();
            audits.sort_by(|a, b| a.wall.total_cmp(&b.wall));
            let run = child::Run {
                wall: audits[audits.len() / 2].wall,
                peak_rss_kb: audits.iter().map(|r| r.peak_rss_kb).max().unwrap_or(0),
            };
            let mut report = fs::read(&report_path)
                .ok()
                .and_then(|b| serde_json::from_slice::<Report>(&b).ok())
                .unwrap_or_default();
            for finding in &mut report.findings {
                finding.choose_majority(false);
            }
            let score = Score::of(&report, &corpus.planted);
            let separation = Separation::of(&report, &corpus.planted);
            let mb = bytes as f64 / 1e6;
            println!(
                "| {} | {size} | {mb:.1} | {:.2} | {:.0} | {:.1} | {:.0} | {} | {:.3} | {:.3} | {:.3} | {:.3} |",
                mode.name(),
                run.wall,
                size as f64 / run.wall,
                mb / run.wall,
                run.peak_rss_kb as f64 / 1024.0,
                report.findings.len(),
                separation.precision(),
                separation.recall(),
                score.precision(),
                score.recall(),
            );
            if show_misses {
                score.print_details(&report, &corpus);
                // The same scoring with copies counted once in choosing the
                // majority, to tell wrong versions that merely have more
                // copies from wrong camps.
                for finding in &mut report.findings {
                    finding.choose_majority(true);
                }
                let by_voices = Score::of(&report, &corpus.planted);
                eprintln!(
                    "majority by voices instead of documents: precision {:.3}, recall {:.3}",
                    by_voices.precision(),
                    by_voices.recall()
                );
            }
        }
    }
}

/// Writes the corpus as JSONL and its ground truth as JSON; returns the
/// corpus path and its size in bytes.
fn write_corpus(
    dir: &Path,
    stem: &str,
    corpus: &corpus::Corpus,
) -> std::io::Result<(PathBuf, u64)> {
    let path = dir.join(format!("corpus-{stem}.jsonl"));
    let mut out = BufWriter::new(fs::File::create(&path)?);
    for doc in &corpus.docs {
        let record = json!({
            "id": doc.id,
            "title": doc.title,
            "outlet": doc.outlet,
            "published": doc.published,
            "text": doc.text,
        });
        writeln!(out, "{record}")?;
    }
    out.flush()?;
    let truth: Vec<serde_json::Value> = corpus
        .planted
        .iter()
        .map(|p| json!({"kind": p.kind, "fact": p.fact, "wrong": p.wrong, "right": p.right}))
        .collect();
    let mut truth_file = BufWriter::new(fs::File::create(dir.join(format!("truth-{stem}.json")))?);
    serde_json::to_writer_pretty(&mut truth_file, &truth)?;
    truth_file.flush()?;
    Ok((path.clone(), fs::metadata(&path)?.len()))
}

impl Finding {
    /// Takes as the majority the camp holding the most documents (the
    /// first such, as camps come best supported first); `by_voices`: the
    /// camp with the most independent voices (copies count once), then the
    /// most documents.
    fn choose_majority(&mut self, by_voices: bool) {
        let weight = |c: &Camp| {
            if by_voices {
                (c.voices, c.sources.len())
            } else {
                (0, c.sources.len())
            }
        };
        let mut best = 0;
        for (n, camp) in self.camps.iter().enumerate() {
            if weight(camp) > weight(&self.camps[best]) {
                best = n;
            }
        }
        self.majority = best;
    }

    /// Documents outside the majority camp (each once).
    fn outvoted(&self) -> impl Iterator<Item = (usize, &str)> + '_ {
        let majority = self.majority;
        let in_majority: HashSet<&str> = self
            .camps
            .get(majority)
            .map(|c| c.sources.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let mut seen = HashSet::new();
        self.camps
            .iter()
            .enumerate()
            .filter(move |&(n, _)| n != majority)
            .flat_map(|(n, c)| c.sources.iter().map(move |s| (n, s.as_str())))
            .filter(move |&(_, s)| !in_majority.contains(s) && seen.insert(s))
    }

    fn summary(&self) -> String {
        let majority = self.majority;
        let camps: Vec<String> = self
            .camps
            .iter()
            .enumerate()
            .map(|(n, c)| {
                format!(
                    "{}{} ({} docs)",
                    if n == majority { "*" } else { "" },
                    c.value,
                    c.sources.len()
                )
            })
            .collect();
        format!(
            "{} {} slot {:?}: {}",
            self.kind,
            self.verdict,
            self.slot,
            camps.join(" | ")
        )
    }

    fn sentence_of(&self, camp: usize, source: &str) -> &str {
        self.claims
            .iter()
            .find(|c| c.camp == camp && c.source == source)
            .map_or("", |c| c.sentence.as_str())
    }
}

/// (kind, document id)
type Key<'a> = (&'a str, &'a str);

/// The headline score, with no majority in it: a planted wrong document is
/// found where a contradiction finding of its kind puts it in a camp with
/// no right document of its change while another camp holds one; a
/// contradiction finding is right when it does that for some planted
/// change. Linear in the claims.
struct Separation {
    /// Contradiction findings.
    findings: usize,
    /// Those that separate some planted change's wrong and right documents.
    true_findings: usize,
    /// Planted wrong documents (by kind).
    wrong: usize,
    /// Those separated from a right document of their change.
    found: usize,
}

impl Separation {
    fn of(report: &Report, planted: &[corpus::Planted]) -> Self {
        // For each (kind, document), the changes it is wrong or right on.
        let mut roles: HashMap<Key, Vec<(usize, bool)>> = HashMap::new();
        for (n, p) in planted.iter().enumerate() {
            for w in &p.wrong {
                roles
                    .entry((p.kind, w.as_str()))
                    .or_default()
                    .push((n, true));
            }
            for r in &p.right {
                roles
                    .entry((p.kind, r.as_str()))
                    .or_default()
                    .push((n, false));
            }
        }
        let wrong = planted.iter().map(|p| p.wrong.len()).sum();
        let mut found: HashSet<Key> = HashSet::new();
        let (mut findings, mut true_findings) = (0, 0);
        for finding in report
            .findings
            .iter()
            .filter(|f| f.verdict == "contradiction")
        {
            findings += 1;
            let kind = finding.kind.as_str();
            // change → (camps of its wrong documents, camps of its right ones)
            let mut camps_of: HashMap<usize, (HashSet<usize>, HashSet<usize>)> = HashMap::new();
            let mut wrong_here: Vec<(usize, usize, &str)> = Vec::new();
            for (camp, c) in finding.camps.iter().enumerate() {
                for source in &c.sources {
                    for &(change, is_wrong) in
                        roles.get(&(kind, source.as_str())).into_iter().flatten()
                    {
                        let entry = camps_of.entry(change).or_default();
                        if is_wrong {
                            entry.0.insert(camp);
                            wrong_here.push((change, camp, source));
                        } else {
                            entry.1.insert(camp);
                        }
                    }
                }
            }
            // Separated: the wrong document's camp holds no right document
            // of its change, and another camp does. (A finding about
            // another fact of the kind holds both wrong and right documents
            // of this change in its big camp, and does not count.)
            let separated = |change: usize, camp: usize| {
                camps_of
                    .get(&change)
                    .is_some_and(|(_, right)| !right.is_empty() && !right.contains(&camp))
            };
            let mut any = false;
            for (change, camp, source) in wrong_here {
                if separated(change, camp) {
                    any = true;
                    if let Some((key, _)) = roles.get_key_value(&(kind, source)) {
                        found.insert(*key);
                    }
                }
            }
            if any {
                true_findings += 1;
            }
        }
        Separation {
            findings,
            true_findings,
            wrong,
            found: found.len(),
        }
    }

    fn precision(&self) -> f64 {
        if self.findings == 0 {
            1.0
        } else {
            self.true_findings as f64 / self.findings as f64
        }
    }

    fn recall(&self) -> f64 {
        if self.wrong == 0 {
            1.0
        } else {
            self.found as f64 / self.wrong as f64
        }
    }
}

/// Precision and recall against the planted truth, with what they count.
struct Score<'a> {
    /// Outvoted documents, counted once per contradiction finding.
    outvoted: usize,
    /// Of those, the ones planted wrong for the finding's kind.
    outvoted_wrong: usize,
    /// Every planted wrong document (by kind).
    wrong: HashMap<Key<'a>, Vec<usize>>,
    /// The planted wrong documents found.
    found: HashSet<Key<'a>>,
    /// Outvoted documents not planted wrong: (finding, camp, document).
    false_alarms: Vec<(usize, usize, String)>,
    /// Planted wrong documents in the majority camp of a contradiction
    /// finding that outvotes documents stating the same fact correctly:
    /// the wrong version has more documents than the right one.
    inverted: HashSet<Key<'a>>,
}

impl<'a> Score<'a> {
    fn of(report: &'a Report, planted: &'a [corpus::Planted]) -> Self {
        let mut wrong: HashMap<Key, Vec<usize>> = HashMap::new();
        let mut right: HashMap<Key, Vec<usize>> = HashMap::new();
        for (n, p) in planted.iter().enumerate() {
            for w in &p.wrong {
                wrong.entry((p.kind, w.as_str())).or_default().push(n);
            }
            for r in &p.right {
                right.entry((p.kind, r.as_str())).or_default().push(n);
            }
        }
        let mut score = Score {
            outvoted: 0,
            outvoted_wrong: 0,
            wrong,
            found: HashSet::new(),
            false_alarms: Vec::new(),
            inverted: HashSet::new(),
        };
        for (f, finding) in report.findings.iter().enumerate() {
            if finding.verdict != "contradiction" {
                continue;
            }
            let kind = finding.kind.as_str();
            // Changes whose right documents this finding outvotes, and the
            // wrong documents of those changes it holds in its majority.
            // (A document wrong on another fact of the kind does not count:
            // it is outvoted for that.)
            let outvoted_right: HashSet<usize> = finding
                .outvoted()
                .filter(|&(_, source)| !score.wrong.contains_key(&(kind, source)))
                .flat_map(|(_, source)| right.get(&(kind, source)).into_iter().flatten())
                .copied()
                .collect();
            if !outvoted_right.is_empty() {
                for source in &finding.camps[finding.majority].sources {
                    if let Some((&key, changes)) =
                        score.wrong.get_key_value(&(kind, source.as_str()))
                    {
                        if changes.iter().any(|c| outvoted_right.contains(c)) {
                            score.inverted.insert(key);
                        }
                    }
                }
            }
            // Outvoted documents planted wrong, with their planted changes.
            let mut candidates: Vec<(Key<'a>, &[usize])> = Vec::new();
            for (camp, source) in finding.outvoted() {
                score.outvoted += 1;
                match score.wrong.get_key_value(&(kind, source)) {
                    Some((&key, changes)) => {
                        score.outvoted_wrong += 1;
                        candidates.push((key, changes));
                    }
                    None => score.false_alarms.push((f, camp, source.to_string())),
                }
            }
            if candidates.is_empty() {
                continue;
            }
            // Which of those changes have a right document in the majority.
            let mut pending: HashSet<usize> = candidates
                .iter()
                .flat_map(|(_, changes)| changes.iter().copied())
                .collect();
            let mut confirmed = HashSet::new();
            for source in &finding.camps[finding.majority].sources {
                if pending.is_empty() {
                    break;
                }
                for change in right.get(&(kind, source.as_str())).into_iter().flatten() {
                    if pending.remove(change) {
                        confirmed.insert(*change);
                    }
                }
            }
            for (key, changes) in candidates {
                if changes.iter().any(|c| confirmed.contains(c)) {
                    score.found.insert(key);
                }
            }
        }
        score
    }

    fn precision(&self) -> f64 {
        if self.outvoted == 0 {
            1.0
        } else {
            self.outvoted_wrong as f64 / self.outvoted as f64
        }
    }

    fn recall(&self) -> f64 {
        if self.wrong.is_empty() {
            1.0
        } else {
            self.found.len() as f64 / self.wrong.len() as f64
        }
    }

    /// By kind: planted wrong, found, outvoted and outvoted-wrong counts;
    /// then up to ten misses (where each missed document sits in the report)
    /// and ten false alarms.
    fn print_details(&self, report: &'a Report, corpus: &'a corpus::Corpus) {
        let mut by_kind: HashMap<&str, [usize; 4]> = HashMap::new();
        for (kind, _) in self.wrong.keys() {
            by_kind.entry(kind).or_default()[0] += 1;
        }
        for (kind, _) in &self.found {
            by_kind.entry(kind).or_default()[1] += 1;
        }
        for finding in report
            .findings
            .iter()
            .filter(|f| f.verdict == "contradiction")
        {
            let kind = finding.kind.as_str();
            for (_, source) in finding.outvoted() {
                let counts = by_kind.entry(kind).or_default();
                counts[2] += 1;
                if self.wrong.contains_key(&(kind, source)) {
                    counts[3] += 1;
                }
            }
        }
        let mut kinds: Vec<_> = by_kind.into_iter().collect();
        kinds.sort();
        for (kind, [wrong, found, outvoted, outvoted_wrong]) in kinds {
            eprintln!("{kind}: planted wrong {wrong}, found {found}; outvoted {outvoted}, of them planted wrong {outvoted_wrong}");
        }
        // Why misses were missed, and what the false alarms are.
        let mut outvoted_wrong: HashSet<Key> = HashSet::new();
        for finding in report
            .findings
            .iter()
            .filter(|f| f.verdict == "contradiction")
        {
            let kind = finding.kind.as_str();
            for (_, source) in finding.outvoted() {
                if self.wrong.contains_key(&(kind, source)) {
                    outvoted_wrong.insert((kind, source));
                }
            }
        }
        let (mut inverted, mut never_outvoted, mut no_right) = (0, 0, 0);
        for key in self.wrong.keys().filter(|k| !self.found.contains(*k)) {
            if self.inverted.contains(key) {
                inverted += 1;
            } else if !outvoted_wrong.contains(key) {
                never_outvoted += 1;
            } else {
                no_right += 1;
            }
        }
        eprintln!(
            "misses: {inverted} in a majority that outvotes right documents (the wrong version has more documents), {never_outvoted} never outvoted in a contradiction of their kind (the wrong claim is unread or in no such finding), {no_right} outvoted but with no right document in the largest camp"
        );
        let right: HashSet<Key> = corpus
            .planted
            .iter()
            .flat_map(|p| p.right.iter().map(move |r| (p.kind, r.as_str())))
            .collect();
        let (mut was_right, mut other) = (0, 0);
        for (f, _, doc) in &self.false_alarms {
            if right.contains(&(report.findings[*f].kind.as_str(), doc.as_str())) {
                was_right += 1;
            } else {
                other += 1;
            }
        }
        eprintln!(
            "false alarms: {was_right} documents planted right (outvoted by a wrong version with more documents), {other} others"
        );
        let mut verdicts: HashMap<(&str, &str), usize> = HashMap::new();
        for f in &report.findings {
            *verdicts.entry((&f.kind, &f.verdict)).or_default() += 1;
        }
        let mut verdicts: Vec<_> = verdicts.into_iter().collect();
        verdicts.sort();
        eprintln!("findings by kind and verdict: {verdicts:?}");

        // Misses, in the truth's order.
        let mut missed: Vec<(Key, usize)> = Vec::new();
        for (n, p) in corpus.planted.iter().enumerate() {
            for w in &p.wrong {
                let key = (p.kind, w.as_str());
                if !self.found.contains(&key) && missed.len() < 10 {
                    missed.push((key, n));
                }
            }
        }
        let missed_docs: HashSet<Key> = missed.iter().map(|(k, _)| *k).collect();
        let mut seen_in: HashMap<Key, Vec<usize>> = HashMap::new();
        for (f, finding) in report.findings.iter().enumerate() {
            for camp in &finding.camps {
                for s in &camp.sources {
                    let key = (finding.kind.as_str(), s.as_str());
                    if missed_docs.contains(&key) {
                        seen_in.entry(key).or_default().push(f);
                    }
                }
            }
        }
        let texts: HashMap<&str, &str> = corpus
            .docs
            .iter()
            .filter(|d| missed_docs.iter().any(|(_, id)| *id == d.id))
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        for ((kind, doc), n) in &missed {
            let p = &corpus.planted[*n];
            eprintln!("missed: {kind} {doc} ({})", p.fact);
            let needles: Vec<&str> = p.needle.split('|').filter(|n| !n.is_empty()).collect();
            let text = texts.get(doc).copied().unwrap_or_default();
            for sentence in text.split_inclusive(['.', '"']) {
                if needles.iter().any(|n| sentence.contains(n)) {
                    eprintln!("    wrote: {}", sentence.trim());
                }
            }
            let findings = seen_in.get(&(*kind, *doc)).cloned().unwrap_or_default();
            if findings.is_empty() {
                eprintln!("    in no {kind} finding");
            }
            for f in findings.iter().take(3) {
                let finding = &report.findings[*f];
                eprintln!("    in {}", finding.summary());
                if let Some(camp) = finding
                    .camps
                    .iter()
                    .position(|c| c.sources.iter().any(|s| s == doc))
                {
                    let role = if camp == finding.majority {
                        "in the majority camp"
                    } else {
                        "outvoted"
                    };
                    eprintln!(
                        "      its claim there ({role}): {}",
                        finding.sentence_of(camp, doc)
                    );
                }
            }
        }
        // False alarms: one example per finding.
        let mut shown = HashSet::new();
        for (f, camp, doc) in &self.false_alarms {
            if shown.len() >= 10 || !shown.insert(*f) {
                continue;
            }
            let finding = &report.findings[*f];
            let count = self.false_alarms.iter().filter(|(g, ..)| g == f).count();
            eprintln!("false: {doc} outvoted in {}", finding.summary());
            eprintln!(
                "    ({count} such documents in this finding); its claim: {}",
                finding.sentence_of(*camp, doc)
            );
            let majority = finding.majority;
            if let Some(other) = finding.camps[majority].sources.first() {
                eprintln!(
                    "    majority claim ({other}): {}",
                    finding.sentence_of(majority, other)
                );
            }
        }
    }
}

//! The perturbation benchmark: recombines the sentences of the five real
//! seed articles (`../shared/seeds`) into a corpus of documents, plants
//! changes of numbers, dates and speakers in about 12% of the sentences,
//! each in one document only, audits the corpus with and without the
//! changes with the release binary as a child process, and scores the
//! report against the planted truth.
//!
//! ```text
//! cargo bench --bench perturb                       # 200 documents
//! cargo bench --bench perturb -- --docs 500
//! cargo bench --bench perturb -- --write DIR        # the corpus and truth.json only
//! PERTURB_MISSES=1 cargo bench --bench perturb      # each miss and off-target finding on stderr
//! ```
//!
//! What is planted is found with this benchmark's own text patterns, not
//! with crosscheck's readers (see `plant`). A plant is *checkable* when
//! another document states its original sentence unchanged; the others
//! are counted and left out of recall.
//!
//! **Recall** per kind: a checkable plant is found when a contradiction
//! finding of its kind (`figure` for numbers, `date` for dates,
//! `attribution` for speakers) has a claim from the changed sentence of its
//! document (the claim's source, its sentence, and its evidence carrying
//! the new value; for a speaker, the claim's speaker) in another camp than
//! a claim from an unchanged copy of the sentence in another document
//! (carrying the old value). A `role` finding never counts for a speaker:
//! its slot is one person's title, and the changed and unchanged copies
//! name two people, so it cannot oppose them.
//!
//! **On target**: a contradiction finding of the perturbed run that holds a
//! claim carrying a planted change (from the changed sentence; for a
//! speaker, also from a later sentence of the document that keeps the new
//! speaker: a quote running on, a "he said"). Of the rest, a finding whose kind, slot and every
//! version already stand in the unperturbed run is a *seed disagreement*
//! (the seed articles disagree among themselves, or recombining them
//! moved a relative date); the others are *off target*. The on-target share
//! is on target over on target plus off target.

#[path = "../shared/child.rs"]
mod child;
mod corpus;
#[path = "../shared/months.rs"]
mod months;
mod plant;
#[path = "../shared/report.rs"]
mod report;
#[path = "../shared/rng.rs"]
mod rng;
mod score;
mod seeds;

use std::path::{Path, PathBuf};

use corpus::Corpus;
use plant::{Kind, People};
use report::Report;
use score::Score;

/// The corpus's seed: the same documents and plants on every run.
const SEED: u64 = 2026;

/// Documents in the corpus unless `--docs` says otherwise.
const DEFAULT_DOCS: usize = 200;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value_of = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let docs = match value_of("--docs").map(|n| n.parse::<usize>()) {
        None => DEFAULT_DOCS,
        Some(Ok(n)) if n >= 2 => n,
        Some(_) => fail("--docs: expected a number of documents, at least 2"),
    };
    let seeds_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let seeds = seeds::read(&seeds_dir).unwrap_or_else(|err| fail(&err));
    let people = People::of(&seeds);
    let corpus = Corpus::build(&seeds, &people, docs, SEED);
    let uncheckable = corpus.plants.iter().filter(|p| !p.checkable()).count();
    let summary = format!(
        "{} documents, {} sentences, {} plants ({uncheckable} uncheckable: no other document states the original)",
        corpus.docs.len(),
        corpus.sentence_count(),
        corpus.plants.len()
    );

    if let Some(dir) = value_of("--write").map(PathBuf::from) {
        write(&corpus, &dir, true);
        println!("wrote {}: {summary}", dir.display());
        return;
    }

    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("perturb");
    let (base_dir, perturbed_dir) = (out.join("unperturbed"), out.join("perturbed"));
    write(&corpus, &base_dir, false);
    write(&corpus, &perturbed_dir, true);
    let base_report = out.join("report-unperturbed.json");
    let perturbed_report = out.join("report-perturbed.json");
    let base_run = child::run_audit(&base_dir, &base_report);
    let run = child::run_audit(&perturbed_dir, &perturbed_report);
    let baseline = Report::read(&base_report).unwrap_or_else(|err| fail(&err));
    let report = Report::read(&perturbed_report).unwrap_or_else(|err| fail(&err));
    let score = Score::of(&report, &baseline, &corpus);

    println!("{summary}; corpus and reports in {}", out.display());
    println!();
    println!("| kind | planted | checkable | found | recall |");
    println!("|---|---:|---:|---:|---:|");
    let total = score.total();
    let rows = Kind::ALL
        .iter()
        .map(|k| (k.name(), &score.kinds[*k as usize]))
        .chain([("all", &total)]);
    for (name, k) in rows {
        println!(
            "| {name} | {} | {} | {} | {:.3} |",
            k.planted,
            k.checkable,
            k.found,
            k.recall()
        );
    }
    let (total, on, seed, off) = score.findings();
    let share = if on + off == 0 {
        1.0
    } else {
        on as f64 / (on + off) as f64
    };
    println!();
    println!("| contradiction findings | on target | seed disagreements | off target | on-target share | audit wall (s) | peak RSS (MB) | unperturbed: findings | unperturbed: wall (s) |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {total} | {on} | {seed} | {off} | {share:.3} | {:.2} | {:.0} | {} | {:.2} |",
        run.wall,
        run.peak_rss_kb as f64 / 1024.0,
        baseline.contradiction_count(),
        base_run.wall
    );
    if std::env::var_os("PERTURB_MISSES").is_some() {
        let names: Vec<&str> = people.names().collect();
        eprintln!("speakers are replaced by: {}", names.join(", "));
        score.print_misses(&report, &corpus);
    }
}

/// Writes the corpus into `dir`, or stops the benchmark.
fn write(corpus: &Corpus, dir: &Path, perturbed: bool) {
    if let Err(err) = corpus.write(dir, perturbed) {
        fail(&format!("{}: {err}", dir.display()));
    }
}

/// Prints `message` and exits with 2.
fn fail(message: &str) -> ! {
    eprintln!("perturb: {message}");
    std::process::exit(2);
}

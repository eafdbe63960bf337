//! The scale benchmark: generates corpora of 1k, 10k and 100k documents,
//! audits each with the release binary as a child process, and reports
//! documents/s, MB/s, wall time, peak RSS, and precision and recall against
//! the planted contradictions.
//!
//! ```text
//! cargo bench --bench scale                       # 1000, 10000, 100000
//! cargo bench --bench scale -- --sizes 1000,10000
//! cargo bench --bench scale -- --write DIR --sizes 2000   # corpus and truth only
//! ```

mod corpus;

use std::collections::HashSet;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::{json, Value};

const SEED: u64 = 2026;

/// A pair of documents (ids in order) and the kind of claim they disagree on.
type FlaggedPair = (String, String, String);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value_of = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
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
    if let Err(err) = fs::create_dir_all(&out) {
        eprintln!("{}: {err}", out.display());
        std::process::exit(2);
    }
    if audit {
        println!("| documents | MB | wall (s) | documents/s | MB/s | peak RSS (MB) | findings | precision | recall |");
        println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    }
    for size in sizes {
        let corpus = corpus::generate(size, SEED);
        let (input, bytes) = match write_corpus(&out, size, &corpus) {
            Ok(written) => written,
            Err(err) => {
                eprintln!("{}: {err}", out.display());
                std::process::exit(2);
            }
        };
        if !audit {
            println!(
                "wrote {} ({} documents, {} planted contradictions)",
                input.display(),
                corpus.docs.len(),
                corpus.planted.len()
            );
            continue;
        }
        let report = out.join(format!("report-{size}.json"));
        let run = run_audit(&input, &report);
        let findings = fs::read(&report)
            .ok()
            .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
            .unwrap_or(Value::Null);
        let flagged = flagged_pairs(&findings);
        let truth = truth_pairs(&corpus.planted);
        let hits = flagged.intersection(&truth).count() as f64;
        let precision = if flagged.is_empty() {
            1.0
        } else {
            hits / flagged.len() as f64
        };
        let recall = if truth.is_empty() {
            1.0
        } else {
            hits / truth.len() as f64
        };
        let mb = bytes as f64 / 1e6;
        println!(
            "| {size} | {mb:.1} | {:.2} | {:.0} | {:.1} | {:.0} | {} | {precision:.3} | {recall:.3} |",
            run.wall,
            size as f64 / run.wall,
            mb / run.wall,
            run.peak_rss_kb as f64 / 1024.0,
            findings["findings"].as_array().map_or(0, Vec::len),
        );
        if std::env::var_os("SCALE_MISSES").is_some() {
            for pair in truth.difference(&flagged).take(10) {
                eprintln!("missed: {pair:?}");
            }
            for pair in flagged.difference(&truth).take(10) {
                eprintln!("false: {pair:?}");
            }
        }
    }
}

/// Writes the corpus as JSONL and its ground truth as JSON; returns the
/// corpus path and its size in bytes.
fn write_corpus(
    dir: &Path,
    size: usize,
    corpus: &corpus::Corpus,
) -> std::io::Result<(PathBuf, u64)> {
    let path = dir.join(format!("corpus-{size}.jsonl"));
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
    let truth: Vec<Value> = corpus
        .planted
        .iter()
        .map(|p| json!({"kind": p.kind, "wrong": p.wrong, "right": p.right}))
        .collect();
    fs::write(
        dir.join(format!("truth-{size}.json")),
        serde_json::to_string_pretty(&truth).unwrap_or_default(),
    )?;
    Ok((path.clone(), fs::metadata(&path)?.len()))
}

struct Run {
    wall: f64,
    peak_rss_kb: i64,
}

/// Runs the audit in a child process, so its peak RSS is its own.
fn run_audit(input: &Path, report: &Path) -> Run {
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["audit", "--format", "json", "--output"])
        .arg(report)
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let child = match child {
        Ok(child) => child,
        Err(err) => {
            eprintln!("crosscheck: {err}");
            std::process::exit(2);
        }
    };
    let mut status = 0;
    // SAFETY: rusage is plain data the kernel fills in; the pid is our child's.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    // SAFETY: waits for our own child once; `child` is never waited on again.
    unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    Run {
        wall: start.elapsed().as_secs_f64(),
        peak_rss_kb: usage.ru_maxrss,
    }
}

/// Document pairs the report flags as contradicting: within each finding,
/// every two claims from different sources with different values.
fn flagged_pairs(report: &Value) -> HashSet<FlaggedPair> {
    let mut pairs = HashSet::new();
    for finding in report["findings"].as_array().into_iter().flatten() {
        if finding["verdict"] != "contradiction" {
            continue;
        }
        let kind = finding["kind"].as_str().unwrap_or_default();
        let claims: Vec<(&str, &str)> = finding["claims"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| {
                (
                    c["source"].as_str().unwrap_or_default(),
                    c["value"].as_str().unwrap_or_default(),
                )
            })
            .collect();
        for (i, (a, va)) in claims.iter().enumerate() {
            for (b, vb) in &claims[i + 1..] {
                if a != b && va != vb {
                    pairs.insert(ordered(a, b, kind));
                }
            }
        }
    }
    pairs
}

/// Every pair of a planted contradiction's wrong and right documents.
fn truth_pairs(planted: &[corpus::Planted]) -> HashSet<FlaggedPair> {
    planted
        .iter()
        .flat_map(|p| {
            p.wrong
                .iter()
                .flat_map(move |w| p.right.iter().map(move |r| ordered(w, r, p.kind)))
        })
        .collect()
}

fn ordered(a: &str, b: &str, kind: &str) -> FlaggedPair {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    (a.to_string(), b.to_string(), kind.to_string())
}

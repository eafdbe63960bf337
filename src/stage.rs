//! The audit as stages that run apart, for engines that split a corpus
//! across machines (Spark): each stage reads and writes JSONL records
//! (`schema/records.schema.json`), so an engine can map documents, shuffle
//! claims by key and gather findings. `audit` runs the same stages in
//! memory ([`crate::audit::audit_documents`]).
//!
//! ```text
//! lexicon  documents                → a lexicon; lexicons merge as sets do
//! claims   documents + lexicon      → source, names and claim records
//! names    names records            → renames (one reduce)
//! judge    claim records + renames  → finding and warning records; every
//!                                     record of one key must reach one run
//! report   source, finding, warning → the report, as `audit` prints it
//! ```
//!
//! Documents are ordered by a key: their place in the corpus. `claims`
//! over paths numbers them from `--first-index`; over corpus lines (what an
//! engine hands over) the key is the input's number and the line's, so
//! any split gives the order `audit` reads them in.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHasher};
use serde::{Deserialize, Serialize};

use crate::audit::{document_warnings, AuditOptions};
use crate::extract::Claim;
use crate::names::{self, Lexicon, NameStats, Renames};
use crate::pair::shuffle_key;
use crate::report::{claim_report, ClaimReport, Evidence, SourceSummary, WarningReport};
use crate::rules::RuleSet;
use crate::slot::{first_claim, judge_blocks, settle, story_names, Finding};
use crate::source::{corpus_line, load, Document, Exclude};
use crate::warning::Warning;

/// The version of the records; a reader refuses records of another, whose
/// claims were read with other fields (2: a count's deed, a dated deed's
/// occasion). The Spark job writes its lexicon with this version too.
pub const RECORDS_VERSION: u32 = 2;

/// Bits of a corpus line's key that number the line; the input's number
/// sits above them.
const LINE_BITS: u32 = 32;

/// One line of a stage's input or output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "record", rename_all = "snake_case")]
pub enum Record {
    /// A line of a JSONL corpus, with where it was read: what an engine
    /// hands the lexicon and claims stages.
    CorpusLine(CorpusLine),
    /// A document read: what the report lists of it.
    Source(SourceRecord),
    /// The names a document's claims use, for the names stage.
    Names(NamesRecord),
    /// A claim, with its shuffle key and its evidence.
    Claim(Box<ClaimRecord>),
    /// A finding of the judge stage, with the evidence of its claims.
    Finding(Box<FindingRecord>),
    /// A problem that did not stop the run.
    Warning(Warning),
}

/// A corpus line as an engine hands it over.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusLine {
    /// The corpus file, as reports cite it.
    pub corpus: PathBuf,
    /// The input's place among the inputs, from 0.
    pub input: usize,
    /// The line's number in the corpus, from 1.
    pub line: usize,
    /// The line as written.
    pub text: String,
}

/// A document read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRecord {
    /// Its place in the corpus.
    pub key: usize,
    /// What the report lists of it.
    #[serde(flatten)]
    pub summary: SourceSummary,
}

/// The names one document's claims use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamesRecord {
    /// The document's key.
    pub source: usize,
    /// Its names and story.
    #[serde(flatten)]
    pub stats: NameStats,
}

/// A claim between the claims and judge stages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// What to shuffle on: claims that may be compared share it.
    pub key: String,
    /// The same for copies of one claim in other documents (syndicated
    /// text): an engine combines records that share `key` and `copy` into
    /// one, with the others' places in `copies`, before the shuffle.
    pub copy: String,
    /// The document's key.
    pub source: usize,
    /// The claim's place among its document's claims.
    pub ordinal: usize,
    /// The claim as the judge reads it (crosscheck's own model: read back
    /// only by the same version and rules).
    pub claim: Claim,
    /// The claim as reports show it.
    pub evidence: ClaimReport,
    /// Where its copies stand, combined into this record by an engine.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<CopyPlace>,
}

/// Where a copy of a claim stands: its claim and evidence are the record's
/// in every field but these.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CopyPlace {
    /// The document's key.
    pub source: usize,
    /// The claim's place among its document's claims.
    pub ordinal: usize,
    /// The sentence's index in its document.
    pub sentence: usize,
    /// Byte span of the claim in its document.
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// The document's id.
    pub id: String,
    /// The document's path, as cited.
    pub path: String,
    /// 1-based line of the claim.
    pub line: usize,
    /// 1-based column of the claim.
    pub column: usize,
}

/// What makes two claim records copies: the claim and its evidence, but
/// for where they stand.
fn copy_identity(claim: &Claim, evidence: &ClaimReport) -> String {
    let mut hasher = FxHasher::default();
    let written = serde_json::to_vec(&(
        &claim.body,
        &*claim.context,
        &evidence.sentence,
        &evidence.text,
        &evidence.value,
    ))
    .unwrap_or_default();
    written.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// A finding between the judge and report stages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingRecord {
    /// The finding; its camps' `claims` index `claims` below and their
    /// `sources` are document keys.
    pub finding: Finding,
    /// Its claims, in corpus order.
    pub claims: Vec<StagedClaim>,
    /// The names of its first claim's story: what tells apart findings
    /// that share a fingerprint.
    pub story: Vec<String>,
}

/// A claim a finding shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StagedClaim {
    /// The document's key.
    pub source: usize,
    /// The claim's place among its document's claims.
    pub ordinal: usize,
    /// The claim as reports show it.
    pub evidence: ClaimReport,
}

/// The renames the names stage writes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RenamesFile {
    /// The version of the records.
    pub version: u32,
    /// For each name, the name it stands for.
    pub renames: BTreeMap<String, String>,
}

/// The lexicon the lexicon stage writes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LexiconFile {
    /// The version of the records.
    pub version: u32,
    /// The lexicon.
    #[serde(flatten)]
    pub lexicon: Lexicon,
}

/// Why a stage could not go on.
#[derive(Debug, thiserror::Error)]
pub enum StageError {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What failed.
        source: io::Error,
    },
    /// A line is not a record this version reads.
    #[error("{}:{line}: not a crosscheck record: {message}", path.display())]
    Record {
        /// The file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A lexicon or renames file of another version, or not one at all.
    #[error("{}: {message}", path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// Two documents of the corpus share an id.
    #[error("two documents have the id `{id}`: {first} and {second}")]
    DuplicateId {
        /// The id.
        id: String,
        /// Where the first is.
        first: String,
        /// Where the second is.
        second: String,
    },
    /// Standard input and paths given together.
    #[error("`-` (corpus lines on standard input) cannot be given with other paths")]
    MixedInput,
    /// Standard input held records other than corpus lines.
    #[error("standard input must hold corpus-line records only (`\"record\": \"corpus_line\"`)")]
    NotCorpusLine,
    /// No source record reached the report.
    #[error("no source records among the inputs: give the claims stage's output with the judge's")]
    NoSources,
}

/// Where records are read from: files, or standard input as `-`.
fn open(path: &Path) -> Result<Box<dyn BufRead>, StageError> {
    if path == Path::new("-") {
        return Ok(Box::new(BufReader::new(io::stdin())));
    }
    let file = File::open(path).map_err(|source| StageError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(Box::new(BufReader::new(file)))
}

/// Calls `each` with every record of every file (`-` is standard input),
/// in order; a line that is not a record stops the run with its place.
pub fn read_records(
    paths: &[PathBuf],
    mut each: impl FnMut(Record) -> Result<(), StageError>,
) -> Result<(), StageError> {
    for path in paths {
        let mut reader = open(path)?;
        let mut text = String::new();
        let mut line = 0;
        loop {
            text.clear();
            let read = reader
                .read_line(&mut text)
                .map_err(|source| StageError::Io {
                    path: path.clone(),
                    source,
                })?;
            if read == 0 {
                break;
            }
            line += 1;
            if text.trim().is_empty() {
                continue;
            }
            let record = serde_json::from_str(&text).map_err(|e| StageError::Record {
                path: path.clone(),
                line,
                message: e.to_string(),
            })?;
            each(record)?;
        }
    }
    Ok(())
}

/// Writes records one JSON line each.
pub fn write_records<'a>(
    records: impl IntoIterator<Item = &'a Record>,
    out: &mut dyn Write,
) -> io::Result<()> {
    for record in records {
        serde_json::to_writer(&mut *out, record)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Reads a JSON file of the stages (a lexicon or renames) and checks its
/// version.
pub fn read_json_file<T: for<'de> Deserialize<'de>>(
    path: &Path,
    version_of: impl Fn(&T) -> u32,
) -> Result<T, StageError> {
    let text = std::fs::read_to_string(path).map_err(|source| StageError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let value: T = serde_json::from_str(&text).map_err(|e| StageError::File {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    if version_of(&value) != RECORDS_VERSION {
        return Err(StageError::File {
            path: path.to_path_buf(),
            message: format!(
                "records version {} where this crosscheck reads {RECORDS_VERSION}",
                version_of(&value)
            ),
        });
    }
    Ok(value)
}

/// Documents, each with its key: its place in the corpus.
pub type Keyed = Vec<(usize, Document)>;

/// The documents a lexicon or claims stage reads, each with its key, and
/// the warnings reading them gave: `-` alone reads corpus-line records from
/// standard input; else files and folders are read as `audit` reads them,
/// keyed from `first_index`.
pub fn read_documents(
    paths: &[PathBuf],
    first_index: usize,
    exclude: &Exclude,
) -> Result<(Keyed, Vec<Warning>), crate::Error> {
    if paths.iter().any(|p| p == Path::new("-")) {
        if paths.len() > 1 {
            return Err(StageError::MixedInput.into());
        }
        let mut lines = Vec::new();
        read_records(paths, |record| match record {
            Record::CorpusLine(line) => {
                lines.push(line);
                Ok(())
            }
            _ => Err(StageError::NotCorpusLine),
        })?;
        let mut warnings = Vec::new();
        let documents = documents_of_lines(lines, &mut warnings);
        return Ok((documents, warnings));
    }
    let loaded = load(paths, exclude)?;
    let documents = loaded
        .documents
        .into_iter()
        .enumerate()
        .map(|(n, d)| (first_index + n, d))
        .collect();
    Ok((documents, loaded.warnings))
}

/// The lexicons at `paths`, merged.
pub fn merge_lexicons(paths: &[PathBuf]) -> Result<Lexicon, StageError> {
    let mut merged = Lexicon::default();
    for path in paths {
        merged.merge(read_lexicon(path)?);
    }
    Ok(merged)
}

/// A lexicon as the lexicon stage writes it.
pub fn lexicon_file(lexicon: Lexicon) -> LexiconFile {
    LexiconFile {
        version: RECORDS_VERSION,
        lexicon,
    }
}

/// The lexicon the lexicon stage wrote at `path`.
pub fn read_lexicon(path: &Path) -> Result<Lexicon, StageError> {
    Ok(read_json_file(path, |f: &LexiconFile| f.version)?.lexicon)
}

/// The renames the names stage wrote at `path`.
pub fn read_renames(path: &Path) -> Result<Renames, StageError> {
    let file = read_json_file(path, |f: &RenamesFile| f.version)?;
    Ok(file.renames.into_iter().collect())
}

/// Documents from corpus lines, each keyed by its input and line; lines
/// that are not documents become warnings.
pub fn documents_of_lines(lines: Vec<CorpusLine>, warnings: &mut Vec<Warning>) -> Keyed {
    lines
        .into_iter()
        .filter_map(|l| {
            let document = corpus_line(&l.corpus, l.line, &l.text, warnings)?;
            Some(((l.input << LINE_BITS) | l.line, document))
        })
        .collect()
}

/// The claims stage: every document's source, names and claim records (in
/// document order), and its warnings.
pub fn claims_stage(documents: Keyed, lexicon: &Lexicon, rules: &RuleSet) -> Vec<Record> {
    let keys: Vec<usize> = documents.iter().map(|(key, _)| *key).collect();
    let analysed = crate::audit::read_claims(documents, lexicon, rules);
    let mut records = Vec::new();
    for (key, (document, claims)) in keys.into_iter().zip(analysed) {
        records.extend(
            document_warnings(&document)
                .into_iter()
                .map(Record::Warning),
        );
        records.push(Record::Source(SourceRecord {
            key,
            summary: SourceSummary::read(&document, claims.len()),
        }));
        if claims.is_empty() {
            continue;
        }
        records.push(Record::Names(NamesRecord {
            source: key,
            stats: NameStats::of(&claims),
        }));
        let evidence: Vec<ClaimReport> =
            claims.iter().map(|c| claim_report(&document, c)).collect();
        for (ordinal, (claim, evidence)) in claims.into_iter().zip(evidence).enumerate() {
            let Some(key) = shuffle_key(&claim, rules) else {
                continue;
            };
            records.push(Record::Claim(Box::new(ClaimRecord {
                key,
                copy: copy_identity(&claim, &evidence),
                source: claim.source,
                ordinal,
                claim,
                evidence,
                copies: Vec::new(),
            })));
        }
    }
    records
}

/// The names stage: the renames the corpus's names call for.
pub fn names_stage(stats: NameStats) -> RenamesFile {
    RenamesFile {
        version: RECORDS_VERSION,
        renames: stats.renames().into_iter().collect(),
    }
}

/// The judge stage: the findings among `records`, which must hold every
/// claim of each shuffle key they hold. Each finding carries the evidence
/// of its claims.
pub fn judge_stage(
    records: Vec<ClaimRecord>,
    renames: &Renames,
    rules: &RuleSet,
    options: &AuditOptions,
) -> Vec<Record> {
    // Names are merged on each record's claim before its copies are laid
    // out, so the copies keep sharing one context.
    let mut representatives: Vec<Claim> = Vec::with_capacity(records.len());
    let mut rest = Vec::with_capacity(records.len());
    for record in records {
        representatives.push(record.claim);
        rest.push((
            record.source,
            record.ordinal,
            record.evidence,
            record.copies,
        ));
    }
    names::rename(&mut representatives, renames);
    let mut laid_out: Vec<(usize, usize, Claim, Shown)> = Vec::with_capacity(rest.len());
    for (claim, (source, ordinal, evidence, copies)) in representatives.into_iter().zip(rest) {
        let evidence = Arc::new(evidence);
        for place in copies {
            let copy = Claim {
                source: place.source,
                sentence: place.sentence,
                start: place.start,
                end: place.end,
                body: claim.body.clone(),
                context: Arc::clone(&claim.context),
            };
            let (source, ordinal) = (place.source, place.ordinal);
            laid_out.push((source, ordinal, copy, (Arc::clone(&evidence), Some(place))));
        }
        laid_out.push((source, ordinal, claim, (evidence, None)));
    }
    laid_out.sort_by_key(|(source, ordinal, ..)| (*source, *ordinal));
    // An engine that retried a task may hand a record over twice.
    laid_out.dedup_by_key(|(source, ordinal, ..)| (*source, *ordinal));
    let mut places = Vec::with_capacity(laid_out.len());
    let mut evidence = Vec::with_capacity(laid_out.len());
    let mut claims = Vec::with_capacity(laid_out.len());
    for (source, ordinal, claim, shown) in laid_out {
        places.push((source, ordinal));
        evidence.push(shown);
        claims.push(claim);
    }
    let compared = judge_blocks(&claims, rules, options);
    let mut out: Vec<Record> = compared.warnings.into_iter().map(Record::Warning).collect();
    for mut finding in compared.findings {
        let story = story_names(&claims[first_claim(&finding)]);
        let mut shown: Vec<usize> = finding.claims().map(|(_, c)| c).collect();
        shown.sort_unstable();
        shown.dedup();
        for camp in &mut finding.camps {
            for c in &mut camp.claims {
                *c = shown.binary_search(c).unwrap_or_default();
            }
        }
        let staged = shown
            .iter()
            .map(|&c| StagedClaim {
                source: places[c].0,
                ordinal: places[c].1,
                evidence: evidence_of(&evidence[c]),
            })
            .collect();
        out.push(Record::Finding(Box::new(FindingRecord {
            finding,
            claims: staged,
            story,
        })));
    }
    out
}

/// A claim's evidence as the judge keeps it: its record's, shared by the
/// record's copies, and a copy's own place.
type Shown = (Arc<ClaimReport>, Option<CopyPlace>);

/// A claim's evidence: its record's, with a copy's own place.
fn evidence_of((shown, place): &Shown) -> ClaimReport {
    let mut evidence = ClaimReport::clone(shown);
    if let Some(place) = place {
        evidence.source = place.id.clone();
        evidence.path = place.path.clone();
        evidence.line = place.line;
        evidence.column = place.column;
    }
    evidence
}

/// What the report stage gathers: documents, findings and warnings from
/// the records of the other stages, numbered as `audit` numbers them.
#[derive(Debug, Default)]
pub struct Gathered {
    sources: Vec<SourceRecord>,
    claims: Vec<Option<ClaimReport>>,
    /// The findings, settled: weighed, sorted and numbered.
    pub findings: Vec<Finding>,
    warnings: Vec<Warning>,
}

impl Gathered {
    /// Gathers the source, finding and warning records of `paths` (claim,
    /// names and corpus-line records are passed over), then weighs, sorts
    /// and numbers the findings as `audit` does.
    pub fn read(paths: &[PathBuf]) -> Result<Gathered, StageError> {
        let mut sources: Vec<SourceRecord> = Vec::new();
        let mut findings: Vec<FindingRecord> = Vec::new();
        let mut warnings: Vec<Warning> = Vec::new();
        read_records(paths, |record| {
            match record {
                Record::Source(s) => sources.push(s),
                Record::Finding(f) => findings.push(*f),
                Record::Warning(w) => warnings.push(w),
                Record::CorpusLine(_) | Record::Names(_) | Record::Claim(_) => {}
            }
            Ok(())
        })?;
        Gathered::of(sources, findings, warnings)
    }

    fn of(
        mut sources: Vec<SourceRecord>,
        findings: Vec<FindingRecord>,
        mut warnings: Vec<Warning>,
    ) -> Result<Gathered, StageError> {
        sources.sort_by_key(|s| s.key);
        sources.dedup_by_key(|s| s.key);
        if sources.is_empty() {
            return Err(StageError::NoSources);
        }
        let mut owners: FxHashMap<&str, &SourceRecord> = FxHashMap::default();
        for s in &sources {
            if let Some(first) = owners.insert(&s.summary.id, s) {
                return Err(StageError::DuplicateId {
                    id: s.summary.id.clone(),
                    first: first.summary.path.clone(),
                    second: s.summary.path.clone(),
                });
            }
        }
        let document: FxHashMap<usize, usize> = sources
            .iter()
            .enumerate()
            .map(|(n, s)| (s.key, n))
            .collect();
        // Claims are numbered in corpus order among those findings show:
        // findings compare by their first claim, which is all order needs.
        let mut places: Vec<(usize, usize)> = findings
            .iter()
            .flat_map(|f| f.claims.iter().map(|c| (c.source, c.ordinal)))
            .collect();
        places.sort_unstable();
        places.dedup();
        let number = |c: &StagedClaim| places.binary_search(&(c.source, c.ordinal)).ok();
        let mut claims: Vec<Option<ClaimReport>> = vec![None; places.len()];
        let mut story: FxHashMap<usize, Vec<String>> = FxHashMap::default();
        let mut settled = Vec::with_capacity(findings.len());
        for record in findings {
            let numbers: Vec<usize> = record.claims.iter().filter_map(number).collect();
            let mut finding = record.finding;
            for camp in &mut finding.camps {
                for c in &mut camp.claims {
                    *c = numbers.get(*c).copied().unwrap_or_default();
                }
                for s in &mut camp.sources {
                    *s = document.get(s).copied().unwrap_or_default();
                }
            }
            story.insert(first_claim(&finding), record.story);
            for (n, claim) in numbers.into_iter().zip(record.claims) {
                claims[n] = Some(claim.evidence);
            }
            settled.push(finding);
        }
        let source_of = |c: usize| {
            places
                .get(c)
                .and_then(|(key, _)| document.get(key))
                .copied()
                .unwrap_or_default()
        };
        settle(&mut settled, source_of, |c| {
            story.get(&c).cloned().unwrap_or_default()
        });
        warnings.sort();
        Ok(Gathered {
            sources,
            claims,
            findings: settled,
            warnings,
        })
    }
}

impl Evidence for Gathered {
    fn sources(&self) -> Vec<SourceSummary> {
        self.sources.iter().map(|s| s.summary.clone()).collect()
    }

    fn claim(&self, index: usize) -> Option<ClaimReport> {
        self.claims.get(index).cloned().flatten()
    }

    fn warnings(&self) -> Vec<WarningReport> {
        self.warnings.iter().map(WarningReport::from).collect()
    }
}

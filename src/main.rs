//! The `crosscheck` binary: parses arguments, calls the library, prints, and
//! turns outcomes into exit codes (0 clean, 1 findings, 2 usage or input error).

use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};

use crosscheck::audit::{
    audit, Audit, AuditOptions, Finding, Progress, ProgressSink, Stage, TextKept,
};
use crosscheck::config::{Config, FailOn};
use crosscheck::decisions::{self, summary, Decision, Decisions};
use crosscheck::names::NameStats;
use crosscheck::report::{
    self, table::TableStyle, Evidence, Format, Printable, RenderError, Report, StaleDecision,
};
use crosscheck::rules::RuleSet;
use crosscheck::serve::Server;
use crosscheck::source::Exclude;
use crosscheck::stage::{self, Gathered, Record};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use mimalloc::MiMalloc;

mod review_tty;

/// Many small, short-lived allocations across threads: mimalloc returns
/// memory the analysis no longer needs and is faster at it than glibc.
#[global_allocator]
static ALLOCATOR: MiMalloc = MiMalloc;

/// Cross-checks claims (figures, dates, who said what, who holds which role)
/// across documents and flags the contradictions.
#[derive(Parser)]
#[command(name = "crosscheck", version, about)]
struct Cli {
    /// A config file to use instead of the nearest `crosscheck.yaml`.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Audit files and folders: list where the sources disagree.
    Audit {
        /// Files (.txt, .md, .markdown, .html, .htm, .jsonl) and folders to
        /// read.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        #[command(flatten)]
        common: Common,
        #[command(flatten)]
        gate: Gate,
        /// Also report claims that agree.
        #[arg(long)]
        agreements: bool,
    },
    /// Check documents against a fact table (for CI): exit 1 when one
    /// contradicts a fact or the table contradicts itself.
    Check {
        /// Files and folders to read.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The fact table (else the config's `facts`).
        #[arg(long, value_name = "FILE")]
        facts: Option<PathBuf>,
        /// Also fail when a fact is mentioned by no document.
        #[arg(long)]
        require_all: bool,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        #[command(flatten)]
        common: Common,
    },
    /// Walk the findings and record decisions: interactive on a terminal,
    /// else with --confirm / --dismiss.
    Review {
        /// Files and folders to read.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Confirm a finding (its fingerprint, or its id such as F3).
        #[arg(long, value_name = "ID")]
        confirm: Vec<String>,
        /// Dismiss a finding (needs --reason).
        #[arg(long, value_name = "ID")]
        dismiss: Vec<String>,
        /// Why the --dismiss findings are dismissed (kept with those only).
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        /// A note kept with each decision recorded.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// Ask about each finding on standard input even when it is not a
        /// terminal.
        #[arg(long)]
        interactive: bool,
        /// A rules folder that extends or overrides the built-in rules.
        #[arg(long, value_name = "DIR")]
        rules: Option<PathBuf>,
        /// Review in a browser: serve a review page on 127.0.0.1 (its
        /// address is the first line printed) until Ctrl-C.
        #[arg(long, conflicts_with_all = ["confirm", "dismiss", "reason", "note", "interactive"])]
        serve: bool,
        /// The port for --serve (else a free one).
        #[arg(long, value_name = "N")]
        port: Option<u16>,
    },
    /// Show what the pipeline reads in a document: sentences, dates, claims.
    Explain {
        /// The document (or folder) to explain.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: ExplainFormat,
        #[command(flatten)]
        common: Common,
    },
    /// Split audit, stage 1 (map, then merge): the corpus lexicon of some
    /// documents, as JSON.
    Lexicon {
        /// Files and folders, or `-` for corpus-line records on standard
        /// input; with --merge, lexicon files to merge.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Merge lexicons the stage wrote.
        #[arg(long)]
        merge: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Split audit, stage 2 (map): source, names and claim records of
    /// documents, read against the corpus lexicon, as JSONL.
    Claims {
        /// Files and folders, or `-` for corpus-line records on standard
        /// input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The corpus lexicon (`crosscheck lexicon`).
        #[arg(long, value_name = "FILE")]
        lexicon: PathBuf,
        /// The key of the first document read from files and folders:
        /// runs over parts of a corpus number its documents apart.
        #[arg(long, value_name = "N", default_value_t = 0)]
        first_index: usize,
        #[command(flatten)]
        common: Common,
    },
    /// Split audit, stage 3 (reduce): the renames the corpus's names call
    /// for, from names records, as JSON.
    Names {
        /// Record files (`-` is standard input); other records are passed
        /// over.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Split audit, stage 4 (reduce by key): finding records from claim
    /// records, as JSONL. Every claim record of one key must reach one run.
    Judge {
        /// Record files (`-` is standard input); other records are passed
        /// over.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The renames (`crosscheck names`); without it, no names merge.
        #[arg(long, value_name = "FILE")]
        renames: Option<PathBuf>,
        /// Also report claims that agree.
        #[arg(long)]
        agreements: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Split audit, stage 5: the report, as `audit` prints it, from the
    /// source, finding and warning records of the other stages.
    Report {
        /// Record files (`-` is standard input); other records are passed
        /// over.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        /// The findings were judged with --agreements.
        #[arg(long)]
        agreements: bool,
        /// Write the report to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        gate: Gate,
    },
    /// Work with rule folders.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Validate a rules folder on its own.
    Check {
        /// The folder holding units.yaml, hedges.yaml, topics.yaml,
        /// entities.yaml, roles.yaml and boilerplate.yaml.
        dir: PathBuf,
    },
}

/// What `explain` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ExplainFormat {
    /// Each sentence with the dates and claims read in it.
    Table,
    /// The same, for programs.
    Json,
}

impl From<ExplainFormat> for Format {
    fn from(format: ExplainFormat) -> Format {
        match format {
            ExplainFormat::Table => Format::Table,
            ExplainFormat::Json => Format::Json,
        }
    }
}

#[derive(clap::Args)]
struct Common {
    /// Write the report to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// A rules folder that extends or overrides the built-in rules.
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
    /// Pass over files and folders whose path below a folder given, or
    /// whose name, matches this glob (repeatable): `drafts/**`, `*.old.md`.
    /// The `--output` file is always passed over.
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
}

impl Common {
    /// What folder walks pass over: the globs and the report being written.
    fn exclude(&self) -> Result<Exclude, Failure> {
        let written: Vec<PathBuf> = self.output.iter().cloned().collect();
        Ok(Exclude::new(&self.exclude, &written)?)
    }
}

#[derive(clap::Args)]
struct Gate {
    /// Which findings fail the run (exit 1); else the config's, else time-shifted.
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
}

/// Why a command could not go on (exit 2): a library error, typed up to
/// here, or a mistake the binary itself found in what it was asked.
#[derive(Debug, thiserror::Error)]
enum Failure {
    /// What the library refused.
    #[error(transparent)]
    Lib(#[from] crosscheck::Error),
    /// A mistake in the command line or its output.
    #[error("{0}")]
    Usage(String),
}

/// Library errors of each stage become [`Failure::Lib`] through
/// [`crosscheck::Error`], so `?` keeps them typed.
macro_rules! library_errors {
    ($($error:ty),*) => {$(
        impl From<$error> for Failure {
            fn from(error: $error) -> Self {
                Failure::Lib(error.into())
            }
        }
    )*};
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Usage(message)
    }
}

impl From<&str> for Failure {
    fn from(message: &str) -> Self {
        Failure::Usage(message.to_string())
    }
}

library_errors!(
    crosscheck::config::ConfigError,
    crosscheck::decisions::DecisionsError,
    crosscheck::facts::FactsError,
    crosscheck::report::RenderError,
    crosscheck::rules::RulesError,
    crosscheck::serve::ServeError,
    crosscheck::source::SourceError,
    crosscheck::stage::StageError
);

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("error: {failure}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current folder: {e}"))?;
    let config = Config::find(cli.config.as_deref(), &cwd)?;
    match cli.command {
        Command::Audit {
            paths,
            format,
            common,
            gate,
            agreements,
        } => {
            let rules = load_rules(common.rules.as_ref(), &config)?;
            let progress = ProgressDisplay::new(format);
            let options = AuditOptions {
                agreements,
                progress: progress.sink(),
                exclude: common.exclude()?,
                ..AuditOptions::default()
            };
            let audit = audit(&paths, &rules, options);
            progress.clear();
            let audit = warned(audit)?;
            let decisions = Decisions::load(&config.decisions_file(&cwd))?;
            let (report, shown) =
                reviewed_report(&audit, &audit.findings, &decisions, &config, agreements);
            print(Printable::Audit(&report), format, common.output.as_deref())?;
            annotate(&report);
            let fail_on = gate.fail_on.or(config.fail_on).unwrap_or_default();
            let code = exit_code(shown.iter().any(|f| fail_on.fails(f)));
            // The process ends here: freeing the audit's millions of small
            // strings one by one is serial work the OS does for nothing.
            std::mem::forget((audit, report));
            Ok(code)
        }
        Command::Check {
            paths,
            facts,
            require_all,
            format,
            common,
        } => {
            let rules = load_rules(common.rules.as_ref(), &config)?;
            let facts = facts
                .or(config.facts.clone())
                .ok_or("no fact table: give --facts FILE or `facts:` in crosscheck.yaml")?;
            check(&paths, &facts, require_all, &rules, format, &common)
        }
        Command::Review {
            paths,
            confirm,
            dismiss,
            reason,
            note,
            interactive,
            rules,
            serve,
            port,
        } => {
            if port.is_some() && !serve {
                return Err("--port is the port of --serve: give both, or neither".into());
            }
            let asked = confirm.is_empty() && dismiss.is_empty();
            let reason = reason.filter(|r| !r.trim().is_empty());
            review_flags_fit(asked, &dismiss, reason.is_some(), note.is_some())?;
            if !serve && asked && !(interactive || std::io::stdin().is_terminal()) {
                return Err("nothing to record: give --confirm ID or --dismiss ID --reason TEXT (or run on a terminal, or --serve)".into());
            }
            let rules = load_rules(rules.as_ref(), &config)?;
            let audit = warned(audit(&paths, &rules, AuditOptions::default()))?;
            let file = config.decisions_file(&cwd);
            if serve {
                return review_in_browser(&audit, file, port.unwrap_or(0));
            }
            if asked {
                return review_tty::review(&audit, &file);
            }
            record_named(&audit, &file, &confirm, &dismiss, reason, note)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain {
            paths,
            format,
            common,
        } => {
            let rules = load_rules(common.rules.as_ref(), &config)?;
            let options = AuditOptions {
                exclude: common.exclude()?,
                text: TextKept::Whole,
                ..AuditOptions::default()
            };
            let audit = warned(audit(&paths, &rules, options))?;
            let explanations = report::explain::build(&audit, &rules);
            print(
                Printable::Explain(&explanations),
                format.into(),
                common.output.as_deref(),
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Lexicon {
            paths,
            merge,
            common,
        } => {
            let lexicon = if merge {
                stage::merge_lexicons(&paths)?
            } else {
                let rules = load_rules(common.rules.as_ref(), &config)?;
                let (documents, _) = stage::read_documents(&paths, 0, &common.exclude()?)?;
                let documents: Vec<_> = documents.into_iter().map(|(_, d)| d).collect();
                crosscheck::audit::lexicon_of_documents(&documents, &rules)
            };
            write_json(&stage::lexicon_file(lexicon), common.output.as_deref())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Claims {
            paths,
            lexicon,
            first_index,
            common,
        } => {
            let rules = load_rules(common.rules.as_ref(), &config)?;
            let lexicon = stage::read_lexicon(&lexicon)?;
            let (documents, warnings) =
                stage::read_documents(&paths, first_index, &common.exclude()?)?;
            let mut records: Vec<Record> = warnings.into_iter().map(Record::Warning).collect();
            records.extend(stage::claims_stage(documents, &lexicon, &rules));
            write_jsonl(&records, common.output.as_deref())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Names { paths, output } => {
            let mut stats = NameStats::default();
            stage::read_records(&paths, |record| {
                if let Record::Names(names) = record {
                    stats.merge(names.stats);
                }
                Ok(())
            })?;
            write_json(&stage::names_stage(stats), output.as_deref())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Judge {
            paths,
            renames,
            agreements,
            common,
        } => {
            let rules = load_rules(common.rules.as_ref(), &config)?;
            let renames = match renames {
                Some(path) => stage::read_renames(&path)?,
                None => Default::default(),
            };
            let mut claims = Vec::new();
            stage::read_records(&paths, |record| {
                if let Record::Claim(claim) = record {
                    claims.push(*claim);
                }
                Ok(())
            })?;
            let options = AuditOptions {
                agreements,
                ..AuditOptions::default()
            };
            let records = stage::judge_stage(claims, &renames, &rules, &options);
            write_jsonl(&records, common.output.as_deref())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Report {
            paths,
            format,
            agreements,
            output,
            gate,
        } => {
            let gathered = Gathered::read(&paths)?;
            let decisions = Decisions::load(&config.decisions_file(&cwd))?;
            let (report, shown) = reviewed_report(
                &gathered,
                &gathered.findings,
                &decisions,
                &config,
                agreements,
            );
            print(Printable::Audit(&report), format, output.as_deref())?;
            annotate(&report);
            let fail_on = gate.fail_on.or(config.fail_on).unwrap_or_default();
            Ok(exit_code(shown.iter().any(|f| fail_on.fails(f))))
        }
        Command::Rules {
            command: RulesCommand::Check { dir },
        } => {
            let files = RuleSet::check_dir(&dir)?;
            emit(&format!("{}: {files} rule file(s) OK\n", dir.display()))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The rules: `--rules DIR`, else the config's `rules:` folder (an error
/// then names the config), else the built-in rules.
fn load_rules(given: Option<&PathBuf>, config: &Config) -> Result<RuleSet, Failure> {
    match (given, &config.rules) {
        (Some(dir), _) => Ok(RuleSet::with_dir(dir)?),
        (None, Some(dir)) => RuleSet::with_dir(dir).map_err(|e| {
            let from = config.path.as_ref().map_or_else(String::new, |p| {
                format!(" (the `rules:` of {})", p.display())
            });
            Failure::Usage(format!("{e}{from}"))
        }),
        (None, None) => Ok(RuleSet::builtin()?),
    }
}

/// The report after review decisions and the confidence threshold: what is
/// shown, with hidden and stale decisions counted.
fn reviewed_report(
    evidence: &dyn Evidence,
    findings: &[Finding],
    decisions: &Decisions,
    config: &Config,
    agreements: bool,
) -> (Report, Vec<Finding>) {
    let min = config.min_confidence.unwrap_or(0.0);
    let (kept, below): (Vec<Finding>, Vec<Finding>) =
        findings.iter().cloned().partition(|f| f.confidence >= min);
    let applied = decisions::apply(kept, decisions);
    let mut report = report::build_with(evidence, &applied.shown);
    report.hidden.dismissed = applied.hidden;
    report.hidden.below_confidence = below.len();
    // Without --agreements, decisions about agreements are not stale.
    report.stale_decisions = applied
        .stale
        .iter()
        .filter(|d| {
            agreements
                || !d
                    .finding
                    .as_deref()
                    .is_some_and(|f| f.contains(" agreement "))
        })
        .map(|d| StaleDecision {
            fingerprint: d.fingerprint.clone(),
            decision: verdict_word(d.decision).to_string(),
            finding: d.finding.clone(),
        })
        .collect();
    (report, applied.shown)
}

/// Writes `what` in `format` to the file, or to standard output (in colour
/// only on a terminal).
fn print(what: Printable, format: Format, output: Option<&Path>) -> Result<(), Failure> {
    match output {
        Some(path) => {
            let file =
                std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let mut out = BufWriter::new(file);
            Ok(format
                .render(what, table_style(false), &mut out)
                .and_then(|()| out.flush().map_err(RenderError::Io))
                .map_err(|e| format!("{}: {e}", path.display()))?)
        }
        None => {
            let stdout = std::io::stdout();
            let terminal = stdout.is_terminal();
            let mut out = BufWriter::new(stdout.lock());
            match format
                .render(what, table_style(terminal), &mut out)
                .and_then(|()| out.flush().map_err(RenderError::Io))
            {
                // A closed pipe (`| head`) is not an error worth reporting.
                Err(RenderError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => Ok(other?),
            }
        }
    }
}

/// Writes a stage's JSON file to the file, or to standard output.
fn write_json(value: &impl serde::Serialize, output: Option<&Path>) -> Result<(), Failure> {
    write_out(output, |out| {
        serde_json::to_writer(&mut *out, value).map_err(std::io::Error::other)?;
        out.write_all(b"\n")
    })
}

/// Writes a stage's records, one JSON line each, to the file, or to
/// standard output.
fn write_jsonl(records: &[Record], output: Option<&Path>) -> Result<(), Failure> {
    write_out(output, |out| stage::write_records(records, out))
}

/// Runs `write` on the file, or on standard output, buffered.
fn write_out(
    output: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Failure> {
    let written = match output {
        Some(path) => std::fs::File::create(path).and_then(|file| {
            let mut out = BufWriter::new(file);
            write(&mut out)?;
            out.flush()
        }),
        None => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            write(&mut out).and_then(|()| out.flush())
        }
    };
    let name = output.map_or_else(|| "standard output".into(), |p| p.display().to_string());
    Ok(written.map_err(|e| format!("{name}: {e}"))?)
}

/// The audit, after its warnings are written to standard error: in every
/// format and every command (the JSON report carries them too).
fn warned(audit: Result<Audit, crosscheck::Error>) -> Result<Audit, Failure> {
    let audit = audit?;
    let mut err = std::io::stderr().lock();
    for warning in &audit.warnings {
        // A closed standard error (`2>&1 | head`) stops the warnings, not
        // the run.
        if writeln!(
            err,
            "warning: {}: {}",
            warning.path.display(),
            warning.message
        )
        .is_err()
        {
            break;
        }
    }
    Ok(audit)
}

/// Under GitHub Actions, annotation lines on standard error, so standard
/// output stays the report.
fn annotate(report: &Report) {
    if std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true") {
        // Best effort: a closed standard error loses annotations, not the run.
        let _ = report::github::write(report, &mut std::io::stderr().lock());
    }
}

fn check(
    paths: &[PathBuf],
    facts_file: &Path,
    require_all: bool,
    rules: &RuleSet,
    format: Format,
    common: &Common,
) -> Result<ExitCode, Failure> {
    let table = crosscheck::facts::load(facts_file, rules)?;
    let progress = ProgressDisplay::new(format);
    let options = AuditOptions {
        agreements: false,
        progress: progress.sink(),
        exclude: common.exclude()?,
        ..AuditOptions::default()
    };
    let audit = audit(paths, rules, options);
    progress.clear();
    let audit = warned(audit)?;
    let checked = crosscheck::facts::check(&table, &audit, rules);
    let report = report::check::report(&checked, &audit);
    print(Printable::Check(&report), format, common.output.as_deref())?;
    Ok(exit_code(report.fails(require_all)))
}

/// A finding by fingerprint or short id.
fn find<'a>(findings: &'a [Finding], id: &str) -> Result<&'a Finding, Failure> {
    findings
        .iter()
        .find(|f| f.fingerprint == id || f.id.eq_ignore_ascii_case(id))
        .ok_or_else(|| {
            Failure::Usage(format!(
                "no finding {id} in this audit (ids and fingerprints are in the report)"
            ))
        })
}

fn verdict_word(v: decisions::Verdict) -> &'static str {
    match v {
        decisions::Verdict::Confirmed => "confirmed",
        decisions::Verdict::Dismissed => "dismissed",
    }
}

/// Refuses review flags that cannot go together before the audit, which
/// can take long, rather than after it: a reason or note with nothing to
/// keep it with, a reason with no dismissal to explain, a dismissal
/// without one.
fn review_flags_fit(
    asked: bool,
    dismiss: &[String],
    reason: bool,
    note: bool,
) -> Result<(), Failure> {
    if asked && (reason || note) {
        return Err("--reason and --note go with --confirm ID or --dismiss ID; in the interactive review, n adds a note and d asks for the reason".into());
    }
    if dismiss.is_empty() && reason {
        return Err("--reason explains a dismissal, and no --dismiss was given; keep a remark with a confirmation with --note TEXT".into());
    }
    if !dismiss.is_empty() && !reason {
        return Err(decisions::DecisionsError::MissingReason.into());
    }
    Ok(())
}

/// Records the decisions named on the command line: the reason on the
/// dismissals only (a confirmation needs none, and one stored there would
/// read as if it explained it), the note on every decision made. Every id
/// is checked first, so a mistake records nothing rather than half.
fn record_named(
    audit: &Audit,
    file: &Path,
    confirm: &[String],
    dismiss: &[String],
    reason: Option<String>,
    note: Option<String>,
) -> Result<(), Failure> {
    let named = |ids: &[String], verdict| -> Result<Vec<_>, Failure> {
        ids.iter()
            .map(|id| Ok((find(&audit.findings, id)?, verdict)))
            .collect()
    };
    let mut all = named(confirm, decisions::Verdict::Confirmed)?;
    all.extend(named(dismiss, decisions::Verdict::Dismissed)?);
    for (finding, verdict) in &all {
        if all
            .iter()
            .any(|(other, v)| other.fingerprint == finding.fingerprint && v != verdict)
        {
            return Err(format!(
                "{} is named with both --confirm and --dismiss: give it once",
                finding.id
            )
            .into());
        }
    }
    let today = decisions::today();
    for (finding, verdict) in all {
        let decision = Decision {
            fingerprint: finding.fingerprint.clone(),
            decision: verdict,
            reason: reason
                .clone()
                .filter(|_| verdict == decisions::Verdict::Dismissed),
            note: note.clone(),
            date: today.clone(),
            finding: Some(summary(finding)),
        };
        decisions::record(file, decision)?;
        emit(&format!(
            "{}: {} {}\n",
            file.display(),
            finding.id,
            verdict_word(verdict)
        ))?;
    }
    Ok(())
}

/// Serves the review page until Ctrl-C or SIGTERM. The address is the first
/// line on standard output, flushed, so a script or a test can read it.
fn review_in_browser(audit: &Audit, file: PathBuf, port: u16) -> Result<ExitCode, Failure> {
    let server = Server::bind(port, audit, file)?;
    emit(&format!("http://{}/\n", server.addr()))?;
    // Best effort: a closed standard error loses the hint, not the server.
    let _ = writeln!(
        std::io::stderr(),
        "reviewing {} finding(s) in the browser; Ctrl-C stops",
        audit.findings.len()
    );
    server.run()?;
    Ok(ExitCode::SUCCESS)
}

fn exit_code(failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Colour only on a terminal and never with NO_COLOR; width from the
/// terminal.
fn table_style(tty: bool) -> TableStyle {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let width = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    TableStyle {
        width: width.or(if tty { None } else { Some(120) }),
        color: tty && !no_color,
    }
}

fn emit(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth reporting.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::Usage(format!("cannot write output: {e}"))),
    }
}

/// A progress bar on stderr for runs that last over a second: on a terminal
/// only, and never under `--format json`, whose readers are programs.
struct ProgressDisplay {
    bar: Option<ProgressBar>,
}

/// Shows one stage's progress. A new stage starts its count at 0 before
/// its total is set, so no frame shows the last stage's count against the
/// new total ("10000/1006").
fn show(bar: &ProgressBar, progress: Progress) {
    let stage = match progress.stage {
        Stage::Names => "names",
        Stage::Claims => "claims",
        Stage::Compare => "comparing",
    };
    if bar.prefix() != stage {
        bar.set_position(0);
        bar.set_prefix(stage);
    }
    bar.set_length(progress.total as u64);
    bar.set_position(progress.done as u64);
}

/// How long a run goes before it shows a progress bar.
const PROGRESS_DELAY: Duration = Duration::from_secs(1);

impl ProgressDisplay {
    fn new(format: Format) -> Self {
        let wanted = format != Format::Json && std::io::stderr().is_terminal();
        let bar = wanted.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
            if let Ok(style) =
                ProgressStyle::with_template("{prefix:>10} [{bar:30}] {pos}/{len} ({elapsed})")
            {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        ProgressDisplay { bar }
    }

    /// What the library reports progress to, if a bar is wanted.
    fn sink(&self) -> Option<ProgressSink> {
        let bar = self.bar.clone()?;
        let started = Instant::now();
        let shown = AtomicBool::new(false);
        Some(Arc::new(move |progress: Progress| {
            if !shown.load(Ordering::Relaxed) && started.elapsed() >= PROGRESS_DELAY {
                shown.store(true, Ordering::Relaxed);
                bar.set_draw_target(ProgressDrawTarget::stderr());
            }
            show(&bar, progress);
        }))
    }

    /// Removes the bar before the report is printed.
    fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    /// A terminal that keeps every line drawn on it (shared with the test).
    #[derive(Debug, Default, Clone)]
    struct Recorder(Arc<Mutex<Vec<String>>>);

    impl indicatif::TermLike for Recorder {
        fn width(&self) -> u16 {
            80
        }
        fn move_cursor_up(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn move_cursor_down(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn move_cursor_right(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn move_cursor_left(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn write_line(&self, line: &str) -> std::io::Result<()> {
            self.write_str(line)
        }
        fn write_str(&self, text: &str) -> std::io::Result<()> {
            if !text.trim().is_empty() {
                self.0.lock().unwrap().push(text.to_string());
            }
            Ok(())
        }
        fn clear_line(&self) -> std::io::Result<()> {
            Ok(())
        }
        fn flush(&self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn no_frame_shows_a_count_past_its_total() {
        let recorder = Recorder::default();
        let bar = ProgressBar::with_draw_target(
            Some(1),
            ProgressDrawTarget::term_like(Box::new(recorder.clone())),
        );
        bar.set_style(ProgressStyle::with_template("{prefix} {pos}/{len}").unwrap());
        let at = |stage, done, total| Progress { stage, done, total };
        show(&bar, at(Stage::Names, 10_000, 10_000));
        show(&bar, at(Stage::Claims, 5, 1_006));
        show(&bar, at(Stage::Claims, 1_006, 1_006));
        show(&bar, at(Stage::Compare, 3, 57));
        let frames = recorder.0.lock().unwrap().clone();
        assert!(frames.iter().any(|f| f.starts_with("claims")), "{frames:?}");
        for frame in &frames {
            let counts = frame.split(' ').next_back().unwrap_or_default();
            let (pos, len) = counts.split_once('/').expect("pos/len");
            let (pos, len): (u64, u64) = (pos.parse().unwrap(), len.parse().unwrap());
            assert!(pos <= len, "{frame} in {frames:?}");
        }
    }
}

//! The `crosscheck` binary: parses arguments, calls the library, prints, and
//! turns outcomes into exit codes (0 clean, 1 findings, 2 usage or input error).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crosscheck::audit::{audit, AuditOptions};
use crosscheck::judge::Verdict;
use crosscheck::report::{self, table::TableStyle, Format};
use crosscheck::rules::RuleSet;

/// Cross-checks claims (figures, dates, who said what, who holds which role)
/// across documents and flags the contradictions.
#[derive(Parser)]
#[command(name = "crosscheck", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Audit files and folders: list where the sources disagree.
    Audit {
        /// Files (.txt, .md) and folders to read.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        common: Common,
        /// Also report claims that agree.
        #[arg(long)]
        agreements: bool,
    },
    /// Show what the pipeline reads in a document: sentences, normalised values, claims.
    Explain {
        /// The document (or folder) to explain.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        common: Common,
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
        /// The folder holding units.yaml, hedges.yaml, topics.yaml, entities.yaml.
        dir: PathBuf,
    },
}

#[derive(clap::Args)]
struct Common {
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// A rules folder that extends or overrides the built-in rules.
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn load_rules(dir: Option<&PathBuf>) -> Result<RuleSet, String> {
    match dir {
        Some(dir) => RuleSet::with_dir(dir),
        None => RuleSet::builtin(),
    }
    .map_err(|e| e.to_string())
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Audit {
            paths,
            common,
            agreements,
        } => {
            let rules = load_rules(common.rules.as_ref())?;
            let audit =
                audit(&paths, &rules, AuditOptions { agreements }).map_err(|e| e.to_string())?;
            let report = report::build(&audit);
            let text = match common.format {
                Format::Json => report::json::render(&report),
                Format::Table => report::table::render(&report, table_style()),
            };
            emit(&text)?;
            let flagged = audit
                .findings
                .iter()
                .any(|f| f.verdict != Verdict::Agreement);
            Ok(if flagged {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Explain { paths, common } => {
            let rules = load_rules(common.rules.as_ref())?;
            let audit =
                audit(&paths, &rules, AuditOptions::default()).map_err(|e| e.to_string())?;
            let explanations = report::explain::build(&audit, &rules);
            let text = match common.format {
                Format::Json => report::json::render(&explanations),
                Format::Table => report::explain::render_text(&explanations),
            };
            emit(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules {
            command: RulesCommand::Check { dir },
        } => {
            let files = RuleSet::check_dir(&dir).map_err(|e| e.to_string())?;
            emit(&format!("{}: {files} rule file(s) OK\n", dir.display()))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Colour only on a terminal and never with NO_COLOR; width from the terminal.
fn table_style() -> TableStyle {
    let tty = std::io::stdout().is_terminal();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let width = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    TableStyle {
        width: width.or(if tty { None } else { Some(120) }),
        color: tty && !no_color,
    }
}

fn emit(text: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth reporting.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write output: {e}")),
    }
}

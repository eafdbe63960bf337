//! The library's errors: what stops a run. Problems that do not stop it are
//! [`crate::warning::Warning`]s.

use crate::config::ConfigError;
use crate::decisions::DecisionsError;
use crate::facts::FactsError;
use crate::report::RenderError;
use crate::rules::RulesError;
use crate::serve::ServeError;
use crate::source::SourceError;
use crate::stage::StageError;
use crate::warning::Warning;

/// A run that cannot go on (the binary exits with 2): every error the
/// library gives, kept typed up to the binary's edge.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path, manifest or front matter problem.
    #[error(transparent)]
    Source(#[from] SourceError),
    /// A rule file problem.
    #[error(transparent)]
    Rules(#[from] RulesError),
    /// A config file problem.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A decisions file problem.
    #[error(transparent)]
    Decisions(#[from] DecisionsError),
    /// A fact table problem.
    #[error(transparent)]
    Facts(#[from] FactsError),
    /// A report that could not be written.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// A stage of a split audit could not read or write its records.
    #[error(transparent)]
    Stage(#[from] StageError),
    /// The review server could not start or failed.
    #[error(transparent)]
    Serve(#[from] ServeError),
    /// Not one document could be read: a mistyped path in CI must not pass.
    #[error("no documents read from {given} (crosscheck reads {}){}", crate::source::supported_types(), reasons(.skipped))]
    NothingRead {
        /// The paths as given, joined.
        given: String,
        /// Why each file found was passed over.
        skipped: Vec<Warning>,
    },
}

fn reasons(skipped: &[Warning]) -> String {
    skipped
        .iter()
        .map(|w| format!("\n  {}: {}", w.path.display(), w.message))
        .collect()
}

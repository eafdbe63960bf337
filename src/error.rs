//! The library's errors: what stops a run. Problems that do not stop it are
//! [`crate::warning::Warning`]s.

use crate::rules::RulesError;
use crate::source::SourceError;
use crate::warning::Warning;

/// A run that cannot go on (the binary exits with 2).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path, manifest or front matter problem.
    #[error(transparent)]
    Source(#[from] SourceError),
    /// A rule file problem.
    #[error(transparent)]
    Rules(#[from] RulesError),
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

//! The library's errors: what stops a run. Problems that do not stop it are
//! [`crate::warning::Warning`]s.

use crate::rules::RulesError;
use crate::source::SourceError;

/// A run that cannot go on (the binary exits with 2).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path, manifest or front matter problem.
    #[error(transparent)]
    Source(#[from] SourceError),
    /// A rule file problem.
    #[error(transparent)]
    Rules(#[from] RulesError),
}

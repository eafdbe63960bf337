//! Problems that do not stop a run: the file is named, the run goes on, and the
//! report lists them so nothing is skipped silently.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// Something the run passed over or could not fully read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Warning {
    /// The file concerned.
    pub path: PathBuf,
    /// What happened to it, in words a user can act on.
    pub message: String,
}

impl Warning {
    /// A warning about `path`.
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Warning {
            path: path.into(),
            message: message.into(),
        }
    }
}

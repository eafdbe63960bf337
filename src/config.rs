//! The project's `crosscheck.yaml`, found by walking up from the current
//! folder (like `.git`): which rules folder, fact table and decisions file a
//! project uses, its thresholds, and what fails a run. Paths in it are
//! relative to the file. Command-line options win over it.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::audit::Finding;
use crate::judge::Verdict;
use crate::yaml::{self, YamlError};

/// The config file's name.
pub const FILE_NAME: &str = "crosscheck.yaml";

/// Which findings fail a run (exit 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum FailOn {
    /// Only contradictions.
    Contradiction,
    /// Contradictions and time-shifted findings (the default: both want a
    /// person's eyes).
    #[default]
    TimeShifted,
    /// Any finding shown, agreements included.
    Any,
}

impl FailOn {
    /// Does this finding fail the run?
    pub fn fails(self, finding: &Finding) -> bool {
        match self {
            FailOn::Contradiction => finding.verdict == Verdict::Contradiction,
            FailOn::TimeShifted => finding.verdict != Verdict::Agreement,
            FailOn::Any => true,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    #[serde(default)]
    rules: Option<String>,
    #[serde(default)]
    facts: Option<String>,
    #[serde(default)]
    decisions: Option<String>,
    #[serde(default)]
    fail_on: Option<FailOn>,
    #[serde(default)]
    min_confidence: Option<serde_saphyr::Spanned<f64>>,
}

/// A project's settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// The file they came from, if any.
    pub path: Option<PathBuf>,
    /// A rules folder extending the built-in rules.
    pub rules: Option<PathBuf>,
    /// The fact table for `check`.
    pub facts: Option<PathBuf>,
    /// The decisions file.
    pub decisions: Option<PathBuf>,
    /// What fails a run.
    pub fail_on: Option<FailOn>,
    /// Findings less sure than this are not shown.
    pub min_confidence: Option<f64>,
}

/// Why the config could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A mistake in the file, with line and column.
    #[error(transparent)]
    Yaml(#[from] YamlError),
    /// The file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why, as the system said it.
        source: std::io::Error,
    },
}

/// The nearest `crosscheck.yaml` in `start` or a folder above it.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|p| p.is_file())
}

impl Config {
    /// Reads a config file; its paths are made relative to its folder.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let file: ConfigFile = yaml::parse(path, &text)?;
        let folder = path.parent().unwrap_or(Path::new("."));
        let near = |p: Option<String>| p.map(|p| folder.join(p));
        if let Some(min) = &file.min_confidence {
            if !(0.0..=1.0).contains(&min.value) {
                return Err(YamlError::at(
                    path,
                    min.referenced,
                    "min-confidence must be between 0 and 1",
                )
                .into());
            }
        }
        Ok(Config {
            path: Some(path.to_path_buf()),
            rules: near(file.rules),
            facts: near(file.facts),
            decisions: near(file.decisions),
            fail_on: file.fail_on,
            min_confidence: file.min_confidence.map(|m| m.value),
        })
    }

    /// The config named on the command line, else the nearest one above
    /// `start`, else none.
    pub fn find(explicit: Option<&Path>, start: &Path) -> Result<Config, ConfigError> {
        match explicit.map(Path::to_path_buf).or_else(|| discover(start)) {
            Some(path) => Config::load(&path),
            None => Ok(Config::default()),
        }
    }

    /// The decisions file: the config's, else beside the config, else in
    /// `cwd`.
    pub fn decisions_file(&self, cwd: &Path) -> PathBuf {
        self.decisions.clone().unwrap_or_else(|| {
            let folder = self.path.as_deref().and_then(Path::parent).unwrap_or(cwd);
            folder.join(crate::decisions::DEFAULT_FILE)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn found_by_walking_up_with_paths_relative_to_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE_NAME),
            "rules: my-rules\nfail-on: contradiction\nmin-confidence: 0.6\n",
        )
        .unwrap();
        let deep = dir.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        let config = Config::find(None, &deep).unwrap();
        assert_eq!(config.rules, Some(dir.path().join("my-rules")));
        assert_eq!(config.fail_on, Some(FailOn::Contradiction));
        assert_eq!(config.min_confidence, Some(0.6));
        assert_eq!(
            config.decisions_file(&deep),
            dir.path().join(crate::decisions::DEFAULT_FILE)
        );
    }

    #[test]
    fn unknown_keys_and_bad_values_name_their_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "rules: r\nfail_on_x: any\n").unwrap();
        let err = Config::load(&path).unwrap_err().to_string();
        assert!(err.contains("crosscheck.yaml:2:"), "{err}");
        std::fs::write(&path, "min-confidence: 3\n").unwrap();
        let err = Config::load(&path).unwrap_err().to_string();
        assert!(err.contains("crosscheck.yaml:1:"), "{err}");
        std::fs::write(&path, "fail-on: sometimes\n").unwrap();
        assert!(Config::load(&path).is_err());
    }

    #[test]
    fn no_config_is_no_error() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Config::find(None, dir.path()).unwrap(), Config::default());
    }
}

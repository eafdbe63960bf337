//! Review decisions: what a person said about a finding (confirmed, or
//! dismissed with a reason), kept in a YAML file keyed by the finding's
//! fingerprint so they survive edits elsewhere in the documents. Dismissed
//! findings are hidden from later runs; decisions that match nothing any
//! more are reported as stale.
//!
//! Writes never lose data: each one takes a lock file, reads the current
//! file, adds its decision, writes a temporary file, syncs it to disk and
//! renames it over the old one. Two processes recording at once both land.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::audit::Finding;
use crate::yaml::{self, YamlError};

/// The default file name, beside the config file or in the current folder.
pub const DEFAULT_FILE: &str = "crosscheck.decisions.yaml";

/// What a reviewer decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The finding is a real disagreement.
    Confirmed,
    /// The finding is not one (the reason says why); it is hidden later.
    Dismissed,
}

/// One recorded decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The finding's fingerprint.
    pub fingerprint: String,
    /// Confirmed or dismissed.
    pub decision: Verdict,
    /// Why (required for a dismissal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Anything else worth keeping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When it was decided (YYYY-MM-DD).
    pub date: String,
    /// What the finding was, for a person reading the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding: Option<String>,
}

/// The version of the decisions file this crate writes. Version 1 (no
/// `version` key) keyed decisions by a pair of claims; version 2 keys them
/// by a fact slot and its values.
pub const DECISIONS_VERSION: u32 = 2;

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionsFile {
    #[serde(default)]
    version: Option<u32>,
    #[serde(default)]
    decisions: Vec<Decision>,
}

/// Why decisions could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum DecisionsError {
    /// The file has a mistake, with line and column.
    #[error(transparent)]
    Yaml(#[from] YamlError),
    /// The file could not be read, written or locked.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why, as the system said it.
        source: std::io::Error,
    },
    /// Another writer held the lock for longer than a writer waits.
    #[error("{}: another crosscheck is writing decisions; try again", path.display())]
    Busy {
        /// The lock file.
        path: PathBuf,
    },
    /// The decisions could not be turned into YAML.
    #[error("{}: {message}", path.display())]
    Unwritable {
        /// The file.
        path: PathBuf,
        /// What the YAML writer said.
        message: String,
    },
    /// A dismissal needs a reason, so the next reader knows why.
    #[error("a dismissal needs a reason (--reason TEXT)")]
    MissingReason,
    /// Written by a version whose findings were pairs of claims: its
    /// fingerprints can match no finding now, and silently calling them all
    /// stale would hide the reason.
    #[error("{}: written by crosscheck before findings were fact slots (no `version: {DECISIONS_VERSION}`); its {count} decision(s) were keyed by pairs of claims and cannot be matched to today's findings. Move the file aside and review again; the old file keeps the reasons for reference", path.display())]
    Outdated {
        /// The file.
        path: PathBuf,
        /// How many decisions it holds.
        count: usize,
    },
    /// Written by a newer crosscheck.
    #[error("{}: decisions file version {found} is newer than this crosscheck reads ({DECISIONS_VERSION}); upgrade crosscheck", path.display())]
    Newer {
        /// The file.
        path: PathBuf,
        /// The version it declares.
        found: u32,
    },
}

/// The decisions file of a project.
#[derive(Debug, Clone, Default)]
pub struct Decisions {
    /// Every decision, in the order recorded (a later one for the same
    /// fingerprint replaces the earlier).
    pub entries: Vec<Decision>,
}

impl Decisions {
    /// Reads `path`; a file that does not exist yet holds no decisions.
    pub fn load(path: &Path) -> Result<Decisions, DecisionsError> {
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Decisions::default()),
            Err(e) => return Err(io_error(path, e)),
        };
        if text.trim().is_empty() {
            return Ok(Decisions::default());
        }
        let file: DecisionsFile = yaml::parse(path, &text)?;
        match file.version {
            None | Some(0..DECISIONS_VERSION) if !file.decisions.is_empty() => {
                Err(DecisionsError::Outdated {
                    path: path.to_path_buf(),
                    count: file.decisions.len(),
                })
            }
            Some(found) if found > DECISIONS_VERSION => Err(DecisionsError::Newer {
                path: path.to_path_buf(),
                found,
            }),
            _ => Ok(Decisions {
                entries: file.decisions,
            }),
        }
    }

    /// The decision that stands for a fingerprint.
    pub fn for_fingerprint(&self, fingerprint: &str) -> Option<&Decision> {
        self.entries
            .iter()
            .rev()
            .find(|d| d.fingerprint == fingerprint)
    }
}

/// The `finding` line a decision keeps: id, kind, verdict, slot and values,
/// so a person reading the file knows what was decided without running the
/// audit again. Every way of reviewing writes the same line.
pub fn summary(f: &Finding) -> String {
    let values: Vec<String> = f.camps.iter().map(|c| c.value()).collect();
    format!(
        "{} {} {} {}: {}",
        f.id,
        f.kind.name(),
        f.verdict.name(),
        f.slot,
        values.join(" | ")
    )
}

/// Findings after the decisions: what to show, how many dismissed ones were
/// hidden, and the decisions that match no finding any more.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    /// Findings still shown (confirmed ones included).
    pub shown: Vec<Finding>,
    /// Dismissed findings hidden.
    pub hidden: usize,
    /// Decisions whose fingerprint no finding has now.
    pub stale: Vec<Decision>,
}

/// Hides dismissed findings and lists stale decisions. Agreements are never
/// hidden (nobody dismisses an agreement), and decisions about findings
/// only shown with `--agreements` are not called stale when agreements are
/// off.
pub fn apply(findings: Vec<Finding>, decisions: &Decisions) -> Applied {
    let stale = decisions
        .entries
        .iter()
        .filter(|d| decisions.for_fingerprint(&d.fingerprint) == Some(*d))
        .filter(|d| !findings.iter().any(|f| f.fingerprint == d.fingerprint))
        .cloned()
        .collect();
    let mut hidden = 0;
    let shown = findings
        .into_iter()
        .filter(|f| {
            let dismissed = decisions
                .for_fingerprint(&f.fingerprint)
                .is_some_and(|d| d.decision == Verdict::Dismissed);
            if dismissed {
                hidden += 1;
            }
            !dismissed
        })
        .collect();
    Applied {
        shown,
        hidden,
        stale,
    }
}

/// How long a writer waits for another's lock before giving up.
const LOCK_WAIT: Duration = Duration::from_secs(20);

/// Adds `decision` to the file at `path` (creating it), safely against
/// crashes and against other writers.
pub fn record(path: &Path, decision: Decision) -> Result<(), DecisionsError> {
    if decision.decision == Verdict::Dismissed
        && decision
            .reason
            .as_deref()
            .is_none_or(|r| r.trim().is_empty())
    {
        return Err(DecisionsError::MissingReason);
    }
    let _lock = Lock::take(path)?;
    let mut current = Decisions::load(path)?;
    current
        .entries
        .retain(|d| d.fingerprint != decision.fingerprint);
    current.entries.push(decision);
    let text = serde_saphyr::to_string(&DecisionsFile {
        version: Some(DECISIONS_VERSION),
        decisions: current.entries,
    })
    .map_err(|e| DecisionsError::Unwritable {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let header = "# Review decisions for crosscheck findings, keyed by fingerprint.\n# Written by `crosscheck review`; dismissed findings are hidden from later runs.\n";
    write_atomically(path, &format!("{header}{text}"))
}

/// Temporary file in the same folder, synced, then renamed over `path`.
fn write_atomically(path: &Path, text: &str) -> Result<(), DecisionsError> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let temp = folder.join(format!(".{name}.tmp.{}", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut file = File::create(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        fs::rename(&temp, path)?;
        // Make the rename itself durable where the platform allows it.
        if let Ok(dir) = File::open(folder) {
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.map_err(|e| io_error(path, e))
}

/// An exclusive lock held by the operating system on `FILE.lock`: a
/// writer that crashes or is killed releases it with its open files, so no
/// stale lock is ever left to time out.
struct Lock {
    _file: File,
}

impl Lock {
    fn take(target: &Path) -> Result<Lock, DecisionsError> {
        let mut name = target.as_os_str().to_owned();
        name.push(".lock");
        let path = PathBuf::from(name);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| io_error(&path, e))?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Lock { _file: file }),
                Err(TryLockError::WouldBlock) if started.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(Duration::from_millis(15));
                }
                Err(TryLockError::WouldBlock) => return Err(DecisionsError::Busy { path }),
                Err(TryLockError::Error(e)) => return Err(io_error(&path, e)),
            }
        }
    }
}

/// Today's date (UTC), as decisions record it.
pub fn today() -> String {
    jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .to_string()
}

fn io_error(path: &Path, source: std::io::Error) -> DecisionsError {
    DecisionsError::Io {
        path: path.to_path_buf(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(fingerprint: &str, verdict: Verdict) -> Decision {
        Decision {
            fingerprint: fingerprint.into(),
            decision: verdict,
            reason: (verdict == Verdict::Dismissed).then(|| "two different events".to_string()),
            note: None,
            date: "2025-11-25".into(),
            finding: None,
        }
    }

    #[test]
    fn decisions_survive_a_reload() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DEFAULT_FILE);
        record(&path, decision("aaa", Verdict::Dismissed)).unwrap();
        record(&path, decision("bbb", Verdict::Confirmed)).unwrap();
        record(&path, decision("aaa", Verdict::Confirmed)).unwrap();
        let loaded = Decisions::load(&path).unwrap();
        assert_eq!(loaded.entries.len(), 2);
        assert_eq!(
            loaded.for_fingerprint("aaa").unwrap().decision,
            Verdict::Confirmed
        );
        // The lock is released: another writer takes it at once.
        let lock = File::open(dir.path().join(format!("{DEFAULT_FILE}.lock"))).unwrap();
        assert!(lock.try_lock().is_ok(), "lock released");
    }

    /// A lock file left behind by a writer that crashed (or by an older
    /// crosscheck) holds nothing: the operating system released its lock.
    #[test]
    fn a_lock_file_left_behind_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DEFAULT_FILE);
        fs::write(dir.path().join(format!("{DEFAULT_FILE}.lock")), "4242\n").unwrap();
        let started = Instant::now();
        record(&path, decision("aaa", Verdict::Confirmed)).unwrap();
        assert!(started.elapsed() < LOCK_WAIT / 2, "waited for a dead lock");
        // While one writer holds the lock, another waits rather than writes.
        let held = File::open(dir.path().join(format!("{DEFAULT_FILE}.lock"))).unwrap();
        held.lock().unwrap();
        let other = std::thread::spawn({
            let path = path.clone();
            move || record(&path, decision("bbb", Verdict::Confirmed))
        });
        std::thread::sleep(Duration::from_millis(100));
        assert!(Decisions::load(&path)
            .unwrap()
            .for_fingerprint("bbb")
            .is_none());
        drop(held);
        other.join().unwrap().unwrap();
        assert!(Decisions::load(&path)
            .unwrap()
            .for_fingerprint("bbb")
            .is_some());
        assert!(today().parse::<jiff::civil::Date>().is_ok(), "{}", today());
    }

    #[test]
    fn a_dismissal_without_a_reason_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = decision("aaa", Verdict::Dismissed);
        d.reason = Some("  ".into());
        assert!(matches!(
            record(&dir.path().join("d.yaml"), d),
            Err(DecisionsError::MissingReason)
        ));
    }

    #[test]
    fn concurrent_writers_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DEFAULT_FILE);
        let threads: Vec<_> = (0..16)
            .map(|k| {
                let path = path.clone();
                std::thread::spawn(move || {
                    record(&path, decision(&format!("f{k}"), Verdict::Confirmed))
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap().unwrap();
        }
        let loaded = Decisions::load(&path).unwrap();
        assert_eq!(loaded.entries.len(), 16);
    }

    #[test]
    fn a_file_from_before_fact_slots_is_refused_with_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.yaml");
        fs::write(
            &path,
            "decisions:\n  - fingerprint: 0123456789abcdef\n    decision: confirmed\n    date: 2025-01-01\n",
        )
        .unwrap();
        let err = Decisions::load(&path).unwrap_err();
        assert!(matches!(err, DecisionsError::Outdated { count: 1, .. }));
        let message = err.to_string();
        assert!(
            message.contains("d.yaml") && message.contains("pairs of claims"),
            "{message}"
        );
        // Recording into it is refused too: nothing is written over it.
        assert!(record(&path, decision("aaa", Verdict::Confirmed)).is_err());
        assert!(fs::read_to_string(&path)
            .unwrap()
            .contains("0123456789abcdef"));
        // An empty old file is no obstacle.
        fs::write(&path, "decisions: []\n").unwrap();
        assert!(Decisions::load(&path).unwrap().entries.is_empty());
        // Nor is a version written out: 1 is as old as none.
        fs::write(
            &path,
            "version: 1\ndecisions:\n  - fingerprint: 0123456789abcdef\n    decision: confirmed\n    date: 2025-01-01\n",
        )
        .unwrap();
        assert!(matches!(
            Decisions::load(&path),
            Err(DecisionsError::Outdated { count: 1, .. })
        ));
    }

    #[test]
    fn written_files_carry_their_version_and_newer_ones_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DEFAULT_FILE);
        record(&path, decision("aaa", Verdict::Confirmed)).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            text.contains(&format!("version: {DECISIONS_VERSION}")),
            "{text}"
        );
        fs::write(&path, text.replace("version: 2", "version: 9")).unwrap();
        assert!(matches!(
            Decisions::load(&path),
            Err(DecisionsError::Newer { found: 9, .. })
        ));
    }

    #[test]
    fn a_bad_file_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.yaml");
        fs::write(
            &path,
            "decisions:\n  - fingerprint: a\n    decision: maybe\n    date: 2025-01-01\n",
        )
        .unwrap();
        let err = Decisions::load(&path).unwrap_err().to_string();
        assert!(err.contains("d.yaml:3:"), "{err}");
    }
}

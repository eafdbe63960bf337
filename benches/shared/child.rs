//! Runs the release binary's audit as a child process, so its wall time and
//! peak RSS are its own. Shared by the benchmarks through `#[path]`.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// What one audit cost.
pub struct Run {
    /// Wall time, in seconds.
    pub wall: f64,
    /// The child's peak resident set, in KiB.
    pub peak_rss_kb: i64,
}

/// Runs `crosscheck audit --format json --output REPORT INPUT` (the binary
/// cargo built for the benchmark, in the release profile) and waits for it;
/// exits with 2 when it cannot be started.
pub fn run_audit(input: &Path, report: &Path) -> Run {
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

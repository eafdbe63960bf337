//! Review and CI: decisions that survive restarts and hide dismissed
//! findings, fingerprints stable across unrelated edits, concurrent writers
//! losing nothing, the config file, the exit policy and report files.

use std::path::Path;

mod common;
use common::{fingerprints, fixture};

use assert_cmd::Command;
use crosscheck::decisions::{Decision, Decisions, Verdict};
use serde_json::Value;

fn crosscheck(cwd: &Path) -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").expect("binary");
    cmd.current_dir(cwd).env_remove("GITHUB_ACTIONS");
    cmd
}

fn report(cwd: &Path, args: &[&str], paths: &[&Path]) -> (Option<i32>, Value) {
    let mut cmd = crosscheck(cwd);
    cmd.args(["audit", "--format", "json"]).args(args);
    for p in paths {
        cmd.arg(p);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code(),
        serde_json::from_slice(&out.stdout).expect("JSON"),
    )
}

#[test]
fn dismissed_findings_stay_hidden_across_runs() {
    let work = tempfile::tempdir().unwrap();
    let set = fixture("harbour-flood");
    let (code, before) = report(work.path(), &[], &[&set]);
    assert_eq!(code, Some(1));
    let all = fingerprints(&before);
    assert_eq!(all.len(), 3);

    // A dismissal needs a reason.
    let out = crosscheck(work.path())
        .args(["review", "--dismiss", "F1"])
        .arg(&set)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("reason"));

    // Dismiss one by short id, confirm another by fingerprint.
    let out = crosscheck(work.path())
        .args([
            "review",
            "--dismiss",
            "F1",
            "--reason",
            "two different funds",
        ])
        .arg(&set)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    crosscheck(work.path())
        .args(["review", "--confirm", &all[1]])
        .arg(&set)
        .assert()
        .success();
    let file = std::fs::read_to_string(work.path().join("crosscheck.decisions.yaml")).unwrap();
    assert!(
        file.contains(&all[0])
            && file.contains("two different funds")
            && file.contains("confirmed")
    );

    // A later run (a new process) hides the dismissed one and counts it.
    let (code, after) = report(work.path(), &[], &[&set]);
    assert_eq!(code, Some(1));
    assert_eq!(fingerprints(&after), all[1..].to_vec());
    assert_eq!(after["hidden"]["dismissed"], 1);
    let out = crosscheck(work.path())
        .arg("audit")
        .arg(&set)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 finding(s) hidden"));

    // Dismiss the rest: nothing fails any more.
    for id in &all[1..] {
        crosscheck(work.path())
            .args(["review", "--dismiss", id, "--reason", "checked"])
            .arg(&set)
            .assert()
            .success();
    }
    let (code, last) = report(work.path(), &[], &[&set]);
    assert_eq!(code, Some(0));
    assert_eq!(last["hidden"]["dismissed"], 3);
}

#[test]
fn fingerprints_survive_unrelated_edits_and_stale_decisions_are_reported() {
    let work = tempfile::tempdir().unwrap();
    let docs = work.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let a = "The fire destroyed 12 homes in Ashby on Monday, the council said.\n";
    let b = "The council in Ashby said 21 homes were destroyed by the fire on Monday.\n";
    std::fs::write(docs.join("a.txt"), a).unwrap();
    std::fs::write(docs.join("b.txt"), b).unwrap();
    let (_, first) = report(work.path(), &[], &[&docs]);
    let before = fingerprints(&first);
    assert_eq!(before.len(), 1);

    // Lines added above and an unrelated paragraph below: same fingerprint.
    std::fs::write(
        docs.join("a.txt"),
        format!("ASHBY FIRE\n\nBy a reporter\n\n{a}Crews worked through the night.\n"),
    )
    .unwrap();
    let (_, second) = report(work.path(), &[], &[&docs]);
    assert_eq!(fingerprints(&second), before);
    assert_ne!(
        first["findings"][0]["claims"][0]["line"],
        second["findings"][0]["claims"][0]["line"]
    );

    // Record a decision, then change the value: the decision is stale.
    crosscheck(work.path())
        .args(["review", "--confirm", &before[0]])
        .arg(&docs)
        .assert()
        .success();
    std::fs::write(docs.join("b.txt"), b.replace("21", "12")).unwrap();
    let (code, third) = report(work.path(), &[], &[&docs]);
    assert_eq!(code, Some(0));
    assert_eq!(
        third["stale_decisions"][0]["fingerprint"],
        before[0].as_str()
    );
}

#[test]
fn concurrent_reviewers_lose_no_decision() {
    let work = tempfile::tempdir().unwrap();
    let (set, more) = (fixture("brewery-deal"), fixture("city-election"));
    let (_, all) = report(work.path(), &[], &[&set, &more]);
    let ids = fingerprints(&all);
    assert!(ids.len() >= 6, "{ids:?}");
    let bin = assert_cmd::cargo::cargo_bin("crosscheck");
    let children: Vec<_> = ids
        .iter()
        .map(|id| {
            std::process::Command::new(&bin)
                .current_dir(work.path())
                .args(["review", "--confirm", id])
                .arg(&set)
                .arg(&more)
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let file = std::fs::read_to_string(work.path().join("crosscheck.decisions.yaml")).unwrap();
    for id in &ids {
        assert!(file.contains(id.as_str()), "{id} lost:\n{file}");
    }
}

#[test]
fn the_config_is_found_upwards_and_sets_the_policy() {
    let work = tempfile::tempdir().unwrap();
    let nested = work.path().join("a/b");
    std::fs::create_dir_all(&nested).unwrap();
    let docs = work.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(
        docs.join("early.txt"),
        "Four people were killed in the Corran mine collapse on Monday.\n",
    )
    .unwrap();
    std::fs::write(
        docs.join("late.txt"),
        "The number of people killed in the Corran mine collapse rose to 9 on Wednesday.\n",
    )
    .unwrap();
    std::fs::write(
        docs.join("sources.yaml"),
        "sources:\n  - {path: early.txt, id: early, published: 2025-03-04}\n  - {path: late.txt, id: late, published: 2025-03-06}\n",
    )
    .unwrap();
    // Default policy: a time-shifted finding fails the run.
    let (code, r) = report(&nested, &[], &[&docs]);
    assert_eq!(r["findings"][0]["verdict"], "time-shifted");
    assert_eq!(code, Some(1));
    assert_eq!(
        report(&nested, &["--fail-on", "contradiction"], &[&docs]).0,
        Some(0)
    );
    // The config two folders up says the same.
    std::fs::write(
        work.path().join("crosscheck.yaml"),
        "fail-on: contradiction\n",
    )
    .unwrap();
    assert_eq!(report(&nested, &[], &[&docs]).0, Some(0));
    // --config overrides discovery; unknown keys stop the run with a position.
    let other = work.path().join("strict.yaml");
    std::fs::write(&other, "fail-on: any\nthreshold: 2\n").unwrap();
    let out = crosscheck(&nested)
        .args(["--config"])
        .arg(&other)
        .arg("audit")
        .arg(&docs)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("strict.yaml:2:"));
}

#[test]
fn reports_go_to_files_and_annotations_to_github() {
    let work = tempfile::tempdir().unwrap();
    let out_file = work.path().join("report.sarif");
    let out = crosscheck(work.path())
        .args(["audit", "--format", "sarif", "--output"])
        .arg(&out_file)
        .arg(fixture("brewery-deal"))
        .env("GITHUB_ACTIONS", "true")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "the report went to the file");
    let sarif: Value = serde_json::from_str(&std::fs::read_to_string(&out_file).unwrap()).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let annotations = String::from_utf8_lossy(&out.stderr);
    assert!(
        annotations.lines().any(|l| l.starts_with("::error file=")),
        "{annotations}"
    );
}

#[test]
fn check_fails_and_passes_on_fact_tables() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let set = fixture("brewery-deal");
    let out = crosscheck(root)
        .args(["check", "--facts", "fixtures-facts/brewery-fail.yaml"])
        .arg(&set)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("midstate-gazette.txt:3:47"));
    let out = crosscheck(root)
        .args(["check", "--facts", "fixtures-facts/brewery-pass.yaml"])
        .arg(&set)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = crosscheck(root)
        .args([
            "check",
            "--require-all",
            "--facts",
            "fixtures-facts/brewery-pass.yaml",
        ])
        .arg(&set)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "unchecked facts fail with --require-all"
    );
    let out = crosscheck(root)
        .args(["check", "--facts", "fixtures-facts/self-contradicting.yaml"])
        .arg(&set)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn interactive_review_reads_keys_and_records_as_it_goes() {
    let work = tempfile::tempdir().unwrap();
    let set = fixture("harbour-flood");
    let out = crosscheck(work.path())
        .args(["review", "--interactive"])
        .arg(&set)
        .write_stdin("d\n\nd\ndifferent pots of money\nn\nchecked with the council\nc\nq\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(
        screen.contains("finding 1 of 3") && screen.contains("finding 3 of 3"),
        "{screen}"
    );
    assert!(screen.contains("a dismissal needs a reason"), "{screen}");
    assert!(
        screen.contains("F1 dismissed") && screen.contains("F2 confirmed"),
        "{screen}"
    );
    let file = std::fs::read_to_string(work.path().join("crosscheck.decisions.yaml")).unwrap();
    assert!(
        file.contains("different pots of money") && file.contains("checked with the council"),
        "{file}"
    );
    // A second session skips what was decided and asks about F3 first.
    let out = crosscheck(work.path())
        .args(["review", "--interactive"])
        .arg(&set)
        .write_stdin("q\n")
        .output()
        .unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("F3") && !screen.contains("F1 "), "{screen}");
    assert!(screen.contains("finding 1 of 1"), "{screen}");
}

/// The decisions file as the library reads it.
fn decisions(cwd: &Path) -> Vec<Decision> {
    Decisions::load(&cwd.join("crosscheck.decisions.yaml"))
        .unwrap()
        .entries
}

/// The short id a decision was recorded for, from its summary ("F2 ...").
fn short_id(decision: &Decision) -> &str {
    let summary = decision.finding.as_deref().unwrap_or_default();
    summary.split(' ').next().unwrap_or_default()
}

#[test]
fn an_unknown_key_names_the_valid_keys() {
    let work = tempfile::tempdir().unwrap();
    let out = crosscheck(work.path())
        .args(["review", "--interactive"])
        .arg(fixture("harbour-flood"))
        .write_stdin("x\n\nq\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(
        screen.contains("unknown key 'x': press c, d, s, n or q"),
        "{screen}"
    );
    assert!(
        screen.contains("unknown key Enter: press c, d, s, n or q"),
        "{screen}"
    );
    assert!(!work.path().join("crosscheck.decisions.yaml").exists());
}

/// A note waits for a decision: skipping or quitting with one first warns
/// and goes only when asked again; a decision keeps it; the end of input
/// says it was not saved.
#[test]
fn a_pending_note_is_never_dropped_silently() {
    let work = tempfile::tempdir().unwrap();
    let out = crosscheck(work.path())
        .args(["review", "--interactive"])
        .arg(fixture("harbour-flood"))
        .write_stdin("n\nfirst note\ns\ns\nn\nsecond note\nq\nc\nn\nthird note\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let screen = String::from_utf8_lossy(&out.stdout);
    let warning = "note not saved: a note is kept with a decision; press c or d to keep it";
    assert!(
        screen.contains(&format!("{warning}, or s again to skip without it")),
        "{screen}"
    );
    assert!(screen.contains("note dropped"), "{screen}");
    assert!(
        screen.contains(&format!("{warning}, or q again to quit without it")),
        "{screen}"
    );
    assert!(screen.contains("F2 confirmed"), "{screen}");
    assert!(
        screen.contains("note not saved: the review ended before a decision"),
        "{screen}"
    );
    let recorded = decisions(work.path());
    assert_eq!(recorded.len(), 1, "{recorded:?}");
    assert_eq!(short_id(&recorded[0]), "F2");
    assert_eq!(recorded[0].decision, Verdict::Confirmed);
    assert_eq!(recorded[0].note.as_deref(), Some("second note"));
}

#[test]
fn a_dismissal_reason_is_stored_on_the_dismissals_only() {
    let work = tempfile::tempdir().unwrap();
    let set = fixture("harbour-flood");
    crosscheck(work.path())
        .args(["review", "--confirm", "F1", "--dismiss", "F2"])
        .args(["--reason", "two counts of different things"])
        .args(["--note", "asked the desk"])
        .arg(&set)
        .assert()
        .success();
    let recorded = decisions(work.path());
    assert_eq!(recorded.len(), 2, "{recorded:?}");
    for decision in &recorded {
        let (verdict, reason) = match short_id(decision) {
            "F1" => (Verdict::Confirmed, None),
            "F2" => (Verdict::Dismissed, Some("two counts of different things")),
            other => panic!("{other} was not named: {recorded:?}"),
        };
        assert_eq!(decision.decision, verdict, "{decision:?}");
        assert_eq!(decision.reason.as_deref(), reason, "{decision:?}");
        assert_eq!(decision.note.as_deref(), Some("asked the desk"));
    }
}

/// Mistakes in what is named stop the command before anything is written,
/// with what to do instead.
#[test]
fn review_flags_that_cannot_go_together_record_nothing() {
    let work = tempfile::tempdir().unwrap();
    let set = fixture("harbour-flood");
    let refused = |args: &[&str], says: &str| {
        let out = crosscheck(work.path())
            .arg("review")
            .args(args)
            .arg(&set)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(
            !work.path().join("crosscheck.decisions.yaml").exists(),
            "{args:?} recorded something"
        );
    };
    refused(&["--confirm", "F1", "--reason", "r"], "--note TEXT");
    refused(
        &["--confirm", "F1", "--dismiss", "F1", "--reason", "r"],
        "F1 is named with both --confirm and --dismiss",
    );
    refused(
        &["--confirm", "F1", "--dismiss", "F9", "--reason", "r"],
        "no finding F9",
    );
    refused(&["--confirm", "F1", "--dismiss", "F2"], "--reason TEXT");
    refused(
        &["--interactive", "--note", "n"],
        "--confirm ID or --dismiss ID",
    );
}

#[test]
fn check_speaks_every_format() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for format in ["table", "json", "csv", "markdown", "sarif", "junit"] {
        let out = crosscheck(root)
            .args([
                "check",
                "--format",
                format,
                "--facts",
                "fixtures-facts/brewery-fail.yaml",
            ])
            .arg(fixture("brewery-deal"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("midstate-gazette.txt"), "{format}: {text}");
    }
}

/// Findings under `min-confidence` are hidden but counted, in the table's
/// footer and in the JSON, so nothing vanishes without a word.
#[test]
fn findings_below_min_confidence_are_counted_not_lost() {
    let work = tempfile::tempdir().unwrap();
    let set = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/brewery-deal");
    let all = crosscheck(work.path())
        .args(["audit", "--format", "json"])
        .arg(&set)
        .output()
        .unwrap();
    let all: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    let total = all["findings"].as_array().unwrap().len();
    assert!(total >= 2, "{all:#}");
    assert_eq!(all["hidden"]["below_confidence"], 0);
    std::fs::write(
        work.path().join("crosscheck.yaml"),
        "min-confidence: 0.99\n",
    )
    .unwrap();
    let out = crosscheck(work.path())
        .args(["audit", "--format", "json"])
        .arg(&set)
        .output()
        .unwrap();
    let kept: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let shown = kept["findings"].as_array().unwrap().len();
    assert!(shown < total, "{kept:#}");
    assert_eq!(kept["hidden"]["below_confidence"], total - shown);
    let table = crosscheck(work.path())
        .arg("audit")
        .arg(&set)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(
        text.contains(&format!(
            "{} finding(s) hidden: below min-confidence",
            total - shown
        )),
        "{text}"
    );
}

/// Single keys on a real terminal: util-linux `script` runs the review on a
/// pseudo-terminal whose input is this test's pipe, and the test types a
/// key only once the prompt shows (raw mode is on by then).
#[cfg(target_os = "linux")]
mod terminal {
    use std::io::{Read, Write};
    use std::process::{Child, ChildStdin, Stdio};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    use super::*;

    const PROMPT: &str = "[q]uit > ";

    /// The review running in `script`, and all it has printed so far.
    struct Pty {
        child: Child,
        keys: ChildStdin,
        screen: Arc<Mutex<Vec<u8>>>,
    }

    impl Pty {
        fn start(cwd: &Path, command: &str) -> Pty {
            let mut child = std::process::Command::new("script")
                .args(["-qec", command, "/dev/null"])
                .current_dir(cwd)
                .env("COLUMNS", "100")
                .env("NO_COLOR", "1")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::inherit())
                .spawn()
                .expect("`script` (util-linux) runs the review on a pseudo-terminal");
            let keys = child.stdin.take().unwrap();
            let mut out = child.stdout.take().unwrap();
            let screen = Arc::new(Mutex::new(Vec::new()));
            let shared = Arc::clone(&screen);
            std::thread::spawn(move || {
                let mut buf = [0; 4096];
                while let Ok(n @ 1..) = out.read(&mut buf) {
                    shared.lock().unwrap().extend_from_slice(&buf[..n]);
                }
            });
            Pty {
                child,
                keys,
                screen,
            }
        }

        fn screen(&self) -> String {
            String::from_utf8_lossy(&self.screen.lock().unwrap()).into_owned()
        }

        /// Waits until `text` has been printed `times` times.
        fn wait_for(&self, text: &str, times: usize) {
            let deadline = Instant::now() + Duration::from_secs(60);
            while self.screen().matches(text).count() < times {
                assert!(
                    Instant::now() < deadline,
                    "no {text:?} (x{times}) on the screen:\n{}",
                    self.screen()
                );
                std::thread::sleep(Duration::from_millis(20));
            }
        }

        fn press(&mut self, keys: &str) {
            self.keys.write_all(keys.as_bytes()).unwrap();
            self.keys.flush().unwrap();
        }

        /// Waits for the end, then gives the whole screen.
        fn finish(mut self) -> String {
            let deadline = Instant::now() + Duration::from_secs(60);
            while self.child.try_wait().unwrap().is_none() {
                assert!(
                    Instant::now() < deadline,
                    "the review did not end:\n{}",
                    self.screen()
                );
                std::thread::sleep(Duration::from_millis(20));
            }
            // The reader thread may still hold the last bytes.
            std::thread::sleep(Duration::from_millis(200));
            self.screen()
        }
    }

    impl Drop for Pty {
        fn drop(&mut self) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }

    #[test]
    fn single_keys_answer_without_enter_and_ctrl_c_restores_the_terminal() {
        let work = tempfile::tempdir().unwrap();
        let bin = assert_cmd::cargo::cargo_bin("crosscheck");
        // `stty -a` afterwards shows whether the terminal got its line
        // editing and echo back.
        let command = format!(
            "'{}' review '{}'; stty -a",
            bin.display(),
            fixture("harbour-flood").display()
        );
        let mut pty = Pty::start(work.path(), &command);
        pty.wait_for(PROMPT, 1);
        pty.press("x");
        pty.wait_for("unknown key 'x': press c, d, s, n or q", 1);
        pty.wait_for(PROMPT, 2);
        pty.press("n");
        pty.wait_for("note > ", 1);
        pty.press("typed on a terminal\n");
        pty.wait_for(PROMPT, 3);
        pty.press("s");
        pty.wait_for("note not saved", 1);
        pty.wait_for(PROMPT, 4);
        pty.press("c");
        pty.wait_for("F1 confirmed", 1);
        pty.wait_for(PROMPT, 5);
        // Ctrl-C: in raw mode a key, which stops the review, not a confirm.
        pty.press("\x03");
        let screen = pty.finish();
        assert!(
            screen.contains("finding 1 of 3") && screen.contains("finding 2 of 3"),
            "{screen}"
        );
        assert!(
            screen.contains("review stopped at finding 2 of 3"),
            "{screen}"
        );
        let stty = &screen[screen.rfind("speed").expect("stty ran")..];
        let modes: Vec<&str> = stty.split_whitespace().collect();
        for mode in ["icanon", "echo", "isig"] {
            assert!(modes.contains(&mode), "{mode} not restored: {stty}");
        }
        let recorded = decisions(work.path());
        assert_eq!(recorded.len(), 1, "{recorded:?}");
        assert_eq!(short_id(&recorded[0]), "F1");
        assert_eq!(recorded[0].decision, Verdict::Confirmed);
        assert_eq!(recorded[0].note.as_deref(), Some("typed on a terminal"));
    }
}

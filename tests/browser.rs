//! The HTML report and the served review page in a real browser: Debian's
//! headless Chromium, driven over the DevTools protocol. Without Chromium
//! these tests fail (never skip): `scripts/test` installs it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::fixture;

use crosscheck::decisions::{Decisions, Verdict};
use headless_chrome::{Browser, LaunchOptions, Tab};
use serde_json::Value;

/// The Chromium to drive: `CROSSCHECK_CHROMIUM`, else `chromium` on PATH.
fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("CROSSCHECK_CHROMIUM") {
        return path.into();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| {
            panic!(
                "no Chromium found: the browser tests need one; scripts/test installs \
                 Debian's chromium (or set CROSSCHECK_CHROMIUM)"
            )
        })
}

fn browser() -> Browser {
    let options = LaunchOptions::default_builder()
        .path(Some(chromium()))
        // CI runs as root, where Chromium's sandbox cannot start.
        .sandbox(false)
        .window_size(Some((1280, 1024)))
        .idle_browser_timeout(Duration::from_secs(120))
        .build()
        .expect("launch options");
    Browser::new(options).expect("Chromium starts")
}

/// Runs `js` in the page and parses the JSON string it returns.
fn eval(tab: &Tab, js: &str) -> Value {
    let result = tab
        .evaluate(&format!("JSON.stringify({js})"), false)
        .unwrap_or_else(|e| panic!("{js}: {e}"));
    let text = result
        .value
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| panic!("{js}: no value"));
    serde_json::from_str(&text).unwrap()
}

/// Waits until `js` is true in the page.
fn wait_until(tab: &Tab, js: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while eval(tab, js) != Value::Bool(true) {
        assert!(Instant::now() < deadline, "timed out waiting for {js}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn crosscheck(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    cmd.current_dir(dir).env_remove("GITHUB_ACTIONS");
    cmd
}

fn json_report(dir: &Path, paths: &[&Path]) -> Value {
    let out = crosscheck(dir)
        .arg("audit")
        .args(paths)
        .args(["--format", "json"])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The ids of the cards not hidden by the filters, in page order.
const VISIBLE: &str =
    "[...document.querySelectorAll('article[data-fingerprint]')].filter(c => !c.hidden).map(c => c.dataset.id)";

#[test]
fn the_report_shows_each_finding_highlights_evidence_and_filters() {
    let dir = tempfile::tempdir().unwrap();
    let flood = fixture("harbour-flood");
    let report = dir.path().join("report.html");
    let status = crosscheck(dir.path())
        .arg("audit")
        .arg(&flood)
        .args(["--format", "html", "--output"])
        .arg(&report)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1), "findings exit 1");
    let expected = json_report(dir.path(), &[&flood]);
    let findings = expected["findings"].as_array().unwrap();
    assert!(findings.len() >= 3);

    let browser = browser();
    let tab = browser.new_tab().unwrap();
    let url = format!("file://{}", report.display());
    tab.navigate_to(&url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();

    // One card per finding, in the report's order.
    let fingerprints = eval(
        &tab,
        "[...document.querySelectorAll('article[data-fingerprint]')].map(c => c.dataset.fingerprint)",
    );
    let want: Vec<&Value> = findings.iter().map(|f| &f["fingerprint"]).collect();
    assert_eq!(
        fingerprints.as_array().unwrap().iter().collect::<Vec<_>>(),
        want
    );

    // Every claim's own words are highlighted in its card.
    for finding in findings {
        let marks = eval(
            &tab,
            &format!(
                "[...document.querySelector('article[data-fingerprint=\"{}\"]').querySelectorAll('mark')].map(m => m.textContent)",
                finding["fingerprint"].as_str().unwrap()
            ),
        );
        for claim in finding["claims"].as_array().unwrap() {
            assert!(
                marks.as_array().unwrap().contains(&claim["text"]),
                "{} not highlighted in {}: {marks}",
                claim["text"],
                finding["id"]
            );
        }
    }

    // A topic filter shows that topic's findings only, and lands in the URL.
    let topic = findings[2]["topic"].as_str().unwrap();
    eval(
        &tab,
        &format!(
            "(() => {{ const s = document.querySelector('select[name=topic]'); s.value = '{topic}'; \
             s.dispatchEvent(new Event('change', {{bubbles: true}})); return true; }})()"
        ),
    );
    let only: Vec<&Value> = findings
        .iter()
        .filter(|f| f["topic"] == topic)
        .map(|f| &f["id"])
        .collect();
    wait_until(&tab, &format!("{VISIBLE}.length === {}", only.len()));
    assert_eq!(
        eval(&tab, VISIBLE)
            .as_array()
            .unwrap()
            .iter()
            .collect::<Vec<_>>(),
        only
    );
    assert!(
        eval(&tab, "location.hash")
            .as_str()
            .unwrap()
            .contains(&format!("topic={topic}")),
        "the filter is kept in the URL fragment"
    );

    // A shared link restores the filter; typed search narrows further.
    let shared = format!("{url}#topic={topic}");
    let fresh = browser.new_tab().unwrap();
    fresh
        .navigate_to(&shared)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    wait_until(&fresh, &format!("{VISIBLE}.length === {}", only.len()));
    fresh
        .navigate_to(&url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    let word = findings[0]["claims"][0]["source"].as_str().unwrap();
    fresh
        .wait_for_element("input[name=q]")
        .unwrap()
        .click()
        .unwrap()
        .type_into(word)
        .unwrap();
    let with_word: Vec<&Value> = findings
        .iter()
        .filter(|f| f.to_string().contains(word))
        .map(|f| &f["id"])
        .collect();
    wait_until(&fresh, &format!("{VISIBLE}.length === {}", with_word.len()));

    // j moves the focus to the next card.
    let plain = browser.new_tab().unwrap();
    plain
        .navigate_to(&url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    plain.press_key("j").unwrap();
    wait_until(
        &plain,
        "document.activeElement && document.activeElement.dataset.id === 'F1'",
    );
    plain.press_key("j").unwrap();
    wait_until(&plain, "document.activeElement.dataset.id === 'F2'");
}

/// `review --serve`, stopped with SIGINT when dropped.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    fn start(dir: &Path, paths: &[&Path]) -> Server {
        let mut child = crosscheck(dir)
            .args(["review", "--serve"])
            .args(paths)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let url = first.trim().to_string();
        assert!(url.starts_with("http://127.0.0.1:"), "first line: {url:?}");
        Server { child, url }
    }

    /// Stops the server as Ctrl-C would, and waits for it.
    fn stop(mut self) {
        // SAFETY: signalling our own child by its pid.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGINT) };
        let status = self.child.wait().unwrap();
        assert!(status.success(), "the server stops cleanly: {status}");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

#[test]
fn the_served_page_records_decisions_that_the_next_audit_honours() {
    let dir = tempfile::tempdir().unwrap();
    let flood = fixture("harbour-flood");
    let before = json_report(dir.path(), &[&flood]);
    let findings = before["findings"].as_array().unwrap();
    let (first, second) = (&findings[0], &findings[1]);
    let server = Server::start(dir.path(), &[&flood]);

    let browser = browser();
    let tab = browser.new_tab().unwrap();
    tab.navigate_to(&server.url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    let card = |finding: &Value| {
        format!(
            "article[data-fingerprint=\"{}\"]",
            finding["fingerprint"].as_str().unwrap()
        )
    };

    // Confirm the first finding with the mouse.
    tab.wait_for_element(&format!("{} button[value=confirmed]", card(first)))
        .unwrap()
        .click()
        .unwrap();
    wait_until(
        &tab,
        &format!(
            "document.querySelector('{}').dataset.decision === 'confirmed'",
            card(first)
        ),
    );

    // Dismiss the second: the button waits for a reason.
    let dismiss = format!("{} button[value=dismissed]", card(second));
    assert_eq!(
        eval(
            &tab,
            &format!("document.querySelector('{dismiss}').disabled")
        ),
        Value::Bool(true)
    );
    tab.wait_for_element(&format!("{} input[name=reason]", card(second)))
        .unwrap()
        .click()
        .unwrap()
        .type_into("two counts of different things")
        .unwrap();
    wait_until(
        &tab,
        &format!("!document.querySelector('{dismiss}').disabled"),
    );
    tab.wait_for_element(&dismiss).unwrap().click().unwrap();
    wait_until(
        &tab,
        &format!(
            "document.querySelector('{}').dataset.decision === 'dismissed'",
            card(second)
        ),
    );
    // The page updates without a reload: the dismissed card is put away.
    wait_until(
        &tab,
        &format!("document.querySelector('{}').hidden", card(second)),
    );
    // Opened again, the page marks what was decided before.
    let again = browser.new_tab().unwrap();
    again
        .navigate_to(&server.url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    wait_until(
        &again,
        &format!(
            "document.querySelector('{}').dataset.decision === 'confirmed' && \
             document.querySelector('{}').hidden",
            card(first),
            card(second)
        ),
    );
    server.stop();

    let decisions = Decisions::load(&dir.path().join("crosscheck.decisions.yaml")).unwrap();
    let confirmed = decisions
        .for_fingerprint(first["fingerprint"].as_str().unwrap())
        .expect("the confirmation is recorded");
    assert_eq!(confirmed.decision, Verdict::Confirmed);
    let dismissed = decisions
        .for_fingerprint(second["fingerprint"].as_str().unwrap())
        .expect("the dismissal is recorded");
    assert_eq!(dismissed.decision, Verdict::Dismissed);
    assert_eq!(
        dismissed.reason.as_deref(),
        Some("two counts of different things")
    );

    // The next audit hides the dismissed finding and keeps the confirmed one.
    let after = json_report(dir.path(), &[&flood]);
    let shown: Vec<&Value> = after["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| &f["fingerprint"])
        .collect();
    assert!(shown.contains(&&first["fingerprint"]));
    assert!(!shown.contains(&&second["fingerprint"]));
    assert_eq!(after["hidden"]["dismissed"], 1);
}

//! The HTML report as a user gets it: from the binary (`--format html`) on
//! every fixture set and the seeds, compared with the JSON report of the same
//! run; a hostile document; a fact table; and the review page from the
//! library.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

mod common;

use assert_cmd::Command;
use crosscheck::audit::{audit, AuditOptions};
use crosscheck::report::html::{self, ReviewHooks};
use crosscheck::rules::RuleSet;
use rayon::prelude::*;
use serde_json::Value;

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").expect("binary");
    cmd.env_remove("NO_COLOR").env_remove("COLUMNS");
    cmd
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Standard output of `crosscheck ARGS… PATHS…` with its exit code checked.
fn run(args: &[&str], paths: &[&Path], code: &[i32]) -> String {
    let out = crosscheck().args(args).args(paths).output().unwrap();
    assert!(
        out.status.code().is_some_and(|c| code.contains(&c)),
        "{args:?} {paths:?}: {:?}\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Text as the page must show it: escaped independently of the printer.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// An attribute value as the browser reads it.
fn unescaped(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The opening tag of each element with `data-fingerprint`.
fn cards(page: &str) -> Vec<&str> {
    page.match_indices("data-fingerprint=\"")
        .map(|(at, _)| {
            let start = page[..at].rfind('<').unwrap();
            &page[start..at + page[at..].find('>').unwrap()]
        })
        .collect()
}

/// The value of attribute `name` in an opening tag.
fn attribute<'a>(tag: &'a str, name: &str) -> &'a str {
    let key = format!(" {name}=\"");
    let at = tag
        .find(&key)
        .unwrap_or_else(|| panic!("no {name} in {tag}"))
        + key.len();
    &tag[at..at + tag[at..].find('"').unwrap()]
}

/// Nothing the page would fetch: no URL in a `src` or `href`, no linked
/// style sheet, image, frame or font.
fn assert_self_contained(page: &str) {
    for attr in ["src=", "href="] {
        for (at, _) in page.match_indices(attr) {
            let value = page[at + attr.len()..].trim_start_matches(['"', '\'']);
            assert!(
                !value.starts_with("http") && !value.starts_with("//"),
                "{}",
                &page[at..(at + 80).min(page.len())]
            );
        }
    }
    for tag in [
        "<link", "<img", "<iframe", "<object", "<embed", "@import", "url(",
    ] {
        assert!(!page.contains(tag), "{tag}");
    }
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert_eq!(page.matches("<script").count(), 1, "one inline script");
    assert!(page.contains("<script>\n") && page.contains("<style>\n"));
}

/// The page shows every finding of the JSON report once, with its data
/// attributes, and every claim's span marked inside its sentence.
fn assert_matches_json(page: &str, report: &Value) {
    let findings = report["findings"].as_array().unwrap();
    let cards = cards(page);
    assert_eq!(cards.len(), findings.len(), "one card per finding");
    let mut claims = 0;
    for (finding, card) in findings.iter().zip(&cards) {
        let text = |key: &str| escaped(finding[key].as_str().unwrap());
        assert_eq!(attribute(card, "data-fingerprint"), text("fingerprint"));
        assert_eq!(attribute(card, "data-id"), text("id"));
        assert_eq!(attribute(card, "data-kind"), text("kind"));
        assert_eq!(attribute(card, "data-verdict"), text("verdict"));
        assert_eq!(attribute(card, "data-topic"), text("topic"));
        let sources: Vec<String> =
            serde_json::from_str(&unescaped(attribute(card, "data-sources"))).unwrap();
        let mut given: Vec<&str> = finding["camps"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|camp| camp["sources"].as_array().unwrap())
            .map(|s| s.as_str().unwrap())
            .collect();
        given.sort_unstable();
        given.dedup();
        let mut listed: Vec<&str> = sources.iter().map(String::as_str).collect();
        listed.sort_unstable();
        assert_eq!(listed, given, "data-sources lists each source once");
        for claim in finding["claims"].as_array().unwrap() {
            claims += 1;
            let sentence = claim["sentence"].as_str().unwrap();
            let span = claim["text"].as_str().unwrap();
            let at = sentence.find(span).expect("the span is in its sentence");
            let marked = format!(
                "<blockquote>{}<mark>{}</mark>{}</blockquote><p class=\"loc\"><code>{}:{}:{}</code>",
                escaped(&sentence[..at]),
                escaped(span),
                escaped(&sentence[at + span.len()..]),
                escaped(claim["path"].as_str().unwrap()),
                claim["line"],
                claim["column"]
            );
            assert!(page.contains(&marked), "{marked}");
        }
    }
    assert_eq!(
        page.matches("<mark>").count(),
        claims,
        "every claim is shown"
    );
}

#[test]
fn every_fixture_set_and_the_seeds_show_each_finding_once() {
    let sets = common::fixture_sets_and_seeds();
    let shown: usize = sets
        .par_iter()
        .enumerate()
        .map(|(index, set)| {
            let mut shown = 0;
            for agreements in common::agreement_runs(index, sets.len()) {
                let mut args = vec!["audit"];
                if agreements {
                    args.push("--agreements");
                }
                let json = run(
                    &[&args[..], &["--format", "json"]].concat(),
                    &[set],
                    &[0, 1],
                );
                let page = run(
                    &[&args[..], &["--format", "html"]].concat(),
                    &[set],
                    &[0, 1],
                );
                let report: Value = serde_json::from_str(&json).unwrap();
                assert_self_contained(&page);
                assert_matches_json(&page, &report);
                shown += report["findings"].as_array().unwrap().len();
                for source in report["sources"].as_array().unwrap() {
                    let row = format!(
                        "<tr><th scope=\"row\">{}</th>",
                        escaped(source["id"].as_str().unwrap())
                    );
                    assert!(page.contains(&row), "{row}");
                }
            }
            shown
        })
        .sum();
    assert!(shown > 20, "the sets hold findings: {shown}");
}

#[test]
fn output_writes_the_same_page_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.html");
    let set = root().join("fixtures/harbour-flood");
    let out = crosscheck()
        .args(["audit", "--format", "html", "--output"])
        .arg(&file)
        .arg(&set)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        written,
        run(&["audit", "--format", "html"], &[&set], &[1]),
        "deterministic"
    );
    assert!(written.contains("<mark>£4.5 million</mark>"));
    assert!(written.contains("<mark>£5.4 million</mark>"));
}

#[test]
fn markup_in_a_document_shows_as_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "The storm destroyed 40 homes <script>alert(1)</script> in Millbrook on Friday, officials said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b <i>.txt"),
        "Officials in Millbrook said 55 homes were destroyed by Friday's storm <b>onerror</b>.\n",
    )
    .unwrap();
    let page = run(&["audit", "--format", "html"], &[dir.path()], &[1]);
    let report: Value =
        serde_json::from_str(&run(&["audit", "--format", "json"], &[dir.path()], &[1])).unwrap();
    assert_eq!(report["findings"].as_array().unwrap().len(), 1, "{report}");
    assert_self_contained(&page);
    assert_matches_json(&page, &report);
    assert!(
        page.contains("<mark>40 homes</mark> &lt;script&gt;alert(1)&lt;/script&gt; in Millbrook")
    );
    assert!(!page.contains("<script>alert") && !page.contains("<b>") && !page.contains("<i>"));
    assert!(page.contains("b &lt;i&gt;.txt"), "paths are escaped too");
}

#[test]
fn check_shows_the_facts_and_each_contradicted_fact_as_a_card() {
    let set = root().join("fixtures/brewery-deal");
    let fail = root().join("fixtures-facts/brewery-fail.yaml");
    let args = |format: &'static str| ["check", "--format", format, "--facts"];
    let page = run(&args("html"), &[&fail, &set], &[1]);
    let check: Value = serde_json::from_str(&run(&args("json"), &[&fail, &set], &[1])).unwrap();
    assert_self_contained(&page);
    assert!(page.contains("<h1>crosscheck check</h1>"));
    assert!(page.contains(
        "1 contradicted, 0 confirmed, 0 unchecked of 1 fact(s); 0 table conflict(s); 4 source(s) read"
    ));
    for fact in check["facts"].as_array().unwrap() {
        let row = format!(
            "<tr><th scope=\"row\">{}</th><td><span class=\"badge contradiction\">{}</span>",
            escaped(fact["id"].as_str().unwrap()),
            fact["status"].as_str().unwrap()
        );
        assert!(page.contains(&row), "{row}");
    }
    let contradicted = cards(&page);
    assert_eq!(contradicted.len(), 1);
    assert!(attribute(contradicted[0], "data-fingerprint").starts_with("fact:deal-value:"));
    assert!(
        page.contains("<mark>$2.8 billion</mark>"),
        "the fact's side"
    );
    assert!(page.contains("$3.2 billion</mark>"), "the gazette's side");

    let pass = root().join("fixtures-facts/brewery-pass.yaml");
    let page = run(&args("html"), &[&pass, &set], &[0]);
    assert_self_contained(&page);
    assert!(cards(&page).is_empty());
    assert!(page.contains("<p>No findings.</p>"));
    assert!(page.contains("<span class=\"badge agreement\">confirmed</span>"));
}

#[test]
fn explain_has_no_html() {
    let out = crosscheck()
        .args(["explain", "--format", "html"])
        .arg(root().join("fixtures/harbour-flood/coast-fm.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// A sink that keeps what it is given and the largest single write.
#[derive(Default)]
struct Recorder {
    bytes: Vec<u8>,
    largest: usize,
}

impl Write for Recorder {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.largest = self.largest.max(buf.len());
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn the_review_page_carries_the_token_and_a_decision_form_per_card() {
    let rules = RuleSet::builtin().unwrap();
    let audited = audit(&[common::seeds()], &rules, AuditOptions::default()).unwrap();
    let report = crosscheck::report::build(&audited);
    assert!(!report.findings.is_empty());
    let page = |review: Option<&ReviewHooks>| {
        let mut sink = Recorder::default();
        html::write(&report, review, &mut sink).unwrap();
        (String::from_utf8(sink.bytes).unwrap(), sink.largest)
    };
    let hooks = ReviewHooks {
        token: "s3cr\"t<>".to_string(),
    };
    let (served, largest) = page(Some(&hooks));
    assert!(
        largest * 4 < served.len(),
        "written as it goes: {largest} of {}",
        served.len()
    );
    assert_self_contained(&served);
    assert!(served.contains("<meta name=\"crosscheck-token\" content=\"s3cr&quot;t&lt;&gt;\">"));
    let n = report.findings.len();
    assert_eq!(cards(&served).len(), n);
    assert_eq!(served.matches(">Confirm</button>").count(), n);
    assert_eq!(served.matches(" disabled>Dismiss</button>").count(), n);
    assert_eq!(served.matches("name=\"reason\"").count(), n);
    assert_eq!(served.matches("name=\"note\"").count(), n);
    assert_eq!(served.matches("role=\"alert\"").count(), n);
    assert!(served.contains("fetch(\"/api/decisions\""));
    assert!(served.contains("\"X-Crosscheck-Token\": token"));

    let (plain, _) = page(None);
    assert!(!plain.contains("crosscheck-token\" content") && !plain.contains("<button"));
    assert!(!plain.contains("/api/decisions"));
    assert_eq!(cards(&plain).len(), n);
}

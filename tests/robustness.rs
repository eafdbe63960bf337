//! The pipeline never panics, whatever the text: generated junk built from
//! the pieces real articles are made of (numbers, quotes, dates, names,
//! hedges, tables, stray bytes), run end to end, with span invariants.

use crosscheck::audit::{audit_documents, AuditOptions, TextKept};
use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Metadata};

const PIECES: &[&str] = &[
    "The",
    "At least",
    "nearly",
    "about",
    "$",
    "US$",
    "€",
    "£",
    "1.5",
    "90",
    "bn",
    "m",
    "billion",
    "per cent",
    "%",
    "-",
    "year",
    "40-minute",
    "three-and-a-half",
    "tens of thousands of",
    "people",
    "killed",
    "Monday",
    "Aug.",
    "18",
    ",",
    "2025",
    "said",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "Zelenskyy",
    "Putin",
    "Trump",
    "former",
    "President",
    "Minister",
    "Kestrel Beverages",
    "|",
    "\n",
    "\n\n",
    ".",
    "?",
    "!",
    "…",
    "(",
    ")",
    "é",
    "🙂",
    "2:01",
    "24/7",
    "3-1",
    "of",
    "the",
    "in",
    "since",
    "May",
    "ago",
    "rose to",
    "12",
    "between",
    "and",
    "to",
    "up",
    "by",
    "In",
    "Related stories",
    "Story continues below advertisement",
    "#",
    "- ",
    "1.",
    ":",
    "a",
    "dozen",
    "Q2",
    "mid-August",
    "last week",
    "according to",
    "told reporters",
    "he",
    "she",
    "2,100",
    "jobs",
    "within",
    "hours",
    "\r\n",
    "\t",
    "\u{0}",
    "ǅ",
    "İ",
    "ß",
    "Ä°",
    "’s",
    "ex-",
    "said:",
    "|---|---|",
    "| Date | Event |",
];

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn junk(rng: &mut Lcg) -> String {
    let n = 1 + rng.next() as usize % 60;
    let mut text = String::new();
    for _ in 0..n {
        text.push_str(PIECES[rng.next() as usize % PIECES.len()]);
        if !rng.next().is_multiple_of(3) {
            text.push(' ');
        }
    }
    text
}

#[test]
fn generated_text_never_panics_and_spans_stay_inside() {
    let rules = RuleSet::builtin().expect("rules");
    let mut rng = Lcg(7);
    for round in 0..1000 {
        let documents: Vec<Document> = (0..4)
            .map(|k| Document {
                id: format!("d{round}-{k}"),
                path: format!("d{k}.txt").into(),
                text: junk(&mut rng),
                body_start: 0,
                meta: Metadata {
                    published: (k % 2 == 0).then(|| jiff::civil::Date::constant(2025, 8, 19)),
                    ..Metadata::default()
                },
                origin: Vec::new(),
            })
            .collect();
        let audit = audit_documents(
            documents,
            Vec::new(),
            &rules,
            AuditOptions {
                agreements: true,
                text: TextKept::Whole,
                ..AuditOptions::default()
            },
        );
        for doc in &audit.documents {
            let text = doc.whole_text().expect("the whole text is kept");
            let len = text.len();
            for (_, s) in doc.sentences() {
                assert!(
                    s.start <= s.end && s.end <= len,
                    "sentence span outside its document"
                );
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
        for claim in &audit.claims {
            let doc = &audit.documents[claim.source];
            let sentence = doc
                .sentence(claim.sentence)
                .expect("a claim's sentence is kept");
            assert!(
                sentence.start <= claim.start && claim.end <= sentence.end,
                "claim {}..{} outside its sentence {}..{} in {:?}",
                claim.start,
                claim.end,
                sentence.start,
                sentence.end,
                doc.whole_text()
            );
        }
        let report = crosscheck::report::build(&audit);
        let style = crosscheck::report::table::TableStyle {
            width: Some(80),
            color: false,
        };
        for format in [
            crosscheck::report::Format::Json,
            crosscheck::report::Format::Table,
            crosscheck::report::Format::Csv,
            crosscheck::report::Format::Markdown,
            crosscheck::report::Format::Sarif,
            crosscheck::report::Format::Junit,
            crosscheck::report::Format::Html,
        ] {
            let mut out = Vec::new();
            format
                .render(
                    crosscheck::report::Printable::Audit(&report),
                    style,
                    &mut out,
                )
                .expect("every format prints any audit");
            assert!(!out.is_empty(), "{} wrote nothing", format.name());
        }
    }
}

fn crosscheck() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("crosscheck").expect("binary")
}

/// Runs `rules check` on a folder holding one `topics.yaml`; returns the exit
/// code and standard error.
fn check_topics(yaml: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("topics.yaml"), yaml).expect("write");
    let out = crosscheck()
        .args(["rules", "check"])
        .arg(dir.path())
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A "billion laughs" document: ten aliases of ten aliases, nine levels
/// deep, under `key`.
fn alias_bomb(key: &str) -> String {
    let mut yaml = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for level in 1..10 {
        let previous = format!("*a{}", level - 1);
        let list = [previous.as_str(); 10].join(", ");
        yaml.push_str(&format!("a{level}: &a{level} [{list}]\n"));
    }
    yaml.push_str(&format!("{key}: *a9\n"));
    yaml
}

#[test]
fn an_alias_bomb_in_a_rule_file_is_refused_not_expanded() {
    let (code, err) = check_topics(&alias_bomb("topics"));
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("topics.yaml"), "{err}");
}

#[test]
fn deep_nesting_in_a_rule_file_is_refused() {
    let yaml = format!("topics: {}{}\n", "[".repeat(5_000), "]".repeat(5_000));
    let (code, err) = check_topics(&yaml);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("topics.yaml"), "{err}");
}

#[test]
fn a_huge_rule_file_is_refused() {
    let triggers = std::iter::repeat_n("goal", 300_000)
        .collect::<Vec<_>>()
        .join(", ");
    let yaml = format!(
        "topics:\n  - id: goals\n    dimension: count\n    triggers: [{triggers}]\n    tolerance: 0\n"
    );
    let (code, err) = check_topics(&yaml);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("topics.yaml"), "{err}");
}

#[test]
fn an_alias_bomb_in_a_fact_table_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let yaml = alias_bomb("facts");
    let facts = dir.path().join("facts.yaml");
    std::fs::write(&facts, yaml).expect("write");
    std::fs::write(
        dir.path().join("a.txt"),
        "Floods struck Tornvik on 3 March 2025.\n",
    )
    .expect("write");
    let out = crosscheck()
        .args(["check", "--facts"])
        .arg(&facts)
        .arg(dir.path().join("a.txt"))
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("facts.yaml"));
}

#[test]
fn a_long_line_without_sentence_breaks_is_not_read_and_the_rest_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    let blob = "flood river town council water ".repeat(200_000);
    let text = format!(
        "---\npublished: 2025-03-04\n---\nAbout 400 residents of Tornvik were evacuated.\n{blob}\nFloods struck Tornvik on 3 March 2025.\n"
    );
    std::fs::write(dir.path().join("a.txt"), text).expect("write");
    std::fs::write(
        dir.path().join("b.txt"),
        "---\npublished: 2025-03-04\n---\nAbout 650 residents of Tornvik were evacuated.\n",
    )
    .expect("write");
    let out = crosscheck()
        .args(["audit", "--format", "json"])
        .arg(dir.path())
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let warnings = report["warnings"].to_string();
    let expected = format!(
        "line 5: {} bytes with no sentence break were not read",
        blob.trim_end().len()
    );
    assert!(warnings.contains(&expected), "{warnings}");
    // The sentences around it are still read and compared.
    assert!(report["findings"].to_string().contains("650"), "{report}");
}

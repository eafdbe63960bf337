//! The HTML printer's tests: escaping, cards and their data attributes,
//! folding, the chart, and the review hooks.

use super::*;
use crate::report::csv::samples::{awkward, claim, finding};
use crate::report::{written, Hidden, StaleDecision, REPORT_VERSION};

fn render(report: &Report, review: Option<&ReviewHooks>) -> String {
    written(|out| write(report, review, out))
}

fn source(id: &str, disputed: usize, outvoted: usize) -> SourceSummary {
    SourceSummary {
        id: id.to_string(),
        path: format!("news/{id}.txt"),
        published: None,
        sentences: 4,
        claims: 3,
        disputed,
        outvoted,
    }
}

fn report_of(findings: Vec<FindingReport>, sources: Vec<SourceSummary>) -> Report {
    Report {
        version: REPORT_VERSION,
        sources,
        findings,
        hidden: Hidden::default(),
        stale_decisions: Vec::new(),
        warnings: Vec::new(),
    }
}

/// The opening tags of each card, in order.
fn cards(page: &str) -> Vec<&str> {
    page.match_indices("<article ")
        .map(|(at, _)| &page[at..at + page[at..].find('>').unwrap()])
        .collect()
}

#[test]
fn escape_makes_markup_text() {
    let escaped = |text: &str| escape(text).to_string();
    assert_eq!(
        escaped("<script>alert('x') & \"y\"</script>"),
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
    );
    assert_eq!(
        escaped("£4.5 million — “quoted”"),
        "£4.5 million — “quoted”"
    );
    assert_eq!(escaped("&amp;"), "&amp;amp;");
    assert_eq!(escaped(""), "");
    assert_eq!(escaped("<<>>"), "&lt;&lt;&gt;&gt;");
}

#[test]
fn document_text_never_becomes_markup() {
    let hostile = "<script>alert(1)</script>";
    let mut report = report_of(
        vec![finding(
            "F1",
            ClaimKind::Figure,
            Verdict::Contradiction,
            hostile,
            vec![
                claim(
                    "a\"<b>",
                    "news/<i>.txt",
                    1,
                    "12",
                    &format!("{hostile} 12 died."),
                ),
                claim(
                    "c",
                    "news/c.txt",
                    2,
                    "15",
                    "15 died. <img src=x onerror=alert(2)>",
                ),
            ],
        )],
        vec![source("a\"<b>", 1, 0), source("c", 1, 1)],
    );
    report.findings[0].slot = hostile.to_string();
    report.findings[0].topic = "t\" onclick=\"x".to_string();
    report.warnings.push(crate::report::WarningReport {
        path: "<p>.txt".to_string(),
        message: hostile.to_string(),
    });
    let page = render(
        &report,
        Some(&ReviewHooks {
            token: "\"><script>".to_string(),
        }),
    );
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(!page.contains("<img"), "{page}");
    assert!(!page.contains("<i>") && !page.contains("<b>"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark>12</mark> died."));
    assert!(page.contains("data-topic=\"t&quot; onclick=&quot;x\""));
    assert!(page.contains("<meta name=\"crosscheck-token\" content=\"&quot;&gt;&lt;script&gt;\">"));
    assert!(page.contains("data-sources=\"[&quot;a\\&quot;&lt;b&gt;&quot;,&quot;c&quot;]\""));
}

#[test]
fn the_page_is_one_file_that_fetches_nothing() {
    let page = render(&awkward(), None);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.ends_with("</html>\n"));
    for pointer in [
        "src=", "href=", "url(", "@import", "http:", "https:", "//cdn",
    ] {
        assert!(!page.contains(pointer), "{pointer}");
    }
    assert!(page.contains("default-src 'none'"));
    assert!(!page.contains("fetch(") && !page.contains("X-Crosscheck-Token"));
    for script in [SCRIPT, REVIEW_SCRIPT] {
        assert!(!script.contains("</script"));
    }
    assert!(!STYLE.contains("</style"));
    assert!(STYLE.contains("@media print"));
}

#[test]
fn a_card_per_finding_with_its_data_attributes() {
    let page = render(&awkward(), None);
    let cards = cards(&page);
    assert_eq!(cards.len(), 3);
    assert!(cards[0].contains(
        "data-id=\"F1\" data-fingerprint=\"fp-F1\" data-kind=\"figure\" \
         data-verdict=\"contradiction\" data-topic=\"deal-value\" \
         data-sources=\"[&quot;wire&quot;,&quot;gazette&quot;]\""
    ));
    assert!(cards[1].contains("data-verdict=\"time-shifted\""));
    assert!(cards[2].contains("data-kind=\"date\" data-verdict=\"agreement\""));
    assert_eq!(page.matches("data-fingerprint=").count(), 3);
    // The span is marked inside its sentence, with where it is.
    assert!(page.contains(
        "It paid <mark>$2.8bn</mark> | cash, &quot;all&quot; of it.</blockquote>\
         <p class=\"loc\"><code>news/a, b.txt:3:5</code> · wire</p>"
    ));
    assert!(page.contains("<caption>Findings by kind and verdict</caption>"));
    assert!(page.contains("<code>news/empty.txt</code>: empty file, skipped"));
    // The filters offer what the report holds, and wait for the script.
    assert!(page
        .contains("<form id=\"filters\" role=\"search\" aria-label=\"Filter findings\" hidden>"));
    assert!(page.contains("<option value=\"date\">date</option>"));
    assert!(!page.contains("<option value=\"role\">"));
}

#[test]
fn long_camps_fold_and_count_the_rest() {
    let claims: Vec<ClaimReport> = (0..12)
        .map(|n| claim(&format!("s{n:02}"), "news/x.txt", n + 1, "7", "It was 7."))
        .collect();
    let mut agreement = finding(
        "F1",
        ClaimKind::Figure,
        Verdict::Agreement,
        "all say 7",
        claims,
    );
    agreement.camps[0].documents = 12;
    let page = render(&report_of(vec![agreement], Vec::new()), None);
    assert!(page.contains("<details><summary>9 more sentence(s)</summary>"));
    assert!(page.contains("<details><summary>all 12 sources</summary>"));
    assert_eq!(
        page.matches("<mark>7</mark>").count(),
        12,
        "every sentence is written"
    );
    assert!(page.contains("<p>12 document(s), 1 independent voice(s), support 1.00</p>"));
}

#[test]
fn the_chart_ranks_disputed_sources_and_says_when_there_are_none() {
    let sources = vec![
        source("calm", 0, 0),
        source("mid", 1, 0),
        source("most", 3, 2),
    ];
    let page = render(&report_of(Vec::new(), sources), None);
    let most = page
        .find("<title>most: 3 disputed, 2 outvoted</title>")
        .unwrap();
    let mid = page
        .find("<title>mid: 1 disputed, 0 outvoted</title>")
        .unwrap();
    assert!(most < mid);
    assert!(
        !page.contains("<title>calm"),
        "undisputed sources have no bar"
    );
    assert_eq!(page.matches("class=\"bar-strong\"").count(), 1);
    assert!(page.contains("<p>No findings.</p>"));
    assert!(
        page.contains("<th scope=\"row\">calm</th>"),
        "the table lists every source"
    );
    let quiet = render(&report_of(Vec::new(), vec![source("calm", 0, 0)]), None);
    assert!(quiet.contains("<p>No source is disputed.</p>") && !quiet.contains("<svg"));
}

#[test]
fn review_hooks_add_the_token_and_the_buttons() {
    let plain = render(&awkward(), None);
    assert!(!plain.contains("<meta name=\"crosscheck-token\"") && !plain.contains("<button"));
    assert!(!plain.contains("name=\"decided\""));
    let page = render(
        &awkward(),
        Some(&ReviewHooks {
            token: "t0k".to_string(),
        }),
    );
    assert!(page.contains("<meta name=\"crosscheck-token\" content=\"t0k\">"));
    assert_eq!(
        page.matches("<button type=\"button\" value=\"confirmed\">Confirm</button>")
            .count(),
        3
    );
    assert_eq!(
        page.matches("<button type=\"button\" value=\"dismissed\" disabled>Dismiss</button>")
            .count(),
        3
    );
    assert_eq!(page.matches("name=\"reason\"").count(), 3);
    assert_eq!(page.matches("role=\"alert\"").count(), 3);
    assert!(page.contains("name=\"decided\""));
    assert_eq!(
        page.matches("data-fingerprint=").count(),
        3,
        "buttons find their card"
    );
}

#[test]
fn hidden_findings_and_stale_decisions_are_told() {
    let mut report = report_of(Vec::new(), Vec::new());
    report.hidden = Hidden {
        dismissed: 2,
        below_confidence: 1,
    };
    report.stale_decisions.push(StaleDecision {
        fingerprint: "abc".to_string(),
        decision: "dismissed".to_string(),
        finding: Some("<old>".to_string()),
    });
    let page = render(&report, None);
    assert!(
        page.contains("3 finding(s) hidden: 2 dismissed by a reviewer, 1 below min-confidence.")
    );
    assert!(page.contains("<li><code>abc</code> dismissed: &lt;old&gt;</li>"));
}

#[test]
fn a_span_missing_from_its_sentence_is_still_marked() {
    let lost = finding(
        "F1",
        ClaimKind::Figure,
        Verdict::Contradiction,
        "x",
        vec![
            claim("a", "a.txt", 1, "12", "Twelve died."),
            claim("b", "b.txt", 1, "", "Nothing."),
        ],
    );
    let page = render(&report_of(vec![lost], Vec::new()), None);
    assert!(page.contains("<blockquote>Twelve died. <mark>12</mark></blockquote>"));
    assert!(page.contains("<blockquote>Nothing. <mark></mark></blockquote>"));
}

#[test]
fn long_source_ids_are_clipped_beside_their_bar() {
    assert_eq!(clip("short", 8), "short");
    assert_eq!(clip("a-very-long-source-id", 8), "a-very-…");
}

//! The HTML printer: one self-contained page to open offline or send as an
//! e-mail attachment. A summary (counts by kind and verdict, a table per
//! source, a bar chart of disputed facts per source), then one card per
//! finding with its versions side by side and their evidence, filters kept
//! in the URL fragment, and keyboard navigation.
//!
//! Nothing is fetched: the style and the script are inline (`html/page.css`,
//! `html/page.js`, and `html/review.js` on the review page only), the chart
//! is inline SVG, and a Content-Security-Policy forbids any other source.
//! Every piece of document text is escaped (`escape`): documents are
//! untrusted. Without the script every card is shown. The page holds no
//! clock time, so a run writes the same page twice.
//!
//! The page is the contract of the served review page and of browser tests:
//! one element per finding carries `data-fingerprint`, `data-kind`,
//! `data-verdict`, `data-topic` and `data-sources` (a JSON array of source
//! ids); with [`ReviewHooks`] each card gets Confirm and Dismiss buttons that
//! post to `/api/decisions` with the page's token.

use std::collections::BTreeSet;
use std::fmt;
use std::io::{self, Write};

use super::check::{self, FactReport};
use super::table::group_digits;
use super::{CampReport, ClaimReport, FindingReport, Report, SourceSummary};
use crate::extract::ClaimKind;
use crate::facts::FactStatus;
use crate::judge::Verdict;

/// What the served review page adds to the report.
pub struct ReviewHooks {
    /// Sent back as `X-Crosscheck-Token` with every decision, so only the
    /// page the server wrote can record decisions.
    pub token: String,
}

const STYLE: &str = include_str!("html/page.css");
const SCRIPT: &str = include_str!("html/page.js");
/// Only on the served review page: an offline report has no code that
/// sends anything.
const REVIEW_SCRIPT: &str = include_str!("html/review.js");

/// Only inline style and script, and requests to the page's own server (the
/// review page's decisions): an offline report loads nothing from anywhere.
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; \
    script-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/// Evidence sentences shown per camp before the rest fold.
const CLAIMS_SHOWN: usize = 3;

/// Sources named per camp before the rest fold.
const SOURCES_SHOWN: usize = 8;

/// Sources in the bar chart: the most disputed.
const CHART_ROWS: usize = 20;

/// Characters of a source id shown beside its bar.
const LABEL_CHARS: usize = 28;
/// Pixels of the longest bar.
const BAR_WIDTH: usize = 320;
/// Pixels per bar.
const ROW_HEIGHT: usize = 22;

/// Sources listed before the table folds.
const SOURCES_OPEN: usize = 30;

/// Kinds and verdicts in report order, for the counts and the filters.
const KINDS: [ClaimKind; 4] = [
    ClaimKind::Figure,
    ClaimKind::Date,
    ClaimKind::Attribution,
    ClaimKind::Role,
];
const VERDICTS: [Verdict; 3] = [
    Verdict::Contradiction,
    Verdict::TimeShifted,
    Verdict::Agreement,
];

/// The audit report as one page, written as it goes; with `review`, the
/// served review page (buttons that record decisions).
pub fn write(
    report: &Report,
    review: Option<&ReviewHooks>,
    sink: &mut dyn Write,
) -> io::Result<()> {
    open_page(sink, "crosscheck report", review)?;
    write!(
        sink,
        "<header>\n<h1>crosscheck report</h1>\n<p class=\"summary-line\">{}</p>\n",
        escape(&report.summary())
    )?;
    if review.is_some() {
        sink.write_all(
            b"<p>Review: confirm a finding, or dismiss it with a reason; \
              dismissed findings are hidden from later audits.</p>\n",
        )?;
    }
    sink.write_all(b"</header>\n<main>\n")?;
    summary_open(sink, report)?;
    let disputed = Tally {
        heading: "Disputed",
        counts: report.sources.iter().map(|s| s.disputed).collect(),
    };
    let outvoted = Tally {
        heading: "Outvoted",
        counts: report.sources.iter().map(|s| s.outvoted).collect(),
    };
    chart(
        sink,
        "Disputed facts per source",
        "No source is disputed.",
        &report.sources,
        &disputed,
        Some(&outvoted),
    )?;
    sink.write_all(b"</div>\n")?;
    sources_table(sink, &report.sources, &[&disputed, &outvoted])?;
    hidden_and_stale(sink, report)?;
    sink.write_all(b"</section>\n")?;
    findings(sink, report, review)?;
    warnings(sink, report)?;
    close_page(sink, review)
}

/// A fact check as one page: the facts with their status, the table's
/// conflicts, the sources, and contradicted facts as finding cards (the
/// fact against the claims that disagree).
pub fn write_check(report: &FactReport, sink: &mut dyn Write) -> io::Result<()> {
    let as_audit = check::as_report(report);
    open_page(sink, "crosscheck check", None)?;
    write!(
        sink,
        "<header>\n<h1>crosscheck check</h1>\n<p class=\"summary-line\">{}</p>\n</header>\n<main>\n",
        escape(&report.summary())
    )?;
    summary_open(sink, &as_audit)?;
    let mut contradicting = vec![0usize; report.sources.len()];
    for claim in report
        .facts
        .iter()
        .flat_map(|f| &f.claims)
        .filter(|c| c.verdict == Verdict::Contradiction)
    {
        if let Some(n) = report
            .sources
            .iter()
            .position(|s| s.id == claim.claim.source)
        {
            contradicting[n] += 1;
        }
    }
    let contradicting = Tally {
        heading: "Contradicting a fact",
        counts: contradicting,
    };
    chart(
        sink,
        "Claims contradicting a fact, per source",
        "No source contradicts a fact.",
        &report.sources,
        &contradicting,
        None,
    )?;
    sink.write_all(b"</div>\n")?;
    facts_table(sink, report)?;
    sources_table(sink, &report.sources, &[&contradicting])?;
    sink.write_all(b"</section>\n")?;
    findings(sink, &as_audit, None)?;
    warnings(sink, &as_audit)?;
    close_page(sink, None)
}

/// Text made safe for HTML content and for double- or single-quoted
/// attribute values: documents are untrusted, so every piece of their text
/// goes through this.
fn escape(text: &str) -> Escaped<'_> {
    Escaped(text)
}

/// Text escaped as it is written, with no copy.
struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

/// One count per source (in `sources[]` order), with its column heading.
struct Tally<'a> {
    heading: &'a str,
    counts: Vec<usize>,
}

/// The head (style, policy, the review token) and the opening of the body.
fn open_page(sink: &mut dyn Write, title: &str, review: Option<&ReviewHooks>) -> io::Result<()> {
    write!(
        sink,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n\
         <meta name=\"color-scheme\" content=\"light\">\n"
    )?;
    if let Some(hooks) = review {
        writeln!(
            sink,
            "<meta name=\"crosscheck-token\" content=\"{}\">",
            escape(&hooks.token)
        )?;
    }
    write!(
        sink,
        "<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        escape(title)
    )
}

/// Closes `<main>` and the page; the script comes last so it finds every
/// card.
fn close_page(sink: &mut dyn Write, review: Option<&ReviewHooks>) -> io::Result<()> {
    let review = if review.is_some() { REVIEW_SCRIPT } else { "" };
    write!(
        sink,
        "</main>\n<script>\n{SCRIPT}{review}</script>\n</body>\n</html>\n"
    )
}

/// Opens the summary section and writes the counts by kind and verdict,
/// leaving the overview row open for the chart.
fn summary_open(sink: &mut dyn Write, report: &Report) -> io::Result<()> {
    sink.write_all(
        b"<section aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary</h2>\n\
          <div class=\"overview\">\n<div class=\"table-wrap\">\n<table>\n\
          <caption>Findings by kind and verdict</caption>\n<thead><tr><th scope=\"col\">Kind</th>",
    )?;
    for verdict in VERDICTS {
        write!(
            sink,
            "<th scope=\"col\" class=\"num\">{}</th>",
            verdict.name()
        )?;
    }
    sink.write_all(b"<th scope=\"col\" class=\"num\">total</th></tr></thead>\n<tbody>\n")?;
    let count = |kind: Option<ClaimKind>, verdict: Option<Verdict>| {
        report
            .findings
            .iter()
            .filter(|f| kind.is_none_or(|k| f.kind == k) && verdict.is_none_or(|v| f.verdict == v))
            .count()
    };
    for kind in KINDS.map(Some).into_iter().chain([None]) {
        if kind.is_none() {
            sink.write_all(b"</tbody>\n<tfoot>\n")?;
        }
        write!(
            sink,
            "<tr><th scope=\"row\">{}</th>",
            kind.map_or("total", ClaimKind::name)
        )?;
        for verdict in VERDICTS.map(Some).into_iter().chain([None]) {
            write!(sink, "<td class=\"num\">{}</td>", count(kind, verdict))?;
        }
        sink.write_all(b"</tr>\n")?;
    }
    sink.write_all(b"</tfoot>\n</table>\n</div>\n")
}

/// Horizontal bars of `total` per source (the most first), with `part`
/// drawn over them: "disputed, of which outvoted".
fn chart(
    sink: &mut dyn Write,
    caption: &str,
    empty: &str,
    sources: &[SourceSummary],
    total: &Tally,
    part: Option<&Tally>,
) -> io::Result<()> {
    let part_of = |n: usize| part.map_or(0, |p| p.counts[n]);
    let mut rows: Vec<usize> = (0..sources.len())
        .filter(|&n| total.counts[n] > 0)
        .collect();
    sink.write_all(b"<figure>\n")?;
    writeln!(
        sink,
        "<figcaption id=\"chart-title\">{}</figcaption>",
        escape(caption)
    )?;
    if rows.is_empty() {
        write!(sink, "<p>{}</p>\n</figure>\n", escape(empty))?;
        return Ok(());
    }
    rows.sort_by(|&a, &b| {
        (total.counts[b], part_of(b))
            .cmp(&(total.counts[a], part_of(a)))
            .then_with(|| sources[a].id.cmp(&sources[b].id))
    });
    let more = rows.len().saturating_sub(CHART_ROWS);
    rows.truncate(CHART_ROWS);
    let label = |n: usize| clip(&sources[n].id, LABEL_CHARS);
    let label_width = 8 + 7 * rows
        .iter()
        .map(|&n| label(n).chars().count())
        .max()
        .unwrap_or(0);
    let most = rows.iter().map(|&n| total.counts[n]).max().unwrap_or(1);
    let width = label_width + BAR_WIDTH + 48;
    let height = rows.len() * ROW_HEIGHT + 4;
    write!(
        sink,
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" \
         width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n\
         <desc id=\"chart-desc\">One bar per source{}; the same numbers are in the sources table.</desc>\n",
        if part.is_some() {
            ", the darker part outvoted"
        } else {
            ""
        }
    )?;
    let bar = |count: usize| (count * BAR_WIDTH).div_ceil(most).max(1);
    for (row, &n) in rows.iter().enumerate() {
        let y = row * ROW_HEIGHT + 2;
        write!(
            sink,
            "<g><title>{}: {} {}",
            escape(&sources[n].id),
            total.counts[n],
            total.heading.to_lowercase()
        )?;
        if let Some(part) = part {
            write!(sink, ", {} {}", part.counts[n], part.heading.to_lowercase())?;
        }
        write!(
            sink,
            "</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
             <rect class=\"bar\" x=\"{label_width}\" y=\"{}\" width=\"{}\" height=\"14\"></rect>",
            label_width - 6,
            y + 13,
            escape(&label(n)),
            y + 2,
            bar(total.counts[n])
        )?;
        if part_of(n) > 0 {
            write!(
                sink,
                "<rect class=\"bar-strong\" x=\"{label_width}\" y=\"{}\" width=\"{}\" height=\"14\"></rect>",
                y + 2,
                bar(part_of(n))
            )?;
        }
        writeln!(
            sink,
            "<text x=\"{}\" y=\"{}\">{}</text></g>",
            label_width + bar(total.counts[n]) + 6,
            y + 13,
            total.counts[n]
        )?;
    }
    sink.write_all(b"</svg>\n<p class=\"legend\">")?;
    write!(
        sink,
        "<span class=\"swatch bar\"></span>{}",
        escape(&total.heading.to_lowercase())
    )?;
    if let Some(part) = part {
        write!(
            sink,
            " <span class=\"swatch bar-strong\"></span>{}",
            escape(&part.heading.to_lowercase())
        )?;
    }
    if more > 0 {
        write!(sink, "; {more} more source(s) in the table")?;
    }
    sink.write_all(b"</p>\n</figure>\n")
}

/// At most `max` characters, the last an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

/// Every source with what it read and the `tallies`; folded when long.
fn sources_table(
    sink: &mut dyn Write,
    sources: &[SourceSummary],
    tallies: &[&Tally],
) -> io::Result<()> {
    let folded = sources.len() > SOURCES_OPEN;
    if folded {
        write!(
            sink,
            "<details>\n<summary>All {} sources</summary>\n",
            sources.len()
        )?;
    }
    sink.write_all(
        b"<div class=\"table-wrap\">\n<table>\n<caption>Sources</caption>\n<thead><tr>\
          <th scope=\"col\">Source</th><th scope=\"col\">Path</th><th scope=\"col\">Published</th>\
          <th scope=\"col\" class=\"num\">Sentences</th><th scope=\"col\" class=\"num\">Claims</th>",
    )?;
    for tally in tallies {
        write!(
            sink,
            "<th scope=\"col\" class=\"num\">{}</th>",
            escape(tally.heading)
        )?;
    }
    sink.write_all(b"</tr></thead>\n<tbody>\n")?;
    for (n, source) in sources.iter().enumerate() {
        write!(
            sink,
            "<tr><th scope=\"row\">{}</th><td><code>{}</code></td><td>{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td>",
            escape(&source.id),
            escape(&source.path),
            escape(source.published.as_deref().unwrap_or("—")),
            source.sentences,
            source.claims
        )?;
        for tally in tallies {
            write!(sink, "<td class=\"num\">{}</td>", tally.counts[n])?;
        }
        sink.write_all(b"</tr>\n")?;
    }
    sink.write_all(b"</tbody>\n</table>\n</div>\n")?;
    if folded {
        sink.write_all(b"</details>\n")?;
    }
    Ok(())
}

/// Findings left out of the page and decisions that match nothing: nothing
/// vanishes silently.
fn hidden_and_stale(sink: &mut dyn Write, report: &Report) -> io::Result<()> {
    let hidden = report.hidden;
    if hidden.dismissed + hidden.below_confidence > 0 {
        writeln!(
            sink,
            "<p>{} finding(s) hidden: {} dismissed by a reviewer, {} below min-confidence.</p>",
            hidden.dismissed + hidden.below_confidence,
            hidden.dismissed,
            hidden.below_confidence
        )?;
    }
    if !report.stale_decisions.is_empty() {
        write!(
            sink,
            "<details>\n<summary>{} stale decision(s): they match no finding any more</summary>\n<ul class=\"notes\">\n",
            report.stale_decisions.len()
        )?;
        for stale in &report.stale_decisions {
            write!(
                sink,
                "<li><code>{}</code> {}",
                escape(&stale.fingerprint),
                escape(&stale.decision)
            )?;
            if let Some(finding) = &stale.finding {
                write!(sink, ": {}", escape(finding))?;
            }
            sink.write_all(b"</li>\n")?;
        }
        sink.write_all(b"</ul>\n</details>\n")?;
    }
    Ok(())
}

/// The fact table as checked: each fact, its status, where it is written
/// and how many claims it governs; then the table's own conflicts.
fn facts_table(sink: &mut dyn Write, report: &FactReport) -> io::Result<()> {
    sink.write_all(
        b"<div class=\"table-wrap\">\n<table>\n<caption>Facts</caption>\n<thead><tr>\
          <th scope=\"col\">Fact</th><th scope=\"col\">Status</th><th scope=\"col\">Value</th>\
          <th scope=\"col\">About</th><th scope=\"col\">Where</th>\
          <th scope=\"col\" class=\"num\">Claims</th><th scope=\"col\">Note</th></tr></thead>\n<tbody>\n",
    )?;
    for fact in &report.facts {
        let badge = match fact.status {
            FactStatus::Contradicted => "contradiction",
            FactStatus::Confirmed => "agreement",
            FactStatus::Unchecked => "",
        };
        write!(
            sink,
            "<tr><th scope=\"row\">{}</th><td><span class=\"badge {badge}\">{}</span></td><td>{}",
            escape(&fact.id),
            fact.status.name(),
            escape(&fact.text)
        )?;
        if fact.value != fact.text {
            write!(sink, " = {}", escape(&group_digits(&fact.value)))?;
        }
        write!(sink, "</td><td>{}", escape(&fact.about))?;
        if let Some(subject) = &fact.subject {
            write!(sink, " (subject {})", escape(subject))?;
        }
        writeln!(
            sink,
            "</td><td><code>{}</code></td><td class=\"num\">{}</td><td>{}</td></tr>",
            escape(&fact.location()),
            fact.claims.len(),
            escape(fact.note.as_deref().unwrap_or(""))
        )?;
    }
    sink.write_all(b"</tbody>\n</table>\n</div>\n")?;
    if !report.conflicts.is_empty() {
        sink.write_all(b"<h3>Facts that contradict each other</h3>\n<ul class=\"notes\">\n")?;
        for conflict in &report.conflicts {
            sink.write_all(b"<li>")?;
            for (n, fact) in conflict.facts.iter().enumerate() {
                write!(
                    sink,
                    "{}<strong>{}</strong> ({}, <code>{}</code>)",
                    if n > 0 { " and " } else { "" },
                    escape(&fact.id),
                    escape(&fact.text),
                    escape(&fact.location)
                )?;
            }
            writeln!(sink, ": {}</li>", escape(&conflict.explanation))?;
        }
        sink.write_all(b"</ul>\n")?;
    }
    Ok(())
}

/// The findings section: the filters (shown by the script) and a card per
/// finding.
fn findings(sink: &mut dyn Write, report: &Report, review: Option<&ReviewHooks>) -> io::Result<()> {
    sink.write_all(
        b"<section aria-labelledby=\"findings-title\">\n<h2 id=\"findings-title\">Findings</h2>\n",
    )?;
    if report.findings.is_empty() {
        return sink.write_all(b"<p>No findings.</p>\n</section>\n");
    }
    sink.write_all(
        b"<form id=\"filters\" role=\"search\" aria-label=\"Filter findings\" hidden>\n",
    )?;
    let kinds: Vec<&str> = KINDS
        .iter()
        .filter(|&&k| report.findings.iter().any(|f| f.kind == k))
        .map(|k| k.name())
        .collect();
    let verdicts: Vec<&str> = VERDICTS
        .iter()
        .filter(|&&v| report.findings.iter().any(|f| f.verdict == v))
        .map(|v| v.name())
        .collect();
    let sources: Vec<&str> = report.sources.iter().map(|s| s.id.as_str()).collect();
    let topics: BTreeSet<&str> = report.findings.iter().map(|f| f.topic.as_str()).collect();
    select(sink, "Kind", "kind", kinds)?;
    select(sink, "Verdict", "verdict", verdicts)?;
    select(sink, "Source", "source", sources)?;
    select(sink, "Topic", "topic", topics)?;
    sink.write_all(
        b"<label>Search <input type=\"search\" name=\"q\" autocomplete=\"off\" \
          placeholder=\"value, sentence, source\"></label>\n",
    )?;
    if review.is_some() {
        sink.write_all(
            b"<label class=\"check\"><input type=\"checkbox\" name=\"decided\"> show decided</label>\n",
        )?;
    }
    sink.write_all(
        b"<p class=\"count\" id=\"shown-count\" role=\"status\"></p>\n\
          <p class=\"keys\"><kbd>j</kbd>/<kbd>k</kbd> or <kbd>\xe2\x86\x93</kbd>/<kbd>\xe2\x86\x91</kbd> \
          move between findings; <kbd>/</kbd> searches.</p>\n</form>\n",
    )?;
    for (n, finding) in report.findings.iter().enumerate() {
        card(sink, n, finding, review)?;
    }
    sink.write_all(b"</section>\n")
}

/// A labelled select of `options`, the first choice "all".
fn select<'a>(
    sink: &mut dyn Write,
    label: &str,
    name: &str,
    options: impl IntoIterator<Item = &'a str>,
) -> io::Result<()> {
    write!(
        sink,
        "<label>{label} <select name=\"{name}\"><option value=\"\">all</option>"
    )?;
    for option in options {
        let option = escape(option);
        write!(sink, "<option value=\"{option}\">{option}</option>")?;
    }
    sink.write_all(b"</select></label>\n")
}

/// One finding: its slot, verdict and reason, and its camps side by side.
fn card(
    sink: &mut dyn Write,
    n: usize,
    finding: &FindingReport,
    review: Option<&ReviewHooks>,
) -> io::Result<()> {
    let mut sources: Vec<&str> = Vec::new();
    for source in finding.camps.iter().flat_map(|c| &c.sources) {
        if !sources.contains(&source.as_str()) {
            sources.push(source);
        }
    }
    let sources = serde_json::to_string(&sources).map_err(io::Error::other)?;
    let verdict = finding.verdict.name();
    write!(
        sink,
        "<article class=\"finding\" id=\"finding-{n}\" tabindex=\"-1\" aria-labelledby=\"finding-{n}-title\" \
         data-id=\"{}\" data-fingerprint=\"{}\" data-kind=\"{}\" data-verdict=\"{verdict}\" \
         data-topic=\"{}\" data-sources=\"{}\">\n\
         <header class=\"finding-head\"><h3 id=\"finding-{n}-title\"><span class=\"fid\">{}</span>{}</h3>\
         <span class=\"badge {verdict}\">{verdict}</span><span class=\"badge\">{}</span></header>\n\
         <p class=\"meta\">topic <code>{}</code> · confidence {:.2} · fingerprint <code>{}</code></p>\n\
         <p class=\"explanation\">{}</p>\n<div class=\"camps\">\n",
        escape(&finding.id),
        escape(&finding.fingerprint),
        finding.kind.name(),
        escape(&finding.topic),
        escape(&sources),
        escape(&finding.id),
        escape(&finding.slot),
        finding.kind.name(),
        escape(&finding.topic),
        finding.confidence,
        escape(&finding.fingerprint),
        escape(&group_digits(&finding.explanation)),
    )?;
    for (m, camp_report) in finding.camps.iter().enumerate() {
        camp(sink, n, m, camp_report, finding)?;
    }
    sink.write_all(b"</div>\n")?;
    if review.is_some() {
        write!(
            sink,
            "<div class=\"review\" data-review role=\"group\" aria-label=\"Review {id}\">\n\
             <label>Reason (required to dismiss) <input type=\"text\" name=\"reason\" autocomplete=\"off\" \
             aria-describedby=\"finding-{n}-hint\"></label>\n\
             <label>Note (optional) <input type=\"text\" name=\"note\" autocomplete=\"off\"></label>\n\
             <button type=\"button\" value=\"confirmed\">Confirm</button>\n\
             <button type=\"button\" value=\"dismissed\" disabled>Dismiss</button>\n\
             <p class=\"hint\" id=\"finding-{n}-hint\">Dismiss needs a reason.</p>\n</div>\n\
             <p class=\"decision-status\" data-review role=\"status\" hidden></p>\n\
             <p class=\"decision-error\" data-review role=\"alert\" hidden></p>\n",
            id = escape(&finding.id)
        )?;
    }
    sink.write_all(b"</article>\n")
}

/// One version: its value, who gives it, and the evidence, folded past
/// the first few.
fn camp(
    sink: &mut dyn Write,
    n: usize,
    m: usize,
    camp: &CampReport,
    finding: &FindingReport,
) -> io::Result<()> {
    write!(
        sink,
        "<section class=\"camp\" aria-labelledby=\"finding-{n}-camp-{m}\">\n\
         <h4 id=\"finding-{n}-camp-{m}\"><span class=\"rank\">version {} </span>{}</h4>\n\
         <p>{} document(s), {} independent voice(s), support {:.2}</p>\n<p>Sources: ",
        m + 1,
        escape(&group_digits(&camp.value)),
        camp.documents,
        camp.voices,
        camp.support,
    )?;
    let (named, more) = camp.named_sources(SOURCES_SHOWN);
    for (k, source) in named.iter().enumerate() {
        write!(sink, "{}{}", if k > 0 { ", " } else { "" }, escape(source))?;
    }
    if more > 0 {
        write!(
            sink,
            "</p>\n<details><summary>all {} sources</summary><p>",
            camp.sources.len()
        )?;
        for (k, source) in camp.sources.iter().enumerate() {
            write!(sink, "{}{}", if k > 0 { ", " } else { "" }, escape(source))?;
        }
        sink.write_all(b"</p></details>\n")?;
    } else {
        sink.write_all(b"</p>\n")?;
    }
    let claims: Vec<&ClaimReport> = finding.claims_of(m).collect();
    sink.write_all(b"<ul class=\"evidence\">\n")?;
    for claim in claims.iter().take(CLAIMS_SHOWN) {
        evidence(sink, claim)?;
    }
    sink.write_all(b"</ul>\n")?;
    if claims.len() > CLAIMS_SHOWN {
        write!(
            sink,
            "<details><summary>{} more sentence(s)</summary>\n<ul class=\"evidence\">\n",
            claims.len() - CLAIMS_SHOWN
        )?;
        for claim in &claims[CLAIMS_SHOWN..] {
            evidence(sink, claim)?;
        }
        sink.write_all(b"</ul>\n</details>\n")?;
    }
    sink.write_all(b"</section>\n")
}

/// A claim's sentence with the claim's span marked, and where it is.
fn evidence(sink: &mut dyn Write, claim: &ClaimReport) -> io::Result<()> {
    sink.write_all(b"<li><blockquote>")?;
    match claim
        .sentence
        .find(claim.text.as_str())
        .filter(|_| !claim.text.is_empty())
    {
        Some(at) => write!(
            sink,
            "{}<mark>{}</mark>{}",
            escape(&claim.sentence[..at]),
            escape(&claim.text),
            escape(&claim.sentence[at + claim.text.len()..])
        )?,
        // Never expected (the span is cut from its sentence); the claim is
        // still shown.
        None => write!(
            sink,
            "{} <mark>{}</mark>",
            escape(&claim.sentence),
            escape(&claim.text)
        )?,
    }
    writeln!(
        sink,
        "</blockquote><p class=\"loc\"><code>{}:{}:{}</code> · {}</p></li>",
        escape(&claim.path),
        claim.line,
        claim.column,
        escape(&claim.source)
    )
}

/// Problems that did not stop the run, as the JSON report carries them.
fn warnings(sink: &mut dyn Write, report: &Report) -> io::Result<()> {
    if report.warnings.is_empty() {
        return Ok(());
    }
    sink.write_all(
        b"<section aria-labelledby=\"warnings-title\">\n<h2 id=\"warnings-title\">Warnings</h2>\n<ul class=\"notes\">\n",
    )?;
    for warning in &report.warnings {
        writeln!(
            sink,
            "<li><code>{}</code>: {}</li>",
            escape(&warning.path),
            escape(&warning.message)
        )?;
    }
    sink.write_all(b"</ul>\n</section>\n")
}

#[cfg(test)]
mod tests;

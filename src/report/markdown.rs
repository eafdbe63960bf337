//! The Markdown printer: a report to paste into a pull-request comment
//! (GitHub-flavoured Markdown). A summary line, a table with one row per
//! finding, then a collapsed `<details>` block per finding with both
//! sentences quoted, and the warnings.
//!
//! Everything taken from the documents is escaped: prose has its Markdown
//! punctuation backslash-escaped, values and paths sit in code spans, and
//! table cells have `|` escaped and line breaks turned into `<br>`.

use std::io::{self, Write};

use super::{ClaimReport, FindingReport, Report};

/// Sources named in a camp's table cell before the rest are counted.
const SOURCES_SHOWN: usize = 3;

/// Claims quoted per camp in a finding's details before the rest are
/// counted.
const CLAIMS_SHOWN: usize = 5;

/// The whole report as GitHub-flavoured Markdown, written a finding at a
/// time.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "**crosscheck**: {}", report.summary())?;
    if !report.findings.is_empty() {
        out.write_all(b"\n| id | verdict | fact | versions |\n| --- | --- | --- | --- |\n")?;
        for finding in &report.findings {
            out.write_all(table_row(finding).as_bytes())?;
        }
        for finding in &report.findings {
            out.write_all(details(finding).as_bytes())?;
        }
    }
    if !report.warnings.is_empty() {
        out.write_all(b"\n**Warnings**\n\n")?;
        for warning in &report.warnings {
            writeln!(out, "- {}: {}", code(&warning.path), text(&warning.message))?;
        }
    }
    Ok(())
}

fn table_row(finding: &FindingReport) -> String {
    let versions: Vec<String> = finding
        .camps
        .iter()
        .map(|camp| {
            let (named, more) = camp.named_sources(SOURCES_SHOWN);
            let more = if more > 0 {
                format!(" +{more}")
            } else {
                String::new()
            };
            format!(
                "{} ({} doc(s): {}{more})",
                code(&camp.value),
                camp.documents,
                text(&named.join(", "))
            )
        })
        .collect();
    let cells = [
        finding.id.clone(),
        finding.verdict.name().to_string(),
        format!("{} {}", finding.kind.name(), text(&finding.slot)),
        versions.join("\n"),
    ];
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    format!("| {} |\n", cells.join(" | "))
}

fn location(claim: &ClaimReport) -> String {
    format!("{}:{}:{}", claim.path, claim.line, claim.column)
}

fn details(finding: &FindingReport) -> String {
    let mut out = format!(
        "\n<details>\n<summary>{} · {} {} · {} (confidence {:.2})</summary>\n\n{}\n",
        html(&finding.id),
        html(finding.kind.name()),
        html(finding.verdict.name()),
        html(&finding.slot),
        finding.confidence,
        text(&one_line(&finding.explanation))
    );
    for (n, camp) in finding.camps.iter().enumerate() {
        out.push_str(&format!(
            "\n**{}**: {} document(s), support {:.2}\n",
            code(&camp.value),
            camp.documents,
            camp.support
        ));
        let claims: Vec<&ClaimReport> = finding.claims_of(n).collect();
        for claim in claims.iter().take(CLAIMS_SHOWN) {
            out.push_str(&format!(
                "\n- **{}** at {}: {}\n\n  > {}\n",
                text(&claim.source),
                code(&location(claim)),
                code(&claim.text),
                text(&one_line(&claim.sentence))
            ));
        }
        if claims.len() > CLAIMS_SHOWN {
            out.push_str(&format!("\n- and {} more\n", claims.len() - CLAIMS_SHOWN));
        }
    }
    out.push_str("\n</details>\n");
    out
}

/// A table cell: `|` escaped (GFM honours `\|` even inside code spans) and
/// line breaks as `<br>`, so the row stays one line.
fn cell(content: &str) -> String {
    content
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace(['\r', '\n'], "<br>")
}

/// Prose from the documents, as one paragraph: every character that could
/// start markup is backslash-escaped (CommonMark allows it before any ASCII
/// punctuation), `$` too (GitHub reads `$…$` as maths) and `@`/`#` (no
/// mentions or issue links from quoted text). A leading `-`, `+`, `=` or
/// `1.` would open a list or a heading, so it is escaped as well. `|` is
/// left to [`cell`], which knows whether it is in a table.
fn text(prose: &str) -> String {
    let mut out = String::with_capacity(prose.len() + 8);
    if prose.starts_with(['-', '+', '=']) {
        out.push('\\');
    }
    let after_digits = prose.trim_start_matches(|c: char| c.is_ascii_digit());
    let list_marker = (after_digits.len() < prose.len()
        && after_digits.starts_with(['.', ')'])
        && after_digits[1..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace))
    .then_some(prose.len() - after_digits.len());
    for (at, c) in prose.char_indices() {
        if Some(at) == list_marker
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '$' | '~' | '@' | '#'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text inside an HTML element (the `<summary>` line), where Markdown
/// escapes would show: `&`, `<` and `>` as entities.
fn html(content: &str) -> String {
    content
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A code span, its fence longer than any run of backticks inside and its
/// content on one line.
fn code(content: &str) -> String {
    let content = one_line(content);
    let longest = content.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if content.starts_with('`') || content.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{content}{pad}{fence}")
}

/// Line breaks and the spaces around them folded to one space.
fn one_line(content: &str) -> String {
    if !content.contains(['\r', '\n']) {
        return content.to_string();
    }
    content
        .split(['\r', '\n'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::judge::Verdict;
    use crate::report::csv::samples;

    fn render(report: &Report) -> String {
        crate::report::written(|out| write(report, out))
    }

    #[test]
    fn code_spans_outlast_backticks_inside() {
        assert_eq!(code("4500000 GBP"), "`4500000 GBP`");
        assert_eq!(code("a `b` c"), "``a `b` c``");
        assert_eq!(code("`x``"), "``` `x`` ```");
        assert_eq!(code("two\nlines"), "`two lines`");
    }

    #[test]
    fn prose_markup_is_escaped() {
        assert_eq!(text("a *b* <i>"), "a \\*b\\* \\<i\\>");
        assert_eq!(text("$2.8bn and $3.2bn"), "\\$2.8bn and \\$3.2bn");
        assert_eq!(text("@white_house #1"), "\\@white\\_house \\#1");
        assert_eq!(text("- a"), "\\- a");
        assert_eq!(text("12. twelve"), "12\\. twelve");
        assert_eq!(text("12.5 million"), "12.5 million");
        assert_eq!(html("a<b & c>"), "a&lt;b &amp; c&gt;");
        assert_eq!(text("£4.5 million"), "£4.5 million");
        assert_eq!(cell("a | b\nc"), "a \\| b<br>c");
    }

    #[test]
    fn a_row_per_finding_and_a_details_block_each() {
        let md = render(&samples::awkward());
        assert!(md.starts_with(
            "**crosscheck**: 1 contradiction(s), 1 time-shifted, 1 agreement(s) across 0 source(s)\n"
        ));
        let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| F")).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(
            rows[0],
            "| F1 | contradiction | figure Kestrel: deal value \
             | `$2.8bn units` (1 doc(s): wire)<br>`$3.2 billion units` (1 doc(s): gazette) |"
        );
        // Every row has exactly the four cells: no stray unescaped pipe.
        for row in &rows {
            let unescaped = row.len() - row.replace('|', "").len() - row.matches("\\|").count();
            assert_eq!(unescaped, 5, "{row}");
        }
        assert_eq!(md.matches("<details>").count(), 3);
        assert_eq!(md.matches("</details>").count(), 3);
        assert!(md.contains("  > It paid \\$2.8bn | cash, \"all\" of it.\n"));
        assert!(md.contains("  > The deal, signed Monday, was worth \\$3.2 billion.\n"));
        assert!(md.contains("same topic, \"deal\"; 5% vs 7% second line\n"));
        assert!(md.contains("- `news/empty.txt`: empty file, skipped\n"));
    }

    #[test]
    fn pipes_in_values_stay_inside_their_cell() {
        let mut report = samples::awkward();
        report.findings.truncate(1);
        report.findings[0].camps[0].value = "a|b".to_string();
        let md = render(&report);
        assert!(md.contains("| `a\\|b` (1 doc(s): wire)<br>"), "{md}");
    }

    #[test]
    fn the_brewery_deal_audit_has_a_row_per_finding() {
        let report = samples::brewery_deal();
        let md = render(&report);
        let agreements = report
            .findings
            .iter()
            .filter(|f| f.verdict == Verdict::Agreement)
            .count();
        assert!(md.starts_with(&format!(
            "**crosscheck**: 4 contradiction(s), 0 time-shifted, {agreements} agreement(s) across 4 source(s)\n"
        )));
        for finding in &report.findings {
            assert!(md.contains(&format!("| {} | {} |", finding.id, finding.verdict.name())));
        }
        assert_eq!(md.matches("<details>").count(), report.findings.len());
    }

    #[test]
    fn nothing_found_is_the_summary_alone() {
        let mut report = samples::awkward();
        report.findings.clear();
        report.warnings.clear();
        assert_eq!(
            render(&report),
            "**crosscheck**: 0 contradiction(s), 0 time-shifted, 0 agreement(s) across 0 source(s)\n"
        );
    }
}

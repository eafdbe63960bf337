//! GitHub Actions annotations: workflow commands that make the runner mark
//! each contradicted claim on the file and line where it was read.
//!
//! One `::error` per side of a contradiction and one `::warning` per side of
//! a time-shifted finding; agreements make none. Each warning of the report
//! (a file that could not be read) is a `::warning` on that file. Values are
//! escaped as GitHub's toolkit does (`escapeData`, `escapeProperty`).

use std::io::{self, Write};

use super::{FindingReport, Report};
use crate::judge::Verdict;

/// The workflow commands, one per line, for a step to print, written as
/// they are made.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for finding in &report.findings {
        let command = match finding.verdict {
            Verdict::Contradiction => "error",
            Verdict::TimeShifted => "warning",
            Verdict::Agreement => continue,
        };
        let title = format!(
            "{} {} {}: {}",
            finding.id,
            finding.kind.name(),
            finding.verdict.name(),
            finding.slot
        );
        for camp in 0..finding.camps.len() {
            let Some(claim) = finding.claims_of(camp).next() else {
                continue;
            };
            writeln!(
                out,
                "::{command} file={},line={},col={},title={}::{}",
                property(&claim.path),
                claim.line,
                claim.column,
                property(&title),
                data(&message(finding, camp))
            )?;
        }
    }
    for warning in &report.warnings {
        writeln!(
            out,
            "::warning file={},title=crosscheck::{}",
            property(&warning.path),
            data(&warning.message)
        )?;
    }
    Ok(())
}

/// What this camp says and who says it, what the others say and where, then
/// why they were compared.
fn message(finding: &FindingReport, this: usize) -> String {
    let said = |camp: usize| -> String {
        let c = &finding.camps[camp];
        let first = finding.claims_of(camp).next();
        let text = first.map_or(String::new(), |f| format!("{} ", f.text));
        let more = if c.documents > 1 {
            format!(" and {} more", c.documents - 1)
        } else {
            String::new()
        };
        let whom = c.sources.first().map_or("", String::as_str);
        format!("{whom}{more} say {text}({})", c.value)
    };
    let mut out = said(this);
    for other in (0..finding.camps.len()).filter(|&k| k != this) {
        out.push_str(&format!("; {}", said(other)));
        if let Some(at) = finding.claims_of(other).next() {
            out.push_str(&format!(" at {}:{}:{}", at.path, at.line, at.column));
        }
    }
    out.push_str(&format!(". {}", finding.explanation));
    out
}

/// A command's message: `%`, CR and LF percent-encoded.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A command's property value: as [`data`], and `:` and `,` too, since they
/// end a property.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::csv::samples;

    fn annotations(report: &Report) -> String {
        crate::report::written(|out| write(report, out))
    }

    #[test]
    fn values_are_escaped_as_the_toolkit_does() {
        assert_eq!(data("50% up\r\nnext: a, b"), "50%25 up%0D%0Anext: a, b");
        assert_eq!(property("50% up\na: b, c"), "50%25 up%0Aa%3A b%2C c");
    }

    #[test]
    fn one_command_per_camp_of_a_flagged_slot() {
        let out = annotations(&samples::awkward());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2 + 2 + 1, "{out}");
        assert_eq!(
            lines[0],
            "::error file=news/a%2C b.txt,line=3,col=5,\
             title=F1 figure contradiction%3A Kestrel%3A deal value::\
             wire say $2.8bn ($2.8bn units); \
             gazette say $3.2 billion ($3.2 billion units) at news/c:d%25.md:7:5. \
             same topic, \"deal\"; 5%25 vs 7%25%0Asecond line"
        );
        assert!(lines[1].starts_with(
            "::error file=news/c%3Ad%25.md,line=7,col=5,title=F1 figure contradiction%3A Kestrel%3A deal value::gazette say"
        ));
        assert!(lines[2].starts_with(
            "::warning file=news/a%2C b.txt,line=9,col=5,title=F2 figure time-shifted"
        ));
        assert!(lines[3].starts_with("::warning file=news/e.txt,line=2,"));
        assert_eq!(
            lines[4],
            "::warning file=news/empty.txt,title=crosscheck::empty file, skipped"
        );
    }

    #[test]
    fn the_brewery_deal_audit_marks_each_version_of_a_contradiction() {
        let report = samples::brewery_deal();
        let out = annotations(&report);
        assert_eq!(out.lines().count(), 8);
        assert!(out
            .lines()
            .all(|l| l.starts_with("::error file=fixtures/brewery-deal/")));
    }
}

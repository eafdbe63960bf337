//! The terminal printer: one row per fact slot, its versions as lines, each
//! with who says it and the evidence.

use comfy_table::{
    presets::UTF8_FULL_CONDENSED, Attribute, Cell, Color, ColumnConstraint, ContentArrangement,
    Table, Width,
};

use std::io::{self, Write};

use super::{ClaimReport, FindingReport, Report};
use crate::judge::Verdict;

/// How the table is drawn.
#[derive(Debug, Clone, Copy)]
pub struct TableStyle {
    /// Total width in columns; `None` lets the table use the terminal width.
    pub width: Option<u16>,
    /// Colour the verdicts (only on a TTY and never with NO_COLOR).
    pub color: bool,
}

/// How many characters of a sentence are shown either side of the claim.
const SENTENCE_CONTEXT: usize = 90;

/// The findings table and a summary line (warnings go to standard error,
/// from the binary). The table is laid out whole (its columns fit every
/// row); the rest is written line by line.
pub fn write(report: &Report, style: TableStyle, out: &mut dyn Write) -> io::Result<()> {
    if !report.findings.is_empty() {
        let mut table = Table::new();
        table.load_style(UTF8_FULL_CONDENSED);
        table.set_content_arrangement(ContentArrangement::Dynamic);
        if !style.color {
            table.force_no_tty();
        }
        if let Some(width) = style.width {
            table.set_width(width);
        }
        table.set_header(vec!["id", "fact", "versions (best supported first)"]);
        // A `path:line:column` wrapped mid-word cannot be copied: the
        // versions column is made at least as wide as the longest, as far as
        // the width allows.
        let longest = report
            .findings
            .iter()
            .flat_map(|f| f.claims.iter())
            .map(|c| location(&c.claim).chars().count())
            .max()
            .unwrap_or(0);
        let room = style
            .width
            .map_or(u16::MAX, |w| w.saturating_sub(MIN_FACT_COLUMNS));
        let lower = u16::try_from(longest + 2).unwrap_or(u16::MAX).min(room);
        if let Some(column) = table.column_mut(2) {
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(lower)));
        }
        for finding in &report.findings {
            let color = match finding.verdict {
                Verdict::Contradiction => Color::Red,
                Verdict::TimeShifted => Color::Yellow,
                Verdict::Agreement => Color::Green,
            };
            let mut verdict = Cell::new(format!(
                "{} {}\n{}\nconfidence {:.2}\n{}",
                finding.kind.name(),
                finding.verdict.name(),
                finding.slot,
                finding.confidence,
                group_digits(&finding.explanation)
            ));
            if style.color {
                verdict = verdict.fg(color).add_attribute(Attribute::Bold);
            }
            let camps: Vec<String> = (0..finding.camps.len()).map(|n| camp(finding, n)).collect();
            table.add_row(vec![
                Cell::new(&finding.id),
                verdict,
                Cell::new(camps.join("\n\n")),
            ]);
        }
        writeln!(out, "{table}")?;
    }
    writeln!(out, "{}", report.summary())?;
    if report.hidden.dismissed > 0 {
        writeln!(
            out,
            "{} finding(s) hidden: dismissed in review",
            report.hidden.dismissed
        )?;
    }
    if report.hidden.below_confidence > 0 {
        writeln!(
            out,
            "{} finding(s) hidden: below min-confidence",
            report.hidden.below_confidence
        )?;
    }
    for stale in &report.stale_decisions {
        writeln!(
            out,
            "stale decision: {} ({}) matches no finding now{}",
            stale.fingerprint,
            stale.decision,
            stale
                .finding
                .as_deref()
                .map(|f| format!(": {f}"))
                .unwrap_or_default()
        )?;
    }
    Ok(())
}

/// Sources named for a camp before the rest are counted.
const SOURCES_SHOWN: usize = 3;

/// One camp: its value, who says it (the first few and a count), and the
/// first claim's evidence.
fn camp(finding: &FindingReport, n: usize) -> String {
    let camp = &finding.camps[n];
    let (named, more) = camp.named_sources(SOURCES_SHOWN);
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    let mut out = format!(
        "{} — {} source(s): {}{more}",
        group_digits(&camp.value),
        camp.documents,
        named.join(", ")
    );
    if let Some(claim) = finding.claims_of(n).next() {
        out.push_str(&format!("\n{}", evidence(claim)));
    }
    out
}

/// Columns left to the id and the fact when the versions column widens.
const MIN_FACT_COLUMNS: u16 = 30;

/// `path:line:column` of a claim.
fn location(claim: &ClaimReport) -> String {
    format!("{}:{}:{}", claim.path, claim.line, claim.column)
}

/// Where a claim was read, and its sentence around it.
fn evidence(claim: &ClaimReport) -> String {
    format!(
        "{}\n“{}”",
        location(claim),
        around(&claim.sentence, &claim.text)
    )
}

/// Long numbers with thousands separators, for reading: "4500000 GBP" →
/// "4,500,000 GBP". Decimals and short numbers are left alone.
pub fn group_digits(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let chars: Vec<char> = value.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit()
            && (i == 0 || !(chars[i - 1].is_ascii_digit() || chars[i - 1] == '.'))
        {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let run = &chars[start..i];
            for (k, c) in run.iter().enumerate() {
                if k > 0 && (run.len() - k).is_multiple_of(3) && run.len() > 4 {
                    out.push(',');
                }
                out.push(*c);
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The sentence trimmed to a window around the claim's text, cut between
/// words.
pub fn around(sentence: &str, text: &str) -> String {
    let Some(at) = sentence.find(text) else {
        return clip_chars(sentence, 2 * SENTENCE_CONTEXT);
    };
    let before: Vec<char> = sentence[..at].chars().collect();
    let after: Vec<char> = sentence[at + text.len()..].chars().collect();
    let mut start = before.len().saturating_sub(SENTENCE_CONTEXT);
    if start > 0 {
        // Forward to the start of the next word.
        while start < before.len() && !before[start - 1].is_whitespace() {
            start += 1;
        }
    }
    let mut end = after.len().min(SENTENCE_CONTEXT);
    if end < after.len() {
        // Back to the end of the last whole word.
        while end > 0 && !after[end].is_whitespace() {
            end -= 1;
        }
        while end > 0 && after[end - 1].is_whitespace() {
            end -= 1;
        }
    }
    format!(
        "{}{}{}{}{}",
        if start > 0 { "…" } else { "" },
        before[start..].iter().collect::<String>(),
        text,
        after[..end].iter().collect::<String>(),
        if end < after.len() { "…" } else { "" }
    )
}

fn clip_chars(text: &str, n: usize) -> String {
    let clipped: String = text.chars().take(n).collect();
    if clipped.len() < text.len() {
        // Back to the end of the last whole word.
        let whole = clipped
            .rfind(char::is_whitespace)
            .map_or(clipped.as_str(), |at| clipped[..at].trim_end());
        format!("{whole}…")
    } else {
        clipped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped_for_reading() {
        assert_eq!(group_digits("4500000 GBP"), "4,500,000 GBP");
        assert_eq!(group_digits("[1620, 1980] people"), "[1620, 1980] people");
        assert_eq!(group_digits("12345.678 USD"), "12,345.678 USD");
        assert_eq!(group_digits("(100000, ∞) people"), "(100,000, ∞) people");
    }

    #[test]
    fn around_trims_both_sides_between_words() {
        let words = |n: usize| vec!["word"; n].join(" ");
        let long = format!("{} the 40 minutes {}", words(60), words(60));
        let trimmed = around(&long, "40 minutes");
        assert!(
            trimmed.starts_with('…') && trimmed.ends_with('…'),
            "{trimmed}"
        );
        assert!(
            trimmed.starts_with("…word "),
            "cut before a word: {trimmed}"
        );
        assert!(trimmed.ends_with(" word…"), "cut after a word: {trimmed}");
        assert!(trimmed.chars().count() <= 2 * SENTENCE_CONTEXT + "40 minutes".len() + 2);
        assert_eq!(around("short 40 here", "40"), "short 40 here");
    }
}

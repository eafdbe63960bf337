//! The review page (stand-in, replaced by the real page at merge): a plain
//! list of the findings with their fingerprints, and the review token the
//! page's script sends back, so `crosscheck review --serve` can be built and
//! tested against the same signature as the real page.

use std::io::{self, Write};

use super::Report;

/// What the page needs to record decisions: present only when a review
/// server serves it, so a page saved to disk carries no secret.
#[derive(Debug, Clone)]
pub struct ReviewHooks {
    /// The server's per-run secret, sent back with every decision.
    pub token: String,
}

/// Writes the page.
pub fn write(
    report: &Report,
    review: Option<&ReviewHooks>,
    sink: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        sink,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"
    )?;
    if let Some(hooks) = review {
        writeln!(
            sink,
            "<meta name=\"crosscheck-token\" content=\"{}\">",
            escape(&hooks.token)
        )?;
    }
    writeln!(sink, "<title>crosscheck</title>\n</head>\n<body>\n<ul>")?;
    for finding in &report.findings {
        writeln!(
            sink,
            "<li data-fingerprint=\"{0}\">{1} {2}: <code>{0}</code></li>",
            escape(&finding.fingerprint),
            escape(&finding.id),
            escape(&finding.slot)
        )?;
    }
    writeln!(sink, "</ul>\n</body>\n</html>")
}

/// Text safe inside an element or a quoted attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

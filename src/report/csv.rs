//! The CSV printer: one row per claim of each finding, with its camp, for
//! spreadsheets and scripts that want the evidence flat.
//!
//! RFC 4180, written by the `csv` crate: a header row first, CRLF line ends,
//! and a field quoted (with its quotes doubled) only when it holds a comma,
//! a quote or a line break. Warnings have no place in the table; the JSON
//! report carries them.

use std::io::{self, Write};

use super::{FindingClaim, FindingReport, Report};

/// The header row, in column order.
const COLUMNS: [&str; 18] = [
    "finding",
    "fingerprint",
    "kind",
    "verdict",
    "slot",
    "topic",
    "confidence",
    "camp",
    "camp_value",
    "camp_documents",
    "source",
    "path",
    "line",
    "column",
    "value",
    "text",
    "sentence",
    "explanation",
];

/// The findings as CSV: a header row, then one row per claim of each finding
/// (camp 0 is the best supported version; a finding's rows share its
/// columns), each row written as it is made.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut csv = writer(out);
    csv.write_record(COLUMNS)?;
    for finding in &report.findings {
        for claim in &finding.claims {
            csv.write_record(row(finding, claim))?;
        }
    }
    csv.flush()
}

/// RFC 4180: CRLF line ends, fields quoted only when they must be.
fn writer(out: &mut dyn Write) -> csv::Writer<&mut dyn Write> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(out)
}

fn row(finding: &FindingReport, entry: &FindingClaim) -> [String; 18] {
    let claim = &entry.claim;
    let camp = finding.camps.get(entry.camp);
    [
        finding.id.clone(),
        finding.fingerprint.clone(),
        finding.kind.name().to_string(),
        finding.verdict.name().to_string(),
        finding.slot.clone(),
        finding.topic.clone(),
        finding.confidence.to_string(),
        entry.camp.to_string(),
        camp.map_or_else(String::new, |c| c.value.clone()),
        camp.map_or(0, |c| c.documents).to_string(),
        claim.source.clone(),
        claim.path.clone(),
        claim.line.to_string(),
        claim.column.to_string(),
        claim.value.clone(),
        claim.text.clone(),
        claim.sentence.clone(),
        finding.explanation.clone(),
    ]
}

/// Reports shared by the printers' tests.
#[cfg(test)]
pub(super) mod samples {
    use std::path::PathBuf;

    use crate::audit::{audit, AuditOptions};
    use crate::extract::ClaimKind;
    use crate::judge::Verdict;
    use crate::report::{
        self, CampReport, ClaimReport, FindingClaim, FindingReport, Hidden, Parsed, Report,
        WarningReport, REPORT_VERSION,
    };
    use crate::rules::RuleSet;

    /// The brewery-deal fixture audited with agreements: four contradictions
    /// and seven agreements, all two-sided.
    pub fn brewery_deal() -> Report {
        let rules = RuleSet::builtin().unwrap();
        let paths = [PathBuf::from("fixtures/brewery-deal")];
        let audit = audit(
            &paths,
            &rules,
            AuditOptions {
                agreements: true,
                ..AuditOptions::default()
            },
        )
        .unwrap();
        report::build(&audit)
    }

    /// A side of a finding with the fields the printers read.
    pub fn claim(source: &str, path: &str, line: usize, text: &str, sentence: &str) -> ClaimReport {
        ClaimReport {
            source: source.to_string(),
            path: path.to_string(),
            line,
            column: 5,
            sentence: sentence.to_string(),
            text: text.to_string(),
            value: format!("{text} units"),
            parsed: Parsed::Figure {
                low: Some(1.0),
                high: None,
                unit: "units".to_string(),
            },
        }
    }

    /// A finding over the given claims: one camp each, or one camp for
    /// all of an agreement.
    pub fn finding(
        id: &str,
        kind: ClaimKind,
        verdict: Verdict,
        explanation: &str,
        claims: Vec<ClaimReport>,
    ) -> FindingReport {
        let camp_of = |n: usize| if verdict == Verdict::Agreement { 0 } else { n };
        let mut camps: Vec<CampReport> = Vec::new();
        for (n, claim) in claims.iter().enumerate() {
            if camp_of(n) == camps.len() {
                camps.push(CampReport {
                    value: claim.value.clone(),
                    parsed: claim.parsed.clone(),
                    sources: Vec::new(),
                    documents: 0,
                    voices: 1,
                    support: 1.0,
                });
            }
            let camp = &mut camps[camp_of(n)];
            camp.sources.push(claim.source.clone());
            camp.documents += 1;
        }
        FindingReport {
            id: id.to_string(),
            fingerprint: format!("fp-{id}"),
            kind,
            verdict,
            slot: "Kestrel: deal value".to_string(),
            topic: "deal-value".to_string(),
            confidence: 0.85,
            explanation: explanation.to_string(),
            camps,
            claims: claims
                .into_iter()
                .enumerate()
                .map(|(n, claim)| FindingClaim {
                    camp: camp_of(n),
                    claim,
                })
                .collect(),
        }
    }

    /// One finding of each verdict, with text that needs escaping in every
    /// format: commas, quotes, pipes, colons, percent signs, line breaks.
    pub fn awkward() -> Report {
        Report {
            version: REPORT_VERSION,
            sources: Vec::new(),
            findings: vec![
                finding(
                    "F1",
                    ClaimKind::Figure,
                    Verdict::Contradiction,
                    "same topic, \"deal\"; 5% vs 7%\nsecond line",
                    vec![
                        claim(
                            "wire",
                            "news/a, b.txt",
                            3,
                            "$2.8bn",
                            "It paid $2.8bn | cash, \"all\" of it.",
                        ),
                        claim(
                            "gazette",
                            "news/c:d%.md",
                            7,
                            "$3.2 billion",
                            "The deal,\nsigned Monday, was worth $3.2 billion.",
                        ),
                    ],
                ),
                finding(
                    "F2",
                    ClaimKind::Figure,
                    Verdict::TimeShifted,
                    "the later count is larger",
                    vec![
                        claim("wire", "news/a, b.txt", 9, "4 killed", "4 killed."),
                        claim("radio", "news/e.txt", 2, "9", "The toll rose to 9."),
                    ],
                ),
                finding(
                    "F3",
                    ClaimKind::Date,
                    Verdict::Agreement,
                    "both say Friday",
                    vec![
                        claim("wire", "news/a, b.txt", 1, "Friday", "On Friday."),
                        claim("radio", "news/e.txt", 1, "Sept. 12", "On Sept. 12."),
                    ],
                ),
            ],
            warnings: vec![WarningReport {
                path: "news/empty.txt".to_string(),
                message: "empty file, skipped".to_string(),
            }],
            hidden: Hidden::default(),
            stale_decisions: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::samples;
    use super::*;

    fn render(report: &Report) -> String {
        crate::report::written(|out| write(report, out))
    }

    /// Splits RFC 4180 text back into records, honouring quotes, so the tests
    /// check structure rather than spelling.
    fn parse(text: &str) -> Vec<Vec<String>> {
        let mut records = Vec::new();
        let mut record = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => record.push(std::mem::take(&mut field)),
                (false, '\r') => assert_eq!(chars.next(), Some('\n'), "bare CR"),
                (false, '\n') => panic!("bare LF outside quotes"),
                (false, c) => field.push(c),
            }
            if !quoted && c == '\r' {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
        }
        assert!(field.is_empty() && record.is_empty(), "no final CRLF");
        records
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        let out = crate::report::written(|out| {
            let mut csv = writer(out);
            csv.write_record(["plain", "a, b", "say \"so\"", "two\nlines", ""])?;
            csv.flush()
        });
        assert_eq!(out, "plain,\"a, b\",\"say \"\"so\"\"\",\"two\nlines\",\r\n");
    }

    #[test]
    fn one_row_per_side_after_the_header() {
        let report = samples::awkward();
        let records = parse(&render(&report));
        assert_eq!(records.len(), 1 + 6);
        assert_eq!(records[0], COLUMNS.map(String::from).to_vec());
        assert!(records.iter().all(|r| r.len() == COLUMNS.len()));
        let first = &records[1];
        assert_eq!(first[0], "F1");
        assert_eq!(first[1], "fp-F1");
        assert_eq!(first[3], "contradiction");
        assert_eq!(first[4], "Kestrel: deal value");
        assert_eq!(first[6], "0.85");
        assert_eq!(first[7], "0");
        assert_eq!(first[11], "news/a, b.txt");
        assert_eq!(first[12], "3");
        assert_eq!(first[16], "It paid $2.8bn | cash, \"all\" of it.");
        assert_eq!(first[17], "same topic, \"deal\"; 5% vs 7%\nsecond line");
        assert_eq!(records[2][7], "1", "the other version is camp 1");
        assert_eq!(
            records[2][16],
            "The deal,\nsigned Monday, was worth $3.2 billion."
        );
        // An agreement's claims share camp 0.
        assert_eq!((records[5][7].as_str(), records[6][7].as_str()), ("0", "0"));
        let verdicts: Vec<&str> = records[1..].iter().map(|r| r[3].as_str()).collect();
        assert_eq!(
            verdicts,
            [
                "contradiction",
                "contradiction",
                "time-shifted",
                "time-shifted",
                "agreement",
                "agreement"
            ]
        );
    }

    #[test]
    fn an_empty_report_is_the_header_alone() {
        let mut report = samples::awkward();
        report.findings.clear();
        assert_eq!(
            render(&report),
            "finding,fingerprint,kind,verdict,slot,topic,confidence,camp,camp_value,\
             camp_documents,source,path,line,column,value,text,sentence,explanation\r\n"
        );
    }

    #[test]
    fn the_brewery_deal_audit_round_trips() {
        let report = samples::brewery_deal();
        let records = parse(&render(&report));
        let sides: usize = report.findings.iter().map(|f| f.claims.len()).sum();
        assert_eq!(records.len(), 1 + sides);
        for (record, (finding, claim)) in records[1..].iter().zip(
            report
                .findings
                .iter()
                .flat_map(|f| f.claims.iter().map(move |c| (f, c))),
        ) {
            assert_eq!(record[0], finding.id);
            assert_eq!(record[7], claim.camp.to_string());
            assert_eq!(record[14], claim.claim.value);
            assert_eq!(record[16], claim.claim.sentence);
        }
    }
}

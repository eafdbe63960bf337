//! The JUnit printer: JUnit XML for CI systems that show test results
//! (GitLab, Jenkins, Azure Pipelines, test-reporter actions).
//!
//! One test suite, `crosscheck`, and one test case per finding (a fact
//! slot), named `F1 figure Kestrel: deal value`: failed for a contradiction
//! or a time-shifted finding (the failure's message is the explanation, its
//! type the verdict, its text every version with its evidence at
//! `path:line:column`), passed for an agreement.
//!
//! To add cases of another kind (one per fact of a fact table, say), build
//! them with a function like [`finding_case`] and hand all of them to
//! [`write_cases`]:
//! `write_cases(report.findings.iter().map(finding_case).chain(facts.iter().map(fact_case)), out)`.

use std::io::{self, Write};

use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus, TestSuite};

use super::{FindingReport, Report};
use crate::judge::Verdict;

/// The name of the one test suite (and of the whole report).
pub const SUITE: &str = "crosscheck";

/// The class name of finding cases; cases of other kinds take their own.
pub const FINDINGS_CLASS: &str = "crosscheck.findings";

/// The findings as JUnit XML: one case per finding.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    write_cases(report.findings.iter().map(finding_case), out)
}

/// Any cases as the `crosscheck` suite of a JUnit XML report; the counts of
/// tests and failures are kept by quick-junit. This is the extension point
/// for new kinds of cases.
pub fn write_cases(
    cases: impl IntoIterator<Item = TestCase>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut suite = TestSuite::new(SUITE);
    suite.add_test_cases(cases);
    let mut report = quick_junit::Report::new(SUITE);
    report.add_test_suite(suite);
    report.serialize(&mut *out).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// One finding as a test case: passed for an agreement, failed otherwise.
pub fn finding_case(finding: &FindingReport) -> TestCase {
    let status = if finding.verdict == Verdict::Agreement {
        TestCaseStatus::success()
    } else {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
        status
            .set_message(finding.explanation.as_str())
            .set_type(finding.verdict.name())
            .set_description(camps(finding));
        status
    };
    let mut case = TestCase::new(
        format!("{} {} {}", finding.id, finding.kind.name(), finding.slot),
        status,
    );
    case.set_classname(FINDINGS_CLASS);
    case
}

/// Every version with its sources, then its evidence one paragraph each,
/// then the fingerprint.
fn camps(finding: &FindingReport) -> String {
    let mut out = String::new();
    for (n, camp) in finding.camps.iter().enumerate() {
        out.push_str(&format!(
            "{} ({} document(s): {})\n",
            camp.value,
            camp.documents,
            camp.sources.join(", ")
        ));
        for claim in finding.claims_of(n) {
            out.push_str(&format!(
                "  {}:{}:{}: {}: {}\n    \"{}\"\n",
                claim.path, claim.line, claim.column, claim.source, claim.text, claim.sentence
            ));
        }
    }
    out.push_str(&format!("fingerprint {}\n", finding.fingerprint));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::csv::samples;

    fn render(report: &Report) -> String {
        crate::report::written(|out| write(report, out))
    }

    fn render_cases(cases: impl IntoIterator<Item = TestCase>) -> String {
        crate::report::written(|out| write_cases(cases, out))
    }

    fn parse(xml: &str) -> quick_junit::Report {
        quick_junit::Report::deserialize_from_str(xml).unwrap()
    }

    #[test]
    fn one_case_per_finding_failed_unless_agreed() {
        let xml = render(&samples::awkward());
        let report = parse(&xml);
        assert_eq!(report.name.as_ref().map(|n| n.as_str()), Some(SUITE));
        assert_eq!((report.tests, report.failures, report.errors), (3, 2, 0));
        let suite = &report.test_suites[0];
        assert_eq!(suite.name.as_str(), SUITE);
        let names: Vec<&str> = suite.test_cases.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "F1 figure Kestrel: deal value",
                "F2 figure Kestrel: deal value",
                "F3 date Kestrel: deal value"
            ]
        );
        let TestCaseStatus::NonSuccess {
            message,
            ty,
            description,
            ..
        } = &suite.test_cases[0].status
        else {
            panic!("F1 should fail");
        };
        assert_eq!(
            message.as_ref().map(|m| m.as_str()),
            Some("same topic, \"deal\"; 5% vs 7%\nsecond line")
        );
        assert_eq!(ty.as_ref().map(|t| t.as_str()), Some("contradiction"));
        let text = description.as_ref().map(|d| d.as_str()).unwrap_or_default();
        assert!(text
            .contains("$2.8bn units (1 document(s): wire)\n  news/a, b.txt:3:5: wire: $2.8bn\n"));
        assert!(text.contains("news/c:d%.md:7:5: gazette: $3.2 billion"));
        assert!(text.contains("fingerprint fp-F1"));
        assert!(matches!(
            suite.test_cases[1].status,
            TestCaseStatus::NonSuccess { .. }
        ));
        assert!(matches!(
            suite.test_cases[2].status,
            TestCaseStatus::Success { .. }
        ));
    }

    #[test]
    fn markup_in_the_text_is_escaped() {
        let mut report = samples::awkward();
        report.findings[0].explanation = "a <b> & \"c\" ]]> \u{1b}[31m".to_string();
        let xml = render(&report);
        let parsed = parse(&xml);
        let TestCaseStatus::NonSuccess { message, .. } =
            &parsed.test_suites[0].test_cases[0].status
        else {
            panic!("F1 should fail");
        };
        assert_eq!(
            message.as_ref().map(|m| m.as_str()),
            Some("a <b> & \"c\" ]]> ")
        );
    }

    #[test]
    fn cases_of_other_kinds_join_the_suite() {
        let report = samples::awkward();
        let extra = TestCase::new("fact deal-value", TestCaseStatus::success());
        let xml = render_cases(report.findings.iter().map(finding_case).chain([extra]));
        let parsed = parse(&xml);
        assert_eq!(parsed.tests, 4);
        assert_eq!(parsed.test_suites.len(), 1);
    }

    #[test]
    fn the_brewery_deal_audit_fails_four_cases() {
        let report = samples::brewery_deal();
        let parsed = parse(&render(&report));
        // A case per finding; the four contradictions fail, agreements pass.
        assert_eq!(parsed.tests, report.findings.len());
        assert_eq!(parsed.failures, 4);
    }
}

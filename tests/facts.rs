//! Fact tables checked against real articles: the brewery-deal fixture set
//! (which a fact table confirms, or contradicts at a cited line), growing
//! counts with `as_of`, tolerance overrides, and tables that contradict
//! themselves. The tables live in `fixtures-facts/` or inline.

use std::path::{Path, PathBuf};

use crosscheck::audit::{audit, Audit, AuditOptions};
use crosscheck::facts::{self, FactCheck, FactResult, FactStatus, FactTable};
use crosscheck::judge::Verdict;
use crosscheck::report::check::{self as check_report, FactReport};
use crosscheck::report::Evidence;
use crosscheck::rules::RuleSet;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn brewery(rules: &RuleSet) -> Audit {
    audit(
        &[root().join("fixtures/brewery-deal")],
        rules,
        AuditOptions::default(),
    )
    .unwrap()
}

fn text_of(report: &FactReport) -> String {
    let mut out = Vec::new();
    check_report::write_text(report, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn junit_of(report: &FactReport) -> String {
    let mut out = Vec::new();
    check_report::write_junit(report, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn inline(text: &str, rules: &RuleSet) -> FactTable {
    facts::parse(Path::new("inline.yaml"), text, rules).unwrap()
}

fn result<'a>(check: &'a FactCheck, id: &str) -> &'a FactResult {
    check
        .results
        .iter()
        .find(|r| r.fact.id == id)
        .unwrap_or_else(|| panic!("no result for {id}"))
}

/// (source id, line, column, claim value, verdict) of every governed claim.
fn cited(audit: &Audit, result: &FactResult) -> Vec<(String, usize, usize, String, Verdict)> {
    result
        .claims
        .iter()
        .map(|c| {
            let report = audit.claim(c.claim).expect("claim");
            (
                report.source,
                report.line,
                report.column,
                report.value,
                c.verdict,
            )
        })
        .collect()
}

#[test]
fn a_table_the_brewery_articles_bear_out_passes() {
    let rules = RuleSet::builtin().unwrap();
    let audit = brewery(&rules);
    let table = facts::load(&root().join("fixtures-facts/brewery-pass.yaml"), &rules).unwrap();
    let check = facts::check(&table, &audit, &rules);
    assert!(!check.fails(false), "{check:#?}");
    assert!(check.fails(true), "two facts are unchecked");
    assert!(check.conflicts.is_empty());

    let per_share = result(&check, "offer-per-share");
    assert_eq!(per_share.status, FactStatus::Confirmed);
    let sources: Vec<String> = cited(&audit, per_share)
        .into_iter()
        .map(|(source, _, _, value, verdict)| {
            assert_eq!(value, "48 USD per share");
            assert_eq!(verdict, Verdict::Agreement);
            source
        })
        .collect();
    assert_eq!(sources, ["brewers-journal", "ledger-markets"]);

    // Granite Peak's revenue, not Kestrel's $11.6 billion of sales.
    let revenue = result(&check, "target-revenue");
    assert_eq!(revenue.status, FactStatus::Confirmed);
    let values: Vec<(String, String)> = cited(&audit, revenue)
        .into_iter()
        .map(|(source, _, _, value, _)| (source, value))
        .collect();
    assert_eq!(
        values,
        [
            ("brewers-journal".to_string(), "1900000000 USD".to_string()),
            ("ledger-markets".to_string(), "1900000000 USD".to_string()),
        ]
    );

    let savings = result(&check, "cost-savings");
    assert_eq!(savings.status, FactStatus::Confirmed);
    assert_eq!(savings.claims.len(), 2, "{savings:#?}");

    let agreed = result(&check, "deal-agreed");
    assert_eq!(agreed.status, FactStatus::Confirmed);
    assert!(cited(&audit, agreed)
        .iter()
        .all(|(source, line, ..)| source == "ledger-markets" && *line == 2));

    // Facts no document mentions are listed, unchecked.
    for id in ["brewery-founded", "weapons-package"] {
        let r = result(&check, id);
        assert_eq!(r.status, FactStatus::Unchecked, "{id}");
        assert!(r.claims.is_empty());
    }
    assert_eq!(
        result(&check, "weapons-package").fact.location(),
        format!(
            "{}:25:9",
            root().join("fixtures-facts/brewery-pass.yaml").display()
        )
    );
}

#[test]
fn a_deal_value_the_gazette_contradicts_fails_at_its_line() {
    let rules = RuleSet::builtin().unwrap();
    let audit = brewery(&rules);
    let table = facts::load(&root().join("fixtures-facts/brewery-fail.yaml"), &rules).unwrap();
    let check = facts::check(&table, &audit, &rules);
    assert!(check.fails(false));
    let deal = result(&check, "deal-value");
    assert_eq!(deal.status, FactStatus::Contradicted);
    assert_eq!(deal.fact.value_text, "$2.8 billion");
    assert_eq!(deal.fact.value_normalised(), "2800000000 USD");
    assert_eq!(
        deal.fact.note.as_deref(),
        Some("Ledger Markets, 2025-09-15")
    );
    assert_eq!(deal.fact.line, 4);

    let contradictions: Vec<_> = deal
        .claims
        .iter()
        .filter(|c| c.verdict == Verdict::Contradiction)
        .collect();
    assert_eq!(contradictions.len(), 1, "{deal:#?}");
    let report = audit.claim(contradictions[0].claim).expect("claim");
    assert!(
        report
            .path
            .ends_with("fixtures/brewery-deal/midstate-gazette.txt"),
        "{}",
        report.path
    );
    assert_eq!((report.line, report.column), (3, 47));
    assert_eq!(report.text, "$3.2 billion");
    assert_eq!(report.value, "3200000000 USD");
    assert!(
        contradictions[0]
            .explanation
            .contains("3200000000 USD and the fact's 2800000000 USD do not overlap (tolerance 1%)"),
        "{}",
        contradictions[0].explanation
    );

    // The article it came from, and the hedged "roughly $3 billion", agree;
    // Brightwater's rejected $2.5 billion bid and the per-share price are
    // not governed.
    let agreeing: Vec<String> = cited(&audit, deal)
        .into_iter()
        .filter(|c| c.4 == Verdict::Agreement)
        .map(|c| c.0)
        .collect();
    assert_eq!(agreeing, ["finbrief", "ledger-markets"]);
    assert_eq!(deal.claims.len(), 3);
}

#[test]
fn a_tolerance_in_the_table_overrides_the_topics() {
    let rules = RuleSet::builtin().unwrap();
    let audit = brewery(&rules);
    let facts = |tolerance: &str| {
        inline(
            &format!(
                "facts:\n  - id: deal\n    about: deal-value\n    subject: Granite Peak\n    value: $3 billion\n{tolerance}"
            ),
            &rules,
        )
    };
    let strict = facts::check(&facts(""), &audit, &rules);
    let verdicts: Vec<Verdict> = strict.results[0].claims.iter().map(|c| c.verdict).collect();
    assert_eq!(
        verdicts,
        [
            Verdict::Agreement,
            Verdict::Contradiction,
            Verdict::Contradiction
        ],
        "roughly $3 billion agrees; $2.8 and $3.2 billion are more than 1% away"
    );
    let loose = facts::check(&facts("    tolerance: 10%\n"), &audit, &rules);
    assert_eq!(loose.results[0].status, FactStatus::Confirmed);
    assert!(loose.results[0]
        .claims
        .iter()
        .all(|c| c.verdict == Verdict::Agreement && c.explanation.contains("tolerance 10%")));
    let absolute = facts::check(&facts("    tolerance: $250 million\n"), &audit, &rules);
    assert_eq!(absolute.results[0].status, FactStatus::Confirmed);
}

#[test]
fn dates_the_documents_give_otherwise_contradict() {
    let rules = RuleSet::builtin().unwrap();
    let audit = brewery(&rules);
    let table = inline(
        "facts:\n  - id: agreed\n    about: agreed\n    date: 2025-09-16\n  - id: agreed-near\n    about: agreed\n    date: 2025-09-16\n    tolerance: 1\n",
        &rules,
    );
    let check = facts::check(&table, &audit, &rules);
    let exact = result(&check, "agreed");
    assert_eq!(exact.status, FactStatus::Contradicted);
    assert!(exact.claims[0]
        .explanation
        .contains("2025-09-15 and the fact's 2025-09-16 are 1 day(s) apart"));
    assert_eq!(result(&check, "agreed-near").status, FactStatus::Confirmed);
    assert!(
        check.conflicts.is_empty(),
        "one day is within the tolerance"
    );
}

#[test]
fn a_table_that_contradicts_itself_fails() {
    let rules = RuleSet::builtin().unwrap();
    let audit = brewery(&rules);
    let table = facts::load(
        &root().join("fixtures-facts/self-contradicting.yaml"),
        &rules,
    )
    .unwrap();
    let check = facts::check(&table, &audit, &rules);
    assert!(check.fails(false));
    assert_eq!(check.conflicts.len(), 1);
    let conflict = &check.conflicts[0];
    assert_eq!(
        (conflict.first.id.as_str(), conflict.second.id.as_str()),
        ("deal-value", "deal-value-again")
    );
    assert_eq!((conflict.first.line, conflict.second.line), (3, 7));
    assert!(
        conflict.explanation.contains("2800000000 USD")
            && conflict.explanation.contains("3200000000 USD"),
        "{}",
        conflict.explanation
    );
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

/// Three reports of one toll: 4 on Monday, 9 on Wednesday, 2 on Thursday.
fn toll_reports() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "sources.yaml",
        "sources:\n  - {path: a.txt, id: monday, published: 2025-10-06}\n  - {path: b.txt, id: wednesday, published: 2025-10-08}\n  - {path: c.txt, id: thursday, published: 2025-10-09}\n",
    );
    write(
        dir.path(),
        "a.txt",
        "Four people were killed in the clashes at the Maravel docks, police said.\n",
    );
    write(
        dir.path(),
        "b.txt",
        "Nine people have now been killed in the clashes at the Maravel docks, police said.\n",
    );
    write(
        dir.path(),
        "c.txt",
        "Two people were killed in the clashes at the Maravel docks, police said.\n",
    );
    dir
}

#[test]
fn as_of_makes_a_later_larger_count_time_shifted() {
    let rules = RuleSet::builtin().unwrap();
    let dir = toll_reports();
    let audit = audit(&[dir.path().to_path_buf()], &rules, AuditOptions::default()).unwrap();
    let table = inline(
        "facts:\n  - id: toll\n    about: killed\n    value: 4 people\n    as_of: 2025-10-06\n  - id: toll-undated\n    about: killed\n    value: 4 people\n",
        &rules,
    );
    let check = facts::check(&table, &audit, &rules);
    let by_source = |id: &str| -> Vec<(String, Verdict)> {
        cited(&audit, result(&check, id))
            .into_iter()
            .map(|c| (c.0, c.4))
            .collect()
    };
    assert_eq!(
        by_source("toll"),
        [
            ("monday".to_string(), Verdict::Agreement),
            ("wednesday".to_string(), Verdict::TimeShifted),
            ("thursday".to_string(), Verdict::Contradiction),
        ]
    );
    assert_eq!(
        by_source("toll-undated"),
        [
            ("monday".to_string(), Verdict::Agreement),
            ("wednesday".to_string(), Verdict::Contradiction),
            ("thursday".to_string(), Verdict::Contradiction),
        ]
    );
    let shifted = &result(&check, "toll").claims[1];
    assert!(
        shifted.explanation.contains("a count that grew"),
        "{}",
        shifted.explanation
    );
}

#[test]
fn a_missing_table_is_an_io_error_naming_it() {
    let rules = RuleSet::builtin().unwrap();
    let err = facts::load(Path::new("no/such/facts.yaml"), &rules).unwrap_err();
    assert!(matches!(err, facts::FactsError::Io { .. }));
    assert!(err.to_string().starts_with("no/such/facts.yaml: "), "{err}");
    // The system's own error is kept as the source, not flattened to text,
    // and survives into the library's one error type.
    let source = std::error::Error::source(&err).expect("an io::Error source");
    assert!(source.downcast_ref::<std::io::Error>().is_some());
    let top: crosscheck::Error = err.into();
    assert!(std::error::Error::source(&top).is_some());
}

#[test]
fn the_report_cites_the_fact_and_the_contradicting_claim() {
    let rules = RuleSet::builtin().unwrap();
    let audit = brewery(&rules);
    let table = facts::load(&root().join("fixtures-facts/brewery-fail.yaml"), &rules).unwrap();
    let report = check_report::report(&facts::check(&table, &audit, &rules), &audit);
    assert!(report.fails(false));

    let json = serde_json::to_value(&report).unwrap();
    let fact = &json["facts"][0];
    assert_eq!(fact["id"], "deal-value");
    assert_eq!(fact["status"], "contradicted");
    assert_eq!(
        (fact["line"].as_u64(), fact["column"].as_u64()),
        (Some(4), Some(9))
    );
    assert_eq!(fact["text"], "$2.8 billion");
    assert_eq!(fact["value"], "2800000000 USD");
    assert_eq!(fact["parsed"]["unit"], "USD");
    assert_eq!(fact["note"], "Ledger Markets, 2025-09-15");
    let against: Vec<&serde_json::Value> = fact["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["verdict"] == "contradiction")
        .collect();
    assert_eq!(against.len(), 1);
    assert_eq!(against[0]["source"], "midstate-gazette");
    assert_eq!(
        (against[0]["line"].as_u64(), against[0]["column"].as_u64()),
        (Some(3), Some(47))
    );
    assert_eq!(against[0]["value"], "3200000000 USD");

    let text = text_of(&report);
    assert!(text.starts_with("CONTRADICTED deal-value "), "{text}");
    assert!(
        text.contains("midstate-gazette.txt:3:47 midstate-gazette: $3.2 billion = 3200000000 USD"),
        "{text}"
    );
    assert!(
        text.contains("is paying $3.2 billion for Granite Peak"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "1 contradicted, 0 confirmed, 0 unchecked of 1 fact(s); 0 table conflict(s); 4 source(s) read\n"
        ),
        "{text}"
    );

    let junit = quick_junit::Report::deserialize_from_str(&junit_of(&report)).unwrap();
    assert_eq!((junit.tests, junit.failures), (1, 1));
    let case = &junit.test_suites[0].test_cases[0];
    assert_eq!(case.name.as_str(), "fact deal-value");
    let quick_junit::TestCaseStatus::NonSuccess { description, .. } = &case.status else {
        panic!("the contradicted fact should fail");
    };
    assert!(description
        .as_ref()
        .is_some_and(|d| d.as_str().contains("midstate-gazette.txt:3:47")));
}

#[test]
fn the_report_of_a_passing_table_lists_unchecked_facts_and_conflicts() {
    let rules = RuleSet::builtin().unwrap();
    let audit = brewery(&rules);
    let pass = facts::load(&root().join("fixtures-facts/brewery-pass.yaml"), &rules).unwrap();
    let report = check_report::report(&facts::check(&pass, &audit, &rules), &audit);
    assert!(!report.fails(false));
    assert!(report.fails(true));
    let text = text_of(&report);
    assert!(text.contains("UNCHECKED weapons-package "), "{text}");
    assert!(
        text.ends_with(
            "0 contradicted, 4 confirmed, 2 unchecked of 6 fact(s); 0 table conflict(s); 4 source(s) read\n"
        ),
        "{text}"
    );
    let junit = quick_junit::Report::deserialize_from_str(&junit_of(&report)).unwrap();
    assert_eq!((junit.tests, junit.failures), (6, 0));
    let skipped = junit.test_suites[0]
        .test_cases
        .iter()
        .filter(|c| matches!(c.status, quick_junit::TestCaseStatus::Skipped { .. }))
        .count();
    assert_eq!(skipped, 2);

    let table = facts::load(
        &root().join("fixtures-facts/self-contradicting.yaml"),
        &rules,
    )
    .unwrap();
    let report = check_report::report(&facts::check(&table, &audit, &rules), &audit);
    assert!(report.fails(false));
    assert_eq!(report.conflicts[0].facts[1].id, "deal-value-again");
    assert!(text_of(&report).contains("TABLE CONFLICT deal-value "));
    let junit = quick_junit::Report::deserialize_from_str(&junit_of(&report)).unwrap();
    assert_eq!(junit.tests, 3, "two facts and one conflict");
}

/// A fact governs every claim of the slot it names, however each document
/// words it: on the seeds, the call's length is stated as a "40-minute phone
/// conversation" and "for approximately 40 minutes", and a timeline row puts
/// the call two days late.
#[test]
fn a_fact_governs_the_slot_it_names_on_the_seeds() {
    let rules = RuleSet::builtin().unwrap();
    let seeds = root().join("../shared/seeds");
    assert!(seeds.join("sources.yaml").is_file(), "{}", seeds.display());
    let audit = audit(&[seeds], &rules, AuditOptions::default()).unwrap();
    let table = inline(
        "facts:\n\
         \x20 - id: weapons-package\n    about: weapons package\n    value: \"$90 billion\"\n\
         \x20 - id: call-length\n    about: phone call\n    subject: Vladimir Putin\n    value: 40 minutes\n\
         \x20 - id: putin-call\n    about: phone call\n    subject: Vladimir Putin\n    date: 2025-08-18\n",
        &rules,
    );
    let check = facts::check(&table, &audit, &rules);
    let length = result(&check, "call-length");
    assert_eq!(length.status, FactStatus::Confirmed, "{length:#?}");
    let sources: Vec<String> = cited(&audit, length).into_iter().map(|c| c.0).collect();
    assert!(
        sources.contains(&"broker-direct-talks".to_string())
            && sources.contains(&"steps-back".to_string()),
        "{sources:?}"
    );
    let call = result(&check, "putin-call");
    assert_eq!(call.status, FactStatus::Contradicted);
    let verdicts = cited(&audit, call);
    assert!(
        verdicts
            .iter()
            .any(|c| c.0 == "steps-back" && c.3 == "2025-08-20" && c.4 == Verdict::Contradiction),
        "{verdicts:?}"
    );
    assert!(
        verdicts
            .iter()
            .any(|c| c.0 == "broker-direct-talks" && c.4 == Verdict::Agreement),
        "{verdicts:?}"
    );
    // The package agrees wherever it is stated; nothing else is governed.
    let package = result(&check, "weapons-package");
    assert_eq!(package.status, FactStatus::Confirmed);
    assert!(cited(&audit, package)
        .iter()
        .all(|c| c.3 == "90000000000 USD"));
    let report = check_report::report(&check, &audit);
    assert!(report.fails(false), "the check fails on the misdated call");
}

fn audit_texts(texts: &[(&str, &str)], rules: &RuleSet) -> (tempfile::TempDir, Audit) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in texts {
        std::fs::write(
            dir.path().join(name),
            format!("---\npublished: 2025-08-22\n---\n{text}\n"),
        )
        .unwrap();
    }
    let audit = audit(&[dir.path().to_path_buf()], rules, AuditOptions::default()).unwrap();
    (dir, audit)
}

/// A slot reached through a named claim still answers to the fact's
/// subject: a call with Zelensky is not the call with Putin, even when a
/// nameless sentence joins both into one slot.
#[test]
fn claims_reached_through_a_slot_still_name_the_subject() {
    let rules = RuleSet::builtin().unwrap();
    let (_dir, audit) = audit_texts(
        &[
            (
                "a.txt",
                "Donald Trump spoke with Vladimir Putin in a phone call on 18 August 2025.",
            ),
            (
                "b.txt",
                "Donald Trump spoke with Volodymyr Zelensky in a phone call on 20 August 2025.",
            ),
            (
                "c.txt",
                "The president spoke in a phone call on 20 August 2025.",
            ),
        ],
        &rules,
    );
    let table = inline(
        "facts:\n  - id: putin-call\n    about: phone call\n    subject: Vladimir Putin\n    date: 2025-08-18\n",
        &rules,
    );
    let check = facts::check(&table, &audit, &rules);
    let call = result(&check, "putin-call");
    let cited = cited(&audit, call);
    assert_eq!(call.status, FactStatus::Confirmed, "{cited:?}");
    assert!(cited.iter().all(|c| c.0 == "a"), "{cited:?}");
}

/// Words that all name one topic ("weapons package" under deal-value) do
/// not select every claim of that topic: without a subject, the sentence
/// must hold them all.
#[test]
fn topic_words_without_a_subject_must_all_be_written() {
    let rules = RuleSet::builtin().unwrap();
    let (_dir, audit) = audit_texts(
        &[
            ("a.txt", "Kestrel Beverages agreed a $3.2 billion takeover package for Granite Peak."),
            ("b.txt", "Kestrel Beverages will pay $3.2 billion for Granite Peak, its chief executive said."),
        ],
        &rules,
    );
    let table = inline(
        "facts:\n  - id: weapons-package\n    about: weapons package\n    value: \"$90 billion\"\n",
        &rules,
    );
    let check = facts::check(&table, &audit, &rules);
    assert_eq!(
        result(&check, "weapons-package").status,
        FactStatus::Unchecked,
        "{:?}",
        cited(&audit, result(&check, "weapons-package"))
    );
}

/// `check --format json` matches the schema the repository ships, for a
/// passing table, a failing one and one that contradicts itself; and the
/// schema can say no.
#[test]
fn check_reports_match_the_shipped_schema() {
    let text = std::fs::read_to_string(root().join("schema/check-v1.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut checked = 0;
    for table in [
        "brewery-pass.yaml",
        "brewery-fail.yaml",
        "self-contradicting.yaml",
    ] {
        let out = assert_cmd::Command::cargo_bin("crosscheck")
            .unwrap()
            .args(["check", "--format", "json", "--facts"])
            .arg(root().join("fixtures-facts").join(table))
            .arg(root().join("fixtures/brewery-deal"))
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&report)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{table}: {}", errors.join("\n"));
        checked += report["facts"].as_array().map_or(0, Vec::len);
        let mut broken = report.clone();
        broken["facts"][0]["status"] = "maybe".into();
        assert!(
            !validator.is_valid(&broken),
            "{table}: accepted a bad status"
        );
    }
    assert!(checked >= 3);
}

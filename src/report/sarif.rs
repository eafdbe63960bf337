//! The SARIF printer: SARIF 2.1.0 for code-scanning tools (GitHub code
//! scanning, IDE viewers), one run with one result per finding.
//!
//! Choices:
//! - one rule per claim kind, with ids that never change: `CC001` figure,
//!   `CC002` date, `CC003` attribution, `CC004` role; all four are always
//!   listed so a rule's index is stable too;
//! - a result's level says the verdict: `error` for a contradiction,
//!   `warning` for a time-shifted finding (it fails the run like a
//!   contradiction, but a person may decide the story simply moved on — the
//!   same level as the GitHub annotation), and `none` with kind `pass` for an
//!   agreement;
//! - one result per finding (a fact slot): the message is the judge's
//!   explanation; the location is the first claim of the least supported
//!   version (the one a reviewer checks first; for an agreement, its one
//!   version), its region covering the claim's text; related locations are
//!   the first claim of each other version; `partialFingerprints
//!   ["crosscheck/v2"]` is the finding's fingerprint (slot and values), so a
//!   result is tracked across new copies and edits elsewhere;
//! - columns count Unicode code points, as the rest of the report does
//!   (`columnKind`); warnings become tool execution notifications.
//!
//! The JSON is built with serde from the small private structs below: the
//! subset used is small, and a test validates the output against the
//! official schema.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use serde::Serialize;

use super::{ClaimReport, FindingReport, Report, WarningReport};
use crate::extract::ClaimKind;
use crate::judge::Verdict;

/// The schema the log declares.
const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The key of the fingerprint in `partialFingerprints`; the suffix is bumped
/// if the fingerprint's recipe ever changes.
const FINGERPRINT_KEY: &str = "crosscheck/v2";

/// The rules, one per claim kind: (id, kind, name, what it flags).
const RULES: [(&str, ClaimKind, &str, &str); 4] = [
    (
        "CC001",
        ClaimKind::Figure,
        "FigureDisagreement",
        "Two sources give figures for the same thing that cannot both be true.",
    ),
    (
        "CC002",
        ClaimKind::Date,
        "DateDisagreement",
        "Two sources place the same event on dates that share no day.",
    ),
    (
        "CC003",
        ClaimKind::Attribution,
        "AttributionDisagreement",
        "Two sources give the same quote to different named speakers.",
    ),
    (
        "CC004",
        ClaimKind::Role,
        "RoleDisagreement",
        "Two sources give one person titles that cannot both hold at once.",
    ),
];

/// The report as a SARIF 2.1.0 log, pretty-printed with a final newline.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "crosscheck",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: RULES
                        .iter()
                        .map(|&(id, kind, name, description)| Rule {
                            id,
                            name,
                            short_description: Message::new(format!(
                                "{} disagreement",
                                kind.name()
                            )),
                            full_description: Message::new(description.to_string()),
                            default_configuration: Configuration { level: "error" },
                        })
                        .collect(),
                },
            },
            invocations: [Invocation {
                execution_successful: true,
                tool_execution_notifications: report.warnings.iter().map(notification).collect(),
            }],
            column_kind: "unicodeCodePoints",
            results: report.findings.iter().map(result).collect(),
        }],
    };
    super::json::write(&log, out)
}

fn result(finding: &FindingReport) -> SarifResult {
    let rule = RULES.iter().position(|&(_, kind, ..)| kind == finding.kind);
    let (kind, level) = match finding.verdict {
        Verdict::Contradiction => (None, "error"),
        Verdict::Agreement => (Some("pass"), "none"),
        Verdict::TimeShifted => (None, "warning"),
    };
    // The least supported version first, then the others, best first.
    let mut order: Vec<usize> = (0..finding.camps.len()).collect();
    if let Some(last) = order.pop() {
        order.insert(0, last);
    }
    let mut sides = order
        .into_iter()
        .filter_map(|n| finding.claims_of(n).next().map(|c| (n, c)))
        .map(|(n, claim)| {
            let camp = &finding.camps[n];
            Location {
                message: Some(Message::new(format!(
                    "{}: {} = {} ({} document(s) say {})",
                    claim.source, claim.text, claim.value, camp.documents, camp.value
                ))),
                ..location(claim)
            }
        });
    SarifResult {
        rule_id: rule.and_then(|i| RULES.get(i)).map(|&(id, ..)| id),
        rule_index: rule,
        kind,
        level,
        message: Message::new(finding.explanation.clone()),
        locations: sides.next().into_iter().collect(),
        related_locations: sides
            .enumerate()
            .map(|(i, side)| Location {
                id: Some(i + 1),
                ..side
            })
            .collect(),
        partial_fingerprints: BTreeMap::from([(FINGERPRINT_KEY, finding.fingerprint.clone())]),
        properties: Properties {
            finding: finding.id.clone(),
            verdict: finding.verdict.name(),
            slot: finding.slot.clone(),
            topic: finding.topic.clone(),
            confidence: finding.confidence,
        },
    }
}

/// Where one side was read: its region spans the claim's text.
fn location(claim: &ClaimReport) -> Location {
    let mut lines = claim.text.split('\n');
    let first = lines.next().unwrap_or_default();
    let (end_line, end_column) = match lines.enumerate().last() {
        Some((n, last)) => (claim.line + n + 1, last.chars().count() + 1),
        None => (claim.line, claim.column + first.chars().count()),
    };
    Location {
        id: None,
        physical_location: Some(PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri(&claim.path),
            },
            region: Some(Region {
                start_line: claim.line,
                start_column: claim.column,
                end_line,
                end_column,
                snippet: Snippet {
                    text: claim.text.clone(),
                },
            }),
        }),
        message: Some(Message::new(format!(
            "{}: {} = {}",
            claim.source, claim.text, claim.value
        ))),
    }
}

fn notification(warning: &WarningReport) -> Notification {
    Notification {
        level: "warning",
        message: Message::new(warning.message.clone()),
        locations: vec![Location {
            id: None,
            physical_location: Some(PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri: uri(&warning.path),
                },
                region: None,
            }),
            message: None,
        }],
    }
}

/// A path as a relative URI reference: the platform's separator becomes `/`
/// and every byte outside the unreserved set (`:` and `%` included, so a
/// first segment is never read as a scheme) is percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace(std::path::MAIN_SEPARATOR, "/");
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    invocations: [Invocation; 1],
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: &'static str,
    short_description: Message,
    full_description: Message,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Message,
    locations: Vec<Location>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_id: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
    level: &'static str,
    message: Message,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    properties: Properties,
}

/// Finding fields SARIF has no place for, in the result's property bag.
#[derive(Serialize)]
struct Properties {
    finding: String,
    verdict: &'static str,
    slot: String,
    topic: String,
    confidence: f64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    physical_location: Option<PhysicalLocation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Message>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    snippet: Snippet,
}

#[derive(Serialize)]
struct Snippet {
    text: String,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

impl Message {
    fn new(text: String) -> Self {
        Message { text }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::report::csv::samples;

    fn render(report: &Report) -> String {
        crate::report::written(|out| write(report, out))
    }

    /// The official SARIF 2.1.0 schema (see tests/data/README.md), with
    /// format checks (`uri`, `uri-reference`, `date-time`) switched on.
    fn validator() -> jsonschema::Validator {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/sarif-schema-2.1.0.json"
        );
        // The published schema's pattern for `language` has a stray `]`,
        // which a strict validator refuses as a regex: mend it here (the
        // output never has a `language`) and keep the file as published.
        let text = std::fs::read_to_string(path).unwrap().replace(
            "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
            "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$",
        );
        let schema: Value = serde_json::from_str(&text).unwrap();
        jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap()
    }

    fn assert_valid(validator: &jsonschema::Validator, log: &Value) {
        let errors: Vec<String> = validator
            .iter_errors(log)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
    }

    fn parse(report: &Report) -> Value {
        serde_json::from_str(&render(report)).unwrap()
    }

    #[test]
    fn the_brewery_deal_audit_is_valid_sarif() {
        let report = samples::brewery_deal();
        let log = parse(&report);
        assert_valid(&validator(), &log);
        let results = log["runs"][0]["results"].as_array().unwrap();
        assert_eq!(results.len(), report.findings.len());
        let first = &results[0];
        assert_eq!(first["ruleId"], "CC001");
        assert_eq!(first["level"], "error");
        assert_eq!(
            first["partialFingerprints"][FINGERPRINT_KEY],
            report.findings[0].fingerprint
        );
        let finding = &report.findings[0];
        let outlier = finding.claims_of(finding.camps.len() - 1).next().unwrap();
        let physical = &first["locations"][0]["physicalLocation"];
        assert_eq!(physical["artifactLocation"]["uri"], outlier.path);
        assert_eq!(physical["region"]["startLine"], outlier.line);
        assert_eq!(physical["region"]["startColumn"], outlier.column);
        assert_eq!(
            first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            finding.claims_of(0).next().unwrap().path
        );
        assert_eq!(
            first["relatedLocations"].as_array().map(Vec::len),
            Some(finding.camps.len() - 1),
            "one related location per other version"
        );
        let agreement = results.iter().find(|r| r["kind"] == "pass").unwrap();
        assert_eq!(agreement["level"], "none");
    }

    #[test]
    fn awkward_paths_and_text_stay_valid() {
        let report = samples::awkward();
        let log = parse(&report);
        assert_valid(&validator(), &log);
        let results = &log["runs"][0]["results"];
        assert_eq!(
            results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "news/c%3Ad%25.md"
        );
        assert_eq!(
            results[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "news/a%2C%20b.txt"
        );
        assert_eq!(
            results[0]["message"]["text"],
            report.findings[0].explanation
        );
        assert_eq!(results[1]["level"], "warning");
        assert_eq!(results[1]["ruleId"], "CC001");
        assert_eq!(results[2]["ruleId"], "CC002");
        assert_eq!(results[2]["ruleIndex"], 1);
        let notifications = &log["runs"][0]["invocations"][0]["toolExecutionNotifications"];
        assert_eq!(notifications[0]["message"]["text"], "empty file, skipped");
    }

    #[test]
    fn the_tool_and_its_rules_are_named() {
        let log = parse(&samples::awkward());
        let driver = &log["runs"][0]["tool"]["driver"];
        assert_eq!(driver["name"], "crosscheck");
        assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
        let ids: Vec<&str> = driver["rules"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|r| r["id"].as_str())
            .collect();
        assert_eq!(ids, ["CC001", "CC002", "CC003", "CC004"]);
    }

    #[test]
    fn a_region_spans_the_claim_text() {
        let mut claim = samples::claim("wire", "a.txt", 4, "$2.8bn", "It paid $2.8bn.");
        let region = |claim: &ClaimReport| {
            serde_json::to_value(location(claim)).unwrap()["physicalLocation"]["region"].clone()
        };
        assert_eq!(region(&claim)["endLine"], 4);
        assert_eq!(region(&claim)["endColumn"], 5 + 6);
        claim.text = "£2.8\nbillion".to_string();
        assert_eq!(region(&claim)["endLine"], 5);
        assert_eq!(region(&claim)["endColumn"], 8);
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("fixtures/a-b_c.txt"), "fixtures/a-b_c.txt");
        assert_eq!(uri("/abs/dir/x.md"), "/abs/dir/x.md");
        assert_eq!(uri("café 1.txt"), "caf%C3%A9%201.txt");
        assert_eq!(uri("C:x#y?.txt"), "C%3Ax%23y%3F.txt");
    }

    /// The validator must be able to say no, or the tests above prove nothing.
    #[test]
    fn the_schema_refuses_broken_logs() {
        let validator = validator();
        let good = parse(&samples::awkward());
        assert_valid(&validator, &good);
        type Breakage = (&'static str, fn(&mut Value));
        let breakages: [Breakage; 5] = [
            ("wrong version", |log| log["version"] = json!("2.0.0")),
            ("unknown level", |log| {
                log["runs"][0]["results"][0]["level"] = json!("fatal")
            }),
            ("result without a message", |log| {
                if let Some(result) = log["runs"][0]["results"][0].as_object_mut() {
                    result.remove("message");
                }
            }),
            ("line zero", |log| {
                log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
                    ["startLine"] = json!(0)
            }),
            ("uri with a space", |log| {
                log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
                    ["artifactLocation"]["uri"] = json!("a b.txt")
            }),
        ];
        for (what, breakage) in breakages {
            let mut broken = good.clone();
            breakage(&mut broken);
            assert!(!validator.is_valid(&broken), "accepted a log with {what}");
        }
    }
}

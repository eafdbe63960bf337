//! JSONL corpora: one document per line, as scrapers and archives export them:
//! `{"id": ..., "text": ..., "published": ..., "title": ..., "outlet": ..., "url": ...}`.
//!
//! The file is read line by line through one reused buffer, so a corpus of
//! any size is never held whole as raw bytes. A line that cannot be used (bad
//! JSON, no `id` or `text`, an id seen before) is a warning that names its line,
//! and the rest of the file is still read. Fields other than these are ignored:
//! exports carry many (language, section, author) that say nothing to a check.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::Deserialize;

use super::{parse_published, Anchor, Document, Metadata};
use crate::warning::Warning;

/// One line of a corpus, as written.
#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    published: Option<String>,
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
}

/// Whether `path` names a JSONL corpus.
pub(super) fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

/// Reads every usable line of `path` as a document; what cannot be used is
/// added to `warnings` with its line number.
pub(super) fn read(path: &Path, warnings: &mut Vec<Warning>) -> Vec<Document> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(err) => {
            warnings.push(Warning::new(path, format!("cannot read: {err}")));
            return Vec::new();
        }
    };
    let mut reader = BufReader::new(file);
    let mut documents = Vec::new();
    let mut ids: HashSet<String> = HashSet::new();
    let mut buffer = Vec::new();
    let mut line = 0usize;
    loop {
        buffer.clear();
        match reader.read_until(b'\n', &mut buffer) {
            Ok(0) => break,
            Ok(_) => {}
            Err(err) => {
                warnings.push(Warning::new(
                    path,
                    format!("line {}: cannot read further: {err}", line + 1),
                ));
                break;
            }
        }
        line += 1;
        let text = String::from_utf8_lossy(&buffer);
        if let Some(document) = read_line(path, line, &text, Some(&mut ids), warnings) {
            documents.push(document);
        }
    }
    if documents.is_empty() && line > 0 {
        warnings.push(Warning::new(path, "no usable documents in the file"));
    }
    documents
}

/// One line of the corpus at `path` (line `line`, 1-based) as a document,
/// or a warning naming the line. `ids`, when the whole file is read, are
/// the ids seen on earlier lines: a line reusing one is skipped. An engine
/// that splits a corpus across machines reads lines apart, without them.
pub(crate) fn read_line(
    path: &Path,
    line: usize,
    text: &str,
    ids: Option<&mut HashSet<String>>,
    warnings: &mut Vec<Warning>,
) -> Option<Document> {
    let mut warn = |message: String| {
        warnings.push(Warning::new(path, format!("line {line}: {message}")));
    };
    let record = text.trim();
    if record.is_empty() {
        return None;
    }
    let record: Record = match serde_json::from_str(record) {
        Ok(record) => record,
        Err(err) => {
            warn(format!("not a JSON object: {err}; line skipped"));
            return None;
        }
    };
    let id = match record.id {
        Some(serde_json::Value::String(id)) if !id.trim().is_empty() => id,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => {
            warn("no `id` (a non-empty string or a number); line skipped".into());
            return None;
        }
    };
    let Some(body) = record.text.filter(|t| !t.trim().is_empty()) else {
        warn(format!("document `{id}` has no `text`; line skipped"));
        return None;
    };
    if let Some(ids) = ids {
        if !ids.insert(id.clone()) {
            warn(format!(
                "id `{id}` was already used earlier in the file; line skipped"
            ));
            return None;
        }
    }
    let published = match record.published.as_deref().map(parse_published) {
        Some(Ok(date)) => Some(date),
        Some(Err(message)) => {
            warn(format!("document `{id}`: {message}; read without a date"));
            None
        }
        None => None,
    };
    // Every line of the record's text is cited at the record's line of
    // the corpus file, where SARIF viewers and annotations can open it: one
    // anchor stands for them all.
    let origin = vec![Anchor { line, column: 1 }];
    Some(Document {
        id,
        path: path.to_path_buf(),
        text: body,
        body_start: 0,
        meta: Metadata {
            title: record.title,
            outlet: record.outlet,
            url: record.url,
            published,
        },
        origin,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_lines_become_documents_and_bad_lines_warnings() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("corpus.jsonl");
        std::fs::write(
            &path,
            concat!(
                r#"{"id": "a", "text": "Floods hit the town.", "published": "2025-03-04", "outlet": "Wire"}"#,
                "\n",
                "not json\n",
                "\n",
                r#"{"id": "b", "published": "2025-03-04"}"#,
                "\n",
                r#"{"id": "a", "text": "Again."}"#,
                "\n",
                r#"{"id": 7, "text": "Seven.", "published": "March", "lang": "en"}"#,
                "\n",
            ),
        )
        .expect("write");
        let mut warnings = Vec::new();
        let docs = read(&path, &mut warnings);
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "7"]);
        assert_eq!(docs[0].meta.outlet.as_deref(), Some("Wire"));
        assert!(docs[0].meta.published.is_some());
        assert!(docs[1].meta.published.is_none());
        // Cited as the corpus file, at the record's line.
        assert!(docs[1].path.ends_with("corpus.jsonl"));
        assert_eq!(docs[1].origin[0], Anchor { line: 6, column: 1 });
        let lines: Vec<&str> = warnings
            .iter()
            .map(|w| w.message.split(':').next().unwrap_or_default())
            .collect();
        assert_eq!(lines, ["line 2", "line 4", "line 5", "line 6"]);
    }
}

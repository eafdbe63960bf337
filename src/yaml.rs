//! One place where YAML is read, so every rule, manifest and fact file reports
//! mistakes the same way: the file, the line, the column and what was expected.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

/// A YAML file that could not be read into the shape the tool expects.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}:{line}:{column}: {message}", path.display())]
pub struct YamlError {
    /// The file that holds the mistake.
    pub path: PathBuf,
    /// 1-based line of the mistake (0 when the parser could not tell).
    pub line: u64,
    /// 1-based column of the mistake (0 when the parser could not tell).
    pub column: u64,
    /// What was wrong and what was expected.
    pub message: String,
}

impl YamlError {
    /// A mistake found after parsing (a bad date, an unknown entity) at a known spot.
    pub fn at(path: &Path, location: serde_saphyr::Location, message: impl Into<String>) -> Self {
        YamlError {
            path: path.to_path_buf(),
            line: location.line(),
            column: location.column(),
            message: message.into(),
        }
    }
}

/// Parses `text` (read from `path`) with serde-saphyr's default budgets, which
/// bound nesting depth, alias expansion and document size.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, YamlError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_saphyr::from_str(text).map_err(|err| {
        let (line, column) = err
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((0, 0));
        YamlError {
            path: path.to_path_buf(),
            line,
            column,
            message: first_line_of_message(&err.to_string()),
        }
    })
}

/// serde-saphyr renders a multi-line message with a source snippet; the first
/// line carries the reason, and the position is reported separately (and
/// shifted, for front matter), so the parser's own position is dropped.
fn first_line_of_message(rendered: &str) -> String {
    let first = rendered.lines().next().unwrap_or(rendered).trim();
    without_position(first).to_string()
}

/// Strips a leading `error: line N column M: ` that serde-saphyr puts in its
/// messages.
fn without_position(message: &str) -> &str {
    let rest = message.strip_prefix("error: ").unwrap_or(message);
    let Some(after_line) = rest.strip_prefix("line ") else {
        return message;
    };
    let is_number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match after_line.split_once(": ") {
        Some((position, reason))
            if position
                .split_once(" column ")
                .is_some_and(|(l, c)| is_number(l) && is_number(c)) =>
        {
            reason
        }
        _ => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        #[allow(dead_code)]
        name: String,
    }

    #[test]
    fn unknown_key_names_line_and_column() {
        let err = parse::<Sample>(Path::new("x.yaml"), "name: a\nnmae: b\n").unwrap_err();
        assert_eq!(err.line, 2, "{err}");
        assert!(err.message.contains("nmae"), "{err}");
    }

    #[test]
    fn without_position_strips_only_a_position_prefix() {
        assert_eq!(
            without_position("error: line 2 column 1: unknown field `x`"),
            "unknown field `x`"
        );
        assert_eq!(without_position("unknown field `x`"), "unknown field `x`");
        assert_eq!(
            without_position("line of sight: blocked"),
            "line of sight: blocked"
        );
    }

    #[test]
    fn type_error_names_position() {
        let err = parse::<Sample>(Path::new("x.yaml"), "name: [1, 2]\n").unwrap_err();
        assert_eq!(err.line, 1, "{err}");
        assert!(err.to_string().starts_with("x.yaml:1:"), "{err}");
    }
}

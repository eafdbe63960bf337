//! The JSON printer: the stable report programs and CI read.

use serde::Serialize;

/// Any report as pretty-printed JSON with a final newline.
pub fn render<T: Serialize + ?Sized>(report: &T) -> String {
    let mut text = serde_json::to_string_pretty(report).unwrap_or_else(|e| {
        // Serialising plain structs of strings and numbers cannot fail; keep
        // the output valid JSON if it ever does.
        format!("{{\"version\": 1, \"error\": {:?}}}", e.to_string())
    });
    text.push('\n');
    text
}

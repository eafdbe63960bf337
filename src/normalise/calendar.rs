//! Calendar words, in one place: weekdays and months as news writes them
//! ("Sept.", "Friday's"), so every stage reads them alike.

use crate::normalise::tokens::Token;

/// Weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const ABBREVIATED: [&str; 12] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

fn bare(token: &Token) -> &str {
    token.norm.strip_suffix("'s").unwrap_or(&token.norm)
}

/// The month a token names ("Sept" → "september", "August's" → "august").
/// "may" and "march" count only when capitalised, abbreviations likewise.
pub fn month_of(token: &Token) -> Option<&'static str> {
    let word = bare(token);
    if let Some(month) = MONTHS.iter().find(|m| **m == word) {
        let ambiguous = matches!(word, "may" | "march");
        return (!ambiguous || token.capitalised).then_some(*month);
    }
    if !token.capitalised || !ABBREVIATED.contains(&word) {
        return None;
    }
    MONTHS.iter().find(|m| m.starts_with(word)).copied()
}

/// The weekday a token names ("Friday's" → "friday").
pub fn weekday_of(token: &Token) -> Option<&'static str> {
    let word = bare(token);
    WEEKDAYS.iter().find(|d| **d == word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::tokens::tokenize;

    fn month(text: &str) -> Option<&'static str> {
        month_of(&tokenize(text)[0])
    }

    #[test]
    fn months_as_written() {
        assert_eq!(month("August"), Some("august"));
        assert_eq!(month("Sept"), Some("september"));
        assert_eq!(month("May"), Some("may"));
        assert_eq!(month("may"), None, "the verb");
        assert_eq!(month("march"), None, "the noun");
        assert_eq!(month("dec"), None);
        assert_eq!(weekday_of(&tokenize("Friday's")[0]), Some("friday"));
    }
}

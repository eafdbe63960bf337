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

pub(crate) const ABBREVIATED: [&str; 12] = [
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

/// The month a word names whatever its case ("march", "sept", "August"):
/// for the readers of dates, where a day or a year beside it shows that
/// "may" or "march" is the month and not the verb.
pub fn month_word(token: &Token) -> Option<&'static str> {
    let word = bare(token);
    if let Some(month) = MONTHS.iter().find(|m| **m == word) {
        return Some(month);
    }
    if !ABBREVIATED.contains(&word) {
        return None;
    }
    MONTHS.iter().find(|m| m.starts_with(word)).copied()
}

/// Ordinal words, "first" (1) to "twentieth" (20); "thirtieth" is 30, and
/// the compounds between ("twenty-first") are read by the date reader.
pub(crate) const ORDINALS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// The value of an ordinal word ("third" → 3, "thirtieth" → 30).
pub fn ordinal_value(word: &str) -> Option<u8> {
    if word == "thirtieth" {
        return Some(30);
    }
    ORDINALS
        .iter()
        .position(|o| *o == word)
        .map(|p| p as u8 + 1)
}

/// The weekday a token names ("Friday's" → "friday").
pub fn weekday_of(token: &Token) -> Option<&'static str> {
    let word = bare(token);
    // Asked of nearly every token: most end in no "day" and are ruled out.
    if !word.ends_with("day") {
        return None;
    }
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
        assert_eq!(month_word(&tokenize("march")[0]), Some("march"));
        assert_eq!(month_word(&tokenize("sept")[0]), Some("september"));
        assert_eq!(month_word(&tokenize("marching")[0]), None);
    }

    #[test]
    fn ordinal_words() {
        assert_eq!(ordinal_value("first"), Some(1));
        assert_eq!(ordinal_value("twelfth"), Some(12));
        assert_eq!(ordinal_value("thirtieth"), Some(30));
        assert_eq!(ordinal_value("firsts"), None);
    }
}

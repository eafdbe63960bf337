//! Tokens with byte spans into the original sentence: matching runs on the
//! folded form, citing and display use the original text.

use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

/// A fixed list of folded words that is asked about for nearly every token:
/// looked up in a hash set built on first use, not searched.
pub struct WordSet {
    words: &'static [&'static str],
    lookup: OnceLock<Words>,
}

impl WordSet {
    /// A set of these words.
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            lookup: OnceLock::new(),
        }
    }

    /// Whether `word` is one of them.
    pub fn contains(&self, word: &str) -> bool {
        self.lookup
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// Words in a hash set, with the length and first letter of each noted
/// apart: most words asked about share neither with any word of the set
/// and are ruled out without hashing them.
pub struct Words {
    set: FxHashSet<&'static str>,
    /// By length (longer ones together in the last), a bit for each first
    /// letter that some word of that length has.
    shapes: [u32; 16],
}

impl Words {
    /// Whether `word` is one of them.
    pub fn contains(&self, word: &str) -> bool {
        let (length, letter) = shape(word);
        self.shapes[length] & letter != 0 && self.set.contains(word)
    }
}

impl FromIterator<&'static str> for Words {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> Self {
        let set: FxHashSet<&'static str> = words.into_iter().collect();
        let mut shapes = [0; 16];
        for word in &set {
            let (length, letter) = shape(word);
            shapes[length] |= letter;
        }
        Words { set, shapes }
    }
}

/// A word's length (up to 15) and a bit for its first letter: one of 26
/// for "a" to "z", one for any other first byte, one for the empty word.
fn shape(word: &str) -> (usize, u32) {
    let letter = match word.as_bytes().first() {
        Some(&b) if b.is_ascii_lowercase() => 1 << (b - b'a'),
        Some(_) => 1 << 26,
        None => 1 << 27,
    };
    (word.len().min(15), letter)
}

/// What a token is, as far as the claim extractors care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner apostrophes and dotted abbreviations ("U.S.").
    Word,
    /// Digits with thousands separators and a decimal part ("1,200.5").
    Number,
    /// Currency and percent signs.
    Symbol,
    /// Anything else that is not white space.
    Punct,
}

/// One token of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte offset of the first byte, relative to the tokenized text.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Kind of token.
    pub kind: TokenKind,
    /// Folded form: NFKC, lower case, curly quotes straightened, dots dropped
    /// from abbreviations ("U.S." → "us"), separators dropped from numbers.
    pub norm: String,
    /// True when no white space separates this token from the previous one
    /// ("40-minute": the "-" and "minute" are glued).
    pub glued: bool,
    /// True when the original starts with an upper-case letter.
    pub capitalised: bool,
    /// True when the original has two or more letters, all upper case ("US", "NATO").
    pub all_caps: bool,
}

/// Splits `text` into tokens. Never panics; spans always lie on char boundaries.
pub fn tokenize(text: &str) -> Vec<Token> {
    // ASCII, as most sentences are: each byte is a char at its own offset,
    // read in place rather than decoded into a list first.
    if text.is_ascii() {
        return tokens_of(text, &Ascii(text.as_bytes()));
    }
    // Sized up front: `char_indices` promises only a quarter of the bytes,
    // and growing these two vectors was a tenth of tokenizing.
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
    chars.extend(text.char_indices());
    tokens_of(text, chars.as_slice())
}

/// A text's chars by index, each with its byte offset.
trait Chars {
    /// The char at index `k` and its offset.
    fn at(&self, k: usize) -> Option<(usize, char)>;
}

impl Chars for [(usize, char)] {
    fn at(&self, k: usize) -> Option<(usize, char)> {
        self.get(k).copied()
    }
}

/// ASCII text: a byte is a char, and its index is its offset.
struct Ascii<'a>(&'a [u8]);

impl Chars for Ascii<'_> {
    fn at(&self, k: usize) -> Option<(usize, char)> {
        self.0.get(k).map(|&b| (k, char::from(b)))
    }
}

fn tokens_of<C: Chars + ?Sized>(text: &str, chars: &C) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    let mut last_end: Option<usize> = None;
    while let Some((start, c)) = chars.at(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        // ".77": a decimal written without its leading zero, where the dot
        // does not end a word or number.
        let bare_decimal = c == '.'
            && chars.at(i + 1).is_some_and(|(_, d)| d.is_ascii_digit())
            && (i == 0 || !chars.at(i - 1).is_some_and(|(_, p)| p.is_alphanumeric()));
        let (kind, next) = if c.is_ascii_digit() || bare_decimal {
            (TokenKind::Number, scan_number(chars, i))
        } else if c.is_alphabetic() {
            (TokenKind::Word, scan_word(chars, i))
        } else if is_currency_or_percent_sign(c) {
            (TokenKind::Symbol, i + 1)
        } else {
            (TokenKind::Punct, i + 1)
        };
        let end = chars.at(next).map_or(text.len(), |(b, _)| b);
        let original = &text[start..end];
        tokens.push(Token {
            start,
            end,
            kind,
            norm: fold_token(original, kind),
            glued: last_end == Some(start),
            capitalised: original.chars().next().is_some_and(char::is_uppercase),
            // The cheap test first: most words have a lower-case letter.
            all_caps: !original.chars().any(char::is_lowercase)
                && original.chars().filter(|c| c.is_alphabetic()).count() >= 2,
        });
        last_end = Some(end);
        i = next;
    }
    tokens
}

/// Signs that make a number money or a share.
fn is_currency_or_percent_sign(c: char) -> bool {
    // The Unicode Currency Symbols block (€, ₹, ₴, ₽...) and the older
    // signs outside it.
    matches!(
        c,
        '%' | '$' | '¢' | '£' | '¤' | '¥' | '\u{20A0}'..='\u{20CF}'
    )
}

fn scan_number<C: Chars + ?Sized>(chars: &C, mut i: usize) -> usize {
    let digit_at = |k: usize| chars.at(k).is_some_and(|(_, c)| c.is_ascii_digit());
    while digit_at(i) {
        i += 1;
    }
    loop {
        let sep = chars.at(i).map(|(_, c)| c);
        match sep {
            // Thousands separator: exactly three digits follow.
            Some(',') if (1..=3).all(|k| digit_at(i + k)) && !digit_at(i + 4) => i += 4,
            Some('.') if digit_at(i + 1) => {
                i += 1;
                while digit_at(i) {
                    i += 1;
                }
                return i;
            }
            _ => return i,
        }
    }
}

fn scan_word<C: Chars + ?Sized>(chars: &C, mut i: usize) -> usize {
    let letter_at = |k: usize| chars.at(k).is_some_and(|(_, c)| c.is_alphabetic());
    let start = i;
    while letter_at(i) {
        i += 1;
        // Inner apostrophe: "don't", "Trump's".
        if matches!(chars.at(i).map(|(_, c)| c), Some('\'' | '’')) && letter_at(i + 1) {
            i += 1;
        }
    }
    // One letter and digits are one word ("Q2", "G7", "F16"); longer
    // letters then digits are two tokens, glued ("USD3.14", "Rs20").
    if i == start + 1 {
        while chars
            .at(i)
            .is_some_and(|(_, c)| c.is_ascii_digit() || c.is_alphabetic())
        {
            i += 1;
        }
        if i > start + 1 {
            return i;
        }
    }
    // Dotted abbreviation of single letters: "U.S.", "a.m.", "D.C.".
    if i == start + 1 && chars.at(i).is_some_and(|(_, c)| c == '.') && letter_at(i + 1) {
        let mut k = i;
        while chars.at(k).is_some_and(|(_, c)| c == '.') && letter_at(k + 1) && !letter_at(k + 2) {
            k += 2;
        }
        if k > i {
            // Swallow the final dot too when present.
            if chars.at(k).is_some_and(|(_, c)| c == '.') {
                k += 1;
            }
            return k;
        }
    }
    i
}

/// Folds text for matching: compatibility forms and accents removed
/// ("José" → "jose"), lower case, curly quotes and dashes straightened.
pub fn fold(text: &str) -> String {
    // Most text is ASCII, where folding is lower-casing (and the backtick).
    // Lower-casing in place, not char by char: this runs on every token.
    if text.is_ascii() {
        let mut folded = text.to_ascii_lowercase();
        if folded.contains('`') {
            folded = folded.replace('`', "'");
        }
        return folded;
    }
    text.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '‘' | '’' | '`' | '´' => '\'',
            '“' | '”' | '„' => '"',
            '–' | '—' | '‑' | '‐' | '−' => '-',
            other => other,
        })
        .collect()
}

fn fold_token(original: &str, kind: TokenKind) -> String {
    // ASCII, as most tokens are: folded and cleaned in one pass into one
    // string, not folded and then copied again without separators.
    if original.is_ascii() {
        let mut folded = String::with_capacity(original.len());
        for b in original.bytes() {
            match (b, kind) {
                (b',', TokenKind::Number) | (b'.', TokenKind::Word) => {}
                (b'`', _) => folded.push('\''),
                _ => folded.push(char::from(b.to_ascii_lowercase())),
            }
        }
        if kind == TokenKind::Number && folded.starts_with('.') {
            folded.insert(0, '0');
        }
        return folded;
    }
    let folded = fold(original);
    match kind {
        TokenKind::Number => {
            let digits: String = if folded.contains(',') {
                folded.chars().filter(|&c| c != ',').collect()
            } else {
                folded
            };
            if digits.starts_with('.') {
                format!("0{digits}")
            } else {
                digits
            }
        }
        TokenKind::Word if folded.contains('.') => folded.chars().filter(|&c| c != '.').collect(),
        _ => folded,
    }
}

/// The singular of a plural noun, rule-free, so "homes"/"home" and
/// "casualties"/"casualty" meet; also drops a possessive. Used for names of
/// counted things, which reports show.
pub fn singular(word: &str) -> String {
    singular_of(word).into_owned()
}

/// [`singular`], borrowed from `word` wherever it is a prefix of it (all
/// but "-ies"): it is made for nearly every token.
pub fn singular_of(word: &str) -> Cow<'_, str> {
    let w = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix('\''))
        .unwrap_or(word);
    // Three chars at most: looks at four, not the whole word.
    if w.chars().nth(3).is_none() {
        return Cow::Borrowed(w);
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return Cow::Owned(format!("{stem}y"));
    }
    for suffix in ["sses", "shes", "ches", "xes"] {
        if w.ends_with(suffix) {
            return Cow::Borrowed(&w[..w.len() - 2]);
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return Cow::Borrowed(&w[..w.len() - 1]);
    }
    Cow::Borrowed(w)
}

/// Whether token `k` is a hyphen joining the words of a compound ("a
/// four-hour walkout"), glued to both: no clause break.
pub fn compound_hyphen(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.norm == "-" && t.glued)
        && tokens.get(k + 1).is_some_and(|n| n.glued)
}

/// Where the run of capitalised words ending at `end` starts: a name
/// written before what it places or qualifies. `None` where `end` is no
/// capitalised word.
pub fn name_start(tokens: &[Token], end: usize) -> Option<usize> {
    let word = |j: usize| tokens[j].capitalised && tokens[j].kind == TokenKind::Word;
    if !tokens.get(end).is_some_and(|_| word(end)) {
        return None;
    }
    (0..=end).rev().take_while(|&j| word(j)).last()
}

/// Where the possessive word at `k` ends: after "airport's", or after the
/// apostrophe of a plural one ("Brackwell Tankers'"). `None` for any other
/// word, or past the end.
pub fn possessive_end(tokens: &[Token], k: usize) -> Option<usize> {
    let t = tokens.get(k)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    if t.norm.ends_with("'s") && t.norm.len() > 2 {
        return Some(k + 1);
    }
    let apostrophe = tokens
        .get(k + 1)
        .is_some_and(|a| a.norm == "'" && a.glued && t.norm.ends_with('s'));
    apostrophe.then_some(k + 2)
}

/// Whether the unit word at `k` closes an age ("45-year-old",
/// "six-month-old"): "-old" follows it.
pub fn closes_an_age(tokens: &[Token], k: usize) -> bool {
    tokens.get(k + 1).is_some_and(|n| n.norm == "-")
        && tokens.get(k + 2).is_some_and(|n| n.norm == "old")
}

/// Whether token `k` is a lower-case word that opens a hyphenated compound
/// ("off-patent drugs", "a drinking-water inspector"): the compound, not
/// its first word, qualifies what follows.
pub fn opens_compound(tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
        && compound_hyphen(tokens, k + 1)
        && tokens.get(k + 2).is_some_and(|t| t.kind == TokenKind::Word)
}

/// A light stem for matching words, never shown: the singular, then "-ing",
/// "-ed" and a final "e" dropped, so "offering"/"offer", "evacuated"/
/// "evacuate" and "closed"/"close" meet.
pub fn stem(word: &str) -> String {
    stem_of(word).into_owned()
}

/// [`stem`], borrowed from `word` wherever it is a prefix of it.
pub fn stem_of(word: &str) -> Cow<'_, str> {
    match singular_of(word) {
        Cow::Borrowed(w) => Cow::Borrowed(&w[..stem_len(w)]),
        Cow::Owned(mut w) => {
            w.truncate(stem_len(&w));
            Cow::Owned(w)
        }
    }
}

/// How much of the singular `w` its stem keeps.
fn stem_len(w: &str) -> usize {
    let mut w = w;
    for suffix in ["ing", "ed"] {
        if w.len() >= suffix.len() + 4 && w.ends_with(suffix) {
            w = &w[..w.len() - suffix.len()];
            // "stopped" → "stopp" → "stop"
            let bytes = w.as_bytes();
            let n = bytes.len();
            if n >= 2
                && bytes[n - 1] == bytes[n - 2]
                && !matches!(bytes[n - 1], b'l' | b's' | b'z' | b'e')
            {
                w = &w[..n - 1];
            }
            break;
        }
    }
    if w.len() > 4 && w.ends_with('e') {
        w = &w[..w.len() - 1];
    }
    w.len()
}

/// A quote folded for comparison: lower case, letters, digits and
/// apostrophes, single spaces. Quotes in documents and in the rules'
/// generic-quote list are folded alike.
pub fn normalise_quote(quote: &str) -> String {
    let folded: String = fold(quote)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '\'' {
                c
            } else {
                ' '
            }
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn numbers_keep_separators_and_decimals() {
        assert_eq!(
            norms("1,200 and 3.5 or 2,50"),
            ["1200", "and", "3.5", "or", "2", ",", "50"]
        );
    }

    #[test]
    fn money_and_glued_scales() {
        let t = tokenize("$1.5bn deal");
        assert_eq!(
            t.iter().map(|t| t.norm.as_str()).collect::<Vec<_>>(),
            ["$", "1.5", "bn", "deal"]
        );
        assert!(t[1].glued && t[2].glued && !t[3].glued);
    }

    #[test]
    fn abbreviations_and_apostrophes() {
        assert_eq!(norms("U.S. troops’ base"), ["us", "troops", "'", "base"]);
        assert_eq!(norms("Trump’s call"), ["trump's", "call"]);
    }

    #[test]
    fn hyphenated_words_are_split_but_glued() {
        let t = tokenize("a 40-minute call");
        assert_eq!(t[1].norm, "40");
        assert_eq!(t[2].norm, "-");
        assert!(t[3].glued);
    }

    #[test]
    fn spans_point_into_original_text() {
        let text = "Zelenskyy’s “40‑minute” call — é";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            assert!(t.start < t.end);
        }
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("homes"), "home");
        assert_eq!(singular("churches"), "church");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("putin's"), "putin");
    }

    #[test]
    fn stems_meet_across_inflections() {
        for (a, b) in [
            ("offering", "offer"),
            ("evacuated", "evacuate"),
            ("closed", "close"),
            ("killed", "killing"),
            ("stopped", "stop"),
            ("shares", "share"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_ne!(stem("sale"), stem("sell"));
    }
}

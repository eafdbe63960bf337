//! List markers at the start of a line (`- `, `• `, `1. `, `12) `, `3.) `,
//! `a. `, `• 9. `, `⁃10. `), and numbered items written one after another on
//! one line (`1. Pay 2. Hours`), so that a list copied onto a single line
//! still yields one unit per item and no marker is mistaken for a sentence.

/// Characters that may begin an unordered-list line.
const BULLETS: &[char] = &['-', '*', '+', '•', '◦', '▪', '⁃'];

/// Most digits in an ordered-list marker (`123.`); `2025.` is not a marker.
const MAX_LIST_DIGITS: usize = 3;

/// The numbered part of a list marker: `9.` in `• 9. `, `b)` in `b) `. Two
/// markers with the same bullet, letter or digit style and suffix belong to
/// the same list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Enumerator {
    bullet: Option<char>,
    /// 1 for `1.` and for `a.`.
    value: u32,
    letter: bool,
    suffix: Suffix,
}

/// The punctuation after the number or letter of an [`Enumerator`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Suffix {
    Dot,
    Paren,
    DotParen,
}

/// A list marker at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Marker {
    /// Bytes of the marker, not counting the whitespace after it.
    pub(super) len: usize,
    /// The number or letter, `None` for a bare bullet.
    pub(super) enumerator: Option<Enumerator>,
}

impl Enumerator {
    /// The marker of the item after this one (`2.` after `1.`, `b)` after `a)`).
    fn successor(self) -> Enumerator {
        Enumerator {
            value: self.value + 1,
            ..self
        }
    }

    /// The character the marker starts with; a cheap test before parsing.
    fn first_char(self) -> Option<char> {
        match (self.bullet, self.letter) {
            (Some(bullet), _) => Some(bullet),
            (None, true) => u8::try_from(self.value)
                .ok()
                .and_then(|v| v.checked_add(b'a' - 1))
                .map(char::from),
            (None, false) => self.value.to_string().chars().next(),
        }
    }
}

/// The list marker at the start of `line`: a bullet, a number of at most
/// three digits or a lowercase letter followed by `.`, `)` or `.)`, or a
/// bullet and then such a number, always followed by whitespace or the end.
pub(super) fn list_marker(line: &str) -> Option<Marker> {
    let first = line.chars().next()?;
    let bullet = BULLETS.contains(&first).then_some(first);
    let after_bullet = bullet.map_or(0, char::len_utf8);
    let rest = line.get(after_bullet..)?;
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let numbered = ordinal(rest.get(spaces..)?).map(|(len, value, letter, suffix)| Marker {
        len: after_bullet + spaces + len,
        enumerator: Some(Enumerator {
            bullet,
            value,
            letter,
            suffix,
        }),
    });
    let bare = bullet.map(|_| Marker {
        len: after_bullet,
        enumerator: None,
    });
    [numbered, bare]
        .into_iter()
        .flatten()
        .find(|m| line.get(m.len..).is_some_and(ends_marker))
}

/// Whether a marker may be followed by `rest`: nothing, or whitespace.
fn ends_marker(rest: &str) -> bool {
    rest.chars().next().is_none_or(char::is_whitespace)
}

/// `(length, value, letter, suffix)` of `1.`, `12)`, `3.)`, `a.` or `b)` at
/// the start of `s`.
fn ordinal(s: &str) -> Option<(usize, u32, bool, Suffix)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let (len, value, letter) = match s.as_bytes().first() {
        Some(_) if (1..=MAX_LIST_DIGITS).contains(&digits) => {
            (digits, s.get(..digits)?.parse().ok()?, false)
        }
        Some(&b) if b.is_ascii_lowercase() => (1, u32::from(b - b'a' + 1), true),
        _ => return None,
    };
    let tail = s.get(len..)?;
    let (extra, suffix) = if tail.starts_with(".)") {
        (2, Suffix::DotParen)
    } else if tail.starts_with('.') {
        (1, Suffix::Dot)
    } else if tail.starts_with(')') {
        (1, Suffix::Paren)
    } else {
        return None;
    };
    Some((len + extra, value, letter, suffix))
}

/// The items of a list block whose first item is numbered `first`, as byte
/// ranges of `block` (markers excluded, not trimmed): a later item starts at
/// the next number in sequence (`2.` after `1.`, `b.` after `a.`, `• 10.`
/// after `• 9.`) written after whitespace and followed by whitespace and
/// text. Only the next number counts, so `1. Pay rose 5. Hours fell` is one
/// item; a bare bullet never starts an item inside a line, as dashes and
/// asterisks are common in prose.
pub(super) fn inline_items(block: &str, first: Option<Enumerator>) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut start = 0;
    let Some(mut want) = first.map(Enumerator::successor) else {
        return vec![(0, block.len())];
    };
    let mut lead = want.first_char();
    let mut after_space = false;
    for (i, c) in block.char_indices() {
        if after_space && Some(c) == lead {
            let rest = block.get(i..).unwrap_or("");
            if let Some(marker) = list_marker(rest)
                .filter(|m| m.enumerator == Some(want))
                .filter(|m| rest.get(m.len..).is_some_and(|r| !r.trim().is_empty()))
            {
                items.push((start, i));
                start = i + marker.len;
                want = want.successor();
                lead = want.first_char();
            }
        }
        after_space = c.is_whitespace();
    }
    items.push((start, block.len()));
    items
}

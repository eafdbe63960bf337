//! Sentence segmentation: splits a document body into the units the extractor
//! reads on their own, each with a byte span into the original text so that
//! every claim can be cited as `path:line:column` (see [`LineIndex`]).
//!
//! The work happens in two passes, both linear in the length of the text.
//!
//! **Lines to blocks.** News text puts one paragraph per line, so every line is
//! a block of its own, and a sentence never crosses a line break, with one
//! exception: a Markdown soft-wrapped paragraph. A plain prose line (or list
//! item) is joined with the next line when all of these hold:
//! - it is longer than 60 characters but no longer than 120 (a typical
//!   hard-wrap width; one-paragraph-per-line news is much longer),
//! - it ends mid-sentence: with a comma or semicolon, or with a word that starts
//!   with a lowercase letter and ends with a letter (a Title Case headline ends
//!   with a capitalised word and is never joined),
//! - the next line is a plain prose line (not blank, not a list item, table row,
//!   heading or block quote) of at most 120 characters that starts with a
//!   lowercase letter. News pages stack headlines and teasers of 60–80
//!   characters line on line, and a new paragraph or headline starts with a
//!   capital, so a wrap just before a capitalised word, digit or quote is not
//!   recognised and that sentence is cut at the line break.
//!
//! Each line is classified first: blank lines and thematic breaks (`---`,
//! `* * *`, `===`) yield nothing; `# ATX headings` yield one heading unit
//! without the marker; lines starting with `- `, `* `, `+ `, `• `, `◦ `, `▪ `,
//! `⁃ `, or with 1–3 digits or a lowercase letter and `.`, `)` or `.)` (`1. `,
//! `12) `, `3.) `, `a. `), possibly after a bullet (`• 9. `, `⁃10. `), are list
//! items whose span excludes the marker (four digits, as in `2025. `, are
//! prose); a numbered item holds the next items of its list when they are
//! written on the same line (`1. Pay 2. Hours` is two items, split where the
//! next number in sequence follows whitespace); `>` block-quote markers
//! are dropped and the line is treated as a prose line that is never joined;
//! lines starting with `|` and holding at least two unescaped pipes are
//! Markdown table rows (see [`SentenceKind::TableRow`]).
//!
//! **Blocks to sentences.** Inside a block, a sentence ends after a run of `.`,
//! `!`, `?` (optionally followed by closing quotes or brackets) that is followed
//! by whitespace and then a possible sentence start: an uppercase (or caseless)
//! letter, a digit, an opening quote or bracket, or a currency sign. An
//! ellipsis (`…` or three or more dots) ends a sentence only before an
//! uppercase letter and only outside any quotation (including a double quote
//! still open at the end of the block). Spaced ellipsis points (`. . .`) mark
//! words left out inside a sentence and never end one; a fourth point is the
//! full stop (`left . . . . Next` ends after the last point, `left. . . .
//! Next` after the first, and the points open the next sentence). A single `.` does not end a
//! sentence after:
//! - titles and other abbreviations that are rarely final (`Mr.`, `Dr.`,
//!   `Gen.`, `Sen.`, `No.`, `N°.`, `p.`, `vs.`, `v.`, ...), single uppercase
//!   initials (`John F. Kennedy`) and `e.g.`/`i.e.`: never;
//! - abbreviations that often end a sentence (`U.S.`, `D.C.`, `a.m.`, `p.m.`
//!   and every other dotted token such as `Ph.D.`, months such as `Aug.`,
//!   `Inc.`, `Corp.`, `Ltd.`, `Co.`, `Jr.`, `Sr.`, `St.`, and the pronoun `I`):
//!   unless the next word is a common sentence starter (`The`, `A`, `It`, `He`,
//!   `You`, `But`, `In`, `How`, `Did`, `Mr`, ...), so `the U.S. It` splits but
//!   `the U.S. Senate` and `Aug. 18` do not; and not even then when the
//!   sentence so far is a short phrase opened by a preposition (`At 5 a.m.
//!   Mr. Smith left` is one sentence).
//!
//! `etc.` is an ordinary word: it ends a sentence before a capital.
//!
//! A double-quoted passage (straight or curly) or a single-quoted one that
//! closes later in the same block is never split, so `“We talked. It went
//! well,” she said.` stays one unit, unless that unit would exceed 1,000 bytes,
//! in which case normal splitting applies. A straight `"` opens a quotation
//! after the start of the block, whitespace or an opening bracket and before a
//! non-space; any other straight `"` closes the open one (so the inch mark in
//! `6'2"` opens nothing). A straight `'` opens a quotation only
//! after the start of the block, whitespace or an opening bracket and before a
//! letter, and closes one only after a non-space and before a non-alphanumeric
//! character, so apostrophes (`Trump's`, `'90s`) are not mistaken for quotes.
//!
//! A prose block of one line that forms a single unit with no final stop and
//! at most 150 characters is a [`SentenceKind::Heading`]. In a list item with
//! several sentences, the first is a [`SentenceKind::ListItem`] and the rest
//! are [`SentenceKind::Prose`]; each item of a one-line list starts with a
//! [`SentenceKind::ListItem`].

mod lists;
mod quotes;
mod split;

use lists::{inline_items, list_marker, Enumerator};
use split::{ends_with_stop, split_block};

/// Maps byte offsets to 1-based line and column (column counted in chars), so every claim can be cited as path:line:column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    /// Byte offset at which each line starts; the first entry is always 0.
    line_starts: Vec<usize>,
    /// `(byte offset, chars before it)` samples, at least `CHECKPOINT_STRIDE`
    /// bytes apart, so a column on a very long line costs a bounded count.
    checkpoints: Vec<(usize, usize)>,
}

/// Bytes between two character-count samples of a [`LineIndex`].
const CHECKPOINT_STRIDE: usize = 256;

impl LineIndex {
    /// Indexes `text` in one pass; pass the same text to [`LineIndex::locate`].
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        let mut checkpoints = vec![(0, 0)];
        let mut next_checkpoint = CHECKPOINT_STRIDE;
        for (chars, (byte, c)) in text.char_indices().enumerate() {
            if byte >= next_checkpoint {
                checkpoints.push((byte, chars));
                next_checkpoint = byte + CHECKPOINT_STRIDE;
            }
            if c == '\n' {
                line_starts.push(byte + 1);
            }
        }
        LineIndex {
            line_starts,
            checkpoints,
        }
    }

    /// (line, column), both 1-based; column counts Unicode scalar values from the line start.
    ///
    /// An offset past the end is clamped to the end, and one inside a
    /// multi-byte character is moved back to that character's start.
    pub fn locate(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset);
        let line = self
            .line_starts
            .partition_point(|&start| start <= offset)
            .max(1);
        let line_start = self
            .line_starts
            .get(line - 1)
            .copied()
            .unwrap_or(0)
            .min(offset);
        let column = self
            .chars_before(text, offset)
            .saturating_sub(self.chars_before(text, line_start))
            + 1;
        (line, column)
    }

    /// Number of chars in `text[..offset]`, counted from the nearest sample.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let after = self
            .checkpoints
            .partition_point(|&(byte, _)| byte <= offset);
        let (byte, chars) = after
            .checked_sub(1)
            .and_then(|i| self.checkpoints.get(i))
            .copied()
            .unwrap_or((0, 0));
        chars + text.get(byte..offset).map_or(0, |s| s.chars().count())
    }
}

/// The largest char boundary of `text` at or before `offset`.
fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// What kind of unit a [`Sentence`] is, so the extractor can treat headlines,
/// list items and table cells differently from running prose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SentenceKind {
    /// An ordinary sentence of running text.
    Prose,
    /// A line on its own with no final stop (headline, section title, caption).
    Heading,
    /// A list item: a line starting with "- ", "• ", "1. ", "a) " and the like,
    /// or a later item of a numbered list written on one line. The span
    /// excludes the marker, which is not part of the claim (and "2." is not a
    /// figure).
    ListItem,
    /// One Markdown table row (`| a | b |`). The separator line itself is
    /// never a unit; the header row is a unit of kind TableRow with header
    /// None. Its cells are boxed: most sentences are prose, and every
    /// sentence carries a kind.
    TableRow(Box<TableCells>),
}

/// The cells of a table row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCells {
    /// Byte span (into the document text) of each trimmed cell, in column order.
    pub cells: Vec<(usize, usize)>,
    /// The header row's cell texts, when the table has a header row (the row
    /// before a `|---|---|` separator line).
    pub header: Option<Vec<String>>,
}

/// One unit of text the extractor reads on its own, located in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span into the text given to `segment`, trimmed of surrounding whitespace; `&text[start..end]` is the sentence.
    pub start: usize,
    /// End of the byte span (exclusive).
    pub end: usize,
    /// Whether this is prose, a heading, a list item or a table row.
    pub kind: SentenceKind,
}

/// Splits a document body into sentences (units the extractor reads on their own).
pub fn segment(text: &str) -> Vec<Sentence> {
    let lines = scan_lines(text);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        match line.kind {
            LineKind::Skip => i += 1,
            LineKind::Heading => {
                out.push(Sentence {
                    start: line.start,
                    end: line.end,
                    kind: SentenceKind::Heading,
                });
                i += 1;
            }
            LineKind::TableRow | LineKind::TableSeparator => {
                i = emit_table(text, &lines, i, &mut out);
            }
            LineKind::Quote => {
                let block = Block::Prose {
                    may_be_heading: true,
                };
                emit_block(text, line.start, line.end, block, &mut out);
                i += 1;
            }
            LineKind::Prose | LineKind::ListItem(_) => {
                let mut last = i;
                let mut end = line.end;
                while let (Some(cur), Some(next)) = (lines.get(last), lines.get(last + 1)) {
                    if !soft_wrapped(text, cur, next) {
                        break;
                    }
                    last += 1;
                    end = next.end;
                }
                let block = match line.kind {
                    LineKind::ListItem(enumerator) => Block::List(enumerator),
                    _ => Block::Prose {
                        may_be_heading: last == i,
                    },
                };
                emit_block(text, line.start, end, block, &mut out);
                i = last + 1;
            }
        }
    }
    out
}

/// A line joins the next only if it is longer than this many chars.
const WRAP_MIN_CHARS: usize = 60;

/// Lines longer than this many chars are whole paragraphs, never soft-wrapped.
const WRAP_MAX_CHARS: usize = 120;

/// A single-unit line without a final stop is a heading up to this many chars.
const HEADING_MAX_CHARS: usize = 150;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// Blank line or thematic break: yields nothing, ends any block or table.
    Skip,
    Prose,
    /// A list item, with the number or letter of its marker if it has one.
    ListItem(Option<Enumerator>),
    /// A `>` block-quote line: prose that is never joined with its neighbours.
    Quote,
    /// An ATX (`#`) heading.
    Heading,
    TableRow,
    TableSeparator,
}

/// One line of the document after classification.
#[derive(Debug, Clone, Copy)]
struct Line {
    kind: LineKind,
    /// Byte span of the content: trimmed, markers excluded.
    start: usize,
    end: usize,
    /// Chars in the content, counted up to `WRAP_MAX_CHARS + 1`.
    chars: usize,
}

/// Splits `text` at `\n` (a `\r` before it is trimmed as whitespace) and
/// classifies every line.
fn scan_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    for raw in text.split('\n') {
        let trimmed = raw.trim();
        let base = line_start + (raw.len() - raw.trim_start().len());
        let (kind, a, b) = classify(trimmed);
        let chars = trimmed
            .get(a..b)
            .map_or(0, |c| c.chars().take(WRAP_MAX_CHARS + 1).count());
        lines.push(Line {
            kind,
            start: base + a,
            end: base + b,
            chars,
        });
        line_start += raw.len() + 1;
    }
    lines
}

/// Kind of a trimmed line and the byte range of its content within it.
fn classify(line: &str) -> (LineKind, usize, usize) {
    if line.is_empty() || is_thematic_break(line) {
        return (LineKind::Skip, 0, 0);
    }
    if line.starts_with('|') {
        if is_table_separator(line) {
            return (LineKind::TableSeparator, 0, line.len());
        }
        if unescaped_pipes(line).len() >= 2 {
            return (LineKind::TableRow, 0, line.len());
        }
    }
    if let Some(marker) = atx_marker_len(line) {
        let (a, b) = trimmed_range(line, marker, line.len());
        let title = line.get(a..b).unwrap_or("");
        let without_closing = title.trim_end_matches('#');
        let b = if without_closing.is_empty() {
            a
        } else if without_closing.ends_with(char::is_whitespace) {
            a + without_closing.trim_end().len()
        } else {
            b
        };
        return with_content(LineKind::Heading, a, b);
    }
    if let Some(marker) = list_marker(line) {
        let (a, b) = trimmed_range(line, marker.len, line.len());
        return with_content(LineKind::ListItem(marker.enumerator), a, b);
    }
    if line.starts_with('>') {
        let body = line.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
        return with_content(LineKind::Quote, line.len() - body.len(), line.len());
    }
    (LineKind::Prose, 0, line.len())
}

/// `(kind, a, b)`, or a skipped line when the content is empty.
fn with_content(kind: LineKind, a: usize, b: usize) -> (LineKind, usize, usize) {
    if a < b {
        (kind, a, b)
    } else {
        (LineKind::Skip, 0, 0)
    }
}

/// The whitespace-trimmed part of `s[from..to]`, as a byte range of `s`.
fn trimmed_range(s: &str, from: usize, to: usize) -> (usize, usize) {
    let part = s.get(from..to).unwrap_or("");
    let start = from + (part.len() - part.trim_start().len());
    (start, start + part.trim().len())
}

/// `---`, `***`, `___`, `===` (three or more, spaces allowed between).
fn is_thematic_break(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    let mut count = 1;
    for c in marks {
        if c != first {
            return false;
        }
        count += 1;
    }
    matches!(first, '-' | '*' | '_' | '=') && count >= 3
}

/// `|---|:--:|`: starts with a pipe, holds a dash, only pipes, dashes, colons.
fn is_table_separator(line: &str) -> bool {
    line.starts_with('|')
        && line.contains('-')
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':') || c.is_whitespace())
}

/// Byte positions of the `|` in `row` that are not escaped as `\|`.
fn unescaped_pipes(row: &str) -> Vec<usize> {
    let mut pipes = Vec::new();
    let mut prev = 0u8;
    for (i, b) in row.bytes().enumerate() {
        if b == b'|' && prev != b'\\' {
            pipes.push(i);
        }
        prev = b;
    }
    pipes
}

/// Length of a `#`..`######` marker followed by whitespace or the line end.
fn atx_marker_len(line: &str) -> Option<usize> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    match line.get(hashes..)?.chars().next() {
        None => Some(hashes),
        Some(c) if c.is_whitespace() => Some(hashes),
        Some(_) => None,
    }
}

/// Whether `cur` is a hard-wrapped line that continues on `next` (see the
/// module documentation for the rule).
fn soft_wrapped(text: &str, cur: &Line, next: &Line) -> bool {
    matches!(cur.kind, LineKind::Prose | LineKind::ListItem(_))
        && next.kind == LineKind::Prose
        && cur.chars > WRAP_MIN_CHARS
        && cur.chars <= WRAP_MAX_CHARS
        && next.chars <= WRAP_MAX_CHARS
        && text
            .get(next.start..next.end)
            .and_then(|n| n.chars().next())
            .is_some_and(char::is_lowercase)
        && text.get(cur.start..cur.end).is_some_and(ends_mid_sentence)
}

/// Ends with `,`/`;`, or with a word that starts lowercase and ends in a letter.
fn ends_mid_sentence(line: &str) -> bool {
    let Some(last) = line.chars().next_back() else {
        return false;
    };
    if matches!(last, ',' | ';') {
        return true;
    }
    if !last.is_alphabetic() {
        return false;
    }
    let word = line.rsplit(char::is_whitespace).next().unwrap_or(line);
    word.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_lowercase)
}

/// Emits the rows of the table starting at `lines[first]`; returns the index
/// of the first line after the table.
fn emit_table(text: &str, lines: &[Line], first: usize, out: &mut Vec<Sentence>) -> usize {
    let mut end = first;
    while lines
        .get(end)
        .is_some_and(|l| matches!(l.kind, LineKind::TableRow | LineKind::TableSeparator))
    {
        end += 1;
    }
    let group = lines.get(first..end).unwrap_or(&[]);
    let header = match group {
        [head, sep, ..]
            if head.kind == LineKind::TableRow && sep.kind == LineKind::TableSeparator =>
        {
            Some(
                table_cells(text, head)
                    .into_iter()
                    .map(|(a, b)| text.get(a..b).unwrap_or("").to_string())
                    .collect::<Vec<_>>(),
            )
        }
        _ => None,
    };
    for (n, line) in group.iter().enumerate() {
        if line.kind != LineKind::TableRow {
            continue;
        }
        out.push(Sentence {
            start: line.start,
            end: line.end,
            kind: SentenceKind::TableRow(Box::new(TableCells {
                cells: table_cells(text, line),
                header: if n >= 2 { header.clone() } else { None },
            })),
        });
    }
    end
}

/// Byte spans (into `text`) of the trimmed cells of a table row.
fn table_cells(text: &str, line: &Line) -> Vec<(usize, usize)> {
    let row = text.get(line.start..line.end).unwrap_or("");
    let pipes = unescaped_pipes(row);
    let mut cells: Vec<(usize, usize)> = pipes
        .windows(2)
        .filter_map(|pair| match pair {
            [a, b] => Some(trimmed_range(row, a + 1, *b)),
            _ => None,
        })
        .collect();
    if let Some(&last) = pipes.last() {
        if last + 1 < row.len() {
            cells.push(trimmed_range(row, last + 1, row.len()));
        }
    }
    cells
        .into_iter()
        .map(|(a, b)| (line.start + a, line.start + b))
        .collect()
}

/// What a block of lines is, which decides the kinds of its units.
#[derive(Debug, Clone, Copy)]
enum Block {
    /// Running text; a lone unit without a final stop of a one-line block may
    /// be a heading.
    Prose { may_be_heading: bool },
    /// A list item, numbered or lettered by its marker if it has one, so that
    /// later items written on the same line can be found.
    List(Option<Enumerator>),
}

/// Splits the block `text[start..end]` into sentences and pushes them: the
/// first sentence of each list item is a `ListItem`, a lone unit of a
/// one-line prose block may be a `Heading`, everything else is `Prose`.
fn emit_block(text: &str, start: usize, end: usize, block: Block, out: &mut Vec<Sentence>) {
    let Some(body) = text.get(start..end) else {
        return;
    };
    let mut push = |a: usize, b: usize, kind: SentenceKind| {
        out.push(Sentence {
            start: start + a,
            end: start + b,
            kind,
        });
    };
    match block {
        Block::Prose { may_be_heading } => {
            let spans = split_block(body);
            let heading = may_be_heading
                && spans.len() == 1
                && !ends_with_stop(body)
                && body.chars().take(HEADING_MAX_CHARS + 1).count() <= HEADING_MAX_CHARS;
            let kind = if heading {
                SentenceKind::Heading
            } else {
                SentenceKind::Prose
            };
            for (a, b) in spans {
                push(a, b, kind.clone());
            }
        }
        Block::List(first) => {
            for (from, to) in inline_items(body, first) {
                let (from, to) = trimmed_range(body, from, to);
                let item = body.get(from..to).unwrap_or("");
                for (n, (a, b)) in split_block(item).into_iter().enumerate() {
                    let kind = if n == 0 {
                        SentenceKind::ListItem
                    } else {
                        SentenceKind::Prose
                    };
                    push(from + a, from + b, kind);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;

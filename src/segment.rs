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
//! without the marker; lines starting with `- `, `* `, `+ `, `• `, `◦ `, `▪ `
//! or 1–3 digits and `.`/`)` (`1. `, `12) `) are list items whose span excludes
//! the marker (four digits, as in `2025. `, are prose); `>` block-quote markers
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
//! still open at the end of the block). A single `.` does not end a
//! sentence after:
//! - titles and other abbreviations that are rarely final (`Mr.`, `Dr.`,
//!   `Gen.`, `Sen.`, `No.`, `vs.`, `v.`, ...), single uppercase initials
//!   (`John F. Kennedy`) and `e.g.`/`i.e.`: never;
//! - abbreviations that often end a sentence (`U.S.`, `D.C.`, `a.m.`, `p.m.`
//!   and every other dotted token such as `Ph.D.`, months such as `Aug.`,
//!   `Inc.`, `Corp.`, `Ltd.`, `Co.`, `Jr.`, `Sr.`, `St.`, and the pronoun `I`):
//!   unless the next word is a common sentence starter (`The`, `A`, `It`, `He`,
//!   `But`, `In`, `After`, ...), so `the U.S. It` splits but `the U.S. Senate`
//!   and `Aug. 18` do not.
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
//! are [`SentenceKind::Prose`].

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
    /// A line starting with "- ", "* ", "• " or "1. "; the span excludes the marker.
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
                emit_block(text, line.start, line.end, false, true, &mut out);
                i += 1;
            }
            LineKind::Prose | LineKind::ListItem => {
                let mut last = i;
                let mut end = line.end;
                while let (Some(cur), Some(next)) = (lines.get(last), lines.get(last + 1)) {
                    if !soft_wrapped(text, cur, next) {
                        break;
                    }
                    last += 1;
                    end = next.end;
                }
                let list = line.kind == LineKind::ListItem;
                let single_prose_line = !list && last == i;
                emit_block(text, line.start, end, list, single_prose_line, &mut out);
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
/// A quotation is kept whole only while its unit stays within this many bytes.
const MAX_QUOTED_UNIT: usize = 1000;
/// Most digits in an ordered-list marker (`123.`); `2025.` is not a marker.
const MAX_LIST_DIGITS: usize = 3;
/// Longest word (in chars) examined as a possible sentence starter.
const MAX_STARTER_CHARS: usize = 12;

/// Characters that may begin an unordered-list line.
const BULLETS: &[char] = &['-', '*', '+', '•', '◦', '▪'];

/// Abbreviations after which a sentence never ends.
const NEVER_FINAL: &str =
    "Mr Mrs Ms Messrs Mme Mlle Dr Gen Col Lt Sgt Capt Cmdr Adm Maj Cpl Pvt Gov Sen \
     Rep Rev Prof Hon Supt Det Insp Fr Mt Ft No Nos vs v approx fig pp";

/// Dotted abbreviations after which a sentence never ends.
const NEVER_FINAL_DOTTED: &str = "e.g i.e E.g I.e";

/// Abbreviations that end a sentence only before a common sentence starter.
const MAYBE_FINAL: &str =
    "Jr Sr Inc Corp Ltd Co Bros St Ave Rd I Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct \
     Nov Dec Dept";

/// Words that typically open a sentence, used to decide whether `U.S.`,
/// `a.m.`, `Inc.` and the like end the sentence before them.
const SENTENCE_STARTERS: &str =
    "The A An It He She They We I But And This That In On At As After Before When \
     While There These Those His Her Its Their Our However Meanwhile If So Yet";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// Blank line or thematic break: yields nothing, ends any block or table.
    Skip,
    Prose,
    ListItem,
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
    if let Some(marker) = list_marker_len(line) {
        let (a, b) = trimmed_range(line, marker, line.len());
        return with_content(LineKind::ListItem, a, b);
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

/// Length of a list marker (`- `, `• `, `1. `, `12) `) at the line start.
fn list_marker_len(line: &str) -> Option<usize> {
    let first = line.chars().next()?;
    let marker = if BULLETS.contains(&first) {
        first.len_utf8()
    } else if first.is_ascii_digit() {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        if digits > MAX_LIST_DIGITS {
            return None;
        }
        match line.as_bytes().get(digits) {
            Some(b'.' | b')') => digits + 1,
            _ => return None,
        }
    } else {
        return None;
    };
    match line.get(marker..)?.chars().next() {
        None => Some(marker),
        Some(c) if c.is_whitespace() => Some(marker),
        Some(_) => None,
    }
}

/// Whether `cur` is a hard-wrapped line that continues on `next` (see the
/// module documentation for the rule).
fn soft_wrapped(text: &str, cur: &Line, next: &Line) -> bool {
    matches!(cur.kind, LineKind::Prose | LineKind::ListItem)
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

/// Splits the block `text[start..end]` into sentences and pushes them: the
/// first of a list item is a `ListItem`, a lone unit of a one-line prose block
/// may be a `Heading`, everything else is `Prose`.
fn emit_block(
    text: &str,
    start: usize,
    end: usize,
    list: bool,
    may_be_heading: bool,
    out: &mut Vec<Sentence>,
) {
    let Some(block) = text.get(start..end) else {
        return;
    };
    let spans = split_block(block);
    let heading = may_be_heading
        && spans.len() == 1
        && !ends_with_stop(block)
        && block.chars().take(HEADING_MAX_CHARS + 1).count() <= HEADING_MAX_CHARS;
    for (n, (a, b)) in spans.into_iter().enumerate() {
        let kind = if heading {
            SentenceKind::Heading
        } else if list && n == 0 {
            SentenceKind::ListItem
        } else {
            SentenceKind::Prose
        };
        out.push(Sentence {
            start: start + a,
            end: start + b,
            kind,
        });
    }
}

/// Whether `s` ends with `.`, `!`, `?` or `…`, possibly inside closing quotes.
fn ends_with_stop(s: &str) -> bool {
    s.trim_end_matches(is_closer)
        .chars()
        .next_back()
        .is_some_and(is_terminator)
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '‘' | '\'' | '(' | '[' | '{' | '«' | '‹' | '„' | '¿' | '¡'
    )
}

/// Uppercase, or a letter of a script without case.
fn is_capital(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase()
}

/// Whether a sentence may begin with `c`.
fn can_start_sentence(c: char) -> bool {
    is_capital(c) || c.is_numeric() || is_opener(c) || matches!(c, '$' | '£' | '€' | '¥')
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// First byte at or after `i` that is not whitespace (or `s.len()`).
fn skip_whitespace(s: &str, i: usize) -> usize {
    let rest = s.get(i..).unwrap_or("");
    i + (rest.len() - rest.trim_start().len())
}

/// Sentence spans (relative to `block`, which is trimmed) in one pass.
fn split_block(block: &str) -> Vec<(usize, usize)> {
    let mut quotes = find_quotes(block);
    let mut spans = Vec::new();
    let mut start = skip_whitespace(block, 0);
    let mut i = start;
    while let Some(c) = char_at(block, i) {
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        let run_start = i;
        let (mut dots, mut strong, mut ellipsis) = (0, false, false);
        let mut j = i;
        while let Some(t) = char_at(block, j).filter(|&t| is_terminator(t)) {
            match t {
                '.' => dots += 1,
                '…' => ellipsis = true,
                _ => strong = true,
            }
            j += t.len_utf8();
        }
        i = j;
        while let Some(q) = char_at(block, j).filter(|&q| is_closer(q)) {
            j += q.len_utf8();
        }
        let end = j;
        if !char_at(block, end).is_some_and(char::is_whitespace) {
            continue;
        }
        let next_start = skip_whitespace(block, end);
        let Some(next) = char_at(block, next_start) else {
            continue;
        };
        let (inside, protected) = quotes.state(end, start);
        let split = if strong {
            can_start_sentence(next) && !protected
        } else if ellipsis || dots >= 3 {
            is_capital(next) && !inside
        } else {
            can_start_sentence(next)
                && !protected
                && !abbreviation_continues(block, run_start, next_start)
        };
        if split {
            spans.push((start, end));
            start = next_start;
            i = next_start;
        }
    }
    let end = block.trim_end().len();
    if start < end {
        spans.push((start, end));
    }
    spans
}

/// Whether `word` is one of the space-separated words of `list`.
fn is_listed(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

/// Whether the word before the `.` at `dot` is an abbreviation that keeps the
/// sentence going into the word at `next`.
fn abbreviation_continues(block: &str, dot: usize, next: usize) -> bool {
    let token = token_before(block, dot);
    if token.contains('.') {
        let dotted = token
            .split('.')
            .all(|part| (1..=3).contains(&part.chars().count()));
        return dotted
            && (is_listed(NEVER_FINAL_DOTTED, token) || !starts_with_starter(block, next));
    }
    if is_listed(MAYBE_FINAL, token) {
        return !starts_with_starter(block, next);
    }
    let mut chars = token.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    initial || is_listed(NEVER_FINAL, token)
}

/// The run of letters and dots just before `dot`, leading dots dropped (empty
/// if there is none). Only stops followed by whitespace are examined, so the
/// tokens walked back over never overlap and the walks add up to linear time.
fn token_before(block: &str, dot: usize) -> &str {
    let head = block.get(..dot).unwrap_or("");
    let rest = head.trim_end_matches(|c: char| c.is_alphabetic() || c == '.');
    head.get(rest.len()..).unwrap_or("").trim_start_matches('.')
}

/// Whether the word at `at` (after any opening quotes) is a common sentence
/// starter such as "The" or "It".
fn starts_with_starter(block: &str, at: usize) -> bool {
    let rest = block.get(at..).unwrap_or("").trim_start_matches(is_opener);
    let len: usize = rest
        .chars()
        .take(MAX_STARTER_CHARS)
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    rest.get(..len)
        .is_some_and(|word| is_listed(SENTENCE_STARTERS, word))
}

/// A quotation within a block: opening quote at `open`, closing quote at
/// `close` (or, if it never closes, `close` is where it is abandoned).
#[derive(Debug, Clone, Copy)]
struct QuoteSpan {
    open: usize,
    close: usize,
    /// Byte just after the closing quote.
    close_end: usize,
    closed: bool,
}

/// Pairs quotes of one style; `keep_unclosed` also records quotations that
/// never close (they still block splitting at an ellipsis).
#[derive(Debug, Default)]
struct QuoteTracker {
    open: Option<usize>,
    spans: Vec<QuoteSpan>,
    keep_unclosed: bool,
    /// Index of the first span that may still contain later positions.
    cursor: usize,
}

impl QuoteTracker {
    fn new(keep_unclosed: bool) -> Self {
        QuoteTracker {
            keep_unclosed,
            ..QuoteTracker::default()
        }
    }

    fn open_at(&mut self, i: usize) {
        if let Some(open) = self.open.replace(i) {
            self.abandon(open, i);
        }
    }

    fn close_at(&mut self, i: usize, quote: char) {
        if let Some(open) = self.open.take() {
            self.spans.push(QuoteSpan {
                open,
                close: i,
                close_end: i + quote.len_utf8(),
                closed: true,
            });
        }
    }

    fn abandon(&mut self, open: usize, at: usize) {
        if self.keep_unclosed {
            self.spans.push(QuoteSpan {
                open,
                close: at,
                close_end: at,
                closed: false,
            });
        }
    }

    fn finish(&mut self, end: usize) {
        if let Some(open) = self.open.take() {
            self.abandon(open, end);
        }
    }

    /// The quotation that contains a sentence end at `pos`; `pos` must not
    /// decrease between calls.
    fn enclosing(&mut self, pos: usize) -> Option<QuoteSpan> {
        while self.spans.get(self.cursor).is_some_and(|q| q.close < pos) {
            self.cursor += 1;
        }
        self.spans
            .get(self.cursor)
            .copied()
            .filter(|q| q.open < pos && pos <= q.close)
    }
}

/// The quotations of a block: curly double, straight double, single.
struct Quotes([QuoteTracker; 3]);

impl Quotes {
    /// `(inside, protected)` for a sentence end at `pos` of a sentence that
    /// began at `start`: inside any quotation, and inside a closed one whose
    /// unit would stay within `MAX_QUOTED_UNIT` bytes.
    fn state(&mut self, pos: usize, start: usize) -> (bool, bool) {
        let (mut inside, mut protected) = (false, false);
        for tracker in &mut self.0 {
            if let Some(q) = tracker.enclosing(pos) {
                inside = true;
                protected |= q.closed && q.close_end.saturating_sub(start) <= MAX_QUOTED_UNIT;
            }
        }
        (inside, protected)
    }
}

/// Finds the quotations of `block` in one pass.
fn find_quotes(block: &str) -> Quotes {
    let mut curly = QuoteTracker::new(true);
    let mut straight = QuoteTracker::new(true);
    let mut single = QuoteTracker::new(false);
    let mut prev: Option<char> = None;
    let mut chars = block.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let after_space = prev.is_none_or(|p| p.is_whitespace() || is_opener(p) || p == '—');
        let before_word_end = next.is_none_or(|n| !n.is_alphanumeric());
        let after_text = prev.is_some_and(|p| !p.is_whitespace());
        match c {
            '“' => curly.open_at(i),
            '”' => curly.close_at(i, c),
            '"' => {
                if after_space && next.is_some_and(|n| !n.is_whitespace()) {
                    straight.open_at(i);
                } else {
                    straight.close_at(i, c);
                }
            }
            '\'' | '‘' | '’' => {
                if c != '’' && after_space && next.is_some_and(char::is_alphabetic) {
                    single.open_at(i);
                } else if c != '‘' && after_text && before_word_end {
                    single.close_at(i, c);
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    curly.finish(block.len());
    straight.finish(block.len());
    single.finish(block.len());
    Quotes([curly, straight, single])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        segment(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    fn kinds(text: &str) -> Vec<SentenceKind> {
        segment(text).into_iter().map(|s| s.kind).collect()
    }

    fn one(text: &str) {
        assert_eq!(texts(text), vec![text], "expected one unit");
    }

    fn cell_texts<'a>(text: &'a str, s: &Sentence) -> Vec<&'a str> {
        match &s.kind {
            SentenceKind::TableRow(row) => row.cells.iter().map(|&(a, b)| &text[a..b]).collect(),
            other => panic!("not a table row: {other:?}"),
        }
    }

    fn header(s: &Sentence) -> Option<Vec<String>> {
        match &s.kind {
            SentenceKind::TableRow(row) => row.header.clone(),
            other => panic!("not a table row: {other:?}"),
        }
    }

    fn assert_invariants(text: &str) {
        let mut prev_end = 0;
        for s in segment(text) {
            assert!(s.start < s.end, "empty span {s:?} in {text:?}");
            assert!(s.end <= text.len(), "span past end {s:?} in {text:?}");
            assert!(s.start >= prev_end, "overlap {s:?} in {text:?}");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let unit = &text[s.start..s.end];
            assert_eq!(unit, unit.trim(), "untrimmed {s:?} in {text:?}");
            if let SentenceKind::TableRow(row) = &s.kind {
                for &(a, b) in &row.cells {
                    assert!(
                        s.start <= a && a <= b && b <= s.end,
                        "cell {a}..{b} in {s:?}"
                    );
                    assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
                    assert_eq!(&text[a..b], text[a..b].trim());
                }
            }
            prev_end = s.end;
        }
    }

    #[test]
    fn empty_and_blank_text_have_no_sentences() {
        assert!(segment("").is_empty());
        assert!(segment("   \n\t\r\n  \n").is_empty());
    }

    #[test]
    fn splits_after_stops_before_capitals_digits_and_openers() {
        assert_eq!(
            texts("The bridge reopened. Traffic resumed! Was it safe? 40 cars crossed. “Fine,” said one. (Nobody objected.) [Edited.] $5 was the toll."),
            vec![
                "The bridge reopened.",
                "Traffic resumed!",
                "Was it safe?",
                "40 cars crossed.",
                "“Fine,” said one.",
                "(Nobody objected.)",
                "[Edited.]",
                "$5 was the toll.",
            ]
        );
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            texts("He wrote “it is over.” Then he left. She said \"fine.\" Then she left. (See below.) Next came 'this.' Then that."),
            vec![
                "He wrote “it is over.”",
                "Then he left.",
                "She said \"fine.\"",
                "Then she left.",
                "(See below.)",
                "Next came 'this.'",
                "Then that.",
            ]
        );
    }

    #[test]
    fn no_split_before_lowercase_or_without_whitespace() {
        one("They asked why? nobody knew. the end was near.");
        one("The vote was close.Officials then recounted the ballots.");
        one("Is it over?!no, not yet.");
    }

    #[test]
    fn runs_of_stops_count_as_one() {
        assert_eq!(
            texts("Really?! Yes!!! It happened."),
            vec!["Really?!", "Yes!!!", "It happened."]
        );
    }

    #[test]
    fn paragraphs_never_cross_blank_lines() {
        assert_eq!(
            texts("The first paragraph ends here. It has two sentences.\n\nThe second one follows.\n\n\nand a lowercase paragraph continues nothing."),
            vec![
                "The first paragraph ends here.",
                "It has two sentences.",
                "The second one follows.",
                "and a lowercase paragraph continues nothing.",
            ]
        );
    }

    #[test]
    fn each_line_is_its_own_block() {
        let body = "The ministry said the scheme would be reviewed over the coming months, with a report due before the end of the year and a vote in parliament expected soon after that";
        assert!(body.chars().count() > HEADING_MAX_CHARS);
        // The body line ends mid-sentence and the next starts in lowercase, but
        // a line this long is a whole paragraph, never a wrapped one.
        let text = format!("Rail fares to rise in spring\n{body}\nwhile passengers wait.");
        assert_eq!(
            texts(&text),
            vec![
                "Rail fares to rise in spring",
                body,
                "while passengers wait."
            ]
        );
        assert_eq!(
            kinds(&text),
            vec![
                SentenceKind::Heading,
                SentenceKind::Prose,
                SentenceKind::Prose
            ]
        );
    }

    #[test]
    fn short_line_ending_mid_sentence_is_not_joined() {
        assert_eq!(
            texts("Officials gave no further details about the\nnext line starts in lowercase."),
            vec![
                "Officials gave no further details about the",
                "next line starts in lowercase."
            ]
        );
    }

    #[test]
    fn soft_wrapped_markdown_paragraph_is_joined() {
        let text = "The committee met on a grey Tuesday morning to weigh the draft budget and\n\
                    its many amendments, several of which had been filed late. Members then\n\
                    voted.\n\
                    A new paragraph starts here.";
        assert_eq!(
            texts(text),
            vec![
                "The committee met on a grey Tuesday morning to weigh the draft budget and\nits many amendments, several of which had been filed late.",
                "Members then\nvoted.",
                "A new paragraph starts here.",
            ]
        );
        assert_eq!(kinds(text), vec![SentenceKind::Prose; 3]);
    }

    #[test]
    fn soft_wrap_continues_after_a_comma_and_a_list_item() {
        let text = "Councillors from the northern wards, the harbour district and Port Ellen,\n\
                    all agreed.\n\
                    - The list item is long enough to be wrapped across two lines of\n\
                    \x20 text. Then it ends.";
        assert_eq!(
            texts(text),
            vec![
                "Councillors from the northern wards, the harbour district and Port Ellen,\nall agreed.",
                "The list item is long enough to be wrapped across two lines of\n  text.",
                "Then it ends.",
            ]
        );
        assert_eq!(
            kinds(text),
            vec![
                SentenceKind::Prose,
                SentenceKind::ListItem,
                SentenceKind::Prose
            ]
        );
    }

    #[test]
    fn lines_ending_with_a_stop_are_never_joined() {
        let first = "Members of the committee met again on Thursday to go over the figures.";
        let text = format!("{first}\nResults in brief");
        assert_eq!(texts(&text), vec![first, "Results in brief"]);
        assert_eq!(
            kinds(&text),
            vec![SentenceKind::Prose, SentenceKind::Heading]
        );
    }

    #[test]
    fn lines_starting_with_a_capital_are_never_joined_onto() {
        let teasers = [
            "Harbour workers look for support during the long pay dispute talks",
            "Building on progress made in the spring",
            "Ferry operators warn of delays as the strike enters its second week",
            "A union leader says the next offer will decide the matter for good.",
        ];
        let text = teasers.join("\n");
        assert_eq!(texts(&text), teasers);
        use SentenceKind::{Heading, Prose};
        assert_eq!(kinds(&text), vec![Heading, Heading, Heading, Prose]);
    }

    #[test]
    fn list_lines_are_never_joined_onto() {
        let intro = "The council listed the projects it would pay for over the next two years";
        let text = format!("{intro}\n- new bus shelters\n- a library");
        assert_eq!(texts(&text), vec![intro, "new bus shelters", "a library"]);
    }

    #[test]
    fn title_case_and_long_lines_are_not_joined() {
        let title = "Ministers Promise Faster Rail Links Across the Northern Regions Soon";
        // Next lines start in lowercase (sloppy capitalisation is common in
        // scraped text), so only the rule under test keeps them apart.
        let body = "the plan was announced today.";
        assert_eq!(texts(&format!("{title}\n{body}")), vec![title, body]);
        let headline = "Talks on the border dispute resume in the capital after a long pause";
        let paragraph = "negotiators from both sides arrived on Monday evening and are expected to meet for at least three days, officials said.";
        assert!(paragraph.chars().count() <= WRAP_MAX_CHARS);
        let long_paragraph =
            format!("{paragraph} A second sentence makes this line a whole paragraph.");
        assert_eq!(
            texts(&format!("{headline}\n{long_paragraph}")),
            vec![
                headline,
                paragraph,
                "A second sentence makes this line a whole paragraph."
            ]
        );
        assert_eq!(
            kinds(&format!("{headline}\n{long_paragraph}"))[0],
            SentenceKind::Heading
        );
    }

    #[test]
    fn ellipsis_splits_only_before_a_capital_outside_quotes() {
        assert_eq!(
            texts("We waited… Then the bus came."),
            vec!["We waited…", "Then the bus came."]
        );
        assert_eq!(
            texts("We waited... Then the bus came."),
            vec!["We waited...", "Then the bus came."]
        );
        one("We waited... and waited some more.");
        one("It cost... 5 dollars in the end.");
        one("“I wonder… Maybe not,” he said.");
        one("“I wonder… Maybe not, he said.");
        one("\"I wonder... Maybe not,\" he said.");
        assert_eq!(
            texts("“I wonder…” She paused."),
            vec!["“I wonder…”", "She paused."]
        );
    }

    #[test]
    fn titles_never_end_a_sentence() {
        for title in NEVER_FINAL.split_whitespace() {
            let text = format!("We met {title}. Smith at noon. She agreed.");
            assert_eq!(
                texts(&text),
                vec![
                    format!("We met {title}. Smith at noon.").as_str(),
                    "She agreed."
                ],
                "title {title}"
            );
            let text = format!("We met {title}. The other day. She agreed.");
            assert_eq!(texts(&text).len(), 2, "title {title} before The");
        }
        one("The case of Roe v. Wade was cited by Sen. Lee and Gen. Ward.");
        one("He lives at No. 10 with Dr. Ruiz and Mrs. Ruiz.");
    }

    #[test]
    fn months_do_not_split_before_dates() {
        for month in ["Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"] {
            one(&format!(
                "The deal was signed on {month}. 18, 2025, in Geneva."
            ));
        }
        assert_eq!(
            texts("The deal was signed in Sept. The talks then stalled."),
            vec!["The deal was signed in Sept.", "The talks then stalled."]
        );
    }

    #[test]
    fn dotted_abbreviations_split_only_before_sentence_starters() {
        one("The U.S. Senate voted on the U.K. plan and the U.N. and E.U. response.");
        one("The talks in Washington, D.C. ended late.");
        one("Voting ended at 9 p.m. Monday in most states.");
        assert_eq!(
            texts("Aid flowed to the U.S. But critics objected."),
            vec!["Aid flowed to the U.S.", "But critics objected."]
        );
        assert_eq!(
            texts("Polls closed at 8 p.m. The count began at once."),
            vec!["Polls closed at 8 p.m.", "The count began at once."]
        );
        assert_eq!(
            texts("She moved to Washington, D.C. In 2019 she returned."),
            vec!["She moved to Washington, D.C.", "In 2019 she returned."]
        );
        assert_eq!(
            texts("She earned a Ph.D. It took six years."),
            vec!["She earned a Ph.D.", "It took six years."]
        );
        assert_eq!(
            texts("Aid flowed to the U.S. “It was needed,” he said."),
            vec!["Aid flowed to the U.S.", "“It was needed,” he said."]
        );
        // Dotted tokens with long parts (domains) are ordinary words.
        assert_eq!(
            texts("Details are at example.com. Readers can comment."),
            vec!["Details are at example.com.", "Readers can comment."]
        );
        // Known limitation: a sentence starting with a word outside the list
        // stays attached.
        one("Voting ended at 9 p.m. Officials counted overnight.");
    }

    #[test]
    fn e_g_and_i_e_never_end_a_sentence() {
        one("Bring tools, e.g. The big hammer, and spare nails.");
        one("Only one party, i.e. The ruling one, voted.");
    }

    #[test]
    fn company_suffixes_split_only_before_sentence_starters() {
        assert_eq!(
            texts("Shares fell at Acme Inc. The firm declined to comment."),
            vec!["Shares fell at Acme Inc.", "The firm declined to comment."]
        );
        one("Acme Inc. Chairman Lee spoke first.");
        one("Martin Luther King Jr. Day is a holiday.");
        one("They drove to St. Louis and on to Mt. Hood.");
    }

    #[test]
    fn etc_is_an_ordinary_word() {
        assert_eq!(
            texts("Apples, pears, etc. The rest rotted."),
            vec!["Apples, pears, etc.", "The rest rotted."]
        );
        one("Apples, pears, etc. and more besides.");
    }

    #[test]
    fn initials_never_end_a_sentence() {
        assert_eq!(
            texts("John F. Kennedy spoke first. J. R. R. Tolkien wrote later."),
            vec![
                "John F. Kennedy spoke first.",
                "J. R. R. Tolkien wrote later."
            ]
        );
        assert_eq!(
            texts("Nobody knew it but I. The rest left."),
            vec!["Nobody knew it but I.", "The rest left."]
        );
    }

    #[test]
    fn decimals_and_money_never_split() {
        assert_eq!(
            texts("Output grew 3.5 per cent. Debt hit $1.5bn. Rates rose 2.6 percentage points. Version v1.2 shipped. It cost $4. Then more."),
            vec![
                "Output grew 3.5 per cent.",
                "Debt hit $1.5bn.",
                "Rates rose 2.6 percentage points.",
                "Version v1.2 shipped.",
                "It cost $4.",
                "Then more.",
            ]
        );
    }

    #[test]
    fn double_quoted_passages_are_not_split() {
        assert_eq!(
            texts("“We talked. It went well,” she said. Then she left."),
            vec!["“We talked. It went well,” she said.", "Then she left."]
        );
        assert_eq!(
            texts("\"We talked. It went well,\" she said. Then she left."),
            vec!["\"We talked. It went well,\" she said.", "Then she left."]
        );
        one("He asked: “Why? Who knew? Nobody.” and went home.");
    }

    #[test]
    fn unclosed_quote_falls_back_to_normal_splitting() {
        assert_eq!(
            texts("“We talked. It went well, she said. Then she left."),
            vec!["“We talked.", "It went well, she said.", "Then she left."]
        );
    }

    #[test]
    fn inch_marks_do_not_open_a_quotation() {
        assert_eq!(
            texts("He is 6'2\" tall. She is not. \"Yes,\" he said."),
            vec!["He is 6'2\" tall.", "She is not.", "\"Yes,\" he said."]
        );
    }

    #[test]
    fn long_quotation_falls_back_to_normal_splitting() {
        let inner = "This sentence is part of a very long quotation. ".repeat(40);
        let text = format!("“{}” she said.", inner.trim_end());
        let units = texts(&text);
        assert!(units.len() > 1, "a quote over 1,000 bytes must split");
        assert_eq!(units[0], "“This sentence is part of a very long quotation.");
        assert!(units.last().is_some_and(|u| u.ends_with("” she said.")));
        assert!(units.iter().all(|u| u.len() <= MAX_QUOTED_UNIT + 20));
    }

    #[test]
    fn single_quotes_are_told_apart_from_apostrophes() {
        one("She called it 'Trump's folly. A mistake' and left.");
        assert_eq!(
            texts("She called it 'a farce. A pure farce' and walked out. Talks ended."),
            vec![
                "She called it 'a farce. A pure farce' and walked out.",
                "Talks ended."
            ]
        );
        assert_eq!(
            texts("She called it ‘a farce. A pure farce’ and walked out. Talks ended."),
            vec![
                "She called it ‘a farce. A pure farce’ and walked out.",
                "Talks ended."
            ]
        );
        assert_eq!(
            texts("Trump's aides left. Putin's aides stayed. The '90s were calm. Things changed."),
            vec![
                "Trump's aides left.",
                "Putin's aides stayed.",
                "The '90s were calm.",
                "Things changed."
            ]
        );
        assert_eq!(
            texts("Trump's aides left. The Joneses' car stayed. It rained."),
            vec![
                "Trump's aides left.",
                "The Joneses' car stayed.",
                "It rained."
            ]
        );
        assert_eq!(
            texts("The minister’s aides left. The Joneses’ car stayed. It rained."),
            vec![
                "The minister’s aides left.",
                "The Joneses’ car stayed.",
                "It rained."
            ]
        );
    }

    #[test]
    fn list_items() {
        let text = "- First point\n* Second point. It has two sentences.\n• Third point\n1. Numbered point\n12) Another numbered\n+ Plus item\n-\n2025. A year to remember.";
        assert_eq!(
            texts(text),
            vec![
                "First point",
                "Second point.",
                "It has two sentences.",
                "Third point",
                "Numbered point",
                "Another numbered",
                "Plus item",
                "2025.",
                "A year to remember.",
            ]
        );
        use SentenceKind::{ListItem, Prose};
        assert_eq!(
            kinds(text),
            vec![ListItem, ListItem, Prose, ListItem, ListItem, ListItem, ListItem, Prose, Prose]
        );
        assert_eq!(
            texts("  - Indented item\n-Not a list\n**Bold** line."),
            vec!["Indented item", "-Not a list", "**Bold** line."]
        );
    }

    #[test]
    fn headings_are_short_lines_without_a_final_stop() {
        let long = "word ".repeat(40);
        let long = long.trim_end();
        let text = format!("Story continues below advertisement\nDid anyone see it?\n{long}\nShares fell. Markets rallied later\nKey facts:");
        assert_eq!(
            texts(&text),
            vec![
                "Story continues below advertisement",
                "Did anyone see it?",
                long,
                "Shares fell.",
                "Markets rallied later",
                "Key facts:",
            ]
        );
        use SentenceKind::{Heading, Prose};
        assert_eq!(
            kinds(&text),
            vec![Heading, Prose, Prose, Prose, Prose, Heading]
        );
        assert_eq!(kinds("A quoted ‘label’"), vec![Heading]);
        assert_eq!(kinds("“It is over.”"), vec![Prose]);
    }

    #[test]
    fn markdown_headings_breaks_and_quotes() {
        let text = "# Election night\n## Key numbers ##\n#\n#hashtag here\nResults\n=====\n---\n* * *\n> Quoted text. More of it.\n>\nBody.";
        assert_eq!(
            texts(text),
            vec![
                "Election night",
                "Key numbers",
                "#hashtag here",
                "Results",
                "Quoted text.",
                "More of it.",
                "Body.",
            ]
        );
        use SentenceKind::{Heading, Prose};
        assert_eq!(
            kinds(text),
            vec![Heading, Heading, Heading, Heading, Prose, Prose, Prose]
        );
        assert_eq!(texts("### C#"), vec!["C#"]);
    }

    #[test]
    fn table_with_header() {
        let text = "Key dates\n| Day | What happened |\n|:---|---:|\n| Monday | Leaders met in the capital. It rained. |\n| Tuesday |  |\n| Wed \\| Thu | Talks resumed\n\nAfter the table.";
        let units = segment(text);
        assert_eq!(
            texts(text),
            vec![
                "Key dates",
                "| Day | What happened |",
                "| Monday | Leaders met in the capital. It rained. |",
                "| Tuesday |  |",
                "| Wed \\| Thu | Talks resumed",
                "After the table.",
            ]
        );
        assert_eq!(units[0].kind, SentenceKind::Heading);
        assert_eq!(cell_texts(text, &units[1]), vec!["Day", "What happened"]);
        assert_eq!(header(&units[1]), None);
        let head = Some(vec!["Day".to_string(), "What happened".to_string()]);
        assert_eq!(
            cell_texts(text, &units[2]),
            vec!["Monday", "Leaders met in the capital. It rained."]
        );
        assert_eq!(header(&units[2]), head);
        assert_eq!(cell_texts(text, &units[3]), vec!["Tuesday", ""]);
        assert_eq!(header(&units[3]), head);
        assert_eq!(
            cell_texts(text, &units[4]),
            vec!["Wed \\| Thu", "Talks resumed"]
        );
        assert_eq!(header(&units[4]), head);
        assert_eq!(units[5].kind, SentenceKind::Prose);
    }

    #[test]
    fn table_without_separator_has_no_header() {
        let text = "| a | b |\n| c | d |\n|---|---|\n| e | f |";
        let units = segment(text);
        assert_eq!(texts(text), vec!["| a | b |", "| c | d |", "| e | f |"]);
        assert!(units.iter().all(|u| header(u).is_none()));
        assert_eq!(cell_texts(text, &units[2]), vec!["e", "f"]);
        // A lone separator line yields nothing; a single pipe is not a table.
        assert!(segment("|---|---|").is_empty());
        assert_eq!(kinds("| aside"), vec![SentenceKind::Heading]);
    }

    #[test]
    fn crlf_tabs_and_surrounding_whitespace() {
        let text = "Headline here\r\nFirst one. Second one.\r\n\r\n- item\r\n\t  Leading spaces here.\tAnd trailing.  \t\r\n";
        assert_eq!(
            texts(text),
            vec![
                "Headline here",
                "First one.",
                "Second one.",
                "item",
                "Leading spaces here.",
                "And trailing.",
            ]
        );
        assert_eq!(
            texts("| x | y |\r\n|---|---|\r\n| 1 | 2 |\r\n"),
            vec!["| x | y |", "| 1 | 2 |"]
        );
    }

    #[test]
    fn text_without_punctuation() {
        assert_eq!(
            texts("no punctuation here at all\nnor here either"),
            vec!["no punctuation here at all", "nor here either"]
        );
        assert_eq!(
            kinds("no punctuation here at all"),
            vec![SentenceKind::Heading]
        );
    }

    #[test]
    fn multibyte_text_keeps_char_boundaries() {
        let text = "Café prices rose – again. “Élan” returned 🎉. Señor Núñez left! Ökonomen warned… Über alles. Party time. 🎉 Everyone cheered.";
        assert_eq!(
            texts(text),
            vec![
                "Café prices rose – again.",
                "“Élan” returned 🎉.",
                "Señor Núñez left!",
                "Ökonomen warned…",
                "Über alles.",
                "Party time. 🎉 Everyone cheered.",
            ]
        );
        assert_invariants(text);
        assert_eq!(
            texts("Он пришёл. Она ушла. 他来了. 她走了."),
            vec!["Он пришёл.", "Она ушла.", "他来了.", "她走了."]
        );
    }

    #[test]
    fn realistic_article() {
        let text = "Harbour Strike Ends After Nine Days\n\
                    \n\
                    Port City, D.C. – Dock workers returned on Tuesday after a nine-day stoppage, the union said. The deal adds 4.5 per cent to pay.\n\
                    Story continues below advertisement\n\
                    “We held firm. It paid off,” said Ms. Okafor, who leads the branch. Talks lasted until 2 a.m. The employer, Quay Ltd., said nothing.\n\
                    - Pay: up 4.5 per cent\n\
                    - Hours: unchanged\n";
        assert_eq!(
            texts(text),
            vec![
                "Harbour Strike Ends After Nine Days",
                "Port City, D.C. – Dock workers returned on Tuesday after a nine-day stoppage, the union said.",
                "The deal adds 4.5 per cent to pay.",
                "Story continues below advertisement",
                "“We held firm. It paid off,” said Ms. Okafor, who leads the branch.",
                "Talks lasted until 2 a.m.",
                "The employer, Quay Ltd., said nothing.",
                "Pay: up 4.5 per cent",
                "Hours: unchanged",
            ]
        );
        use SentenceKind::{Heading, ListItem, Prose};
        assert_eq!(
            kinds(text),
            vec![Heading, Prose, Prose, Heading, Prose, Prose, Prose, ListItem, ListItem]
        );
    }

    #[test]
    fn very_long_lines_take_linear_time() {
        let target = 1 << 20;
        let inputs = [
            "The quick fox ran off. ".repeat(target / 23),
            "word ".repeat(target / 5),
            format!("“{}”", "Short one here. ".repeat(target / 16)),
            "a.b. ".repeat(target / 5),
            "U.S.A.".repeat(target / 6),
            "it's 'a' “b … ".repeat(target / 16),
            ".".repeat(target),
            "|".repeat(target),
            "é".repeat(target / 2),
            format!("{}. Then ", "x".repeat(1000)).repeat(target / 1007),
        ];
        // No time is asserted (speed is measured in benchmarks); a quadratic
        // algorithm would still stall the suite visibly here.
        let first = segment(&inputs[0]);
        assert_eq!(first.len(), target / 23);
        assert_eq!(segment(&inputs[1]).len(), 1);
        assert!(segment(&inputs[2]).len() > 1000);
        assert_eq!(segment(&inputs[9]).len(), target / 1007 + 1);
        for input in &inputs[3..] {
            assert!(!segment(input).is_empty());
        }
        let index = LineIndex::new(&inputs[8]);
        for offset in (0..inputs[8].len()).step_by(997) {
            assert_eq!(index.locate(&inputs[8], offset), (1, offset / 2 + 1));
        }
    }

    #[test]
    fn invariants_hold_on_varied_inputs() {
        let inputs = [
            "",
            "One. Two.\n\nThree",
            "“Open. Never closed",
            "A\u{a0}B. C\u{2028}D.",
            "| a | b |\n|--|--|\n| é | 🎉 |\n| | |",
            "- \n* \n1.\n12)\n•",
            "...\n…\n. . .\n?!",
            "'\"‘’“”''\"\"",
            "Mr. \nDr.\nU.S.\ne.g.\nJ.",
            "\r\n\r\r\n\t\u{0}\u{feff}",
            "x\u{301}. Y\u{301}. \u{1F600}. Z",
            "####### seven hashes\n# \n#",
            "> \n>> deep. Quote.\n>",
            "A line that is long enough to be soft wrapped onto the next line and\n\u{a0}\n",
        ];
        for input in inputs {
            assert_invariants(input);
        }
    }

    #[test]
    fn never_panics_on_generated_input() {
        let pieces = [
            "a", "B", " ", "\n", "\r\n", ".", "!", "?", "…", "...", "\"", "“", "”", "'", "‘", "’",
            "(", ")", "|", "-", "*", "•", "1", "12", ")", "#", ">", "U.S.", "Mr.", "é", "🎉", "\t",
            "---", "|---|", " etc.", "—", "\u{a0}", "The", "p.m.", "\\|",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..3000 {
            let len = next() % 40;
            let text: String = (0..len)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                .collect();
            assert_invariants(&text);
            let index = LineIndex::new(&text);
            for offset in 0..=text.len() + 2 {
                let (line, column) = index.locate(&text, offset);
                assert!(line >= 1 && column >= 1);
            }
        }
    }

    #[test]
    fn line_index_first_char_and_new_lines() {
        let text = "ab\ncd\n\nef";
        let index = LineIndex::new(text);
        assert_eq!(index.locate(text, 0), (1, 1));
        assert_eq!(index.locate(text, 1), (1, 2));
        assert_eq!(index.locate(text, 2), (1, 3));
        assert_eq!(index.locate(text, 3), (2, 1));
        assert_eq!(index.locate(text, 4), (2, 2));
        assert_eq!(index.locate(text, 6), (3, 1));
        assert_eq!(index.locate(text, 7), (4, 1));
        assert_eq!(index.locate(text, text.len()), (4, 3));
    }

    #[test]
    fn line_index_counts_chars_not_bytes() {
        let text = "é–“x\n🎉y";
        let index = LineIndex::new(text);
        assert_eq!(index.locate(text, 2), (1, 2));
        assert_eq!(index.locate(text, 5), (1, 3));
        assert_eq!(index.locate(text, 8), (1, 4));
        assert_eq!(index.locate(text, 10), (2, 1));
        assert_eq!(index.locate(text, 14), (2, 2));
        // Inside a multi-byte char: the char's own column.
        assert_eq!(index.locate(text, 1), (1, 1));
        assert_eq!(index.locate(text, 12), (2, 1));
    }

    #[test]
    fn line_index_handles_crlf() {
        let text = "ab\r\ncd\r\n";
        let index = LineIndex::new(text);
        assert_eq!(index.locate(text, 2), (1, 3));
        assert_eq!(index.locate(text, 4), (2, 1));
        assert_eq!(index.locate(text, 5), (2, 2));
        assert_eq!(index.locate(text, 8), (3, 1));
    }

    #[test]
    fn line_index_matches_naive_count_on_long_lines() {
        let line = "aé–🎉 ".repeat(300);
        let text = format!("{line}\n{line}\r\n{line}");
        let index = LineIndex::new(&text);
        for (offset, _) in text.char_indices().step_by(7) {
            let before = &text[..offset];
            let line_no = before.matches('\n').count() + 1;
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let column = text[line_start..offset].chars().count() + 1;
            assert_eq!(
                index.locate(&text, offset),
                (line_no, column),
                "offset {offset}"
            );
        }
    }

    #[test]
    fn line_index_locates_sentence_starts() {
        let text = "Title\r\n\r\n  Café opened. “Señor” came.";
        let index = LineIndex::new(text);
        let starts: Vec<_> = segment(text)
            .iter()
            .map(|s| index.locate(text, s.start))
            .collect();
        assert_eq!(starts, vec![(1, 1), (3, 3), (3, 16)]);
    }

    #[test]
    fn line_index_tolerates_a_different_text() {
        // Wrong text, meaningless answer, but no panic.
        let index = LineIndex::new("a\nbbbbbbbb\nc");
        for text in ["é", "", "🎉🎉🎉🎉🎉🎉", "x\ny"] {
            for offset in 0..20 {
                let (line, column) = index.locate(text, offset);
                assert!(line >= 1 && column >= 1);
            }
        }
    }
}

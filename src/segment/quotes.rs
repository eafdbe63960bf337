//! Quotations inside a block, found in one pass, so that a quoted passage
//! is not split into sentences.

use super::split::{is_opener, MAX_QUOTED_UNIT};

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
pub(super) struct Quotes([QuoteTracker; 3]);

impl Quotes {
    /// `(inside, protected)` for a sentence end at `pos` of a sentence that
    /// began at `start`: inside any quotation, and inside a closed one whose
    /// unit would stay within `MAX_QUOTED_UNIT` bytes.
    pub(super) fn state(&mut self, pos: usize, start: usize) -> (bool, bool) {
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
pub(super) fn find_quotes(block: &str) -> Quotes {
    let mut curly = QuoteTracker::new(true);
    let mut straight = QuoteTracker::new(true);
    let mut single = QuoteTracker::new(false);
    let mut prev: Option<char> = None;
    let mut chars = block.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // The neighbours are read only around a quote mark: most chars are none.
        if !matches!(c, '“' | '”' | '"' | '\'' | '‘' | '’') {
            prev = Some(c);
            continue;
        }
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

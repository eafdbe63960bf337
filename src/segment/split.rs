//! Blocks to sentences: where a sentence ends inside one block of text
//! (see the rules in the [`segment`](super) module documentation).

use super::quotes::find_quotes;

/// A quotation is kept whole only while its unit stays within this many bytes.
pub(super) const MAX_QUOTED_UNIT: usize = 1000;

/// Longest word (in chars) examined as a possible sentence starter.
const MAX_STARTER_CHARS: usize = 12;

/// Abbreviations after which a sentence never ends: titles, and words such as
/// `No.`, `N°.`, `p.` and `Rs.` that announce the number or name that follows.
pub(super) const NEVER_FINAL: &str =
    "Mr Mrs Ms Messrs Mme Mlle Dr Gen Col Lt Sgt Capt Cmdr Adm Maj Cpl Pvt Gov Sen \
     Rep Rev Prof Hon Supt Det Insp Fr Mt Ft No Nos N° Nº vs v approx fig p pp Rs";

/// Dotted abbreviations after which a sentence never ends.
const NEVER_FINAL_DOTTED: &str = "e.g i.e E.g I.e";

/// Abbreviations that end a sentence only before a common sentence starter.
const MAYBE_FINAL: &str =
    "Jr Sr Inc Corp Ltd Co Bros St Ave Rd I Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct \
     Nov Dec Dept";

/// Words that typically open a sentence, used to decide whether `U.S.`,
/// `a.m.`, `Inc.` and the like end the sentence before them: articles,
/// pronouns and determiners, conjunctions and sentence adverbs, question
/// words and the auxiliaries that open a question, and the titles of address
/// (`Mr.`; not `Sen.` or `Gen.`, which follow `U.S.` in running text).
const SENTENCE_STARTERS: &str =
    "The A An It He She They We I You My Your But And This That In On At As After \
     Before When While There These Those His Her Its Their Our However Meanwhile If \
     So Yet How What Why Where Who Which Is Are Was Were Do Does Did Has Have Had \
     Could Would Should Mr Mrs Ms Messrs";

/// Prepositions that open an adverbial phrase such as `At 5 a.m.` or `In the
/// U.S.`, which is not a sentence on its own.
const OPENING_PREPOSITIONS: &str =
    "At By In On From Until Till Since Before After Around About Near Under Over";

/// A sentence so far of at most this many words, opened by a preposition, is
/// an adverbial phrase that an abbreviation does not end.
const MAX_OPENER_WORDS: usize = 4;

/// Dots of spaced ellipsis points (`. . .`), which leave words out inside a
/// sentence; one more dot (`. . . .`) also ends the sentence.
const SPACED_ELLIPSIS_DOTS: usize = 3;

/// Bytes examined when looking for such an adverbial phrase, which keeps the
/// look-back bounded.
const MAX_OPENER_BYTES: usize = 64;

/// Whether `s` ends with `.`, `!`, `?` or `…`, possibly inside closing quotes.
pub(super) fn ends_with_stop(s: &str) -> bool {
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

pub(super) fn is_opener(c: char) -> bool {
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
pub(super) fn split_block(block: &str) -> Vec<(usize, usize)> {
    let mut quotes = find_quotes(block);
    let mut spans = Vec::new();
    let mut start = skip_whitespace(block, 0);
    let mut i = start;
    // From one terminator to the next: most chars are none.
    while let Some(offset) = block.get(i..).and_then(|rest| rest.find(is_terminator)) {
        i += offset;
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
        let first_run_end = j;
        let spaced = !strong && !ellipsis && {
            let (chain_end, chain_dots) = spaced_dots(block, j);
            let is_ellipsis = chain_dots > 0 && dots + chain_dots >= SPACED_ELLIPSIS_DOTS;
            if is_ellipsis {
                (j, dots) = (chain_end, dots + chain_dots);
            }
            is_ellipsis
        };
        i = j;
        if spaced && dots <= SPACED_ELLIPSIS_DOTS {
            // Spaced ellipsis points alone mark words left out inside a sentence.
            continue;
        }
        while let Some(q) = char_at(block, j).filter(|&q| is_closer(q)) {
            j += q.len_utf8();
        }
        let end = j;
        if !char_at(block, end).is_some_and(char::is_whitespace) {
            // "world.Today": a full stop that lost its space.
            let lone_stop = dots == 1 && !strong && !ellipsis && end == run_start + 1;
            if lone_stop && lost_space(block, run_start) && !quotes.state(end, start).1 {
                spans.push((start, end));
                start = end;
            }
            continue;
        }
        let next_start = skip_whitespace(block, end);
        let Some(next) = char_at(block, next_start) else {
            continue;
        };
        let (inside, protected) = quotes.state(end, start);
        let split = if strong || spaced {
            can_start_sentence(next) && !protected
        } else if ellipsis || dots >= 3 {
            is_capital(next) && !inside
        } else {
            can_start_sentence(next)
                && !protected
                && !abbreviation_continues(block, start, run_start, next_start)
        };
        if split {
            // `word. . . . Next`: the stop against the word ends the sentence
            // and the ellipsis points open the next one; `word . . . . Next`:
            // the ellipsis points come first and the last one is the stop.
            let attached = spaced
                && block
                    .get(..run_start)
                    .and_then(|head| head.chars().next_back())
                    .is_some_and(|p| !p.is_whitespace());
            if attached {
                spans.push((start, first_run_end));
                start = skip_whitespace(block, first_run_end);
            } else {
                spans.push((start, end));
                start = next_start;
            }
            i = next_start;
        }
    }
    let end = block.trim_end().len();
    if start < end {
        spans.push((start, end));
    }
    spans
}

/// The longest word a full stop that lost its space is looked for after.
const MAX_GLUED_WORD_CHARS: usize = 30;

/// Whether the `.` at `dot`, with no space after it, ends a sentence whose
/// space was lost ("Hello world.Today is Tuesday."): a lower-case word of
/// two or more letters before it and a capitalised word after it, so
/// domains ("example.com"), decimals, initials ("J.K.Rowling") and
/// abbreviations ("St.Louis", "U.S.Army") stay whole.
fn lost_space(block: &str, dot: usize) -> bool {
    // Stops without a space after them are examined too, so the walk back
    // is bounded to keep a run such as "U.S.A.U.S.A." linear.
    let head = block.get(..dot).unwrap_or("");
    let word_chars = head
        .chars()
        .rev()
        .take(MAX_GLUED_WORD_CHARS + 1)
        .take_while(|c| c.is_alphabetic() && c.is_lowercase())
        .count();
    let word_bytes: usize = head
        .chars()
        .rev()
        .take(word_chars)
        .map(char::len_utf8)
        .sum();
    let word = head.get(head.len() - word_bytes..).unwrap_or("");
    let before_word = head
        .get(..head.len() - word_bytes)
        .and_then(|rest| rest.chars().next_back());
    let lower_word = (2..=MAX_GLUED_WORD_CHARS).contains(&word_chars)
        && before_word.is_none_or(|c| c.is_whitespace() || is_opener(c));
    let mut after = block.get(dot + 1..).unwrap_or("").chars();
    let capitalised = after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase);
    lower_word && capitalised && !is_listed(NEVER_FINAL, word)
}

/// End of the chain of ` .` (a space, then one or more dots) repeated from
/// `at`, and the number of dots in it; `(at, 0)` if there is none.
fn spaced_dots(block: &str, at: usize) -> (usize, usize) {
    let (mut end, mut dots) = (at, 0);
    while block.get(end..).is_some_and(|r| r.starts_with(" .")) {
        end += 1;
        while char_at(block, end) == Some('.') {
            dots += 1;
            end += 1;
        }
    }
    (end, dots)
}

/// Whether `word` is one of the space-separated words of `list`.
fn is_listed(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

/// Whether the word before the `.` at `dot` is an abbreviation that keeps the
/// sentence that began at `start` going into the word at `next`.
fn abbreviation_continues(block: &str, start: usize, dot: usize, next: usize) -> bool {
    let token = token_before(block, dot);
    let maybe_final = || !starts_with_starter(block, next) || is_opening_phrase(block, start, dot);
    if token.contains('.') {
        let dotted = token
            .split('.')
            .all(|part| (1..=3).contains(&part.chars().count()));
        return dotted && (is_listed(NEVER_FINAL_DOTTED, token) || maybe_final());
    }
    if is_listed(MAYBE_FINAL, token) {
        return maybe_final();
    }
    let mut chars = token.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    initial || is_listed(NEVER_FINAL, token)
}

/// Whether `block[start..dot]` is a short phrase opened by a preposition
/// (`At 5 a.m`), which needs more words to be a sentence.
fn is_opening_phrase(block: &str, start: usize, dot: usize) -> bool {
    let Some(phrase) = block
        .get(start..dot)
        .filter(|p| p.len() <= MAX_OPENER_BYTES)
    else {
        return false;
    };
    let mut words = phrase.split_whitespace();
    words
        .next()
        .is_some_and(|first| is_listed(OPENING_PREPOSITIONS, first))
        && words.count() < MAX_OPENER_WORDS
}

/// The run of letters, dots and degree signs (for `N°`) just before `dot`,
/// leading dots dropped (empty if there is none). Only stops followed by
/// whitespace are examined, so the tokens walked back over never overlap and
/// the walks add up to linear time.
fn token_before(block: &str, dot: usize) -> &str {
    let head = block.get(..dot).unwrap_or("");
    let rest = head.trim_end_matches(|c: char| c.is_alphabetic() || c == '.' || c == '°');
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

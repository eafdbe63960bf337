//! Numbers as news writes them, before any unit: digits ("1,200", ".77",
//! "-504", "1/5"), words composed by scale ("seven hundred twenty-one
//! thousand and twelve", "three crore twelve lakh", "two point two
//! million"), spoken hundreds ("one twenty-two"), counting nouns ("a
//! couple of", "two dozen") and vague plurals ("tens of thousands of").

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::normalise::calendar::ordinal_value;
use crate::normalise::tokens::{Token, TokenKind, Words};
use crate::rules::Scale;

/// A number as written, before hedges and units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Number {
    /// Lower bound (the value, for an exact number).
    pub low: f64,
    /// Upper bound.
    pub high: f64,
    /// Index one past the number's last token.
    pub next: usize,
    /// Written in words ("forty") rather than digits.
    pub words: bool,
    /// A vague plural range ("thousands of") or a loose count ("a few").
    pub vague: bool,
    /// A loose count ("a few"): read for counted things only, never for a
    /// sum, a length of time or a measure, and never contradicted.
    pub loose: bool,
    /// The scale word that ends a "number scale" pair ("15 million"), which
    /// the first number of a range shares ("between 10 and 15 million").
    pub scale: f64,
}

const ONES: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("nought", 0.0),
    ("naught", 0.0),
    ("nil", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
];

const TENS: &[(&str, f64)] = &[
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Vague plurals: "dozens of", "hundreds of", "tens of thousands of".
const VAGUE: &[(&[&str], f64, f64)] = &[
    (&["hundreds", "of", "thousands"], 1.0e5, 1.0e6),
    (&["tens", "of", "thousands"], 1.0e4, 1.0e5),
    (&["tens", "of", "millions"], 1.0e7, 1.0e8),
    (&["hundreds", "of", "millions"], 1.0e8, 1.0e9),
    (&["dozens"], 24.0, 100.0),
    (&["scores"], 40.0, 100.0),
    (&["hundreds"], 200.0, 1000.0),
    (&["thousands"], 2000.0, 10000.0),
    (&["millions"], 2.0e6, 1.0e7),
    (&["billions"], 2.0e9, 1.0e10),
];

/// "a few", "few": a small count, not an exact one ("few" may be none).
const LOOSE: &[(&[&str], f64, f64)] = &[(&["a", "few"], 2.0, 9.0), (&["few"], 0.0, 9.0)];

/// Nouns that count two of something: "a couple of", "a pair".
const PAIRS: &[&str] = &["couple", "pair"];

/// Words before a date written with a slash ("on 3/15"), where "3/15" is
/// not three fifteenths.
const DATE_PREPOSITIONS: &[&str] = &["on", "since", "until", "till", "by", "before", "after"];

/// The scale words the reader composes with ("thousand", "lakh", "dozen"),
/// by folded word; glued-only scales ("m", "bn") are left to the unit reader.
pub(crate) type Scales = FxHashMap<String, Scale>;

/// Reads a number in digits or words at `i`, with its sign.
pub(crate) fn read_number(tokens: &[Token], i: usize, scales: &Scales) -> Option<Number> {
    let t = tokens.get(i)?;
    let negated = |n: Number| Number {
        low: -n.high,
        high: -n.low,
        ..n
    };
    if matches!(t.norm.as_str(), "minus" | "negative") {
        return read_unsigned(tokens, i + 1, scales).map(negated);
    }
    if t.norm == "-" && is_minus_sign(tokens, i) {
        return read_unsigned(tokens, i + 1, scales).map(negated);
    }
    read_unsigned(tokens, i, scales)
}

/// A dash that is a minus sign: before digits and not joining two words or
/// numbers ("-504", "at -5", "said - 1,200"), unlike "COVID-19" or "10-20".
fn is_minus_sign(tokens: &[Token], i: usize) -> bool {
    let Some(number) = tokens.get(i + 1).filter(|n| n.kind == TokenKind::Number) else {
        return false;
    };
    let previous = i.checked_sub(1).and_then(|k| tokens.get(k));
    let joins = previous
        .is_some_and(|p| tokens[i].glued && matches!(p.kind, TokenKind::Word | TokenKind::Number));
    let spaced_ok = number.glued
        || previous.is_none_or(|p| {
            p.kind != TokenKind::Number && crate::normalise::quantity::is_function_word(&p.norm)
        });
    !joins && spaced_ok
}

/// The words a number can open with: number words, the first words of the
/// vague and loose counts, "point", an article ("a hundred") and "dozen".
/// Numbers are tried at every token (for quantities and for dates), and
/// most tokens are none of these: one look-up rules them out before every
/// pattern is tried.
static OPENING_WORDS: LazyLock<Words> = LazyLock::new(|| {
    ONES.iter()
        .chain(TENS)
        .map(|(word, _)| *word)
        .chain(VAGUE.iter().chain(LOOSE).map(|(pattern, ..)| pattern[0]))
        .chain(["point", "a", "an", "dozen", "half", "quarter"])
        .collect()
});

/// Whether `word` is a cardinal number's word ("eleven", "forty").
pub(crate) fn is_number_word(word: &str) -> bool {
    word_value(word, ONES)
        .or_else(|| word_value(word, TENS))
        .is_some()
}

/// Whether a number may start at `t` by [`read_number`]: digits, an opening
/// word, or a sign ("minus", "negative", "-"). False means no number does.
pub(crate) fn may_open_number(t: &Token) -> bool {
    t.kind == TokenKind::Number
        || matches!(t.norm.as_str(), "minus" | "negative" | "-")
        || OPENING_WORDS.contains(t.norm.as_str())
}

fn read_unsigned(tokens: &[Token], i: usize, scales: &Scales) -> Option<Number> {
    let t = tokens.get(i)?;
    if t.kind != TokenKind::Number && !OPENING_WORDS.contains(t.norm.as_str()) {
        return None;
    }
    // "quite a few" is many.
    let word_before = |back: usize| i.checked_sub(back).map(|k| tokens[k].norm.as_str());
    let quite = word_before(1) == Some("quite")
        || (word_before(1) == Some("a") && word_before(2) == Some("quite"));
    if t.kind == TokenKind::Word && !quite {
        for (pattern, low, high) in VAGUE.iter().chain(LOOSE) {
            if !words_at(tokens, i, pattern) {
                continue;
            }
            let mut next = i + pattern.len();
            if tokens.get(next).is_some_and(|x| x.norm == "of") {
                next += 1;
            } else if pattern.len() == 1 && !LOOSE.iter().any(|(p, ..)| p == pattern) {
                return None; // "hundreds" alone is not a quantity of anything
            }
            return Some(Number {
                low: *low,
                high: *high,
                next,
                words: true,
                vague: true,
                loose: LOOSE.iter().any(|(p, ..)| p == pattern),
                scale: 1.0,
            });
        }
    }
    if let Some(fraction) = read_fraction(tokens, i) {
        return Some(fraction);
    }
    if let Some(part) = part_of_a_scale(tokens, i, scales) {
        return Some(part);
    }
    let (mut value, mut next, words, scale) = compose(tokens, i, scales)?;
    if let Some(after) = and_a_half(tokens, next) {
        value += 0.5;
        next = after;
    }
    let number = Number {
        low: value,
        high: value,
        next,
        words,
        vague: false,
        loose: false,
        scale,
    };
    Some(restated(tokens, number, scales))
}

/// "half a million", "a quarter of a billion", "three quarters of a
/// million": a part of a scaled number. "Half an hour", "a quarter of a
/// mile": a part of one of what follows, which the caller reads as the
/// unit.
fn part_of_a_scale(tokens: &[Token], i: usize, scales: &Scales) -> Option<Number> {
    let norm = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
    let (share, rest) = match (norm(i)?, norm(i + 1), norm(i + 2)) {
        ("half", Some("a" | "an"), _) => (0.5, i + 1),
        ("a", Some(part), Some("of")) => (1.0 / fraction_denominator(part)?, i + 3),
        // "an estimated quarter of a million": the article stands apart.
        (part, Some("of"), _) if !part.ends_with('s') && fraction_denominator(part).is_some() => {
            (1.0 / fraction_denominator(part)?, i + 2)
        }
        // "three quarters of a", "three-quarters of a", "two-thirds of a".
        _ => {
            let (count, after, _, _) = compose(tokens, i, scales)?;
            let at = after + usize::from(norm(after) == Some("-"));
            let denominator = fraction_denominator(norm(at)?)?;
            (norm(at + 1) == Some("of") && count < denominator)
                .then_some((count / denominator, at + 2))?
        }
    };
    let (whole, next, scale) = match compose(tokens, rest, scales) {
        Some((whole, next, _, scale)) if scale > 1.0 => (whole, next, scale),
        _ if matches!(norm(rest), Some("a" | "an")) => (1.0, rest + 1, 1.0),
        _ => return None,
    };
    Some(Number {
        low: whole * share,
        high: whole * share,
        next,
        words: true,
        vague: false,
        loose: false,
        scale,
    })
}

/// The denominator a written fraction's last word names ("half" 2,
/// "quarters" 4, "fifths" 5): an ordinal, or one of the words for halves
/// and quarters; "a second" is a time, never a half.
pub(crate) fn fraction_denominator(word: &str) -> Option<f64> {
    match word {
        "half" | "halves" => Some(2.0),
        "quarter" | "quarters" => Some(4.0),
        other => ordinal_value(other.strip_suffix('s').unwrap_or(other))
            .filter(|&n| n > 2)
            .map(f64::from),
    }
}

/// "three-and-a-half", "two and a half": the index after the half.
pub(crate) fn and_a_half(tokens: &[Token], next: usize) -> Option<usize> {
    let skip_hyphen = |k: usize| {
        if tokens.get(k).is_some_and(|x| x.norm == "-") {
            k + 1
        } else {
            k
        }
    };
    let and = skip_hyphen(next);
    let a = skip_hyphen(and + 1);
    let half = skip_hyphen(a + 1);
    let fits = [(and, "and"), (a, "a"), (half, "half")]
        .iter()
        .all(|&(k, word)| tokens.get(k).is_some_and(|x| x.norm == word));
    fits.then_some(half + 1)
}

/// "1/5", "3/15": a proper fraction written with a slash, unless it is a
/// date ("on 3/15", "3/15/2015").
fn read_fraction(tokens: &[Token], i: usize) -> Option<Number> {
    let whole = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Number && !t.norm.contains('.'))
            .and_then(|t| t.norm.parse::<u32>().ok())
    };
    let numerator = whole(i)?;
    let slash = tokens.get(i + 1)?;
    let denominator = whole(i + 2).filter(|_| tokens[i + 2].glued)?;
    let date_slash = tokens.get(i + 3).is_some_and(|t| t.glued && t.norm == "/");
    let after_date_word = i
        .checked_sub(1)
        .is_some_and(|k| DATE_PREPOSITIONS.contains(&tokens[k].norm.as_str()));
    if slash.norm != "/"
        || !slash.glued
        || numerator >= denominator
        || date_slash
        || after_date_word
    {
        return None;
    }
    let value = f64::from(numerator) / f64::from(denominator);
    Some(Number {
        low: value,
        high: value,
        next: i + 3,
        words: false,
        vague: false,
        loose: false,
        scale: 1.0,
    })
}

/// "forty-five (45)", "45 (forty five)": a number restated in brackets is
/// one number.
fn restated(tokens: &[Token], number: Number, scales: &Scales) -> Number {
    let open = number.next;
    if tokens.get(open).is_none_or(|t| t.norm != "(") {
        return number;
    }
    match read_unsigned(tokens, open + 1, scales) {
        Some(again)
            if again.low == number.low
                && again.high == number.high
                && tokens.get(again.next).is_some_and(|t| t.norm == ")") =>
        {
            Number {
                next: again.next + 1,
                ..number
            }
        }
        _ => number,
    }
}

fn words_at(tokens: &[Token], i: usize, words: &[&str]) -> bool {
    words
        .iter()
        .enumerate()
        .all(|(k, w)| tokens.get(i + k).is_some_and(|x| x.norm == *w))
}

fn word_value(word: &str, table: &[(&str, f64)]) -> Option<f64> {
    table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// A number below a hundred in words at `i` ("seven", "forty", "forty-two",
/// "twenty five") and the index after it.
fn below_hundred(tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let t = tokens.get(i)?;
    if let Some(tens) = word_value(&t.norm, TENS) {
        let mut k = i + 1;
        if tokens.get(k).is_some_and(|x| x.norm == "-" && x.glued) {
            k += 1;
        }
        return match tokens.get(k).and_then(|x| word_value(&x.norm, ONES)) {
            Some(ones) if (1.0..10.0).contains(&ones) => Some((tens + ones, k + 1)),
            _ => Some((tens, i + 1)),
        };
    }
    word_value(&t.norm, ONES).map(|ones| (ones, i + 1))
}

/// The words below a hundred after a hundred or a scale, with an optional
/// "and" first: "(hundred) and four", "(thousand) twelve".
fn rest_after(tokens: &[Token], k: usize) -> Option<(f64, usize)> {
    let at = if tokens.get(k).is_some_and(|x| x.norm == "and") {
        k + 1
    } else {
        k
    };
    below_hundred(tokens, at)
}

/// Digits after "point": "1 point 1", "two point two", "point 77".
fn decimals(tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    if tokens.get(i).is_none_or(|t| t.norm != "point") {
        return None;
    }
    let after = tokens.get(i + 1)?;
    if after.kind == TokenKind::Number && after.norm.bytes().all(|b| b.is_ascii_digit()) {
        let value: f64 = format!("0.{}", after.norm).parse().ok()?;
        return Some((value, i + 2));
    }
    // "point three five": one digit a word.
    let (mut value, mut scale, mut k) = (0.0, 0.1, i + 1);
    while let Some(digit) = tokens
        .get(k)
        .and_then(|t| word_value(&t.norm, ONES))
        .filter(|d| *d < 10.0)
    {
        value += digit * scale;
        scale /= 10.0;
        k += 1;
    }
    (k > i + 1).then_some((value, k))
}

/// Composes a number from digits and number words joined by scales:
/// "thirty-one million two hundred fifty-six thousand seven hundred
/// twenty-one", "3 million", "two point two million", "200 dozens". Gives
/// the value, the index after it, whether words were used, and the scale of
/// a closing "number scale" pair (1 otherwise).
fn compose(tokens: &[Token], i: usize, scales: &Scales) -> Option<(f64, usize, bool, f64)> {
    let scale_at = |k: usize| {
        tokens
            .get(k)
            .and_then(|t| scales.get(&t.norm))
            .filter(|s| !s.glued_only)
            .map(|s| s.factor)
    };
    let mut k = i;
    let mut words = false;
    // The group being read (below a thousand, or digits) and the total of
    // the groups closed by a scale word.
    let mut group: Option<f64>;
    let mut total = 0.0;
    let mut largest = 0.0_f64;
    let mut last_scale = 1.0;
    let mut grouped_only_by_one_scale = true;
    let first = tokens.get(i)?;
    if first.kind == TokenKind::Number {
        group = Some(first.norm.parse().ok()?);
        k += 1;
        if first.norm.bytes().all(|b| b.is_ascii_digit()) {
            if let Some((fraction, after)) = decimals(tokens, k) {
                group = group.map(|g| g + fraction);
                k = after;
                words = true;
            }
        }
    } else if first.norm == "point" {
        let (fraction, after) = decimals(tokens, k)?;
        group = Some(fraction);
        k = after;
        words = true;
    } else if matches!(first.norm.as_str(), "a" | "an") {
        // "a hundred", "a thousand", "a dozen", "a couple of", "a pair".
        let next = tokens.get(k + 1)?;
        if PAIRS.contains(&next.norm.as_str()) {
            let after = k + 2;
            let after = if tokens.get(after).is_some_and(|t| t.norm == "of") {
                after + 1
            } else {
                after
            };
            return Some((2.0, after, true, 1.0));
        }
        if next.norm != "hundred" && scale_at(k + 1).is_none() {
            return None;
        }
        group = Some(1.0);
        k += 1;
        words = true;
    } else if let Some((value, after)) = below_hundred(tokens, k) {
        group = Some(value);
        k = after;
        words = true;
        // "one twenty-two": spoken hundreds, a digit then two more.
        if (1.0..10.0).contains(&value) && after == i + 1 {
            if let Some((rest, end)) = below_hundred(tokens, after)
                .filter(|(rest, end)| *rest > 20.0 && *end >= after + 2 && rest % 10.0 != 0.0)
            {
                group = Some(value * 100.0 + rest);
                k = end;
            }
        }
        if let Some((fraction, after)) = decimals(tokens, k) {
            group = group.map(|g| g + fraction);
            k = after;
        }
    } else if first.norm == "dozen" {
        // "dozen eggs": one dozen.
        group = Some(1.0);
        words = true;
    } else {
        return None;
    }
    while let Some(t) = tokens.get(k) {
        if t.norm == "hundred" && group.is_some_and(|g| g < 100.0 && g.fract() == 0.0) {
            group = group.map(|g| g * 100.0);
            k += 1;
            words = true;
            // "two hundred fifty-six", "five hundred and four".
            if let Some((rest, after)) = rest_after(tokens, k) {
                group = group.map(|g| g + rest);
                k = after;
            }
            continue;
        }
        if let Some(factor) = scale_at(k) {
            match group.take() {
                Some(g) if factor > largest => {
                    if total > 0.0 {
                        grouped_only_by_one_scale = false;
                    }
                    total = (total + g) * factor;
                }
                Some(g) => {
                    total += g * factor;
                    grouped_only_by_one_scale = false;
                }
                // "three thousand millions": a scale of a scale.
                None if total > 0.0 && factor > largest => {
                    total *= factor;
                    grouped_only_by_one_scale = false;
                }
                None => break,
            }
            largest = largest.max(factor);
            last_scale = factor;
            k += 1;
            // "thousand and twelve", "million two hundred".
            if let Some((rest, after)) = rest_after(tokens, k) {
                group = Some(rest);
                k = after;
                grouped_only_by_one_scale = false;
            }
            continue;
        }
        break;
    }
    // "a dozen of", "a hundred of": the scale word counts like a noun.
    let article = matches!(first.norm.as_str(), "a" | "an");
    if article && group.is_none() && tokens.get(k).is_some_and(|t| t.norm == "of") {
        k += 1;
    }
    let value = total + group.unwrap_or(0.0);
    let scale = if grouped_only_by_one_scale && total > 0.0 && group.is_none() {
        last_scale
    } else {
        1.0
    };
    Some((value, k, words, scale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::tokens::tokenize;
    use crate::rules::RuleSet;

    fn value(text: &str) -> Option<(f64, f64, usize)> {
        let rules = RuleSet::builtin().unwrap();
        let tokens = tokenize(text);
        read_number(&tokens, 0, &rules.scales).map(|n| (n.low, n.high, n.next))
    }

    #[test]
    fn parts_of_a_scale() {
        for (text, number) in [
            ("half a million", 5.0e5),
            ("a quarter of a million", 2.5e5),
            ("three quarters of a billion", 7.5e8),
            ("half a dozen", 6.0),
            // After another word than "a": "an estimated quarter of …".
            ("quarter of a million", 2.5e5),
        ] {
            let words = text.split(' ').count();
            assert_eq!(value(text), Some((number, number, words)), "{text}");
        }
        // Hyphened fractions, and other denominators than a quarter.
        assert_eq!(
            value("three-quarters of a million"),
            Some((7.5e5, 7.5e5, 6))
        );
        assert_eq!(value("a fifth of a billion"), Some((2.0e8, 2.0e8, 5)));
        // A share of no scaled number is left to the fraction reader, and
        // a fraction no less than its whole is none.
        assert_eq!(value("a fifth of the budget"), None);
        assert_eq!(value("quarter of the budget"), None);
        assert_eq!(value("five-quarters of a million"), Some((5.0, 5.0, 1)));
        // A part of one unit: the unit is read after the number.
        assert_eq!(value("half an hour"), Some((0.5, 0.5, 2)));
        assert_eq!(value("a quarter of an hour"), Some((0.25, 0.25, 4)));
    }

    #[test]
    fn words_compose_by_scale() {
        for (text, expected) in [
            ("seven hundred twenty-one thousand and twelve", 721_012.0),
            (
                "thirty-one million two hundred fifty-six thousand",
                31_256_000.0,
            ),
            ("three crore twelve lakh", 31_200_000.0),
            ("three thousand millions", 3.0e9),
            ("two point two million", 2.2e6),
            ("one twenty-two", 122.0),
            ("two dozen", 24.0),
            ("200 dozens", 2400.0),
            ("a couple of", 2.0),
            ("point 77", 0.77),
            ("1 point 1", 1.1),
            ("five hundred and four", 504.0),
        ] {
            assert_eq!(value(text).map(|v| v.0), Some(expected), "{text}");
        }
    }

    #[test]
    fn signs_and_fractions() {
        assert_eq!(value("-504 people").map(|v| v.0), Some(-504.0));
        assert_eq!(value("minus 1,200").map(|v| v.0), Some(-1200.0));
        assert_eq!(value("1/5 of").map(|v| v.0), Some(0.2));
        // Not fractions: a date, round-the-clock, a hyphenated name.
        assert_eq!(value("3/15/2015").map(|v| v.0), Some(3.0));
        assert_eq!(value("24/7").map(|v| v.0), Some(24.0));
        let tokens = tokenize("COVID-19");
        let rules = RuleSet::builtin().unwrap();
        assert!(read_number(&tokens, 1, &rules.scales).is_none());
    }

    #[test]
    fn number_words_stop_where_the_number_ends() {
        // "one twenty-year-old": not 120.
        assert_eq!(value("one twenty-year-old").map(|v| v.2), Some(1));
        // "two and a half" is read by the caller; "and" alone is not eaten.
        assert_eq!(value("two and six").map(|v| v.2), Some(1));
        assert_eq!(
            value("forty-five (45) people").map(|v| (v.0, v.2)),
            Some((45.0, 6))
        );
    }
}

//! What can be planted in a sentence, and the changed sentence: numbers,
//! dates and speakers, found with this benchmark's own text patterns (never
//! crosscheck's readers, so it does not plant only what the tool sees).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::months::MONTHS;
use crate::rng::Rng;
use crate::seeds::Seed;

/// The kinds of change.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A number (digits or a number word) changed to a clearly different one.
    Number,
    /// A day of a month, a weekday or a month moved.
    Date,
    /// The named speaker of a quote or of reported speech replaced.
    Speaker,
}

impl Kind {
    /// Every kind, in the order planted and printed.
    pub const ALL: [Kind; 3] = [Kind::Number, Kind::Date, Kind::Speaker];

    /// The name in the truth file and the table.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Date => "date",
            Kind::Speaker => "speaker",
        }
    }

    /// The kind of report finding that finds a change of this kind.
    pub fn finding_kind(self) -> &'static str {
        match self {
            Kind::Number => "figure",
            Kind::Date => "date",
            Kind::Speaker => "attribution",
        }
    }
}

/// A change made to one sentence.
pub struct Change {
    /// What kind of change it is.
    pub kind: Kind,
    /// The sentence after the change.
    pub after: String,
    /// The text replaced ("14", "Monday", "August 18", "Trump").
    pub old: String,
    /// The text put in its place.
    pub new: String,
}

/// Where in a sentence a change can go (byte range of the text replaced).
enum Spot {
    /// A number in digits or words.
    Number(usize, usize),
    /// A weekday's name.
    Weekday(usize, usize),
    /// A day of the month: the whole date's range ("August 18") and the
    /// day's digits within it.
    Day {
        date: (usize, usize),
        day: (usize, usize),
    },
    /// A month's name standing without a day.
    Month(usize, usize),
    /// A named speaker; `full`: written as the full name, not the surname.
    Speaker { range: (usize, usize), full: bool },
}

/// The people the seeds name in full, found where a title stands before
/// the name ("Foreign Minister Sergey Lavrov") or an apposition after it
/// ("Karoline Leavitt, the White House press secretary").
pub struct People {
    /// Full name → surname, every spelling the seeds use.
    full: BTreeMap<String, String>,
    /// One full name per person (spellings of one surname folded together),
    /// the names a speaker is replaced with.
    distinct: Vec<String>,
}

/// A capitalised word: names are runs of one to three of them.
const NAME_WORD: &str = r"\p{Lu}\p{L}+";

/// Titles and role words that stand before a name, and are never part of it.
const TITLES: &[&str] = &[
    "President",
    "Minister",
    "Chancellor",
    "Secretary",
    "General",
    "Secretary-General",
    "State",
    "Envoy",
    "Prime",
    "Vice",
    "Foreign",
    "Mr",
    "Mrs",
    "Ms",
];

/// A full name after a title or role word ("Foreign Minister Sergey
/// Lavrov", "special envoy Steve Witkoff").
static TITLED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:President|Minister|Chancellor|Secretary|General|Secretary-General|State|envoy|adviser|aide|commentator|host)\s+({NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})"
    ))
    .expect("valid pattern")
});

/// A full name before an apposition ("Yuri Ushakov, a senior adviser").
static APPOSED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}),\s+(?:a|an|the)\s"
    ))
    .expect("valid pattern")
});

impl People {
    /// The people named in the seeds.
    pub fn of(seeds: &[Seed]) -> Self {
        let mut full = BTreeMap::new();
        for sentence in seeds.iter().flat_map(|s| s.paragraphs.iter().flatten()) {
            for caps in TITLED_NAME
                .captures_iter(sentence)
                .chain(APPOSED_NAME.captures_iter(sentence))
            {
                let words: Vec<&str> = caps[1]
                    .split_whitespace()
                    .skip_while(|w| TITLES.contains(w))
                    .collect();
                if let [_, .., surname] = words[..] {
                    full.insert(words.join(" "), surname.to_string());
                }
            }
        }
        let mut seen = Vec::new();
        let mut distinct = Vec::new();
        for (name, surname) in &full {
            let key = surname_key(surname);
            if !seen.contains(&key) {
                seen.push(key);
                distinct.push(name.clone());
            }
        }
        People { full, distinct }
    }

    /// Every full name found, for the record.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.distinct.iter().map(String::as_str)
    }

    /// The person a name written in a sentence stands for: the longest
    /// trailing run of its words that is a full name or a surname, as
    /// (byte offset of that run in `name`, whether it is the full name).
    fn person_in(&self, name: &str) -> Option<(usize, bool)> {
        let starts: Vec<usize> = std::iter::once(0)
            .chain(name.match_indices(' ').map(|(i, _)| i + 1))
            .collect();
        for &start in &starts {
            let tail = &name[start..];
            if self.full.contains_key(tail) {
                return Some((start, true));
            }
            if !tail.contains(' ') && self.full.values().any(|s| s == tail) {
                return Some((start, false));
            }
        }
        None
    }

    /// Another person than `old` (a full name or a surname), written the
    /// same way.
    fn other_than(&self, old: &str, full: bool, rng: &mut Rng) -> Option<String> {
        let old_key = surname_key(old.rsplit(' ').next().unwrap_or(old));
        let others: Vec<&String> = self
            .distinct
            .iter()
            .filter(|name| surname_key(&self.full[*name]) != old_key)
            .collect();
        if others.is_empty() {
            return None;
        }
        let name = rng.pick(&others);
        Some(if full {
            name.to_string()
        } else {
            self.full[*name].clone()
        })
    }
}

/// What makes two spellings of a surname one person ("Zelensky",
/// "Zelenskyy"): their first five letters, lower-cased.
pub fn surname_key(surname: &str) -> String {
    surname
        .chars()
        .take(5)
        .flat_map(char::to_lowercase)
        .collect()
}

/// Number words and their values ("one" is left out: it is as often a
/// pronoun or an article as a count).
const NUMBER_WORDS: &[(&str, f64)] = &[
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
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// A number: digits (with thousands commas or a decimal part) or a
/// number word.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
    Regex::new(&format!(
        r"\b(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{}))\b",
        words.join("|")
    ))
    .expect("valid pattern")
});

/// Words before a number that make it a one-sided bound: "at least 14" and
/// "at least 30" can both hold, so changing it plants no contradiction.
const ONE_SIDED: &[&str] = &[
    "at least",
    "more than",
    "over",
    "up to",
    "less than",
    "fewer than",
    "under",
    "at most",
    "as many as",
    "as much as",
    "as few as",
];

/// How far a changed number moves: the first of these (in random order)
/// that lands clearly away from the old value; a number word moves to a
/// word between the first and the last times the old value.
const FACTORS: &[f64] = &[0.4, 0.5, 0.6, 1.5, 2.0, 2.5, 3.0];

/// Months' short forms, written with a full stop ("Feb. 24").
const MONTH_ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Weekdays' names, in order.
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A weekday's name.
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?:{})\b", WEEKDAYS.join("|"))).expect("valid pattern")
});

/// A month (or its short form) and a day: "August 18", "Feb. 24".
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:(?:{})|(?:{})\.) (\d{{1,2}})\b",
        MONTHS.join("|"),
        MONTH_ABBREVIATIONS.join("|")
    ))
    .expect("valid pattern")
});

/// A day and a month: "24 February".
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(\d{{1,2}}) (?:{})\b", MONTHS.join("|"))).expect("valid pattern")
});

/// A month's name.
static MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b(?:{})\b", MONTHS.join("|"))).expect("valid pattern"));

/// A speech verb, in the forms the seeds use ("has said", "told").
const SPEECH_VERB: &str = r"(?:has |had )?(?:said|says|told|wrote|added|posted)\b";

/// Words that make the name after them no speaker of its own.
const NOT_BEFORE_SPEAKER: &[&str] = &[
    "to", "of", "with", "for", "by", "from", "at", "in", "on", "and", "than",
];

/// "NAME said", "NAME, the White House press secretary, said".
static NAME_THEN_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({NAME_WORD}(?: {NAME_WORD}){{0,2}})(?:, [^,“”]{{2,90}},)? {SPEECH_VERB}"
    ))
    .expect("valid pattern")
});

/// "said NAME", "according to NAME".
static VERB_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:said|says|told|wrote|added|according to) ({NAME_WORD}(?: {NAME_WORD}){{0,2}})"
    ))
    .expect("valid pattern")
});

/// Whether a change of `kind` can be planted in `sentence`.
pub fn can_plant(kind: Kind, sentence: &str, people: &People) -> bool {
    !spots(kind, sentence, people).is_empty()
}

/// Plants a change of `kind` in `sentence` at one of its spots (chosen at
/// random), or `None` when it has none.
pub fn plant(kind: Kind, sentence: &str, people: &People, rng: &mut Rng) -> Option<Change> {
    let spots = spots(kind, sentence, people);
    if spots.is_empty() {
        return None;
    }
    let ((start, end), new) = match *rng.pick(&spots) {
        Spot::Number(start, end) => ((start, end), new_number(&sentence[start..end], rng)?),
        Spot::Weekday(start, end) => {
            let old = WEEKDAYS.iter().position(|w| *w == &sentence[start..end])?;
            let new = (old + 1 + rng.below(WEEKDAYS.len() - 1)) % WEEKDAYS.len();
            ((start, end), WEEKDAYS[new].to_string())
        }
        Spot::Day { date, day } => {
            let old: usize = sentence[day.0..day.1].parse().ok()?;
            let new = moved_day(old, rng)?;
            let text = format!(
                "{}{new}{}",
                &sentence[date.0..day.0],
                &sentence[day.1..date.1]
            );
            (date, text)
        }
        Spot::Month(start, end) => {
            let old = MONTHS.iter().position(|m| *m == &sentence[start..end])?;
            ((start, end), MONTHS[moved_month(old, rng)].to_string())
        }
        Spot::Speaker { range, full } => {
            let new = people.other_than(&sentence[range.0..range.1], full, rng)?;
            (range, new)
        }
    };
    let old = sentence[start..end].to_string();
    if old == new {
        return None;
    }
    Some(Change {
        kind,
        after: format!("{}{new}{}", &sentence[..start], &sentence[end..]),
        old,
        new,
    })
}

/// The places in `sentence` where a change of `kind` can go.
fn spots(kind: Kind, sentence: &str, people: &People) -> Vec<Spot> {
    match kind {
        Kind::Number => NUMBER
            .find_iter(sentence)
            .filter(|m| is_plain_number(sentence, m.start(), m.end()))
            .map(|m| Spot::Number(m.start(), m.end()))
            .collect(),
        Kind::Date => date_spots(sentence),
        Kind::Speaker => speaker_spots(sentence, people),
    }
}

/// Whether the number at `start..end` is a figure of its own: not a year,
/// not a day of a date, not a clock time, ratio or part of a name ("Article
/// 5", "COVID-19"), not part of a compound number word, not a one-sided
/// bound.
fn is_plain_number(sentence: &str, start: usize, end: usize) -> bool {
    let text = &sentence[start..end];
    let before = &sentence[..start];
    let after = &sentence[end..];
    if text.len() == 4
        && text
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y))
    {
        return false;
    }
    let glued_before = before.ends_with(['-', ':', '/', '.']);
    let glued_after = (after.starts_with([':', '/', '.'])
        && after[1..].starts_with(|c: char| c.is_ascii_digit()))
        || after.strip_prefix('-').is_some_and(|rest| {
            NUMBER_WORDS
                .iter()
                .any(|(w, _)| rest.to_lowercase().starts_with(w))
        });
    if glued_before || glued_after {
        return false;
    }
    let previous = previous_word(before);
    let next = after
        .split_whitespace()
        .next()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let is_month = |w: &str| MONTHS.contains(&w) || MONTH_ABBREVIATIONS.contains(&w);
    if previous.is_some_and(is_month) || next.is_some_and(is_month) {
        return false;
    }
    // A capitalised word before the number, other than the sentence's
    // first, makes it part of a name ("Article 5", "Section 2"); "the two"
    // names a pair already told ("the two leaders") and counts nothing.
    let previous_opens = before.split_whitespace().count() <= 1;
    if !previous_opens && previous.is_some_and(|w| w.starts_with(char::is_uppercase)) {
        return false;
    }
    if previous.is_some_and(|w| w.eq_ignore_ascii_case("the")) && text.eq_ignore_ascii_case("two") {
        return false;
    }
    let lower = before.trim_end_matches(['$', '£', '€', ' ']).to_lowercase();
    !ONE_SIDED.iter().any(|bound| {
        lower
            .strip_suffix(bound)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    })
}

/// The word before byte `before.len()`, without punctuation.
fn previous_word(before: &str) -> Option<&str> {
    before
        .split_whitespace()
        .next_back()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// The dates in `sentence`: days of a month with the month ("August 18",
/// "24 February", "Feb. 24"), weekdays, and months standing alone (not as
/// the sentence's first word, where "May" is a verb as often as a month).
fn date_spots(sentence: &str) -> Vec<Spot> {
    let mut spots = Vec::new();
    let mut taken = Vec::new();
    for caps in MONTH_DAY
        .captures_iter(sentence)
        .chain(DAY_MONTH.captures_iter(sentence))
    {
        let (whole, day) = (caps.get(0).expect("match"), caps.get(1).expect("day"));
        if day
            .as_str()
            .parse::<usize>()
            .is_ok_and(|d| (1..=31).contains(&d))
        {
            spots.push(Spot::Day {
                date: (whole.start(), whole.end()),
                day: (day.start(), day.end()),
            });
            taken.push(whole.range());
        }
    }
    for m in WEEKDAY.find_iter(sentence) {
        spots.push(Spot::Weekday(m.start(), m.end()));
    }
    for m in MONTH.find_iter(sentence) {
        let inside_day = taken.iter().any(|r| r.contains(&m.start()));
        if !inside_day && !sentence[..m.start()].trim().is_empty() {
            spots.push(Spot::Month(m.start(), m.end()));
        }
    }
    spots
}

/// The named speakers of `sentence`: a person the seeds name, written
/// before a speech verb (with or without an apposition between) or after
/// one ("said X", "according to X").
fn speaker_spots(sentence: &str, people: &People) -> Vec<Spot> {
    let mut spots = Vec::new();
    for caps in NAME_THEN_VERB
        .captures_iter(sentence)
        .chain(VERB_THEN_NAME.captures_iter(sentence))
    {
        let name = caps.get(1).expect("name");
        // "an aide to Putin said": the name after a preposition or "and"
        // is not (or not alone) the speaker.
        let governed = previous_word(&sentence[..name.start()])
            .is_some_and(|w| NOT_BEFORE_SPEAKER.contains(&w.to_lowercase().as_str()));
        if governed {
            continue;
        }
        if let Some((offset, full)) = people.person_in(name.as_str()) {
            spots.push(Spot::Speaker {
                range: (name.start() + offset, name.end()),
                full,
            });
        }
    }
    spots
}

/// A number clearly different from `old` (digits or a word, written the
/// way `old` is).
fn new_number(old: &str, rng: &mut Rng) -> Option<String> {
    if let Some(&(_, value)) = NUMBER_WORDS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(old))
    {
        let (low, high) = (value * FACTORS[0], value * FACTORS[FACTORS.len() - 1]);
        let choices: Vec<&str> = NUMBER_WORDS
            .iter()
            .filter(|(_, v)| (low..=high).contains(v) && clearly_different(value, *v))
            .map(|(w, _)| *w)
            .collect();
        let word = *rng.pick(&choices);
        return Some(if old.starts_with(char::is_uppercase) {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        } else {
            word.to_string()
        });
    }
    let plain: String = old.chars().filter(|c| *c != ',').collect();
    let value: f64 = plain.parse().ok()?;
    let decimals = plain.split_once('.').map_or(0, |(_, d)| d.len());
    let scale = 10f64.powi(decimals as i32);
    let mut factors = FACTORS.to_vec();
    rng.shuffle(&mut factors);
    factors
        .into_iter()
        .map(|f| (value * f * scale).round() / scale)
        .find(|&new| clearly_different(value, new))
        .map(|new| written(new, decimals, old.contains(',')))
}

/// At least 30% away from `old`, above zero, and not `old` rounded to a
/// power of ten (150 → 200 would be a rounding, not a contradiction).
fn clearly_different(old: f64, new: f64) -> bool {
    if new <= 0.0 || (new - old).abs() < 0.3 * old {
        return false;
    }
    let mut unit = 1.0;
    while unit <= old * 10.0 {
        if ((old / unit).round() * unit - new).abs() < 1e-9 {
            return false;
        }
        unit *= 10.0;
    }
    true
}

/// `value` with `decimals` places, its thousands grouped with commas when
/// `grouped`.
fn written(value: f64, decimals: usize, grouped: bool) -> String {
    let text = format!("{value:.decimals$}");
    if !grouped {
        return text;
    }
    let (whole, fraction) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut out = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// A day 2 to 9 days earlier (later when that would leave the month),
/// kept within 1–28 so every month has it.
fn moved_day(old: usize, rng: &mut Rng) -> Option<usize> {
    let delta = 2 + rng.below(8);
    let new = if old > delta {
        old - delta
    } else {
        old + delta
    };
    (1..=28).contains(&new).then_some(new)
}

/// A month one to three months earlier, or later when that would cross
/// into the year before (a month without a year is read in the report's
/// year, and an earlier month keeps a past event in the past).
fn moved_month(old: usize, rng: &mut Rng) -> usize {
    let shift = 1 + rng.below(3);
    if old >= shift {
        old - shift
    } else {
        old + shift
    }
}

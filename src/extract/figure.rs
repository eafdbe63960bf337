//! Figure claims: a quantity, its unit, what it counts or describes, and the
//! topic its sentence puts it under.

use rustc_hash::FxHashSet;
use std::borrow::Cow;

use crate::normalise::interval::Interval;
use crate::normalise::quantity::{
    find_quantities, is_function_word, looks_like_verb, Frame, Quantity, Unit,
};
use crate::normalise::tokens::{singular, singular_of, stem_of, Token, TokenKind};
use crate::rules::{Dimension, RuleSet, Topic, TriggerWord};

/// How far (in tokens) a topic trigger may stand from the quantity it governs.
const TRIGGER_REACH: usize = 14;

/// A figure claim.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Figure {
    /// The value, in the unit's base.
    pub interval: Interval,
    /// What it measures.
    pub unit: Unit,
    /// Index into `RuleSet::topics`, when a topic rule governs it.
    pub topic: Option<usize>,
    /// Lemma of the noun it counts or describes.
    pub head: Option<String>,
    /// Lemmas of the words before the head in its noun phrase.
    pub modifiers: Vec<String>,
    /// The hedge as written, folded.
    pub hedge: Option<String>,
    /// The denominator of a rate ("share" in "$48 a share").
    pub per: Option<String>,
    /// Deadline or offset, for durations that are not lengths of things.
    pub frame: Option<Frame>,
    /// A loose count ("a few"): a number outside it says something else
    /// rather than the opposite.
    pub loose: bool,
}

impl Figure {
    /// The value as the JSON report writes it: "90000000000 USD", "[14, ∞) people", "40 minutes".
    pub fn value_text(&self) -> String {
        let per = self.per.as_deref().map(per_text).unwrap_or_default();
        match (&self.unit, self.unit.own_unit()) {
            (_, Some((word, size))) => {
                let single = self.interval.is_point() && self.interval.low == size;
                let word = if single {
                    word.to_string()
                } else {
                    format!("{word}s")
                };
                format!("{} {word}{per}", self.interval.display(size))
            }
            (Unit::Percent, _) => format!("{}%{per}", self.interval.display(1.0)),
            (unit, _) => format!("{} {}{per}", self.interval.display(1.0), unit.label()),
        }
    }

    /// The unit as the structured value names it ("USD", "minutes", "people per day").
    pub fn unit_name(&self) -> String {
        let name = match (&self.unit, self.unit.own_unit()) {
            (_, Some((word, _))) => format!("{word}s"),
            (Unit::Percent, _) => "percent".into(),
            (unit, _) => unit.label(),
        };
        match &self.per {
            Some(per) => format!("{name}{}", per_text(per)),
            None => name,
        }
    }

    /// Value bounds in the unit the writer used (minutes, years), for `parsed`.
    pub fn bounds_in_own_unit(&self) -> (Option<f64>, Option<f64>) {
        let size = self.unit.own_unit().map_or(1.0, |(_, size)| size);
        let bound = |v: f64| v.is_finite().then_some(v / size);
        (bound(self.interval.low), bound(self.interval.high))
    }
}

/// Whether a figure's denominator is the whole it is a part of ("of 22
/// samples", as [`crate::normalise::quantity`] writes it), not a rate's.
pub fn names_a_whole(per: &str) -> bool {
    per.starts_with("of ")
}

/// A denominator as written after the value: " per share", or a part's
/// whole, " of 22 samples".
fn per_text(per: &str) -> String {
    if names_a_whole(per) {
        format!(" {per}")
    } else {
        format!(" per {per}")
    }
}

/// Which topic dimension a unit falls under.
pub fn dimension_of(unit: &Unit) -> Dimension {
    match unit {
        Unit::Money(_) => Dimension::Money,
        Unit::Percent | Unit::PercentagePoints => Dimension::Percent,
        Unit::Duration { .. } => Dimension::Duration,
        Unit::Measure { .. } => Dimension::Measure,
        Unit::Count(_) => Dimension::Count,
    }
}

/// Figures in a tokenized sentence, each with its token span; `lemmas` are
/// the sentence's [`word_forms`], made once for every extractor.
pub fn extract(
    tokens: &[Token],
    lemmas: &[WordForms],
    rules: &RuleSet,
) -> Vec<(usize, usize, Figure)> {
    let quantities = find_quantities(tokens, rules);
    if quantities.is_empty() {
        return Vec::new();
    }
    from_quantities(
        tokens,
        quantities,
        &without_modifiers(tokens, lemmas, rules),
        rules,
    )
}

/// Figures from quantities already found; `lemmas` are the sentence's
/// [`without_modifiers`] word forms, which name topics.
pub fn from_quantities(
    tokens: &[Token],
    quantities: Vec<Quantity>,
    lemmas: &[WordForms],
    rules: &RuleSet,
) -> Vec<(usize, usize, Figure)> {
    quantities
        .into_iter()
        .filter_map(|mut q| {
            let bare = q.unit == Unit::Count(String::new());
            if bare {
                if let Some((noun, class)) = noun_of_number(tokens, q.first, rules) {
                    q.unit = Unit::Count(class);
                    q.head = Some(noun);
                }
            }
            let topic = choose_topic(&q, &without_owner(tokens, lemmas, q.first), rules);
            // "23 arrests" counts what its topic counts: people arrested.
            if let (Some(t), Unit::Count(class)) =
                (topic.and_then(|t| rules.topics.get(t)), &q.unit)
            {
                if !class.is_empty() && !t.counts.is_empty() && !t.counts.contains(class) {
                    if let Some(counted) = t.counts.first() {
                        q.unit = Unit::Count(counted.clone());
                    }
                }
            }
            if q.determiner_like && topic.is_none() {
                return None;
            }
            if q.unit == Unit::Count(String::new()) {
                q.unit = Unit::Count(
                    topic
                        .and_then(|t| rules.topics.get(t))
                        .and_then(|t| t.counts.first().cloned())?,
                );
            }
            Some((
                q.first,
                q.last,
                Figure {
                    interval: q.interval,
                    unit: q.unit,
                    topic,
                    head: q.head,
                    modifiers: q.modifiers,
                    hedge: q.hedge,
                    per: q.per,
                    frame: q.frame,
                    loose: q.loose,
                },
            ))
        })
        .collect()
}

/// X and its class in "the number of X" before a bare number, or the noun
/// right before "of N" ("a membership of 64,000").
fn noun_of_number(tokens: &[Token], first: usize, rules: &RuleSet) -> Option<(String, String)> {
    let with_class = |noun: String| {
        let class = rules
            .count_classes
            .get(&noun)
            .cloned()
            .unwrap_or_else(|| noun.clone());
        (noun, class)
    };
    if first >= 2 && tokens[first - 1].norm == "of" && tokens[first - 2].norm != "number" {
        return Some(with_class(singular(&tokens[first - 2].norm)));
    }
    (0..first.saturating_sub(2)).find_map(|k| {
        (tokens[k].norm == "number" && tokens[k + 1].norm == "of")
            .then(|| tokens.get(k + 2))
            .flatten()
            .map(|t| with_class(singular(&t.norm)))
    })
}

/// A token's singular and stem ([`word_forms`]), borrowed from its folded
/// form wherever they are a prefix of it, as most are.
pub type WordForms<'a> = (Cow<'a, str>, Cow<'a, str>);

/// Each token's singular and stem, for matching trigger words.
pub fn word_forms(tokens: &[Token]) -> Vec<WordForms<'_>> {
    // A word inside a multi-word name ("Ridorbri Holdings", "the Kakaka
    // Group") names a body, not the topic its lower-case form would: it is
    // left blank so it triggers nothing. Title-case headings keep theirs.
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
    let capitalised = tokens.iter().filter(|t| t.capitalised).count();
    let title_case = capitalised * 2 > words;
    let in_name = |i: usize| {
        let name_word = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
        };
        !title_case && i > 0 && name_word(i) && (name_word(i - 1) || name_word(i + 1))
    };
    tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if in_name(i) {
                (Cow::Borrowed(""), Cow::Borrowed(""))
            } else {
                (singular_of(&t.norm), stem_of(&t.norm))
            }
        })
        .collect()
}

/// The word forms with the possessive right before a quantity blanked:
/// "the ship's 26 crew" counts crew, and the owner says whose they are,
/// not what is counted.
fn without_owner<'a>(
    tokens: &[Token],
    lemmas: &'a [WordForms<'a>],
    first: usize,
) -> Cow<'a, [WordForms<'a>]> {
    let owner = first
        .checked_sub(1)
        .filter(|&k| tokens[k].kind == TokenKind::Word && tokens[k].norm.ends_with("'s"));
    match owner {
        Some(k) if k < lemmas.len() => {
            let mut forms = lemmas.to_vec();
            forms[k] = (Cow::Borrowed(""), Cow::Borrowed(""));
            Cow::Owned(forms)
        }
        _ => Cow::Borrowed(lemmas),
    }
}

/// The topic whose trigger stands nearest the quantity (inside it counts
/// as 0), of the quantity's dimension and class.
fn choose_topic(q: &Quantity, lemmas: &[WordForms], rules: &RuleSet) -> Option<usize> {
    let dimension = dimension_of(&q.unit);
    nearest_topic(lemmas, (q.first, q.last), TRIGGER_REACH, rules, |topic| {
        let dimension_fits = topic.dimension == dimension || topic.dimension == Dimension::Any;
        // A topic that counts one class governs no other ("12 people" is not
        // a number of flooded homes); a bare number of unknown class may take any.
        let class_fits = match &q.unit {
            Unit::Count(class) => {
                class.is_empty()
                    || topic.counts.is_empty()
                    || topic.counts.contains(class)
                    || names_topic(q, topic)
            }
            _ => true,
        };
        dimension_fits && class_fits
    })
}

/// The sentence's word forms with every topic word blanked that only
/// modifies the noun after it, when that noun is no topic word itself:
/// "a jet fuel spill" is about fuel, not jets, and "fire crews" are crews;
/// "an aid package" keeps both words for the nearest to decide.
pub fn without_modifiers<'a>(
    tokens: &[Token],
    lemmas: &'a [WordForms<'a>],
    rules: &RuleSet,
) -> Cow<'a, [WordForms<'a>]> {
    let topic_word = |k: usize| {
        lemmas
            .get(k)
            .is_some_and(|(singular, stem)| rules.topic_words.contains(singular, stem))
    };
    let mut forms = Cow::Borrowed(lemmas);
    for k in 0..lemmas.len().saturating_sub(1) {
        let lower_word = tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        if lower_word && topic_word(k) && !topic_word(k + 1) && modifies_next(tokens, k) {
            forms.to_mut()[k] = (Cow::Borrowed(""), Cow::Borrowed(""));
        }
    }
    forms
}

/// Whether the word at `k` modifies a noun right after it ("jet fuel",
/// "the strike vote"): both plain lower-case words, the first no verb
/// form, the second a singular content word not shaped like a verb.
fn modifies_next(tokens: &[Token], k: usize) -> bool {
    let (Some(word), Some(next)) = (tokens.get(k), tokens.get(k + 1)) else {
        return false;
    };
    let plain = |t: &Token| {
        t.kind == TokenKind::Word && !t.capitalised && !t.glued && !is_function_word(&t.norm)
    };
    plain(word)
        && plain(next)
        && !looks_like_verb(&word.norm)
        && !word.norm.ends_with("ing")
        && !next.norm.ends_with('s')
        && !next.norm.ends_with("ing")
        && !looks_like_verb(&next.norm)
}

/// The counted noun is itself one of the topic's words ("23 arrests" under
/// arrests): what is counted decides the topic, whatever class its noun
/// falls in.
fn names_topic(q: &Quantity, topic: &Topic) -> bool {
    q.head
        .as_deref()
        .is_some_and(|head| topic.named_by(&singular_of(head), &stem_of(head)))
}

/// The accepted topic whose trigger stands nearest the tokens `first..last`
/// (inside them counts as 0; at equal distance the longer phrase wins, so
/// "winning share" beats "share"); negated triggers do not count.
pub fn nearest_topic(
    lemmas: &[WordForms],
    (first, last): (usize, usize),
    reach: usize,
    rules: &RuleSet,
    accept: impl Fn(&Topic) -> bool,
) -> Option<usize> {
    let mut best: Option<((usize, usize), usize)> = None;
    // Most triggers have a word the sentence lacks: two set look-ups rule
    // them out before their phrase is sought at every token.
    let singulars: FxHashSet<&str> = lemmas.iter().map(|(s, _)| s.as_ref()).collect();
    let stems: FxHashSet<&str> = lemmas.iter().map(|(_, s)| s.as_ref()).collect();
    let present = |w: &TriggerWord| {
        if w.any_inflection {
            stems.contains(w.form.as_str())
        } else {
            singulars.contains(w.form.as_str())
        }
    };
    for (index, topic) in rules.topics.iter().enumerate().filter(|(_, t)| accept(t)) {
        for trigger in topic.triggers.iter().filter(|t| t.iter().all(present)) {
            for start in occurrences(lemmas, trigger).filter(|&i| !negated(lemmas, i)) {
                let end = start + trigger.len();
                let distance = if end <= first {
                    first - end + 1
                } else if start >= last {
                    start - last + 1
                } else {
                    0
                };
                // A trigger across a comma belongs to another clause: it
                // counts, but after any trigger in the claim's own.
                let (from, to) = if end <= first {
                    (end, first)
                } else {
                    (last, start)
                };
                let crossed = lemmas[from.min(to)..to.max(from)]
                    .iter()
                    .any(|(w, _)| w == "," || w == ";");
                let distance_rank = distance + if crossed { reach } else { 0 };
                let rank = (distance_rank, usize::MAX - trigger.len());
                if distance <= reach && best.is_none_or(|(r, _)| rank < r) {
                    best = Some((rank, index));
                }
            }
        }
    }
    best.map(|(_, index)| index)
}

/// "emerged without a ceasefire": a negated trigger says what the figure is not about.
fn negated(lemmas: &[WordForms], at: usize) -> bool {
    (at.saturating_sub(2)..at)
        .any(|k| matches!(lemmas[k].0.as_ref(), "without" | "no" | "not" | "never"))
}

fn occurrences<'a>(
    lemmas: &'a [WordForms],
    phrase: &'a [TriggerWord],
) -> impl Iterator<Item = usize> + 'a {
    (0..lemmas.len().saturating_sub(phrase.len().saturating_sub(1))).filter(move |&i| {
        !phrase.is_empty()
            && phrase.iter().enumerate().all(|(k, w)| {
                lemmas
                    .get(i + k)
                    .is_some_and(|(singular, stem)| w.matches(singular, stem))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures_in(text: &str, rules: &RuleSet) -> Vec<(usize, usize, Figure)> {
        let tokens = tokenize(text);
        extract(&tokens, &word_forms(&tokens), rules)
    }
    use crate::normalise::tokens::tokenize;

    fn topic_of(text: &str) -> Option<String> {
        let rules = RuleSet::builtin().unwrap();
        let found = figures_in(text, &rules);
        assert_eq!(found.len(), 1, "{text}");
        found[0].2.topic.map(|i| rules.topics[i].id.clone())
    }

    /// The owner of what is counted says whose it is, not what it is.
    #[test]
    fn a_possessive_before_a_count_names_no_topic() {
        assert_eq!(topic_of("None of the ship's 26 crew was hurt."), None);
        assert_eq!(
            topic_of("The line's 26 ships sailed."),
            Some("fleet".into())
        );
    }

    /// A topic word that only modifies the noun after it does not name the
    /// figure's topic; two topic words side by side are both weighed.
    #[test]
    fn a_modifying_topic_word_names_no_topic() {
        assert_eq!(
            topic_of("A jet fuel spill at the airport grounded 112 flights."),
            None
        );
        assert_eq!(
            topic_of("The airline grounded 112 jets."),
            Some("fleet".into())
        );
        assert_eq!(
            topic_of("The death toll rose to 12 on Sunday."),
            Some("killed".into())
        );
    }

    #[test]
    fn nearest_trigger_wins() {
        assert_eq!(
            topic_of("At least 14 civilians were killed in the attacks.").as_deref(),
            Some("killed")
        );
        assert_eq!(
            topic_of("He backed a $90 billion weapons package.").as_deref(),
            Some("deal-value")
        );
        assert_eq!(
            topic_of("Tariffs on India rose to 50%.").as_deref(),
            Some("tariff-rate")
        );
        assert_eq!(
            topic_of("They spoke by phone for 40 minutes.").as_deref(),
            Some("call-duration")
        );
        assert_eq!(
            topic_of("The three-and-a-half-year war goes on.").as_deref(),
            Some("conflict-duration")
        );
        assert_eq!(
            topic_of("Shares jumped 24 percent.").as_deref(),
            Some("price-move")
        );
        assert_eq!(
            topic_of("It offered a premium of 32 per cent over the close.").as_deref(),
            Some("premium")
        );
    }

    #[test]
    fn bare_counts_take_their_noun_from_the_sentence() {
        let rules = RuleSet::builtin().unwrap();
        let value = |text: &str| figures_in(text, &rules).first().map(|f| f.2.value_text());
        assert_eq!(
            value("The number of people confirmed dead rose to 12 on Wednesday.").as_deref(),
            Some("12 people")
        );
        assert_eq!(
            value("The death toll climbed to 30.").as_deref(),
            Some("30 people")
        );
        assert_eq!(value("The index rose to 12 on Wednesday."), None);
        assert_eq!(value("He went to 12 meetings."), Some("12 meeting".into()));
    }

    #[test]
    fn no_trigger_no_topic() {
        assert_eq!(topic_of("She rode 12 bicycles."), None);
        assert_eq!(
            topic_of("They spoke for three hours and left without a ceasefire."),
            Some("call-duration".into())
        );
        assert_eq!(
            topic_of("They sat for three hours and left without a ceasefire."),
            None
        );
    }

    #[test]
    fn values_read_like_the_report() {
        let rules = RuleSet::builtin().unwrap();
        let f = |text: &str| figures_in(text, &rules)[0].2.value_text();
        assert_eq!(f("a $90 billion deal"), "90000000000 USD");
        assert_eq!(f("at least 14 civilians"), "[14, ∞) people");
        assert_eq!(f("a 40-minute call"), "40 minutes");
        assert_eq!(f("5 per cent of GDP"), "5%");
    }
}

//! Numerals and money against Duckling's English corpora, read from
//! `../shared/conformance/` at test time (never copied here). Each phrase is
//! put in a sentence where crosscheck reads figures, run through the whole
//! pipeline, and scored against Duckling's value. Each suite prints its score
//! and fails under its floor; the README gives the scores beside Duckling's.

use std::path::PathBuf;

use crosscheck::audit::{audit_documents, AuditOptions};
use crosscheck::extract::ClaimBody;
use crosscheck::extract::Figure;
use crosscheck::normalise::quantity::Unit;
use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Metadata};
use serde::Deserialize;

/// Numerals: at least 95 % of all 105 phrases (100 of them: every phrase
/// but the out-of-scope ones below).
const NUMERAL_FLOOR: f64 = 0.95;
/// Money: at least 95 % of the phrases in currencies the rules list (the
/// issue's target is 90 %).
const MONEY_FLOOR: f64 = 0.95;

/// Phrases Duckling reads that news text means otherwise. They are scored
/// like any other phrase (they count against the floor); the list says why
/// they fail, so a fix that makes one pass is noticed.
const NUMERALS_OUT_OF_SCOPE: &[(&str, &str)] = &[
    (
        ".0012G",
        "'G' after a number is a gram or a mobile network generation ('5G') in news, not giga",
    ),
    ("-.0012G", "as '.0012G'"),
    (
        "30 l",
        "'l' after a number is a litre in news; lakh is written 'lakh' or 'lac'",
    ),
    (
        "three hundred Kr",
        "'Kr' after a number is the Scandinavian krone in news, not crore",
    ),
    (
        "single",
        "'single people' are unmarried people; news writes 'a single person' for one",
    ),
];

/// Money phrases out of scope for news, with the reason (scored all the same).
const MONEY_OUT_OF_SCOPE: &[(&str, &str)] = &[
    (
        "7-9 lakh rupees",
        "Duckling gives the lower bound as 7 rupees; news means 7 to 9 lakh (700,000 to 900,000)",
    ),
    (
        "10 c",
        "a spaced 'c' after a number is a letter or Celsius; news glues the cent sign ('43c')",
    ),
    (
        "42 Saudiriyal",
        "a currency name run together with its country is a typing slip, not news style",
    ),
    (
        "from 1 point 1 and one point three dollars",
        "'from ... and' joins no range in news; 'point' decimals are read elsewhere",
    ),
];

#[derive(Deserialize)]
struct Suite<C> {
    cases: Vec<C>,
}

#[derive(Deserialize)]
struct NumeralCase {
    value: f64,
    phrases: Vec<String>,
}

#[derive(Deserialize)]
struct MoneyCase {
    kind: String,
    currency: String,
    low: Option<f64>,
    high: Option<f64>,
    phrases: Vec<String>,
}

fn suite<C: for<'de> Deserialize<'de>>(name: &str) -> Vec<C> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/conformance")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; the conformance data lives beside the repository",
            path.display()
        )
    });
    serde_json::from_str::<Suite<C>>(&text)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .cases
}

/// The figures the pipeline reads in `sentence`.
fn figures(sentence: &str, rules: &RuleSet) -> Vec<Figure> {
    let document = Document {
        id: "phrase".into(),
        path: "phrase.txt".into(),
        text: format!("{sentence}\n"),
        body_start: 0,
        meta: Metadata {
            published: Some(jiff::civil::Date::constant(2025, 3, 14)),
            ..Metadata::default()
        },
        origin: Vec::new(),
    };
    let audit = audit_documents(vec![document], Vec::new(), rules, AuditOptions::default());
    audit
        .claims
        .into_iter()
        .filter_map(|c| match c.body {
            ClaimBody::Figure(f) => Some(*f),
            _ => None,
        })
        .collect()
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// One phrase to read: the phrase, its sentence, what a right reading is,
/// and whether it counts towards the floor (money in a currency the rules
/// do not list is read and reported, but not held against them).
type Trial<'a> = (&'a str, String, Box<dyn Fn(&Figure) -> bool + 'a>, bool);

/// A phrase is read right when the sentence yields exactly one figure and
/// its check accepts it.
fn score<'a>(
    label: &str,
    trials: impl Iterator<Item = Trial<'a>>,
    out_of_scope: &[(&str, &str)],
    floor: f64,
) {
    let rules = RuleSet::builtin().expect("built-in rules");
    let (mut right, mut total, mut right_anywhere, mut anywhere) = (0, 0, 0, 0);
    let mut wrong = Vec::new();
    for (phrase, sentence, fits, counted) in trials {
        anywhere += 1;
        total += usize::from(counted);
        let found = figures(&sentence, &rules);
        if found.len() == 1 && fits(&found[0]) {
            right_anywhere += 1;
            right += usize::from(counted);
            assert!(
                !out_of_scope.iter().any(|(p, _)| *p == phrase),
                "{label}: {phrase:?} now passes; take it off the out-of-scope list"
            );
        } else if counted {
            let read: Vec<String> = found.iter().map(Figure::value_text).collect();
            let why = out_of_scope
                .iter()
                .find(|(p, _)| *p == phrase)
                .map_or("", |(_, why)| *why);
            wrong.push(format!("  {sentence:?} read as {read:?} {why}"));
        }
    }
    let share = right as f64 / total as f64;
    eprintln!(
        "{label}: {right}/{total} ({:.1}%), floor {:.0}%; {right_anywhere}/{anywhere} of all phrases",
        share * 100.0,
        floor * 100.0
    );
    for line in &wrong {
        eprintln!("{line}");
    }
    assert!(
        share >= floor,
        "{label}: {right}/{total} is under the floor of {floor}"
    );
}

#[test]
fn duckling_numerals() {
    let cases: Vec<NumeralCase> = suite("duckling_numeral_en.json");
    let trials = cases.iter().flat_map(|case| {
        case.phrases.iter().map(move |phrase| {
            let value = case.value;
            let fits: Box<dyn Fn(&Figure) -> bool> = Box::new(move |f: &Figure| {
                matches!(f.unit, Unit::Count(_))
                    && (same(f.interval.low, value) && same(f.interval.high, value)
                        // A vague word ("a few") is read as a range; it
                        // counts when the range holds Duckling's value.
                        || (f.loose && f.interval.low <= value && value <= f.interval.high))
            });
            (
                phrase.as_str(),
                format!("Officials said {phrase} people were evacuated on Friday."),
                fits,
                true,
            )
        })
    });
    score(
        "duckling numerals",
        trials,
        NUMERALS_OUT_OF_SCOPE,
        NUMERAL_FLOOR,
    );
}

/// The ISO codes a Duckling currency name stands for; `None` for any.
fn currencies(duckling: &str) -> Option<Vec<&str>> {
    Some(match duckling {
        "Dollar" => vec!["USD", "CAD", "AUD"],
        "Pound" => vec!["GBP"],
        // A cent is a hundredth of any currency; "Unnamed" is any currency.
        "Cent" | "Unnamed" => return None,
        "Dinar" => vec!["KWD", "JOD", "BHD", "IQD", "LYD", "TND", "DZD", "RSD"],
        "Riyal" => vec!["SAR", "QAR", "OMR", "YER"],
        "Rial" => vec!["IRR", "OMR", "YER"],
        code => vec![code],
    })
}

#[test]
fn duckling_money() {
    let rules = RuleSet::builtin().expect("built-in rules");
    let listed: Vec<String> = rules.currencies.iter().map(|c| c.code.clone()).collect();
    let cases: Vec<MoneyCase> = suite("duckling_money_en.json");
    let trials = cases.iter().flat_map(|case| {
        let listed = currencies(&case.currency)
            .is_none_or(|codes| codes.iter().any(|c| listed.iter().any(|l| l == c)));
        case.phrases.iter().map(move |phrase| {
            // A cent is a hundredth of the currency it is read in.
            let size = if case.currency == "Cent" { 0.01 } else { 1.0 };
            let (low, high) = (case.low.map(|v| v * size), case.high.map(|v| v * size));
            let codes = currencies(&case.currency);
            let kind = case.kind.clone();
            let fits: Box<dyn Fn(&Figure) -> bool> = Box::new(move |f: &Figure| {
                let Unit::Money(code) = &f.unit else {
                    return false;
                };
                let currency_ok = codes
                    .as_ref()
                    .is_none_or(|codes| codes.contains(&code.as_str()));
                let i = f.interval;
                let bounds_ok = match kind.as_str() {
                    "under" => high.is_some_and(|h| same(i.high, h)) && i.low <= 0.0,
                    "above" => low.is_some_and(|l| same(i.low, l)) && i.high.is_infinite(),
                    "between" => {
                        low.is_some_and(|l| same(i.low, l)) && high.is_some_and(|h| same(i.high, h))
                    }
                    // A hedged amount ("around 42 bucks") holds the value.
                    _ => low.is_some_and(|l| {
                        if f.hedge.is_some() {
                            i.low <= l && l <= i.high
                        } else {
                            same(i.low, l) && same(i.high, l)
                        }
                    }),
                };
                currency_ok && bounds_ok
            });
            (
                phrase.as_str(),
                format!("The organisers said tickets cost {phrase} on Friday."),
                fits,
                listed,
            )
        })
    });
    score("duckling money", trials, MONEY_OUT_OF_SCOPE, MONEY_FLOOR);
}

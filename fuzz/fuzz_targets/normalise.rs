//! Any bytes, tokenized and read for numbers, money and dates: no panic,
//! token spans ordered on character boundaries, every quantity and date
//! within the tokens, every interval ordered.
#![no_main]

use crosscheck::normalise::dates::find_dates;
use crosscheck::normalise::quantity::find_quantities;
use crosscheck::normalise::tokens::tokenize;
use crosscheck::rules::RuleSet;
use libfuzzer_sys::fuzz_target;

/// Built once: parsing the rules is slower than most inputs.
static RULES: std::sync::OnceLock<Option<RuleSet>> = std::sync::OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Some(rules) = RULES.get_or_init(|| RuleSet::builtin().ok()) else {
        return;
    };
    let text = String::from_utf8_lossy(data);
    let tokens = tokenize(&text);
    let mut last_end = 0;
    for token in &tokens {
        assert!(token.start >= last_end && token.start < token.end);
        assert!(text.get(token.start..token.end).is_some());
        last_end = token.end;
    }
    for quantity in find_quantities(&tokens, rules) {
        assert!(quantity.first < quantity.last && quantity.last <= tokens.len());
        let interval = quantity.interval;
        assert!(!(interval.low > interval.high), "{interval:?}");
    }
    let published = jiff::civil::Date::new(2025, 8, 19).ok();
    for date in find_dates(&tokens, published) {
        assert!(date.first < date.last && date.last <= tokens.len());
        if let Some(span) = date.span {
            assert!(span.start <= span.end, "{span:?}");
        }
    }
});

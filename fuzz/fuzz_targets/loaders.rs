//! Any bytes as a fact table, decisions file, config, rule file, manifest
//! or web page: errors, never panics.
#![no_main]

use crosscheck::rules::RuleSet;
use libfuzzer_sys::fuzz_target;

/// Built once: parsing the rules is slower than most inputs.
static RULES: std::sync::OnceLock<Option<RuleSet>> = std::sync::OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else { return };
    let Some(rules) = RULES.get_or_init(|| RuleSet::builtin().ok()) else {
        return;
    };
    let file = dir.path().join("input.yaml");
    if std::fs::write(&file, data).is_err() {
        return;
    }
    let _ = crosscheck::facts::load(&file, rules);
    let _ = crosscheck::decisions::Decisions::load(&file);
    let _ = crosscheck::config::Config::load(&file);
    for name in [
        "topics.yaml",
        "boilerplate.yaml",
        "sources.yaml",
        "page.html",
    ] {
        let _ = std::fs::write(dir.path().join(name), data);
    }
    let _ = RuleSet::with_dir(dir.path());
    let _ = crosscheck::source::load(&[dir.path().to_path_buf()], &Default::default());
});

//! Rule files: what counts as a unit, a hedge, a topic and an entity.
//!
//! The default rules in `rules/` are compiled into the binary; a user's folder
//! extends them (new ids, new words) or overrides them (same id). Every file is
//! parsed strictly (unknown keys are errors) and then validated, and every
//! mistake names the file, line and column.

use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::boilerplate::BoilerplateRules;
use crate::normalise::tokens::{fold, normalise_quote, singular, stem, tokenize};
use crate::yaml::{self, YamlError};

/// The rule files a rules folder may hold, in the order they are read.
pub const RULE_FILES: [&str; 6] = [
    "units.yaml",
    "hedges.yaml",
    "topics.yaml",
    "entities.yaml",
    "roles.yaml",
    "boilerplate.yaml",
];

const BUILTIN: [(&str, &str); 6] = [
    (
        "boilerplate.yaml",
        include_str!("../rules/boilerplate.yaml"),
    ),
    ("roles.yaml", include_str!("../rules/roles.yaml")),
    ("units.yaml", include_str!("../rules/units.yaml")),
    ("hedges.yaml", include_str!("../rules/hedges.yaml")),
    ("topics.yaml", include_str!("../rules/topics.yaml")),
    ("entities.yaml", include_str!("../rules/entities.yaml")),
];

/// Refuses a YAML file in a rules folder that is not a rule file, naming
/// the rule file it is most like.
fn unknown_files(dir: &Path) -> Result<(), RulesError> {
    let io = |source: std::io::Error| RulesError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let Some(stem) = name
            .strip_suffix(".yaml")
            .or_else(|| name.strip_suffix(".yml"))
        else {
            continue;
        };
        if RULE_FILES
            .iter()
            .any(|f| f.trim_end_matches(".yaml") == stem)
        {
            continue;
        }
        let suggestion = RULE_FILES
            .iter()
            .map(|f| (strsim::jaro_winkler(f.trim_end_matches(".yaml"), stem), f))
            .filter(|(score, _)| *score >= 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, f)| f.to_string());
        return Err(RulesError::UnknownFile {
            path: dir.join(&name),
            suggestion,
        });
    }
    Ok(())
}

/// Why a rules folder could not be used.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    /// A rule file with a syntax, type or value mistake.
    #[error(transparent)]
    Yaml(#[from] YamlError),
    /// The folder or one of its files could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// What could not be read.
        path: PathBuf,
        /// Why, as the system said it.
        source: std::io::Error,
    },
    /// The rules folder named is missing, or is a file.
    #[error("{}: {}", path.display(), if *.missing { "no such folder" } else { "not a folder" })]
    NotAFolder {
        /// The path given.
        path: PathBuf,
        /// Nothing is there at all.
        missing: bool,
    },
    /// A YAML file in a rules folder that is no rule file: most likely a
    /// misnamed one ("topic.yaml"), which would otherwise be ignored.
    #[error("{}: not a rule file (rule files are {}){}", path.display(), RULE_FILES.join(", "), suggestion.as_ref().map(|s| format!("; did you mean {s}?")).unwrap_or_default())]
    UnknownFile {
        /// The file.
        path: PathBuf,
        /// The rule file it is most like.
        suggestion: Option<String>,
    },
    /// The folder holds none of the rule files, which is almost surely a wrong path.
    #[error("{}: no rule files here (expected one of: {})", path.display(), RULE_FILES.join(", "))]
    Empty {
        /// The folder.
        path: PathBuf,
    },
}

/// Which quantities a topic governs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// Counted things: people, jobs, homes.
    Count,
    /// Amounts of money.
    Money,
    /// Percentages and percentage points.
    Percent,
    /// Lengths of time.
    Duration,
    /// Physical measures: length, mass, area, volume, speed.
    Measure,
    /// Any of the above.
    Any,
}

/// How far apart two values may be and still agree.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tolerance {
    /// In the claim's own unit (people, USD, seconds, percent).
    Absolute(f64),
    /// A share of the larger value.
    Relative(f64),
}

impl Tolerance {
    /// Reads "0", "2.5" or "5%"; `None` when the text is neither.
    pub fn parse(text: &str) -> Option<Tolerance> {
        let text = text.trim();
        if let Some(share) = text.strip_suffix('%') {
            let share: f64 = share.trim().parse().ok()?;
            (share.is_finite() && share >= 0.0).then_some(Tolerance::Relative(share / 100.0))
        } else {
            let amount: f64 = text.parse().ok()?;
            (amount.is_finite() && amount >= 0.0).then_some(Tolerance::Absolute(amount))
        }
    }

    /// The slack allowed between two values of about `magnitude`.
    pub fn slack(self, magnitude: f64) -> f64 {
        match self {
            Tolerance::Absolute(amount) => amount,
            Tolerance::Relative(share) => share * magnitude.abs(),
        }
    }
}

/// One word of a trigger phrase. A word written in its base form ("cost",
/// "offer", "call") matches every inflection ("costing", "offered",
/// "calls"); a word written inflected ("talks", "talked") matches only that
/// form, so "talks" and "talked" can govern different topics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriggerWord {
    /// The word as it is compared: its stem for a base form, else its singular.
    pub form: String,
    /// Compare stems rather than singulars.
    pub any_inflection: bool,
}

impl TriggerWord {
    /// Reads one folded word of a trigger.
    pub fn new(word: &str) -> Self {
        let base = singular(word) == word && stem(word) == word.trim_end_matches('e');
        TriggerWord {
            form: if base { stem(word) } else { singular(word) },
            any_inflection: base,
        }
    }

    /// Does this word of text (its singular and its stem) match?
    pub fn matches(&self, singular: &str, stem: &str) -> bool {
        if self.any_inflection {
            self.form == stem
        } else {
            self.form == singular
        }
    }
}

/// How important a disagreement on a topic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look.
    Low,
    /// Worth a correction.
    Medium,
    /// Worth a correction now.
    High,
}

/// A claim topic, compiled.
#[derive(Debug, Clone)]
pub struct Topic {
    /// Stable id shown in reports.
    pub id: String,
    /// One line for humans.
    pub description: String,
    /// Which quantities it governs.
    pub dimension: Dimension,
    /// Trigger phrases, word by word.
    pub triggers: Vec<Vec<TriggerWord>>,
    /// Allowed slack.
    pub tolerance: Tolerance,
    /// Importance of a disagreement.
    pub severity: Severity,
    /// Figures that hold for one moment or event: compare only within one
    /// time frame, and read a far larger figure as a total, not a contradiction.
    pub time_bound: bool,
    /// Counts that only grow (tolls): a larger figure reported later is the
    /// story moving on, not a contradiction.
    pub cumulative: bool,
    /// Ages of ongoing things (a war's length): compared by when they began,
    /// so reports published months apart can agree.
    pub ongoing: bool,
    /// Events that happen once (a founding, an opening): dates years apart
    /// still contradict, where for calls and meetings they would be two
    /// occurrences.
    pub once: bool,
    /// The classes of counted things the topic governs (none: any); the
    /// first is what a bare number under it counts ("the toll rose to 12":
    /// people).
    pub counts: Vec<String>,
}

/// A scale word ("billion", "bn").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// Multiplier.
    pub factor: f64,
    /// Only counts when glued to the number or after a currency.
    pub glued_only: bool,
}

/// A unit of a physical measure ("mm" of length).
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureUnit {
    /// The dimension: length, mass, area, volume, speed.
    pub dimension: String,
    /// Size in the dimension's base unit.
    pub factor: f64,
    /// Only counts when glued to the number.
    pub glued_only: bool,
    /// The word as the rules first list it, for display.
    pub word: String,
}

/// A currency and the ways it is written.
#[derive(Debug, Clone)]
pub struct Currency {
    /// ISO code shown in values.
    pub code: String,
    /// Symbols as token sequences ("US$" → ["us", "$"]), written before
    /// the number or, less often, after it ("20€").
    pub symbols: Vec<Vec<String>>,
    /// Codes ("usd") written before or after the number.
    pub codes: Vec<String>,
    /// Words written after the number, as token sequences.
    pub words: Vec<Vec<String>>,
    /// Words for the hundredth ("cents", "pence"), as token sequences: they
    /// finish an amount ("$20 and 43 cents") or make one ("ten cents").
    pub minor: Vec<Vec<String>>,
}

/// A hedge phrase and the interval it makes of the number after it.
#[derive(Debug, Clone)]
pub struct Hedge {
    /// The phrase as folded tokens.
    pub phrase: Vec<String>,
    /// The interval it makes.
    pub interval: IntervalTemplate,
}

/// An interval written in terms of the stated value x, e.g. "[0.9x, 1.1x]".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IntervalTemplate {
    /// Lower bound as a multiple of x (None: unbounded).
    pub low: Option<f64>,
    /// Upper bound as a multiple of x (None: unbounded).
    pub high: Option<f64>,
    /// The lower bound itself is excluded.
    pub low_open: bool,
    /// The upper bound itself is excluded.
    pub high_open: bool,
}

impl IntervalTemplate {
    /// Reads "[x, inf)", "(x, 1.1x]", "[0, x)".
    pub fn parse(text: &str) -> Option<IntervalTemplate> {
        let text = text.trim();
        let low_open = match text.chars().next()? {
            '[' => false,
            '(' => true,
            _ => return None,
        };
        let high_open = match text.chars().last()? {
            ']' => false,
            ')' => true,
            _ => return None,
        };
        let inner = text.get(1..text.len() - 1)?;
        let (low, high) = inner.split_once(',')?;
        let bound = |b: &str| -> Option<Option<f64>> {
            let b = b.trim();
            if b == "inf" || b == "+inf" {
                return Some(None);
            }
            if b == "0" {
                return Some(Some(0.0));
            }
            let factor = b.strip_suffix('x')?.trim();
            if factor.is_empty() {
                return Some(Some(1.0));
            }
            let f: f64 = factor.parse().ok()?;
            (f.is_finite() && f >= 0.0).then_some(Some(f))
        };
        let template = IntervalTemplate {
            low: bound(low)?,
            high: bound(high)?,
            low_open,
            high_open,
        };
        match (template.low, template.high) {
            (None, _) => None,
            (Some(l), Some(h)) if l > h => None,
            _ => Some(template),
        }
    }
}

/// A canonical entity.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Stable id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Person, organisation or place.
    pub kind: EntityKind,
}

/// What an entity is; only people take part in fuzzy name matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A company, party, agency or alliance.
    Organisation,
    /// A country, city or region.
    Place,
}

/// One way of writing an entity, as tokens.
#[derive(Debug, Clone)]
pub struct Alias {
    /// Folded tokens.
    pub tokens: Vec<String>,
    /// Per token: the original was capitalised (a proper noun must be).
    pub capitalised: Vec<bool>,
    /// The alias is an acronym in capitals ("US"): the text must be in capitals too.
    pub all_caps: bool,
    /// Index into `RuleSet::entities`.
    pub entity: usize,
}

/// A known person's name as written in one alias, for fuzzy matching.
#[derive(Debug, Clone)]
pub struct PersonAlias {
    /// The folded words joined by spaces.
    pub full: String,
    /// The last word: the surname.
    pub surname: String,
    /// How many words.
    pub words: usize,
    /// Index into `RuleSet::entities`.
    pub entity: usize,
}

/// Memo of fuzzy person matches, shared by the threads of one run.
#[derive(Debug, Clone, Default)]
pub struct SpellingCache(Arc<Mutex<FxHashMap<String, Option<usize>>>>);

impl SpellingCache {
    /// The person `written` was found to be, or finds it with `measure`.
    pub fn get_or_measure(
        &self,
        written: &str,
        measure: impl FnOnce() -> Option<usize>,
    ) -> Option<usize> {
        if let Some(known) = self.0.lock().ok().and_then(|m| m.get(written).copied()) {
            return known;
        }
        let found = measure();
        if let Ok(mut map) = self.0.lock() {
            map.insert(written.to_string(), found);
        }
        found
    }
}

/// The one-word triggers of every topic, as they are compared: asked of
/// many words of every sentence holding a figure or a date, so one look-up
/// each rather than a walk through every topic.
#[derive(Debug, Clone, Default)]
pub struct TopicWords {
    singulars: FxHashSet<String>,
    stems: FxHashSet<String>,
}

impl Topic {
    /// Whether a word of text (its singular and its stem) is one of the
    /// topic's one-word triggers: the word names the topic's thing.
    pub fn named_by(&self, singular: &str, stem: &str) -> bool {
        self.triggers
            .iter()
            .any(|t| t.len() == 1 && t[0].matches(singular, stem))
    }
}

impl TopicWords {
    fn of(topics: &[Topic]) -> Self {
        let mut words = TopicWords::default();
        for word in topics
            .iter()
            .flat_map(|t| &t.triggers)
            .filter(|t| t.len() == 1)
            .map(|t| &t[0])
        {
            if word.any_inflection {
                words.stems.insert(word.form.clone());
            } else {
                words.singulars.insert(word.form.clone());
            }
        }
        words
    }

    /// Whether a word of text (its singular and its stem) is a one-word
    /// trigger of some topic.
    pub fn contains(&self, singular: &str, stem: &str) -> bool {
        self.singulars.contains(singular) || self.stems.contains(stem)
    }
}

/// Every rule, compiled and ready for matching.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    /// Topics in file order.
    pub topics: Vec<Topic>,
    /// Their one-word triggers, kept in step with `topics`.
    pub topic_words: TopicWords,
    /// Scale words by folded word.
    pub scales: FxHashMap<String, Scale>,
    /// Currencies.
    pub currencies: Vec<Currency>,
    /// Duration words by folded word, in seconds.
    pub durations: FxHashMap<String, f64>,
    /// Percent phrases as token sequences.
    pub percent: Vec<Vec<String>>,
    /// Percentage-point phrases as token sequences.
    pub percentage_points: Vec<Vec<String>>,
    /// Count noun (singular) → class name.
    pub count_classes: FxHashMap<String, String>,
    /// Words that imply a counted class right after a number ("12 dead").
    pub implied_counts: FxHashMap<String, String>,
    /// Measure units as token sequences, longest first.
    pub measures: Vec<(Vec<String>, MeasureUnit)>,
    /// Nouns that make a rate after "a"/"an" ("$48 a share").
    pub rate_nouns: Vec<String>,
    /// Hedges, longest phrase first.
    pub hedges: Vec<Hedge>,
    /// Entities.
    pub entities: Vec<Entity>,
    /// Aliases grouped by their first token.
    pub aliases: FxHashMap<String, Vec<Alias>>,
    /// The aliases of people, by length of surname: what unseen spellings
    /// of a name are measured against.
    pub people: Vec<PersonAlias>,
    /// Names already measured against `people`, and the person each is (if
    /// any): a name recurs in every sentence and copy that writes it.
    pub spellings: SpellingCache,
    /// Role titles as folded token sequences, longest first.
    pub titles: Vec<Vec<String>>,
    /// Words that make two titles of one kind different posts.
    pub portfolios: Vec<String>,
    /// What marks a line as not the article.
    pub boilerplate: BoilerplateRules,
    /// Quotes too common to attribute, normalised as quotes are compared.
    pub generic_quotes: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BoilerplateFile {
    #[serde(default)]
    teaser_headings: Vec<String>,
    #[serde(default)]
    furniture: Vec<String>,
    #[serde(default)]
    credits: Vec<String>,
    #[serde(default)]
    patterns: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RolesFile {
    #[serde(default)]
    titles: Vec<String>,
    #[serde(default)]
    portfolios: Vec<String>,
    #[serde(default)]
    generic_quotes: Vec<String>,
}

// ---- raw file shapes -------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitsFile {
    #[serde(default)]
    scales: Vec<FactorEntry>,
    #[serde(default)]
    currencies: Vec<CurrencyEntry>,
    #[serde(default)]
    durations: Vec<DurationEntry>,
    #[serde(default)]
    percent: Vec<String>,
    #[serde(default)]
    percentage_points: Vec<String>,
    #[serde(default)]
    count_classes: Vec<CountClassEntry>,
    #[serde(default)]
    measures: Vec<MeasureEntry>,
    #[serde(default)]
    rate_nouns: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureEntry {
    dimension: String,
    units: Vec<FactorEntry>,
}

/// Words worth `factor` of something: a scale ("billion") or a measure unit
/// ("mm"); `glued_only` words count only when written against the number.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactorEntry {
    words: Vec<String>,
    factor: Spanned<f64>,
    #[serde(default)]
    glued_only: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurrencyEntry {
    code: String,
    #[serde(default)]
    symbols: Vec<String>,
    #[serde(default)]
    codes: Vec<String>,
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    minor: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DurationEntry {
    words: Vec<String>,
    seconds: Spanned<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountClassEntry {
    class: String,
    nouns: Vec<String>,
    #[serde(default)]
    implied_by: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HedgesFile {
    hedges: Vec<HedgeEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HedgeEntry {
    phrases: Vec<String>,
    interval: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsFile {
    topics: Vec<TopicEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicEntry {
    id: Spanned<String>,
    #[serde(default)]
    description: String,
    dimension: Dimension,
    triggers: Spanned<Vec<String>>,
    #[serde(default)]
    tolerance: Option<Spanned<ToleranceText>>,
    #[serde(default = "default_severity")]
    severity: Severity,
    #[serde(default)]
    time_bound: bool,
    #[serde(default)]
    counts: Vec<String>,
    #[serde(default)]
    cumulative: bool,
    #[serde(default)]
    ongoing: bool,
    #[serde(default)]
    once: bool,
}

/// Tolerances may be written as a bare number or as a string with "%".
#[derive(Deserialize)]
#[serde(untagged)]
enum ToleranceText {
    Number(f64),
    Text(String),
}

fn default_severity() -> Severity {
    Severity::Medium
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntitiesFile {
    entities: Vec<EntityEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityEntry {
    id: Spanned<String>,
    name: String,
    kind: EntityKind,
    #[serde(default)]
    aliases: Vec<String>,
}

// ---- loading ---------------------------------------------------------------

impl RuleSet {
    /// The default rules compiled into the binary.
    pub fn builtin() -> Result<RuleSet, RulesError> {
        let mut rules = RuleSet::default();
        for (name, text) in BUILTIN {
            rules.add_file(&Path::new("rules").join(name), text)?;
        }
        rules.finish();
        Ok(rules)
    }

    /// The default rules extended and overridden by the files in `dir`.
    pub fn with_dir(dir: &Path) -> Result<RuleSet, RulesError> {
        let mut rules = RuleSet::default();
        for (name, text) in BUILTIN {
            rules.add_file(&Path::new("rules").join(name), text)?;
        }
        rules.add_dir(dir)?;
        rules.finish();
        Ok(rules)
    }

    /// Checks a rules folder on its own (for `crosscheck rules check`);
    /// returns how many files it read.
    pub fn check_dir(dir: &Path) -> Result<usize, RulesError> {
        let mut rules = RuleSet::default();
        rules.add_dir(dir)
    }

    fn add_dir(&mut self, dir: &Path) -> Result<usize, RulesError> {
        if !dir.is_dir() {
            return Err(RulesError::NotAFolder {
                path: dir.to_path_buf(),
                missing: !dir.exists(),
            });
        }
        unknown_files(dir)?;
        let mut read = 0;
        for name in RULE_FILES {
            let path = dir.join(name);
            let alt = path.with_extension("yml");
            let path = if path.exists() {
                path
            } else if alt.exists() {
                alt
            } else {
                continue;
            };
            let text = std::fs::read_to_string(&path).map_err(|source| RulesError::Io {
                path: path.clone(),
                source,
            })?;
            self.add_file(&path, &text)?;
            read += 1;
        }
        if read == 0 {
            return Err(RulesError::Empty {
                path: dir.to_path_buf(),
            });
        }
        Ok(read)
    }

    fn add_file(&mut self, path: &Path, text: &str) -> Result<(), RulesError> {
        let kind = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        match kind {
            "units" => self.add_units(path, yaml::parse(path, text)?),
            "hedges" => self.add_hedges(path, yaml::parse(path, text)?),
            "topics" => self.add_topics(path, yaml::parse(path, text)?),
            "roles" => self.add_roles(yaml::parse(path, text)?),
            "boilerplate" => self.add_boilerplate(path, yaml::parse(path, text)?),
            _ => self.add_entities(path, yaml::parse(path, text)?),
        }
    }

    fn add_units(&mut self, path: &Path, file: UnitsFile) -> Result<(), RulesError> {
        for entry in file.scales {
            positive(path, &entry.factor, "a scale factor")?;
            for word in entry.words {
                let scale = Scale {
                    factor: entry.factor.value,
                    glued_only: entry.glued_only,
                };
                self.scales.insert(fold(&word), scale);
            }
        }
        for entry in file.currencies {
            let code = entry.code.trim().to_uppercase();
            self.currencies.retain(|c| c.code != code);
            self.currencies.push(Currency {
                code,
                symbols: entry.symbols.iter().map(|s| phrase_tokens(s)).collect(),
                codes: entry.codes.iter().map(|s| fold(s)).collect(),
                words: entry.words.iter().map(|s| phrase_tokens(s)).collect(),
                minor: entry.minor.iter().map(|s| phrase_tokens(s)).collect(),
            });
        }
        for entry in file.durations {
            positive(path, &entry.seconds, "a length in seconds")?;
            for word in entry.words {
                self.durations.insert(fold(&word), entry.seconds.value);
            }
        }
        self.percent
            .extend(file.percent.iter().map(|s| phrase_tokens(s)));
        self.percentage_points
            .extend(file.percentage_points.iter().map(|s| phrase_tokens(s)));
        for entry in file.measures {
            for unit in entry.units {
                positive(path, &unit.factor, "a measure factor")?;
                let word = unit.words.first().cloned().unwrap_or_default();
                for written in &unit.words {
                    let tokens = phrase_tokens(written);
                    // A glued-only entry names its unit by a word already
                    // read standing alone ("metre" of "40m"): it does not
                    // narrow that word to glued use.
                    let read_alone = self
                        .measures
                        .iter()
                        .any(|(t, u)| *t == tokens && !u.glued_only);
                    if unit.glued_only && read_alone {
                        continue;
                    }
                    self.measures.retain(|(t, _)| *t != tokens);
                    self.measures.push((
                        tokens,
                        MeasureUnit {
                            dimension: entry.dimension.clone(),
                            factor: unit.factor.value,
                            glued_only: unit.glued_only,
                            word: word.clone(),
                        },
                    ));
                }
            }
        }
        self.rate_nouns
            .extend(file.rate_nouns.iter().map(|w| singular(&fold(w))));
        for entry in file.count_classes {
            for noun in entry.nouns {
                self.count_classes
                    .insert(singular(&fold(&noun)), entry.class.clone());
            }
            for word in entry.implied_by {
                self.implied_counts.insert(fold(&word), entry.class.clone());
            }
        }
        Ok(())
    }

    fn add_hedges(&mut self, path: &Path, file: HedgesFile) -> Result<(), RulesError> {
        for entry in file.hedges {
            let Some(interval) = IntervalTemplate::parse(&entry.interval.value) else {
                return Err(YamlError::at(
                    path,
                    entry.interval.referenced,
                    format!(
                        "invalid interval {:?}: expected e.g. \"[x, inf)\", \"[0.9x, 1.1x]\" or \"[0, x)\"",
                        entry.interval.value
                    ),
                )
                .into());
            };
            for phrase in entry.phrases {
                let phrase = phrase_tokens(&phrase);
                self.hedges.retain(|h| h.phrase != phrase);
                self.hedges.push(Hedge { phrase, interval });
            }
        }
        Ok(())
    }

    fn add_topics(&mut self, path: &Path, file: TopicsFile) -> Result<(), RulesError> {
        let mut seen: FxHashMap<String, ()> = FxHashMap::default();
        for entry in file.topics {
            let id = entry.id.value.trim().to_string();
            if id.is_empty() {
                return Err(YamlError::at(path, entry.id.referenced, "topic id is empty").into());
            }
            if seen.insert(id.clone(), ()).is_some() {
                return Err(YamlError::at(
                    path,
                    entry.id.referenced,
                    format!("topic id {id:?} appears twice in this file"),
                )
                .into());
            }
            if entry.triggers.value.is_empty() {
                return Err(YamlError::at(
                    path,
                    entry.triggers.referenced,
                    "a topic needs at least one trigger word",
                )
                .into());
            }
            let tolerance = match &entry.tolerance {
                None => Tolerance::Absolute(0.0),
                Some(spanned) => {
                    let parsed = match &spanned.value {
                        ToleranceText::Number(n) => Tolerance::parse(&n.to_string()),
                        ToleranceText::Text(t) => Tolerance::parse(t),
                    };
                    parsed.ok_or_else(|| {
                        YamlError::at(
                            path,
                            spanned.referenced,
                            "invalid tolerance: expected a non-negative number (\"2\") or share (\"5%\")",
                        )
                    })?
                }
            };
            let topic = Topic {
                id: id.clone(),
                description: entry.description,
                dimension: entry.dimension,
                triggers: entry
                    .triggers
                    .value
                    .iter()
                    .map(|t| {
                        phrase_tokens(t)
                            .iter()
                            .map(|w| TriggerWord::new(w))
                            .collect()
                    })
                    .collect(),
                tolerance,
                severity: entry.severity,
                time_bound: entry.time_bound || entry.cumulative,
                cumulative: entry.cumulative,
                ongoing: entry.ongoing,
                once: entry.once,
                counts: entry.counts,
            };
            match self.topics.iter_mut().find(|t| t.id == id) {
                Some(existing) => *existing = topic,
                None => self.topics.push(topic),
            }
        }
        self.topic_words = TopicWords::of(&self.topics);
        Ok(())
    }

    fn add_roles(&mut self, file: RolesFile) -> Result<(), RulesError> {
        for title in file.titles {
            let tokens = phrase_tokens(&title.replace('-', " "));
            if !tokens.is_empty() && !self.titles.contains(&tokens) {
                self.titles.push(tokens);
            }
        }
        self.portfolios
            .extend(file.portfolios.iter().map(|w| fold(w)));
        self.generic_quotes
            .extend(file.generic_quotes.iter().map(|q| normalise_quote(q)));
        Ok(())
    }

    fn add_boilerplate(&mut self, path: &Path, file: BoilerplateFile) -> Result<(), RulesError> {
        let rules = &mut self.boilerplate;
        for (list, words) in [
            (&mut rules.teaser_headings, file.teaser_headings),
            (&mut rules.furniture, file.furniture),
            (&mut rules.credits, file.credits),
        ] {
            for phrase in words {
                let phrase = fold(phrase.trim());
                if !phrase.is_empty() && !list.contains(&phrase) {
                    list.push(phrase);
                }
            }
        }
        for pattern in file.patterns {
            let compiled = regex::Regex::new(&pattern.value).map_err(|err| {
                YamlError::at(
                    path,
                    pattern.referenced,
                    format!("pattern `{}` does not compile: {err}", pattern.value),
                )
            })?;
            if !rules
                .patterns
                .iter()
                .any(|p| p.as_str() == compiled.as_str())
            {
                rules.patterns.push(compiled);
            }
        }
        Ok(())
    }

    fn add_entities(&mut self, path: &Path, file: EntitiesFile) -> Result<(), RulesError> {
        for entry in file.entities {
            let id = entry.id.value.trim().to_string();
            if id.is_empty() {
                return Err(YamlError::at(path, entry.id.referenced, "entity id is empty").into());
            }
            let entity = Entity {
                id: id.clone(),
                name: entry.name.clone(),
                kind: entry.kind,
            };
            let index = match self.entities.iter().position(|e| e.id == id) {
                Some(i) => {
                    self.entities[i] = entity;
                    for list in self.aliases.values_mut() {
                        list.retain(|a| a.entity != i);
                    }
                    i
                }
                None => {
                    self.entities.push(entity);
                    self.entities.len() - 1
                }
            };
            for written in std::iter::once(&entry.name).chain(entry.aliases.iter()) {
                let tokens = tokenize(written);
                if tokens.is_empty() {
                    continue;
                }
                let alias = Alias {
                    tokens: tokens.iter().map(|t| t.norm.clone()).collect(),
                    capitalised: tokens.iter().map(|t| t.capitalised).collect(),
                    all_caps: tokens.len() == 1 && tokens[0].all_caps,
                    entity: index,
                };
                self.aliases
                    .entry(alias.tokens[0].clone())
                    .or_default()
                    .push(alias);
            }
        }
        Ok(())
    }

    /// Orders what matching depends on: longest hedge and alias first.
    fn finish(&mut self) {
        self.measures.sort_by_key(|m| std::cmp::Reverse(m.0.len()));
        self.hedges
            .sort_by_key(|h| std::cmp::Reverse(h.phrase.len()));
        self.titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
        for list in self.aliases.values_mut() {
            list.sort_by_key(|a| std::cmp::Reverse(a.tokens.len()));
        }
        self.people = self
            .aliases
            .values()
            .flatten()
            .filter(|a| self.entities[a.entity].kind == EntityKind::Person)
            .filter_map(|a| {
                Some(PersonAlias {
                    full: a.tokens.join(" "),
                    surname: a.tokens.last()?.clone(),
                    words: a.tokens.len(),
                    entity: a.entity,
                })
            })
            .collect();
        self.people.sort_by(|a, b| {
            (a.surname.len(), &a.full, a.entity).cmp(&(b.surname.len(), &b.full, b.entity))
        });
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
}

fn positive(path: &Path, value: &Spanned<f64>, what: &str) -> Result<(), RulesError> {
    if value.value.is_finite() && value.value > 0.0 {
        Ok(())
    } else {
        Err(YamlError::at(
            path,
            value.referenced,
            format!("{what} must be a positive number"),
        )
        .into())
    }
}

/// A phrase from a rule file as the folded tokens it will be matched against.
pub fn phrase_tokens(phrase: &str) -> Vec<String> {
    tokenize(phrase).into_iter().map(|t| t.norm).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_load() {
        let rules = RuleSet::builtin().unwrap();
        assert!(rules.topic("killed").is_some());
        assert_eq!(rules.scales["bn"].factor, 1e9);
        assert!(rules.scales["bn"].glued_only);
        assert_eq!(rules.count_classes["civilian"], "people");
        assert!(rules.aliases.contains_key("zelenskyy"));
    }

    #[test]
    fn trigger_words_match_inflections_only_from_a_base_form() {
        let cost = TriggerWord::new("cost");
        assert!(cost.matches("costing", &stem("costing")) && cost.matches("cost", &stem("costs")));
        let talks = TriggerWord::new("talks");
        assert!(talks.matches(&singular("talks"), &stem("talks")));
        assert!(!talks.matches(&singular("talked"), &stem("talked")));
        let talked = TriggerWord::new("talked");
        assert!(!talked.matches(&singular("talks"), &stem("talks")));
    }

    #[test]
    fn interval_templates() {
        let t = IntervalTemplate::parse("[0.9x, 1.1x]").unwrap();
        assert_eq!(
            (t.low, t.high, t.low_open, t.high_open),
            (Some(0.9), Some(1.1), false, false)
        );
        let t = IntervalTemplate::parse("(x, inf)").unwrap();
        assert_eq!((t.low, t.high, t.low_open), (Some(1.0), None, true));
        assert!(IntervalTemplate::parse("[2x, x]").is_none());
        assert!(IntervalTemplate::parse("x to 2x").is_none());
        assert!(IntervalTemplate::parse("[inf, x]").is_none());
    }

    #[test]
    fn tolerances() {
        assert_eq!(Tolerance::parse("5%"), Some(Tolerance::Relative(0.05)));
        assert_eq!(Tolerance::parse("2"), Some(Tolerance::Absolute(2.0)));
        assert_eq!(Tolerance::parse("-1"), None);
        assert_eq!(Tolerance::parse("lots"), None);
    }

    fn write_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        dir
    }

    #[test]
    fn user_topic_overrides_and_extends() {
        let dir = write_dir(&[(
            "topics.yaml",
            "topics:\n  - id: killed\n    dimension: count\n    triggers: [slain]\n    tolerance: 2\n  - id: goals\n    dimension: count\n    triggers: [goals]\n",
        )]);
        let rules = RuleSet::with_dir(dir.path()).unwrap();
        let killed = rules.topic("killed").unwrap();
        assert_eq!(killed.triggers, vec![vec![TriggerWord::new("slain")]]);
        assert_eq!(killed.tolerance, Tolerance::Absolute(2.0));
        assert!(rules.topic("goals").is_some());
        assert!(rules.topic("injured").is_some(), "defaults stay");
    }

    #[test]
    fn unknown_key_is_refused_with_position() {
        let dir = write_dir(&[(
            "topics.yaml",
            "topics:\n  - id: x\n    dimension: count\n    triggers: [a]\n    tolerence: 2\n",
        )]);
        let err = RuleSet::check_dir(dir.path()).unwrap_err().to_string();
        assert!(err.contains("topics.yaml:5:"), "{err}");
        assert!(err.contains("tolerence"), "{err}");
    }

    #[test]
    fn bad_values_are_refused_with_position() {
        let dir = write_dir(&[(
            "hedges.yaml",
            "hedges:\n  - phrases: [about]\n    interval: \"[x, 2]\"\n",
        )]);
        let err = RuleSet::check_dir(dir.path()).unwrap_err().to_string();
        assert!(err.contains("hedges.yaml:3:"), "{err}");
        let dir = write_dir(&[(
            "topics.yaml",
            "topics:\n  - id: x\n    dimension: count\n    triggers: [a]\n    tolerance: lots\n",
        )]);
        let err = RuleSet::check_dir(dir.path()).unwrap_err().to_string();
        assert!(err.contains("topics.yaml:5:"), "{err}");
        let dir = write_dir(&[(
            "topics.yaml",
            "topics:\n  - id: x\n    dimension: mass\n    triggers: [a]\n",
        )]);
        let err = RuleSet::check_dir(dir.path()).unwrap_err().to_string();
        assert!(err.contains("topics.yaml:3:"), "{err}");
    }

    #[test]
    fn empty_folder_is_an_error() {
        let dir = write_dir(&[]);
        assert!(matches!(
            RuleSet::check_dir(dir.path()),
            Err(RulesError::Empty { .. })
        ));
    }
}

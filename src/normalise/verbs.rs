//! English verb forms no suffix rule reaches: irregular pasts and
//! participles, read by the date, figure and attribution readers alike.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::normalise::senses::verb_lemma;

/// Forms of "be": before a past participle they make it passive ("was
/// called", "were announced").
pub const BE: &[&str] = &["is", "was", "were", "are", "been", "being", "be"];

/// English's auxiliaries and modals other than "be", which carry another
/// verb's tense or mood ("prices would rise", "had left").
pub const AUXILIARIES: &[&str] = &[
    "has", "had", "have", "did", "does", "do", "will", "would", "shall", "could", "can", "may",
    "might", "should", "must",
];

/// The lemma of an irregular past form ("sank" → "sink", "struck" →
/// "strike"): English morphology no suffix rule reaches, so that "the
/// ferry sank" and "the ferry sinks" name one happening.
pub fn irregular_lemma(word: &str) -> Option<&'static str> {
    static LEMMAS: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    LEMMAS
        .get_or_init(|| {
            IRREGULAR_VERBS
                .iter()
                .chain(IRREGULAR_PAST)
                .copied()
                .collect()
        })
        .get(word)
        .copied()
}

/// A word shaped like a past form: an irregular one ("sank", "left") or one
/// in "-ed"; a short one only where WordNet makes it a verb's form ("died",
/// "tied", "used"; not "need", "shed" or "bed").
pub fn past_shaped(word: &str) -> bool {
    irregular_lemma(word).is_some()
        || word.ends_with("ed")
            && (word.len() > 4
                || word.len() == 4 && verb_lemma(word, None).is_some_and(|lemma| lemma != word))
}

/// Whether `word` may be a past participle: shaped as a past form
/// ([`past_shaped`]) or one written as its verb's base ("hit", "shut",
/// [`BASE_PARTICIPLES`]).
pub fn participle_shaped(word: &str) -> bool {
    past_shaped(word) || BASE_PARTICIPLES.contains(&word)
}

/// Participles written as their verb's base ("were hit", "was cut", "is
/// shut"): after "be" they are passives, where no ending shows it.
pub const BASE_PARTICIPLES: &[&str] = &[
    "hit",
    "cut",
    "put",
    "shut",
    "set",
    "hurt",
    "let",
    "spread",
    "cost",
    "quit",
    "split",
    "burst",
    "cast",
    "shed",
    "bet",
    "bid",
    "broadcast",
    "forecast",
    "rid",
    "upset",
    "thrust",
];

/// Irregular past forms and participles of English verbs, beside
/// [`IRREGULAR_PAST`]'s verbs of saying.
const IRREGULAR_VERBS: &[(&str, &str)] = &[
    ("arose", "arise"),
    ("arisen", "arise"),
    ("awoke", "awake"),
    ("began", "begin"),
    ("begun", "begin"),
    ("bent", "bend"),
    ("bore", "bear"),
    ("borne", "bear"),
    ("bought", "buy"),
    ("broke", "break"),
    ("broken", "break"),
    ("brought", "bring"),
    ("built", "build"),
    ("burnt", "burn"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("came", "come"),
    ("dealt", "deal"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("fought", "fight"),
    ("found", "find"),
    ("fled", "flee"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("forgave", "forgive"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("gave", "give"),
    ("given", "give"),
    ("went", "go"),
    ("gone", "go"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("held", "hold"),
    ("kept", "keep"),
    ("knew", "know"),
    ("known", "know"),
    ("laid", "lay"),
    ("led", "lead"),
    ("left", "leave"),
    ("lent", "lend"),
    ("lost", "lose"),
    ("made", "make"),
    ("meant", "mean"),
    ("met", "meet"),
    ("paid", "pay"),
    ("ran", "run"),
    ("rang", "ring"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("saw", "see"),
    ("seen", "see"),
    ("sought", "seek"),
    ("sold", "sell"),
    ("sent", "send"),
    ("shook", "shake"),
    ("shot", "shoot"),
    ("shrank", "shrink"),
    ("sang", "sing"),
    ("slid", "slide"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("spent", "spend"),
    ("spun", "spin"),
    ("stood", "stand"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("struck", "strike"),
    ("stricken", "strike"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("swept", "sweep"),
    ("took", "take"),
    ("taken", "take"),
    ("taught", "teach"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("thought", "think"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("understood", "understand"),
    ("woke", "wake"),
    ("wore", "wear"),
    ("won", "win"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("overthrew", "overthrow"),
    ("undertook", "undertake"),
    ("upheld", "uphold"),
    ("sped", "speed"),
    ("fed", "feed"),
    ("felt", "feel"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("bit", "bite"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("wrote", "write"),
    ("written", "write"),
];

/// Past forms no suffix rule makes.
pub(crate) const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("said", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
];

//! Attribution claims: a direct quote and who said it. The speaker is the
//! name beside a speech verb ("X said", "said X", "X told reporters",
//! "according to X", "X, the press secretary, said"); "he" or "she" is the
//! person last named, when only one person was; a description ("a senior
//! official", "union officials") stays unnamed and is never guessed.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use crate::extract::{inflects_speech_verb, is_speech_verb, Lemmas, SPEECH_LEMMAS};
use crate::normalise::calendar::{month_of, weekday_of};
use crate::normalise::entities::{written_name_start, EntityRef, Mention};
use crate::normalise::quantity::{is_function_word, looks_like_verb};
use crate::normalise::senses::{names_a_time, verb_lemma};
use crate::normalise::tokens::{normalise_quote, Token, TokenKind};
use crate::normalise::verbs::BE;

/// Who said something.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Speaker {
    /// A named person or organisation.
    Named(EntityRef),
    /// A description with no name ("a senior official"), folded.
    Unnamed(String),
}

/// A quote and its speaker.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Attribution {
    /// Who said it.
    pub speaker: Speaker,
    /// The words inside the quotation marks, as written.
    pub quote: String,
    /// The quote folded for comparison: lower case, letters, digits and
    /// single spaces.
    pub normalised: String,
    /// The speaker as reports name them.
    pub speaker_name: String,
    /// The words were in quotation marks (else reported speech: "X said
    /// that ...").
    pub direct: bool,
}

/// Verbs of saying that mark a speaker beyond those that mark a source
/// anywhere, by lemma as there (whether the "-s" form counts): they report
/// speech with or without quotation marks ("warned that ..."). "according
/// to" is handled on its own.
static REPORTING: Lemmas = Lemmas::new(&[
    ("declare", true),
    ("warn", true),
    ("ask", true),
    ("reply", false),
    ("urge", true),
    ("argue", true),
    ("admit", true),
    ("stress", true),
    ("report", false),
    ("confirm", true),
    ("acknowledge", true),
    ("concede", true),
    ("promise", true),
    ("vow", true),
    ("predict", true),
]);

/// Verbs that mark a speaker only beside a quote: without one, "continued
/// striking", "announced cuts" and "posted a loss" say what was done.
static QUOTING_ONLY: Lemmas = Lemmas::new(&[
    ("announce", true),
    ("post", false),
    ("continue", true),
    ("recall", false),
]);

/// A verb that reports speech, quoted or not.
fn reports_speech(word: &str) -> bool {
    is_speech_verb(word) || REPORTING.contains(word)
}

fn is_saying(word: &str) -> bool {
    reports_speech(word) || QUOTING_ONLY.contains(word)
}

/// Whether `word` is any form of any verb this module reads: most words
/// are none, and are ruled out with this one look-up.
fn may_say(word: &str) -> bool {
    static EVERY_FORM: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    EVERY_FORM
        .get_or_init(|| {
            [&SPEECH_LEMMAS, &REPORTING, &QUOTING_ONLY, &NAMING]
                .into_iter()
                .flat_map(Lemmas::every_form)
                .collect()
        })
        .contains(word)
}

/// Verbs after which the name that follows is the one spoken to ("told
/// reporters", "asked the minister"), not the speaker.
static NAMES_THE_LISTENER: Lemmas = Lemmas::new(&[
    ("tell", true),
    ("ask", true),
    ("urge", true),
    ("warn", true),
    ("reply", true),
]);

/// The most words a title between a speech verb and a name takes ("said
/// deputy harbour master Colin Reddaway").
const MAX_TITLE_WORDS: usize = 3;

/// Quoted passages in a sentence: byte spans of the text inside the marks.
/// Double quotes (straight or curly) pair freely; a single quote opens only
/// after a space or the start and before a letter, and closes only before a
/// space, punctuation or the end, so apostrophes ("Trump's") are not quotes.
fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        // Neighbours matter only around a quote mark: most chars are none.
        if !matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’') {
            continue;
        }
        let before = k.checked_sub(1).map(|p| chars[p].1);
        let after = chars.get(k + 1).map(|&(_, a)| a);
        let single_opens = before.is_none_or(|b| b.is_whitespace() || b == '(')
            && after.is_some_and(char::is_alphabetic);
        let single_closes = before.is_some_and(|b| !b.is_whitespace())
            && after.is_none_or(|a| !a.is_alphanumeric());
        match (open, c) {
            (None, '"' | '“') => open = Some((i + c.len_utf8(), c)),
            (None, '\'' | '‘') if single_opens => open = Some((i + c.len_utf8(), '\'')),
            (Some((start, '“')), '”') | (Some((start, '"')), '"') => {
                spans.push((start, i));
                open = None;
            }
            (Some((start, '\'')), '\'' | '’') if single_closes => {
                spans.push((start, i));
                open = None;
            }
            _ => {}
        }
    }
    spans
}

/// Who the story has named so far: what "he", "the minister" and "the
/// ministry" point back at.
#[derive(Debug, Clone, Default)]
pub struct Cast {
    /// The person "he" or "she" means: the last sentence's speaker, or the
    /// first person it named.
    pub last_person: Option<EntityRef>,
    /// People with the titles the story gave them, latest last: each title's
    /// words, folded ("finance minister"), and its holder.
    pub titled: Vec<(Vec<String>, EntityRef)>,
    /// Everyone and everything named so far, each once, latest named last,
    /// with its name folded ("ministry of finance").
    pub named: Vec<(String, EntityRef)>,
}

impl Cast {
    /// What a definite description ("the minister", "the ministry") points
    /// back at: the person last spoken of when the title fits them, else the
    /// one person with that title, else the latest named organisation whose
    /// name holds the description's head word.
    fn resolve(&self, words: &[&str]) -> Option<EntityRef> {
        let (&head, rest) = words.split_last()?;
        let fits = |title: &[String]| {
            title.last().is_some_and(|t| t == head)
                && rest.iter().all(|w| title.iter().any(|t| t == w))
        };
        let holders: Vec<&EntityRef> = self
            .titled
            .iter()
            .filter(|(title, _)| fits(title))
            .map(|(_, who)| who)
            .collect();
        if let Some(last) = self.last_person.as_ref().filter(|p| holders.contains(p)) {
            return Some(last.clone());
        }
        if let Some(first) = holders.first() {
            return holders.iter().all(|h| h == first).then(|| (*first).clone());
        }
        if !rest.is_empty() {
            return None;
        }
        self.named
            .iter()
            .rev()
            .find(|(name, _)| name.contains(' ') && name.split(' ').any(|w| w == head))
            .map(|(_, who)| who.clone())
    }

    /// `who` was named again: the latest named, without a second entry.
    pub fn name(&mut self, who: &EntityRef, folded: impl FnOnce() -> String) {
        match self.named.iter().position(|(_, known)| known == who) {
            Some(at) => {
                let entry = self.named.remove(at);
                self.named.push(entry);
            }
            None => self.named.push((folded(), who.clone())),
        }
    }
}

/// A verb of saying in a sentence, and who it says is speaking.
struct Saying {
    /// Its token.
    at: usize,
    speaker: Option<Speaker>,
    /// It reports speech without quotation marks too ("said that", not
    /// only "announced" beside a quote).
    reports: bool,
    /// Its speaker follows it ("…," said Okafor): what it says came
    /// before.
    inverted: bool,
}

/// Reads one sentence's speech: each verb of saying with its subject, the
/// quotes it governs and the clause it reports.
struct SentenceSpeech<'a> {
    tokens: &'a [Token],
    mentions: &'a [Mention],
    cast: &'a Cast,
    /// Per token: inside quotation marks.
    quoted: Vec<bool>,
}

/// Words that stand between a subject and its verb without being either:
/// auxiliaries and adverbs ("has also said", "later told").
fn between_subject_and_verb(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && (AUXILIARIES.contains(&t.norm.as_str())
            || (t.norm.len() > 4 && t.norm.ends_with("ly") && !t.capitalised))
}

const AUXILIARIES: &[&str] = &[
    "has",
    "had",
    "have",
    "would",
    "will",
    "also",
    "later",
    "then",
    "again",
    "previously",
    "once",
    "repeatedly",
    "did",
    "does",
    "do",
    "could",
    "may",
    "might",
];

/// A word that can carry a clause's tense: "be", an auxiliary or modal,
/// or an inflected verb form ("left", "rises"). What was reported is a
/// clause; "said in an interview on Thursday" reports none.
fn finite_verb(word: &str) -> bool {
    // A contracted auxiliary: "they're", "we'll", "won't", "it's" (not
    // the possessive "Putin's").
    let contracted = ["'re", "'ve", "'ll", "'d", "'m", "n't"]
        .iter()
        .any(|ending| word.ends_with(ending))
        || word.strip_suffix("'s").is_some_and(is_function_word);
    contracted
        || BE.contains(&word)
        || crate::normalise::verbs::AUXILIARIES.contains(&word)
        || (!word.ends_with("ing") && verb_lemma(word, None).is_some_and(|lemma| lemma != word))
}

/// Words that open a noun phrase: where a description of a speaker starts.
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "one", "two", "three", "four", "some",
    "several", "many", "most", "other",
];

/// Prepositions that attach a name to the head before it ("Solheim of the
/// institute", "a spokesman for the party", "officials in Kessar").
const ATTACHING: &[&str] = &[
    "of", "for", "at", "from", "in", "with", "on", "near", "outside",
];

/// The most tokens a dateline takes ("PORT ADLEY, Nov. 19 -").
const DATELINE_TOKENS: usize = 10;

/// The fewest words a reported clause takes ("he would not resign").
const REPORTED_WORDS: usize = 3;

/// The most tokens between a quote and the verb that attributes it
/// ("Norvanian Foreign Minister Elin Strandberg said").
const MAX_ATTRIBUTION_WORDS: usize = 9;

/// The most words a name's apposition may open with before the name, its
/// title of rank included (", Detective Chief Inspector Mara Quill,").
const MAX_RANK_WORDS: usize = 4;

/// The most words a description of a speaker takes ("a senior ministry
/// official").
const MAX_DESCRIPTION_WORDS: usize = 5;

/// Fewer words than this in quotation marks are a term ("so-called 'iron
/// budget'"), unless a verb of saying governs them.
const TERM_WORDS: usize = 4;

impl SentenceSpeech<'_> {
    /// Where the words before verb `k` that are neither subject nor verb
    /// ("has also", "later") begin: the verb phrase's first token.
    fn verb_start(&self, k: usize) -> usize {
        let mut j = k;
        while j > 0 && !self.quoted[j - 1] && between_subject_and_verb(&self.tokens[j - 1]) {
            j -= 1;
        }
        j
    }

    fn mention_ending_at(&self, end: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.last == end)
    }

    fn word(&self, k: usize) -> &str {
        self.tokens.get(k).map_or("", |t| t.norm.as_str())
    }

    /// Verbs of saying outside quotes, each with its subject. A verb with
    /// none of its own after "and" shares the one before ("said ... and
    /// insisted").
    fn sayings(&self) -> Vec<Saying> {
        let mut sayings: Vec<Saying> = Vec::new();
        for k in 0..self.tokens.len() {
            if self.quoted[k] || self.tokens[k].kind != TokenKind::Word {
                continue;
            }
            let according = self.word(k) == "according" && self.word(k + 1) == "to";
            if !according && !self.says_at(k) {
                continue;
            }
            let mut inverted = false;
            let speaker = if according {
                self.name_after(k + 2)
            } else if self.word(k).ends_with("ing") {
                // ", saying that …": the main clause's speaker.
                sayings
                    .last()
                    .and_then(|s| s.speaker.clone())
                    .or_else(|| self.sentence_subject())
            } else if let Some(named) = sayings
                .iter()
                .rev()
                .find_map(|s| s.speaker.clone().filter(|s| matches!(s, Speaker::Named(_))))
                .filter(|_| self.pronoun_subject(k))
            {
                // "X says …. She notes that …" in one sentence: "she" is
                // the speaker just named.
                Some(named)
            } else {
                self.subject_before(k)
                    .or_else(|| {
                        let after = self.subject_after(k);
                        inverted = after.is_some();
                        after
                    })
                    .or_else(|| {
                        let j = self.verb_start(k);
                        matches!(self.word(j.wrapping_sub(1)), "and" | "but")
                            .then(|| sayings.last().and_then(|s| s.speaker.clone()))
                            .flatten()
                    })
            };
            let word = self.word(k);
            let reports = according
                || reports_speech(word)
                || (self.inflected_verb_at(k) && !NAMING.inflects(word))
                || (QUOTING_ONLY.contains(word)
                    && (k + 1..(k + 9).min(self.tokens.len())).any(|j| self.word(j) == "that"));
            sayings.push(Saying {
                at: k,
                speaker,
                reports,
                inverted,
            });
        }
        sayings
    }

    /// Whether token `k` is a verb of saying in use: not in a relative
    /// clause ("which critics say"), not passive ("was called"), not a
    /// question put ("Asked whether"), not "so-called".
    fn says_at(&self, k: usize) -> bool {
        let word = self.word(k);
        if !may_say(word) {
            return false;
        }
        let calling = NAMING.contains(word);
        if !is_saying(word) && !calling && !self.inflected_verb_at(k) {
            return false;
        }
        // "the report, which said": a relative pronoun in the verb's own
        // clause; one ending a quotation ("… like that," said Venn) is
        // none.
        let relative = self.tokens[k.saturating_sub(3)..k]
            .iter()
            .rev()
            .take_while(|t| t.kind != TokenKind::Punct)
            .any(|t| matches!(t.norm.as_str(), "which" | "who" | "whom" | "that"));
        let j = self.verb_start(k);
        let passive = j > 0 && BE.contains(&self.word(j - 1));
        let question = word == "asked"
            && (k == 0 || matches!(self.word(k + 1), "whether" | "if" | "about" | "why" | "how"));
        let so_called = k > 0 && self.word(k - 1) == "so"
            || (k > 1 && self.word(k - 1) == "-" && self.word(k - 2) == "so");
        if relative || passive || question || so_called {
            return false;
        }
        // "called the plan 'a gamble'": naming verbs speak only of a quote
        // after their object ("a programme called 'Fair Start'" names it),
        // or of one right after them when a name is their subject and the
        // object stands before it ("a move Mayor Teresa Valdane called
        // 'painful but unavoidable'").
        let quote_at = (k + 1..(k + 8).min(self.tokens.len())).find(|&j| self.quoted[j]);
        !calling
            || self.mention_ending_at(k).is_some()
            || quote_at.is_some_and(|q| {
                self.tokens[k + 1..q]
                    .iter()
                    .any(|t| t.kind == TokenKind::Word)
            })
    }

    /// A present or "-ing" form of a verb of saying where only a verb can
    /// stand: after "he" or a name ("She notes that"), before "that", or
    /// opening a clause after a comma (", saying that").
    fn inflected_verb_at(&self, k: usize) -> bool {
        let word = self.word(k);
        if !inflects_speech_verb(word) && !REPORTING.inflects(word) && !NAMING.inflects(word) {
            return false;
        }
        let after_subject = k > 0
            && (matches!(self.word(k - 1), "he" | "she" | "they")
                || self.mention_ending_at(k).is_some());
        let participle = word.ends_with("ing")
            && k > 0
            && (matches!(self.word(k - 1), "," | "by" | "after" | "before" | "while")
                || (k > 1 && self.quoted[k - 2] && !self.quoted[k - 1]));
        after_subject || participle || self.word(k + 1) == "that"
    }

    /// Who the sentence is about when it opens with a name ("The Dalmora
    /// Times accused …, saying"; "Its chairwoman, Mrs. Greta Lund, put it
    /// bluntly:"): the speaker of a participle or a colon that has no verb
    /// of saying of its own.
    fn sentence_subject(&self) -> Option<Speaker> {
        // A dateline ("PORT ADLEY, Nov. 19 -") places the story: the
        // sentence starts after it.
        let start = self
            .tokens
            .first()
            .filter(|t| t.all_caps)
            .and_then(|_| {
                (1..self.tokens.len().min(DATELINE_TOKENS))
                    .find(|&k| matches!(self.word(k), "-" | "—" | "–"))
                    .map(|k| k + 1)
            })
            .unwrap_or(0);
        let at = self
            .mentions
            .iter()
            .position(|m| m.first >= start && !self.quoted[m.first])?;
        let mut m = &self.mentions[at];
        // "Greens' Alliance spokeswoman Lena Haugen was blunt:": a name
        // that qualifies a role before another name is not the subject;
        // the name the role stands before is.
        for next in &self.mentions[at + 1..] {
            let between = &self.tokens[m.last..next.first];
            let role_words = (1..=3).contains(&between.len())
                && between.iter().all(|t| {
                    t.kind == TokenKind::Word
                        && !t.capitalised
                        && !is_function_word(&t.norm)
                        && !looks_like_verb(&t.norm)
                });
            if !role_words {
                break;
            }
            m = next;
        }
        let first = &self.mentions[at];
        let before = &self.tokens[start..first.first];
        let opens = before.len() <= 6
            && before.iter().all(|t| {
                matches!(t.norm.as_str(), "," | ".")
                    || (t.kind == TokenKind::Word && !ATTACHING.contains(&t.norm.as_str()))
            });
        opens.then(|| Speaker::Named(m.entity.clone()))
    }

    /// Verb `k` has "he" or "she" for its subject.
    fn pronoun_subject(&self, k: usize) -> bool {
        let j = self.verb_start(k);
        j > 0 && matches!(self.word(j - 1), "he" | "she")
    }

    /// The speaker standing before verb `k`: a name, "he" or "she", or a
    /// description ("the ministry", "a spokesman for the party"), past an
    /// apposition (", the league's whip,") and auxiliaries.
    fn subject_before(&self, k: usize) -> Option<Speaker> {
        let j = self.verb_start(k);
        self.subject_ending_at(j, true)
    }

    fn subject_ending_at(&self, end: usize, may_cross_comma: bool) -> Option<Speaker> {
        if end == 0 || self.quoted[end - 1] {
            return None;
        }
        if let Some(m) = self.mention_ending_at(end) {
            return Some(
                self.head_of(m.first)
                    .unwrap_or(Speaker::Named(m.entity.clone())),
            );
        }
        match self.word(end - 1) {
            "he" | "she" => return self.cast.last_person.clone().map(Speaker::Named),
            "," if may_cross_comma => return self.subject_before_apposition(end - 1),
            _ => {}
        }
        self.description_ending_at(end)
    }

    /// "Brandt, the league's whip, said": the subject stands before the
    /// apposition that `close` (a comma) ends.
    fn subject_before_apposition(&self, close: usize) -> Option<Speaker> {
        let open = (close.saturating_sub(19)..close)
            .rev()
            .take_while(|&p| !self.quoted[p])
            .find(|&p| self.word(p) == ",")?;
        // "Tallowmere, organiser for the union, which backed the claim,
        // said": a relative clause set off tells of the noun before it;
        // the subject is a name that noun is set off after, if any, or
        // that noun ("After the hearing, the union, which backed …").
        if matches!(self.word(open + 1), "which" | "who" | "whose" | "whom") {
            return self
                .subject_before_apposition(open)
                .filter(|s| matches!(s, Speaker::Named(_)))
                .or_else(|| self.subject_ending_at(open, false));
        }
        // "The commission's director of enforcement, Teodor Almquist,
        // said": where the apposition is a name (after a courtesy title:
        // ", Dr Oriel Pascoe-Fenwright,", or a title of rank the name
        // finder leaves out: ", Professor Ismene Draskovar,"), the name is
        // who the description before it is.
        let titled_from = |start: usize| {
            start > open
                && start - open <= MAX_RANK_WORDS
                && self.tokens[open + 1..start]
                    .iter()
                    .all(|t| t.kind == TokenKind::Word && t.capitalised)
        };
        if let Some(m) = self
            .mention_ending_at(close)
            .filter(|m| titled_from(written_name_start(self.tokens, m)))
        {
            return Some(Speaker::Named(m.entity.clone()));
        }
        self.subject_ending_at(open, false)
    }

    /// A name after an attaching preposition starting at `first` modifies
    /// the head before it ("Solheim of the Northgate Institute", "a
    /// spokesman for President Kovac"): that head is the speaker.
    fn head_of(&self, first: usize) -> Option<Speaker> {
        // Past "the" and a word or two of the name the finder left out
        // ("of the People's Conservative Party").
        let mut p = first;
        while p > 0
            && first - p < 3
            && (self.word(p - 1) == "the" || self.tokens[p - 1].capitalised)
        {
            p -= 1;
        }
        (p > 0 && ATTACHING.contains(&self.word(p - 1)))
            .then(|| self.subject_ending_at(p - 1, false))
            .flatten()
    }

    /// A speaker described, not named ("analysts", "the four ministers",
    /// "the prime minister's office"): a short noun phrase ending at `end`.
    /// "The minister" and "the ministry" are who the story named so.
    fn description_ending_at(&self, end: usize) -> Option<Speaker> {
        let mut start = end;
        while start > 0 && end - start < MAX_DESCRIPTION_WORDS {
            let t = &self.tokens[start - 1];
            if self.quoted[start - 1] || t.kind != TokenKind::Word {
                break;
            }
            if ATTACHING.contains(&t.norm.as_str()) {
                // "officials in Karstadt", "a spokesman for the council"
                return self.description_ending_at(start - 1);
            }
            start -= 1;
            if DETERMINERS.contains(&t.norm.as_str()) {
                break;
            }
        }
        // "commentators in the capital": the head stands before the
        // preposition.
        if start > 1 && ATTACHING.contains(&self.word(start - 1)) && end - start <= 3 {
            if let Some(head) = self.description_ending_at(start - 1) {
                return Some(head);
            }
        }
        let words: Vec<&str> = self.tokens[start..end]
            .iter()
            .map(|t| t.norm.as_str())
            .collect();
        let head = *words.last()?;
        if is_function_word(head) || AUXILIARIES.contains(&head) || BE.contains(&head) {
            return None;
        }
        // A description runs back to a determiner or to where its clause
        // starts; a run of words that does neither is a clause, not a
        // speaker ("the bill passed and critics said" aside).
        let opens_clause = start == 0
            || DETERMINERS.contains(&words[0])
            || matches!(self.word(start - 1), "," | ":" | ";" | "and" | "but");
        if !opens_clause || words.len() > 3 && !DETERMINERS.contains(&words[0]) {
            return None;
        }
        if words[0] == "the" {
            if let Some(who) = self.cast.resolve(&words[1..]) {
                return Some(Speaker::Named(who));
            }
        }
        Some(Speaker::Unnamed(words.join(" ")))
    }

    /// The speaker after verb `k` where it ends an attribution ("…," said
    /// Okafor; said harbourmaster Colin Reddaway; "…," the minister added
    /// is found before): a name, after at most a title.
    fn subject_after(&self, k: usize) -> Option<Speaker> {
        if NAMES_THE_LISTENER.contains(self.word(k)) {
            return None;
        }
        let ends_attribution =
            k == 0 || self.quoted[k - 1] || matches!(self.word(k - 1), "," | "\"" | "'");
        if !ends_attribution {
            return None;
        }
        // "said the Reverend Helen Askew": "the" before a capitalised
        // title opens the name's title, no description.
        let titled = |first: usize| {
            self.word(k + 1) == "the"
                && first > k + 2
                && self.tokens[k + 2..first]
                    .iter()
                    .all(|t| t.norm == "." || (t.kind == TokenKind::Word && t.capitalised))
        };
        if let Some(m) = self.mentions.iter().find(|m| {
            m.first > k
                && m.first <= k + MAX_TITLE_WORDS + 1
                && !self.quoted[m.first]
                && (titled(m.first)
                    || self.tokens[k + 1..m.first].iter().all(|t| {
                        t.norm == "." || (t.kind == TokenKind::Word && !is_function_word(&t.norm))
                    }))
        }) {
            return Some(Speaker::Named(m.entity.clone()));
        }
        // "…," said the minister.
        if self.word(k + 1) == "the" {
            let end = (k + 2..self.tokens.len())
                .take(MAX_DESCRIPTION_WORDS)
                .find(|&j| self.tokens[j].kind != TokenKind::Word)
                .unwrap_or(self.tokens.len());
            // "…," said the trust's chief operating officer, Perpetua
            // Hallcroft: a name set off after the description is who it is.
            let set_off = end < self.tokens.len() && self.word(end) == ",";
            let apposed = self
                .mentions
                .iter()
                .filter(|_| set_off)
                .find(|m| m.first == end + 1 && !self.quoted[m.first]);
            if let Some(m) = apposed {
                return Some(Speaker::Named(m.entity.clone()));
            }
            return self.description_ending_at(end);
        }
        None
    }

    /// The name "according to" points at.
    fn name_after(&self, k: usize) -> Option<Speaker> {
        let m = self
            .mentions
            .iter()
            .find(|m| m.first >= k && m.first <= k + 2 && !self.quoted[m.first])?;
        Some(Speaker::Named(m.entity.clone()))
    }

    /// The clauses verb `saying` reports without quotation marks: after it
    /// ("said (that) …", split at "and that"), or before it ("…, X said").
    /// A clause holding a quote is left to the quote.
    fn reported(&self, saying: &Saying, next: Option<usize>) -> Vec<(usize, usize)> {
        let n = self.tokens.len();
        let end = next.map(|j| self.clause_start_before(j)).unwrap_or(
            n - usize::from(
                self.tokens
                    .last()
                    .is_some_and(|t| t.kind == TokenKind::Punct),
            ),
        );
        let k = saying.at;
        let after = if saying.inverted || self.closes_a_quote(k) {
            None
        } else if self.word(k) == "according" {
            // "According to the ministry, …"
            (k + 2..end).find(|&j| self.word(j) == ",").map(|j| j + 1)
        } else {
            let that = (k + 1..(k + 13).min(end))
                .take_while(|&j| !self.quoted[j] && self.word(j) != ",")
                .find(|&j| self.word(j) == "that");
            that.map(|j| j + 1).or_else(|| {
                let mut start = k + 1;
                while start < end && self.skippable_after_verb(start, k) {
                    start += 1;
                }
                let mention_here = self.mentions.iter().find(|m| m.first == start);
                if let (Some(m), true) = (mention_here, NAMES_THE_LISTENER.contains(self.word(k))) {
                    start = m.last;
                }
                (start < end && self.word(start) != "," && self.word(start) != ":").then_some(start)
            })
        };
        let mut clauses = Vec::new();
        // "told reporters on Wednesday": a word or two after the verb say
        // when or where; what was said stands before it.
        let says_more = |start: usize| {
            start < end
                && self.tokens[start..end]
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word)
                    .count()
                    >= REPORTED_WORDS
        };
        match after {
            Some(start) if says_more(start) => {
                let mut from = start;
                for j in start..end {
                    let splits =
                        matches!(self.word(j), "and" | "but") && self.word(j + 1) == "that";
                    if splits {
                        clauses.push((from, j - usize::from(self.word(j - 1) == ",")));
                        from = j + 2;
                    }
                }
                clauses.push((from, end));
            }
            _ => {
                // "…, X said." The clause before the attribution: it ends
                // at the comma before the subject, past an apposition ("…,
                // Andrei Nikulin, a senior adviser, told reporters").
                let mut j = self.verb_start(k);
                if j > 0 && self.word(j - 1) == "," {
                    j = (j.saturating_sub(20)..j - 1)
                        .rev()
                        .take_while(|&p| !self.quoted[p])
                        .find(|&p| self.word(p) == ",")
                        .map_or(j, |open| open);
                }
                let comma = self.tokens[..j].iter().rposition(|t| t.norm == ",");
                if let Some(comma) = comma {
                    // The subject stands between the comma and the verb
                    // ("…, the minister said"; not "X, the minister, said").
                    let between = &self.tokens[comma + 1..j];
                    let subject_near = between.len() <= MAX_DESCRIPTION_WORDS + 3
                        && between.iter().any(|t| t.kind == TokenKind::Word);
                    // "Asked whether …, he said": a question put, not said.
                    let question = is_saying(self.word(0));
                    if subject_near && !question {
                        clauses.push((0, comma));
                    }
                }
            }
        }
        clauses
            .into_iter()
            .filter(|&(a, b)| {
                a < b
                    && !(a..b).any(|j| self.quoted[j])
                    && self.tokens[a..b]
                        .iter()
                        .filter(|t| t.kind == TokenKind::Word)
                        .count()
                        >= REPORTED_WORDS
                    && self.tokens[a..b].iter().any(|t| finite_verb(&t.norm))
            })
            .collect()
    }

    /// Verb `k` and its subject stand right after a quote ("'…,' Ekholm
    /// told the broadcaster NTV", "'…,' said the minister at the
    /// ceremony"): the quote is what was said, and the words after the verb
    /// say to whom, where or when.
    fn closes_a_quote(&self, k: usize) -> bool {
        let Some(quote_end) = (k.saturating_sub(MAX_ATTRIBUTION_WORDS)..k)
            .rev()
            .find(|&j| self.quoted[j])
        else {
            return false;
        };
        // Between the quote and the verb stands its subject, and only that:
        // "'…' and said her party would …" goes on with a clause of its own.
        let between = &self.tokens[quote_end + 1..k];
        between.iter().any(|t| t.kind == TokenKind::Word)
            && between.iter().all(|t| {
                matches!(t.norm.as_str(), "," | "." | "\"" | "'")
                    || (t.kind == TokenKind::Word
                        && !matches!(t.norm.as_str(), "and" | "but" | "that" | "which"))
            })
    }

    /// Where the clause holding token `j` starts: before the "and" or comma
    /// that joins it ("… and insisted that").
    fn clause_start_before(&self, j: usize) -> usize {
        let mut start = self.verb_start(j);
        if let Some(m) = self.mention_ending_at(start) {
            start = m.first;
        } else if start > 0 && matches!(self.word(start - 1), "he" | "she" | "they") {
            start -= 1;
        }
        while start > 0 && matches!(self.word(start - 1), "and" | "but" | ",") {
            start -= 1;
        }
        start
    }

    /// Words between a verb of saying and what it reports: "told
    /// reporters", "said in a statement", "said afterwards".
    fn skippable_after_verb(&self, j: usize, verb: usize) -> bool {
        // "confirmed on Tuesday evening, after …": when it was said, a
        // weekday, a month, a number of a date or a noun of a time.
        let when = |t: &Token| {
            weekday_of(t).is_some()
                || month_of(t).is_some()
                || t.kind == TokenKind::Number
                || (!t.capitalised && names_a_time(&t.norm))
        };
        (matches!(
            self.word(j),
            "reporters" | "journalists" | "on" | "in" | "a" | "statement" | "afterwards" | "later"
        ) || self.tokens.get(j).is_some_and(when))
            && j > verb
    }
}

/// Attribution claims in a sentence: `text` is the sentence, `tokens` its
/// tokens, `mentions` its names, `cast` who the story named before;
/// `previous` is the speaker of a quote in the sentence before (a quote
/// broken by "he said" goes on in the next one). Each verb of saying
/// governs the quotes nearest it and reports the clause after it (or before
/// it); a quote of fewer than four words counts only beside its verb.
pub fn extract(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    cast: &Cast,
    previous: Option<&Speaker>,
) -> Vec<(usize, usize, Attribution)> {
    let spans = quoted_spans(text);
    let quotes: Vec<(usize, usize, usize, usize)> = spans
        .iter()
        .filter_map(|&(a, b)| {
            let first = tokens.iter().position(|t| t.start >= a)?;
            let last = tokens.iter().rposition(|t| t.end <= b)? + 1;
            (first < last).then_some((a, b, first, last))
        })
        .collect();
    let mut quoted = vec![false; tokens.len()];
    for &(_, _, first, last) in &quotes {
        quoted[first..last].iter_mut().for_each(|q| *q = true);
    }
    let speech = SentenceSpeech {
        tokens,
        mentions,
        cast,
        quoted,
    };
    let sayings = speech.sayings();
    let mut found = Vec::new();
    let all_quote =
        (0..tokens.len()).all(|k| speech.quoted[k] || tokens[k].kind != TokenKind::Word);
    for &(a, b, first, last) in &quotes {
        let Some(quote) = text.get(a..b).map(str::trim) else {
            continue;
        };
        let normalised = normalise_quote(quote);
        let term = normalised.split(' ').count() < TERM_WORDS;
        // The verb nearest the quote governs it; a term only when the verb
        // introduces it closely ("called the plan 'a gamble'", "'We will
        // not,' she added").
        let governing = sayings
            .iter()
            .filter(|s| s.speaker.is_some())
            .filter_map(|s| {
                let distance = if s.at >= last {
                    (s.at - last, s.at - last <= 4)
                } else {
                    (first - s.at, first - s.at <= 15)
                };
                (!term || distance.1).then_some((distance.0, s))
            })
            .min_by_key(|(d, _)| *d)
            .and_then(|(_, s)| s.speaker.clone());
        // "put it bluntly: '…'": a colon gives the quote to the sentence's
        // subject; so does a comma before a quotation that is a whole
        // sentence ("As Leontyne Harcastle put it to the jury, 'This was
        // …'").
        let whole_sentence = !term
            && quote
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase);
        let set_off = first >= 2
            && (tokens[first - 2].norm == ":" || (tokens[first - 2].norm == "," && whole_sentence));
        let speaker = governing
            .or_else(|| set_off.then(|| speech.sentence_subject()).flatten())
            .or_else(|| all_quote.then(|| previous.cloned()).flatten());
        if let Some(speaker) = speaker {
            found.push((
                first,
                last,
                Attribution {
                    speaker,
                    quote: quote.to_string(),
                    normalised,
                    speaker_name: String::new(),
                    direct: true,
                },
            ));
        }
    }
    for (k, saying) in sayings.iter().enumerate() {
        let Some(speaker) = saying.speaker.as_ref().filter(|_| saying.reports) else {
            continue;
        };
        let next = sayings.get(k + 1).map(|s| s.at);
        for (first, last) in speech.reported(saying, next) {
            let Some(words) = text.get(tokens[first].start..tokens[last - 1].end) else {
                continue;
            };
            found.push((
                first,
                last,
                Attribution {
                    speaker: speaker.clone(),
                    normalised: normalise_quote(words),
                    quote: words.to_string(),
                    speaker_name: String::new(),
                    direct: false,
                },
            ));
        }
    }
    found.sort_by_key(|(first, _, _)| *first);
    found.dedup_by_key(|(first, _, _)| *first);
    found
}

/// Verbs that give a quote only after their object ("called the plan 'a
/// gamble'", "described the deal as 'fair'").
static NAMING: Lemmas = Lemmas::new(&[("call", true), ("describe", true)]);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::entities::find_entities;
    use crate::normalise::tokens::tokenize;
    use crate::rules::RuleSet;
    use rustc_hash::FxHashSet;

    fn quotes(text: &str, last: Option<&str>) -> Vec<String> {
        let rules = RuleSet::builtin().unwrap();
        let tokens = tokenize(text);
        let mentions = find_entities(&tokens, &rules, &FxHashSet::default());
        let name = |e: &EntityRef| match e {
            EntityRef::Known(i) => rules.entities[*i].id.clone(),
            EntityRef::Unknown(n) => n.to_string(),
        };
        let cast = Cast {
            last_person: last.map(|l| EntityRef::Unknown(l.into())),
            ..Cast::default()
        };
        extract(text, &tokens, &mentions, &cast, None)
            .into_iter()
            .map(|(_, _, a)| match a.speaker {
                Speaker::Named(e) => format!("{}: {}", name(&e), a.normalised),
                Speaker::Unnamed(d) => format!("({d}): {}", a.normalised),
            })
            .collect()
    }

    #[test]
    fn speakers_beside_speech_verbs() {
        assert_eq!(
            quotes("\"We will not give up any land,\" Zelensky said.", None),
            ["volodymyr-zelensky: we will not give up any land"]
        );
        assert_eq!(
            quotes("“We will not give up any land,” said Zelenskyy.", None),
            ["volodymyr-zelensky: we will not give up any land"]
        );
        assert_eq!(
            quotes(
                "Leavitt told reporters: \"The president wants this war to end.\"",
                None
            ),
            ["karoline-leavitt: the president wants this war to end"]
        );
        assert_eq!(
            quotes("Karoline Leavitt, the White House press secretary, said: \"The talks went very well indeed.\"", None),
            ["karoline-leavitt: the talks went very well indeed"]
        );
        // A name set off after a description, its title of rank before
        // it, is who the description is.
        assert_eq!(
            quotes("The vice-chancellor, Professor Ismene Draskovar, said: \"We will not let criminals decide.\"", None),
            ["ismene draskovar: we will not let criminals decide"]
        );
        // "The" before a capitalised title opens the name's title; before
        // a body's name or a lower-case title it opens a description.
        assert_eq!(
            quotes(
                "\"It was like saying goodbye to an old friend,\" said the Reverend Helen Askew.",
                None
            ),
            ["helen askew: it was like saying goodbye to an old friend"]
        );
        assert_eq!(
            quotes("\"It was like saying goodbye to an old friend,\" said the Labour leader Helen Askew.", None),
            ["(the labour leader helen askew): it was like saying goodbye to an old friend"]
        );
    }

    #[test]
    fn pronouns_resolve_only_when_safe_and_descriptions_stay_unnamed() {
        assert_eq!(
            quotes(
                "\"We are ready to meet at any time,\" he said.",
                Some("anna kovac")
            ),
            ["anna kovac: we are ready to meet at any time"]
        );
        assert!(quotes("\"We are ready to meet at any time,\" he said.", None).is_empty());
        assert_eq!(
            quotes(
                "\"We are ready to meet at any time,\" a senior official said.",
                None
            ),
            ["(a senior official): we are ready to meet at any time"]
        );
    }

    #[test]
    fn single_quotes_are_quotes_and_apostrophes_are_not() {
        assert_eq!(
            quotes(
                "'We can certainly help in the co-ordination,' Leavitt told reporters Tuesday.",
                None
            ),
            ["karoline-leavitt: we can certainly help in the co ordination"]
        );
        // Reported speech by a description, not a quote between apostrophes.
        assert_eq!(
            quotes("Trump's team said it's Putin's move now.", None),
            ["(trump's team): it's putin's move now"]
        );
    }

    #[test]
    fn every_finite_form_of_a_speech_verb_marks_the_speaker() {
        let speaker = |text: &str| {
            let found = quotes(text, None);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            found[0].split(':').next().unwrap().to_string()
        };
        assert_eq!(
            speaker("\"We need more pumps tonight,\" Mayor Ines Calloway adds."),
            "ines calloway"
        );
        assert_eq!(
            speaker("Residents say \"the river has never come this high\" in the valley."),
            "(residents)"
        );
        // A title between the verb and the name.
        assert_eq!(
            speaker("\"The wall will hold for now,\" said harbourmaster Colin Reddaway."),
            "colin reddaway"
        );
        assert_eq!(
            speaker("\"We will appeal this ruling today,\" Sen. Ben Sasse announced."),
            "ben sasse"
        );
        // Two capitals that name a post ("PC"), not initials ("JK").
        assert_eq!(
            speaker("\"The bells were taken to order,\" said PC Priya Dhillon."),
            "priya dhillon"
        );
        assert_eq!(
            speaker("\"The book is finished,\" said JK Rowling."),
            "jk rowling"
        );
        // A middle initial goes on with the name, and is no part of it.
        assert_eq!(
            speaker("\"It is fixed,\" said Gareth J. Penhallow, the firm's director."),
            "gareth penhallow"
        );
    }

    /// A quotation ending in "that" is no relative clause of the verb
    /// after it; a relative pronoun in the verb's clause still is one.
    #[test]
    fn a_quotation_ending_in_a_relative_word_keeps_its_speaker() {
        assert_eq!(
            quotes(
                "\"No child should run in heat like that,\" said Ysolde Venn.",
                None
            ),
            ["ysolde venn: no child should run in heat like that"]
        );
        assert!(quotes("The ruling, which Venn said was unfair, stands.", None).is_empty());
    }

    #[test]
    fn nouns_participles_and_relative_clauses_report_no_speech() {
        for text in [
            "Heads of state met in the capital to discuss the bridge and the tolls.",
            "The merger, which analysts say was rushed, closed on Friday after a long review.",
            "Russia continued striking cities across the region through the night.",
            "Insurance claims were filed by thousands of residents after the flood.",
        ] {
            assert!(quotes(text, None).is_empty(), "{text}");
        }
    }

    #[test]
    fn reported_speech_has_a_speaker_too() {
        assert_eq!(
            quotes(
                "Rutte said that the alliance would not send troops to the region.",
                None
            ),
            ["mark-rutte: the alliance would not send troops to the region"]
        );
        assert_eq!(
            quotes(
                "The alliance would not send troops to the region, Rutte said.",
                None
            ),
            ["mark-rutte: the alliance would not send troops to the region"]
        );
        // When it was said ends the tag: the clause after the comma is
        // no speech, the one before it is.
        assert_eq!(
            quotes(
                "The alliance would not send troops to the region, Rutte said on Tuesday evening, after the talks ended.",
                None
            ),
            ["mark-rutte: the alliance would not send troops to the region"]
        );
    }

    #[test]
    fn listeners_are_not_speakers() {
        assert!(quotes(
            "\"We will not walk away from this city now,\" he told Radio Halverton.",
            None
        )
        .is_empty());
        // Unnamed, and so never checked against a named speaker.
        assert_eq!(
            quotes(
                "Staff said the evening rush was the busiest they could remember.",
                None
            ),
            ["(staff): the evening rush was the busiest they could remember"]
        );
    }

    #[test]
    fn a_name_after_a_preposition_places_the_speaker() {
        assert_eq!(
            quotes(
                "Officials in Kessar urged people to avoid travelling unless their journey was essential.",
                None
            ),
            ["(officials): people to avoid travelling unless their journey was essential"]
        );
    }

    #[test]
    fn short_quotes_count_only_beside_their_verb() {
        assert!(quotes("The so-called \"iron budget\" trims spending.", None).is_empty());
        assert!(quotes(
            "Officials launched a programme called \"Fair Start\" on Monday.",
            None
        )
        .is_empty());
        assert_eq!(
            quotes("Lavrov called him \"this character\" on Tuesday.", None),
            ["sergey-lavrov: this character"]
        );
        // The object before its naming verb, the name its subject.
        assert_eq!(
            quotes(
                "It was a move Mayor Teresa Valdane called \"painful but unavoidable\" after years of neglect.",
                None
            ),
            ["teresa valdane: painful but unavoidable"]
        );
        assert_eq!(
            quotes(
                "Rep. Jonas Brandt said afterwards that he had received \"firm assurances\" on support.",
                None
            ),
            ["jonas brandt: firm assurances"]
        );
    }

    #[test]
    fn a_name_set_off_after_a_description_is_the_speaker() {
        assert_eq!(
            quotes(
                "\"Every unpaid invoice came out of a pensioner's pocket,\" the agency's director of audits, Perrin Valcourt, said on Monday.",
                None
            ),
            ["perrin valcourt: every unpaid invoice came out of a pensioner's pocket"]
        );
        assert_eq!(
            quotes(
                "\"Patient safety has to come first,\" said the trust's chief operating officer, Perpetua Hallcroft.",
                None
            ),
            ["perpetua hallcroft: patient safety has to come first"]
        );
        // A description set off after a name leaves the name the speaker.
        assert_eq!(
            quotes(
                "\"We are not done,\" Brandt, the league's whip, said.",
                None
            ),
            ["brandt: we are not done"]
        );
    }

    #[test]
    fn a_relative_clause_set_off_before_the_verb_leaves_the_subject_before_it() {
        // "which backed the claim" tells of the union; the name the
        // description is set off after speaks.
        assert_eq!(
            quotes(
                "Gideon Tallowmere, regional organiser for the Retail Workers' Union, which backed the claim, said: \"Nobody should lose a job over a sandwich.\"",
                None
            ),
            ["gideon tallowmere: nobody should lose a job over a sandwich"]
        );
        // Where no name is set off before it, the noun it tells of speaks.
        assert_eq!(
            quotes(
                "After the hearing, the union, which backed the claim, said it would appeal.",
                None
            ),
            ["(the union): it would appeal"]
        );
        assert_eq!(
            quotes(
                "Gideon Tallowmere, who backed the claim, said it would appeal.",
                None
            ),
            ["gideon tallowmere: it would appeal"]
        );
    }

    #[test]
    fn a_clause_before_an_apposed_speaker_is_reported() {
        assert_eq!(
            quotes(
                "Talks between the two sides were productive, but much work remains, Andrei Nikulin, a senior adviser to the president, told reporters on Wednesday.",
                None
            ),
            ["andrei nikulin: talks between the two sides were productive but much work remains"]
        );
    }

    #[test]
    fn words_after_a_closing_attribution_are_no_statement() {
        assert_eq!(
            quotes(
                "\"The islands were ours when my father was born,\" Ekholm told the broadcaster NTV.",
                None
            ),
            ["ekholm: the islands were ours when my father was born"]
        );
        assert_eq!(
            quotes(
                "\"We will not back down on this reform,\" Labour Minister Ilona Varga told senators during a five-hour debate.",
                None
            ),
            ["ilona varga: we will not back down on this reform"]
        );
        // A clause of its own after the quote still reports.
        assert_eq!(
            quotes(
                "Opposition leader Maria Okafor called the budget \"a reckless gamble\" and said her party would challenge the levy.",
                None
            ),
            [
                "maria okafor: a reckless gamble",
                "maria okafor: her party would challenge the levy"
            ]
        );
    }

    #[test]
    fn each_verb_of_saying_reports_its_own_clauses() {
        assert_eq!(
            quotes(
                "Opposition leader Henrik Dahl of the People's Conservative Party argued that the government had lost its mandate and that only an early election could restore stability.",
                None
            ),
            [
                "henrik dahl: the government had lost its mandate",
                "henrik dahl: only an early election could restore stability"
            ]
        );
        // "Trump said Duterte's comments …": the name after the verb is
        // spoken of, not speaking.
        assert_eq!(
            quotes(
                "Sen. Daniel Reyes said Cole's explanation was \"lawyerly and beside the point.\"",
                None
            ),
            ["daniel reyes: lawyerly and beside the point"]
        );
        // A participle shares the main clause's speaker; a colon gives the
        // quote to the sentence's subject.
        assert_eq!(
            quotes(
                "The Dalmora Times accused both governments of letting \"pride take the wheel,\" saying in an editorial that neither side had made a serious attempt at compromise.",
                None
            ),
            [
                "dalmora times: pride take the wheel",
                "dalmora times: neither side had made a serious attempt at compromise"
            ]
        );
        assert_eq!(
            quotes(
                "Its chairwoman, Mrs. Greta Lund, put it bluntly: \"Farmers are being used as ammunition.\"",
                None
            ),
            ["greta lund: farmers are being used as ammunition"]
        );
        // So does a comma before a quotation that is a whole sentence; a
        // phrase quoted after a comma is no one's.
        assert_eq!(
            quotes(
                "As junior prosecutor Leontyne Harcastle put it to the jury, \"This was not a clerical muddle but a deliberate harvest of votes.\"",
                None
            ),
            ["leontyne harcastle: this was not a clerical muddle but a deliberate harvest of votes"]
        );
        assert!(quotes(
            "Leontyne Harcastle left the court, \"a deliberate harvest\" still ringing in the hall.",
            None
        )
        .is_empty());
        // A name that qualifies a role before another name is not the
        // subject; the person the role stands before is.
        assert_eq!(
            quotes(
                "Greens' Alliance spokeswoman Lena Haugen was blunt: \"We have the votes to stop this.\"",
                None
            ),
            ["lena haugen: we have the votes to stop this"]
        );
        // A dateline places the story; the sentence's subject follows it.
        assert_eq!(
            quotes(
                "KARSTADT, Nov. 18 - The Dalmora Times accused both governments of letting \"pride take the wheel,\" saying that neither side had tried.",
                None
            ),
            [
                "dalmora times: pride take the wheel",
                "dalmora times: neither side had tried"
            ]
        );
    }
}

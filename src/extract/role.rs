//! Role claims: a person and the title a document gives them ("former
//! President Donald Trump", "Karoline Leavitt, the White House press
//! secretary", "Trump's special envoy Steve Witkoff"), as of the document's
//! date.

use crate::extract::attribution::DETERMINERS;
use crate::extract::date::{lower_case_noun, object_of};
use crate::extract::{inflects_speech_verb, is_speech_verb};
use crate::normalise::calendar::{month_of, weekday_of};
use crate::normalise::entities::{
    has_agent_ending, is_body_word, is_person, written_name_start, EntityRef, Mention,
    SETTING_PREPOSITIONS,
};
use crate::normalise::number::may_open_number;
use crate::normalise::quantity::{is_determiner, is_function_word};
use crate::normalise::senses::{
    agent_noun_of, is_noun, names_a_group, names_a_person, names_a_person_by_post,
    names_a_thing_in_space, names_a_time, opposed_by_a_party, person_serving_by, same_deed,
    superlative_shaped, takes_into_service, tells_dealings, verb_lemma, verb_of_a_deed_noun,
    verb_of_a_person_noun, verb_of_agent_noun,
};
use crate::normalise::tokens::{
    compound_hyphen, opens_compound, possessive_end, singular, singular_of, Token, TokenKind,
};
use crate::normalise::verbs::{irregular_lemma, past_shaped};
use crate::rules::RuleSet;

/// A role claim.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RoleClaim {
    /// Who.
    pub person: EntityRef,
    /// The title's head as the rules list it ("press secretary", "minister").
    pub title: String,
    /// Words qualifying it ("white house", "foreign"), folded, in order.
    pub qualifiers: Vec<String>,
    /// Written "former" (or "ex-").
    pub former: bool,
    /// The person as reports name them.
    pub person_name: String,
    /// Read from the phrase's shape, not from the rules' titles ("the lead
    /// investigator on the case", "manager Jonas Pell").
    pub open: bool,
    /// Whom the role is held for, folded: the organisation after "for",
    /// "of", "at" or "from" ("a spokeswoman for the transit authority" →
    /// "transit authority") or a possessive before the title ("the
    /// museum's curator" → "museum"). Empty when the phrase names none.
    pub affiliation: Vec<String>,
    /// Told by what the person does in office ("who leads the
    /// investigation", "who chairs the board"): a task often held beside a
    /// post, which another role contradicts only when held for another
    /// body.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub task: bool,
    /// Other roles the same sentence gives the person ("Councillor
    /// Quayle, who chairs the planning committee"; "a consultant
    /// anaesthetist who is also the trust's medical director"): held
    /// together, so another source naming one of them contradicts none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<RoleClaim>,
    /// Whom the person acts for, folded: the side they take in a dispute
    /// ("representing the Harrowlark Land Trust", "prosecuting for the
    /// council", "Ann Roe, for the claimants,"). One person acting for two
    /// sides that share no word, one named, is a contradiction whatever
    /// the titles. Empty when the sentence tells none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub party: Vec<String>,
}

impl RoleClaim {
    fn new(person: &EntityRef, title: String, qualifiers: Vec<String>, former: bool) -> Self {
        let (title, qualifiers) = head_of_a_joined_phrase(title, qualifiers);
        RoleClaim {
            person: person.clone(),
            title,
            qualifiers: without_names(qualifiers),
            former,
            person_name: String::new(),
            open: false,
            affiliation: Vec::new(),
            task: false,
            also: Vec::new(),
            party: Vec::new(),
        }
    }

    /// The role as reports write it: "former president", "white house press secretary".
    pub fn role_text(&self) -> String {
        let mut words: Vec<&str> = Vec::new();
        if self.former {
            words.push("former");
        }
        words.extend(self.qualifiers.iter().map(String::as_str));
        words.push(&self.title);
        words.join(" ")
    }

    /// The kind of body the role is held for, where the affiliation's last
    /// word names one ("energy" of "halvane energy", "authority").
    pub fn body_kind(&self) -> Option<&str> {
        self.affiliation
            .last()
            .map(String::as_str)
            .filter(|w| is_body_word(w) || self.named_group())
    }

    /// The affiliation is a group named by a proper name ("ferrisford
    /// crew": no noun of WordNet's opens it, a group noun ends it), not a
    /// kind ("foundation board"). Such a group may be a part of a body of
    /// the same name (the Ferrisford crew of Ferrisford Rowing Club).
    pub fn named_group(&self) -> bool {
        let proper_name =
            self.affiliation.len() > 1 && self.affiliation.first().is_some_and(|w| !is_noun(w));
        proper_name
            && self
                .affiliation
                .last()
                .is_some_and(|w| names_a_group(w) && !is_body_word(w))
    }
}

/// Role claims in a tokenized sentence with its entity mentions, each with
/// its token span (the title through the name).
pub fn extract(
    tokens: &[Token],
    mentions: &[Mention],
    rules: &RuleSet,
) -> Vec<(usize, usize, RoleClaim)> {
    let mut found = Vec::new();
    for m in mentions.iter().filter(|m| is_person(&m.entity, rules)) {
        // Title before the name: "former Foreign Minister Sergey Lavrov".
        let listed_or_before = title_before(tokens, m, mentions, rules)
            .map(|(start, claim)| (start, m.last, claim))
            // Title after the name: "Leavitt, the White House press
            // secretary".
            .or_else(|| title_after(tokens, m, rules).map(|(end, claim)| (m.first, end, claim)))
            // A role no rule lists, read from where it stands: a noun
            // right before the name ("prosecutor Jan Roos"), or an
            // apposition after it ("Sara Quell, the internal auditor at
            // the water board,").
            .or_else(|| {
                open_title_before(tokens, m, mentions, rules)
                    .or_else(|| title_set_off_before(tokens, m, rules))
                    .map(|(start, claim)| (start, m.last, claim))
            });
        let read_after = || {
            open_title_after(tokens, m, mentions, rules)
                .or_else(|| deed_of_a_role_after(tokens, m, rules))
                .or_else(|| part_set_off_after(tokens, m, mentions, rules))
                .or_else(|| side_set_off_after(tokens, m))
        };
        let Some((start, end, mut claim)) = listed_or_before
            .or_else(|| read_after().map(|(end, claim)| (m.first, end, claim)))
            .or_else(|| {
                part_set_off_before(tokens, m, mentions, rules)
                    .map(|(start, claim)| (start, m.last, claim))
            })
        else {
            continue;
        };
        // A role read before the name leaves the clause after it to say
        // what else the person is ("Councillor Quayle, who chairs the
        // planning committee,"); one read after it may go on "who is also
        // the trust's medical director".
        let after_name = if end == m.last { read_after() } else { None };
        let also_from = after_name.as_ref().map_or(end, |(end, _)| *end);
        claim.also = after_name
            .map(|(_, claim)| claim)
            .into_iter()
            .chain(also_held(tokens, m, also_from, rules))
            .filter(|other| other.title != claim.title)
            .collect();
        // "the officer in charge at the scene": a role held for a task at
        // hand, beside one's post.
        let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
        if word(end) == "in" && word(end + 1) == "charge" {
            claim.task = true;
        }
        found.push((start, end, claim));
    }
    for (start, end, claim) in found.iter_mut().filter(|f| f.2.affiliation.is_empty()) {
        claim.affiliation = affiliation(tokens, *start, *end);
    }
    for (_, end, claim) in found.iter_mut().filter(|f| f.2.party.is_empty()) {
        claim.party = party_served_after(tokens, *end, &claim.title);
    }
    found
}

/// "the solicitor representing Ms Oduberre", "a solicitor at Quell &
/// Co who is advising the couples", "counsel presenting the case on
/// behalf of the constabulary": a participle or relative clause after a
/// role phrase that serves another ([`serves_another`]), or anything done
/// "on behalf of" one, names the side the role is held for; so does "for"
/// or "to" after a `title` named for dealing with others ("counsel to the
/// board"). Empty where none follows.
fn party_served_after(tokens: &[Token], end: usize, title: &str) -> Vec<String> {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    if matches!(word(end), "for" | "to") && serves_by_dealing(last_word(title)) {
        return body_after(tokens, end);
    }
    let mut k = end;
    // "a solicitor at Quell Law who …": the firm one works at comes first.
    if matches!(word(k), "at" | "with") {
        k += 1 + tokens[k + 1..]
            .iter()
            .take_while(|t| t.capitalised && t.kind == TokenKind::Word)
            .count();
    }
    if word(k) == "," {
        k += 1;
    }
    // A participle, or a relative clause's verb: not the sentence's own
    // verb ("Farah Qureshi filed a claim on behalf of …" tells a deed).
    let relative = word(k) == "who";
    if relative {
        k += if matches!(word(k + 1), "is" | "was") {
            2
        } else {
            1
        };
    }
    let Some(lemma) = tokens
        .get(k)
        .filter(|t| !t.capitalised && inflected_verb(&t.norm))
        .filter(|t| relative || t.norm.ends_with("ing"))
        .and_then(|t| verb_lemma(&t.norm, None))
    else {
        return Vec::new();
    };
    if let Some(party) = on_behalf_of(tokens, k + 1, k + 1 + BEHALF_REACH) {
        return party;
    }
    // "the solicitor acting for Quellmarch", "who spoke for the family":
    // a deed of dealing with others done "for" someone is done on their
    // behalf ("who called for the board to resign" asks something of it).
    if word(k + 1) == "for" && tells_dealings(lemma) {
        let asks_of_it = tokens[k + 2..]
            .iter()
            .take_while(|t| t.kind == TokenKind::Word)
            .any(|t| t.norm == "to");
        return if asks_of_it {
            Vec::new()
        } else {
            body_after(tokens, k + 1)
        };
    }
    let party_follows = tokens
        .get(k + 1)
        .is_some_and(|t| t.capitalised || is_determiner(&t.norm));
    if !serves_another(lemma) || !party_follows {
        return Vec::new();
    }
    tokens[k + 1..]
        .iter()
        .take_while(|t| t.kind == TokenKind::Word || (t.norm == "'" && t.glued))
        .filter(|t| t.kind == TokenKind::Word && !is_function_word(&t.norm))
        .take(MAX_AFFILIATION_WORDS)
        .map(|t| t.norm.trim_end_matches("'s").to_string())
        .collect()
}

/// The body named after "on behalf of" where the phrase opens at or after
/// `from` and before `to`: whatever is done on another's behalf is done
/// for them. `None` where no such phrase names one.
fn on_behalf_of(tokens: &[Token], from: usize, to: usize) -> Option<Vec<String>> {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    (from..to)
        .find(|&j| word(j) == "on" && word(j + 1) == "behalf" && word(j + 2) == "of")
        .map(|j| body_after(tokens, j + 2))
        .filter(|party| !party.is_empty())
}

/// How many words of an object may stand between a participle and "on
/// behalf of" ("presenting the case on behalf of …").
const BEHALF_REACH: usize = 4;

/// The most words a role's phrase set off after a name takes, its head
/// and what qualifies it ("principal environmental health officer").
const ROLE_PHRASE_WORDS: usize = 4;

/// A title's last word, its head ("press secretary" → "secretary").
pub fn last_word(title: &str) -> &str {
    title.rsplit(' ').next().unwrap_or(title)
}

/// Whether person noun `noun` is named for dealing with others, as an
/// adviser or a counsel is: its verb ("advise", "counsel") is one of
/// communication, competition or social life.
fn serves_by_dealing(noun: &str) -> bool {
    verb_of_a_person_noun(noun)
        .or_else(|| verb_of_agent_noun(noun))
        .is_some_and(tells_dealings)
}

/// Whether verb lemma `lemma` tells serving another: a person is named
/// for doing it, by an agent noun where it tells dealings with others
/// ("advise" → "adviser", "defend" → "defender") or by a noun of serving
/// ("represent" → "representative").
fn serves_another(lemma: &str) -> bool {
    (tells_dealings(lemma) && agent_noun_of(lemma).is_some()) || person_serving_by(lemma).is_some()
}

/// "…, a consultant anaesthetist who is also the trust's medical director,",
/// "a Corvane vice-president who served as mission director": a second
/// role the person holds beside the one read up to `from`, or a post
/// they fill in it.
fn also_held(tokens: &[Token], m: &Mention, from: usize, rules: &RuleSet) -> Option<RoleClaim> {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    let at = (from..from + 3).find(|&j| word(j) == "who")?;
    let verb_form = |j: usize| inflected_verb(word(j));
    let also = matches!(word(at + 1), "is" | "was") && word(at + 2) == "also";
    let start = if also || (verb_form(at + 1) && word(at + 2) == "as") {
        at + 3
    } else if matches!(word(at + 1), "is" | "was") && verb_form(at + 2) && word(at + 3) == "as" {
        at + 4
    } else {
        return None;
    };
    let close = (start..tokens.len()).find(|&j| tokens[j].kind != TokenKind::Word)?;
    role_set_off_from(tokens, start, close, m, rules).map(|(_, claim)| claim)
}

/// Whether `word` is an inflected form of a verb ("served", "acting",
/// "serves"), not its base: a relative clause's verb.
fn inflected_verb(word: &str) -> bool {
    verb_lemma(word, None).is_some_and(|lemma| lemma != word)
}

/// The one noun of a body part that heads a role of whatever it is the
/// head of ("the head of communications", "who heads the unit").
pub(crate) const HEAD: &str = "head";

/// The verb of being in charge whose kinds ("run", "chair", "captain")
/// WordNet relates to it more often than to "head".
const LEADING: &str = "lead";

/// Prepositions that say whom a role is held for ("adviser to the
/// committee").
const FOR_WHOM: &[&str] = &["for", "of", "at", "from", "with", "to"];

/// The most content words an affiliation takes ("the insurer Corland Fine
/// Art", "the Pellingford and District Beekeepers' Association").
const MAX_AFFILIATION_WORDS: usize = 5;

/// Whom the role phrase `start..end` is held for: a name before a
/// possessive inside it ("Veltrano's chief security officer"), else the
/// noun phrase after "for", "of", "at" or "from" that follows the phrase
/// (up to a comma or clause word), else any possessive inside it.
/// Function words are left out.
fn affiliation(tokens: &[Token], start: usize, end: usize) -> Vec<String> {
    let owner = (start..end).find(|&k| possessive_end(tokens, k).is_some());
    // "Orrin Rail's route director for the Saltinch Valley": a named owner
    // is whom the role is held for; the phrase after it says where.
    let after = hired_by(tokens, end).unwrap_or_else(|| body_after(tokens, end));
    if !after.is_empty() && !owner.is_some_and(|k| tokens[k].capitalised) {
        return after;
    }
    // "the Highmoor Water Authority's own chief hydrologist": the whole
    // name before the possessive.
    let Some(owner) = owner else {
        return Vec::new();
    };
    let mut first = owner;
    while first > 0
        && owner - first + 1 < MAX_AFFILIATION_WORDS
        && tokens[owner].capitalised
        && tokens[first - 1].capitalised
        && tokens[first - 1].kind == TokenKind::Word
    {
        first -= 1;
    }
    tokens[first..=owner]
        .iter()
        .map(|t| t.norm.trim_end_matches("'s").to_string())
        .collect()
}

/// The body named after "for", "of", "at", "from" or "with" at `at`
/// ("for the transit authority" → "transit authority"), function words
/// left out; empty where none is. A body is named ("Westmarch
/// University") or determined ("the county", "its board"); "director of
/// quality and food safety" names a field, not a body.
fn body_after(tokens: &[Token], at: usize) -> Vec<String> {
    if !tokens
        .get(at)
        .is_some_and(|t| FOR_WHOM.contains(&t.norm.as_str()))
    {
        return Vec::new();
    }
    body_from(tokens, at + 1)
}

/// "an independent engineer hired by the residents' association", "a
/// veterinary inspector appointed by the council", "the land agent
/// Tallerant has appointed": where a past form of a verb of taking into
/// service ([`takes_into_service`]) follows the role at `at`, after "by"
/// or after the name that did it, whom the role is held for.
fn hired_by(tokens: &[Token], at: usize) -> Option<Vec<String>> {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    let hires = |j: usize| {
        past_shaped(word(j)) && verb_lemma(word(j), None).is_some_and(takes_into_service)
    };
    if hires(at) && word(at + 1) == "by" {
        return Some(body_from(tokens, at + 2));
    }
    let name = tokens[at.min(tokens.len())..]
        .iter()
        .take_while(|t| t.capitalised && t.kind == TokenKind::Word)
        .take(MAX_AFFILIATION_WORDS)
        .count();
    (name > 0 && hires(past_a_perfect(tokens, at + name))).then(|| {
        tokens[at..at + name]
            .iter()
            .map(|t| t.norm.trim_end_matches("'s").to_string())
            .collect()
    })
}

/// The index of the verb at `at`, past a perfect's auxiliary ("Tallerant
/// has appointed"): where a clause's subject name is followed by its verb.
fn past_a_perfect(tokens: &[Token], at: usize) -> usize {
    at + usize::from(
        tokens
            .get(at)
            .is_some_and(|t| matches!(t.norm.as_str(), "has" | "have" | "had")),
    )
}

/// The body named from `start` on (see [`body_after`]).
fn body_from(tokens: &[Token], start: usize) -> Vec<String> {
    // "at rival auctioneers Gilcrest Vane": lower-case nouns that describe
    // the name right after them are its apposition; the name is the body.
    let name_word = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
    };
    let from = (start..(start + DESCRIPTION_WORDS).min(tokens.len()))
        .take_while(|&j| lower_case_noun(&tokens[j]))
        .map(|j| j + 1)
        .find(|&j| name_word(j))
        .unwrap_or(start);
    let names_a_body = tokens
        .get(from)
        .is_some_and(|t| t.capitalised || is_determiner(&t.norm));
    if !names_a_body {
        return Vec::new();
    }
    tokens[from..]
        .iter()
        // "the Marrowby Farmers' Guild": a plural's apostrophe stays
        // inside the name.
        .take_while(|t| {
            (t.kind == TokenKind::Word && !matches!(t.norm.as_str(), "who" | "which" | "that"))
                || (t.norm == "'" && t.glued)
        })
        .filter(|t| t.kind == TokenKind::Word && !is_function_word(&t.norm))
        .take(MAX_AFFILIATION_WORDS)
        .map(|t| t.norm.trim_end_matches("'s").to_string())
        .collect()
}

/// How many lower-case nouns may describe a body's name before it ("at
/// rival auctioneers Gilcrest Vane").
const DESCRIPTION_WORDS: usize = 2;

/// A word that can head a role no rule lists: an agent noun by its shape
/// (manager, prosecutor, statistician, spokeswoman, captain), lower case,
/// and no plural or possessive.
fn agent_noun(t: &Token) -> bool {
    role_noun(t) && has_agent_ending(&t.norm)
}

/// The shape of [`agent_noun`], whatever the case.
fn agent_word(w: &str) -> bool {
    role_word(w) && has_agent_ending(w)
}

/// A lower-case content word that is no verb form, adverb, plural or
/// possessive: a word of a role's phrase.
fn role_noun(t: &Token) -> bool {
    t.kind == TokenKind::Word && !t.capitalised && role_word(&t.norm)
}

/// The shape of [`role_noun`], whatever the case.
fn role_word(w: &str) -> bool {
    w.chars().count() > 2
        && !is_function_word(w)
        && !DETERMINERS.contains(&w)
        && !is_speech_verb(w)
        && !w.ends_with("ed")
        // "the official observer sent by the association": an irregular
        // past form is a participle, though WordNet knows "sent" as a coin.
        && irregular_lemma(w).is_none_or(|lemma| lemma == w)
        && !w.ends_with("ing")
        && !w.ends_with("ly")
        && !w.ends_with("'s")
        // No plural by its shape ("infectious" is none).
        && singular_of(w) == w
}

/// A noun of a role's field or of what a task is done to ("finance",
/// "digital operations", "blade engineering"): a role's word, a plural of
/// one, or an "-ing" form WordNet knows as a noun.
fn field_noun(t: &Token) -> bool {
    role_noun(t)
        || plural_noun(t)
        || (t.kind == TokenKind::Word
            && !t.capitalised
            && t.norm.ends_with("ing")
            && is_noun(&t.norm))
}

/// "operations manager", "claims adjuster", "customer services chief": a
/// plural noun right before an agent noun, or a noun WordNet knows as a
/// person by post, qualifies it; so does an "-ing" noun of a field joined
/// by "and" to another qualifier.
fn qualifying_plural(tokens: &[Token], k: usize) -> bool {
    let heads = |t: &Token| agent_noun(t) || (role_noun(t) && names_a_person_by_post(&t.norm));
    // "finds liaison officer": or before a noun that qualifies one; "events
    // and licensing manager": or before another qualifier joined by "and".
    let joined = tokens.get(k + 1).is_some_and(|t| t.norm == "and")
        && (k + 3..=k + 4).any(|j| {
            tokens.get(j).is_some_and(heads)
                && tokens[k + 2..j].iter().all(|t| {
                    t.kind == TokenKind::Word && !t.capitalised && !is_function_word(&t.norm)
                })
        });
    // "learning and outreach officer": a field's "-ing" noun qualifies it
    // joined so too (before the agent noun alone it is a qualifying form).
    let field_in_ing = |t: &Token| field_noun(t) && t.norm.ends_with("ing");
    (tokens.get(k).is_some_and(plural_noun)
        && (tokens.get(k + 1).is_some_and(heads)
            || (tokens.get(k + 1).is_some_and(role_noun) && tokens.get(k + 2).is_some_and(heads))
            || joined))
        || (tokens.get(k).is_some_and(field_in_ing) && joined)
}

/// A lower-case plural of a role's word ("operations", "communications").
fn plural_noun(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && !t.capitalised
        && t.norm.ends_with('s')
        && role_word(&singular(&t.norm))
}

/// "The first officer, Lucan Ferro, 31, handled …", "The club's chief
/// executive, Gideon Strathairn, confirmed …", "after Lowther Ashby's
/// forensic partner, Grainne Pemberthy, briefed …", "by counsel for the
/// trust, Nadia Fenwright,": a role set off before the name by a comma,
/// opening the sentence or a phrase, with a determiner, an owner's
/// possessive or a preposition before it, the name itself set off after.
fn title_set_off_before(
    tokens: &[Token],
    m: &Mention,
    rules: &RuleSet,
) -> Option<(usize, RoleClaim)> {
    let comma = written_name_start(tokens, m).checked_sub(1)?;
    // The name is set off after too, by a comma or the sentence's end
    // ("…, according to the council's head of building control, X.").
    let set_off_after = tokens
        .get(m.last)
        .is_none_or(|t| matches!(t.norm.as_str(), "," | "."));
    if tokens[comma].norm != "," || !set_off_after {
        return None;
    }
    // The phrase opens the sentence, or its main clause after an opening
    // phrase, or follows a word that opens a phrase ("after", "by",
    // "said"); the earliest such start wins.
    (comma.saturating_sub(MAX_SET_OFF_WORDS)..comma)
        .filter(|&s| s == 0 || opens_a_phrase(&tokens[s - 1]) || opens_the_main_clause(tokens, s))
        .find_map(|s| role_set_off_from(tokens, s, comma, m, rules))
}

/// Whether token `s` opens the main clause after an opening phrase set off
/// by a comma, one that opens with an "-ing" form or a function word
/// ("Speaking to Radio Tollvane for the first time, Brackenvale's
/// technical director, …").
fn opens_the_main_clause(tokens: &[Token], s: usize) -> bool {
    let opening = |t: &Token| {
        t.kind == TokenKind::Word && (t.norm.ends_with("ing") || is_function_word(&t.norm))
    };
    s >= 2
        && tokens[s - 1].norm == ","
        && tokens.first().is_some_and(opening)
        && !tokens[..s - 1].iter().any(|t| t.kind == TokenKind::Punct)
}

/// Possessive pronouns of people: a noun after one may be a relation ("his
/// brother Tom", "her lawyer").
pub(crate) const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "their", "my", "our"];

/// The most words of a role set off before a name, owner included ("the
/// Marrowby Farmers' Guild's head of finance").
const MAX_SET_OFF_WORDS: usize = 10;

/// A lower-case word after which a noun phrase may open: a function word
/// or a verb form ("after", "by", "said").
fn opens_a_phrase(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && !t.capitalised
        && (is_function_word(&t.norm)
            || is_speech_verb(&t.norm)
            || verb_lemma(&t.norm, None).is_some_and(|l| l != t.norm))
}

/// [`title_set_off_before`]'s role phrase from `start` to the comma at
/// `comma`, if the words between are one.
fn role_set_off_from(
    tokens: &[Token],
    start: usize,
    comma: usize,
    m: &Mention,
    rules: &RuleSet,
) -> Option<(usize, RoleClaim)> {
    // The owner: a name or a determined noun before a possessive ("The
    // club's", "Veltmoor's", "The health board's"), whom the role is held
    // for.
    let owner = (start..comma)
        .find_map(|k| possessive_end(tokens, k).map(|end| (k, end)))
        .filter(|&(p, _)| {
            p - start < MAX_AFFILIATION_WORDS
                && tokens[start..p].iter().enumerate().all(|(j, t)| {
                    let noun = j > 0 && role_noun(t);
                    t.kind == TokenKind::Word && (t.capitalised || is_determiner(&t.norm) || noun)
                })
        });
    // "Her lawyer, Jan Roos,": a possessive pronoun says whose, as "the"
    // says which; the pronoun stands for whom the role serves.
    let pronoun = POSSESSIVE_PRONOUNS.contains(&tokens[start].norm.as_str());
    let words_from = match owner {
        Some((_, end)) => end,
        None if pronoun || matches!(tokens[start].norm.as_str(), "the" | "its") => start + 1,
        // "by counsel for the trust,": a bare noun inside the sentence,
        // not after a determiner or a possessive pronoun (read above).
        None if start > 0
            && role_noun(&tokens[start])
            && !is_determiner(&tokens[start - 1].norm)
            && !POSSESSIVE_PRONOUNS.contains(&tokens[start - 1].norm.as_str()) =>
        {
            start
        }
        None => return None,
    };
    // "operations manager", "chief operating officer": the role's phrase;
    // "health and safety manager": "and" may join two qualifiers.
    let mut words: Vec<String> = Vec::new();
    let mut k = joined_role_phrase(tokens, words_from, &mut words, 4);
    // "director of finance", "head of digital operations": the complement
    // of its head, up to two words, names the role's field.
    let head_end = k;
    let mut field: Vec<String> = Vec::new();
    if tokens[k].norm == "of"
        && (k + 2..=k + 3).contains(&comma)
        && tokens[k + 1..comma].iter().all(field_noun)
    {
        field = tokens[k + 1..comma]
            .iter()
            .map(|t| t.norm.clone())
            .collect();
        k = comma;
    }
    // "counsel for the trust": whom the role is held for, a body that runs
    // up to the comma.
    let mut body = Vec::new();
    if k < comma
        && comma - k <= MAX_AFFILIATION_WORDS
        && tokens[k + 1..comma]
            .iter()
            .all(|t| t.kind == TokenKind::Word)
    {
        body = body_after(tokens, k);
        if !body.is_empty() {
            k = comma;
        }
    }
    if words.is_empty() || words.len() > 4 || k != comma {
        return None;
    }
    if body.is_empty() && pronoun {
        body.push(tokens[start].norm.clone());
    }
    // A listed title ("chief executive"), or an agent noun with the words
    // that qualify it.
    if let Some((_, title)) =
        title_starting_at(tokens, words_from, rules).filter(|&(end, _)| end == head_end)
    {
        let mut claim = RoleClaim::new(&m.entity, title, field, false);
        claim.affiliation = body;
        return Some((start, claim));
    }
    // "The company's board chair": a listed title closing the phrase,
    // qualified by the words before it.
    if let Some((title_start, title)) =
        title_ending_at(tokens, head_end, rules).filter(|&(at, _)| at > words_from)
    {
        // "vice-chancellor": the hyphen joins, it qualifies nothing.
        let qualifiers = tokens[words_from..title_start]
            .iter()
            .filter(|t| t.norm != "-")
            .map(|t| t.norm.clone())
            .chain(field)
            .collect();
        let mut claim = RoleClaim::new(&m.entity, title, qualifiers, false);
        claim.affiliation = body;
        return Some((start, claim));
    }
    let last = words.pop()?;
    // "head of digital operations": a head of a field is a role; a noun
    // WordNet knows as a kind of person heads one where the phrase says
    // whom it serves ("counsel for the trust", "the depot's mechanic").
    let head_of_a_field = last == HEAD && !field.is_empty();
    let serves = (!body.is_empty() || owner.is_some()) && names_a_person_by_post(&last);
    if !(heads_a_role(&last) || head_of_a_field || serves) {
        return None;
    }
    words.extend(field);
    let mut claim = RoleClaim::new(&m.entity, last, words, false);
    claim.open = true;
    claim.affiliation = body;
    Some((start, claim))
}

/// "Athletic manager Jonas Pell": the noun right before the name, with the
/// words that qualify it.
fn open_title_before(
    tokens: &[Token],
    m: &Mention,
    mentions: &[Mention],
    rules: &RuleSet,
) -> Option<(usize, RoleClaim)> {
    let at = m.first.checked_sub(1)?;
    // Capitalised, opening the sentence ("Curator Elin Voss said") or not,
    // it is a title the name finder left out of the name ("Detective
    // Sergeant Paul Oyelaran", "Station Manager Priya Olawale").
    let noun = &tokens[at];
    // An agent noun ("manager"), or a word WordNet knows first as a kind
    // of person ("curator", "superintendent", "sergeant"). A word of an
    // agent's shape WordNet knows first as a thing is a first name
    // ("Jasper Onslow-Teague": jasper is a stone).
    let a_thing = is_noun(&noun.norm) && !names_a_person(&noun.norm);
    let titled = (agent_word(&noun.norm) && !a_thing)
        || (role_word(&noun.norm) && names_a_person_by_post(&noun.norm));
    if noun.kind != TokenKind::Word || noun.all_caps || !titled {
        return None;
    }
    // After a determiner or a possessive the noun may be a relation ("his
    // brother Tom"); a title stands bare or after names and qualifiers.
    if at > 0 && POSSESSIVE_PRONOUNS.contains(&tokens[at - 1].norm.as_str()) {
        return None;
    }
    let (at, title) = joined_before(tokens, at, tokens[at].norm.clone());
    let (start, qualifiers, former) = qualifiers_before(tokens, mentions, at, rules);
    let mut claim = RoleClaim::new(&m.entity, title, qualifiers, former);
    claim.open = true;
    Some((start, claim))
}

/// The qualifier of a calling its holder has left for good, and with it
/// work: a retired fisherman is no council's engineer now.
pub const RETIRED: &str = "retired";

/// "Drustan Mervenick is regional secretary of the guild", "Oona Vell has
/// been chair of the club since 2019": after a name opening its clause, a
/// present copula says what the person is, as an apposition does; where
/// the role's words start. A past one ("was") may tell a post since left.
fn copula_after(tokens: &[Token], m: &Mention) -> Option<usize> {
    let opens_clause = m.first == 0 || tokens[m.first - 1].kind == TokenKind::Punct;
    let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    match (opens_clause, word(m.last), word(m.last + 1)) {
        (true, "is", _) => Some(m.last + 1),
        (true, "has", "been") => Some(m.last + 2),
        _ => None,
    }
}

/// Where an apposition starting at `k` says what the person is: past
/// the opening of a relative clause that only says that ("Signe Harlow,
/// who is the club's doctor", "who has been Voss's agent since 2018", "who
/// serves as the exchange's general counsel", "who has worked as its press
/// officer", "who is acting as her solicitor"). `None` for a relative
/// clause that says anything else.
fn past_relative_opening(tokens: &[Token], k: usize) -> Option<usize> {
    if tokens.get(k).is_none_or(|t| t.norm != "who") {
        return Some(k);
    }
    let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    let verb_form = |j: usize| inflected_verb(word(j));
    let opening = match word(k + 1) {
        // "who is acting as Brazzemoor's defence solicitor", "who was
        // serving as its treasurer": the role the "-ing" form is done as.
        "is" | "was" if word(k + 2).ends_with("ing") && verb_form(k + 2) && word(k + 3) == "as" => {
            4
        }
        "is" => 2,
        // "who was appointed administrator", "who was named captain": a
        // passive whose complement is a bare noun of a post.
        "was"
            if past_shaped(word(k + 2))
                && verb_form(k + 2)
                && tokens.get(k + 3).is_some_and(|t| {
                    t.kind == TokenKind::Word && !t.capitalised && !is_function_word(&t.norm)
                }) =>
        {
            3
        }
        "has" if word(k + 2) == "been" => 3,
        "has" if verb_form(k + 2) && word(k + 3) == "as" => 4,
        w if w.ends_with('s') && verb_form(k + 1) && word(k + 2) == "as" => 3,
        _ if verb_form(k + 1) => return role_as_in_clause(tokens, k + 2),
        _ => return None,
    };
    Some(k + opening)
}

/// The most words a relative clause's deed may take before the "as" that
/// says in what role it was done.
const MAX_DEED_WORDS: usize = 10;

/// "who advised the co-operative on its application as an independent
/// planning consultant": in a relative clause about the person, "as"
/// before a determined noun phrase says in what role they did the deed;
/// where the phrase opens (after its determiner is read by the caller).
/// A name or a personal pronoun before "as" is whom the role is given
/// ("who hired her as a consultant"), and ends the search; but a one-word
/// name before a role held in a body ("who conducted Ambrecombe as the
/// band's musical director", "as its captain") is the body served.
fn role_as_in_clause(tokens: &[Token], from: usize) -> Option<usize> {
    let end = (from + MAX_DEED_WORDS).min(tokens.len());
    let mut one_word_name = false;
    for j in from..end {
        let t = &tokens[j];
        // "the victim", not the second half of "co-operative".
        let in_compound = j > 0 && compound_hyphen(tokens, j - 1);
        // "on Saturday", "in May": a day or a month is no name.
        if month_of(t).is_some() || weekday_of(t).is_some() {
            continue;
        }
        let capitalised = |i: usize| tokens.get(i).is_some_and(|n| n.capitalised);
        if t.capitalised && !capitalised(j - 1) && !capitalised(j + 1) && !one_word_name {
            one_word_name = true;
            continue;
        }
        let other_person = t.capitalised
            || (names_a_person(&t.norm) && !in_compound)
            || matches!(
                t.norm.as_str(),
                "him" | "her" | "them" | "himself" | "herself" | "who" | "which"
            );
        if other_person || (t.kind == TokenKind::Punct && !compound_hyphen(tokens, j)) {
            return None;
        }
        let determined = tokens
            .get(j + 1)
            .is_some_and(|n| matches!(n.norm.as_str(), "a" | "an" | "the" | "its" | "their"));
        // "as the band's musical director", "as its captain".
        let held_in_a_body = || match tokens.get(j + 1).map(|n| n.norm.as_str()) {
            Some("its" | "their") => true,
            Some("the") => {
                possessive_end(tokens, j + 2).is_some()
                    && names_a_group(&singular(tokens[j + 2].norm.trim_end_matches("'s")))
            }
            _ => false,
        };
        if t.norm == "as" && determined {
            if one_word_name && !held_in_a_body() {
                return None;
            }
            // The phrase's head names a post ("as a teenager" tells an
            // age, not a role).
            let head = tokens[j + 2..]
                .iter()
                .take_while(|n| n.kind == TokenKind::Word && !is_function_word(&n.norm))
                .last()?;
            return names_a_person_by_post(&head.norm).then_some(j + 1);
        }
    }
    None
}

/// Reads the words of a role's phrase from `k` into `words`, at most
/// `most` of them: nouns, an "-ing" form or a plural before an agent noun
/// ("managing director", "operations manager"), a hyphenated compound
/// before one ("drinking-water inspector") and an agent noun's own
/// compound ("editor-in-chief"). Returns where the phrase ends.
fn role_phrase(tokens: &[Token], mut k: usize, words: &mut Vec<String>, most: usize) -> usize {
    let before = words.len();
    // "managing director", "acting chief": an "-ing" form right before an
    // agent noun qualifies it, and so does a past participle after an
    // owner or "the" ("the home's registered manager"), where it names a
    // post; "a retired teacher" names none.
    let owned = |k: usize| {
        k > 0 && (tokens[k - 1].norm == "the" || possessive_end(tokens, k - 1).is_some())
    };
    let qualifying_form = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.capitalised
                && t.norm.len() > 5
                && (t.norm.ends_with("ing") || (past_shaped(&t.norm) && owned(k)))
                && !is_speech_verb(&t.norm)
        }) && tokens.get(k + 1).is_some_and(agent_noun)
    };
    // "a drinking-water inspector": a hyphenated compound qualifies the
    // agent noun after it.
    // "a first-term city councillor": so it does before the role's words.
    let hyphenated = |k: usize| {
        opens_compound(tokens, k)
            && (tokens.get(k + 3).is_some_and(agent_noun)
                || (tokens.get(k + 3).is_some_and(role_noun)
                    && tokens.get(k + 4).is_some_and(agent_noun)))
    };
    // "editor-in-chief": an agent noun heads a compound of three words.
    let agents_compound = |k: usize| {
        tokens.get(k).is_some_and(agent_noun)
            && opens_compound(tokens, k)
            && opens_compound(tokens, k + 2)
    };
    while let Some(t) = tokens.get(k) {
        if words.len() >= before + most {
            break;
        }
        if agents_compound(k) {
            words.push(format!(
                "{}-{}-{}",
                t.norm,
                tokens[k + 2].norm,
                tokens[k + 4].norm
            ));
            k += 5;
        } else if hyphenated(k) {
            words.push(format!("{}-{}", t.norm, tokens[k + 2].norm));
            k += 3;
        } else if let Some(end) = hyphened_role(tokens, k) {
            words.extend((k..end).step_by(2).map(|j| tokens[j].norm.clone()));
            k = end;
        } else if role_noun(t) || qualifying_form(k) || qualifying_plural(tokens, k) {
            words.push(t.norm.clone());
            k += 1;
        } else {
            break;
        }
    }
    k
}

/// Where a role written as one compound starting at `k` ends
/// ("vice-chancellor", "pro-vice-chancellor"): role words
/// joined by hyphens, the last an agent noun. Its words are read as if
/// written apart, as a title before a name is ("Vice-chancellor Ismene
/// Draskovar").
fn hyphened_role(tokens: &[Token], k: usize) -> Option<usize> {
    let mut end = k;
    while opens_compound(tokens, end) && role_noun(&tokens[end]) {
        end += 2;
    }
    (end > k && tokens.get(end).is_some_and(agent_noun)).then_some(end + 1)
}

/// [`role_phrase`], and more of its qualifiers joined by "and" ("health
/// and safety manager", "events and licensing manager"). A role's head
/// before "and" ("chairman and chief executive") is one role of two, and
/// ends it.
fn joined_role_phrase(tokens: &[Token], k: usize, words: &mut Vec<String>, most: usize) -> usize {
    let mut k = role_phrase(tokens, k, words, most);
    while tokens.get(k).is_some_and(|t| t.norm == "and")
        && words.last().is_some_and(|w| !heads_a_role(w))
    {
        let before = words.len();
        let next = role_phrase(tokens, k + 1, words, most);
        if words.len() == before {
            break;
        }
        k = next;
    }
    k
}

/// A role's last word heads it: an agent noun, or the agent noun opening
/// its compound ("editor-in-chief").
fn heads_a_role(title: &str) -> bool {
    agent_word(title.split('-').next().unwrap_or(title))
}

/// "Rafael Tamm, the lead statistician for the trial,": an apposition
/// whose head is the last noun before the words that close it.
fn open_title_after(
    tokens: &[Token],
    m: &Mention,
    mentions: &[Mention],
    rules: &RuleSet,
) -> Option<(usize, RoleClaim)> {
    // "Fennimore Ashdown of Creake Lindqvist Restructuring, who was
    // appointed administrator": the body named after "of" is whom the
    // role set off after it is held for.
    // That body holds no role of its own there.
    let body_of = |n: &Mention, of: usize| {
        tokens.get(of).is_some_and(|t| t.norm == "of") && n.first == of + 1
    };
    if m.first > 0
        && mentions
            .iter()
            .any(|n| n.last + 1 == m.first && body_of(m, n.last))
    {
        return None;
    }
    let of_body = mentions
        .iter()
        .find(|n| body_of(n, m.last) && tokens.get(n.last).is_some_and(|t| t.norm == ","));
    let comma = of_body.map_or(m.last, |n| n.last);
    let mut k = match copula_after(tokens, m) {
        Some(k) => k,
        None if tokens.get(comma)?.norm == "," => comma + 1,
        None => return None,
    };
    // "Viktor Lenz, one of the six councillors who voted": a member of a
    // body of such people holds its role.
    if tokens.get(k).is_some_and(|t| t.norm == "one")
        && tokens.get(k + 1).is_some_and(|t| t.norm == "of")
    {
        let mut j = k + 2;
        while tokens
            .get(j)
            .is_some_and(|t| is_function_word(&t.norm) || may_open_number(t))
        {
            j += 1;
        }
        let plural = tokens.get(j)?;
        let singular = singular(&plural.norm);
        let members = plural.kind == TokenKind::Word
            && !plural.capitalised
            && plural.norm.ends_with('s')
            && agent_word(&singular);
        if !members {
            return None;
        }
        let mut claim = RoleClaim::new(&m.entity, singular, Vec::new(), false);
        claim.open = true;
        return Some((j + 1, claim));
    }
    // "Graham Tolley, 71, a retired fisherman": an age set off before
    // the apposition.
    if tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number)
        && tokens.get(k + 1).is_some_and(|t| t.norm == ",")
    {
        k += 2;
    }
    k = past_relative_opening(tokens, k)?;
    // "its press officer": a body's possessive pronoun owns the role.
    let mut owned = tokens
        .get(k)
        .is_some_and(|t| matches!(t.norm.as_str(), "its" | "their"));
    if owned
        || tokens
            .get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an"))
    {
        k += 1;
    }
    // "the airport's chief fire officer", "the regional council's auditor":
    // the owner (its possessive word within the next three) says whom the
    // role is held for, and the role's words follow it.
    if let Some((owner, after)) =
        (k..(k + 3).min(tokens.len())).find_map(|j| possessive_end(tokens, j).map(|e| (j, e)))
    {
        let plain = tokens[k..owner]
            .iter()
            .all(|t| t.kind == TokenKind::Word && !is_function_word(&t.norm));
        if plain {
            k = after;
            owned = true;
        }
    }
    // "a retired fisherman": a calling left for good, no post held now.
    let retired = tokens.get(k).is_some_and(|t| t.norm == RETIRED);
    if retired {
        k += 1;
    }
    // "a Year 4 classroom teacher": names and numbers before the role's
    // words qualify it.
    let mut words: Vec<String> = Vec::new();
    while words.len() < 2
        && tokens.get(k).is_some_and(|t| {
            (t.kind == TokenKind::Word && t.capitalised && !is_function_word(&t.norm))
                || t.kind == TokenKind::Number
        })
        && tokens.get(k + 1).is_some_and(|t| t.norm != ",")
    {
        words.push(tokens[k].norm.clone());
        k += 1;
        // "the Kestrel-Marrow team doctor": a hyphen joins one name.
        if compound_hyphen(tokens, k) && tokens.get(k + 1).is_some_and(|t| t.capitalised) {
            k += 1;
        }
    }
    let named_qualifiers = words.len();
    // "the district council's principal environmental health officer":
    // up to four words of the role's own.
    k = joined_role_phrase(tokens, k, &mut words, ROLE_PHRASE_WORDS);
    if words.len() == named_qualifiers {
        return None;
    }
    // "the county's largest home insurer": a superlative ranks among
    // others of a kind, no post held.
    let ranked_among = words[named_qualifiers..]
        .first()
        .is_some_and(|w| superlative_shaped(w));
    if ranked_among && words.len() > named_qualifiers + 1 {
        return None;
    }
    let title = words.pop()?;
    // "the head of …", "the deputy chief of the Marrowick Fire Service": a
    // noun held of a named body is a role, whatever its ending.
    let body_at = (k + 1..tokens.len())
        .find(|&j| !matches!(tokens[j].norm.as_str(), "the" | "a" | "an"))
        .unwrap_or(tokens.len());
    // A body, not a person ("the son of Mayor Ada Lin").
    let named_body = title_starting_at(tokens, body_at, rules).is_none()
        && mentions
            .iter()
            .any(|n| n.first == body_at && !is_person(&n.entity, rules));
    let of_a_body = tokens.get(k).is_some_and(|t| t.norm == "of") && (title == HEAD || named_body);
    // A noun WordNet knows as a kind of person heads a role whatever its
    // ending where the phrase says whom it serves: "the fund's general
    // counsel", "a paramedic with the rescue team" (not "the man in
    // charge"); "to" says it after a person named for dealing with others
    // ("legal counsel to the Ovine Records Board"; "a witness to the
    // crash" serves no one).
    let serves = owned
        || tokens.get(k).is_some_and(|t| {
            matches!(t.norm.as_str(), "for" | "with" | "at")
                || (t.norm == "to" && serves_by_dealing(&title))
        });
    let person_noun = serves && role_word(&title) && names_a_person_by_post(&title);
    // "the land agent Tallerant has appointed": whoever is taken into
    // service holds a post, whatever the noun's ending.
    let hired = || hired_by(tokens, k).is_some();
    if !of_a_body && !heads_a_role(&title) && !person_noun && !hired() {
        return None;
    }
    // A participle after the noun opens a clause of its own ("a solicitor
    // acting for Stenkvist", "an engineer hired by the city").
    let closes = tokens.get(k).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "," | "."
                | ";"
                | "of"
                | "at"
                | "for"
                | "on"
                | "with"
                | "to"
                | "in"
                | "who"
                | "from"
                | "since"
                | "and"
        ) || (t.kind == TokenKind::Word
            && !t.capitalised
            && (t.norm.ends_with("ing") || past_shaped(&t.norm))
            && tokens
                .get(k + 1)
                .is_some_and(|n| matches!(n.kind, TokenKind::Word | TokenKind::Number)))
    });
    // "the loss adjuster Bellhaven sent to assess the damage": a clause
    // whose subject is a name closes the phrase too.
    let contact_clause = || {
        mentions.iter().any(|n| {
            n.first == k
                && tokens.get(past_a_perfect(tokens, n.last)).is_some_and(|v| {
                    v.kind == TokenKind::Word
                        && !v.capitalised
                        && past_shaped(&v.norm)
                        && verb_lemma(&v.norm, None).is_some()
                })
        })
    };
    if !closes && !contact_clause() {
        return None;
    }
    let (k, field) = field_of(tokens, k);
    words.extend(field);
    if retired {
        words.insert(0, RETIRED.to_string());
    }
    let mut claim = RoleClaim::new(&m.entity, title, words, false);
    claim.open = true;
    claim.affiliation = match of_body {
        Some(body) => tokens[body.first..body.last]
            .iter()
            .map(|t| t.norm.clone())
            .collect(),
        None => served_by_the_deed(tokens, m.last + 1),
    };
    Some((k, claim))
}

/// "head of communications", "head of internal audit", "director of
/// finance and resources": the up to two words of a field after "of" at
/// `k`, and one more joined by "and", name the role, with where the
/// phrase then ends; none at `k` else.
fn field_of(tokens: &[Token], k: usize) -> (usize, Vec<String>) {
    // "a consultant in health protection", "a lecturer in law": "in"
    // names a field as "of" does, where no name follows it (a teacher "in
    // Wessmoor" is placed).
    let preposition = tokens.get(k).map(|t| t.norm.as_str());
    if !matches!(preposition, Some("of" | "in")) {
        return (k, Vec::new());
    }
    // "director of UK operations": a place's name may qualify the field.
    let named = (k + 1..k + 3)
        .take_while(|&j| {
            preposition == Some("of")
                && tokens
                    .get(j)
                    .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
        })
        .count();
    let named = if tokens.get(k + 1 + named).is_some_and(field_noun) {
        named
    } else {
        0
    };
    let field = named
        + (k + 1 + named..k + 3 + named)
            .take_while(|&j| tokens.get(j).is_some_and(field_noun))
            .count();
    // "the officer in charge", "in command of the crew": "in" and a lone
    // noun that is a verb's own form too make a phrase of their own, no
    // field ("in health protection", "in food chemistry" are fields).
    let idiom = preposition == Some("in")
        && field == 1
        && verb_lemma(&tokens[k + 1].norm, None) == Some(tokens[k + 1].norm.as_str());
    if field == named || idiom {
        return (k, Vec::new());
    }
    let mut end = k + 1 + field;
    let mut words: Vec<String> = tokens[k + 1..end].iter().map(|t| t.norm.clone()).collect();
    // "director of finance and resources": a field joined by "and" too.
    if tokens.get(end).is_some_and(|t| t.norm == "and")
        && tokens.get(end + 1).is_some_and(field_noun)
    {
        words.push(tokens[end + 1].norm.clone());
        end += 2;
    }
    (end, words)
}

/// "who advised the co-operative on its application as its planning
/// consultant": the object of a relative clause's deed done in a role
/// ([`role_as_in_clause`]) is whom the role serves. Empty for any other
/// clause at `who`.
fn served_by_the_deed(tokens: &[Token], who: usize) -> Vec<String> {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    if word(who) != "who" || matches!(word(who + 1), "is" | "has" | "was" | "had") {
        return Vec::new();
    }
    if role_as_in_clause(tokens, who + 2).is_none() {
        return Vec::new();
    }
    object_of(tokens, who + 1)
        .map(|j| tokens[j].norm.clone())
        .collect()
}

/// "Ilse Varga, who directs the city archive,", "who heads communications
/// at Orvantis Energy", "who chairs the board": a relative clause of what
/// the person does by office holds the role its verb names (its agent noun,
/// or a listed title or "head" that is the verb itself), qualified by what
/// it is done to.
fn deed_of_a_role_after(
    tokens: &[Token],
    m: &Mention,
    rules: &RuleSet,
) -> Option<(usize, RoleClaim)> {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    if word(m.last) != "," || word(m.last + 1) != "who" {
        return None;
    }
    // "who has headed the department since 2016": the perfect tells a
    // post held till now, as the present does.
    let perfect = matches!(word(m.last + 2), "has" | "have");
    let at = m.last + 2 + usize::from(perfect);
    let verb = word(at);
    let lemma = verb_lemma(verb, None).filter(|l| {
        verb.len() > l.len()
            && if perfect {
                past_shaped(verb)
            } else {
                verb.ends_with('s')
            }
    })?;
    let listed = lemma == HEAD || rules.titles.iter().any(|t| t.len() == 1 && t[0] == lemma);
    // "who runs the wine department": a verb of being in charge that
    // names no doer of its own is heading.
    let title = if listed {
        lemma.to_string()
    } else if let Some(agent) = agent_noun_of(lemma) {
        agent.to_string()
    } else if same_deed(lemma, HEAD) || same_deed(lemma, LEADING) {
        HEAD.to_string()
    } else {
        return None;
    };
    let mut k = at + 1;
    if matches!(word(k), "the" | "its" | "their") {
        k += 1;
    }
    // "the National Ropeway Safety Board's investigation team": the
    // owner's name, whom the task is done for, comes before its words.
    if let Some(after) = (k..(k + MAX_AFFILIATION_WORDS).min(tokens.len()))
        .find_map(|j| possessive_end(tokens, j).map(|end| (j, end)))
        .filter(|&(j, _)| tokens[k..=j].iter().all(|t| t.capitalised))
        .map(|(_, end)| end)
    {
        k = after;
    }
    // "who convenes the island's community council": an owner in lower
    // case, whose body the task's nouns name.
    let mut owner = None;
    if let Some(after) = possessive_end(tokens, k).filter(|_| !tokens[k].capitalised) {
        owner = Some(word(k).trim_end_matches("'s").to_string());
        k = after;
    }
    // "who chairs the Lowen Valley branch of ...": a name before the
    // task's nouns is whose it is; "who chairs the Senate Finance
    // Committee," names the body the task is done for.
    let named = (k..(k + MAX_AFFILIATION_WORDS).min(tokens.len()))
        .take_while(|&j| tokens[j].capitalised && tokens[j].kind == TokenKind::Word)
        .count();
    let mut body = Vec::new();
    let mut name_words = Vec::new();
    if named > 0 {
        let mut after = k + named;
        name_words = tokens[k..after].iter().map(|t| t.norm.clone()).collect();
        // "who chairs the Kessindrow Upper School parents' association":
        // an owner in lower case after the name is the name's, and the
        // body is theirs.
        if let Some(end) = possessive_end(tokens, after).filter(|_| !tokens[after].capitalised) {
            name_words.push(word(after).trim_end_matches("'s").to_string());
            after = end;
        }
        // "who has presented The Last Answer since its launch": how long
        // the post has been held closes the name too.
        if matches!(word(after), "," | "." | ";" | "since") {
            body = name_words.clone();
        } else if !tokens
            .get(after)
            .is_some_and(|t| role_noun(t) || field_noun(t))
        {
            return None;
        }
        k = after;
    }
    let mut qualifiers = Vec::new();
    while qualifiers.len() < 3 && tokens.get(k).is_some_and(field_noun) {
        qualifiers.push(word(k).to_string());
        k += 1;
    }
    // "who leads the regulator's team of inspectors,": whom the group
    // holds qualifies the task as a noun before it would ("inspection
    // team"), no body.
    let mut members = Vec::new();
    if word(k) == "of" && !qualifiers.is_empty() {
        let count = (k + 1..(k + 3).min(tokens.len()))
            .take_while(|&j| lower_case_noun(&tokens[j]))
            .count();
        if count > 0 && matches!(word(k + 1 + count), "," | "." | ";") {
            members.extend((k + 1..k + 1 + count).map(|j| word(j).to_string()));
            k += 1 + count;
        }
    }
    // "who lectures in propulsion engineering at Pellworth University":
    // the field the task is done in, then whom it is done for.
    let subject_word = |j: usize| {
        tokens.get(j).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.capitalised && !is_function_word(&t.norm)
        })
    };
    if word(k) == "in" && subject_word(k + 1) {
        let field = (k + 1..k + 4).take_while(|&j| subject_word(j)).count();
        if FOR_WHOM.contains(&word(k + 1 + field)) {
            qualifiers.extend((k + 1..k + 1 + field).map(|j| word(j).to_string()));
            k += 1 + field;
        }
    }
    // "who oversees the Fellreach contract on behalf of the county
    // council": whom the task is done for.
    if word(k) == "on" && word(k + 1) == "behalf" && word(k + 2) == "of" {
        k += 2;
    }
    // "who leads the opposition group on the council": a body one serves
    // on closes the task too; a day does not ("who leads the protest on
    // Saturday" tells a deed, no post).
    let on_a_body = word(k) == "on"
        && tokens[k + 1..]
            .iter()
            .find(|t| !is_determiner(&t.norm))
            .is_some_and(|t| {
                t.kind == TokenKind::Word
                    && month_of(t).is_none()
                    && weekday_of(t).is_none()
                    && !names_a_time(&t.norm)
            });
    // "since 2016": how long the post has been held closes it too.
    if !matches!(word(k), "," | "." | ";" | "in" | "since")
        && !on_a_body
        && !FOR_WHOM.contains(&word(k))
    {
        return None;
    }
    if let (true, Some(owner)) = (body.is_empty(), owner) {
        body = std::iter::once(owner).chain(qualifiers.clone()).collect();
    }
    // "who coaches the Ferrisford crew,": the name and the nouns after it
    // are the body the task is done for.
    if body.is_empty() && !name_words.is_empty() && matches!(word(k), "," | "." | ";") {
        body = name_words.into_iter().chain(qualifiers.clone()).collect();
    }
    qualifiers.extend(members);
    let mut claim = RoleClaim::new(&m.entity, title, qualifiers, false);
    claim.open = true;
    claim.task = true;
    claim.affiliation = body;
    Some((k, claim))
}

/// "Lucan Threlfall, defending, told the jury": a bare participle set off
/// after the name tells one's part in a proceeding; its agent noun
/// ("defender", "prosecutor") is the role, held for whom "for" names
/// after it ("Rosalind Ekwueme, prosecuting for the district council,") or
/// the body it is done to ("Lydia Marrable, defending the brewery,").
/// Only dealings with others count: "Ada Lin, smiling, said" tells no
/// part.
fn part_set_off_after(
    tokens: &[Token],
    m: &Mention,
    mentions: &[Mention],
    rules: &RuleSet,
) -> Option<(usize, RoleClaim)> {
    if tokens.get(m.last).is_none_or(|t| t.norm != ",") {
        return None;
    }
    let close = (m.last + 1..tokens.len()).find(|&j| tokens[j].norm == ",")?;
    // "Cordelia Haskbourne, who represented Ms Varnacott at the hearing,":
    // a relative clause's verb takes the part as a participle does.
    let (at, _) = verb_set_off_after(tokens, m);
    let claim = part_taken(tokens, m, at, close, mentions, rules)?;
    Some((m.last + 2, claim))
}

/// "Seraphine Obwaldt KC, for the Harrowlark Land Trust, told the judge":
/// "for" and a name set off after a name tell only whom the person acts
/// for, as a court report writes counsel; so does a deed of dealing with
/// others done for one ("Ffion Gallowtree, who acted for Ms Vallowbrook,",
/// "…, speaking for the family,"). Held as a representative's task, so no
/// post's title clashes with it, only another side.
fn side_set_off_after(tokens: &[Token], m: &Mention) -> Option<(usize, RoleClaim)> {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    if word(m.last) != "," {
        return None;
    }
    let (verb, relative) = verb_set_off_after(tokens, m);
    let dealing = tokens.get(verb).is_some_and(|t| {
        !t.capitalised
            && inflected_verb(&t.norm)
            && (relative || t.norm.ends_with("ing"))
            && verb_lemma(&t.norm, None).is_some_and(tells_dealings)
    });
    let at = if word(m.last + 1) == "for" {
        m.last + 1
    } else if dealing && word(verb + 1) == "for" {
        verb + 1
    } else {
        return None;
    };
    let first = if word(at + 1) == "the" {
        at + 2
    } else {
        at + 1
    };
    // "Tamsin Yelverhoe, for the prosecution,": a side told by the noun
    // of a deed of dealing with others is taken by that deed's agent.
    let side_noun = word(at + 1) == "the"
        && word(first + 1) == ","
        && tokens.get(first).is_some_and(|t| !t.capitalised);
    if side_noun {
        let agent = verb_of_a_deed_noun(word(first))
            .filter(|&verb| tells_dealings(verb))
            .and_then(agent_noun_of)?;
        let mut claim = RoleClaim::new(&m.entity, agent.to_string(), Vec::new(), false);
        claim.open = true;
        return Some((m.last + 2, claim));
    }
    if !tokens.get(first).is_some_and(|t| t.capitalised) {
        return None;
    }
    let party = body_after(tokens, at);
    (at + 1..at + 1 + 2 * MAX_AFFILIATION_WORDS).find(|&j| word(j) == ",")?;
    let mut claim = RoleClaim::new(&m.entity, REPRESENTATIVE.to_string(), Vec::new(), false);
    claim.open = true;
    claim.task = true;
    claim.affiliation = party.clone();
    claim.party = party;
    Some((m.last + 2, claim))
}

/// The person who acts for another: the title of one said only to act
/// "for" a side.
const REPRESENTATIVE: &str = "representative";

/// "Editor-in-chief", "attorney-at-law": a title whose last word is a
/// noun joined by hyphens to a phrase after a preposition is a kind of
/// that noun, the phrase qualifying it ("editor", qualified "chief"), as
/// "the Sentinel's editor" is one.
fn head_of_a_joined_phrase(title: String, mut qualifiers: Vec<String>) -> (String, Vec<String>) {
    let (before, last) = title.rsplit_once(' ').unwrap_or(("", &title));
    let parts: Vec<&str> = last.split('-').collect();
    match parts.as_slice() {
        [head, preposition, rest @ ..]
            if !rest.is_empty() && is_function_word(preposition) && !is_function_word(head) =>
        {
            qualifiers.push(rest.join("-"));
            let title = if before.is_empty() {
                head.to_string()
            } else {
                format!("{before} {head}")
            };
            (title, qualifiers)
        }
        _ => (title, qualifiers),
    }
}

/// "Editor-in-chief Ysolde Marrowgant": where a title read from `start`
/// is the end of a noun joined to it by a preposition and hyphens, the
/// joined title and where it starts ([`head_of_a_joined_phrase`] reads
/// it).
fn joined_before(tokens: &[Token], start: usize, title: String) -> (usize, String) {
    let joined = start >= 4
        && compound_hyphen(tokens, start - 1)
        && is_function_word(&tokens[start - 2].norm)
        && compound_hyphen(tokens, start - 3)
        && tokens[start - 4].kind == TokenKind::Word;
    if !joined {
        return (start, title);
    }
    let word = |k: usize| tokens[k].norm.as_str();
    (
        start - 4,
        format!("{}-{}-{title}", word(start - 4), word(start - 2)),
    )
}

/// "Prosecuting for the Workplace Safety Directorate, Lydia Marrable
/// said", "Defending, Tom Arle told the court": the same part, told by a
/// participle clause that opens the sentence right before the name.
fn part_set_off_before(
    tokens: &[Token],
    m: &Mention,
    mentions: &[Mention],
    rules: &RuleSet,
) -> Option<(usize, RoleClaim)> {
    let comma = m.first.checked_sub(1).filter(|&c| tokens[c].norm == ",")?;
    let claim = part_taken(tokens, m, 0, comma, mentions, rules)?;
    Some((0, claim))
}

/// Where the verb set off after name `m` may stand ("…, acting for",
/// "…, who acted for"), and whether a relative word opens its clause.
fn verb_set_off_after(tokens: &[Token], m: &Mention) -> (usize, bool) {
    let relative = tokens.get(m.last + 1).is_some_and(|t| t.norm == "who");
    (m.last + 1 + usize::from(relative), relative)
}

/// The part the participle at `at` tells, where the words up to `close`
/// (a comma) are the participle alone, "for" and a named body, or a
/// determined body it is done to ("acting for the family" and "fighting
/// for his life" tell none).
fn part_taken(
    tokens: &[Token],
    m: &Mention,
    at: usize,
    close: usize,
    mentions: &[Mention],
    rules: &RuleSet,
) -> Option<RoleClaim> {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    let participle = tokens.get(at)?;
    let relative = at > 0 && word(at - 1) == "who";
    let lemma = verb_lemma(&participle.norm, None)?;
    let named_after = |j: usize| {
        let j = if word(j) == "the" { j + 1 } else { j };
        tokens.get(j).is_some_and(|t| t.capitalised)
    };
    let words = close.checked_sub(at + 1)?;
    let bare = words == 0;
    // "prosecuting for the county council": a determined body by its kind.
    let determined_body =
        |j: usize| matches!(word(j), "the" | "its" | "their") && is_body_word(word(close - 1));
    let taken_for = word(at + 1) == "for" && (named_after(at + 2) || determined_body(at + 2));
    // A body the part is taken against or for: a group, a kind of body
    // or a thing in space ("the brewery", "the family"), not an act or a
    // message ("defending the decision", "announcing the results").
    let done_to = matches!(word(at + 1), "the" | "its" | "their")
        && (2..=MAX_AFFILIATION_WORDS).contains(&words)
        && {
            let head = word(close - 1);
            names_a_group(head) || is_body_word(head) || names_a_thing_in_space(head)
        };
    // A person named right after it ("defending Vurrow", "prosecuting
    // Ms Tarrant"): whom the part is taken for or against, named by a
    // courtesy title, or in full or by a surname that is no common noun
    // ("touring Kelby Hall" names a place). A body named after a verb of
    // serving another ("representing Orbisant Homes") is served too; a
    // setting may close the clause ("who represented Ms Varnacott at the
    // hearing").
    let served = serves_another(lemma);
    let named_party = mentions.iter().find(|party| {
        let written = written_name_start(tokens, party);
        let surname = party.last == party.first + 1 || is_person(&party.entity, rules);
        let setting_after = tokens
            .get(party.last)
            .is_some_and(|t| party.last < close && SETTING_PREPOSITIONS.contains(&t.norm.as_str()));
        written == at + 1
            && (party.last == close || setting_after)
            && (written < party.first
                || served
                || (surname && !is_noun(&tokens[party.last - 1].norm)))
    });
    // "presenting the case on behalf of the constabulary": whatever is
    // done on another's behalf is done for them.
    let on_behalf = on_behalf_of(tokens, at + 1, close.saturating_sub(2));
    let opens_sentence = at == 0 && participle.capitalised;
    // A relative clause tells a part only by a verb that names a person
    // for serving another and no doer of it ("represented" →
    // "representative"), and a named party: who "joined the club",
    // "visited Kelby Hall" (a visitor) or "acted for" one takes no part
    // here.
    let verb_form = if relative {
        inflected_verb(&participle.norm)
            && !participle.norm.ends_with("ing")
            && person_serving_by(lemma).is_some()
            && agent_noun_of(lemma).is_none()
            && (named_party.is_some() || done_to)
    } else {
        participle.norm.ends_with("ing")
    };
    if !(bare || taken_for || done_to || named_party.is_some() || on_behalf.is_some())
        || (participle.capitalised && !opens_sentence)
        || !verb_form
        || is_speech_verb(&participle.norm)
    {
        return None;
    }
    // A person named for the deed: its agent noun where the verb tells
    // dealings with others ("defending" → "defender"), or one named for
    // serving others ("representing" → "representative"); anything done
    // on another's behalf by its agent noun ("presenting" → "presenter").
    let title = agent_noun_of(lemma)
        .filter(|_| tells_dealings(lemma) || on_behalf.is_some())
        .or_else(|| person_serving_by(lemma))?;
    let mut claim = RoleClaim::new(&m.entity, title.to_string(), Vec::new(), false);
    claim.open = true;
    if let Some(party) = on_behalf {
        claim.affiliation = party;
    } else if taken_for {
        claim.affiliation = body_after(tokens, at + 1);
    } else if let Some(party) = named_party {
        // The name, whole; the surname after an honorific, which names no
        // one.
        let from = if written_name_start(tokens, party) < party.first {
            party.last - 1
        } else {
            party.first
        };
        claim.affiliation = tokens[from..party.last]
            .iter()
            .map(|t| t.norm.trim_end_matches("'s").to_string())
            .collect();
    } else if done_to {
        claim.affiliation = tokens[at + 2..close]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && !is_function_word(&t.norm))
            .map(|t| t.norm.trim_end_matches("'s").to_string())
            .collect();
    }
    // A part taken in a proceeding is taken for whom it names.
    claim.party = claim.affiliation.clone();
    Some(claim)
}

/// The title phrase ending right before `end` (exclusive), longest first;
/// hyphens inside it are skipped ("Secretary-General").
fn title_ending_at(tokens: &[Token], end: usize, rules: &RuleSet) -> Option<(usize, String)> {
    rules.titles.iter().find_map(|title| {
        let mut k = end;
        for word in title.iter().rev() {
            while k > 0 && tokens[k - 1].norm == "-" {
                k -= 1;
            }
            if k == 0 || tokens[k - 1].norm != *word {
                return None;
            }
            k -= 1;
        }
        Some((k, title.join(" ")))
    })
}

/// The title phrase starting at `start`, longest first; hyphens skipped.
fn title_starting_at(tokens: &[Token], start: usize, rules: &RuleSet) -> Option<(usize, String)> {
    rules.titles.iter().find_map(|title| {
        let mut k = start;
        for word in title {
            while tokens.get(k).is_some_and(|t| t.norm == "-") && k > start {
                k += 1;
            }
            if tokens.get(k)?.norm != *word {
                return None;
            }
            k += 1;
        }
        Some((k, title.join(" ")))
    })
}

/// Words that qualify a title written before a name ("senior", "deputy").
const QUALIFYING_WORDS: &[&str] = &[
    "special", "senior", "deputy", "acting", "chief", "vice", "white", "house",
];

/// Words before a title that qualify it: capitalised words and portfolios
/// ("White House", "Foreign", "U.S."), "former", "ex", "special", "senior".
/// A sentence's first word counts only when it is a known name ("Russian
/// foreign minister"), since every first word is capitalised.
fn qualifiers_before(
    tokens: &[Token],
    mentions: &[Mention],
    mut start: usize,
    rules: &RuleSet,
) -> (usize, Vec<String>, bool) {
    let named = |k: usize| {
        mentions
            .iter()
            .any(|m| m.first <= k && k < m.last && !is_person(&m.entity, rules))
    };
    // Where the name of a body ending at `k` starts.
    let organisation_named = |k: usize| {
        mentions
            .iter()
            .find(|m| {
                m.first <= k
                    && k < m.last
                    && m.last - m.first >= 2
                    && matches!(&m.entity, EntityRef::Unknown(_))
            })
            .map(|m| m.first)
    };
    let mut words = Vec::new();
    let mut former = false;
    while start > 0 {
        let t = &tokens[start - 1];
        let word = t.norm.as_str();
        if word == "former" || word == "ex" {
            former = true;
            start -= 1;
            break;
        } else if word == "-" && start >= 2 && compound_hyphen(tokens, start - 1) {
            // "ex-", "vice-chair", "co-chair": the hyphen glues a
            // qualifier to the title.
            start -= 1;
        } else if let Some(first) =
            organisation_named(start - 1).filter(|_| t.kind == TokenKind::Word)
        {
            // "Duvrenne Amusements chief": a body's name before the title
            // says whose post it is, not what post; "former" may stand
            // before it ("Former Annell Water chief executive").
            let before = first.checked_sub(1).map(|k| tokens[k].norm.as_str());
            if matches!(before, Some("former" | "ex")) {
                former = true;
                start = first - 1;
            }
            break;
        } else if t.kind == TokenKind::Word
            && (rules.portfolios.iter().any(|p| p == word)
                || QUALIFYING_WORDS.contains(&word)
                || (t.capitalised && (start > 1 || named(0)) && !is_function_word(word))
                // "Station commander Imelda Sarcoux": the sentence's first
                // word, a noun, qualifies the title after it.
                || (start == 1 && t.capitalised && names_a_thing_in_space(word) && !names_a_person(word))
                // "emergency management director": nouns of its field.
                || (field_noun(t) && is_noun(word))
                // "Deputy returning officer": an "-ing" form right before
                // the title qualifies it where a qualifier or the
                // sentence's start comes before it ("officials including
                // Mayor Dana Reyes" and "after sacking manager Jonas Pell"
                // tell no post).
                || (words.is_empty()
                    && word.len() > 5
                    && word.ends_with("ing")
                    && !is_function_word(word)
                    && !inflects_speech_verb(word)
                    && (start == 1 || QUALIFYING_WORDS.contains(&tokens[start - 2].norm.as_str())))
                // "…, prosecuting barrister Cosima Ardevolt": after a
                // break, the participle of a deed with sides.
                || (words.is_empty()
                    && word.ends_with("ing")
                    && (start == 1 || tokens[start - 2].kind == TokenKind::Punct)
                    && verb_lemma(word, None).is_some_and(|lemma| {
                        tells_dealings(lemma) && opposed_by_a_party(lemma) && agent_noun_of(lemma).is_some()
                    })))
        {
            words.push(word.to_string());
            start -= 1;
        } else {
            break;
        }
        if words.len() > 3 {
            break;
        }
    }
    words.reverse();
    // Place and country names qualify where, not what: "U.S. President".
    words.retain(|w| !matches!(w.as_str(), "us" | "uk" | "u"));
    (start, words, former)
}

fn title_before(
    tokens: &[Token],
    m: &Mention,
    mentions: &[Mention],
    rules: &RuleSet,
) -> Option<(usize, RoleClaim)> {
    // "Caddonshire director of cricket Anselm Drabwell": a title's field
    // after "of" may stand between it and the name.
    let field_before = || {
        let field_start = (m.first.saturating_sub(2)..m.first)
            .find(|&k| (k..m.first).all(|j| field_noun(&tokens[j])))?;
        let of = field_start
            .checked_sub(1)
            .filter(|&k| tokens[k].norm == "of")?;
        let (start, title) = title_ending_at(tokens, of, rules)?;
        let field = tokens[field_start..m.first].iter().map(|t| t.norm.clone());
        Some((start, title, field.collect::<Vec<_>>()))
    };
    let (start, title, field) = match title_ending_at(tokens, m.first, rules) {
        Some((start, title)) => (start, title, Vec::new()),
        None => field_before()?,
    };
    let (start, title) = joined_before(tokens, start, title);
    let (start, mut qualifiers, former) = qualifiers_before(tokens, mentions, start, rules);
    qualifiers.extend(field);
    Some((start, RoleClaim::new(&m.entity, title, qualifiers, former)))
}

fn title_after(tokens: &[Token], m: &Mention, rules: &RuleSet) -> Option<(usize, RoleClaim)> {
    let mut k = match copula_after(tokens, m) {
        Some(k) => k,
        None if tokens.get(m.last)?.norm == "," => past_relative_opening(tokens, m.last + 1)?,
        None => return None,
    };
    if tokens
        .get(k)
        .is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an" | "its" | "his" | "her"))
    {
        k += 1;
    }
    let mut former = false;
    let mut qualifiers = Vec::new();
    // Up to three qualifying words before the title.
    for _ in 0..4 {
        if let Some((end, title)) = title_starting_at(tokens, k, rules) {
            // The apposition must close: "…, the press secretary, said".
            let closes = tokens.get(end).is_none_or(|t| {
                matches!(
                    t.norm.as_str(),
                    "," | "."
                        | "of"
                        | "to"
                        | "for"
                        | "at"
                        | "said"
                        | "says"
                        | "told"
                        | ";"
                        | "since"
                )
            });
            if !closes {
                return None;
            }
            // "the council's director of finance": the complement names
            // the role's field, as "head of communications" does.
            let (end, field) = field_of(tokens, end);
            qualifiers.extend(field);
            return Some((end, RoleClaim::new(&m.entity, title, qualifiers, former)));
        }
        let t = tokens.get(k)?;
        match t.norm.as_str() {
            "former" | "ex" => former = true,
            "-" => {}
            // "legal adviser", "clinical director": an adjective before a
            // title qualifies it (a noun there, "the incident commander",
            // may name another post of one already titled).
            w if t.kind == TokenKind::Word
                && (t.capitalised
                    || w.ends_with("'s")
                    || (role_noun(t) && !is_noun(w))
                    || rules.portfolios.iter().any(|p| p == w)
                    || matches!(
                        w,
                        "special" | "senior" | "deputy" | "acting" | "chief" | "vice"
                    )) =>
            {
                qualifiers.push(w.to_string());
            }
            _ => return None,
        }
        k += 1;
    }
    None
}

/// Qualifiers that name an organisation keep their words ("white house");
/// possessives name whose role it is and are dropped ("trump's").
fn without_names(words: Vec<String>) -> Vec<String> {
    words.into_iter().filter(|w| !w.ends_with("'s")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::entities::find_entities;
    use crate::normalise::tokens::tokenize;
    use rustc_hash::FxHashSet;

    /// The role claims read in `text`.
    fn claims(text: &str) -> Vec<RoleClaim> {
        let rules = RuleSet::builtin().unwrap();
        let tokens = tokenize(text);
        let mentions = find_entities(&tokens, &rules, &FxHashSet::default());
        extract(&tokens, &mentions, &rules)
            .into_iter()
            .map(|(_, _, r)| r)
            .collect()
    }

    fn roles(text: &str) -> Vec<String> {
        let rules = RuleSet::builtin().unwrap();
        claims(text)
            .into_iter()
            .map(|r| {
                let who = match &r.person {
                    EntityRef::Known(i) => rules.entities[*i].id.clone(),
                    EntityRef::Unknown(n) => n.to_string(),
                };
                format!("{who}: {}", r.role_text())
            })
            .collect()
    }

    /// Whom a verb of hiring names after "by" is whom the role is held
    /// for; whom another verb names after "by" is not.
    #[test]
    fn a_role_hired_by_a_body_is_held_for_it() {
        let found = claims(
            "Perpetua Scallon, an independent engineer hired by the residents' association, said the blast was botched.",
        );
        assert_eq!(found[0].affiliation, ["residents", "association"]);
        let found = claims(
            "Perpetua Scallon, an independent engineer praised by the residents' association, said the blast was botched.",
        );
        assert!(found[0].affiliation.is_empty(), "{found:?}");
        // Appointing takes into service as hiring does (an appointee is an
        // official); detaining does not (a detainee is a prisoner).
        let found = claims(
            "Dr Lasse Grunnveldt, a veterinary inspector appointed by the council, will visit next week.",
        );
        assert_eq!(found[0].affiliation, ["council"], "{found:?}");
        let found = claims(
            "Dr Lasse Grunnveldt, a veterinary inspector detained by the police, will appear in court.",
        );
        assert!(found[0].affiliation.is_empty(), "{found:?}");
    }

    /// "The land agent Tallerant has appointed": whoever a named body
    /// took into service holds a post for it, whatever the noun's ending;
    /// a noun no ending shows as a role, which the body did anything else
    /// to, is no role.
    #[test]
    fn a_post_a_named_body_filled_is_held_for_it() {
        let found = claims(
            "Corwen Ablethorpe, the land agent Tallerant has appointed to assess claims, said valuers would visit.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].role_text(), "land agent");
        assert_eq!(found[0].affiliation, ["tallerant"]);
        let found = claims(
            "Corwen Ablethorpe, the land agent Tallerant has criticised in public, said valuers would visit.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    /// A court report's ways of giving counsel's side: the noun of a deed
    /// of dealings after "for" ("for the prosecution") is taken by its
    /// agent; a relative clause's verb of serving takes a determined body
    /// as it takes a name. A name after "for" stays the side; a verb of no
    /// serving takes no part.
    #[test]
    fn counsels_side_is_read_from_a_court_reports_phrases() {
        let found =
            claims("Tamsin Yelverhoe, for the prosecution, told the judge the forms were forged.");
        assert_eq!(found[0].title, "prosecutor", "{found:?}");
        // A noun in "-nce" WordNet ties to no verb is made from one in
        // "-nd".
        let found =
            claims("Tamsin Yelverhoe, for the defence, told the judge the forms were real.");
        assert_eq!(found[0].title, "defender", "{found:?}");
        // After a break, the participle of a deed with sides qualifies
        // the title.
        let found = claims(
            "In her closing speech, prosecuting barrister Tamsin Yelverhoe said the forms were forged.",
        );
        assert_eq!(found[0].qualifiers, ["prosecuting"], "{found:?}");
        let found = claims(
            "Imogen Fallowdeane KC, for the Herald, told the court the paper would rely on truth.",
        );
        assert_eq!(found[0].party, ["herald"], "{found:?}");
        let found = claims(
            "Ysolde Capperwick, who represents the district council, said the count was fair.",
        );
        assert_eq!(found[0].party, ["district", "council"], "{found:?}");
        assert!(claims(
            "Ysolde Capperwick, who joined the district council, said the count was fair."
        )
        .is_empty());
    }

    /// A role set off before a name after a possessive pronoun is the
    /// person's, held for whom the pronoun stands.
    #[test]
    fn a_role_a_pronoun_owns_is_read() {
        let found = claims("Her lawyer, Jan Roos, said she would appeal.");
        assert_eq!(
            (found[0].title.as_str(), found[0].affiliation.clone()),
            ("lawyer", vec!["her".to_string()])
        );
        let found =
            claims("After the hearing his solicitor, Ottoline Brackwater, said he would appeal.");
        assert_eq!(found[0].title, "solicitor", "{found:?}");
    }

    /// "A retired fisherman": the calling, qualified as left for good.
    #[test]
    fn a_retired_calling_is_read() {
        let found = claims("Graham Tolley, 71, a retired fisherman, said he was scared.");
        assert_eq!(found[0].title, "fisherman");
        assert_eq!(found[0].qualifiers, [RETIRED]);
        assert!(!found[0].former);
    }

    /// A present copula after a name opening its clause says what the
    /// person is; a past one, or a name inside another's phrase, does not.
    #[test]
    fn a_copula_after_a_name_gives_its_role() {
        assert_eq!(
            roles("Drustan Mervenick is regional secretary of the Narrow Gauge Footplate Guild."),
            ["drustan mervenick: regional secretary"]
        );
        assert_eq!(
            roles("Oona Vell has been chair of the Tamsey Rowing Club since 2019."),
            ["oona vell: chair"]
        );
        assert!(roles("Oona Vell was chair of the Tamsey Rowing Club.").is_empty());
        assert!(roles("A cousin of Oona Vell is chair of the Tamsey Rowing Club.").is_empty());
        assert!(roles("Oona Vell is expected to resign next week.").is_empty());
    }

    #[test]
    fn titles_before_names() {
        // A title's field after "of" may stand between it and the name.
        let found = claims("Then Caddonshire director of cricket Anselm Drabwell said so.");
        assert_eq!(found[0].role_text(), "caddonshire cricket director");
        assert!(claims("Then the heart of Anselm Drabwell said so.").is_empty());
        assert_eq!(
            roles("Then former President Donald Trump spoke."),
            ["donald-trump: former president"]
        );
        // A word WordNet knows first as a kind of person, opening the
        // sentence before a full name.
        assert_eq!(
            roles("Superintendent Hamish Oduya said officers were looking."),
            ["hamish oduya: superintendent"]
        );
        assert_eq!(
            roles("Curator Elin Voss described the picture."),
            ["elin voss: curator"]
        );
        // A first name of an agent's shape that WordNet knows first as a
        // thing ("jasper", a stone) is no title.
        assert_eq!(
            roles("Jasper Onslow-Teague, managing director of Glimmerfield Displays, said so."),
            ["onslow teague: managing director"]
        );
        // Nouns of the field before a listed title.
        assert_eq!(
            roles("No one was hurt, harbour operations director Ilse Brandt said."),
            ["ilse brandt: harbour operations director"]
        );
        assert_eq!(
            roles("Then Foreign Minister Sergey Lavrov spoke."),
            ["sergey-lavrov: foreign minister"]
        );
        assert_eq!(
            roles("Then U.S. President Donald Trump spoke."),
            ["donald-trump: president"]
        );
        assert_eq!(
            roles("Then Trump's special envoy Steve Witkoff flew in."),
            ["donald-trump: president", "steve-witkoff: special envoy"]
                .iter()
                .skip(1)
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
        );
    }

    /// A post a passive gives a person set off after "of" a body ("X of
    /// Creake Lindqvist, who was appointed administrator") is held for
    /// that body; the body holds none, and a passive with no post after
    /// it ("who was injured") tells none.
    #[test]
    fn a_post_given_after_of_a_body_is_held_for_it() {
        let text = "Fennimore Ashdown of Creake Lindqvist Restructuring, who was appointed administrator on Monday, met the riders.";
        assert_eq!(roles(text), ["fennimore ashdown: administrator"]);
        assert_eq!(
            claims(text)[0].affiliation,
            ["creake", "lindqvist", "restructuring"]
        );
        assert!(
            roles("Fennimore Ashdown, who was injured badly in the crash, met the riders.")
                .is_empty()
        );
    }

    /// An "-ing" form or a past participle right before an agent noun
    /// qualifies it; one before anything else tells no role.
    #[test]
    fn an_ing_form_before_an_agent_noun_qualifies_it() {
        assert_eq!(
            roles("Livia Marchant, managing director of Sunward Coaches, said the coach was safe."),
            ["livia marchant: managing director"]
        );
        assert_eq!(
            roles("Odile Pentreath, the home's registered manager, did not respond."),
            ["odile pentreath: registered manager"]
        );
        assert!(
            roles("Livia Marchant, speaking to reporters, said the coach was safe.").is_empty()
        );
        // A participle after no owner names no post; "retired" tells a
        // calling left ([`RETIRED`]).
        assert!(roles("Margit Vale, a qualified teacher, said the coach was safe.").is_empty());
        assert_eq!(
            roles("Margit Vale, a retired teacher, said the coach was safe."),
            ["margit vale: retired teacher"]
        );
    }

    /// A word of a post after a listed title goes on with the title, though
    /// the name after it is made of nouns ("Dawn").
    #[test]
    fn a_post_after_a_listed_title_is_of_the_title() {
        assert_eq!(
            roles("Chief Inspector Dawn Kavanagh said the display was stopped."),
            ["dawn kavanagh: chief inspector"]
        );
        // A surname that is a post's word stays the name's, and so does a
        // first name that is a post's word without an agent's ending.
        assert_eq!(
            roles("Chief Superintendent Harriet Baker said the road was shut."),
            ["harriet baker: chief superintendent"]
        );
        assert_eq!(
            roles("Governor Earl Ray Tomblin said the road was shut."),
            ["earl ray tomblin: governor"]
        );
    }

    /// The words inside a role's phrase: a hyphened compound, a plural
    /// before a qualifying noun, a listed title closing the phrase, an
    /// "-ing" form after a qualifier, and a body served on.
    #[test]
    fn compounds_plurals_and_listed_titles_inside_a_role_phrase() {
        // A hyphened compound before the role's words.
        assert_eq!(
            roles(
                "Cassius Thrumwell, a first-term city councillor who represents the ward, spoke."
            ),
            ["cassius thrumwell: first-term city councillor"]
        );
        // An "-ing" noun of a field joined by "and" to another qualifier.
        assert_eq!(
            roles("Priya Dhillon, the museum's learning and outreach officer, said it was taken."),
            ["priya dhillon: learning outreach officer"]
        );
        // A field after "in" as after "of"; not "in" and a lone noun that
        // is a verb's own form too.
        assert_eq!(
            roles(
                "Helena Okafor, a consultant in health protection at the unit, said it was slow."
            ),
            ["helena okafor: health protection consultant"]
        );
        assert_eq!(
            roles("Dion Abbiss, the officer in charge at the scene, said it was slow."),
            ["dion abbiss: officer"]
        );
        // A place's name before the field after "of".
        assert_eq!(
            roles(
                "Gareth Penhallow, Corvane Systems' director of UK operations, said it was slow."
            ),
            ["gareth penhallow: uk operations director"]
        );
        // A plural before a noun that qualifies the role.
        assert_eq!(
            roles("Marguerite Ossington, Wessmoor's finds liaison officer, said it was recorded."),
            ["marguerite ossington: finds liaison officer"]
        );
        // A listed title closing a phrase set off before the name.
        assert_eq!(
            roles("The company's board chair, Hesper Quarrington, said it was taken."),
            ["hesper quarrington: board chair"]
        );
        // An "-ing" form right before a title written before the name.
        assert_eq!(
            roles("Deputy returning officer Dominic Ferrars told the Ledger."),
            ["dominic ferrars: deputy returning officer"]
        );
        // A body served on closes the deed of a role.
        assert_eq!(
            roles("Odile Brackenridge, who leads the opposition group on the council, spoke."),
            ["odile brackenridge: opposition group leader"]
        );
        // No role in a compound before a word that is none, nor in a
        // plural before a plain noun.
        assert!(roles("Cassius Thrumwell, a first-term city project, spoke.").is_empty());
        // An "-ing" form after no qualifier, and a day after "on", tell no
        // post.
        assert_eq!(
            roles("Several officials including Mayor Dana Reyes attended."),
            ["dana reyes: mayor"]
        );
        assert!(roles("Odile Brackenridge, who leads the protest on Saturday, spoke.").is_empty());
        assert!(
            roles("Marguerite Ossington, Wessmoor's finds table, said it was recorded.").is_empty()
        );
    }

    #[test]
    fn a_clause_whose_subject_is_a_name_closes_a_set_off_role() {
        assert_eq!(
            roles("Fenella Quarrington, the loss adjuster Bellhaven sent to assess the damage, visited in May."),
            ["fenella quarrington: loss adjuster"]
        );
        // So does a participle whose object opens with a count.
        assert_eq!(
            roles("Gerwald Mossbratt, a solicitor representing 14 of the families, said the terms were narrow."),
            ["gerwald mossbratt: solicitor"]
        );
    }

    #[test]
    fn a_plural_qualifies_a_noun_of_a_person_by_post() {
        assert_eq!(
            roles(
                "Tixwell's customer services chief, Delphine Marrable, said the platform was busy."
            ),
            ["delphine marrable: customer services chief"]
        );
    }

    #[test]
    fn a_conjunctive_adverb_set_off_by_commas_is_no_role() {
        assert!(roles("Trump, however, dismissed that view.").is_empty());
        assert!(roles("Skyvale grounded its three other Corvane C190 jets.").is_empty());
        assert!(roles("Ines Vale, moreover, stayed on.").is_empty());
    }

    #[test]
    fn a_role_after_its_owners_possessive() {
        assert_eq!(
            roles("Tobias Wren, the airport's chief fire officer, said crews were quick."),
            ["tobias wren: chief fire officer"]
        );
        let found = claims("Anna Berg, the regional council's internal auditor, said so.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].affiliation, ["council"]);
        // Agent nouns by their ending: "-yst", "-ent" too.
        assert_eq!(
            roles("It was wrong, said Dan Ferro, an analyst at Brightwell Securities."),
            ["dan ferro: analyst"]
        );
        assert_eq!(
            roles("Ana Lis, a correspondent for the Tarrow Echo, said so."),
            ["ana lis: correspondent"]
        );
    }

    #[test]
    fn a_relative_clause_of_what_one_acts_as_is_a_role() {
        assert_eq!(
            roles("Mira Sandoval, who serves as the trust's general counsel, declined."),
            ["mira sandoval: general counsel"]
        );
        assert_eq!(
            roles("Mira Sandoval, who has worked as its press officer since 2020, declined."),
            ["mira sandoval: press officer"]
        );
        // A one-word name before a role held in a body is the body served;
        // before any other role, the one given it.
        assert_eq!(
            roles("Mira Sandoval, who led Tolvern on Saturday as the band's conductor, declined."),
            ["mira sandoval: conductor"]
        );
        assert!(roles("Mira Sandoval, who hired Voss as a consultant, declined.").is_empty());
        // What one did once, or does besides, is no post.
        assert!(roles("Mira Sandoval, who lives near the plant, declined.").is_empty());
        assert!(roles("Mira Sandoval, who served as a witness, declined.").is_empty());
    }

    #[test]
    fn a_courtesy_title_without_its_stop_and_a_hyphenated_owner_are_read() {
        assert_eq!(
            roles("The race's chief medical officer, Dr Henrike Maalst, said the bone would heal."),
            ["henrike maalst: chief medical officer"]
        );
        assert_eq!(
            roles("Dr Henrike Maalst, the Kestrel-Marrow team doctor, said it went well."),
            ["henrike maalst: kestrel marrow team doctor"]
        );
    }

    /// A role written as one hyphened compound is read set off before the
    /// name as it is right before it.
    #[test]
    fn a_hyphened_role_set_off_before_the_name_is_read() {
        assert_eq!(
            roles("The vice-chancellor, Ismene Draskovar, said the plan was sound."),
            ["ismene draskovar: vice chancellor"]
        );
        assert_eq!(
            roles("The pro-vice-chancellor, Ismene Draskovar, said the plan was sound."),
            ["ismene draskovar: pro vice chancellor"]
        );
    }

    #[test]
    fn a_second_role_in_the_sentence_is_held_beside_the_first() {
        let also = |text: &str| -> Vec<String> {
            claims(text)[0]
                .also
                .iter()
                .map(RoleClaim::role_text)
                .collect()
        };
        assert_eq!(
            also("Councillor Bartholomew Quayle, who chairs the council's planning committee, said so."),
            ["planning committee chair"]
        );
        assert_eq!(
            also("Dr Tobias Wyndlow, a consultant anaesthetist who is also the trust's medical director, said so."),
            ["medical director"]
        );
        // A post filled "as" in the clause is held beside it too.
        assert_eq!(
            also("Ines Varga, a Corvane vice-president who served as mission director, said so."),
            ["mission director"]
        );
        assert!(also("Dr Tobias Wyndlow, a consultant anaesthetist, said so.").is_empty());
        // A verb whose own noun is a person tells the role: "who coaches
        // the crew" is its coach.
        let coach =
            claims("Isidore Franklyn-Vos, who coaches the Ferrisford crew, praised the rescuers.");
        assert_eq!(coach[0].role_text(), "crew coach");
        // The name and the group after it are the body the task serves.
        assert_eq!(coach[0].affiliation, ["ferrisford", "crew"]);
        assert_eq!(coach[0].body_kind(), Some("crew"));
    }

    #[test]
    fn a_relative_clause_of_what_one_does_in_office_is_a_task() {
        let found = claims("Ilse Varga, who directs the city archive, said so.");
        assert_eq!(found[0].role_text(), "city archive director");
        assert!(found[0].task);
        assert_eq!(
            roles("Renske Dahl, who heads communications at Orvantis Energy, said so."),
            ["renske dahl: communications head"]
        );
        assert_eq!(
            roles("Otto Brenn, who chairs the board, declined."),
            ["otto brenn: board chair"]
        );
        // How long the post has been held closes the name of what it is
        // done to.
        let found = claims("Mara Quill, who has presented Night Owls since 2019, spoke.");
        assert_eq!(found[0].role_text(), "presenter");
        assert_eq!(found[0].affiliation, ["night", "owls"]);
        // An owner's name before what the task is done to is whom it is
        // done for.
        let found = claims("Joris Vant, who leads the Ropeway Safety Board's inquiry team, spoke.");
        assert_eq!(found[0].role_text(), "inquiry team leader");
        assert_eq!(found[0].affiliation, ["ropeway", "safety", "board"]);
        // Whom the group holds qualifies the task, and names no body.
        let found = claims("Imelda Rook, who leads the regulator's team of inspectors, spoke.");
        assert_eq!(found[0].qualifiers, ["team", "inspectors"]);
        assert_eq!(found[0].affiliation, ["regulator", "team"]);
        // A name before the task's nouns is whose they are; the field it
        // is done in comes before whom it is done for.
        let found = claims(
            "Wenna Tregal, who chairs the Lowen Valley branch of the Farmers' Guild, spoke.",
        );
        assert_eq!(found[0].role_text(), "branch chair");
        assert_eq!(found[0].affiliation, ["farmers", "guild"]);
        // An owner in lower case after the name is the name's: the body
        // is theirs.
        let found =
            claims("Ludo Farr, who chairs the Kessel Upper School parents' association, spoke.");
        assert_eq!(found[0].role_text(), "association chair");
        assert_eq!(
            found[0].affiliation,
            ["kessel", "upper", "school", "parents", "association"]
        );
        // Function words do not use up the name's words.
        let found = claims(
            "Gwen Tallis, chair of the Pellingford and District Beekeepers' Association, spoke.",
        );
        assert_eq!(
            found[0].affiliation,
            ["pellingford", "district", "beekeepers", "association"]
        );
        let found = claims(
            "Fenn Aslow, who lectures in propulsion engineering at Pellmouth University, said so.",
        );
        assert_eq!(found[0].role_text(), "propulsion engineering lecturer");
        assert_eq!(found[0].affiliation, ["pellmouth", "university"]);
        // A named owner is whom the role is held for; "for" says where.
        let found =
            claims("Carys Wendle, Orrin Rail's route director for the Saltinch Valley, spoke.");
        assert_eq!(found[0].affiliation, ["orrin", "rail"]);
        // A name qualifying the task's noun, then whom the task is done
        // for "on behalf of".
        let found = claims(
            "Ysolde Farrimond, who oversees the Fellreach contract on behalf of the county council, said so.",
        );
        assert_eq!(found[0].role_text(), "contract overseer");
        assert_eq!(found[0].affiliation, ["county", "council"]);
        // A verb of being in charge that names no doer heads ("runs"),
        // in the perfect too, and a description before a body's name is
        // no part of it; no post is named by what anyone else does
        // ("lives").
        let found = claims("Mara Holt, who runs the shelter, said it was full.");
        assert_eq!(found[0].role_text(), "shelter head");
        let found = claims(
            "Lucan Ferreby-Hoult, who runs the wine department at rival auctioneers Gilcrest Vane, said so.",
        );
        assert_eq!(found[0].role_text(), "wine department head");
        assert_eq!(found[0].affiliation, ["gilcrest", "vane"]);
        let found = claims(
            "Lucan Ferreby-Hoult, who has headed Drosselby Harkwell's fine wine department since 2016, said so.",
        );
        assert_eq!(found[0].role_text(), "fine wine department head");
        assert_eq!(found[0].affiliation, ["drosselby", "harkwell"]);
        assert!(roles("Pia Sand, who lives in Dorrow, said so.").is_empty());
        assert!(roles("Pia Sand, who has lived in Dorrow since 2016, said so.").is_empty());
    }

    /// Whom one acts for is read from the sentence: a participle of
    /// serving another, "on behalf of", or "for" and a name set off after
    /// the name; a sentence's own verb and "for" before no name tell none.
    #[test]
    fn the_side_one_acts_for() {
        let found = claims("Fenella Quarrington, representing PC Vashcombe, said so.");
        assert_eq!(found[0].title, "representative");
        assert!(found[0].party.contains(&"vashcombe".to_string()));
        let found = claims(
            "Fenella Quarrington, presenting the case on behalf of the constabulary, asked why.",
        );
        assert_eq!(found[0].party, ["constabulary"]);
        let found = claims("Seraphine Obwaldt KC, for the Harrowlark Land Trust, told the judge.");
        assert_eq!(found[0].title, "representative");
        assert!(found[0].task);
        assert_eq!(found[0].party, ["harrowlark", "land", "trust"]);
        assert!(claims("Seraphine Obwaldt, for example, told the judge.").is_empty());
        assert!(claims("Seraphine Obwaldt, for the first time, told the judge.").is_empty());
        // After a post: a participle of serving, in a relative clause too.
        let found = claims("Caius Maddaford, the solicitor representing Ms Oduberre, said so.");
        assert_eq!(found[0].title, "solicitor");
        assert!(found[0].party.contains(&"oduberre".to_string()));
        let found = claims(
            "Ann Quell, a solicitor at Quell Law who is advising the Merrow group, said so.",
        );
        assert_eq!(found[0].party, ["merrow", "group"]);
        // The sentence's own verb tells a deed, not a side; a participle
        // of no service ("speaking") names none.
        let found =
            claims("Class action lawyer Farah Qureshi filed a claim for the Veltrano customers.");
        assert!(found.iter().all(|r| r.party.is_empty()));
        let found = claims("Ann Quell, the council's solicitor speaking outside court, said so.");
        assert!(found.iter().all(|r| r.party.is_empty()));
        // A deed of dealing with others done "for" someone is done on
        // their behalf, after a post or set off alone; asking something
        // of a body ("called for the board to resign") is not.
        let found = claims("Ignatius Morrowfeld, the solicitor acting for Quellmarch, said so.");
        assert_eq!(found[0].party, ["quellmarch"]);
        let found = claims("Ffion Gallowtree, who acted for Ms Vallowbrook, said so.");
        assert_eq!(found[0].title, "representative");
        assert!(found[0].party.contains(&"vallowbrook".to_string()));
        let found =
            claims("Ffion Gallowtree, the councillor who called for the Board to resign, spoke.");
        assert!(found.iter().all(|r| r.party.is_empty()));
        assert!(claims("Ffion Gallowtree, who waited for the Board, spoke.").is_empty());
        // "to" or "for" after a person named for dealing with others
        // ("counsel", "adviser") is whom they serve; a witness serves no one.
        let found = claims(
            "Ignatius Morrowfeld, legal counsel to the Ovine Records Board, said the board was confident.",
        );
        assert_eq!(found[0].role_text(), "legal counsel");
        assert_eq!(found[0].party, ["ovine", "records", "board"]);
        assert!(claims("Ifor Pell, a witness to the crash, said so.").is_empty());
        // Serving a named body, in a relative clause too, where a setting
        // may close it; a body determined by its kind after "for".
        let found = claims("Lucius Brenwick, representing Orbisant Homes, told the court.");
        assert_eq!(found[0].party, ["orbisant", "homes"]);
        let found = claims(
            "Cordelia Haskbourne, who represented Ms Varnacott at the four-day hearing, told the tribunal.",
        );
        assert_eq!(found[0].title, "representative");
        assert_eq!(found[0].party, ["varnacott"]);
        let found =
            claims("Ossian Wergellep, prosecuting for the county council, told the hearing.");
        assert_eq!(found[0].title, "prosecutor");
        assert_eq!(found[0].party, ["county", "council"]);
        assert!(
            claims("Ossian Wergellep, playing for the first time, told the hearing.").is_empty()
        );
        assert!(claims("Tom Reeve, who visited Kelby Hall at Easter, said so.").is_empty());
    }

    /// A role's phrase set off after a name takes up to four words of its
    /// own; a superlative opening it ranks among others, no post.
    #[test]
    fn a_role_phrase_of_four_words_and_no_superlative() {
        assert_eq!(
            roles("Dagny Orrelbeck, the district council's principal environmental health officer, said so."),
            ["dagny orrelbeck: principal environmental health officer"]
        );
        assert!(roles(
            "Bellwether Mutual, the county's largest home auto insurer, said claims were rising."
        )
        .is_empty());
    }

    #[test]
    fn a_bare_participle_set_off_after_the_name_tells_a_part() {
        assert_eq!(
            roles("Lucan Threll, defending, told the jury his client had repaid it."),
            ["lucan threll: defender"]
        );
        assert_eq!(
            roles("Ines Barrow, prosecuting, said the invoices were false."),
            ["ines barrow: prosecutor"]
        );
        // What a body does is no part in anything.
        assert!(roles("Ada Linmore, smiling, said she was relieved.").is_empty());
        assert!(roles("Jane Roe, acting for the family, said so.").is_empty());
        // One named for serving another: "representing" a named party.
        let found = claims("Kirsty Adebayo, representing Ellerby, told the court.");
        assert_eq!(found[0].title, "representative");
        assert_eq!(found[0].party, ["ellerby"]);
        // The body it is done to; the same part told before the name.
        let found = claims("Lydia Marrable, defending the brewery, told the court.");
        assert_eq!(found[0].title, "defender");
        assert_eq!(found[0].affiliation, ["brewery"]);
        let found = claims("Prosecuting for the Safety Directorate, Lydia Marrable said so.");
        assert_eq!(found[0].title, "prosecutor");
        assert_eq!(found[0].affiliation, ["safety", "directorate"]);
        assert!(roles("Lydia Marrable, speaking outside the court, said so.").is_empty());
        assert!(roles("Jane Smith, defending the decision, said so.").is_empty());
        // A person named after it, by a surname or a courtesy title, is
        // whom the part is taken for; a place named so is none.
        let found = claims("Teodor Faskwith, defending Vurrow, told the court.");
        assert_eq!(found[0].title, "defender");
        assert_eq!(found[0].affiliation, ["vurrow"]);
        let found = claims("Ada Linmore, prosecuting Ms Tarrant, told the court.");
        assert_eq!(found[0].title, "prosecutor");
        assert_eq!(found[0].affiliation, ["tarrant"]);
        assert!(roles("Ada Linmore, touring Kelby Hall, said so.").is_empty());
        // The role an "-ing" form is done as, in a relative clause.
        let found = claims(
            "Hesketh Murbridge-Ilve, who is acting as Brazzemoor's defence solicitor, said so.",
        );
        assert_eq!(found[0].role_text(), "defence solicitor");
        assert_eq!(found[0].affiliation, ["brazzemoor"]);
        // A body named with a complement ("Union of Road Crews") is a body.
        let found = claims(
            "Corwin Dashlett, branch secretary of the Federated Union of Road Crews, said so.",
        );
        assert_eq!(found[0].role_text(), "branch secretary");
        // "The officer in charge at the scene" holds a task beside a post.
        let found = claims("Dion Abbiss, the officer in charge at the scene, said so.");
        assert!(found[0].task, "{found:?}");
        // Whom the part is taken for.
        let found =
            claims("Rosa Ekwe, prosecuting for Wessex Vale District Council, told magistrates.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].title, "prosecutor");
        assert_eq!(
            found[0].affiliation,
            ["wessex", "vale", "district", "council"]
        );
    }

    /// A task done to an owner's body is held for that body, named by the
    /// owner and the task's nouns.
    #[test]
    fn a_task_done_to_an_owners_body_is_held_for_it() {
        let found = claims("Ewan Strach, who convenes the island's community council, spoke.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].task);
        assert_eq!(found[0].affiliation, ["island", "community", "council"]);
    }

    /// "As" a post in a relative clause says in what role the deed was
    /// done, for whom the deed was done; an age or whom the role is given
    /// to is none of the person's.
    #[test]
    fn a_deed_done_as_a_post_tells_the_role() {
        let found = claims(
            "Gideon Marr, who advised the co-operative on its bid as an independent planning consultant, spoke.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].title, "consultant");
        // The deed's object, as the date reader reads it.
        assert_eq!(found[0].affiliation.first().map(String::as_str), Some("co"));
        assert!(roles("Tom Reeve, who joined the club as a teenager, said so.").is_empty());
        assert!(roles("Ada Lin, who hired her as a consultant, said so.").is_empty());
        assert!(
            roles("Ann Vole, who identified the victim as a local teacher, said so.").is_empty()
        );
    }

    #[test]
    fn a_role_set_off_before_the_name_reads_its_whole_phrase() {
        assert_eq!(
            roles("The council's director of finance, Teo Quill, said so."),
            ["teo quill: finance director"]
        );
        assert_eq!(
            roles("Veloraq's chief operating officer, Renske Dahl, said so."),
            ["renske dahl: chief operating officer"]
        );
        assert_eq!(
            roles("Raff Quellin, editor-in-chief of the Tarrow Journal, said so."),
            ["raff quellin: chief editor"]
        );
        assert_eq!(
            roles("Tessamark's head of digital operations, Anselm Brouwick, said so."),
            ["anselm brouwick: digital operations head"]
        );
        // An owner named by a common noun ("the health board's").
        assert_eq!(
            roles("The health board's head of workforce, Nessa Gillan, said so."),
            ["nessa gillan: workforce head"]
        );
        // A phrase that runs on past the role is no role.
        assert!(roles("The council's report on finance, Teo Quill, said so.").is_empty());
    }

    #[test]
    fn a_role_set_off_before_the_name_may_open_a_phrase_inside_the_sentence() {
        // After a preposition or a verb, not only at the sentence's start.
        assert_eq!(
            roles("The vote came after Brindle Hart's audit partner, Ysolde Marrin, spoke."),
            ["ysolde marrin: audit partner"]
        );
        // A name closing the sentence is set off too.
        assert_eq!(
            roles("The hall was shut, according to Brindle Hart's audit partner, Ysolde Marrin."),
            ["ysolde marrin: audit partner"]
        );
        // A courtesy title cut short belongs to the name.
        assert_eq!(
            roles("The depot's chief mechanic, Dr. Corwen Ashby, said so."),
            ["corwen ashby: chief mechanic"]
        );
        // A plural owner's apostrophe; a field in "-ing".
        assert_eq!(
            roles("Tarrow Castings' head of pattern making, Ilse Brandt, said so."),
            ["ilse brandt: pattern making head"]
        );
        // A bare noun of a person with whom it serves.
        let counsel = claims("Asked by counsel for the insurer, Petra Lund, he agreed.");
        assert_eq!(counsel.len(), 1);
        assert_eq!(counsel[0].title, "counsel");
        assert_eq!(counsel[0].affiliation, ["insurer"]);
        // After a possessive pronoun the noun says whose: held for the
        // person the pronoun stands for, whom no body names.
        let lawyer = claims("She stood beside her lawyer, Petra Lund.");
        assert_eq!(
            (lawyer[0].title.as_str(), lawyer[0].affiliation.clone()),
            ("lawyer", vec!["her".to_string()])
        );
        // A clause that only runs past a noun is none.
        assert!(roles("It rained after lunch in the square, Petra Lund said.").is_empty());
        // The main clause after an opening phrase.
        assert_eq!(
            roles("Speaking to Radio Tollvane for the first time, Brackenvale's technical director, Anouk Velsberg, said so."),
            ["anouk velsberg: technical director"]
        );
    }

    #[test]
    fn a_head_of_a_field_keeps_both_of_its_words() {
        assert_eq!(
            roles("Ysolde Marrin, the council's head of internal audit, said so."),
            ["ysolde marrin: internal audit head"]
        );
        assert_eq!(
            roles("Ysolde Marrin, who heads the infectious diseases unit at Calder Infirmary, said so."),
            ["ysolde marrin: infectious diseases unit head"]
        );
    }

    #[test]
    fn a_plural_qualifies_a_role_set_off_before_the_name() {
        assert_eq!(
            roles("Hallow Staging's operations manager, Ruben Castellet, said the rig was sound."),
            ["ruben castellet: operations manager"]
        );
        assert_eq!(
            roles("Brenn Mills' health and safety manager, Ruben Castellet, said so."),
            ["ruben castellet: health safety manager"]
        );
        // After the name too, and a plural joined to another qualifier.
        assert_eq!(
            roles("Ada Throssock, the district council's events and licensing manager, told the cabinet."),
            ["ada throssock: events licensing manager"]
        );
        // A role's head before "and" is one role of two.
        assert_eq!(
            roles("Ada Throssock, the chairman and chief executive, said so."),
            ["ada throssock: chairman"]
        );
    }

    #[test]
    fn a_hyphenated_compound_qualifies_an_agent_noun() {
        assert_eq!(
            roles("Ida Wren, a drinking-water inspector with the state, said so."),
            ["ida wren: drinking-water inspector"]
        );
        // A hyphenated word before no agent noun heads no role.
        assert!(roles("Ida Wren, a well-known face, said so.").is_empty());
    }

    #[test]
    fn a_noun_joined_to_a_phrase_by_a_preposition_heads_the_title() {
        for text in [
            "Editor-in-chief Ysolde Marrowgant did not join the walkout.",
            "On Monday, editor-in-chief Ysolde Marrowgant spoke.",
            "Ysolde Marrowgant, the paper's editor-in-chief, spoke.",
        ] {
            assert_eq!(roles(text), ["ysolde marrowgant: chief editor"], "{text}");
        }
        // A compound joined by no preposition stays whole.
        assert_eq!(
            roles("Vice-chair Oren Valt spoke."),
            ["oren valt: vice chair"]
        );
    }

    #[test]
    fn a_known_name_opening_the_sentence_qualifies_the_title() {
        assert_eq!(
            roles("Russian Foreign Minister Sergey Lavrov spoke."),
            ["sergey-lavrov: russian foreign minister"]
        );
        // Any other first word is capitalised only because it comes first.
        assert_eq!(
            roles("Veteran Foreign Minister Sergey Lavrov spoke."),
            ["sergey-lavrov: foreign minister"]
        );
    }

    #[test]
    fn titles_after_names() {
        // An adjective qualifies the title, and "to" names whom it serves.
        let found =
            claims("Ambrose Kittering, legal adviser to the Ulvenmark Trail Committee, said so.");
        assert_eq!(found[0].role_text(), "legal adviser");
        assert_eq!(found[0].affiliation, ["ulvenmark", "trail", "committee"]);
        assert_eq!(
            roles("Then Karoline Leavitt, the White House press secretary, said so."),
            ["karoline-leavitt: white house press secretary"]
        );
        assert_eq!(
            roles("Then Mark Rutte, the NATO Secretary-General, spoke."),
            ["mark-rutte: nato secretary general"]
        );
        assert!(roles("Then Mark Rutte, the man in charge, spoke.").is_empty());
    }

    #[test]
    fn roles_no_rule_lists_are_read_from_their_place() {
        assert_eq!(
            roles("Then prosecutor Piet Roos spoke."),
            ["piet roos: prosecutor"]
        );
        assert_eq!(
            roles("Then Sara Quell, the internal auditor at the board, spoke."),
            ["sara quell: internal auditor"]
        );
        assert_eq!(
            roles("Then Rafael Tamm, head of communications at Halvorsen, spoke."),
            ["rafael tamm: communications head"]
        );
        // A listed title's field after "of" names it too; an irregular
        // participle after the title opens a clause of its own.
        assert_eq!(
            roles("Then Mark Tregg, the council's director of finance, spoke."),
            ["mark tregg: finance director"]
        );
        assert_eq!(
            roles("Then Gil Harrow, an independent structural engineer brought in by the trust, spoke."),
            ["gil harrow: independent structural engineer"]
        );
        // One WordNet also knows as a noun ("sent", a coin) too.
        assert_eq!(
            roles("Then Ingrid Pell, the official observer sent by the association, spoke."),
            ["ingrid pell: official observer"]
        );
        // A month's name may be a first name.
        assert_eq!(
            roles("Then prosecutor Jan Roos spoke."),
            ["jan roos: prosecutor"]
        );
        // Relations, adjectives and verbs before a name are no roles.
        assert!(roles("Then his brother Tom Reed spoke.").is_empty());
        assert!(roles("Then a potential Tom Reed meeting was set.").is_empty());
        assert!(roles("Then Tom Reed, the man in the photo, spoke.").is_empty());
        assert_eq!(
            roles("Then Rafe Dunn, the band's principal cellist and a union member, spoke."),
            ["rafe dunn: principal cellist"]
        );
        // A noun held of a named body is a role, whatever its ending; a
        // relation of a person or a common noun is not.
        assert_eq!(
            roles("Then Pavel Drenic, the deputy chief of the Marrowick Fire Service, spoke."),
            ["pavel drenic: deputy chief"]
        );
        assert!(roles("Then Tom Reed, the son of a local fisherman, spoke.").is_empty());
        // A noun WordNet knows as a kind of person heads a role whatever
        // its ending; a plural noun before the head qualifies it; a
        // relative clause that says what the person is holds one.
        assert_eq!(
            roles("Then Lin Sabat, a paramedic with the rescue team, spoke."),
            ["lin sabat: paramedic"]
        );
        assert_eq!(
            roles("Then Pia Hals, the fund's general counsel, spoke."),
            ["pia hals: general counsel"]
        );
        assert_eq!(
            roles("Then Cor Bale, operations manager for the lake authority, spoke."),
            ["cor bale: operations manager"]
        );
        assert_eq!(
            roles("Then Pia Hals, who is the club's coach, spoke."),
            ["pia hals: coach"]
        );
        assert!(roles("Then Pia Hals, who lives in the town, spoke.").is_empty());
        assert!(roles("Then Pia Hals, a local man's daughters, spoke.").is_empty());
        assert!(roles("Then Pia Hals, a woman from the town, spoke.").is_empty());
        assert!(roles("Then Pia Hals, the victim's wife, spoke.").is_empty());
        assert!(roles("Then Pia Hals, a man at the centre of the row, spoke.").is_empty());
        // A member of a body of such people; a role set off before the name.
        assert_eq!(
            roles("Then Viktor Lenz, one of the six councillors who voted against it, spoke."),
            ["viktor lenz: councillor"]
        );
        assert!(roles("Then Viktor Lenz, one of the six children, spoke.").is_empty());
        assert_eq!(
            roles("The first officer, Lucan Ferro, 31, handled the radio."),
            ["lucan ferro: first officer"]
        );
        // After an owner's possessive too, a listed title or an agent noun;
        // the owner is whom the role is held for.
        let found = claims("The club's chief executive, Gideon Strathairn, confirmed it.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].role_text(), "chief executive");
        assert_eq!(found[0].affiliation, ["club"]);
        assert_eq!(
            roles("The plant's night supervisor, Ana Lis, said so."),
            ["ana lis: night supervisor"]
        );
        // A clause set off inside the sentence is no role.
        assert!(roles("The company's shares, Anna Berg said, fell.").is_empty());
        // A plural owner's possessive, and a participle closing the
        // apposition.
        assert_eq!(
            roles("Then Ana Lis, the workers' spokeswoman, spoke."),
            ["ana lis: spokeswoman"]
        );
        assert_eq!(
            roles("Then Oswin Tarrabee, a solicitor acting for Stenkvist, spoke."),
            ["oswin tarrabee: solicitor"]
        );
        assert_eq!(
            roles(
                "Then Lucan Ferro, the lead investigator from the Transport Safety Bureau, spoke."
            ),
            ["lucan ferro: lead investigator"]
        );
        assert_eq!(
            roles("Then Tom Reed, the son of Mayor Ada Lin, spoke."),
            ["ada lin: mayor"]
        );
        // Names and numbers before the role's words qualify it.
        assert_eq!(
            roles("Then Simone Barrow, a Year 4 classroom teacher at the school, spoke."),
            ["simone barrow: year 4 classroom teacher"]
        );
    }

    /// A capitalised title the name finder leaves out of the name is a
    /// title mid-sentence as at its start; a word written in capitals is
    /// none (a heading's shouting, not a title).
    #[test]
    fn a_hyphened_rank_and_a_first_noun_qualify_a_title_and_a_body_names_none() {
        assert_eq!(
            roles("Guild vice-chair Perpetua Oyelaran-Fisk said so."),
            ["perpetua oyelaran fisk: guild vice chair"]
        );
        assert_eq!(
            roles("Station commander Imelda Sarcoux said so."),
            ["imelda sarcoux: station commander"]
        );
        assert_eq!(
            roles("Duvrenne Amusements chief Oskar Veldraine said so."),
            ["oskar veldraine: chief"]
        );
        assert_eq!(
            roles("Former Annell Water chief executive Tomas Vell said so."),
            ["tomas vell: former chief executive"]
        );
    }

    #[test]
    fn a_capitalised_title_before_a_name_is_read_mid_sentence() {
        assert_eq!(
            roles("The fire was attended by Station Manager Priya Olawale."),
            ["priya olawale: station manager"]
        );
        assert_eq!(
            roles("Then Detective Sergeant Paul Oyelaran, of Eastmarch Police, spoke."),
            ["paul oyelaran: detective sergeant"]
        );
        assert!(roles("The fire was attended by MANAGER Priya Olawale.").is_empty());
    }
}

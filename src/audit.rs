//! The audit pipeline, end to end: sources → sentences → claims → blocks →
//! judged pairs → findings. Documents are analysed in parallel and blocks are
//! judged in parallel; results are sorted so the output is the same whatever
//! the thread count.

use rustc_hash::{FxHashMap, FxHashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use rayon::prelude::*;

use crate::boilerplate::{classify, Dropped};
use crate::error::Error;
use crate::extract::attribution::{LastPerson, Speaker};
use crate::extract::{
    self, claim_context, main_entities, sentence_context, Antecedent, Claim, ClaimBody,
    DocumentContext,
};
use crate::normalise::dates::{find_dates, DateSpan};
use crate::normalise::entities::names_organisation;
use crate::normalise::entities::{
    add_corpus_openers, entity_name, insert_new, is_person, is_place, name_lexicon,
    names_a_setting, EntityRef, NAME_SIMILARITY,
};
use crate::normalise::tokens::{tokenize, Token, TokenKind};
use crate::rules::RuleSet;
use crate::segment::{segment, LineIndex, SentenceKind};
use crate::slot::compare;
pub use crate::slot::{Camp, Finding, CORPUS_WARNING_PATH};
use crate::source::{self, Document};
use crate::warning::Warning;

/// A sentence as the report cites it.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceInfo {
    /// Byte span in the document text.
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column (in characters) in the file.
    pub column: usize,
    /// Prose, heading, list item or table row.
    pub kind: SentenceKind,
    /// Not article text, and why: no claims are read from it.
    pub dropped: Option<Dropped>,
    /// The dates it gives, as read.
    pub dates: Vec<ReadDate>,
}

/// A date as the pipeline read it, for `explain`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadDate {
    /// Byte span in the document text.
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// The days it names; `None` when relative and the document has no
    /// publication date.
    pub span: Option<DateSpan>,
    /// Read against the publication date.
    pub relative: bool,
}

/// A document with what the pipeline read in it.
#[derive(Debug, Clone)]
pub struct AnalysedDocument {
    /// The document as loaded.
    pub document: Document,
    /// Its sentences, in order.
    pub sentences: Vec<SentenceInfo>,
    /// Maps byte offsets to line and column.
    pub lines: LineIndex,
}

impl AnalysedDocument {
    /// The text of sentence `index`.
    pub fn sentence_text(&self, index: usize) -> &str {
        self.sentences
            .get(index)
            .and_then(|s| self.document.text.get(s.start..s.end))
            .unwrap_or_default()
    }

    /// (line, column) of a byte offset.
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        self.document.locate(&self.lines, offset)
    }
}

/// Everything one audit found.
#[derive(Debug, Clone)]
pub struct Audit {
    /// Documents in load order.
    pub documents: Vec<AnalysedDocument>,
    /// Every claim, in document and position order.
    pub claims: Vec<Claim>,
    /// Findings, sorted; agreements only when asked for.
    pub findings: Vec<Finding>,
    /// For each claim, its fact slot (the index of the slot's first claim):
    /// what a fact table entry governs.
    pub slot_of: Vec<usize>,
    /// Problems that did not stop the run.
    pub warnings: Vec<Warning>,
}

/// What to report, and whom to tell how far the run has got.
#[derive(Clone, Default)]
pub struct AuditOptions {
    /// Also report claims that agree.
    pub agreements: bool,
    /// What folder walks pass over.
    pub exclude: source::Exclude,
    /// Called as documents and blocks are done, from any thread; the
    /// library never prints, so a front end draws progress from this.
    pub progress: Option<ProgressSink>,
}

impl std::fmt::Debug for AuditOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditOptions")
            .field("agreements", &self.agreements)
            .field("exclude", &self.exclude)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

/// Receives progress reports.
pub type ProgressSink = Arc<dyn Fn(Progress) + Send + Sync>;

/// The stages of an audit a user waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading the names every document uses.
    Names,
    /// Reading each document's claims.
    Claims,
    /// Judging blocks of comparable claims.
    Compare,
}

/// How far one stage has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// The stage.
    pub stage: Stage,
    /// Items done so far.
    pub done: usize,
    /// Items in the stage.
    pub total: usize,
}

/// Counts items done in a stage and reports each to the sink, if any.
pub(crate) struct Tally<'a> {
    sink: Option<&'a ProgressSink>,
    stage: Stage,
    total: usize,
    done: AtomicUsize,
}

impl<'a> Tally<'a> {
    pub(crate) fn new(options: &'a AuditOptions, stage: Stage, total: usize) -> Self {
        Tally {
            sink: options.progress.as_ref(),
            stage,
            total,
            done: AtomicUsize::new(0),
        }
    }

    pub(crate) fn tick(&self) {
        if let Some(sink) = self.sink {
            let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
            sink(Progress {
                stage: self.stage,
                done,
                total: self.total,
            });
        }
    }
}

/// In how many sentences an entity must be named to count among a
/// document's main subjects.
const MAIN_ENTITY_SENTENCES: usize = 2;

/// Runs the whole pipeline over files and folders. Reading no document at
/// all is an error ([`Error::NothingRead`]), never an empty audit.
pub fn audit(paths: &[PathBuf], rules: &RuleSet, options: AuditOptions) -> Result<Audit, Error> {
    let loaded = source::load(paths, &options.exclude)?;
    if loaded.documents.is_empty() {
        let given: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::NothingRead {
            given: given.join(", "),
            skipped: loaded.warnings,
        });
    }
    Ok(audit_documents(
        loaded.documents,
        loaded.warnings,
        rules,
        options,
    ))
}

/// Runs the pipeline over documents already loaded.
pub fn audit_documents(
    documents: Vec<Document>,
    mut warnings: Vec<Warning>,
    rules: &RuleSet,
    options: AuditOptions,
) -> Audit {
    // Two passes: names first, from every document, then claims. Tokens are
    // made again in the second pass rather than kept for the whole corpus,
    // which would hold many times the text in memory.
    let layouts: Vec<Layout> = documents.par_iter().map(|d| lay_out(d, rules)).collect();
    let corpus_names = corpus_names(
        &documents,
        &layouts,
        &Tally::new(&options, Stage::Names, documents.len()),
    );
    let claims_done = Tally::new(&options, Stage::Claims, documents.len());
    let analysed: Vec<(AnalysedDocument, Vec<Claim>)> = documents
        .into_par_iter()
        .zip(layouts)
        .enumerate()
        .map(|(index, (document, layout))| {
            let analysed = analyse(index, document, layout, rules, &corpus_names);
            claims_done.tick();
            analysed
        })
        .collect();
    let mut documents = Vec::with_capacity(analysed.len());
    let mut claims = Vec::with_capacity(analysed.iter().map(|(_, own)| own.len()).sum());
    for (document, mut own) in analysed {
        documents.push(document);
        claims.append(&mut own);
    }
    merge_name_variants(&mut claims);
    for doc in &documents {
        for sentence in &doc.sentences {
            if sentence.dropped == Some(Dropped::TooLong) {
                warnings.push(Warning::new(
                    &doc.document.path,
                    format!(
                        "line {}: {} bytes with no sentence break were not read",
                        sentence.line,
                        sentence.end - sentence.start
                    ),
                ));
            }
        }
        if doc.document.meta.published.is_none() {
            warnings.push(Warning::new(
                &doc.document.path,
                "no publication date: relative dates stay unresolved",
            ));
        }
    }
    let compared = compare(&claims, rules, &options);
    warnings.extend(compared.warnings);
    warnings.sort();
    Audit {
        documents,
        claims,
        findings: compared.findings,
        slot_of: compared.slot_of,
        warnings,
    }
}

/// Words written capitalised mid-sentence in the prose of some document
/// and never in lower case in any: the names a sentence may open with.
/// Headings are left out, since title case capitalises every word.
fn corpus_names(documents: &[Document], layouts: &[Layout], done: &Tally) -> FxHashSet<String> {
    let (capitalised, lower) = documents
        .par_iter()
        .zip(layouts)
        .map(|(document, layout)| {
            let tokenized = tokenize_sentences(document, layout);
            let prose: Vec<&[Token]> = layout
                .sentences
                .iter()
                .zip(&tokenized)
                .filter(|(info, _)| info.kind == SentenceKind::Prose && info.dropped.is_none())
                .map(|(_, tokens)| tokens.as_slice())
                .collect();
            let mut lower = FxHashSet::default();
            for t in prose.iter().copied().flatten() {
                if t.kind == TokenKind::Word && !t.capitalised {
                    insert_new(&mut lower, &t.norm);
                }
            }
            let names = name_lexicon(prose);
            done.tick();
            (names, lower)
        })
        .reduce(
            || (FxHashSet::default(), FxHashSet::default()),
            |(mut names, mut lower), (more_names, more_lower)| {
                names.extend(more_names);
                lower.extend(more_lower);
                (names, lower)
            },
        );
    capitalised
        .into_iter()
        .filter(|name| !lower.contains(name))
        .collect()
}

/// A document's text split into located sentences, boilerplate marked:
/// made once, read by both passes, kept for the report.
struct Layout {
    lines: LineIndex,
    sentences: Vec<SentenceInfo>,
}

/// Splits a document into located sentences and marks boilerplate.
fn lay_out(document: &Document, rules: &RuleSet) -> Layout {
    let lines = LineIndex::new(&document.text);
    let body_start = document.body_start.min(document.text.len());
    let body = document.text.get(body_start..).unwrap_or_default();
    let segmented = segment(body);
    let dropped = classify(body, &segmented, &rules.boilerplate);
    let sentences = segmented
        .into_iter()
        .zip(dropped)
        .map(|(sentence, dropped)| {
            let start = body_start + sentence.start;
            let end = body_start + sentence.end;
            let (line, column) = document.locate(&lines, start);
            SentenceInfo {
                start,
                end,
                line,
                column,
                kind: sentence.kind,
                dropped,
                dates: Vec::new(),
            }
        })
        .collect();
    Layout { lines, sentences }
}

/// The tokens of each sentence. Made in each pass rather than kept: tokens
/// take many times the memory of the text.
fn tokenize_sentences(document: &Document, layout: &Layout) -> Vec<Vec<Token>> {
    layout
        .sentences
        .iter()
        .map(|s| match s.dropped {
            // A unit too long to be a sentence is not tokenized at all.
            Some(Dropped::TooLong) => Vec::new(),
            _ => tokenize(document.text.get(s.start..s.end).unwrap_or_default()),
        })
        .collect()
}

/// Extracts one segmented document's claims; `corpus_names` are the names
/// any document writes mid-sentence.
fn analyse(
    index: usize,
    document: Document,
    layout: Layout,
    rules: &RuleSet,
    corpus_names: &FxHashSet<String>,
) -> (AnalysedDocument, Vec<Claim>) {
    let tokenized = tokenize_sentences(&document, &layout);
    let Layout {
        lines,
        mut sentences,
    } = layout;
    let mut names = name_lexicon(tokenized.iter().map(Vec::as_slice));
    add_corpus_openers(
        &mut names,
        tokenized.iter().map(Vec::as_slice),
        corpus_names,
    );
    let read: Vec<_> = tokenized
        .into_iter()
        .zip(&sentences)
        .map(|(tokens, info)| {
            let dates = find_dates(&tokens, document.meta.published);
            let mut found: Vec<(usize, usize, ClaimBody)> = Vec::new();
            if info.dropped.is_none() {
                let lemmas = extract::figure::word_forms(&tokens);
                let figures = extract::figure::extract(&tokens, &lemmas, rules);
                let dated = extract::date::extract(&tokens, &lemmas, &dates, &figures, rules);
                found.extend(
                    figures
                        .into_iter()
                        .map(|(a, b, f)| (a, b, ClaimBody::Figure(f))),
                );
                found.extend(
                    dated
                        .into_iter()
                        .map(|(a, b, d)| (a, b, ClaimBody::Date(d))),
                );
            }
            let context = sentence_context(&tokens, rules, &names, &dates);
            if info.dropped.is_none() {
                found.extend(
                    extract::role::extract(&tokens, &context.mentions, rules)
                        .into_iter()
                        .map(|(a, b, mut r)| {
                            r.person_name = entity_name(&r.person, rules);
                            (a, b, ClaimBody::Role(r))
                        }),
                );
            }
            (tokens, found, context)
        })
        .collect();
    for ((tokens, _, context), info) in read.iter().zip(sentences.iter_mut()) {
        info.dates = context
            .dates
            .iter()
            .filter_map(|d| {
                let (first, last) = (tokens.get(d.first)?, tokens.get(d.last.checked_sub(1)?)?);
                Some(ReadDate {
                    start: info.start + first.start,
                    end: info.start + last.end,
                    span: d.span,
                    relative: d.relative,
                })
            })
            .collect();
    }
    // What the story names is read from its own text, not from dropped
    // lines (a syndication credit names a publisher, not a subject).
    let contexts: Vec<_> = read
        .iter()
        .zip(&sentences)
        .filter(|(_, info)| info.dropped.is_none())
        .map(|((_, _, c), _)| c)
        .collect();
    let mut mention_counts: FxHashMap<EntityRef, usize> = FxHashMap::default();
    for context in &contexts {
        for entity in &context.context.subjects {
            *mention_counts.entry(entity.clone()).or_default() += 1;
        }
    }
    // The story's lead: the entity it names most, and of equals the one it
    // names first (the headline's "Kessar quake" over the town it mentions
    // as often).
    let first_named = |e: &EntityRef| {
        contexts
            .iter()
            .position(|c| c.context.subjects.contains(e))
            .unwrap_or(usize::MAX)
    };
    let lead: Option<EntityRef> = mention_counts
        .iter()
        .filter(|(_, n)| **n >= MAIN_ENTITY_SENTENCES)
        .max_by(|(a, na), (b, nb)| {
            na.cmp(nb)
                .then(first_named(b).cmp(&first_named(a)))
                .then(b.cmp(a))
        })
        .map(|(e, _)| e.clone());
    let document_context = DocumentContext {
        main: main_entities(&contexts, MAIN_ENTITY_SENTENCES).into(),
        story: main_entities(&contexts, 1).into(),
        lead,
        published: document.meta.published,
    };
    let mut claims = Vec::new();
    let mut antecedent = Antecedent::default();
    let mut last_person = LastPerson::default();
    let mut named_people: Vec<EntityRef> = Vec::new();
    let mut last_speaker: Option<Speaker> = None;
    for (sentence_index, (tokens, mut figures, context)) in read.into_iter().enumerate() {
        let start = sentences[sentence_index].start;
        if sentences[sentence_index].dropped.is_none() {
            let text = document
                .text
                .get(start..sentences[sentence_index].end)
                .unwrap_or_default();
            let quotes = extract::attribution::extract(
                text,
                &tokens,
                &context.mentions,
                &last_person,
                last_speaker.as_ref(),
            );
            last_speaker = quotes.last().map(|(_, _, a)| a.speaker.clone());
            figures.extend(quotes.into_iter().map(|(a, b, mut q)| {
                q.speaker_name = match &q.speaker {
                    Speaker::Named(e) => entity_name(e, rules),
                    Speaker::Unnamed(d) => d.clone(),
                };
                (a, b, ClaimBody::Attribution(q))
            }));
        }
        // "He" points back only at a person named alone; a bare surname
        // ("Halloran said") names the person the story named in full.
        let people: Vec<EntityRef> = context
            .mentions
            .iter()
            .filter_map(|m| {
                if is_person(&m.entity, rules) {
                    return Some(m.entity.clone());
                }
                match &m.entity {
                    EntityRef::Unknown(word) if !word.contains(' ') => named_people
                        .iter()
                        .rev()
                        .find(|p| matches!(p, EntityRef::Unknown(full) if full.rsplit(' ').next() == Some(word.as_str())))
                        .cloned(),
                    _ => None,
                }
            })
            .collect();
        if let Some(first) = people.first() {
            last_person = LastPerson(people.iter().all(|p| p == first).then(|| first.clone()));
        }
        for person in people {
            if !named_people.contains(&person) {
                named_people.push(person);
            }
        }
        let figure_spans: Vec<(usize, usize)> = figures
            .iter()
            .filter(|(_, _, body)| matches!(body, ClaimBody::Figure(_)))
            .map(|(first, last, _)| (*first, *last))
            .collect();
        // "Nine people died when the ferry sank on Friday, the coastguard
        // said on Sunday": a running count holds as of when it was stated.
        let stated = context
            .dates
            .iter()
            .filter(|d| extract::date::dates_a_statement(&tokens, d))
            .find_map(|d| d.span);
        for (first, last, body) in figures {
            let (Some(first_token), Some(last_token)) =
                (tokens.get(first), tokens.get(last.saturating_sub(1)))
            else {
                continue;
            };
            let mut around = claim_context(
                &context,
                (first, last),
                &figure_spans,
                &document_context,
                &antecedent,
            );
            let running_count = matches!(&body, ClaimBody::Figure(f)
                if f.topic.and_then(|t| rules.topics.get(t)).is_some_and(|t| t.cumulative));
            if running_count && stated.is_some() {
                around.when = stated;
            }
            claims.push(Claim {
                source: index,
                sentence: sentence_index,
                start: start + first_token.start,
                end: start + last_token.end,
                body,
                context: around,
            });
        }
        if !context.anaphoric {
            // "It" and "the company" point back at an organisation or person,
            // not at a place named in passing ("in Valbruck"), in a dateline
            // ("VALBRUCK, Oct 30 (Bourse Wire) —") or in parentheses; of those the
            // sentence names, the one the document names most often is the
            // likeliest.
            let subject = context
                .mentions
                .iter()
                .filter(|m| {
                    !is_place(&m.entity, rules)
                        && !names_a_setting(&tokens, m)
                        && !extract::is_dateline(&tokens, m)
                        && !extract::in_parentheses(&tokens, m)
                })
                .max_by_key(|m| {
                    (
                        mention_counts.get(&m.entity).copied().unwrap_or(0),
                        std::cmp::Reverse(m.first),
                    )
                });
            if let Some(subject) = subject {
                antecedent.entity = Some(subject.entity.clone());
            }
        }
        if let Some(when) = context.dates.first().and_then(|d| d.span) {
            antecedent.when = Some(when);
        }
        if !context.context.times.is_empty() {
            antecedent.times = context.context.times.clone();
        }
    }
    expand_short_names(&mut claims);
    (
        AnalysedDocument {
            document,
            sentences,
            lines,
        },
        claims,
    )
}

/// Unknown names written short in one place and long in another ("Kestrel" /
/// "Kestrel Beverages", "Reddaway" / "Colin Reddaway") become one: each name
/// is replaced by the shortest name in the corpus that begins it word for
/// word, or that is its last word, or that spells its initials; failing
/// that, by a spelling variant of it. Candidates are looked up, never
/// searched for, so the cost grows with the number of names, not its square.
pub fn merge_name_variants(claims: &mut [Claim]) {
    // The stories each name is seen in: spellings of one person turn up in
    // stories that share something else; namesakes in unrelated stories
    // ("Amara Dorurne" in a strike, "Amara Dorurna" in a flood) do not.
    let mut stories_of: FxHashMap<String, Vec<SharedNames>> = FxHashMap::default();
    let mut seen_stories: FxHashSet<usize> = FxHashSet::default();
    for claim in claims.iter() {
        let story = &claim.context.story;
        if !seen_stories.insert(story.as_ptr() as usize) {
            continue;
        }
        for entity in story.iter() {
            if let EntityRef::Unknown(name) = entity {
                stories_of
                    .entry(name.clone())
                    .or_default()
                    .push(story.clone());
            }
        }
    }
    // Two names met when a story of one and a story of the other share a
    // third name.
    let met = |a: &str, b: &str| {
        let (Some(xs), Some(ys)) = (stories_of.get(a), stories_of.get(b)) else {
            return false;
        };
        let is_either = |e: &EntityRef| matches!(e, EntityRef::Unknown(n) if n == a || n == b);
        xs.iter().any(|x| {
            ys.iter().any(|y| {
                x.iter()
                    .any(|e| !is_either(e) && y.binary_search(e).is_ok())
            })
        })
    };
    merge_names(claims, |names| {
        let known: FxHashSet<&str> = names.iter().map(String::as_str).collect();
        // For each run of opening words, the words that follow it in some
        // name ("port" → {"lenning", "of"}); for each run of closing words,
        // the words before it.
        let mut after: FxHashMap<&str, FxHashSet<&str>> = FxHashMap::default();
        let mut before: FxHashMap<&str, FxHashSet<&str>> = FxHashMap::default();
        for name in names {
            for (at, _) in name.match_indices(' ') {
                let next = name[at + 1..].split(' ').next().unwrap_or_default();
                after.entry(&name[..at]).or_default().insert(next);
                let previous = name[..at].rsplit(' ').next().unwrap_or_default();
                before.entry(&name[at + 1..]).or_default().insert(previous);
            }
        }
        // A short name stands for one longer name only: "Ibarrola" is not
        // merged when two Ibarrolas are named, nor "Port" when Port Lenning
        // and Port of Maravel are.
        let alone = |map: &FxHashMap<&str, FxHashSet<&str>>, short: &str| {
            map.get(short).is_some_and(|words| words.len() == 1)
        };
        let mut by_shape: FxHashMap<(usize, char, char), Vec<&str>> = FxHashMap::default();
        for name in names {
            if let Some(shape) = variant_shape(name) {
                by_shape.entry(shape).or_default().push(name);
            }
        }
        names
            .par_iter()
            .filter_map(|name| {
                let mut shorter: Vec<&str> = Vec::new();
                for (at, _) in name.match_indices(' ') {
                    let (head, tail) = (&name[..at], &name[at + 1..]);
                    if known.contains(head) && alone(&after, head) {
                        shorter.push(head);
                    }
                    // Surnames are people's: "Union" does not stand for every union.
                    if known.contains(tail) && is_person_name(name) && alone(&before, tail) {
                        shorter.push(tail);
                    }
                }
                let initials = initials(name);
                if initials.len() < name.len() {
                    shorter.extend(known.get(initials.as_str()).copied());
                }
                let pick = shorter
                    .into_iter()
                    .min_by(|a, b| by_length(a, b))
                    .or_else(|| {
                        let shape = variant_shape(name)?;
                        by_shape
                            .get(&shape)?
                            .iter()
                            .copied()
                            .filter(|other| {
                                *other < name.as_str()
                                    && spelling_variants(name, other)
                                    && met(name, other)
                            })
                            .min_by(|a, b| by_length(a, b))
                    })?;
                Some((name.clone(), pick.to_string()))
            })
            .collect()
    });
}

/// Names in the order merging prefers them: shorter first, then by spelling.
fn by_length(a: &str, b: &str) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then(a.cmp(b))
}

/// What two spellings of one full name share: the number of words and the
/// first letters of the first and last (Oleksiy / Olexiy Dovbenko).
fn variant_shape(name: &str) -> Option<(usize, char, char)> {
    let words = name.split(' ').count();
    let first = name.chars().next()?;
    let last = name.rsplit(' ').next()?.chars().next()?;
    (words >= 2).then_some((words, first, last))
}

/// Two full names of one person spelled two ways ("Oleksiy Dovbenko" /
/// "Olexiy Dovbenko"): the same number of words, the same surname, and
/// first names close by Jaro–Winkler. Different first names ("Ana" /
/// "Tomas" Ibarrola) stay apart.
fn spelling_variants(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() != wb.len() || wa.len() < 2 || names_organisation(a) || names_organisation(b) {
        return false;
    }
    let (la, lb) = (wa[wa.len() - 1], wb[wb.len() - 1]);
    let surname = la == lb || strsim::jaro_winkler(la, lb) >= NAME_SIMILARITY;
    let given = wa[..wa.len() - 1]
        .iter()
        .zip(&wb[..wb.len() - 1])
        .all(|(x, y)| strsim::jaro_winkler(x, y) >= GIVEN_NAME_SIMILARITY);
    surname && given
}

/// How close two given names must be to be one name spelled two ways
/// (Oleksiy / Olexiy 0.88; Sergey / Sergei 0.92; Ana / Tomas 0.0).
const GIVEN_NAME_SIMILARITY: f64 = 0.85;

/// Within one document, a bare surname or a short name stands for the one
/// full name it ends or begins ("Vasko" after "Irena Vasko"), so a later
/// corpus-wide merge cannot join it to someone else of that surname.
pub fn expand_short_names(claims: &mut [Claim]) {
    merge_names(claims, |names| {
        // A bare surname stands for the one person of that surname named in
        // the document; a place ("Maravel") is not the organisation named
        // after it, which the corpus-wide merge joins by prefix instead.
        names
            .iter()
            .filter_map(|name| {
                let longer: Vec<&String> = names
                    .iter()
                    .filter(|l| {
                        l.len() > name.len()
                            && l.ends_with(&format!(" {name}"))
                            && is_person_name(l)
                    })
                    .collect();
                match longer.as_slice() {
                    [only] => Some((name.clone(), (*only).clone())),
                    _ => None,
                }
            })
            .collect()
    });
}

/// Whether a name can be a person's, whose surname alone may stand for it:
/// not an organisation ("Dockworkers' Union") nor a place ("Port of Maravel").
fn is_person_name(name: &str) -> bool {
    !names_organisation(name) && !name.contains(" of ")
}

/// Renames the unknown names in every claim by `renames(all names)`, which
/// maps a name to the one it stands for; names come sorted shortest first.
fn merge_names(claims: &mut [Claim], renames: impl FnOnce(&[String]) -> FxHashMap<String, String>) {
    let mut unique: FxHashSet<&str> = FxHashSet::default();
    for claim in claims.iter() {
        let c = &claim.context;
        for entity in c.subjects.iter().chain(c.document.iter()) {
            if let EntityRef::Unknown(name) = entity {
                unique.insert(name);
            }
        }
    }
    let mut names: Vec<String> = unique.into_iter().map(str::to_string).collect();
    names.sort_by(|a, b| by_length(a, b));
    let canonical = renames(&names);
    let rename = |list: &mut Vec<EntityRef>| {
        for e in list.iter_mut() {
            if let EntityRef::Unknown(name) = e {
                if let Some(short) = canonical.get(name) {
                    *name = short.clone();
                }
            }
        }
        list.sort();
        list.dedup();
    };
    let rename_one = |e: &mut EntityRef| {
        if let EntityRef::Unknown(name) = e {
            if let Some(short) = canonical.get(name) {
                *name = short.clone();
            }
        }
    };
    for claim in claims.iter_mut() {
        match &mut claim.body {
            ClaimBody::Attribution(quote) => {
                if let Speaker::Named(e) = &mut quote.speaker {
                    rename_one(e);
                }
            }
            ClaimBody::Role(role) => rename_one(&mut role.person),
            ClaimBody::Figure(_) | ClaimBody::Date(_) => {}
        }
    }
    // A document's lists are shared by all its claims: each is renamed once
    // (the original is kept in the map so its address is never reused).
    let mut shared: FxHashMap<usize, (SharedNames, SharedNames)> = FxHashMap::default();
    let mut rename_shared = |list: &mut Arc<[EntityRef]>| {
        let (_, renamed) = shared.entry(list.as_ptr() as usize).or_insert_with(|| {
            let mut copy = list.to_vec();
            rename(&mut copy);
            (list.clone(), Arc::from(copy))
        });
        *list = renamed.clone();
    };
    for claim in claims {
        let c = &mut claim.context;
        for list in [
            &mut c.subjects,
            &mut c.near,
            &mut c.near_before,
            &mut c.participants,
            &mut c.clause,
        ] {
            rename(list);
        }
        rename_shared(&mut c.document);
        rename_shared(&mut c.story);
        if let Some(lead) = &mut c.lead {
            rename_one(lead);
        }
    }
}

/// A list of names shared by all claims of a document.
type SharedNames = Arc<[EntityRef]>;

/// "rwu" for "rail workers' union": first letters of the words that carry
/// meaning.
fn initials(name: &str) -> String {
    name.split(' ')
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&"))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// The claim's normalised value as reports write it.
pub fn claim_value(claim: &Claim) -> String {
    match &claim.body {
        ClaimBody::Figure(figure) => figure.value_text(),
        ClaimBody::Date(date) => date.value_text(),
        ClaimBody::Attribution(quote) => format!("{}: \"{}\"", quote.speaker_name, quote.quote),
        ClaimBody::Role(role) => format!("{}: {}", role.person_name, role.role_text()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_of_one_person_merge_and_namesakes_do_not() {
        assert!(spelling_variants("oleksiy dovbenko", "olexiy dovbenko"));
        assert!(spelling_variants("sergey lavrenko", "sergei lavrenko"));
        assert!(!spelling_variants("ana ibarrola", "tomas ibarrola"));
        assert!(!spelling_variants("granite peak brewing", "granite peak"));
    }

    #[test]
    fn initials_name_acronyms() {
        assert_eq!(initials("rail workers union"), "rwu");
        assert_eq!(initials("bank of england"), "be");
    }
}

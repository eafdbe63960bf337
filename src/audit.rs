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
use crate::extract::attribution::{Cast, Speaker};
use crate::extract::{
    self, claim_context, main_entities, sentence_context, short_for, Antecedent, Attribution,
    Claim, ClaimBody, DocumentContext, SentenceContext,
};
use crate::names::{self, expand_short_names, Lexicon, NameStats};
use crate::normalise::dates::{find_dates, DateSpan};
use crate::normalise::entities::{
    add_corpus_openers, add_opening_names, entity_name, insert_new, is_person, is_place,
    name_lexicon, names_a_setting, EntityRef, Mention,
};
use crate::normalise::quantity::find_quantities;
use crate::normalise::senses::{is_noun, names_a_group, names_a_person, names_a_place, noun_lemma};
use crate::normalise::tokens::{tokenize, Token, TokenKind};
use crate::rules::RuleSet;
use crate::segment::{segment, LineIndex, SentenceKind};
use crate::slot::compare;
pub use crate::slot::{Camp, Finding, CORPUS_WARNING_PATH};
use crate::source::{self, Document};
use crate::warning::Warning;

/// A sentence as the report cites it: its span and what it is. Kept for
/// every sentence of every document, so it holds nothing a report can
/// work out again (its line and column come from [`AnalysedDocument::locate`]).
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceInfo {
    /// Byte span in the document text.
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// Prose, heading, list item or table row.
    pub kind: SentenceKind,
    /// Not article text, and why: no claims are read from it.
    pub dropped: Option<Dropped>,
}

/// A date as the pipeline read it, for `explain`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadDate {
    /// Index of the sentence that gives it.
    pub sentence: usize,
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

/// How much of each document an audit keeps once it has read it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TextKept {
    /// The sentences that hold claims, and the sentences too long to read
    /// (for their warning): all a report cites. A corpus's text and its
    /// sentence list are the largest things an audit would otherwise hold.
    #[default]
    Cited,
    /// Every sentence and every date read: what `explain` shows.
    Whole,
}

/// What an analysed document keeps of its text.
#[derive(Debug, Clone)]
enum KeptText {
    Whole {
        text: String,
        lines: LineIndex,
        sentences: Vec<SentenceInfo>,
        dates: Vec<ReadDate>,
    },
    /// Sorted by sentence index, which is also byte order.
    Cited(Vec<CitedSentence>),
}

/// One kept sentence, with where it starts in the document text.
#[derive(Debug, Clone)]
struct CitedSentence {
    index: usize,
    info: SentenceInfo,
    line: usize,
    column: usize,
    text: Box<str>,
}

/// A document with what the pipeline read in it.
#[derive(Debug, Clone)]
pub struct AnalysedDocument {
    /// The document as loaded, less its text, which the analysis keeps
    /// as [`TextKept`] says: read it through the methods below.
    pub document: Document,
    /// How many sentences it has, kept or not.
    pub sentence_count: usize,
    kept: KeptText,
}

impl AnalysedDocument {
    /// The kept sentences (every one, with [`TextKept::Whole`]), in order,
    /// each with its index.
    pub fn sentences(&self) -> Box<dyn Iterator<Item = (usize, &SentenceInfo)> + '_> {
        match &self.kept {
            KeptText::Whole { sentences, .. } => Box::new(sentences.iter().enumerate()),
            KeptText::Cited(kept) => Box::new(kept.iter().map(|c| (c.index, &c.info))),
        }
    }

    /// Sentence `index`, if it was kept.
    pub fn sentence(&self, index: usize) -> Option<&SentenceInfo> {
        match &self.kept {
            KeptText::Whole { sentences, .. } => sentences.get(index),
            KeptText::Cited(kept) => cited(kept, index).map(|c| &c.info),
        }
    }

    /// The text of sentence `index`; empty when it was not kept.
    pub fn sentence_text(&self, index: usize) -> &str {
        match &self.kept {
            KeptText::Whole {
                text, sentences, ..
            } => sentences
                .get(index)
                .and_then(|s| text.get(s.start..s.end))
                .unwrap_or_default(),
            KeptText::Cited(kept) => cited(kept, index).map_or("", |c| &c.text),
        }
    }

    /// The text of a byte span, such as a claim's; empty when it was not
    /// kept.
    pub fn text_at(&self, start: usize, end: usize) -> &str {
        match &self.kept {
            KeptText::Whole { text, .. } => text.get(start..end).unwrap_or_default(),
            KeptText::Cited(kept) => cited_at(kept, start)
                .and_then(|c| {
                    c.text
                        .get(start.checked_sub(c.info.start)?..end.checked_sub(c.info.start)?)
                })
                .unwrap_or_default(),
        }
    }

    /// The whole text, when the audit kept it ([`TextKept::Whole`]).
    pub fn whole_text(&self) -> Option<&str> {
        match &self.kept {
            KeptText::Whole { text, .. } => Some(text),
            KeptText::Cited(_) => None,
        }
    }

    /// The dates read in the document, in sentence order, when the audit
    /// kept the whole text; else none.
    pub fn dates(&self) -> &[ReadDate] {
        match &self.kept {
            KeptText::Whole { dates, .. } => dates,
            KeptText::Cited(_) => &[],
        }
    }

    /// (line, column) in the file of a byte offset of a kept sentence.
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let (line, column) = match &self.kept {
            KeptText::Whole { text, lines, .. } => lines.locate(text, offset),
            KeptText::Cited(kept) => cited_at(kept, offset).map_or((1, 1), |c| {
                let mut within = offset.saturating_sub(c.info.start).min(c.text.len());
                while !c.text.is_char_boundary(within) {
                    within -= 1;
                }
                let before = c.text.get(..within).unwrap_or_default();
                match before.rfind('\n') {
                    Some(newline) => (
                        c.line + before.matches('\n').count(),
                        before
                            .get(newline + 1..)
                            .unwrap_or_default()
                            .chars()
                            .count()
                            + 1,
                    ),
                    None => (c.line, c.column + before.chars().count()),
                }
            }),
        };
        self.document.in_file(line, column)
    }
}

/// Kept sentence `index`.
fn cited(kept: &[CitedSentence], index: usize) -> Option<&CitedSentence> {
    kept.binary_search_by_key(&index, |c| c.index)
        .ok()
        .and_then(|i| kept.get(i))
}

/// The kept sentence an offset falls in (or after).
fn cited_at(kept: &[CitedSentence], offset: usize) -> Option<&CitedSentence> {
    kept.partition_point(|c| c.info.start <= offset)
        .checked_sub(1)
        .and_then(|i| kept.get(i))
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
    /// How much of each document's text to keep for the report.
    pub text: TextKept,
}

impl std::fmt::Debug for AuditOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditOptions")
            .field("agreements", &self.agreements)
            .field("exclude", &self.exclude)
            .field("progress", &self.progress.is_some())
            .field("text", &self.text)
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

/// Whether a sentence opens with a definite noun of people or of a group
/// of them ("The crew, …", "The passengers were …"): its subject is
/// described, not named.
fn opens_with_unnamed_people(tokens: &[Token]) -> bool {
    let mut words = tokens.iter().map(|t| t.norm.as_str());
    words.next() == Some("the")
        && words.next().is_some_and(|noun| {
            let lemma = noun_lemma(noun).unwrap_or(noun);
            names_a_group(lemma) || names_a_person(lemma)
        })
}

/// Whether the sentence opens with "the" and a noun of a thing: no
/// person, group or place ("The contract itself placed …").
fn opens_with_a_thing(tokens: &[Token]) -> bool {
    let mut words = tokens.iter().map(|t| t.norm.as_str());
    words.next() == Some("the")
        && words.next().is_some_and(|noun| {
            noun_lemma(noun).is_some_and(|lemma| {
                !names_a_group(lemma) && !names_a_person(lemma) && !names_a_place(lemma)
            })
        })
}

/// Runs the pipeline over documents already loaded: the stages of
/// [`crate::stage`], in memory.
pub fn audit_documents(
    documents: Vec<Document>,
    mut warnings: Vec<Warning>,
    rules: &RuleSet,
    options: AuditOptions,
) -> Audit {
    let analysed = read_corpus(documents, rules, &options, Speech::Checkable);
    let mut documents = Vec::with_capacity(analysed.len());
    let mut claims = Vec::with_capacity(analysed.iter().map(|(_, own)| own.len()).sum());
    for (document, mut own) in analysed {
        warnings.extend(document_warnings(&document));
        documents.push(document);
        claims.append(&mut own);
    }
    let renames = NameStats::of(&claims).renames();
    names::rename(&mut claims, &renames);
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

/// The lexicon stage alone: what `documents` write capitalised and in
/// lower case.
pub fn lexicon_of_documents(documents: &[Document], rules: &RuleSet) -> Lexicon {
    let layouts: Vec<Layout> = documents.par_iter().map(|d| lay_out(d, rules)).collect();
    let options = AuditOptions::default();
    lexicon_of(
        documents,
        &layouts,
        rules,
        &Tally::new(&options, Stage::Names, documents.len()),
    )
}

/// The claims stage alone: each document, with the key that orders it in
/// the corpus, read against the corpus lexicon. Claims name their document
/// by its key.
pub fn read_claims(
    documents: Vec<(usize, Document)>,
    lexicon: &Lexicon,
    rules: &RuleSet,
) -> Vec<(AnalysedDocument, Vec<Claim>)> {
    let layouts: Vec<Layout> = documents
        .par_iter()
        .map(|(_, d)| lay_out(d, rules))
        .collect();
    let options = AuditOptions::default();
    let total = documents.len();
    analyse_all(
        documents,
        layouts,
        &CorpusWords::of(lexicon),
        rules,
        &Tally::new(&options, Stage::Claims, total),
        Speech::Checkable,
        TextKept::Cited,
    )
}

/// Both passes over a corpus in memory: the names every document writes,
/// then each document's claims read against them. Tokens are made again in
/// the second pass rather than kept for the whole corpus, which would hold
/// many times the text in memory.
fn read_corpus(
    documents: Vec<Document>,
    rules: &RuleSet,
    options: &AuditOptions,
    speech: Speech,
) -> Vec<(AnalysedDocument, Vec<Claim>)> {
    let layouts: Vec<Layout> = documents.par_iter().map(|d| lay_out(d, rules)).collect();
    let lexicon = lexicon_of(
        &documents,
        &layouts,
        rules,
        &Tally::new(options, Stage::Names, documents.len()),
    );
    let total = documents.len();
    analyse_all(
        documents.into_iter().enumerate().collect(),
        layouts,
        &CorpusWords::of(&lexicon),
        rules,
        &Tally::new(options, Stage::Claims, total),
        speech,
        options.text,
    )
}

/// Which statements become claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Speech {
    /// Quotes, and reported speech by someone named: what can be checked.
    Checkable,
    /// Also reported speech by a description ("analysts say …").
    Every,
}

/// Every statement the documents report, with its speaker: who said what,
/// as a reader of the story would list it, including reported speech by
/// speakers only described ("officials said"), which the audit leaves out
/// because no source can be checked against it. Each claim names its
/// document by its index in `documents`.
pub fn read_statements(documents: Vec<Document>, rules: &RuleSet) -> Vec<Claim> {
    let options = AuditOptions::default();
    let mut claims: Vec<Claim> = read_corpus(documents, rules, &options, Speech::Every)
        .into_iter()
        .flat_map(|(_, claims)| claims)
        .collect();
    let renames = NameStats::of(&claims).renames();
    names::rename(&mut claims, &renames);
    claims.retain(|c| matches!(c.body, ClaimBody::Attribution(_)));
    claims
}

/// Reads every document's claims, in parallel, in order.
fn analyse_all(
    documents: Vec<(usize, Document)>,
    layouts: Vec<Layout>,
    corpus: &CorpusWords,
    rules: &RuleSet,
    done: &Tally,
    speech: Speech,
    kept: TextKept,
) -> Vec<(AnalysedDocument, Vec<Claim>)> {
    documents
        .into_par_iter()
        .zip(layouts)
        .map(|((key, document), layout)| {
            let analysed = analyse(key, document, layout, rules, corpus, speech, kept);
            done.tick();
            analysed
        })
        .collect()
}

/// What a run should tell about a document read: text too long to be
/// sentences, no publication date to read relative dates against.
pub fn document_warnings(doc: &AnalysedDocument) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for (_, sentence) in doc.sentences() {
        if sentence.dropped == Some(Dropped::TooLong) {
            warnings.push(Warning::new(
                &doc.document.path,
                format!(
                    "line {}: {} bytes with no sentence break were not read",
                    doc.locate(sentence.start).0,
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
    warnings
}

/// The corpus lexicon of some documents: the words their prose writes
/// capitalised mid-sentence, and those it writes in lower case. Headings are
/// left out, since title case capitalises every word.
fn lexicon_of(
    documents: &[Document],
    layouts: &[Layout],
    rules: &RuleSet,
    done: &Tally,
) -> Lexicon {
    documents
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
            let capitalised = name_lexicon(prose, rules);
            done.tick();
            Lexicon { capitalised, lower }
        })
        .reduce(Lexicon::default, |mut all, more| {
            all.merge(more);
            all
        })
}

/// A document's text split into located sentences, boilerplate marked:
/// made once, read by both passes, kept for the report.
struct Layout {
    sentences: Vec<SentenceInfo>,
}

/// Splits a document into located sentences and marks boilerplate.
fn lay_out(document: &Document, rules: &RuleSet) -> Layout {
    let body_start = document.body_start.min(document.text.len());
    let body = document.text.get(body_start..).unwrap_or_default();
    let segmented = segment(body);
    let dropped = classify(body, &segmented, &rules.boilerplate);
    let sentences = segmented
        .into_iter()
        .zip(dropped)
        .map(|(sentence, dropped)| SentenceInfo {
            start: body_start + sentence.start,
            end: body_start + sentence.end,
            kind: sentence.kind,
            dropped,
        })
        .collect();
    Layout { sentences }
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

/// What each document's reading takes from the corpus lexicon.
struct CorpusWords<'a> {
    /// The names a sentence may open with.
    openers: FxHashSet<String>,
    /// The words written in lower case somewhere.
    lower: &'a FxHashSet<String>,
}

impl<'a> CorpusWords<'a> {
    fn of(lexicon: &'a Lexicon) -> Self {
        CorpusWords {
            openers: lexicon.openers(),
            lower: &lexicon.lower,
        }
    }
}

/// The names a document's own outlet goes by in its text, folded as
/// unknown names are: the whole name and each run of its closing words
/// ("brasketh evening courier", "evening courier", and "courier" for "the
/// Courier": a last word alone only where it is a common noun, so "Radio
/// Pellmar" leaves the town of Pellmar alone). The outlet tells the story;
/// a line that names it ("Brasketh Evening Courier | Wednesday 7 May",
/// "told the Ledger") is no subject of a claim, nor one a later "it"
/// points back at.
fn own_outlet_names(document: &Document) -> FxHashSet<String> {
    let Some(outlet) = document.meta.outlet.as_deref() else {
        return FxHashSet::default();
    };
    let words: Vec<String> = tokenize(outlet)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word && t.norm != "the")
        .map(|t| t.norm)
        .collect();
    let last = words.len().saturating_sub(1);
    (0..words.len())
        .filter(|&i| i < last || i == 0 || is_noun(&words[i]))
        .map(|i| words[i..].join(" "))
        .collect()
}

/// Whether a sentence names its outlet right before a colon ("Also on
/// Vale & District Live: …", "Northdown Gazette: …"), by its whole name or
/// by two or more of its closing words.
fn labelled_by(tokens: &[Token], outlet: &FxHashSet<String>) -> bool {
    if outlet.is_empty() || !tokens.iter().any(|t| t.norm == ":") {
        return false;
    }
    // A one-word outlet ("Ninefold") is named by its one word; a longer
    // one by two words or more, not by a common noun alone ("Courier:").
    let one_word = outlet.iter().all(|o| !o.contains(' '));
    let words: Vec<(usize, &str)> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .map(|(i, t)| (i, t.norm.as_str()))
        .collect();
    let longest = outlet
        .iter()
        .map(|n| n.split(' ').count())
        .max()
        .unwrap_or(0);
    words.iter().enumerate().any(|(end, &(at, _))| {
        let colon_after = tokens.get(at + 1).is_some_and(|t| t.norm == ":");
        colon_after
            && (1..=longest.min(end + 1)).any(|n| {
                let run: Vec<&str> = words[end + 1 - n..=end].iter().map(|w| w.1).collect();
                let name = run.join(" ");
                outlet.contains(&name) && (n >= 2 || one_word)
            })
    })
}

/// Extracts one segmented document's claims, read against the corpus's
/// words. Its claims name it by `key`.
fn analyse(
    key: usize,
    mut document: Document,
    layout: Layout,
    rules: &RuleSet,
    corpus: &CorpusWords,
    speech: Speech,
    kept: TextKept,
) -> (AnalysedDocument, Vec<Claim>) {
    let tokenized = tokenize_sentences(&document, &layout);
    let Layout { mut sentences } = layout;
    let outlet = own_outlet_names(&document);
    for (info, tokens) in sentences.iter_mut().zip(&tokenized) {
        if info.dropped.is_none() && labelled_by(tokens, &outlet) {
            info.dropped = Some(Dropped::OwnLabel);
        }
    }
    let mut names = name_lexicon(tokenized.iter().map(Vec::as_slice), rules);
    add_corpus_openers(
        &mut names,
        tokenized.iter().map(Vec::as_slice),
        &corpus.openers,
    );
    add_opening_names(
        &mut names,
        tokenized.iter().map(Vec::as_slice),
        corpus.lower,
    );
    let read: Vec<ReadSentence> = tokenized
        .into_iter()
        .zip(&sentences)
        .map(|(tokens, info)| {
            let dates = find_dates(&tokens, document.meta.published);
            let mut found: Vec<(usize, usize, ClaimBody)> = Vec::new();
            if info.dropped.is_none() {
                let lemmas = extract::figure::word_forms(&tokens);
                let quantities = find_quantities(&tokens, rules);
                // Topic words are weighed only where a figure or a date is.
                let topic_forms = if quantities.is_empty() && dates.is_empty() {
                    std::borrow::Cow::Borrowed(lemmas.as_slice())
                } else {
                    extract::figure::without_modifiers(&tokens, &lemmas, rules)
                };
                let mut figures =
                    extract::figure::from_quantities(&tokens, quantities, &topic_forms, rules);
                // "four years ago" tells when, not how long: its count is
                // the date's, no figure of its own.
                figures.retain(|&(first, last, _)| {
                    !dates.iter().any(|d| {
                        d.first <= first
                            && last <= d.last
                            && d.last
                                .checked_sub(1)
                                .and_then(|k| tokens.get(k))
                                .is_some_and(|t| t.norm == "ago")
                    })
                });
                let dated =
                    extract::date::extract(&tokens, &lemmas, &topic_forms, &dates, &figures, rules);
                found.extend(
                    figures
                        .into_iter()
                        .map(|(a, b, f)| (a, b, ClaimBody::Figure(Box::new(f)))),
                );
                found.extend(
                    dated
                        .into_iter()
                        .map(|(a, b, d)| (a, b, ClaimBody::Date(Box::new(d)))),
                );
            }
            let mut context = sentence_context(&tokens, rules, &names, &dates);
            if info.dropped.is_none() {
                found.extend(
                    extract::role::extract(&tokens, &context.mentions, rules)
                        .into_iter()
                        .map(|(a, b, mut r)| {
                            r.person_name = entity_name(&r.person, rules);
                            (a, b, ClaimBody::Role(Box::new(r)))
                        }),
                );
            }
            context.forget(|e| matches!(e, EntityRef::Unknown(n) if outlet.contains(&**n)));
            (tokens, found, context)
        })
        .collect();
    // The dates as read are only for `explain`, which keeps the whole text.
    let dates = if kept == TextKept::Whole {
        read_dates(&read, &sentences)
    } else {
        Vec::new()
    };
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
    let mut cast = Cast::default();
    // Names that spoke or hold a title: people, whatever their shape.
    let mut acting: Vec<EntityRef> = Vec::new();
    let mut last_speaker: Option<Speaker> = None;
    // The first sentence of prose is the story's lead: what it dates is
    // the story's happening.
    let lead_sentence = sentences
        .iter()
        .position(|s| s.kind == SentenceKind::Prose && s.dropped.is_none());
    for (sentence_index, (tokens, mut figures, mut context)) in read.into_iter().enumerate() {
        let start = sentences[sentence_index].start;
        // Only a lead that dates one happening: "charged on Monday after a
        // stabbing on Saturday" leaves which one the story is unsaid.
        if Some(sentence_index) == lead_sentence {
            let dated = |body: &ClaimBody| matches!(body, ClaimBody::Date(date) if !date.event.is_statement());
            if figures.iter().filter(|(_, _, body)| dated(body)).count() == 1 {
                for (_, _, body) in &mut figures {
                    if let ClaimBody::Date(date) = body {
                        date.leads = !date.event.is_statement();
                    }
                }
            }
        }
        let mut spoke = None;
        if sentences[sentence_index].dropped.is_none() {
            let text = document
                .text
                .get(start..sentences[sentence_index].end)
                .unwrap_or_default();
            for (_, _, body) in &figures {
                if let ClaimBody::Role(role) = body {
                    let mut title: Vec<String> = role.qualifiers.clone();
                    title.extend(role.title.split(' ').map(str::to_string));
                    cast.titled.push((title, role.person.clone()));
                    if !acting.contains(&role.person) {
                        acting.push(role.person.clone());
                    }
                }
            }
            let quotes = extract::attribution::extract(
                text,
                &tokens,
                &context.mentions,
                &cast,
                last_speaker.as_ref(),
            );
            last_speaker = quotes.last().map(|(_, _, a)| a.speaker.clone());
            for (_, _, quote) in &quotes {
                if let Speaker::Named(e) = &quote.speaker {
                    if !acting.contains(e) {
                        acting.push(e.clone());
                    }
                }
            }
            spoke = quotes.iter().find_map(|(_, _, q)| match &q.speaker {
                Speaker::Named(e) if is_person(e, rules) => Some(e.clone()),
                _ => None,
            });
            // Reported speech by no one named ("residents said they had
            // never seen anything like it") can never be checked: only
            // `read_statements` keeps it.
            let checkable = |q: &Attribution| q.direct || matches!(q.speaker, Speaker::Named(_));
            let kept = quotes
                .into_iter()
                .filter(|(_, _, q)| speech == Speech::Every || checkable(q));
            figures.extend(kept.map(|(a, b, mut q)| {
                q.speaker_name = match &q.speaker {
                    Speaker::Named(e) => entity_name(e, rules),
                    Speaker::Unnamed(d) => d.clone(),
                };
                (a, b, ClaimBody::Attribution(Box::new(q)))
            }));
        }
        // A dropped line (a byline, a credit) names no one a later "she",
        // "it" or "the company" points back at.
        let kept = sentences[sentence_index].dropped.is_none();
        if kept {
            // "He" points back only at a person named alone; a bare surname
            // ("Halloran said") names the person the story named in full. Each
            // with whether it is named as an owner ("Haldane's proposal").
            let named: Vec<(EntityRef, bool)> = context
                .mentions
                .iter()
                .filter_map(|m| {
                    let owner = m
                        .last
                        .checked_sub(1)
                        .and_then(|k| tokens.get(k))
                        .is_some_and(|t| t.norm.ends_with("'s"));
                    if is_person(&m.entity, rules) {
                        return Some((m.entity.clone(), owner));
                    }
                    short_for(&m.entity, &antecedent.people).map(|p| (p, owner))
                })
                .collect();
            // "She" is the sentence's speaker, else the first person it named
            // not as an owner: the one it is about ("Ferrante was asked whether
            // Kell would … '…,' she said"; "Asked about Haldane's proposal, she
            // was dismissive" is still about whom "she" was before).
            if spoke.is_some() {
                cast.last_person = spoke;
            } else if let Some((first, _)) = named.iter().find(|(_, owner)| !owner) {
                cast.last_person = Some(first.clone());
            }
            for m in context
                .mentions
                .iter()
                .filter(|m| !names_a_setting(&tokens, m))
            {
                cast.name(&m.entity, || entity_name(&m.entity, rules).to_lowercase());
            }
            for (person, _) in named {
                if !antecedent.people.contains(&person) {
                    antecedent.people.push(person);
                }
            }
        }
        if !figures.is_empty() {
            context.read_words(&tokens);
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
            // "The bestiary, printed by Joris Vandermaelen and prized for
            // its 186 woodcuts": "its" is a thing's, so the person named
            // beside the figure does not own it.
            if first > 0 && tokens[first - 1].norm == "its" {
                around.near.retain(|e| !is_person(e, rules));
                around.near_before.retain(|e| !is_person(e, rules));
            }
            // "On 7 October, Dr Okoruwa-Finch told jurors …": a date of the
            // telling itself has the teller for its doer, no mere source.
            if let ClaimBody::Date(d) = &body {
                if d.verb.as_deref().is_some_and(extract::is_speech_verb) {
                    around.clause.extend(
                        context
                            .mentions
                            .iter()
                            .filter(|m| {
                                context.speakers.contains(&m.first)
                                    && !extract::is_dateline(&tokens, m)
                            })
                            .map(|m| m.entity.clone()),
                    );
                    around.clause.sort();
                    around.clause.dedup();
                }
            }
            let running_count = matches!(&body, ClaimBody::Figure(f)
                if f.topic.and_then(|t| rules.topics.get(t)).is_some_and(|t| t.cumulative));
            if running_count && stated.is_some() {
                around.when = stated;
            }
            claims.push(Claim {
                source: key,
                sentence: sentence_index,
                start: start + first_token.start,
                end: start + last_token.end,
                body,
                context: Arc::new(around),
            });
        }
        let opens_with_the = tokens.first().is_some_and(|t| t.norm == "the");
        if context.anaphoric && kept && opens_with_the && antecedent.body.is_none() {
            // "The money was put towards training. The province also opened
            // up $1 billion … It is part of …": after a sentence about a
            // thing, one that opens with "the" and a body's noun speaks of
            // the story's body, which "it" then points back at.
            antecedent.body = antecedent.main_body.clone();
        } else if !context.anaphoric && kept {
            // "It" and "the company" point back at an organisation or person,
            // not at a place named in passing ("in Valbruck"), in a dateline
            // ("VALBRUCK, Oct 30 (Bourse Wire) —") or in parentheses; of those the
            // sentence names, the one the document names most often is the
            // likeliest.
            let candidates = context.mentions.iter().filter(|m| {
                !is_place(&m.entity, rules)
                    && !names_a_setting(&tokens, m)
                    && !extract::is_dateline(&tokens, m)
                    && !extract::in_parentheses(&tokens, m)
            });
            let likeliest = |m: &&Mention| {
                (
                    mention_counts.get(&m.entity).copied().unwrap_or(0),
                    std::cmp::Reverse(m.first),
                )
            };
            if let Some(subject) = candidates.clone().max_by_key(likeliest) {
                antecedent.entity = Some(subject.entity.clone());
            } else if opens_with_unnamed_people(&tokens) {
                // "The crew, all wearing lifejackets, scrambled onto the
                // hull. They spent …": "they" are the people this sentence
                // describes, not the boat's maker the one before named.
                antecedent.entity = None;
                antecedent.body = None;
            } else if opens_with_a_thing(&tokens) {
                // "The contract itself placed the burden on the firm. It
                // included …": "it" is the thing this sentence opens with,
                // not a body an earlier one named.
                antecedent.body = None;
            }
            let bodies: Vec<&Mention> = candidates
                .filter(|m| {
                    !acting.contains(&m.entity)
                        && short_for(&m.entity, &acting).is_none()
                        && !matches!(&m.entity, EntityRef::Known(_) if is_person(&m.entity, rules))
                })
                .collect();
            if let Some(body) = bodies.iter().max_by_key(|m| likeliest(m)) {
                antecedent.body = Some(body.entity.clone());
                for m in &bodies {
                    match antecedent.bodies.iter_mut().find(|(e, _)| *e == m.entity) {
                        Some((_, n)) => *n += 1,
                        None => antecedent.bodies.push((m.entity.clone(), 1)),
                    }
                }
                // Of equals, the one named first.
                antecedent.main_body = antecedent
                    .bodies
                    .iter()
                    .rev()
                    .max_by_key(|(_, n)| *n)
                    .map(|(e, _)| e.clone());
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
    claims.shrink_to_fit();
    let sentence_count = sentences.len();
    let kept = keep_text(&mut document, sentences, dates, &claims, kept);
    (
        AnalysedDocument {
            document,
            sentence_count,
            kept,
        },
        claims,
    )
}

/// A sentence as the first pass over a document reads it: its tokens, the
/// claims found so far (token span and body), and its context.
type ReadSentence = (Vec<Token>, Vec<(usize, usize, ClaimBody)>, SentenceContext);

/// Every date each sentence gives, placed in the document text.
fn read_dates(read: &[ReadSentence], sentences: &[SentenceInfo]) -> Vec<ReadDate> {
    read.iter()
        .zip(sentences)
        .enumerate()
        .flat_map(|(sentence, ((tokens, _, context), info))| {
            context.dates.iter().filter_map(move |d| {
                let (first, last) = (tokens.get(d.first)?, tokens.get(d.last.checked_sub(1)?)?);
                Some(ReadDate {
                    sentence,
                    start: info.start + first.start,
                    end: info.start + last.end,
                    span: d.span,
                    relative: d.relative,
                })
            })
        })
        .collect()
}

/// Takes the text out of `document` and keeps of it what `kept` asks
/// for: the sentences `claims` are read from and the unread ones too long
/// to be sentences, or all of it with every date read.
fn keep_text(
    document: &mut Document,
    sentences: Vec<SentenceInfo>,
    dates: Vec<ReadDate>,
    claims: &[Claim],
    kept: TextKept,
) -> KeptText {
    let text = std::mem::take(&mut document.text);
    let lines = LineIndex::new(&text);
    if kept == TextKept::Whole {
        return KeptText::Whole {
            text,
            lines,
            sentences,
            dates,
        };
    }
    let mut cited: Vec<usize> = claims.iter().map(|c| c.sentence).collect();
    cited.sort_unstable();
    cited.dedup();
    KeptText::Cited(
        sentences
            .into_iter()
            .enumerate()
            .filter(|(index, info)| {
                info.dropped == Some(Dropped::TooLong) || cited.binary_search(index).is_ok()
            })
            .map(|(index, info)| {
                let (line, column) = lines.locate(&text, info.start);
                let words = match info.dropped {
                    Some(Dropped::TooLong) => "",
                    _ => text.get(info.start..info.end).unwrap_or_default(),
                };
                CitedSentence {
                    index,
                    line,
                    column,
                    text: words.into(),
                    info,
                }
            })
            .collect(),
    )
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

//! The seed articles: read with their manifest from `../shared/seeds`, cut
//! to the article's own paragraphs (no headline, captions, teasers, sign-up
//! boxes, tables or trailing related stories), and split into sentences.

use std::fs;
use std::path::Path;

use serde::Deserialize;

/// One seed article, as paragraphs of sentences.
pub struct Seed {
    /// The manifest's id ("whats-next").
    pub id: String,
    /// The publication date, `YYYY-MM-DD`.
    pub published: String,
    /// The article's paragraphs, each a list of sentences.
    pub paragraphs: Vec<Vec<String>>,
}

/// The seeds' `sources.yaml`.
#[derive(Deserialize)]
struct Manifest {
    sources: Vec<Entry>,
}

/// One article of the manifest.
#[derive(Deserialize)]
struct Entry {
    path: String,
    id: String,
    #[serde(default)]
    title: String,
    published: String,
}

/// Lines that open what follows an article (comments, related stories,
/// FAQ blocks, calls to share): nothing from there on is read.
const TRAILERS: &[&str] = &[
    "Try Our AI Features",
    "Related Articles",
    "More on World",
    "Frequently Asked Questions",
    "We encourage you to share",
];

/// Phrases of sign-up boxes and reader call-outs: a paragraph holding one
/// is not the article's.
const FURNITURE: &[&str] = &[
    "Privacy Policy",
    "Sign up",
    "newsletter",
    "Pro Tip:",
    "Did You Know",
];

/// A prefix that pages glue to the paragraph after an advert.
const ADVERT_PREFIX: &str = "Story continues below advertisement";

/// Paragraphs shorter than this many words are headings, captions or
/// furniture.
const MIN_WORDS: usize = 8;

/// Reads the manifest and articles in `dir`.
pub fn read(dir: &Path) -> Result<Vec<Seed>, String> {
    let manifest_path = dir.join("sources.yaml");
    let text = fs::read_to_string(&manifest_path).map_err(|err| {
        format!(
            "{}: {err} (the perturbation benchmark needs the seed articles and their sources.yaml in ../shared/seeds beside the repository)",
            manifest_path.display()
        )
    })?;
    let manifest: Manifest = serde_saphyr::from_str(&text)
        .map_err(|err| format!("{}: {err}", manifest_path.display()))?;
    let mut seeds = Vec::new();
    for entry in manifest.sources {
        let path = dir.join(&entry.path);
        let text = fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
        let paragraphs: Vec<Vec<String>> = paragraphs(&text, &entry.title)
            .iter()
            .map(|p| sentences(p))
            .collect();
        if paragraphs.is_empty() {
            return Err(format!("{}: no article paragraph found", path.display()));
        }
        seeds.push(Seed {
            id: entry.id,
            published: entry.published,
            paragraphs,
        });
    }
    if seeds.len() < 2 {
        return Err(format!(
            "{}: at least two seed articles are needed to recombine",
            manifest_path.display()
        ));
    }
    Ok(seeds)
}

/// The article's paragraphs: lines of at least `MIN_WORDS` words that end a
/// sentence, up to the first trailer, leaving out the headline, table rows,
/// list items and furniture.
fn paragraphs(text: &str, title: &str) -> Vec<String> {
    let title = fold(title);
    let mut kept = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if TRAILERS.iter().any(|t| line.starts_with(t)) {
            break;
        }
        let line = line.strip_prefix(ADVERT_PREFIX).unwrap_or(line).trim();
        let ends_sentence = line
            .trim_end_matches(['"', '”', '\'', '’', ')'])
            .ends_with(['.', '!', '?']);
        if line.split_whitespace().count() < MIN_WORDS
            || !ends_sentence
            || line.starts_with(['|', '-', '•'])
            || fold(line) == title
            || FURNITURE.iter().any(|f| line.contains(f))
        {
            continue;
        }
        kept.push(line.to_string());
    }
    kept
}

/// Letters and digits only, lower-cased: a headline matches its manifest
/// title whatever its dashes and case.
fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Jr", "Sr", "No", "vs", "Jan", "Feb", "Mar", "Apr",
    "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
];

/// Splits a paragraph into sentences: after `.`, `!` or `?` (and any
/// closing quotes or brackets) followed by a space and a capital letter or
/// an opening quote, outside double quotes, and not after an abbreviation,
/// an initial or a dotted short form ("U.S.", "D.C.").
pub fn sentences(paragraph: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_quote = false;
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        match c {
            '“' => in_quote = true,
            '”' => in_quote = false,
            '"' => in_quote = !in_quote,
            _ => {}
        }
        if !matches!(c, '.' | '!' | '?') {
            i += 1;
            continue;
        }
        // Closing quotes and brackets belong to the sentence they close.
        let mut end = i + 1;
        while end < chars.len() && matches!(chars[end].1, '"' | '”' | '\'' | '’' | ')') {
            match chars[end].1 {
                '”' => in_quote = false,
                '"' => in_quote = !in_quote,
                _ => {}
            }
            end += 1;
        }
        let next_starts = end + 1 < chars.len()
            && chars[end].1 == ' '
            && (chars[end + 1].1.is_uppercase()
                || matches!(chars[end + 1].1, '“' | '"' | '‘' | '\''));
        if next_starts && !in_quote && !(c == '.' && abbreviation_before(paragraph, chars[i].0)) {
            let byte_end = chars.get(end).map_or(paragraph.len(), |&(b, _)| b);
            out.push(paragraph[start..byte_end].trim().to_string());
            start = byte_end;
        }
        i = end;
    }
    let rest = paragraph[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

/// Whether the word ending at the full stop at byte `dot` is an
/// abbreviation, a single letter, or a dotted short form.
fn abbreviation_before(text: &str, dot: usize) -> bool {
    let word = text[..dot]
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    word.chars().count() == 1 || word.contains('.') || ABBREVIATIONS.contains(&word)
}

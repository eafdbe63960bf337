//! Lines that are not the article: teaser blocks about other stories
//! ("Related stories", "More from the Echo", "Trending now") and page
//! furniture ("Story continues below advertisement"). Claims are not read
//! from them, and `explain` shows why each was dropped.

use crate::normalise::tokens::fold;
use crate::segment::{Sentence, SentenceKind};

/// Why a sentence was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dropped {
    /// The heading of a block of links to other stories.
    TeaserHeading,
    /// A line in such a block.
    Teaser,
    /// Page furniture.
    Furniture,
    /// Longer than any sentence: a run of text with no sentence breaks (a
    /// one-line dump, an inlined data blob). Not read, so memory stays bounded.
    TooLong,
    /// A line a boilerplate pattern matches (a video timestamp, a share
    /// button).
    Pattern,
    /// A line the publishing outlet labels with its own name before a
    /// colon ("Also on Vale & District Live: Two fire engines called to
    /// …"): the outlet speaking of its own pages, not the story.
    OwnLabel,
    /// A rights, credit or syndication line ("Copyright 2025 The Echo",
    /// "Distributed by ...", "Reporting by ..."): it names the publisher
    /// and staff, not anyone in the story.
    Credit,
}

impl Dropped {
    /// Words for `explain`.
    pub fn reason(self) -> &'static str {
        match self {
            Dropped::TeaserHeading => "heading of a block of links to other stories",
            Dropped::Teaser => "teaser for another story",
            Dropped::Furniture => "page furniture",
            Dropped::Credit => "rights, credit or syndication line",
            Dropped::OwnLabel => {
                "labelled with the outlet's own name: its own pages, not the story"
            }
            Dropped::Pattern => "matches a boilerplate pattern",
            Dropped::TooLong => "longer than any sentence (over 20,000 bytes): not read",
        }
    }
}

/// What marks a line as not the article: the default list in
/// `rules/boilerplate.yaml`, extended by a user's `--rules` folder. Phrases
/// are folded; patterns are matched against the folded line.
#[derive(Debug, Clone, Default)]
pub struct BoilerplateRules {
    /// A heading that starts with one of these opens a teaser block.
    pub teaser_headings: Vec<String>,
    /// Page furniture: the whole of a short line, or how it starts.
    pub furniture: Vec<String>,
    /// How a rights, credit or syndication line opens.
    pub credits: Vec<String>,
    /// Regular expressions a whole folded line must match.
    pub patterns: Vec<regex::Regex>,
}

/// No sentence is longer than this many bytes; a longer unit is not read.
pub const MAX_SENTENCE_BYTES: usize = 20_000;

/// A credit line is short; a longer sentence is article text.
const CREDIT_MAX_WORDS: usize = 16;

/// A teaser block ends at a line longer than this (in words): article text.
const TEASER_MAX_WORDS: usize = 25;

/// For each sentence, whether it is dropped and why. `text` is the text the
/// sentences' spans point into.
pub fn classify(
    text: &str,
    sentences: &[Sentence],
    rules: &BoilerplateRules,
) -> Vec<Option<Dropped>> {
    let lines = line_numbers(text, sentences);
    let mut out = Vec::with_capacity(sentences.len());
    let mut in_block = false;
    for (i, s) in sentences.iter().enumerate() {
        let body = text.get(s.start..s.end).unwrap_or_default();
        if body.len() > MAX_SENTENCE_BYTES {
            out.push(Some(Dropped::TooLong));
            in_block = false;
            continue;
        }
        let folded = fold(body.trim());
        let line = lines[i];
        let shares_line = |other: Option<&usize>| other == Some(&line);
        let alone_on_line = !shares_line(lines.get(i + 1))
            && !shares_line(i.checked_sub(1).and_then(|k| lines.get(k)));
        let words = folded.split_whitespace().count();
        let dropped = if s.kind == SentenceKind::Heading
            && rules
                .teaser_headings
                .iter()
                .any(|h| folded.starts_with(h.as_str()))
        {
            in_block = true;
            Some(Dropped::TeaserHeading)
        } else if rules
            .furniture
            .iter()
            .any(|f| folded == *f || (folded.starts_with(f.as_str()) && words <= 8))
        {
            Some(Dropped::Furniture)
        } else if words <= CREDIT_MAX_WORDS
            && rules.credits.iter().any(|c| folded.starts_with(c.as_str()))
        {
            Some(Dropped::Credit)
        } else if rules.patterns.iter().any(|p| p.is_match(&folded)) {
            Some(Dropped::Pattern)
        } else if in_block && alone_on_line && words <= TEASER_MAX_WORDS {
            Some(Dropped::Teaser)
        } else {
            in_block = false;
            None
        };
        out.push(dropped);
    }
    out
}

/// The line each sentence starts on, counted in one pass.
fn line_numbers(text: &str, sentences: &[Sentence]) -> Vec<usize> {
    let mut line = 0;
    let mut at = 0;
    sentences
        .iter()
        .map(|s| {
            let end = s.start.max(at);
            line += text.get(at..end).map_or(0, |gap| gap.matches('\n').count());
            at = end;
            line
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn dropped(text: &str) -> Vec<Option<Dropped>> {
        let rules = crate::rules::RuleSet::builtin().unwrap();
        classify(text, &segment(text), &rules.boilerplate)
    }

    #[test]
    fn teaser_blocks_are_dropped_until_article_text_resumes() {
        let text = "The council voted on Monday.\nRelated stories\nTown backs tram plan on 29% turnout.\nBus fares frozen.\nThe count itself took nine hours, officials said, as ballot boxes from the outlying wards were the last to arrive at the arena late in the night after a long delay.\n";
        let d = dropped(text);
        assert_eq!(
            d,
            [
                None,
                Some(Dropped::TeaserHeading),
                Some(Dropped::Teaser),
                Some(Dropped::Teaser),
                None
            ]
        );
    }

    #[test]
    fn furniture_is_dropped_and_articles_are_kept() {
        let d = dropped("Story continues below advertisement\nThe storm hit at 2am.\nRelatedly, more homes flooded.\n");
        assert_eq!(d, [Some(Dropped::Furniture), None, None]);
    }

    #[test]
    fn timestamps_and_share_buttons_match_the_default_patterns() {
        let d = dropped(
            "The storm hit at 2am.\n1:02:45\nShare this story\nShare prices fell 3% on Monday.\n",
        );
        assert_eq!(
            d,
            [None, Some(Dropped::Pattern), Some(Dropped::Pattern), None]
        );
    }

    #[test]
    fn bylines_are_dropped_and_sentences_opening_with_by_are_kept() {
        let d = dropped(
            "By Jana Moravec, Crime Reporter
By Mirela Santov | The Corvalle Daily Ledger
By Tobias Grahn
By Friday, 40 homes had flooded.
By Monday the river had fallen
",
        );
        assert_eq!(
            d,
            [
                Some(Dropped::Pattern),
                Some(Dropped::Pattern),
                Some(Dropped::Pattern),
                None,
                None
            ]
        );
    }

    #[test]
    fn credit_lines_are_dropped() {
        let d = dropped("The storm hit at 2am.\nDistributed by Coast Wire. Reproduction prohibited.\n(Reporting by Ana Ruiz; Editing by Tom Hale)\nCopyright 2025 The Echo.\n");
        assert_eq!(
            d,
            [
                None,
                Some(Dropped::Credit),
                Some(Dropped::Credit),
                Some(Dropped::Credit),
                Some(Dropped::Credit)
            ]
        );
    }
}

//! Saved web pages: the article's text is taken out of the page with
//! dom_smoothie (a port of Mozilla's Readability, which drops navigation,
//! adverts and related-story blocks), its metadata read from the page
//! (`og:title`, `og:site_name`, `article:published_time`, JSON-LD
//! `datePublished`, else the first `<time datetime>`), and each line of the
//! text is anchored to where it stands in the HTML, so findings cite the
//! original file.

use std::path::Path;

use dom_smoothie::{Config, Readability, TextMode};

use super::{parse_published, Anchor, Metadata};
use crate::segment::LineIndex;

/// Whether `path` names a saved web page.
pub(super) fn is_html(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// What a page yields: its article text, metadata, where each text line
/// stands in the page, and notes for the user.
pub(super) struct Page {
    pub text: String,
    pub meta: Metadata,
    pub origin: Vec<Anchor>,
    pub notes: Vec<String>,
}

/// Reads the article out of a page's HTML.
pub(super) fn read(html: &str) -> Result<Page, String> {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let mut readability = Readability::new(html, None, Some(config))
        .map_err(|e| format!("cannot parse the page: {e}"))?;
    // Readability's quick test wants a paragraph of 140 characters or more;
    // news pages written in short paragraphs fail it, so it only decides
    // whether the parsed text must prove itself to be prose.
    let quick_test_passed = readability.is_probably_readable();
    let article = readability
        .parse()
        .map_err(|e| format!("no article text found in the page: {e}"))?;
    if !quick_test_passed && !is_prose(&article.text_content) {
        return Err(
            "no article text found in the page (only navigation, adverts or page furniture)".into(),
        );
    }
    let mut lines: Vec<String> = Vec::new();
    let title = article.title.trim();
    if !title.is_empty() {
        lines.push(title.to_string());
    }
    lines.extend(
        article
            .text_content
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty()),
    );
    let text = lines.join("\n") + "\n";
    let mut notes = Vec::new();
    let published = article
        .published_time
        .clone()
        .or_else(|| time_datetime(html))
        .and_then(|written| match parse_published(&written) {
            Ok(date) => Some(date),
            Err(message) => {
                notes.push(format!(
                    "the page's publication date is unusable: {message}"
                ));
                None
            }
        });
    let meta = Metadata {
        title: (!title.is_empty()).then(|| title.to_string()),
        outlet: article.site_name.clone().filter(|s| !s.trim().is_empty()),
        url: None,
        published,
    };
    Ok(Page {
        origin: anchors(html, &lines),
        text,
        meta,
        notes,
    })
}

/// Whether a page's extracted text reads as an article: at least
/// `MIN_PROSE_WORDS` words in lines that are sentences (eight words or more,
/// ending as a sentence ends). Menus, link lists, adverts and footers are
/// short lines or no sentences at all.
fn is_prose(text: &str) -> bool {
    let prose_words: usize = text
        .lines()
        .map(str::trim)
        .filter(|line| line.ends_with(['.', '!', '?', '"', '\u{201d}', '\u{2019}']))
        .map(|line| line.split_whitespace().count())
        .filter(|&words| words >= 8)
        .sum();
    prose_words >= MIN_PROSE_WORDS
}

/// The fewest words of sentences that make a page an article: three short
/// news paragraphs.
const MIN_PROSE_WORDS: usize = 60;

/// The first `<time datetime="...">` in the page.
fn time_datetime(html: &str) -> Option<String> {
    let at = html.find("<time")?;
    let tag_end = html[at..].find('>')? + at;
    let tag = &html[at..tag_end];
    let value_at = tag.find("datetime=")? + "datetime=".len();
    let rest = &tag[value_at..];
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = rest[1..].split(quote).next()?;
    Some(value.to_string())
}

/// For each text line, where it starts in the HTML: found by the longest
/// plain run (letters, digits, spaces) it opens with, searched from the
/// previous line's place onward. A line not found takes the previous line's
/// place, so positions never run backwards.
fn anchors(html: &str, lines: &[String]) -> Vec<Anchor> {
    let index = LineIndex::new(html);
    let mut from = 0;
    let mut last = Anchor { line: 1, column: 1 };
    lines
        .iter()
        .map(|line| {
            let plain: String = line
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == ' ')
                .take(40)
                .collect();
            let probe = plain.trim_end();
            if probe.chars().count() >= 8 {
                if let Some(found) = html.get(from..).and_then(|rest| rest.find(probe)) {
                    let at = from + found;
                    let (line, column) = index.locate(html, at);
                    from = at + probe.len();
                    last = Anchor { line, column };
                }
            }
            last
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html>
<html><head>
<title>Floods hit Tornvik | The Herald</title>
<meta property="og:title" content="Floods hit Tornvik">
<meta property="og:site_name" content="The Herald">
<meta property="article:published_time" content="2025-03-04T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="ad">Story continues below advertisement</div>
<article>
<h1>Floods hit Tornvik</h1>
<p>Floods struck the river town of Tornvik on 3 March 2025 after a week of heavy rain, and the council said the water was still rising on Tuesday evening.</p>
<p>About 400 residents of Tornvik were evacuated from the low streets near the river, according to the regional fire service, which sent boats from two neighbouring towns.</p>
<p>The mayor, Ana Ruiz, said repairs would cost at least $12 million and that the town would need help from the national government to rebuild its flood wall.</p>
</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Storm closes ferry to Brekka</a></li></ul></aside>
<footer>Copyright 2025 The Herald</footer>
</body></html>
"#;

    #[test]
    fn a_page_of_navigation_adverts_and_footer_has_no_article() {
        let html = "<!doctype html><html><head><title>Port Lenning Gazette</title></head><body>\
            <nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>\
            <div class=\"ad\">Advertisement: the best boots in Port Lenning, only 40 pounds.</div>\
            <footer><p>Copyright 2025 Port Lenning Gazette.</p><p>12 Harbour Street.</p></footer>\
            </body></html>";
        let err = read(html).err().expect("no article in it");
        assert!(err.contains("no article text"), "{err}");
    }

    #[test]
    fn a_page_of_short_paragraphs_is_read() {
        let paragraph = |n: usize| {
            format!(
                "<p>Paragraph {n} says the Holmbury bakery was fined after a customer fell ill, the court heard.</p>"
            )
        };
        let body: String = (1..=6).map(paragraph).collect::<Vec<_>>().join("\n");
        let html = format!(
            "<html><head><title>Bakery fined</title></head><body>\
             <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
             <div><h1>Bakery fined</h1>\n{body}\n</div>\
             <footer><p>Cookie settings</p><p>Subscribe</p></footer></body></html>"
        );
        let page = read(&html).expect("six short paragraphs are an article");
        for n in 1..=6 {
            assert!(
                page.text.contains(&format!("Paragraph {n} says")),
                "{}",
                page.text
            );
        }
        assert!(!page.text.contains("Cookie settings"), "{}", page.text);
    }

    #[test]
    fn prose_is_enough_words_in_sentence_lines() {
        let sentence = "The bakery was fined after a customer fell ill, the court heard.\n";
        assert!(is_prose(&sentence.repeat(6)));
        assert!(!is_prose(&sentence.repeat(2)));
        // Menus and short lines are no sentences, however many.
        assert!(!is_prose(&"Home\nNews\nSport\nSubscribe now.\n".repeat(20)));
    }

    #[test]
    fn the_article_and_its_metadata_are_read_and_anchored_in_the_page() {
        let page = read(PAGE).unwrap();
        assert!(
            page.text
                .contains("About 400 residents of Tornvik were evacuated"),
            "{}",
            page.text
        );
        assert!(!page.text.contains("Sport"), "{}", page.text);
        assert_eq!(page.meta.outlet.as_deref(), Some("The Herald"));
        assert_eq!(
            page.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2025-03-04")
        );
        let line = page
            .text
            .lines()
            .position(|l| l.starts_with("About 400"))
            .unwrap();
        // The paragraph is on line 13 of the page, after "<p>".
        assert_eq!(
            page.origin[line],
            Anchor {
                line: 13,
                column: 4
            }
        );
    }

    #[test]
    fn a_time_element_dates_a_page_without_meta_tags() {
        assert_eq!(
            time_datetime(r#"<p>Posted <time datetime="2025-03-04">Tuesday</time></p>"#).as_deref(),
            Some("2025-03-04")
        );
    }
}

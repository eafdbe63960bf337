use super::*;
use crate::normalise::tokens::tokenize;

fn published() -> Option<Date> {
    Some(Date::new(2025, 8, 19).unwrap()) // a Tuesday
}

fn one(text: &str) -> String {
    let dates = find_dates(&tokenize(text), published());
    assert_eq!(dates.len(), 1, "{text}: {dates:?}");
    dates[0].span.map_or("unresolved".into(), |s| s.display())
}

fn none(text: &str) {
    let dates = find_dates(&tokenize(text), published());
    assert!(dates.is_empty(), "{text}: {dates:?}");
}

/// Found by the `normalise` fuzz target: a count past what a calendar
/// holds panicked inside jiff; it names no date.
#[test]
fn a_count_of_years_no_calendar_holds_is_no_date() {
    for text in [
        "it began 99999999999 years ago",
        "some 5000000000 days ago",
        "9999999999999 months ago it was",
        "400000000000 weeks ago",
    ] {
        let dates = find_dates(&tokenize(text), published());
        assert!(dates.iter().all(|d| d.span.is_none()), "{text}: {dates:?}");
    }
}

#[test]
fn absolute_dates() {
    assert_eq!(one("on August 18, 2025 at noon"), "2025-08-18");
    assert_eq!(one("on Aug. 18 at noon"), "2025-08-18");
    assert_eq!(one("on 18 August 2025"), "2025-08-18");
    assert_eq!(one("on 2025-08-18 at noon"), "2025-08-18");
    assert_eq!(one("since Feb. 24, 2022 the war"), "2022-02-24..2025-08-19");
    // Two months of two years joined are one span of months; "and" joins
    // them only after "between".
    assert_eq!(
        one("between June 2023 and December 2024 inspectors"),
        "2023-06-01..2024-12-31"
    );
    assert_eq!(
        one("from June 2023 to December 2024"),
        "2023-06-01..2024-12-31"
    );
    assert_eq!(
        find_dates(&tokenize("in June 2023 and December 2024"), None).len(),
        2
    );
    assert_eq!(one("in February 2022 it began"), "2022-02");
    assert_eq!(one("it began in 2022 with"), "2022");
    assert_eq!(
        one("not since December 2019 have they"),
        "2019-12-01..2025-08-19"
    );
    assert_eq!(one("by mid-August the"), "2025-08-10..2025-08-20");
    assert_eq!(
        one("in the fourth quarter of 2026 sales"),
        "2026-10-01..2026-12-31"
    );
    assert_eq!(
        one("reaching 7.8 per cent in 2025 Q2"),
        "2025-04-01..2025-06-30"
    );
}

#[test]
fn relative_dates_resolve_against_publication() {
    assert_eq!(one("said on Monday that"), "2025-08-18");
    assert_eq!(one("said on Tuesday that"), "2025-08-19");
    assert_eq!(one("met Putin in Alaska on Friday"), "2025-08-15");
    assert_eq!(one("will meet on Friday"), "2025-08-22");
    assert_eq!(one("they meet next Monday"), "2025-08-25");
    assert_eq!(one("it happened yesterday"), "2025-08-18");
    assert_eq!(one("it happened last week"), "2025-08-11..2025-08-17");
    assert_eq!(one("it happened last month"), "2025-07");
    assert_eq!(one("it happened last year"), "2024");
    assert_eq!(one("found them in March last year and"), "2024-03");
    assert_eq!(one("it shut in May this year"), "2025-05");
    assert_eq!(one("last year's strike was longer"), "2024");
    assert_eq!(one("earlier this year he said"), "2025-01-01..2025-08-19");
    assert_eq!(one("earlier this summer he said"), "2025-06-01..2025-08-19");
    assert_eq!(one("they meet next week"), "2025-08-25..2025-08-31");
    assert_eq!(
        one("a meeting in the coming weeks"),
        "2025-08-19..2025-09-16"
    );
    assert_eq!(one("talks resumed since May and"), "2025-05-01..2025-08-19");
    assert_eq!(one("it opened three years ago"), "2021-01-01..2023-12-31");
    assert_eq!(one("it opened a year ago"), "2024");
    none("barriers before the next spring tide arrive");
}

#[test]
fn without_publication_relative_dates_stay_unresolved() {
    let dates = find_dates(&tokenize("said on Monday that"), None);
    assert_eq!(dates.len(), 1);
    assert!(dates[0].relative && dates[0].span.is_none());
    let dates = find_dates(&tokenize("on August 18, 2025"), None);
    assert_eq!(
        dates[0].span.map(|s| s.display()).as_deref(),
        Some("2025-08-18")
    );
}

#[test]
fn things_that_are_not_dates() {
    none("They may agree to it.");
    none("The march went on.");
    none("A video of 2:01 length.");
    none("Help is there 24/7.");
    none("They won 3-1.");
    none("Some 2000 people came.");
}

/// Every date read in `text`, as explain prints it.
fn all(text: &str) -> Vec<String> {
    find_dates(&tokenize(text), published())
        .iter()
        .map(|d| d.span.map_or("unresolved".into(), |s| s.display()))
        .collect()
}

#[test]
fn ordinal_days_in_every_order() {
    assert_eq!(one("signed on March 3rd, 2015 in Geneva"), "2015-03-03");
    assert_eq!(one("on 15th February the"), "2025-02-15");
    assert_eq!(one("on the 15th of February the"), "2025-02-15");
    assert_eq!(one("dated February the 15th, 2019"), "2019-02-15");
    assert_eq!(one("on the twenty-first of June 2019"), "2019-06-21");
    assert_eq!(one("struck on March third 2015"), "2015-03-03");
    // The month of publication, or the one before in a past sentence.
    assert_eq!(one("paid on the 15th."), "2025-08-15");
    assert_eq!(one("paid on the 28th."), "2025-07-28");
    assert_eq!(one("will be paid on the 1st."), "2025-09-01");
    none("the fire started on the 15th floor");
    none("a church from the 15th century");
}

#[test]
fn counts_in_digits_or_words_with_ago_and_in() {
    assert_eq!(one("it came 7 days ago"), "2025-08-12");
    assert_eq!(one("it came seven days ago"), "2025-08-12");
    assert_eq!(one("the vote is in 7 days"), "2025-08-26");
    assert_eq!(one("they will meet in three months"), "2025-11");
    assert_eq!(one("due 5 days from now"), "2025-08-24");
    assert_eq!(one("a ruling within two weeks"), "2025-08-19..2025-09-05");
    none("the highest level in 10 years");
    none("prices have doubled in five years");
    none("in 10 days of fighting");
    // "later" counts from the date the sentence gave, not publication.
    assert_eq!(
        all("seized on March 3, and two days later it fell"),
        ["2025-03-03", "2025-03-05"]
    );
    assert_eq!(one("three days later it fell"), "unresolved");
}

#[test]
fn lower_case_months_only_beside_a_day_or_year() {
    assert_eq!(one("the vote on march 3, lawmakers said"), "2025-03-03");
    assert_eq!(one("arrived in march 2015 at"), "2015-03");
    assert_eq!(one("set for may 4, 2026."), "2026-05-04");
    assert_eq!(one("the deadline of 3 march, they said"), "2025-03-03");
    none("prices may rise");
    none("they march on the capital");
    assert_eq!(all("they will march on Monday"), ["2025-08-25"]);
    // The sentence's future is not the date's when a past verb governs it.
    assert_eq!(
        all("the school will close after the board voted to shut it on Monday night"),
        ["2025-08-18"]
    );
    assert_eq!(all("the school will be closed on Monday"), ["2025-08-25"]);
    // A participle after a verb of state takes that verb's time.
    assert_eq!(
        all("a spokeswoman said the park would stay closed on Monday"),
        ["2025-08-25"]
    );
    assert_eq!(all("the park remained closed on Monday"), ["2025-08-18"]);
    assert_eq!(
        all("workers staged a four-hour walkout on Monday, before the plant would shut"),
        ["2025-08-18"]
    );
    assert_eq!(
        all("the final had been due to take place on Monday"),
        ["2025-08-18"]
    );
    // Function words do not use up the reach back to the past verb.
    assert_eq!(
        all("she told a meeting for the staff of the harbour office in Tarrow on Monday that it would shut"),
        ["2025-08-18"]
    );
    assert_eq!(all("the march 3 years ago"), ["2021-01-01..2023-12-31"]);
}

#[test]
fn numeric_dates() {
    assert_eq!(one("dated 3/3/2015 were"), "2015-03-03");
    assert_eq!(one("dated 25/12/2019."), "2019-12-25");
    assert_eq!(one("due 10/31/1974 it"), "1974-10-31");
    assert_eq!(one("dated 4/5/2021 it"), "2021-04-05");
    assert_eq!(one("filed 7/14/22 it"), "2022-07-14");
    assert_eq!(one("filed 7/14/98 it"), "1998-07-14");
    assert_eq!(one("reviewed in 2/2013."), "2013-02");
    assert_eq!(one("the figures for 2014-10 were"), "2014-10");
    assert_eq!(one("signed on 2015-3-3 in"), "2015-03-03");
    assert_eq!(one("signed on 31.12.2020 it"), "2020-12-31");
    assert_eq!(one("in 2024-25 the club"), "2024-01-01..2025-12-31");
    none("a 3/4 majority");
    none("3/4 of voters");
    none("the 2024-25 season");
    none("the 2011-12 season");
    none("issued on 2023-02-30.");
    none("32/13/2020 is no date");
}

#[test]
fn quarters_and_halves() {
    assert_eq!(one("sales rose this quarter."), "2025-07-01..2025-09-30");
    assert_eq!(one("sales rise next quarter."), "2025-10-01..2025-12-31");
    assert_eq!(one("sales fell last quarter."), "2025-04-01..2025-06-30");
    assert_eq!(one("in the 3rd quarter."), "2025-07-01..2025-09-30");
    assert_eq!(one("third-quarter profits rose"), "2025-07-01..2025-09-30");
    assert_eq!(
        one("in the last quarter of 2024."),
        "2024-10-01..2024-12-31"
    );
    assert_eq!(one("in the first half of 2024."), "2024-01-01..2024-06-30");
    none("in the first half of the match");
}

#[test]
fn one_set_of_modifiers_for_every_unit() {
    for (text, value) in [
        ("over the past week.", "2025-08-11..2025-08-17"),
        ("in the previous week.", "2025-08-11..2025-08-17"),
        ("during the current week.", "2025-08-18..2025-08-24"),
        ("the following week.", "2025-08-25..2025-08-31"),
        ("the current year.", "2025"),
        ("the previous month.", "2025-07"),
        ("the coming year.", "2025"),
        ("this past weekend.", "2025-08-16..2025-08-17"),
        ("over the past two weeks.", "2025-08-04..2025-08-17"),
        ("the next three months.", "2025-09-01..2025-11-30"),
        ("in the last two years.", "2023-01-01..2024-12-31"),
        ("in the past 10 days.", "2025-08-09..2025-08-18"),
    ] {
        assert_eq!(one(text), value, "{text}");
    }
    // "the following year" follows the sentence's own date.
    assert_eq!(
        all("elected in 2010 and gone the following year."),
        ["2010", "2011"]
    );
    none("the last week of the talks");
}

#[test]
fn phrases_of_several_parts_are_read_whole() {
    assert_eq!(one("the day after tomorrow."), "2025-08-21");
    assert_eq!(one("the day before yesterday."), "2025-08-17");
    assert_eq!(one("the last Monday of March."), "2025-03-31");
    assert_eq!(one("the first Tuesday of November 2023."), "2023-11-07");
    assert_eq!(one("the last day of October 2015."), "2015-10-31");
    assert_eq!(one("on Monday, August 18, 2025."), "2025-08-18");
    assert_eq!(one("on Saturday the 16th."), "2025-08-16");
    assert_eq!(one("on Friday after next."), "2025-08-29");
    assert_eq!(one("on Wednesday of next week."), "2025-08-27");
    assert_eq!(one("the week of August 4."), "2025-08-04..2025-08-10");
    assert_eq!(one("from July 13 to 15."), "2025-07-13..2025-07-15");
    assert_eq!(one("held 13-15 September."), "2025-09-13..2025-09-15");
    assert_eq!(one("in mid-2024, it"), "2024-05-01..2024-08-31");
    assert_eq!(one("in the spring of 2024."), "2024-03-01..2024-05-31");
    assert_eq!(one("on the first of next month."), "2025-09-01");
    assert_eq!(one("on Christmas Eve 2024."), "2024-12-24");
}

#[test]
fn a_date_without_a_year_falls_near_publication() {
    let at = |text: &str, p: Date| {
        let dates = find_dates(&tokenize(text), Some(p));
        dates[0].span.map(|s| s.display()).unwrap_or_default()
    };
    let january = Date::new(2026, 1, 7).unwrap();
    assert_eq!(at("the plant shut in December.", january), "2025-12");
    assert_eq!(at("talks will resume in December.", january), "2026-12");
    let november = Date::new(2023, 11, 2).unwrap();
    assert_eq!(at("it will open on January 20.", november), "2024-01-20");
    assert_eq!(at("it opened on January 20.", november), "2023-01-20");
    // A year named from the publication's is that year.
    assert_eq!(
        at("he was arrested on 14 March last year.", november),
        "2022-03-14"
    );
    assert_eq!(at("it reopens on 2 May next year.", november), "2024-05-02");
    assert_eq!(
        at("revenue fell in the fourth quarter.", january),
        "2025-10-01..2025-12-31"
    );
}

/// Whatever the words and however near the calendar's edges the
/// publication date lies, the reader neither panics nor points past the
/// sentence.
#[test]
fn no_panic_at_the_edges_of_the_calendar() {
    let words = "the day after tomorrow last Monday of March 3rd , 2015 15th February \
        the 31st of 9999 -9999 99999999999 years ago in 99999999999 quarters next \
        99999999999 years past 99999999999 quarters Friday after next week of \
        Dec 31 - Jan 1 , 12/31/99 31.12.9999 2200-12 2199-00 Q4 2200 third-quarter \
        Christmas Eve mid - 2200 late December the first half of 2200 spring of 1000 \
        in the coming weeks since May on the 31st two days later the following year";
    let tokens = tokenize(words);
    for p in [
        None,
        Some(Date::MIN),
        Some(Date::MAX),
        Some(Date::new(2024, 2, 29).unwrap()),
    ] {
        for start in 0..tokens.len() {
            for end in start..=tokens.len().min(start + 8) {
                let window = &tokens[start..end];
                for d in find_dates(window, p) {
                    assert!(d.first < d.last && d.last <= window.len(), "{d:?}");
                }
            }
        }
    }
}

/// A weekday in a past-told clause lies behind publication, whatever plan
/// another clause of the sentence speaks of; a future-told one lies ahead.
#[test]
fn a_weekday_takes_the_tense_of_its_own_clause() {
    let firsts = |text: &str| all(text).into_iter().next().unwrap();
    // Publication is Tuesday 19 August.
    assert_eq!(
        firsts("By Sunday evening, 23 residents had registered, and the inspector has set aside Thursday to hear them."),
        "2025-08-17"
    );
    assert_eq!(
        firsts("The trust did not halt planned surgery until Monday."),
        "2025-08-18"
    );
    assert_eq!(
        firsts("By Monday, the council will have repaired the road."),
        "2025-08-25"
    );
    assert_eq!(
        firsts("On Friday the board, which had approved the plan, will meet again."),
        "2025-08-22"
    );
    // A word shaped like a past form that is none, or a participle
    // qualifying a noun, tells no tense; the nearest verb before the date
    // does.
    assert_eq!(
        firsts("On Friday, a hundred residents will march."),
        "2025-08-22"
    );
    assert_eq!(
        firsts("On Monday, the delayed vote will go ahead."),
        "2025-08-25"
    );
    assert_eq!(
        firsts("The trust did not confirm whether surgery will resume on Monday."),
        "2025-08-25"
    );
}

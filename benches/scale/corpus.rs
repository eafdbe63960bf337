//! A deterministic benchmark corpus: stories told by several outlets in their
//! own words, syndicated copies with small edits, planted contradictions of
//! every claim kind, and the ground truth: for each planted contradiction,
//! the documents that give the wrong value and those that give the right one.
//!
//! Every story gets its own invented names, so nothing from two stories should
//! ever be paired; the same facts are phrased several ways, so agreement in
//! other words must stay silent.

use std::fmt::Write as _;

use crate::months::MONTHS;
use crate::rng::Rng;

/// One document of the corpus, as a JSONL record carries it.
pub struct Doc {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub published: String,
    pub text: String,
}

/// A planted contradiction: every document of `wrong` disagrees with every
/// document of `right` on one claim of `kind`.
pub struct Planted {
    pub kind: &'static str,
    /// What was changed, for people reading the truth file and the misses.
    pub fact: String,
    /// A piece of text the changed sentence carries, to find it again when
    /// a miss is printed ("" when unknown).
    pub needle: String,
    pub wrong: Vec<String>,
    pub right: Vec<String>,
}

/// The corpus and what must be found in it.
pub struct Corpus {
    pub docs: Vec<Doc>,
    pub planted: Vec<Planted>,
}

const SYLLABLES: &[&str] = &[
    "ka", "ren", "mo", "lis", "tor", "vel", "an", "bri", "dun", "sa", "mer", "go", "thal", "ri",
    "pen", "os", "cal", "va", "nor", "et", "il", "ba", "dor", "fen", "gar", "hol", "ju", "kle",
    "lo", "mun", "ne", "pra", "qui", "rus", "sel", "tam", "ur", "vis", "wen", "zo",
];

const GIVEN: &[&str] = &[
    "Amara", "Bruno", "Celia", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
    "Kerstin", "Lukas", "Marta", "Nikolai", "Olga", "Pavel", "Rosa", "Stefan", "Tamsin", "Umar",
    "Vera", "Wilhelm", "Yara", "Zoltan",
];

pub(crate) const OUTLETS: &[&str] = &[
    "Courier",
    "Gazette",
    "Herald",
    "Wire",
    "Post",
    "Chronicle",
    "Ledger",
    "Observer",
    "Tribune",
    "Standard",
    "Dispatch",
    "Bulletin",
];

/// A made-up word unique to (story, slot), spelled in syllables, so that no
/// two stories share a name.
pub(crate) fn invented(story: usize, slot: usize) -> String {
    let n = story * 8 + slot;
    // Three syllables take 40^3 = 64,000 values; a prime multiplier scatters
    // neighbours over them, and larger numbers grow a fourth syllable.
    let base = SYLLABLES.len();
    let space = base * base * base;
    let mut digits = (n % space) * 7_919 % space;
    let mut word = String::new();
    for _ in 0..3 {
        word.push_str(SYLLABLES[digits % base]);
        digits /= base;
    }
    if n >= space {
        word.push_str(SYLLABLES[(n / space) % base]);
    }
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The facts of one story, with the values every faithful outlet reports.
struct Story {
    index: usize,
    kind: StoryKind,
    place: String,
    lead_person: (String, String),
    other_person: (String, String),
    organisation: String,
    day: usize,
    month: usize,
    year: usize,
    figure: u64,
    second_figure: u64,
    population: u64,
    quote: String,
}

#[derive(Clone, Copy)]
enum StoryKind {
    Flood,
    Takeover,
    Strike,
}

/// What one outlet's version of a story changes: nothing, or one fact.
#[derive(Clone, Copy, PartialEq)]
enum Twist {
    Faithful,
    Figure,
    Date,
    Speaker,
    Role,
}

impl Twist {
    fn kind(self) -> &'static str {
        match self {
            Twist::Faithful => "none",
            Twist::Figure => "figure",
            Twist::Date => "date",
            Twist::Speaker => "attribution",
            Twist::Role => "role",
        }
    }
}

const QUOTE_OPENINGS: &[&str] = &[
    "We owe it to every family",
    "Nobody in this town",
    "Our first duty now",
    "What matters most this week",
    "The people I spoke to today",
    "Every crew we have",
    "This community has shown",
    "I have asked the whole team",
];
const QUOTE_MIDDLES: &[&str] = &[
    "to keep working through the night",
    "to stay patient while the checks go on",
    "to speak plainly about what went wrong",
    "to rebuild what was lost",
    "to keep every promise made this morning",
    "to put the safety of workers first",
    "to listen before we decide",
    "to be honest about the weeks ahead",
];

impl Story {
    fn new(index: usize, rng: &mut Rng) -> Self {
        let kind = match rng.below(3) {
            0 => StoryKind::Flood,
            1 => StoryKind::Takeover,
            _ => StoryKind::Strike,
        };
        let person = |rng: &mut Rng, slot| (rng.pick(GIVEN).to_string(), invented(index, slot));
        let lead_person = person(rng, 1);
        let mut other_person = person(rng, 2);
        while other_person.0 == lead_person.0 {
            other_person.0 = rng.pick(GIVEN).to_string();
        }
        let (figure, second_figure) = match kind {
            StoryKind::Flood => (20 + rng.below(300) as u64, 200 + rng.below(4000) as u64),
            StoryKind::Takeover => (2 + rng.below(40) as u64, 10 + rng.below(40) as u64),
            StoryKind::Strike => (1_000 + rng.below(30) as u64 * 500, 3 + rng.below(9) as u64),
        };
        let quote = format!(
            "{} {} in {}",
            rng.pick(QUOTE_OPENINGS),
            rng.pick(QUOTE_MIDDLES),
            invented(index, 0)
        );
        Story {
            index,
            kind,
            place: invented(index, 0),
            lead_person,
            other_person,
            organisation: invented(index, 3),
            day: 1 + rng.below(25),
            month: rng.below(12),
            year: 2024 + rng.below(2),
            figure,
            second_figure,
            population: 10_000 + rng.below(90) as u64 * 1_000,
            quote,
        }
    }

    fn date(&self, shift: usize) -> String {
        format!("{} {} {}", self.day + shift, MONTHS[self.month], self.year)
    }

    fn published(&self, days_later: usize) -> String {
        format!(
            "{}-{:02}-{:02}",
            self.year,
            self.month + 1,
            self.day + 1 + days_later
        )
    }

    /// The fact sentences one outlet writes, in its own phrasing (`style`),
    /// with `twist` applied.
    fn facts(&self, twist: Twist, style: usize, rng: &mut Rng) -> Vec<(usize, String)> {
        let (lead_given, lead_surname) = &self.lead_person;
        let (other_given, other_surname) = &self.other_person;
        let place = &self.place;
        let org = &self.organisation;
        let figure = if twist == Twist::Figure {
            self.figure + 1 + self.figure / 4
        } else {
            self.figure
        };
        let date = self.date(usize::from(twist == Twist::Date));
        let speaker = if twist == Twist::Speaker {
            other_surname
        } else {
            lead_surname
        };
        let former = if twist == Twist::Role { "former " } else { "" };
        let quote = &self.quote;
        let mut facts = match self.kind {
            StoryKind::Flood => vec![
                [
                    format!("The floods struck {place} on {date}, after two days of rain."),
                    format!("Rivers around {place} broke their banks on {date}."),
                ][style % 2]
                    .clone(),
                [
                    format!("Repairs in {place} are expected to cost ${figure} million, the council said."),
                    format!("The council put the cost of the damage in {place} at {figure} million dollars."),
                ][style % 2]
                    .clone(),
                [
                    format!("About {} residents of {place} were evacuated.", group(self.second_figure)),
                    format!("Roughly {} people were evacuated from their homes in {place}.", group(self.second_figure)),
                ][style % 2]
                    .clone(),
                format!("{lead_given} {lead_surname}, the {former}mayor of {place}, visited the worst-hit streets."),
                format!("\"{quote},\" {speaker} said."),
                format!("{other_given} {other_surname}, who leads the volunteer rescue teams, said boats were still out."),
            ],
            StoryKind::Takeover => vec![
                [
                    format!("{org} Holdings agreed on {date} to buy the {place} Group."),
                    format!("The takeover of the {place} Group by {org} Holdings was announced on {date}."),
                ][style % 2]
                    .clone(),
                [
                    format!("The deal values the {place} Group at ${figure} billion."),
                    format!("{org} Holdings will pay {figure} billion dollars for the {place} Group."),
                ][style % 2]
                    .clone(),
                [
                    format!("The offer is a premium of {}% on the closing share price.", self.second_figure),
                    format!("The price carries a {} per cent premium over the last close.", self.second_figure),
                ][style % 2]
                    .clone(),
                format!("{lead_given} {lead_surname}, the {former}chief executive of {org} Holdings, defended the price."),
                format!("\"{quote},\" {speaker} said."),
                format!("{other_given} {other_surname}, who chairs the {place} Group, backed the offer."),
            ],
            StoryKind::Strike => vec![
                [
                    format!("Members of the {org} Union walked out on {date}."),
                    format!("The strike by the {org} Union began on {date}."),
                ][style % 2]
                    .clone(),
                [
                    format!("The {org} Union has {} members.", group(figure)),
                    format!("Some {} workers belong to the {org} Union.", group(figure)),
                ][style % 2]
                    .clone(),
                [
                    format!("Employers in {place} have offered a pay rise of {}%.", self.second_figure),
                    format!("The pay offer on the table in {place} stands at {} per cent.", self.second_figure),
                ][style % 2]
                    .clone(),
                format!("{lead_given} {lead_surname}, the {former}general secretary of the {org} Union, addressed the picket line."),
                format!("\"{quote},\" {speaker} said."),
                format!("{other_given} {other_surname}, who speaks for the employers in {place}, said talks would resume."),
            ],
        };
        facts.push(format!(
            "{place} is a town of about {} people.",
            group(self.population)
        ));
        // Not every outlet reports every fact; every one quotes.
        facts
            .into_iter()
            .enumerate()
            .filter(|(index, _)| *index == QUOTE_FACT || rng.chance(90))
            .collect()
    }
}

/// Which fact sentence each twist changes, by its place in `Story::facts`.
const DATE_FACT: usize = 0;
const FIGURE_FACT: usize = 1;
const ROLE_FACT: usize = 3;
const QUOTE_FACT: usize = 4;

impl Twist {
    fn fact(self) -> Option<usize> {
        match self {
            Twist::Faithful => None,
            Twist::Figure => Some(FIGURE_FACT),
            Twist::Date => Some(DATE_FACT),
            Twist::Speaker => Some(QUOTE_FACT),
            Twist::Role => Some(ROLE_FACT),
        }
    }
}

/// "12,400": thousands grouped as newspapers write them.
pub(crate) fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Sentences that carry no checkable claim: the colour that fills a story.
pub(crate) const FILLER: &[&str] = &[
    "Local officials said the situation in {place} remained tense but calm.",
    "Shops along the main street of {place} stayed shut for much of the day.",
    "Several neighbours described a long night of waiting for news.",
    "Analysts said the coming weeks would show whether the plan could hold.",
    "The regional government promised to publish a full account later.",
    "Residents of {place} gathered outside the community hall in the evening.",
    "Critics said the warning signs had been visible for some time.",
    "A spokesperson declined to comment further on the details.",
    "Television pictures showed crowds waiting outside the offices in {place}.",
    "Opposition politicians called for an independent review of the response.",
    "The mood among those waiting outside was described as anxious.",
    "Further statements were expected once the meetings had ended.",
    "Schools in {place} told parents to check for updates each morning.",
    "People in {place} said they had never seen anything like it.",
    "Business groups warned that uncertainty would weigh on local firms.",
    "Church volunteers handed out blankets and hot drinks to families.",
    "Officials in {place} urged people to avoid travelling unless their journey was essential.",
    "A helpline set up in {place} took calls from worried relatives throughout the afternoon.",
    "Commentators noted that similar disputes had taken months to resolve in the past.",
    "Volunteers from neighbouring towns arrived with vans full of supplies and equipment.",
    "Several councillors said they would press for answers at the next public meeting.",
    "Local radio stations broadcast updates on closures and diversions every half hour.",
    "The main road into {place} was closed while inspectors checked the surface.",
    "Younger residents organised lifts for older neighbours who could not drive themselves.",
    "Unions and employers' groups both said they wanted a quick and fair outcome.",
    "Some families said they felt forgotten by the authorities in the capital.",
    "Market traders in {place} packed up early as the crowds thinned out.",
    "A former official said the lessons of earlier crises had not been learned.",
    "The chamber of commerce asked members to report losses so they could be tallied.",
    "Observers expected the story to dominate the next session of the regional assembly.",
    "Photographs shared online showed long queues at the main bus station.",
    "Residents said the coming weekend would be a test of how well the town could cope.",
    "Neighbouring councils offered help and said they stood ready to send staff at short notice.",
    "A local historian recalled that the town had faced hard times before and recovered each time.",
    "Teachers said pupils had been asking questions about what was happening and why.",
    "Several businesses put up notices explaining that opening hours would change for a while.",
    "The local newspaper opened its letters page to readers who wanted to share their experiences.",
    "Religious leaders in {place} called for calm and for patience with those in charge.",
    "Engineers were seen inspecting buildings along the riverside and near the old market square.",
    "A charity said it had seen a sharp rise in calls from people unsure of where to turn.",
    "Some residents complained that information had been slow to arrive and hard to follow.",
    "Officials promised regular briefings and said questions from the public would be answered.",
    "Pensioners gathered at the library, which stayed open late so that people could keep warm.",
    "Drivers were told to expect delays on the ring road around {place} for the rest of the week.",
    "The mood in the cafes of {place} was subdued, with talk of little else.",
    "Commentators in the capital said the episode raised wider questions about planning.",
    "Local sports clubs postponed their fixtures and offered their grounds as meeting points.",
    "Volunteers set up a board where families could leave messages for one another.",
    "The regional broadcaster extended its evening bulletin to cover events in {place}.",
    "A spokesperson for the chamber of commerce said firms wanted clarity above all.",
];

/// One outlet's article: its facts in its own order, padded with filler to a
/// newspaper's length, under a headline, with the outlet's footer.
/// Also returns which facts it reports.
fn article(
    story: &Story,
    twist: Twist,
    outlet: &str,
    rng: &mut Rng,
) -> (String, String, Vec<usize>) {
    let style = rng.below(2);
    let (reported, mut sentences): (Vec<usize>, Vec<String>) =
        story.facts(twist, style, rng).into_iter().unzip();
    let mut filler: Vec<&str> = FILLER.to_vec();
    rng.shuffle(&mut filler);
    let filler_count = 36 + rng.below(10);
    sentences.extend(
        filler
            .iter()
            .take(filler_count)
            .map(|f| f.replace("{place}", &story.place)),
    );
    // The opening fact stays first; the rest are shuffled into the filler.
    rng.shuffle(&mut sentences[1..]);
    let title = match story.kind {
        StoryKind::Flood => format!("Floods hit {}", story.place),
        StoryKind::Takeover => format!(
            "{} Holdings moves on {} Group",
            story.organisation, story.place
        ),
        StoryKind::Strike => format!("{} Union strike widens", story.organisation),
    };
    let mut text = String::with_capacity(4096);
    let _ = writeln!(text, "{title}");
    for paragraph in sentences.chunks(3) {
        let _ = writeln!(text, "{}", paragraph.join(" "));
    }
    let _ = writeln!(
        text,
        "Copyright {} {outlet}. All rights reserved.",
        story.year
    );
    (title, text, reported)
}

/// A syndicated copy: the same article under another outlet, with a small
/// edit that changes no claim (one filler sentence dropped, a new footer).
fn syndicate(text: &str, place: &str, outlet: &str, rng: &mut Rng) -> String {
    let body = text
        .trim_end()
        .rsplit_once('\n')
        .map_or(text, |(body, _)| body);
    let filler = format!("{} ", rng.pick(FILLER).replace("{place}", place));
    let mut copy = body.replacen(&filler, "", 1);
    let _ = writeln!(copy, "\nDistributed by {outlet}. Reproduction prohibited.");
    copy
}

/// Writes `size` documents from `seed`: stories of three to six outlets'
/// articles, each article with zero to a few syndicated copies, and a handful
/// of wire stories copied hundreds or thousands of times. About half the
/// stories carry one planted contradiction.
pub fn generate(size: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let mut docs = Vec::with_capacity(size);
    let mut planted = Vec::new();
    let wire_stories = size / 5_000;
    let mut story_index = 0;
    while docs.len() < size {
        let story = Story::new(story_index, &mut rng);
        let wire = story_index < wire_stories;
        story_index += 1;
        let twist = match rng.below(8) {
            0 => Twist::Figure,
            1 => Twist::Date,
            2 => Twist::Speaker,
            3 => Twist::Role,
            _ => Twist::Faithful,
        };
        let outlets = 3 + rng.below(4);
        let mut wrong = Vec::new();
        let mut right = Vec::new();
        for o in 0..outlets {
            let twisted = o == 0 && twist != Twist::Faithful;
            let outlet = format!(
                "{} {}",
                invented(story.index, 4 + o % 4),
                OUTLETS[o % OUTLETS.len()]
            );
            let (title, text, reported) = article(
                &story,
                if twisted { twist } else { Twist::Faithful },
                &outlet,
                &mut rng,
            );
            let reports_twisted_fact = twist.fact().is_some_and(|f| reported.contains(&f));
            let copies = if wire && o < 2 {
                size / 100
            } else {
                [0, 0, 0, 1, 1, 2, 4][rng.below(7)]
            };
            let published = story.published(rng.below(2));
            let mut versions = vec![(
                format!("s{}-o{o}", story.index),
                outlet.clone(),
                text.clone(),
            )];
            for c in 0..copies {
                let partner = format!(
                    "{} {}",
                    invented(story.index + 1_000_000, c % 8),
                    OUTLETS[c % OUTLETS.len()]
                );
                versions.push((
                    format!("s{}-o{o}-c{c}", story.index),
                    partner.clone(),
                    syndicate(&text, &story.place, &partner, &mut rng),
                ));
            }
            for (id, outlet, text) in versions {
                if docs.len() >= size {
                    break;
                }
                if reports_twisted_fact {
                    if twisted { &mut wrong } else { &mut right }.push(id.clone());
                }
                docs.push(Doc {
                    id,
                    title: title.clone(),
                    outlet,
                    published: published.clone(),
                    text,
                });
            }
        }
        if !wrong.is_empty() && !right.is_empty() {
            planted.push(Planted {
                kind: twist.kind(),
                fact: format!("story s{}: {}", story.index, twist.kind()),
                needle: String::new(),
                wrong,
                right,
            });
        }
    }
    Corpus { docs, planted }
}

//! The one-story corpus: every document retells the same flood, with the same
//! cast (a mayor, a regional governor, a fire commander, a water company's
//! chief executive, a former minister), in its own words. Each fact is
//! written two or three ways and the sentences are recombined, reordered and
//! padded with colour to 4-8 KB. About one original in ten gets one fact
//! wrong (a figure, a date, a quote's speaker or "former" before a title);
//! syndicated copies repeat their original word for word under another
//! credit line.
//!
//! Because every document shares every name, nothing here can be told apart
//! by "different stories": the slots must come from what each claim is
//! about, and a slot holds thousands of documents.

use std::fmt::Write as _;

use crate::corpus::{group, invented, Corpus, Doc, Planted, FILLER, OUTLETS};
use crate::rng::Rng;

const TOWN: &str = "Kessingford";
const YEAR: u32 = 2025;
/// Friday 14 March 2025: the river burst its banks.
const FLOOD_DAY: u32 = 14;
/// Sunday 16 March 2025: the governor's visit, and the evacuation count.
const VISIT_DAY: u32 = 16;
/// Articles appear from Tuesday 18 to Saturday 22 March.
const FIRST_PUBLISHED: u32 = 18;
const LAST_PUBLISHED: u32 = 22;
/// How many outlets write (and syndicate) the story.
const OUTLET_COUNT: usize = 300;

/// A checkable fact of the story.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Fact {
    FloodDate,
    VisitDate,
    DamageCost,
    ReliefFund,
    Evacuated,
    FloodHours,
    MayorQuote,
    CommanderQuote,
    ChiefQuote,
    MayorRole,
    GovernorRole,
    ChiefRole,
}

const FACTS: [Fact; 12] = [
    Fact::FloodDate,
    Fact::VisitDate,
    Fact::DamageCost,
    Fact::ReliefFund,
    Fact::Evacuated,
    Fact::FloodHours,
    Fact::MayorQuote,
    Fact::CommanderQuote,
    Fact::ChiefQuote,
    Fact::MayorRole,
    Fact::GovernorRole,
    Fact::ChiefRole,
];

const KINDS: [&str; 4] = ["figure", "date", "attribution", "role"];

impl Fact {
    fn index(self) -> usize {
        self as usize
    }

    fn kind(self) -> &'static str {
        match self {
            Fact::FloodDate | Fact::VisitDate => "date",
            Fact::DamageCost | Fact::ReliefFund | Fact::Evacuated | Fact::FloodHours => "figure",
            Fact::MayorQuote | Fact::CommanderQuote | Fact::ChiefQuote => "attribution",
            Fact::MayorRole | Fact::GovernorRole | Fact::ChiefRole => "role",
        }
    }

    /// How many different wrong versions the fact is given.
    fn variants(self) -> usize {
        match self.kind() {
            "role" => 1,
            _ => 2,
        }
    }

    /// The fact and its wrong version, for the truth file.
    fn describe(self, variant: usize) -> String {
        let v = variant;
        match self {
            Fact::FloodDate => format!(
                "date of the flood: {FLOOD_DAY} March, given as {} March",
                flood_day(Some(v))
            ),
            Fact::VisitDate => format!(
                "date of the governor's visit: {VISIT_DAY} March, given as {} March",
                visit_day(Some(v))
            ),
            Fact::DamageCost => format!(
                "cost of the damage: $48 million, given as ${} million",
                damage_cost(Some(v))
            ),
            Fact::ReliefFund => format!(
                "emergency funding: $6.5 million, given as ${} million",
                relief_fund(Some(v))
            ),
            Fact::Evacuated => format!(
                "residents evacuated by 16 March: 2,300, given as {}",
                group(evacuated(Some(v)))
            ),
            Fact::FloodHours => format!(
                "length of the flooding: 52 hours, given as {} hours",
                flood_hours(Some(v))
            ),
            Fact::MayorQuote | Fact::CommanderQuote | Fact::ChiefQuote => {
                let (true_speaker, quote) = self.quote();
                format!(
                    "\"{}...\" said by {}, given to {}",
                    &quote[..24],
                    person(true_speaker).full(),
                    person(self.misattributed(v)).full()
                )
            }
            Fact::MayorRole => "Ilse Marrack is mayor, called former mayor".into(),
            Fact::GovernorRole => "Petra Halloran is governor, called former governor".into(),
            Fact::ChiefRole => {
                "Tomas Vell is chief executive, called former chief executive".into()
            }
        }
    }

    /// Text the wrong sentence carries, `|`-separated, to find it again.
    fn needle(self, variant: usize) -> String {
        let day = |d: u32| format!("{d} March|March {d}");
        match self {
            Fact::FloodDate => day(flood_day(Some(variant))),
            Fact::VisitDate => day(visit_day(Some(variant))),
            Fact::DamageCost => {
                let m = damage_cost(Some(variant));
                format!("{m} million|${m}m")
            }
            Fact::ReliefFund => {
                let m = relief_fund(Some(variant));
                format!("{m} million|${m}m")
            }
            Fact::Evacuated => group(evacuated(Some(variant))),
            Fact::FloodHours => format!("{} hours", flood_hours(Some(variant))),
            Fact::MayorQuote | Fact::CommanderQuote | Fact::ChiefQuote => {
                self.quote().1[..24].to_string()
            }
            Fact::MayorRole => "former Mayor|former mayor".into(),
            Fact::GovernorRole => "former Governor|former governor".into(),
            Fact::ChiefRole => "former chief|former Annell".into(),
        }
    }

    /// Who really said the quote, and the words.
    fn quote(self) -> (Who, &'static str) {
        match self {
            Fact::MayorQuote => (
                Who::Mayor,
                "We will not rest until every family in this town is back under its own roof",
            ),
            Fact::CommanderQuote => (
                Who::Commander,
                "The water rose faster than any of our models had predicted, and our crews worked through the night to reach people trapped upstairs",
            ),
            _ => (
                Who::Chief,
                "Our flood walls did what they were built to do, but this river carried more water than they were ever designed to hold",
            ),
        }
    }

    /// Who a wrong version gives the quote to.
    fn misattributed(self, variant: usize) -> Who {
        let others = match self {
            Fact::MayorQuote => [Who::Governor, Who::Chief],
            Fact::CommanderQuote => [Who::Mayor, Who::Governor],
            _ => [Who::Mayor, Who::Commander],
        };
        others[variant % 2]
    }
}

// The values of each fact: `None` is the true one, `Some(v)` wrong version v.

fn flood_day(variant: Option<usize>) -> u32 {
    [FLOOD_DAY, FLOOD_DAY + 2, FLOOD_DAY - 3][variant.map_or(0, |v| v + 1)]
}

fn visit_day(variant: Option<usize>) -> u32 {
    [VISIT_DAY, VISIT_DAY + 2, VISIT_DAY - 3][variant.map_or(0, |v| v + 1)]
}

/// Millions of dollars.
fn damage_cost(variant: Option<usize>) -> &'static str {
    ["48", "61", "36"][variant.map_or(0, |v| v + 1)]
}

/// Millions of dollars.
fn relief_fund(variant: Option<usize>) -> &'static str {
    ["6.5", "8.5", "5"][variant.map_or(0, |v| v + 1)]
}

fn evacuated(variant: Option<usize>) -> u64 {
    [2_300, 3_100, 1_600][variant.map_or(0, |v| v + 1)]
}

fn flood_hours(variant: Option<usize>) -> u32 {
    [52, 40, 70][variant.map_or(0, |v| v + 1)]
}

/// The cast.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Who {
    Mayor,
    Governor,
    Chief,
    Commander,
    Minister,
}

struct Person {
    given: &'static str,
    surname: &'static str,
    /// The title written before the name: "Mayor".
    before: &'static str,
    /// The title written after it: (article, title, the rest), as in
    /// "the mayor of Kessingford".
    after: (&'static str, &'static str, &'static str),
    /// The role fact a title of this person states, if it can be altered.
    role: Option<Fact>,
}

impl Person {
    fn full(&self) -> String {
        format!("{} {}", self.given, self.surname)
    }
}

fn person(who: Who) -> Person {
    match who {
        Who::Mayor => Person {
            given: "Ilse",
            surname: "Marrack",
            before: "Mayor",
            after: ("the", "mayor", "of Kessingford"),
            role: Some(Fact::MayorRole),
        },
        Who::Governor => Person {
            given: "Petra",
            surname: "Halloran",
            before: "Governor",
            after: ("the", "governor", "of the Westmere region"),
            role: Some(Fact::GovernorRole),
        },
        Who::Chief => Person {
            given: "Tomas",
            surname: "Vell",
            before: "Annell Water chief executive",
            after: ("", "chief executive", "of Annell Water"),
            role: Some(Fact::ChiefRole),
        },
        Who::Commander => Person {
            given: "Teodor",
            surname: "Brannick",
            before: "Commander",
            after: (
                "the",
                "commander",
                "of the Westmere fire and rescue service",
            ),
            role: None,
        },
        Who::Minister => Person {
            given: "Ruth",
            surname: "Castellan",
            before: "former environment minister",
            after: ("a", "former environment minister", "who lives in the town"),
            role: None,
        },
    }
}

/// A change one original (and its copies) makes to one fact.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Twist {
    fact: Fact,
    variant: usize,
}

/// Writes one article: which facts it states, and how.
struct Writer<'r> {
    rng: &'r mut Rng,
    twist: Option<Twist>,
    published: u32,
    /// For each fact, whether the article states it.
    stated: [bool; FACTS.len()],
    /// Whose full name and title the article gives in a sentence of its own
    /// (so that a bare surname may stand for them elsewhere).
    introduced: Vec<Who>,
}

impl Writer<'_> {
    /// The wrong version this article gives of `fact`, if any.
    fn variant(&self, fact: Fact) -> Option<usize> {
        self.twist.filter(|t| t.fact == fact).map(|t| t.variant)
    }

    fn state(&mut self, fact: Fact) {
        self.stated[fact.index()] = true;
    }

    fn former(&self, who: Who) -> &'static str {
        let person = person(who);
        match person.role {
            Some(role) if self.variant(role).is_some() => "former ",
            _ => "",
        }
    }

    /// "Mayor Ilse Marrack" (or "former Mayor Ilse Marrack").
    fn titled(&mut self, who: Who) -> String {
        let p = person(who);
        if let Some(role) = p.role {
            self.state(role);
        }
        format!("{}{} {}", self.former(who), p.before, p.full())
    }

    /// "Ilse Marrack, the mayor of Kessingford," (a trailing comma).
    fn apposition(&mut self, who: Who) -> String {
        let p = person(who);
        if let Some(role) = p.role {
            self.state(role);
        }
        let (article, title, rest) = p.after;
        let former = self.former(who);
        let article = if article.is_empty() {
            String::new()
        } else {
            format!("{article} ")
        };
        format!("{}, {article}{former}{title} {rest},", p.full())
    }

    /// A date as one outlet writes it; a weekday only where it reads back
    /// to the right day from the publication date.
    fn date(&mut self, day: u32, true_value: bool) -> String {
        // Copies may appear a day after their original, and must read the
        // same weekday back to the same day.
        let latest = (self.published + 1).min(LAST_PUBLISHED);
        let weekday_ok = true_value && self.published > day && latest - day < 7;
        let styles = if weekday_ok { 5 } else { 4 };
        match self.rng.below(styles) {
            0 => format!("{day} March"),
            1 => format!("March {day}"),
            2 => format!("{day} March {YEAR}"),
            3 => format!("March {day}, {YEAR}"),
            _ => weekday(day).to_string(),
        }
    }

    fn money(&mut self, millions: &str) -> String {
        match self.rng.below(3) {
            0 => format!("${millions} million"),
            1 => format!("{millions} million dollars"),
            _ => format!("${millions}m"),
        }
    }

    /// A reference to a person in running text: the full name, or the
    /// surname once the article has introduced them.
    fn name(&mut self, who: Who) -> String {
        let p = person(who);
        if self.introduced.contains(&who) && self.rng.chance(50) {
            p.surname.to_string()
        } else {
            p.full()
        }
    }

    fn flood_date(&mut self) -> String {
        self.state(Fact::FloodDate);
        let v = self.variant(Fact::FloodDate);
        let d = format!("on {}", self.date(flood_day(v), v.is_none()));
        match self.rng.below(3) {
            0 => format!("The River Annell burst its banks in {TOWN} {d}, after days of heavy rain on the hills."),
            1 => format!("Floods struck {TOWN} {d}, when the River Annell broke its banks."),
            _ => format!("Flooding swept through the lower streets of {TOWN} {d} as the River Annell rose."),
        }
    }

    fn visit_date(&mut self) -> String {
        self.state(Fact::VisitDate);
        let v = self.variant(Fact::VisitDate);
        let d = self.date(visit_day(v), v.is_none());
        match self.rng.below(3) {
            0 => {
                let who = self.titled(Who::Governor);
                format!("{} visited {TOWN} on {d} and met families at the emergency shelter in the sports hall.", capitalise(&who))
            }
            1 => {
                let who = self.titled(Who::Governor);
                format!("On {d}, {who} paid a visit to the worst-hit streets of the town.")
            }
            _ => {
                let who = self.name(Who::Governor);
                format!("{who} visited {TOWN} on {d}, walking through the mud of the riverside streets.")
            }
        }
    }

    fn damage_cost(&mut self) -> String {
        self.state(Fact::DamageCost);
        let m = self.money(damage_cost(self.variant(Fact::DamageCost)));
        match self.rng.below(3) {
            0 => format!("Repairs in {TOWN} are expected to cost {m}, the council said."),
            1 => format!("The council put the cost of the damage at {m}."),
            _ => format!("Early estimates put the cost of repairing roads, bridges and public buildings at {m}."),
        }
    }

    fn relief_fund(&mut self) -> String {
        self.state(Fact::ReliefFund);
        let m = self.money(relief_fund(self.variant(Fact::ReliefFund)));
        match self.rng.below(3) {
            0 => format!("The regional government released {m} in emergency funding for {TOWN}."),
            1 => format!("Emergency funding of {m} has been promised by the regional government."),
            _ => format!("A relief fund of {m} was opened by the regional government for families in {TOWN}."),
        }
    }

    fn evacuated(&mut self) -> String {
        self.state(Fact::Evacuated);
        let n = group(evacuated(self.variant(Fact::Evacuated)));
        let d = self.date(VISIT_DAY, true);
        match self.rng.below(3) {
            0 => format!("By {d}, {n} residents had been evacuated from their homes."),
            1 => format!("{n} people had been evacuated from their homes in {TOWN} by {d}, the council said."),
            _ => format!("The council said {n} residents had been evacuated by {d}."),
        }
    }

    fn flood_hours(&mut self) -> String {
        self.state(Fact::FloodHours);
        let h = flood_hours(self.variant(Fact::FloodHours));
        match self.rng.below(2) {
            0 => format!("The flooding lasted {h} hours before the water began to fall back."),
            _ => format!(
                "After {h} hours of flooding, the water in the town centre began to recede."
            ),
        }
    }

    fn population(&mut self) -> String {
        match self.rng.below(2) {
            0 => format!("{TOWN} is a market town of about 18,000 people on the River Annell."),
            _ => "The town of about 18,000 people sits in a wide bend of the River Annell."
                .to_string(),
        }
    }

    fn quote(&mut self, fact: Fact) -> String {
        self.state(fact);
        let (true_speaker, words) = fact.quote();
        let speaker = self
            .variant(fact)
            .map_or(true_speaker, |v| fact.misattributed(v));
        // Some outlets quote only the first clause.
        let words = match words.split_once(", ") {
            Some((first, _)) if self.rng.chance(30) => first,
            _ => words,
        };
        // `"...," said Mayor Ilse Marrack.` is left out: the extractor does
        // not read a title between "said" and the name, so no speaker.
        match self.rng.below(5) {
            0 => {
                let who = self.name(speaker);
                format!("\"{words},\" {who} said.")
            }
            1 => {
                let who = self.titled(speaker);
                format!("\"{words},\" {who} said.")
            }
            2 => {
                let who = self.apposition(speaker);
                format!("\"{words},\" said {}.", who.trim_end_matches(','))
            }
            3 => {
                let who = self.name(speaker);
                format!("{who} said: \"{words}.\"")
            }
            _ => {
                let who = self.name(speaker);
                format!("\"{words},\" {who} told reporters.")
            }
        }
    }

    /// The sentence that introduces a person with their title.
    fn introduce(&mut self, who: Who) -> String {
        let style = self.rng.below(2);
        let text = if style == 0 {
            let titled = capitalise(&self.titled(who));
            match who {
                Who::Mayor => format!("{titled} spent the morning wading through the lanes of the old town in borrowed boots."),
                Who::Governor => format!("{titled} promised that the region would stand behind the town for as long as it took."),
                Who::Chief => format!("{titled} faced angry questions from residents about the state of the flood walls."),
                Who::Commander => format!("{titled} directed the boat crews from a post beside the old bridge."),
                Who::Minister => format!("{titled} called for an independent inquiry into the flood defences."),
            }
        } else {
            let appos = self.apposition(who);
            match who {
                Who::Mayor => {
                    format!("{appos} opened the town hall to families who had nowhere else to go.")
                }
                Who::Governor => {
                    format!("{appos} pledged help with temporary housing and school transport.")
                }
                Who::Chief => format!("{appos} defended the company's record on maintenance."),
                Who::Commander => {
                    format!("{appos} led the rescue effort from a command post beside the bridge.")
                }
                Who::Minister => {
                    format!("{appos} called for an independent inquiry into the flood defences.")
                }
            }
        };
        self.introduced.push(who);
        text
    }
}

fn weekday(day: u32) -> &'static str {
    // 14 March 2025 is a Friday.
    const DAYS: [&str; 7] = [
        "Friday",
        "Saturday",
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
    ];
    DAYS[((day + 35 - FLOOD_DAY) % 7) as usize]
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Colour for this story: sentences with no checkable claim in them (no
/// numbers, dates, quotes or titles).
const COLOUR: &[&str] = &[
    "Brown water still lapped at the doors of the shops along the quay.",
    "Sandbags were stacked three deep outside the library and the chemist.",
    "A smell of mud and diesel hung over the lower town.",
    "Volunteers in waders carried food parcels to houses cut off by the water.",
    "The old stone bridge was closed to traffic while engineers looked for cracks.",
    "Families sat on camp beds in the sports hall, waiting for news of their streets.",
    "Farmers upstream said their fields had turned into lakes overnight.",
    "The railway line through the valley was shut, and buses ran in place of trains.",
    "Children from the primary school were taken in by schools in neighbouring villages.",
    "Pumps borrowed from other counties roared in the cellars of the high street.",
    "Insurers sent assessors who moved from house to house with clipboards.",
    "A church near the market square opened its doors as a collection point for clothes.",
    "Many residents said the water had come up through the floorboards before it came in at the door.",
    "The river had left a line of silt on the walls, well above head height in places.",
    "Householders dragged ruined sofas and carpets into skips lining the streets.",
    "Local builders said they expected to be busy with repairs for the rest of the year.",
    "Some older residents refused to leave their homes and were checked on by neighbours.",
    "The town's football ground was under water, its goalposts poking out of the brown surface.",
    "Shopkeepers swept silt out of their doorways and counted their losses.",
    "An emergency number for people needing help with damp and mould was set up by the council.",
    "The water company warned people in the lower town to boil their tap water.",
    "Power was cut to several streets while electricians made the substations safe.",
    "Drone pictures showed whole streets of the lower town turned into canals.",
    "Dog walkers on the hill above the town watched the water spread across the meadows.",
    "The smell of damp plaster filled the terraced houses near the river.",
    "Rescue boats nosed along streets where parked cars were submerged up to their roofs.",
    "Some families had only minutes to gather passports, medicines and pets.",
    "A queue formed outside the one supermarket on the high ground that stayed open.",
    "Environmental groups said building on the flood plain had made matters worse.",
    "The river gauge at the town bridge showed the highest level since records began.",
    "Planners said a new flood wall had been proposed years ago but never funded.",
    "Residents on the hill offered spare rooms to neighbours who had been flooded out.",
    "A mobile clinic parked in the market square treated cuts and chest infections.",
    "Council workers cleared fallen branches from the roads leading out of the valley.",
    "The mood in the sports hall was tired but good-humoured, volunteers said.",
    "Students from the nearby college filled sandbags in shifts through the night.",
    "A pub by the river had water up to the bar and its owner was already planning to reopen.",
    "Local fishermen used their own boats to ferry people to dry ground.",
    "Traders at the weekly market moved their stalls to the car park on the hill.",
    "The town museum lost much of its archive of old photographs to the water.",
    "Walkers were warned to keep away from the riverbank, where the ground had given way in places.",
    "Several roads were closed after landslips on the steep lanes above the valley.",
    "Residents said they had watched the river rise through the evening with growing alarm.",
    "Charities asked for donations of cleaning products rather than clothes.",
    "The sound of generators and pumps carried across the town long after dark.",
    "A bakery on the high ground gave away bread to anyone who came to the door.",
];

const HEADLINES: &[&str] = &[
    "Floods hit Kessingford",
    "Kessingford counts the cost as the River Annell falls",
    "River Annell floods Kessingford",
    "Kessingford begins the clean-up after river floods",
    "Anger in Kessingford over flood defences",
    "Kessingford families return to flooded homes",
];

/// One original article: its text, title and the facts it states.
struct Article {
    title: String,
    body: String,
    stated: [bool; FACTS.len()],
}

fn article(twist: Option<Twist>, published: u32, rng: &mut Rng) -> Article {
    let mut w = Writer {
        rng,
        twist,
        published,
        stated: [false; FACTS.len()],
        introduced: Vec::new(),
    };
    let forced = |fact: Fact| twist.is_some_and(|t| t.fact == fact);
    // Who gets a sentence of introduction: the mayor and the governor most
    // often, the former minister now and then.
    let mut people = Vec::new();
    for (who, percent) in [
        (Who::Mayor, 85),
        (Who::Governor, 70),
        (Who::Chief, 70),
        (Who::Commander, 60),
        (Who::Minister, 40),
    ] {
        let role_forced = person(who).role.is_some_and(forced);
        if role_forced || w.rng.chance(percent) {
            people.push(who);
        }
    }
    // Introductions are written first, so that later sentences know whom a
    // bare surname can stand for (the sentences are shuffled afterwards).
    let mut facts: Vec<String> = people.iter().map(|&who| w.introduce(who)).collect();
    let lead = w.flood_date();
    for (fact, percent) in [
        (Fact::VisitDate, 60),
        (Fact::DamageCost, 75),
        (Fact::ReliefFund, 70),
        (Fact::Evacuated, 70),
        (Fact::FloodHours, 60),
        (Fact::MayorQuote, 70),
        (Fact::CommanderQuote, 60),
        (Fact::ChiefQuote, 55),
    ] {
        if !forced(fact) && !w.rng.chance(percent) {
            continue;
        }
        let sentence = match fact {
            Fact::VisitDate => w.visit_date(),
            Fact::DamageCost => w.damage_cost(),
            Fact::ReliefFund => w.relief_fund(),
            Fact::Evacuated => w.evacuated(),
            Fact::FloodHours => w.flood_hours(),
            _ => w.quote(fact),
        };
        facts.push(sentence);
    }
    if w.rng.chance(60) {
        facts.push(w.population());
    }
    let stated = w.stated;
    // Colour up to the article's length.
    let target = 4_000 + rng.below(4_000);
    let mut colour: Vec<String> = COLOUR
        .iter()
        .map(|s| s.to_string())
        .chain(FILLER.iter().map(|s| s.replace("{place}", TOWN)))
        .collect();
    rng.shuffle(&mut colour);
    let mut length = lead.len() + facts.iter().map(String::len).sum::<usize>();
    let mut sentences = facts;
    for sentence in colour {
        if length >= target {
            break;
        }
        length += sentence.len() + 1;
        sentences.push(sentence);
    }
    rng.shuffle(&mut sentences);
    let title = rng.pick(HEADLINES).to_string();
    let mut body = String::with_capacity(length + 256);
    let _ = writeln!(body, "{title}");
    // The lead paragraph opens with the flood; then paragraphs of two to
    // four sentences.
    let mut rest = sentences.as_slice();
    let take = (1 + rng.below(3)).min(rest.len());
    let mut lead_paragraph = vec![lead.as_str()];
    lead_paragraph.extend(rest[..take].iter().map(String::as_str));
    let _ = writeln!(body, "{}", lead_paragraph.join(" "));
    rest = &rest[take..];
    while !rest.is_empty() {
        let take = (2 + rng.below(3)).min(rest.len());
        let _ = writeln!(body, "{}", rest[..take].join(" "));
        rest = &rest[take..];
    }
    Article {
        title,
        body,
        stated,
    }
}

fn outlet(n: usize) -> String {
    format!(
        "{} {}",
        invented(2_000_000 + n, 5),
        OUTLETS[n % OUTLETS.len()]
    )
}

/// Writes `size` documents that all tell one story, with about one original
/// in ten changing one fact, and the ground truth: for each fact and each
/// wrong version of it, the documents that give it and the documents that
/// state the fact correctly.
pub fn generate(size: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed ^ 0x0e5_7041);
    let mut docs = Vec::with_capacity(size);
    // Per document: the facts it states, and its twist.
    let mut truth: Vec<([bool; FACTS.len()], Option<Twist>)> = Vec::with_capacity(size);
    let mut original = 0;
    while docs.len() < size {
        let twist = rng.chance(10).then(|| {
            let kind = *rng.pick(&KINDS);
            let of_kind: Vec<Fact> = FACTS.iter().copied().filter(|f| f.kind() == kind).collect();
            let fact = *rng.pick(&of_kind);
            Twist {
                fact,
                variant: rng.below(fact.variants()),
            }
        });
        let published =
            FIRST_PUBLISHED + rng.below((LAST_PUBLISHED - FIRST_PUBLISHED + 1) as usize) as u32;
        let art = article(twist, published, &mut rng);
        let home = rng.below(OUTLET_COUNT);
        let copies = [0, 0, 0, 0, 0, 1, 1, 2, 3][rng.below(9)];
        for c in 0..=copies {
            if docs.len() >= size {
                break;
            }
            let (id, outlet, credit, day) = if c == 0 {
                let outlet = outlet(home);
                let credit = format!("Copyright {YEAR} {outlet}. All rights reserved.");
                (format!("d{original:05}"), outlet, credit, published)
            } else {
                let outlet = outlet((home + c * 37) % OUTLET_COUNT);
                let credit = format!("Distributed by {outlet}. Reproduction prohibited.");
                let day = (published + rng.below(2) as u32).min(LAST_PUBLISHED);
                (format!("d{original:05}-c{c}"), outlet, credit, day)
            };
            let mut text = String::with_capacity(art.body.len() + credit.len() + 1);
            text.push_str(&art.body);
            text.push_str(&credit);
            text.push('\n');
            docs.push(Doc {
                id,
                title: art.title.clone(),
                outlet,
                published: format!("{YEAR}-03-{day:02}"),
                text,
            });
            truth.push((art.stated, twist));
        }
        original += 1;
    }
    let mut planted = Vec::new();
    for fact in FACTS {
        let right: Vec<String> = docs
            .iter()
            .zip(&truth)
            .filter(|(_, (stated, twist))| {
                stated[fact.index()] && !twist.is_some_and(|t| t.fact == fact)
            })
            .map(|(d, _)| d.id.clone())
            .collect();
        for variant in 0..fact.variants() {
            let wrong: Vec<String> = docs
                .iter()
                .zip(&truth)
                .filter(|(_, (stated, twist))| {
                    stated[fact.index()] && *twist == Some(Twist { fact, variant })
                })
                .map(|(d, _)| d.id.clone())
                .collect();
            if wrong.is_empty() || right.is_empty() {
                continue;
            }
            planted.push(Planted {
                kind: fact.kind(),
                fact: fact.describe(variant),
                needle: fact.needle(variant),
                wrong,
                right: right.clone(),
            });
        }
    }
    Corpus { docs, planted }
}

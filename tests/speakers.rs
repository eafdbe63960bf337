//! Who said it, read across sentences: "he" and "she" point back at the
//! person last named, and a bare surname names the person the story named
//! in full before.

use crosscheck::audit::{audit_documents, AuditOptions};
use crosscheck::extract::ClaimBody;
use crosscheck::rules::RuleSet;
use crosscheck::source::{Document, Metadata};

/// The speakers of the document's quotes, in order.
fn speakers(text: &str) -> Vec<String> {
    let rules = RuleSet::builtin().expect("built-in rules");
    let document = Document {
        id: "story".into(),
        path: "story.txt".into(),
        text: text.into(),
        body_start: 0,
        meta: Metadata {
            published: Some(jiff::civil::Date::constant(2025, 6, 8)),
            ..Metadata::default()
        },
        origin: Vec::new(),
    };
    audit_documents(vec![document], Vec::new(), &rules, AuditOptions::default())
        .claims
        .into_iter()
        .filter_map(|c| match c.body {
            ClaimBody::Attribution(a) => Some(a.speaker_name),
            _ => None,
        })
        .collect()
}

#[test]
fn a_bare_surname_updates_who_she_is() {
    let story = "Mayor Petra Halloran visited the flooded harbour at Brenmouth on Monday.\n\n\
                 Tomas Brandt, the union leader, spoke first.\n\n\
                 Later, Halloran took questions from residents.\n\n\
                 \"We will rebuild the harbour wall before the winter storms,\" she said.\n";
    assert_eq!(speakers(story), ["Petra Halloran"]);
}

/// The role findings of two one-sentence reports published the same day.
fn role_findings(first: &str, second: &str) -> Vec<(String, Vec<String>)> {
    let rules = RuleSet::builtin().expect("built-in rules");
    let document = |id: &str, text: &str| Document {
        id: id.into(),
        path: format!("{id}.txt").into(),
        text: text.into(),
        body_start: 0,
        meta: Metadata {
            published: Some(jiff::civil::Date::constant(2026, 5, 5)),
            ..Metadata::default()
        },
        origin: Vec::new(),
    };
    let options = AuditOptions {
        agreements: true,
        ..AuditOptions::default()
    };
    let docs = vec![document("one", first), document("two", second)];
    audit_documents(docs, Vec::new(), &rules, options)
        .findings
        .into_iter()
        .filter(|f| f.kind == crosscheck::extract::ClaimKind::Role)
        .map(|f| {
            (
                f.verdict.name().to_string(),
                f.camps.iter().map(|c| c.value()).collect(),
            )
        })
        .collect()
}

/// Roles no rule lists, read from where they stand: different roles of one
/// person at one time contradict; one role in two phrasings agrees.
#[test]
fn roles_read_from_their_place_contradict_or_agree() {
    let found = role_findings(
        "The court in Brennick heard that prosecutor Piet Roos had asked for a longer term.\n",
        "The court in Brennick heard from Piet Roos, the defence lawyer for the accused, on Tuesday.\n",
    );
    assert_eq!(
        found,
        [(
            "contradiction".to_string(),
            vec!["prosecutor".to_string(), "defence lawyer".to_string()]
        )]
    );
    let found = role_findings(
        "The court in Brennick heard from Piet Roos, the defence lawyer for the accused, on Tuesday.\n",
        "The court in Brennick heard that lawyer Piet Roos had asked for a shorter term.\n",
    );
    assert!(
        found.iter().all(|(verdict, _)| verdict == "agreement"),
        "{found:?}"
    );
    // A role noun opening the sentence is no part of the name after it,
    // where the corpus writes it in lower case too; a first name of that
    // shape ("Walter") stays the name's.
    let found = role_findings(
        "Curator Elin Voss said the paintings were taken at night. The museum's curator had warned of it.\n",
        "Elin Voss, an investigator for the insurer, said the paintings were taken at night.\n",
    );
    assert_eq!(
        found,
        [(
            "contradiction".to_string(),
            vec![
                "curator".to_string(),
                "investigator for insurer".to_string()
            ]
        )]
    );
    let found = role_findings(
        "Walter Van Dam said the club would appeal.\n",
        "Walter Van Dam, the club's manager, said it would appeal.\n",
    );
    assert!(
        found
            .iter()
            .all(|(_, values)| !values.iter().any(|v| v == "walter")),
        "{found:?}"
    );
    // So does a first name of that shape before a hyphened surname
    // ("Pieter Lomasney-Graat"): the two roles given are the person's.
    let found = role_findings(
        "Pieter Lomasney-Graat, an independent seismologist at the Quarrendon Seismological Institute, said the risk was small.\n",
        "Pieter Lomasney-Graat, who leads seismic monitoring for Ardenvoe Geothermal, said the risk was small.\n",
    );
    assert!(
        found
            .iter()
            .all(|(_, values)| !values.iter().any(|v| v == "pieter")),
        "{found:?}"
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "contradiction", "{found:?}");
    // A relation is no role: "his brother Tom Reed".
    let found = role_findings(
        "The court in Brennick heard that his brother Tom Reed had left.\n",
        "The court in Brennick heard from Tom Reed, the prosecutor in the case, on Tuesday.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

/// A post told in four words of its own meets another post of one
/// person; the same field named right before two heads ("environmental
/// health officer" / "environmental health chief") is one post told two
/// ways.
#[test]
fn four_word_posts_and_one_field_before_two_heads() {
    let found = role_findings(
        "Dagny Orrelbeck, a spokeswoman for Zandreth Cement, said the dust was harmless.\n",
        "Dagny Orrelbeck, the district council's principal environmental health officer, said the dust was being monitored.\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "contradiction", "{found:?}");
    let found = role_findings(
        "Ilsabet Kconneuq, the council's lead environmental health officer, said the studio had failed.\n",
        "Ilsabet Kconneuq, the environmental health chief, said the studio had failed.\n",
    );
    assert!(
        found.iter().all(|(verdict, _)| verdict != "contradiction"),
        "{found:?}"
    );
}

/// One lawyer said to act for two sides of one dispute is a
/// contradiction, whichever way each source tells the side ("acting
/// for", "who acted for", "counsel to"); the same side told two ways is
/// not.
#[test]
fn one_lawyer_for_two_sides_contradicts() {
    let found = role_findings(
        "Ignatius Morrowfeld, the solicitor acting for Quellmarch, said the appeal was lodged.\n",
        "Ignatius Morrowfeld, legal counsel to the Ovine Records Adjudication Board, said the board was confident.\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "contradiction", "{found:?}");
    let found = role_findings(
        "Ffion Gallowtree, the solicitor representing Mr Skellagan, said he was disappointed.\n",
        "Ffion Gallowtree, who acted for Ms Vallowbrook, said the case should serve as a warning.\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "contradiction", "{found:?}");
    let found = role_findings(
        "Ffion Gallowtree, the solicitor representing Ms Vallowbrook, said she was pleased.\n",
        "Ffion Gallowtree, who acted for Ms Vallowbrook, said the case should serve as a warning.\n",
    );
    assert!(
        found.iter().all(|(verdict, _)| verdict == "agreement"),
        "{found:?}"
    );
}

/// Two roles held for two different bodies at one time contradict, even
/// where one title is listed in the rules; one body's roles, or one role
/// for two clients, are left alone.
#[test]
fn roles_held_for_different_bodies_contradict() {
    let found = role_findings(
        "Marguerite Olsen, the chief negotiator for the union, said the screens were the hardest point.\n",
        "Marguerite Olsen, a spokeswoman for the transit authority, said the screens would come in stages.\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "contradiction", "{found:?}");
    // The same body: a union's negotiator may speak for it too.
    let found = role_findings(
        "Marguerite Olsen, the chief negotiator for the union, said the screens were the hardest point.\n",
        "Marguerite Olsen, a spokeswoman for the union, said the screens would come in stages.\n",
    );
    assert!(
        found.iter().all(|(verdict, _)| verdict != "contradiction"),
        "{found:?}"
    );
    // Two bodies of one town: the shared place name opens both, and they
    // end in different nouns.
    let found = role_findings(
        "Vera Holm, the lead negotiator for the Carrow Nurses Association, said talks had stalled.\n",
        "Vera Holm, a spokeswoman for the Carrow Health Trust, said talks would resume.\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "contradiction", "{found:?}");
    // A noun of their own in common: "the nurses' union" may be the
    // association; and a name within a longer one is the same body.
    for (first, second) in [
        ("the nurses union", "the Carrow Nurses Association"),
        ("Norvale Power", "Norvale Power Company"),
    ] {
        let found = role_findings(
            &format!("Vera Holm, the lead negotiator for {first}, said talks had stalled.\n"),
            &format!("Vera Holm, a spokeswoman for {second}, said talks would resume.\n"),
        );
        assert!(
            found.iter().all(|(verdict, _)| verdict != "contradiction"),
            "{first} / {second}: {found:?}"
        );
    }
    // One role, two clients: no contradiction of roles.
    let found = role_findings(
        "Tom Reed, a lawyer for the family, spoke to reporters outside the court.\n",
        "Tom Reed, a lawyer for the driver, spoke to reporters outside the court.\n",
    );
    assert!(
        found.iter().all(|(verdict, _)| verdict != "contradiction"),
        "{found:?}"
    );
}

/// A person named only as an owner ("Haldane's proposal") is not whom the
/// next "she" is: the sentence is still about the person before.
#[test]
fn an_owner_named_in_passing_is_not_who_she_is() {
    let story = "Finance Minister Ruth Okafor-Lind drafted the package.\n\n\
                 Asked about Tomas Haldane's proposal, she was dismissive.\n\n\
                 \"Every month we wait is another 170 million crowns,\" she said.\n";
    assert_eq!(speakers(story), ["Ruth Okafor Lind"]);
}

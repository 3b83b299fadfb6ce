//! One small text per entity rule, written for these tests: each asserts the label, rule
//! family and canonical name the rule must give, so a change that breaks a rule fails here.

use gazette::{Document, Label, Pipeline};

fn pipeline() -> &'static Pipeline {
    static PIPELINE: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new().unwrap())
}

/// `(text, label, canonical)` of every entity found in `text`.
fn entities(text: &str) -> Vec<(String, Label, String)> {
    let document = Document::new("test".to_string(), text.to_string());
    pipeline()
        .annotate(&document)
        .entities
        .iter()
        .map(|e| (e.span.slice(text).to_string(), e.label, e.canonical.clone()))
        .collect()
}

fn has(found: &[(String, Label, String)], text: &str, label: Label, canonical: &str) -> bool {
    found
        .iter()
        .any(|(t, l, c)| t == text && *l == label && c == canonical)
}

#[test]
fn place_head_words_make_places() {
    let found = entities("Water rose along the Irpin River and flooded Market Street overnight.");
    assert!(
        has(&found, "Irpin River", Label::Loc, "Irpin River"),
        "{found:?}"
    );
    assert!(
        has(&found, "Market Street", Label::Loc, "Market Street"),
        "{found:?}"
    );
    let found = entities("The ferry crossed to the Isle of Mull on Monday.");
    assert!(
        has(&found, "Isle of Mull", Label::Loc, "Isle of Mull"),
        "{found:?}"
    );
}

#[test]
fn a_compass_word_before_a_known_place_is_one_place() {
    let found = entities("Floods hit towns across West Yorkshire on Sunday.");
    assert!(
        has(&found, "West Yorkshire", Label::Loc, "West Yorkshire"),
        "{found:?}"
    );
    assert!(!found.iter().any(|(t, _, _)| t == "Yorkshire"), "{found:?}");
}

#[test]
fn an_abbreviated_legal_suffix_closes_a_company_name() {
    let found = entities("Shares in Halden Corp. fell after the results.");
    assert!(
        has(&found, "Halden Corp.", Label::Org, "Halden Corp."),
        "{found:?}"
    );
}

#[test]
fn clubs_are_named_by_their_town_and_their_distinctive_word() {
    let found = entities(
        "Bramhall Town beat Wexley Rovers 2-1 on Saturday.\n\n\
         Bramhall scored twice before half-time, and Rovers never recovered.",
    );
    assert!(
        has(&found, "Bramhall Town", Label::Org, "Bramhall Town"),
        "{found:?}"
    );
    assert!(
        has(&found, "Bramhall", Label::Org, "Bramhall Town"),
        "{found:?}"
    );
    assert!(
        has(&found, "Rovers", Label::Org, "Wexley Rovers"),
        "{found:?}"
    );
}

#[test]
fn a_surname_in_the_document_outranks_a_place_of_that_name() {
    let found = entities(
        "\"Customers are coming back,\" chief executive Priya Raman said.\n\n\
         Raman said prices would stay low.",
    );
    assert!(has(&found, "Raman", Label::Per, "Priya Raman"), "{found:?}");
}

#[test]
fn a_given_name_alone_names_the_person_of_the_document() {
    let found = entities(
        "Captain Morag Lindsay retired on Friday after 30 years.\n\n\
         \"Morag has trained half the officers on this coast,\" a colleague said.",
    );
    assert!(
        has(&found, "Morag", Label::Per, "Morag Lindsay"),
        "{found:?}"
    );
}

#[test]
fn a_quoted_sentence_opener_is_not_a_name() {
    let found = entities("Lindsay said: \"When I started, the crossing took an hour.\"");
    assert!(
        !found.iter().any(|(t, _, _)| t.starts_with("When")),
        "{found:?}"
    );
}

#[test]
fn an_acronym_after_a_person_is_not_their_alias() {
    let found = entities("Anthony Washington (U.S.) won the discus. The U.S. team was second.");
    assert!(
        found
            .iter()
            .filter(|(t, _, _)| t == "U.S.")
            .all(|(_, l, _)| *l == Label::Loc),
        "{found:?}"
    );
}

//! Property tests: any text in, no panic, and every span sorted, in bounds, on char boundaries,
//! and the same text whichever offset unit the output uses.

use gazette::output::{write_record, OutputOptions};
use gazette::{Document, OffsetUnit, Pipeline};
use proptest::prelude::*;

/// Text biased towards the characters the rules look at.
fn newsy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Mr.",
        "U.S.",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        ".",
        "...",
        ". . .",
        "…",
        "?",
        "!",
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "(",
        ")",
        "[",
        "]",
        "1.",
        "2)",
        "a.",
        "•",
        "⁃",
        "\u{2028}",
        "\u{a0}",
        "Smith",
        "said",
        "the",
        "I",
        "J.",
        "John",
        "Bank",
        "of",
        "England",
        "President",
        "Governor",
        "(UN)",
        "’s",
        "NATO",
        "Al-",
        "O'",
        "é",
        "🎉",
        "\u{301}",
        "-",
        ",",
        ":",
        "p.m.",
    ]);
    prop_oneof![
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat()),
        any::<String>(),
    ]
}

/// The pipeline, built once for every case.
fn pipeline() -> &'static Pipeline {
    static PIPELINE: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new().unwrap())
}

/// The text that an output object's `start`/`end` address in `unit`.
fn slice_in_unit(
    text: &str,
    chars: &[char],
    utf16: &[u16],
    unit: OffsetUnit,
    out: &serde_json::Value,
) -> String {
    let start = out["start"].as_u64().unwrap() as usize;
    let end = out["end"].as_u64().unwrap() as usize;
    match unit {
        OffsetUnit::Chars => chars[start..end].iter().collect(),
        OffsetUnit::Utf16 => String::from_utf16(&utf16[start..end]).unwrap(),
        OffsetUnit::Bytes => text[start..end].to_string(),
    }
}

fn check(text: &str) {
    let pipeline = pipeline();
    let document = Document::new("p", text);
    let annotations = pipeline.annotate(&document);
    let mut previous_end = 0;
    for sentence in &annotations.sentences {
        let span = sentence.span;
        assert!(span.start >= previous_end && span.start < span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(
            span.slice(text),
            span.slice(text).trim(),
            "sentences are trimmed"
        );
        previous_end = span.end;
    }
    let mut previous_end = 0;
    for entity in &annotations.entities {
        let span = entity.span;
        assert!(span.start >= previous_end && span.start < span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert!(!entity.canonical.is_empty());
        previous_end = span.end;
    }
    for paragraph in &annotations.paragraphs {
        assert!(text.is_char_boundary(paragraph.start) && text.is_char_boundary(paragraph.end));
    }
    // Every unit of the output addresses the same text.
    let chars: Vec<char> = text.chars().collect();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for unit in [OffsetUnit::Chars, OffsetUnit::Utf16, OffsetUnit::Bytes] {
        let mut line = Vec::new();
        write_record(
            &document,
            &annotations,
            OutputOptions { offsets: unit },
            &mut line,
        );
        let record: serde_json::Value = serde_json::from_slice(&line).unwrap();
        for (sentence, out) in annotations
            .sentences
            .iter()
            .zip(record["sentences"].as_array().unwrap())
        {
            let sliced = slice_in_unit(text, &chars, &utf16, unit, out);
            assert_eq!(sliced, sentence.span.slice(text));
        }
        for out in record["entities"].as_array().unwrap() {
            let sliced = slice_in_unit(text, &chars, &utf16, unit, out);
            assert_eq!(sliced, out["text"].as_str().unwrap());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_gives_valid_spans(text in newsy_text()) {
        check(&text);
    }
}

#[test]
fn regression_inputs() {
    for text in [
        "", " ", ".", "\n\n\n", "1.", "•", "a. ", ". . . .", "\r", "\u{2029}", "é.", "[...]",
    ] {
        check(text);
    }
}

/// Issue 7 regression: a long run of capitalised words (once labelled one 10,000-word person,
/// whose aliases took gigabytes) is never labelled whole.
#[test]
fn a_long_run_of_capitalised_words_is_not_one_name() {
    let text = "Charlie Alpha Bravo Delta Echo Foxtrot ".repeat(3000);
    let annotations = pipeline().annotate(&Document::new("caps", text.as_str()));
    for entity in &annotations.entities {
        assert!(
            entity.span.slice(&text).split_whitespace().count() <= 8,
            "{:?}",
            entity
        );
    }
}

/// Every input the fuzzer ever crashed on (`fuzz/regressions/`) still holds the invariants.
#[test]
fn fuzz_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        check(&String::from_utf8_lossy(&bytes));
    }
}

/// The entity stage tokenizes only the neighbourhoods of capitalised words; tokenizing every
/// word must give the same entities.
fn same_entities_with_full_tokens(text: &str) -> Result<(), TestCaseError> {
    static FULL: std::sync::OnceLock<gazette::entities::EntityTagger> = std::sync::OnceLock::new();
    let full = FULL.get_or_init(|| pipeline().entity_tagger().clone().with_full_tokens());
    let sentences = pipeline().segmenter().segment(text).sentences;
    let sparse = pipeline().entity_tagger().tag(text, &sentences);
    prop_assert_eq!(sparse, full.tag(text, &sentences), "{:?}", text);
    Ok(())
}

/// Sentences of ordinary words with names, titles and connectors among them.
fn sentences_with_names() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "the",
        "of",
        "de",
        "van",
        "and",
        "in",
        "town",
        "region",
        "said",
        "spokesman",
        "plc",
        "Corp.",
        "Inc",
        "minister",
        "John",
        "Smith",
        "Mary",
        "Bank",
        "England",
        "Reading",
        "Nice",
        "Ministry",
        "Defence",
        "President",
        "Governor",
        "NATO",
        "UN",
        "Ukraine-based",
        "Russia's",
        "O'Brien",
        "U.S.",
        "Mr.",
        "Élodie",
        "Ørsted",
        "Россия",
        "«",
        "\"",
        ",",
        "(",
        ")",
        "1996",
        "3pm",
        "-",
        ":",
        "today",
        "was",
        "a",
        "an",
        "new",
        "Party",
        "Labour",
        "Drevnik",
        "Selvana",
        "Kessler",
        "\u{a0}",
        "’s",
        "FC",
        "Rovers",
        "beat",
        "2-1",
        // A listed name opening in lower case, and words shaped so that no list has.
        "eBay",
        "“eBay",
        "iPod",
        "McDonald",
    ]);
    // Dense with names and connectors, so that windows meet in every way.
    let dense = prop::sample::select(vec![
        "of", "the", "for", "de", "Office", "Deputy", "Prime", "Minister", "Bank", "England",
        "said", "town", "in", "Kessler", "region", "plc", "FC", "A", "I", "\u{a0}", "Reading",
        // Sentence openers that may be skipped, and what may follow them.
        "The", "He", "However,", "But", "It", ";", "&", "\"He", "“The", "«It", "\"Smith",
    ]);
    let sentence = prop_oneof![
        prop::collection::vec(words, 1..40),
        prop::collection::vec(dense, 1..40),
    ]
    .prop_map(|w| w.join(" ") + ".");
    prop::collection::vec(sentence, 1..8).prop_map(|s| s.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn sparse_tokens_find_the_same_entities(text in sentences_with_names()) {
        same_entities_with_full_tokens(&text)?;
    }
}

#[test]
fn sparse_tokens_find_the_same_entities_in_the_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        same_entities_with_full_tokens(&text).unwrap();
        count += 1;
    }
    assert!(count >= 9);
}

//! The project's own corpus (`corpus/articles`, gold in `corpus/gold.jsonl`): every stage that
//! has landed must reproduce the hand-checked gold exactly.

use gazette::{Document, Pipeline};
use serde::Deserialize;

#[derive(Deserialize)]
struct GoldDocument {
    id: String,
    text: String,
    sentences: Vec<GoldSpan>,
}

#[derive(Deserialize)]
struct GoldSpan {
    start: usize,
    end: usize,
    text: String,
}

/// Converts code-point offsets of the gold file into a string slice of `text`.
fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn gold() -> Vec<GoldDocument> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/gold.jsonl");
    let contents = std::fs::read_to_string(path).expect("corpus/gold.jsonl");
    contents
        .lines()
        .map(|l| serde_json::from_str(l).expect("valid gold line"))
        .collect()
}

#[test]
fn gold_file_matches_the_articles() {
    for document in gold() {
        let path = format!(
            "{}/corpus/articles/{}",
            env!("CARGO_MANIFEST_DIR"),
            document.id
        );
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            document.text,
            "{path}"
        );
        for s in &document.sentences {
            assert_eq!(char_slice(&document.text, s.start, s.end), s.text);
        }
    }
}

#[test]
fn sentences_match_the_gold() {
    let pipeline = Pipeline::new().unwrap();
    let mut failures = Vec::new();
    for gold in gold() {
        let document = Document::new(gold.id.clone(), gold.text.clone());
        let got: Vec<&str> = pipeline
            .annotate(&document)
            .sentences
            .iter()
            .map(|s| s.span.slice(&document.text))
            .collect();
        let want: Vec<&str> = gold.sentences.iter().map(|s| s.text.as_str()).collect();
        if got != want {
            let first = got
                .iter()
                .zip(&want)
                .position(|(g, w)| g != w)
                .unwrap_or(got.len().min(want.len()));
            failures.push(format!(
                "{}: first difference at sentence {first}: got {:?}, want {:?}",
                gold.id,
                got.get(first),
                want.get(first)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

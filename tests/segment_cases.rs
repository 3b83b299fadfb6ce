//! Sentence-splitting cases from `tests/cases/segment.jsonl`: each gives a text and the exact
//! sentence strings expected, in order. The spans are checked through their surface text.

use gazette::Segmenter;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    sentences: Vec<String>,
}

#[test]
fn segment_cases() {
    let segmenter = Segmenter::default();
    let cases = include_str!("cases/segment.jsonl");
    let mut failures = Vec::new();
    for line in cases.lines().filter(|l| !l.trim().is_empty()) {
        let case: Case = serde_json::from_str(line).expect("valid case");
        let got: Vec<&str> = segmenter
            .segment(&case.text)
            .sentences
            .iter()
            .map(|s| s.slice(&case.text))
            .collect();
        if got != case.sentences {
            failures.push(format!(
                "{}: want {:?}\n    got  {:?}",
                case.name, case.sentences, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

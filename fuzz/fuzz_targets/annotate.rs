//! Fuzz target over `Pipeline::annotate`: any UTF-8 text in, and the invariants of the output
//! hold. Arbitrary bytes are decoded lossily so every input exercises the pipeline.

#![no_main]

use std::sync::OnceLock;

use gazette::{Document, Pipeline, Span};
use libfuzzer_sys::fuzz_target;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new().expect("the default pipeline builds"))
}

/// Sorted, non-overlapping, non-empty spans inside `text` on char boundaries.
fn check_ordered(text: &str, spans: impl Iterator<Item = Span>, what: &str) {
    let mut previous_end = 0;
    for span in spans {
        assert!(span.start < span.end, "{what}: empty span {span:?}");
        assert!(span.start >= previous_end, "{what}: overlap or disorder at {span:?}");
        check_inside(text, span, what);
        previous_end = span.end;
    }
}

fn check_inside(text: &str, span: Span, what: &str) {
    assert!(span.end <= text.len(), "{what}: {span:?} past the end {}", text.len());
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: {span:?} off a char boundary"
    );
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let document = Document::new("fuzz", text.as_ref());
    let annotations = pipeline().annotate(&document);
    let text = document.text.as_str();
    check_ordered(text, annotations.sentences.iter().map(|s| s.span), "sentence");
    check_ordered(text, annotations.paragraphs.iter().copied(), "paragraph");
    check_ordered(text, annotations.entities.iter().map(|e| e.span), "entity");
    for entity in &annotations.entities {
        assert!(!entity.canonical.is_empty(), "entity {:?} without canonical name", entity.span);
    }
    for quote in &annotations.quotes {
        check_inside(text, quote.span, "quote");
        if let Some(cue) = quote.cue {
            check_inside(text, cue, "cue");
        }
        if let Some(speaker) = &quote.speaker {
            check_inside(text, speaker.span, "speaker");
            if let Some(entity) = &speaker.entity {
                assert!(!entity.canonical.is_empty(), "speaker entity without name");
            }
        }
    }
});

//! A long document costs in proportion to its length: rules that look across the document
//! (names found once and given to every other mention, quotations that take an earlier
//! speaker) must not compare every mention with every other. A quadratic step shows as a
//! time ratio near 16 between a document and one four times as long; a linear one near 4.

use std::time::{Duration, Instant};

use gazette::{Document, Pipeline};

/// A paragraph that exercises the document-wide rules: a firm found by its coordination with
/// listed firms and named again, a firm found by its staff, a group found by its plural verb,
/// an unknown word repeated, a place found by its preposition, a quotation without a
/// speaker after an attributed one, a person named again by title and surname, a firm by
/// its head word and a club by its manager.
fn paragraph(i: usize) -> String {
    // Distinct invented words, so that the sets of found names grow with the document.
    let letters: Vec<char> = ('a'..='z').collect();
    let mut word = String::from("Q");
    let mut n = i;
    for _ in 0..4 {
        word.push(letters[n % 26]);
        n /= 26;
    }
    format!(
        "Google, {word}ia and Amazon rose. {word}ex chief executive Tom Reed said so. Duncan \
         Gorsby are touring. {word}ia fell. He lives in {word}ton now. \"I was there,\" said \
         Ann Lee. \"It was good.\" Tom {word}ford of the {word} Council met {word}by manager \
         Al Reyes. Mr {word}ford left.\n\n"
    )
}

/// The shortest of three runs of the pipeline over `paragraphs` paragraphs.
fn time_for(pipeline: &Pipeline, paragraphs: usize) -> Duration {
    let text: String = (0..paragraphs).map(paragraph).collect();
    let document = Document::new("long".to_string(), text);
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let annotations = pipeline.annotate(&document);
            let elapsed = start.elapsed();
            assert!(!annotations.entities.is_empty());
            elapsed
        })
        .min()
        .unwrap()
}

#[test]
fn a_document_four_times_as_long_takes_about_four_times_as_long() {
    let pipeline = Pipeline::new().unwrap();
    // (Both over 1 MB: below that, the question whether the document writes a word in lower
    // case searches the text itself, a cost bounded by the text's length.)
    let short = time_for(&pipeline, 8_000);
    let long = time_for(&pipeline, 32_000);
    let ratio = long.as_secs_f64() / short.as_secs_f64();
    assert!(
        ratio < 9.0,
        "8,000 paragraphs: {short:?}; 32,000 paragraphs: {long:?}; ratio {ratio:.1}"
    );
}

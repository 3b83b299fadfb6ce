//! The output contract (`docs/OUTPUT.md` of the shared docs, summarised in the README): one JSON
//! object per document. The types here are serialize-only views over borrowed data; offsets are
//! converted from bytes to the requested unit in one pass per document.

use serde::Serialize;

use crate::document::{Annotations, Document};
use crate::span::{OffsetMap, OffsetUnit, Span};

/// Output settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct OutputOptions {
    /// The unit of every `start`/`end` offset.
    pub offsets: OffsetUnit,
}

#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding: Option<&'a str>,
    sentences: Vec<OutSpan>,
    paragraphs: Vec<OutSpan>,
    entities: Vec<OutEntity<'a>>,
    quotes: Vec<OutQuote<'a>>,
}

#[derive(Serialize)]
struct OutQuote<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    cue: Option<OutText<'a>>,
    speaker: Option<OutSpeaker<'a>>,
    rule: &'static str,
}

#[derive(Serialize)]
struct OutText<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct OutSpeaker<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    entity: Option<OutReferent<'a>>,
}

#[derive(Serialize)]
struct OutReferent<'a> {
    canonical: &'a str,
    label: &'static str,
}

#[derive(Serialize)]
struct OutEntity<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    label: &'static str,
    canonical: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    rule: &'static str,
}

#[derive(Serialize)]
struct OutSpan {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a str,
    error: &'a str,
}

/// Appends the JSON line (with its `\n`) for one annotated document to `out`.
pub fn write_record(
    document: &Document,
    annotations: &Annotations,
    options: OutputOptions,
    out: &mut Vec<u8>,
) {
    let spans = annotations
        .sentences
        .iter()
        .map(|s| s.span)
        .chain(annotations.paragraphs.iter().copied())
        .chain(annotations.entities.iter().map(|e| e.span))
        .chain(annotations.quotes.iter().flat_map(|q| {
            [Some(q.span), q.cue, q.speaker.as_ref().map(|s| s.span)]
                .into_iter()
                .flatten()
        }));
    let offsets: Vec<usize> = spans.flat_map(|s| [s.start, s.end]).collect();
    let map = OffsetMap::new(&document.text, options.offsets, offsets);
    let convert = |s: Span| OutSpan {
        start: map.convert(s.start),
        end: map.convert(s.end),
    };
    let record = Record {
        id: &document.id,
        encoding: document.encoding,
        sentences: annotations
            .sentences
            .iter()
            .map(|s| convert(s.span))
            .collect(),
        paragraphs: annotations.paragraphs.iter().map(|&p| convert(p)).collect(),
        entities: annotations
            .entities
            .iter()
            .map(|e| OutEntity {
                start: map.convert(e.span.start),
                end: map.convert(e.span.end),
                text: e.span.slice(&document.text),
                label: e.label.as_str(),
                canonical: &e.canonical,
                id: e.id.as_deref(),
                rule: e.rule,
            })
            .collect(),
        quotes: annotations
            .quotes
            .iter()
            .map(|q| {
                let text_of = |span: Span| OutText {
                    start: map.convert(span.start),
                    end: map.convert(span.end),
                    text: span.slice(&document.text),
                };
                OutQuote {
                    start: map.convert(q.span.start),
                    end: map.convert(q.span.end),
                    text: q.span.slice(&document.text),
                    kind: q.kind.as_str(),
                    cue: q.cue.map(text_of),
                    speaker: q.speaker.as_ref().map(|s| OutSpeaker {
                        start: map.convert(s.span.start),
                        end: map.convert(s.span.end),
                        text: s.span.slice(&document.text),
                        entity: s.entity.as_ref().map(|r| OutReferent {
                            canonical: &r.canonical,
                            label: r.label.as_str(),
                        }),
                    }),
                    rule: q.rule,
                }
            })
            .collect(),
    };
    serde_json::to_writer(&mut *out, &record).expect("serialising to memory cannot fail");
    out.push(b'\n');
}

/// Appends the JSON line `{"id", "error"}` for a document that could not be processed.
pub fn write_error(id: &str, message: &str, out: &mut Vec<u8>) {
    serde_json::to_writer(&mut *out, &ErrorRecord { id, error: message })
        .expect("serialising to memory cannot fail");
    out.push(b'\n');
}

//! The unit of work ([`Document`]) and what the pipeline finds in it ([`Annotations`]).

use crate::entities::Entity;
use crate::quotes::Quote;
use crate::span::Span;

/// One input document: an identifier and its text, owned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The identifier written to the output (a relative path, or a JSON Lines record's `id`).
    pub id: String,
    /// The text exactly as read (after decoding to UTF-8; nothing else is normalised).
    pub text: String,
    /// The encoding the text was decoded from when it was not UTF-8 (e.g. `windows-1252`).
    pub encoding: Option<&'static str>,
}

impl Document {
    /// A UTF-8 document.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            encoding: None,
        }
    }
}

/// A sentence found by the segmenter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span of the sentence, without surrounding white space.
    pub span: Span,
}

/// Everything the pipeline found in one document, as byte spans into its text.
///
/// The lists are in text order and never overlap within a list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotations {
    /// Sentences, in order, not overlapping.
    pub sentences: Vec<Sentence>,
    /// Paragraphs (blocks of text between blank lines), in order, not overlapping.
    pub paragraphs: Vec<Span>,
    /// People, organisations and places, in order, not overlapping.
    pub entities: Vec<Entity>,
    /// Quotations with their speakers, in order.
    pub quotes: Vec<Quote>,
}

//! gazette: rule-based, very fast extraction of sentences, people, organisations, places and
//! quotations from news text.
//!
//! The library is a pipeline of stages in a fixed order over one [`Document`]; every stage
//! returns byte [`Span`]s into the original text, which is never rewritten.
//!
//! ```
//! use gazette::{Document, Pipeline};
//!
//! let pipeline = Pipeline::new().unwrap(); // build once ...
//! let document = Document::new("a", "Mr. Smith left at 5 p.m. He was tired.");
//! let annotations = pipeline.annotate(&document); // ... annotate many
//! let sentences: Vec<&str> =
//!     annotations.sentences.iter().map(|s| s.span.slice(&document.text)).collect();
//! assert_eq!(sentences, ["Mr. Smith left at 5 p.m.", "He was tired."]);
//! ```
//!
//! API conventions: builders compile data once and report bad input with file and line;
//! annotating cannot fail; spans are byte offsets, converted to other units only at output
//! ([`span::convert_offsets`]).

#![deny(missing_docs)]

pub mod bench;
pub mod corpus;
pub mod document;
pub mod entities;
pub mod error;
pub mod eval;
mod fold;
pub mod gazetteer;
pub mod output;
pub mod pipeline;
pub mod quotes;
pub mod segment;
pub mod span;
mod swar;

pub use document::{Annotations, Document, Sentence};
pub use entities::Entity;
pub use error::{Error, Result};
pub use gazetteer::Label;
pub use pipeline::{Pipeline, PipelineBuilder};
pub use quotes::Quote;
pub use segment::Segmenter;
pub use span::{OffsetUnit, Span};

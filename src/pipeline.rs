//! [`PipelineBuilder`] compiles every stage once and reports bad data; [`Pipeline::annotate`]
//! runs the stages over one document in a fixed order and cannot fail.

use std::path::{Path, PathBuf};

use crate::document::{Annotations, Document, Sentence};
use crate::error::{Error, Result};
use crate::segment::{Segmentation, Segmenter, DEFAULT_ABBREVIATIONS, DEFAULT_SENTENCE_STARTERS};

/// Configures and builds a [`Pipeline`].
#[derive(Debug, Clone, Default)]
pub struct PipelineBuilder {
    gazetteer_dir: Option<PathBuf>,
}

impl PipelineBuilder {
    /// A builder with the default, compiled-in data.
    pub fn new() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// Replaces the compiled-in data with the lists in `dir` (same layout as the repository's
    /// `gazetteers/` folder: `segment/abbreviations.tsv`, `segment/sentence_starters.txt`).
    pub fn gazetteer_dir(&mut self, dir: impl Into<PathBuf>) -> &mut PipelineBuilder {
        self.gazetteer_dir = Some(dir.into());
        self
    }

    /// Compiles the pipeline. Fails with the file and line of the first bad entry.
    pub fn build(&self) -> Result<Pipeline> {
        let segmenter = match &self.gazetteer_dir {
            None => Segmenter::from_lists(
                ("abbreviations.tsv", DEFAULT_ABBREVIATIONS),
                ("sentence_starters.txt", DEFAULT_SENTENCE_STARTERS),
            )?,
            Some(dir) => {
                let abbreviations = read_list(dir, "segment/abbreviations.tsv")?;
                let starters = read_list(dir, "segment/sentence_starters.txt")?;
                Segmenter::from_lists(
                    (&abbreviations.0, &abbreviations.1),
                    (&starters.0, &starters.1),
                )?
            }
        };
        Ok(Pipeline { segmenter })
    }
}

/// Reads `dir/relative`, returning its displayable name and contents.
fn read_list(dir: &Path, relative: &str) -> Result<(String, String)> {
    let path = dir.join(relative);
    let contents = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    Ok((path.display().to_string(), contents))
}

/// The compiled pipeline: read-only, `Send + Sync`, shared by reference across threads.
#[derive(Debug, Clone)]
pub struct Pipeline {
    segmenter: Segmenter,
}

impl Pipeline {
    /// A pipeline with the default, compiled-in data.
    pub fn new() -> Result<Pipeline> {
        PipelineBuilder::new().build()
    }

    /// The sentence splitter stage.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Runs every stage over `document`: sentences and paragraphs first; later stages work
    /// inside them.
    pub fn annotate(&self, document: &Document) -> Annotations {
        let Segmentation {
            sentences,
            paragraphs,
        } = self.segmenter.segment(&document.text);
        Annotations {
            sentences: sentences
                .into_iter()
                .map(|span| Sentence { span })
                .collect(),
            paragraphs,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipeline_is_send_sync_and_clone() {
        fn assert_traits<T: Send + Sync + Clone>() {}
        assert_traits::<Pipeline>();
    }

    #[test]
    fn missing_gazetteer_dir_names_the_file() {
        let err = PipelineBuilder::new()
            .gazetteer_dir("/nonexistent-gazette")
            .build()
            .unwrap_err();
        assert!(
            err.to_string()
                .contains("/nonexistent-gazette/segment/abbreviations.tsv"),
            "{err}"
        );
    }
}

//! [`PipelineBuilder`] compiles every stage once and reports bad data; [`Pipeline::annotate`]
//! runs the stages over one document in a fixed order and cannot fail.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::document::{Annotations, Document, Sentence};
use crate::entities::EntityTagger;
use crate::error::{Error, Result};
use crate::gazetteer::{defaults, Gazetteer, GazetteerBuilder, Lexicon};
use crate::quotes::{QuoteFinder, DEFAULT_CUES};
use crate::segment::{Segmentation, Segmenter, DEFAULT_ABBREVIATIONS, DEFAULT_SENTENCE_STARTERS};

/// Configures and builds a [`Pipeline`].
#[derive(Debug, Clone, Default)]
pub struct PipelineBuilder {
    gazetteer_dir: Option<PathBuf>,
    extra_gazetteers: Vec<PathBuf>,
}

impl PipelineBuilder {
    /// A builder with the default, compiled-in data.
    pub fn new() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// Replaces the compiled-in data with the lists in `dir`, laid out like the repository's
    /// `gazetteers/` folder (see the README).
    pub fn gazetteer_dir(&mut self, dir: impl Into<PathBuf>) -> &mut PipelineBuilder {
        self.gazetteer_dir = Some(dir.into());
        self
    }

    /// Adds a user's entity list (same TSV columns), with priority over every other list.
    pub fn add_gazetteer(&mut self, path: impl Into<PathBuf>) -> &mut PipelineBuilder {
        self.extra_gazetteers.push(path.into());
        self
    }

    /// Compiles the pipeline. Fails with the file and line of the first bad entry.
    pub fn build(&self) -> Result<Pipeline> {
        let started = Instant::now();
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
        // The automaton (most of the build time) compiles on a second thread while the word
        // lists load.
        let dir = self.gazetteer_dir.as_deref();
        let (gazetteer, lexicon) = std::thread::scope(|scope| {
            let automaton = scope.spawn(|| -> Result<Gazetteer> {
                let mut gazetteer = GazetteerBuilder::new();
                for path in &self.extra_gazetteers {
                    let contents = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
                    gazetteer.add_tsv(&path.display().to_string(), &contents)?;
                }
                defaults::load_entity_lists(dir, &mut gazetteer)?;
                gazetteer.build()
            });
            let mut lexicon = Lexicon::new();
            let words = defaults::load_word_lists(dir, &mut lexicon);
            let gazetteer = automaton
                .join()
                .map_err(|_| Error::config("the gazetteer build panicked"))?;
            words?;
            Ok::<_, Error>((gazetteer?, lexicon))
        })?;
        let entities = EntityTagger::new(gazetteer, lexicon);
        let quotes = match &self.gazetteer_dir {
            None => QuoteFinder::from_cues("quotes/cues.txt", DEFAULT_CUES)?,
            Some(dir) => {
                let (name, contents) = read_list(dir, "quotes/cues.txt")?;
                QuoteFinder::from_cues(&name, &contents)?
            }
        };
        Ok(Pipeline {
            segmenter,
            entities,
            quotes,
            build_seconds: started.elapsed().as_secs_f64(),
        })
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
    entities: EntityTagger,
    quotes: QuoteFinder,
    build_seconds: f64,
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

    /// The entity stage (gazetteer, word lists, rules).
    pub fn entity_tagger(&self) -> &EntityTagger {
        &self.entities
    }

    /// The quotation stage.
    pub fn quote_finder(&self) -> &QuoteFinder {
        &self.quotes
    }

    /// Seconds it took to build the pipeline.
    pub fn build_seconds(&self) -> f64 {
        self.build_seconds
    }

    /// Runs every stage over `document`, in order: sentences and paragraphs; entities inside
    /// sentences, linked across the document; quotations with their speakers, resolved to
    /// those entities.
    pub fn annotate(&self, document: &Document) -> Annotations {
        let Segmentation {
            sentences,
            paragraphs,
        } = self.segmenter.segment(&document.text);
        let text = &document.text;
        let entities = self.entities.tag(text, &sentences);
        let lexicon = self.entities.lexicon();
        let quotes = self
            .quotes
            .find(text, &sentences, &paragraphs, &entities, lexicon);
        Annotations {
            sentences: sentences
                .into_iter()
                .map(|span| Sentence { span })
                .collect(),
            paragraphs,
            entities,
            quotes,
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

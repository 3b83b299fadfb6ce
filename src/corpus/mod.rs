//! The corpus runner: inputs in bounded batches, annotated in parallel, written in input order.
//!
//! Memory stays flat whatever the corpus size: at most three batches are alive (the one being
//! annotated, the one being written and the next, listed but not yet read), each bounded in
//! documents and bytes. Every document
//! is read, annotated and serialised inside its worker; one thread writes, in input order, so
//! the output is byte-identical for any number of threads. One bad document becomes an error
//! record; it never stops the run.

pub mod input;
pub mod resume;

use std::fs::File;
use std::io::{self, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::output::{write_error, write_record, OutputOptions};
use crate::pipeline::Pipeline;
use input::{load, Job, Jobs, LoadLimits, Loaded, Selection};

/// Everything that shapes one run, resolved from the command line.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Worker threads (at least 1).
    pub threads: usize,
    /// Which files of a folder are read.
    pub selection: Selection,
    /// Output settings (offset unit).
    pub output: OutputOptions,
    /// Where to write; `None` for standard output.
    pub out_path: Option<PathBuf>,
    /// Show a progress bar on standard error.
    pub progress: bool,
    /// Print per-document error messages on standard error.
    pub report_errors: bool,
    /// Limits applied while reading files.
    pub limits: LoadLimits,
    /// At most this many documents per batch.
    pub batch_documents: usize,
    /// At most about this many input bytes per batch.
    pub batch_bytes: u64,
    /// Continue an interrupted run: keep the complete records of the earlier output.
    pub resume: bool,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            selection: Selection {
                extensions: vec!["txt".into()],
            },
            output: OutputOptions::default(),
            out_path: None,
            progress: false,
            report_errors: true,
            limits: LoadLimits::default(),
            batch_documents: 1024,
            batch_bytes: 8 << 20,
            resume: false,
        }
    }
}

/// The most documents a worker annotates as one indivisible task. Rayon otherwise cuts a
/// batch into a few large pieces, and at the end of every batch one worker would wait while
/// another finishes a piece of a hundred documents or more: on two cores about a tenth of the
/// run. Small tasks keep both busy to the end of each batch (measured in benches/RESULTS.md).
const DOCUMENTS_PER_TASK: usize = 4;

/// Skips the jobs whose records an earlier run already wrote, checking their ids.
fn skip_done(jobs: &mut Jobs, ids: &[String], path: &Path, bar: &ProgressBar) -> Result<()> {
    for (index, id) in ids.iter().enumerate() {
        let Some(job) = jobs.next() else {
            return Err(Error::config(format!(
                "{}: has {} records but the inputs have only {index} documents: not the same inputs",
                path.display(),
                ids.len()
            )));
        };
        bar.inc(job.size());
        let expected = match &job {
            Job::File { id, .. } | Job::Failed { id, .. } => Some(id.as_str()),
            Job::Line { .. } => None, // the id is inside the line; the position decides
        };
        if let Some(expected) = expected.filter(|e| e != id) {
            return Err(Error::config(format!(
                "{}: record {} is {id:?} but the inputs give {expected:?} there: not the same inputs",
                path.display(),
                index + 1
            )));
        }
    }
    Ok(())
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Records kept from an interrupted run (`--resume`), not counted in `documents`.
    pub resumed: u64,
    /// Records written (documents and error records).
    pub documents: u64,
    /// Error records among them.
    pub failed: u64,
    /// Input bytes of the documents processed.
    pub bytes: u64,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// True when the reader of standard output went away (e.g. `| head`): not an error.
    pub output_closed: bool,
}

impl Summary {
    /// The one-line report printed at the end of a run.
    pub fn line(&self) -> String {
        let mb = self.bytes as f64 / 1e6;
        let rate = if self.seconds > 0.0 {
            mb / self.seconds
        } else {
            0.0
        };
        let resumed = if self.resumed > 0 {
            format!(" (after {} kept from the earlier run)", self.resumed)
        } else {
            String::new()
        };
        format!(
            "gazette: {} documents{resumed}, {} failed, {:.1} MB in {:.2} s ({:.1} MB/s)",
            self.documents, self.failed, mb, self.seconds, rate
        )
    }
}

/// One document's result, serialised in its worker.
struct Outcome {
    /// The JSON line, with its newline.
    line: Vec<u8>,
    /// The message for standard error when the document failed.
    error: Option<String>,
    /// Input bytes.
    bytes: u64,
}

fn process(pipeline: &Pipeline, job: Job, options: &RunOptions) -> Outcome {
    let estimated = job.size();
    let mut line = Vec::new();
    match load(job, options.limits) {
        Loaded::Document(document) => {
            let bytes = document.text.len() as u64;
            let annotated = catch_unwind(AssertUnwindSafe(|| {
                let annotations = pipeline.annotate(&document);
                let mut line = Vec::with_capacity(256 + document.text.len() / 8);
                write_record(&document, &annotations, options.output, &mut line);
                line
            }));
            match annotated {
                Ok(line) => Outcome {
                    line,
                    error: None,
                    bytes,
                },
                Err(_) => {
                    let message = format!(
                        "{}: internal error while annotating (a bug: please report it)",
                        document.id
                    );
                    write_error(&document.id, &message, &mut line);
                    Outcome {
                        line,
                        error: Some(message),
                        bytes,
                    }
                }
            }
        }
        Loaded::Failed { id, message } => {
            write_error(&id, &message, &mut line);
            Outcome {
                line,
                error: Some(message),
                bytes: estimated,
            }
        }
    }
}

/// The destination: standard output, a device or pipe written in place, or a temporary file
/// renamed into place at the end.
struct Sink {
    writer: Box<dyn Write + Send>,
    /// (temporary path, final path) when writing to a file.
    rename: Option<(PathBuf, PathBuf)>,
    /// What error messages call the destination.
    name: PathBuf,
}

/// True when `path` names something other than a regular file (`/dev/null`, a named pipe):
/// it is written in place, since renaming a temporary file over it would replace it.
fn is_special(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

impl Sink {
    fn open(out_path: Option<&Path>, resumed: Option<File>) -> Result<Sink> {
        let Some(path) = out_path else {
            return Ok(Sink {
                writer: Box::new(io::BufWriter::with_capacity(1 << 16, io::stdout())),
                rename: None,
                name: PathBuf::from("<stdout>"),
            });
        };
        if is_special(path) {
            let file = File::options()
                .write(true)
                .open(path)
                .map_err(|e| Error::io(path, e))?;
            return Ok(Sink {
                writer: Box::new(io::BufWriter::with_capacity(1 << 16, file)),
                rename: None,
                name: path.to_path_buf(),
            });
        }
        let partial = resume::partial_path(path);
        let file = match resumed {
            Some(file) => file,
            None => File::create(&partial).map_err(|e| Error::io(&partial, e))?,
        };
        Ok(Sink {
            writer: Box::new(io::BufWriter::with_capacity(1 << 16, file)),
            name: partial.clone(),
            rename: Some((partial, path.to_path_buf())),
        })
    }

    fn finish(mut self) -> Result<()> {
        let flushed = self.writer.flush();
        if let Some((partial, path)) = self.rename.take() {
            flushed.map_err(|e| Error::io(&partial, e))?;
            drop(self.writer);
            std::fs::rename(&partial, &path).map_err(|e| Error::io(&path, e))?;
            return Ok(());
        }
        match flushed {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Error::io(&self.name, e)),
            _ => Ok(()),
        }
    }
}

/// Sums the sizes of the inputs, for the progress bar's total (None when unknown, as for `-`).
fn total_bytes(inputs: &[String], selection: &Selection) -> Option<u64> {
    let mut total = 0;
    for input in inputs {
        if input == "-" {
            return None;
        }
        let path = Path::new(input);
        if path.is_dir() {
            for entry in walkdir::WalkDir::new(path)
                .follow_links(true)
                .into_iter()
                .flatten()
            {
                let wanted = entry.file_type().is_file()
                    && entry
                        .path()
                        .extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| {
                            selection
                                .extensions
                                .iter()
                                .any(|x| x.eq_ignore_ascii_case(e))
                        });
                if wanted {
                    total += entry.metadata().map_or(0, |m| m.len());
                }
            }
        } else {
            total += std::fs::metadata(path).map_or(0, |m| m.len());
        }
    }
    Some(total)
}

fn progress_bar(inputs: &[String], options: &RunOptions) -> ProgressBar {
    if !options.progress {
        return ProgressBar::hidden();
    }
    let target = ProgressDrawTarget::stderr_with_hz(4);
    match total_bytes(inputs, &options.selection) {
        Some(total) => {
            let bar = ProgressBar::with_draw_target(Some(total), target);
            bar.set_style(
                ProgressStyle::with_template(
                    "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
                )
                .expect("valid template"),
            );
            bar
        }
        None => {
            let bar = ProgressBar::with_draw_target(None, target);
            bar.set_style(
                ProgressStyle::with_template("{spinner} {bytes} {binary_bytes_per_sec} {msg}")
                    .expect("valid template"),
            );
            bar
        }
    }
}

/// Runs the pipeline over `inputs` (folders, files, JSON Lines files, `-`) and writes one JSON
/// line per document in input order.
///
/// Per-document failures become error records (counted in [`Summary::failed`]); only a failure
/// of the run itself (the output cannot be written, the thread pool cannot start) is an `Err`.
pub fn run(pipeline: &Pipeline, inputs: Vec<String>, options: &RunOptions) -> Result<Summary> {
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.max(1))
        .build()
        .map_err(|e| {
            Error::config(format!(
                "cannot start {} worker threads: {e}",
                options.threads
            ))
        })?;
    let bar = progress_bar(&inputs, options);
    let mut jobs = Jobs::new(inputs, options.selection.clone());
    let mut summary = Summary::default();
    let resumed = match (&options.out_path, options.resume) {
        (Some(out), true) if is_special(out) => {
            return Err(Error::config(format!(
                "--resume needs a regular output file, and {} is not one",
                out.display()
            )))
        }
        (Some(out), true) => resume::open(out)?,
        (None, true) => return Err(Error::config("--resume needs --output FILE")),
        _ => None,
    };
    let resumed_file = match resumed {
        Some(resumed) => {
            skip_done(&mut jobs, &resumed.ids, &resumed.path, &bar)?;
            summary.resumed = resumed.ids.len() as u64;
            Some(resumed.file)
        }
        None => None,
    };
    let mut sink = Sink::open(options.out_path.as_deref(), resumed_file)?;

    let next_batch = |jobs: &mut Jobs| -> Vec<Job> {
        let (mut batch, mut bytes) = (Vec::new(), 0u64);
        while batch.len() < options.batch_documents && bytes < options.batch_bytes {
            let Some(job) = jobs.next() else { break };
            bytes += job.size();
            batch.push(job);
        }
        batch
    };

    let write_result = pool.install(|| -> io::Result<()> {
        let mut pending: Vec<Outcome> = Vec::new();
        let mut batch = next_batch(&mut jobs);
        loop {
            if batch.is_empty() && pending.is_empty() {
                return Ok(());
            }
            // Write the previous batch and list the next while this one is annotated: listing
            // a folder (a `stat` per file) and writing are serial work that would otherwise
            // leave the other workers idle.
            let (written, outcomes) = rayon::join(
                || {
                    let written = write_batch(
                        &mut sink,
                        std::mem::take(&mut pending),
                        &mut summary,
                        &bar,
                        options,
                    );
                    written.map(|()| next_batch(&mut jobs))
                },
                || {
                    std::mem::take(&mut batch)
                        .into_par_iter()
                        .with_max_len(DOCUMENTS_PER_TASK)
                        .map(|job| process(pipeline, job, options))
                        .collect::<Vec<_>>()
                },
            );
            batch = written?;
            pending = outcomes;
        }
    });
    bar.finish_and_clear();
    match write_result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe && sink.rename.is_none() => {
            summary.output_closed = true;
        }
        Err(e) => return Err(Error::io(&sink.name, e)),
        Ok(()) => sink.finish()?,
    }
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

fn write_batch(
    sink: &mut Sink,
    outcomes: Vec<Outcome>,
    summary: &mut Summary,
    bar: &ProgressBar,
    options: &RunOptions,
) -> io::Result<()> {
    for outcome in outcomes {
        sink.writer.write_all(&outcome.line)?;
        summary.documents += 1;
        summary.bytes += outcome.bytes;
        bar.inc(outcome.bytes);
        if let Some(message) = outcome.error {
            summary.failed += 1;
            if options.report_errors {
                bar.suspend(|| eprintln!("gazette: error: {message}"));
            }
        }
    }
    bar.set_message(format!("{} documents", summary.documents));
    Ok(())
}

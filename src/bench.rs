//! `gazette bench`: throughput per stage and end to end over documents held in memory, plus one
//! pass through the real reader and writer, with peak memory.
//!
//! Stages are timed cumulatively on one thread (segment; + entities; + quotes; + JSON), so
//! the cost of a stage is the difference between two lines. The end-to-end figure with N
//! threads runs the same work through a rayon pool of N threads.

use std::time::Instant;

use rayon::prelude::*;
use serde::Serialize;

use crate::corpus::input::{load, Jobs, LoadLimits, Loaded, Selection};
use crate::corpus::{self, RunOptions};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::output::{write_record, OutputOptions};
use crate::pipeline::Pipeline;

/// One measured line.
#[derive(Debug, Clone, Serialize)]
pub struct Measurement {
    /// What was timed.
    pub name: String,
    /// Worker threads.
    pub threads: usize,
    /// Median seconds of the runs.
    pub seconds: f64,
    /// Megabytes (10^6 bytes) of input per second.
    pub mb_per_second: f64,
    /// Documents per second.
    pub documents_per_second: f64,
}

/// Everything `gazette bench` reports.
#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    /// Documents in the input.
    pub documents: usize,
    /// Input bytes.
    pub bytes: usize,
    /// Entries in the entity gazetteer.
    pub gazetteer_entries: usize,
    /// Seconds to build the pipeline.
    pub build_seconds: f64,
    /// The measurements, in order.
    pub measurements: Vec<Measurement>,
    /// Peak resident memory of the process in megabytes (from /proc; 0 where unavailable).
    pub peak_rss_mb: f64,
}

/// Reads every input into memory (documents that fail to load are skipped and counted out).
pub fn load_documents(inputs: Vec<String>, selection: Selection) -> Vec<Document> {
    Jobs::new(inputs, selection)
        .filter_map(|job| match load(job, LoadLimits::default()) {
            Loaded::Document(d) => Some(d),
            Loaded::Failed { .. } => None,
        })
        .collect()
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

/// Peak resident set size of this process, in megabytes (Linux `VmHWM`).
pub fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Runs the benchmark: `runs` timed passes per line (the median is reported).
pub fn run(
    pipeline: &Pipeline,
    inputs: Vec<String>,
    selection: Selection,
    threads: usize,
    runs: usize,
) -> Result<BenchReport> {
    let documents = load_documents(inputs.clone(), selection.clone());
    if documents.is_empty() {
        return Err(Error::config("no document to benchmark in the inputs"));
    }
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    let runs = runs.max(1);
    let mut measurements = Vec::new();
    let mut measure = |name: &str, threads: usize, work: &dyn Fn() -> usize| {
        let expected = work();
        let times: Vec<f64> = (0..runs)
            .map(|_| {
                let started = Instant::now();
                let count = work();
                assert_eq!(
                    count, expected,
                    "a benchmark pass must do the same work every time"
                );
                started.elapsed().as_secs_f64()
            })
            .collect();
        let seconds = median(times);
        measurements.push(Measurement {
            name: name.to_string(),
            threads,
            seconds,
            mb_per_second: bytes as f64 / 1e6 / seconds,
            documents_per_second: documents.len() as f64 / seconds,
        });
    };
    let segmenter = pipeline.segmenter();
    let tagger = pipeline.entity_tagger();
    measure("segment", 1, &|| {
        documents
            .iter()
            .map(|d| segmenter.segment(&d.text).sentences.len())
            .sum()
    });
    measure("segment+entities", 1, &|| {
        documents
            .iter()
            .map(|d| {
                let segmentation = segmenter.segment(&d.text);
                tagger.tag(&d.text, &segmentation.sentences).len()
            })
            .sum()
    });
    measure("segment+entities+quotes", 1, &|| {
        documents
            .iter()
            .map(|d| pipeline.annotate(d).quotes.len() + 1)
            .sum()
    });
    let end_to_end = |d: &Document| {
        let annotations = pipeline.annotate(d);
        let mut line = Vec::with_capacity(d.text.len());
        write_record(d, &annotations, OutputOptions::default(), &mut line);
        line.len()
    };
    measure("annotate+json", 1, &|| {
        documents.iter().map(end_to_end).sum()
    });
    if threads > 1 {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| Error::config(format!("cannot start {threads} threads: {e}")))?;
        measure("annotate+json", threads, &|| {
            pool.install(|| documents.par_iter().map(end_to_end).sum())
        });
    }
    // Once through the real reader and writer (files read from disk, output to a temporary file).
    let out = std::env::temp_dir().join(format!("gazette-bench-{}.jsonl", std::process::id()));
    let options = RunOptions {
        threads,
        selection,
        out_path: Some(out.clone()),
        report_errors: false,
        ..RunOptions::default()
    };
    let started = Instant::now();
    let summary = corpus::run(pipeline, inputs, &options)?;
    let seconds = started.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&out);
    measurements.push(Measurement {
        name: "extract (read + annotate + write)".into(),
        threads,
        seconds,
        mb_per_second: summary.bytes as f64 / 1e6 / seconds,
        documents_per_second: summary.documents as f64 / seconds,
    });
    Ok(BenchReport {
        documents: documents.len(),
        bytes,
        gazetteer_entries: tagger.gazetteer().len(),
        build_seconds: pipeline.build_seconds(),
        measurements,
        peak_rss_mb: peak_rss_mb(),
    })
}

impl BenchReport {
    /// The report as a human-readable table.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{} documents, {:.1} MB; gazetteer {} entries, built in {:.3} s\n",
            self.documents,
            self.bytes as f64 / 1e6,
            self.gazetteer_entries,
            self.build_seconds
        );
        out.push_str(&format!(
            "{:<36} {:>7} {:>10} {:>10} {:>12}\n",
            "stage", "threads", "seconds", "MB/s", "documents/s"
        ));
        for m in &self.measurements {
            out.push_str(&format!(
                "{:<36} {:>7} {:>10.4} {:>10.1} {:>12.0}\n",
                m.name, m.threads, m.seconds, m.mb_per_second, m.documents_per_second
            ));
        }
        out.push_str(&format!("peak RSS {:.1} MB\n", self.peak_rss_mb));
        out
    }
}

//! Throughput benchmarks on real news text, in bytes per second.
//!
//! Text: the BBC folder of the shared research data when it is beside the repository
//! (`../shared/corpus/bbc`, or `GAZETTE_BENCH_CORPUS=DIR`), else the project's own
//! `corpus/articles`. Each benchmark asserts a known count inside the loop, so a benchmark whose
//! stage stops working fails instead of getting faster. Results worth keeping: `benches/RESULTS.md`.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gazette::segment::Segmentation;
use gazette::{Document, Pipeline, Segmenter};

/// The benchmark corpus: every `.txt` file of the folder, in sorted order.
fn corpus() -> (String, Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates: Vec<PathBuf> = std::env::var_os("GAZETTE_BENCH_CORPUS")
        .map(PathBuf::from)
        .into_iter()
        .chain([
            root.join("../shared/corpus/bbc"),
            root.join("corpus/articles"),
        ])
        .collect();
    let dir = candidates
        .into_iter()
        .find(|d| d.is_dir())
        .expect("a corpus folder");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let texts = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let name = dir.file_name().map_or_else(
        || dir.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    (name, texts)
}

fn segmenter(c: &mut Criterion) {
    let (name, texts) = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let segmenter = Segmenter::default();
    let mut out = Segmentation::default();
    let expected: usize = texts
        .iter()
        .map(|t| segmenter.segment(t).sentences.len())
        .sum();
    assert!(expected > 0);
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("sentences/{}docs/{name}", texts.len()), |b| {
        b.iter(|| {
            let mut count = 0;
            for text in &texts {
                segmenter.segment_into(text, &mut out);
                count += out.sentences.len();
            }
            assert_eq!(count, expected);
        })
    });
    group.finish();
}

fn end_to_end(c: &mut Criterion) {
    let (name, texts) = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let pipeline = Pipeline::new().unwrap();
    let documents: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(i.to_string(), t.clone()))
        .collect();
    let expected: usize = documents
        .iter()
        .map(|d| pipeline.annotate(d).sentences.len())
        .sum();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("annotate+json/{}docs/{name}", texts.len()), |b| {
        let mut line = Vec::new();
        b.iter(|| {
            let mut count = 0;
            for document in &documents {
                let annotations = pipeline.annotate(document);
                count += annotations.sentences.len();
                line.clear();
                gazette::output::write_record(
                    document,
                    &annotations,
                    Default::default(),
                    &mut line,
                );
            }
            assert_eq!(count, expected);
        })
    });
    group.finish();
}

criterion_group!(benches, segmenter, end_to_end);
criterion_main!(benches);

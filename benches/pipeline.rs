//! Throughput benchmarks on real news text, in bytes per second.
//!
//! Text: the BBC folder of the shared research data when it is beside the repository
//! (`../shared/corpus/bbc`, or `GAZETTE_BENCH_CORPUS=DIR`), else the project's own
//! `corpus/articles`. Each benchmark asserts a known count inside the loop, so a benchmark whose
//! stage stops working fails instead of getting faster. Results worth keeping: `benches/RESULTS.md`.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gazette::entities::EntityTagger;
use gazette::gazetteer::{defaults, GazetteerBuilder, Lexicon};
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

/// Entities found in `texts` (whose sentences are given): the count asserted in the loops.
fn count_entities(
    tagger: &EntityTagger,
    texts: &[String],
    sentences: &[Vec<gazette::Span>],
) -> usize {
    texts
        .iter()
        .zip(sentences)
        .map(|(t, s)| tagger.tag(t, s).len())
        .sum()
}

/// The entity stage alone (sentences computed beforehand), with the full default gazetteers.
fn entities(c: &mut Criterion) {
    let (name, texts) = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let pipeline = Pipeline::new().unwrap();
    let sentences: Vec<_> = texts
        .iter()
        .map(|t| pipeline.segmenter().segment(t).sentences)
        .collect();
    let tagger = pipeline.entity_tagger();
    let expected = count_entities(tagger, &texts, &sentences);
    assert!(expected > 0);
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("tag/{}docs/{name}", texts.len()), |b| {
        b.iter(|| {
            let count = count_entities(tagger, &texts, &sentences);
            assert_eq!(count, expected);
        })
    });
    group.finish();
}

/// The quotation stage alone (sentences, paragraphs and entities computed beforehand).
fn quotes(c: &mut Criterion) {
    let (name, texts) = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let pipeline = Pipeline::new().unwrap();
    let prepared: Vec<_> = texts
        .iter()
        .map(|t| {
            let segmentation = pipeline.segmenter().segment(t);
            let entities = pipeline.entity_tagger().tag(t, &segmentation.sentences);
            (segmentation, entities)
        })
        .collect();
    let finder = pipeline.quote_finder();
    let lexicon = pipeline.entity_tagger().lexicon();
    let run = || -> usize {
        texts
            .iter()
            .zip(&prepared)
            .map(|(t, (seg, ents))| {
                finder
                    .find(t, &seg.sentences, &seg.paragraphs, ents, lexicon)
                    .len()
            })
            .sum()
    };
    let expected = run();
    assert!(expected > 0);
    let mut group = c.benchmark_group("quotes");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("find/{}docs/{name}", texts.len()), |b| {
        b.iter(|| assert_eq!(run(), expected))
    });
    group.finish();
}

/// The entity stage over gazetteers of growing size: the first 1k and 10k entries of the
/// default lists, all of them (about 51k), and all of them plus synthetic person names
/// (given name x surname from the word lists) to pass 100k.
fn gazetteer_sizes(c: &mut Criterion) {
    let (_, texts) = corpus();
    let texts: Vec<String> = texts.into_iter().take(300).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let segmenter = Segmenter::default();
    let sentences: Vec<_> = texts
        .iter()
        .map(|t| segmenter.segment(t).sentences)
        .collect();
    let all_lines: Vec<&str> = defaults::ENTITY_LISTS
        .iter()
        .flat_map(|(_, contents)| {
            contents
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        })
        .collect();
    let given: Vec<&str> = defaults::GIVEN_NAMES
        .1
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .take(400)
        .collect();
    let surnames: Vec<&str> = defaults::SURNAMES
        .1
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .take(150)
        .collect();
    let synthetic: String = given
        .iter()
        .flat_map(|g| {
            surnames
                .iter()
                .map(move |s| format!("{g} {s}\tPER\t{g} {s}\t\t\n"))
        })
        .collect();
    let mut group = c.benchmark_group("gazetteer-size");
    group.throughput(Throughput::Bytes(bytes as u64));
    for size in [
        1_000usize,
        10_000,
        all_lines.len(),
        all_lines.len() + 60_000,
    ] {
        let mut builder = GazetteerBuilder::new();
        let take = size.min(all_lines.len());
        builder
            .add_tsv("subset", &all_lines[..take].join("\n"))
            .unwrap();
        if size > all_lines.len() {
            builder.add_tsv("synthetic", &synthetic).unwrap();
        }
        let mut lexicon = Lexicon::new();
        let mut ignored = GazetteerBuilder::new();
        defaults::load_defaults(&mut ignored, &mut lexicon).unwrap();
        let tagger = EntityTagger::new(builder.build().unwrap(), lexicon);
        let entries = tagger.gazetteer().len();
        let expected = count_entities(&tagger, &texts, &sentences);
        group.bench_with_input(BenchmarkId::new("tag", entries), &entries, |b, _| {
            b.iter(|| {
                assert_eq!(count_entities(&tagger, &texts, &sentences), expected);
            })
        });
    }
    group.finish();
}

/// Floors for the entity stage, not stages of the pipeline: tokenizing every word of the text;
/// that plus one hash-set probe per capitalised word into a set as large as the default lists
/// (every lower-cased word of the entity lists and the common words); a byte scan for the
/// capitalised words with one probe each, the least that a tagger looking words up must do,
/// the same scan alone, and the same probes into a table whose keys sit inside it.
/// They bound what a design built on hash look-ups can reach on the machine that runs them
/// (DESIGN.md, "Speed").
fn floors(c: &mut Criterion) {
    use gazette::entities::tokens::tokenize;
    use gazette::Span;
    let (name, texts) = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut words: rustc_hash::FxHashSet<Box<[u8]>> = Default::default();
    for (_, contents) in defaults::ENTITY_LISTS
        .iter()
        .chain([&defaults::COMMON_WORDS])
    {
        for line in contents.lines().filter(|l| !l.starts_with('#')) {
            let surface = line.split('\t').next().unwrap_or_default();
            for word in surface.split_whitespace() {
                words.insert(word.to_lowercase().into_bytes().into());
            }
        }
    }
    // One probe into `words`: the word folded to lower case in a stack buffer.
    let probe_words = |word: &[u8]| -> bool {
        let mut buffer = [0u8; 32];
        buffer.get_mut(..word.len()).is_some_and(|folded| {
            folded.copy_from_slice(word);
            folded.make_ascii_lowercase();
            words.contains(&*folded)
        })
    };
    let mut tokens = Vec::new();
    let mut run = |probe: bool| -> (usize, usize) {
        let (mut count, mut hits) = (0, 0);
        for text in &texts {
            tokens.clear();
            tokenize(text, Span::new(0, text.len()), &mut tokens);
            count += tokens.len();
            if probe {
                hits += tokens
                    .iter()
                    .filter(|t| t.capitalised && probe_words(t.span.slice(text).as_bytes()))
                    .count();
            }
        }
        (count, hits)
    };
    // The same probes against a table whose keys sit inside it (zero-padded to 24 bytes, as
    // the gazetteer's one-word table keeps them): one memory access fewer a probe.
    let inline: rustc_hash::FxHashSet<[u8; 24]> = words
        .iter()
        .filter(|w| w.len() <= 24)
        .map(|w| {
            let mut key = [0u8; 24];
            key[..w.len()].copy_from_slice(w);
            key
        })
        .collect();
    let probe_inline = |word: &[u8]| -> bool {
        if word.len() > 24 {
            return false;
        }
        let mut key = [0u8; 24];
        key[..word.len()].copy_from_slice(word);
        key.make_ascii_lowercase();
        inline.contains(&key)
    };
    let expected = (
        run(false),
        run(true),
        scan_capitals(&texts, probe_words),
        scan_capitals(&texts, probe_inline),
        scan_capitals(&texts, |_| false),
    );
    assert!(expected.1 .1 > 0 && expected.2 .1 > 0 && expected.3 .1 > 0);
    let mut group = c.benchmark_group("floor");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("tokenize-all/{}docs/{name}", texts.len()), |b| {
        b.iter(|| assert_eq!(run(false), expected.0))
    });
    group.bench_function(
        format!(
            "tokenize+probe/{}docs/{name}/{}words",
            texts.len(),
            words.len()
        ),
        |b| b.iter(|| assert_eq!(run(true), expected.1)),
    );
    group.bench_function(
        format!(
            "capitals+probe/{}docs/{name}/{}words",
            texts.len(),
            words.len()
        ),
        |b| b.iter(|| assert_eq!(scan_capitals(&texts, probe_words), expected.2)),
    );
    group.bench_function(format!("capitals/{}docs/{name}", texts.len()), |b| {
        b.iter(|| assert_eq!(scan_capitals(&texts, |_| false), expected.4))
    });
    group.bench_function(
        format!(
            "capitals+probe-inline/{}docs/{name}/{}words",
            texts.len(),
            inline.len()
        ),
        |b| b.iter(|| assert_eq!(scan_capitals(&texts, probe_inline), expected.3)),
    );
    group.finish();
}

/// The least a tagger that looks words up can do: find the capitalised words of `texts` by a
/// byte scan (an ASCII capital after a byte that is not a letter or digit, up to the next such
/// byte) and `probe` each. Returns the words found and the probes that hit.
fn scan_capitals(texts: &[String], probe: impl Fn(&[u8]) -> bool) -> (usize, usize) {
    let (mut count, mut hits) = (0, 0);
    for text in texts {
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let starts = bytes[at].is_ascii_uppercase()
                && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric());
            if !starts {
                at += 1;
                continue;
            }
            let len = bytes[at..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - at);
            hits += usize::from(probe(&bytes[at..at + len]));
            count += 1;
            at += len;
        }
    }
    (count, hits)
}

criterion_group!(
    benches,
    segmenter,
    entities,
    quotes,
    end_to_end,
    gazetteer_sizes,
    floors
);
criterion_main!(benches);

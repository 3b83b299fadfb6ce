//! Scoring against gold data, so users can measure the pipeline (and their own gazetteers) on
//! their own annotated text: `gazette eval --task entities|quotes|sentences --gold FILE`.
//!
//! Gold is JSON Lines in the output schema (`id`, `text`, and `sentences`, `entities` or
//! `quotes` with code-point offsets), or, for entities, a CoNLL-2003 column file (token first,
//! IOB tag last; documents separated by `-DOCSTART-`; tokens joined by single spaces).
//! The figures follow the team's shared scorer: exact span and label for entities; for quotes,
//! a gold quotation is found when a predicted one lies mostly inside it (marks stripped), and
//! attributed when the predicted speaker overlaps a gold speaker span.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::document::Document;
use crate::error::{Error, Result};
use crate::pipeline::Pipeline;
use crate::span::Span;

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// True positives.
    pub tp: usize,
    /// False positives.
    pub fp: usize,
    /// False negatives.
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// tp / (tp + fn).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A gold document: text plus whichever annotations the file has (code-point offsets).
#[derive(Debug, Deserialize)]
pub struct GoldDocument {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    sentences: Option<Vec<GoldSpan>>,
    #[serde(default)]
    spans: Option<Vec<GoldSpan>>,
    #[serde(default)]
    entities: Option<Vec<GoldEntity>>,
    #[serde(default)]
    quotes: Option<Vec<GoldQuote>>,
    #[serde(default)]
    attributions: Option<Vec<GoldAttribution>>,
}

/// A sentence span of a gold file, or a bare sentence string (golden-rule files).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum GoldSpan {
    Span { start: usize, end: usize },
    Text(String),
}

#[derive(Debug, Deserialize)]
struct GoldEntity {
    start: usize,
    end: usize,
    label: String,
}

#[derive(Debug, Deserialize)]
struct GoldQuote {
    start: usize,
    end: usize,
    #[serde(default)]
    speakers: Option<Vec<GoldRange>>,
    #[serde(default)]
    speaker: Option<GoldRange>,
}

#[derive(Debug, Deserialize, Clone, Copy)]
struct GoldRange {
    start: usize,
    end: usize,
}

#[derive(Debug, Deserialize)]
struct GoldAttribution {
    #[serde(default)]
    direct: Option<bool>,
    #[serde(default)]
    quotation: Option<String>,
    #[serde(default)]
    content: Option<GoldFragments>,
    #[serde(default)]
    source: Option<GoldFragments>,
}

#[derive(Debug, Deserialize)]
struct GoldFragments {
    start: usize,
    end: usize,
    #[serde(default)]
    fragments: Option<Vec<GoldRange>>,
}

impl GoldFragments {
    fn ranges(&self) -> Vec<GoldRange> {
        self.fragments.clone().unwrap_or_else(|| {
            vec![GoldRange {
                start: self.start,
                end: self.end,
            }]
        })
    }
}

/// What to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// Sentence boundaries.
    Sentences,
    /// PER/ORG/LOC spans with labels.
    Entities,
    /// Quotations and their speakers.
    Quotes,
}

/// The figures of one evaluation run, printable as text or JSON.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Named figures in a stable order.
    pub figures: BTreeMap<String, f64>,
}

impl Report {
    fn set(&mut self, name: &str, value: f64) {
        self.figures
            .insert(name.to_string(), (value * 10_000.0).round() / 10_000.0);
    }

    fn set_counts(&mut self, prefix: &str, counts: Counts) {
        self.set(&format!("{prefix}.precision"), counts.precision());
        self.set(&format!("{prefix}.recall"), counts.recall());
        self.set(&format!("{prefix}.f1"), counts.f1());
        self.set(&format!("{prefix}.tp"), counts.tp as f64);
        self.set(&format!("{prefix}.fp"), counts.fp as f64);
        self.set(&format!("{prefix}.fn"), counts.fn_ as f64);
    }
}

/// Reads gold documents from a JSON Lines file, or (for `.conll`/`.txt` column files) from
/// CoNLL-2003 columns.
pub fn read_gold(path: &Path) -> Result<Vec<GoldDocument>> {
    let contents = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let name = path.display().to_string();
    let first = contents
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    if !first.trim_start().starts_with('{') {
        return read_conll(&name, &contents);
    }
    let mut documents = Vec::new();
    for (index, line) in contents.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let document: GoldDocument = serde_json::from_str(line)
            .map_err(|e| Error::data(&name, index + 1, format!("not a gold record: {e}")))?;
        documents.push(document);
    }
    Ok(documents)
}

/// Parses CoNLL-2003 columns: one token a line (first column), the IOB entity tag in the last
/// column, blank lines between sentences, `-DOCSTART-` between documents.
fn read_conll(name: &str, contents: &str) -> Result<Vec<GoldDocument>> {
    let mut documents = Vec::new();
    let mut text = String::new();
    let mut entities: Vec<GoldEntity> = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let mut chars = 0usize;
    let finish =
        |text: &mut String, entities: &mut Vec<GoldEntity>, documents: &mut Vec<GoldDocument>| {
            if !text.trim().is_empty() {
                documents.push(GoldDocument {
                    id: serde_json::Value::String(documents.len().to_string()),
                    text: std::mem::take(text),
                    sentences: None,
                    spans: None,
                    entities: Some(std::mem::take(entities)),
                    quotes: None,
                    attributions: None,
                });
            }
            text.clear();
            entities.clear();
        };
    for (index, line) in contents.lines().enumerate() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.is_empty() || fields[0] == "-DOCSTART-" {
            if let Some((start, label)) = open.take() {
                entities.push(GoldEntity {
                    start,
                    end: chars,
                    label,
                });
            }
            if fields.first() == Some(&"-DOCSTART-") {
                finish(&mut text, &mut entities, &mut documents);
                chars = 0;
            } else if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
                chars += 1;
            }
            continue;
        }
        if fields.len() < 2 {
            return Err(Error::data(
                name,
                index + 1,
                "expected a token and an IOB tag",
            ));
        }
        let (token, tag) = (fields[0], fields[fields.len() - 1]);
        if !text.is_empty() && !text.ends_with('\n') {
            text.push(' ');
            chars += 1;
        }
        let (prefix, label) = tag.split_once('-').unwrap_or((tag, ""));
        let continues = prefix == "I" && open.as_ref().is_some_and(|(_, l)| l == label);
        if !continues {
            if let Some((start, label)) = open.take() {
                entities.push(GoldEntity {
                    start,
                    end: chars.saturating_sub(1),
                    label,
                });
            }
            if prefix == "B" || prefix == "I" {
                open = Some((chars, label.to_string()));
            } else if prefix != "O" {
                return Err(Error::data(
                    name,
                    index + 1,
                    format!("unknown IOB tag {tag:?}"),
                ));
            }
        }
        text.push_str(token);
        chars += token.chars().count();
    }
    if let Some((start, label)) = open.take() {
        entities.push(GoldEntity {
            start,
            end: chars,
            label,
        });
    }
    finish(&mut text, &mut entities, &mut documents);
    Ok(documents)
}

/// Byte offset of every code point offset of `text` (and of its end).
fn char_to_byte(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect()
}

/// Runs the pipeline on every gold document and scores `task`.
pub fn evaluate(pipeline: &Pipeline, gold: &[GoldDocument], task: Task) -> Report {
    let mut report = Report::default();
    let (mut all, mut per_label) = (Counts::default(), BTreeMap::<String, Counts>::new());
    let (mut boundaries, mut cases, mut passed) = (Counts::default(), 0usize, 0usize);
    let (mut gold_quotes, mut found, mut attributed, mut gold_with_speaker) =
        (0usize, 0usize, 0usize, 0usize);
    let (mut predicted, mut predicted_inside) = (0usize, 0usize);
    for g in gold {
        let id = match &g.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let document = Document::new(id, g.text.clone());
        let annotations = pipeline.annotate(&document);
        let offsets = char_to_byte(&g.text);
        let byte = |c: usize| offsets.get(c).copied().unwrap_or(g.text.len());
        match task {
            Task::Entities => {
                let Some(entities) = &g.entities else {
                    continue;
                };
                let labels = ["PER", "ORG", "LOC"];
                let gold_set: std::collections::HashSet<(usize, usize, &str)> = entities
                    .iter()
                    .filter(|e| labels.contains(&e.label.as_str()))
                    .map(|e| (byte(e.start), byte(e.end), e.label.as_str()))
                    .collect();
                let predicted: std::collections::HashSet<(usize, usize, &str)> = annotations
                    .entities
                    .iter()
                    .map(|e| (e.span.start, e.span.end, e.label.as_str()))
                    .collect();
                for label in labels {
                    let counts = per_label.entry(label.to_string()).or_default();
                    let g: Vec<_> = gold_set.iter().filter(|x| x.2 == label).collect();
                    let p: Vec<_> = predicted.iter().filter(|x| x.2 == label).collect();
                    let tp = g.iter().filter(|x| predicted.contains(x)).count();
                    counts.tp += tp;
                    counts.fp += p.len() - tp;
                    counts.fn_ += g.len() - tp;
                    all.tp += tp;
                    all.fp += p.len() - tp;
                    all.fn_ += g.len() - tp;
                }
            }
            Task::Sentences => {
                let trimmed = |s: Span| s.trim(&g.text);
                let predicted: Vec<Span> = annotations.sentences.iter().map(|s| s.span).collect();
                let gold_spans: Vec<Span> = match (&g.spans, &g.sentences) {
                    (Some(spans), Some(strings)) => {
                        cases += 1;
                        let want: Vec<Vec<&str>> = strings
                            .iter()
                            .filter_map(|s| {
                                if let GoldSpan::Text(t) = s {
                                    Some(t.split_whitespace().collect())
                                } else {
                                    None
                                }
                            })
                            .collect();
                        let got: Vec<Vec<&str>> = predicted
                            .iter()
                            .map(|s| s.slice(&g.text).split_whitespace().collect())
                            .collect();
                        if want == got {
                            passed += 1;
                        }
                        spans_of(spans, &byte)
                    }
                    (None, Some(spans)) => spans_of(spans, &byte),
                    _ => continue,
                };
                let ends = |spans: &[Span]| -> std::collections::HashSet<usize> {
                    spans
                        .iter()
                        .map(|&s| trimmed(s))
                        .filter(|s| !s.is_empty())
                        .map(|s| s.end)
                        .collect::<Vec<_>>()
                        .split_last()
                        .map(|(_, rest)| rest.iter().copied().collect())
                        .unwrap_or_default()
                };
                let (gb, pb) = (ends(&gold_spans), ends(&predicted));
                let tp = gb.intersection(&pb).count();
                boundaries.tp += tp;
                boundaries.fp += pb.len() - tp;
                boundaries.fn_ += gb.len() - tp;
            }
            Task::Quotes => {
                let mut golds: Vec<(Vec<Span>, Vec<Span>)> = Vec::new();
                for a in g.attributions.iter().flatten() {
                    let direct = a.direct == Some(true)
                        || matches!(a.quotation.as_deref(), Some("direct" | "mixed"));
                    let Some(content) = a.content.as_ref().filter(|_| direct) else {
                        continue;
                    };
                    let fragments = content
                        .ranges()
                        .iter()
                        .map(|r| strip_marks(&g.text, Span::new(byte(r.start), byte(r.end))))
                        .collect();
                    let speakers = a
                        .source
                        .iter()
                        .flat_map(|s| s.ranges())
                        .map(|r| Span::new(byte(r.start), byte(r.end)))
                        .collect();
                    golds.push((fragments, speakers));
                }
                for q in g.quotes.iter().flatten() {
                    let fragments =
                        vec![strip_marks(&g.text, Span::new(byte(q.start), byte(q.end)))];
                    let speakers = q
                        .speakers
                        .iter()
                        .flatten()
                        .chain(q.speaker.iter())
                        .map(|r| Span::new(byte(r.start), byte(r.end)))
                        .collect();
                    golds.push((fragments, speakers));
                }
                let preds: Vec<(Span, Option<Span>)> = annotations
                    .quotes
                    .iter()
                    .map(|q| {
                        (
                            strip_marks(&g.text, q.span),
                            q.speaker.as_ref().map(|s| s.span),
                        )
                    })
                    .collect();
                let inside = |p: Span, fragments: &[Span]| {
                    let overlap: usize = fragments.iter().map(|f| overlap(p, *f)).sum();
                    overlap * 2 >= p.len().max(1) && overlap > 0
                };
                for (fragments, speakers) in &golds {
                    gold_quotes += 1;
                    if !speakers.is_empty() {
                        gold_with_speaker += 1;
                    }
                    let best = preds
                        .iter()
                        .filter(|(p, _)| inside(*p, fragments))
                        .max_by_key(|(p, _)| {
                            fragments.iter().map(|f| overlap(*p, *f)).sum::<usize>()
                        });
                    if let Some((_, speaker)) = best {
                        found += 1;
                        if speaker.is_some_and(|s| speakers.iter().any(|g| overlap(s, *g) > 0)) {
                            attributed += 1;
                        }
                    }
                }
                for (p, _) in &preds {
                    predicted += 1;
                    if golds.iter().any(|(fragments, _)| inside(*p, fragments)) {
                        predicted_inside += 1;
                    }
                }
            }
        }
    }
    match task {
        Task::Entities => {
            report.set_counts("all", all);
            for (label, counts) in per_label {
                report.set_counts(&label, counts);
            }
        }
        Task::Sentences => {
            report.set_counts("boundaries", boundaries);
            if cases > 0 {
                report.set("cases", cases as f64);
                report.set("cases_passed", passed as f64);
            }
        }
        Task::Quotes => {
            report.set("gold_quotes", gold_quotes as f64);
            report.set("quote_recall", ratio(found, gold_quotes));
            report.set("quote_precision", ratio(predicted_inside, predicted));
            report.set("attribution_recall", ratio(attributed, gold_with_speaker));
        }
    }
    report.set("documents", gold.len() as f64);
    report
}

fn spans_of(spans: &[GoldSpan], byte: &impl Fn(usize) -> usize) -> Vec<Span> {
    spans
        .iter()
        .filter_map(|s| match s {
            GoldSpan::Span { start, end } => Some(Span::new(byte(*start), byte(*end))),
            GoldSpan::Text(_) => None,
        })
        .collect()
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// The span without surrounding quotation marks, white space and a final comma or period.
fn strip_marks(text: &str, span: Span) -> Span {
    let marks = |c: char| c.is_whitespace() || "\"'“”‘’«»„‚‹›`".contains(c);
    let slice = span.slice(text);
    let start = span.start + (slice.len() - slice.trim_start_matches(marks).len());
    let rest = &text[start..span.end.max(start)];
    let end = start
        + rest
            .trim_end_matches(|c: char| marks(c) || c == ',' || c == '.')
            .len();
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conll_columns_become_documents_with_spans() {
        let conll = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n";
        let documents = read_conll("t.conll", conll).unwrap();
        assert_eq!(documents.len(), 1);
        let d = &documents[0];
        assert_eq!(d.text, "EU rejects German call\nPeter Blackburn");
        let entities: Vec<(&str, &str)> = d
            .entities
            .as_ref()
            .unwrap()
            .iter()
            .map(|e| (&d.text[e.start..e.end], e.label.as_str()))
            .collect();
        assert_eq!(
            entities,
            [
                ("EU", "ORG"),
                ("German", "MISC"),
                ("Peter Blackburn", "PER")
            ]
        );
    }

    #[test]
    fn bad_tags_name_the_line() {
        let err = read_conll("t.conll", "EU NNP B-NP X-ORG\n").unwrap_err();
        assert_eq!(err.to_string(), "t.conll:1: unknown IOB tag \"X-ORG\"");
    }
}

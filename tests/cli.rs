//! Integration tests of the `gazette` binary: real files in, JSON Lines out, parsed back with
//! unknown fields rejected.

use std::fs;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde::Deserialize;

/// The output contract as the tests read it: any field not listed here fails the parse.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    id: String,
    #[serde(default)]
    encoding: Option<String>,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    sentences: Option<Vec<OutSpan>>,
    #[serde(default)]
    paragraphs: Option<Vec<OutSpan>>,
    #[serde(default)]
    entities: Option<Vec<OutEntity>>,
    #[serde(default)]
    quotes: Option<Vec<OutQuote>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // the fields are checked by the strict parse
struct OutQuote {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    cue: Option<OutText>,
    speaker: Option<OutSpeaker>,
    rule: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct OutText {
    start: usize,
    end: usize,
    text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct OutSpeaker {
    start: usize,
    end: usize,
    text: String,
    entity: Option<OutReferent>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct OutReferent {
    canonical: String,
    label: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // the fields are checked by the strict parse
struct OutEntity {
    start: usize,
    end: usize,
    text: String,
    label: String,
    canonical: String,
    #[serde(default)]
    id: Option<String>,
    rule: String,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq)]
#[serde(deny_unknown_fields)]
struct OutSpan {
    start: usize,
    end: usize,
}

fn gazette(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(args)
        .output()
        .expect("gazette runs")
}

fn gazette_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gazette starts");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn records(output: &Output) -> Vec<Record> {
    let stdout = std::str::from_utf8(&output.stdout).expect("output is UTF-8");
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn char_slice(text: &str, span: OutSpan) -> String {
    text.chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn bad_files_get_error_records_and_the_rest_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("a-good.txt"), "Hello there. Zoë left.").unwrap();
    fs::write(
        root.join("b-latin1.txt"),
        b"Caf\xe9 prices rose. Then fell.",
    )
    .unwrap();
    fs::write(root.join("c-binary.txt"), b"GIF89a\x00\x01\x02").unwrap();
    fs::write(root.join("d-empty.txt"), b"").unwrap();
    fs::create_dir(root.join("e-empty-folder")).unwrap();
    std::os::unix::fs::symlink(root.join("missing-target"), root.join("f-dangling.txt")).unwrap();
    fs::write(root.join("g-ignored.md"), "not read").unwrap();

    let output = gazette(&["extract", "--quiet", root.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "a failed document gives exit status 1"
    );
    let records = records(&output);
    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "a-good.txt",
            "b-latin1.txt",
            "c-binary.txt",
            "d-empty.txt",
            "f-dangling.txt"
        ]
    );

    let good = &records[0];
    assert!(good.error.is_none() && good.encoding.is_none());
    let text = "Hello there. Zoë left.";
    let sentences: Vec<String> = good
        .sentences
        .as_ref()
        .unwrap()
        .iter()
        .map(|&s| char_slice(text, s))
        .collect();
    assert_eq!(sentences, ["Hello there.", "Zoë left."]);

    assert_eq!(records[1].encoding.as_deref(), Some("windows-1252"));
    assert_eq!(records[1].sentences.as_ref().unwrap().len(), 2);
    assert!(
        records[2].error.as_deref().unwrap().contains("binary file"),
        "{:?}",
        records[2]
    );
    assert!(records[2].sentences.is_none());
    assert_eq!(
        records[3].sentences.as_ref().unwrap().len(),
        0,
        "an empty file is an empty document"
    );
    assert!(records[4].error.is_some());
}

#[test]
fn bad_files_are_named_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("binary.txt"), b"\x00\x00").unwrap();
    let output = gazette(&["extract", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("binary.txt") && err.contains("NUL byte"),
        "{err}"
    );
    assert!(
        err.contains("1 documents, 1 failed"),
        "the summary line counts it: {err}"
    );
}

#[test]
fn json_lines_errors_name_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("in.jsonl");
    let mut lines = Vec::new();
    lines.extend_from_slice(b"{\"id\": \"first\", \"text\": \"One. Two.\", \"extra\": 1}\n");
    lines.extend_from_slice(b"{not json\n");
    lines.extend_from_slice(b"\n");
    lines.extend_from_slice(b"{\"id\": \"no-text\"}\n");
    lines.extend_from_slice(b"{\"id\": 7, \"text\": \"Numeric id.\"}\n");
    lines.extend_from_slice(b"{\"text\": \"No id here.\"}\n");
    lines.extend_from_slice(b"{\"id\": \"bad-utf8\", \"text\": \"\xff\"}\n");
    lines.extend_from_slice(b"{\"id\": \"last\", \"text\": \"Still read.\"}");
    fs::write(&path, lines).unwrap();

    let output = gazette(&["extract", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let records = records(&output);
    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["first", "2", "no-text", "7", "6", "7", "last"]);
    assert_eq!(records[0].sentences.as_ref().unwrap().len(), 2);
    let err = stderr(&output);
    assert!(err.contains("in.jsonl:2: not a valid JSON object"), "{err}");
    assert!(err.contains("in.jsonl:4: record has no \"text\""), "{err}");
    assert!(err.contains("in.jsonl:7: not valid UTF-8"), "{err}");
    assert!(records[6].error.is_none());
}

#[test]
fn standard_input_is_json_lines() {
    let output = gazette_stdin(
        &["extract", "-"],
        b"{\"id\":\"x\",\"text\":\"A bee. C dee.\"}\n",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let records = records(&output);
    assert_eq!(records.len(), 1);
    assert_eq!(
        records[0].sentences.as_ref().unwrap(),
        &[OutSpan { start: 0, end: 6 }, OutSpan { start: 7, end: 13 }]
    );
}

#[test]
fn offsets_in_every_unit() {
    let text = "Émile said “go” 🎉. Then he left.";
    let input = serde_json::json!({"id": "u", "text": text}).to_string();
    let second = |unit: &str| {
        let output = gazette_stdin(&["extract", "--offsets", unit, "-"], input.as_bytes());
        records(&output)[0].sentences.as_ref().unwrap()[1]
    };
    let byte_start = text.find("Then").unwrap();
    assert_eq!(
        second("bytes"),
        OutSpan {
            start: byte_start,
            end: text.len()
        }
    );
    assert_eq!(second("chars").start, text[..byte_start].chars().count());
    assert_eq!(
        second("utf16").start,
        text[..byte_start].encode_utf16().count()
    );
}

#[test]
fn output_is_identical_for_one_and_two_threads() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..300 {
        let text = format!(
            "Doc {i}. Mr. Smith paid ${i}.50 on Jan. {}. He left.\n\nNext “quote.” Done",
            i % 28 + 1
        );
        fs::write(dir.path().join(format!("{i:04}.txt")), text).unwrap();
    }
    let root = dir.path().to_str().unwrap();
    let one = gazette(&["extract", "--quiet", "--threads", "1", root]);
    let two = gazette(&["extract", "--quiet", "--threads", "2", root]);
    assert!(one.status.success() && two.status.success());
    assert_eq!(records(&one).len(), 300);
    assert!(one.stdout == two.stdout, "byte-identical output");
}

#[test]
fn output_file_is_written_through_a_partial_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("in.txt"), "One. Two.").unwrap();
    let out = dir.path().join("out.jsonl");
    let output = gazette(&[
        "extract",
        "-q",
        dir.path().join("in.txt").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    assert_eq!(fs::read_to_string(&out).unwrap().lines().count(), 1);
    assert!(!dir.path().join("out.jsonl.partial").exists());
}

/// A named pipe (like `/dev/null`, not a regular file) is written in place: a temporary file
/// renamed over it would replace it. (`cat` reads the pipe into a file; it is killed if the
/// pipe is never written, so the test fails instead of hanging.)
#[cfg(unix)]
#[test]
fn a_named_pipe_is_written_in_place_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("in.txt"), "One. Two.").unwrap();
    let pipe = dir.path().join("pipe");
    let made = Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let copy = fs::File::create(dir.path().join("copy.jsonl")).unwrap();
    let mut reader = Command::new("cat")
        .arg(&pipe)
        .stdout(copy)
        .spawn()
        .expect("cat starts");
    let output = gazette(&[
        "extract",
        "-q",
        dir.path().join("in.txt").to_str().unwrap(),
        "-o",
        pipe.to_str().unwrap(),
    ]);
    let replaced = !fs::metadata(&pipe).unwrap().file_type().is_fifo();
    if replaced {
        reader.kill().unwrap();
    }
    reader.wait().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!replaced, "the named pipe was replaced by a file");
    let copied = fs::read_to_string(dir.path().join("copy.jsonl")).unwrap();
    assert_eq!(copied.lines().count(), 1);
    assert!(!dir.path().join("pipe.partial").exists());
    let resumed = gazette(&[
        "extract",
        "-q",
        "--resume",
        dir.path().join("in.txt").to_str().unwrap(),
        "-o",
        pipe.to_str().unwrap(),
    ]);
    assert!(!resumed.status.success());
    assert!(
        stderr(&resumed).contains("regular output file"),
        "{}",
        stderr(&resumed)
    );
}

#[test]
fn bad_arguments_exit_with_two() {
    assert_eq!(
        gazette(&["extract", "--threads", "0", "x"]).status.code(),
        Some(2)
    );
    assert_eq!(
        gazette(&["extract", "--offsets", "lines", "x"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        gazette(&["extract", "--gazetteers", "/nonexistent-gazette", "x"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(gazette(&["frobnicate"]).status.code(), Some(2));
    let missing_dir = gazette(&["extract", "x", "-o", "/nonexistent-gazette/out.jsonl"]);
    assert_eq!(missing_dir.status.code(), Some(2));
}

#[test]
fn a_missing_input_is_an_error_record() {
    let output = gazette(&["extract", "/nonexistent-gazette-input.txt"]);
    assert_eq!(output.status.code(), Some(1));
    let records = records(&output);
    assert_eq!(records[0].id, "/nonexistent-gazette-input.txt");
    assert!(records[0].error.is_some());
}

#[test]
fn a_closed_stdout_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..2000 {
        fs::write(
            dir.path().join(format!("{i:05}.txt")),
            "A sentence. Another one.\n".repeat(50),
        )
        .unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(["extract", "--quiet", dir.path().to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    assert!(
        output.stderr.is_empty(),
        "no message for a closed pipe: {}",
        stderr(&output)
    );
}

#[test]
fn a_fifty_megabyte_document() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    let paragraph = "The U.S. economy grew 2.5% in the third quarter, officials said. \"It was strong,\" he said.\n\n";
    let copies = 50_000_000 / paragraph.len() + 1;
    fs::write(&path, paragraph.repeat(copies)).unwrap();
    let output = gazette(&["extract", "--quiet", path.to_str().unwrap()]);
    assert!(output.status.success());
    let records = records(&output);
    assert_eq!(records[0].sentences.as_ref().unwrap().len(), 2 * copies);
    assert_eq!(records[0].paragraphs.as_ref().unwrap().len(), copies);
}

#[test]
fn folder_ids_are_relative_and_sorted() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("b/c")).unwrap();
    for name in ["z.txt", "b/c/x.txt", "b/a.txt", "a.TXT"] {
        fs::write(dir.path().join(name), "Text.").unwrap();
    }
    let output = gazette(&["extract", "-q", dir.path().to_str().unwrap()]);
    let ids: Vec<String> = records(&output).into_iter().map(|r| r.id).collect();
    assert_eq!(ids, ["a.TXT", "b/a.txt", "b/c/x.txt", "z.txt"]);
}

/// The shipped corpus runs clean and gives the sentences of its gold file.
#[test]
fn the_shipped_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles");
    let output = gazette(&["extract", "-q", corpus.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let records = records(&output);
    assert!(records.len() >= 6, "at least six articles");
    assert!(records
        .iter()
        .all(|r| r.error.is_none() && r.sentences.as_ref().is_some_and(|s| !s.is_empty())));
    for record in &records {
        let text = fs::read_to_string(corpus.join(&record.id)).unwrap();
        for entity in record.entities.as_ref().unwrap() {
            let span = OutSpan {
                start: entity.start,
                end: entity.end,
            };
            assert_eq!(char_slice(&text, span), entity.text);
            assert!(["PER", "ORG", "LOC"].contains(&entity.label.as_str()));
            assert!(!entity.canonical.is_empty() && !entity.rule.is_empty());
        }
        for quote in record.quotes.as_ref().unwrap() {
            let span = OutSpan {
                start: quote.start,
                end: quote.end,
            };
            assert_eq!(char_slice(&text, span), quote.text);
            if let Some(speaker) = &quote.speaker {
                let span = OutSpan {
                    start: speaker.start,
                    end: speaker.end,
                };
                assert_eq!(char_slice(&text, span), speaker.text);
            }
        }
    }
}

fn write_corpus(dir: &Path, count: usize) {
    fs::create_dir_all(dir).unwrap();
    for i in 0..count {
        let text =
            format!("Doc {i}. Governor Anna Kowalski visited Warsaw. \"We agreed,\" she said.\n")
                .repeat(30);
        fs::write(dir.join(format!("{i:05}.txt")), text).unwrap();
    }
}

/// A folder of `count` documents and the output of an uninterrupted run over it.
fn corpus_with_clean_run(
    count: usize,
) -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write_corpus(&input, count);
    let clean = dir.path().join("clean.jsonl");
    let output = gazette(&[
        "extract",
        "-q",
        input.to_str().unwrap(),
        "-o",
        clean.to_str().unwrap(),
    ]);
    assert!(output.status.success());
    (dir, input, clean)
}

/// Issue 7: a run killed part-way (SIGKILL) and resumed ends with exactly one record per
/// document, identical to an uninterrupted run.
#[test]
fn a_killed_run_resumes_where_it_stopped() {
    let (dir, input, clean) = corpus_with_clean_run(1500);
    let out = dir.path().join("out.jsonl");
    let input_arg = input.to_str().unwrap();

    let partial = dir.path().join("out.jsonl.partial");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args([
            "extract",
            "-q",
            "--threads",
            "1",
            "--batch-size",
            "5",
            input_arg,
            "-o",
            out.to_str().unwrap(),
        ])
        .spawn()
        .unwrap();
    // Kill it once some records are written and before it ends.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while fs::metadata(&partial).map_or(0, |m| m.len()) < 20_000
        && std::time::Instant::now() < deadline
    {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    assert!(
        !out.exists(),
        "an interrupted run leaves no complete-looking output"
    );
    let written = fs::read_to_string(&partial).unwrap().lines().count();
    assert!(
        written > 0 && written < 1500,
        "killed part-way: {written} records"
    );

    let resumed = gazette(&[
        "extract",
        "--resume",
        input_arg,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(resumed.status.success(), "{}", stderr(&resumed));
    assert!(stderr(&resumed).contains("kept from the earlier run"));
    assert_eq!(
        fs::read(&out).unwrap(),
        fs::read(&clean).unwrap(),
        "one record per document, as a clean run"
    );
}

#[test]
fn resume_discards_a_torn_last_line_and_refuses_other_inputs() {
    let (dir, input, clean) = corpus_with_clean_run(20);
    let out = dir.path().join("out.jsonl");
    let input_arg = input.to_str().unwrap();
    let full = fs::read_to_string(&clean).unwrap();
    // Seven complete records and half of the eighth.
    let cut: usize = full.lines().take(7).map(|l| l.len() + 1).sum::<usize>() + 40;
    fs::write(dir.path().join("out.jsonl.partial"), &full[..cut]).unwrap();
    let resumed = gazette(&[
        "extract",
        "-q",
        "--resume",
        input_arg,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(resumed.status.success());
    assert_eq!(fs::read_to_string(&out).unwrap(), full);

    // A partial output from other inputs is refused (exit 2), not silently mixed in.
    let other = dir.path().join("other");
    fs::create_dir(&other).unwrap();
    fs::write(other.join("zzz.txt"), "Something else.").unwrap();
    fs::write(dir.path().join("out.jsonl.partial"), &full[..cut]).unwrap();
    let refused = gazette(&[
        "extract",
        "-q",
        "--resume",
        other.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("not the same inputs"));
}

/// Issue 4: a user's list is added with priority, and a malformed line names file and line.
#[test]
fn add_gazetteer_and_its_errors() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("mine.tsv");
    fs::write(
        &good,
        "#surface\tlabel\tcanonical\tid\tflags\nZorblax\tORG\tZorblax Industries\tQ999\t\n",
    )
    .unwrap();
    let input = serde_json::json!({"id": "z", "text": "Shares in Zorblax rose."}).to_string();
    let output = gazette_stdin(
        &["extract", "--add-gazetteer", good.to_str().unwrap(), "-"],
        input.as_bytes(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let entities = records(&output).remove(0).entities.unwrap();
    assert_eq!(
        (entities[0].text.as_str(), entities[0].canonical.as_str()),
        ("Zorblax", "Zorblax Industries")
    );
    assert_eq!(entities[0].id.as_deref(), Some("Q999"));

    let bad = dir.path().join("bad.tsv");
    fs::write(&bad, "Fine\tLOC\tFine\nBroken\tPLACE\tBroken\n").unwrap();
    let output = gazette(&[
        "gazetteer",
        "check",
        "--add-gazetteer",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("bad.tsv:2: unknown label"),
        "{}",
        stderr(&output)
    );
    let stats = gazette(&["gazetteer", "stats"]);
    assert!(String::from_utf8_lossy(&stats.stdout).contains("loc_cities.tsv"));
}

/// `gazette eval` scores JSON Lines gold in the output schema (here the shipped corpus).
#[test]
fn eval_scores_the_shipped_corpus() {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/gold.jsonl");
    let output = gazette(&[
        "eval",
        "--task",
        "sentences",
        "--gold",
        gold.to_str().unwrap(),
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let figures: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(figures["boundaries.f1"], 1.0);
    let output = gazette(&[
        "eval",
        "--task",
        "quotes",
        "--gold",
        gold.to_str().unwrap(),
        "--json",
    ]);
    let figures: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(figures["quote_recall"], 1.0);
}

/// Issue 7: a symlink loop, a non-UTF-8 file name and a file over the size limit each get a
/// record or a message, and the other documents are written.
#[test]
fn hostile_file_system_entries() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join("loop")).unwrap();
    std::os::unix::fs::symlink(root, root.join("loop/back")).unwrap();
    let odd_name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    fs::write(root.join(odd_name), "A name that is not UTF-8.").unwrap();
    fs::write(root.join("big.txt"), "Too big. ".repeat(1000)).unwrap();
    fs::write(root.join("ok.txt"), "Fine.").unwrap();

    let output = gazette(&[
        "extract",
        "--max-file-bytes",
        "1000",
        root.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let records = records(&output);
    let find = |id: &str| {
        records
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("no record {id}: {records:?}"))
    };
    assert!(find("big.txt")
        .error
        .as_deref()
        .unwrap()
        .contains("larger than the limit"));
    assert!(find("ok.txt").error.is_none());
    assert!(
        find("caf\u{fffd}.txt").error.is_none(),
        "a non-UTF-8 name is read, its id made valid"
    );
    assert!(
        records.iter().any(|r| r.id.starts_with("loop/back")
            && r.error.as_deref().is_some_and(|e| e.contains("loop"))),
        "{records:?}"
    );
}

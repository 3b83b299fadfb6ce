//! Turning command-line inputs (folders, text files, JSON Lines files, `-`) into a lazy,
//! ordered stream of [`Job`]s, and turning one job into a [`Document`] (reading, decoding).
//!
//! The stream does only cheap work (walking folders, reading JSON Lines lines); reading files,
//! parsing JSON and decoding happen in the workers, in parallel.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::document::Document;

/// One unit of input, in input order.
#[derive(Debug)]
pub enum Job {
    /// A plain-text file to read.
    File {
        /// Where to read it.
        path: PathBuf,
        /// The id written to the output.
        id: String,
        /// Its size on disk when known (for batching and progress).
        size: u64,
    },
    /// One line of a JSON Lines input, not yet parsed.
    Line {
        /// The file name for messages (`-` for standard input).
        source: String,
        /// 1-based line number.
        number: usize,
        /// The raw line.
        line: String,
    },
    /// An input that failed before it could be read (a folder that cannot be walked, a line
    /// that cannot be read); becomes an error record.
    Failed {
        /// The id written to the output.
        id: String,
        /// What went wrong, naming the path.
        message: String,
    },
}

impl Job {
    /// The number of input bytes the job stands for (an estimate for files).
    pub fn size(&self) -> u64 {
        match self {
            Job::File { size, .. } => *size,
            Job::Line { line, .. } => line.len() as u64,
            Job::Failed { .. } => 0,
        }
    }
}

/// What a job became: a document to annotate, or an error record.
#[derive(Debug)]
pub enum Loaded {
    /// A document ready for the pipeline.
    Document(Document),
    /// A document that cannot be processed: its id and the message.
    Failed {
        /// The id written to the output.
        id: String,
        /// What went wrong, naming the file (and line for JSON Lines).
        message: String,
    },
}

/// Limits applied while loading.
#[derive(Debug, Clone, Copy)]
pub struct LoadLimits {
    /// Files larger than this many bytes are refused with an error record.
    pub max_file_bytes: u64,
}

impl Default for LoadLimits {
    fn default() -> Self {
        LoadLimits {
            max_file_bytes: 1 << 30,
        }
    }
}

/// Reads and decodes one job. Never panics; every failure is a [`Loaded::Failed`].
pub fn load(job: Job, limits: LoadLimits) -> Loaded {
    match job {
        Job::Failed { id, message } => Loaded::Failed { id, message },
        Job::File { path, id, size } => load_file(&path, id, size, limits),
        Job::Line {
            source,
            number,
            line,
        } => parse_line(&source, number, &line),
    }
}

/// Reads one file; `listed_size` is its size when it was listed, the buffer's first capacity.
fn load_file(path: &Path, id: String, listed_size: u64, limits: LoadLimits) -> Loaded {
    let failed = |message: String| Loaded::Failed {
        id: id.clone(),
        message,
    };
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) => return failed(format!("{}: cannot open: {e}", path.display())),
    };
    // Read at most one byte past the limit, so a huge file is refused without reading it all.
    // The buffer is sized from the length the listing saw, plus one byte. A first read that
    // returns exactly that length, short of the buffer, is the whole file: a regular file
    // gives fewer bytes than asked only at its end, and the listing agrees. That saves the
    // read that would only confirm the end: one system call per document, where the kernel's
    // share of a run over a folder of small files is large (benches/RESULTS.md, session 8).
    // Anything else (a file that grew or shrank since it was listed, a file system that
    // returns short reads) goes on to the end as usual.
    let capacity = listed_size.min(limits.max_file_bytes) as usize + 1;
    let mut bytes = vec![0u8; capacity];
    let first = loop {
        match file.read(&mut bytes) {
            Ok(n) => break n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return failed(format!("{}: cannot read: {e}", path.display())),
        }
    };
    bytes.truncate(first);
    let whole = first as u64 == listed_size && first < capacity;
    if !whole {
        let rest = limits.max_file_bytes + 1 - first as u64;
        if let Err(e) = (&mut file).take(rest).read_to_end(&mut bytes) {
            return failed(format!("{}: cannot read: {e}", path.display()));
        }
    }
    if bytes.len() as u64 > limits.max_file_bytes {
        return failed(format!(
            "{}: larger than the limit of {} bytes (see --max-file-bytes)",
            path.display(),
            limits.max_file_bytes
        ));
    }
    match decode(bytes) {
        Ok((text, encoding)) => Loaded::Document(Document { id, text, encoding }),
        Err(message) => failed(format!("{}: {message}", path.display())),
    }
}

/// Decodes file bytes: UTF-8 when valid, else Windows-1252 (which maps every byte, so a
/// Latin-1 or CP1252 file is read as it was meant); a NUL byte marks a binary file, refused.
pub fn decode(bytes: Vec<u8>) -> Result<(String, Option<&'static str>), String> {
    if let Some(at) = memchr::memchr(0, &bytes) {
        return Err(format!(
            "binary file (NUL byte at byte offset {at}), skipped"
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(e) => {
            let bytes = e.into_bytes();
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
            Ok((text.into_owned(), Some("windows-1252")))
        }
    }
}

/// The fields gazette reads from a JSON Lines record; others are ignored.
#[derive(Deserialize)]
struct InputRecord {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    text: Option<String>,
}

fn parse_line(source: &str, number: usize, line: &str) -> Loaded {
    let record: InputRecord = match serde_json::from_str(line) {
        Ok(record) => record,
        Err(e) => {
            return Loaded::Failed {
                id: number.to_string(),
                message: format!("{source}:{number}: not a valid JSON object: {e}"),
            }
        }
    };
    let id = match record.id {
        None | Some(serde_json::Value::Null) => number.to_string(),
        Some(serde_json::Value::String(s)) => s,
        Some(other) => other.to_string(),
    };
    match record.text {
        Some(text) => Loaded::Document(Document {
            id,
            text,
            encoding: None,
        }),
        None => Loaded::Failed {
            message: format!("{source}:{number}: record has no \"text\" string field"),
            id,
        },
    }
}

/// Which files of a folder are read.
#[derive(Debug, Clone)]
pub struct Selection {
    /// File extensions (without the dot, lower case) read from folders.
    pub extensions: Vec<String>,
}

impl Selection {
    fn wants(&self, path: &Path) -> bool {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        ext.is_some_and(|ext| self.extensions.contains(&ext))
    }
}

fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

/// A lazy, ordered stream of jobs over the command-line inputs.
pub struct Jobs {
    inputs: std::vec::IntoIter<String>,
    selection: Selection,
    /// Open sources, innermost last: a JSON Lines file met while walking a folder is read
    /// before the walk goes on.
    stack: Vec<Source>,
}

enum Source {
    Walk {
        root: PathBuf,
        walker: walkdir::IntoIter,
    },
    Lines {
        name: String,
        reader: Box<dyn BufRead + Send>,
        number: usize,
    },
}

impl Jobs {
    /// Jobs for `inputs` (paths or `-`), in order; folders are walked in sorted path order.
    pub fn new(inputs: Vec<String>, selection: Selection) -> Jobs {
        Jobs {
            inputs: inputs.into_iter(),
            selection,
            stack: Vec::new(),
        }
    }

    /// Opens one command-line input: pushes a source, or returns the single job it is.
    fn open(&mut self, input: String) -> Option<Job> {
        if input == "-" {
            let reader = Box::new(BufReader::new(std::io::stdin()));
            self.stack.push(Source::Lines {
                name: "-".into(),
                reader,
                number: 0,
            });
            return None;
        }
        let path = PathBuf::from(&input);
        match std::fs::metadata(&path) {
            Err(e) => Some(Job::Failed {
                message: format!("{input}: {e}"),
                id: input,
            }),
            Ok(meta) if meta.is_dir() => {
                let walker = walkdir::WalkDir::new(&path)
                    .follow_links(true)
                    // The entries compared are siblings: their paths share everything up to
                    // the file name, so comparing whole paths orders them by name, without
                    // parsing each path for its last component on every comparison.
                    .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
                    .into_iter();
                self.stack.push(Source::Walk { root: path, walker });
                None
            }
            Ok(_) if is_jsonl(&path) => self.open_lines(&path, input),
            Ok(meta) => Some(Job::File {
                id: input.replace('\\', "/"),
                path,
                size: meta.len(),
            }),
        }
    }

    fn open_lines(&mut self, path: &Path, name: String) -> Option<Job> {
        match File::open(path) {
            Ok(file) => {
                let reader = Box::new(BufReader::with_capacity(1 << 16, file));
                self.stack.push(Source::Lines {
                    name,
                    reader,
                    number: 0,
                });
                None
            }
            Err(e) => Some(Job::Failed {
                message: format!("{name}: cannot open: {e}"),
                id: name,
            }),
        }
    }
}

/// The id of `path` inside the walked folder `root`: relative, with `/` separators.
fn relative_id(root: &Path, path: &Path) -> String {
    // A walked path is the root, a separator and the rest, joined by the walker: cut off as
    // bytes, the rest is the id when it is UTF-8 with `/` separators and nothing to normalise
    // (the case of every file of a folder on Unix).
    let (root_bytes, bytes) = (
        root.as_os_str().as_encoded_bytes(),
        path.as_os_str().as_encoded_bytes(),
    );
    if let Some(rest) = bytes.strip_prefix(root_bytes) {
        let rest = if root_bytes.ends_with(b"/") {
            Some(rest)
        } else {
            rest.strip_prefix(b"/")
        };
        if let Some(id) = rest.and_then(|r| std::str::from_utf8(r).ok()) {
            if std::path::MAIN_SEPARATOR == '/' && is_plain_relative(id) {
                return id.to_owned();
            }
        }
    }
    relative_id_by_components(root, path)
}

/// [`relative_id`] by the path's components (any path).
fn relative_id_by_components(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// True when `id` is a relative path whose components joined by `/` are itself: not empty, no
/// leading or trailing `/`, no empty, `.` or `..` component.
fn is_plain_relative(id: &str) -> bool {
    !id.is_empty() && id.split('/').all(|part| !matches!(part, "" | "." | ".."))
}

impl Iterator for Jobs {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            let Some(source) = self.stack.last_mut() else {
                let input = self.inputs.next()?;
                if let Some(job) = self.open(input) {
                    return Some(job);
                }
                continue;
            };
            match source {
                Source::Walk { root, walker } => match walker.next() {
                    None => {
                        self.stack.pop();
                    }
                    Some(Err(e)) => {
                        let path = e
                            .path()
                            .map(Path::to_path_buf)
                            .unwrap_or_else(|| root.clone());
                        return Some(Job::Failed {
                            id: relative_id(root, &path),
                            message: format!("{}: {e}", path.display()),
                        });
                    }
                    Some(Ok(entry)) => {
                        if entry.file_type().is_dir() || !self.selection.wants(entry.path()) {
                            continue;
                        }
                        if is_jsonl(entry.path()) {
                            let name = entry.path().display().to_string();
                            if let Some(job) = self.open_lines(entry.path(), name) {
                                return Some(job);
                            }
                            continue;
                        }
                        let id = relative_id(root, entry.path());
                        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
                        return Some(Job::File {
                            path: entry.into_path(),
                            id,
                            size,
                        });
                    }
                },
                Source::Lines {
                    name,
                    reader,
                    number,
                } => {
                    let mut raw = Vec::new();
                    *number += 1;
                    match reader.read_until(b'\n', &mut raw) {
                        Ok(0) => {
                            self.stack.pop();
                        }
                        Ok(_) => {
                            while matches!(raw.last(), Some(b'\n' | b'\r')) {
                                raw.pop();
                            }
                            if raw.iter().all(u8::is_ascii_whitespace) {
                                continue;
                            }
                            return Some(match String::from_utf8(raw) {
                                Ok(line) => Job::Line {
                                    source: name.clone(),
                                    number: *number,
                                    line,
                                },
                                Err(e) => Job::Failed {
                                    id: number.to_string(),
                                    message: format!(
                                        "{name}:{number}: not valid UTF-8: {}",
                                        e.utf8_error()
                                    ),
                                },
                            });
                        }
                        Err(e) => {
                            let job = Job::Failed {
                                id: number.to_string(),
                                message: format!("{name}:{number}: cannot read: {e}"),
                            };
                            self.stack.pop();
                            return Some(job);
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_ids_cut_as_bytes_equal_those_by_components() {
        let cases = [
            ("corpus", "corpus/a.txt"),
            ("corpus/", "corpus/sub/a.txt"),
            ("corpus//", "corpus//a.txt"),
            ("./corpus", "./corpus/b/c.txt"),
            (".", "./a.txt"),
            ("/", "/a.txt"),
            ("corpus", "corpus/./a.txt"),
            ("corpus", "corpus/../a.txt"),
            ("corpus", "other/a.txt"),
            ("corpus", "corpus"),
            ("corp", "corpus/a.txt"),
        ];
        for (root, path) in cases {
            let (root, path) = (Path::new(root), Path::new(path));
            assert_eq!(
                relative_id(root, path),
                relative_id_by_components(root, path),
                "{root:?} {path:?}"
            );
        }
    }

    /// Loads `contents` written to a file, as if the listing had seen `listed_size` bytes.
    fn load_as_listed(contents: &[u8], listed_size: u64, max_file_bytes: u64) -> Loaded {
        let dir = std::env::temp_dir().join(format!(
            "gazette-input-{}-{listed_size}-{max_file_bytes}-{}",
            std::process::id(),
            contents.len()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("doc.txt");
        std::fs::write(&path, contents).unwrap();
        let loaded = load_file(
            &path,
            "doc".into(),
            listed_size,
            LoadLimits { max_file_bytes },
        );
        std::fs::remove_dir_all(&dir).unwrap();
        loaded
    }

    fn text_of(loaded: Loaded) -> String {
        match loaded {
            Loaded::Document(document) => document.text,
            Loaded::Failed { message, .. } => panic!("failed: {message}"),
        }
    }

    #[test]
    fn a_file_is_read_whole_whatever_size_the_listing_saw() {
        let contents = "Storm Ciara hit Wales. ".repeat(500);
        let len = contents.len() as u64;
        // Listed right; the file grew or shrank since it was listed; size unknown (0).
        for listed in [len, len - 7, 10, len + 100, 0] {
            assert_eq!(
                text_of(load_as_listed(contents.as_bytes(), listed, 1 << 20)),
                contents
            );
        }
        assert_eq!(text_of(load_as_listed(b"", 0, 1 << 20)), "");
    }

    #[test]
    fn a_file_over_the_limit_is_refused_however_it_was_listed() {
        let contents = vec![b'a'; 100];
        for listed in [100, 50, 0, 1000] {
            match load_as_listed(&contents, listed, 99) {
                Loaded::Failed { message, .. } => {
                    assert!(message.contains("larger than the limit of 99"), "{message}")
                }
                Loaded::Document(_) => panic!("a 100-byte file passed a 99-byte limit"),
            }
        }
        assert_eq!(text_of(load_as_listed(&contents, 100, 100)).len(), 100);
    }
}

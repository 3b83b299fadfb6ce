//! `--resume`: continue an interrupted run where it stopped.
//!
//! Output is written in input order, so the records already in the interrupted output
//! (`OUT.partial`, or `OUT` itself when a complete run is resumed) are exactly the first K
//! documents of the same inputs. Resuming keeps the complete lines, cuts a torn last line,
//! skips the first K jobs (checking that their ids agree, so a resume against other inputs is
//! refused) and appends the rest.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};

/// The part of an earlier output that can be kept.
#[derive(Debug)]
pub struct Resumed {
    /// The file to append to (the partial output, truncated after its last complete line).
    pub file: File,
    /// Its path.
    pub path: PathBuf,
    /// The ids of the records kept, in order.
    pub ids: Vec<String>,
}

#[derive(Deserialize)]
struct IdOnly {
    id: String,
}

/// The partial output path for `out`: `OUT.partial`.
pub fn partial_path(out: &Path) -> PathBuf {
    let mut partial = out.as_os_str().to_owned();
    partial.push(".partial");
    PathBuf::from(partial)
}

/// Opens the earlier output of a run writing to `out` for appending, after its last complete
/// record; `None` when there is no earlier output.
pub fn open(out: &Path) -> Result<Option<Resumed>> {
    let partial = partial_path(out);
    if !partial.exists() {
        if !out.exists() {
            return Ok(None);
        }
        // A finished run: resume from its output (everything will be skipped).
        std::fs::rename(out, &partial).map_err(|e| Error::io(out, e))?;
    }
    let file = File::open(&partial).map_err(|e| Error::io(&partial, e))?;
    let mut reader = BufReader::new(file);
    let (mut ids, mut kept) = (Vec::new(), 0u64);
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = reader
            .read_until(b'\n', &mut line)
            .map_err(|e| Error::io(&partial, e))?;
        // A line without its newline, or that is not a record, was torn by the interruption.
        if read == 0 || line.last() != Some(&b'\n') {
            break;
        }
        let Ok(record) = serde_json::from_slice::<IdOnly>(&line) else {
            break;
        };
        ids.push(record.id);
        kept += read as u64;
    }
    let mut file = OpenOptions::new()
        .write(true)
        .open(&partial)
        .map_err(|e| Error::io(&partial, e))?;
    file.set_len(kept).map_err(|e| Error::io(&partial, e))?;
    file.seek(SeekFrom::End(0))
        .map_err(|e| Error::io(&partial, e))?;
    Ok(Some(Resumed {
        file,
        path: partial,
        ids,
    }))
}

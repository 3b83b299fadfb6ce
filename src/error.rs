//! The library's error type: a struct wrapping a private kind, so variants can grow without
//! breaking users, with messages that name the file and line at fault.

use std::fmt;
use std::path::PathBuf;

/// An error while building a pipeline or reading its data.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    /// A line of a data file (gazetteer, abbreviation list) could not be parsed.
    Data {
        source: String,
        line: usize,
        message: String,
    },
    /// A file could not be read.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// A configuration value is wrong.
    Config(String),
}

impl Error {
    /// A malformed line `line` (1-based) in the data file named `source`.
    pub fn data(source: impl Into<String>, line: usize, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Data {
                source: source.into(),
                line,
                message: message.into(),
            },
        }
    }

    /// A failure to read `path`.
    pub fn io(path: impl Into<PathBuf>, error: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io {
                path: path.into(),
                error,
            },
        }
    }

    /// A wrong configuration value.
    pub fn config(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Config(message.into()),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Data {
                source,
                line,
                message,
            } => write!(f, "{source}:{line}: {message}"),
            ErrorKind::Io { path, error } => write!(f, "{}: {error}", path.display()),
            ErrorKind::Config(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// The result type of fallible library calls.
pub type Result<T> = std::result::Result<T, Error>;

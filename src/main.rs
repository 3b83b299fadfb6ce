//! The `gazette` command line: arguments -> configuration -> library call -> exit code.
//!
//! Exit codes: 0 every document written; 1 some documents failed (each named on standard
//! error and given an error record); 2 bad arguments or configuration.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use gazette::corpus::input::{LoadLimits, Selection};
use gazette::corpus::{self, RunOptions};
use gazette::output::OutputOptions;
use gazette::{OffsetUnit, PipelineBuilder};

#[derive(Parser)]
#[command(
    name = "gazette",
    version,
    about = "Sentences, people, organisations, places and quotations from news text, by rules, fast."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate folders, files or JSON Lines and write one JSON line per document.
    Extract(ExtractArgs),
}

#[derive(Args)]
struct ExtractArgs {
    /// Folders (walked recursively in sorted order), text files, JSON Lines files (.jsonl:
    /// {"id","text"} per line) or `-` for JSON Lines on standard input.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    /// Write to FILE (via FILE.partial, renamed when complete) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// File extensions read from folders (repeat or separate with commas).
    #[arg(
        long = "ext",
        value_name = "EXT",
        value_delimiter = ',',
        default_value = "txt"
    )]
    extensions: Vec<String>,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Offset unit: chars (Python str indices), bytes (UTF-8) or utf16 (JavaScript).
    #[arg(long, value_name = "UNIT", default_value = "chars")]
    offsets: OffsetUnit,
    /// Replace the built-in lists with the ones in DIR (same layout as gazetteers/).
    #[arg(long, value_name = "DIR")]
    gazetteers: Option<PathBuf>,
    /// Refuse files larger than this many bytes (an error record each).
    #[arg(long, value_name = "BYTES", default_value_t = LoadLimits::default().max_file_bytes)]
    max_file_bytes: u64,
    /// No progress bar, no summary, no per-document messages.
    #[arg(short, long)]
    quiet: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract(args) => extract(args),
    }
}

fn extract(args: ExtractArgs) -> ExitCode {
    let mut builder = PipelineBuilder::new();
    if let Some(dir) = &args.gazetteers {
        builder.gazetteer_dir(dir);
    }
    let pipeline = match builder.build() {
        Ok(pipeline) => pipeline,
        Err(e) => {
            eprintln!("gazette: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    if args.threads == Some(0) {
        eprintln!("gazette: --threads must be at least 1");
        return ExitCode::from(2);
    }
    let defaults = RunOptions::default();
    let extensions = args
        .extensions
        .iter()
        .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
        .collect();
    let options = RunOptions {
        threads: args.threads.unwrap_or(defaults.threads),
        selection: Selection { extensions },
        output: OutputOptions {
            offsets: args.offsets,
        },
        out_path: args.output,
        progress: !args.quiet && std::io::stderr().is_terminal(),
        report_errors: !args.quiet,
        limits: LoadLimits {
            max_file_bytes: args.max_file_bytes,
        },
        ..defaults
    };
    match corpus::run(&pipeline, args.inputs, &options) {
        Ok(summary) => {
            if !args.quiet && !summary.output_closed {
                eprintln!("{}", summary.line());
            }
            if summary.failed > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            eprintln!("gazette: {e}");
            ExitCode::from(2)
        }
    }
}

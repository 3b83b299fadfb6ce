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
use gazette::eval::Task;
use gazette::output::OutputOptions;
use gazette::{OffsetUnit, Pipeline, PipelineBuilder};

/// Prints a line on standard output; a reader that went away (`gazette eval ... | head`) is
/// not an error.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

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
    /// Score the pipeline against gold data (JSON Lines in the output schema, or CoNLL columns).
    Eval(EvalArgs),
    /// Measure throughput per stage and end to end, and peak memory.
    Bench(BenchArgs),
    /// Inspect the gazetteers.
    Gazetteer {
        #[command(subcommand)]
        command: GazetteerCommand,
    },
}

/// Options that choose the data the pipeline is built from.
#[derive(Args, Clone)]
struct DataArgs {
    /// Replace the built-in lists with the ones in DIR (same layout as gazetteers/).
    #[arg(long, value_name = "DIR")]
    gazetteers: Option<PathBuf>,
    /// Add an entity list (TSV: surface, label, canonical, id, flags), with priority over the
    /// others; may be repeated.
    #[arg(long = "add-gazetteer", value_name = "FILE")]
    add_gazetteers: Vec<PathBuf>,
}

/// Which files of a folder are read.
#[derive(Args, Clone)]
struct SelectionArgs {
    /// File extensions read from folders (repeat or separate with commas).
    #[arg(
        long = "ext",
        value_name = "EXT",
        value_delimiter = ',',
        default_value = "txt"
    )]
    extensions: Vec<String>,
}

impl SelectionArgs {
    /// The resolved selection: extensions without their dot, in lower case.
    fn selection(&self) -> Selection {
        let extensions = self
            .extensions
            .iter()
            .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
            .collect();
        Selection { extensions }
    }
}

#[derive(Args)]
struct EvalArgs {
    /// What to score.
    #[arg(long, value_name = "TASK", value_parser = ["sentences", "entities", "quotes"])]
    task: String,
    /// The gold file.
    #[arg(long, value_name = "FILE")]
    gold: PathBuf,
    /// Print the figures as one JSON object.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataArgs,
}

#[derive(Args)]
struct BenchArgs {
    /// Folders, files or JSON Lines files to read into memory.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    /// Threads for the parallel lines (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Timed runs per line; the median is reported.
    #[arg(long, value_name = "N", default_value_t = 5)]
    runs: usize,
    #[command(flatten)]
    selection: SelectionArgs,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataArgs,
}

#[derive(Subcommand)]
enum GazetteerCommand {
    /// Entries per label and source list, and the sizes of the word lists.
    Stats(DataArgs),
    /// Build every list and report the first malformed line (exit status 2), or "ok".
    Check(DataArgs),
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
    #[command(flatten)]
    selection: SelectionArgs,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Offset unit: chars (Python str indices), bytes (UTF-8) or utf16 (JavaScript).
    #[arg(long, value_name = "UNIT", default_value = "chars")]
    offsets: OffsetUnit,
    #[command(flatten)]
    data: DataArgs,
    /// Refuse files larger than this many bytes (an error record each).
    #[arg(long, value_name = "BYTES", default_value_t = LoadLimits::default().max_file_bytes)]
    max_file_bytes: u64,
    /// Continue an interrupted run writing to the same --output: keep the complete records it
    /// wrote (a torn last line is redone) and process the rest.
    #[arg(long)]
    resume: bool,
    /// Documents per batch (memory is bounded by three batches: written, annotated, listed).
    #[arg(long, value_name = "N", default_value_t = RunOptions::default().batch_documents)]
    batch_size: usize,
    /// No progress bar, no summary, no per-document messages.
    #[arg(short, long)]
    quiet: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Eval(args) => eval(args),
        Command::Bench(args) => bench(args),
        Command::Gazetteer { command } => gazetteer(command),
    }
}

/// Builds the pipeline from the data options; a bad list is a configuration error (exit 2).
fn build(data: &DataArgs) -> Result<Pipeline, ExitCode> {
    let mut builder = PipelineBuilder::new();
    if let Some(dir) = &data.gazetteers {
        builder.gazetteer_dir(dir);
    }
    for path in &data.add_gazetteers {
        builder.add_gazetteer(path);
    }
    builder.build().map_err(|e| {
        eprintln!("gazette: configuration error: {e}");
        ExitCode::from(2)
    })
}

fn eval(args: EvalArgs) -> ExitCode {
    let pipeline = match build(&args.data) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let gold = match gazette::eval::read_gold(&args.gold) {
        Ok(gold) => gold,
        Err(e) => {
            eprintln!("gazette: {e}");
            return ExitCode::from(2);
        }
    };
    let task = match args.task.as_str() {
        "sentences" => Task::Sentences,
        "entities" => Task::Entities,
        _ => Task::Quotes,
    };
    let report = gazette::eval::evaluate(&pipeline, &gold, task);
    if args.json {
        out!(
            "{}",
            serde_json::to_string(&report.figures).expect("figures serialise")
        );
    } else {
        for (name, value) in &report.figures {
            out!("{name:<28} {value}");
        }
    }
    ExitCode::SUCCESS
}

fn bench(args: BenchArgs) -> ExitCode {
    let pipeline = match build(&args.data) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let threads = args
        .threads
        .unwrap_or_else(|| RunOptions::default().threads)
        .max(1);
    let selection = args.selection.selection();
    match gazette::bench::run(&pipeline, args.inputs, selection, threads, args.runs) {
        Ok(report) if args.json => {
            out!(
                "{}",
                serde_json::to_string_pretty(&report).expect("report serialises")
            );
            ExitCode::SUCCESS
        }
        Ok(report) => {
            out!("{}", report.table().trim_end());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gazette: {e}");
            ExitCode::from(2)
        }
    }
}

fn gazetteer(command: GazetteerCommand) -> ExitCode {
    let (data, stats) = match command {
        GazetteerCommand::Stats(data) => (data, true),
        GazetteerCommand::Check(data) => (data, false),
    };
    let pipeline = match build(&data) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if !stats {
        out!("ok");
        return ExitCode::SUCCESS;
    }
    let tagger = pipeline.entity_tagger();
    out!(
        "{:<40} {:>8} {:>8} {:>8}",
        "entity list",
        "PER",
        "ORG",
        "LOC"
    );
    let (mut per, mut org, mut loc) = (0, 0, 0);
    for source in tagger.gazetteer().sources() {
        out!(
            "{:<40} {:>8} {:>8} {:>8}",
            source.name,
            source.per,
            source.org,
            source.loc
        );
        per += source.per;
        org += source.org;
        loc += source.loc;
    }
    out!("{:<40} {:>8} {:>8} {:>8}", "total", per, org, loc);
    out!();
    for (name, size) in tagger.lexicon().sizes() {
        out!("{name:<40} {size:>8}");
    }
    out!("pipeline built in {:.3} s", pipeline.build_seconds());
    ExitCode::SUCCESS
}

fn extract(args: ExtractArgs) -> ExitCode {
    let pipeline = match build(&args.data) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if args.threads == Some(0) {
        eprintln!("gazette: --threads must be at least 1");
        return ExitCode::from(2);
    }
    let defaults = RunOptions::default();
    let options = RunOptions {
        threads: args.threads.unwrap_or(defaults.threads),
        selection: args.selection.selection(),
        output: OutputOptions {
            offsets: args.offsets,
        },
        out_path: args.output,
        progress: !args.quiet && std::io::stderr().is_terminal(),
        report_errors: !args.quiet,
        resume: args.resume,
        batch_documents: args.batch_size.max(1),
        limits: LoadLimits {
            max_file_bytes: args.max_file_bytes,
        },
        ..defaults
    };
    let result = corpus::run(&pipeline, args.inputs, &options);
    // The process ends here: freeing the pipeline's hundred thousand small allocations one by
    // one would cost as much as annotating a few hundred articles, for memory the exit frees.
    std::mem::forget(pipeline);
    match result {
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

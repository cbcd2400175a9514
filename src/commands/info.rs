//! `symbreak info FILE [--json]`: sizes and structure of a problem.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;
use symbreak::io::Warning;
use symbreak::model::ProblemStats;

use super::{CliError, fmt_num, print_json, read_problem};

/// Arguments of `symbreak info`.
#[derive(Args, Debug)]
pub struct InfoArgs {
    /// The problem file (.mps, .lp, optionally .gz).
    pub file: PathBuf,
    /// Print one JSON object (rows, cols, nonzeros, integer_cols,
    /// binary_cols, continuous_cols, semi_continuous_cols,
    /// semi_integer_cols, sense, objective_offset, row types,
    /// coefficient range, and the reader's warnings as `warnings`: a list
    /// of `{line, message}`) instead of the human summary.
    #[arg(long)]
    pub json: bool,
}

/// A reader warning in `info --json`.
#[derive(Serialize)]
struct WarningJson<'a> {
    line: usize,
    message: &'a str,
}

/// What `info --json` prints: the statistics and the reader's warnings.
#[derive(Serialize)]
struct InfoJson<'a> {
    #[serde(flatten)]
    stats: &'a ProblemStats,
    warnings: Vec<WarningJson<'a>>,
}

/// Runs `symbreak info`. The reader's warnings are part of the summary
/// (one line each after the others, or the `warnings` list in JSON).
pub fn run(args: &InfoArgs) -> Result<ExitCode, CliError> {
    let parsed = read_problem(&args.file)?;
    let s = parsed.problem.stats();
    if args.json {
        print_json(&InfoJson {
            stats: &s,
            warnings: parsed
                .warnings
                .iter()
                .map(|w| WarningJson {
                    line: w.line,
                    message: &w.message,
                })
                .collect(),
        });
        return Ok(ExitCode::SUCCESS);
    }
    println!("problem     {} ({})", s.name, args.file.display());
    println!(
        "size        {} rows, {} columns, {} nonzeros",
        s.rows, s.cols, s.nonzeros
    );
    println!(
        "columns     {} binary, {} general integer, {} continuous",
        s.binary_cols,
        s.integer_cols - s.binary_cols,
        s.continuous_cols
    );
    if s.semi_continuous_cols + s.semi_integer_cols > 0 {
        println!(
            "semi        {} semi-continuous, {} semi-integer (domain {{0}} ∪ [l, u])",
            s.semi_continuous_cols, s.semi_integer_cols
        );
    }
    println!(
        "rows        {} <=, {} >=, {} =, {} ranged, {} free",
        s.less_rows, s.greater_rows, s.equality_rows, s.ranged_rows, s.free_rows
    );
    println!(
        "objective   {}imize, {} nonzeros, offset {}",
        s.sense.as_str(),
        s.objective_nonzeros,
        fmt_num(s.objective_offset)
    );
    println!(
        "|coef|      [{}, {}]",
        fmt_num(s.min_abs_coefficient),
        fmt_num(s.max_abs_coefficient)
    );
    print_warnings(&args.file.display().to_string(), &parsed.warnings);
    Ok(ExitCode::SUCCESS)
}

/// The `warnings` lines of the human summary: the count, then each as
/// `file:line: message`.
fn print_warnings(file: &str, warnings: &[Warning]) {
    println!("warnings    {}", warnings.len());
    for w in warnings {
        println!("            {file}:{}: {}", w.line, w.message);
    }
}

//! `symbreak info FILE [--json]`: sizes and structure of a problem.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::{CliError, fmt_num, load_problem, print_json};

/// Arguments of `symbreak info`.
#[derive(Args, Debug)]
pub struct InfoArgs {
    /// The problem file (.mps, .lp, optionally .gz).
    pub file: PathBuf,
    /// Print one JSON object (rows, cols, nonzeros, integer_cols,
    /// binary_cols, continuous_cols, sense, objective_offset, row types,
    /// coefficient range) instead of the human summary.
    #[arg(long)]
    pub json: bool,
}

/// Runs `symbreak info`.
pub fn run(args: &InfoArgs) -> Result<ExitCode, CliError> {
    let parsed = load_problem(&args.file)?;
    let s = parsed.problem.stats();
    if args.json {
        print_json(&s);
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
    Ok(ExitCode::SUCCESS)
}

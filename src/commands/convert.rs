//! `symbreak convert IN OUT`: between formats, by extension.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use symbreak::io;

use super::{CliError, load_problem};

/// Arguments of `symbreak convert`.
#[derive(Args, Debug)]
pub struct ConvertArgs {
    /// The input file (.mps, .lp, optionally .gz).
    pub input: PathBuf,
    /// The output file; its extension picks the format (.mps writes free
    /// MPS with exact numbers, .lp writes CPLEX LP; add .gz to compress).
    pub output: PathBuf,
}

/// Runs `symbreak convert`.
pub fn run(args: &ConvertArgs) -> Result<ExitCode, CliError> {
    let problem = load_problem(&args.input)?.problem;
    io::write_problem(&problem, &args.output)?;
    eprintln!(
        "wrote {} ({} rows, {} columns, {} nonzeros)",
        args.output.display(),
        problem.num_rows(),
        problem.num_vars(),
        problem.num_nonzeros()
    );
    Ok(ExitCode::SUCCESS)
}

//! One file per subcommand. Each has an `Args` struct (clap derive) and a
//! `run` function returning the process exit code, or a [`CliError`] that
//! `main` prints on one line with exit code 2.

pub mod compare;
pub mod convert;
pub mod evaluate;
pub mod generate;
pub mod info;
pub mod label;
pub mod predict;
pub mod solve;
pub mod symmetry;
pub mod train;
pub mod verify;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use symbreak::io::{self, Parsed, ReadError};
use symbreak::shard::{Shard, ShardError};
use thiserror::Error;

/// A failure the user must fix: bad input or bad options (exit code 2).
#[derive(Debug, Error)]
pub enum CliError {
    /// A file could not be read or written.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// Options that do not fit together, or a value out of range.
    #[error("{0}")]
    Usage(String),
    /// A comparison that cannot run as asked, or a plot that cannot be
    /// written.
    #[error(transparent)]
    Compare(#[from] symbreak::compare::CompareError),
    /// A model file that cannot be used.
    #[error(transparent)]
    Model(#[from] symbreak::nn::ModelFileError),
    /// A shard that cannot be chosen, or shard files that cannot be written
    /// or merged.
    #[error(transparent)]
    Shard(#[from] ShardError),
}

/// The shard this process runs: `--shard K/N` when given, else the one the
/// Slurm or Kubernetes environment names, else `None` (everything); see
/// [`symbreak::shard`]. Says on stderr which shard and why.
pub fn resolve_shard(flag: Option<Shard>) -> Result<Option<Shard>, CliError> {
    let resolved = Shard::resolve(flag, |k| std::env::var(k).ok())?;
    if let Some((shard, origin)) = resolved {
        eprintln!("shard {shard} (from {origin})");
    }
    Ok(resolved.map(|(s, _)| s))
}

/// The model in `path`, or the embedded default model.
pub fn load_model(path: Option<&Path>) -> Result<symbreak::nn::TrainedModel, CliError> {
    Ok(match path {
        Some(p) => symbreak::nn::TrainedModel::load(p)?,
        None => symbreak::nn::default_model(),
    })
}

/// Whether the top-level `--strict` flag was given: set once by `main`
/// before any command runs, read by [`read_problem`].
static STRICT: AtomicBool = AtomicBool::new(false);

/// Makes every reader warning an error (`symbreak --strict ...`).
pub fn set_strict(strict: bool) {
    STRICT.store(strict, Ordering::Relaxed);
}

/// Reads a problem file; under `--strict` a reader warning is an error
/// (exit code 2, `file:line: message`). The warnings are left to the caller.
pub fn read_problem(path: &Path) -> Result<Parsed, CliError> {
    let parsed = io::read_problem(path)?;
    if STRICT.load(Ordering::Relaxed) {
        return Ok(parsed.into_strict(&path.display().to_string())?);
    }
    Ok(parsed)
}

/// Reads a problem file ([`read_problem`]) and prints the reader's warnings
/// on stderr.
pub fn load_problem(path: &Path) -> Result<Parsed, CliError> {
    let parsed = read_problem(path)?;
    for w in &parsed.warnings {
        eprintln!("warning: {}:{}: {}", path.display(), w.line, w.message);
    }
    Ok(parsed)
}

/// The one-line size summary the solve commands start with.
pub fn print_problem_line(problem: &symbreak::model::Problem, file: &Path) {
    let s = problem.stats();
    println!(
        "problem     {} ({}): {} rows, {} columns ({} integer), {} nonzeros",
        s.name,
        file.display(),
        s.rows,
        s.cols,
        s.integer_cols,
        s.nonzeros
    );
}

/// Prints a serializable value as one JSON object on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(s) => println!("{s}"),
        Err(e) => eprintln!("error: cannot serialize JSON: {e}"),
    }
}

/// A number for humans: integers without a fraction, others to 10
/// significant digits, infinities as `inf`.
pub fn fmt_num(x: f64) -> String {
    if x.is_infinite() {
        if x > 0.0 { "inf".into() } else { "-inf".into() }
    } else if x == x.trunc() && x.abs() < 1e15 {
        format!("{x:.0}")
    } else {
        format!("{x:.10}")
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    }
}

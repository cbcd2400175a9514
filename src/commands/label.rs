//! `symbreak label PATH... --out DIR [--shard K/N]`: the labelling step of
//! `train` and `evaluate` on its own, so that a large set is labelled by
//! many tasks (a Slurm array job, a Kubernetes Indexed Job) and trained on
//! with `train --labels DIR...`. `symbreak label --merge DIR...` checks
//! that label folders hold every instance exactly once and prints where
//! the labels came from.
//!
//! Also the label options `train` and `evaluate` share ([`LabelOptions`]:
//! they label on the fly into a cache), reading instance files with the
//! `.sol` beside them, and labelling with a progress bar.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use symbreak::io::ReadError;
use symbreak::io::files::{beside_solution, distinct_names, instance_files};
use symbreak::model::Problem;
use symbreak::nn::train::Sample;
use symbreak::shard::Shard;
use symbreak::solve::BackendChoice;
use symbreak::training::labels::{
    LabelCounts, LabelEntry, LabelSettings, label_all, label_instance, merge_label_folders,
    write_label_shard,
};

use super::{CliError, load_problem, resolve_shard};

/// Which solver labels, and for how long (`label`, `train`, `evaluate`).
#[derive(Args, Debug)]
pub struct LabelSolverArgs {
    /// Solver that labels instances without a `.sol` file.
    #[arg(long, value_enum, default_value_t = BackendChoice::default())]
    pub label_backend: BackendChoice,
    /// Time limit per label, seconds (the best solution found is the label).
    #[arg(long, default_value_t = 20.0)]
    pub label_time_limit: f64,
}

impl LabelSolverArgs {
    /// Checked label settings, caching under `cache_dir`.
    pub fn settings(&self, cache_dir: PathBuf) -> Result<LabelSettings, CliError> {
        if !(self.label_time_limit.is_finite() && self.label_time_limit > 0.0) {
            return Err(CliError::Usage(
                "--label-time-limit must be positive".into(),
            ));
        }
        if !self.label_backend.is_available() {
            return Err(CliError::Usage(format!(
                "backend '{}' is not compiled in: rebuild with --features highs",
                self.label_backend.as_str()
            )));
        }
        Ok(LabelSettings {
            backend: self.label_backend,
            time_limit: Duration::from_secs_f64(self.label_time_limit),
            cache_dir: Some(cache_dir),
        })
    }
}

/// How `train` and `evaluate` label instances without a `.sol` file.
#[derive(Args, Debug)]
pub struct LabelOptions {
    // The solver and its time limit per label.
    #[command(flatten)]
    pub solver: LabelSolverArgs,
    /// Folder of cached labels.
    #[arg(long, default_value = ".symbreak-cache")]
    pub cache: PathBuf,
}

impl LabelOptions {
    /// Checked label settings.
    pub fn settings(&self) -> Result<LabelSettings, CliError> {
        self.solver.settings(self.cache.clone())
    }
}

/// Arguments of `symbreak label`.
#[derive(Args, Debug)]
pub struct LabelArgs {
    /// Instance files or folders; a `.sol` file beside an instance is its
    /// label (copied into the output).
    #[arg(required_unless_present = "merge")]
    pub paths: Vec<PathBuf>,
    /// The label folder: labels go to DIR/<backend>_<limit>s/<name>.sol
    /// (`.nosol` when none was found; a rerun reuses both), the shard's
    /// list to DIR/labels-shard-K-of-N.json.
    #[arg(long, value_name = "DIR", required_unless_present = "merge")]
    pub out: Option<PathBuf>,
    // The solver and its time limit per label.
    #[command(flatten)]
    pub solver: LabelSolverArgs,
    /// Label only shard K of N (1-based), every N-th instance of the file
    /// list; without it a Slurm array task or Kubernetes Indexed Job names
    /// the shard (see `symbreak compare --help`).
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// Check label folders instead of labelling: every instance exactly
    /// once, one backend and limit per instance list; prints the counts.
    #[arg(long, value_name = "DIR", num_args = 1..,
          conflicts_with_all = ["paths", "out", "shard"])]
    pub merge: Vec<PathBuf>,
}

/// Runs `symbreak label`.
pub fn run(args: &LabelArgs) -> Result<ExitCode, CliError> {
    if !args.merge.is_empty() {
        let (entries, runs) = merge_label_folders(&args.merge)?;
        let labelled = entries.iter().filter(|e| e.label.is_some()).count();
        println!(
            "{} instances in {} labelling run(s): {labelled} labelled, {} without a label",
            entries.len(),
            runs.len(),
            entries.len() - labelled
        );
        for run in &runs {
            println!(
                "  backend {}, {} s per label, symbreak {}",
                run.backend, run.time_limit_s, run.symbreak_version
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let Some(out) = &args.out else {
        return Err(CliError::Usage("give --out DIR".into()));
    };
    let settings = args.solver.settings(out.clone())?;
    let files = instance_files(&args.paths)?;
    if files.is_empty() {
        return Err(CliError::Usage("no instance files found".into()));
    }
    let names = distinct_names(&files).map_err(CliError::Usage)?;
    let shard = resolve_shard(args.shard)?.unwrap_or_else(Shard::whole);
    let mine = shard.select(&files);
    // Read every instance of the shard first, so bad input stops us before
    // any solve; train reads them again from the absolute paths.
    let mut problems = Vec::with_capacity(mine.len());
    for f in &mine {
        let absolute = std::path::absolute(f).map_err(|source| ReadError::Io {
            file: f.display().to_string(),
            source,
        })?;
        problems.push((absolute, load_problem(f)?.problem));
    }

    let pb = bar(mine.len() as u64, "labelling");
    let entries: Vec<LabelEntry> = problems
        .into_par_iter()
        .zip(shard.select(&names))
        .map(|((file, problem), name)| {
            let result = label_instance(&name, &problem, Some(&beside_solution(&file)), &settings);
            pb.inc(1);
            LabelEntry::new(&name, file, &problem, result.as_ref(), &settings)
        })
        .collect();
    pb.finish_and_clear();
    let count = |source: &str| entries.iter().filter(|e| e.source == source).count();
    eprintln!(
        "labels: {} beside, {} cached, {} solved optimal, {} best within {} s, {} without a solution",
        count("beside"),
        count("cache"),
        count("solved_optimal"),
        count("solved_feasible"),
        args.solver.label_time_limit,
        count("none")
    );
    let path = write_label_shard(out, shard, &settings, names, entries)?;
    println!(
        "wrote {} (shard {shard}, {} instances)",
        path.display(),
        mine.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// The problems under `paths` (files or folders), each with the `.sol`
/// file that may sit beside it.
pub fn read_instances(paths: &[PathBuf]) -> Result<Vec<(Problem, Option<PathBuf>)>, CliError> {
    let mut items = Vec::new();
    for f in instance_files(paths)? {
        let p = load_problem(&f)?.problem;
        items.push((p, Some(beside_solution(&f))));
    }
    Ok(items)
}

/// A progress bar on stderr: `what [====] pos/len elapsed msg`.
pub fn bar(len: u64, what: &str) -> ProgressBar {
    let pb = ProgressBar::new(len);
    pb.set_style(
        ProgressStyle::with_template(&format!(
            "{what} [{{bar:30}}] {{pos}}/{{len}} {{elapsed}} {{msg}}"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb
}

/// Labels `items` with a progress bar and says on stderr where the labels
/// came from.
pub fn label_with_progress(
    items: Vec<(Problem, Option<PathBuf>)>,
    args: &LabelOptions,
) -> Result<(Vec<Sample>, LabelCounts), CliError> {
    let settings = args.settings()?;
    let pb = bar(items.len() as u64, "labelling");
    let (samples, counts) = label_all(items, &settings, || pb.inc(1));
    pb.finish_and_clear();
    eprintln!(
        "labels: {} beside, {} cached, {} solved optimal, {} best within {} s, {} without a solution (skipped)",
        counts.beside,
        counts.cached,
        counts.solved_optimal,
        counts.solved_feasible,
        args.solver.label_time_limit,
        counts.without
    );
    Ok((samples, counts))
}

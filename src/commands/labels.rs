//! What `train` and `evaluate` share: the label options, reading instance
//! files with the `.sol` beside them, and labelling with a progress bar.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use symbreak::io::files::{beside_solution, instance_files};
use symbreak::model::Problem;
use symbreak::nn::train::Sample;
use symbreak::pipeline::dataset::{LabelCounts, LabelSettings, label_all};
use symbreak::solve::BackendChoice;

use super::{CliError, load_problem};

/// How unlabelled instances get labels (shared by `train` and `evaluate`).
#[derive(Args, Debug)]
pub struct LabelArgs {
    /// Solver that labels instances without a `.sol` file.
    #[arg(long, value_enum, default_value_t = BackendChoice::default())]
    pub label_backend: BackendChoice,
    /// Time limit per label, seconds (the best solution found is the label).
    #[arg(long, default_value_t = 20.0)]
    pub label_time_limit: f64,
    /// Folder of cached labels.
    #[arg(long, default_value = ".symbreak-cache")]
    pub cache: PathBuf,
}

impl LabelArgs {
    /// Checked label settings.
    pub fn settings(&self) -> Result<LabelSettings, CliError> {
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
            cache_dir: Some(self.cache.clone()),
        })
    }
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
    args: &LabelArgs,
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
        args.label_time_limit,
        counts.without
    );
    Ok((samples, counts))
}

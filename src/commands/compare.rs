//! `symbreak compare PATH... --time-limit S [--methods ...] [--model M]
//! [--json] [--plot FILE.svg]`: runs every method on every instance, one
//! after another so that timings are comparable, and prints the table (or
//! the JSON object); `--plot` writes both charts into one SVG file.
//!
//! With `--shard K/N` (or a Slurm array task / Kubernetes Indexed Job) it
//! runs only every N-th instance and `--out DIR` keeps the shard's results
//! in `DIR/compare-shard-K-of-N.json`; `symbreak compare --merge DIR...`
//! prints the merged shards with the same table, JSON and plots.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use symbreak::compare::shard::CompareShardSettings;
use symbreak::compare::{self, CompareSettings, Comparison, Method, json, plot, table};
use symbreak::shard::Shard;
use symbreak::solve::BackendChoice;

use super::{CliError, load_model, load_problem, print_json, resolve_shard};
use symbreak::io::files::{distinct_names, instance_files};

/// Arguments of `symbreak compare`.
#[derive(Args, Debug)]
pub struct CompareArgs {
    /// Instance files or folders (every .mps, .lp, .mps.gz, .lp.gz inside).
    #[arg(required_unless_present = "merge")]
    pub paths: Vec<PathBuf>,
    /// Time limit of each run, seconds. [range: > 0]
    #[arg(long, required_unless_present = "merge")]
    pub time_limit: Option<f64>,
    /// Methods to run, comma-separated, in this order: plain (--backend
    /// alone), plain-sym (the same with static symmetry-breaking constraints),
    /// learned (the learned path), highs (needs a build with --features
    /// highs). [default: plain,plain-sym,learned, and highs when built in]
    #[arg(long, value_enum, value_delimiter = ',')]
    pub methods: Option<Vec<Method>>,
    /// The model of the learned method; the embedded default otherwise.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// The classical backend of plain, plain-sym and learned: bnb
    /// (symbreak's own branch-and-cut), microlp, or highs (needs a build
    /// with --features highs; the `highs` method always runs HiGHS).
    #[arg(long, value_enum, default_value_t = BackendChoice::default())]
    pub backend: BackendChoice,
    /// Print one JSON object (instances with their runs, summary) instead
    /// of the table.
    #[arg(long)]
    pub json: bool,
    /// Write the plots (primal gap over time, performance profile) side by
    /// side into this SVG file.
    #[arg(long, value_name = "FILE.svg")]
    pub plot: Option<PathBuf>,
    /// Also write the JSON object into this file (the table still goes to
    /// stdout unless --json is given): one long run, both outputs.
    #[arg(long, value_name = "FILE.json")]
    pub json_out: Option<PathBuf>,
    /// Run only shard K of N (1-based: 1/3, 2/3, 3/3): the instances at
    /// positions K, K+N, K+2N, ... of the file list. Without it, a Slurm
    /// array task (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT, normalised
    /// by SLURM_ARRAY_TASK_MIN) or a Kubernetes Indexed Job
    /// (JOB_COMPLETION_INDEX, 0-based, with SYMBREAK_SHARD_COUNT) names
    /// the shard. Needs --out.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// Keep the results for `--merge`: write them to
    /// DIR/compare-shard-K-of-N.json (1-of-1 without a shard), atomically.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Merge the shard files in these folders (or files) instead of
    /// running: the same table, --json, --json-out and --plot as one run
    /// over all instances. Missing, duplicated or truncated shards and
    /// shards of different settings are errors.
    #[arg(long, value_name = "DIR", num_args = 1..,
          conflicts_with_all = ["paths", "time_limit", "methods", "model", "shard", "out"])]
    pub merge: Vec<PathBuf>,
}

/// Runs `symbreak compare`.
pub fn run(args: &CompareArgs) -> Result<ExitCode, CliError> {
    if !args.merge.is_empty() {
        let (comparison, _) = compare::shard::merge(&args.merge)?;
        eprintln!(
            "merged {} instances, {} methods, time limit {} s",
            comparison.instances.len(),
            comparison.methods.len(),
            comparison.time_limit_s
        );
        return report(&comparison, args);
    }
    let time_limit = match args.time_limit {
        Some(t) if t.is_finite() && t > 0.0 => t,
        t => {
            return Err(CliError::Usage(format!(
                "--time-limit must be a positive number of seconds, got {}",
                t.map_or("nothing".into(), |t| t.to_string())
            )));
        }
    };
    let methods = args.methods.clone().unwrap_or_else(Method::defaults);
    Method::check_selection(&methods)?;
    let model = match &args.model {
        Some(path) => Some(load_model(Some(path))?),
        None => None,
    };
    let shard = resolve_shard(args.shard)?;
    if shard.is_some() && args.out.is_none() {
        return Err(CliError::Usage(
            "a shard's results are only useful merged: give --out DIR".into(),
        ));
    }

    let files = instance_files(&args.paths)?;
    if files.is_empty() {
        return Err(CliError::Usage("no instance files found".into()));
    }
    let names = distinct_names(&files).map_err(CliError::Usage)?;
    let shard = shard.unwrap_or_else(Shard::whole);
    // Read every instance of the shard first, so bad input stops us before
    // any run.
    let mut problems = Vec::new();
    for (f, name) in shard.select(&files).iter().zip(shard.select(&names)) {
        problems.push((name, load_problem(f)?.problem));
    }

    let backend = args
        .backend
        .backend()
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let settings = CompareSettings {
        time_limit: Duration::from_secs_f64(time_limit),
        model,
        backend: Some(Arc::from(backend)),
        ..CompareSettings::default()
    };
    let comparison = Comparison {
        time_limit_s: time_limit,
        instances: run_all(&problems, &methods, &settings)?,
        methods,
    };
    if let Some(dir) = &args.out {
        let model_bytes = match &args.model {
            Some(p) => Some(
                std::fs::read(p).map_err(|source| symbreak::io::ReadError::Io {
                    file: p.display().to_string(),
                    source,
                })?,
            ),
            None => None,
        };
        let shard_settings = CompareShardSettings::new(
            time_limit,
            comparison.methods.clone(),
            args.backend.as_str(),
            model_bytes.as_deref(),
        );
        let path = compare::shard::write(dir, shard, shard_settings, names, &comparison)?;
        eprintln!(
            "wrote {} (shard {shard}, {} instances)",
            path.display(),
            comparison.instances.len()
        );
    }
    report(&comparison, args)
}

/// Every method on every problem, one after another, with a progress bar.
fn run_all(
    problems: &[(String, symbreak::model::Problem)],
    methods: &[Method],
    settings: &CompareSettings,
) -> Result<Vec<compare::InstanceResult>, CliError> {
    let pb = ProgressBar::new((problems.len() * methods.len()) as u64);
    pb.set_style(
        ProgressStyle::with_template("comparing [{bar:30}] {pos}/{len} {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut instances = Vec::with_capacity(problems.len());
    for (name, problem) in problems {
        let result = compare::run_instance(name, problem, methods, settings, |m, run| match run {
            None => pb.set_message(format!("{name}: {m}")),
            Some(_) => pb.inc(1),
        });
        match result {
            Ok(r) => instances.push(r),
            Err(e) => {
                pb.abandon();
                return Err(e.into());
            }
        }
    }
    pb.finish_and_clear();
    Ok(instances)
}

/// The table (or JSON) on stdout, and the files of --json-out and --plot:
/// one printer for a run and a merge.
fn report(comparison: &Comparison, args: &CompareArgs) -> Result<ExitCode, CliError> {
    if args.json {
        print_json(&json::to_json(comparison));
    } else {
        print!("{}", table::render(comparison));
    }
    if let Some(path) = &args.json_out {
        let text = serde_json::to_string_pretty(&json::to_json(comparison))
            .map_err(|e| CliError::Usage(format!("cannot render JSON: {e}")))?;
        symbreak::shard::write_atomic(path, (text + "\n").as_bytes())?;
        eprintln!("wrote {}", path.display());
    }
    if let Some(path) = &args.plot {
        plot::write_svg(comparison, path)?;
        eprintln!("wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

//! `symbreak compare PATH... --time-limit S [--methods ...] [--model M]
//! [--json] [--plot FILE.svg]`: runs every method on every instance, one
//! after another so that timings are comparable, and prints the table (or
//! the JSON object); `--plot` writes both charts into one SVG file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use symbreak::compare::{self, CompareSettings, Comparison, Method, json, plot, table};

use super::{CliError, load_model, load_problem, print_json};
use symbreak::io::files::instance_files;

/// Arguments of `symbreak compare`.
#[derive(Args, Debug)]
pub struct CompareArgs {
    /// Instance files or folders (every .mps, .lp, .mps.gz, .lp.gz inside).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Time limit of each run, seconds. [range: > 0]
    #[arg(long)]
    pub time_limit: f64,
    /// Methods to run, comma-separated, in this order: plain (microlp),
    /// plain-sym (microlp with static symmetry-breaking constraints),
    /// learned (the learned path), highs (needs a build with --features
    /// highs). [default: plain,plain-sym,learned, and highs when built in]
    #[arg(long, value_enum, value_delimiter = ',')]
    pub methods: Option<Vec<Method>>,
    /// The model of the learned method; the embedded default otherwise.
    #[arg(long)]
    pub model: Option<PathBuf>,
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
}

/// Runs `symbreak compare`.
pub fn run(args: &CompareArgs) -> Result<ExitCode, CliError> {
    if !(args.time_limit.is_finite() && args.time_limit > 0.0) {
        return Err(CliError::Usage(format!(
            "--time-limit must be a positive number of seconds, got {}",
            args.time_limit
        )));
    }
    let methods = args.methods.clone().unwrap_or_else(Method::defaults);
    Method::check_selection(&methods)?;
    let model = match &args.model {
        Some(path) => Some(load_model(Some(path))?),
        None => None,
    };

    // Read every instance first, so bad input stops us before any run.
    let files = instance_files(&args.paths)?;
    if files.is_empty() {
        return Err(CliError::Usage("no instance files found".into()));
    }
    let mut problems = Vec::with_capacity(files.len());
    for f in &files {
        problems.push((instance_name(f), load_problem(f)?.problem));
    }

    let settings = CompareSettings {
        time_limit: Duration::from_secs_f64(args.time_limit),
        model,
        ..CompareSettings::default()
    };
    let pb = ProgressBar::new((problems.len() * methods.len()) as u64);
    pb.set_style(
        ProgressStyle::with_template("comparing [{bar:30}] {pos}/{len} {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut instances = Vec::with_capacity(problems.len());
    for (name, problem) in &problems {
        let result =
            compare::run_instance(name, problem, &methods, &settings, |m, run| match run {
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

    let comparison = Comparison {
        time_limit_s: args.time_limit,
        methods,
        instances,
    };
    if args.json {
        print_json(&json::to_json(&comparison));
    } else {
        print!("{}", table::render(&comparison));
    }
    if let Some(path) = &args.json_out {
        let text = serde_json::to_string_pretty(&json::to_json(&comparison))
            .map_err(|e| CliError::Usage(format!("cannot render JSON: {e}")))?;
        std::fs::write(path, text + "\n")
            .map_err(|e| CliError::Usage(format!("cannot write {}: {e}", path.display())))?;
        eprintln!("wrote {}", path.display());
    }
    if let Some(path) = &args.plot {
        plot::write_svg(&comparison, path)?;
        eprintln!("wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// The file name without `.gz`, `.mps` and `.lp` (`a/bpp_1.mps.gz` →
/// `bpp_1`).
fn instance_name(file: &Path) -> String {
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name.trim_end_matches(".gz")
        .trim_end_matches(".mps")
        .trim_end_matches(".lp")
        .to_string()
}

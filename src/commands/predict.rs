//! `symbreak predict FILE [--model M] [--json]`: per-variable scores.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Args;
use serde::Serialize;
use symbreak::pipeline::{DEFAULT_TIME_LIMIT, prepare};
use symbreak::solve::BackendChoice;

use super::{CliError, load_model, load_problem, print_json};

/// Arguments of `symbreak predict`.
#[derive(Args, Debug)]
pub struct PredictArgs {
    /// The problem file (.mps, .lp, optionally .gz).
    pub file: PathBuf,
    /// A model file from `symbreak train`; the embedded default otherwise.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Seed of random breaking features (noise, orbit, orbit-plus models).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Print one JSON object: breaking, time_s, scores (name → probability).
    #[arg(long)]
    pub json: bool,
    /// In the human output, how many of the most confident variables to list.
    #[arg(long, default_value_t = 20)]
    pub top: usize,
}

#[derive(Serialize)]
struct Output {
    breaking: String,
    time_s: f64,
    symmetry_s: f64,
    lp_s: f64,
    inference_s: f64,
    scores: BTreeMap<String, f64>,
}

/// Runs `symbreak predict`.
pub fn run(args: &PredictArgs) -> Result<ExitCode, CliError> {
    let model = load_model(args.model.as_deref())?;
    let problem = load_problem(&args.file)?.problem;
    let start = Instant::now();
    // The same preparation (backend and budget) as a default
    // `solve --learned`.
    let backend = BackendChoice::default()
        .backend()
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let prepared = prepare(
        &problem,
        backend.as_ref(),
        &symbreak::budget::Budget::new(Some(DEFAULT_TIME_LIMIT)),
    );
    let (symmetry_s, lp_s) = (prepared.stages[0].time_s, prepared.stages[1].time_s);
    let t = Instant::now();
    let probs = prepared.predict(&problem, &model, args.seed);
    let inference_s = t.elapsed().as_secs_f64();
    let binaries: Vec<_> = problem
        .vars()
        .filter(|&v| problem.var_kind(v) == symbreak::model::VarKind::Binary)
        .collect();
    if args.json {
        print_json(&Output {
            breaking: model.breaking.to_string(),
            time_s: start.elapsed().as_secs_f64(),
            symmetry_s,
            lp_s,
            inference_s,
            scores: binaries
                .iter()
                .map(|&v| (problem.var_name(v).to_string(), probs[v.index()]))
                .collect(),
        });
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{} binary variables scored by a '{}' model in {:.4} s (symmetry {:.4}, LP {:.4}, inference {:.4})",
        binaries.len(),
        model.breaking,
        start.elapsed().as_secs_f64(),
        symmetry_s,
        lp_s,
        inference_s
    );
    let mut order = binaries.clone();
    order.sort_by(|&a, &b| {
        (probs[b.index()] - 0.5)
            .abs()
            .total_cmp(&(probs[a.index()] - 0.5).abs())
    });
    for &v in order.iter().take(args.top) {
        println!("  {:<24} {:.4}", problem.var_name(v), probs[v.index()]);
    }
    Ok(ExitCode::SUCCESS)
}

//! `symbreak evaluate DIR... [--model M] [--json]`: Top-m% error and
//! rounded feasibility over labelled instances.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use rayon::prelude::*;
use serde::Serialize;
use symbreak::nn::eval::{EvalSummary, top_m_errors};
use symbreak::nn::loss::sigmoid;
use symbreak::training::labels::rounded_is_feasible;

use super::label::{LabelOptions, label_with_progress, read_instances};
use super::{CliError, load_model, print_json};

/// Arguments of `symbreak evaluate`.
#[derive(Args, Debug)]
pub struct EvaluateArgs {
    /// Instance files or folders; labels come from `.sol` files beside them,
    /// else the cache, else a solve with the stated limit.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// A model file; the embedded default otherwise.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// How instances without a `.sol` file are labelled.
    #[command(flatten)]
    pub labels: LabelOptions,
    /// Seed of random breaking features.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Print one JSON object: top_m_error {"30","50","70","90"},
    /// rounded_feasible_rate, instances.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Output {
    breaking: String,
    top_m_error: std::collections::BTreeMap<String, f64>,
    rounded_feasible_rate: f64,
    instances: usize,
    unlabelled: usize,
}

/// Runs `symbreak evaluate`.
pub fn run(args: &EvaluateArgs) -> Result<ExitCode, CliError> {
    let model = load_model(args.model.as_deref())?;
    let items = read_instances(&args.paths)?;
    if items.is_empty() {
        return Err(CliError::Usage("no instance files found".into()));
    }
    let (samples, counts) = label_with_progress(items, &args.labels)?;
    let results: Vec<([f64; 4], bool)> = samples
        .par_iter()
        .enumerate()
        .map(|(i, s)| {
            let input = s.input(model.breaking, args.seed ^ i as u64);
            let probs: Vec<f64> = model
                .gnn
                .logits(&input)
                .iter()
                .map(|&z| sigmoid(z))
                .collect();
            (
                top_m_errors(&probs, &s.label, &s.mask, &s.symmetry.orbitopes),
                rounded_is_feasible(&s.problem, &probs, args.labels.solver.label_backend),
            )
        })
        .collect();
    let errors: Vec<[f64; 4]> = results.iter().map(|r| r.0).collect();
    let feasible: Vec<bool> = results.iter().map(|r| r.1).collect();
    let summary = EvalSummary::of(&errors, &feasible);
    if args.json {
        print_json(&Output {
            breaking: model.breaking.to_string(),
            top_m_error: ["30", "50", "70", "90"]
                .iter()
                .zip(summary.top_m_error)
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            rounded_feasible_rate: summary.rounded_feasible_rate,
            instances: summary.instances,
            unlabelled: counts.without,
        });
    } else {
        println!(
            "{} instances ({} without a label skipped), '{}' model",
            summary.instances, counts.without, model.breaking
        );
        println!(
            "Top-m% error  30%: {:.2}  50%: {:.2}  70%: {:.2}  90%: {:.2}",
            summary.top_m_error[0],
            summary.top_m_error[1],
            summary.top_m_error[2],
            summary.top_m_error[3]
        );
        println!(
            "rounded prediction feasible: {:.1}%",
            100.0 * summary.rounded_feasible_rate
        );
    }
    Ok(ExitCode::SUCCESS)
}

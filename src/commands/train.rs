//! `symbreak train`: generate (or read) instances, label them with the
//! classical solver (cached), and train a GNN with one symmetry-breaking
//! variant.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Args;
use symbreak::generate::{FamilyName, Sizes};
use symbreak::model::Problem;
use symbreak::nn::train::{LrSchedule, TrainSettings, train};
use symbreak::nn::{Breaking, GnnConfig, Provenance, TrainedModel};

use rayon::prelude::*;
use symbreak::io::solution;
use symbreak::nn::train::Sample;
use symbreak::training::labels::{labelled_sample, merge_label_folders};
use symbreak::verify::{Tolerances, verify};

use super::CliError;
use super::label::{LabelOptions, bar, label_with_progress, read_instances};

/// Arguments of `symbreak train`.
#[derive(Args, Debug)]
pub struct TrainArgs {
    /// Families to generate training instances from (repeat or comma-separate
    /// for a mix); `--count` instances of each.
    #[arg(long, value_enum, value_delimiter = ',')]
    pub family: Vec<FamilyName>,
    /// Items per bin packing instance.
    #[arg(long, default_value_t = 20)]
    pub items: u32,
    /// Vertices per coloring instance.
    #[arg(long, default_value_t = 20)]
    pub vertices: u32,
    /// Jobs per scheduling instance.
    #[arg(long, default_value_t = 20)]
    pub jobs: u32,
    /// Machines per scheduling instance.
    #[arg(long, default_value_t = 5)]
    pub machines: u32,
    /// Instances per family (seeds S .. S+N-1).
    #[arg(long, default_value_t = 300)]
    pub count: u32,
    /// First seed of the generated instances; also seeds initialization.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Instance files or folders to train on instead of (or besides)
    /// generated ones; a `.sol` file beside an instance is its label.
    #[arg(long)]
    pub instances: Vec<PathBuf>,
    /// The symmetry-breaking variant.
    #[arg(long, value_enum, default_value_t = Breaking::Relaxed)]
    pub breaking: Breaking,
    /// Passes over the training set (the best validation epoch is kept).
    #[arg(long, default_value_t = 30)]
    pub epochs: usize,
    /// Samples per optimizer step.
    #[arg(long, default_value_t = 8)]
    pub batch_size: usize,
    /// Adam learning rate (the first step's, with the cosine schedule).
    #[arg(long, default_value_t = 3e-3)]
    pub lr: f64,
    /// Step-size schedule: `cosine` decays the learning rate to 1/20 of
    /// `--lr` over the run; `constant` keeps it.
    #[arg(long, value_enum, default_value_t = LrSchedule::Cosine)]
    pub lr_schedule: LrSchedule,
    /// Hidden width of the GNN.
    #[arg(long, default_value_t = 32)]
    pub hidden: usize,
    /// Message-passing rounds.
    #[arg(long, default_value_t = 2)]
    pub rounds: usize,
    /// Seed of initialization and shuffling (default: `--seed`), so one
    /// labelled set can train several networks.
    #[arg(long)]
    pub init_seed: Option<u64>,
    /// Share of instances held out for validation.
    #[arg(long, default_value_t = 0.2)]
    pub val_fraction: f64,
    /// Label folders written by `symbreak label --out DIR` (all shards of a
    /// run, in one folder or several; several runs are joined): train on
    /// their labelled instances without solving. Every instance must be in
    /// exactly one shard file.
    #[arg(long = "labels", value_name = "DIR", num_args = 1..)]
    pub label_folders: Vec<PathBuf>,
    /// How instances without a `.sol` file are labelled.
    #[command(flatten)]
    pub labels: LabelOptions,
    /// Where to write the model (JSON).
    #[arg(long)]
    pub out: PathBuf,
}

impl TrainArgs {
    fn sizes(&self) -> Sizes {
        Sizes {
            items: self.items,
            vertices: self.vertices,
            jobs: self.jobs,
            machines: self.machines,
        }
    }

    /// `--count` instances of every `--family`, seeds `--seed` onwards.
    fn generated(&self) -> Result<Vec<Problem>, CliError> {
        let mut out = Vec::new();
        for fam in &self.family {
            for k in 0..self.count {
                let problem = fam
                    .generate(&self.sizes(), self.seed + u64::from(k))
                    .map_err(|e| CliError::Usage(e.to_string()))?;
                out.push(problem);
            }
        }
        Ok(out)
    }
}

/// Runs `symbreak train`.
pub fn run(args: &TrainArgs) -> Result<ExitCode, CliError> {
    if args.family.is_empty() && args.instances.is_empty() && args.label_folders.is_empty() {
        return Err(CliError::Usage(
            "give --family (to generate instances), --instances (files or folders) or --labels (label folders)".into(),
        ));
    }
    if !(args.val_fraction > 0.0 && args.val_fraction < 1.0) {
        return Err(CliError::Usage(format!(
            "--val-fraction must lie in (0, 1), found {}",
            args.val_fraction
        )));
    }
    args.labels.settings()?;
    let start = Instant::now();
    let mut items: Vec<(Problem, Option<PathBuf>)> =
        args.generated()?.into_iter().map(|p| (p, None)).collect();
    items.extend(read_instances(&args.instances)?);
    let mut total = items.len();
    let mut samples = if items.is_empty() {
        Vec::new()
    } else {
        label_with_progress(items, &args.labels)?.0
    };
    if !args.label_folders.is_empty() {
        let (from_folders, entries) =
            samples_from_label_folders(&args.label_folders, &args.labels)?;
        total += entries;
        samples.extend(from_folders);
    }
    if samples.len() < 2 {
        return Err(CliError::Usage(format!(
            "only {} of {total} instances could be labelled: nothing to train on",
            samples.len()
        )));
    }
    // Deterministic split: every k-th instance to validation.
    let every = (1.0 / args.val_fraction).round().max(2.0) as usize;
    let mut train_set = Vec::new();
    let mut val_set = Vec::new();
    for (i, s) in samples.drain(..).enumerate() {
        if i % every == every - 1 {
            val_set.push(s);
        } else {
            train_set.push(s);
        }
    }
    let tsettings = TrainSettings {
        epochs: args.epochs,
        batch_size: args.batch_size,
        lr: args.lr,
        schedule: args.lr_schedule,
        config: GnnConfig {
            hidden: args.hidden,
            rounds: args.rounds,
            ..GnnConfig::default()
        },
        seed: args.init_seed.unwrap_or(args.seed),
        ..TrainSettings::default()
    };
    eprintln!(
        "training '{}' on {} instances, validating on {} ({} threads)",
        args.breaking,
        train_set.len(),
        val_set.len(),
        rayon::current_num_threads()
    );
    let pb = bar(args.epochs as u64, "epochs");
    let t_train = Instant::now();
    let (gnn, logs) = train(&train_set, &val_set, args.breaking, &tsettings, |log| {
        pb.suspend(|| {
            eprintln!(
                "epoch {:3}  train loss {:.4}  val loss {:.4}  val top-m% error 30/50/70/90: {:.2} {:.2} {:.2} {:.2}  {:.1}s{}",
                log.epoch,
                log.train_loss,
                log.val_loss,
                log.val_top_m[0],
                log.val_top_m[1],
                log.val_top_m[2],
                log.val_top_m[3],
                log.time_s,
                if log.best { "  *" } else { "" }
            )
        });
        pb.inc(1);
    });
    pb.finish_and_clear();
    let best = logs.iter().rfind(|l| l.best);
    let mut metrics = std::collections::BTreeMap::new();
    if let Some(b) = best {
        metrics.insert("val_loss".to_string(), b.val_loss);
        for (m, v) in [30, 50, 70, 90].iter().zip(b.val_top_m) {
            metrics.insert(format!("val_top_{m}"), v);
        }
    }
    let families: Vec<String> = args
        .family
        .iter()
        .map(|f| f.describe(&args.sizes()))
        .chain(
            args.instances
                .iter()
                .map(|p| format!("files {}", p.display())),
        )
        .chain(
            args.label_folders
                .iter()
                .map(|p| format!("labels {}", p.display())),
        )
        .collect();
    let model = TrainedModel {
        gnn,
        breaking: args.breaking,
        provenance: Provenance {
            command: std::env::args().collect::<Vec<_>>().join(" "),
            families,
            seeds: vec![args.seed, u64::from(args.count)],
            train_instances: train_set.len(),
            val_instances: val_set.len(),
            label_backend: args.labels.solver.label_backend.as_str().to_string(),
            label_time_limit_s: args.labels.solver.label_time_limit,
            epochs: args.epochs,
            best_epoch: best.map_or(0, |b| b.epoch),
            metrics,
            train_time_s: t_train.elapsed().as_secs_f64(),
        },
    };
    model.save(&args.out)?;
    eprintln!(
        "wrote {} (best epoch {}, {:.1} s in all)",
        args.out.display(),
        model.provenance.best_epoch,
        start.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// The samples of the labelled instances in label folders (see
/// `symbreak label`), and the number of instances they list. Each label is
/// read and verified again; nothing is solved.
fn samples_from_label_folders(
    dirs: &[PathBuf],
    labels: &LabelOptions,
) -> Result<(Vec<Sample>, usize), CliError> {
    let (entries, runs) = merge_label_folders(dirs)?;
    let with_label: Vec<(String, PathBuf, PathBuf)> = entries
        .iter()
        .filter_map(|e| Some((e.name.clone(), e.file.clone(), e.label.clone()?)))
        .collect();
    eprintln!(
        "label folders: {} instances in {} run(s), {} labelled",
        entries.len(),
        runs.len(),
        with_label.len()
    );
    let pb = bar(with_label.len() as u64, "preparing");
    let samples: Result<Vec<Sample>, CliError> = with_label
        .into_par_iter()
        .map(|(name, file, label)| {
            let problem = super::read_problem(&file)?.problem;
            let sol = solution::read(&label, &problem)?;
            let report = verify(&problem, sol.solution.values(), &Tolerances::default());
            if !report.feasible {
                return Err(CliError::Usage(format!(
                    "{}: the label of '{name}' is not a feasible solution of {}",
                    label.display(),
                    file.display()
                )));
            }
            let sample = labelled_sample(
                problem,
                sol.solution.into_values(),
                labels.solver.label_backend,
            )
            .ok_or_else(|| {
                CliError::Usage(format!(
                    "backend '{}' is not compiled in",
                    labels.solver.label_backend.as_str()
                ))
            });
            pb.inc(1);
            sample
        })
        .collect();
    pb.finish_and_clear();
    Ok((samples?, entries.len()))
}

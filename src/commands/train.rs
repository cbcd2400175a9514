//! `symbreak train`: generate (or read) instances, label them with the
//! classical solver (cached), and train a GNN with one symmetry-breaking
//! variant.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use symbreak::generate::{
    AuctionParams, BinPackingParams, ColoringParams, FacilityParams, Family, IndependentSetParams,
    PcmaxParams, SetCoverParams,
};
use symbreak::model::Problem;
use symbreak::nn::train::{LrSchedule, Sample, TrainSettings, train};
use symbreak::nn::{Breaking, GnnConfig, Provenance, TrainedModel};
use symbreak::pipeline::dataset::{LabelSettings, LabelSource, sample};
use symbreak::solve::BackendChoice;

use super::{CliError, load_problem};

/// Instance families `train` can generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TrainFamily {
    /// Bin packing (`--items`).
    Bpp,
    /// Graph coloring (`--vertices`).
    Coloring,
    /// Identical parallel machines (`--jobs`, `--machines`).
    Pcmax,
    /// Set cover (control, default sizes).
    Setcover,
    /// Combinatorial auction (control, default sizes).
    Auction,
    /// Capacitated facility location (control, default sizes).
    Facility,
    /// Maximum independent set (control, default sizes).
    Indset,
}

/// Arguments of `symbreak train`.
#[derive(Args, Debug)]
pub struct TrainArgs {
    /// Families to generate training instances from (repeat or comma-separate
    /// for a mix); `--count` instances of each.
    #[arg(long, value_enum, value_delimiter = ',')]
    pub family: Vec<TrainFamily>,
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
    /// How instances without a `.sol` file are labelled.
    #[command(flatten)]
    pub labels: LabelArgs,
    /// Where to write the model (JSON).
    #[arg(long)]
    pub out: PathBuf,
}

/// How unlabelled instances get labels (shared by `train` and `evaluate`).
#[derive(Args, Debug)]
pub struct LabelArgs {
    /// Solver that labels instances without a `.sol` file.
    #[arg(long, value_enum, default_value_t = BackendChoice::Microlp)]
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

fn generated(args: &TrainArgs) -> Result<Vec<Problem>, CliError> {
    let mut out = Vec::new();
    let usage = |e: symbreak::generate::GenerateError| CliError::Usage(e.to_string());
    for fam in &args.family {
        for k in 0..args.count {
            let seed = args.seed + u64::from(k);
            let p = match fam {
                TrainFamily::Bpp => BinPackingParams {
                    items: args.items,
                    ..BinPackingParams::default()
                }
                .generate(seed),
                TrainFamily::Coloring => ColoringParams {
                    vertices: args.vertices,
                    ..ColoringParams::default()
                }
                .generate(seed),
                TrainFamily::Pcmax => PcmaxParams {
                    jobs: args.jobs,
                    machines: args.machines,
                    ..PcmaxParams::default()
                }
                .generate(seed),
                TrainFamily::Setcover => SetCoverParams::default().generate(seed),
                TrainFamily::Auction => AuctionParams::default().generate(seed),
                TrainFamily::Facility => FacilityParams::default().generate(seed),
                TrainFamily::Indset => IndependentSetParams::default().generate(seed),
            }
            .map_err(usage)?;
            out.push(p);
        }
    }
    Ok(out)
}

/// Problem files under the given paths (folders: `.mps`, `.lp`, `.gz`).
pub fn instance_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let entries = std::fs::read_dir(p).map_err(|e| {
                CliError::Usage(format!("{}: cannot read folder: {e}", p.display()))
            })?;
            let mut here: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| symbreak::io::Format::of_path(f).is_some())
                .collect();
            here.sort();
            files.extend(here);
        } else {
            files.push(p.clone());
        }
    }
    Ok(files)
}

/// The `.sol` file beside an instance file (`a.mps.gz` → `a.sol`).
pub fn beside_solution(file: &Path) -> PathBuf {
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let stem = name
        .trim_end_matches(".gz")
        .trim_end_matches(".mps")
        .trim_end_matches(".lp");
    file.with_file_name(format!("{stem}.sol"))
}

fn bar(len: u64, what: &str) -> ProgressBar {
    let pb = ProgressBar::new(len);
    pb.set_style(
        ProgressStyle::with_template(&format!(
            "{what} [{{bar:30}}] {{pos}}/{{len}} {{elapsed}} {{msg}}"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb
}

/// Labels instances in parallel, with a progress bar.
pub fn label_all(
    items: Vec<(Problem, Option<PathBuf>)>,
    settings: &LabelSettings,
) -> (Vec<Sample>, [usize; 5]) {
    let pb = bar(items.len() as u64, "labelling");
    let results: Vec<Option<(Sample, LabelSource)>> = items
        .into_par_iter()
        .map(|(p, beside)| {
            let r = sample(p, beside.as_deref(), settings);
            pb.inc(1);
            r
        })
        .collect();
    pb.finish_and_clear();
    let mut counts = [0usize; 5];
    let mut samples = Vec::new();
    for r in results {
        match r {
            Some((s, src)) => {
                counts[match src {
                    LabelSource::Beside => 0,
                    LabelSource::Cache => 1,
                    LabelSource::SolvedOptimal => 2,
                    LabelSource::SolvedFeasible => 3,
                }] += 1;
                samples.push(s);
            }
            None => counts[4] += 1,
        }
    }
    (samples, counts)
}

/// Runs `symbreak train`.
pub fn run(args: &TrainArgs) -> Result<ExitCode, CliError> {
    if args.family.is_empty() && args.instances.is_empty() {
        return Err(CliError::Usage(
            "give --family (to generate instances) or --instances (files or folders)".into(),
        ));
    }
    if !(args.val_fraction > 0.0 && args.val_fraction < 1.0) {
        return Err(CliError::Usage(format!(
            "--val-fraction must lie in (0, 1), found {}",
            args.val_fraction
        )));
    }
    let settings = args.labels.settings()?;
    let start = Instant::now();
    let mut items: Vec<(Problem, Option<PathBuf>)> =
        generated(args)?.into_iter().map(|p| (p, None)).collect();
    for f in instance_files(&args.instances)? {
        let p = load_problem(&f)?.problem;
        items.push((p, Some(beside_solution(&f))));
    }
    let total = items.len();
    let (mut samples, counts) = label_all(items, &settings);
    eprintln!(
        "labels: {} beside, {} cached, {} solved optimal, {} best within {} s, {} without a solution (skipped)",
        counts[0], counts[1], counts[2], counts[3], args.labels.label_time_limit, counts[4]
    );
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
        .map(|f| match f {
            TrainFamily::Bpp => format!("bpp items={}", args.items),
            TrainFamily::Coloring => format!("coloring vertices={}", args.vertices),
            TrainFamily::Pcmax => format!("pcmax jobs={} machines={}", args.jobs, args.machines),
            other => format!("{other:?}").to_lowercase(),
        })
        .chain(
            args.instances
                .iter()
                .map(|p| format!("files {}", p.display())),
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
            label_backend: args.labels.label_backend.as_str().to_string(),
            label_time_limit_s: args.labels.label_time_limit,
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

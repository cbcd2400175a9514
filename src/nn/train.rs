//! The training loop: the samples of a mini-batch computed in parallel
//! (rayon) and their gradients summed in batch order (so training gives the
//! same weights on any number of threads), Adam, per-epoch validation, best
//! checkpoint kept.
//!
//! Random breaking features (`noise`, `orbit`, `orbit-plus`) are drawn anew
//! for every sample in every epoch, so the network learns to use them as
//! symmetry breakers rather than memorize one draw; validation uses a fixed
//! draw.

use std::time::Instant;

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use serde::Serialize;

use super::adam::Adam;
use super::breaking::{Breaking, BreakingContext};
use super::eval::{EvalSummary, top_m_errors};
use super::features::{GraphFeatures, graph_features};
use super::loss::{aligned_label, bce_loss, sigmoid};
use super::model::{Gnn, GnnConfig, GnnInput};
use super::params::Grads;
use crate::model::{Problem, VarKind};
use crate::symmetry::Symmetry;

/// One labelled instance.
pub struct Sample {
    /// The instance.
    pub problem: Problem,
    /// Its symmetry (orbitopes align the label; orbits feed breaking).
    pub symmetry: Symmetry,
    /// Graph features (with the LP relaxation if available).
    pub graph: GraphFeatures,
    /// A (near-)optimal solution, one value per variable.
    pub label: Vec<f64>,
    /// Which variables are scored (the binary ones).
    pub mask: Vec<bool>,
}

impl Sample {
    /// A sample from an instance, its symmetry, its LP relaxation solution
    /// (if any) and a solution to learn.
    pub fn new(problem: Problem, symmetry: Symmetry, lp: Option<&[f64]>, label: Vec<f64>) -> Self {
        let graph = graph_features(&problem, lp);
        let mask = problem
            .var_kinds()
            .iter()
            .map(|&k| k == VarKind::Binary)
            .collect();
        Sample {
            problem,
            symmetry,
            graph,
            label,
            mask,
        }
    }

    /// The network input with `breaking` features drawn with `seed`.
    pub fn input(&self, breaking: Breaking, seed: u64) -> GnnInput {
        let ctx = BreakingContext {
            problem: &self.problem,
            symmetry: Some(&self.symmetry),
            seed,
        };
        GnnInput::new(&self.graph, &breaking.features(&ctx))
    }
}

/// Settings of [`train`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TrainSettings {
    /// Passes over the training set. [default: 30]
    pub epochs: usize,
    /// Samples per Adam step. [default: 8]
    pub batch_size: usize,
    /// Adam step size. [default: 3e-3]
    pub lr: f64,
    /// How the step size changes over the run. [default: cosine]
    pub schedule: LrSchedule,
    /// Gradient norm clip. [default: 5]
    pub clip: f64,
    /// Network sizes.
    pub config: GnnConfig,
    /// Seed of initialization, shuffling and random features. [default: 0]
    pub seed: u64,
}

impl Default for TrainSettings {
    fn default() -> Self {
        TrainSettings {
            epochs: 30,
            batch_size: 8,
            lr: 3e-3,
            schedule: LrSchedule::Cosine,
            clip: 5.0,
            config: GnnConfig::default(),
            seed: 0,
        }
    }
}

/// How the Adam step size moves over a training run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum LrSchedule {
    /// The same step size throughout.
    Constant,
    /// Half a cosine from the step size down to 1/20 of it at the last
    /// step (Loshchilov & Hutter 2017, without restarts). Late epochs take
    /// small steps, so the validation error stops jumping between epochs
    /// and the best checkpoint is less a matter of luck.
    Cosine,
}

impl LrSchedule {
    /// The step size at `step` of `total` steps (0-based) for base `lr`.
    pub fn lr_at(self, lr: f64, step: usize, total: usize) -> f64 {
        match self {
            LrSchedule::Constant => lr,
            LrSchedule::Cosine => {
                let floor = lr / 20.0;
                let t = if total > 1 {
                    step.min(total - 1) as f64 / (total - 1) as f64
                } else {
                    0.0
                };
                floor + (lr - floor) * 0.5 * (1.0 + (std::f64::consts::PI * t).cos())
            }
        }
    }
}

/// One epoch's log line.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EpochLog {
    /// 1-based epoch.
    pub epoch: usize,
    /// Mean training loss.
    pub train_loss: f64,
    /// Mean validation loss (aligned).
    pub val_loss: f64,
    /// Validation Top-m% errors (m = 30, 50, 70, 90).
    pub val_top_m: [f64; 4],
    /// Seconds for this epoch.
    pub time_s: f64,
    /// True if this epoch is the best so far (its weights are kept).
    pub best: bool,
}

/// Loss and gradients of one sample.
fn sample_grads(gnn: &Gnn, s: &Sample, breaking: Breaking, seed: u64) -> (f64, Grads) {
    let input = s.input(breaking, seed);
    let (logits, cache) = gnn.forward(&input);
    let y = aligned_label(
        logits.as_slice().unwrap_or(&[]),
        &s.label,
        &s.mask,
        &s.symmetry.orbitopes,
    );
    let (loss, dlogits) = bce_loss(&logits, &y, &s.mask);
    (loss, gnn.backward(&input, &cache, &dlogits))
}

/// Validation loss and per-instance Top-m% errors with a fixed draw.
pub fn evaluate_samples(gnn: &Gnn, samples: &[Sample], breaking: Breaking) -> (f64, EvalSummary) {
    let results: Vec<(f64, [f64; 4])> = samples
        .par_iter()
        .enumerate()
        .map(|(i, s)| {
            let input = s.input(breaking, i as u64);
            let logits = gnn.logits(&input);
            let z = logits.as_slice().unwrap_or(&[]);
            let y = aligned_label(z, &s.label, &s.mask, &s.symmetry.orbitopes);
            let loss = bce_loss(&logits, &y, &s.mask).0;
            let probs: Vec<f64> = z.iter().map(|&v| sigmoid(v)).collect();
            (
                loss,
                top_m_errors(&probs, &s.label, &s.mask, &s.symmetry.orbitopes),
            )
        })
        .collect();
    let n = results.len().max(1) as f64;
    let loss = results.iter().map(|r| r.0).sum::<f64>() / n;
    let errors: Vec<[f64; 4]> = results.iter().map(|r| r.1).collect();
    (loss, EvalSummary::of(&errors, &[]))
}

/// Trains a network; `on_epoch` sees every epoch's log. Returns the best
/// network (by mean validation Top-m% error, then loss) and the logs.
pub fn train(
    train_set: &[Sample],
    val_set: &[Sample],
    breaking: Breaking,
    settings: &TrainSettings,
    mut on_epoch: impl FnMut(&EpochLog),
) -> (Gnn, Vec<EpochLog>) {
    let mut gnn = Gnn::new(settings.config, settings.seed);
    let mut adam = Adam::new(&gnn.store, settings.lr);
    let mut rng = ChaCha8Rng::seed_from_u64(settings.seed ^ 0x5eed);
    let mut order: Vec<usize> = (0..train_set.len()).collect();
    let mut best: Option<(f64, f64, Gnn)> = None;
    let mut logs = Vec::with_capacity(settings.epochs);
    let batch_size = settings.batch_size.max(1);
    let total_steps = settings.epochs * train_set.len().div_ceil(batch_size);
    let mut step = 0;
    for epoch in 1..=settings.epochs {
        let start = Instant::now();
        order.shuffle(&mut rng);
        let mut total = 0.0;
        for batch in order.chunks(batch_size) {
            // Per-sample gradients in parallel, summed in batch order: the
            // same sums, bit for bit, whatever the number of threads.
            let per_sample: Vec<(f64, Grads)> = batch
                .par_iter()
                .map(|&i| {
                    let seed = settings.seed ^ ((epoch as u64) << 32) ^ i as u64;
                    sample_grads(&gnn, &train_set[i], breaking, seed)
                })
                .collect();
            let mut per_sample = per_sample.into_iter();
            let (mut loss, mut grads) = per_sample
                .next()
                .unwrap_or_else(|| (0.0, gnn.store.zero_grads()));
            for (l, g) in per_sample {
                loss += l;
                grads.add(&g);
            }
            total += loss;
            grads.scale(1.0 / batch.len() as f64);
            let norm = grads.norm();
            if norm > settings.clip {
                grads.scale(settings.clip / norm);
            }
            adam.lr = settings.schedule.lr_at(settings.lr, step, total_steps);
            step += 1;
            adam.step(&mut gnn.store, &grads);
        }
        let (val_loss, summary) = evaluate_samples(&gnn, val_set, breaking);
        let score = summary.top_m_error.iter().sum::<f64>() / 4.0;
        let is_best = best
            .as_ref()
            .is_none_or(|(s, l, _)| score < *s || (score == *s && val_loss < *l));
        if is_best {
            best = Some((score, val_loss, gnn.clone()));
        }
        let log = EpochLog {
            epoch,
            train_loss: total / train_set.len().max(1) as f64,
            val_loss,
            val_top_m: summary.top_m_error,
            time_s: start.elapsed().as_secs_f64(),
            best: is_best,
        };
        on_epoch(&log);
        logs.push(log);
    }
    (best.map_or(gnn, |b| b.2), logs)
}

#[cfg(test)]
mod tests {
    use super::LrSchedule;

    #[test]
    fn cosine_starts_at_lr_ends_at_a_twentieth_and_never_rises() {
        let (lr, total) = (3e-3, 101);
        let at = |k| LrSchedule::Cosine.lr_at(lr, k, total);
        assert!((at(0) - lr).abs() < 1e-15);
        assert!((at(total - 1) - lr / 20.0).abs() < 1e-15);
        assert!((at(50) - (lr + lr / 20.0) / 2.0).abs() < 1e-12);
        for k in 1..total {
            assert!(at(k) < at(k - 1), "step {k} rose");
        }
        assert_eq!(LrSchedule::Constant.lr_at(lr, 77, total), lr);
        // A one-step run takes the full step.
        assert_eq!(LrSchedule::Cosine.lr_at(lr, 0, 1), lr);
    }
}

//! Seconds per training epoch, with rayon pools of 1 and 2 threads (or the
//! counts given), on generated bin packings with 20 items (Chen sizes).
//!
//! ```text
//! cargo build --release --example train_epoch
//! target/release/examples/train_epoch [INSTANCES] [EPOCHS] [THREADS...]
//! ```
//!
//! Defaults: 300 instances, 3 epochs, threads 1 and 2. Only speed matters
//! here, so every instance is labelled by first fit in item order (a
//! feasible packing found in microseconds) instead of a solver; symmetry
//! and the orbit-averaged LP relaxation are computed as `symbreak train`
//! does. The validation set is empty, so an epoch is the training pass
//! alone: features, forward, label alignment, backward, gradient sums and
//! Adam steps over mini-batches of 8. Every thread count starts from the
//! same seed; the final training losses are printed to show whether the
//! runs did the same arithmetic. Besides wall time, the process CPU time
//! per epoch is printed: on a machine busy with other jobs the wall time
//! of 2 threads can show no speed-up, while equal CPU times at 1 and 2
//! threads show that the parallel version does no extra work.

use std::time::Instant;

use rayon::prelude::*;
use symbreak::generate::{BinPackingData, BinPackingParams};
use symbreak::nn::Breaking;
use symbreak::nn::train::{Sample, TrainSettings, train};
use symbreak::pipeline::{DEFAULT_TIME_LIMIT, prepare};
use symbreak::solve::MicrolpBackend;

/// One bin packing with 20 items and its first-fit label.
fn sample(seed: u64) -> Sample {
    let params = BinPackingParams::default();
    let data = BinPackingData::draw(&params, seed).expect("20 items, 20 bins");
    let problem = data
        .to_problem(&format!("bpp_20_chen_{seed}"))
        .expect("a valid instance");
    let bins = data.first_fit().expect("20 bins hold 20 items");
    let label = data
        .solution(&bins)
        .expect("an assignment to existing bins")
        .into_values();
    let prepared = prepare(
        &problem,
        &MicrolpBackend,
        &symbreak::budget::Budget::new(Some(DEFAULT_TIME_LIMIT)),
    );
    let lp = prepared.lp.map(|lp| lp.x);
    Sample::new(problem, prepared.symmetry, lp.as_deref(), label)
}

/// CPU seconds (user + system) of this process so far, from
/// `/proc/self/stat` (Linux; 0 elsewhere). On a machine shared with other
/// jobs the wall time of n threads says little about scaling, but the CPU
/// time of the same work at 1 and n threads shows the parallel overhead.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the parenthesized command name; utime and stime are the
    // 14th and 15th fields overall, in clock ticks (100 per second).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let count: u64 = args.get(1).map_or(Ok(300), |a| a.parse())?;
    let epochs: usize = args.get(2).map_or(Ok(3), |a| a.parse())?;
    let threads: Vec<usize> = if args.len() > 3 {
        args[3..]
            .iter()
            .map(|a| a.parse())
            .collect::<Result<_, _>>()?
    } else {
        vec![1, 2]
    };
    let t = Instant::now();
    let samples: Vec<Sample> = (0..count).into_par_iter().map(sample).collect();
    println!(
        "{count} samples (symmetry, LP, features, first-fit labels) in {:.2} s",
        t.elapsed().as_secs_f64()
    );
    let settings = TrainSettings {
        epochs,
        ..TrainSettings::default()
    };
    for n in threads {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(n).build()?;
        let cpu = cpu_seconds();
        let (_, logs) = pool.install(|| train(&samples, &[], Breaking::Relaxed, &settings, |_| {}));
        let cpu_per_epoch = (cpu_seconds() - cpu) / epochs.max(1) as f64;
        let times: Vec<String> = logs.iter().map(|l| format!("{:.3}", l.time_s)).collect();
        let mut sorted: Vec<f64> = logs.iter().map(|l| l.time_s).collect();
        sorted.sort_by(f64::total_cmp);
        println!(
            "{n} thread(s): epochs [{}] s, min {:.3} s, median {:.3} s, CPU {:.3} s per epoch, final train loss {:?}",
            times.join(", "),
            sorted[0],
            sorted[sorted.len() / 2],
            cpu_per_epoch,
            logs.last().map(|l| l.train_loss)
        );
    }
    Ok(())
}

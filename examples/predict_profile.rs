//! Runs the `symbreak predict` path on one instance many times, for
//! profilers that need a plain program (`valgrind --tool=callgrind`,
//! `perf record`), and prints the minimum and median wall time of every stage.
//!
//! ```text
//! cargo build --release --example predict_profile
//! target/release/examples/predict_profile instances/bpp_20_chen_1.mps [REPEATS]
//! ```
//!
//! Each stage runs inside its own `#[inline(never)]` function, so a
//! callgrind run can count one alone, e.g.
//! `--toggle-collect=predict_profile::stage_forward`.

use std::hint::black_box;
use std::time::Instant;

use symbreak::budget::Budget;
use symbreak::model::Problem;
use symbreak::nn::{GnnInput, TrainedModel, default_model, input_for};
use symbreak::pipeline::{DEFAULT_TIME_LIMIT, lp_relaxation};
use symbreak::solve::MicrolpBackend;
use symbreak::symmetry::{Symmetry, SymmetryOptions, detect};

#[inline(never)]
fn stage_load_model() -> TrainedModel {
    default_model()
}

#[inline(never)]
fn stage_symmetry(p: &Problem) -> Symmetry {
    detect(p, &SymmetryOptions::default())
}

#[inline(never)]
fn stage_lp(p: &Problem, s: &Symmetry) -> Option<Vec<f64>> {
    lp_relaxation(
        p,
        Some(s),
        &MicrolpBackend,
        Budget::stage_span(DEFAULT_TIME_LIMIT),
    )
    .map(|lp| lp.x)
}

#[inline(never)]
fn stage_features(m: &TrainedModel, p: &Problem, s: &Symmetry, lp: Option<&[f64]>) -> GnnInput {
    input_for(p, m.breaking, Some(s), lp, 0)
}

#[inline(never)]
fn stage_forward(m: &TrainedModel, input: &GnnInput) -> Vec<f64> {
    m.gnn.logits(input).to_vec()
}

/// `(minimum, median)` of the times.
fn min_median(mut xs: Vec<f64>) -> (f64, f64) {
    xs.sort_by(f64::total_cmp);
    (xs[0], xs[xs.len() / 2])
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(file) = args.get(1) else {
        eprintln!("usage: predict_profile FILE.mps [REPEATS]");
        std::process::exit(2);
    };
    let repeats: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(20);
    let problem = symbreak::io::read_problem(file)
        .expect("the instance parses")
        .problem;
    let mut times = [const { Vec::new() }; 6];
    let mut checksum = 0.0;
    for _ in 0..repeats.max(1) {
        let t0 = Instant::now();
        let model = stage_load_model();
        let t1 = Instant::now();
        let s = stage_symmetry(black_box(&problem));
        let t2 = Instant::now();
        let lp = stage_lp(&problem, &s);
        let t3 = Instant::now();
        let input = stage_features(&model, &problem, &s, lp.as_deref());
        let t4 = Instant::now();
        let logits = stage_forward(&model, &input);
        let t5 = Instant::now();
        checksum += logits.iter().sum::<f64>();
        for (k, (a, b)) in [(t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5), (t1, t5)]
            .into_iter()
            .enumerate()
        {
            times[k].push((b - a).as_secs_f64() * 1e3);
        }
    }
    let names = [
        "load model",
        "symmetry",
        "lp",
        "features",
        "forward",
        "predict (symmetry..forward)",
    ];
    for (name, t) in names.iter().zip(times) {
        let (min, median) = min_median(t);
        println!("{name:<28} min {min:8.3} ms, median {median:8.3} ms ({repeats} runs)");
    }
    println!("sum of logits over all runs: {checksum:?}");
}

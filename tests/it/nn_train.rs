//! Training learns: on small bin packings labelled by first-fit decreasing,
//! the loss falls, and the relaxed-equivariant network fits the symmetric
//! label better than the plain equivariant one, which cannot.

use crate::common::bin_packing;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use symbreak::model::Problem;
use symbreak::nn::Breaking;
use symbreak::nn::train::{Sample, TrainSettings, train};
use symbreak::symmetry::{SymmetryOptions, detect};

/// First-fit decreasing: a feasible packing as a 0/1 vector.
fn first_fit(p: &Problem, sizes: &[u32], capacity: u32) -> Vec<f64> {
    let n = sizes.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sizes[i]));
    let mut load = vec![0u32; n];
    let mut x = vec![0.0; p.num_vars()];
    for i in order {
        let j = (0..n).find(|&j| load[j] + sizes[i] <= capacity).unwrap();
        load[j] += sizes[i];
        x[p.var_by_name(&format!("x_{i}_{j}")).unwrap().index()] = 1.0;
        x[p.var_by_name(&format!("y_{j}")).unwrap().index()] = 1.0;
    }
    x
}

fn samples(count: usize, seed: u64) -> Vec<Sample> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    (0..count)
        .map(|_| {
            let sizes: Vec<u32> = (0..6).map(|_| rng.random_range(15..70)).collect();
            let p = bin_packing(&sizes, 100);
            let label = first_fit(&p, &sizes, 100);
            let sym = detect(&p, &SymmetryOptions::default());
            Sample::new(p, sym, None, label)
        })
        .collect()
}

#[test]
fn relaxed_breaking_fits_what_the_equivariant_network_cannot() {
    let train_set = samples(24, 1);
    let val_set = samples(8, 2);
    let settings = TrainSettings {
        epochs: 25,
        ..TrainSettings::default()
    };
    let run = |b: Breaking| train(&train_set, &val_set, b, &settings, |_| {}).1;
    let none = run(Breaking::None);
    let relaxed = run(Breaking::Relaxed);
    assert!(relaxed.last().unwrap().train_loss < relaxed[0].train_loss);
    let best = |logs: &[symbreak::nn::train::EpochLog]| {
        logs.iter()
            .map(|l| l.val_top_m[3])
            .fold(f64::INFINITY, f64::min)
    };
    assert!(
        best(&relaxed) < best(&none),
        "relaxed top-90% error {} vs none {}",
        best(&relaxed),
        best(&none)
    );
}

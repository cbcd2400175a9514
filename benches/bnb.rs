//! The branch-and-cut's speed.
//!
//! - `nodes`: node throughput on fixed trees (a node limit on committed
//!   instances, so every iteration searches the same tree); criterion
//!   reports nodes per second, and the run prints where one search spends
//!   its time (LP, propagation, cuts, symmetry, branching, heuristics).
//! - `orbitopal_fixing_120x45`: the per-node cost of orbitopal fixing on a
//!   120 × 45 partitioning orbitope (the size the core meets), free and with
//!   a partial bound pattern.
//!
//! `cargo bench --bench bnb`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use symbreak::bnb::symmetry::OrbitopalFixing;
use symbreak::bnb::{BnbSettings, branch_and_cut};

const ROWS: usize = 120;
const COLS: usize = 45;

fn orbitopal(c: &mut Criterion) {
    let rows: Vec<Vec<usize>> = (0..ROWS)
        .map(|i| (0..COLS).map(|j| i * COLS + j).collect())
        .collect();
    let mut fixing = OrbitopalFixing::from_rows(&rows, &[true; ROWS]);
    let n = ROWS * COLS;
    let free = (vec![0.0; n], vec![1.0; n]);
    // A node deep in the tree: every third row placed, some columns barred.
    let mut lower = vec![0.0; n];
    let mut upper = vec![1.0; n];
    for i in (0..ROWS).step_by(3) {
        let j = (i / 3) % COLS.min(i / 3 + 1);
        lower[i * COLS + j] = 1.0;
    }
    for i in (1..ROWS).step_by(7) {
        upper[i * COLS + (i % COLS)] = 0.0;
    }
    let mut out = Vec::with_capacity(n);
    let mut group = c.benchmark_group("orbitopal_fixing_120x45");
    group.bench_function("free", |b| {
        b.iter(|| {
            out.clear();
            black_box(fixing.propagate(&free.0, &free.1, &mut out)).ok();
        })
    });
    group.bench_function("partial", |b| {
        b.iter(|| {
            out.clear();
            black_box(fixing.propagate(&lower, &upper, &mut out)).ok();
        })
    });
    group.finish();
}

/// Committed instances and the node limit that fixes their tree.
const TREES: [(&str, u64); 2] = [
    ("bpp_40_chen_1.mps", 2_000),
    ("pcmax_40_10_t1-100_1.mps", 5_000),
];

fn nodes(c: &mut Criterion) {
    let mut group = c.benchmark_group("nodes");
    group.sample_size(10);
    for (file, limit) in TREES {
        let path = format!("{}/instances/{file}", env!("CARGO_MANIFEST_DIR"));
        let problem = symbreak::io::read_problem(&path)
            .expect("committed instance")
            .problem;
        let settings = BnbSettings {
            node_limit: Some(limit),
            ..BnbSettings::default()
        };
        let once = branch_and_cut(&problem, &settings);
        let s = &once.stats;
        let total = s.time_lp_s
            + s.time_propagation_s
            + s.time_cuts_s
            + s.time_symmetry_s
            + s.time_branching_s
            + s.time_heuristics_s;
        let share = |t: f64| 100.0 * t / total.max(1e-12);
        println!(
            "{file}: {} nodes; time shares: LP {:.0}%, propagation {:.0}%, cuts {:.0}%, symmetry {:.0}%, branching (strong branching LPs included) {:.0}%, heuristics {:.0}%",
            s.nodes,
            share(s.time_lp_s),
            share(s.time_propagation_s),
            share(s.time_cuts_s),
            share(s.time_symmetry_s),
            share(s.time_branching_s),
            share(s.time_heuristics_s),
        );
        group.throughput(Throughput::Elements(s.nodes));
        group.bench_function(file, |b| {
            b.iter(|| black_box(branch_and_cut(&problem, &settings)))
        });
    }
    group.finish();
}

criterion_group!(benches, nodes, orbitopal);
criterion_main!(benches);

//! Per-node cost of the dynamic symmetry handling: orbitopal fixing on a
//! 120 × 45 partitioning orbitope (the size the branch-and-bound core
//! meets), free and with a partial bound pattern.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use symbreak::bnb::symmetry::OrbitopalFixing;

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

criterion_group!(benches, orbitopal);
criterion_main!(benches);

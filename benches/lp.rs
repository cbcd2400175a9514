//! The dual simplex at scale (issue #25): the LP relaxations of a bin
//! packing with 150 items (22,650 columns, 300 rows) and of a 15-coloring
//! of G(100, 0.3) (1,515 columns, about 23,000 rows), generated in-process
//! with seed 1 (the same files as `symbreak generate bpp --items 150
//! --seed 1` and `symbreak generate coloring --vertices 100 --colors 15
//! --seed 1`), and the whole root node of the bin packing (root LP, cut
//! rounds and their re-solves, root heuristics) under a 20 s limit.
//!
//! Criterion reports the time of one cold solve; the run prints the
//! iterations and iterations per second of one solve first
//! (`docs/bnb.md`, "LP speed at scale").
//!
//! `cargo bench --bench lp`

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use symbreak::bnb::{BnbSettings, branch_and_cut};
use symbreak::generate::{BinPackingParams, ColoringParams, bin_packing, coloring};
use symbreak::model::Problem;
use symbreak::simplex::{Lp, LpLimits, LpStatus};

fn bpp150() -> Problem {
    let params = BinPackingParams {
        items: 150,
        ..BinPackingParams::default()
    };
    bin_packing(&params, 1).expect("bin packing instance")
}

fn coloring100() -> Problem {
    let params = ColoringParams {
        vertices: 100,
        edge_probability: 0.3,
        colors: Some(15),
    };
    coloring(&params, 1).expect("coloring instance")
}

/// One cold solve of `p`'s LP relaxation: its status and pivots.
fn root_lp(p: &Problem) -> (LpStatus, u64) {
    let mut lp = Lp::from_problem(p);
    let status = lp.solve(&LpLimits::default());
    (status, lp.iterations())
}

fn lp_relaxations(c: &mut Criterion) {
    let mut group = c.benchmark_group("root_lp");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    for (name, problem) in [
        ("bpp150", bpp150()),
        ("coloring100_p0.3_k15", coloring100()),
    ] {
        let t = Instant::now();
        let (status, iterations) = root_lp(&problem);
        let secs = t.elapsed().as_secs_f64();
        assert_eq!(status, LpStatus::Optimal, "{name}");
        println!(
            "{name}: {iterations} iterations in {secs:.3} s, {:.0} iterations/s",
            iterations as f64 / secs
        );
        group.bench_function(name, |b| b.iter(|| black_box(root_lp(&problem))));
    }
    group.finish();
}

fn root_node(c: &mut Criterion) {
    let problem = bpp150();
    let settings = BnbSettings {
        node_limit: Some(1),
        time_limit: Some(Duration::from_secs(20)),
        ..BnbSettings::default()
    };
    let once = branch_and_cut(&problem, &settings);
    let s = &once.stats;
    println!(
        "bpp150 root node: bound {:?}, {} LP iterations in {:.2} s of LP, {:.0} iterations/s",
        once.bound,
        s.lp_iterations,
        s.time_lp_s,
        s.lp_iterations as f64 / s.time_lp_s.max(1e-9)
    );
    let mut group = c.benchmark_group("root_node");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(30));
    group.bench_function("bpp150", |b| {
        b.iter(|| black_box(branch_and_cut(&problem, &settings)))
    });
    group.finish();
}

criterion_group!(benches, lp_relaxations, root_node);
criterion_main!(benches);

//! Symmetry detection time on the sizes the issue names: bin packing with
//! 20 and 40 items, coloring with 40 vertices, and a scheduling instance
//! with about 20,000 variables and 1,000 rows (980 jobs on 20 machines).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use symbreak::generate::{
    BinPackingParams, ColoringParams, PcmaxParams, bin_packing, coloring, pcmax,
};
use symbreak::model::Problem;
use symbreak::symmetry::{SymmetryOptions, detect};

fn cases() -> Vec<(&'static str, Problem)> {
    let bpp = |items| {
        bin_packing(
            &BinPackingParams {
                items,
                ..BinPackingParams::default()
            },
            1,
        )
        .unwrap()
    };
    vec![
        ("bpp_20", bpp(20)),
        ("bpp_40", bpp(40)),
        (
            "coloring_40",
            coloring(
                &ColoringParams {
                    vertices: 40,
                    ..ColoringParams::default()
                },
                1,
            )
            .unwrap(),
        ),
        (
            "pcmax_980x20",
            pcmax(
                &PcmaxParams {
                    jobs: 980,
                    machines: 20,
                    ..PcmaxParams::default()
                },
                1,
            )
            .unwrap(),
        ),
    ]
}

fn symmetry(c: &mut Criterion) {
    let mut group = c.benchmark_group("symmetry");
    group.sample_size(10);
    for (name, p) in cases() {
        let s = detect(&p, &SymmetryOptions::default());
        eprintln!(
            "{name}: {} vars, {} rows, log10|G| = {:.2}, {} generators, complete {}",
            p.num_vars(),
            p.num_rows(),
            s.log10_group_size,
            s.generators.len(),
            s.complete
        );
        group.bench_function(name, |b| {
            b.iter(|| detect(black_box(&p), &SymmetryOptions::default()))
        });
    }
    group.finish();
}

criterion_group!(benches, symmetry);
criterion_main!(benches);

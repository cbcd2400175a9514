//! GNN inference time (group `inference`) on the committed bin-packing
//! instances with 20 and 40 items and the embedded default model:
//!
//! - `predict/*`: the whole path of `symbreak predict` once the model and
//!   the problem are loaded: symmetry detection, the orbit-averaged LP
//!   relaxation (microlp), features and the forward pass;
//! - `symmetry/*`, `lp/*`, `features/*`, `forward/*`: each part alone
//!   (features = graph features, breaking features and the network input);
//! - `load_model`: the embedded model, as `default_model()` hands it out.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use symbreak::budget::Budget;
use symbreak::model::Problem;
use symbreak::nn::{default_model, input_for, predict};
use symbreak::pipeline::{DEFAULT_TIME_LIMIT, lp_relaxation};
use symbreak::solve::MicrolpBackend;
use symbreak::symmetry::{SymmetryOptions, detect};

fn instance(name: &str) -> Problem {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("instances")
        .join(name);
    symbreak::io::read_problem(&path)
        .expect("the committed instance parses")
        .problem
}

fn lp_of(problem: &Problem, symmetry: &symbreak::symmetry::Symmetry) -> Option<Vec<f64>> {
    lp_relaxation(
        problem,
        Some(symmetry),
        &MicrolpBackend,
        Budget::stage_span(DEFAULT_TIME_LIMIT),
    )
    .map(|lp| lp.x)
}

fn inference(c: &mut Criterion) {
    let model = default_model();
    let mut group = c.benchmark_group("inference");
    group.sample_size(30);
    group.bench_function("load_model", |b| b.iter(default_model));
    for (label, file) in [
        ("bpp_20", "bpp_20_chen_1.mps"),
        ("bpp_40", "bpp_40_chen_1.mps"),
    ] {
        let p = instance(file);
        let symmetry = detect(&p, &SymmetryOptions::default());
        let lp = lp_of(&p, &symmetry);
        let input = input_for(&p, model.breaking, Some(&symmetry), lp.as_deref(), 0);
        eprintln!(
            "{label}: {} vars, {} rows, {} nonzeros, LP solved: {}",
            p.num_vars(),
            p.num_rows(),
            p.num_nonzeros(),
            lp.is_some()
        );
        group.bench_function(format!("predict/{label}"), |b| {
            b.iter(|| {
                let p = black_box(&p);
                let s = detect(p, &SymmetryOptions::default());
                let lp = lp_of(p, &s);
                predict(&model, p, Some(&s), lp.as_deref(), 0)
            })
        });
        group.bench_function(format!("symmetry/{label}"), |b| {
            b.iter(|| detect(black_box(&p), &SymmetryOptions::default()))
        });
        group.bench_function(format!("lp/{label}"), |b| {
            b.iter(|| lp_of(black_box(&p), &symmetry))
        });
        group.bench_function(format!("features/{label}"), |b| {
            b.iter(|| {
                input_for(
                    black_box(&p),
                    model.breaking,
                    Some(&symmetry),
                    lp.as_deref(),
                    0,
                )
            })
        });
        group.bench_function(format!("forward/{label}"), |b| {
            b.iter(|| model.gnn.logits(black_box(&input)))
        });
    }
    group.finish();
}

criterion_group!(benches, inference);
criterion_main!(benches);

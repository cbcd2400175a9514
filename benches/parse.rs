//! Reader benchmarks (group `parse`): the largest shared MIPLIB instance, a
//! generated MPS file of about 1,400 rows x 1,200 columns x 5,000 nonzeros,
//! and a generated one with 10^6 nonzeros, each read as MPS and, written by
//! `lp::write_string`, as LP. Throughput is reported in bytes
//! (criterion shows MB/s beside the time).

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use symbreak::io::{lp, mps};

#[path = "support/generated.rs"]
mod generated;
use generated::generated;

/// The largest `.mps` file among the shared instances, if present.
fn largest_shared_instance() -> Option<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/instances/miplib");
    let mut best: Option<(u64, PathBuf)> = None;
    for entry in std::fs::read_dir(&dir).ok()?.flatten() {
        let path = entry.path();
        let size = entry.metadata().ok()?.len();
        if path.extension().is_some_and(|e| e == "mps") && best.as_ref().is_none_or(|b| size > b.0)
        {
            best = Some((size, path));
        }
    }
    let (_, path) = best?;
    let name = path.file_name()?.to_string_lossy().into_owned();
    Some((name, std::fs::read_to_string(&path).ok()?))
}

/// Benchmarks `mps::parse` on `mps_text` and `lp::parse` on the same
/// problem written as LP, each with its byte throughput.
fn bench_both(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    label: &str,
    mps_text: &str,
) {
    let problem = mps::parse(mps_text, "bench.mps")
        .expect("the benchmark input parses")
        .problem;
    let lp_text = lp::write_string(&problem).expect("the benchmark input has LP names");
    assert_eq!(
        lp::parse(&lp_text, "bench.lp")
            .map(|p| p.problem.num_nonzeros())
            .ok(),
        Some(problem.num_nonzeros())
    );
    group.throughput(Throughput::Bytes(mps_text.len() as u64));
    group.bench_function(format!("mps/{label}"), |b| {
        b.iter(|| mps::parse(black_box(mps_text), "bench.mps").map(|p| p.problem.num_nonzeros()))
    });
    group.throughput(Throughput::Bytes(lp_text.len() as u64));
    group.bench_function(format!("lp/{label}"), |b| {
        b.iter(|| lp::parse(black_box(&lp_text), "bench.lp").map(|p| p.problem.num_nonzeros()))
    });
}

fn parse_benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    match largest_shared_instance() {
        Some((name, text)) => bench_both(&mut group, &name, &text),
        None => eprintln!("SKIPPED: ../shared/instances/miplib is absent"),
    }
    let medium = generated(1_400, 1_200, 5_000);
    assert_eq!(
        mps::parse(&medium, "gen.mps")
            .map(|p| p.problem.num_nonzeros())
            .ok(),
        Some(5_000)
    );
    bench_both(&mut group, "generated_1400x1200_5k_nonzeros", &medium);
    let large = generated(200_000, 100_000, 1_000_000);
    assert_eq!(
        mps::parse(&large, "gen.mps")
            .map(|p| p.problem.num_nonzeros())
            .ok(),
        Some(1_000_000)
    );
    group.sample_size(10);
    bench_both(&mut group, "generated_200000x100000_1M_nonzeros", &large);
    group.finish();
}

criterion_group!(benches, parse_benches);
criterion_main!(benches);

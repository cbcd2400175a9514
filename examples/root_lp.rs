//! Solves the LP relaxation of one problem file with symbreak's dual
//! simplex and prints iterations, time and iterations per second, for
//! profilers (`perf record`) and for the comparison with HiGHS in
//! `docs/bnb.md` ("LP speed at scale").
//!
//! ```text
//! cargo build --release --example root_lp
//! target/release/examples/root_lp FILE [TIME_LIMIT_S]
//! ```

use std::time::{Duration, Instant};

use symbreak::simplex::{Lp, LpLimits};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: root_lp FILE [TIME_LIMIT_S]");
    let limit: f64 = args.next().map_or(60.0, |s| s.parse().expect("seconds"));
    let problem = symbreak::read_problem(&path)
        .expect("readable problem")
        .problem;
    let mut lp = Lp::from_problem(&problem);
    let start = Instant::now();
    let limits = LpLimits {
        deadline: Some(start + Duration::from_secs_f64(limit)),
        ..LpLimits::default()
    };
    let status = lp.solve(&limits);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{path}: {} rows, {} cols: {status:?} objective {:.6} in {} iterations, {secs:.3} s, {:.0} iterations/s",
        lp.num_rows(),
        lp.num_cols(),
        lp.objective(),
        lp.iterations(),
        lp.iterations() as f64 / secs.max(1e-9)
    );
}

//! The cutting-plane separators of `bnb::cuts` on the shared MIPLIB
//! instances: at the LP relaxation optimum (microlp), knapsack covers and
//! clique cuts come back well formed and violated, the pool selects from
//! them, and no cut removes the best integer solution microlp finds within
//! a short limit.
//!
//! Gomory cuts need a simplex tableau, which microlp does not expose; they
//! are checked against brute force in the unit tests of `bnb::cuts::gmi`.
//!
//! Skips (with a message) when `../shared/instances` is absent.

use crate::common;

use std::time::{Duration, Instant};

use symbreak::bnb::cuts::{ConflictGraph, Cut, CutPool, SelectParams, knapsack_covers};
use symbreak::io::read_problem;
use symbreak::solve::{MicrolpBackend, SolveSettings, solve};

fn check(file: &str) {
    let Some(path) = common::miplib(file) else {
        return;
    };
    let p = read_problem(&path)
        .unwrap_or_else(|e| panic!("{file}: {e}"))
        .problem;
    let lp_settings = SolveSettings {
        time_limit: Some(Duration::from_secs(20)),
        lp_relaxation: true,
        ..SolveSettings::default()
    };
    let lp = solve(&p, &lp_settings, &MicrolpBackend).unwrap();
    let x = lp
        .solution
        .unwrap_or_else(|| panic!("{file}: no LP solution ({:?})", lp.status))
        .into_values();
    let (lower, upper) = (p.var_lowers(), p.var_uppers());

    let t0 = Instant::now();
    let covers = knapsack_covers(&p, lower, upper, &x);
    let t_cover = t0.elapsed();
    let t0 = Instant::now();
    let graph = ConflictGraph::new(&p, lower, upper);
    let t_graph = t0.elapsed();
    let t0 = Instant::now();
    let cliques = graph.separate(&x, 100);
    let t_clique = t0.elapsed();
    assert!(
        graph.num_entries() <= 2 * p.num_nonzeros(),
        "{file}: conflict graph not linear in the nonzeros"
    );
    let cuts: Vec<Cut> = covers.iter().chain(&cliques).cloned().collect();
    for c in &cuts {
        assert!(c.is_well_formed(), "{file}: {c:?}");
        assert!(c.vars.iter().all(|v| v.index() < p.num_vars()));
        assert!(
            c.violation(&x) > 0.0,
            "{file}: cut not violated at the LP point: {c:?}"
        );
        assert!(c.efficacy(&x).is_finite());
    }
    let mut pool = CutPool::new();
    let added = pool.add_all(cuts.iter().cloned());
    let selected = pool.select(&x, &SelectParams::default());
    assert!(selected.len() <= added);
    if !cuts.is_empty() {
        assert!(
            !selected.is_empty(),
            "{file}: violated cuts but none selected"
        );
    }

    // No cut removes an integer solution.
    let mip_settings = SolveSettings {
        time_limit: Some(Duration::from_secs(10)),
        ..SolveSettings::default()
    };
    let mip = solve(&p, &mip_settings, &MicrolpBackend).unwrap();
    let checked = if let Some(s) = &mip.solution {
        for c in &cuts {
            assert!(
                c.violation(s.values()) <= 1e-6 * c.rhs.abs().max(1.0),
                "{file}: cut removes microlp's solution: {c:?} violation {}",
                c.violation(s.values())
            );
        }
        "checked against an integer solution"
    } else {
        "no integer solution to check against"
    };
    eprintln!(
        "{file:>12}: {} covers in {t_cover:.2?}, graph {} rows / {} entries in {t_graph:.2?}, \
         {} cliques in {t_clique:.2?}, {} pooled, {} selected; {checked}",
        covers.len(),
        graph.num_conflict_rows(),
        graph.num_entries(),
        cliques.len(),
        pool.len(),
        selected.len()
    );
}

#[test]
fn lseu() {
    check("lseu.mps");
}

#[test]
fn stein27() {
    check("stein27.mps");
}

#[test]
fn enigma() {
    check("enigma.mps");
}

#[test]
fn misc03() {
    check("misc03.mps");
}

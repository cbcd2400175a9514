//! Every clause the search learns — from propagation, an infeasible LP or
//! a cut-off LP — is valid: on small instances, every feasible integer
//! point (by exhaustive enumeration) that beats the cutoff the clause was
//! learned under satisfies it.

use super::{Reduction, Search};
use crate::bnb::BnbSettings;
use crate::budget::Budget;
use crate::domains::Literal;
use crate::generate::{GapData, GapParams, MultiKnapsackData, MultiKnapsackParams};
use crate::model::Problem;
use crate::status::Status;

/// Every point of `{0, 1}^n` that satisfies the rows of `p` (binaries
/// only), with its objective in minimization form.
fn feasible_points(p: &Problem) -> Vec<(Vec<f64>, f64)> {
    let n = p.num_vars();
    assert!(n <= 20, "{n} columns are too many to enumerate");
    let sign = p.sense().sign();
    let mut out = Vec::new();
    for mask in 0u32..(1 << n) {
        let x: Vec<f64> = (0..n).map(|j| f64::from((mask >> j) & 1)).collect();
        let ok = p.rows().all(|r| {
            let act = p.row_activity(r, &x);
            act >= p.row_lower(r) - 1e-9 && act <= p.row_upper(r) + 1e-9
        });
        if ok {
            let obj: f64 = p
                .vars()
                .map(|v| p.objective_coefficient(v) * x[v.index()])
                .sum();
            out.push((x, sign * obj));
        }
    }
    out
}

/// Small multiple knapsacks and generalized assignments (16 binaries).
fn instances() -> Vec<Problem> {
    let mut out = Vec::new();
    for seed in 0..6 {
        let mkp = MultiKnapsackParams {
            items: 8,
            knapsacks: 2,
            ..MultiKnapsackParams::default()
        };
        let d = MultiKnapsackData::draw(&mkp, seed).unwrap();
        out.push(d.to_problem(&format!("mkp8x2_{seed}")).unwrap());
        let gap = GapParams {
            jobs: 8,
            agent_types: 1,
            agents_per_type: 2,
            ..GapParams::default()
        };
        let d = GapData::draw(&gap, seed).unwrap();
        out.push(d.to_problem(&format!("gap8x2_{seed}")).unwrap());
    }
    out
}

/// Whether the point `x` takes every literal of `conflict`.
fn takes_all(x: &[f64], conflict: &[Literal]) -> bool {
    conflict
        .iter()
        .all(|l| (x[l.var.index()] == 1.0) == l.value)
}

#[test]
fn every_learned_clause_keeps_every_point_that_beats_its_cutoff() {
    // Without cuts and strong branching the trees are larger: more
    // conflicts of every kind.
    let settings = BnbSettings {
        cuts: false,
        strong_candidates: 0,
        presolve: false,
        // Orbitopal fixing restricts the search to the lexicographically
        // largest point of each orbit: clauses explained through its
        // fixings hold for those representatives, not for every point
        // (the optimum test below runs with symmetry on).
        symmetry: false,
        ..BnbSettings::default()
    };
    let (mut learned, mut from_lp) = (0, 0);
    for p in instances() {
        let points = feasible_points(&p);
        let search = Search::new(Reduction::none(&p), &settings, Budget::new(None));
        let (result, log) = search.run_logged();
        assert_eq!(result.status, Status::Optimal, "{}", p.name());
        for (conflict, cutoff) in &log {
            for (x, obj) in &points {
                assert!(
                    *obj > *cutoff + 1e-9 || !takes_all(x, conflict),
                    "{}: the clause against {conflict:?} (cutoff {cutoff}) cuts off {x:?} of value {obj}",
                    p.name()
                );
            }
        }
        learned += log.len();
        from_lp += result.stats.clauses_from_infeasible_lp + result.stats.clauses_from_cutoff;
        assert_eq!(result.stats.conflicts as usize, log.len());
    }
    eprintln!("{learned} clauses learned, {from_lp} from LPs");
    assert!(
        learned >= 10 && from_lp >= 5,
        "{learned} clauses, {from_lp} from LPs"
    );
}

#[test]
fn the_optimum_is_the_same_with_and_without_conflict_analysis() {
    for p in instances() {
        let solve = |conflicts: bool| {
            let settings = BnbSettings {
                cuts: false,
                conflicts,
                ..BnbSettings::default()
            };
            crate::bnb::restart::run(Reduction::none(&p), &settings, Budget::new(None), |s| s)
        };
        let (on, off) = (solve(true), solve(false));
        assert_eq!(on.status, Status::Optimal);
        assert_eq!(off.status, Status::Optimal);
        assert_eq!(on.objective, off.objective, "{}", p.name());
        assert_eq!(off.stats.conflicts, 0);
    }
}

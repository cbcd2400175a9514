//! Aggregated c-MIR cuts (`cuts.aggregation`,
//! `bnb::cuts::aggregated_cmir_cuts`):
//!
//! - on a small fixed-charge network, every cut keeps every feasible point
//!   (each assignment of the binaries enumerated, the largest cut activity
//!   over the flows found by an LP), at the LP optimum and at random
//!   points, and the LP optimum yields at least one;
//! - on MIPLIB instances with continuous columns, no cut separated at the
//!   root LP point (or halfway to the optimum) removes the optimal
//!   solution, and the optimum is the catalogue's;
//! - on MIPLIB 3 `fixnet6` the root bound after cuts is clearly above the
//!   one with single-row c-MIR only.
//!
//! The MIPLIB parts skip (counted) when `../shared/instances` is absent.

use crate::common::{self, Rng};

use std::time::Duration;

use symbreak::bnb::cuts::{
    AggregationLimits, Cut, CutFamily, VariableBounds, aggregated_cmir_cuts,
};
use symbreak::bnb::{BnbResult, BnbSettings, branch_and_cut};
use symbreak::io::read_problem;
use symbreak::model::{Problem, ProblemBuilder, Sense, VarId, VarKind};
use symbreak::solve::{MicrolpBackend, SolveSettings, solve};
use symbreak::status::Status;

/// Arcs of the small network: (from, to, capacity, fixed cost, unit cost).
const ARCS: [(usize, usize, f64, f64, f64); 7] = [
    (0, 1, 9.0, 5.0, 1.0),
    (0, 2, 9.0, 6.0, 1.0),
    (1, 2, 4.0, 2.0, 1.0),
    (2, 1, 4.0, 2.0, 1.0),
    (1, 3, 6.0, 3.0, 2.0),
    (2, 3, 7.0, 4.0, 1.0),
    (3, 2, 3.0, 1.0, 1.0),
];

/// Net outflow demanded at each node: node 0 supplies 8 (outflow
/// exactly 8, one equality), nodes 1 to 3 demand 2, 3 and 3; node 3's
/// demand is a `>=` row so that inequalities with slacks enter paths.
const SUPPLY: [f64; 4] = [8.0, -2.0, -3.0, -3.0];

/// The fixed-charge network: flows `f_a` in `[0, cap]`, `f_a <= cap·y_a`,
/// conservation per node; returns the problem and the binaries.
fn network() -> (Problem, Vec<VarId>) {
    let mut b = ProblemBuilder::new("net");
    let mut flows = Vec::new();
    let mut arcs = Vec::new();
    for (k, &(_, _, cap, fixed, unit)) in ARCS.iter().enumerate() {
        let f = b
            .add_var(format!("f{k}"), VarKind::Continuous, 0.0, cap, unit)
            .unwrap();
        let y = b
            .add_var(format!("y{k}"), VarKind::Binary, 0.0, 1.0, fixed)
            .unwrap();
        b.add_row(
            format!("vub{k}"),
            f64::NEG_INFINITY,
            0.0,
            &[(f, 1.0), (y, -cap)],
        )
        .unwrap();
        flows.push(f);
        arcs.push(y);
    }
    for (node, &supply) in SUPPLY.iter().enumerate() {
        let mut row = Vec::new();
        for (k, &(from, to, ..)) in ARCS.iter().enumerate() {
            if from == node {
                row.push((flows[k], 1.0));
            }
            if to == node {
                row.push((flows[k], -1.0));
            }
        }
        let (lo, up) = if node == 3 {
            // Inflow minus outflow at least 3.
            (f64::NEG_INFINITY, supply)
        } else {
            (supply, supply)
        };
        b.add_row(format!("node{node}"), lo, up, &row).unwrap();
    }
    b.set_sense(Sense::Minimize);
    (b.build().unwrap(), arcs)
}

/// The largest activity of `cut` over the network's points with the
/// binaries fixed to `ys` (an LP over the flows); `None` when infeasible.
fn max_activity(p: &Problem, arcs: &[VarId], ys: &[f64], cut: &Cut) -> Option<f64> {
    let mut b = ProblemBuilder::new("max");
    for v in p.vars() {
        let fixed = arcs.iter().position(|&a| a == v);
        let (lo, up) = match fixed {
            Some(k) => (ys[k], ys[k]),
            None => (p.var_lower(v), p.var_upper(v)),
        };
        let c = cut
            .vars
            .iter()
            .position(|&w| w == v)
            .map_or(0.0, |i| cut.coefs[i]);
        b.add_var(p.var_name(v), VarKind::Continuous, lo, up, c)
            .unwrap();
    }
    for r in p.rows() {
        let row: Vec<(VarId, f64)> = p.row(r).collect();
        b.add_row(p.row_name(r), p.row_lower(r), p.row_upper(r), &row)
            .unwrap();
    }
    b.set_sense(Sense::Maximize);
    let q = b.build().unwrap();
    let settings = SolveSettings {
        lp_relaxation: true,
        ..SolveSettings::default()
    };
    let out = solve(&q, &settings, &MicrolpBackend).unwrap();
    out.solution.map(|s| cut.activity(s.values()))
}

/// Every cut of `cuts` holds at every feasible point of the network.
fn assert_valid_on_network(p: &Problem, arcs: &[VarId], cuts: &[Cut]) {
    for code in 0..1u32 << arcs.len() {
        let ys: Vec<f64> = (0..arcs.len())
            .map(|k| f64::from((code >> k) & 1))
            .collect();
        for cut in cuts {
            if let Some(best) = max_activity(p, arcs, &ys, cut) {
                assert!(
                    best <= cut.rhs + 1e-6 * cut.rhs.abs().max(1.0),
                    "{cut:?} cuts off a point with y = {ys:?} (activity {best})"
                );
            }
        }
    }
}

/// The LP relaxation's optimum of `p` (microlp).
fn lp_point(p: &Problem) -> Vec<f64> {
    let settings = SolveSettings {
        time_limit: Some(Duration::from_secs(60)),
        lp_relaxation: true,
        ..SolveSettings::default()
    };
    solve(p, &settings, &MicrolpBackend)
        .unwrap()
        .solution
        .expect("the LP relaxation has an optimum")
        .into_values()
}

/// The aggregated cuts of `p` at `x` within its own bounds.
fn cuts_at(p: &Problem, x: &[f64]) -> Vec<Cut> {
    let (lo, up) = (p.var_lowers(), p.var_uppers());
    let vb = VariableBounds::new(p, lo, up);
    aggregated_cmir_cuts(p, (lo, up), &vb, x, &AggregationLimits::for_problem(p))
}

#[test]
fn aggregated_cuts_of_a_small_network_keep_every_feasible_point() {
    let (p, arcs) = network();
    let x = lp_point(&p);
    let at_optimum = cuts_at(&p, &x);
    assert!(
        !at_optimum.is_empty(),
        "no aggregated cut at the LP optimum {x:?}"
    );
    for cut in &at_optimum {
        assert!(cut.is_well_formed());
        assert_eq!(cut.family, CutFamily::Aggregation);
        assert!(cut.violation(&x) > 0.0, "{cut:?} not violated");
    }
    assert_valid_on_network(&p, &arcs, &at_optimum);
    // Random points within the bounds: the rows are not satisfied, but
    // the cuts must be valid whatever the point they come from.
    let mut rng = Rng(7);
    let mut others = Vec::new();
    for _ in 0..20 {
        let point: Vec<f64> = p
            .vars()
            .map(|v| p.var_lower(v) + rng.unit() * (p.var_upper(v) - p.var_lower(v)))
            .collect();
        others.extend(cuts_at(&p, &point));
    }
    assert_valid_on_network(&p, &arcs, &others);
}

/// Default settings but `time_limit` seconds.
fn within(seconds: u64) -> BnbSettings {
    BnbSettings {
        time_limit: Some(Duration::from_secs(seconds)),
        ..BnbSettings::default()
    }
}

/// Solves `file` to its known `optimum` with the branch-and-cut and checks
/// that no aggregated cut at the LP optimum, or halfway from it to the
/// optimal point, removes the optimal point.
fn optimum_survives(path: Option<std::path::PathBuf>, optimum: f64) {
    let Some(path) = path else {
        return;
    };
    let p = read_problem(&path).unwrap().problem;
    let r: BnbResult = branch_and_cut(&p, &within(120));
    assert_eq!(r.status, Status::Optimal, "{}", path.display());
    let objective = r.objective.unwrap();
    assert!(
        (objective - optimum).abs() <= 1e-6 * optimum.abs().max(1.0),
        "{}: {objective} instead of {optimum}",
        path.display()
    );
    let best = r.solution.unwrap();
    let x = lp_point(&p);
    let halfway: Vec<f64> = x.iter().zip(&best).map(|(a, b)| 0.5 * (a + b)).collect();
    let mut count = 0;
    for point in [&x, &halfway] {
        for cut in cuts_at(&p, point) {
            count += 1;
            assert!(
                cut.violation(&best) <= 1e-6 * cut.rhs.abs().max(1.0),
                "{}: {cut:?} removes the optimum (violation {})",
                path.display(),
                cut.violation(&best)
            );
        }
    }
    eprintln!("{}: {count} aggregated cuts checked", path.display());
}

#[test]
fn egout_keeps_its_optimum_under_aggregated_cuts() {
    optimum_survives(common::miplib("egout.mps"), 568.1007);
}

#[test]
fn vpm2_keeps_its_optimum_under_aggregated_cuts() {
    optimum_survives(common::miplib("vpm2.mps"), 13.75);
}

#[test]
fn gen_keeps_its_optimum_under_aggregated_cuts() {
    optimum_survives(
        common::miplib3_dir().map(|d| d.join("gen.mps.gz")),
        112_313.362_718,
    );
}

#[test]
fn misc06_keeps_its_optimum_under_aggregated_cuts() {
    optimum_survives(
        common::miplib3_dir().map(|d| d.join("misc06.mps.gz")),
        12_850.860_737_4,
    );
}

#[test]
fn p0033_keeps_its_optimum_with_aggregation_on() {
    // Pure binary: nothing to aggregate, the optimum unchanged.
    optimum_survives(
        common::miplib3_dir().map(|d| d.join("p0033.mps.gz")),
        3089.0,
    );
}

/// The root bound after cuts on `p` with `disabled` switched off (the
/// search stops after the root).
fn root_cut_bound(p: &Problem, disabled: &[&str]) -> f64 {
    let settings = BnbSettings {
        node_limit: Some(1),
        disabled: disabled.iter().map(|s| s.to_string()).collect(),
        ..within(60)
    };
    branch_and_cut(p, &settings)
        .stats
        .root_cut_lp
        .expect("the root was solved")
}

#[test]
fn aggregation_raises_the_root_bound_of_fixnet6() {
    let Some(dir) = common::miplib3_dir() else {
        return;
    };
    let p = read_problem(dir.join("fixnet6.mps.gz")).unwrap().problem;
    let single = root_cut_bound(&p, &["cuts.aggregation"]);
    let aggregated = root_cut_bound(&p, &[]);
    eprintln!("fixnet6 root bound: {single} single rows, {aggregated} aggregated");
    assert!(
        aggregated <= 3983.0 + 1e-6,
        "above the optimum: {aggregated}"
    );
    assert!(
        aggregated >= 3300.0 && aggregated >= single + 75.0,
        "aggregation did not raise the root bound: {single} -> {aggregated}"
    );
}

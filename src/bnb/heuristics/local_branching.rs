//! `heur.local_branching`: local branching around the incumbent (Fischetti
//! and Lodi 2003) as a sub-MIP ([`super::sub_mip`]): the search's problem
//! plus the row "at most `K` binaries differ from the incumbent",
//! `Σ_{x*_j = 0} x_j − Σ_{x*_j = 1} x_j ≤ K − |{j : x*_j = 1}|`, with the
//! incumbent as warm start (it looks for better points only). Unlike RINS
//! it needs no LP point that agrees with the incumbent: on symmetric
//! problems the LP spreads a choice evenly over identical machines or
//! knapsacks and agrees with no 0/1 point there.
//!
//! It runs once an incumbent is known, every 500 nodes while all
//! heuristics together have taken at most 5 % of the time (on the multiple
//! knapsack, a fifth starved the LP dive, which finds more there), when
//! the problem has binaries; each call within 200 nodes and a tenth of the
//! time left (3 s at most), backing off after fruitless calls
//! ([`BackOff`](super::sub_mip::BackOff)).

use std::time::Duration;

use super::sub_mip::{BackOff, SubMipLimits, solve_restricted};
use crate::bnb::components::{HeuristicContext, PrimalHeuristic, Schedule};
use crate::model::{Problem, VarId, VarKind};

/// At most this many binaries differ from the incumbent.
const NEIGHBOURHOOD: f64 = 10.0;

const LIMITS: SubMipLimits = SubMipLimits {
    nodes: 200,
    time_share: 0.1,
    time_cap: Duration::from_secs(3),
};

/// Local branching around the incumbent.
#[derive(Default)]
pub(crate) struct LocalBranching {
    back_off: BackOff,
}

impl PrimalHeuristic for LocalBranching {
    fn name(&self) -> &str {
        "heur.local_branching"
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            every: 500,
            offset: 11,
            only_with_incumbent: true,
            time_share: 0.05,
            ..Schedule::default()
        }
    }

    fn ready(&mut self) -> bool {
        self.back_off.ready()
    }

    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>) {
        let Some(incumbent) = ctx.incumbent().map(<[f64]>::to_vec) else {
            return;
        };
        let Some(sub) = with_distance_row(ctx.problem(), &incumbent) else {
            return;
        };
        let found = solve_restricted(ctx, &sub, Some(incumbent), &LIMITS);
        self.back_off.record(found);
    }
}

/// `p` with the local branching row around `x` (binaries only); `None`
/// without binaries or when the row cannot be added.
fn with_distance_row(p: &Problem, x: &[f64]) -> Option<Problem> {
    let binaries: Vec<VarId> = p
        .vars()
        .filter(|&v| p.var_kind(v) == VarKind::Binary)
        .collect();
    if binaries.is_empty() {
        return None;
    }
    let mut ones = 0.0;
    let entries: Vec<(VarId, f64)> = binaries
        .iter()
        .map(|&v| {
            if x[v.index()] > 0.5 {
                ones += 1.0;
                (v, -1.0)
            } else {
                (v, 1.0)
            }
        })
        .collect();
    let mut b = p.to_builder();
    // A name no row of the problem has.
    let name = (0..)
        .map(|k| format!("local_branching_{k}"))
        .find(|n| p.row_by_name(n).is_none())?;
    b.add_row(name, f64::NEG_INFINITY, NEIGHBOURHOOD - ones, &entries)
        .ok()?;
    b.build().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProblemBuilder;
    use crate::verify::{Tolerances, verify};

    #[test]
    fn the_distance_row_keeps_points_within_ten_flips_of_the_incumbent() {
        let mut b = ProblemBuilder::new("flips");
        let xs: Vec<VarId> = (0..30)
            .map(|j| b.add_var(format!("x{j}"), VarKind::Binary, 0.0, 1.0, 1.0))
            .collect::<Result<_, _>>()
            .unwrap();
        // A continuous column is not counted in the distance.
        b.add_var("z", VarKind::Continuous, 0.0, 5.0, 0.0).unwrap();
        let p = b.build().unwrap();
        // The incumbent: the first 15 binaries at 1.
        let incumbent: Vec<f64> = (0..31).map(|j| if j < 15 { 1.0 } else { 0.0 }).collect();
        let sub = with_distance_row(&p, &incumbent).unwrap();
        assert_eq!(sub.num_rows(), 1);
        let flipped = |k: usize, z: f64| {
            let mut x = incumbent.clone();
            for v in &xs[10..10 + k] {
                x[v.index()] = 1.0 - x[v.index()];
            }
            x[30] = z;
            x
        };
        let tol = Tolerances::default();
        assert!(verify(&sub, &incumbent, &tol).feasible);
        assert!(verify(&sub, &flipped(10, 5.0), &tol).feasible);
        assert!(!verify(&sub, &flipped(11, 0.0), &tol).feasible);
    }
}

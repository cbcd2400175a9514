//! The `prepare` stage: symmetry detection and the orbit-averaged LP
//! relaxation, the network's inputs. `predict`, `train`, `evaluate` and
//! `solve --learned` all prepare an instance here, under one budget rule,
//! so the features seen in training are the features seen at solve time.
//!
//! The LP relaxation solution from a simplex code is one vertex picked by
//! the variable order, so it is not a symmetric function of the instance:
//! fed raw to the network it would break symmetry in a label-dependent way
//! and spoil relaxed equivariance. It is therefore averaged over every
//! variable orbit. The orbit average of an LP-optimal point is the group
//! average of its symmetric images (each orbit member is hit equally often),
//! hence still LP-optimal and feasible, and invariant under the symmetry.

use std::time::{Duration, Instant};

use super::outcome::StageLog;
use crate::budget::Budget;
use crate::model::Problem;
use crate::nn::{self, TrainedModel};
use crate::solve::{Backend, SolveSettings, Status, solve};
use crate::symmetry::{SearchLimits, Symmetry, SymmetryOptions, detect};

/// The budget every command prepares an instance with when it has no time
/// limit of its own (`predict`, `train`, `evaluate`): the learned solve's
/// default limit, so their features match a default `solve --learned`.
pub const DEFAULT_TIME_LIMIT: Duration = Duration::from_secs(60);

/// Detects the formulation symmetry of `problem` within the stage share of
/// `budget` ([`Budget::stage`]: a tenth of its limit, at most 10 s).
pub fn detect_symmetry(problem: &Problem, budget: &Budget) -> Symmetry {
    detect(
        problem,
        &SymmetryOptions {
            limits: SearchLimits {
                time: budget.stage().remaining(),
                ..SearchLimits::default()
            },
            ..SymmetryOptions::default()
        },
    )
}

/// The LP relaxation: its orbit-averaged solution and, when it was solved
/// to optimality, its objective (a bound on the MILP's).
#[derive(Clone, Debug)]
pub struct LpRelaxation {
    /// The solution, averaged over variable orbits.
    pub x: Vec<f64>,
    /// The optimal LP objective (offset included), when proven optimal.
    pub bound: Option<f64>,
}

/// A prepared instance: what the network reads besides the problem.
#[derive(Clone, Debug)]
pub struct Prepared {
    /// The formulation symmetry (orbits, orbitopes, canonical ranks).
    pub symmetry: Symmetry,
    /// The orbit-averaged LP relaxation, `None` when it could not be solved
    /// within the budget.
    pub lp: Option<LpRelaxation>,
    /// The `symmetry` and `lp` stages, timed.
    pub stages: Vec<StageLog>,
}

impl Prepared {
    /// The orbit-averaged LP solution, if there is one.
    pub fn lp_solution(&self) -> Option<&[f64]> {
        self.lp.as_ref().map(|l| l.x.as_slice())
    }

    /// The proven LP bound, if the LP was solved to optimality.
    pub fn lp_bound(&self) -> Option<f64> {
        self.lp.as_ref().and_then(|l| l.bound)
    }

    /// The network's probability for every variable (meaningful for
    /// binaries); `seed` drives the random breaking features of the noise,
    /// orbit and orbit-plus models.
    pub fn predict(&self, problem: &Problem, model: &TrainedModel, seed: u64) -> Vec<f64> {
        nn::predict(
            model,
            problem,
            Some(&self.symmetry),
            self.lp_solution(),
            seed,
        )
    }
}

/// Prepares `problem` for a solve within `budget`: symmetry detection and
/// the LP relaxation (on `backend`), each within the stage share of the
/// budget ([`Budget::stage`]: a tenth of its limit, at most 10 s).
pub fn prepare(problem: &Problem, backend: &dyn Backend, budget: &Budget) -> Prepared {
    let t0 = Instant::now();
    let symmetry = detect_symmetry(problem, budget);
    let symmetry_log = symmetry_stage(&symmetry, t0);
    let t0 = Instant::now();
    let lp = lp_relaxation(problem, Some(&symmetry), backend, lp_time(budget));
    Prepared {
        stages: vec![symmetry_log, lp_stage(lp.as_ref(), t0)],
        symmetry,
        lp,
    }
}

/// The LP relaxation's time: the stage share of `budget`.
pub(crate) fn lp_time(budget: &Budget) -> Duration {
    budget.stage().remaining().unwrap_or(Duration::ZERO)
}

/// The log entry of symmetry detection begun at `t0`.
pub(crate) fn symmetry_stage(symmetry: &Symmetry, t0: Instant) -> StageLog {
    StageLog {
        name: "symmetry".into(),
        time_s: t0.elapsed().as_secs_f64(),
        status: format!(
            "log10|G| = {:.2}, {} orbitopes{}",
            symmetry.log10_group_size,
            symmetry.orbitopes.len(),
            if symmetry.complete {
                ""
            } else {
                " (incomplete)"
            }
        ),
        objective: None,
    }
}

/// The log entry of the LP relaxation begun at `t0`.
pub(crate) fn lp_stage(lp: Option<&LpRelaxation>, t0: Instant) -> StageLog {
    StageLog {
        name: "lp".into(),
        time_s: t0.elapsed().as_secs_f64(),
        status: if lp.is_some() {
            "solved".into()
        } else {
            "no LP solution".into()
        },
        objective: None,
    }
}

/// The LP relaxation averaged over the orbits of `symmetry`, or `None` when
/// it could not be solved in `time_limit`.
pub fn lp_relaxation(
    problem: &Problem,
    symmetry: Option<&Symmetry>,
    backend: &dyn Backend,
    time_limit: Duration,
) -> Option<LpRelaxation> {
    let settings = SolveSettings {
        time_limit: Some(time_limit),
        lp_relaxation: true,
        ..SolveSettings::default()
    };
    let outcome = solve(problem, &settings, backend).ok()?;
    let bound = if outcome.status == Status::Optimal {
        outcome.objective
    } else {
        None
    };
    let mut x = outcome.solution?.into_values();
    if let Some(s) = symmetry {
        for orbit in s.var_orbits.iter().filter(|o| o.len() > 1) {
            let mean = orbit.iter().map(|v| x[v.index()]).sum::<f64>() / orbit.len() as f64;
            for v in orbit {
                x[v.index()] = mean;
            }
        }
    }
    Some(LpRelaxation { x, bound })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{BinPackingParams, Family};
    use crate::solve::MicrolpBackend;

    #[test]
    fn the_lp_solution_is_constant_on_every_orbit() {
        let p = BinPackingParams {
            items: 8,
            ..BinPackingParams::default()
        }
        .generate(1)
        .unwrap();
        let prepared = prepare(&p, &MicrolpBackend, &Budget::new(Some(DEFAULT_TIME_LIMIT)));
        assert_eq!(
            prepared
                .stages
                .iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>(),
            ["symmetry", "lp"]
        );
        let x = prepared
            .lp_solution()
            .expect("the LP of a bin packing solves");
        let orbits: Vec<_> = prepared
            .symmetry
            .var_orbits
            .iter()
            .filter(|o| o.len() > 1)
            .collect();
        assert!(!orbits.is_empty(), "identical bins give nontrivial orbits");
        for orbit in orbits {
            let first = x[orbit[0].index()];
            assert!(orbit.iter().all(|v| (x[v.index()] - first).abs() < 1e-12));
        }
        assert!(prepared.lp_bound().is_some());
    }
}

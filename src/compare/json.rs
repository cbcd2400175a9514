//! The JSON object of a comparison (`symbreak compare --json`):
//!
//! ```text
//! { "time_limit_s": 60, "methods": ["plain", ...],
//!   "instances": [ { "name", "sense", "best_known",
//!                    "runs": [ { "method", "status", "objective", "bound",
//!                                "gap", "time_to_best_s",
//!                                "time_to_best_known_s", "time_s",
//!                                "primal_integral", "trajectory": [[s, obj], ...] } ] } ],
//!   "summary": { "median_speedup", "geomean_speedup",
//!                "median_speedup_by_method": {name: x}, ... } }
//! ```
//!
//! Unknown values are `null`: `objective` without a solution, `gap`,
//! `time_to_best_known_s` (never reached) and `primal_integral` without a
//! best-known objective. The summary is [`Summary`].

use serde::Serialize;

use super::metrics::{Summary, best_known, primal_gap, primal_integral, time_to_best_known};
use super::{Comparison, Method};
use crate::model::Sense;
use crate::solve::Status;

/// The whole JSON object.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ComparisonJson {
    /// The time limit of every run, seconds.
    pub time_limit_s: f64,
    /// The methods, in the order they ran.
    pub methods: Vec<Method>,
    /// Every instance with its runs.
    pub instances: Vec<InstanceJson>,
    /// The summary numbers.
    pub summary: Summary,
}

/// One instance.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InstanceJson {
    /// Its name.
    pub name: String,
    /// `"min"` or `"max"`.
    pub sense: Sense,
    /// The best objective over all runs, `null` when none found one.
    pub best_known: Option<f64>,
    /// One run per method.
    pub runs: Vec<RunJson>,
}

/// One run, with its metrics against the instance's best-known objective.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RunJson {
    /// The method.
    pub method: Method,
    /// Its verdict.
    pub status: Status,
    /// Its verified objective.
    pub objective: Option<f64>,
    /// Its proven bound.
    pub bound: Option<f64>,
    /// Primal gap to the best-known objective.
    pub gap: Option<f64>,
    /// Seconds until its final solution was found.
    pub time_to_best_s: Option<f64>,
    /// Seconds until it reached the best-known objective (capped at the
    /// limit, floored at 1 ms), `null` if never.
    pub time_to_best_known_s: Option<f64>,
    /// Total seconds.
    pub time_s: f64,
    /// `∫ gap dt` over the time limit, seconds.
    pub primal_integral: Option<f64>,
    /// `[seconds, objective]` of every improvement.
    pub trajectory: Vec<(f64, f64)>,
}

/// The JSON form of `comparison`.
pub fn to_json(comparison: &Comparison) -> ComparisonJson {
    let limit = comparison.time_limit_s;
    ComparisonJson {
        time_limit_s: limit,
        methods: comparison.methods.clone(),
        instances: comparison
            .instances
            .iter()
            .map(|inst| {
                let best = best_known(inst);
                InstanceJson {
                    name: inst.name.clone(),
                    sense: inst.sense,
                    best_known: best,
                    runs: inst
                        .runs
                        .iter()
                        .map(|r| RunJson {
                            method: r.method,
                            status: r.status,
                            objective: r.objective,
                            bound: r.bound,
                            gap: best.map(|b| primal_gap(r.objective, b)),
                            time_to_best_s: r.time_to_best_s,
                            time_to_best_known_s: best
                                .and_then(|b| time_to_best_known(r, b, limit)),
                            time_s: r.time_s,
                            primal_integral: best.map(|b| primal_integral(r, b, limit)),
                            trajectory: r.trajectory.clone(),
                        })
                        .collect(),
                }
            })
            .collect(),
        summary: comparison.summary(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{InstanceResult, Run};

    #[test]
    fn json_has_the_documented_keys_and_nulls_for_unknowns() {
        let comparison = Comparison {
            time_limit_s: 5.0,
            methods: vec![Method::Plain, Method::PlainSym],
            instances: vec![InstanceResult {
                name: "x".into(),
                sense: Sense::Maximize,
                runs: vec![
                    Run {
                        method: Method::Plain,
                        status: Status::NoSolutionFound,
                        objective: None,
                        bound: None,
                        time_to_best_s: None,
                        time_s: 5.0,
                        trajectory: vec![],
                    },
                    Run {
                        method: Method::PlainSym,
                        status: Status::Optimal,
                        objective: Some(3.0),
                        bound: Some(3.0),
                        time_to_best_s: Some(1.0),
                        time_s: 1.0,
                        trajectory: vec![(1.0, 3.0)],
                    },
                ],
            }],
        };
        let v = serde_json::to_value(to_json(&comparison)).unwrap();
        assert_eq!(v["methods"], serde_json::json!(["plain", "plain-sym"]));
        let inst = &v["instances"][0];
        assert_eq!(inst["sense"], "max");
        assert_eq!(inst["best_known"], 3.0);
        assert_eq!(inst["runs"][0]["objective"], serde_json::Value::Null);
        assert_eq!(inst["runs"][0]["gap"], 1.0);
        assert_eq!(inst["runs"][1]["method"], "plain-sym");
        assert_eq!(
            inst["runs"][1]["trajectory"],
            serde_json::json!([[1.0, 3.0]])
        );
        assert_eq!(v["summary"]["median_speedup"], serde_json::Value::Null);
        assert_eq!(v["summary"]["median_speedup_by_method"]["plain-sym"], 5.0);
    }
}

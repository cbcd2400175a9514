//! The numbers a comparison reports, all computed from the runs' verified
//! objectives and trajectories.
//!
//! - **Best-known objective** of an instance: the best final objective over
//!   all its runs (smallest when minimizing, largest when maximizing).
//!   Instances where no run found a solution (e.g. infeasible ones) have
//!   none and are left out of every summary number.
//! - **Primal gap** of an objective `z` to the best-known `b`:
//!   `|z − b| / max(|z|, |b|, 1e-9)`; 1 without a solution, and 1 when `z`
//!   and `b` have opposite signs (Berthold's definition), so it lies in
//!   `[0, 1]`. It compares two primal values across runs and is not the
//!   optimality gap of one run (incumbent against its bound), which is
//!   [`relative_gap`](crate::status::relative_gap) everywhere (the
//!   outcome's `gap`, the solve's stopping rule).
//! - **Reaching the best-known**: `|z − b| <= 1e-6 · max(|b|, 1)`.
//! - **Time to the best-known solution** of a run: the first trajectory
//!   time whose objective reaches the best-known; a run that never reaches
//!   it counts as the time limit. Times are capped at the limit (a run's
//!   overhead past its limit earns nothing) and floored at 1 ms (so that
//!   ratios stay finite on instances solved instantly).
//! - **Speed-up** of a method over `plain` on an instance: plain's time to
//!   the best-known over the method's. `median_speedup` and
//!   `geomean_speedup` are the median and geometric mean over instances of
//!   learned's speed-up; `median_speedup_by_method` (and
//!   `geomean_speedup_by_method`) give the same for every method but
//!   `plain`, keyed by its name. All need `plain` (and the method) in the
//!   comparison.
//! - **Wins**: per instance, the methods that reached the best-known first
//!   (ties all win); instances nobody reached count for no one.
//! - **Primal integral** of a run: `∫ gap(t) dt` over `[0, limit]` where
//!   `gap(t)` is the primal gap of the run's trajectory at `t`, a step
//!   function that is 1 until its first point; in seconds (at most the
//!   limit). The summary gives the mean over instances per method.
//! - **Performance profile** (Dolan and Moré): for a method and `τ ≥ 1`,
//!   the fraction of instances where the method's time to the best-known
//!   is at most `τ` times the fastest method's; a run that never reaches it
//!   never counts.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Comparison, InstanceResult, Method, Run};
use crate::model::Sense;

/// Relative tolerance within which an objective reaches the best-known.
pub const REACH_TOLERANCE: f64 = 1e-6;

/// Times below this (seconds) count as this, so that ratios stay finite.
pub const MIN_TIME_S: f64 = 1e-3;

/// The best final objective over the instance's runs, `None` when no run
/// found a solution.
pub fn best_known(instance: &InstanceResult) -> Option<f64> {
    instance
        .runs
        .iter()
        .filter_map(|r| r.objective)
        .reduce(|a, b| match instance.sense {
            Sense::Minimize => a.min(b),
            Sense::Maximize => a.max(b),
        })
}

/// The primal gap of `objective` to `best` (see the module doc): in
/// `[0, 1]`, 1 without a solution.
pub fn primal_gap(objective: Option<f64>, best: f64) -> f64 {
    match objective {
        None => 1.0,
        Some(z) if z * best < 0.0 => 1.0,
        Some(z) => ((z - best).abs() / z.abs().max(best.abs()).max(1e-9)).min(1.0),
    }
}

/// True when `objective` is within [`REACH_TOLERANCE`] of `best`, relative
/// to `max(|best|, 1)`.
pub fn reaches(objective: f64, best: f64) -> bool {
    (objective - best).abs() <= REACH_TOLERANCE * best.abs().max(1.0)
}

/// The first trajectory time at which `run` reached `best`, capped at
/// `limit_s` and floored at [`MIN_TIME_S`]; `None` when it never did.
pub fn time_to_best_known(run: &Run, best: f64, limit_s: f64) -> Option<f64> {
    run.trajectory
        .iter()
        .find(|&&(_, z)| reaches(z, best))
        .map(|&(t, _)| clamp_time(t, limit_s))
}

/// [`time_to_best_known`], with a run that never reaches it counting as the
/// limit.
pub fn time_to_best_known_or_limit(run: &Run, best: f64, limit_s: f64) -> f64 {
    time_to_best_known(run, best, limit_s).unwrap_or_else(|| clamp_time(limit_s, limit_s))
}

fn clamp_time(t: f64, limit_s: f64) -> f64 {
    t.min(limit_s).max(MIN_TIME_S)
}

/// The primal gap of `run` at time `t`: that of its last trajectory point
/// at or before `t`, 1 before its first.
pub fn gap_at(run: &Run, best: f64, t: f64) -> f64 {
    run.trajectory
        .iter()
        .take_while(|&&(s, _)| s <= t)
        .last()
        .map_or(1.0, |&(_, z)| primal_gap(Some(z), best))
}

/// `∫ gap(t) dt` over `[0, limit_s]` of the run's step-function primal gap.
pub fn primal_integral(run: &Run, best: f64, limit_s: f64) -> f64 {
    let mut integral = 0.0;
    let mut since = 0.0;
    let mut gap = 1.0;
    for &(t, z) in &run.trajectory {
        let t = t.clamp(since, limit_s);
        integral += gap * (t - since);
        since = t;
        gap = primal_gap(Some(z), best);
    }
    integral + gap * (limit_s - since).max(0.0)
}

/// The median of `values`, `None` when empty (the mean of the middle two
/// for an even count).
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        0.5 * (v[n / 2 - 1] + v[n / 2])
    })
}

/// The geometric mean of positive `values`, `None` when empty.
pub fn geometric_mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    Some((values.iter().map(|v| v.ln()).sum::<f64>() / values.len() as f64).exp())
}

/// The shifted geometric mean `exp(mean(ln(v + shift))) − shift` (the
/// usual MIP benchmark mean: a shift of 1 s keeps tiny times from
/// dominating), `None` when empty.
pub fn shifted_geometric_mean(values: &[f64], shift: f64) -> Option<f64> {
    let shifted: Vec<f64> = values.iter().map(|v| v + shift).collect();
    geometric_mean(&shifted).map(|g| g - shift)
}

/// The shift of the shifted geometric means in the summary, in seconds.
pub const SGM_SHIFT_S: f64 = 1.0;

/// Per instance with a best-known objective, plain's time to it over
/// `method`'s (never reaching it counts as the limit). Empty when either
/// method is missing from the comparison.
pub fn speedups_over_plain(comparison: &Comparison, method: Method) -> Vec<f64> {
    let limit = comparison.time_limit_s;
    comparison
        .instances
        .iter()
        .filter_map(|inst| {
            let best = best_known(inst)?;
            let plain = inst.run(Method::Plain)?;
            let other = inst.run(method)?;
            Some(
                time_to_best_known_or_limit(plain, best, limit)
                    / time_to_best_known_or_limit(other, best, limit),
            )
        })
        .collect()
}

/// The methods that reached the instance's best-known objective first
/// (several on a tie); empty when none did or there is none.
pub fn winners(instance: &InstanceResult, limit_s: f64) -> Vec<Method> {
    let Some(best) = best_known(instance) else {
        return Vec::new();
    };
    let times: Vec<(Method, f64)> = instance
        .runs
        .iter()
        .filter_map(|r| time_to_best_known(r, best, limit_s).map(|t| (r.method, t)))
        .collect();
    let Some(first) = times.iter().map(|&(_, t)| t).reduce(f64::min) else {
        return Vec::new();
    };
    times
        .into_iter()
        .filter(|&(_, t)| t == first)
        .map(|(m, _)| m)
        .collect()
}

/// Per method, per instance with a best-known objective: its time to the
/// best-known over the fastest method's, `None` when it never reached it.
pub fn performance_ratios(comparison: &Comparison) -> Vec<(Method, Vec<Option<f64>>)> {
    let limit = comparison.time_limit_s;
    let mut ratios: Vec<(Method, Vec<Option<f64>>)> = comparison
        .methods
        .iter()
        .map(|&m| (m, Vec::new()))
        .collect();
    for inst in &comparison.instances {
        let Some(best) = best_known(inst) else {
            continue;
        };
        let times: Vec<Option<f64>> = comparison
            .methods
            .iter()
            .map(|&m| inst.run(m).and_then(|r| time_to_best_known(r, best, limit)))
            .collect();
        let Some(fastest) = times.iter().flatten().copied().reduce(f64::min) else {
            continue;
        };
        for ((_, column), t) in ratios.iter_mut().zip(times) {
            column.push(t.map(|t| t / fastest));
        }
    }
    ratios
}

/// The performance profile value: the fraction of `ratios` that are at
/// most `tau` (`None` never counts); 0 for no instances.
pub fn profile_fraction(ratios: &[Option<f64>], tau: f64) -> f64 {
    if ratios.is_empty() {
        return 0.0;
    }
    ratios.iter().flatten().filter(|&&r| r <= tau).count() as f64 / ratios.len() as f64
}

/// The summary line of a comparison; maps are keyed by method name.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// Instances compared.
    pub instances: usize,
    /// Instances where some run found a solution (the ones every number
    /// below is computed over).
    pub instances_with_best_known: usize,
    /// Median over instances of plain's time to the best-known over
    /// learned's; `null` without both methods or such instances.
    pub median_speedup: Option<f64>,
    /// The geometric mean of the same ratios.
    pub geomean_speedup: Option<f64>,
    /// The median speed-up over plain of every other method.
    pub median_speedup_by_method: BTreeMap<String, f64>,
    /// The geometric-mean speed-up over plain of every other method.
    pub geomean_speedup_by_method: BTreeMap<String, f64>,
    /// Instances where the method reached the best-known first (ties
    /// count for each tied method).
    pub wins: BTreeMap<String, usize>,
    /// Instances where the method ended with a verified solution.
    pub solutions: BTreeMap<String, usize>,
    /// Instances where the method proved optimality.
    pub optimal: BTreeMap<String, usize>,
    /// Mean primal integral (seconds) of the method over instances.
    pub primal_integral: BTreeMap<String, f64>,
    /// Shifted geometric mean ([`SGM_SHIFT_S`]) of the time to the
    /// best-known solution, over instances with one (never: the limit).
    pub time_to_best_known_sgm: BTreeMap<String, f64>,
    /// Shifted geometric mean of the time to a proof of optimality (or of
    /// infeasibility) over all instances (no proof: the limit).
    pub time_to_proof_sgm: BTreeMap<String, f64>,
}

impl Summary {
    /// Computes every summary number of `comparison` (see the module doc).
    pub fn of(comparison: &Comparison) -> Summary {
        let limit = comparison.time_limit_s;
        let known: Vec<(&InstanceResult, f64)> = comparison
            .instances
            .iter()
            .filter_map(|i| best_known(i).map(|b| (i, b)))
            .collect();
        let mut summary = Summary {
            instances: comparison.instances.len(),
            instances_with_best_known: known.len(),
            median_speedup: None,
            geomean_speedup: None,
            median_speedup_by_method: BTreeMap::new(),
            geomean_speedup_by_method: BTreeMap::new(),
            wins: BTreeMap::new(),
            solutions: BTreeMap::new(),
            optimal: BTreeMap::new(),
            primal_integral: BTreeMap::new(),
            time_to_best_known_sgm: BTreeMap::new(),
            time_to_proof_sgm: BTreeMap::new(),
        };
        let has_plain = comparison.methods.contains(&Method::Plain);
        for &method in &comparison.methods {
            let name = method.as_str().to_string();
            if has_plain && method != Method::Plain {
                let ratios = speedups_over_plain(comparison, method);
                if let (Some(med), Some(geo)) = (median(&ratios), geometric_mean(&ratios)) {
                    summary.median_speedup_by_method.insert(name.clone(), med);
                    summary.geomean_speedup_by_method.insert(name.clone(), geo);
                    if method == Method::Learned {
                        summary.median_speedup = Some(med);
                        summary.geomean_speedup = Some(geo);
                    }
                }
            }
            let runs = || comparison.instances.iter().filter_map(|i| i.run(method));
            summary.solutions.insert(
                name.clone(),
                runs().filter(|r| r.objective.is_some()).count(),
            );
            summary.optimal.insert(
                name.clone(),
                runs()
                    .filter(|r| r.status == crate::solve::Status::Optimal)
                    .count(),
            );
            let integrals: Vec<f64> = known
                .iter()
                .filter_map(|&(i, b)| i.run(method).map(|r| primal_integral(r, b, limit)))
                .collect();
            let to_known: Vec<f64> = known
                .iter()
                .filter_map(|&(i, b)| {
                    i.run(method)
                        .map(|r| time_to_best_known_or_limit(r, b, limit))
                })
                .collect();
            if let Some(g) = shifted_geometric_mean(&to_known, SGM_SHIFT_S) {
                summary.time_to_best_known_sgm.insert(name.clone(), g);
            }
            let to_proof: Vec<f64> = runs()
                .map(|r| {
                    if matches!(
                        r.status,
                        crate::solve::Status::Optimal | crate::solve::Status::Infeasible
                    ) {
                        clamp_time(r.time_s, limit)
                    } else {
                        clamp_time(limit, limit)
                    }
                })
                .collect();
            if let Some(g) = shifted_geometric_mean(&to_proof, SGM_SHIFT_S) {
                summary.time_to_proof_sgm.insert(name.clone(), g);
            }
            if !integrals.is_empty() {
                summary.primal_integral.insert(
                    name.clone(),
                    integrals.iter().sum::<f64>() / integrals.len() as f64,
                );
            }
            summary.wins.insert(name, 0);
        }
        for inst in &comparison.instances {
            for m in winners(inst, limit) {
                *summary.wins.entry(m.as_str().to_string()).or_insert(0) += 1;
            }
        }
        summary
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::solve::Status;

    fn run(method: Method, trajectory: &[(f64, f64)], time_s: f64) -> Run {
        let last = trajectory.last().copied();
        Run {
            method,
            status: if last.is_some() {
                Status::Feasible
            } else {
                Status::NoSolutionFound
            },
            objective: last.map(|p| p.1),
            bound: None,
            time_to_best_s: last.map(|p| p.0),
            time_s,
            trajectory: trajectory.to_vec(),
        }
    }

    fn instance(name: &str, sense: Sense, runs: Vec<Run>) -> InstanceResult {
        InstanceResult {
            name: name.into(),
            sense,
            runs,
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn best_known_is_the_best_final_objective_over_all_runs_in_the_sense() {
        let runs = || {
            vec![
                run(Method::Plain, &[(5.0, 12.0)], 5.0),
                run(Method::Learned, &[(1.0, 11.0), (2.0, 10.0)], 3.0),
                run(Method::Highs, &[], 10.0),
            ]
        };
        assert_eq!(
            best_known(&instance("a", Sense::Minimize, runs())),
            Some(10.0)
        );
        assert_eq!(
            best_known(&instance("a", Sense::Maximize, runs())),
            Some(12.0)
        );
        let none = instance("b", Sense::Minimize, vec![run(Method::Plain, &[], 10.0)]);
        assert_eq!(best_known(&none), None);
    }

    #[test]
    fn primal_gap_is_relative_to_the_larger_magnitude_and_one_without_a_solution() {
        assert!(close(primal_gap(Some(12.0), 10.0), 2.0 / 12.0));
        assert!(close(primal_gap(Some(10.0), 10.0), 0.0));
        assert!(close(primal_gap(Some(0.0), 0.0), 0.0));
        assert!(close(primal_gap(None, 10.0), 1.0));
        assert!(close(primal_gap(Some(-3.0), 5.0), 1.0));
    }

    #[test]
    fn runs_that_never_reach_the_best_known_count_as_the_time_limit() {
        let inst = instance(
            "a",
            Sense::Minimize,
            vec![
                run(Method::Plain, &[(10.0, 12.0)], 10.0),
                run(Method::Learned, &[(0.5, 11.0), (2.0, 10.0)], 3.0),
            ],
        );
        let limit = 10.0;
        let plain = inst.run(Method::Plain).unwrap();
        let learned = inst.run(Method::Learned).unwrap();
        assert_eq!(time_to_best_known(plain, 10.0, limit), None);
        assert_eq!(time_to_best_known_or_limit(plain, 10.0, limit), 10.0);
        assert_eq!(time_to_best_known(learned, 10.0, limit), Some(2.0));
        let comparison = Comparison {
            time_limit_s: limit,
            methods: vec![Method::Plain, Method::Learned],
            instances: vec![inst],
        };
        assert_eq!(speedups_over_plain(&comparison, Method::Learned), vec![5.0]);
        let s = comparison.summary();
        assert_eq!(s.median_speedup, Some(5.0));
        assert_eq!(s.median_speedup_by_method.get("learned"), Some(&5.0));
        assert_eq!(s.wins.get("learned"), Some(&1));
        assert_eq!(s.wins.get("plain"), Some(&0));
    }

    #[test]
    fn times_are_capped_at_the_limit_and_floored_at_a_millisecond() {
        let late = run(Method::Plain, &[(10.4, 3.0)], 10.4);
        assert_eq!(time_to_best_known(&late, 3.0, 10.0), Some(10.0));
        let instant = run(Method::Plain, &[(0.0, 3.0)], 0.0);
        assert_eq!(time_to_best_known(&instant, 3.0, 10.0), Some(MIN_TIME_S));
    }

    #[test]
    fn speedup_summary_takes_median_and_geometric_mean_over_instances() {
        // Speed-ups 1, 4 and 16 (learned never reaching it on the first
        // instance: limit over limit).
        let inst = |name: &str, plain_t: f64, learned: &[(f64, f64)]| {
            instance(
                name,
                Sense::Minimize,
                vec![
                    run(Method::Plain, &[(plain_t, 1.0)], plain_t),
                    run(Method::Learned, learned, 8.0),
                ],
            )
        };
        let comparison = Comparison {
            time_limit_s: 8.0,
            methods: vec![Method::Plain, Method::Learned],
            instances: vec![
                inst("a", 8.0, &[(1.0, 2.0)]),
                inst("b", 8.0, &[(2.0, 1.0)]),
                inst("c", 8.0, &[(0.5, 1.0)]),
                instance("infeasible", Sense::Minimize, vec![]),
            ],
        };
        let s = comparison.summary();
        assert_eq!(s.instances, 4);
        assert_eq!(s.instances_with_best_known, 3);
        assert!(close(s.median_speedup.unwrap(), 4.0));
        assert!(close(s.geomean_speedup.unwrap(), 4.0));
        assert_eq!(s.wins.get("plain"), Some(&1));
        assert_eq!(s.wins.get("learned"), Some(&2));
        assert_eq!(s.solutions.get("learned"), Some(&3));
    }

    #[test]
    fn speedups_need_plain_in_the_comparison() {
        let comparison = Comparison {
            time_limit_s: 8.0,
            methods: vec![Method::PlainSym, Method::Learned],
            instances: vec![instance(
                "a",
                Sense::Minimize,
                vec![
                    run(Method::PlainSym, &[(1.0, 1.0)], 1.0),
                    run(Method::Learned, &[(2.0, 1.0)], 2.0),
                ],
            )],
        };
        let s = comparison.summary();
        assert_eq!(s.median_speedup, None);
        assert!(s.median_speedup_by_method.is_empty());
        assert_eq!(s.wins.get("plain-sym"), Some(&1));
    }

    #[test]
    fn primal_integral_sums_the_step_function_of_the_gap() {
        // Gap 1 on [0, 2), 0.5 on [2, 6) (objective 20 vs best 10), 0 on
        // [6, 10]: 2 + 2 + 0 = 4.
        let r = run(Method::Learned, &[(2.0, 20.0), (6.0, 10.0)], 7.0);
        assert!(close(primal_integral(&r, 10.0, 10.0), 4.0));
        assert!(close(gap_at(&r, 10.0, 1.9), 1.0));
        assert!(close(gap_at(&r, 10.0, 2.0), 0.5));
        assert!(close(gap_at(&r, 10.0, 9.0), 0.0));
        // No solution: the whole limit; a point past the limit adds nothing.
        assert!(close(
            primal_integral(&run(Method::Plain, &[], 10.0), 10.0, 10.0),
            10.0
        ));
        let late = run(Method::Plain, &[(12.0, 10.0)], 12.0);
        assert!(close(primal_integral(&late, 10.0, 10.0), 10.0));
    }

    #[test]
    fn performance_profile_counts_instances_within_a_factor_of_the_fastest() {
        // Instance a: plain 4 s, learned 1 s. Instance b: plain 2 s,
        // learned never reaches the best-known (found by plain).
        let comparison = Comparison {
            time_limit_s: 10.0,
            methods: vec![Method::Plain, Method::Learned],
            instances: vec![
                instance(
                    "a",
                    Sense::Minimize,
                    vec![
                        run(Method::Plain, &[(4.0, 5.0)], 4.0),
                        run(Method::Learned, &[(1.0, 5.0)], 1.0),
                    ],
                ),
                instance(
                    "b",
                    Sense::Minimize,
                    vec![
                        run(Method::Plain, &[(2.0, 5.0)], 2.0),
                        run(Method::Learned, &[(1.0, 6.0)], 10.0),
                    ],
                ),
            ],
        };
        let ratios = performance_ratios(&comparison);
        assert_eq!(ratios[0], (Method::Plain, vec![Some(4.0), Some(1.0)]));
        assert_eq!(ratios[1], (Method::Learned, vec![Some(1.0), None]));
        let plain = &ratios[0].1;
        let learned = &ratios[1].1;
        assert!(close(profile_fraction(plain, 1.0), 0.5));
        assert!(close(profile_fraction(plain, 3.9), 0.5));
        assert!(close(profile_fraction(plain, 4.0), 1.0));
        assert!(close(profile_fraction(learned, 1.0), 0.5));
        assert!(close(profile_fraction(learned, 1e6), 0.5));
    }

    #[test]
    fn shifted_geometric_mean_damps_tiny_times() {
        let g = shifted_geometric_mean(&[0.0, 3.0], 1.0).expect("two values");
        assert!((g - 1.0).abs() < 1e-12, "sqrt(1 * 4) - 1 = 1, got {g}");
        assert_eq!(shifted_geometric_mean(&[], 1.0), None);
    }

    #[test]
    fn median_and_geometric_mean_of_small_lists() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert!(close(geometric_mean(&[1.0, 100.0]).unwrap(), 10.0));
        assert_eq!(geometric_mean(&[]), None);
    }
}

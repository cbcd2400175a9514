//! Neural diving (Nair et al. 2020): fix the most confident binary
//! variables to their rounded prediction at several coverage levels and
//! solve the sub-MIPs in parallel.
//!
//! The fixings are made consistent under bound propagation first: a
//! confident variable whose rounded value propagation refutes (given the
//! more confident fixings) stays free, and every integer variable the
//! fixings imply is fixed too.
//!
//! A sub-MIP proven infeasible is not given up: its fixings are loosened
//! and it is solved again, up to [`Dive::max_unfix_rounds`] times. First
//! the fixed variables of every row that the fixings alone make impossible
//! (its activity range, with the free variables at their bounds, misses the
//! row's sides) are released; when no single row is to blame, the less
//! confident half of the fixings is released.

use rayon::prelude::*;

use super::propagate::Propagate;
use super::repair::{RepairContext, RepairStrategy};
use crate::budget::{Budget, Interrupt};
use crate::domains::Domains;
use crate::model::{Problem, VarId};
use crate::solve::{SolveSettings, Status};

/// A batch's time without a repair deadline (the learned path always sets
/// one).
const UNLIMITED_SHARE: std::time::Duration = std::time::Duration::from_secs(3600);

/// Neural diving at several coverage levels.
#[derive(Clone, Debug, PartialEq)]
pub struct Dive {
    /// Shares of the binary variables fixed, one sub-MIP each.
    /// [default: 0.9, 0.7, 0.5, 0.3]
    pub coverages: Vec<f64>,
    /// Loosening rounds per level after an infeasible sub-MIP. [default: 3]
    pub max_unfix_rounds: usize,
    /// Make the fixings consistent under bound propagation (see
    /// `Domains` in `propagate.rs`) before solving. [default: true]
    pub propagate: bool,
}

impl Default for Dive {
    fn default() -> Self {
        Dive {
            coverages: vec![0.9, 0.7, 0.5, 0.3],
            max_unfix_rounds: 3,
            propagate: true,
        }
    }
}

/// Rows that the fixings alone make impossible; their fixed variables.
fn blamed_fixings(problem: &Problem, fixed: &[Option<f64>]) -> Vec<VarId> {
    let mut out = Vec::new();
    for r in problem.rows() {
        let (mut lo, mut hi) = (0.0f64, 0.0f64);
        let mut has_fixed = false;
        for (v, a) in problem.row(r) {
            let (l, u) = match fixed[v.index()] {
                Some(x) => {
                    has_fixed = true;
                    (x, x)
                }
                None => problem.var_hull(v),
            };
            let (a_lo, a_hi) = if a >= 0.0 {
                (a * l, a * u)
            } else {
                (a * u, a * l)
            };
            lo += a_lo;
            hi += a_hi;
        }
        let tol = 1e-9 * (1.0 + lo.abs().max(hi.abs()));
        if has_fixed && (lo > problem.row_upper(r) + tol || hi < problem.row_lower(r) - tol) {
            out.extend(
                problem
                    .row(r)
                    .filter(|(v, _)| fixed[v.index()].is_some())
                    .map(|(v, _)| v),
            );
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

impl Dive {
    fn one_level(&self, ctx: &RepairContext<'_>, coverage: f64, budget: Budget) -> (String, bool) {
        let k = ((ctx.by_confidence.len() as f64) * coverage).ceil() as usize;
        let mut fixed: Vec<Option<f64>> = vec![None; ctx.problem.num_vars()];
        let confident = &ctx.by_confidence[..k.min(ctx.by_confidence.len())];
        let mut domains = Domains::new(ctx.problem, Propagate::default().work_factor);
        domains.set_deadline(budget.deadline());
        if self.propagate && domains.propagate_all().is_ok() {
            // Fixings consistent under propagation: a rounded value that
            // propagation refutes stays free, and what the fixings imply
            // is fixed too (so the sub-MIP starts smaller).
            for &v in confident {
                if !domains.is_fixed(v) {
                    let _ = domains.fix(v, ctx.rounded(v));
                }
            }
            for v in ctx.problem.vars() {
                if ctx.problem.var_kind(v).is_integral() && domains.is_fixed(v) {
                    fixed[v.index()] = Some(domains.lower(v));
                }
            }
        } else {
            for &v in confident {
                fixed[v.index()] = Some(ctx.rounded(v));
            }
        }
        for round in 0..=self.max_unfix_rounds {
            if budget.expired() || Interrupt::raised(ctx.interrupt) {
                return (format!("{:.0}%: out of time", coverage * 100.0), false);
            }
            let settings = SolveSettings {
                time_limit: budget.remaining(),
                fixings: ctx
                    .problem
                    .vars()
                    .filter_map(|v| fixed[v.index()].map(|x| (v, x)))
                    .collect(),
                tolerances: ctx.tolerances,
                ..SolveSettings::default()
            };
            let Some(outcome) = ctx.solve_and_offer(&settings, "dive") else {
                return (format!("{:.0}%: solver error", coverage * 100.0), false);
            };
            if outcome.status != Status::Infeasible {
                let line = format!(
                    "{:.0}%: {} {}",
                    coverage * 100.0,
                    outcome.status.as_str(),
                    outcome.objective.map_or("-".into(), |o| format!("{o}"))
                );
                return (line, outcome.solution.is_some());
            }
            // Loosen: release the blamed rows' fixings, else the less
            // confident half.
            let blamed = blamed_fixings(ctx.problem, &fixed);
            if blamed.is_empty() {
                let still: Vec<VarId> = ctx
                    .by_confidence
                    .iter()
                    .copied()
                    .filter(|v| fixed[v.index()].is_some())
                    .collect();
                for &v in &still[still.len() / 2..] {
                    fixed[v.index()] = None;
                }
            } else {
                for v in blamed {
                    fixed[v.index()] = None;
                }
            }
            if round == self.max_unfix_rounds {
                break;
            }
        }
        (
            format!("{:.0}%: infeasible after loosening", coverage * 100.0),
            false,
        )
    }
}

impl RepairStrategy for Dive {
    fn name(&self) -> &'static str {
        "dive"
    }

    /// Levels run in parallel batches of as many as there are threads,
    /// highest coverage first (the smallest, fastest sub-MIPs); each batch
    /// gets an equal share of the time left. Once a batch's sub-MIPs have
    /// found a solution the dive stops, leaving the rest of the budget to
    /// the completion, which improves it and proves what it can. (A
    /// solution found before the dive, by fix-and-propagate, does not stop
    /// it: the sub-MIPs often find a much better one.)
    fn repair(&self, ctx: &RepairContext<'_>) -> String {
        let mut levels = self.coverages.clone();
        levels.sort_by(|a, b| b.total_cmp(a));
        let width = rayon::current_num_threads().max(1);
        let batches: Vec<&[f64]> = levels.chunks(width).collect();
        let mut log = Vec::new();
        for (i, batch) in batches.iter().enumerate() {
            let share = ctx
                .budget
                .share(1.0 / (batches.len() - i) as f64, UNLIMITED_SHARE);
            let results: Vec<(String, bool)> = batch
                .par_iter()
                .map(|&c| self.one_level(ctx, c, share))
                .collect();
            let found = results.iter().any(|r| r.1);
            log.extend(results.into_iter().map(|r| r.0));
            if found || ctx.stopped() {
                break;
            }
        }
        log.join("; ")
    }
}

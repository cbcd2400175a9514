//! The root node's extra work: rounds of cutting planes, the diving
//! heuristic, and the reduced costs kept for fixing in every later node.

use std::time::Instant;

use super::search::{Search, counted_solve, set_bounds};
use crate::budget::Budget;
use crate::domains::Domains;
use crate::lp::LpStatus;
use crate::model::VarId;
use crate::tolerances::INTEGRALITY;

impl Search<'_> {
    /// Cut rounds, a dive for a first incumbent, and the root reduced
    /// costs; returns the root LP value after the cuts.
    pub(crate) fn root_cuts_and_heuristics(&mut self, z: f64) -> Result<f64, LpStatus> {
        if self.incumbent.is_none() {
            let x = self.lp.x().to_vec();
            self.dive_heuristic(&x);
            if self.round_bound(z) > self.threshold {
                return Err(LpStatus::Cutoff);
            }
        }
        let z = if self.settings.cuts {
            self.cut_rounds(z)?
        } else {
            z
        };
        self.stats.root_cut_lp = Some(z);
        self.record_root_reduced_costs(z);
        Ok(z)
    }

    /// The LP is solved again after cuts were added.
    pub(crate) fn resolve(&mut self) -> Result<f64, LpStatus> {
        match self.solve_lp() {
            LpStatus::Optimal => Ok(self.lp.bound()),
            other => Err(other),
        }
    }

    /// Keeps `(column, reduced cost)` of the integer columns nonbasic at a
    /// global bound in the root LP optimum.
    fn record_root_reduced_costs(&mut self, z: f64) {
        let d = self.lp.reduced_costs();
        let x = self.lp.x();
        let mut kept = Vec::new();
        for v in self.p.vars() {
            let j = v.index();
            if !self.p.var_kind(v).is_integral() || self.lp.is_basic(j) {
                continue;
            }
            let at_lower = (x[j] - self.global_lower[j]).abs() < INTEGRALITY;
            let at_upper = (x[j] - self.global_upper[j]).abs() < INTEGRALITY;
            if (d[j] > 1e-7 && at_lower) || (d[j] < -1e-7 && at_upper) {
                kept.push((v.0, d[j]));
            }
        }
        self.root_reduced = Some((z, kept));
    }

    /// Fractional diving from the current node's LP point: each round fixes
    /// the integer columns closest to integrality (a tenth of the
    /// fractional ones, at least one; the other side when propagation
    /// refuses), propagates, and re-solves a copy of the LP warm-started
    /// and cut off at the incumbent, until the LP point is integral (it is
    /// offered) or the dive fails. At most `MAX_DIVE_ROUNDS` rounds and
    /// `DIVE_ITERATIONS` pivots per round.
    pub(crate) fn lp_dive(&mut self) {
        const MAX_DIVE_ROUNDS: usize = 60;
        const DIVE_ITERATIONS: u64 = 2_000;
        let t = Instant::now();
        let mut domains = self.domains.clone();
        let mut lp = self.lp.clone();
        let mut x = lp.x().to_vec();
        for _ in 0..MAX_DIVE_ROUNDS {
            let mut candidates = self.fractional(&x);
            if candidates.is_empty() {
                self.offer(x);
                break;
            }
            let frac = |xv: f64| (xv - xv.round()).abs();
            candidates.sort_by(|a, b| frac(a.1).total_cmp(&frac(b.1)).then(a.0.cmp(&b.0)));
            let take = (candidates.len() / 10).max(1);
            let mark = domains.mark();
            let mut failed = false;
            for &(j, xv) in candidates.iter().take(take) {
                let v = VarId(j);
                if !domains.is_fixed(v) && !fix_near(&mut domains, v, xv, &self.budget) {
                    failed = true;
                    break;
                }
            }
            if failed {
                break;
            }
            let changed: Vec<VarId> = domains.changed_since(mark).collect();
            for v in changed {
                set_bounds(
                    &mut lp,
                    v.index(),
                    domains.lower(v),
                    domains.upper(v),
                    &mut self.stats,
                );
            }
            let limits = self.lp_limits(Some(DIVE_ITERATIONS), self.cutoff());
            let status = counted_solve(&mut lp, &limits, &mut self.stats);
            if status != LpStatus::Optimal {
                break;
            }
            x = lp.x().to_vec();
        }
        self.stats.dives += 1;
        self.stats.time_heuristics_s += t.elapsed().as_secs_f64();
    }

    /// Fix-and-propagate guided by the LP point: integers fixed to their
    /// rounded LP value (most nearly integral first; the other side when
    /// propagation refuses), then the LP over what is left; its point is
    /// offered.
    pub(crate) fn dive_heuristic(&mut self, x: &[f64]) {
        let t = Instant::now();
        let mut domains = self.domains.clone();
        let mut order: Vec<VarId> = self
            .p
            .vars()
            .filter(|&v| self.p.var_kind(v).is_integral())
            .collect();
        let frac = |v: VarId| (x[v.index()] - x[v.index()].round()).abs();
        order.sort_by(|&a, &b| frac(a).total_cmp(&frac(b)).then(a.cmp(&b)));
        let mut complete = true;
        for v in order {
            if !domains.is_fixed(v) && !fix_near(&mut domains, v, x[v.index()], &self.budget) {
                complete = false;
                break;
            }
        }
        if complete {
            let mut lp = self.lp.clone();
            for v in self.p.vars() {
                set_bounds(
                    &mut lp,
                    v.index(),
                    domains.lower(v),
                    domains.upper(v),
                    &mut self.stats,
                );
            }
            let limits = self.lp_limits(None, None);
            let status = counted_solve(&mut lp, &limits, &mut self.stats);
            if status == LpStatus::Optimal {
                let point = lp.x().to_vec();
                self.offer(point);
            }
        }
        self.stats.time_heuristics_s += t.elapsed().as_secs_f64();
    }
}

/// Fixes integer column `v` to its LP value `xv` rounded (within its
/// domain), or to the value one step to the other side when propagation
/// refuses; false when both fail (the domains are then unchanged) or when
/// the budget has run out (a dive stops there).
fn fix_near(domains: &mut Domains<'_>, v: VarId, xv: f64, budget: &Budget) -> bool {
    if budget.expired() {
        return false;
    }
    let (lo, hi) = (domains.lower(v), domains.upper(v));
    let near = xv.round().clamp(lo, hi);
    let other = if xv >= near { near + 1.0 } else { near - 1.0 };
    domains.fix(v, near).is_ok()
        || (other >= lo && other <= hi && !budget.expired() && domains.fix(v, other).is_ok())
}

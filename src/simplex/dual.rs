//! The dual simplex: phase 2 on working bounds, the dual phase 1 that
//! reuses it on auxiliary bounds, and the zero-cost solve that tells an
//! infeasible LP from an unbounded one.
//!
//! One iteration ([`Lp::dual_iteration`]):
//!
//! 1. **Pricing** (dual steepest edge): the leaving position `r` maximizes
//!    `infeasibility² / ‖ρ_r‖²`, with the weights the factor keeps (exact
//!    after a rebuild, updated by Forrest–Goldfarb with `τ = B⁻¹ρ_r`).
//! 2. **Pivot row** `α_r = ρ_rᵀ [A | −I]`, accumulated over the rows where
//!    `ρ_r` is nonzero, with the list of its nonzeros ([`PivotRow`]): the
//!    ratio test and the dual step visit only those.
//! 3. **Ratio test**: the candidates (nonbasic, not fixed, pivot above
//!    1e-9, on the side that blocks the dual step) taken by increasing
//!    ratio (ordered a chunk at a time, as far as the pass goes); boxed
//!    candidates whose flip to the other bound keeps the leaving variable
//!    infeasible are flipped (bound-flipping ratio test); among the rest,
//!    Harris' two passes pick the largest pivot within the tolerance-relaxed
//!    minimum ratio.
//! 4. **Update**: flips, the primal step that puts the leaving variable on
//!    its violated bound, the dual step, the inverse.
//!
//! No candidate means a dual ray: the row `x_p = −Σ α_rk x_k` is checked
//! against the nonbasic bounds (a Farkas proof) before `Infeasible` is
//! reported; a failed check rebuilds the inverse and retries.
//!
//! Values are recomputed from the inverse after every rebuild and before
//! optimality is declared, so a reported optimum never rests on updated
//! values alone. Boxed nonbasic variables whose reduced cost has the wrong
//! sign after a recomputation are flipped; any other dual infeasibility
//! sends the solve back to phase 1.

use std::time::Instant;

use super::factor::Factor;
use super::matrix::Matrix;
use super::{Lp, LpLimits, LpStatus, VarStatus};

/// Primal feasibility tolerance (absolute part).
pub(crate) const PRIMAL_TOL: f64 = 1e-7;
/// Primal feasibility tolerance (part relative to the bound).
const PRIMAL_REL_TOL: f64 = 1e-9;
/// Dual feasibility tolerance.
pub(crate) const DUAL_TOL: f64 = 1e-7;
/// Largest dual infeasibility (relative to `1 + |c_k|`) absorbed by a cost
/// shift instead of a return to phase 1.
const MAX_SHIFT: f64 = 1e-5;
/// Smallest pivot the ratio test accepts.
const PIVOT_TOL: f64 = 1e-9;
/// Rebuilds of the inverse tried on numerical failures before giving up.
const MAX_RETRIES: usize = 3;

/// The tolerance for a bound value.
fn primal_tol(bound: f64) -> f64 {
    PRIMAL_TOL + PRIMAL_REL_TOL * bound.abs()
}

/// Bounds and costs of the extended variables that one run of the dual
/// simplex works on (the real ones, phase 1's auxiliary ones, or zero
/// costs).
#[derive(Clone, Debug)]
pub(crate) struct Work {
    lo: Vec<f64>,
    up: Vec<f64>,
    cost: Vec<f64>,
}

/// How one run of the dual simplex ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    Optimal,
    Infeasible,
    Cutoff,
    IterationLimit,
    TimeLimit,
    /// A nonbasic variable with an infinite bound on the side its reduced
    /// cost wants: phase 1 needed.
    DualInfeasible,
    /// The objective did not move for [`STALL_CHECKS`] looks
    /// [`STALL_INTERVAL`] pivots apart (dual degeneracy).
    Stalled,
    Trouble,
}

/// Pivots between two looks at the objective for stalling.
const STALL_INTERVAL: u64 = 50;
/// Looks without progress that make a stall.
const STALL_CHECKS: u32 = 3;
/// Cost perturbation against stalling: `ε_k = PERTURBATION·(1 + |c_k|)`
/// times a pseudo-random factor in `[0.5, 1)`.
const PERTURBATION: f64 = 1e-6;

/// How one iteration ended.
enum Step {
    Pivoted,
    /// A dual ray with a checked Farkas row: infeasible.
    Infeasible,
    /// Something did not add up; rebuild and retry.
    Unstable,
}

/// A ratio test candidate.
#[derive(Clone, Copy)]
struct Candidate {
    k: usize,
    /// `s · α_rk`: the reduced cost moves as `d_k + t · a`.
    a: f64,
    /// The exact ratio (clamped at zero).
    ratio: f64,
    /// The ratio with the dual tolerance allowed.
    relaxed: f64,
}

impl Lp {
    /// Solves from the current basis; see [`LpStatus`] for the outcomes.
    pub fn solve(&mut self, limits: &LpLimits) -> LpStatus {
        self.iterations = 0;
        self.farkas = None;
        let status = self.solve_inner(limits);
        if status != LpStatus::Infeasible {
            // A ray found on phase 1's auxiliary bounds proves nothing.
            self.farkas = None;
        }
        self.total_iterations += self.iterations;
        status
    }

    fn solve_inner(&mut self, limits: &LpLimits) -> LpStatus {
        self.shifted = false;
        if (0..self.n + self.m).any(|k| self.lower[k] > self.upper[k]) {
            return LpStatus::Infeasible;
        }
        let mut cost = self.cost.clone();
        cost.resize(self.n + self.m, 0.0);
        let real = Work {
            lo: self.lower.clone(),
            up: self.upper.clone(),
            cost,
        };
        // Phase 2 runs on a copy whose costs absorb small dual
        // infeasibilities (cost shifting); the duals are recomputed with the
        // real costs at the end, and `Lp::bound` stays valid.
        let mut shifted = real.clone();
        let status = self.phase_two(&real, &mut shifted, limits);
        let cut_off = status == LpStatus::Cutoff;
        if (self.shifted || cut_off) && self.factor.is_some() {
            self.compute_duals(&real.cost);
        }
        status
    }

    /// Phase 2 on `work` (the real bounds, possibly shifted costs), with
    /// phase 1 whenever a dual infeasibility too large to shift appears.
    fn phase_two(&mut self, real: &Work, work: &mut Work, limits: &LpLimits) -> LpStatus {
        let mut perturbed = self.degenerate;
        if perturbed {
            self.perturb(work);
        }
        let mut tries = 0;
        while tries <= MAX_RETRIES {
            match self.dual_simplex(work, limits, true, !perturbed) {
                End::Stalled => {
                    // Dual degeneracy: perturb the working costs so that
                    // pivots move the objective again (the bound stays the
                    // real costs' Lagrangian bound, see `Lp::bound`).
                    perturbed = true;
                    self.degenerate = true;
                    self.perturb(work);
                    continue;
                }
                End::Optimal => return LpStatus::Optimal,
                End::Infeasible => return LpStatus::Infeasible,
                End::Cutoff => return LpStatus::Cutoff,
                End::IterationLimit => return LpStatus::IterationLimit,
                End::TimeLimit => return LpStatus::TimeLimit,
                End::Trouble => return LpStatus::NumericalTrouble,
                End::DualInfeasible => {
                    if let Err(status) = self.phase_one(real, limits) {
                        return status;
                    }
                }
            }
            tries += 1;
        }
        LpStatus::NumericalTrouble
    }

    /// Dual phase 1 (the auxiliary problem with bounds in `[−1, 1]`), then
    /// the nonbasic variables placed for the real bounds by the sign of
    /// their reduced costs.
    ///
    /// # Errors
    /// The status to report: a limit, `Infeasible` or `Unbounded` when no
    /// dual feasible basis exists, or `NumericalTrouble`.
    fn phase_one(&mut self, real: &Work, limits: &LpLimits) -> Result<(), LpStatus> {
        let aux_bound = |lo: f64, up: f64| match (lo.is_finite(), up.is_finite()) {
            (true, true) => (0.0, 0.0),
            (true, false) => (0.0, 1.0),
            (false, true) => (-1.0, 0.0),
            (false, false) => (-1.0, 1.0),
        };
        let (lo, up): (Vec<f64>, Vec<f64>) = real
            .lo
            .iter()
            .zip(&real.up)
            .map(|(&l, &u)| aux_bound(l, u))
            .unzip();
        let mut aux = Work {
            lo,
            up,
            cost: real.cost.clone(),
        };
        match self.dual_simplex(&mut aux, limits, false, false) {
            End::Optimal => {}
            End::IterationLimit => return Err(LpStatus::IterationLimit),
            End::TimeLimit => return Err(LpStatus::TimeLimit),
            _ => return Err(LpStatus::NumericalTrouble),
        }
        let mut dual_infeasible = false;
        for k in 0..self.n + self.m {
            if self.status[k] == VarStatus::Basic {
                continue;
            }
            let (l, u, d) = (real.lo[k], real.up[k], self.reduced[k]);
            self.status[k] = match (l.is_finite(), u.is_finite()) {
                (true, true) if l == u || d >= 0.0 => VarStatus::AtLower,
                (true, true) => VarStatus::AtUpper,
                (true, false) => VarStatus::AtLower,
                (false, true) => VarStatus::AtUpper,
                (false, false) => VarStatus::Free,
            };
            let wrong = match self.status[k] {
                VarStatus::AtLower => !u.is_finite() && d < -DUAL_TOL,
                VarStatus::AtUpper => !l.is_finite() && d > DUAL_TOL,
                VarStatus::Free => d.abs() > DUAL_TOL,
                VarStatus::Basic => false,
            };
            dual_infeasible |= wrong;
        }
        if dual_infeasible {
            return Err(self.infeasible_or_unbounded(real, limits));
        }
        Ok(())
    }

    /// The LP has no dual feasible basis: it is infeasible or unbounded.
    /// A solve with zero costs (every basis dual feasible) finds out.
    fn infeasible_or_unbounded(&mut self, real: &Work, limits: &LpLimits) -> LpStatus {
        let mut zero = Work {
            lo: real.lo.clone(),
            up: real.up.clone(),
            cost: vec![0.0; real.cost.len()],
        };
        let status = match self.dual_simplex(&mut zero, limits, false, false) {
            End::Optimal => LpStatus::Unbounded,
            End::Infeasible => LpStatus::Infeasible,
            End::IterationLimit => LpStatus::IterationLimit,
            End::TimeLimit => LpStatus::TimeLimit,
            _ => LpStatus::NumericalTrouble,
        };
        if self.factor.is_some() {
            self.compute_duals(&real.cost);
        }
        status
    }

    /// One run of the dual simplex on `w` from the current basis. In phase 2
    /// on the real problem (`phase_two`) the objective cutoff applies and
    /// small dual infeasibilities found when the values are recomputed
    /// (the drift of Harris' ratio test over many pivots) are absorbed by
    /// shifting the working cost instead of returning to phase 1, which on
    /// degenerate LPs (coloring after clique cuts) would repeat without end.
    fn dual_simplex(
        &mut self,
        w: &mut Work,
        limits: &LpLimits,
        phase_two: bool,
        detect_stall: bool,
    ) -> End {
        let safety_cap = self.iterations + 10_000 + 50 * (self.n + self.m) as u64;
        let mut recompute = true;
        let mut fresh = false;
        let mut retries = 0;
        // (iterations, objective of `w`, looks without progress)
        let mut last_look = (self.iterations, f64::NEG_INFINITY, 0u32);
        loop {
            let matrix = &self.matrix;
            if self.factor.as_mut().is_none_or(|f| f.needs_rebuild(matrix)) {
                if self.refactor().is_err() {
                    return End::Trouble;
                }
                recompute = true;
            }
            if recompute {
                if let Err(end) = self.recompute_values(w, phase_two) {
                    return end;
                }
                recompute = false;
                fresh = true;
            }
            if let Some(end) = self.limit_reached(limits, phase_two, safety_cap) {
                return end;
            }
            let Some(r) = self.choose_leaving(w) else {
                if fresh {
                    return End::Optimal;
                }
                recompute = true;
                continue;
            };
            match self.dual_iteration(r, w) {
                Step::Pivoted => {
                    self.iterations += 1;
                    fresh = false;
                    if detect_stall && self.iterations >= last_look.0 + STALL_INTERVAL {
                        let z: f64 = w.cost.iter().zip(&self.value).map(|(c, x)| c * x).sum();
                        let moved = z > last_look.1 + 1e-9 * z.abs().max(1.0);
                        let stalls = if moved { 0 } else { last_look.2 + 1 };
                        if stalls >= STALL_CHECKS {
                            return End::Stalled;
                        }
                        last_look = (self.iterations, z, stalls);
                    }
                }
                Step::Infeasible => return End::Infeasible,
                Step::Unstable => {
                    retries += 1;
                    if retries > MAX_RETRIES {
                        return End::Trouble;
                    }
                    self.factor = None;
                }
            }
        }
    }

    /// Recomputes the primal values and the duals from the factor; small
    /// dual infeasibilities are flipped away or, in phase 2, absorbed by a
    /// cost shift. `Err(DualInfeasible)` when neither works.
    fn recompute_values(&mut self, w: &mut Work, phase_two: bool) -> Result<(), End> {
        self.place_nonbasic(w);
        self.compute_primal();
        self.compute_duals(&w.cost);
        let (flips, bad) = self.fix_dual(w);
        if bad > 0 && !(phase_two && self.shift_costs(w)) {
            return Err(End::DualInfeasible);
        }
        if flips > 0 {
            self.place_nonbasic(w);
            self.compute_primal();
        }
        Ok(())
    }

    /// The limit that ends the run before the next pivot, if any: the
    /// iteration and time limits, the safety cap against cycling, and in
    /// phase 2 the objective cutoff (not with shifted costs, where `c·x`
    /// is no bound).
    fn limit_reached(&self, limits: &LpLimits, phase_two: bool, safety_cap: u64) -> Option<End> {
        if limits
            .max_iterations
            .is_some_and(|max| self.iterations >= max)
        {
            return Some(End::IterationLimit);
        }
        if limits.deadline.is_some_and(|d| Instant::now() >= d) {
            return Some(End::TimeLimit);
        }
        if self.iterations >= safety_cap {
            return Some(End::Trouble);
        }
        if phase_two
            && !self.shifted
            && let Some(cutoff) = limits.objective_cutoff
            && self.objective() > cutoff + 1e-9 * cutoff.abs().max(1.0)
        {
            return Some(End::Cutoff);
        }
        None
    }

    /// Rebuilds the inverse of the basis in `head`, replacing dependent
    /// columns by slacks.
    pub(crate) fn refactor(&mut self) -> Result<(), ()> {
        for _ in 0..=MAX_RETRIES {
            match Factor::build(&self.head, self.n, &self.matrix) {
                Ok(f) => {
                    self.factor = Some(f);
                    return Ok(());
                }
                Err(replacements) => {
                    for (p, row) in replacements {
                        let leaving = self.head[p];
                        self.status[leaving] = self.nearest_bound_status(leaving);
                        self.head[p] = self.n + row;
                        self.status[self.n + row] = VarStatus::Basic;
                    }
                }
            }
        }
        self.factor = None;
        Err(())
    }

    /// Puts every nonbasic variable on the bound its status names (fixing
    /// statuses that name an infinite bound), at zero when free.
    fn place_nonbasic(&mut self, w: &Work) {
        for k in 0..self.n + self.m {
            let (lo, up) = (w.lo[k], w.up[k]);
            let status = match self.status[k] {
                VarStatus::Basic => continue,
                VarStatus::AtLower if lo.is_finite() => VarStatus::AtLower,
                VarStatus::AtUpper if up.is_finite() => VarStatus::AtUpper,
                _ if lo.is_finite() => VarStatus::AtLower,
                _ if up.is_finite() => VarStatus::AtUpper,
                _ => VarStatus::Free,
            };
            self.status[k] = status;
            self.value[k] = match status {
                VarStatus::AtLower => lo,
                VarStatus::AtUpper => up,
                _ => 0.0,
            };
        }
    }

    /// Places the nonbasic variables on the real bounds (used before any
    /// inverse exists).
    pub(crate) fn place_values(&mut self) {
        let w = Work {
            lo: self.lower.clone(),
            up: self.upper.clone(),
            cost: Vec::new(),
        };
        self.place_nonbasic(&w);
    }

    /// `x_B = B⁻¹ (−N x_N)` from the nonbasic values.
    fn compute_primal(&mut self) {
        let Some(f) = &self.factor else { return };
        let n = self.n;
        let mut rhs = vec![0.0; self.m];
        for k in 0..n + self.m {
            if self.status[k] == VarStatus::Basic || self.value[k] == 0.0 {
                continue;
            }
            let x = self.value[k];
            if k < n {
                for &(i, a) in self.matrix.col(k) {
                    rhs[i] -= a * x;
                }
            } else {
                rhs[k - n] += x;
            }
        }
        let mut xb = vec![0.0; self.m];
        f.solve(&rhs, &self.matrix, &mut xb);
        for (p, &v) in self.head.iter().enumerate() {
            self.value[v] = xb[p];
        }
    }

    /// `y = B⁻ᵀ c_B` and `d = c − [A | −I]ᵀ y`.
    pub(crate) fn compute_duals(&mut self, cost: &[f64]) {
        let Some(f) = &self.factor else { return };
        let n = self.n;
        let cb: Vec<f64> = self.head.iter().map(|&v| cost[v]).collect();
        let mut y = vec![0.0; self.m];
        f.solve_transposed(&cb, &self.matrix, &mut y);
        for k in 0..n + self.m {
            self.reduced[k] = if self.status[k] == VarStatus::Basic {
                0.0
            } else if k < n {
                cost[k] - self.matrix.col_dot(k, &y)
            } else {
                cost[k] + y[k - n]
            };
        }
        self.dual = y;
    }

    /// Perturbs the working costs of the nonbasic variables away from a zero
    /// reduced cost, on the side that keeps them dual feasible
    /// (deterministic pseudo-random sizes, so that equal columns differ).
    fn perturb(&mut self, w: &mut Work) {
        let mut h: u64 = 0x9E37_79B9_7F4A_7C15;
        for k in 0..self.n + self.m {
            h ^= (k as u64).wrapping_add(0x632B_E59B_D9B4_E019);
            h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
            h ^= h >> 31;
            let factor = 0.5 + 0.5 * ((h >> 11) as f64 / (1u64 << 53) as f64);
            let eps = PERTURBATION * (1.0 + w.cost[k].abs()) * factor;
            if w.lo[k] == w.up[k] {
                continue;
            }
            match self.status[k] {
                VarStatus::AtLower => {
                    w.cost[k] += eps;
                    self.reduced[k] += eps;
                }
                VarStatus::AtUpper => {
                    w.cost[k] -= eps;
                    self.reduced[k] -= eps;
                }
                _ => {}
            }
        }
        self.shifted = true;
    }

    /// Moves the working cost of every nonbasic variable whose reduced cost
    /// has the wrong sign (and no finite bound to flip to) so that it becomes
    /// zero, when all of them are below `MAX_SHIFT·(1 + |c|)`; false (and
    /// nothing changed) otherwise.
    fn shift_costs(&mut self, w: &mut Work) -> bool {
        let wrong = |lp: &Self, k: usize| -> Option<f64> {
            let d = lp.reduced[k];
            let (lo, up) = (w.lo[k], w.up[k]);
            let bad = match lp.status[k] {
                VarStatus::AtLower => d < -DUAL_TOL && !up.is_finite(),
                VarStatus::AtUpper => d > DUAL_TOL && !lo.is_finite(),
                VarStatus::Free => d.abs() > DUAL_TOL,
                VarStatus::Basic => false,
            };
            (bad && lo != up).then_some(d)
        };
        let all: Vec<(usize, f64)> = (0..self.n + self.m)
            .filter_map(|k| wrong(self, k).map(|d| (k, d)))
            .collect();
        if all
            .iter()
            .any(|&(k, d)| d.abs() > MAX_SHIFT * (1.0 + w.cost[k].abs()))
        {
            return false;
        }
        for (k, d) in all {
            w.cost[k] -= d;
            self.reduced[k] = 0.0;
        }
        self.shifted = true;
        true
    }

    /// Flips boxed nonbasic variables whose reduced cost has the wrong
    /// sign; returns the flips and the number of dual infeasibilities no
    /// flip can repair.
    fn fix_dual(&mut self, w: &Work) -> (usize, usize) {
        let (mut flips, mut bad) = (0, 0);
        for k in 0..self.n + self.m {
            let (lo, up, d) = (w.lo[k], w.up[k], self.reduced[k]);
            if lo == up {
                continue;
            }
            match self.status[k] {
                VarStatus::AtLower if d < -DUAL_TOL => {
                    if up.is_finite() {
                        self.status[k] = VarStatus::AtUpper;
                        flips += 1;
                    } else {
                        bad += 1;
                    }
                }
                VarStatus::AtUpper if d > DUAL_TOL => {
                    if lo.is_finite() {
                        self.status[k] = VarStatus::AtLower;
                        flips += 1;
                    } else {
                        bad += 1;
                    }
                }
                VarStatus::Free if d.abs() > DUAL_TOL => bad += 1,
                _ => {}
            }
        }
        (flips, bad)
    }

    /// The leaving position by dual steepest edge, `None` when the basis is
    /// primal feasible.
    fn choose_leaving(&self, w: &Work) -> Option<usize> {
        let f = self.factor.as_ref()?;
        let mut best: Option<(usize, f64)> = None;
        for (p, &v) in self.head.iter().enumerate() {
            let x = self.value[v];
            let infeasibility = if x < w.lo[v] - primal_tol(w.lo[v]) {
                w.lo[v] - x
            } else if x > w.up[v] + primal_tol(w.up[v]) {
                x - w.up[v]
            } else {
                continue;
            };
            let score = infeasibility * infeasibility / f.weight(p).max(1e-12);
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((p, score));
            }
        }
        best.map(|(p, _)| p)
    }

    /// `ρᵀ [A | −I]` for all extended variables (basic ones included).
    pub(crate) fn pivot_row(&self, rho: &[f64]) -> Vec<f64> {
        let n = self.n;
        let mut alpha = vec![0.0; n + self.m];
        for (i, &r) in rho.iter().enumerate() {
            if r != 0.0 {
                for &(j, a) in self.matrix.row(i) {
                    alpha[j] += r * a;
                }
                alpha[n + i] = -r;
            }
        }
        alpha
    }

    /// One dual simplex iteration with leaving position `r`.
    ///
    /// A pivot kernel, kept whole on purpose (about 140 lines): the BTRAN
    /// of the leaving row, the pivot row, the bound-flipping ratio test,
    /// the FTRAN of the entering column, the steepest-edge weight update
    /// and the basis update share their work vectors and must happen in
    /// this order within one iteration; split into functions they would
    /// pass half a dozen borrowed buffers each and hide that order.
    fn dual_iteration(&mut self, r: usize, w: &Work) -> Step {
        let mut row = std::mem::take(&mut self.row_work);
        let step = self.pivot_on(r, w, &mut row);
        row.clear();
        self.row_work = row;
        step
    }

    /// [`Lp::dual_iteration`] with the work vectors of the pivot row.
    fn pivot_on(&mut self, r: usize, w: &Work, row: &mut PivotRow) -> Step {
        let n = self.n;
        let Some(factor) = &self.factor else {
            return Step::Unstable;
        };
        let p = self.head[r];
        let x_p = self.value[p];
        // s = +1: p leaves to its lower bound; −1: to its upper bound.
        let (s, target) = if x_p < w.lo[p] {
            (1.0, w.lo[p])
        } else {
            (-1.0, w.up[p])
        };
        let mut rho = vec![0.0; self.m];
        factor.row(r, &self.matrix, &mut rho);
        row.compute(&rho, &self.matrix, n);
        let alpha_row = &row.alpha;
        let mut candidates = Vec::new();
        for &k in &row.nz {
            let alpha_k = alpha_row[k];
            let status = self.status[k];
            if status == VarStatus::Basic || w.lo[k] == w.up[k] {
                continue;
            }
            let a = s * alpha_k;
            let d = self.reduced[k];
            let down = a < -PIVOT_TOL && matches!(status, VarStatus::AtLower | VarStatus::Free);
            let up = a > PIVOT_TOL && matches!(status, VarStatus::AtUpper | VarStatus::Free);
            if down {
                candidates.push(Candidate {
                    k,
                    a,
                    ratio: d.max(0.0) / -a,
                    relaxed: ((d + DUAL_TOL) / -a).max(0.0),
                });
            } else if up {
                candidates.push(Candidate {
                    k,
                    a,
                    ratio: (-d).max(0.0) / a,
                    relaxed: ((DUAL_TOL - d) / a).max(0.0),
                });
            }
        }
        if candidates.is_empty() {
            return if self.farkas_holds(p, s, row, w) {
                self.farkas = Some(rho);
                Step::Infeasible
            } else {
                Step::Unstable
            };
        }
        // Bound flipping: pass boxed candidates (by increasing ratio) while
        // the leaving variable stays infeasible after their flips.
        let start = bound_flips(&mut candidates, (x_p - target).abs(), w);
        // Harris' two passes over the remaining candidates.
        let rest = &candidates[start..];
        let bound = rest.iter().map(|c| c.relaxed).fold(f64::INFINITY, f64::min);
        let Some(entering) = rest
            .iter()
            .filter(|c| c.ratio <= bound)
            .max_by(|x, y| x.a.abs().total_cmp(&y.a.abs()))
            .copied()
        else {
            return Step::Unstable;
        };
        let t = entering.ratio;
        let q = entering.k;
        // Flips first: they move the basic values.
        let flipped: Vec<usize> = candidates[..start].iter().map(|c| c.k).collect();
        if !flipped.is_empty() {
            let mut delta_rhs = vec![0.0; self.m];
            for &k in &flipped {
                let (from, to, status) = match self.status[k] {
                    VarStatus::AtLower => (w.lo[k], w.up[k], VarStatus::AtUpper),
                    _ => (w.up[k], w.lo[k], VarStatus::AtLower),
                };
                self.status[k] = status;
                self.value[k] = to;
                let dx = to - from;
                if k < n {
                    for &(i, a) in self.matrix.col(k) {
                        delta_rhs[i] -= a * dx;
                    }
                } else {
                    delta_rhs[k - n] += dx;
                }
            }
            let mut dxb = vec![0.0; self.m];
            factor.solve(&delta_rhs, &self.matrix, &mut dxb);
            for (pos, &v) in self.head.iter().enumerate() {
                self.value[v] += dxb[pos];
            }
        }
        // The entering column and the primal step.
        let mut alpha_q = vec![0.0; self.m];
        if q < n {
            factor.ftran_sparse(self.matrix.col(q), &self.matrix, &mut alpha_q);
        } else {
            factor.ftran_slack(q - n, &self.matrix, &mut alpha_q);
        }
        let pivot = alpha_q[r];
        if pivot.abs() < PIVOT_TOL || (pivot - alpha_row[q]).abs() > 1e-6 * (1.0 + pivot.abs()) {
            return Step::Unstable;
        }
        let theta = (self.value[p] - target) / pivot;
        for (pos, &v) in self.head.iter().enumerate() {
            self.value[v] -= theta * alpha_q[pos];
        }
        self.value[q] += theta;
        self.value[p] = target;
        // The dual step.
        for &k in &row.nz {
            if self.status[k] != VarStatus::Basic {
                self.reduced[k] += t * s * alpha_row[k];
            }
        }
        self.reduced[q] = 0.0;
        self.reduced[p] = t * s;
        self.status[p] = if s > 0.0 {
            VarStatus::AtLower
        } else {
            VarStatus::AtUpper
        };
        self.status[q] = VarStatus::Basic;
        self.head[r] = q;
        if let Some(f) = &mut self.factor {
            f.update(r, q, &alpha_q, &rho, &self.matrix);
        }
        Step::Pivoted
    }

    /// Checks the dual ray of row `r` (basic `p`, leaving in direction `s`):
    /// `x_p = −Σ_k α_rk x_k` over the nonbasic `k` cannot reach `p`'s
    /// violated bound within the nonbasic bounds. An entry below 1e-11
    /// (relative to the row's largest) towards an infinite bound counts as
    /// the rounding error of a zero; every other entry counts exactly.
    fn farkas_holds(&self, p: usize, s: f64, row: &PivotRow, w: &Work) -> bool {
        // s = +1: x_p is below its lower bound; the largest value of the
        // right-hand side must stay below it. s = −1: mirror image.
        let alpha_row = &row.alpha;
        let scale = row
            .nz
            .iter()
            .filter(|&&k| self.status[k] != VarStatus::Basic)
            .fold(1.0f64, |a, &k| a.max(alpha_row[k].abs()));
        let mut extreme = 0.0;
        for &k in &row.nz {
            let alpha_k = alpha_row[k];
            if self.status[k] == VarStatus::Basic || alpha_k == 0.0 {
                continue;
            }
            // Maximize s · (−α_k x_k) over x_k in [lo, up].
            let coef = -s * alpha_k;
            let bound = if coef > 0.0 { w.up[k] } else { w.lo[k] };
            if !bound.is_finite() {
                if coef.abs() <= 1e-11 * scale {
                    continue;
                }
                return false;
            }
            extreme += coef * bound;
        }
        if s > 0.0 {
            extreme < w.lo[p] - primal_tol(w.lo[p])
        } else {
            -extreme > w.up[p] + primal_tol(w.up[p])
        }
    }
}

/// Candidates ordered by ratio a chunk at a time in [`bound_flips`].
const FLIP_CHUNK: usize = 32;

/// The bound-flipping pass of the ratio test: orders `candidates` by ratio
/// from the front and returns how many of them flip (boxed candidates
/// passed while `slope`, the leaving variable's remaining infeasibility,
/// stays positive; never all of them).
///
/// Only the prefix the pass looks at is ordered, a chunk at a time
/// (selection, then a sort of the chunk): on LPs with tens of thousands of
/// columns (bin packing) there are thousands of candidates, a full sort
/// per iteration took a fifth of the time, and the pass usually stops
/// within the first few.
fn bound_flips(candidates: &mut [Candidate], mut slope: f64, w: &Work) -> usize {
    let by_ratio = |x: &Candidate, y: &Candidate| x.ratio.total_cmp(&y.ratio);
    let mut ordered = 0;
    let mut start = 0;
    while start + 1 < candidates.len() {
        if start == ordered {
            let rest = &mut candidates[ordered..];
            let chunk = FLIP_CHUNK.min(rest.len());
            if chunk < rest.len() {
                rest.select_nth_unstable_by(chunk - 1, by_ratio);
            }
            rest[..chunk].sort_by(by_ratio);
            ordered += chunk;
        }
        let c = candidates[start];
        let range = w.up[c.k] - w.lo[c.k];
        if !range.is_finite() || c.a.abs() * range >= slope {
            break;
        }
        slope -= c.a.abs() * range;
        start += 1;
    }
    start
}

/// The pivot row `α_r = ρ_rᵀ [A | −I]` of one iteration: a dense vector
/// over the extended variables and the list of its nonzero positions, kept
/// in the LP between iterations.
///
/// The ratio test and the dual step visit only the listed positions, and
/// the vector is cleared through the list: on the bin packing LPs (22,650
/// columns) a fresh dense row of `n + m` entries per iteration, with the
/// loops over all of it, took a third of the iteration.
#[derive(Clone, Debug, Default)]
pub(crate) struct PivotRow {
    /// `α_r`, by extended index (zero outside `nz`).
    alpha: Vec<f64>,
    /// The extended indices where `α_r` was accumulated, each once.
    nz: Vec<usize>,
    /// Columns already in `nz`.
    listed: Vec<bool>,
}

impl PivotRow {
    /// `ρᵀ [A | −I]`, accumulated over the rows where `ρ` is nonzero.
    fn compute(&mut self, rho: &[f64], a: &Matrix, n: usize) {
        let len = n + rho.len();
        if self.alpha.len() != len {
            self.alpha.resize(len, 0.0);
            self.listed.resize(n, false);
        }
        for (i, &r) in rho.iter().enumerate() {
            if r == 0.0 {
                continue;
            }
            for &(j, v) in a.row(i) {
                if !self.listed[j] {
                    self.listed[j] = true;
                    self.nz.push(j);
                }
                self.alpha[j] += r * v;
            }
            self.alpha[n + i] = -r;
            self.nz.push(n + i);
        }
    }

    /// Zeroes the vector through the list.
    fn clear(&mut self) {
        for &k in &self.nz {
            self.alpha[k] = 0.0;
            if let Some(l) = self.listed.get_mut(k) {
                *l = false;
            }
        }
        self.nz.clear();
    }
}

//! Fix-and-propagate: the fastest repair, and the one that turns a
//! symmetry-broken prediction straight into a solution.
//!
//! The binaries are fixed one at a time in a confidence order, each to its
//! rounded prediction; after every fixing, bound propagation over the rows
//! (activity bounds, as in any MIP presolve) tightens the other variables'
//! domains, so a fixing that would break a row is seen at once and the
//! other value is taken instead. Variables the propagation fixes are
//! skipped. When every binary is fixed, the variables left (continuous or
//! general integer) are solved as a sub-problem with the binaries fixed.
//!
//! Three orders are tried, because none dominates: "greedy" (largest p
//! first, and below ½ still 1 first where 1 costs nothing), by confidence
//! (largest |p − ½| first, mostly the confident zeros) and "ones first"
//! (largest p first: each confident 1, in an assignment structure, settles
//! its whole row through propagation). A fixing where both values fail
//! ends that order: the partial assignment has no completion the
//! propagation can see. Then a few orders are *sampled* from the model
//! (the greedy order on logits perturbed by seeded logistic noise). When
//! all of this fails, the sub-MIP strategies take over.
//!
//! This is the relaxed-equivariant network's payoff: with an equivariant
//! model every bin gets the same probability, the first order is arbitrary
//! and the propagated packing is only a greedy one; with symmetry broken,
//! the model decides which item goes where and propagation only repairs
//! its mistakes.

use std::collections::VecDeque;

use super::repair::{RepairContext, RepairStrategy};
use crate::model::{ConsId, Problem, Solution, VarId, VarKind};
use crate::solve::SolveSettings;

/// Fix-and-propagate in three orders, then sampled ones.
#[derive(Clone, Debug, PartialEq)]
pub struct Propagate {
    /// Row visits allowed per propagation, as a multiple of the number of
    /// nonzeros (guards against slow convergence on continuous bounds).
    /// [default: 20]
    pub work_factor: usize,
    /// Draws from the model after the three fixed orders (see
    /// `sample`). [default: 8]
    pub samples: usize,
}

impl Default for Propagate {
    fn default() -> Self {
        Propagate {
            work_factor: 20,
            samples: 8,
        }
    }
}

/// Variable domains under bound propagation, with a trail to undo
/// fixings that fail.
pub struct Domains<'a> {
    problem: &'a Problem,
    lower: Vec<f64>,
    upper: Vec<f64>,
    /// `(variable, old lower, old upper)` for every change, oldest first.
    trail: Vec<(VarId, f64, f64)>,
    queue: VecDeque<ConsId>,
    queued: Vec<bool>,
    max_visits: usize,
}

/// Propagation found a row no assignment of the domains can satisfy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conflict;

const FEAS_TOL: f64 = 1e-9;
const INT_TOL: f64 = 1e-6;

impl<'a> Domains<'a> {
    /// The problem's own bounds, not yet propagated (for a semi-continuous
    /// variable the hull `[min(0, l), max(0, u)]` of its domain, so the
    /// propagation stays sound; every point is verified anyway).
    pub fn new(problem: &'a Problem, work_factor: usize) -> Self {
        let (lower, upper) = problem.vars().map(|v| problem.var_hull(v)).unzip();
        Domains {
            problem,
            lower,
            upper,
            trail: Vec::new(),
            queue: VecDeque::new(),
            queued: vec![false; problem.num_rows()],
            max_visits: work_factor.max(1) * (problem.num_nonzeros() + problem.num_rows()),
        }
    }

    /// Lower bound of `v`.
    pub fn lower(&self, v: VarId) -> f64 {
        self.lower[v.index()]
    }

    /// Upper bound of `v`.
    pub fn upper(&self, v: VarId) -> f64 {
        self.upper[v.index()]
    }

    /// Whether `v`'s domain is a single value.
    pub fn is_fixed(&self, v: VarId) -> bool {
        self.lower[v.index()] == self.upper[v.index()]
    }

    /// A point to return to with [`undo`](Self::undo).
    pub fn mark(&self) -> usize {
        self.trail.len()
    }

    /// Restores every domain changed since `mark`.
    pub fn undo(&mut self, mark: usize) {
        while self.trail.len() > mark {
            let Some((v, l, u)) = self.trail.pop() else {
                break;
            };
            self.lower[v.index()] = l;
            self.upper[v.index()] = u;
        }
        for r in self.queue.drain(..) {
            self.queued[r.index()] = false;
        }
    }

    /// Propagates every row (the root).
    pub fn propagate_all(&mut self) -> Result<(), Conflict> {
        for r in self.problem.rows() {
            self.enqueue(r);
        }
        self.propagate()
    }

    /// Fixes `v` to `value` and propagates; on a conflict the domains are
    /// left as they were before the call.
    pub fn fix(&mut self, v: VarId, value: f64) -> Result<(), Conflict> {
        let mark = self.mark();
        let result = self
            .set_bounds(v, value, value)
            .and_then(|()| self.propagate());
        if result.is_err() {
            self.undo(mark);
        }
        result
    }

    fn enqueue(&mut self, r: ConsId) {
        if !self.queued[r.index()] {
            self.queued[r.index()] = true;
            self.queue.push_back(r);
        }
    }

    /// Narrows `v` to `[lo, hi] ∩` its domain (rounded for integers) and
    /// queues its rows if it changed.
    fn set_bounds(&mut self, v: VarId, lo: f64, hi: f64) -> Result<(), Conflict> {
        let i = v.index();
        let integral = self.problem.var_kind(v).is_integral();
        let (mut lo, mut hi) = (lo, hi);
        if integral {
            lo = (lo - INT_TOL).ceil();
            hi = (hi + INT_TOL).floor();
        }
        let (old_lo, old_hi) = (self.lower[i], self.upper[i]);
        let significant = |new: f64, old: f64| {
            if integral {
                new != old
            } else {
                (new - old).abs() > 1e-6 * (1.0 + old.abs().min(1e12))
            }
        };
        let new_lo = if lo > old_lo && significant(lo, old_lo) {
            lo
        } else {
            old_lo
        };
        let new_hi = if hi < old_hi && significant(hi, old_hi) {
            hi
        } else {
            old_hi
        };
        if new_lo > new_hi + FEAS_TOL * (1.0 + new_lo.abs()) {
            return Err(Conflict);
        }
        if new_lo != old_lo || new_hi != old_hi {
            self.trail.push((v, old_lo, old_hi));
            // A continuous domain that crossed within tolerance collapses.
            let new_hi = new_hi.max(new_lo);
            self.lower[i] = new_lo;
            self.upper[i] = new_hi;
            for (r, _) in self.problem.column(v) {
                self.enqueue(r);
            }
        }
        Ok(())
    }

    fn propagate(&mut self) -> Result<(), Conflict> {
        let mut visits = 0usize;
        while let Some(r) = self.queue.pop_front() {
            self.queued[r.index()] = false;
            visits += 1;
            if visits > self.max_visits {
                for r in self.queue.drain(..) {
                    self.queued[r.index()] = false;
                }
                break;
            }
            self.propagate_row(r)?;
        }
        Ok(())
    }

    /// One row's activity bounds: the finite part and the number of
    /// infinite contributions, for the minimum and the maximum.
    fn activity(&self, r: ConsId) -> (f64, usize, f64, usize) {
        let (mut min_fin, mut min_inf, mut max_fin, mut max_inf) = (0.0, 0, 0.0, 0);
        for (v, a) in self.problem.row(r) {
            let (lo, hi) = contribution(a, self.lower[v.index()], self.upper[v.index()]);
            if lo.is_finite() {
                min_fin += lo;
            } else {
                min_inf += 1;
            }
            if hi.is_finite() {
                max_fin += hi;
            } else {
                max_inf += 1;
            }
        }
        (min_fin, min_inf, max_fin, max_inf)
    }

    fn propagate_row(&mut self, r: ConsId) -> Result<(), Conflict> {
        let p = self.problem;
        let (row_lo, row_hi) = (p.row_lower(r), p.row_upper(r));
        let (min_fin, min_inf, max_fin, max_inf) = self.activity(r);
        let tol = |x: f64| 1e-6 * (1.0 + x.abs());
        if min_inf == 0 && min_fin > row_hi + tol(row_hi) {
            return Err(Conflict);
        }
        if max_inf == 0 && max_fin < row_lo - tol(row_lo) {
            return Err(Conflict);
        }
        let upper_useful = row_hi.is_finite() && min_inf <= 1;
        let lower_useful = row_lo.is_finite() && max_inf <= 1;
        if !upper_useful && !lower_useful {
            return Ok(());
        }
        let (idx, val) = p.matrix_by_rows().lane(r.index());
        for (&j, &a) in idx.iter().zip(val) {
            if a == 0.0 {
                continue;
            }
            let v = VarId(j);
            let (c_lo, c_hi) = contribution(a, self.lower[v.index()], self.upper[v.index()]);
            // row_lo − (max of the others) <= a·x_j <= row_hi − (min of the others).
            let a_hi = upper_useful
                .then(|| others(min_fin, min_inf, c_lo))
                .flatten()
                .map_or(f64::INFINITY, |rest| row_hi - rest);
            let a_lo = lower_useful
                .then(|| others(max_fin, max_inf, c_hi))
                .flatten()
                .map_or(f64::NEG_INFINITY, |rest| row_lo - rest);
            let (lo, hi) = if a > 0.0 {
                (a_lo / a, a_hi / a)
            } else {
                (a_hi / a, a_lo / a)
            };
            if lo.is_finite() || hi.is_finite() {
                self.set_bounds(v, lo, hi)?;
            }
        }
        Ok(())
    }
}

/// The activity bound of a row without one entry: `fin` and `inf` are the
/// row's finite part and count of infinite contributions, `own` the
/// entry's contribution; `None` when the others include an infinite one.
fn others(fin: f64, inf: usize, own: f64) -> Option<f64> {
    if own.is_finite() {
        (inf == 0).then_some(fin - own)
    } else {
        (inf == 1).then_some(fin)
    }
}

/// `a·x` over `x ∈ [lo, hi]`: its smallest and largest value.
fn contribution(a: f64, lo: f64, hi: f64) -> (f64, f64) {
    if a >= 0.0 {
        (a * lo, a * hi)
    } else {
        (a * hi, a * lo)
    }
}

/// The value tried first for a binary.
type Preference<'a> = dyn Fn(VarId) -> f64 + 'a;

/// How one order ended.
enum OrderResult {
    /// Every binary fixed; the domains are the partial solution.
    Complete,
    /// Both values of this binary fail, after this many fixings.
    Stuck(usize),
}

impl Propagate {
    /// Fixes the binaries of `order` in turn (preferred value first).
    fn run_order(
        &self,
        domains: &mut Domains<'_>,
        order: &[VarId],
        prefer: &Preference<'_>,
    ) -> OrderResult {
        for (k, &v) in order.iter().enumerate() {
            if domains.is_fixed(v) {
                continue;
            }
            let first = prefer(v);
            if domains.fix(v, first).is_ok() || domains.fix(v, 1.0 - first).is_ok() {
                continue;
            }
            return OrderResult::Stuck(k);
        }
        OrderResult::Complete
    }

    /// Turns complete binary fixings into a verified solution offer: the
    /// domains themselves when every variable is fixed, else a sub-problem
    /// over the variables left. Returns the objective if one was kept.
    fn finish(&self, ctx: &RepairContext<'_>, domains: &Domains<'_>, label: &str) -> String {
        let p = ctx.problem;
        if p.vars().all(|v| domains.is_fixed(v)) {
            let values: Vec<f64> = p.vars().map(|v| domains.lower(v)).collect();
            let sol = Solution::from_values(values);
            let kept = ctx.incumbent.offer(p, &sol, "propagate", &ctx.tolerances);
            let obj = p.objective_value(sol.values());
            return format!("{label}: {obj}{}", if kept { "" } else { " (not kept)" });
        }
        let remaining = ctx.remaining();
        if remaining.is_zero() {
            return format!("{label}: out of time");
        }
        let fixings = p
            .vars()
            .filter(|&v| p.var_kind(v) == VarKind::Binary || domains.is_fixed(v))
            .map(|v| (v, domains.lower(v)))
            .collect();
        let settings = SolveSettings {
            time_limit: Some(remaining),
            fixings,
            tolerances: ctx.tolerances,
            ..SolveSettings::default()
        };
        match ctx.solve(&settings) {
            Some(out) => {
                ctx.offer(&out, "propagate");
                format!(
                    "{label}: {} {}",
                    out.status.as_str(),
                    out.objective.map_or("-".into(), |o| format!("{o}"))
                )
            }
            None => format!("{label}: solver error"),
        }
    }
}

impl RepairStrategy for Propagate {
    fn name(&self) -> &'static str {
        "propagate"
    }

    fn repair(&self, ctx: &RepairContext<'_>) -> String {
        let mut root = Domains::new(ctx.problem, self.work_factor);
        if root.propagate_all().is_err() {
            return "infeasible at the root".into();
        }
        let base = root.mark();
        let mut by_prob: Vec<VarId> = ctx.by_confidence.to_vec();
        by_prob.sort_by(|&x, &y| {
            ctx.probs[y.index()]
                .total_cmp(&ctx.probs[x.index()])
                .then(x.cmp(&y))
        });
        // "greedy": ones first, and below ½ still try 1 first where 1 costs
        // nothing (the most probable place of an item that is not placed
        // yet), so propagation settles assignments before zeros pile up.
        let sense = match ctx.problem.sense() {
            crate::model::Sense::Minimize => 1.0,
            crate::model::Sense::Maximize => -1.0,
        };
        let greedy = |v: VarId| greedy_value(ctx.problem, sense, v, ctx.probs[v.index()] >= 0.5);
        let rounded = |v: VarId| ctx.rounded(v);
        let orders: [(&str, &[VarId], &Preference<'_>); 3] = [
            ("greedy", &by_prob, &greedy),
            ("confidence", ctx.by_confidence, &rounded),
            ("ones first", &by_prob, &rounded),
        ];
        let mut log = Vec::new();
        for (label, order, prefer) in orders {
            if ctx.remaining().is_zero() {
                break;
            }
            root.undo(base);
            match self.run_order(&mut root, order, prefer) {
                OrderResult::Complete => log.push(self.finish(ctx, &root, label)),
                OrderResult::Stuck(k) => {
                    log.push(format!("{label}: stuck after {k}/{}", order.len()))
                }
            }
        }
        if self.samples > 0 {
            log.push(self.sample(ctx, &mut root, base, sense));
        }
        log.join("; ")
    }
}

impl Propagate {
    /// Samples from the model: the greedy order on logits perturbed by
    /// logistic noise (seeded, so the run is repeatable), each completed
    /// without a solver (the other variables at their cheaper bound, with
    /// propagation) and offered; stops after `samples` draws or a tenth
    /// of the time left.
    fn sample(
        &self,
        ctx: &RepairContext<'_>,
        domains: &mut Domains<'_>,
        base: usize,
        sense: f64,
    ) -> String {
        use rand::{RngExt, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(0x5eed);
        let stop = std::time::Instant::now() + ctx.remaining() / 10;
        let logit = |p: f64| {
            let p = p.clamp(1e-9, 1.0 - 1e-9);
            (p / (1.0 - p)).ln()
        };
        let (mut complete, mut kept, mut drawn) = (0usize, 0usize, 0usize);
        let mut q = vec![0.0; ctx.problem.num_vars()];
        let mut order: Vec<VarId> = ctx.by_confidence.to_vec();
        while drawn < self.samples && std::time::Instant::now() < stop {
            drawn += 1;
            for &v in ctx.by_confidence {
                let u: f64 = rng.random_range(1e-12..1.0 - 1e-12);
                q[v.index()] = logit(ctx.probs[v.index()]) + (u / (1.0 - u)).ln();
            }
            order.sort_by(|&x, &y| q[y.index()].total_cmp(&q[x.index()]).then(x.cmp(&y)));
            let prefer = |v: VarId| greedy_value(ctx.problem, sense, v, q[v.index()] >= 0.0);
            domains.undo(base);
            if !matches!(
                self.run_order(domains, &order, &prefer),
                OrderResult::Complete
            ) {
                continue;
            }
            if let Some(values) = cheapest_completion(ctx.problem, domains, sense) {
                complete += 1;
                let sol = Solution::from_values(values);
                if ctx
                    .incumbent
                    .offer(ctx.problem, &sol, "propagate", &ctx.tolerances)
                {
                    kept += 1;
                }
            }
        }
        format!("{drawn} samples: {complete} complete, {kept} improved")
    }
}

/// The greedy order's first value for a binary: 1 when the model says it
/// is likely, or when 1 costs nothing (`sense` is 1 when minimizing, −1
/// when maximizing); 0 otherwise.
fn greedy_value(problem: &Problem, sense: f64, v: VarId, likely: bool) -> f64 {
    if likely || sense * problem.objective_coefficient(v) <= 0.0 {
        1.0
    } else {
        0.0
    }
}

/// Fixes every variable still free at its cheaper bound (the other one if
/// that fails), with propagation; the full assignment, or `None` when a
/// variable has neither bound finite or both fail.
fn cheapest_completion(
    problem: &Problem,
    domains: &mut Domains<'_>,
    sense: f64,
) -> Option<Vec<f64>> {
    for v in problem.vars() {
        if domains.is_fixed(v) {
            continue;
        }
        let (lo, hi) = (domains.lower(v), domains.upper(v));
        let cheap_low = sense * problem.objective_coefficient(v) >= 0.0;
        let (first, second) = if cheap_low { (lo, hi) } else { (hi, lo) };
        let done = [first, second]
            .into_iter()
            .filter(|x| x.is_finite())
            .any(|x| domains.fix(v, x).is_ok());
        if !done {
            return None;
        }
    }
    Some(problem.vars().map(|v| domains.lower(v)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, Sense};

    /// Fix-and-propagate alone, with the embedded model, turns the
    /// committed 40-vertex coloring (where plain microlp finds nothing in
    /// 30 s) into a verified coloring: no sub-MIP is solved, so the
    /// deadline is generous and the test does not depend on speed.
    #[test]
    fn fix_and_propagate_colors_the_committed_coloring() {
        use crate::pipeline::repair::{Incumbent, binaries_by_confidence};
        use crate::pipeline::{DEFAULT_TIME_LIMIT, prepare};
        use crate::solve::MicrolpBackend;
        use crate::verify::{Tolerances, verify};
        use std::time::{Duration, Instant};

        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/instances/coloring_40_p0.3_k10_1.mps"
        );
        let p = crate::io::read_problem(path).unwrap().problem;
        let prepared = prepare(&p, &MicrolpBackend, DEFAULT_TIME_LIMIT);
        let probs = prepared.predict(&p, &crate::nn::default_model(), 0);
        let order = binaries_by_confidence(&p, &probs);
        let incumbent = Incumbent::new(Instant::now());
        let ctx = RepairContext {
            problem: &p,
            probs: &probs,
            by_confidence: &order,
            backend: &MicrolpBackend,
            deadline: Instant::now() + Duration::from_secs(600),
            incumbent: &incumbent,
            tolerances: Tolerances::default(),
        };
        let log = Propagate::default().repair(&ctx);
        let best = incumbent
            .best()
            .unwrap_or_else(|| panic!("no coloring: {log}"));
        assert_eq!(best.source, "propagate");
        assert!(verify(&p, best.solution.values(), &Tolerances::default()).feasible);
        // A coloring uses at most the 10 colors the instance offers.
        assert!(best.objective <= 10.0, "{log}");
    }

    /// x + y + z = 1 over binaries; w continuous in [0, 10] with w >= 3x.
    fn tiny() -> Problem {
        let mut b = ProblemBuilder::new("tiny");
        b.set_sense(Sense::Minimize);
        let x = b.add_var("x", VarKind::Binary, 0.0, 1.0, 1.0).unwrap();
        let y = b.add_var("y", VarKind::Binary, 0.0, 1.0, 2.0).unwrap();
        let z = b.add_var("z", VarKind::Binary, 0.0, 1.0, 3.0).unwrap();
        let w = b.add_var("w", VarKind::Continuous, 0.0, 10.0, 0.0).unwrap();
        b.add_row("one", 1.0, 1.0, &[(x, 1.0), (y, 1.0), (z, 1.0)])
            .unwrap();
        b.add_row("link", 0.0, f64::INFINITY, &[(w, 1.0), (x, -3.0)])
            .unwrap();
        b.build().unwrap()
    }

    #[test]
    fn fixing_one_fixes_the_rest_of_an_assignment_row() {
        let p = tiny();
        let mut d = Domains::new(&p, 20);
        d.propagate_all().unwrap();
        d.fix(VarId(0), 1.0).unwrap();
        assert_eq!((d.lower(VarId(1)), d.upper(VarId(1))), (0.0, 0.0));
        assert_eq!((d.lower(VarId(2)), d.upper(VarId(2))), (0.0, 0.0));
        assert_eq!(d.lower(VarId(3)), 3.0);
    }

    #[test]
    fn zeros_force_the_last_one_and_conflicts_undo() {
        let p = tiny();
        let mut d = Domains::new(&p, 20);
        d.propagate_all().unwrap();
        d.fix(VarId(0), 0.0).unwrap();
        d.fix(VarId(1), 0.0).unwrap();
        assert_eq!(d.lower(VarId(2)), 1.0, "the last of the row is forced");
        let before: Vec<_> = p.vars().map(|v| (d.lower(v), d.upper(v))).collect();
        // Fixing x to 1 now breaks the row: refused, domains unchanged.
        assert_eq!(d.fix(VarId(0), 1.0), Err(Conflict));
        let after: Vec<_> = p.vars().map(|v| (d.lower(v), d.upper(v))).collect();
        assert_eq!(before, after);
    }

    #[test]
    fn undo_restores_the_mark() {
        let p = tiny();
        let mut d = Domains::new(&p, 20);
        d.propagate_all().unwrap();
        let m = d.mark();
        d.fix(VarId(1), 1.0).unwrap();
        assert!(d.is_fixed(VarId(0)));
        d.undo(m);
        assert!(!d.is_fixed(VarId(0)));
        assert_eq!(d.upper(VarId(3)), 10.0);
    }

    /// Random rows `lo <= a·x <= hi` over 5 binaries and one integer in
    /// [0, 3]: propagation after a fixing never cuts off a feasible point,
    /// and it reports a conflict only when no feasible point has that value.
    mod soundness {
        use super::*;
        use proptest::prelude::*;

        fn build(rows: &[(Vec<i32>, i32, i32)]) -> Problem {
            let mut b = ProblemBuilder::new("random");
            let vars: Vec<VarId> = (0..6)
                .map(|j| {
                    let (kind, ub) = if j < 5 {
                        (VarKind::Binary, 1.0)
                    } else {
                        (VarKind::Integer, 3.0)
                    };
                    b.add_var(format!("x{j}"), kind, 0.0, ub, 0.0).unwrap()
                })
                .collect();
            for (i, (coefs, lo, width)) in rows.iter().enumerate() {
                let entries: Vec<(VarId, f64)> = coefs
                    .iter()
                    .enumerate()
                    .filter(|&(_, &a)| a != 0)
                    .map(|(j, &a)| (vars[j], f64::from(a)))
                    .collect();
                let hi = if *width > 6 {
                    f64::INFINITY
                } else {
                    f64::from(lo + width)
                };
                b.add_row(format!("r{i}"), f64::from(*lo), hi, &entries)
                    .unwrap();
            }
            b.build().unwrap()
        }

        fn points() -> Vec<[f64; 6]> {
            let mut out = Vec::new();
            for mask in 0..32u32 {
                for last in 0..4 {
                    let mut x = [0.0; 6];
                    for (j, xj) in x.iter_mut().enumerate().take(5) {
                        *xj = f64::from((mask >> j) & 1);
                    }
                    x[5] = f64::from(last);
                    out.push(x);
                }
            }
            out
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]
            #[test]
            fn never_cuts_a_feasible_point(
                rows in proptest::collection::vec(
                    (proptest::collection::vec(-3i32..=3, 6), -4i32..=4, 0i32..=8), 1..5),
                fixes in proptest::collection::vec((0usize..5, 0u8..=1), 1..4),
            ) {
                let p = build(&rows);
                let feasible: Vec<[f64; 6]> = points()
                    .into_iter()
                    .filter(|x| p.rows().all(|r| {
                        let act = p.row_activity(r, x);
                        act >= p.row_lower(r) - 1e-9 && act <= p.row_upper(r) + 1e-9
                    }))
                    .collect();
                let mut d = Domains::new(&p, 20);
                let root = d.propagate_all();
                if root.is_err() {
                    prop_assert!(feasible.is_empty(), "root conflict with feasible points");
                    return Ok(());
                }
                let mut alive: Vec<[f64; 6]> = feasible.clone();
                for (j, value) in fixes {
                    let value = f64::from(value);
                    let result = d.fix(VarId(j as u32), value);
                    let with: Vec<[f64; 6]> =
                        alive.iter().copied().filter(|x| x[j] == value).collect();
                    match result {
                        Err(Conflict) => prop_assert!(with.is_empty(), "false conflict"),
                        Ok(()) => alive = with,
                    }
                    for x in &alive {
                        for v in p.vars() {
                            prop_assert!(
                                d.lower(v) <= x[v.index()] && x[v.index()] <= d.upper(v),
                                "feasible point cut off"
                            );
                        }
                    }
                }
            }
        }
    }
}

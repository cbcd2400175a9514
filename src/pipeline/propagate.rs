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

use super::repair::{RepairContext, RepairStrategy};
use crate::domains::Domains;
use crate::model::{Problem, Solution, VarId, VarKind};
use crate::solve::SolveSettings;

/// The sampling's time without a repair deadline (the learned path always
/// sets one).
const SAMPLING_CAP: std::time::Duration = std::time::Duration::from_secs(60);

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
        if ctx.stopped() {
            return format!("{label}: out of time");
        }
        let fixings = p
            .vars()
            .filter(|&v| p.var_kind(v) == VarKind::Binary || domains.is_fixed(v))
            .map(|v| (v, domains.lower(v)))
            .collect();
        let settings = SolveSettings {
            time_limit: ctx.budget.remaining(),
            fixings,
            tolerances: ctx.tolerances,
            ..SolveSettings::default()
        };
        match ctx.solve_and_offer(&settings, "propagate") {
            Some(out) => {
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
        root.set_deadline(ctx.budget.deadline());
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
        let sense = ctx.problem.sense().sign();
        let greedy = |v: VarId| greedy_value(ctx.problem, sense, v, ctx.probs[v.index()] >= 0.5);
        let rounded = |v: VarId| ctx.rounded(v);
        let orders: [(&str, &[VarId], &Preference<'_>); 3] = [
            ("greedy", &by_prob, &greedy),
            ("confidence", ctx.by_confidence, &rounded),
            ("ones first", &by_prob, &rounded),
        ];
        let mut log = Vec::new();
        for (label, order, prefer) in orders {
            if ctx.stopped() {
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
        let stop = ctx.budget.share(0.1, SAMPLING_CAP);
        let logit = |p: f64| {
            let p = p.clamp(1e-9, 1.0 - 1e-9);
            (p / (1.0 - p)).ln()
        };
        let (mut complete, mut kept, mut drawn) = (0usize, 0usize, 0usize);
        let mut q = vec![0.0; ctx.problem.num_vars()];
        let mut order: Vec<VarId> = ctx.by_confidence.to_vec();
        while drawn < self.samples && !stop.expired() && !ctx.stopped() {
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
        let prepared = prepare(
            &p,
            &MicrolpBackend,
            &crate::budget::Budget::new(Some(DEFAULT_TIME_LIMIT)),
        );
        let probs = prepared.predict(&p, &crate::nn::default_model(), 0);
        let order = binaries_by_confidence(&p, &probs);
        let incumbent = Incumbent::new(Instant::now());
        let ctx = RepairContext {
            problem: &p,
            probs: &probs,
            by_confidence: &order,
            backend: &MicrolpBackend,
            budget: crate::budget::Budget::new(Some(Duration::from_secs(600))),
            incumbent: &incumbent,
            interrupt: None,
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
}

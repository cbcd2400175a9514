//! `heur.feasibility_pump`: the objective feasibility pump (Fischetti,
//! Glover and Lodi 2005; Achterberg and Berthold 2007), a start heuristic
//! at the root while no incumbent is known.
//!
//! The pump alternates two points: `x̃`, the LP point `x*` with its
//! integer columns rounded, and the LP point closest to `x̃` in the L1
//! distance over the integer columns, `Δ(x) = Σ |x_j − x̃_j|`, mixed with
//! the objective: the LP (a copy of the root LP, warm-started) minimizes
//! `(1 − α)·Δ(x) + α·(√|I| / ‖c‖)·c·x`, with `α` starting at 1 (the LP
//! optimum itself) and shrinking by 0.9 each round, so that early rounds
//! stay near good objective values and later ones care about integrality
//! only. `Δ` is linear where `x̃_j` sits at a bound of the column (a
//! binary, or a general integer at its bound); for a general integer
//! rounded to an inner value the LP would need an auxiliary column per
//! such integer, which our LP does not add cheaply, so its term is
//! linearized at the current LP point (`+1` when `x*_j > x̃_j`, `−1` when
//! below, `0` when equal), a subgradient of `|x_j − x̃_j|`.
//!
//! Every rounding is offered with the LP point's continuous values (the
//! store verifies it); the pump stops when one is kept or when the LP
//! point is integral (`Δ = 0`). When a rounding repeats the last one, the
//! `T` (10 to 30) integers farthest from their LP value move to their
//! other rounding; when it repeats one of the ten before, each integer
//! moves with probability given by a random threshold in `[−0.3, 0.7]`
//! (the original's perturbation). The roundings are Fischetti and
//! Salvagnin's (pump 2.0): through propagation. The objective's weight
//! shrinks tenfold each round (SCIP's default `objfactor`): with the
//! original 0.9 the pump cycled for 60 rounds on small assignment
//! problems. After [`MAX_ROUNDS`] rounds or its time (2 % of the time
//! left, at most 0.3 s and at most the time the run has taken, at least
//! 50 ms) the closest rounding goes to
//! fix-and-propagate (the integers fixed to it with propagation, the LP
//! over the rest with the true objective).

use std::time::Duration;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::fix_and_propagate::fix_and_solve;
use crate::bnb::components::{HeuristicContext, PrimalHeuristic, Schedule};
use crate::budget::Budget;
use crate::domains::Domains;
use crate::model::VarId;
use crate::simplex::{Lp, LpStatus};

/// Pump rounds at most.
const MAX_ROUNDS: usize = 100;
/// The share of the time left one call may take, and its cap.
const TIME_SHARE: f64 = 0.02;
const TIME_CAP: Duration = Duration::from_millis(300);
/// The pump's time is also at most the time the run has taken so far, but
/// at least this.
const MIN_TIME: Duration = Duration::from_millis(50);
/// The objective's weight shrinks by this factor each round.
const ALPHA_DECAY: f64 = 0.1;
/// Roundings remembered to detect longer cycles.
const HISTORY: usize = 10;

/// The objective feasibility pump.
#[derive(Default)]
pub(crate) struct FeasibilityPump {
    /// Whether it has run: once per search (the root is processed again
    /// when strong branching tightens it, and the pump would mostly
    /// repeat itself there).
    ran: bool,
}

impl PrimalHeuristic for FeasibilityPump {
    fn name(&self) -> &str {
        "heur.feasibility_pump"
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            before_cuts: true,
            only_without_incumbent: true,
            ..Schedule::default()
        }
    }

    fn ready(&mut self) -> bool {
        !self.ran
    }

    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>) {
        self.ran = true;
        let p = ctx.problem();
        let integers: Vec<usize> = p
            .vars()
            .filter(|&v| p.var_kind(v).is_integral())
            .map(VarId::index)
            .collect();
        if integers.is_empty() {
            return;
        }
        if let Some(closest) = pump(ctx, &integers) {
            fix_and_solve(ctx, &closest);
        }
    }
}

/// The pump's state between rounds.
struct Pump {
    /// The integer columns.
    integers: Vec<usize>,
    /// The root LP's costs, scaled to weigh like the distance.
    scaled_costs: Vec<f64>,
    /// The last roundings, newest last.
    history: Vec<Vec<f64>>,
    /// The pump's own time.
    budget: Budget,
    rng: ChaCha8Rng,
}

/// Runs the pump; `None` when a point was kept, else the rounding closest
/// to its LP point (for fix-and-propagate).
fn pump(ctx: &mut HeuristicContext<'_, '_>, integers: &[usize]) -> Option<Vec<f64>> {
    // No longer than the run so far (presolve and the root LP), at least
    // 50 ms: a pump round costs about a root LP re-solve.
    let so_far = ctx.budget().elapsed().max(MIN_TIME);
    let budget = ctx.budget().share(TIME_SHARE, TIME_CAP.min(so_far));
    let mut lp = ctx.lp().clone();
    let mut state = Pump::new(&lp, integers, budget);
    let pivots = 1_000.max(ctx.lp_iterations());
    let mut x = ctx.point().to_vec();
    let mut alpha = 1.0;
    let mut closest: (f64, Vec<f64>) = (f64::INFINITY, x.clone());
    for _ in 0..MAX_ROUNDS {
        let rounded = state.round(ctx, &x);
        let distance = state.distance(&x, &rounded);
        if distance < closest.0 {
            closest = (distance, rounded.clone());
        }
        if ctx.offer(rounded.clone()) {
            return None;
        }
        if distance <= 1e-6 || budget.expired() {
            break;
        }
        alpha *= ALPHA_DECAY;
        let costs = state.costs(ctx.domains(), &x, &rounded, alpha);
        if lp.set_costs(&costs).is_err() || !solve_within(ctx, &mut lp, pivots, &budget) {
            break;
        }
        x = lp.x().to_vec();
        state.remember(rounded);
    }
    Some(closest.1)
}

/// Solves the pump's LP within `pivots` and the pump's time; true when
/// optimal.
fn solve_within(
    ctx: &mut HeuristicContext<'_, '_>,
    lp: &mut Lp,
    pivots: u64,
    budget: &Budget,
) -> bool {
    !budget.expired()
        && ctx.solve_by(lp, (Some(pivots), None), budget.deadline()) == LpStatus::Optimal
}

impl Pump {
    fn new(lp: &Lp, integers: &[usize], budget: Budget) -> Self {
        let costs = lp.costs();
        let norm = costs.iter().map(|c| c * c).sum::<f64>().sqrt();
        let factor = if norm > 0.0 {
            (integers.len() as f64).sqrt() / norm
        } else {
            0.0
        };
        Pump {
            integers: integers.to_vec(),
            scaled_costs: costs.iter().map(|c| c * factor).collect(),
            history: Vec::new(),
            budget,
            rng: ChaCha8Rng::seed_from_u64(0xf0_0d_50_37),
        }
    }

    /// `x` with its integers rounded through propagation, then moved off a
    /// cycle: the farthest ones flipped when the last rounding repeats, a
    /// random perturbation when an older one does.
    fn round(&mut self, ctx: &HeuristicContext<'_, '_>, x: &[f64]) -> Vec<f64> {
        let mut r = propagated_rounding(ctx, &self.integers, x, &self.budget);
        if self.history.last() == Some(&r) {
            self.flip_farthest(ctx, x, &mut r);
        } else if self.history.contains(&r) {
            self.perturb(ctx, x, &mut r);
        }
        r
    }

    /// Moves the `T` integers (10 to 30 at random) farthest from their LP
    /// value to their other rounding.
    fn flip_farthest(&mut self, ctx: &HeuristicContext<'_, '_>, x: &[f64], r: &mut [f64]) {
        let mut order: Vec<usize> = self
            .integers
            .iter()
            .copied()
            .filter(|&j| (x[j] - r[j]).abs() > 1e-9)
            .collect();
        order.sort_by(|&a, &b| (x[b] - r[b]).abs().total_cmp(&(x[a] - r[a]).abs()));
        let t = self.rng.random_range(10..=30);
        for &j in order.iter().take(t) {
            flip(ctx, j, x[j], r);
        }
    }

    /// The original pump's restart: each integer moves to its other
    /// rounding when its distance plus a random `ρ ∈ [−0.3, 0.7]` (its
    /// positive part) exceeds 0.5.
    fn perturb(&mut self, ctx: &HeuristicContext<'_, '_>, x: &[f64], r: &mut [f64]) {
        for k in 0..self.integers.len() {
            let j = self.integers[k];
            let rho: f64 = self.rng.random_range(-0.3..0.7);
            if (x[j] - r[j]).abs() + rho.max(0.0) > 0.5 {
                flip(ctx, j, x[j], r);
            }
        }
    }

    /// `Σ |x_j − r_j|` over the integers.
    fn distance(&self, x: &[f64], r: &[f64]) -> f64 {
        self.integers.iter().map(|&j| (x[j] - r[j]).abs()).sum()
    }

    /// The LP costs of the next round: `(1 − α)·∇Δ + α·scaled c`, where
    /// `∇Δ_j` is `+1` for an integer rounded to its lower bound, `−1` at
    /// its upper bound, and for an inner rounding the subgradient at `x`.
    fn costs(&self, domains: &Domains<'_>, x: &[f64], r: &[f64], alpha: f64) -> Vec<f64> {
        let mut costs: Vec<f64> = self.scaled_costs.iter().map(|c| alpha * c).collect();
        for &j in &self.integers {
            let v = VarId(j as u32);
            let at_lower = r[j] <= domains.lower(v);
            let at_upper = r[j] >= domains.upper(v);
            let pull = if at_lower || (!at_upper && r[j] <= x[j] - 1e-9) {
                1.0
            } else if at_upper || r[j] >= x[j] + 1e-9 {
                -1.0
            } else {
                0.0
            };
            costs[j] += (1.0 - alpha) * pull;
        }
        costs
    }

    /// Keeps `r` among the last roundings.
    fn remember(&mut self, r: Vec<f64>) {
        if self.history.len() == HISTORY {
            self.history.remove(0);
        }
        self.history.push(r);
    }
}

/// The rounding of Fischetti and Salvagnin's pump 2.0: the integers,
/// most nearly integral first, fixed to their rounded value (the other
/// side when propagation refuses) on a copy of the domains, so that a
/// fixing's consequences (the other columns of an assignment row, a full
/// knapsack) shape the later roundings; a column that propagation fixed
/// takes that value, and one where both sides fail (or once the time is
/// up) is rounded plainly, without fixing.
fn propagated_rounding(
    ctx: &HeuristicContext<'_, '_>,
    integers: &[usize],
    x: &[f64],
    budget: &Budget,
) -> Vec<f64> {
    let mut domains = ctx.domains().clone();
    let mut order = integers.to_vec();
    let frac = |j: usize| (x[j] - x[j].round()).abs();
    order.sort_by(|&a, &b| frac(a).total_cmp(&frac(b)).then(a.cmp(&b)));
    let mut r = x.to_vec();
    let mut propagate = true;
    for j in order {
        let v = VarId(j as u32);
        let (lo, hi) = (domains.lower(v), domains.upper(v));
        let near = x[j].round().clamp(lo, hi);
        r[j] = near;
        if !propagate || domains.is_fixed(v) {
            continue;
        }
        let other = if x[j] >= near { near + 1.0 } else { near - 1.0 };
        if domains.fix(v, near).is_err()
            && other >= lo
            && other <= hi
            && domains.fix(v, other).is_ok()
        {
            r[j] = other;
        }
        propagate = !budget.expired();
    }
    r
}

/// Integer `j` at LP value `xj` to the other side of its rounding `r[j]`
/// (a binary at an integral value to its other value), within its domain.
fn flip(ctx: &HeuristicContext<'_, '_>, j: usize, xj: f64, r: &mut [f64]) {
    let v = VarId(j as u32);
    let (lo, hi) = (ctx.domains().lower(v), ctx.domains().upper(v));
    let other = if xj > r[j] {
        r[j] + 1.0
    } else if xj < r[j] {
        r[j] - 1.0
    } else if r[j] < hi {
        r[j] + 1.0
    } else {
        r[j] - 1.0
    };
    if other >= lo && other <= hi {
        r[j] = other;
    }
}

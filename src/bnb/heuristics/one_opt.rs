//! `heur.one_opt`: shifts the incumbent's integer columns one at a time in
//! their improving objective direction as far as every row and the column's
//! bounds allow (SCIP's `oneopt`, without its LP over the continuous
//! columns). The columns go in the order of their objective gain per unit
//! (largest first); each shift updates the row activities, so later shifts
//! see the earlier ones. The shifted point is offered (verified) when
//! anything moved.
//!
//! It runs after each new incumbent; one call is a pass over the columns
//! with a cost (`O(nonzeros)`), checking the budget every 256 columns.

use crate::bnb::components::{HeuristicContext, PrimalHeuristic, Schedule};
use crate::model::{Problem, Sense, VarId};

/// How far inside its sides a row's activity stays after a shift (the
/// verifier's tolerance is far looser).
const ROW_SLACK: f64 = 1e-9;

/// One-opt around the incumbent.
pub(crate) struct OneOpt;

impl PrimalHeuristic for OneOpt {
    fn name(&self) -> &str {
        "heur.one_opt"
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            after_incumbent: true,
            only_with_incumbent: true,
            ..Schedule::default()
        }
    }

    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>) {
        let p = ctx.problem();
        let Some(incumbent) = ctx.incumbent() else {
            return;
        };
        let mut x = incumbent.to_vec();
        let mut activity: Vec<f64> = p.rows().map(|r| p.row_activity(r, &x)).collect();
        let mut moved = false;
        for (k, v) in improving_order(p).into_iter().enumerate() {
            if k % 256 == 0 && ctx.budget().expired() {
                return;
            }
            let step = improving_step(p, v);
            let shift = max_shift(p, v, step, &x, &activity);
            if shift >= 1.0 {
                x[v.index()] += step * shift;
                for (r, a) in p.column(v) {
                    activity[r.index()] += a * step * shift;
                }
                moved = true;
            }
        }
        if moved {
            ctx.offer(x);
        }
    }
}

/// The integer columns with a cost, largest `|c_j|` first.
fn improving_order(p: &Problem) -> Vec<VarId> {
    let mut order: Vec<VarId> = p
        .vars()
        .filter(|&v| p.var_kind(v).is_integral() && p.objective_coefficient(v) != 0.0)
        .collect();
    let gain = |v: &VarId| p.objective_coefficient(*v).abs();
    order.sort_by(|a, b| gain(b).total_cmp(&gain(a)).then(a.cmp(b)));
    order
}

/// +1 when raising `v` improves the objective, −1 when lowering it does.
fn improving_step(p: &Problem, v: VarId) -> f64 {
    let c = p.objective_coefficient(v);
    let better_up = match p.sense() {
        Sense::Minimize => c < 0.0,
        Sense::Maximize => c > 0.0,
    };
    if better_up { 1.0 } else { -1.0 }
}

/// The largest whole number of `step`s column `v` can move from `x` while
/// its bounds and every row (at `activity`) hold.
fn max_shift(p: &Problem, v: VarId, step: f64, x: &[f64], activity: &[f64]) -> f64 {
    let xv = x[v.index()];
    let mut room = if step > 0.0 {
        p.var_upper(v) - xv
    } else {
        xv - p.var_lower(v)
    };
    for (r, a) in p.column(v) {
        let d = a * step;
        let act = activity[r.index()];
        let side_room = if d > 0.0 {
            (p.row_upper(r) - act + ROW_SLACK) / d
        } else {
            (act - p.row_lower(r) + ROW_SLACK) / -d
        };
        room = room.min(side_room);
        if room < 1.0 {
            return 0.0;
        }
    }
    if room.is_finite() { room.floor() } else { 0.0 }
}

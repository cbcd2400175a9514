//! Probing on binaries (issue #25 item 1): each binary column of the
//! reduced problem is set to 0 and to 1 in turn and the rows are
//! propagated ([`Domains`]). What follows:
//!
//! - a side that propagates to a conflict holds no feasible point, so the
//!   column is fixed to the other side (both sides: the problem is
//!   infeasible);
//! - a bound of an integer column implied by both sides holds for every
//!   feasible point (`x = 0 ⇒ z ≤ a` and `x = 1 ⇒ z ≤ b` give `z ≤
//!   max(a, b)`), and is tightened.
//!
//! Both keep every feasible point, so the presolve invariant holds without
//! a postsolve step. Continuous bounds are not tightened (presolve keeps
//! them out of the LP, see `activity.rs`); `x = 1 ⇒ y = 1` with `x = 0 ⇒
//! y = 0` (an aggregation `y = x`) is not used yet.
//!
//! On time-indexed assignment rows linked by precedence rows (MIPLIB
//! `mitre`: `Σ t y − Σ t x ≥ 30` with `Σ x = 1`, `Σ y = 1`) setting an early
//! `y` to 1 forces every late `x` to 0 and empties `x`'s assignment row:
//! probing removes what activity bounds row by row cannot see.
//!
//! The work is bounded by a share of the presolve time (at most
//! [`MAX_TIME`]) and by the propagation's work (row entries read), which
//! grows with the share of probes that found something ([`BASE_WORK`],
//! [`WORK_PER_SUCCESS`]); the columns of most rows are probed first.

use std::time::Duration;

use super::workspace::Workspace;
use crate::domains::Domains;
use crate::model::{Problem, VarId};

/// Probing stops after this long (or at the presolve deadline, earlier).
const MAX_TIME: Duration = Duration::from_secs(2);

/// Propagation work (row entries read) of all probes together, per
/// nonzero of the problem, when probing finds nothing (air03: 20 × its
/// nonzeros take 0.1 s).
const BASE_WORK: f64 = 20.0;

/// Further work per nonzero at a success rate of 1 (probes that fixed or
/// tightened something, over all probes): probing goes on where it pays
/// (mitre needs about 40 × its nonzeros at a rate of about 0.4).
const WORK_PER_SUCCESS: f64 = 200.0;

/// Probes binaries of the workspace's current problem and applies what
/// they prove (see the module docs); returns the number of bounds changed.
/// `original` is the problem the workspace was made from (the reduced
/// problem is built from it with its names).
pub(super) fn probe_binaries(ws: &mut Workspace, original: &Problem) -> usize {
    let Ok((q, kept)) = ws.build(original) else {
        return 0;
    };
    let candidates = candidates(&q);
    if candidates.is_empty() {
        return 0;
    }
    let budget = ws.budget.capped(MAX_TIME);
    let mut d = Domains::new(&q, 1);
    d.set_deadline(budget.deadline());
    if d.propagate_all().is_err() {
        ws.infeasible = true;
        return 0;
    }
    let (start_lower, start_upper) = (d.lowers().to_vec(), d.uppers().to_vec());
    let nonzeros = q.num_nonzeros().max(1) as f64;
    let mut implied = Implied::new(q.num_vars());
    let (mut probed, mut succeeded) = (0usize, 0usize);
    for (k, &v) in candidates.iter().enumerate() {
        let rate = succeeded as f64 / probed.max(1) as f64;
        if d.work() as f64 > (BASE_WORK + WORK_PER_SUCCESS * rate) * nonzeros
            || (k % 16 == 0 && budget.expired())
        {
            break;
        }
        if d.is_fixed(v) {
            continue;
        }
        probed += 1;
        let before = ws.stats.probing_fixed + ws.stats.probing_implied;
        let outcome = probe(&mut d, v, &mut implied);
        match outcome {
            Outcome::Both => {
                ws.infeasible = true;
                return 0;
            }
            Outcome::Fix(value) => {
                if d.fix(v, value).is_err() {
                    ws.infeasible = true;
                    return 0;
                }
                ws.stats.probing_fixed += 1;
            }
            Outcome::Implied(bounds) => {
                for (z, lo, hi) in bounds {
                    if lo > d.lower(z) || hi < d.upper(z) {
                        if d.restrict(z, lo, hi).is_err() {
                            ws.infeasible = true;
                            return 0;
                        }
                        ws.stats.probing_implied += 1;
                    }
                }
            }
        }
        succeeded += usize::from(ws.stats.probing_fixed + ws.stats.probing_implied > before);
    }
    // What probing proved goes into the workspace: the integer columns'
    // bounds (fixings among them); the domains' other consequences are
    // found again by the reductions.
    let mut changes = 0;
    for v in q.vars().filter(|&v| q.var_kind(v).is_integral()) {
        let j = v.index();
        let (lo, hi) = (d.lower(v), d.upper(v));
        if lo > start_lower[j] || hi < start_upper[j] {
            changes += usize::from(ws.tighten_bounds(kept[j], lo, hi));
        }
    }
    changes
}

/// The binary columns of `q`, those in most rows first.
fn candidates(q: &Problem) -> Vec<VarId> {
    let mut out: Vec<(usize, VarId)> = q
        .vars()
        .filter(|&v| q.var_kind(v).is_integral() && q.var_lower(v) == 0.0 && q.var_upper(v) == 1.0)
        .map(|v| (q.column(v).count(), v))
        .filter(|&(len, _)| len > 0)
        .collect();
    out.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.0.cmp(&b.1.0)));
    out.into_iter().map(|(_, v)| v).collect()
}

/// What probing one column showed.
enum Outcome {
    /// Both sides conflict: no feasible point.
    Both,
    /// Only this value is feasible.
    Fix(f64),
    /// Bounds `(column, lower, upper)` of integer columns implied by both
    /// sides (possibly none).
    Implied(Vec<(VarId, f64, f64)>),
}

/// The bounds one side of a probe implied, per column (a stamp per
/// column: the vector is reused for every probe).
struct Implied {
    stamp: Vec<u32>,
    lower: Vec<f64>,
    upper: Vec<f64>,
    round: u32,
}

impl Implied {
    fn new(n: usize) -> Self {
        Implied {
            stamp: vec![0; n],
            lower: vec![0.0; n],
            upper: vec![0.0; n],
            round: 0,
        }
    }
}

/// Sets `v` to 0, then to 1, propagating each (the domains are as before
/// when it returns).
fn probe(d: &mut Domains<'_>, v: VarId, implied: &mut Implied) -> Outcome {
    let p = d.problem();
    let mark = d.mark();
    implied.round += 1;
    let round = implied.round;
    let zero = d.fix(v, 0.0).is_ok();
    if zero {
        let changed: Vec<VarId> = d.changed_since(mark).collect();
        for z in changed {
            if z != v && p.var_kind(z).is_integral() {
                let j = z.index();
                implied.stamp[j] = round;
                implied.lower[j] = d.lower(z);
                implied.upper[j] = d.upper(z);
            }
        }
        d.undo(mark);
    }
    let one = d.fix(v, 1.0).is_ok();
    let mut both = Vec::new();
    if one {
        if zero {
            let changed: Vec<VarId> = d.changed_since(mark).collect();
            for z in changed {
                let j = z.index();
                if z != v && implied.stamp[j] == round {
                    both.push((
                        z,
                        implied.lower[j].min(d.lower(z)),
                        implied.upper[j].max(d.upper(z)),
                    ));
                }
            }
        }
        d.undo(mark);
    }
    match (zero, one) {
        (false, false) => Outcome::Both,
        (false, true) => Outcome::Fix(1.0),
        (true, false) => Outcome::Fix(0.0),
        (true, true) => Outcome::Implied(both),
    }
}

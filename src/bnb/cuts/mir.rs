//! Complemented mixed-integer rounding (c-MIR) cuts of single rows
//! (Marchand & Wolsey 2001), with variable upper bounds substituted.
//!
//! A row side `Σ a_j x_j <= b` becomes a *mixed knapsack*
//! `Σ α_i z_i + Σ γ_k s_k <= β` with `z_i >= 0` integer and `s_k >= 0`
//! continuous:
//!
//! - an integer column is shifted to its lower bound (`x = l + z`) or
//!   complemented at its upper bound (`x = u − z`), whichever is nearer to
//!   the LP point;
//! - a continuous column becomes the distance to the nearest of its lower
//!   bound (`x = l + s`), its upper bound (`x = u − s`) and a *variable*
//!   upper bound `x <= c·y` with `y` binary, found as a row `x − c·y <= 0`
//!   (`x = c·y − s`: `a·c` moves onto `y`'s coefficient before `y` is
//!   shifted or complemented).
//!
//! For a divisor `δ > 0` with `f₀ = frac(β/δ)` away from 0 and 1, the MIR
//! inequality
//! `Σ (⌊α_i/δ⌋ + max(0, frac(α_i/δ) − f₀)/(1 − f₀)) z_i + Σ_{γ_k<0} γ_k s_k/(δ(1 − f₀)) <= ⌊β/δ⌋`
//! holds for every `z >= 0` integer and `s >= 0` satisfying the mixed
//! knapsack, hence for every point of the problem within the bounds used.
//! Divisors tried: the coefficients `|α_i|` of integer columns strictly
//! inside their bounds at the point, then halves of the best one; with
//! the best divisor, integer columns strictly inside their bounds are
//! complemented the other way one at a time, each flip kept when it raises
//! the efficacy; the cut of the largest efficacy is returned, mapped back
//! to the columns. A continuous column equally near two bounds takes the
//! one that gives its slack a nonnegative coefficient (the variable upper
//! bound first for a negative coefficient), so the slack drops out.
//!
//! Any base inequality can be separated ([`cmir_of_base_row`]): the rows
//! of [`cmir_cuts`], or aggregations of several rows
//! ([`super::aggregation`]) whose inequalities' slacks ([`RowSlack`]) are
//! continuous columns at their lower bound 0, mapped back through their
//! rows.
//!
//! Flow-cover-like cuts of fixed-charge rows (`Σ x <= d`, `x <= c·y`)
//! come out of this scheme, which is why it closes bounds Gomory cuts
//! leave open on such instances (MIPLIB `vpm2`).

use super::{Cut, CutFamily, MIN_VIOLATION};
use crate::model::{ConsId, Problem, VarId};

/// Rows longer than this are not separated.
const MAX_ROW_LENGTH: usize = 500;

/// Divisors tried per row (before the halvings of the best).
const MAX_DIVISORS: usize = 8;

/// `f₀` must lie in `[MIN_F0, 1 − MIN_F0]`.
const MIN_F0: f64 = 0.01;

/// Complementation flips tried per base row after the divisor is chosen.
const MAX_FLIPS: usize = 50;

/// Bound distances of a continuous column within this count as equal.
const TIE: f64 = 1e-6;

/// Largest `|β/δ|` accepted (numerical safety).
const MAX_SCALED_RHS: f64 = 1e6;

/// Variable upper bounds `x_k <= c·y` (`c > 0`, `y` binary) read from rows
/// `x_k − c·y <= 0`, the tightest per column.
#[derive(Clone, Debug, Default)]
pub struct VariableBounds {
    /// Per column: `(y, c)` of its variable upper bound, if any.
    upper: Vec<Option<(VarId, f64)>>,
    /// Per row: whether it states a variable upper bound (the tightest of
    /// its column or not).
    bound_rows: Vec<bool>,
}

impl VariableBounds {
    /// Scans `problem` for two-entry rows `a·x + b·y <= 0` (or `>= 0` read
    /// negated) with `a > 0 > b`, `y` binary and `x` non-negative: they
    /// say `x <= (−b/a)·y`.
    pub fn new(problem: &Problem, lower: &[f64], upper: &[f64]) -> Self {
        let mut out = vec![None; problem.num_vars()];
        let mut bound_rows = vec![false; problem.num_rows()];
        let binary = |v: VarId| {
            problem.var_kind(v).is_integral()
                && lower[v.index()] == 0.0
                && upper[v.index()] == 1.0
                && !problem.is_semi(v)
        };
        for r in problem.rows() {
            if problem.row(r).len() != 2 {
                continue;
            }
            let entries: Vec<(VarId, f64)> = problem.row(r).collect();
            for sign in [1.0, -1.0] {
                let side = if sign > 0.0 {
                    problem.row_upper(r)
                } else {
                    -problem.row_lower(r)
                };
                if side != 0.0 {
                    continue;
                }
                for (i, k) in [(0, 1), (1, 0)] {
                    let (x, a) = (entries[i].0, sign * entries[i].1);
                    let (y, b) = (entries[k].0, sign * entries[k].1);
                    if a > 0.0
                        && b < 0.0
                        && binary(y)
                        && lower[x.index()] >= 0.0
                        && !problem.is_semi(x)
                    {
                        let c = -b / a;
                        bound_rows[r.index()] = true;
                        let slot = &mut out[x.index()];
                        if slot.is_none_or(|(_, old)| c < old) {
                            *slot = Some((y, c));
                        }
                    }
                }
            }
        }
        VariableBounds {
            upper: out,
            bound_rows,
        }
    }

    /// The variable upper bound of `x`, if any.
    pub fn of(&self, x: VarId) -> Option<(VarId, f64)> {
        self.upper.get(x.index()).copied().flatten()
    }

    /// Whether row `r` states a variable upper bound `x <= c·y` (c-MIR
    /// substitutes those itself, so aggregating them adds nothing).
    pub fn defines_bound(&self, r: ConsId) -> bool {
        self.bound_rows.get(r.index()).copied().unwrap_or(false)
    }
}

/// How a column was replaced in the mixed knapsack.
#[derive(Clone, Copy, Debug)]
enum Substitution {
    /// Integer `x = l + z`.
    Shifted(f64),
    /// Integer `x = u − z`.
    Complemented(f64),
}

/// How a continuous column was replaced.
#[derive(Clone, Copy, Debug)]
enum Slack {
    /// `x = l + s`.
    Lower(f64),
    /// `x = u − s`.
    Upper(f64),
    /// `x = c·y − s`.
    Variable(VarId, f64),
}

/// The slack of one row side, `s = side − sign·(row r)·x >= 0`: `sign`
/// 1 with `side` the row's upper bound, or −1 with `side` minus its lower
/// bound. Aggregated rows ([`super::aggregation`]) carry the slacks of
/// the inequalities they combine as continuous columns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RowSlack {
    /// The row.
    pub row: ConsId,
    /// 1 for the `<=` side, −1 for the `>=` side.
    pub sign: f64,
    /// The side's bound, multiplied by `sign`.
    pub side: f64,
}

/// A base inequality for c-MIR,
/// `Σ coefs·x + Σ weight·s <= rhs` with `s` row slacks (nonnegative
/// continuous columns standing for `side − sign·row·x`).
#[derive(Clone, Debug, Default)]
pub struct BaseRow {
    /// Structural columns and coefficients, each column once.
    pub terms: Vec<(VarId, f64)>,
    /// Row slacks and their coefficients.
    pub slacks: Vec<(RowSlack, f64)>,
    /// The right-hand side.
    pub rhs: f64,
}

/// One row side as a mixed knapsack, with how to map a cut back.
#[derive(Clone)]
struct MixedKnapsack {
    /// Integer columns: coefficient `α`, LP value of `z`, substitution.
    integers: Vec<(VarId, f64, f64, Substitution)>,
    /// Continuous columns: coefficient `γ`, slack choice.
    continuous: Vec<(VarId, f64, Slack)>,
    /// Row slacks (at their lower bound 0): the slack and coefficient `γ`.
    row_slacks: Vec<(RowSlack, f64)>,
    beta: f64,
}

/// c-MIR cuts of every row of `problem` violated at `x` (at most one per
/// row side), valid within `lower`/`upper` (pass global bounds for global
/// cuts).
pub fn cmir_cuts(
    problem: &Problem,
    lower: &[f64],
    upper: &[f64],
    vbounds: &VariableBounds,
    x: &[f64],
) -> Vec<Cut> {
    let mut cuts = Vec::new();
    for r in problem.rows() {
        if problem.row(r).len() > MAX_ROW_LENGTH || problem.row(r).len() < 2 {
            continue;
        }
        for sign in [1.0, -1.0] {
            let side = if sign > 0.0 {
                problem.row_upper(r)
            } else {
                -problem.row_lower(r)
            };
            if !side.is_finite() {
                continue;
            }
            let base = BaseRow {
                terms: problem.row(r).map(|(v, a)| (v, sign * a)).collect(),
                slacks: Vec::new(),
                rhs: side,
            };
            if let Some(cut) = cmir_of_base_row(problem, (lower, upper), vbounds, x, base) {
                cuts.push(cut);
            }
        }
    }
    cuts
}

/// The most efficacious c-MIR cut of the base inequality `base` violated
/// at `x` (see the module documentation), valid within `lower`/`upper`;
/// `None` when a column needs an infinite bound, no integer column is
/// fractional after the substitutions, or no divisor gives a violated cut.
pub fn cmir_of_base_row(
    problem: &Problem,
    bounds: (&[f64], &[f64]),
    vbounds: &VariableBounds,
    x: &[f64],
    base: BaseRow,
) -> Option<Cut> {
    let k = mixed_knapsack(problem, bounds, vbounds, x, base)?;
    best_mir(problem, k, bounds, x)
}

/// The mixed knapsack of `base`; `None` when a column needs an infinite
/// bound or no integer column is fractional.
fn mixed_knapsack(
    problem: &Problem,
    (lower, upper): (&[f64], &[f64]),
    vbounds: &VariableBounds,
    x: &[f64],
    base: BaseRow,
) -> Option<MixedKnapsack> {
    // Coefficients per column after variable-bound substitution.
    let mut coef = base.terms;
    let mut beta = base.rhs;
    let mut continuous = Vec::new();
    let mut extra: Vec<(VarId, f64)> = Vec::new();
    for &(v, a) in &coef {
        if problem.var_kind(v).is_integral() || a == 0.0 {
            continue;
        }
        let slack = nearest_slack(v, a, (lower, upper), vbounds, x)?;
        match slack {
            // a·x = a·l + a·s
            Slack::Lower(l) => {
                beta -= a * l;
                continuous.push((v, a, slack));
            }
            // a·x = a·u − a·s
            Slack::Upper(u) => {
                beta -= a * u;
                continuous.push((v, -a, slack));
            }
            // a·x = a·c·y − a·s
            Slack::Variable(y, c) => {
                extra.push((y, a * c));
                continuous.push((v, -a, slack));
            }
        }
    }
    coef.retain(|&(v, _)| problem.var_kind(v).is_integral());
    coef.extend(extra);
    coef.sort_by_key(|&(v, _)| v);
    coef.dedup_by(|b, a| {
        if a.0 == b.0 {
            a.1 += b.1;
            true
        } else {
            false
        }
    });
    let (integers, fractional) = shift_integers(coef, (lower, upper), x, &mut beta)?;
    (fractional && beta.is_finite()).then_some(MixedKnapsack {
        integers,
        continuous,
        row_slacks: base.slacks,
        beta,
    })
}

/// The bound (or variable upper bound) of continuous column `v` nearest to
/// its value, to substitute it by a nonnegative slack; `None` when it has
/// none. Distances within [`TIE`] count as equal, and a tie goes to the
/// side that gives the slack a nonnegative coefficient (the lower bound
/// for `a > 0`, an upper one, the variable one first, for `a < 0`): such a
/// slack drops out of the cut, and `x <= c·y` moves `a·c` onto `y`, which
/// is what a flow cover does with the arcs at their variable bound.
fn nearest_slack(
    v: VarId,
    a: f64,
    (lower, upper): (&[f64], &[f64]),
    vbounds: &VariableBounds,
    x: &[f64],
) -> Option<Slack> {
    let j = v.index();
    let (l, u) = (lower[j], upper[j]);
    // (distance, preference: lower is better, slack)
    let mut candidates: Vec<(f64, u8, Slack)> = Vec::with_capacity(3);
    let up_rank = |variable: bool| match (a < 0.0, variable) {
        (true, true) => 0,
        (true, false) => 1,
        (false, _) => 3,
    };
    if l.is_finite() {
        candidates.push((x[j] - l, if a > 0.0 { 0 } else { 2 }, Slack::Lower(l)));
    }
    if u.is_finite() {
        candidates.push((u - x[j], up_rank(false), Slack::Upper(u)));
    }
    if let Some((y, c)) = vbounds.of(v) {
        candidates.push((
            c * x[y.index()] - x[j],
            up_rank(true),
            Slack::Variable(y, c),
        ));
    }
    candidates.retain(|c| c.0.is_finite());
    let nearest = candidates.iter().map(|c| c.0).fold(f64::INFINITY, f64::min);
    candidates
        .into_iter()
        .filter(|c| c.0 <= nearest + TIE)
        .min_by_key(|c| c.1)
        .map(|c| c.2)
}

/// The integer columns shifted to their nearer integral bound (or
/// complemented), `beta` adjusted: `(column, coefficient, shifted value,
/// substitution)` and whether any shifted value is fractional; `None` when
/// a column has no finite bound to shift to.
#[allow(clippy::type_complexity)]
fn shift_integers(
    coef: Vec<(VarId, f64)>,
    (lower, upper): (&[f64], &[f64]),
    x: &[f64],
    beta: &mut f64,
) -> Option<(Vec<(VarId, f64, f64, Substitution)>, bool)> {
    let mut integers = Vec::new();
    let mut fractional = false;
    for (v, a) in coef {
        if a == 0.0 {
            continue;
        }
        let j = v.index();
        // Integral bounds, so that the shifted column stays integral.
        let (l, u) = integral_bounds(j, (lower, upper));
        let near_upper = u.is_finite() && (!l.is_finite() || u - x[j] < x[j] - l);
        let (alpha, z, sub) = if near_upper {
            *beta -= a * u;
            (-a, u - x[j], Substitution::Complemented(u))
        } else if l.is_finite() {
            *beta -= a * l;
            (a, x[j] - l, Substitution::Shifted(l))
        } else {
            return None;
        };
        fractional |= (z - z.round()).abs() > 1e-6;
        integers.push((v, alpha, z, sub));
    }
    Some((integers, fractional))
}

/// The most efficacious MIR cut of `k` over the divisors tried, mapped back
/// to the columns; `None` when none is violated. With the best divisor
/// fixed, the integer columns strictly inside their bounds are then
/// complemented the other way one at a time (at most [`MAX_FLIPS`]),
/// each flip kept when it raises the efficacy (Marchand & Wolsey's
/// complementation step).
fn best_mir(
    problem: &Problem,
    mut k: MixedKnapsack,
    bounds: (&[f64], &[f64]),
    x: &[f64],
) -> Option<Cut> {
    let mut divisors: Vec<f64> = Vec::new();
    for &(_, alpha, z, _) in &k.integers {
        let d = alpha.abs();
        if z > 1e-6 && d > 1e-9 && !divisors.iter().any(|&e| (e - d).abs() <= 1e-9 * d) {
            divisors.push(d);
        }
        if divisors.len() >= MAX_DIVISORS {
            break;
        }
    }
    let mut best: Option<(f64, f64, Cut)> = None;
    let try_divisor = |k: &MixedKnapsack, delta: f64, best: &mut Option<(f64, f64, Cut)>| {
        if let Some(cut) = mir(problem, k, delta)
            && cut.violation(x) > MIN_VIOLATION
        {
            let e = cut.efficacy(x);
            if best.as_ref().is_none_or(|(be, _, _)| e > *be) {
                *best = Some((e, delta, cut));
                return true;
            }
        }
        false
    };
    for &d in &divisors {
        try_divisor(&k, d, &mut best);
    }
    let (_, delta, _) = best.as_ref()?;
    let delta = *delta;
    for h in [2.0, 4.0, 8.0] {
        try_divisor(&k, delta / h, &mut best);
    }
    let delta = best.as_ref().map_or(delta, |b| b.1);
    let inside: Vec<usize> = (0..k.integers.len())
        .filter(|&i| flippable(&k, i, bounds))
        .take(MAX_FLIPS)
        .collect();
    for i in inside {
        flip(&mut k, i, bounds);
        if !try_divisor(&k, delta, &mut best) {
            flip(&mut k, i, bounds);
        }
    }
    best.map(|(_, _, cut)| cut)
}

/// The integral bounds of integer column `j` (bounds within 1e-9 of an
/// integer count as that integer).
fn integral_bounds(j: usize, (lower, upper): (&[f64], &[f64])) -> (f64, f64) {
    ((lower[j] - 1e-9).ceil(), (upper[j] + 1e-9).floor())
}

/// Whether integer entry `i` of `k` has two finite integral bounds and a
/// value strictly between them (so complementing it the other way can
/// change the cut).
fn flippable(k: &MixedKnapsack, i: usize, (lower, upper): (&[f64], &[f64])) -> bool {
    let (v, _, z, _) = k.integers[i];
    let j = v.index();
    let (l, u) = integral_bounds(j, (lower, upper));
    let span = u - l;
    span.is_finite() && z > 1e-6 && z < span - 1e-6
}

/// Complements integer entry `i` of `k` at its other bound:
/// `α·(x − l) = α·(u − l) − α·(u − x)` and back.
fn flip(k: &mut MixedKnapsack, i: usize, (lower, upper): (&[f64], &[f64])) {
    let (v, alpha, z, sub) = k.integers[i];
    let j = v.index();
    let (l, u) = integral_bounds(j, (lower, upper));
    k.beta -= alpha * (u - l);
    let sub = match sub {
        Substitution::Shifted(_) => Substitution::Complemented(u),
        Substitution::Complemented(_) => Substitution::Shifted(l),
    };
    k.integers[i] = (v, -alpha, (u - l) - z, sub);
}

/// The MIR inequality of `k` divided by `delta`, in the columns.
fn mir(problem: &Problem, k: &MixedKnapsack, delta: f64) -> Option<Cut> {
    let b = k.beta / delta;
    if !b.is_finite() || b.abs() > MAX_SCALED_RHS {
        return None;
    }
    let f0 = b - b.floor();
    if !(MIN_F0..=1.0 - MIN_F0).contains(&f0) {
        return None;
    }
    let mut rhs = b.floor();
    let mut terms: Vec<(VarId, f64)> = Vec::new();
    for &(v, alpha, _, sub) in &k.integers {
        let a = alpha / delta;
        let fa = a - a.floor();
        let g = a.floor() + ((fa - f0).max(0.0) / (1.0 - f0));
        if g == 0.0 {
            continue;
        }
        match sub {
            // g·z = g·(x − l)
            Substitution::Shifted(l) => {
                terms.push((v, g));
                rhs += g * l;
            }
            // g·z = g·(u − x)
            Substitution::Complemented(u) => {
                terms.push((v, -g));
                rhs -= g * u;
            }
        }
    }
    for &(v, gamma, slack) in &k.continuous {
        if gamma >= 0.0 {
            continue;
        }
        let h = gamma / (delta * (1.0 - f0));
        match slack {
            // h·s = h·(x − l)
            Slack::Lower(l) => {
                terms.push((v, h));
                rhs += h * l;
            }
            // h·s = h·(u − x)
            Slack::Upper(u) => {
                terms.push((v, -h));
                rhs -= h * u;
            }
            // h·s = h·(c·y − x)
            Slack::Variable(y, c) => {
                terms.push((v, -h));
                terms.push((y, h * c));
            }
        }
    }
    for &(slack, gamma) in &k.row_slacks {
        if gamma >= 0.0 {
            continue;
        }
        // h·s = h·side − h·sign·row·x
        let h = gamma / (delta * (1.0 - f0));
        terms.extend(
            problem
                .row(slack.row)
                .map(|(v, a)| (v, -h * slack.sign * a)),
        );
        rhs -= h * slack.side;
    }
    let cut = Cut::from_terms(terms, rhs, CutFamily::Mir);
    (cut.is_well_formed() && !cut.vars.is_empty()).then_some(cut)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, VarKind};
    use proptest::prelude::*;

    /// The largest value of `cut` minus its rhs over the points of `p` with
    /// the integer columns enumerated (bounds 0..=3) and at most two
    /// continuous columns, whose polytope's vertices are enumerated.
    fn max_excess(p: &Problem, cut: &Cut) -> f64 {
        let ints: Vec<VarId> = p.vars().filter(|&v| p.var_kind(v).is_integral()).collect();
        let conts: Vec<VarId> = p.vars().filter(|&v| !p.var_kind(v).is_integral()).collect();
        assert!(conts.len() <= 2);
        let mut worst = f64::NEG_INFINITY;
        let mut assignment = vec![0.0; p.num_vars()];
        let total: usize = ints
            .iter()
            .map(|&v| (p.var_upper(v) - p.var_lower(v)) as usize + 1)
            .product();
        for mut code in 0..total {
            for &v in &ints {
                let span = (p.var_upper(v) - p.var_lower(v)) as usize + 1;
                assignment[v.index()] = p.var_lower(v) + (code % span) as f64;
                code /= span;
            }
            // Constraints on the continuous part: rows (both sides) and bounds,
            // as `g·s <= h` in up to two dimensions.
            let mut cons: Vec<(Vec<f64>, f64)> = Vec::new();
            for r in p.rows() {
                let mut g = vec![0.0; conts.len()];
                let mut fixed = 0.0;
                for (v, a) in p.row(r) {
                    match conts.iter().position(|&c| c == v) {
                        Some(k) => g[k] = a,
                        None => fixed += a * assignment[v.index()],
                    }
                }
                if p.row_upper(r).is_finite() {
                    cons.push((g.clone(), p.row_upper(r) - fixed));
                }
                if p.row_lower(r).is_finite() {
                    cons.push((g.iter().map(|a| -a).collect(), fixed - p.row_lower(r)));
                }
            }
            for (k, &v) in conts.iter().enumerate() {
                let mut e = vec![0.0; conts.len()];
                e[k] = 1.0;
                cons.push((e.clone(), p.var_upper(v)));
                e[k] = -1.0;
                cons.push((e, -p.var_lower(v)));
            }
            let feasible = |s: &[f64]| {
                cons.iter()
                    .all(|(g, h)| g.iter().zip(s).map(|(a, b)| a * b).sum::<f64>() <= h + 1e-9)
            };
            let mut candidates: Vec<Vec<f64>> = Vec::new();
            match conts.len() {
                0 => candidates.push(vec![]),
                1 => {
                    for (g, h) in &cons {
                        if g[0].abs() > 1e-12 {
                            candidates.push(vec![h / g[0]]);
                        }
                    }
                }
                _ => {
                    for i in 0..cons.len() {
                        for k in i + 1..cons.len() {
                            let (a, b) = (&cons[i].0, &cons[k].0);
                            let det = a[0] * b[1] - a[1] * b[0];
                            if det.abs() > 1e-12 {
                                let (h1, h2) = (cons[i].1, cons[k].1);
                                candidates.push(vec![
                                    (h1 * b[1] - a[1] * h2) / det,
                                    (a[0] * h2 - h1 * b[0]) / det,
                                ]);
                            }
                        }
                    }
                }
            }
            for s in candidates.iter().filter(|s| feasible(s)) {
                for (k, &v) in conts.iter().enumerate() {
                    assignment[v.index()] = s[k];
                }
                worst = worst.max(cut.violation(&assignment));
            }
        }
        worst
    }

    fn var(b: &mut ProblemBuilder, name: &str, kind: VarKind, up: f64) -> VarId {
        b.add_var(name, kind, 0.0, up, 0.0).unwrap()
    }

    #[test]
    fn a_fixed_charge_row_gives_the_flow_cover_like_cut() {
        // x1 + x2 >= 7, x1 <= 5 y1, x2 <= 5 y2: at x = (5, 2), y = (1, 0.4)
        // the cut y1 + y2 >= 2 style inequality is violated.
        let mut b = ProblemBuilder::new("fc");
        let x1 = var(&mut b, "x1", VarKind::Continuous, 5.0);
        let x2 = var(&mut b, "x2", VarKind::Continuous, 5.0);
        let y1 = var(&mut b, "y1", VarKind::Binary, 1.0);
        let y2 = var(&mut b, "y2", VarKind::Binary, 1.0);
        b.add_row("d", 7.0, f64::INFINITY, &[(x1, 1.0), (x2, 1.0)])
            .unwrap();
        b.add_row("v1", f64::NEG_INFINITY, 0.0, &[(x1, 1.0), (y1, -5.0)])
            .unwrap();
        b.add_row("v2", f64::NEG_INFINITY, 0.0, &[(x2, 1.0), (y2, -5.0)])
            .unwrap();
        let p = b.build().unwrap();
        let (lo, up) = (p.var_lowers().to_vec(), p.var_uppers().to_vec());
        let vb = VariableBounds::new(&p, &lo, &up);
        assert_eq!(vb.of(x1), Some((y1, 5.0)));
        let x = [5.0, 2.0, 1.0, 0.4];
        let cuts = cmir_cuts(&p, &lo, &up, &vb, &x);
        assert!(!cuts.is_empty(), "the LP point violates y1 + y2 >= 2");
        for cut in &cuts {
            assert!(cut.violation(&x) > MIN_VIOLATION);
            assert!(
                max_excess(&p, cut) <= 1e-7,
                "{cut:?} cuts off a feasible point"
            );
        }
    }

    proptest! {
        /// Every cut is violated at its point and keeps every feasible
        /// point (integers enumerated, the continuous polytope's vertices
        /// enumerated), with and without a variable upper bound.
        #[test]
        fn cuts_keep_every_feasible_point(
            a in proptest::collection::vec(-9i32..10, 3),
            c in proptest::collection::vec(-9i32..10, 2),
            rhs in -15i32..25,
            vub in 1i32..8,
            ups in proptest::collection::vec(1u8..4, 3),
            point in proptest::collection::vec(0.0f64..1.0, 5),
            ge in any::<bool>(),
        ) {
            let mut b = ProblemBuilder::new("mix");
            let ints: Vec<VarId> = (0..3)
                .map(|i| var(&mut b, &format!("z{i}"), VarKind::Integer, f64::from(ups[i])))
                .collect();
            let conts: Vec<VarId> = (0..2)
                .map(|i| var(&mut b, &format!("s{i}"), VarKind::Continuous, 6.0))
                .collect();
            let mut row: Vec<(VarId, f64)> = ints.iter().zip(&a).map(|(&v, &k)| (v, f64::from(k))).collect();
            row.extend(conts.iter().zip(&c).map(|(&v, &k)| (v, f64::from(k))));
            let (lo, hi) = if ge {
                (f64::from(rhs), f64::INFINITY)
            } else {
                (f64::NEG_INFINITY, f64::from(rhs))
            };
            b.add_row("r", lo, hi, &row).unwrap();
            // s0 <= vub · z0 when z0 is binary.
            if ups[0] == 1 {
                b.add_row("vub", f64::NEG_INFINITY, 0.0, &[(conts[0], 1.0), (ints[0], -f64::from(vub))]).unwrap();
            }
            let p = b.build().unwrap();
            let (lov, upv) = (p.var_lowers().to_vec(), p.var_uppers().to_vec());
            let vb = VariableBounds::new(&p, &lov, &upv);
            let x: Vec<f64> = p.vars().map(|v| point[v.index()] * p.var_upper(v)).collect();
            for cut in cmir_cuts(&p, &lov, &upv, &vb, &x) {
                prop_assert!(cut.violation(&x) > MIN_VIOLATION);
                let excess = max_excess(&p, &cut);
                prop_assert!(excess <= 1e-6, "{:?} cuts off a feasible point by {}", cut, excess);
            }
        }
    }
}

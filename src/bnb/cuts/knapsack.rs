//! The binary knapsack relaxation of a row side, shared by the cover and
//! clique separators.
//!
//! A row side `Σ a_j x_j <= hi` (or `Σ a_j x_j >= lo`, read as
//! `Σ -a_j x_j <= -lo`) becomes `Σ w_l y_l <= capacity` over binary
//! *literals* `y_l` with `w_l > 0`:
//!
//! - a column fixed by its bounds (`lower == upper`) is substituted;
//! - a binary column (integral, bounds `[0, 1]`) with `a > 0` is the
//!   literal `x_j`; with `a < 0` the complemented literal `1 - x_j`
//!   (weight `-a`, `capacity -= a`);
//! - any other column is replaced by the bound that minimizes its term
//!   (`a·lower` for `a > 0`, `a·upper` for `a < 0`), which relaxes the row;
//!   a side that needs an infinite bound for that gives no knapsack.
//!
//! Every 0/1 point feasible for the row within the bounds is feasible for
//! the knapsack, so a cut valid for the knapsack is valid for the problem
//! within those bounds.

use crate::model::{ConsId, Problem, VarId};

/// A binary literal: column `j` taken as `x_j` or complemented as `1 - x_j`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Literal(u32);

impl Literal {
    /// `x_var` (`complemented == false`) or `1 - x_var`.
    pub(crate) fn new(var: VarId, complemented: bool) -> Self {
        Literal(2 * var.0 + u32::from(complemented))
    }

    /// The literal with code `code` (`2·var + complemented`).
    pub(crate) fn from_code(code: usize) -> Self {
        Literal(u32::try_from(code).expect("literal code fits u32"))
    }

    /// `2·var + complemented`: a dense index over all literals.
    pub(crate) fn code(self) -> usize {
        self.0 as usize
    }

    /// The literal's column.
    pub(crate) fn var(self) -> VarId {
        VarId(self.0 / 2)
    }

    /// True for `1 - x_var`.
    pub(crate) fn is_complemented(self) -> bool {
        self.0 & 1 == 1
    }

    /// The other literal of the same column.
    pub(crate) fn complement(self) -> Self {
        Literal(self.0 ^ 1)
    }

    /// The literal's value at the point `x`.
    pub(crate) fn value(self, x: &[f64]) -> f64 {
        let v = x[self.var().index()];
        if self.is_complemented() { 1.0 - v } else { v }
    }
}

/// `Σ weight·literal <= capacity` with every weight positive.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Knapsack {
    /// The literals and their positive weights.
    pub(crate) items: Vec<(Literal, f64)>,
    /// The right-hand side (negative: infeasible within the bounds).
    pub(crate) capacity: f64,
}

impl Knapsack {
    /// The tolerance added to the capacity before calling a set of items
    /// infeasible: [`SEPARATION_FEASIBILITY`](crate::tolerances::SEPARATION_FEASIBILITY)`·max(1, |capacity|)`.
    pub(crate) fn slack_tolerance(&self) -> f64 {
        crate::tolerances::SEPARATION_FEASIBILITY * self.capacity.abs().max(1.0)
    }
}

/// How a column enters a knapsack under given bounds.
enum ColumnRole {
    /// Fixed at this value.
    Fixed(f64),
    /// A 0/1 column.
    Binary,
    /// Anything else, with its (possibly infinite) bounds.
    Other(f64, f64),
}

/// The bounds of `v`: `lower`/`upper` widened to hold `0` for a semi
/// variable, integral columns' bounds rounded inward.
fn column_role(problem: &Problem, lower: &[f64], upper: &[f64], v: VarId) -> ColumnRole {
    let (mut lo, mut up) = (lower[v.index()], upper[v.index()]);
    if problem.is_semi(v) {
        lo = lo.min(0.0);
        up = up.max(0.0);
    }
    if problem.var_kind(v).is_integral() {
        lo = (lo - 1e-9).ceil();
        up = (up + 1e-9).floor();
    }
    if lo == up {
        ColumnRole::Fixed(lo)
    } else if problem.var_kind(v).is_integral() && lo == 0.0 && up == 1.0 && !problem.is_semi(v) {
        ColumnRole::Binary
    } else {
        ColumnRole::Other(lo, up)
    }
}

/// The knapsack relaxations of row `r`'s finite sides (zero, one or two),
/// each with at least one literal. Sides whose relaxation needs an infinite
/// bound, or whose bounds are inconsistent (`lower > upper`), give none.
pub(crate) fn row_knapsacks(
    problem: &Problem,
    lower: &[f64],
    upper: &[f64],
    r: ConsId,
) -> Vec<Knapsack> {
    let mut out = Vec::new();
    let sides = [(1.0, problem.row_upper(r)), (-1.0, -problem.row_lower(r))];
    'sides: for (sign, rhs) in sides {
        if !rhs.is_finite() {
            continue;
        }
        let mut capacity = rhs;
        let mut items = Vec::new();
        for (v, coef) in problem.row(r) {
            let a = sign * coef;
            if a == 0.0 {
                continue;
            }
            match column_role(problem, lower, upper, v) {
                ColumnRole::Fixed(value) => capacity -= a * value,
                ColumnRole::Binary => {
                    if a > 0.0 {
                        items.push((Literal::new(v, false), a));
                    } else {
                        items.push((Literal::new(v, true), -a));
                        capacity -= a;
                    }
                }
                ColumnRole::Other(lo, up) => {
                    if lo > up {
                        continue 'sides;
                    }
                    let bound = if a > 0.0 { lo } else { up };
                    if !bound.is_finite() {
                        continue 'sides;
                    }
                    capacity -= a * bound;
                }
            }
        }
        if !items.is_empty() && capacity.is_finite() {
            out.push(Knapsack { items, capacity });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, VarKind};

    #[test]
    fn negative_binaries_are_complemented_and_others_relaxed_by_bounds() {
        // 3a - 2b + 4y + z <= 5, lo side 1 <= ..., y integer in [1, 3], z fixed at 2.
        let mut b = ProblemBuilder::new("k");
        let a = b.add_var("a", VarKind::Binary, 0.0, 1.0, 0.0).unwrap();
        let bb = b.add_var("b", VarKind::Binary, 0.0, 1.0, 0.0).unwrap();
        let y = b.add_var("y", VarKind::Integer, 1.0, 3.0, 0.0).unwrap();
        let z = b.add_var("z", VarKind::Continuous, 2.0, 2.0, 0.0).unwrap();
        b.add_row("r", 1.0, 5.0, &[(a, 3.0), (bb, -2.0), (y, 4.0), (z, 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let (lo, up) = (p.var_lowers().to_vec(), p.var_uppers().to_vec());
        let ks = row_knapsacks(&p, &lo, &up, ConsId(0));
        assert_eq!(ks.len(), 2);
        // upper side: 3a + 2(1-b) + 4y + 2 <= 5 + 2 with y >= 1: capacity 5 + 2 - 4 - 2 = 1.
        assert_eq!(
            ks[0].items,
            vec![(Literal::new(a, false), 3.0), (Literal::new(bb, true), 2.0)]
        );
        assert_eq!(ks[0].capacity, 1.0);
        // lower side: -3a + 2b - 4y - 2 <= -1, -3a = 3(1-a) - 3, y <= 3: capacity -1 + 3 + 12 + 2 = 16.
        assert_eq!(
            ks[1].items,
            vec![(Literal::new(a, true), 3.0), (Literal::new(bb, false), 2.0)]
        );
        assert_eq!(ks[1].capacity, 16.0);
    }

    #[test]
    fn a_side_needing_an_infinite_bound_gives_no_knapsack() {
        let mut b = ProblemBuilder::new("k");
        let a = b.add_var("a", VarKind::Binary, 0.0, 1.0, 0.0).unwrap();
        let y = b
            .add_var("y", VarKind::Continuous, f64::NEG_INFINITY, 0.0, 0.0)
            .unwrap();
        b.add_row("r", f64::NEG_INFINITY, 5.0, &[(a, 3.0), (y, 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let (lo, up) = (p.var_lowers().to_vec(), p.var_uppers().to_vec());
        assert!(row_knapsacks(&p, &lo, &up, ConsId(0)).is_empty());
    }
}

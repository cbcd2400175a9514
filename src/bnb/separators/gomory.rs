//! `cuts.gomory`: Gomory mixed-integer cuts from the simplex tableau rows of
//! the basic integer columns with the most fractional values
//! ([`gomory_mixed_integer`]).

use crate::bnb::components::{SeparationContext, Separator};
use crate::bnb::cuts::{Cut, GmiInput, GmiSettings, TableauEntry, TableauLp, gomory_mixed_integer};
use crate::model::{Problem, VarId};
use crate::simplex::{Lp, TableauRow};

/// Gomory cuts tried per call at most (most fractional rows first).
const GOMORY_ROWS: usize = 50;

/// Gomory mixed-integer cuts.
pub(crate) struct Gomory;

impl Separator for Gomory {
    fn name(&self) -> &str {
        "cuts.gomory"
    }

    fn separate(&mut self, ctx: &mut SeparationContext<'_>) -> Vec<Cut> {
        let mut rows: Vec<(u32, f64)> = ctx
            .fractional()
            .iter()
            .copied()
            .filter(|&(j, _)| ctx.lp().is_basic(j as usize))
            .collect();
        let distance = |v: f64| ((v - v.floor()) - 0.5).abs();
        rows.sort_by(|a, b| distance(a.1).total_cmp(&distance(b.1)).then(a.0.cmp(&b.0)));
        rows.truncate(GOMORY_ROWS);
        let tableau: Vec<(usize, TableauRow)> = rows
            .iter()
            .filter_map(|&(j, _)| ctx.tableau_row(j as usize).map(|r| (j as usize, r)))
            .collect();
        let lp = ctx.lp();
        let view = LpView::new(lp, ctx.problem());
        let settings = GmiSettings::default();
        tableau
            .iter()
            .filter_map(|(j, row)| {
                let entries: Vec<TableauEntry> = row
                    .entries
                    .iter()
                    .map(|&(k, alpha)| TableauEntry {
                        column: k,
                        alpha,
                        at_upper: lp.nonbasic_at_upper(k),
                    })
                    .collect();
                gomory_mixed_integer(
                    &GmiInput {
                        lp: &view,
                        basic: *j,
                        entries: &entries,
                        beta: row.rhs,
                    },
                    &settings,
                )
            })
            .collect()
    }
}

/// The LP seen as the Gomory derivation wants it (extended variables:
/// columns, then row slacks `s_i = (A x)_i`).
struct LpView<'a> {
    lp: &'a Lp,
    problem: &'a Problem,
    slack_integral: Vec<bool>,
}

impl<'a> LpView<'a> {
    fn new(lp: &'a Lp, problem: &'a Problem) -> Self {
        let integral_col = |j: usize| problem.var_kind(VarId(j as u32)).is_integral();
        let slack_integral = (0..lp.num_rows())
            .map(|i| {
                lp.row_entries(i)
                    .iter()
                    .all(|&(j, a)| integral_col(j) && a.fract() == 0.0)
            })
            .collect();
        LpView {
            lp,
            problem,
            slack_integral,
        }
    }
}

impl TableauLp for LpView<'_> {
    fn num_structural(&self) -> usize {
        self.lp.num_cols()
    }

    fn bounds(&self, k: usize) -> (f64, f64) {
        let n = self.lp.num_cols();
        if k < n {
            (self.lp.col_lower(k), self.lp.col_upper(k))
        } else {
            self.lp.row_bounds(k - n)
        }
    }

    fn is_integral(&self, k: usize) -> bool {
        let n = self.lp.num_cols();
        if k < n {
            self.problem.var_kind(VarId(k as u32)).is_integral()
        } else {
            self.slack_integral[k - n]
        }
    }

    fn for_each_in_row(&self, i: usize, f: &mut dyn FnMut(usize, f64)) {
        for &(j, a) in self.lp.row_entries(i) {
            f(j, a);
        }
    }
}

//! The LP relaxation of the search: the dual simplex LP kept in step with
//! the node's domains (only the columns that differ from the global bounds
//! are touched), warm-started from the basis it holds or the parent's.

use std::time::Instant;

use super::node::Node;
use super::search::{counted_solve, set_bounds};
use super::settings::BnbStats;
use crate::domains::Domains;
use crate::model::{Problem, VarId};
use crate::simplex::{Lp, LpLimits, LpStatus};

/// The LP and the global bounds it returns to.
pub(crate) struct LpRelaxation {
    lp: Lp,
    global_lower: Vec<f64>,
    global_upper: Vec<f64>,
    /// Columns whose LP bounds differ from the global domains.
    touched: Vec<u32>,
    touched_flag: Vec<bool>,
    /// The node whose final basis the LP holds.
    holds: Option<u64>,
}

impl LpRelaxation {
    /// The LP of `p` (its bounds until [`set_global`](Self::set_global)).
    pub(crate) fn new(p: &Problem) -> Self {
        LpRelaxation {
            lp: Lp::from_problem(p),
            global_lower: Vec::new(),
            global_upper: Vec::new(),
            touched: Vec::new(),
            touched_flag: vec![false; p.num_vars()],
            holds: None,
        }
    }

    /// The LP.
    pub(crate) fn lp(&self) -> &Lp {
        &self.lp
    }

    /// The LP, to add or remove cut rows.
    pub(crate) fn lp_mut(&mut self) -> &mut Lp {
        &mut self.lp
    }

    /// The global (root) bounds: lower, upper.
    pub(crate) fn globals(&self) -> (&[f64], &[f64]) {
        (&self.global_lower, &self.global_upper)
    }

    /// The global bounds and the LP, to separate cuts (tableau rows need
    /// the LP mutably).
    pub(crate) fn globals_and_lp(&mut self) -> ((&[f64], &[f64]), &mut Lp) {
        ((&self.global_lower, &self.global_upper), &mut self.lp)
    }

    /// Takes the root domains as the global bounds, into the LP.
    pub(crate) fn set_global(&mut self, domains: &Domains<'_>, stats: &mut BnbStats) {
        self.global_lower = domains.lowers().to_vec();
        self.global_upper = domains.uppers().to_vec();
        for j in 0..self.global_lower.len() {
            let (lo, hi) = (self.global_lower[j], self.global_upper[j]);
            set_bounds(&mut self.lp, j, lo, hi, stats);
        }
    }

    /// Copies the node's domains into the LP: columns changed since the
    /// root (`root_mark`) get their node bounds, columns changed for the
    /// previous node but not now get their global bounds back.
    pub(crate) fn sync(&mut self, domains: &Domains<'_>, root_mark: usize, stats: &mut BnbStats) {
        let mut now: Vec<u32> = Vec::new();
        for v in domains.changed_since(root_mark) {
            if !self.touched_flag[v.index()] {
                self.touched_flag[v.index()] = true;
                now.push(v.0);
            }
        }
        for &j in &self.touched {
            let j = j as usize;
            if !self.touched_flag[j] {
                let (lo, hi) = (self.global_lower[j], self.global_upper[j]);
                set_bounds(&mut self.lp, j, lo, hi, stats);
            }
        }
        for &j in &now {
            let v = VarId(j);
            set_bounds(
                &mut self.lp,
                j as usize,
                domains.lower(v),
                domains.upper(v),
                stats,
            );
            self.touched_flag[j as usize] = false;
        }
        self.touched = now;
    }

    /// Warm start for `node`: its parent's basis unless the LP already
    /// holds the parent's or the node's own final basis.
    pub(crate) fn warm_start(&mut self, node: &Node) {
        if let Some(basis) = &node.basis
            && self.holds != node.parent
            && self.holds != Some(node.id)
        {
            self.lp.set_basis(basis);
        }
    }

    /// Records that the LP now holds `node`'s final basis (`None`: no
    /// node's).
    pub(crate) fn set_holds(&mut self, node: Option<u64>) {
        self.holds = node;
    }

    /// One warm-started solve within `limits`, timed and counted.
    pub(crate) fn solve(&mut self, limits: &LpLimits, stats: &mut BnbStats) -> LpStatus {
        let t = Instant::now();
        let status = counted_solve(&mut self.lp, limits, stats);
        stats.time_lp_s += t.elapsed().as_secs_f64();
        status
    }

    /// Removes the cut rows (rows from `first_cut` on) whose slack is basic
    /// and not at its bound (they do not bind at the optimum); true when
    /// any was removed.
    pub(crate) fn drop_loose_cuts(&mut self, first_cut: usize) -> bool {
        let lp = &self.lp;
        let n = lp.num_cols();
        let loose: Vec<usize> = (first_cut..lp.num_rows())
            .filter(|&i| {
                let (_, upper) = lp.row_bounds(i);
                lp.is_basic(n + i) && lp.row_activity(i) < upper - 1e-6 * upper.abs().max(1.0)
            })
            .collect();
        if loose.is_empty() {
            return false;
        }
        self.lp.remove_rows(&loose);
        true
    }
}

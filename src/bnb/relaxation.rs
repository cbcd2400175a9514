//! The LP relaxation of the search: the dual simplex LP kept in step with
//! the node's domains (only the columns that differ from the global bounds
//! are touched), warm-started from the basis it holds or the parent's.

use std::rc::Rc;
use std::time::Instant;

use super::node::Node;
use super::search::{counted_solve, set_bounds};
use super::settings::BnbStats;
use crate::domains::Domains;
use crate::model::{Problem, VarId};
use crate::simplex::{Basis, Lp, LpLimits, LpStatus};

/// Node LPs in a row at which a node round's cut is loose before it may be
/// taken out of the LP.
const CUT_AGE_LIMIT: u32 = 100;

/// Old cuts are taken out once there are at least this many (each removal
/// makes the stored bases of open nodes go through
/// [`Basis::without_rows`]).
const CUT_REMOVAL_BATCH: usize = 20;

/// A node's warm start: its parent's final basis and how many cut
/// removals the LP had seen when it was taken.
#[derive(Debug)]
pub(crate) struct WarmBasis {
    basis: Basis,
    removals: usize,
}

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
    /// Rows from here on age (the node rounds' cuts), if any were added.
    aging_from: Option<usize>,
    /// Node LPs in a row at which each aging row was loose.
    ages: Vec<u32>,
    /// The cut removals so far: which rows each took out.
    removals: Vec<Vec<bool>>,
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
            aging_from: None,
            ages: Vec::new(),
            removals: Vec::new(),
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
    /// holds the parent's or the node's own final basis. A basis taken
    /// before cut rows were removed is mapped onto the LP of now; where
    /// that fails (a removed cut was tight there) the LP keeps the basis
    /// it holds, which is dual feasible whatever the bounds.
    pub(crate) fn warm_start(&mut self, node: &Node) {
        let Some(warm) = &node.basis else {
            return;
        };
        if self.holds == node.parent || self.holds == Some(node.id) {
            return;
        }
        if warm.removals == self.removals.len() {
            self.lp.set_basis(&warm.basis);
            return;
        }
        let mut basis = Some(warm.basis.clone());
        for removed in &self.removals[warm.removals..] {
            basis = basis.and_then(|b| b.without_rows(removed));
        }
        if let Some(b) = basis {
            self.lp.set_basis(&b);
        }
    }

    /// The LP's basis now, as the warm start of a child.
    pub(crate) fn warm_basis(&self) -> Rc<WarmBasis> {
        Rc::new(WarmBasis {
            basis: self.lp.basis(),
            removals: self.removals.len(),
        })
    }

    /// Rows of the node rounds' cuts the LP holds now (rows from the first
    /// node round's on).
    pub(crate) fn aging_rows(&self) -> usize {
        self.aging_from
            .map_or(0, |first| self.lp.num_rows().saturating_sub(first))
    }

    /// Rows from `first` on are node rounds' cuts: they age (see
    /// [`age_cuts`](Self::age_cuts)). The first call counts.
    pub(crate) fn age_rows_from(&mut self, first: usize) {
        self.aging_from.get_or_insert(first);
    }

    /// After a node's final LP: every aging row loose at its optimum ages
    /// by one, every other one is young again; once at least
    /// [`CUT_REMOVAL_BATCH`] rows have been loose for [`CUT_AGE_LIMIT`] node
    /// LPs in a row, they are taken out (the optimum stays: their slacks
    /// are basic). Returns the rows removed.
    pub(crate) fn age_cuts(&mut self) -> usize {
        let Some(first) = self.aging_from else {
            return 0;
        };
        let lp = &self.lp;
        let m = lp.num_rows();
        self.ages.resize(m.saturating_sub(first), 0);
        let mut old = 0;
        for i in first..m {
            let age = &mut self.ages[i - first];
            *age = if is_loose(lp, i) { *age + 1 } else { 0 };
            old += (*age >= CUT_AGE_LIMIT) as usize;
        }
        if old < CUT_REMOVAL_BATCH {
            return 0;
        }
        let rows: Vec<usize> = (first..m)
            .filter(|&i| self.ages[i - first] >= CUT_AGE_LIMIT)
            .collect();
        let mut removed = vec![false; m];
        for &i in &rows {
            removed[i] = true;
        }
        self.lp.remove_rows(&rows);
        self.ages.retain(|&age| age < CUT_AGE_LIMIT);
        self.removals.push(removed);
        rows.len()
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
        let loose: Vec<usize> = (first_cut..lp.num_rows())
            .filter(|&i| is_loose(lp, i))
            .collect();
        if loose.is_empty() {
            return false;
        }
        self.lp.remove_rows(&loose);
        true
    }
}

/// Whether cut row `i` (`≤` its upper side) does not bind at the LP's
/// optimum: its slack is basic and not at its bound.
fn is_loose(lp: &Lp, i: usize) -> bool {
    let (_, upper) = lp.row_bounds(i);
    lp.is_basic(lp.num_cols() + i) && lp.row_activity(i) < upper - 1e-6 * upper.abs().max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, VarKind};

    #[test]
    fn cuts_loose_for_the_age_limit_go_and_older_bases_still_warm_start() {
        // max x + y on x + y <= 4 in [0, 10]², then 25 loose "cuts".
        let mut b = ProblemBuilder::new("t");
        let x = b
            .add_var("x", VarKind::Continuous, 0.0, 10.0, -1.0)
            .unwrap();
        let y = b
            .add_var("y", VarKind::Continuous, 0.0, 10.0, -1.0)
            .unwrap();
        b.add_row("sum", f64::NEG_INFINITY, 4.0, &[(x, 1.0), (y, 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut relax = LpRelaxation::new(&p);
        let mut stats = BnbStats::default();
        let limits = LpLimits {
            deadline: None,
            max_iterations: None,
            objective_cutoff: None,
        };
        assert_eq!(relax.solve(&limits, &mut stats), LpStatus::Optimal);
        relax.age_rows_from(1);
        for k in 0..CUT_REMOVAL_BATCH + 5 {
            let rhs = 100.0 + k as f64;
            relax
                .lp_mut()
                .add_row(&[(0, 1.0), (1, 1.0)], f64::NEG_INFINITY, rhs)
                .unwrap();
        }
        assert_eq!(relax.solve(&limits, &mut stats), LpStatus::Optimal);
        let before = relax.warm_basis();
        for _ in 1..CUT_AGE_LIMIT {
            assert_eq!(relax.age_cuts(), 0);
        }
        assert_eq!(
            relax.age_cuts(),
            CUT_REMOVAL_BATCH + 5,
            "all loose, all old"
        );
        assert_eq!(relax.lp().num_rows(), 1);
        // A node whose parent's basis was taken before the removal starts
        // from it, mapped: already optimal.
        let node = Node {
            changes: Vec::new(),
            bound: f64::NEG_INFINITY,
            basis: Some(before),
            depth: 1,
            id: 7,
            parent: Some(6),
            branching: None,
        };
        relax.set_holds(None);
        relax.warm_start(&node);
        let pivots = relax.lp().total_iterations();
        assert_eq!(relax.solve(&limits, &mut stats), LpStatus::Optimal);
        assert_eq!(relax.lp().total_iterations(), pivots);
        assert!((relax.lp().bound() + 4.0).abs() < 1e-9);
        // A tight cut is young again at every LP and stays; the loose ones
        // beside it go.
        relax
            .lp_mut()
            .add_row(&[(0, 1.0), (1, 1.0)], f64::NEG_INFINITY, 3.0)
            .unwrap();
        for k in 0..CUT_REMOVAL_BATCH {
            let rhs = 100.0 + k as f64;
            relax
                .lp_mut()
                .add_row(&[(0, 1.0), (1, 2.0)], f64::NEG_INFINITY, rhs)
                .unwrap();
        }
        assert_eq!(relax.solve(&limits, &mut stats), LpStatus::Optimal);
        assert!((relax.lp().bound() + 3.0).abs() < 1e-9);
        let removed: usize = (0..CUT_AGE_LIMIT).map(|_| relax.age_cuts()).sum();
        assert_eq!(removed, CUT_REMOVAL_BATCH);
        assert_eq!(relax.lp().num_rows(), 2);
        assert_eq!(relax.lp().row_bounds(1).1, 3.0);
    }
}

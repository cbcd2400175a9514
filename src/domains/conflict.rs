//! Conflict analysis: when propagation finds a row no assignment of the
//! domains satisfies, or a learned clause with every literal false, the
//! trail's reasons lead from it back to the *given* changes (branchings,
//! fixings) that caused it. They cannot all hold in any point that
//! satisfies the rows (and beats the cutoff), so the clause "not all of
//! them" is valid everywhere; learned, it prunes other nodes where the
//! same few changes meet (as SCIP's conflict analysis does, Achterberg
//! 2007), long before their LPs would.
//!
//! The same explanation serves a row from outside that the current
//! domains cannot satisfy ([`Domains::explain_infeasible_row`]): the
//! branch-and-cut aggregates one from the dual ray of an infeasible node LP
//! (Farkas multipliers) or from the duals of a node LP cut off by the
//! incumbent, with the objective row (Witzig, Berthold and Heinz 2017,
//! "Computational aspects of infeasibility analysis in mixed integer
//! programming"). Before it is explained, the bounds the row does not need
//! are relaxed to their root values, the smallest contributions first, as
//! long as the row stays violated: fewer bounds, a shorter clause.
//!
//! The explanation of a bound propagated from a row side is the bounds the
//! other entries' extreme activity used, of one propagated by a clause the
//! fixings that made its other literals false, each in force *when* the
//! bound was propagated (so the reasoning never runs in a circle); bounds
//! set before the root mark hold at every node and are left out. Only
//! clauses over binaries are kept (see the clause store, `clauses.rs`).

use std::collections::HashSet;

use super::{Culprit, Domains, NONE, Reason, Side, contribution};
use crate::model::VarId;

/// A binary at a value: `var = value` (`true` for 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Literal {
    /// The binary.
    pub var: VarId,
    /// Its value in the literal.
    pub value: bool,
}

/// A row `Σ val_j x_j <= upper` over columns `idx` (not a row of the
/// problem: aggregated by the caller, e.g. from LP multipliers).
#[derive(Clone, Copy, Debug)]
pub struct ProofRow<'r> {
    /// The columns.
    pub idx: &'r [u32],
    /// Their coefficients.
    pub val: &'r [f64],
    /// The right-hand side.
    pub upper: f64,
}

/// At most this many trail entries are resolved for one conflict.
const MAX_STEPS: usize = 20_000;

/// Trail entries to explain: `(entry, whether it is an upper bound)`.
type Bounds = Vec<(u32, bool)>;

impl Domains<'_> {
    /// The given changes since `root_mark` that together led to the last
    /// conflict [`propagate`](Self::propagate) reported, as literals over
    /// binaries; `None` when there is no conflict to explain, a given
    /// change on a non-binary takes part, or more than `max_literals` (or
    /// too much work) would be needed. Call it before undoing the trail.
    pub fn explain_conflict(
        &mut self,
        root_mark: usize,
        max_literals: usize,
    ) -> Option<Vec<Literal>> {
        let t = self.trail.len();
        let mut start = Vec::new();
        match self.conflict? {
            Culprit::Row(row, side) => self.explain_row(row as usize, side, None, t, &mut start),
            Culprit::Clause(k) => self.explain_clause(k, None, t, &mut start),
        }
        let start = start.into_iter().map(|(e, u)| (e as u32, u)).collect();
        self.resolve(start, root_mark, max_literals)
    }

    /// The given changes since `root_mark` that make `row` infeasible
    /// under the current domains, as literals over binaries (see
    /// [`explain_conflict`](Self::explain_conflict)). The row must be
    /// valid for every point that satisfies the problem's rows and beats
    /// the cutoff; `None` when the current domains do not violate it by
    /// more than a tolerance, or when the explanation fails as there.
    pub fn explain_infeasible_row(
        &mut self,
        row: ProofRow<'_>,
        root_mark: usize,
        max_literals: usize,
    ) -> Option<Vec<Literal>> {
        let start = self.needed_bounds(row, root_mark)?;
        self.resolve(start, root_mark, max_literals)
    }

    /// The trail entries (since `root_mark`) of the bounds `row`'s
    /// violation needs: every bound its smallest activity uses, minus
    /// those whose relaxation to the root bound keeps the row violated
    /// (the smallest first); `None` when the row is not violated.
    fn needed_bounds(&self, row: ProofRow<'_>, root_mark: usize) -> Option<Bounds> {
        let mut min_act = 0.0;
        let mut size = 0.0;
        // (gain of relaxing to the root bound, entry, upper)
        let mut local: Vec<(f64, u32, bool)> = Vec::new();
        for (&j, &a) in row.idx.iter().zip(row.val) {
            if a == 0.0 {
                continue;
            }
            let v = VarId(j);
            let (lo, hi) = (self.lower[v.index()], self.upper[v.index()]);
            let (c, _) = contribution(a, lo, hi);
            if !c.is_finite() {
                return None;
            }
            min_act += c;
            size += c.abs();
            let upper = a < 0.0;
            let Some(e) = self.source(v, upper, self.trail.len()) else {
                continue;
            };
            if e < root_mark {
                continue;
            }
            let (rlo, rhi) = self.bounds_at(v, root_mark);
            let (root_c, _) = contribution(a, rlo, rhi);
            local.push((c - root_c, e as u32, upper));
        }
        let tol = 1e-6 * (1.0 + row.upper.abs()) + 1e-9 * size;
        let mut slack = min_act - row.upper - tol;
        if slack.is_nan() || slack <= 0.0 {
            return None;
        }
        local.sort_by(|x, y| x.0.total_cmp(&y.0));
        let mut needed = Vec::new();
        for (gain, e, upper) in local {
            // `gain` is +∞ for a root bound that is infinite.
            if gain < slack {
                slack -= gain;
            } else {
                needed.push((e, upper));
            }
        }
        Some(needed)
    }

    /// Resolves the bounds `start` back to given changes since
    /// `root_mark`: the conflict's literals (see
    /// [`explain_conflict`](Self::explain_conflict)).
    fn resolve(
        &mut self,
        start: Bounds,
        root_mark: usize,
        max_literals: usize,
    ) -> Option<Vec<Literal>> {
        let mut seen: HashSet<(u32, bool)> = HashSet::new();
        let mut stack: Bounds = Vec::new();
        let mut found: Vec<(usize, bool)> = Vec::new();
        let mut push = |found: &mut Vec<(usize, bool)>, stack: &mut Bounds| {
            for (e, upper) in found.drain(..) {
                if e >= root_mark && seen.insert((e as u32, upper)) {
                    stack.push((e as u32, upper));
                }
            }
        };
        found.extend(start.into_iter().map(|(e, u)| (e as usize, u)));
        push(&mut found, &mut stack);
        let mut clause = Vec::new();
        let mut used_clauses = Vec::new();
        let mut steps = 0;
        while let Some((e, upper)) = stack.pop() {
            steps += 1;
            if steps > MAX_STEPS {
                return None;
            }
            let change = self.trail[e as usize];
            match change.reason {
                Reason::Given => {
                    clause.push(self.literal(root_mark, change.var, upper)?);
                    if clause.len() > max_literals {
                        return None;
                    }
                }
                Reason::Row(r) => {
                    let side = self.side_of(r as usize, change.var, upper)?;
                    self.explain_row(r as usize, side, Some(change.var), e as usize, &mut found);
                }
                Reason::Clause(k) => {
                    used_clauses.push(k);
                    self.explain_clause(k, Some(change.var), e as usize, &mut found);
                }
            }
            push(&mut found, &mut stack);
        }
        if let Some(Culprit::Clause(k)) = self.conflict {
            used_clauses.push(k);
        }
        for k in used_clauses {
            self.clauses.touch(k);
        }
        clause.sort_unstable();
        clause.dedup();
        Some(clause)
    }

    /// The side of row `r` that propagated `var`'s upper (or lower) bound:
    /// an upper bound of a positive entry comes from the row's upper side,
    /// of a negative entry from its lower.
    fn side_of(&self, r: usize, var: VarId, upper: bool) -> Option<Side> {
        let (idx, val, _, _) = self.row(r);
        let a = idx.iter().position(|&j| j == var.0).map_or(0.0, |k| val[k]);
        if a == 0.0 {
            return None;
        }
        Some(if upper == (a > 0.0) {
            Side::Upper
        } else {
            Side::Lower
        })
    }

    /// The trail entries whose bounds the extreme activity of `row`'s
    /// `side` used at trail length `t` (without `skip`'s entry), each with
    /// whether it is an upper bound.
    fn explain_row(
        &self,
        row: usize,
        side: Side,
        skip: Option<VarId>,
        t: usize,
        out: &mut Vec<(usize, bool)>,
    ) {
        let (idx, val, _, _) = self.row(row);
        for (&j, &a) in idx.iter().zip(val) {
            if a == 0.0 || skip == Some(VarId(j)) {
                continue;
            }
            // The upper side uses the others' smallest activity: lower
            // bounds of positive entries, upper bounds of negative ones.
            let upper = (side == Side::Upper) != (a > 0.0);
            if let Some(e) = self.source(VarId(j), upper, t) {
                out.push((e, upper));
            }
        }
    }

    /// The trail entries (before `t`) that made the literals of clause `k`
    /// false, but `skip`'s: a literal `x = 1` is false by `x`'s upper bound,
    /// `x = 0` by its lower bound.
    fn explain_clause(&self, k: u32, skip: Option<VarId>, t: usize, out: &mut Vec<(usize, bool)>) {
        for l in self.clauses.literals(k) {
            if skip == Some(l.var) {
                continue;
            }
            if let Some(e) = self.source(l.var, l.value, t) {
                out.push((e, l.value));
            }
        }
    }

    /// The given bound of `var` (its upper bound when `upper`) as a
    /// literal: only binaries (integral, `{0, 1}` at the root mark).
    fn literal(&self, root_mark: usize, var: VarId, upper: bool) -> Option<Literal> {
        if !self.problem.var_kind(var).is_integral() {
            return None;
        }
        let (lo, hi) = self.bounds_at(var, root_mark);
        if lo != 0.0 || hi != 1.0 {
            return None;
        }
        Some(Literal { var, value: !upper })
    }

    /// `v`'s domain when the trail had `t` entries.
    fn bounds_at(&self, v: VarId, t: usize) -> (f64, f64) {
        let mut bounds = (self.lower[v.index()], self.upper[v.index()]);
        let mut e = self.last[v.index()];
        while e != NONE && e as usize >= t {
            let c = &self.trail[e as usize];
            bounds = c.old;
            e = c.prev;
        }
        bounds
    }

    /// The trail entry before position `t` that set `v`'s upper (or lower)
    /// bound in force at `t`; `None` when it is the problem's own.
    fn source(&self, v: VarId, upper: bool, t: usize) -> Option<usize> {
        let mut e = self.last[v.index()];
        while e != NONE {
            let c = &self.trail[e as usize];
            if (e as usize) < t {
                let changed = if upper {
                    c.new.1 != c.old.1
                } else {
                    c.new.0 != c.old.0
                };
                if changed {
                    return Some(e as usize);
                }
            }
            e = c.prev;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domains::Conflict;
    use crate::domains::tests::random_rows::{build, feasible_points};
    use proptest::prelude::*;

    /// x0 + x1 <= 1, x1 + x2 <= 1, x0 + x2 >= 1, and x3, x4 unrelated:
    /// x1 = 1 forces x0 = x2 = 0 and breaks the third row.
    #[test]
    fn the_clause_names_only_the_changes_that_mattered() {
        let p = build(&[
            (vec![1, 1, 0, 0, 0, 0], -4, 5),
            (vec![0, 1, 1, 0, 0, 0], -4, 5),
            (vec![1, 0, 1, 0, 0, 0], 1, 7),
        ]);
        let mut d = Domains::new(&p, 20);
        d.propagate_all().unwrap();
        let root = d.mark();
        d.tighten(VarId(3), 1.0, 1.0).unwrap();
        d.tighten(VarId(4), 0.0, 0.0).unwrap();
        d.tighten(VarId(1), 1.0, 1.0).unwrap();
        assert_eq!(d.propagate(), Err(Conflict));
        let clause = d.explain_conflict(root, 10).unwrap();
        assert_eq!(
            clause,
            vec![Literal {
                var: VarId(1),
                value: true
            }]
        );
        d.undo(root);
        assert!(d.learn(&clause));
        d.propagate_all().unwrap();
        assert_eq!(d.upper(VarId(1)), 0.0, "the learned clause fixes x1 to 0");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        /// Every clause learned from a conflict is violated by the changes
        /// made (it names only them) and satisfied by every feasible
        /// point; with the clauses learned, propagation still never cuts
        /// off a feasible point.
        #[test]
        fn learned_clauses_are_valid(
            rows in proptest::collection::vec(
                (proptest::collection::vec(-3i32..=3, 6), -4i32..=4, 0i32..=8), 1..6),
            tries in proptest::collection::vec(
                proptest::collection::vec((0usize..5, 0u8..=1), 1..5), 1..6),
        ) {
            let p = build(&rows);
            let feasible = feasible_points(&p);
            let mut d = Domains::new(&p, 20);
            if d.propagate_all().is_err() {
                return Ok(());
            }
            let root = d.mark();
            let mut learned = 0;
            for fixes in tries {
                d.undo(root);
                let mut result = Ok(());
                let mut given = Vec::new();
                for &(j, value) in &fixes {
                    given.push((j, value == 1));
                    result = d
                        .tighten(VarId(j as u32), f64::from(value), f64::from(value))
                        .and_then(|()| d.propagate());
                    if result.is_err() {
                        break;
                    }
                    for x in &feasible {
                        let agrees = given.iter().all(|&(g, v)| (x[g] == 1.0) == v);
                        if agrees {
                            for v in p.vars() {
                                prop_assert!(
                                    d.lower(v) <= x[v.index()] && x[v.index()] <= d.upper(v),
                                    "feasible point cut off (after {learned} clauses)"
                                );
                            }
                        }
                    }
                }
                if result.is_ok() {
                    continue;
                }
                let Some(clause) = d.explain_conflict(root, 10) else {
                    continue;
                };
                for l in &clause {
                    prop_assert!(
                        given.contains(&(l.var.index(), l.value)),
                        "literal {l:?} not among the changes {given:?}"
                    );
                }
                for x in &feasible {
                    let all = clause.iter().all(|l| (x[l.var.index()] == 1.0) == l.value);
                    prop_assert!(!all, "clause {clause:?} cuts off the feasible {x:?}");
                }
                if d.learn(&clause) {
                    learned += 1;
                }
            }
            d.undo(root);
            if d.propagate_all().is_err() {
                prop_assert!(feasible.is_empty(), "learned clauses make a feasible problem infeasible");
            }
        }
    }
}

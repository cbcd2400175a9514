//! Conflict analysis: when propagation finds a row no assignment of the
//! domains satisfies, the trail's reasons lead from that row back to the
//! *given* changes (branchings, fixings) that caused it. They cannot all
//! hold in any point that satisfies the rows (and beats the cutoff), so
//! the clause "not all of them" is valid everywhere; learned, it prunes
//! other nodes where the same few changes meet (as SCIP's conflict
//! analysis does, Achterberg 2007), long before their LPs would.
//!
//! The explanation of a bound propagated from a row side is the bounds the
//! other entries' extreme activity used, each in force *when* the bound was
//! propagated (so the reasoning never runs in a circle); bounds set before
//! the root mark hold at every node and are left out. Only clauses over
//! binaries are kept: they are rows `Σ_{x=0 literals} x − Σ_{x=1 literals}
//! x >= 1 − #(x=1 literals)`, propagated by the same activity rule.

use std::collections::HashSet;

use super::{Domains, NONE, OwnRow, Reason, Side};
use crate::model::VarId;

/// A binary at a value: `var = value` (`true` for 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Literal {
    /// The binary.
    pub var: VarId,
    /// Its value in the literal.
    pub value: bool,
}

/// At most this many trail entries are resolved for one conflict.
const MAX_STEPS: usize = 20_000;

impl Domains<'_> {
    /// The given changes since `root_mark` that together led to the last
    /// conflict [`propagate`](Self::propagate) reported, as literals over
    /// binaries; `None` when there is no conflict to explain, a given
    /// change on a non-binary takes part, or more than `max_literals` (or
    /// too much work) would be needed. Call it before undoing the trail.
    pub fn explain_conflict(&self, root_mark: usize, max_literals: usize) -> Option<Vec<Literal>> {
        let (row, side) = self.conflict?;
        let mut stack: Vec<(u32, bool)> = Vec::new();
        let mut seen: HashSet<(u32, bool)> = HashSet::new();
        let mut reasons = |row: usize, side: Side, skip: Option<VarId>, t: usize| {
            let mut found = Vec::new();
            self.explain_row(row, side, skip, t, &mut found);
            found
                .into_iter()
                .filter(|&(e, upper)| e >= root_mark && seen.insert((e as u32, upper)))
                .map(|(e, upper)| (e as u32, upper))
                .collect::<Vec<_>>()
        };
        stack.extend(reasons(row as usize, side, None, self.trail.len()));
        let mut clause = Vec::new();
        let mut steps = 0;
        while let Some((e, upper)) = stack.pop() {
            steps += 1;
            if steps > MAX_STEPS {
                return None;
            }
            let change = &self.trail[e as usize];
            match change.reason {
                Reason::Given => {
                    let literal = self.literal(root_mark, change.var, upper)?;
                    clause.push(literal);
                    if clause.len() > max_literals {
                        return None;
                    }
                }
                Reason::Row(r) => {
                    let (idx, val, _, _) = self.row(r as usize);
                    let a = idx
                        .iter()
                        .position(|&j| j == change.var.0)
                        .map_or(0.0, |k| val[k]);
                    if a == 0.0 {
                        return None;
                    }
                    // An upper bound of a positive entry comes from the
                    // row's upper side, of a negative entry from its lower.
                    let side = if upper == (a > 0.0) {
                        Side::Upper
                    } else {
                        Side::Lower
                    };
                    stack.extend(reasons(r as usize, side, Some(change.var), e as usize));
                }
            }
        }
        clause.sort_unstable();
        clause.dedup();
        Some(clause)
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

    /// Learns the clause "not all of `literals`" (from
    /// [`explain_conflict`](Self::explain_conflict)); it is propagated at
    /// every later [`propagate`](Self::propagate) where one of its
    /// variables changes, and never undone. An empty clause is not
    /// learned (it says the rows and the cutoff have no point at all).
    pub fn learn(&mut self, literals: &[Literal]) -> bool {
        if literals.is_empty() {
            return false;
        }
        let ones = literals.iter().filter(|l| l.value).count();
        let k = self.num_learned() as u32;
        for l in literals {
            self.learned_by_col[l.var.index()].push(k);
        }
        self.push_own(OwnRow {
            idx: literals.iter().map(|l| l.var.0).collect(),
            val: literals
                .iter()
                .map(|l| if l.value { -1.0 } else { 1.0 })
                .collect(),
            lo: 1.0 - ones as f64,
        });
        true
    }

    /// The number of learned clauses.
    pub fn num_learned(&self) -> usize {
        self.own.len() - 1
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

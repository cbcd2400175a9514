//! Learned clauses over binaries with two watched literals each, as in a
//! SAT solver (Moskewicz et al. 2001, "Chaff").
//!
//! A clause `l_1 ∨ … ∨ l_k` (each literal `x = value`) holds when one of its
//! literals is true. Each clause watches two of its literals (positions 0
//! and 1 of its list), neither false while the clause is neither unit nor
//! satisfied. A fixing that makes literal `l` false visits only the clauses
//! watching `l`: each one moves that watch to another literal that is not
//! false, or, when there is none, makes its other watch true (a
//! propagation, recorded on the trail with the clause as its reason) or
//! reports a conflict (every literal false). Undoing the trail needs no
//! change to the watches: undoing only frees literals.
//!
//! The fixings are handed to the clauses in trail order from a *head* that
//! the trail's undo moves back, so a fixing from any source — a given
//! change, a row, a clause — is seen exactly once.
//!
//! Clauses are global (never undone) and kept up to a capacity: each one
//! has an activity, raised whenever it propagates or takes part in a
//! conflict's explanation, with raises that grow over time (older ones
//! count less, as in MiniSat's clause activities). Past the capacity the
//! least active half goes.

use super::{Change, Conflict, Culprit, Domains, Literal, Reason};

/// Growth of the activity raise per learned clause (raises older by `k`
/// conflicts weigh `CLAUSE_DECAY^k`).
const CLAUSE_DECAY: f64 = 0.999;

/// One learned clause: where its literals are in the store's arena (the
/// watched two first), and its activity.
#[derive(Clone, Copy, Debug)]
struct Clause {
    start: u32,
    len: u32,
    activity: f64,
}

impl Clause {
    /// Its literals' range in the arena.
    fn span(&self) -> std::ops::Range<usize> {
        self.start as usize..(self.start + self.len) as usize
    }
}

/// The learned clauses, their watches and counters. The literals of every
/// clause sit in one arena, so that copying the store (a heuristic copies
/// the domains) costs a few allocations, not one per clause.
#[derive(Clone, Debug)]
pub(super) struct ClauseStore {
    /// The literals of every clause, clause after clause.
    arena: Vec<Literal>,
    clauses: Vec<Clause>,
    /// Per literal ([`code`]), the clauses watching it.
    watches: Vec<Vec<u32>>,
    /// Trail entries before this position have been shown to the clauses.
    head: usize,
    /// The current activity raise.
    bump: f64,
    /// Fixings the clauses propagated.
    propagations: u64,
    /// Clauses deleted to stay within the capacity.
    deleted: u64,
}

/// The index of literal `l` in the watch lists.
fn code(l: Literal) -> usize {
    2 * l.var.index() + usize::from(l.value)
}

/// Whether `l` is true (`Some(true)`), false, or open under the bounds.
fn state(lower: &[f64], upper: &[f64], l: Literal) -> Option<bool> {
    let i = l.var.index();
    if lower[i] >= 1.0 {
        Some(l.value)
    } else if upper[i] <= 0.0 {
        Some(!l.value)
    } else {
        None
    }
}

/// The literal a trail entry made false: the entry fixed a binary at 0 or
/// 1 (`None` for every other change).
fn falsified(c: &Change) -> Option<Literal> {
    let (lo, hi) = c.new;
    let fixed_now = lo == hi && c.old.0 != c.old.1;
    (fixed_now && (lo == 0.0 || lo == 1.0)).then_some(Literal {
        var: c.var,
        value: lo == 0.0,
    })
}

/// What visiting one watching clause did to its watch.
enum Visit {
    /// The clause still watches the literal.
    Keep,
    /// The watch moved to another literal.
    Moved,
    /// Every literal of the clause is false.
    Conflict,
}

impl ClauseStore {
    /// An empty store over `num_vars` columns.
    pub(super) fn new(num_vars: usize) -> Self {
        ClauseStore {
            arena: Vec::new(),
            clauses: Vec::new(),
            watches: vec![Vec::new(); 2 * num_vars],
            head: 0,
            bump: 1.0,
            propagations: 0,
            deleted: 0,
        }
    }

    /// The trail was undone to `len` entries.
    pub(super) fn rewind(&mut self, len: usize) {
        self.head = self.head.min(len);
    }

    /// Propagation stopped at trail length `len`: the fixings before it
    /// are not shown to the clauses.
    pub(super) fn skip_to(&mut self, len: usize) {
        self.head = len;
    }

    /// Raises clause `k`'s activity (it propagated or explained).
    pub(super) fn touch(&mut self, k: u32) {
        self.clauses[k as usize].activity += self.bump;
    }

    /// The literals of clause `k`.
    pub(super) fn literals(&self, k: u32) -> &[Literal] {
        &self.arena[self.clauses[k as usize].span()]
    }

    /// Ends one conflict's raises: later raises weigh more.
    fn decay(&mut self) {
        self.bump /= CLAUSE_DECAY;
        if self.bump > 1e100 {
            for c in &mut self.clauses {
                c.activity *= 1e-100;
            }
            self.bump *= 1e-100;
        }
    }
}

impl Domains<'_> {
    /// Shows the fixings since the head to the clauses watching the
    /// literals they made false; the propagations append to the trail and
    /// are shown in turn.
    pub(super) fn propagate_clauses(&mut self) -> Result<(), Conflict> {
        while self.clauses.head < self.trail.len() {
            let change = self.trail[self.clauses.head];
            self.clauses.head += 1;
            let Some(lit) = falsified(&change) else {
                continue;
            };
            if !self.clauses.watches[code(lit)].is_empty() {
                self.visit_watchers(lit)?;
            }
        }
        Ok(())
    }

    /// Visits every clause watching `lit`, which just became false.
    fn visit_watchers(&mut self, lit: Literal) -> Result<(), Conflict> {
        let key = code(lit);
        let mut list = std::mem::take(&mut self.clauses.watches[key]);
        let mut kept = 0;
        let mut result = Ok(());
        for i in 0..list.len() {
            let k = list[i];
            if result.is_err() {
                list[kept] = k;
                kept += 1;
                continue;
            }
            match self.visit(k, lit) {
                Visit::Keep => {
                    list[kept] = k;
                    kept += 1;
                }
                Visit::Moved => {}
                Visit::Conflict => {
                    list[kept] = k;
                    kept += 1;
                    self.conflict = Some(Culprit::Clause(k));
                    self.clauses.touch(k);
                    result = Err(Conflict);
                }
            }
        }
        list.truncate(kept);
        // Nothing moves a watch onto a false literal; kept for safety.
        let added = std::mem::take(&mut self.clauses.watches[key]);
        list.extend(added);
        self.clauses.watches[key] = list;
        result
    }

    /// Clause `k` watches `lit`, which just became false: move the watch,
    /// propagate the other watch, or report the conflict.
    fn visit(&mut self, k: u32, lit: Literal) -> Visit {
        let (lower, upper) = (&self.lower, &self.upper);
        let span = self.clauses.clauses[k as usize].span();
        let lits = &mut self.clauses.arena[span];
        if lits.len() == 1 {
            return Visit::Conflict;
        }
        if lits[0] == lit {
            lits.swap(0, 1);
        }
        if lits[1] != lit {
            // A stale entry: the clause no longer watches `lit`.
            return Visit::Moved;
        }
        let other = lits[0];
        let other_state = state(lower, upper, other);
        if other_state == Some(true) {
            return Visit::Keep;
        }
        if let Some(p) = (2..lits.len()).find(|&p| state(lower, upper, lits[p]) != Some(false)) {
            lits.swap(1, p);
            let new_watch = code(lits[1]);
            self.clauses.watches[new_watch].push(k);
            return Visit::Moved;
        }
        if other_state == Some(false) {
            return Visit::Conflict;
        }
        let (lo, hi) = if other.value {
            (1.0, f64::INFINITY)
        } else {
            (f64::NEG_INFINITY, 0.0)
        };
        self.clauses.propagations += 1;
        self.clauses.touch(k);
        match self.narrow(other.var, lo, hi, Reason::Clause(k)) {
            Ok(()) => Visit::Keep,
            Err(Conflict) => Visit::Conflict,
        }
    }

    /// Learns the clause "not all of `literals`" (from conflict
    /// analysis): at least one of them takes the other value in every
    /// point that satisfies the rows and beats the cutoff. It is
    /// propagated from the next fixing of one of its variables on (or at
    /// [`propagate_all`](Self::propagate_all)) and never undone, only
    /// deleted by [`reduce_learned`](Self::reduce_learned). An empty
    /// clause (the rows and the cutoff have no point at all), one naming
    /// both values of a column, or one over a non-binary is not learned.
    pub fn learn(&mut self, literals: &[Literal]) -> bool {
        let mut lits: Vec<Literal> = literals
            .iter()
            .map(|l| Literal {
                var: l.var,
                value: !l.value,
            })
            .collect();
        lits.sort_unstable();
        lits.dedup();
        let tautology = lits.windows(2).any(|w| w[0].var == w[1].var);
        let binary = lits.iter().all(|l| {
            let v = l.var;
            self.problem.var_kind(v).is_integral() && {
                let (lo, hi) = self.problem.var_hull(v);
                lo >= 0.0 && hi <= 1.0
            }
        });
        if lits.is_empty() || tautology || !binary {
            return false;
        }
        self.order_for_watching(&mut lits);
        let k = self.clauses.clauses.len() as u32;
        for l in lits.iter().take(2) {
            self.clauses.watches[code(*l)].push(k);
        }
        self.clauses.clauses.push(Clause {
            start: self.clauses.arena.len() as u32,
            len: lits.len() as u32,
            activity: self.clauses.bump,
        });
        self.clauses.arena.extend_from_slice(&lits);
        self.clauses.decay();
        true
    }

    /// Puts the literals to watch first: true ones, then open ones, then
    /// false ones by how late they became false (the latest first, so that
    /// undoing frees the watches before the rest).
    fn order_for_watching(&self, lits: &mut [Literal]) {
        let rank = |l: &Literal| match state(&self.lower, &self.upper, *l) {
            Some(true) => (0, 0),
            None => (1, 0),
            Some(false) => (2, u32::MAX - self.last[l.var.index()]),
        };
        lits.sort_by_key(rank);
    }

    /// Every clause checked against the current domains (the root, or a
    /// copy that never saw its fixings): watches placed again on literals
    /// that are not false where possible, unit clauses propagated.
    pub(super) fn settle_all_clauses(&mut self) -> Result<(), Conflict> {
        for k in 0..self.clauses.clauses.len() as u32 {
            self.settle(k)?;
        }
        self.propagate_clauses()
    }

    /// Clause `k` re-watched under the current domains; propagates it when
    /// unit, `Err` when every literal is false.
    fn settle(&mut self, k: u32) -> Result<(), Conflict> {
        let span = self.clauses.clauses[k as usize].span();
        let mut lits = self.clauses.arena[span.clone()].to_vec();
        for l in lits.iter().take(2) {
            self.clauses.watches[code(*l)].retain(|&c| c != k);
        }
        self.order_for_watching(&mut lits);
        for l in lits.iter().take(2) {
            self.clauses.watches[code(*l)].push(k);
        }
        let states: Vec<Option<bool>> = lits
            .iter()
            .take(2)
            .map(|&l| state(&self.lower, &self.upper, l))
            .collect();
        let first = lits[0];
        self.clauses.arena[span].copy_from_slice(&lits);
        let rest_false = states.len() < 2 || states[1] == Some(false);
        match states[0] {
            Some(false) => {
                self.conflict = Some(Culprit::Clause(k));
                Err(Conflict)
            }
            None if rest_false => {
                let (lo, hi) = if first.value {
                    (1.0, f64::INFINITY)
                } else {
                    (f64::NEG_INFINITY, 0.0)
                };
                self.clauses.propagations += 1;
                self.narrow(first.var, lo, hi, Reason::Clause(k))
            }
            _ => Ok(()),
        }
    }

    /// Deletes the least active learned clauses, down to half of
    /// `capacity`, once there are more than `capacity`; returns how many
    /// went. Nothing is deleted while a clause is the reason of a change
    /// on the trail (call it at the root: the branch-and-cut does before
    /// each node).
    pub fn reduce_learned(&mut self, capacity: usize) -> usize {
        let n = self.clauses.clauses.len();
        if n <= capacity
            || self
                .trail
                .iter()
                .any(|c| matches!(c.reason, Reason::Clause(_)))
        {
            return 0;
        }
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| {
            let (x, y) = (&self.clauses.clauses[a], &self.clauses.clauses[b]);
            y.activity.total_cmp(&x.activity)
        });
        let keep = capacity / 2;
        let mut kept_flags = vec![false; n];
        for &k in order.iter().take(keep) {
            kept_flags[k] = true;
        }
        let store = &mut self.clauses;
        let old_clauses = std::mem::take(&mut store.clauses);
        let old_arena = std::mem::take(&mut store.arena);
        for list in &mut store.watches {
            list.clear();
        }
        for (c, _) in old_clauses
            .iter()
            .zip(&kept_flags)
            .filter(|(_, kept)| **kept)
        {
            let k = store.clauses.len() as u32;
            let lits = &old_arena[c.span()];
            for l in lits.iter().take(2) {
                store.watches[code(*l)].push(k);
            }
            store.clauses.push(Clause {
                start: store.arena.len() as u32,
                ..*c
            });
            store.arena.extend_from_slice(lits);
        }
        let removed = n - self.clauses.clauses.len();
        self.clauses.deleted += removed as u64;
        removed
    }

    /// The number of learned clauses kept.
    pub fn num_learned(&self) -> usize {
        self.clauses.clauses.len()
    }

    /// The learned clauses, each as the literals of which one holds in
    /// every point that satisfies the rows and beats the cutoff.
    pub fn learned(&self) -> impl Iterator<Item = &[Literal]> + '_ {
        let store = &self.clauses;
        store.clauses.iter().map(|c| &store.arena[c.span()])
    }

    /// Fixings made by learned clauses so far.
    pub fn clause_propagations(&self) -> u64 {
        self.clauses.propagations
    }

    /// Learned clauses deleted so far by [`reduce_learned`](Self::reduce_learned).
    pub fn deleted_clauses(&self) -> u64 {
        self.clauses.deleted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Problem, ProblemBuilder, Sense, VarId, VarKind};
    use proptest::prelude::*;

    const N: usize = 7;

    /// `N` binaries and no rows: only the clauses propagate.
    fn binaries() -> Problem {
        let mut b = ProblemBuilder::new("clauses");
        b.set_sense(Sense::Minimize);
        for j in 0..N {
            b.add_var(format!("x{j}"), VarKind::Binary, 0.0, 1.0, 0.0)
                .unwrap();
        }
        b.build().unwrap()
    }

    /// The naive rule: every clause checked again and again until
    /// nothing changes; `None` on a clause with every literal false.
    fn naive_fixpoint(
        clauses: &[Vec<Literal>],
        given: &[(usize, bool)],
    ) -> Option<Vec<Option<bool>>> {
        let mut value: Vec<Option<bool>> = vec![None; N];
        for &(j, v) in given {
            if value[j] == Some(!v) {
                return None;
            }
            value[j] = Some(v);
        }
        loop {
            let mut changed = false;
            for c in clauses {
                let truth = |l: &Literal| value[l.var.index()].map(|v| v == l.value);
                if c.iter().any(|l| truth(l) == Some(true)) {
                    continue;
                }
                let open: Vec<&Literal> = c.iter().filter(|l| truth(l).is_none()).collect();
                match open.as_slice() {
                    [] => return None,
                    [l] => {
                        value[l.var.index()] = Some(l.value);
                        changed = true;
                    }
                    _ => {}
                }
            }
            if !changed {
                return Some(value);
            }
        }
    }

    fn current(d: &Domains<'_>) -> Vec<Option<bool>> {
        (0..N)
            .map(|j| {
                let v = VarId(j as u32);
                d.is_fixed(v).then(|| d.lower(v) == 1.0)
            })
            .collect()
    }

    fn lit((j, v): (usize, bool)) -> Literal {
        Literal {
            var: VarId(j as u32),
            value: v,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        /// After every fixing and every undo, the watched propagation
        /// fixes exactly what checking every clause to a fixpoint fixes,
        /// and reports a conflict exactly when that does.
        #[test]
        fn watched_propagation_matches_the_naive_rule(
            raw in proptest::collection::vec(
                proptest::collection::vec((0..N, any::<bool>()), 1..5), 1..12),
            steps in proptest::collection::vec((0..N, any::<bool>(), 0u8..4), 1..14),
        ) {
            let p = binaries();
            let mut d = Domains::new(&p, 100);
            // Learned from conflicts "not all of": the clauses are their
            // negations.
            let mut clauses = Vec::new();
            for c in &raw {
                let conflict: Vec<Literal> = c.iter().copied().map(lit).collect();
                if d.learn(&conflict) {
                    let mut clause: Vec<Literal> = conflict
                        .iter()
                        .map(|l| Literal { var: l.var, value: !l.value })
                        .collect();
                    clause.sort_unstable();
                    clause.dedup();
                    clauses.push(clause);
                }
            }
            let root = d.propagate_all();
            let expected = naive_fixpoint(&clauses, &[]);
            prop_assert_eq!(root.is_ok(), expected.is_some());
            if root.is_err() {
                return Ok(());
            }
            prop_assert_eq!(Some(current(&d)), expected);
            let mut given: Vec<(usize, bool)> = Vec::new();
            let mut marks: Vec<(usize, usize)> = Vec::new();
            for (j, v, action) in steps {
                if action == 0 && !marks.is_empty() {
                    let (mark, len) = marks.pop().unwrap();
                    d.undo(mark);
                    given.truncate(len);
                } else if !d.is_fixed(VarId(j as u32)) {
                    let mark = d.mark();
                    let result = d.fix(VarId(j as u32), f64::from(u8::from(v)));
                    let mut with = given.clone();
                    with.push((j, v));
                    let expected = naive_fixpoint(&clauses, &with);
                    prop_assert_eq!(result.is_ok(), expected.is_some(), "fixing x{} = {}", j, v);
                    if result.is_ok() {
                        marks.push((mark, given.len()));
                        given = with;
                    }
                }
                prop_assert_eq!(Some(current(&d)), naive_fixpoint(&clauses, &given));
            }
        }
    }

    #[test]
    fn deletion_keeps_the_most_active_clauses_and_they_still_propagate() {
        let p = binaries();
        let mut d = Domains::new(&p, 100);
        // Six clauses "not (x0 = 1 and x_k = 1)", k = 1..=6.
        for k in 1..N {
            assert!(d.learn(&[lit((0, true)), lit((k, true))]));
        }
        d.propagate_all().unwrap();
        let root = d.mark();
        // Fixing x1 = 1 fires clause 0 (x0 = 0), x2 = 1 clause 1 (x0 is
        // already 0: nothing). Clause 0 is raised.
        d.fix(VarId(1), 1.0).unwrap();
        assert_eq!(d.upper(VarId(0)), 0.0);
        d.undo(root);
        assert_eq!(d.reduce_learned(4), 4, "six clauses, capacity 4: two stay");
        assert_eq!(d.num_learned(), 2);
        assert_eq!(d.deleted_clauses(), 4);
        // The clause that propagated is kept (with the latest one learned).
        d.fix(VarId(1), 1.0).unwrap();
        assert_eq!(d.upper(VarId(0)), 0.0, "the active clause survived");
        d.undo(root);
        // Nothing is deleted while a clause is a reason on the trail.
        d.fix(VarId(1), 1.0).unwrap();
        assert_eq!(d.reduce_learned(1), 0);
    }
}

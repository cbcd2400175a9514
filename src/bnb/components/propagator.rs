//! [`Propagator`]: domain reductions beyond the rows' activity propagation
//! (which [`crate::domains`] does for every row and the objective cutoff):
//! symmetry fixing, reduced-cost fixing.

use crate::domains::{Conflict, Domains};
use crate::model::{Problem, VarId};
use crate::simplex::Lp;

/// What a propagator sees: the node's domains (to tighten), the global
/// bounds, the LP, its value when solved, and the cutoff.
pub struct PropagationContext<'s, 'a> {
    problem: &'a Problem,
    domains: &'s mut Domains<'a>,
    global: (&'s [f64], &'s [f64]),
    lp: &'s Lp,
    lp_value: Option<f64>,
    cutoff: Option<f64>,
}

impl<'s, 'a> PropagationContext<'s, 'a> {
    pub(crate) fn new(
        problem: &'a Problem,
        domains: &'s mut Domains<'a>,
        global: (&'s [f64], &'s [f64]),
        (lp, lp_value): (&'s Lp, Option<f64>),
        cutoff: Option<f64>,
    ) -> Self {
        PropagationContext {
            problem,
            domains,
            global,
            lp,
            lp_value,
            cutoff,
        }
    }

    /// The problem the search works on.
    pub fn problem(&self) -> &'a Problem {
        self.problem
    }

    /// The node's domains.
    pub fn domains(&self) -> &Domains<'a> {
        self.domains
    }

    /// The node's domains, to tighten (propagate after tightening).
    pub fn domains_mut(&mut self) -> &mut Domains<'a> {
        self.domains
    }

    /// Global (root) lower bounds of the columns.
    pub fn global_lower(&self) -> &'s [f64] {
        self.global.0
    }

    /// Global (root) upper bounds of the columns.
    pub fn global_upper(&self) -> &'s [f64] {
        self.global.1
    }

    /// The LP: at the node's optimum in [`Propagator::after_lp`] and
    /// [`Propagator::root_lp_final`]; otherwise the last one solved.
    pub fn lp(&self) -> &'s Lp {
        self.lp
    }

    /// The node's LP value (minimization form) once it is solved.
    pub fn lp_value(&self) -> Option<f64> {
        self.lp_value
    }

    /// The pruning threshold (minimization form, no offset) once an
    /// incumbent is known.
    pub fn cutoff(&self) -> Option<f64> {
        self.cutoff
    }

    /// Narrows each `(column, lower, upper)` (a change that does not
    /// tighten is ignored) and propagates; returns how many domains the
    /// changes themselves tightened (propagation's own not counted).
    ///
    /// # Errors
    /// [`Conflict`] when a domain empties.
    pub fn tighten_and_propagate(
        &mut self,
        changes: impl Iterator<Item = (u32, f64, f64)>,
    ) -> Result<usize, Conflict> {
        let before = self.domains.mark();
        for (j, lo, hi) in changes {
            self.domains.tighten(VarId(j), lo, hi)?;
        }
        let tightened = self.domains.mark() - before;
        self.domains.propagate()?;
        Ok(tightened)
    }
}

/// The hooks a propagator implements (the search calls, and counts, only
/// those).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hooks {
    /// [`Propagator::at_node`].
    pub at_node: bool,
    /// [`Propagator::after_lp`].
    pub after_lp: bool,
    /// [`Propagator::zero_child`].
    pub zero_child: bool,
}

/// A propagator: bound changes the rows alone do not derive. Every hook
/// has a default that does nothing; each returns how many bounds it
/// changed, or the conflict that prunes the node.
pub trait Propagator {
    /// The component's name (`prop.orbitopal`), unique in the search.
    fn name(&self) -> &str;

    /// The hooks it implements ([`root_lp_final`](Self::root_lp_final) is
    /// always called).
    fn hooks(&self) -> Hooks;

    /// At every node once its branchings are propagated, before its LP
    /// (at the root: before the first LP).
    ///
    /// # Errors
    /// [`Conflict`] when the node is infeasible.
    fn at_node(&mut self, _ctx: &mut PropagationContext<'_, '_>) -> Result<u64, Conflict> {
        Ok(0)
    }

    /// After the node's LP was solved to optimality (value in
    /// [`PropagationContext::lp_value`]); a change makes the search solve
    /// the LP again.
    ///
    /// # Errors
    /// [`Conflict`] when the node is infeasible.
    fn after_lp(&mut self, _ctx: &mut PropagationContext<'_, '_>) -> Result<u64, Conflict> {
        Ok(0)
    }

    /// Once, with the root LP after the cut rounds: what the propagator
    /// wants to keep from it (reduced costs).
    fn root_lp_final(&mut self, _ctx: &PropagationContext<'_, '_>) {}

    /// Columns the 0-child of a branching on the binary `var` may fix to 0
    /// (orbital fixing); counted as its bound changes.
    fn zero_child(&mut self, _domains: &Domains<'_>, _var: u32) -> Vec<u32> {
        Vec::new()
    }
}

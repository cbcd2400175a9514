//! Symmetry handling during the branch-and-bound search: orbitopal fixing
//! on the packing/partitioning orbitopes, orbital fixing on the remaining
//! symmetry.
//!
//! Both are *dynamic*: they look at a node's local bounds and fix binary
//! variables, instead of adding rows once (as
//! [`breaking`](crate::symmetry::breaking) does).
//!
//! - [`OrbitopalFixing`] (Kaibel, Peinhardt & Pfetsch, "Orbitopal fixing",
//!   2007/2011) keeps, in every orbitope that has packing or partitioning
//!   rows, only the solutions whose columns restricted to those rows are
//!   sorted lexicographically decreasing — the representative of
//!   [`breaking`](crate::symmetry::breaking). It is a *global* restriction
//!   (the same set of solutions at every node), so it is valid whatever the
//!   branching rule, and it is complete: it fixes every packing-row variable
//!   that takes the same value in all sorted 0/1 matrices within the node's
//!   bounds, and reports [`Infeasible`] when there is none.
//! - [`OrbitalFixing`] is orbital branching (Ostrowski, Linderoth, Rossi &
//!   Smriglio, "Orbital branching", 2011) restricted to the orbit of the
//!   branching variable: when node `p` branches `x_v = 0 | x_v = 1`, the
//!   0-child may also fix to 0 every variable in the orbit of `v` under a
//!   group of symmetries that map `p`'s local bounds onto themselves.
//!
//! # What the branch-and-bound core must honour
//!
//! 1. **Orbitopal fixing** may be called at any node, any number of times,
//!    with the node's current local bounds; its fixings are local to the
//!    node's subtree. The `Symmetry` must be one of the problem being solved
//!    (static rows added by
//!    [`with_breaking_constraints`](crate::symmetry::breaking::with_breaking_constraints)
//!    are compatible: they keep the same representative).
//! 2. **Orbital fixing** is called when a node `p` is *branched*, not when a
//!    node is processed: [`OrbitalFixing::zero_child_fixings`] takes the
//!    bounds of `p` exactly as both children inherit them (after all of
//!    `p`'s propagation) and the binary branching variable `v`, and its
//!    fixings belong to the child `x_v = 0` only. The branching must be the
//!    dichotomy `x_v <= 0 | x_v >= 1` on one binary variable (other nodes
//!    may branch differently; they just do not call the hook), and the
//!    1-child must be searched — it may be pruned by infeasibility, by its
//!    bound, or by this module's fixings, nothing else. "Branched" means
//!    exactly this: the variable `p` branches on, with `p`'s bounds;
//!    variables fixed by propagation need no bookkeeping (they are in the
//!    bounds). Any branching *order* is fine: the rule needs neither a fixed variable
//!    order nor the branching variable to be minimal in its orbit (those are
//!    the preconditions of Margot's isomorphism pruning and of the
//!    "branched-to-1 stabilizer" form of orbital fixing, which this module
//!    does not use).
//! 3. **Combining both** is sound because orbital fixing only uses the
//!    generators whose variable support is disjoint from every orbitope that
//!    orbitopal fixing handles (see [`handled_orbitopes`]): such a
//!    symmetry does not change any orbitope variable, so it maps sorted
//!    solutions to sorted solutions. Orbital fixing with a group that moves
//!    orbitope columns or rows together with orbitopal fixing is unsound in
//!    general and is never done here.
//! 4. **Cuts and conflicts**: a row the core enforces at a node (cuts,
//!    conflict constraints, objective cutoff) must either be valid for all
//!    integer points of the node's subproblem (original rows + local bounds)
//!    or be invariant under the generators used by orbital fixing. In
//!    particular, conflicts learned from a subtree that symmetry handling
//!    pruned are not globally valid.
//!
//! # Why the rules are sound
//!
//! Let `S` be the solutions of the problem whose orbitope columns are sorted
//! (restricted to packing rows). Every feasible solution has an image in
//! `S` (sort the columns; column permutations are symmetries) with the same
//! objective. Claim: the search below a node `a` finds, for every
//! `x ∈ S` within `a`'s bounds, a solution `g·x ∈ S` within `a`'s bounds
//! (for a symmetry `g`), or one at least as good. Orbitopal fixing removes
//! only points outside `S`. At a branching on `v` at `p`, a solution `x` of
//! the 0-child with `x_w = 1` for `w` in the orbit of `v` under `H` (a group
//! whose generators map `p`'s bounds onto themselves and touch no handled
//! orbitope) has the image `h·x`, `h ∈ H`, `h(w) = v`: it lies within `p`'s
//! bounds, in `S`, and has `x_v = 1`, so the 1-child finds an image of it.
//! Induction over the (finite) tree gives the claim at the root.

mod orbital;
mod orbitopal;

use std::fmt;

pub use orbital::OrbitalFixing;
pub use orbitopal::OrbitopalFixing;

use crate::model::Problem;
use crate::symmetry::breaking::packing_rows;
use crate::symmetry::{Orbitope, Symmetry};

/// The node's bounds admit no solution that the symmetry handling keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Infeasible {
    /// The orbitope (index into [`Symmetry::orbitopes`]) whose sorted
    /// representatives all violate the bounds.
    pub orbitope: usize,
}

impl fmt::Display for Infeasible {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no sorted solution of orbitope {} fits the node's bounds",
            self.orbitope
        )
    }
}

impl std::error::Error for Infeasible {}

/// The orbitopes that [`OrbitopalFixing`] handles, with their packing or
/// partitioning rows (in orbitope order): those of `symmetry.orbitopes`
/// with at least one such row. Returned as `(orbitope index, rows)`.
pub fn handled_orbitopes(problem: &Problem, symmetry: &Symmetry) -> Vec<(usize, Vec<usize>)> {
    symmetry
        .orbitopes
        .iter()
        .enumerate()
        .filter(|(_, o)| o.num_cols() >= 2)
        .map(|(i, o)| (i, packing_rows(problem, o)))
        .filter(|(_, rows)| !rows.is_empty())
        .collect()
}

/// Every variable of `orbitope` (all rows, all columns).
fn orbitope_vars(orbitope: &Orbitope) -> impl Iterator<Item = usize> + '_ {
    orbitope.columns.iter().flatten().map(|v| v.index())
}

#[cfg(test)]
mod tests;

//! The numerical tolerances of the branch-and-cut and its domains, in one
//! place, each named for what it decides.
//!
//! The verifier's own tolerances ([`crate::verify::Tolerances`]) judge the
//! reported points; these steer the search (propagation, integrality of LP
//! points, cut separation).

/// Distance to the nearest integer below which a value counts as integral:
/// an LP value of an integer column closer than this to an integer is not
/// branched on, and a propagated bound of an integer column this close to
/// an integer is rounded onto it.
pub const INTEGRALITY: f64 = 1e-6;

/// Relative slack of a domain conflict: propagation reports an empty domain
/// only when the new lower bound exceeds the upper one by more than
/// `DOMAIN_CROSSING·(1 + |lower|)`.
pub const DOMAIN_CROSSING: f64 = 1e-9;

/// Relative feasibility slack of the cut separators: a knapsack cover
/// `Σ a_j > b` or a pairwise conflict `a_i + a_j > b` counts only when it
/// exceeds `b + SEPARATION_FEASIBILITY·max(1, |b|)`, so an integer point a
/// feasibility check with tolerance 1e-6 accepts is never cut off.
pub const SEPARATION_FEASIBILITY: f64 = 1e-6;

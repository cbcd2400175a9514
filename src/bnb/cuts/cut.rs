//! [`Cut`]: one valid inequality `Σ coefs·x <= rhs` over structural columns,
//! and the family that produced it.

use crate::model::VarId;

/// The separator that produced a cut (for statistics and per-family limits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CutFamily {
    /// A lifted knapsack cover ([`knapsack_covers`](super::knapsack_covers)).
    Cover,
    /// A clique of the conflict graph ([`ConflictGraph`](super::ConflictGraph)).
    Clique,
    /// A Gomory mixed-integer cut ([`gomory_mixed_integer`](super::gomory_mixed_integer)).
    Gomory,
    /// A complemented mixed-integer rounding cut of one row ([`cmir_cuts`](super::cmir_cuts)).
    Mir,
    /// A c-MIR cut of an aggregation of several rows
    /// ([`aggregated_cmir_cuts`](super::aggregated_cmir_cuts)).
    Aggregation,
    /// Any other family (a separator registered through
    /// [`Plugins`](crate::bnb::components::Plugins)); the search counts cuts
    /// by the separator that produced them, not by this tag.
    Other,
}

/// The inequality `Σ_i coefs[i]·x[vars[i]] <= rhs` over the problem's
/// structural columns.
///
/// Invariants kept by every separator here: `vars` strictly increasing,
/// `vars.len() == coefs.len()`, no zero coefficient, all numbers finite.
/// [`Cut::from_terms`] builds one that keeps them.
#[derive(Clone, Debug, PartialEq)]
pub struct Cut {
    /// The columns with a nonzero coefficient, strictly increasing.
    pub vars: Vec<VarId>,
    /// The coefficients, one per entry of `vars`.
    pub coefs: Vec<f64>,
    /// The right-hand side.
    pub rhs: f64,
    /// The separator that produced it.
    pub family: CutFamily,
}

impl Cut {
    /// A cut from terms in any order: equal columns are summed, exact zeros
    /// dropped, columns sorted.
    pub fn from_terms(mut terms: Vec<(VarId, f64)>, rhs: f64, family: CutFamily) -> Self {
        terms.sort_by_key(|&(v, _)| v);
        let mut vars: Vec<VarId> = Vec::with_capacity(terms.len());
        let mut coefs: Vec<f64> = Vec::with_capacity(terms.len());
        for (v, a) in terms {
            if vars.last() == Some(&v) {
                *coefs.last_mut().expect("same length") += a;
            } else {
                vars.push(v);
                coefs.push(a);
            }
        }
        let mut k = 0;
        for i in 0..vars.len() {
            if coefs[i] != 0.0 {
                vars[k] = vars[i];
                coefs[k] = coefs[i];
                k += 1;
            }
        }
        vars.truncate(k);
        coefs.truncate(k);
        Cut {
            vars,
            coefs,
            rhs,
            family,
        }
    }

    /// `Σ coefs·x` at the point `x` (indexed by [`VarId::index`]).
    ///
    /// # Panics
    /// When `x` is shorter than the largest column index of the cut.
    pub fn activity(&self, x: &[f64]) -> f64 {
        self.vars
            .iter()
            .zip(&self.coefs)
            .map(|(v, a)| a * x[v.index()])
            .sum()
    }

    /// `activity - rhs`: positive when `x` violates the cut.
    pub fn violation(&self, x: &[f64]) -> f64 {
        self.activity(x) - self.rhs
    }

    /// The Euclidean norm of the coefficients.
    pub fn norm(&self) -> f64 {
        self.coefs.iter().map(|a| a * a).sum::<f64>().sqrt()
    }

    /// `violation / ‖coefs‖₂`: the Euclidean distance from `x` to the cut's
    /// hyperplane when violated (negative when satisfied), invariant under
    /// scaling of the cut. Zero for a cut without coefficients.
    pub fn efficacy(&self, x: &[f64]) -> f64 {
        let norm = self.norm();
        if norm > 0.0 {
            self.violation(x) / norm
        } else {
            0.0
        }
    }

    /// True when every coefficient and the right-hand side are finite, the
    /// columns are strictly increasing and no coefficient is zero.
    pub fn is_well_formed(&self) -> bool {
        self.vars.len() == self.coefs.len()
            && self.rhs.is_finite()
            && self.coefs.iter().all(|a| a.is_finite() && *a != 0.0)
            && self.vars.windows(2).all(|w| w[0] < w[1])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_terms_merges_sorts_and_drops_zeros() {
        let c = Cut::from_terms(
            vec![
                (VarId(3), 1.0),
                (VarId(1), 2.0),
                (VarId(3), -1.0),
                (VarId(0), 0.5),
            ],
            1.0,
            CutFamily::Cover,
        );
        assert_eq!(c.vars, vec![VarId(0), VarId(1)]);
        assert_eq!(c.coefs, vec![0.5, 2.0]);
        assert!(c.is_well_formed());
    }

    #[test]
    fn efficacy_is_the_distance_to_the_hyperplane() {
        // 3x + 4y <= 5 at (3, 4): violation 25 - 5 = 20, norm 5, distance 4.
        let c = Cut::from_terms(
            vec![(VarId(0), 3.0), (VarId(1), 4.0)],
            5.0,
            CutFamily::Gomory,
        );
        assert_eq!(c.violation(&[3.0, 4.0]), 20.0);
        assert_eq!(c.efficacy(&[3.0, 4.0]), 4.0);
        let scaled = Cut::from_terms(
            vec![(VarId(0), 6.0), (VarId(1), 8.0)],
            10.0,
            CutFamily::Gomory,
        );
        assert_eq!(scaled.efficacy(&[3.0, 4.0]), 4.0);
        assert!(c.efficacy(&[0.0, 0.0]) < 0.0);
    }
}

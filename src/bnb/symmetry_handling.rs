//! The search's use of [`super::symmetry`]: symmetry detected once, then
//! orbitopal fixing at every node (until nothing changes, with
//! propagation between rounds) and orbital fixing for the 0-child of every
//! binary branching.

use super::settings::BnbStats;
use super::symmetry::{OrbitalFixing, OrbitopalFixing};
use crate::budget::Budget;
use crate::domains::{Conflict, Domains};
use crate::model::{Problem, VarId};
use crate::symmetry::{SearchLimits, Symmetry, SymmetryOptions, detect};

/// Orbitopal and orbital fixing, or nothing.
pub(crate) struct SymmetryHandling {
    orbitopal: Option<OrbitopalFixing>,
    orbital: Option<OrbitalFixing>,
    buffer: Vec<(usize, f64)>,
}

impl SymmetryHandling {
    /// No symmetry handling.
    pub fn disabled() -> Self {
        SymmetryHandling {
            orbitopal: None,
            orbital: None,
            buffer: Vec::new(),
        }
    }

    /// Detects the problem's symmetry within `budget` and prepares both
    /// fixings (each left out when it has nothing to work on).
    pub fn detect(problem: &Problem, budget: &Budget) -> Self {
        let options = SymmetryOptions {
            limits: SearchLimits {
                time: budget.remaining(),
                ..SearchLimits::default()
            },
            canonical_ranks: false,
            ..SymmetryOptions::default()
        };
        Self::from_symmetry(problem, &detect(problem, &options))
    }

    /// Prepares both fixings from symmetry found before (each left out
    /// when it has nothing to work on).
    pub fn from_symmetry(problem: &Problem, symmetry: &Symmetry) -> Self {
        if symmetry.generators.is_empty() {
            return Self::disabled();
        }
        let orbitopal = OrbitopalFixing::new(problem, symmetry);
        let orbital = OrbitalFixing::new(problem, symmetry);
        SymmetryHandling {
            orbitopal: (!orbitopal.is_empty()).then_some(orbitopal),
            orbital: (!orbital.is_empty()).then_some(orbital),
            buffer: Vec::new(),
        }
    }

    /// True when neither fixing has anything to do.
    pub fn is_empty(&self) -> bool {
        self.orbitopal.is_none() && self.orbital.is_none()
    }

    /// Orbitopes handled by orbitopal fixing.
    pub fn orbitopes(&self) -> usize {
        self.orbitopal
            .as_ref()
            .map_or(0, OrbitopalFixing::num_orbitopes)
    }

    /// Orbitopal fixing on the node's domains, propagated, until nothing
    /// changes.
    pub fn fix(&mut self, domains: &mut Domains<'_>, stats: &mut BnbStats) -> Result<(), Conflict> {
        let Some(orbitopal) = self.orbitopal.as_mut() else {
            return Ok(());
        };
        for _ in 0..50 {
            self.buffer.clear();
            orbitopal
                .propagate(domains.lowers(), domains.uppers(), &mut self.buffer)
                .map_err(|_| Conflict)?;
            if self.buffer.is_empty() {
                return Ok(());
            }
            for &(v, value) in &self.buffer {
                domains.tighten(VarId(v as u32), value, value)?;
            }
            stats.orbitopal_fixings += self.buffer.len() as u64;
            domains.propagate()?;
        }
        Ok(())
    }

    /// Orbital fixing for the 0-child of a branching on the binary `var`
    /// at a node with `domains`: the variables that child may fix to 0.
    pub fn zero_child_fixings(&mut self, domains: &Domains<'_>, var: u32) -> Vec<u32> {
        let Some(orbital) = self.orbital.as_mut() else {
            return Vec::new();
        };
        self.buffer.clear();
        orbital.zero_child_fixings(
            domains.lowers(),
            domains.uppers(),
            var as usize,
            &mut self.buffer,
        );
        self.buffer.iter().map(|&(w, _)| w as u32).collect()
    }
}

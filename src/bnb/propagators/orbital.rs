//! `prop.orbital`: orbital fixing for the 0-child of every binary
//! branching (see [`OrbitalFixing`]).

use crate::bnb::components::{Hooks, Propagator};
use crate::bnb::symmetry::OrbitalFixing;
use crate::domains::Domains;

pub(super) const NAME: &str = "prop.orbital";

/// Orbital fixing on the detected generators.
pub(crate) struct Orbital {
    fixing: OrbitalFixing,
    buffer: Vec<(usize, f64)>,
}

impl Orbital {
    pub(crate) fn new(fixing: OrbitalFixing) -> Self {
        Orbital {
            fixing,
            buffer: Vec::new(),
        }
    }
}

impl Propagator for Orbital {
    fn name(&self) -> &str {
        NAME
    }

    fn hooks(&self) -> Hooks {
        Hooks {
            zero_child: true,
            ..Hooks::default()
        }
    }

    fn zero_child(&mut self, domains: &Domains<'_>, var: u32) -> Vec<u32> {
        self.buffer.clear();
        self.fixing.zero_child_fixings(
            domains.lowers(),
            domains.uppers(),
            var as usize,
            &mut self.buffer,
        );
        self.buffer.iter().map(|&(w, _)| w as u32).collect()
    }
}

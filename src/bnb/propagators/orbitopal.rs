//! `prop.orbitopal`: orbitopal fixing at every node (see
//! [`OrbitopalFixing`]), propagated between rounds until nothing changes.

use crate::bnb::components::{Hooks, PropagationContext, Propagator};
use crate::bnb::symmetry::OrbitopalFixing;
use crate::domains::Conflict;
use crate::model::VarId;

pub(super) const NAME: &str = "prop.orbitopal";

/// Rounds of fixing and propagation at one node at most.
const MAX_ROUNDS: usize = 50;

/// Orbitopal fixing on the detected orbitopes.
pub(crate) struct Orbitopal {
    fixing: OrbitopalFixing,
    buffer: Vec<(usize, f64)>,
}

impl Orbitopal {
    pub(crate) fn new(fixing: OrbitopalFixing) -> Self {
        Orbitopal {
            fixing,
            buffer: Vec::new(),
        }
    }
}

impl Propagator for Orbitopal {
    fn name(&self) -> &str {
        NAME
    }

    fn hooks(&self) -> Hooks {
        Hooks {
            at_node: true,
            ..Hooks::default()
        }
    }

    fn at_node(&mut self, ctx: &mut PropagationContext<'_, '_>) -> Result<u64, Conflict> {
        let mut fixed = 0;
        for _ in 0..MAX_ROUNDS {
            self.buffer.clear();
            let domains = ctx.domains_mut();
            self.fixing
                .propagate(domains.lowers(), domains.uppers(), &mut self.buffer)
                .map_err(|_| Conflict)?;
            if self.buffer.is_empty() {
                break;
            }
            for &(v, value) in &self.buffer {
                domains.tighten(VarId(v as u32), value, value)?;
            }
            fixed += self.buffer.len() as u64;
            domains.propagate()?;
        }
        Ok(fixed)
    }
}

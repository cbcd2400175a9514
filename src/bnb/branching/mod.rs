//! The built-in [`BranchingRule`](super::components::BranchingRule)s:
//!
//! - `branch.reliability` ([`Reliability`]): pseudo-costs, initialized by
//!   strong branching (Achterberg, Koch & Martin 2005);
//! - `branch.most_fractional` ([`MostFractional`]): the candidate whose
//!   value is nearest to one half; asked when the rules before it decline
//!   (or are switched off).

mod most_fractional;
mod reliability;

pub(crate) use most_fractional::MostFractional;
pub(crate) use reliability::Reliability;

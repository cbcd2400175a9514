//! Branch-and-cut: the pieces of symbreak's own MILP solver.
pub mod cuts;

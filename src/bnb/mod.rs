//! Branch-and-cut: node propagation, including the dynamic symmetry
//! handling of [`symmetry`] (orbitopal and orbital fixing).

pub mod symmetry;

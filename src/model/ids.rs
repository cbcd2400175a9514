//! Typed indices for variables (columns) and constraints (rows).

use std::fmt;

use serde::{Deserialize, Serialize};

/// The index of a variable (a column of the matrix).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct VarId(pub u32);

/// The index of a constraint (a row of the matrix).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ConsId(pub u32);

impl VarId {
    /// The position of this variable in per-variable vectors.
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl ConsId {
    /// The position of this row in per-row vectors.
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Display for VarId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "x{}", self.0)
    }
}

impl fmt::Display for ConsId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "r{}", self.0)
    }
}

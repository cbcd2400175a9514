//! A value for every variable of a problem.

use std::ops::{Index, IndexMut};

use super::{Problem, VarId};

/// One value per variable, indexed by [`VarId`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Solution {
    values: Vec<f64>,
}

impl Solution {
    /// Wraps a vector of values, one per variable in id order.
    pub fn from_values(values: Vec<f64>) -> Self {
        Solution { values }
    }

    /// All zeros for `problem`.
    pub fn zeros(problem: &Problem) -> Self {
        Solution {
            values: vec![0.0; problem.num_vars()],
        }
    }

    /// The values in id order.
    pub fn values(&self) -> &[f64] {
        &self.values
    }

    /// Consumes the solution into its values.
    pub fn into_values(self) -> Vec<f64> {
        self.values
    }

    /// The number of values.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// True if there are no values.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

impl Index<VarId> for Solution {
    type Output = f64;
    fn index(&self, v: VarId) -> &f64 {
        &self.values[v.index()]
    }
}

impl IndexMut<VarId> for Solution {
    fn index_mut(&mut self, v: VarId) -> &mut f64 {
        &mut self.values[v.index()]
    }
}

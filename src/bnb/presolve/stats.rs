//! What presolve did, per reduction (in the run's statistics and its log).

use std::fmt;

use serde::Serialize;

/// Counts of the presolve reductions (see the `bnb` module docs).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PresolveStats {
    /// Fixpoint rounds run.
    pub rounds: usize,
    /// Rows removed in all.
    pub removed_rows: usize,
    /// Columns removed in all.
    pub removed_columns: usize,
    /// Matrix entries fewer in the reduced problem.
    pub removed_nonzeros: usize,
    /// Empty rows dropped.
    pub empty_rows: usize,
    /// Singleton rows turned into bounds.
    pub singleton_rows: usize,
    /// Columns with equal bounds removed.
    pub fixed_columns: usize,
    /// Integer bounds tightened from row activities.
    pub tightened_bounds: usize,
    /// Rows removed because no side can bind.
    pub redundant_rows: usize,
    /// Row sides dropped because they cannot bind.
    pub redundant_sides: usize,
    /// Binary coefficients tightened on one-sided rows.
    pub tightened_coefficients: usize,
    /// Columns fixed at a bound they are dominated by (dual fixing).
    pub dual_fixed: usize,
    /// Implied-free continuous column singletons substituted out.
    pub singleton_columns: usize,
    /// Doubleton equations aggregated.
    pub doubleton_equations: usize,
    /// Rows merged into a parallel row.
    pub parallel_rows: usize,
    /// Continuous columns found integral.
    pub implied_integers: usize,
    /// Identical, mutually exclusive binary columns fixed to 0 (all but the
    /// cheapest of each group).
    pub parallel_columns: usize,
    /// Binaries fixed by probing (one side propagates to a conflict).
    pub probing_fixed: usize,
    /// Integer bounds implied by both sides of a probe.
    pub probing_implied: usize,
}

impl PresolveStats {
    /// Whether any reduction changed the problem.
    pub fn changed_anything(&self) -> bool {
        self.removed_rows
            + self.removed_columns
            + self.tightened_bounds
            + self.redundant_sides
            + self.tightened_coefficients
            + self.implied_integers
            + self.probing_fixed
            + self.probing_implied
            > 0
    }
}

impl fmt::Display for PresolveStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "presolve: {} rounds, removed {} rows, {} columns, {} nonzeros \
             (empty rows {}, singleton rows {}, fixed columns {}, dual fixed {}, \
             redundant rows {}, parallel rows {}, parallel columns {}, singleton columns {}, doubletons {}); \
             tightened {} bounds, {} sides, {} coefficients; {} implied integers; \
             probing fixed {}, implied {} bounds",
            self.rounds,
            self.removed_rows,
            self.removed_columns,
            self.removed_nonzeros,
            self.empty_rows,
            self.singleton_rows,
            self.fixed_columns,
            self.dual_fixed,
            self.redundant_rows,
            self.parallel_rows,
            self.parallel_columns,
            self.singleton_columns,
            self.doubleton_equations,
            self.tightened_bounds,
            self.redundant_sides,
            self.tightened_coefficients,
            self.implied_integers,
            self.probing_fixed,
            self.probing_implied,
        )
    }
}

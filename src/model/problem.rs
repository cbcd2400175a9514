//! The immutable, sparse [`Problem`].

use serde::{Deserialize, Serialize};

use super::names::LazyNameIndex;
use super::{ConsId, Names, ProblemBuilder, ProblemStats, SparseMatrix, VarId};

/// Whether the objective is minimized or maximized.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sense {
    /// Minimize the objective (the default, as in MPS).
    #[default]
    #[serde(rename = "min")]
    Minimize,
    /// Maximize the objective.
    #[serde(rename = "max")]
    Maximize,
}

impl Sense {
    /// `"min"` or `"max"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Sense::Minimize => "min",
            Sense::Maximize => "max",
        }
    }

    /// True if `a` is a strictly better objective value than `b` in this sense.
    pub fn is_better(self, a: f64, b: f64) -> bool {
        match self {
            Sense::Minimize => a < b,
            Sense::Maximize => a > b,
        }
    }

    /// `1.0` when minimizing, `-1.0` when maximizing: the factor that turns
    /// the objective into one to minimize.
    pub fn sign(self) -> f64 {
        match self {
            Sense::Minimize => 1.0,
            Sense::Maximize => -1.0,
        }
    }
}

/// The kind of a variable.
///
/// Invariant kept by [`ProblemBuilder::build`]: a variable is `Binary`
/// exactly when it is integral with bounds `[0, 1]`. An `Integer` variable
/// with bounds `[0, 1]` becomes `Binary`; a `Binary` one with other bounds
/// becomes `Integer` with those bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VarKind {
    /// A real-valued variable.
    Continuous,
    /// An integer variable (bounds other than `[0, 1]`).
    Integer,
    /// A 0/1 variable.
    Binary,
}

impl VarKind {
    /// True for `Integer` and `Binary`.
    #[inline]
    pub fn is_integral(self) -> bool {
        !matches!(self, VarKind::Continuous)
    }
}

/// A mixed-integer linear program, stored sparse by rows and by columns.
///
/// Built with [`ProblemBuilder`]; see the [module documentation](super) for
/// the mathematical form.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub(super) name: String,
    pub(super) objective_name: String,
    pub(super) sense: Sense,
    pub(super) objective_offset: f64,
    pub(super) var_names: Names,
    pub(super) var_kinds: Vec<VarKind>,
    pub(super) var_lower: Vec<f64>,
    pub(super) var_upper: Vec<f64>,
    /// Semi-continuity flags (see [`Problem::is_semi`]), indexed by id.
    pub(super) var_semi: Vec<bool>,
    pub(super) objective: Vec<f64>,
    pub(super) row_names: Names,
    pub(super) row_lower: Vec<f64>,
    pub(super) row_upper: Vec<f64>,
    pub(super) by_rows: SparseMatrix,
    pub(super) by_cols: SparseMatrix,
    pub(super) var_index: LazyNameIndex,
    pub(super) row_index: LazyNameIndex,
}

impl Problem {
    /// The problem's name (the MPS `NAME`, or the file stem).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The objective row's name (`obj` unless the file named it).
    pub fn objective_name(&self) -> &str {
        &self.objective_name
    }

    /// Minimize or maximize.
    pub fn sense(&self) -> Sense {
        self.sense
    }

    /// The constant added to `c·x` in the objective.
    pub fn objective_offset(&self) -> f64 {
        self.objective_offset
    }

    /// The number of variables (columns).
    pub fn num_vars(&self) -> usize {
        self.var_names.len()
    }

    /// The number of rows (constraints), the objective excluded.
    pub fn num_rows(&self) -> usize {
        self.row_names.len()
    }

    /// The number of stored nonzero matrix entries.
    pub fn num_nonzeros(&self) -> usize {
        self.by_rows.nonzeros()
    }

    /// All variable ids in order.
    pub fn vars(&self) -> impl ExactSizeIterator<Item = VarId> + '_ {
        (0..self.num_vars() as u32).map(VarId)
    }

    /// All row ids in order.
    pub fn rows(&self) -> impl ExactSizeIterator<Item = ConsId> + '_ {
        (0..self.num_rows() as u32).map(ConsId)
    }

    /// A variable's name.
    pub fn var_name(&self, v: VarId) -> &str {
        &self.var_names[v.index()]
    }

    /// A variable's kind.
    pub fn var_kind(&self, v: VarId) -> VarKind {
        self.var_kinds[v.index()]
    }

    /// A variable's lower bound (may be `-inf`).
    pub fn var_lower(&self, v: VarId) -> f64 {
        self.var_lower[v.index()]
    }

    /// A variable's upper bound (may be `+inf`).
    pub fn var_upper(&self, v: VarId) -> f64 {
        self.var_upper[v.index()]
    }

    /// True for a semi-continuous variable (semi-integer when its kind is
    /// integral): its domain is `{0} ∪ [lower, upper]` rather than
    /// `[lower, upper]`.
    ///
    /// Invariant kept by [`ProblemBuilder::build`]: a semi variable has
    /// finite bounds and `0` lies outside them (`lower > 0` or
    /// `upper < 0`); a flag on a variable whose bounds already hold `0`
    /// says nothing and is dropped. So every consumer that reads
    /// [`var_lower`](Self::var_lower)/[`var_upper`](Self::var_upper) as the
    /// domain must also allow `0` when this is true.
    pub fn is_semi(&self, v: VarId) -> bool {
        self.var_semi[v.index()]
    }

    /// The smallest interval holding the variable's domain: its bounds, or
    /// `[min(0, lower), max(0, upper)]` for a semi variable. Bounds
    /// reasoning (activities, propagation) on these is sound for both.
    pub fn var_hull(&self, v: VarId) -> (f64, f64) {
        let (lo, up) = (self.var_lower(v), self.var_upper(v));
        if self.is_semi(v) {
            (lo.min(0.0), up.max(0.0))
        } else {
            (lo, up)
        }
    }

    /// All semi-continuity flags, indexed by [`VarId::index`].
    pub fn semi_flags(&self) -> &[bool] {
        &self.var_semi
    }

    /// True when some variable is semi-continuous or semi-integer.
    pub fn has_semi(&self) -> bool {
        self.var_semi.iter().any(|&s| s)
    }

    /// A variable's objective coefficient.
    pub fn objective_coefficient(&self, v: VarId) -> f64 {
        self.objective[v.index()]
    }

    /// All variable names, indexed by [`VarId::index`].
    pub fn var_names(&self) -> &Names {
        &self.var_names
    }

    /// All variable kinds, indexed by [`VarId::index`].
    pub fn var_kinds(&self) -> &[VarKind] {
        &self.var_kinds
    }

    /// All lower bounds, indexed by [`VarId::index`].
    pub fn var_lowers(&self) -> &[f64] {
        &self.var_lower
    }

    /// All upper bounds, indexed by [`VarId::index`].
    pub fn var_uppers(&self) -> &[f64] {
        &self.var_upper
    }

    /// The objective vector `c`, indexed by [`VarId::index`].
    pub fn objective_coefficients(&self) -> &[f64] {
        &self.objective
    }

    /// A row's name.
    pub fn row_name(&self, r: ConsId) -> &str {
        &self.row_names[r.index()]
    }

    /// All row names, indexed by [`ConsId::index`].
    pub fn row_names(&self) -> &Names {
        &self.row_names
    }

    /// A row's lower side (may be `-inf`).
    pub fn row_lower(&self, r: ConsId) -> f64 {
        self.row_lower[r.index()]
    }

    /// A row's upper side (may be `+inf`).
    pub fn row_upper(&self, r: ConsId) -> f64 {
        self.row_upper[r.index()]
    }

    /// All row lower sides, indexed by [`ConsId::index`].
    pub fn row_lowers(&self) -> &[f64] {
        &self.row_lower
    }

    /// All row upper sides, indexed by [`ConsId::index`].
    pub fn row_uppers(&self) -> &[f64] {
        &self.row_upper
    }

    /// The entries of a row: `(variable, coefficient)`, variables ascending.
    pub fn row(&self, r: ConsId) -> impl ExactSizeIterator<Item = (VarId, f64)> + '_ {
        let (idx, val) = self.by_rows.lane(r.index());
        idx.iter().zip(val).map(|(&j, &a)| (VarId(j), a))
    }

    /// The entries of a column: `(row, coefficient)`, rows ascending.
    pub fn column(&self, v: VarId) -> impl ExactSizeIterator<Item = (ConsId, f64)> + '_ {
        let (idx, val) = self.by_cols.lane(v.index());
        idx.iter().zip(val).map(|(&i, &a)| (ConsId(i), a))
    }

    /// The matrix stored row by row (major = row, minor = variable).
    pub fn matrix_by_rows(&self) -> &SparseMatrix {
        &self.by_rows
    }

    /// The matrix stored column by column (major = variable, minor = row).
    pub fn matrix_by_cols(&self) -> &SparseMatrix {
        &self.by_cols
    }

    /// The variable with this name, in O(1) (the first look-up of a
    /// problem read from a file builds the name index, in O(names)).
    pub fn var_by_name(&self, name: &str) -> Option<VarId> {
        self.var_index.get(name, &self.var_names).map(VarId)
    }

    /// The row with this name, in O(1) (after the index is built, as for
    /// [`var_by_name`](Self::var_by_name)).
    pub fn row_by_name(&self, name: &str) -> Option<ConsId> {
        self.row_index.get(name, &self.row_names).map(ConsId)
    }

    /// `c·x + offset` for a full assignment `x` (one value per variable).
    ///
    /// # Panics
    /// If `x.len() != self.num_vars()`.
    pub fn objective_value(&self, x: &[f64]) -> f64 {
        assert_eq!(x.len(), self.num_vars(), "one value per variable");
        self.objective_offset
            + self
                .objective
                .iter()
                .zip(x)
                .map(|(c, v)| c * v)
                .sum::<f64>()
    }

    /// `a_r · x` for a full assignment `x`.
    ///
    /// # Panics
    /// If `x.len() != self.num_vars()`.
    pub fn row_activity(&self, r: ConsId, x: &[f64]) -> f64 {
        assert_eq!(x.len(), self.num_vars(), "one value per variable");
        self.row(r).map(|(v, a)| a * x[v.index()]).sum()
    }

    /// Sizes and structure: counts by kind, row types, coefficient range.
    pub fn stats(&self) -> ProblemStats {
        ProblemStats::of(self)
    }

    /// Changes the nonzero coefficient of `v` in row `r` to `value` (in both
    /// views) and the row's sides to `lower..=upper`: how presolve tightens
    /// a row in place without rebuilding the problem.
    ///
    /// # Panics
    /// When `v` has no stored coefficient in `r`, `value` is zero or not
    /// finite, or the sides are invalid (presolve passes only values it
    /// computed from the row).
    pub(crate) fn tighten_row(
        &mut self,
        r: ConsId,
        entries: &[(VarId, f64)],
        lower: f64,
        upper: f64,
    ) {
        assert!(lower <= upper && lower < f64::INFINITY && upper > f64::NEG_INFINITY);
        for &(v, value) in entries {
            assert!(value.is_finite() && value != 0.0);
            let found = self.by_rows.set_stored(r.index(), v.0, value)
                && self.by_cols.set_stored(v.index(), r.0, value);
            assert!(found, "no stored coefficient to tighten");
        }
        self.row_lower[r.index()] = lower;
        self.row_upper[r.index()] = upper;
    }

    /// A copy whose column bounds are narrowed to `[lower, upper]` (one pair
    /// per column, intersected with this problem's own): the same rows and
    /// columns, a subset of the points (a sub-MIP's problem).
    ///
    /// # Panics
    /// If a slice's length is not the number of columns, or a narrowed pair
    /// is empty or NaN.
    pub(crate) fn with_narrowed_bounds(&self, lower: &[f64], upper: &[f64]) -> Problem {
        assert!(lower.len() == self.num_vars() && upper.len() == self.num_vars());
        let mut copy = self.clone();
        for j in 0..self.num_vars() {
            let lo = copy.var_lower[j].max(lower[j]);
            let hi = copy.var_upper[j].min(upper[j]);
            assert!(lo <= hi, "column {j}: empty narrowed bounds [{lo}, {hi}]");
            copy.var_lower[j] = lo;
            copy.var_upper[j] = hi;
        }
        copy
    }

    /// A builder holding a copy of this problem, to add rows or change
    /// bounds (fixings) and build a new problem.
    pub fn to_builder(&self) -> ProblemBuilder {
        ProblemBuilder::from_problem(self)
    }
}

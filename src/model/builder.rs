//! [`ProblemBuilder`]: the one way to create a [`Problem`].

use super::names::LazyNameIndex;
use super::{ConsId, ModelError, Names, Problem, Sense, SparseMatrix, VarId, VarKind};

/// Builds a [`Problem`] step by step, checking every value as it comes.
///
/// Rules enforced here (so every reader and every library user gets them):
/// - names are non-empty and unique among variables, and among rows;
/// - coefficients (matrix and objective) and the offset are finite;
/// - bounds are not NaN, a lower bound is not `+inf`, an upper bound is not
///   `-inf`, and `lower <= upper` (for variables and for rows);
/// - a (row, variable) entry is given at most once ([`build`](Self::build)
///   reports a duplicate);
/// - explicit zero coefficients are not stored.
///
/// ```
/// use symbreak::model::{ProblemBuilder, VarKind};
/// let mut b = ProblemBuilder::new("demo");
/// let x = b.add_var("x", VarKind::Continuous, 0.0, f64::INFINITY, 1.0).unwrap();
/// assert!(b.add_var("x", VarKind::Binary, 0.0, 1.0, 0.0).is_err()); // duplicate name
/// assert!(b.add_var("y", VarKind::Integer, 2.0, 1.0, 0.0).is_err()); // lower > upper
/// b.add_row("c", 1.0, f64::INFINITY, &[(x, 1.0)]).unwrap();
/// let p = b.build().unwrap();
/// assert_eq!(p.var_by_name("x"), Some(x));
/// ```
#[derive(Clone, Debug, Default)]
pub struct ProblemBuilder {
    name: String,
    objective_name: String,
    sense: Sense,
    objective_offset: f64,
    var_names: Names,
    var_kinds: Vec<VarKind>,
    var_lower: Vec<f64>,
    var_upper: Vec<f64>,
    var_semi: Vec<bool>,
    objective: Vec<f64>,
    row_names: Names,
    row_lower: Vec<f64>,
    row_upper: Vec<f64>,
    /// `(row, var, value)`.
    triplets: Vec<(u32, u32, f64)>,
    /// Names → ids; the names themselves live only in `var_names`.
    var_index: LazyNameIndex,
    /// Names → ids; the names themselves live only in `row_names`.
    row_index: LazyNameIndex,
}

/// Checks sides `lower <= upper` (neither NaN, `lower` not `+inf`, `upper`
/// not `-inf`); the valid case is a few comparisons, inlined.
#[inline]
fn check_bounds(name: &str, lower: f64, upper: f64, row: bool) -> Result<(), ModelError> {
    // `lower <= upper` is false when either is NaN.
    if lower <= upper && lower != f64::INFINITY && upper != f64::NEG_INFINITY {
        Ok(())
    } else {
        Err(bounds_error(name, lower, upper, row))
    }
}

/// The error [`check_bounds`] reports.
#[cold]
#[inline(never)]
fn bounds_error(name: &str, lower: f64, upper: f64, row: bool) -> ModelError {
    let (lw, uw) = if row {
        ("row lower side", "row upper side")
    } else {
        ("lower bound", "upper bound")
    };
    if lower.is_nan() || lower == f64::INFINITY {
        return ModelError::InvalidBound {
            what: lw,
            name: name.to_string(),
            value: lower,
        };
    }
    if upper.is_nan() || upper == f64::NEG_INFINITY {
        return ModelError::InvalidBound {
            what: uw,
            name: name.to_string(),
            value: upper,
        };
    }
    ModelError::InconsistentBounds {
        name: name.to_string(),
        lower,
        upper,
    }
}

/// False when a semi-continuous domain `{0} ∪ [lower, upper]` would need
/// an infinite bound (`0` outside `[lower, upper]` and a bound infinite);
/// the rule of [`ProblemBuilder::build`], also checked by the readers to
/// report the line.
pub(crate) fn semi_bounds_ok(lower: f64, upper: f64) -> bool {
    (lower <= 0.0 && 0.0 <= upper) || (lower.is_finite() && upper.is_finite())
}

fn check_finite(what: impl FnOnce() -> String, value: f64) -> Result<(), ModelError> {
    if value.is_finite() {
        Ok(())
    } else {
        Err(ModelError::NotFinite {
            what: what(),
            value,
        })
    }
}

impl ProblemBuilder {
    /// An empty minimization problem with this name and objective `obj`.
    pub fn new(name: impl Into<String>) -> Self {
        ProblemBuilder {
            name: name.into(),
            objective_name: "obj".to_string(),
            ..Default::default()
        }
    }

    pub(super) fn from_problem(p: &Problem) -> Self {
        let mut triplets = Vec::with_capacity(p.num_nonzeros());
        for r in p.rows() {
            for (v, a) in p.row(r) {
                triplets.push((r.0, v.0, a));
            }
        }
        ProblemBuilder {
            name: p.name.clone(),
            objective_name: p.objective_name.clone(),
            sense: p.sense,
            objective_offset: p.objective_offset,
            var_names: p.var_names.clone(),
            var_kinds: p.var_kinds.clone(),
            var_lower: p.var_lower.clone(),
            var_upper: p.var_upper.clone(),
            var_semi: p.var_semi.clone(),
            objective: p.objective.clone(),
            row_names: p.row_names.clone(),
            row_lower: p.row_lower.clone(),
            row_upper: p.row_upper.clone(),
            triplets,
            var_index: p.var_index.clone(),
            row_index: p.row_index.clone(),
        }
    }

    /// Sets the problem's name.
    pub fn set_name(&mut self, name: impl Into<String>) {
        self.name = name.into();
    }

    /// Sets the objective row's name (kept for writing files).
    ///
    /// # Errors
    /// An empty name.
    pub fn set_objective_name(&mut self, name: impl Into<String>) -> Result<(), ModelError> {
        let name = name.into();
        if name.is_empty() {
            return Err(ModelError::EmptyName("objective"));
        }
        self.objective_name = name;
        Ok(())
    }

    /// Minimize or maximize.
    pub fn set_sense(&mut self, sense: Sense) {
        self.sense = sense;
    }

    /// Sets the objective's constant term.
    ///
    /// # Errors
    /// A NaN or infinite offset.
    pub fn set_objective_offset(&mut self, offset: f64) -> Result<(), ModelError> {
        check_finite(|| "objective offset".to_string(), offset)?;
        self.objective_offset = offset;
        Ok(())
    }

    /// The number of variables added so far.
    pub fn num_vars(&self) -> usize {
        self.var_names.len()
    }

    /// The number of rows added so far.
    pub fn num_rows(&self) -> usize {
        self.row_names.len()
    }

    /// Makes room for `vars` more variables, `rows` more rows and
    /// `nonzeros` more matrix entries, so that adding them does not
    /// reallocate. Only a hint: adding more is fine.
    ///
    /// Readers pass counts of what they have already read, never sizes a
    /// file merely announces.
    pub fn reserve(&mut self, vars: usize, rows: usize, nonzeros: usize) {
        // Names are guessed at eight bytes; longer ones grow the text.
        self.var_names.reserve(vars, 8 * vars);
        self.var_kinds.reserve(vars);
        self.var_lower.reserve(vars);
        self.var_upper.reserve(vars);
        self.var_semi.reserve(vars);
        self.objective.reserve(vars);
        self.var_index.reserve(vars);
        self.row_names.reserve(rows, 8 * rows);
        self.row_lower.reserve(rows);
        self.row_upper.reserve(rows);
        self.row_index.reserve(rows);
        self.triplets.reserve(nonzeros);
    }

    /// The variable with this name, if added.
    pub fn var_id(&self, name: &str) -> Option<VarId> {
        self.var_index.get(name, &self.var_names).map(VarId)
    }

    /// The row with this name, if added.
    pub fn row_id(&self, name: &str) -> Option<ConsId> {
        self.row_index.get(name, &self.row_names).map(ConsId)
    }

    /// A variable's name.
    ///
    /// # Panics
    /// If `v` was not returned by this builder.
    pub fn var_name(&self, v: VarId) -> &str {
        &self.var_names[v.index()]
    }

    /// A row's name.
    ///
    /// # Panics
    /// If `r` was not returned by this builder.
    pub fn row_name(&self, r: ConsId) -> &str {
        &self.row_names[r.index()]
    }

    /// A variable's current kind and bounds.
    ///
    /// # Panics
    /// If `v` was not returned by this builder.
    pub fn var_kind_and_bounds(&self, v: VarId) -> (VarKind, f64, f64) {
        let i = v.index();
        (self.var_kinds[i], self.var_lower[i], self.var_upper[i])
    }

    /// Adds a variable with its kind, bounds and objective coefficient.
    ///
    /// # Errors
    /// Empty or duplicate name, invalid bounds, non-finite objective.
    pub fn add_var(
        &mut self,
        name: impl AsRef<str>,
        kind: VarKind,
        lower: f64,
        upper: f64,
        objective: f64,
    ) -> Result<VarId, ModelError> {
        let name = name.as_ref();
        let id = self.check_new_var(name, lower, upper, objective)?;
        if self.var_index.insert(name, &self.var_names).is_err() {
            return Err(ModelError::DuplicateVariable(name.to_string()));
        }
        self.push_var(name, kind, lower, upper, objective);
        Ok(VarId(id))
    }

    /// [`add_var`](Self::add_var) for a reader that has already checked
    /// that `name` is new (with its own map of the file's names), so the
    /// name is not hashed a second time here.
    ///
    /// # Errors
    /// As `add_var`, except that a duplicate name is the caller's to catch
    /// (checked in debug builds only).
    #[inline]
    pub(crate) fn add_var_with_new_name(
        &mut self,
        name: impl AsRef<str>,
        kind: VarKind,
        lower: f64,
        upper: f64,
        objective: f64,
    ) -> Result<VarId, ModelError> {
        let name = name.as_ref();
        let id = self.check_new_var(name, lower, upper, objective)?;
        self.var_index.push_trusted(name, &self.var_names);
        self.push_var(name, kind, lower, upper, objective);
        Ok(VarId(id))
    }

    /// The checks every new variable passes (all but the name's
    /// uniqueness); its id if they pass.
    #[inline]
    fn check_new_var(
        &self,
        name: &str,
        lower: f64,
        upper: f64,
        objective: f64,
    ) -> Result<u32, ModelError> {
        if name.is_empty() {
            return Err(ModelError::EmptyName("variable"));
        }
        check_bounds(name, lower, upper, false)?;
        check_finite(|| format!("objective coefficient of '{name}'"), objective)?;
        u32::try_from(self.var_names.len())
            .ok()
            .filter(|&i| i != u32::MAX)
            .ok_or(ModelError::TooLarge("variables"))
    }

    /// The checks every new row passes (all but the name's uniqueness);
    /// its id if they pass.
    #[inline]
    fn check_new_row(&self, name: &str, lower: f64, upper: f64) -> Result<u32, ModelError> {
        if name.is_empty() {
            return Err(ModelError::EmptyName("row"));
        }
        check_bounds(name, lower, upper, true)?;
        u32::try_from(self.row_names.len())
            .ok()
            .filter(|&i| i != u32::MAX)
            .ok_or(ModelError::TooLarge("rows"))
    }

    #[inline]
    fn push_row(&mut self, name: &str, lower: f64, upper: f64) {
        self.row_names.push(name);
        self.row_lower.push(lower);
        self.row_upper.push(upper);
    }

    #[inline]
    fn push_var(&mut self, name: &str, kind: VarKind, lower: f64, upper: f64, objective: f64) {
        self.var_names.push(name);
        self.var_kinds.push(kind);
        self.var_lower.push(lower);
        self.var_upper.push(upper);
        self.var_semi.push(false);
        self.objective.push(objective);
    }

    /// Adds a row `lower <= Σ a_j x_j <= upper` with its entries.
    ///
    /// # Errors
    /// Empty or duplicate name, invalid sides, an unknown variable or a
    /// non-finite coefficient. A duplicate variable within `entries` is
    /// reported by [`build`](Self::build).
    pub fn add_row(
        &mut self,
        name: impl AsRef<str>,
        lower: f64,
        upper: f64,
        entries: &[(VarId, f64)],
    ) -> Result<ConsId, ModelError> {
        let r = self.add_empty_row(name, lower, upper)?;
        for &(v, a) in entries {
            if let Err(e) = self.set_coefficient(r, v, a) {
                self.remove_last_row();
                return Err(e);
            }
        }
        Ok(r)
    }

    fn remove_last_row(&mut self) {
        let r = (self.row_names.len() - 1) as u32;
        while self.triplets.last().is_some_and(|t| t.0 == r) {
            self.triplets.pop();
        }
        self.row_index.remove_last(&self.row_names);
        self.row_names.pop();
        self.row_lower.pop();
        self.row_upper.pop();
    }

    /// Adds a row with no entries yet (readers fill it column by column).
    ///
    /// # Errors
    /// Empty or duplicate name, invalid sides.
    pub fn add_empty_row(
        &mut self,
        name: impl AsRef<str>,
        lower: f64,
        upper: f64,
    ) -> Result<ConsId, ModelError> {
        let name = name.as_ref();
        let id = self.check_new_row(name, lower, upper)?;
        if self.row_index.insert(name, &self.row_names).is_err() {
            return Err(ModelError::DuplicateRow(name.to_string()));
        }
        self.push_row(name, lower, upper);
        Ok(ConsId(id))
    }

    /// [`add_empty_row`](Self::add_empty_row) for a reader that has
    /// already checked that `name` is new (see
    /// [`add_var_with_new_name`](Self::add_var_with_new_name)).
    ///
    /// # Errors
    /// As `add_empty_row`, except that a duplicate name is the caller's to
    ///
    /// catch (debug builds check it).
    #[inline]
    pub(crate) fn add_empty_row_with_new_name(
        &mut self,
        name: impl AsRef<str>,
        lower: f64,
        upper: f64,
    ) -> Result<ConsId, ModelError> {
        let name = name.as_ref();
        let id = self.check_new_row(name, lower, upper)?;
        self.row_index.push_trusted(name, &self.row_names);
        self.push_row(name, lower, upper);
        Ok(ConsId(id))
    }

    fn check_var(&self, v: VarId) -> Result<(), ModelError> {
        if v.index() < self.var_names.len() {
            Ok(())
        } else {
            Err(ModelError::UnknownId {
                what: "variable",
                id: v.0,
            })
        }
    }

    fn check_row(&self, r: ConsId) -> Result<(), ModelError> {
        if r.index() < self.row_names.len() {
            Ok(())
        } else {
            Err(ModelError::UnknownId {
                what: "row",
                id: r.0,
            })
        }
    }

    /// Adds the entry `a_{r,v} = value` (a zero is accepted and not stored).
    ///
    /// # Errors
    /// Unknown ids or a non-finite value. Setting the same entry twice is
    /// reported by [`build`](Self::build).
    pub fn set_coefficient(&mut self, r: ConsId, v: VarId, value: f64) -> Result<(), ModelError> {
        self.check_row(r)?;
        self.check_var(v)?;
        check_finite(
            || {
                format!(
                    "coefficient of '{}' in row '{}'",
                    &self.var_names[v.index()],
                    &self.row_names[r.index()]
                )
            },
            value,
        )?;
        if value != 0.0 {
            self.triplets.push((r.0, v.0, value));
        }
        Ok(())
    }

    /// Sets a variable's objective coefficient.
    ///
    /// # Errors
    /// Unknown id or a non-finite value.
    pub fn set_objective_coefficient(&mut self, v: VarId, value: f64) -> Result<(), ModelError> {
        self.check_var(v)?;
        check_finite(
            || format!("objective coefficient of '{}'", &self.var_names[v.index()]),
            value,
        )?;
        self.objective[v.index()] = value;
        Ok(())
    }

    /// [`set_coefficient`](Self::set_coefficient) for a reader that got
    /// `r` and `v` from this builder and read `value` as a finite number:
    /// nothing is checked again (debug builds check).
    #[inline]
    pub(crate) fn add_coefficient_trusted(&mut self, r: ConsId, v: VarId, value: f64) {
        debug_assert!(r.index() < self.row_names.len() && v.index() < self.var_names.len());
        debug_assert!(value.is_finite());
        if value != 0.0 {
            self.triplets.push((r.0, v.0, value));
        }
    }

    /// [`set_objective_coefficient`](Self::set_objective_coefficient) for
    /// a reader, under the promises of
    /// [`add_coefficient_trusted`](Self::add_coefficient_trusted).
    #[inline]
    pub(crate) fn set_objective_coefficient_trusted(&mut self, v: VarId, value: f64) {
        debug_assert!(value.is_finite());
        self.objective[v.index()] = value;
    }

    /// Sets a variable's bounds.
    ///
    /// # Errors
    /// Unknown id or invalid bounds.
    #[inline]
    pub fn set_var_bounds(&mut self, v: VarId, lower: f64, upper: f64) -> Result<(), ModelError> {
        self.check_var(v)?;
        check_bounds(&self.var_names[v.index()], lower, upper, false)?;
        self.var_lower[v.index()] = lower;
        self.var_upper[v.index()] = upper;
        Ok(())
    }

    /// Sets a variable's kind (bounds are left as they are).
    ///
    /// # Errors
    /// Unknown id.
    pub fn set_var_kind(&mut self, v: VarId, kind: VarKind) -> Result<(), ModelError> {
        self.check_var(v)?;
        self.var_kinds[v.index()] = kind;
        Ok(())
    }

    /// Makes a variable semi-continuous (semi-integer if its kind is
    /// integral), or plain again: its domain becomes `{0} ∪ [lower,
    /// upper]`. The bounds are checked by [`build`](Self::build), so they
    /// may be set before or after.
    ///
    /// # Errors
    /// Unknown id.
    pub fn set_semi(&mut self, v: VarId, semi: bool) -> Result<(), ModelError> {
        self.check_var(v)?;
        self.var_semi[v.index()] = semi;
        Ok(())
    }

    /// True if the variable was made semi-continuous.
    ///
    /// # Panics
    /// If `v` was not returned by this builder.
    pub fn is_semi(&self, v: VarId) -> bool {
        self.var_semi[v.index()]
    }

    /// Sets a row's sides.
    ///
    /// # Errors
    /// Unknown id or invalid sides.
    #[inline]
    pub fn set_row_bounds(&mut self, r: ConsId, lower: f64, upper: f64) -> Result<(), ModelError> {
        self.check_row(r)?;
        check_bounds(&self.row_names[r.index()], lower, upper, true)?;
        self.row_lower[r.index()] = lower;
        self.row_upper[r.index()] = upper;
        Ok(())
    }

    /// Finishes the problem: normalizes kinds (see [`VarKind`]) and
    /// semi-continuity flags (see [`Problem::is_semi`]), sorts the matrix
    /// both ways and checks for duplicate entries.
    ///
    /// # Errors
    /// [`ModelError::InvalidSemi`] for a semi-continuous variable with an
    /// infinite bound (and `0` outside its bounds);
    /// [`ModelError::DuplicateEntry`] if a (row, variable) pair was given
    /// twice; never otherwise: sizes were checked as variables and rows
    /// were added.
    pub fn build(self) -> Result<Problem, ModelError> {
        let ProblemBuilder {
            name,
            objective_name,
            sense,
            objective_offset,
            var_names,
            mut var_kinds,
            var_lower,
            var_upper,
            mut var_semi,
            objective,
            row_names,
            row_lower,
            row_upper,
            triplets,
            var_index,
            row_index,
        } = self;
        for (j, semi) in var_semi.iter_mut().enumerate() {
            if !*semi {
                continue;
            }
            let (lo, up) = (var_lower[j], var_upper[j]);
            if lo <= 0.0 && 0.0 <= up {
                // `{0} ∪ [lo, up]` is `[lo, up]`: the flag says nothing.
                *semi = false;
            } else if !semi_bounds_ok(lo, up) {
                return Err(ModelError::InvalidSemi {
                    name: var_names[j].to_string(),
                    lower: lo,
                    upper: up,
                });
            }
        }
        for (j, kind) in var_kinds.iter_mut().enumerate() {
            if kind.is_integral() {
                *kind = if var_lower[j] == 0.0 && var_upper[j] == 1.0 {
                    VarKind::Binary
                } else {
                    VarKind::Integer
                };
            }
        }
        let (by_rows, by_cols) =
            match SparseMatrix::both_from_sorted(row_names.len(), var_names.len(), &triplets) {
                Some(views) => views,
                None => sorted_views(&row_names, &var_names, &triplets)?,
            };
        drop(triplets);
        Ok(Problem {
            name,
            objective_name,
            sense,
            objective_offset,
            var_names,
            var_kinds,
            var_lower,
            var_upper,
            var_semi,
            objective,
            row_names,
            row_lower,
            row_upper,
            by_rows,
            by_cols,
            var_index,
            row_index,
        })
    }
}

/// The row-wise and column-wise matrices of triplets in any order, or the
/// duplicate entry of the first row that has one.
fn sorted_views(
    row_names: &Names,
    var_names: &Names,
    triplets: &[(u32, u32, f64)],
) -> Result<(SparseMatrix, SparseMatrix), ModelError> {
    let (by_rows, increasing) = SparseMatrix::from_triplets(row_names.len(), triplets);
    // Rows whose variables came strictly increasing hold no duplicate.
    for (r, row_name) in row_names.iter().enumerate().filter(|_| !increasing) {
        let (idx, _) = by_rows.lane(r);
        if let Some(w) = idx.windows(2).find(|w| w[0] == w[1]) {
            return Err(ModelError::DuplicateEntry {
                row: row_name.to_string(),
                var: var_names[w[0] as usize].to_string(),
            });
        }
    }
    let by_cols = by_rows.transpose(var_names.len());
    Ok((by_rows, by_cols))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_vars() -> (ProblemBuilder, VarId, VarId) {
        let mut b = ProblemBuilder::new("t");
        let x = b.add_var("x", VarKind::Integer, 0.0, 1.0, 1.0).unwrap();
        let y = b
            .add_var("y", VarKind::Continuous, -1.0, 2.5, -3.0)
            .unwrap();
        (b, x, y)
    }

    #[test]
    fn integer_with_unit_bounds_becomes_binary_and_binary_with_wider_bounds_integer() {
        let (mut b, x, _) = two_vars();
        let z = b.add_var("z", VarKind::Binary, 0.0, 3.0, 0.0).unwrap();
        let p = b.build().unwrap();
        assert_eq!(p.var_kind(x), VarKind::Binary);
        assert_eq!(p.var_kind(z), VarKind::Integer);
    }

    #[test]
    fn rows_and_columns_views_agree_and_are_sorted() {
        let (mut b, x, y) = two_vars();
        let r0 = b.add_row("r0", 1.0, 1.0, &[(y, 2.0), (x, 1.0)]).unwrap();
        let r1 = b.add_empty_row("r1", f64::NEG_INFINITY, 4.0).unwrap();
        b.set_coefficient(r1, y, 5.0).unwrap();
        b.set_coefficient(r1, x, 0.0).unwrap(); // explicit zero: not stored
        let p = b.build().unwrap();
        assert_eq!(p.row(r0).collect::<Vec<_>>(), vec![(x, 1.0), (y, 2.0)]);
        assert_eq!(p.row(r1).collect::<Vec<_>>(), vec![(y, 5.0)]);
        assert_eq!(p.column(y).collect::<Vec<_>>(), vec![(r0, 2.0), (r1, 5.0)]);
        assert_eq!(p.column(x).collect::<Vec<_>>(), vec![(r0, 1.0)]);
        assert_eq!(p.num_nonzeros(), 3);
        assert_eq!(p.row_by_name("r1"), Some(r1));
    }

    #[test]
    fn duplicate_entry_is_rejected_at_build() {
        let (mut b, x, _) = two_vars();
        b.add_row("r", 0.0, 1.0, &[(x, 1.0), (x, 2.0)]).unwrap();
        assert_eq!(
            b.build().unwrap_err(),
            ModelError::DuplicateEntry {
                row: "r".into(),
                var: "x".into()
            }
        );
    }

    #[test]
    fn bad_values_are_rejected() {
        let (mut b, x, _) = two_vars();
        assert!(matches!(
            b.add_var("n", VarKind::Continuous, f64::NAN, 1.0, 0.0),
            Err(ModelError::InvalidBound { .. })
        ));
        assert!(matches!(
            b.add_var("n", VarKind::Continuous, f64::INFINITY, f64::INFINITY, 0.0),
            Err(ModelError::InvalidBound { .. })
        ));
        assert!(matches!(
            b.add_var("n", VarKind::Continuous, 0.0, 1.0, f64::NAN),
            Err(ModelError::NotFinite { .. })
        ));
        assert!(matches!(
            b.add_row("r", 2.0, 1.0, &[]),
            Err(ModelError::InconsistentBounds { .. })
        ));
        assert!(matches!(
            b.add_row("r", 0.0, 1.0, &[(x, f64::INFINITY)]),
            Err(ModelError::NotFinite { .. })
        ));
        // The failed row left nothing behind: its name is free again.
        assert!(b.add_row("r", 0.0, 1.0, &[(x, 1.0)]).is_ok());
        assert!(matches!(
            b.add_row("r", 0.0, 1.0, &[]),
            Err(ModelError::DuplicateRow(_))
        ));
        assert!(matches!(
            b.add_var("", VarKind::Continuous, 0.0, 1.0, 0.0),
            Err(ModelError::EmptyName(_))
        ));
        assert!(b.set_coefficient(ConsId(9), x, 1.0).is_err());
    }

    #[test]
    fn to_builder_round_trips() {
        let (mut b, x, y) = two_vars();
        b.add_row("r", 0.0, 1.0, &[(x, 1.0), (y, 1.0)]).unwrap();
        b.set_objective_offset(2.5).unwrap();
        let p = b.build().unwrap();
        let q = p.to_builder().build().unwrap();
        assert_eq!(p, q);
        assert_eq!(q.objective_value(&[1.0, 2.0]), 2.5 + 1.0 - 6.0);
    }
}

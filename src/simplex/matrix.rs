//! The constraint matrix `A`, stored sparse twice: by columns (for FTRAN
//! right-hand sides, reduced costs, activities) and by rows (for the pivot
//! row `ρᵀA`, accumulated over the rows where `ρ` is nonzero).
//!
//! Rows can be appended and removed at any time; both copies are kept in
//! step.

/// `A` by columns and by rows; entries are `(index, coefficient)` with no
/// zeros and no duplicates.
#[derive(Clone, Debug, Default)]
pub(crate) struct Matrix {
    cols: Vec<Vec<(usize, f64)>>,
    rows: Vec<Vec<(usize, f64)>>,
}

impl Matrix {
    /// An empty matrix with `n` columns and no rows.
    pub(crate) fn with_cols(n: usize) -> Matrix {
        Matrix {
            cols: vec![Vec::new(); n],
            rows: Vec::new(),
        }
    }

    /// Column `j`: `(row, coefficient)` entries.
    pub(crate) fn col(&self, j: usize) -> &[(usize, f64)] {
        &self.cols[j]
    }

    /// Row `i`: `(column, coefficient)` entries.
    pub(crate) fn row(&self, i: usize) -> &[(usize, f64)] {
        &self.rows[i]
    }

    /// Appends a row whose entries are already cleaned (valid columns,
    /// nonzero, no duplicates); returns its index.
    pub(crate) fn push_row(&mut self, entries: Vec<(usize, f64)>) -> usize {
        let i = self.rows.len();
        for &(j, a) in &entries {
            self.cols[j].push((i, a));
        }
        self.rows.push(entries);
        i
    }

    /// Removes the rows flagged in `remove` (one flag per row); the others
    /// keep their order and are renumbered.
    pub(crate) fn remove_rows(&mut self, remove: &[bool]) {
        let (new_index, _) = renumbering(remove);
        retain_indexed(&mut self.rows, |i| !remove[i]);
        for col in &mut self.cols {
            col.retain(|&(r, _)| !remove[r]);
            for entry in col.iter_mut() {
                entry.0 = new_index[entry.0];
            }
        }
    }

    /// `Σ_j a_ij x_j` for row `i`.
    pub(crate) fn row_dot(&self, i: usize, x: &[f64]) -> f64 {
        self.rows[i].iter().map(|&(j, a)| a * x[j]).sum()
    }

    /// `Σ_i a_ij y_i` for column `j`.
    pub(crate) fn col_dot(&self, j: usize, y: &[f64]) -> f64 {
        self.cols[j].iter().map(|&(i, a)| a * y[i]).sum()
    }
}

/// The index each entry gets when the entries flagged in `remove` are
/// dropped and the others keep their order (`usize::MAX` for a dropped
/// one), and how many are kept.
pub(crate) fn renumbering(remove: &[bool]) -> (Vec<usize>, usize) {
    let mut next = 0;
    let index = remove
        .iter()
        .map(|&r| {
            if r {
                usize::MAX
            } else {
                next += 1;
                next - 1
            }
        })
        .collect();
    (index, next)
}

/// Keeps the entries of `v` whose index passes `keep`.
pub(crate) fn retain_indexed<T>(v: &mut Vec<T>, keep: impl Fn(usize) -> bool) {
    let mut k = 0;
    v.retain(|_| {
        let kept = keep(k);
        k += 1;
        kept
    });
}

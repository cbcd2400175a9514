//! Set cover (`setcover`), a control family: Balas & Ho's generator as in
//! Ecole's `SetCoverGenerator`.
//!
//! ```text
//!   min  Σ_j c_j x_j
//!   s.t. cover_i:  Σ_{j covers i} x_j ≥ 1     for every row i
//!        x_j ∈ {0, 1}
//! ```
//!
//! Columns `x_j`, rows `cover_i`. Sizes: `cols` columns (binary), `rows`
//! rows, exactly `⌊rows · cols · density⌋` nonzeros (all 1). Costs are
//! uniform integers in `[1, max_coef]`.
//!
//! The matrix (E. Balas and A. Ho, "Set covering algorithms using cutting
//! planes, heuristics, and subgradient optimization: a computational study",
//! Mathematical Programming Study 12, 1980, as Ecole implements it):
//! every column gets two nonzeros, the remaining ones go to uniformly random
//! columns (a column never gets more than `rows`); laying the columns' slots
//! end to end, the first `rows` slots receive a random permutation of the
//! rows, so every row is covered at least once; every other slot gets a
//! uniformly random row not yet in its column (by redrawing repeats when
//! the column holds at most half the rows, else by a partial shuffle of the
//! rows left, so the time is O(nonzeros) at usual densities).

use serde::Serialize;

use super::{
    ChaCha8Rng, Family, GenerateError, check_positive, check_unit_interval, rng, uniform_u32,
};
use crate::model::{Problem, ProblemBuilder, VarKind};

const FAMILY: &str = "setcover";

/// Parameters of the set cover family (Ecole's defaults).
#[derive(Clone, Debug, PartialEq, Serialize, clap::Args)]
pub struct SetCoverParams {
    /// Number of rows (elements to cover). [default: 500] [range: >= 2]
    #[arg(long, default_value_t = 500, hide_default_value = true)]
    pub rows: u32,
    /// Number of columns (sets). [default: 1000] [range: >= 1]
    #[arg(long, default_value_t = 1000, hide_default_value = true)]
    pub cols: u32,
    /// Fraction of nonzero matrix entries. [default: 0.05] [range: (0, 1],
    /// and rows·cols·density must reach both rows and 2·cols]
    #[arg(long, default_value_t = 0.05, hide_default_value = true)]
    pub density: f64,
    /// Largest column cost; costs are uniform integers in [1, max_coef].
    /// [default: 100] [range: >= 1]
    #[arg(long, default_value_t = 100, hide_default_value = true)]
    pub max_coef: u32,
}

impl Default for SetCoverParams {
    fn default() -> Self {
        SetCoverParams {
            rows: 500,
            cols: 1000,
            density: 0.05,
            max_coef: 100,
        }
    }
}

impl SetCoverParams {
    /// The number of nonzeros, `⌊rows · cols · density⌋`.
    pub fn nonzeros(&self) -> u64 {
        (f64::from(self.rows) * f64::from(self.cols) * self.density).floor() as u64
    }

    fn check(&self) -> Result<(), GenerateError> {
        check_positive(FAMILY, "cols", self.cols)?;
        check_positive(FAMILY, "max_coef", self.max_coef)?;
        if self.rows < 2 {
            return Err(GenerateError::OutOfRange {
                family: FAMILY,
                parameter: "rows",
                value: self.rows.to_string(),
                expected: "at least 2 (every column covers two rows)",
            });
        }
        check_unit_interval(FAMILY, "density", self.density)?;
        let nnz = self.nonzeros();
        let need = u64::from(self.rows).max(2 * u64::from(self.cols));
        if nnz < need {
            return Err(GenerateError::Inconsistent {
                family: FAMILY,
                message: format!(
                    "density {} gives {nnz} nonzeros; at least {need} are needed \
                     (one per row and two per column)",
                    self.density
                ),
            });
        }
        Ok(())
    }
}

impl Family for SetCoverParams {
    const NAME: &'static str = FAMILY;

    fn label(&self) -> String {
        format!(
            "{}x{}_d{}_c{}",
            self.rows, self.cols, self.density, self.max_coef
        )
    }

    fn generate(&self, seed: u64) -> Result<Problem, GenerateError> {
        set_cover(self, seed)
    }
}

/// `k` distinct values drawn uniformly from `candidates` (partial
/// Fisher–Yates; `candidates` is reordered).
fn sample_distinct(rng: &mut ChaCha8Rng, candidates: &mut [u32], k: usize) -> Vec<u32> {
    for i in 0..k {
        let j = uniform_u32(rng, i as u32, candidates.len() as u32 - 1) as usize;
        candidates.swap(i, j);
    }
    candidates[..k].to_vec()
}

/// The set cover instance of these parameters and seed, named
/// `setcover_<label>_<seed>`.
///
/// # Errors
/// Fewer than 2 rows, zero columns or `max_coef`, a density outside (0, 1]
/// or too low for one nonzero per row and two per column.
pub fn set_cover(params: &SetCoverParams, seed: u64) -> Result<Problem, GenerateError> {
    params.check()?;
    let mut r = rng(seed);
    let (rows, cols) = (params.rows, params.cols);
    let nnz = params.nonzeros();

    // nonzeros per column: two each, the rest uniformly (a full column redraws)
    let mut count = vec![2u32; cols as usize];
    for _ in 0..nnz - 2 * u64::from(cols) {
        loop {
            let j = uniform_u32(&mut r, 0, cols - 1) as usize;
            if count[j] < rows {
                count[j] += 1;
                break;
            }
        }
    }

    // rows of every column
    let first = super::permutation(&mut r, rows);
    let mut col_rows: Vec<Vec<u32>> = Vec::with_capacity(cols as usize);
    let mut taken = vec![false; rows as usize];
    let mut slot: u64 = 0;
    for &k in &count {
        let (start, end) = (slot, slot + u64::from(k));
        let mut mine: Vec<u32> = Vec::with_capacity(k as usize);
        if start < u64::from(rows) {
            let upto = end.min(u64::from(rows));
            mine.extend_from_slice(&first[start as usize..upto as usize]);
        }
        for &i in &mine {
            taken[i as usize] = true;
        }
        if 2 * (k as usize) <= rows as usize {
            // few rows wanted: draw, redrawing rows already in the column
            while mine.len() < k as usize {
                let i = uniform_u32(&mut r, 0, rows - 1);
                if !taken[i as usize] {
                    taken[i as usize] = true;
                    mine.push(i);
                }
            }
        } else if mine.len() < k as usize {
            let missing = k as usize - mine.len();
            let mut candidates: Vec<u32> = (0..rows).filter(|&i| !taken[i as usize]).collect();
            mine.extend(sample_distinct(&mut r, &mut candidates, missing));
        }
        for &i in &mine {
            taken[i as usize] = false;
        }
        col_rows.push(mine);
        slot = end;
    }
    let costs: Vec<u32> = (0..cols)
        .map(|_| uniform_u32(&mut r, 1, params.max_coef))
        .collect();

    let mut b = ProblemBuilder::new(params.instance_name(seed));
    let x: Vec<_> = (0..cols)
        .map(|j| {
            b.add_var(
                format!("x_{j}"),
                VarKind::Binary,
                0.0,
                1.0,
                f64::from(costs[j as usize]),
            )
        })
        .collect::<Result<_, _>>()?;
    let mut by_row: Vec<Vec<_>> = vec![Vec::new(); rows as usize];
    for (j, list) in col_rows.iter().enumerate() {
        for &i in list {
            by_row[i as usize].push((x[j], 1.0));
        }
    }
    for (i, row) in by_row.iter().enumerate() {
        b.add_row(format!("cover_{i}"), 1.0, f64::INFINITY, row)?;
    }
    Ok(b.build()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_low_density_names_the_needed_nonzeros() {
        let p = SetCoverParams {
            rows: 10,
            cols: 100,
            density: 0.1,
            ..Default::default()
        };
        let e = set_cover(&p, 0).unwrap_err();
        assert!(e.to_string().contains("at least 200"), "{e}");
    }

    #[test]
    fn full_density_fills_the_matrix() {
        let p = SetCoverParams {
            rows: 4,
            cols: 2,
            density: 1.0,
            ..Default::default()
        };
        let prob = set_cover(&p, 1).unwrap();
        assert_eq!(prob.num_nonzeros(), 8);
    }
}

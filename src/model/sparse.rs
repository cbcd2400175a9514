//! Compressed sparse storage shared by the row-wise and column-wise views.

/// A compressed sparse matrix: for each major index `i` (a row in the row-wise
/// view, a column in the column-wise view) the minor indices and values in
/// `starts[i]..starts[i + 1]`, minor indices sorted ascending.
#[derive(Clone, Debug, PartialEq)]
pub struct SparseMatrix {
    starts: Vec<usize>,
    indices: Vec<u32>,
    values: Vec<f64>,
}

impl SparseMatrix {
    /// Builds from triplets `(major, minor, value)`; `majors` is the number of
    /// major indices. Entries are sorted by minor index within each major.
    /// Also returns whether every major's minors came strictly increasing
    /// (then there is no duplicate entry and nothing was sorted); otherwise
    /// the caller checks for duplicates.
    pub(crate) fn from_triplets(majors: usize, triplets: &[(u32, u32, f64)]) -> (Self, bool) {
        // A counting sort: `counts[i]` becomes where major `i` starts; the
        // scatter moves it to where `i + 1` starts, so that shifted by one
        // it is `starts` (no second array).
        let mut counts = lane_starts(majors, triplets.iter().map(|t| t.0));
        let mut indices = vec![0u32; triplets.len()];
        let mut values = vec![0f64; triplets.len()];
        for &(major, minor, value) in triplets {
            let slot = &mut counts[major as usize];
            indices[*slot] = minor;
            values[*slot] = value;
            *slot += 1;
        }
        counts.rotate_right(1);
        counts[0] = 0;
        let mut m = SparseMatrix {
            starts: counts,
            indices,
            values,
        };
        let increasing = m.sort_minors();
        (m, increasing)
    }

    /// The row-wise and column-wise matrices of `triplets` `(row, column,
    /// value)` with `rows` rows and `columns` columns, or `None` if the
    /// triplets do not come sorted by row then column, or by column then
    /// row, with no pair twice (the caller then sorts them with
    /// [`from_triplets`](Self::from_triplets) and checks for duplicates).
    ///
    /// Readers add entries in one of these orders (MPS column by column,
    /// LP row by row), so one view is the triplets as they are and only
    /// the other takes a counting sort.
    pub(crate) fn both_from_sorted(
        rows: usize,
        columns: usize,
        triplets: &[(u32, u32, f64)],
    ) -> Option<(Self, Self)> {
        let key = |by_column: bool, t: &(u32, u32, f64)| {
            if by_column {
                (u64::from(t.1) << 32) | u64::from(t.0)
            } else {
                (u64::from(t.0) << 32) | u64::from(t.1)
            }
        };
        let sorted = |by_column| {
            triplets
                .windows(2)
                .all(|w| key(by_column, &w[0]) < key(by_column, &w[1]))
        };
        let by_column = if sorted(true) {
            true
        } else if sorted(false) {
            false
        } else {
            return None;
        };
        let (majors, minors) = if by_column {
            (columns, rows)
        } else {
            (rows, columns)
        };
        let starts = lane_starts(
            majors,
            triplets.iter().map(|t| if by_column { t.1 } else { t.0 }),
        );
        let sorted = SparseMatrix {
            starts,
            indices: triplets
                .iter()
                .map(|t| if by_column { t.0 } else { t.1 })
                .collect(),
            values: triplets.iter().map(|t| t.2).collect(),
        };
        let other = sorted.transpose(minors);
        Some(if by_column {
            (other, sorted)
        } else {
            (sorted, other)
        })
    }

    /// Sorts each major's minors; true if all were strictly increasing
    /// already.
    fn sort_minors(&mut self) -> bool {
        let mut increasing = true;
        let mut scratch: Vec<(u32, f64)> = Vec::new();
        for i in 0..self.majors() {
            let (s, e) = (self.starts[i], self.starts[i + 1]);
            if self.indices[s..e].windows(2).all(|w| w[0] < w[1]) {
                continue;
            }
            increasing = false;
            scratch.clear();
            scratch.extend(
                self.indices[s..e]
                    .iter()
                    .copied()
                    .zip(self.values[s..e].iter().copied()),
            );
            scratch.sort_unstable_by_key(|&(j, _)| j);
            for (k, &(j, v)) in scratch.iter().enumerate() {
                self.indices[s + k] = j;
                self.values[s + k] = v;
            }
        }
        increasing
    }

    /// The transposed matrix (rows become columns), in O(nonzeros).
    pub(crate) fn transpose(&self, minors: usize) -> Self {
        let mut counts = lane_starts(minors, self.indices.iter().copied());
        // As in `from_triplets`: `counts` is the fill position,
        // then shifted into `starts`.
        let mut indices = vec![0u32; self.indices.len()];
        let mut values = vec![0f64; self.values.len()];
        for i in 0..self.majors() {
            let (s, e) = (self.starts[i], self.starts[i + 1]);
            for (&j, &value) in self.indices[s..e].iter().zip(&self.values[s..e]) {
                let slot = &mut counts[j as usize];
                indices[*slot] = i as u32;
                values[*slot] = value;
                *slot += 1;
            }
        }
        counts.rotate_right(1);
        counts[0] = 0;
        // Majors are visited in increasing order, so minors come out sorted.
        SparseMatrix {
            starts: counts,
            indices,
            values,
        }
    }

    /// The number of major indices.
    #[inline]
    pub fn majors(&self) -> usize {
        self.starts.len() - 1
    }

    /// The number of stored entries.
    #[inline]
    pub fn nonzeros(&self) -> usize {
        self.values.len()
    }

    /// The minor indices and values of major index `i`.
    #[inline]
    pub fn lane(&self, i: usize) -> (&[u32], &[f64]) {
        let (s, e) = (self.starts[i], self.starts[i + 1]);
        (&self.indices[s..e], &self.values[s..e])
    }

    /// Overwrites the stored entry `(major, minor)` with `value`; false when
    /// there is no such entry.
    pub(crate) fn set_stored(&mut self, major: usize, minor: u32, value: f64) -> bool {
        let (s, e) = (self.starts[major], self.starts[major + 1]);
        match self.indices[s..e].binary_search(&minor) {
            Ok(k) => {
                self.values[s + k] = value;
                true
            }
            Err(_) => false,
        }
    }

    /// The number of entries of major index `i`.
    #[inline]
    pub fn lane_len(&self, i: usize) -> usize {
        self.starts[i + 1] - self.starts[i]
    }
}

/// Where each of `majors` lanes starts when entries have the major indices
/// `of` (in any order): `starts[i]` counts the entries of lanes below `i`,
/// and `starts[majors]` is the number of entries.
fn lane_starts(majors: usize, of: impl Iterator<Item = u32>) -> Vec<usize> {
    let mut starts = vec![0usize; majors + 1];
    for major in of {
        starts[major as usize + 1] += 1;
    }
    for i in 0..majors {
        starts[i + 1] += starts[i];
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::SparseMatrix;

    #[test]
    fn sorted_triplets_give_the_views_a_counting_sort_gives() {
        let mut seed = 5u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        for round in 0..500 {
            let (rows, columns) = (1 + next(6) as usize, 1 + next(6) as usize);
            let mut triplets: Vec<(u32, u32, f64)> = Vec::new();
            for r in 0..rows as u32 {
                for c in 0..columns as u32 {
                    if next(3) == 0 {
                        triplets.push((r, c, (next(100) as f64) - 50.0));
                    }
                }
            }
            match round % 4 {
                0 => {}
                1 => triplets.sort_by_key(|t| (t.1, t.0)),
                2 => triplets.reverse(),
                _ => {
                    if let Some(&t) = triplets.first() {
                        triplets.push(t);
                    }
                }
            }
            let (by_rows, _) = SparseMatrix::from_triplets(rows, &triplets);
            let by_cols = by_rows.transpose(columns);
            match SparseMatrix::both_from_sorted(rows, columns, &triplets) {
                Some((r, c)) => {
                    assert_eq!((r, c), (by_rows, by_cols), "{triplets:?}");
                }
                None => assert!(round % 4 >= 2, "{triplets:?}"),
            }
        }
    }
}

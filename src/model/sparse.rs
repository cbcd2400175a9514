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
        let mut counts = vec![0usize; majors + 1];
        for &(major, _, _) in triplets {
            counts[major as usize + 1] += 1;
        }
        for i in 0..majors {
            counts[i + 1] += counts[i];
        }
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
        let mut counts = vec![0usize; minors + 1];
        for &j in &self.indices {
            counts[j as usize + 1] += 1;
        }
        for j in 0..minors {
            counts[j + 1] += counts[j];
        }
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

    /// The number of entries of major index `i`.
    #[inline]
    pub fn lane_len(&self, i: usize) -> usize {
        self.starts[i + 1] - self.starts[i]
    }
}

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
    /// Duplicates must have been rejected by the caller.
    pub(crate) fn from_triplets(majors: usize, triplets: &[(u32, u32, f64)]) -> Self {
        let mut counts = vec![0usize; majors + 1];
        for &(major, _, _) in triplets {
            counts[major as usize + 1] += 1;
        }
        for i in 0..majors {
            counts[i + 1] += counts[i];
        }
        let starts = counts.clone();
        let mut fill = counts;
        let mut indices = vec![0u32; triplets.len()];
        let mut values = vec![0f64; triplets.len()];
        for &(major, minor, value) in triplets {
            let slot = &mut fill[major as usize];
            indices[*slot] = minor;
            values[*slot] = value;
            *slot += 1;
        }
        let mut m = SparseMatrix {
            starts,
            indices,
            values,
        };
        m.sort_minors();
        m
    }

    fn sort_minors(&mut self) {
        let mut scratch: Vec<(u32, f64)> = Vec::new();
        for i in 0..self.majors() {
            let (s, e) = (self.starts[i], self.starts[i + 1]);
            if self.indices[s..e].windows(2).all(|w| w[0] < w[1]) {
                continue;
            }
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
        let starts = counts.clone();
        let mut fill = counts;
        let mut indices = vec![0u32; self.indices.len()];
        let mut values = vec![0f64; self.values.len()];
        for i in 0..self.majors() {
            for k in self.starts[i]..self.starts[i + 1] {
                let slot = &mut fill[self.indices[k] as usize];
                indices[*slot] = i as u32;
                values[*slot] = self.values[k];
                *slot += 1;
            }
        }
        // Majors are visited in increasing order, so minors come out sorted.
        SparseMatrix {
            starts,
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

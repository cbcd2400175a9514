//! Minimum-cost perfect assignment in a square matrix (the Hungarian
//! algorithm with potentials, O(k³)).

/// For a `k × k` cost matrix (row-major), the column assigned to each row
/// in an assignment of minimum total cost.
///
/// # Panics
/// If `cost.len() != k * k`.
pub fn min_cost_assignment(cost: &[f64], k: usize) -> Vec<usize> {
    assert_eq!(cost.len(), k * k, "square cost matrix");
    if k == 0 {
        return Vec::new();
    }
    // 1-based arrays; index 0 is the virtual start.
    let mut u = vec![0.0f64; k + 1];
    let mut v = vec![0.0f64; k + 1];
    let mut row_of_col = vec![0usize; k + 1];
    let mut way = vec![0usize; k + 1];
    for i in 1..=k {
        row_of_col[0] = i;
        let mut j0 = 0usize;
        let mut minv = vec![f64::INFINITY; k + 1];
        let mut used = vec![false; k + 1];
        loop {
            used[j0] = true;
            let i0 = row_of_col[j0];
            let mut delta = f64::INFINITY;
            let mut j1 = 0usize;
            for j in 1..=k {
                if used[j] {
                    continue;
                }
                let cur = cost[(i0 - 1) * k + (j - 1)] - u[i0] - v[j];
                if cur < minv[j] {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if minv[j] < delta {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for j in 0..=k {
                if used[j] {
                    u[row_of_col[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if row_of_col[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            row_of_col[j0] = row_of_col[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut col_of_row = vec![0usize; k];
    for j in 1..=k {
        if row_of_col[j] > 0 {
            col_of_row[row_of_col[j] - 1] = j - 1;
        }
    }
    col_of_row
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn brute_force(cost: &[f64], k: usize) -> f64 {
        fn rec(cost: &[f64], k: usize, row: usize, used: &mut Vec<bool>) -> f64 {
            if row == k {
                return 0.0;
            }
            let mut best = f64::INFINITY;
            for c in 0..k {
                if !used[c] {
                    used[c] = true;
                    best = best.min(cost[row * k + c] + rec(cost, k, row + 1, used));
                    used[c] = false;
                }
            }
            best
        }
        rec(cost, k, 0, &mut vec![false; k])
    }

    proptest! {
        #[test]
        fn assignment_is_a_permutation_of_minimum_cost(
            (k, cost) in (1usize..=6).prop_flat_map(|k| (Just(k), prop::collection::vec(-50i32..50, k * k)))
        ) {
            let cost: Vec<f64> = cost.into_iter().map(f64::from).collect();
            let a = min_cost_assignment(&cost, k);
            let mut seen = a.clone();
            seen.sort_unstable();
            prop_assert_eq!(seen, (0..k).collect::<Vec<_>>());
            let total: f64 = a.iter().enumerate().map(|(r, &c)| cost[r * k + c]).sum();
            prop_assert!((total - brute_force(&cost, k)).abs() < 1e-9);
        }
    }
}

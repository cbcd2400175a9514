//! Identical binary columns that exclude each other: among binary columns
//! with the same coefficients in the same rows, where some row forbids two
//! of them at 1 together (a set-packing or -partitioning row, or any row
//! whose side two of them would break), only the cheapest is kept; the
//! others are fixed to 0.
//!
//! Valid for at least one optimal point (like dual fixing): in a feasible
//! point at most one of them is 1, and moving that 1 onto the kept column
//! changes no row activity and no more cost. MIPLIB nw04 (set
//! partitioning, 87,482 columns) has thousands of such groups; HiGHS
//! removes 37,066 columns in its first presolve round there.
//!
//! This is a dominance between two columns, which `dual_fixing.rs` leaves
//! to the symmetry handling in general; here it costs the search nothing
//! the symmetry handling would have kept: of a group of identical columns
//! only one can be 1, so orbital fixing would only choose which.

use std::collections::HashMap;

use super::workspace::{Activity, FEAS_TOL, Workspace};

/// Fixes every binary column of a group of identical, mutually exclusive
/// columns but the cheapest to 0; returns how many.
pub(super) fn drop_identical_binaries(ws: &mut Workspace) -> usize {
    let mut groups: HashMap<Vec<(u32, u64)>, Vec<u32>> = HashMap::new();
    for j in ws.alive_cols() {
        let jj = j as usize;
        let binary = ws.kind[jj].is_integral() && ws.lower[jj] == 0.0 && ws.upper[jj] == 1.0;
        if !binary || ws.cols[jj].is_empty() {
            continue;
        }
        let mut key: Vec<(u32, u64)> = ws.cols[jj].iter().map(|&(r, a)| (r, a.to_bits())).collect();
        key.sort_unstable();
        groups.entry(key).or_default().push(j);
    }
    let mut activities: HashMap<u32, Activity> = HashMap::new();
    let mut fixed = 0;
    for (key, mut members) in groups {
        if members.len() < 2 || ws.stopped() {
            continue;
        }
        let exclusive = key.iter().any(|&(r, bits)| {
            let act = *activities
                .entry(r)
                .or_insert_with(|| ws.activity(r as usize));
            two_break(ws, r as usize, f64::from_bits(bits), &act)
        });
        if !exclusive {
            continue;
        }
        let cost = |j: u32| ws.sign * ws.cost[j as usize];
        members.sort_by(|&a, &b| cost(a).total_cmp(&cost(b)).then(a.cmp(&b)));
        for &k in &members[1..] {
            ws.fix_column(k, 0.0);
            fixed += 1;
        }
        // The rows' activities are unchanged: the fixed columns were at 0
        // in them (their lower bound), so the cache stays exact.
    }
    ws.stats.parallel_columns += fixed;
    fixed
}

/// Whether two binaries of coefficient `a` in row `r` (activity `act`,
/// both counted at 0 in it) cannot both be 1.
fn two_break(ws: &Workspace, r: usize, a: f64, act: &Activity) -> bool {
    let (lo, up) = (ws.row_lower[r], ws.row_upper[r]);
    if a > 0.0 && up.is_finite() && act.min_inf == 0 {
        2.0 * a + act.min > up + FEAS_TOL * (1.0 + up.abs())
    } else if a < 0.0 && lo.is_finite() && act.max_inf == 0 {
        2.0 * a + act.max < lo - FEAS_TOL * (1.0 + lo.abs())
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_same_optimum, builder};
    use super::*;
    use crate::budget::Budget;
    use crate::model::VarKind;

    #[test]
    fn the_dearer_of_two_identical_partitioning_columns_goes() {
        // x0, x1 identical in both rows (x0 dearer), x2 covers row a alone,
        // x3 row b alone: min 3x0 + 2x1 + 2x2 + 2x3, a: x0+x1+x2 = 1,
        // b: x0+x1+x3 = 1.
        let bin = |c| (VarKind::Binary, 0.0, 1.0, c);
        let (mut b, x) = builder(&[bin(3.0), bin(2.0), bin(2.0), bin(2.0)]);
        b.add_row("a", 1.0, 1.0, &[(x[0], 1.0), (x[1], 1.0), (x[2], 1.0)])
            .unwrap();
        b.add_row("b", 1.0, 1.0, &[(x[0], 1.0), (x[1], 1.0), (x[3], 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(drop_identical_binaries(&mut ws), 1);
        assert!(
            !ws.col_alive[0] && ws.col_alive[1],
            "x0 (dearer) goes, x1 stays"
        );
        assert_same_optimum(&p);
    }

    #[test]
    fn identical_columns_that_may_both_be_one_stay() {
        // x0 + x1 <= 2: both may be 1, so neither is dominated.
        let bin = |c| (VarKind::Binary, 0.0, 1.0, c);
        let (mut b, x) = builder(&[bin(-1.0), bin(-1.0)]);
        b.add_row("cap", f64::NEG_INFINITY, 2.0, &[(x[0], 1.0), (x[1], 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(drop_identical_binaries(&mut ws), 0);
        assert_same_optimum(&p);
    }
}

//! Tests of the dual simplex: KKT conditions on every optimum, agreement
//! with microlp on random LPs and on MIPLIB relaxations, warm starts,
//! tableau rows and bad input.

use good_lp::{
    Expression, ProblemVariables, ResolutionError, Solution as _, SolverModel, WithTimeLimit,
    variable,
};
use proptest::prelude::*;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::*;
use crate::test_skip::miplib;

const INF: f64 = f64::INFINITY;

/// The tolerance for a value of magnitude `v`.
fn tol(v: f64) -> f64 {
    1e-6 * v.abs().max(1.0)
}

/// Asserts the KKT conditions of an optimal LP: bounds and rows within
/// 1e-6 (relative), reduced costs equal to `c − Aᵀy`, reduced costs with the
/// right sign at each bound (and near zero strictly between), the same for
/// the row duals, and the objective equal to `c·x`.
fn assert_kkt(lp: &Lp) {
    let (n, m) = (lp.num_cols(), lp.num_rows());
    let x = lp.x();
    let y = lp.duals();
    let d = lp.reduced_costs();
    assert_eq!((x.len(), y.len(), d.len()), (n, m, n));
    let scale_d = lp
        .costs()
        .iter()
        .chain(y)
        .fold(1.0f64, |a, v| a.max(v.abs()));
    let dual_tol = 1e-6 * scale_d;
    let mut recomputed = lp.costs().to_vec();
    for (i, &yi) in y.iter().enumerate() {
        for &(j, a) in lp.row_entries(i) {
            recomputed[j] -= a * yi;
        }
    }
    // One sign check for a column or a slack with value v in [lo, up] and
    // reduced cost dk.
    let check = |what: &str, k: usize, v: f64, lo: f64, up: f64, dk: f64| {
        assert!(
            v >= lo - tol(lo) && v <= up + tol(up),
            "{what} {k}: value {v} outside [{lo}, {up}]"
        );
        let at_lower = lo.is_finite() && (v - lo).abs() <= tol(lo);
        let at_upper = up.is_finite() && (v - up).abs() <= tol(up);
        match (at_lower, at_upper) {
            (true, true) => {}
            (true, false) => assert!(dk >= -dual_tol, "{what} {k} at lower with d = {dk}"),
            (false, true) => assert!(dk <= dual_tol, "{what} {k} at upper with d = {dk}"),
            (false, false) => {
                assert!(
                    dk.abs() <= dual_tol,
                    "{what} {k} between bounds with d = {dk}"
                )
            }
        }
    };
    for j in 0..n {
        assert!(
            (recomputed[j] - d[j]).abs() <= dual_tol,
            "column {j}: reduced cost {} but c - A'y = {}",
            d[j],
            recomputed[j]
        );
        check("column", j, x[j], lp.col_lower(j), lp.col_upper(j), d[j]);
    }
    for (i, &yi) in y.iter().enumerate() {
        let (lo, up) = lp.row_bounds(i);
        check("row", i, lp.row_activity(i), lo, up, yi);
    }
    let cx: f64 = lp.costs().iter().zip(x).map(|(c, v)| c * v).sum();
    assert!((cx - lp.objective()).abs() <= tol(cx));
}

/// The LP solved by microlp through good_lp: `Ok(objective)` or its error.
fn microlp_objective(lp: &Lp) -> Result<f64, ResolutionError> {
    let mut pv = ProblemVariables::new();
    let vars: Vec<_> = (0..lp.num_cols())
        .map(|j| pv.add(variable().min(lp.col_lower(j)).max(lp.col_upper(j))))
        .collect();
    let mut objective = Expression::with_capacity(lp.num_cols());
    for (j, &c) in lp.costs().iter().enumerate() {
        if c != 0.0 {
            objective.add_mul(c, vars[j]);
        }
    }
    // microlp cycles on some degenerate tiny LPs: a time limit turns that
    // into an error the callers treat as "no reference".
    let mut model = pv
        .minimise(objective)
        .using(good_lp::microlp)
        .with_time_limit(2.0);
    for i in 0..lp.num_rows() {
        let (lo, up) = lp.row_bounds(i);
        let mut expr = Expression::with_capacity(lp.row_entries(i).len());
        for &(j, a) in lp.row_entries(i) {
            expr.add_mul(a, vars[j]);
        }
        if lo == up {
            model.add_constraint(expr.eq(up));
            continue;
        }
        if up.is_finite() {
            model.add_constraint(expr.clone().leq(up));
        }
        if lo.is_finite() {
            model.add_constraint(expr.geq(lo));
        }
    }
    let solution = model.solve()?;
    Ok(lp
        .costs()
        .iter()
        .zip(&vars)
        .map(|(c, &v)| c * solution.value(v))
        .sum())
}

/// Solves `lp` with no limits, checking KKT on an optimum.
fn solve_checked(lp: &mut Lp) -> LpStatus {
    let status = lp.solve(&LpLimits::default());
    if status == LpStatus::Optimal {
        assert_kkt(lp);
    }
    status
}

/// Asserts that our status and objective agree with microlp's.
fn assert_agrees_with_microlp(lp: &Lp, status: LpStatus) {
    match (status, microlp_objective(lp)) {
        (LpStatus::Optimal, Ok(reference)) => assert!(
            (lp.objective() - reference).abs() <= 1e-6 * reference.abs().max(1.0),
            "objective {} but microlp {reference}",
            lp.objective()
        ),
        (LpStatus::Infeasible, Err(ResolutionError::Infeasible))
        | (LpStatus::Unbounded, Err(ResolutionError::Unbounded)) => {}
        // microlp hit its time limit (it cycles on some degenerate LPs):
        // no reference; an optimum of ours has passed the KKT check.
        (_, Err(ResolutionError::Other(_) | ResolutionError::Str(_))) => {
            eprintln!("microlp gave no answer; our status {status:?}");
        }
        (ours, theirs) => panic!("we say {ours:?}, microlp says {theirs:?}"),
    }
}

/// A random LP with a known feasible point: `n` columns in `[0, 10]` (a
/// few free or one-sided), `m` rows around `A x0`.
fn random_feasible_lp(seed: u64, n: usize, m: usize) -> Lp {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let x0: Vec<f64> = (0..n).map(|_| rng.random_range(0.0..10.0)).collect();
    let cost: Vec<f64> = (0..n).map(|_| rng.random_range(-5.0..5.0)).collect();
    let lower = vec![0.0; n];
    let upper = vec![10.0; n];
    let mut lp = Lp::new(cost, lower, upper).expect("valid columns");
    for _ in 0..m {
        let mut entries: Vec<(usize, f64)> = Vec::new();
        for j in 0..n {
            if rng.random_range(0.0..1.0) < 0.4 {
                entries.push((j, rng.random_range(-5.0f64..5.0).round()));
            }
        }
        let activity: f64 = entries.iter().map(|&(j, a)| a * x0[j]).sum();
        let (lo, up) = match rng.random_range(0..3) {
            0 => (-INF, activity + rng.random_range(0.0..3.0)),
            1 => (activity - rng.random_range(0.0..3.0), INF),
            _ => (activity - 1.0, activity + 1.0),
        };
        lp.add_row(&entries, lo, up).expect("valid row");
    }
    lp
}

/// A copy of `lp` built from scratch (no basis, no inverse).
fn cold_copy(lp: &Lp) -> Lp {
    let n = lp.num_cols();
    let mut cold = Lp::new(
        lp.costs().to_vec(),
        (0..n).map(|j| lp.col_lower(j)).collect(),
        (0..n).map(|j| lp.col_upper(j)).collect(),
    )
    .expect("valid columns");
    for i in 0..lp.num_rows() {
        let (lo, up) = lp.row_bounds(i);
        cold.add_row(lp.row_entries(i), lo, up).expect("valid row");
    }
    cold
}

#[test]
fn small_lp_reaches_the_known_optimum_with_kkt() {
    // min -x - 2y  s.t.  x + y <= 4,  x - y >= -2,  x, y in [0, 3]
    let mut lp = Lp::new(vec![-1.0, -2.0], vec![0.0, 0.0], vec![3.0, 3.0]).unwrap();
    lp.add_row(&[(0, 1.0), (1, 1.0)], -INF, 4.0).unwrap();
    lp.add_row(&[(0, 1.0), (1, -1.0)], -2.0, INF).unwrap();
    assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
    // x = 1, y = 3: objective -7.
    assert!((lp.objective() + 7.0).abs() < 1e-9, "{}", lp.objective());
    assert!((lp.x()[0] - 1.0).abs() < 1e-9 && (lp.x()[1] - 3.0).abs() < 1e-9);
    // The first row binds: its dual is negative (relaxing it lowers the cost).
    assert!((lp.duals()[0] + 1.0).abs() < 1e-9, "{:?}", lp.duals());
}

#[test]
fn free_and_one_sided_columns_go_through_phase_one() {
    // min x + y  s.t.  x + 2y >= 2,  x - y = 0.5,  x, y free
    let mut lp = Lp::new(vec![1.0, 1.0], vec![-INF, -INF], vec![INF, INF]).unwrap();
    lp.add_row(&[(0, 1.0), (1, 2.0)], 2.0, INF).unwrap();
    lp.add_row(&[(0, 1.0), (1, -1.0)], 0.5, 0.5).unwrap();
    assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
    // x = y + 0.5, 3y + 0.5 >= 2: y = 0.5, x = 1.
    assert!((lp.objective() - 1.5).abs() < 1e-9, "{}", lp.objective());
}

#[test]
fn unbounded_and_infeasible_lps_are_told_apart() {
    // min -x  s.t.  x - y <= 1,  x, y >= 0: unbounded along (1, 1).
    let mut lp = Lp::new(vec![-1.0, 0.0], vec![0.0, 0.0], vec![INF, INF]).unwrap();
    lp.add_row(&[(0, 1.0), (1, -1.0)], -INF, 1.0).unwrap();
    assert_eq!(lp.solve(&LpLimits::default()), LpStatus::Unbounded);
    // Adding x + y <= -1 makes it infeasible.
    lp.add_row(&[(0, 1.0), (1, 1.0)], -INF, -1.0).unwrap();
    assert_eq!(lp.solve(&LpLimits::default()), LpStatus::Infeasible);
    // Unbounded cost on an empty column, with infeasible rows elsewhere.
    let mut lp = Lp::new(vec![-1.0, 0.0], vec![0.0, 0.0], vec![INF, 1.0]).unwrap();
    lp.add_row(&[(1, 1.0)], 2.0, INF).unwrap();
    assert_eq!(lp.solve(&LpLimits::default()), LpStatus::Infeasible);
    // Crossed bounds.
    let mut lp = Lp::new(vec![1.0], vec![0.0], vec![1.0]).unwrap();
    lp.set_col_bounds(0, 1.0, 0.0).unwrap();
    assert_eq!(lp.solve(&LpLimits::default()), LpStatus::Infeasible);
}

#[test]
fn bad_input_is_an_error_and_leaves_the_lp_unchanged() {
    assert!(matches!(
        Lp::new(vec![f64::NAN], vec![0.0], vec![1.0]),
        Err(LpError::Coefficient { .. })
    ));
    assert!(matches!(
        Lp::new(vec![1.0], vec![INF], vec![INF]),
        Err(LpError::Bound { .. })
    ));
    assert!(matches!(
        Lp::new(vec![1.0, 2.0], vec![0.0], vec![1.0, 1.0]),
        Err(LpError::Length { .. })
    ));
    let mut lp = Lp::new(vec![1.0, 1.0], vec![0.0, 0.0], vec![1.0, 1.0]).unwrap();
    assert!(matches!(
        lp.add_row(&[(0, INF)], 0.0, 1.0),
        Err(LpError::Coefficient { .. })
    ));
    assert!(matches!(
        lp.add_row(&[(5, 1.0)], 0.0, 1.0),
        Err(LpError::Column { .. })
    ));
    assert!(matches!(
        lp.add_row(&[(0, 1.0)], f64::NAN, 1.0),
        Err(LpError::Bound { .. })
    ));
    assert!(lp.set_col_bounds(0, f64::NAN, 1.0).is_err());
    assert!(lp.set_col_bounds(2, 0.0, 1.0).is_err());
    assert_eq!(lp.num_rows(), 0);
    // Duplicates are summed: x0 + x0 - 2 x0 + x1 >= 1 is x1 >= 1.
    lp.add_row(&[(0, 1.0), (0, 1.0), (0, -2.0), (1, 1.0)], 1.0, INF)
        .unwrap();
    assert_eq!(lp.row_entries(0), &[(1, 1.0)]);
    assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
    assert!((lp.objective() - 1.0).abs() < 1e-12);
}

#[test]
fn cutoff_stops_above_and_not_below_the_optimum() {
    let mut lp = random_feasible_lp(7, 30, 20);
    assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
    let optimum = lp.objective();
    let mut above = random_feasible_lp(7, 30, 20);
    let limits = LpLimits {
        objective_cutoff: Some(optimum - 1.0),
        ..LpLimits::default()
    };
    assert_eq!(above.solve(&limits), LpStatus::Cutoff);
    assert!(above.objective() > optimum - 1.0 && above.objective() <= optimum + 1e-6);
    let mut below = random_feasible_lp(7, 30, 20);
    let limits = LpLimits {
        objective_cutoff: Some(optimum + 1e-3),
        ..LpLimits::default()
    };
    assert_eq!(below.solve(&limits), LpStatus::Optimal);
}

#[test]
fn iteration_limit_is_reported() {
    let mut lp = random_feasible_lp(3, 40, 30);
    let limits = LpLimits {
        max_iterations: Some(1),
        ..LpLimits::default()
    };
    assert_eq!(lp.solve(&limits), LpStatus::IterationLimit);
    assert_eq!(lp.iterations(), 1);
    // The solve continues from where it stopped.
    assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
}

#[test]
fn reduced_costs_and_duals_agree_with_the_matrix_on_random_lps() {
    for seed in 0..20 {
        let mut lp = random_feasible_lp(seed, 25, 15);
        assert_eq!(solve_checked(&mut lp), LpStatus::Optimal, "seed {seed}");
        assert_agrees_with_microlp(&lp, LpStatus::Optimal);
    }
}

#[test]
fn bound_changes_warm_start_with_fewer_iterations_than_cold() {
    let (mut warm_total, mut cold_total) = (0, 0);
    for seed in 0..10 {
        let mut lp = random_feasible_lp(100 + seed, 60, 40);
        assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
        // Branch on up to three fractional columns: x_j <= floor(x_j).
        let fractional: Vec<usize> = (0..lp.num_cols())
            .filter(|&j| (lp.x()[j] - lp.x()[j].round()).abs() > 1e-6)
            .take(3)
            .collect();
        assert!(!fractional.is_empty());
        for &j in &fractional {
            let floor = lp.x()[j].floor();
            lp.set_col_bounds(j, lp.col_lower(j), floor).unwrap();
        }
        let warm = solve_checked(&mut lp);
        let mut cold = cold_copy(&lp);
        let cold_status = solve_checked(&mut cold);
        assert_eq!(warm, cold_status, "seed {seed}");
        if warm == LpStatus::Optimal {
            assert!(
                (lp.objective() - cold.objective()).abs() <= tol(cold.objective()),
                "seed {seed}: warm {} cold {}",
                lp.objective(),
                cold.objective()
            );
        }
        warm_total += lp.iterations();
        cold_total += cold.iterations();
    }
    assert!(
        warm_total < cold_total,
        "warm {warm_total} iterations, cold {cold_total}"
    );
}

#[test]
fn cuts_added_and_removed_after_a_solve_match_cold_solves() {
    for seed in 0..10 {
        let mut lp = random_feasible_lp(200 + seed, 40, 25);
        assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
        let original = lp.objective();
        let rows_before = lp.num_rows();
        // Cuts violated by the current point: sum over a few columns
        // below the current sum.
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        for _ in 0..5 {
            let cols: Vec<usize> = (0..lp.num_cols())
                .filter(|_| rng.random_range(0.0..1.0) < 0.3)
                .collect();
            let entries: Vec<(usize, f64)> = cols.iter().map(|&j| (j, 1.0)).collect();
            let activity: f64 = cols.iter().map(|&j| lp.x()[j]).sum();
            lp.add_row(&entries, -INF, activity - 0.5).unwrap();
        }
        let warm = solve_checked(&mut lp);
        let mut cold = cold_copy(&lp);
        assert_eq!(warm, solve_checked(&mut cold), "seed {seed}");
        if warm == LpStatus::Optimal {
            assert!((lp.objective() - cold.objective()).abs() <= tol(original));
            assert!(lp.objective() >= original - tol(original));
        }
        // Drop the first original row and every other cut.
        let remove: Vec<usize> = std::iter::once(0)
            .chain((rows_before..lp.num_rows()).step_by(2))
            .collect();
        lp.remove_rows(&remove);
        assert_eq!(lp.num_rows(), rows_before + 5 - remove.len());
        let warm = solve_checked(&mut lp);
        let mut cold = cold_copy(&lp);
        assert_eq!(warm, solve_checked(&mut cold), "seed {seed}");
        if warm == LpStatus::Optimal {
            assert!((lp.objective() - cold.objective()).abs() <= tol(original));
        }
        // Removing rows whose slacks are basic keeps the basis optimal.
        let basic_rows: Vec<usize> = (0..lp.num_rows())
            .filter(|&i| lp.is_basic(lp.num_cols() + i))
            .collect();
        if warm == LpStatus::Optimal && !basic_rows.is_empty() {
            let objective = lp.objective();
            lp.remove_rows(&basic_rows[..1]);
            assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
            assert_eq!(lp.iterations(), 0);
            assert!((lp.objective() - objective).abs() <= tol(objective));
        }
    }
}

#[test]
fn a_basis_taken_before_rows_were_removed_maps_onto_the_lp_after() {
    let mut checked = 0;
    for seed in 0..10 {
        let mut lp = random_feasible_lp(400 + seed, 40, 25);
        if solve_checked(&mut lp) != LpStatus::Optimal {
            continue;
        }
        let before = lp.basis();
        let (n, m) = (lp.num_cols(), lp.num_rows());
        let basic: Vec<usize> = (0..m).filter(|&i| lp.is_basic(n + i)).collect();
        let Some(tight) = (0..m).find(|&i| !lp.is_basic(n + i)) else {
            continue;
        };
        // Taking out a row whose slack is nonbasic leaves too many basics.
        let mut one = vec![false; m];
        one[tight] = true;
        assert_eq!(before.without_rows(&one), None, "seed {seed}");
        // Every other row with a basic slack: the LP's own basis after.
        let mut removed = vec![false; m];
        for &i in basic.iter().step_by(2) {
            removed[i] = true;
        }
        let rows: Vec<usize> = (0..m).filter(|&i| removed[i]).collect();
        lp.remove_rows(&rows);
        assert_eq!(
            before.without_rows(&removed),
            Some(lp.basis()),
            "seed {seed}"
        );
        // Rows the basis never saw count as basic slacks.
        let mut longer = removed.clone();
        longer.push(false);
        let mapped = before.without_rows(&longer).expect("consistent");
        assert_eq!(mapped.num_rows(), lp.num_rows() + 1);
        checked += 1;
    }
    assert!(checked >= 5, "{checked} LPs checked");
}

/// Tall LPs (three times more rows than columns, as in graph coloring):
/// the optimal bases mix basic columns, basic slacks and nonbasic slacks,
/// so the kernel of the basis grows, shrinks and changes rows on the way.
/// The optima agree with microlp, and warm re-solves after branching and
/// after cuts agree with cold solves.
#[test]
fn tall_lps_with_mixed_bases_match_microlp_and_cold_solves() {
    for seed in 0..8 {
        let mut lp = random_feasible_lp(300 + seed, 15, 45);
        let status = solve_checked(&mut lp);
        assert_eq!(status, LpStatus::Optimal, "seed {seed}");
        assert_agrees_with_microlp(&lp, status);
        let (n, m) = (lp.num_cols(), lp.num_rows());
        let basic_cols = (0..n).filter(|&j| lp.is_basic(j)).count();
        let basic_slacks = (0..m).filter(|&i| lp.is_basic(n + i)).count();
        assert!(
            basic_cols > 0 && basic_slacks > 0 && basic_slacks < m,
            "seed {seed}: {basic_cols} basic columns, {basic_slacks} basic slacks"
        );
        // Branch down and up on fractional columns, one at a time.
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        for _ in 0..4 {
            let Some(j) = (0..n).find(|&j| (lp.x()[j] - lp.x()[j].round()).abs() > 1e-6) else {
                break;
            };
            let x = lp.x()[j];
            if rng.random_range(0..2) == 0 {
                lp.set_col_bounds(j, lp.col_lower(j), x.floor()).unwrap();
            } else {
                lp.set_col_bounds(j, x.ceil(), lp.col_upper(j)).unwrap();
            }
            let warm = solve_checked(&mut lp);
            let mut cold = cold_copy(&lp);
            assert_eq!(warm, solve_checked(&mut cold), "seed {seed}");
            if warm != LpStatus::Optimal {
                break;
            }
            assert!(
                (lp.objective() - cold.objective()).abs() <= tol(cold.objective()),
                "seed {seed}: warm {} cold {}",
                lp.objective(),
                cold.objective()
            );
            assert_agrees_with_microlp(&lp, warm);
            // A cut through the current point, then the solve after it.
            let cols: Vec<usize> = (0..n).filter(|_| rng.random_range(0..3) == 0).collect();
            let activity: f64 = cols.iter().map(|&j| lp.x()[j]).sum();
            let entries: Vec<(usize, f64)> = cols.iter().map(|&j| (j, 1.0)).collect();
            lp.add_row(&entries, -INF, activity - 0.25).unwrap();
            let warm = solve_checked(&mut lp);
            let mut cold = cold_copy(&lp);
            assert_eq!(warm, solve_checked(&mut cold), "seed {seed}");
            if warm != LpStatus::Optimal {
                break;
            }
            assert!((lp.objective() - cold.objective()).abs() <= tol(cold.objective()));
        }
    }
}

#[test]
fn a_basis_moved_to_a_fresh_copy_needs_no_pivots() {
    let mut lp = random_feasible_lp(11, 30, 20);
    assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
    let basis = lp.basis();
    let mut copy = cold_copy(&lp);
    copy.set_basis(&basis);
    assert_eq!(solve_checked(&mut copy), LpStatus::Optimal);
    assert_eq!(copy.iterations(), 0);
    assert!((copy.objective() - lp.objective()).abs() <= tol(lp.objective()));
    // A basis taken before rows were appended gets basic slacks for them.
    copy.add_row(&[(0, 1.0), (1, 1.0)], -INF, 100.0).unwrap();
    copy.set_basis(&basis);
    assert_eq!(solve_checked(&mut copy), LpStatus::Optimal);
    assert_eq!(copy.iterations(), 0);
    // A wrong-shaped basis falls back to the slack basis and still solves.
    let other = Lp::new(vec![1.0], vec![0.0], vec![1.0]).unwrap().basis();
    copy.set_basis(&other);
    assert_eq!(solve_checked(&mut copy), LpStatus::Optimal);
    assert!((copy.objective() - lp.objective()).abs() <= tol(lp.objective()));
}

/// Solves the square system `m x = b` by Gaussian elimination with
/// partial pivoting (independent of the solver's inverse); `None` when
/// singular.
fn gauss_solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let k = b.len();
    for col in 0..k {
        let piv = (col..k)
            .max_by(|&r, &s| a[r][col].abs().total_cmp(&a[s][col].abs()))
            .unwrap();
        a.swap(col, piv);
        b.swap(col, piv);
        if a[col][col].abs() <= 1e-9 {
            return None;
        }
        let (top, bottom) = a.split_at_mut(col + 1);
        let pivot = &top[col];
        for (r, row) in bottom.iter_mut().enumerate() {
            let f = row[col] / pivot[col];
            if f != 0.0 {
                for (x, p) in row[col..].iter_mut().zip(&pivot[col..]) {
                    *x -= f * p;
                }
                b[col + 1 + r] -= f * b[col];
            }
        }
    }
    let mut x = vec![0.0; k];
    for r in (0..k).rev() {
        let s: f64 = (r + 1..k).map(|c| a[r][c] * x[c]).sum();
        x[r] = (b[r] - s) / a[r][r];
    }
    Some(x)
}

#[test]
fn tableau_rows_hold_at_the_optimum_and_at_random_points() {
    let mut lp = random_feasible_lp(5, 20, 12);
    assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
    let (n, m) = (lp.num_cols(), lp.num_rows());
    let mut current: Vec<f64> = lp.x().to_vec();
    current.extend((0..m).map(|i| lp.row_activity(i)));
    let basic: Vec<usize> = (0..n + m).filter(|&k| lp.is_basic(k)).collect();
    assert_eq!(basic.len(), m);
    // Random points of A x = s: nonbasic values drawn, basic ones solved
    // from the m equations A x − s = 0.
    let mut rng = ChaCha8Rng::seed_from_u64(9);
    let mut points = vec![current];
    for _ in 0..3 {
        let mut z: Vec<f64> = (0..n + m).map(|_| rng.random_range(-5.0..5.0)).collect();
        let mut matrix = vec![vec![0.0; m]; m];
        let mut rhs = vec![0.0; m];
        for i in 0..m {
            for &(j, a) in lp.row_entries(i) {
                if let Some(p) = basic.iter().position(|&b| b == j) {
                    matrix[i][p] += a;
                } else {
                    rhs[i] -= a * z[j];
                }
            }
            match basic.iter().position(|&b| b == n + i) {
                Some(p) => matrix[i][p] -= 1.0,
                None => rhs[i] += z[n + i],
            }
        }
        let zb = gauss_solve(matrix, rhs).expect("a basis is regular");
        for (p, &b) in basic.iter().enumerate() {
            z[b] = zb[p];
        }
        points.push(z);
    }
    let mut checked = 0;
    for j in 0..n {
        let Some(row) = lp.tableau_row(j) else {
            assert!(!lp.is_basic(j));
            continue;
        };
        checked += 1;
        for z in &points {
            let lhs = z[j] + row.entries.iter().map(|&(k, a)| a * z[k]).sum::<f64>();
            let scale = 1.0
                + row
                    .entries
                    .iter()
                    .map(|&(k, a)| (a * z[k]).abs())
                    .sum::<f64>();
            assert!(
                (lhs - row.rhs).abs() <= 1e-8 * scale,
                "column {j}: {lhs} != {}",
                row.rhs
            );
        }
        assert!(row.entries.iter().all(|&(k, _)| !lp.is_basic(k)));
    }
    assert!(checked > 0, "no basic column to check");
}

/// An LP from random small integers for the proptest comparison.
#[derive(Clone, Debug)]
struct TinyLp {
    cost: Vec<i32>,
    bounds: Vec<(f64, f64)>,
    rows: Vec<(Vec<i32>, f64, f64)>,
}

/// Bounds of one kind: boxed, lower only, upper only, free, fixed.
fn bound_strategy() -> impl Strategy<Value = (f64, f64)> {
    (0..5u8, -3i32..=3, 0i32..=4).prop_map(|(kind, a, width)| {
        let (a, w) = (f64::from(a), f64::from(width));
        match kind {
            0 => (a, a + w),
            1 => (a, INF),
            2 => (-INF, a),
            3 => (-INF, INF),
            _ => (a, a),
        }
    })
}

fn tiny_lp_strategy() -> impl Strategy<Value = TinyLp> {
    (1usize..=5, 0usize..=4).prop_flat_map(|(n, m)| {
        (
            proptest::collection::vec(-3i32..=3, n),
            proptest::collection::vec(bound_strategy(), n),
            proptest::collection::vec(
                (proptest::collection::vec(-3i32..=3, n), bound_strategy()),
                m,
            ),
        )
            .prop_map(|(cost, bounds, rows)| TinyLp {
                cost,
                bounds,
                rows: rows
                    .into_iter()
                    .map(|(coefs, (lo, up))| (coefs, lo, up))
                    .collect(),
            })
    })
}

impl TinyLp {
    fn to_lp(&self) -> Lp {
        let mut lp = Lp::new(
            self.cost.iter().map(|&c| f64::from(c)).collect(),
            self.bounds.iter().map(|b| b.0).collect(),
            self.bounds.iter().map(|b| b.1).collect(),
        )
        .unwrap();
        for (coefs, lo, up) in &self.rows {
            let entries: Vec<(usize, f64)> = coefs
                .iter()
                .enumerate()
                .map(|(j, &a)| (j, f64::from(a)))
                .collect();
            lp.add_row(&entries, *lo, *up).unwrap();
        }
        lp
    }
}

/// All `k`-subsets of `0..n`.
fn subsets(n: usize, k: usize) -> Vec<Vec<usize>> {
    if k == 0 {
        return vec![Vec::new()];
    }
    if n < k {
        return Vec::new();
    }
    let mut out = subsets(n - 1, k);
    for mut s in subsets(n - 1, k - 1) {
        s.push(n - 1);
        out.push(s);
    }
    out
}

/// The optimum of `lp` with every infinite bound replaced by `±big`, by
/// enumerating all basic solutions of `[A | −I] z = 0`; `None` when none is
/// feasible.
fn boxed_vertex_optimum(lp: &Lp, big: f64) -> Option<f64> {
    let (n, m) = (lp.num_cols(), lp.num_rows());
    let clamp = |lo: f64, up: f64| (lo.max(-big), up.min(big));
    let bounds: Vec<(f64, f64)> = (0..n)
        .map(|j| clamp(lp.col_lower(j), lp.col_upper(j)))
        .chain((0..m).map(|i| {
            let (lo, up) = lp.row_bounds(i);
            clamp(lo, up)
        }))
        .collect();
    let column = |k: usize| -> Vec<f64> {
        let mut c = vec![0.0; m];
        if k < n {
            for (i, ci) in c.iter_mut().enumerate() {
                *ci = lp
                    .row_entries(i)
                    .iter()
                    .find(|e| e.0 == k)
                    .map_or(0.0, |e| e.1);
            }
        } else {
            c[k - n] = -1.0;
        }
        c
    };
    let mut best: Option<f64> = None;
    for basic in subsets(n + m, m) {
        let nonbasic: Vec<usize> = (0..n + m).filter(|k| !basic.contains(k)).collect();
        let mut matrix = vec![vec![0.0; m]; m];
        for (p, &k) in basic.iter().enumerate() {
            for (i, v) in column(k).into_iter().enumerate() {
                matrix[i][p] = v;
            }
        }
        for mask in 0u32..(1 << nonbasic.len()) {
            let mut z = vec![0.0; n + m];
            let mut rhs = vec![0.0; m];
            for (t, &k) in nonbasic.iter().enumerate() {
                z[k] = if mask >> t & 1 == 0 {
                    bounds[k].0
                } else {
                    bounds[k].1
                };
                for (i, v) in column(k).into_iter().enumerate() {
                    rhs[i] -= v * z[k];
                }
            }
            let Some(zb) = gauss_solve(matrix.clone(), rhs) else {
                break;
            };
            let feasible = basic.iter().zip(&zb).all(|(&k, &v)| {
                v >= bounds[k].0 - 1e-7 * (1.0 + v.abs())
                    && v <= bounds[k].1 + 1e-7 * (1.0 + v.abs())
            });
            if feasible {
                for (&k, &v) in basic.iter().zip(&zb) {
                    z[k] = v;
                }
                let objective: f64 = lp.costs().iter().zip(&z).map(|(c, v)| c * v).sum();
                best = Some(best.map_or(objective, |b: f64| b.min(objective)));
            }
        }
    }
    best
}

/// The status and optimum of a tiny LP by vertex enumeration: boxes of
/// half-width 1e6 and 2e6 give the same optimum unless it is unbounded
/// (small integer data keep every vertex of the real LP well inside).
fn brute_force(lp: &Lp) -> (LpStatus, f64) {
    match (boxed_vertex_optimum(lp, 1e6), boxed_vertex_optimum(lp, 2e6)) {
        (None, _) | (_, None) => (LpStatus::Infeasible, 0.0),
        (Some(a), Some(b)) if b < a - 1e-6 * a.abs().max(1.0) => (LpStatus::Unbounded, b),
        (Some(a), Some(_)) => (LpStatus::Optimal, a),
    }
}

#[test]
fn brute_force_oracle_knows_the_three_outcomes() {
    let mut lp = Lp::new(vec![-1.0, -2.0], vec![0.0, 0.0], vec![3.0, 3.0]).unwrap();
    lp.add_row(&[(0, 1.0), (1, 1.0)], -INF, 4.0).unwrap();
    assert_eq!(brute_force(&lp), (LpStatus::Optimal, -7.0));
    lp.set_col_bounds(1, 0.0, INF).unwrap();
    lp.set_col_bounds(0, -INF, 3.0).unwrap();
    assert_eq!(brute_force(&lp).0, LpStatus::Unbounded);
    lp.add_row(&[(1, 1.0)], -INF, -1.0).unwrap();
    assert_eq!(brute_force(&lp).0, LpStatus::Infeasible);
}

#[test]
fn fixed_row_beside_a_free_empty_column_is_optimal() {
    // min −x1 s.t. −x1 = 0, x0 = 0, x1 >= −1, x2 free: optimum 0. microlp
    // 0.6 (through good_lp) answers Unbounded, which is why the random
    // tests below use vertex enumeration as the oracle.
    let mut lp = Lp::new(
        vec![0.0, -1.0, 0.0],
        vec![0.0, -1.0, -INF],
        vec![0.0, INF, INF],
    )
    .unwrap();
    lp.add_row(&[(1, -1.0)], 0.0, 0.0).unwrap();
    assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
    assert_eq!(lp.objective(), 0.0);
    assert_eq!(brute_force(&lp), (LpStatus::Optimal, 0.0));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Status and objective against vertex enumeration, and against
    /// microlp wherever microlp claims a finite optimum (it misjudges some
    /// of these degenerate LPs: see the regression cases).
    #[test]
    fn random_small_lps_agree_with_vertex_enumeration_and_microlp(tiny in tiny_lp_strategy()) {
        let mut lp = tiny.to_lp();
        let status = solve_checked(&mut lp);
        let (expected, optimum) = brute_force(&lp);
        prop_assert_eq!(status, expected);
        if status == LpStatus::Optimal {
            prop_assert!((lp.objective() - optimum).abs() <= 1e-6 * optimum.abs().max(1.0),
                "objective {} but enumeration {}", lp.objective(), optimum);
        }
        // microlp sometimes reports an optimum whose values are NaN.
        if let Ok(reference) = microlp_objective(&lp)
            && reference.is_finite()
        {
            prop_assert_eq!(status, LpStatus::Optimal);
            prop_assert!((lp.objective() - reference).abs() <= 1e-6 * reference.abs().max(1.0));
        }
    }
}

/// Solves the LP relaxation of a MIPLIB instance, checks KKT and compares
/// with microlp (and with `known` when given).
fn check_relaxation(file: &str, known: Option<f64>) {
    let Some(path) = miplib(file) else { return };
    let problem = crate::io::read_problem(&path).expect("readable").problem;
    let mut lp = Lp::from_problem(&problem);
    let start = std::time::Instant::now();
    let status = solve_checked(&mut lp);
    let ours = start.elapsed();
    assert_eq!(status, LpStatus::Optimal, "{file}");
    let start = std::time::Instant::now();
    let reference = microlp_objective(&lp).expect("microlp solves the relaxation");
    let theirs = start.elapsed();
    eprintln!(
        "{file}: {} rows, {} cols, objective {:.6}, {} iterations, {:?} (microlp {:.6}, {:?})",
        lp.num_rows(),
        lp.num_cols(),
        lp.objective(),
        lp.iterations(),
        ours,
        reference,
        theirs
    );
    assert!(
        (lp.objective() - reference).abs() <= 1e-6 * reference.abs().max(1.0),
        "{file}: {} vs microlp {reference}",
        lp.objective()
    );
    if let Some(known) = known {
        assert!(
            (lp.objective() - known).abs() <= 1e-6 * known.abs().max(1.0) + 1e-4,
            "{file}: {} vs known {known}",
            lp.objective()
        );
    }
}

#[test]
fn miplib_afiro_relaxation() {
    check_relaxation("afiro.mps", Some(-464.7531));
}

#[test]
fn miplib_adlittle_relaxation() {
    check_relaxation("adlittle.mps", Some(225494.963));
}

#[test]
fn miplib_mip_relaxations_match_microlp() {
    for file in [
        "egout.mps",
        "lseu.mps",
        "misc03.mps",
        "stein27.mps",
        "vpm2.mps",
        "enigma.mps",
        "flugpl.mps",
    ] {
        check_relaxation(file, None);
    }
}

#[test]
fn miplib_branching_warm_starts_match_cold_solves() {
    let Some(path) = miplib("vpm2.mps") else {
        return;
    };
    let problem = crate::io::read_problem(&path).expect("readable").problem;
    let mut lp = Lp::from_problem(&problem);
    assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
    let (mut warm_total, mut cold_total) = (0, 0);
    for _ in 0..5 {
        let Some(j) = (0..lp.num_cols()).find(|&j| (lp.x()[j] - lp.x()[j].round()).abs() > 1e-6)
        else {
            break;
        };
        let value = lp.x()[j];
        lp.set_col_bounds(j, value.ceil(), lp.col_upper(j)).unwrap();
        let warm = solve_checked(&mut lp);
        let mut cold = cold_copy(&lp);
        assert_eq!(warm, solve_checked(&mut cold));
        warm_total += lp.iterations();
        cold_total += cold.iterations();
        if warm != LpStatus::Optimal {
            break;
        }
        assert!((lp.objective() - cold.objective()).abs() <= tol(cold.objective()));
    }
    assert!(
        warm_total < cold_total,
        "warm {warm_total} iterations, cold {cold_total}"
    );
}

#[test]
fn a_dual_ray_with_rounding_noise_towards_an_infinite_bound_is_still_infeasible() {
    // The two equations give x1 = -5 x0 <= -5 and x2 = 13 x0 / 3 > 0, but
    // x2 <= 0. The ray's row has an entry of 1e-16 on x2 (whose lower bound
    // is -inf), a rounding error of zero that must not block the proof.
    let tiny = TinyLp {
        cost: vec![-2, 1, 0, 0],
        bounds: vec![(1.0, INF), (-INF, 2.0), (-INF, 0.0), (-1.0, -1.0)],
        rows: vec![
            (vec![-3, 2, 3, 0], 0.0, 0.0),
            (vec![-2, -2, -3, 0], 0.0, 0.0),
        ],
    };
    let mut lp = tiny.to_lp();
    assert_eq!(lp.solve(&LpLimits::default()), LpStatus::Infeasible);
    assert_eq!(brute_force(&lp).0, LpStatus::Infeasible);
}

#[test]
fn bin_packing_relaxation_dives_warm_with_kkt_at_every_node() {
    use crate::generate::bin_packing::{BinPackingParams, bin_packing};
    let params = BinPackingParams {
        items: 120,
        bins: Some(60),
        ..BinPackingParams::default()
    };
    let problem = bin_packing(&params, 1).expect("generated");
    let mut lp = Lp::from_problem(&problem);
    let start = std::time::Instant::now();
    assert_eq!(solve_checked(&mut lp), LpStatus::Optimal);
    eprintln!(
        "bin packing {}x{}: root {} iterations, {:?}",
        lp.num_rows(),
        lp.num_cols(),
        lp.iterations(),
        start.elapsed()
    );
    // A dive: fix the most fractional column up, ten times.
    let start = std::time::Instant::now();
    let mut dive_iterations = 0;
    for _ in 0..10 {
        let Some(j) = (0..lp.num_cols())
            .filter(|&j| (lp.x()[j] - lp.x()[j].round()).abs() > 1e-6)
            .max_by(|&a, &b| {
                let f = |j: usize| 0.5 - (lp.x()[j] - lp.x()[j].floor() - 0.5).abs();
                f(a).total_cmp(&f(b))
            })
        else {
            break;
        };
        lp.set_col_bounds(j, 1.0, 1.0).unwrap();
        let status = solve_checked(&mut lp);
        dive_iterations += lp.iterations();
        if status != LpStatus::Optimal {
            assert_eq!(status, solve_checked(&mut cold_copy(&lp)));
            break;
        }
    }
    eprintln!(
        "bin packing dive: {dive_iterations} iterations, {:?}",
        start.elapsed()
    );
    let mut cold = cold_copy(&lp);
    let start = std::time::Instant::now();
    let status = solve_checked(&mut cold);
    eprintln!(
        "bin packing cold solve of the last node: {status:?}, {} iterations, {:?}",
        cold.iterations(),
        start.elapsed()
    );
    if status == LpStatus::Optimal {
        assert!((cold.objective() - lp.objective()).abs() <= tol(cold.objective()));
    }
}
#[test]
fn bin_packing_with_too_little_volume_is_infeasible() {
    use crate::generate::bin_packing::{BinPackingData, BinPackingParams, bin_packing};
    let params = BinPackingParams {
        items: 120,
        bins: Some(45),
        ..BinPackingParams::default()
    };
    let data = BinPackingData::draw(&params, 1).expect("drawn");
    let volume: u32 = data.sizes.iter().sum();
    // The relaxation needs the bins to hold the items' total volume.
    assert!(volume > 45 * params.distribution.capacity());
    let problem = bin_packing(&params, 1).expect("generated");
    let mut lp = Lp::from_problem(&problem);
    assert_eq!(lp.solve(&LpLimits::default()), LpStatus::Infeasible);
}

/// The Lagrangian bound equals the objective at a dual feasible optimum
/// (the implied activity bounds of one-sided rows included), and a solve
/// that perturbs its costs from the start (as after a stall) still reaches
/// a primal feasible optimum whose bound is valid and tight.
#[test]
fn lagrangian_bound_and_perturbed_solves_stay_valid() {
    for seed in 0..30 {
        let mut lp = random_feasible_lp(900 + seed, 12, 8);
        if solve_checked(&mut lp) != LpStatus::Optimal {
            continue;
        }
        let z = lp.objective();
        assert_eq!(lp.bound(), z, "unshifted: the bound is the objective");
        lp.shifted = true;
        let lagrangian = lp.bound();
        assert!(
            (lagrangian - z).abs() <= tol(z),
            "seed {seed}: Lagrangian {lagrangian} against {z}"
        );
        let mut perturbed = cold_copy(&lp);
        perturbed.degenerate = true;
        assert_eq!(perturbed.solve(&LpLimits::default()), LpStatus::Optimal);
        assert!(perturbed.shifted);
        let b = perturbed.bound();
        assert!(
            b <= z + tol(z),
            "seed {seed}: bound {b} above the optimum {z}"
        );
        assert!(
            b >= z - 1e-3 * z.abs().max(1.0),
            "seed {seed}: bound {b} far below {z}"
        );
        // The point is primal feasible: its objective is not below the optimum.
        assert!(perturbed.objective() >= z - tol(z));
    }
}

/// `r = Aᵀy` over the LP's rows.
fn aggregate(lp: &Lp, y: &[f64]) -> Vec<f64> {
    let mut r = vec![0.0; lp.num_cols()];
    for (i, &yi) in y.iter().enumerate() {
        for &(j, a) in lp.row_entries(i) {
            r[j] += yi * a;
        }
    }
    r
}

/// The range of `Σ_j r_j x_j` over the column bounds.
fn column_range(lp: &Lp, r: &[f64]) -> (f64, f64) {
    let (mut lo, mut hi) = (0.0, 0.0);
    for (j, &a) in r.iter().enumerate() {
        if a.abs() < 1e-12 {
            continue;
        }
        let (l, u) = (lp.col_lower(j), lp.col_upper(j));
        let (small, large) = if a > 0.0 {
            (a * l, a * u)
        } else {
            (a * u, a * l)
        };
        lo += small;
        hi += large;
    }
    (lo, hi)
}

/// `Σ_i y_i [row_lo_i, row_hi_i]`.
fn row_range(lp: &Lp, y: &[f64]) -> (f64, f64) {
    let (mut lo, mut hi) = (0.0, 0.0);
    for (i, &yi) in y.iter().enumerate() {
        if yi == 0.0 {
            continue;
        }
        let (l, u) = lp.row_bounds(i);
        let (small, large) = if yi > 0.0 {
            (yi * l, yi * u)
        } else {
            (yi * u, yi * l)
        };
        lo += small;
        hi += large;
    }
    (lo, hi)
}

#[test]
fn an_infeasible_solve_leaves_farkas_multipliers_that_prove_it() {
    let mut proofs = 0;
    for seed in 0..40 {
        let mut lp = random_feasible_lp(seed, 12, 10);
        // Squeeze every column into a narrow box far from the feasible
        // point's neighbourhood: most of these LPs become infeasible.
        for j in 0..12 {
            let v = if (j + seed as usize) % 2 == 0 {
                0.0
            } else {
                10.0
            };
            lp.set_col_bounds(j, v, v).unwrap();
        }
        let status = lp.solve(&LpLimits::default());
        let Some(y) = lp.farkas_multipliers().map(<[f64]>::to_vec) else {
            assert_ne!(
                status,
                LpStatus::Infeasible,
                "seed {seed}: infeasible without a ray"
            );
            continue;
        };
        assert_eq!(status, LpStatus::Infeasible);
        let (clo, chi) = column_range(&lp, &aggregate(&lp, &y));
        let (rlo, rhi) = row_range(&lp, &y);
        assert!(
            chi < rlo - 1e-9 || clo > rhi + 1e-9,
            "seed {seed}: columns give [{clo}, {chi}], rows [{rlo}, {rhi}]"
        );
        proofs += 1;
        // Any other outcome clears the multipliers.
        for j in 0..12 {
            lp.set_col_bounds(j, 0.0, 10.0).unwrap();
        }
        assert_eq!(lp.solve(&LpLimits::default()), LpStatus::Optimal);
        assert!(lp.farkas_multipliers().is_none());
    }
    assert!(proofs >= 10, "only {proofs} infeasible LPs");
}

#[test]
fn the_duals_at_a_cutoff_prove_the_cutoff() {
    for seed in 0..20 {
        let mut lp = random_feasible_lp(100 + seed, 20, 15);
        assert_eq!(lp.solve(&LpLimits::default()), LpStatus::Optimal);
        let optimum = lp.objective();
        let mut cut = random_feasible_lp(100 + seed, 20, 15);
        let cutoff = optimum - 0.5;
        let limits = LpLimits {
            objective_cutoff: Some(cutoff),
            ..LpLimits::default()
        };
        assert_eq!(cut.solve(&limits), LpStatus::Cutoff);
        // c·x = y·(A x) + (c − Aᵀy)·x >= min over the rows + min over the
        // columns, which must exceed the cutoff.
        let y = cut.duals().to_vec();
        let r = aggregate(&cut, &y);
        let d: Vec<f64> = cut.costs().iter().zip(&r).map(|(c, a)| c - a).collect();
        let (dlo, _) = column_range(&cut, &d);
        let (row_min, _) = row_range(&cut, &y);
        assert!(
            dlo + row_min > cutoff,
            "seed {seed}: Lagrangian bound {} <= cutoff {cutoff}",
            dlo + row_min
        );
    }
}

/// An LP whose optimal basis has hundreds of basic columns: `n` columns in
/// `[−1000, 1000]` and `m > n` sparse rows with narrow ranges around
/// `A x0`, so that rows, not column bounds, define the vertex.
fn large_kernel_lp(seed: u64, n: usize, m: usize) -> Lp {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let x0: Vec<f64> = (0..n).map(|_| rng.random_range(-5.0..5.0)).collect();
    let cost: Vec<f64> = (0..n).map(|_| rng.random_range(-5.0..5.0)).collect();
    let mut lp = Lp::new(cost, vec![-1000.0; n], vec![1000.0; n]).expect("valid columns");
    for _ in 0..m {
        let mut entries: Vec<(usize, f64)> = Vec::new();
        for j in 0..n {
            if rng.random_range(0.0..1.0) < 0.02 {
                entries.push((j, rng.random_range(-5.0f64..5.0).round()));
            }
        }
        let activity: f64 = entries.iter().map(|&(j, a)| a * x0[j]).sum();
        lp.add_row(&entries, activity - 1.0, activity + 1.0)
            .expect("valid row");
    }
    lp
}

/// The large-kernel path of the inverse (order ≥ 200: rebuilt only when
/// its accuracy check fails): optimal solves pass KKT, and warm re-solves
/// after bound changes reach the objective of cold solves.
#[test]
fn lps_with_large_kernels_solve_with_kkt_warm_and_cold() {
    for seed in [1u64, 2] {
        let mut lp = large_kernel_lp(seed, 300, 450);
        assert_eq!(solve_checked(&mut lp), LpStatus::Optimal, "seed {seed}");
        let basic_columns = (0..lp.num_cols()).filter(|&j| lp.is_basic(j)).count();
        assert!(
            basic_columns >= 200,
            "seed {seed}: {basic_columns} basic columns"
        );
        // Enough pivots for the large kernel to pass an accuracy check.
        assert!(
            lp.iterations() > 100,
            "seed {seed}: {} pivots",
            lp.iterations()
        );
        let mut rng = ChaCha8Rng::seed_from_u64(seed + 100);
        for _ in 0..5 {
            for _ in 0..10 {
                let j = rng.random_range(0..lp.num_cols());
                let v = lp.x()[j];
                lp.set_col_bounds(j, v.floor() - 1.0, v.floor()).unwrap();
            }
            let status = solve_checked(&mut lp);
            let mut cold = cold_copy(&lp);
            assert_eq!(solve_checked(&mut cold), status, "seed {seed}");
            if status == LpStatus::Optimal {
                assert!(
                    (cold.objective() - lp.objective()).abs() <= tol(cold.objective()),
                    "seed {seed}: warm {} cold {}",
                    lp.objective(),
                    cold.objective()
                );
            }
        }
    }
}

#[test]
fn new_costs_are_solved_from_the_old_basis_to_the_cold_optimum() {
    // The feasibility pump's use: the same rows, a new objective each
    // round, warm-started from the last basis.
    for seed in 0..20 {
        let mut lp = random_feasible_lp(seed, 8, 6);
        assert_eq!(solve_checked(&mut lp), LpStatus::Optimal, "seed {seed}");
        let mut rng = ChaCha8Rng::seed_from_u64(seed + 1000);
        let cost: Vec<f64> = (0..8).map(|_| rng.random_range(-5.0..5.0)).collect();
        lp.set_costs(&cost).expect("valid costs");
        assert_eq!(lp.costs(), &cost[..]);
        let mut cold = cold_copy(&lp);
        assert_eq!(solve_checked(&mut lp), LpStatus::Optimal, "seed {seed}");
        assert_eq!(solve_checked(&mut cold), LpStatus::Optimal, "seed {seed}");
        let (warm, fresh) = (lp.objective(), cold.objective());
        assert!(
            (warm - fresh).abs() <= 1e-6 * fresh.abs().max(1.0),
            "seed {seed}: {warm} vs {fresh}"
        );
    }
    let mut lp = random_feasible_lp(1, 3, 2);
    assert!(lp.set_costs(&[1.0, 2.0]).is_err());
    assert!(lp.set_costs(&[1.0, f64::NAN, 0.0]).is_err());
}

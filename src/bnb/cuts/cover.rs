//! Lifted knapsack cover cuts.
//!
//! For each finite side of each row, the binary knapsack relaxation
//! `Σ w_l y_l <= b` over literals (see the `knapsack` module: fixed columns
//! substituted, binaries with negative coefficients complemented, other
//! columns replaced by the bound that relaxes the row) is searched for a
//! violated lifted minimal cover:
//!
//! 1. **Cover.** Literals are taken greedily in increasing order of
//!    `(1 - y*_l)/w_l` (ties: larger weight first) until their weight
//!    exceeds `b + SEPARATION_FEASIBILITY·max(1, |b|)`; then, in reverse order, every
//!    literal whose removal keeps the set a cover is removed, so the cover
//!    `C` is minimal and `Σ_C y_l <= |C| - 1` is valid.
//! 2. **Lifting.** Sequential up-lifting of every literal outside `C`, in
//!    decreasing order of `y*_l` (ties: larger weight first), with exact
//!    lifting coefficients: `α_k = (|C| - 1) - max{Σ α_j y_j : Σ w_j y_j <=
//!    b - w_k}` over the literals already in the inequality. All `α` are
//!    integers in `[0, |C| - 1]`, so the maximum is read off a dynamic
//!    program over the profit: `W[p]` = least weight reaching profit at
//!    least `p`, `p = 0..=|C| - 1`, updated in `O(|C|)` per lifted literal;
//!    a row costs `O(n log n + n·|C|)`. A literal that cannot be 1 at all
//!    (`w_k > b`) gets `α_k = |C| - 1`.
//! 3. **Output.** The lifted inequality `Σ_C y_l + Σ α_k y_k <= |C| - 1`
//!    rewritten in the original columns (`y = 1 - x` for complemented
//!    literals), returned when violated by more than
//!    [`MIN_VIOLATION`]. At most one cut per row side.
//!
//! Lifting is exact for the knapsack relaxation, so the cuts are facets of
//! its convex hull when the minimal cover is (Balas; Wolsey,
//! *Integer Programming*, §9.3); the order of lifting decides which facet.

use super::knapsack::{Knapsack, row_knapsacks};
use super::{Cut, CutFamily, MIN_VIOLATION};
use crate::model::Problem;

/// The violated lifted cover cuts of every row side of `problem` at `x`.
///
/// `lower`/`upper` are the column bounds under which the cuts must hold
/// (pass the global bounds for globally valid cuts; local node bounds give
/// cuts valid in that node's subtree only). Columns fixed by them are
/// substituted; semi-continuous columns are relaxed to their hull.
///
/// # Panics
/// When `lower`, `upper` or `x` is shorter than `problem.num_vars()`.
pub fn knapsack_covers(problem: &Problem, lower: &[f64], upper: &[f64], x: &[f64]) -> Vec<Cut> {
    let n = problem.num_vars();
    assert!(lower.len() >= n && upper.len() >= n && x.len() >= n);
    let mut cuts = Vec::new();
    for r in problem.rows() {
        for knapsack in row_knapsacks(problem, lower, upper, r) {
            if let Some(cut) = lifted_cover(&knapsack, x) {
                cuts.push(cut);
            }
        }
    }
    cuts
}

/// A minimal cover of `knapsack` chosen greedily at `y`, as item positions,
/// or `None` when the items do not form a cover at all.
fn greedy_minimal_cover(knapsack: &Knapsack, y: &[f64]) -> Option<Vec<usize>> {
    let w = |i: usize| knapsack.items[i].1;
    let threshold = knapsack.capacity + knapsack.slack_tolerance();
    let mut order: Vec<usize> = (0..knapsack.items.len()).collect();
    order.sort_by(|&i, &j| {
        ((1.0 - y[i]) / w(i))
            .total_cmp(&((1.0 - y[j]) / w(j)))
            .then(w(j).total_cmp(&w(i)))
            .then(i.cmp(&j))
    });
    let mut cover = Vec::new();
    let mut weight = 0.0;
    for &i in &order {
        if weight > threshold {
            break;
        }
        cover.push(i);
        weight += w(i);
    }
    if weight <= threshold {
        return None;
    }
    let mut keep = vec![true; cover.len()];
    for idx in (0..cover.len()).rev() {
        if weight - w(cover[idx]) > threshold {
            weight -= w(cover[idx]);
            keep[idx] = false;
        }
    }
    Some(
        cover
            .into_iter()
            .zip(keep)
            .filter_map(|(i, k)| k.then_some(i))
            .collect(),
    )
}

/// `W[p]`: the least weight of a set of lifted items with profit at least
/// `p`, for `p = 0..=rhs`; items are added one at a time.
struct ProfitTable {
    least_weight: Vec<f64>,
}

impl ProfitTable {
    fn new(rhs: usize) -> Self {
        let mut least_weight = vec![f64::INFINITY; rhs + 1];
        least_weight[0] = 0.0;
        ProfitTable { least_weight }
    }

    /// Adds an item of profit `profit >= 1` and weight `weight`.
    fn add(&mut self, profit: usize, weight: f64) {
        debug_assert!(profit >= 1);
        for p in (1..self.least_weight.len()).rev() {
            let from = self.least_weight[p.saturating_sub(profit)] + weight;
            if from < self.least_weight[p] {
                self.least_weight[p] = from;
            }
        }
    }

    /// The largest profit reachable with weight at most `capacity`.
    fn max_profit(&self, capacity: f64) -> usize {
        self.least_weight
            .iter()
            .rposition(|&w| w <= capacity)
            .unwrap_or(0)
    }
}

/// The lifted cover cut of `knapsack` at `x`, when one is violated.
fn lifted_cover(knapsack: &Knapsack, x: &[f64]) -> Option<Cut> {
    let tol = knapsack.slack_tolerance();
    if knapsack.capacity < -tol {
        return None;
    }
    let y: Vec<f64> = knapsack
        .items
        .iter()
        .map(|(l, _)| l.value(x).clamp(0.0, 1.0))
        .collect();
    let cover = greedy_minimal_cover(knapsack, &y)?;
    let rhs = cover.len() - 1;
    let mut in_cover = vec![false; y.len()];
    for &i in &cover {
        in_cover[i] = true;
    }
    // Lifted coefficients are at most rhs: no violation is possible unless
    // this optimistic activity exceeds the right-hand side.
    let cover_activity: f64 = cover.iter().map(|&i| y[i]).sum();
    let rest_activity: f64 = (0..y.len()).filter(|&i| !in_cover[i]).map(|i| y[i]).sum();
    if cover_activity + rhs as f64 * rest_activity <= rhs as f64 + MIN_VIOLATION {
        return None;
    }

    let mut coef = vec![0usize; y.len()];
    let mut table = ProfitTable::new(rhs);
    for &i in &cover {
        coef[i] = 1;
        if rhs > 0 {
            table.add(1, knapsack.items[i].1);
        }
    }
    let mut lift_order: Vec<usize> = (0..y.len()).filter(|&i| !in_cover[i]).collect();
    lift_order.sort_by(|&i, &j| {
        y[j].total_cmp(&y[i])
            .then(knapsack.items[j].1.total_cmp(&knapsack.items[i].1))
            .then(i.cmp(&j))
    });
    for k in lift_order {
        let residual = knapsack.capacity - knapsack.items[k].1;
        let alpha = if residual < -tol {
            rhs
        } else {
            rhs - table.max_profit(residual + tol)
        };
        coef[k] = alpha;
        if alpha > 0 {
            table.add(alpha, knapsack.items[k].1);
        }
    }

    let mut cut_rhs = rhs as f64;
    let mut terms = Vec::new();
    for (i, &(literal, _)) in knapsack.items.iter().enumerate() {
        if coef[i] == 0 {
            continue;
        }
        let c = coef[i] as f64;
        if literal.is_complemented() {
            terms.push((literal.var(), -c));
            cut_rhs -= c;
        } else {
            terms.push((literal.var(), c));
        }
    }
    let cut = Cut::from_terms(terms, cut_rhs, CutFamily::Cover);
    (cut.violation(x) > MIN_VIOLATION).then_some(cut)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bnb::cuts::test_support::{assert_valid_for, feasible_integer_points};
    use crate::model::{ProblemBuilder, VarId, VarKind};
    use proptest::prelude::*;

    fn knapsack_problem(coefs: &[f64], lo: f64, hi: f64) -> Problem {
        let mut b = ProblemBuilder::new("knapsack");
        let vars: Vec<VarId> = (0..coefs.len())
            .map(|j| {
                b.add_var(format!("x{j}"), VarKind::Binary, 0.0, 1.0, 0.0)
                    .unwrap()
            })
            .collect();
        let row: Vec<(VarId, f64)> = vars.iter().copied().zip(coefs.iter().copied()).collect();
        b.add_row("cap", lo, hi, &row).unwrap();
        b.build().unwrap()
    }

    fn separate(p: &Problem, x: &[f64]) -> Vec<Cut> {
        knapsack_covers(p, p.var_lowers(), p.var_uppers(), x)
    }

    #[test]
    fn wolsey_example_gives_the_textbook_lifted_cover() {
        // 11x1 + 6x2 + 6x3 + 5x4 + 5x5 + 4x6 + x7 <= 19 (Wolsey, Integer
        // Programming, §9.3): cover {3,4,5,6}, lifting x1, x2, x7 in that
        // order gives 2x1 + x2 + x3 + x4 + x5 + x6 <= 3.
        let p = knapsack_problem(
            &[11.0, 6.0, 6.0, 5.0, 5.0, 4.0, 1.0],
            f64::NEG_INFINITY,
            19.0,
        );
        let x = [0.0, 0.0, 1.0, 1.0, 0.8, 0.8, 0.0];
        let cuts = separate(&p, &x);
        assert_eq!(cuts.len(), 1);
        let c = &cuts[0];
        assert_eq!(c.vars, (0..6).map(VarId).collect::<Vec<_>>());
        assert_eq!(c.coefs, vec![2.0, 1.0, 1.0, 1.0, 1.0, 1.0]);
        assert_eq!(c.rhs, 3.0);
        assert_eq!(c.family, CutFamily::Cover);
        assert!((c.violation(&x) - 0.6).abs() < 1e-12);
        assert_valid_for(c, &feasible_integer_points(&p));
    }

    #[test]
    fn negative_coefficients_are_complemented_back_in_the_cut() {
        // -11y1 + 6x2 + 6x3 + 5x4 + 5x5 + 4x6 + x7 <= 8 is the Wolsey row
        // with x1 = 1 - y1: the cut is 2(1 - y1) + x2 + ... <= 3.
        let p = knapsack_problem(
            &[-11.0, 6.0, 6.0, 5.0, 5.0, 4.0, 1.0],
            f64::NEG_INFINITY,
            8.0,
        );
        let x = [1.0, 0.0, 1.0, 1.0, 0.8, 0.8, 0.0];
        let cuts = separate(&p, &x);
        assert_eq!(cuts.len(), 1);
        assert_eq!(cuts[0].coefs, vec![-2.0, 1.0, 1.0, 1.0, 1.0, 1.0]);
        assert_eq!(cuts[0].rhs, 1.0);
        assert_valid_for(&cuts[0], &feasible_integer_points(&p));
    }

    #[test]
    fn the_lower_side_of_a_ranged_row_is_separated_too() {
        // 3 <= -(...) reads as Wolsey's row negated: -19 >= -(11x1 + ...)
        let coefs: Vec<f64> = [11.0, 6.0, 6.0, 5.0, 5.0, 4.0, 1.0]
            .iter()
            .map(|a: &f64| -a)
            .collect();
        let p = knapsack_problem(&coefs, -19.0, 0.0);
        let x = [0.0, 0.0, 1.0, 1.0, 0.8, 0.8, 0.0];
        let cuts = separate(&p, &x);
        assert_eq!(cuts.len(), 1);
        assert_eq!(cuts[0].coefs, vec![2.0, 1.0, 1.0, 1.0, 1.0, 1.0]);
    }

    #[test]
    fn integer_columns_are_relaxed_by_their_bounds_and_fixed_ones_substituted() {
        // 8a + 7b + 6c + 2y + 3f <= 18, y integer in [1, 4], f binary fixed
        // at 1 by the bounds passed: knapsack 8a + 7b + 6c <= 13.
        let mut b = ProblemBuilder::new("mixed");
        let a = b.add_var("a", VarKind::Binary, 0.0, 1.0, 0.0).unwrap();
        let bb = b.add_var("b", VarKind::Binary, 0.0, 1.0, 0.0).unwrap();
        let c = b.add_var("c", VarKind::Binary, 0.0, 1.0, 0.0).unwrap();
        let y = b.add_var("y", VarKind::Integer, 1.0, 4.0, 0.0).unwrap();
        let f = b.add_var("f", VarKind::Binary, 0.0, 1.0, 0.0).unwrap();
        b.add_row(
            "r",
            f64::NEG_INFINITY,
            18.0,
            &[(a, 8.0), (bb, 7.0), (c, 6.0), (y, 2.0), (f, 3.0)],
        )
        .unwrap();
        let p = b.build().unwrap();
        let lower = [0.0, 0.0, 0.0, 1.0, 1.0];
        let upper = [1.0, 1.0, 1.0, 4.0, 1.0];
        let x = [0.9, 0.7, 0.0, 1.0, 1.0];
        let cuts = knapsack_covers(&p, &lower, &upper, &x);
        assert_eq!(cuts.len(), 1);
        // cover {a, b} (15 > 13), c lifted: 13 - 6 = 7 fits b, alpha 0.
        assert_eq!(cuts[0].vars, vec![a, bb]);
        assert_eq!(cuts[0].rhs, 1.0);
        let points: Vec<Vec<f64>> = feasible_integer_points(&p)
            .into_iter()
            .filter(|p| p[4] == 1.0)
            .collect();
        assert!(!points.is_empty());
        assert_valid_for(&cuts[0], &points);
    }

    #[test]
    fn no_cut_when_the_point_is_in_the_hull() {
        let p = knapsack_problem(
            &[11.0, 6.0, 6.0, 5.0, 5.0, 4.0, 1.0],
            f64::NEG_INFINITY,
            19.0,
        );
        // A convex combination of feasible 0/1 points.
        let x = [0.5, 0.5, 0.5, 0.0, 0.0, 0.5, 0.5];
        assert!(separate(&p, &x).is_empty());
    }

    /// The LP optimum of `max c·x` over one knapsack row with bounds [0, 1]
    /// (Dantzig's greedy on the complemented row): at most one fractional
    /// column, the kind of point a node LP hands the separator.
    fn fractional_knapsack_optimum(coefs: &[f64], cap: f64, obj: &[f64]) -> Vec<f64> {
        let n = coefs.len();
        let mut x = vec![0.0; n];
        let mut cap = cap;
        let mut items = Vec::new();
        for j in 0..n {
            // columns with a <= 0 and c >= 0 go to 1 for free (freeing capacity)
            if coefs[j] <= 0.0 {
                if obj[j] >= 0.0 {
                    x[j] = 1.0;
                    cap -= coefs[j];
                }
            } else if obj[j] > 0.0 {
                items.push(j);
            }
        }
        items.sort_by(|&i, &j| (obj[j] / coefs[j]).total_cmp(&(obj[i] / coefs[i])));
        for j in items {
            if cap <= 0.0 {
                break;
            }
            let take = (cap / coefs[j]).min(1.0);
            x[j] = take;
            cap -= take * coefs[j];
        }
        x
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn covers_cut_off_the_point_and_no_feasible_integer_point(
            coefs in prop::collection::vec(-20i32..=30, 6..=10),
            obj in prop::collection::vec(1i32..=20, 10),
            cap_share in 0.2f64..0.8,
        ) {
            let coefs: Vec<f64> = coefs.into_iter().map(f64::from).collect();
            let pos: f64 = coefs.iter().filter(|a| **a > 0.0).sum();
            let cap = (cap_share * pos).round();
            let p = knapsack_problem(&coefs, f64::NEG_INFINITY, cap);
            let obj: Vec<f64> = obj[..coefs.len()].iter().map(|&c| f64::from(c)).collect();
            let x = fractional_knapsack_optimum(&coefs, cap, &obj);
            let points = feasible_integer_points(&p);
            for cut in separate(&p, &x) {
                prop_assert!(cut.is_well_formed());
                prop_assert!(cut.violation(&x) > MIN_VIOLATION);
                assert_valid_for(&cut, &points);
            }
        }
    }

    #[test]
    fn random_knapsack_optima_are_often_cut_off() {
        // Guards the property test above against passing vacuously.
        use rand::{RngExt, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        let mut with_cut = 0;
        for _ in 0..200 {
            let n = rng.random_range(6..=10);
            let coefs: Vec<f64> = (0..n)
                .map(|_| f64::from(rng.random_range(1..=30)))
                .collect();
            let obj: Vec<f64> = (0..n)
                .map(|_| f64::from(rng.random_range(1..=20)))
                .collect();
            let cap = (0.5 * coefs.iter().sum::<f64>()).round();
            let p = knapsack_problem(&coefs, f64::NEG_INFINITY, cap);
            let x = fractional_knapsack_optimum(&coefs, cap, &obj);
            let cuts = separate(&p, &x);
            let points = feasible_integer_points(&p);
            for c in &cuts {
                assert_valid_for(c, &points);
            }
            with_cut += usize::from(!cuts.is_empty());
        }
        assert!(with_cut >= 50, "only {with_cut} of 200 LP optima cut off");
    }
}

//! Presolve against brute force: on small random problems the reduced
//! problem's optimum is the original's, and every reduced point maps back
//! to a feasible original point with the same objective.

use proptest::prelude::*;

use super::{PresolveOptions, PresolveOutcome, presolve};
use crate::bnb::cuts::test_support::feasible_integer_points;
use crate::bnb::{BnbSettings, branch_and_cut};
use crate::budget::Budget;
use crate::model::{Problem, ProblemBuilder, Sense, VarId, VarKind};
use crate::status::Status;
use crate::verify::{Tolerances, verify};

/// Every reduction on.
const ALL: PresolveOptions = PresolveOptions { probing: true };

/// A builder with columns `(kind, lower, upper, cost)` named `x0, x1, …`.
pub(super) fn builder(cols: &[(VarKind, f64, f64, f64)]) -> (ProblemBuilder, Vec<VarId>) {
    let mut b = ProblemBuilder::new("t");
    let vars = cols
        .iter()
        .enumerate()
        .map(|(i, &(k, lo, up, c))| b.add_var(format!("x{i}"), k, lo, up, c).unwrap())
        .collect();
    (b, vars)
}

/// Whether `p` is pure integer with few enough points to enumerate.
fn enumerable(p: &Problem) -> bool {
    let mut points = 1.0;
    for v in p.vars() {
        let (lo, up) = (p.var_lower(v), p.var_upper(v));
        if !p.var_kind(v).is_integral() || !lo.is_finite() || !up.is_finite() {
            return false;
        }
        points *= up - lo + 1.0;
    }
    points <= 50_000.0
}

/// The best objective (minimization form) over `points`.
fn best(p: &Problem, points: &[Vec<f64>]) -> Option<f64> {
    let sign = if p.sense() == Sense::Minimize {
        1.0
    } else {
        -1.0
    };
    points
        .iter()
        .map(|x| sign * p.objective_value(x))
        .min_by(f64::total_cmp)
}

/// Presolve keeps the optimum of `p`, and every reduced point is a feasible
/// original point with the same objective once postsolved. Exhaustive on a
/// small pure-integer problem, against the search without presolve
/// otherwise.
pub(super) fn assert_same_optimum(p: &Problem) {
    if enumerable(p) {
        assert_same_by_enumeration(p);
    } else {
        assert_same_by_search(p);
    }
}

fn assert_same_by_enumeration(p: &Problem) {
    let original = feasible_integer_points(p);
    let pre = match presolve(p, Budget::unlimited(), ALL) {
        PresolveOutcome::Infeasible(_) => {
            assert!(
                original.is_empty(),
                "presolve called a feasible problem infeasible"
            );
            return;
        }
        PresolveOutcome::Unchanged(_) => return,
        PresolveOutcome::Reduced(pre) => pre,
    };
    let q = &pre.problem;
    assert!(enumerable(q), "presolve loosened a bound");
    let reduced = feasible_integer_points(q);
    let mut mapped = Vec::new();
    for y in &reduced {
        let x = pre
            .postsolve
            .expand(y)
            .expect("one value per reduced column");
        let report = verify(p, &x, &Tolerances::default());
        assert!(report.feasible, "{y:?} -> {x:?}: {:?}", report.worst);
        let (zq, zp) = (q.objective_value(y), report.objective);
        assert!((zq - zp).abs() <= 1e-9 * zp.abs().max(1.0), "{zq} != {zp}");
        mapped.push(x);
    }
    match (best(p, &original), best(p, &mapped)) {
        (Some(a), Some(b)) => assert!((a - b).abs() <= 1e-9 * a.abs().max(1.0), "{a} != {b}"),
        (a, b) => assert_eq!(a, b, "one side has points, the other none"),
    }
}

fn assert_same_by_search(p: &Problem) {
    let plain = BnbSettings {
        presolve: false,
        ..BnbSettings::default()
    };
    let without = branch_and_cut(p, &plain);
    let with = branch_and_cut(p, &BnbSettings::default());
    assert_eq!(without.status, with.status);
    if let (Some(a), Some(b)) = (without.objective, with.objective) {
        assert!((a - b).abs() <= 1e-6 * a.abs().max(1.0), "{a} != {b}");
    }
    if with.status == Status::Optimal {
        assert_eq!(with.bound, with.objective, "the bound is the original's");
    }
    if let Some(x) = &with.solution {
        assert!(verify(p, x, &Tolerances::default()).feasible);
    }
}

/// A random row: coefficients on some columns, the kind of its sides, and
/// a slack, around the activity of a point of the box (so most rows hold
/// at that point).
#[derive(Clone, Debug)]
struct RandomRow {
    coefs: Vec<i32>,
    kind: u8,
    slack: i32,
}

fn random_row(n: usize) -> impl Strategy<Value = RandomRow> {
    (
        proptest::collection::vec(prop_oneof![3 => Just(0), 2 => -3i32..=3], n),
        0u8..4,
        -1i32..3,
    )
        .prop_map(|(coefs, kind, slack)| RandomRow { coefs, kind, slack })
}

/// Builds a problem of columns `(kind code, lower, width, cost)`, rows and
/// a point `anchor` the rows are placed around.
fn random_problem(
    cols: &[(u8, i32, i32, i32)],
    rows: &[RandomRow],
    anchor: &[i32],
    maximize: bool,
) -> Problem {
    let kinds = [VarKind::Integer, VarKind::Integer, VarKind::Continuous];
    let spec: Vec<(VarKind, f64, f64, f64)> = cols
        .iter()
        .map(|&(k, lo, w, c)| {
            let kind = kinds[usize::from(k)];
            (kind, f64::from(lo), f64::from(lo + w), f64::from(c))
        })
        .collect();
    let (mut b, vars) = builder(&spec);
    if maximize {
        b.set_sense(Sense::Maximize);
    }
    for (i, row) in rows.iter().enumerate() {
        let entries: Vec<(VarId, f64)> = row
            .coefs
            .iter()
            .zip(&vars)
            .filter(|&(&a, _)| a != 0)
            .map(|(&a, &v)| (v, f64::from(a)))
            .collect();
        let at: i32 = row
            .coefs
            .iter()
            .zip(cols.iter().zip(anchor))
            .map(|(&a, (&(_, lo, w, _), &t))| a * (lo + t.rem_euclid(w + 1)))
            .sum();
        let (at, s) = (f64::from(at), f64::from(row.slack));
        let (lo, up) = match row.kind {
            0 => (f64::NEG_INFINITY, at + s),
            1 => (at - s, f64::INFINITY),
            2 => (at, at),
            _ => (at - s.abs(), at + 1.0),
        };
        b.add_row(format!("r{i}"), lo, up, &entries).unwrap();
    }
    b.build().unwrap()
}

/// A random problem with every row cut to the number of columns.
fn case(
    cols: &[(u8, i32, i32, i32)],
    rows: Vec<RandomRow>,
    anchor: &[i32],
    maximize: bool,
) -> Problem {
    let rows: Vec<RandomRow> = rows
        .into_iter()
        .map(|mut r| {
            r.coefs.truncate(cols.len());
            r
        })
        .collect();
    random_problem(cols, &rows, anchor, maximize)
}

fn columns(kind_codes: u8) -> impl Strategy<Value = Vec<(u8, i32, i32, i32)>> {
    proptest::collection::vec((0..kind_codes, -2i32..2, 0i32..4, -3i32..4), 2..6)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Pure integer problems: exhaustive comparison of every point.
    #[test]
    fn presolve_keeps_the_optimum_and_maps_points_back(
        cols in columns(2),
        rows in proptest::collection::vec(random_row(5), 1..6),
        anchor in proptest::collection::vec(0i32..4, 5),
        maximize in any::<bool>(),
    ) {
        assert_same_by_enumeration(&case(&cols, rows, &anchor, maximize));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    /// Mixed problems (continuous columns too): the same optimum as the
    /// search without presolve, the solution feasible for the original.
    #[test]
    fn presolve_keeps_the_optimum_of_mixed_problems(
        cols in columns(3),
        rows in proptest::collection::vec(random_row(5), 1..6),
        anchor in proptest::collection::vec(0i32..4, 5),
        maximize in any::<bool>(),
    ) {
        assert_same_by_search(&case(&cols, rows, &anchor, maximize));
    }
}

#[test]
fn an_infeasible_presolve_is_an_infeasible_status() {
    let (mut b, x) = builder(&[
        (VarKind::Integer, 0.0, 3.0, 1.0),
        (VarKind::Integer, 0.0, 3.0, 1.0),
    ]);
    b.add_row("big", 7.0, f64::INFINITY, &[(x[0], 1.0), (x[1], 1.0)])
        .unwrap();
    let p = b.build().unwrap();
    assert!(matches!(
        presolve(&p, Budget::unlimited(), ALL),
        PresolveOutcome::Infeasible(_)
    ));
    let result = branch_and_cut(&p, &BnbSettings::default());
    assert_eq!(result.status, Status::Infeasible);
    assert_eq!(result.solution, None);
}

#[test]
fn a_problem_presolve_solves_entirely_reports_the_original_point() {
    // x + y = 4 (x, y integer in [0, 9]), min 2x + y + c: the doubleton
    // gives x = 4 − y with y in [0, 4] and y's cost 1 − 2 = −1, so dual
    // fixing puts y at 4; c has no row and goes to 0. Nothing is left.
    let (mut b, x) = builder(&[
        (VarKind::Integer, 0.0, 9.0, 2.0),
        (VarKind::Integer, 0.0, 9.0, 1.0),
        (VarKind::Continuous, 0.0, 5.0, 1.0),
    ]);
    b.add_row("sum", 4.0, 4.0, &[(x[0], 1.0), (x[1], 1.0)])
        .unwrap();
    let p = b.build().unwrap();
    let result = branch_and_cut(&p, &BnbSettings::default());
    assert_eq!(result.status, Status::Optimal);
    assert_eq!(result.objective, Some(4.0));
    assert_eq!(result.bound, Some(4.0));
    assert_eq!(result.solution, Some(vec![0.0, 4.0, 0.0]));
    assert!(result.stats.presolve.removed_columns >= 2);
}

#[test]
fn a_warm_start_in_the_original_columns_is_taken_when_presolve_removes_some() {
    // x0 fixed at 2, x1 = 2·x2 + 1 (doubleton); max x1 + x2 + x3 with
    // x1 + x3 <= 9: the warm start (2, 1, 0, 0) is a point of the original.
    let (mut b, x) = builder(&[
        (VarKind::Integer, 2.0, 2.0, 0.0),
        (VarKind::Integer, 0.0, 9.0, 1.0),
        (VarKind::Integer, 0.0, 9.0, 1.0),
        (VarKind::Integer, 0.0, 9.0, 1.0),
    ]);
    b.set_sense(Sense::Maximize);
    b.add_row("d", 1.0, 1.0, &[(x[1], 1.0), (x[2], -2.0)])
        .unwrap();
    b.add_row(
        "c",
        f64::NEG_INFINITY,
        9.0,
        &[(x[0], 1.0), (x[1], 1.0), (x[3], 1.0)],
    )
    .unwrap();
    let p = b.build().unwrap();
    let settings = BnbSettings {
        warm_start: Some(vec![2.0, 1.0, 0.0, 0.0]),
        ..BnbSettings::default()
    };
    let result = branch_and_cut(&p, &settings);
    assert!(result.stats.presolve.removed_columns >= 2);
    assert_eq!(result.incumbents.first().map(|&(_, z)| z), Some(1.0));
    assert_eq!(result.status, Status::Optimal);
    // x1 = 2·x2 + 1 <= 7: x2 = 3, x1 = 7, x3 = 0: 10.
    assert_eq!(result.objective, Some(10.0));
    let x = result.solution.unwrap();
    assert_eq!(x.len(), 4);
    assert!(verify(&p, &x, &Tolerances::default()).feasible);
}

/// Two time-indexed assignments with a precedence between them (MIPLIB
/// mitre's structure): `x_t`, `y_t` binary for `t = 1..4`, `Σ x = 1`,
/// `Σ y = 1`, `Σ t·y_t − Σ t·x_t ≥ 2`, costs preferring late `x` and
/// early `y`.
fn precedence() -> Problem {
    let cols: Vec<_> = (1..=4)
        .map(|t| (VarKind::Binary, 0.0, 1.0, -f64::from(t)))
        .chain((1..=4).map(|t| (VarKind::Binary, 0.0, 1.0, f64::from(t))))
        .collect();
    let (mut b, v) = builder(&cols);
    let (x, y) = v.split_at(4);
    let ones = |c: &[VarId]| c.iter().map(|&c| (c, 1.0)).collect::<Vec<_>>();
    b.add_row("x", 1.0, 1.0, &ones(x)).unwrap();
    b.add_row("y", 1.0, 1.0, &ones(y)).unwrap();
    let times: Vec<_> = (1..=4)
        .map(|t| (y[t - 1], t as f64))
        .chain((1..=4).map(|t| (x[t - 1], -(t as f64))))
        .collect();
    b.add_row("after", 2.0, f64::INFINITY, &times).unwrap();
    b.build().unwrap()
}

#[test]
fn probing_fixes_what_a_precedence_between_assignments_rules_out() {
    let p = precedence();
    // Row by row nothing follows: each bound needs both assignment rows.
    let without = presolve(&p, Budget::unlimited(), PresolveOptions { probing: false });
    assert!(matches!(without, PresolveOutcome::Unchanged(_)));
    let PresolveOutcome::Reduced(pre) = presolve(&p, Budget::unlimited(), ALL) else {
        panic!("probing reduced nothing");
    };
    // y_1 = 1 or y_2 = 1 leaves no x; x_3 = 1 or x_4 = 1 leaves no y:
    // x2..x5 go (the doubleton equations left may take more).
    assert!(
        pre.stats.probing_fixed + pre.stats.probing_implied >= 2,
        "{}",
        pre.stats
    );
    let kept: Vec<&str> = pre
        .problem
        .vars()
        .map(|v| pre.problem.var_name(v))
        .collect();
    for gone in ["x2", "x3", "x4", "x5"] {
        assert!(!kept.contains(&gone), "{gone} kept: {}", pre.stats);
    }
    // Every feasible point of the original lies in the reduced problem.
    for x in feasible_integer_points(&p) {
        assert!(x[2] == 0.0 && x[3] == 0.0 && x[4] == 0.0 && x[5] == 0.0);
    }
    assert_same_optimum(&p);
}

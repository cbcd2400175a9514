//! Every compiled backend against brute-force enumeration on random small
//! integer programs: same status, same optimal objective.

use proptest::prelude::*;
use symbreak::model::{Problem, ProblemBuilder, Sense, VarId, VarKind};
use symbreak::solve::{BackendChoice, SolveSettings, Status, solve};

/// A row: sides and one small integer coefficient per variable (0 = absent).
#[derive(Clone, Debug)]
struct RowSpec {
    kind: u8,
    rhs: i32,
    width: i32,
    coefs: Vec<i32>,
}

/// Up to 8 integer variables with bounds inside [-3, 3] (at most 4 values
/// each, so at most 4^8 points), up to 6 rows of kinds <=, >=, =, ranged,
/// coefficients and objective in [-3, 3].
fn small_ilp() -> impl Strategy<Value = Problem> {
    (1usize..=8, 0usize..=6).prop_flat_map(|(n, m)| {
        (
            prop::collection::vec((-3i32..=2, 0i32..=3, -3i32..=3), n),
            prop::collection::vec(
                (
                    0u8..4,
                    -6i32..=6,
                    0i32..=4,
                    prop::collection::vec(-3i32..=3, n),
                )
                    .prop_map(|(kind, rhs, width, coefs)| RowSpec {
                        kind,
                        rhs,
                        width,
                        coefs,
                    }),
                m,
            ),
            any::<bool>(),
            -5i32..=5,
        )
            .prop_map(|(vars, rows, maximize, offset)| {
                let mut b = ProblemBuilder::new("brute");
                if maximize {
                    b.set_sense(Sense::Maximize);
                }
                b.set_objective_offset(f64::from(offset)).unwrap();
                let ids: Vec<VarId> = vars
                    .iter()
                    .enumerate()
                    .map(|(j, &(lo, w, c))| {
                        let up = (lo + w).min(3);
                        b.add_var(
                            format!("x{j}"),
                            VarKind::Integer,
                            f64::from(lo),
                            f64::from(up),
                            f64::from(c),
                        )
                        .unwrap()
                    })
                    .collect();
                for (i, r) in rows.iter().enumerate() {
                    let rhs = f64::from(r.rhs);
                    let (lo, up) = match r.kind {
                        0 => (f64::NEG_INFINITY, rhs),
                        1 => (rhs, f64::INFINITY),
                        2 => (rhs, rhs),
                        _ => (rhs, rhs + f64::from(r.width)),
                    };
                    let entries: Vec<(VarId, f64)> = r
                        .coefs
                        .iter()
                        .zip(&ids)
                        .filter(|(a, _)| **a != 0)
                        .map(|(&a, &v)| (v, f64::from(a)))
                        .collect();
                    b.add_row(format!("r{i}"), lo, up, &entries).unwrap();
                }
                b.build().unwrap()
            })
    })
}

/// The optimal objective by enumerating every integer point of the box, or
/// `None` when no point satisfies the rows.
fn brute_force(p: &Problem) -> Option<f64> {
    let n = p.num_vars();
    let lo: Vec<i64> = p.var_lowers().iter().map(|&l| l as i64).collect();
    let up: Vec<i64> = p.var_uppers().iter().map(|&u| u as i64).collect();
    let mut x: Vec<i64> = lo.clone();
    let mut xf = vec![0.0; n];
    let mut best: Option<f64> = None;
    loop {
        for (f, &v) in xf.iter_mut().zip(&x) {
            *f = v as f64;
        }
        let feasible = p.rows().all(|r| {
            let a = p.row_activity(r, &xf);
            p.row_lower(r) <= a && a <= p.row_upper(r)
        });
        if feasible {
            let obj = p.objective_value(&xf);
            if best.is_none_or(|b| p.sense().is_better(obj, b)) {
                best = Some(obj);
            }
        }
        // next point, odometer style
        let mut j = 0;
        loop {
            if j == n {
                return best;
            }
            if x[j] < up[j] {
                x[j] += 1;
                break;
            }
            x[j] = lo[j];
            j += 1;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_backend_agrees_with_brute_force(p in small_ilp()) {
        let expected = brute_force(&p);
        for choice in BackendChoice::available() {
            let backend = choice.backend().unwrap();
            let out = solve(&p, &SolveSettings::default(), backend.as_ref()).unwrap();
            match expected {
                None => prop_assert_eq!(out.status, Status::Infeasible, "{}: {:?}", choice, out),
                Some(best) => {
                    prop_assert_eq!(out.status, Status::Optimal, "{}: {:?}", choice, out);
                    let obj = out.objective.unwrap();
                    prop_assert!((obj - best).abs() <= 1e-6, "{}: {} vs brute force {}", choice, obj, best);
                    prop_assert!(out.report.as_ref().unwrap().feasible);
                }
            }
        }
    }
}

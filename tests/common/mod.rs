//! Helpers shared by the integration tests: where the shared MIPLIB
//! instances live, and a proptest strategy for random problems.
#![allow(dead_code)]

use std::path::PathBuf;

use proptest::prelude::*;
use symbreak::model::{Problem, ProblemBuilder, Sense, VarId, VarKind};

/// `../shared/instances/miplib` relative to the crate root, or `None` with a
/// message on stderr when the folder is absent (tests then skip).
pub fn miplib_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/instances/miplib");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "SKIPPED: {} is absent; the tests on real MIPLIB instances need it",
            dir.display()
        );
        None
    }
}

/// The path of one shared instance, or `None` (with a skip message).
pub fn miplib(file: &str) -> Option<PathBuf> {
    miplib_dir().map(|d| d.join(file))
}

/// Every `.mps` file among the shared instances, sorted by name.
pub fn miplib_files() -> Vec<PathBuf> {
    let Some(dir) = miplib_dir() else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("readable instance folder")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "mps"))
        .collect();
    files.sort();
    files
}

/// Asserts two problems are equal with every number compared bit for bit
/// (`PartialEq` on `f64` would let `0.0 == -0.0` pass).
pub fn assert_same_problem(a: &Problem, b: &Problem) {
    assert_eq!(a.num_vars(), b.num_vars(), "variable count");
    assert_eq!(a.num_rows(), b.num_rows(), "row count");
    assert_eq!(a.sense(), b.sense(), "sense");
    assert_eq!(
        a.objective_offset().to_bits(),
        b.objective_offset().to_bits(),
        "offset {} vs {}",
        a.objective_offset(),
        b.objective_offset()
    );
    assert_eq!(a.var_names(), b.var_names(), "variable names");
    assert_eq!(a.row_names(), b.row_names(), "row names");
    assert_eq!(a.var_kinds(), b.var_kinds(), "kinds");
    let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(a.var_lowers()), bits(b.var_lowers()), "lower bounds");
    assert_eq!(bits(a.var_uppers()), bits(b.var_uppers()), "upper bounds");
    assert_eq!(
        bits(a.objective_coefficients()),
        bits(b.objective_coefficients()),
        "objective"
    );
    assert_eq!(
        bits(a.row_lowers()),
        bits(b.row_lowers()),
        "row lower sides"
    );
    assert_eq!(
        bits(a.row_uppers()),
        bits(b.row_uppers()),
        "row upper sides"
    );
    for r in a.rows() {
        let ra: Vec<_> = a.row(r).map(|(v, x)| (v, x.to_bits())).collect();
        let rb: Vec<_> = b.row(r).map(|(v, x)| (v, x.to_bits())).collect();
        assert_eq!(ra, rb, "row {}", a.row_name(r));
    }
}

/// Finite coefficients that stress a writer: simple values, values with no
/// short decimal form, extremes of the exponent range.
pub fn coefficient() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => (-20i32..=20).prop_filter("nonzero", |v| *v != 0).prop_map(f64::from),
        2 => prop::num::f64::NORMAL.prop_filter("finite", |v| v.is_finite()),
        1 => Just(0.1),
        1 => Just(1.0 / 3.0),
        1 => Just(-2.5e-300),
        1 => Just(1.7976931348623157e308),
        1 => Just(5e-324),
    ]
}

fn bound_pair() -> impl Strategy<Value = (f64, f64)> {
    prop_oneof![
        Just((0.0, f64::INFINITY)),
        Just((f64::NEG_INFINITY, f64::INFINITY)),
        Just((0.0, 1.0)),
        (-10i32..=10, 0i32..=10).prop_map(|(l, w)| (f64::from(l), f64::from(l + w))),
        (-10i32..=10).prop_map(|l| (f64::from(l), f64::INFINITY)),
        (-10i32..=10).prop_map(|u| (f64::NEG_INFINITY, f64::from(u))),
        (-1.0e6f64..1.0e6, 0.0f64..1.0e3).prop_map(|(l, w)| (l, l + w)),
    ]
}

/// Row sides: `<=`, `>=`, `=`, a range whose width is exactly representable
/// in MPS (an integer width on integer sides), or free.
fn row_sides() -> impl Strategy<Value = (f64, f64)> {
    prop_oneof![
        coefficient().prop_map(|u| (f64::NEG_INFINITY, u)),
        coefficient().prop_map(|l| (l, f64::INFINITY)),
        coefficient().prop_map(|b| (b, b)),
        (-100i32..=100, 1i32..=50).prop_map(|(l, w)| (f64::from(l), f64::from(l + w))),
        Just((f64::NEG_INFINITY, f64::INFINITY)),
    ]
}

fn kind() -> impl Strategy<Value = VarKind> {
    prop_oneof![
        Just(VarKind::Continuous),
        Just(VarKind::Integer),
        Just(VarKind::Binary)
    ]
}

/// A random problem: 1–8 variables, 0–6 rows, names `x0..`/`c0..`, any
/// sense, an offset, row entries on a random pattern.
pub fn random_problem() -> impl Strategy<Value = Problem> {
    (1usize..=8, 0usize..=6).prop_flat_map(|(n, m)| {
        (
            prop::collection::vec((kind(), bound_pair(), coefficient()), n),
            prop::collection::vec(
                (
                    row_sides(),
                    prop::collection::vec(prop::option::of(coefficient()), n),
                ),
                m,
            ),
            any::<bool>(),
            prop_oneof![Just(0.0), coefficient()],
        )
            .prop_map(|(vars, rows, maximize, offset)| {
                let mut b = ProblemBuilder::new("random");
                if maximize {
                    b.set_sense(Sense::Maximize);
                }
                b.set_objective_offset(offset).unwrap();
                let ids: Vec<VarId> = vars
                    .iter()
                    .enumerate()
                    .map(|(j, &(k, (l, u), c))| {
                        let (l, u) = if k == VarKind::Binary {
                            (0.0, 1.0)
                        } else {
                            (l, u)
                        };
                        b.add_var(format!("x{j}"), k, l, u, c).unwrap()
                    })
                    .collect();
                for (i, ((l, u), entries)) in rows.iter().enumerate() {
                    let entries: Vec<(VarId, f64)> = entries
                        .iter()
                        .zip(&ids)
                        .filter_map(|(a, &v)| a.map(|a| (v, a)))
                        .collect();
                    b.add_row(format!("c{i}"), *l, *u, &entries).unwrap();
                }
                b.build().unwrap()
            })
    })
}

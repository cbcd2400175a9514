//! Helpers shared by the integration tests: where the shared MIPLIB
//! instances live, and a proptest strategy for random problems.
#![allow(dead_code)]

use std::path::PathBuf;

use proptest::prelude::*;
use symbreak::model::{ConsId, Problem, ProblemBuilder, Sense, VarId, VarKind};

/// The counted skip (one file shared with the library's unit tests).
#[path = "../../src/test_skip.rs"]
mod test_skip;
pub use test_skip::{miplib, miplib_dir, miplib3_dir, record_skip};

/// A small deterministic generator (splitmix64) for the tests' random
/// instances and points.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    pub fn int(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        self.next() as f64 / 2f64.powi(64)
    }
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
    assert_eq!(a.semi_flags(), b.semi_flags(), "semi-continuity");
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

/// Bin packing with the given sizes, as many bins as items (the family
/// generator's model).
/// The keys of the one outcome JSON shape, plain and learned alike
/// (`symbreak solve --json`, `Outcome::summary`).
pub fn assert_outcome_keys(json: &serde_json::Value) {
    for key in [
        "status",
        "objective",
        "bound",
        "gap",
        "time_s",
        "backend",
        "verified",
        "max_violation",
        "time_to_first_solution_s",
        "time_to_best_s",
        "incumbents",
        "stats",
        "stages",
        "found_by",
        "message",
        "notes",
    ] {
        assert!(json.get(key).is_some(), "{key} missing in {json}");
    }
}

pub fn bin_packing(sizes: &[u32], capacity: u32) -> Problem {
    symbreak::generate::bin_packing::bin_packing_with_sizes(sizes, capacity, sizes.len() as u32)
        .unwrap()
}

/// Vertex-edge formulation of a graph: min Σ x_v, x_u + x_v >= 1 per edge.
pub fn vertex_cover(n: usize, edges: &[(usize, usize)]) -> Problem {
    let mut b = ProblemBuilder::new("cover");
    let x: Vec<VarId> = (0..n)
        .map(|v| {
            b.add_var(format!("x{v}"), VarKind::Binary, 0.0, 1.0, 1.0)
                .unwrap()
        })
        .collect();
    for (k, &(u, v)) in edges.iter().enumerate() {
        b.add_row(
            format!("e{k}"),
            1.0,
            f64::INFINITY,
            &[(x[u], 1.0), (x[v], 1.0)],
        )
        .unwrap();
    }
    b.build().unwrap()
}

/// Permutes variables (`vp[old] = new`) and rows (`rp[old] = new`).
pub fn relabel(p: &Problem, vp: &[usize], rp: &[usize]) -> Problem {
    let mut inv_v = vec![0; vp.len()];
    for (old, &new) in vp.iter().enumerate() {
        inv_v[new] = old;
    }
    let mut inv_r = vec![0; rp.len()];
    for (old, &new) in rp.iter().enumerate() {
        inv_r[new] = old;
    }
    let mut b = ProblemBuilder::new(p.name());
    b.set_sense(p.sense());
    for &old in &inv_v {
        let v = VarId(old as u32);
        b.add_var(
            p.var_name(v),
            p.var_kind(v),
            p.var_lower(v),
            p.var_upper(v),
            p.objective_coefficient(v),
        )
        .unwrap();
        b.set_semi(VarId(vp[old] as u32), p.is_semi(v)).unwrap();
    }
    for &old in &inv_r {
        let r = ConsId(old as u32);
        let e: Vec<_> = p
            .row(r)
            .map(|(v, a)| (VarId(vp[v.index()] as u32), a))
            .collect();
        b.add_row(p.row_name(r), p.row_lower(r), p.row_upper(r), &e)
            .unwrap();
    }
    b.build().unwrap()
}

/// `p` with each variable's objective shifted by 1e6 · (color + 1): the
/// instance colored by `colors`.
pub fn colored(p: &Problem, colors: &[u32]) -> Problem {
    let mut b = p.to_builder();
    for v in p.vars() {
        let c = p.objective_coefficient(v) + 1e6 * f64::from(colors[v.index()] + 1);
        b.set_objective_coefficient(v, c).unwrap();
    }
    b.build().unwrap()
}

/// Colors (class ids) for two score vectors together: scores within `tol`
/// of each other (chained in sorted order) share a class, so float noise
/// from a different summation order does not split classes.
pub fn shared_classes(a: &[f64], b: &[f64], tol: f64) -> (Vec<u32>, Vec<u32>) {
    let mut all: Vec<f64> = a.iter().chain(b).copied().collect();
    all.sort_by(f64::total_cmp);
    let mut starts = vec![all[0]];
    for w in all.windows(2) {
        if w[1] - w[0] > tol {
            starts.push(w[1]);
        }
    }
    let class = |x: f64| (starts.partition_point(|&s| s <= x) - 1) as u32;
    (
        a.iter().map(|&x| class(x)).collect(),
        b.iter().map(|&x| class(x)).collect(),
    )
}

/// A coloring instance of the given graph with `colors` colors (the family
/// generator's model).
pub fn coloring(n: usize, edges: &[(usize, usize)], colors: usize) -> Problem {
    use symbreak::generate::{ColoringData, Graph};
    let edges: Vec<(u32, u32)> = edges.iter().map(|&(u, v)| (u as u32, v as u32)).collect();
    let graph = Graph::new(n as u32, &edges).unwrap();
    ColoringData::new(graph, Some(colors as u32))
        .unwrap()
        .to_problem("coloring")
        .unwrap()
}

/// Identical parallel machines with the given processing times (the family
/// generator's model).
pub fn pcmax(times: &[u32], machines: usize) -> Problem {
    symbreak::generate::pcmax::pcmax_with_times(times, machines as u32).unwrap()
}

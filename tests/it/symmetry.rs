//! Symmetry detection against groups known by construction, against brute
//! force on tiny instances, and the relaxed equivariance of canonical ranks.

use crate::common;

use std::collections::HashMap;

use crate::common::{bin_packing, colored, coloring, pcmax, relabel, vertex_cover};
use proptest::prelude::*;
use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;
use symbreak::model::{Problem, ProblemBuilder, VarId, VarKind};
use symbreak::symmetry::{
    SearchLimits, SymmetryOptions, breaking, canonical_form, check_symmetry, detect,
};

fn log10_factorial(n: u64) -> f64 {
    (1..=n).map(|k| (k as f64).log10()).sum()
}

#[test]
fn bin_packing_with_distinct_sizes_has_symmetric_group_on_bins() {
    for n in [3usize, 5, 8, 20] {
        let sizes: Vec<u32> = (0..n as u32).map(|i| 10 + 3 * i).collect();
        let p = bin_packing(&sizes, 100);
        let s = detect(&p, &SymmetryOptions::default());
        assert!(s.complete);
        assert!(
            (s.log10_group_size - log10_factorial(n as u64)).abs() < 1e-9,
            "n = {n}: {} vs {}",
            s.log10_group_size,
            log10_factorial(n as u64)
        );
        for g in &s.generators {
            check_symmetry(&p, g).unwrap();
        }
        assert_eq!(s.orbitopes.len(), 1);
        assert_eq!(s.orbitopes[0].num_cols(), n);
        assert_eq!(s.orbitopes[0].num_rows(), n + 1, "n items and y");
    }
}

#[test]
fn bin_packing_with_repeated_sizes_multiplies_by_factorials_of_multiplicities() {
    // sizes 20 ×3, 30 ×2, 45: |G| = 6! · 3! · 2!
    let p = bin_packing(&[20, 30, 20, 45, 30, 20], 100);
    let s = detect(&p, &SymmetryOptions::default());
    let expected = log10_factorial(6) + log10_factorial(3) + log10_factorial(2);
    assert!(
        (s.log10_group_size - expected).abs() < 1e-9,
        "{} vs {expected}",
        s.log10_group_size
    );
}

#[test]
fn coloring_of_an_asymmetric_graph_has_symmetric_group_on_colors() {
    // The spider with legs of lengths 1, 2 and 3 has no automorphism but
    // the identity, so the formulation's group is S_K on the colors.
    let edges = [(0, 1), (0, 2), (2, 3), (0, 4), (4, 5), (5, 6)];
    for k in [2usize, 3, 5] {
        let p = coloring(7, &edges, k);
        let s = detect(&p, &SymmetryOptions::default());
        assert!(s.complete);
        assert!(
            (s.log10_group_size - log10_factorial(k as u64)).abs() < 1e-9,
            "K = {k}: {}",
            s.log10_group_size
        );
        assert_eq!(s.orbitopes.len(), 1);
        assert_eq!(s.orbitopes[0].num_cols(), k);
        assert_eq!(s.orbitopes[0].num_rows(), 8, "7 vertices and w");
    }
}

#[test]
fn scheduling_with_distinct_times_has_symmetric_group_on_machines() {
    for m in [2usize, 4, 7] {
        let p = pcmax(&[3, 8, 13, 21, 34, 55, 89, 144], m);
        let s = detect(&p, &SymmetryOptions::default());
        assert!(
            (s.log10_group_size - log10_factorial(m as u64)).abs() < 1e-9,
            "m = {m}: {}",
            s.log10_group_size
        );
        assert_eq!(s.orbitopes[0].num_cols(), m);
    }
}

#[test]
fn cells_that_are_not_orbits_are_told_apart_by_the_search() {
    // C6 plus two triangles: 2-regular everywhere, one refinement cell, two
    // orbits (|Aut| = 12 · (6 · 6 · 2)).
    let mut edges: Vec<(usize, usize)> = (0..6).map(|i| (i, (i + 1) % 6)).collect();
    edges.extend([(6, 7), (7, 8), (8, 6), (9, 10), (10, 11), (11, 9)]);
    let p = vertex_cover(12, &edges);
    let s = detect(&p, &SymmetryOptions::default());
    assert_eq!(s.refinement_cells, 1);
    assert_eq!(s.var_orbits.len(), 2);
    let expected = (12.0f64).log10() + (72.0f64).log10();
    assert!((s.log10_group_size - expected).abs() < 1e-9);
}

/// 4×4 rook's graph and the Shrikhande graph: both strongly regular
/// (16, 6, 2, 2), so color refinement cannot separate them.
fn rook_plus_shrikhande() -> Problem {
    let mut edges = Vec::new();
    for a in 0..16usize {
        for b in (a + 1)..16 {
            let (ra, ca, rb, cb) = (a / 4, a % 4, b / 4, b % 4);
            if ra == rb || ca == cb {
                edges.push((a, b));
            }
        }
    }
    for a in 0..16usize {
        for b in (a + 1)..16 {
            let (ra, ca, rb, cb) = (a / 4, a % 4, b / 4, b % 4);
            let (dr, dc) = ((rb + 4 - ra) % 4, (cb + 4 - ca) % 4);
            let adj = matches!(
                (dr, dc),
                (0, 1) | (0, 3) | (1, 0) | (3, 0) | (1, 1) | (3, 3)
            );
            if adj {
                edges.push((16 + a, 16 + b));
            }
        }
    }
    vertex_cover(32, &edges)
}

#[test]
fn strongly_regular_pair_has_one_cell_two_orbits_and_known_orders() {
    let p = rook_plus_shrikhande();
    let s = detect(&p, &SymmetryOptions::default());
    assert!(s.complete);
    assert_eq!(s.refinement_cells, 1);
    assert_eq!(s.var_orbits.len(), 2);
    // |Aut(K4 □ K4)| = 2 · 4!² = 1152, |Aut(Shrikhande)| = 192.
    let expected = 1152f64.log10() + 192f64.log10();
    assert!(
        (s.log10_group_size - expected).abs() < 1e-9,
        "{}",
        s.log10_group_size
    );
}

/// The property of canonical ranks: ranks(g·x)[g(v)] = ranks(x)[s(v)] for
/// an automorphism s of x, checked as an isomorphism of x colored by the two
/// rank vectors.
fn assert_relaxed_equivariant(p: &Problem, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let base = detect(p, &SymmetryOptions::default());
    assert!(base.canonical_complete);
    let mut vp: Vec<usize> = (0..p.num_vars()).collect();
    let mut rp: Vec<usize> = (0..p.num_rows()).collect();
    vp.shuffle(&mut rng);
    rp.shuffle(&mut rng);
    let q = relabel(p, &vp, &rp);
    let moved = detect(&q, &SymmetryOptions::default());
    let pulled_back: Vec<u32> = (0..p.num_vars())
        .map(|v| moved.canonical_ranks[vp[v]])
        .collect();
    let limits = SearchLimits::default();
    let a = canonical_form(&colored(p, &base.canonical_ranks), limits).unwrap();
    let b = canonical_form(&colored(p, &pulled_back), limits).unwrap();
    assert_eq!(a, b, "seed {seed}: ranks are not relaxed-equivariant");
    // Ranks are a permutation of 0..|orbit| inside every orbit.
    for orbit in &base.var_orbits {
        let mut r: Vec<u32> = orbit
            .iter()
            .map(|v| base.canonical_ranks[v.index()])
            .collect();
        r.sort_unstable();
        assert_eq!(r, (0..orbit.len() as u32).collect::<Vec<_>>());
    }
}

#[test]
fn canonical_ranks_are_relaxed_equivariant_on_bin_packing() {
    let p = bin_packing(&[20, 30, 20, 45, 30, 20, 70], 100);
    for seed in 0..6 {
        assert_relaxed_equivariant(&p, seed);
    }
}

#[test]
fn canonical_ranks_are_relaxed_equivariant_where_cells_are_not_orbits() {
    let p = rook_plus_shrikhande();
    for seed in 0..4 {
        assert_relaxed_equivariant(&p, seed);
    }
}

#[test]
fn naive_lowest_index_ranks_fail_the_same_check() {
    // Ranking by index inside each orbit is not relaxed-equivariant: some
    // relabeling breaks it. This shows the check can fail.
    let p = rook_plus_shrikhande();
    let base = detect(&p, &SymmetryOptions::default());
    let naive = |q: &Problem| -> Vec<u32> {
        let s = detect(q, &SymmetryOptions::default());
        let mut r = vec![0u32; q.num_vars()];
        for o in &s.var_orbits {
            for (k, v) in o.iter().enumerate() {
                r[v.index()] = k as u32;
            }
        }
        r
    };
    let limits = SearchLimits::default();
    let a = canonical_form(&colored(&p, &naive(&p)), limits).unwrap();
    let mut failed = false;
    for seed in 0..10 {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut vp: Vec<usize> = (0..p.num_vars()).collect();
        let mut rp: Vec<usize> = (0..p.num_rows()).collect();
        vp.shuffle(&mut rng);
        rp.shuffle(&mut rng);
        let q = relabel(&p, &vp, &rp);
        let rq = naive(&q);
        let pulled: Vec<u32> = (0..p.num_vars()).map(|v| rq[vp[v]]).collect();
        failed |= canonical_form(&colored(&p, &pulled), limits).unwrap() != a;
    }
    assert!(failed, "naive ranks passed every relabeling");
    assert_eq!(base.var_orbits.len(), 2);
}

#[test]
fn canonical_form_tells_isomorphic_from_non_isomorphic() {
    let p = bin_packing(&[20, 30, 45], 100);
    let q = relabel(
        &p,
        &[3, 7, 1, 0, 11, 5, 2, 9, 4, 6, 8, 10],
        &[5, 0, 3, 1, 4, 2],
    );
    let limits = SearchLimits::default();
    assert_eq!(canonical_form(&p, limits), canonical_form(&q, limits));
    let r = bin_packing(&[20, 30, 46], 100);
    assert_ne!(canonical_form(&p, limits), canonical_form(&r, limits));
}

#[test]
fn breaking_constraints_keep_the_representative_of_a_packing() {
    let sizes = [60, 50, 40, 30, 20];
    let p = bin_packing(&sizes, 100);
    let s = detect(&p, &SymmetryOptions::default());
    let q = breaking::with_breaking_constraints(&p, &s.orbitopes).unwrap();
    assert!(q.num_rows() > p.num_rows());
    // A packing that uses bins 4, 2, 3 (0-based): items {0,4} in bin 4,
    // {1,3} in bin 2, {2} in bin 3.
    let mut x = vec![0.0; p.num_vars()];
    let set = |x: &mut Vec<f64>, name: &str| x[p.var_by_name(name).unwrap().index()] = 1.0;
    for name in [
        "x_0_4", "x_4_4", "x_1_2", "x_3_2", "x_2_3", "y_4", "y_2", "y_3",
    ] {
        set(&mut x, name);
    }
    let tol = symbreak::verify::Tolerances::default();
    assert!(symbreak::verify::verify(&p, &x, &tol).feasible);
    assert!(
        !symbreak::verify::verify(&q, &x, &tol).feasible,
        "not the representative"
    );
    let rep = breaking::to_representative(&p, &s.orbitopes, &x);
    let on_p = symbreak::verify::verify(&p, &rep, &tol);
    let on_q = symbreak::verify::verify(&q, &rep, &tol);
    assert!(on_p.feasible && on_q.feasible, "{on_q:?}");
    assert_eq!(on_p.objective, 3.0);
}

/// Brute force: every permutation of the variables that maps the multiset
/// of rows onto itself, times the row permutations among identical rows.
fn brute_force(p: &Problem) -> (f64, Vec<usize>) {
    let n = p.num_vars();
    let row_key = |r: symbreak::model::ConsId, perm: &[usize]| {
        let mut e: Vec<(usize, u64)> = p
            .row(r)
            .map(|(v, a)| (perm[v.index()], a.to_bits()))
            .collect();
        e.sort_unstable();
        (p.row_lower(r).to_bits(), p.row_upper(r).to_bits(), e)
    };
    let ident: Vec<usize> = (0..n).collect();
    let mut rows: Vec<_> = p.rows().map(|r| row_key(r, &ident)).collect();
    rows.sort();
    let mut mult: HashMap<_, u64> = HashMap::new();
    for r in &rows {
        *mult.entry(r.clone()).or_default() += 1;
    }
    let row_factor: f64 = mult.values().map(|&k| log10_factorial(k)).sum();
    let var_key = |v: usize| {
        let id = VarId(v as u32);
        (
            p.var_kind(id),
            p.var_lower(id).to_bits(),
            p.var_upper(id).to_bits(),
            p.objective_coefficient(id).to_bits(),
        )
    };
    let mut orbit: Vec<usize> = (0..n).collect();
    fn find(o: &mut [usize], x: usize) -> usize {
        if o[x] != x {
            let r = find(o, o[x]);
            o[x] = r;
        }
        o[x]
    }
    let mut count = 0u64;
    let mut perm: Vec<usize> = (0..n).collect();
    // Heap's algorithm over all n! permutations.
    let mut c = vec![0usize; n];
    let check = |perm: &[usize], orbit: &mut Vec<usize>, count: &mut u64| {
        if (0..n).any(|v| var_key(v) != var_key(perm[v])) {
            return;
        }
        let mut img: Vec<_> = p.rows().map(|r| row_key(r, perm)).collect();
        img.sort();
        if img == rows {
            *count += 1;
            for (v, &pv) in perm.iter().enumerate() {
                let (a, b) = (find(orbit, v), find(orbit, pv));
                orbit[a] = b;
            }
        }
    };
    check(&perm, &mut orbit, &mut count);
    let mut i = 0;
    while i < n {
        if c[i] < i {
            if i % 2 == 0 {
                perm.swap(0, i);
            } else {
                perm.swap(c[i], i);
            }
            check(&perm, &mut orbit, &mut count);
            c[i] += 1;
            i = 0;
        } else {
            c[i] = 0;
            i += 1;
        }
    }
    let labels = (0..n).map(|v| find(&mut orbit, v)).collect();
    ((count as f64).log10() + row_factor, labels)
}

fn tiny_symmetric_problem() -> impl Strategy<Value = Problem> {
    (2usize..=7, 1usize..=5).prop_flat_map(|(n, m)| {
        (
            prop::collection::vec((0u8..2, 0u8..2), n),
            prop::collection::vec(
                (
                    0u8..3,
                    prop::collection::vec(prop::option::weighted(0.6, 1u8..3), n),
                ),
                m,
            ),
        )
            .prop_map(move |(vars, rows)| {
                let mut b = ProblemBuilder::new("tiny");
                let ids: Vec<VarId> = vars
                    .iter()
                    .enumerate()
                    .map(|(j, &(k, c))| {
                        let kind = if k == 0 {
                            VarKind::Binary
                        } else {
                            VarKind::Continuous
                        };
                        b.add_var(format!("x{j}"), kind, 0.0, 1.0, f64::from(c))
                            .unwrap()
                    })
                    .collect();
                for (i, (side, entries)) in rows.iter().enumerate() {
                    let e: Vec<_> = entries
                        .iter()
                        .zip(&ids)
                        .filter_map(|(a, &v)| a.map(|a| (v, f64::from(a))))
                        .collect();
                    let (l, u) = match side {
                        0 => (1.0, f64::INFINITY),
                        1 => (f64::NEG_INFINITY, 2.0),
                        _ => (1.0, 1.0),
                    };
                    b.add_row(format!("c{i}"), l, u, &e).unwrap();
                }
                b.build().unwrap()
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn group_order_and_orbits_match_brute_force(p in tiny_symmetric_problem()) {
        let s = detect(&p, &SymmetryOptions::default());
        prop_assert!(s.complete);
        let (log10, labels) = brute_force(&p);
        prop_assert!((s.log10_group_size - log10).abs() < 1e-9,
            "detected {} brute force {}", s.log10_group_size, log10);
        for v in 0..p.num_vars() {
            for w in 0..p.num_vars() {
                prop_assert_eq!(labels[v] == labels[w], s.var_orbit_of[v] == s.var_orbit_of[w]);
            }
        }
        for g in &s.generators {
            prop_assert!(check_symmetry(&p, g).is_ok());
        }
    }
}

#[test]
fn stein27_has_the_known_group_and_one_orbit() {
    let Some(path) = common::miplib("stein27.mps") else {
        return;
    };
    let Ok(parsed) = symbreak::io::read_problem(&path) else {
        panic!("stein27 must parse");
    };
    let s = detect(&parsed.problem, &SymmetryOptions::default());
    assert!(s.complete);
    assert!(
        (s.log10_group_size - 303_264f64.log10()).abs() < 1e-9,
        "{}",
        s.log10_group_size
    );
    assert_eq!(s.var_orbits.len(), 1);
}

#[test]
fn small_mip_lseu_and_egout_have_trivial_groups() {
    for file in ["small_mip.mps", "lseu.mps", "egout.mps"] {
        let Some(path) = common::miplib(file) else {
            return;
        };
        let p = symbreak::io::read_problem(&path).unwrap().problem;
        let s = detect(&p, &SymmetryOptions::default());
        assert_eq!(s.log10_group_size, 0.0, "{file}");
        assert_eq!(s.generators.len(), 0, "{file}");
        assert_eq!(s.var_orbits.len(), p.num_vars(), "{file}");
    }
}

//! The instance families: sizes as formulas of the parameters, coefficients
//! where the formulation puts them, known feasible solutions that pass
//! `verify`, determinism, and the errors of bad parameters.

use crate::common;

use std::collections::BTreeSet;

use symbreak::generate::bin_packing::bin_packing_with_sizes;
use symbreak::generate::indset::{clique_partition, independent_set_of_graph};
use symbreak::generate::pcmax::pcmax_with_times;
use symbreak::generate::{
    self, AuctionParams, BinPackingData, BinPackingParams, ColoringData, ColoringParams,
    FacilityParams, Family, GenerateError, Graph, GraphType, IndependentSetParams, PcmaxData,
    PcmaxParams, SetCoverParams, SizeDistribution,
};
use symbreak::generate::{
    CuttingStockData, CuttingStockParams, GapData, GapParams, GraphPartitionData,
    GraphPartitionParams, MultiKnapsackData, MultiKnapsackParams,
};
use symbreak::model::{Problem, Sense, VarKind};
use symbreak::verify::{Tolerances, verify};

/// The coefficient of `var` in `row`, `None` if the entry is absent.
fn coef(p: &Problem, row: &str, var: &str) -> Option<f64> {
    let r = p.row_by_name(row).unwrap_or_else(|| panic!("no row {row}"));
    let v = p
        .var_by_name(var)
        .unwrap_or_else(|| panic!("no variable {var}"));
    p.row(r).find(|&(u, _)| u == v).map(|(_, a)| a)
}

/// A row's entries as `(variable name, coefficient)`, sorted by name.
fn row_entries(p: &Problem, row: &str) -> Vec<(String, f64)> {
    let r = p.row_by_name(row).unwrap_or_else(|| panic!("no row {row}"));
    let mut e: Vec<_> = p
        .row(r)
        .map(|(v, a)| (p.var_name(v).to_string(), a))
        .collect();
    e.sort_by(|a, b| a.0.cmp(&b.0));
    e
}

fn entries(list: &[(&str, f64)]) -> Vec<(String, f64)> {
    let mut e: Vec<_> = list.iter().map(|&(n, a)| (n.to_string(), a)).collect();
    e.sort_by(|a, b| a.0.cmp(&b.0));
    e
}

fn sides(p: &Problem, row: &str) -> (f64, f64) {
    let r = p.row_by_name(row).unwrap();
    (p.row_lower(r), p.row_upper(r))
}

fn feasible(p: &Problem, x: &[f64]) -> bool {
    let report = verify(p, x, &Tolerances::default());
    if !report.feasible {
        eprintln!("{}: {:?}", p.name(), report.worst);
    }
    report.feasible
}

fn integer_cols(p: &Problem) -> usize {
    p.var_kinds().iter().filter(|k| k.is_integral()).count()
}

// ---------------------------------------------------------------- bin packing

#[test]
fn bin_packing_sizes_follow_the_formulas() {
    for (items, bins) in [(7, None), (5, Some(3)), (1, None)] {
        let params = BinPackingParams {
            items,
            bins,
            ..Default::default()
        };
        let p = generate::bin_packing(&params, 11).unwrap();
        let (n, m) = (items as usize, params.bin_count() as usize);
        assert_eq!(p.num_vars(), n * m + m);
        assert_eq!(p.num_rows(), n + m);
        assert_eq!(p.num_nonzeros(), 2 * n * m + m);
        assert_eq!(integer_cols(&p), n * m + m);
        assert!(p.var_kinds().iter().all(|&k| k == VarKind::Binary));
        assert_eq!(p.sense(), Sense::Minimize);
    }
}

#[test]
fn bin_packing_coefficients_sit_where_the_formulation_puts_them() {
    let params = BinPackingParams {
        items: 4,
        bins: Some(3),
        ..Default::default()
    };
    let data = BinPackingData::draw(&params, 5).unwrap();
    let p = generate::bin_packing(&params, 5).unwrap();
    assert_eq!(p.name(), "bpp_4x3_chen_5");
    let s: Vec<f64> = data.sizes.iter().map(|&s| f64::from(s)).collect();
    assert_eq!(
        row_entries(&p, "assign_2"),
        entries(&[("x_2_0", 1.0), ("x_2_1", 1.0), ("x_2_2", 1.0)])
    );
    assert_eq!(sides(&p, "assign_2"), (1.0, 1.0));
    assert_eq!(
        row_entries(&p, "cap_1"),
        entries(&[
            ("x_0_1", s[0]),
            ("x_1_1", s[1]),
            ("x_2_1", s[2]),
            ("x_3_1", s[3]),
            ("y_1", -100.0),
        ])
    );
    assert_eq!(sides(&p, "cap_1"), (f64::NEG_INFINITY, 0.0));
    for (i, &size) in s.iter().enumerate() {
        for j in 0..3 {
            let x = format!("x_{i}_{j}");
            assert_eq!(coef(&p, &format!("cap_{j}"), &x), Some(size));
            let other = (j + 1) % 3;
            assert_eq!(coef(&p, &format!("cap_{other}"), &x), None);
            assert_eq!(p.objective_coefficient(p.var_by_name(&x).unwrap()), 0.0);
        }
    }
    for j in 0..3 {
        let y = p.var_by_name(&format!("y_{j}")).unwrap();
        assert_eq!(p.objective_coefficient(y), 1.0);
        assert_eq!(p.column(y).len(), 1, "y_{j} only in cap_{j}");
    }
}

#[test]
fn bin_packing_one_item_per_bin_and_first_fit_are_feasible_and_overfull_bin_is_not() {
    for distribution in [SizeDistribution::Chen, SizeDistribution::FalkenauerU] {
        let params = BinPackingParams {
            items: 12,
            distribution,
            ..Default::default()
        };
        let data = BinPackingData::draw(&params, 2).unwrap();
        let p = generate::bin_packing(&params, 2).unwrap();
        let trivial = data.solution(&data.one_item_per_bin().unwrap()).unwrap();
        assert!(feasible(&p, trivial.values()));
        assert_eq!(
            verify(&p, trivial.values(), &Tolerances::default()).objective,
            12.0
        );
        let ff = data.first_fit().unwrap();
        let x = data.solution(&ff).unwrap();
        assert!(feasible(&p, x.values()));
        // everything in bin 0 overflows it (12 items of size >= 11 or >= 20)
        let all_in_one = data.solution(&[0; 12]).unwrap();
        assert!(!verify(&p, all_in_one.values(), &Tolerances::default()).feasible);
    }
}

#[test]
fn bin_packing_with_explicit_sizes_supports_distinct_and_repeated_sizes() {
    let distinct = bin_packing_with_sizes(&[10, 20, 30, 40], 50, 4).unwrap();
    assert_eq!(coef(&distinct, "cap_3", "x_2_3"), Some(30.0));
    assert_eq!(coef(&distinct, "cap_3", "y_3"), Some(-50.0));
    let repeated = bin_packing_with_sizes(&[25, 25, 25], 50, 2).unwrap();
    assert_eq!(repeated.num_vars(), 3 * 2 + 2);
    let d = BinPackingData::new(vec![25, 25, 25], 50, 2).unwrap();
    assert!(feasible(
        &repeated,
        d.solution(&[0, 0, 1]).unwrap().values()
    ));
}

#[test]
fn bin_packing_bad_parameters_name_the_parameter() {
    let zero_items = BinPackingParams {
        items: 0,
        ..Default::default()
    };
    let e = generate::bin_packing(&zero_items, 0).unwrap_err();
    assert!(
        matches!(
            e,
            GenerateError::Zero {
                parameter: "items",
                ..
            }
        ),
        "{e}"
    );
    assert_eq!(e.to_string(), "bpp: items must be at least 1");
    let zero_bins = BinPackingParams {
        bins: Some(0),
        ..Default::default()
    };
    assert_eq!(
        generate::bin_packing(&zero_bins, 0)
            .unwrap_err()
            .parameter(),
        Some("bins")
    );
    assert!(matches!(
        bin_packing_with_sizes(&[], 10, 1).unwrap_err(),
        GenerateError::Zero {
            parameter: "items",
            ..
        }
    ));
    assert!(matches!(
        bin_packing_with_sizes(&[0, 3], 10, 1).unwrap_err(),
        GenerateError::Inconsistent { .. }
    ));
}

// ------------------------------------------------------------------- coloring

#[test]
fn coloring_sizes_follow_the_formulas() {
    for (vertices, p_edge, colors) in [(12, 0.4, Some(4)), (9, 1.0, None), (5, 0.2, Some(7))] {
        let params = ColoringParams {
            vertices,
            edge_probability: p_edge,
            colors,
        };
        let data = ColoringData::draw(&params, 8).unwrap();
        let p = generate::coloring(&params, 8).unwrap();
        let (n, k, e) = (
            vertices as usize,
            data.colors as usize,
            data.graph.num_edges(),
        );
        assert_eq!(p.num_vars(), n * k + k);
        assert_eq!(p.num_rows(), n + e * k);
        assert_eq!(p.num_nonzeros(), n * k + 3 * e * k);
        assert_eq!(integer_cols(&p), n * k + k);
        if p_edge == 1.0 {
            assert_eq!(e, n * (n - 1) / 2);
            assert_eq!(data.colors, vertices, "complete graph: max degree + 1 = n");
        }
    }
}

#[test]
fn coloring_coefficients_sit_where_the_formulation_puts_them() {
    let params = ColoringParams {
        vertices: 10,
        edge_probability: 0.5,
        colors: Some(3),
    };
    let data = ColoringData::draw(&params, 1).unwrap();
    let p = generate::coloring(&params, 1).unwrap();
    assert_eq!(p.name(), "coloring_10_p0.5_k3_1");
    let (u, v) = data.graph.edges()[0];
    let name = format!("edge_{u}_{v}_2");
    assert_eq!(
        row_entries(&p, &name),
        entries(&[
            (&format!("x_{u}_2"), 1.0),
            (&format!("x_{v}_2"), 1.0),
            ("w_2", -1.0),
        ])
    );
    assert_eq!(sides(&p, &name), (f64::NEG_INFINITY, 0.0));
    assert_eq!(
        row_entries(&p, "one_4"),
        entries(&[("x_4_0", 1.0), ("x_4_1", 1.0), ("x_4_2", 1.0)])
    );
    assert_eq!(sides(&p, "one_4"), (1.0, 1.0));
    // every edge row exists for every color, and no non-edge row does
    let edges: BTreeSet<(u32, u32)> = data.graph.edges().iter().copied().collect();
    for a in 0..10 {
        for b in a + 1..10 {
            let present = p.row_by_name(&format!("edge_{a}_{b}_0")).is_some();
            assert_eq!(present, edges.contains(&(a, b)), "edge {a} {b}");
        }
    }
    for c in 0..3 {
        let w = p.var_by_name(&format!("w_{c}")).unwrap();
        assert_eq!(p.objective_coefficient(w), 1.0);
        assert_eq!(p.column(w).len(), edges.len());
    }
}

#[test]
fn coloring_greedy_solution_is_feasible_and_a_clash_is_not() {
    let params = ColoringParams {
        vertices: 25,
        ..Default::default()
    };
    let data = ColoringData::draw(&params, 4).unwrap();
    let p = generate::coloring(&params, 4).unwrap();
    let greedy = data.graph.greedy_coloring();
    assert!(feasible(&p, data.solution(&greedy).unwrap().values()));
    let (u, v) = data.graph.edges()[0];
    let mut clash = greedy.clone();
    clash[v as usize] = clash[u as usize];
    assert!(
        !verify(
            &p,
            data.solution(&clash).unwrap().values(),
            &Tolerances::default()
        )
        .feasible
    );
}

#[test]
fn coloring_of_a_dimacs_graph_five_cycle_needs_three_colors() {
    let text = "c five-cycle\np edge 5 5\ne 1 2\ne 2 3\ne 3 4\ne 4 5\ne 5 1\n";
    let read = symbreak::io::dimacs::parse(text, "c5.col").unwrap();
    let graph = symbreak::generate::Graph::new(read.vertices, &read.edges).unwrap();
    let data = ColoringData::new(graph, Some(3)).unwrap();
    let p = data.to_problem("c5").unwrap();
    assert_eq!(p.num_rows(), 5 + 5 * 3);
    let x = data.solution(&[0, 1, 0, 1, 2]).unwrap();
    assert!(feasible(&p, x.values()));
    assert_eq!(
        verify(&p, x.values(), &Tolerances::default()).objective,
        3.0
    );
    let two = data.solution(&[0, 1, 0, 1, 0]).unwrap();
    assert!(!verify(&p, two.values(), &Tolerances::default()).feasible);
}

#[test]
fn coloring_bad_parameters_name_the_parameter() {
    let cases = [
        (
            ColoringParams {
                vertices: 0,
                ..Default::default()
            },
            "vertices",
        ),
        (
            ColoringParams {
                edge_probability: 1.01,
                ..Default::default()
            },
            "edge_probability",
        ),
        (
            ColoringParams {
                edge_probability: 0.0,
                ..Default::default()
            },
            "edge_probability",
        ),
        (
            ColoringParams {
                colors: Some(0),
                ..Default::default()
            },
            "colors",
        ),
    ];
    for (params, name) in cases {
        let e = generate::coloring(&params, 0).unwrap_err();
        assert_eq!(e.parameter(), Some(name), "{e}");
    }
}

// ---------------------------------------------------------------------- pcmax

#[test]
fn pcmax_sizes_follow_the_formulas() {
    for (jobs, machines) in [(9, 3), (4, 6), (1, 1)] {
        let params = PcmaxParams {
            jobs,
            machines,
            ..Default::default()
        };
        let p = generate::pcmax(&params, 3).unwrap();
        let (n, m) = (jobs as usize, machines as usize);
        assert_eq!(p.num_vars(), n * m + 1);
        assert_eq!(p.num_rows(), n + m);
        assert_eq!(p.num_nonzeros(), 2 * n * m + m);
        assert_eq!(integer_cols(&p), n * m + 1);
    }
}

#[test]
fn pcmax_coefficients_and_makespan_variable() {
    let params = PcmaxParams {
        jobs: 5,
        machines: 2,
        ..Default::default()
    };
    let data = PcmaxData::draw(&params, 6).unwrap();
    let p = generate::pcmax(&params, 6).unwrap();
    assert_eq!(p.name(), "pcmax_5_2_t1-100_6");
    let t: Vec<f64> = data.times.iter().map(|&t| f64::from(t)).collect();
    assert_eq!(
        row_entries(&p, "load_1"),
        entries(&[
            ("x_0_1", t[0]),
            ("x_1_1", t[1]),
            ("x_2_1", t[2]),
            ("x_3_1", t[3]),
            ("x_4_1", t[4]),
            ("C", -1.0),
        ])
    );
    assert_eq!(sides(&p, "load_1"), (f64::NEG_INFINITY, 0.0));
    assert_eq!(
        row_entries(&p, "assign_3"),
        entries(&[("x_3_0", 1.0), ("x_3_1", 1.0)])
    );
    let c = p.var_by_name("C").unwrap();
    assert_eq!(p.var_kind(c), VarKind::Integer);
    assert_eq!(p.var_lower(c), 0.0);
    assert_eq!(p.var_upper(c), t.iter().sum::<f64>());
    assert_eq!(p.objective_coefficient(c), 1.0);
    assert_eq!(
        p.objective_coefficients()
            .iter()
            .filter(|&&a| a != 0.0)
            .count(),
        1
    );
}

#[test]
fn pcmax_lpt_schedule_is_feasible_and_a_too_small_makespan_is_not() {
    let params = PcmaxParams {
        jobs: 20,
        machines: 5,
        ..Default::default()
    };
    let data = PcmaxData::draw(&params, 0).unwrap();
    let p = generate::pcmax(&params, 0).unwrap();
    let lpt = data.longest_processing_time_first();
    let x = data.solution(&lpt).unwrap();
    assert!(feasible(&p, x.values()));
    let makespan = x.values()[20 * 5];
    assert!(makespan >= f64::from(data.total_time()) / 5.0);
    let mut short = x.values().to_vec();
    short[20 * 5] = makespan - 1.0;
    assert!(!verify(&p, &short, &Tolerances::default()).feasible);
}

#[test]
fn pcmax_with_explicit_times() {
    let p = pcmax_with_times(&[3, 3, 2, 2, 2], 2).unwrap();
    assert_eq!(coef(&p, "load_0", "x_2_0"), Some(2.0));
    let d = PcmaxData::new(vec![3, 3, 2, 2, 2], 2).unwrap();
    let x = d.solution(&[0, 1, 0, 1, 0]).unwrap();
    assert!(feasible(&p, x.values()));
    assert_eq!(
        verify(&p, x.values(), &Tolerances::default()).objective,
        7.0
    );
    assert!(pcmax_with_times(&[3, 0], 2).is_err());
}

#[test]
fn pcmax_bad_parameters_name_the_parameter() {
    for (params, name) in [
        (
            PcmaxParams {
                jobs: 0,
                ..Default::default()
            },
            "jobs",
        ),
        (
            PcmaxParams {
                machines: 0,
                ..Default::default()
            },
            "machines",
        ),
        (
            PcmaxParams {
                min_time: 0,
                ..Default::default()
            },
            "min_time",
        ),
    ] {
        assert_eq!(
            generate::pcmax(&params, 0).unwrap_err().parameter(),
            Some(name)
        );
    }
}

// ------------------------------------------------------------------ set cover

#[test]
fn set_cover_sizes_and_structure() {
    let params = SetCoverParams {
        rows: 20,
        cols: 30,
        density: 0.2,
        max_coef: 9,
    };
    let p = generate::set_cover(&params, 2).unwrap();
    assert_eq!(p.name(), "setcover_20x30_d0.2_c9_2");
    assert_eq!(p.num_vars(), 30);
    assert_eq!(p.num_rows(), 20);
    assert_eq!(p.num_nonzeros(), 120); // ⌊20·30·0.2⌋
    assert_eq!(integer_cols(&p), 30);
    for r in p.rows() {
        assert!(p.row(r).len() >= 1, "row {} uncovered", p.row_name(r));
        assert!(p.row(r).all(|(_, a)| a == 1.0));
        assert_eq!((p.row_lower(r), p.row_upper(r)), (1.0, f64::INFINITY));
    }
    for v in p.vars() {
        assert!(
            p.column(v).len() >= 2,
            "column {} has < 2 rows",
            p.var_name(v)
        );
        let c = p.objective_coefficient(v);
        assert!((1.0..=9.0).contains(&c) && c.fract() == 0.0);
    }
    assert!(feasible(&p, &[1.0; 30]));
    assert!(!verify(&p, &[0.0; 30], &Tolerances::default()).feasible);
    // the default size: 500 x 1000 at density 0.05
    let d = generate::set_cover(&SetCoverParams::default(), 0).unwrap();
    assert_eq!(
        (d.num_rows(), d.num_vars(), d.num_nonzeros()),
        (500, 1000, 25_000)
    );
}

#[test]
fn set_cover_bad_parameters() {
    for (params, name) in [
        (
            SetCoverParams {
                density: 0.0,
                ..Default::default()
            },
            Some("density"),
        ),
        (
            SetCoverParams {
                density: 1.5,
                ..Default::default()
            },
            Some("density"),
        ),
        (
            SetCoverParams {
                rows: 1,
                ..Default::default()
            },
            Some("rows"),
        ),
        (
            SetCoverParams {
                cols: 0,
                ..Default::default()
            },
            Some("cols"),
        ),
        (
            SetCoverParams {
                density: 0.001,
                ..Default::default()
            },
            None,
        ),
    ] {
        let e = generate::set_cover(&params, 0).unwrap_err();
        assert_eq!(e.parameter(), name, "{e}");
    }
}

// -------------------------------------------------------------------- auction

#[test]
fn auction_structure_and_feasible_greedy_acceptance() {
    let params = AuctionParams {
        items: 20,
        bids: 50,
        ..Default::default()
    };
    let p = generate::auction(&params, 7).unwrap();
    assert_eq!(p.name(), "auction_20x50_7");
    assert_eq!(p.sense(), Sense::Maximize);
    assert_eq!(p.num_vars(), 50);
    assert_eq!(integer_cols(&p), 50);
    let bidder_rows = p
        .row_names()
        .iter()
        .filter(|n| n.starts_with("bidder_"))
        .count();
    let item_rows = p
        .row_names()
        .iter()
        .filter(|n| n.starts_with("item_"))
        .count();
    assert_eq!(item_rows + bidder_rows, p.num_rows());
    assert!(item_rows <= 20);
    for r in p.rows() {
        assert!(p.row(r).all(|(_, a)| a == 1.0));
        assert_eq!((p.row_lower(r), p.row_upper(r)), (f64::NEG_INFINITY, 1.0));
    }
    for v in p.vars() {
        let bidders = p
            .column(v)
            .filter(|&(r, _)| p.row_name(r).starts_with("bidder_"))
            .count();
        assert!(bidders <= 1);
        assert!(p.column(v).len() > bidders, "every bid names an item");
        let price = p.objective_coefficient(v);
        assert!(price >= 0.0 && price.fract() == 0.0);
    }
    // accept bids in order when they clash with nothing accepted
    let mut x = vec![0.0; 50];
    let mut used = vec![false; p.num_rows()];
    for v in p.vars() {
        if p.column(v).all(|(r, _)| !used[r.index()]) {
            x[v.index()] = 1.0;
            for (r, _) in p.column(v) {
                used[r.index()] = true;
            }
        }
    }
    assert!(feasible(&p, &x));
    assert!(feasible(&p, &[0.0; 50]));
    assert!(!verify(&p, &[1.0; 50], &Tolerances::default()).feasible);
}

#[test]
fn auction_bad_parameters() {
    for (params, name) in [
        (
            AuctionParams {
                items: 0,
                ..Default::default()
            },
            "items",
        ),
        (
            AuctionParams {
                bids: 0,
                ..Default::default()
            },
            "bids",
        ),
        (
            AuctionParams {
                max_value: 0.5,
                ..Default::default()
            },
            "max_value",
        ),
        (
            AuctionParams {
                add_item_prob: -0.1,
                ..Default::default()
            },
            "add_item_prob",
        ),
    ] {
        assert_eq!(
            generate::auction(&params, 0).unwrap_err().parameter(),
            Some(name)
        );
    }
}

// ------------------------------------------------------------------- facility

#[test]
fn facility_sizes_follow_the_formulas_and_coefficients_sit_right() {
    let params = FacilityParams {
        customers: 6,
        facilities: 4,
        ..Default::default()
    };
    let p = generate::facility(&params, 9).unwrap();
    assert_eq!(p.name(), "facility_6x4_r5_9");
    let (c, f) = (6, 4);
    assert_eq!(p.num_vars(), f + c * f);
    assert_eq!(p.num_rows(), c + f + 1 + c * f);
    assert_eq!(p.num_nonzeros(), 4 * c * f + 2 * f);
    assert_eq!(integer_cols(&p), f);
    assert_eq!(
        row_entries(&p, "tighten_2_3"),
        entries(&[("x_2_3", 1.0), ("y_3", -1.0)])
    );
    assert_eq!(
        row_entries(&p, "demand_5"),
        entries(&[
            ("x_5_0", 1.0),
            ("x_5_1", 1.0),
            ("x_5_2", 1.0),
            ("x_5_3", 1.0)
        ])
    );
    assert_eq!(sides(&p, "demand_5"), (1.0, f64::INFINITY));
    // demands: the x coefficients of capacity_j, the same for every j
    let demand: Vec<f64> = (0..c)
        .map(|i| coef(&p, "capacity_0", &format!("x_{i}_0")).unwrap())
        .collect();
    for j in 1..f {
        for (i, &d) in demand.iter().enumerate() {
            assert_eq!(
                coef(&p, &format!("capacity_{j}"), &format!("x_{i}_{j}")),
                Some(d)
            );
        }
    }
    assert!(demand.iter().all(|&d| (5.0..=35.0).contains(&d)));
    let capacity: Vec<f64> = (0..f)
        .map(|j| -coef(&p, &format!("capacity_{j}"), &format!("y_{j}")).unwrap())
        .collect();
    for (j, &s) in capacity.iter().enumerate() {
        assert_eq!(coef(&p, "total_capacity", &format!("y_{j}")), Some(s));
    }
    assert_eq!(sides(&p, "total_capacity").0, demand.iter().sum::<f64>());
    // all open, each customer split in proportion to capacity
    let total: f64 = capacity.iter().sum();
    let mut x = vec![1.0; f];
    for _ in 0..c {
        x.extend(capacity.iter().map(|&s| s / total));
    }
    assert!(feasible(&p, &x));
    // nothing open serves nobody
    assert!(!verify(&p, &vec![0.0; f + c * f], &Tolerances::default()).feasible);
}

#[test]
fn facility_binary_assignment_makes_x_binary() {
    let params = FacilityParams {
        customers: 3,
        facilities: 2,
        continuous_assignment: false,
        ..Default::default()
    };
    let p = generate::facility(&params, 0).unwrap();
    assert_eq!(integer_cols(&p), 2 + 6);
    assert!(p.name().contains("binary"));
}

#[test]
fn facility_bad_parameters() {
    for (params, name) in [
        (
            FacilityParams {
                customers: 0,
                ..Default::default()
            },
            "customers",
        ),
        (
            FacilityParams {
                facilities: 0,
                ..Default::default()
            },
            "facilities",
        ),
        (
            FacilityParams {
                ratio: f64::NAN,
                ..Default::default()
            },
            "ratio",
        ),
    ] {
        assert_eq!(
            generate::facility(&params, 0).unwrap_err().parameter(),
            Some(name)
        );
    }
}

// -------------------------------------------------------------- independent set

fn check_independent_set(params: &IndependentSetParams, seed: u64) {
    let graph = params.draw_graph(seed).unwrap();
    let p = generate::independent_set(params, seed).unwrap();
    let cliques = clique_partition(&graph);
    let big: Vec<_> = cliques.iter().filter(|k| k.len() >= 2).collect();
    let inside: usize = big.iter().map(|k| k.len() * (k.len() - 1) / 2).sum();
    let uncovered = graph.num_edges() - inside;
    assert_eq!(p.num_vars(), graph.vertices() as usize);
    assert_eq!(p.num_rows(), big.len() + uncovered);
    assert_eq!(
        p.num_nonzeros(),
        big.iter().map(|k| k.len()).sum::<usize>() + 2 * uncovered
    );
    assert_eq!(p.sense(), Sense::Maximize);
    // the partition covers every vertex once, its cliques are cliques
    let mut seen = vec![0; graph.vertices() as usize];
    let adj = graph.adjacency();
    for k in &cliques {
        for (a, &u) in k.iter().enumerate() {
            seen[u as usize] += 1;
            for &v in &k[a + 1..] {
                assert!(
                    adj[u as usize].binary_search(&v).is_ok(),
                    "{u} {v} not adjacent"
                );
            }
        }
    }
    assert!(seen.iter().all(|&s| s == 1));
    // every edge is in exactly one row
    for &(u, v) in graph.edges() {
        let (xu, xv) = (
            p.var_by_name(&format!("x_{u}")).unwrap(),
            p.var_by_name(&format!("x_{v}")).unwrap(),
        );
        let rows_u: BTreeSet<_> = p.column(xu).map(|(r, _)| r).collect();
        let both = p.column(xv).filter(|(r, _)| rows_u.contains(r)).count();
        assert_eq!(both, 1, "edge {u} {v}");
    }
    // a greedy independent set is feasible; all ones is not
    let mut x = vec![0.0; graph.vertices() as usize];
    for v in 0..graph.vertices() as usize {
        if adj[v].iter().all(|&u| x[u as usize] == 0.0) {
            x[v] = 1.0;
        }
    }
    assert!(feasible(&p, &x));
    assert!(!verify(&p, &vec![1.0; x.len()], &Tolerances::default()).feasible);
}

#[test]
fn independent_set_barabasi_albert_structure() {
    let params = IndependentSetParams {
        nodes: 60,
        affinity: 3,
        ..Default::default()
    };
    assert_eq!(params.draw_graph(1).unwrap().num_edges(), 3 * 57);
    assert_eq!(
        generate::independent_set(&params, 1).unwrap().name(),
        "indset_60_ba3_1"
    );
    check_independent_set(&params, 1);
    check_independent_set(&IndependentSetParams::default(), 0);
}

#[test]
fn independent_set_erdos_renyi_structure() {
    let params = IndependentSetParams {
        nodes: 40,
        graph_type: GraphType::ErdosRenyi,
        edge_probability: 0.3,
        ..Default::default()
    };
    check_independent_set(&params, 5);
}

#[test]
fn independent_set_of_a_triangle_plus_pendant() {
    let g = Graph::new(4, &[(0, 1), (1, 2), (0, 2), (2, 3)]).unwrap();
    let p = independent_set_of_graph(&g, "t").unwrap();
    // vertex 2 (degree 3) leads the clique {0, 1, 2}; edge 2-3 stays
    assert_eq!(
        row_entries(&p, "clique_0"),
        entries(&[("x_0", 1.0), ("x_1", 1.0), ("x_2", 1.0)])
    );
    assert_eq!(
        row_entries(&p, "edge_2_3"),
        entries(&[("x_2", 1.0), ("x_3", 1.0)])
    );
    assert_eq!(p.num_rows(), 2);
}

#[test]
fn independent_set_bad_parameters() {
    for (params, name) in [
        (
            IndependentSetParams {
                nodes: 0,
                ..Default::default()
            },
            "nodes",
        ),
        (
            IndependentSetParams {
                affinity: 0,
                ..Default::default()
            },
            "affinity",
        ),
        (
            IndependentSetParams {
                nodes: 10,
                affinity: 10,
                ..Default::default()
            },
            "affinity",
        ),
        (
            IndependentSetParams {
                graph_type: GraphType::ErdosRenyi,
                edge_probability: 2.0,
                ..Default::default()
            },
            "edge_probability",
        ),
    ] {
        assert_eq!(
            generate::independent_set(&params, 0)
                .unwrap_err()
                .parameter(),
            Some(name)
        );
    }
}

// ---------------------------------------------------------------- determinism

/// Same seed: bit-identical problems and identical MPS and LP text; next
/// seed: a different problem and different MPS text. The MPS and LP texts
/// read back to the same problem.
fn check_determinism<F: Family>(params: &F) {
    for seed in [0, 1, 12345] {
        let a = params.generate(seed).unwrap();
        let b = params.generate(seed).unwrap();
        common::assert_same_problem(&a, &b);
        assert_eq!(a.name(), params.instance_name(seed));
        let mps = |p: &Problem| symbreak::io::mps::write_string(p).unwrap();
        let bytes = mps(&a);
        assert!(bytes.len() > 100, "{} bytes", bytes.len());
        assert_eq!(bytes, mps(&b));
        let back = symbreak::io::parse_str(symbreak::io::Format::Mps, &bytes, "gen.mps").unwrap();
        common::assert_same_problem(&a, &back.problem);
        assert!(back.warnings.is_empty(), "{:?}", back.warnings);
        let lp = |p: &Problem| symbreak::io::lp::write_string(p).unwrap();
        let lp_text = lp(&a);
        assert!(lp_text.len() > 100, "{} LP bytes", lp_text.len());
        assert_eq!(lp_text, lp(&b));
        let back = symbreak::io::parse_str(symbreak::io::Format::Lp, &lp_text, "gen.lp").unwrap();
        common::assert_same_problem(&a, &back.problem);
        let c = params.generate(seed + 1).unwrap();
        let differs = a.objective_coefficients() != c.objective_coefficients()
            || a.row_names() != c.row_names()
            || a.rows().any(|r| a.row(r).ne(c.row(r)));
        assert!(differs, "{}: seeds {seed} and {} agree", F::NAME, seed + 1);
        assert_ne!(bytes, mps(&c));
    }
}

#[test]
fn every_family_is_deterministic_and_seeds_differ() {
    check_determinism(&BinPackingParams {
        items: 10,
        ..Default::default()
    });
    check_determinism(&BinPackingParams {
        items: 10,
        distribution: SizeDistribution::FalkenauerU,
        ..Default::default()
    });
    check_determinism(&ColoringParams {
        vertices: 12,
        ..Default::default()
    });
    check_determinism(&PcmaxParams::default());
    check_determinism(&SetCoverParams {
        rows: 30,
        cols: 40,
        density: 0.1,
        ..Default::default()
    });
    check_determinism(&AuctionParams {
        items: 20,
        bids: 40,
        ..Default::default()
    });
    check_determinism(&FacilityParams {
        customers: 8,
        facilities: 5,
        ..Default::default()
    });
    check_determinism(&IndependentSetParams {
        nodes: 50,
        ..Default::default()
    });
    check_determinism(&MultiKnapsackParams {
        items: 10,
        knapsacks: 3,
        ..Default::default()
    });
    check_determinism(&GapParams {
        jobs: 10,
        ..Default::default()
    });
    check_determinism(&CuttingStockParams {
        items: 5,
        ..Default::default()
    });
    check_determinism(&GraphPartitionParams {
        vertices: 12,
        ..Default::default()
    });
}

#[test]
fn generated_data_of_seed_zero_is_pinned() {
    // A change in any random stream changes every committed instance; this
    // test says so before the files do.
    let bpp = BinPackingData::draw(
        &BinPackingParams {
            items: 6,
            ..Default::default()
        },
        0,
    )
    .unwrap();
    let pc = PcmaxData::draw(
        &PcmaxParams {
            jobs: 6,
            ..Default::default()
        },
        0,
    )
    .unwrap();
    assert_eq!(bpp.sizes, [24, 95, 25, 21, 94, 20]);
    assert_eq!(pc.times, [66, 71, 73, 47, 51, 70]);
    let mkp = MultiKnapsackData::draw(
        &MultiKnapsackParams {
            items: 4,
            knapsacks: 2,
            ..Default::default()
        },
        0,
    )
    .unwrap();
    assert_eq!(
        (mkp.weights.as_slice(), mkp.profits.as_slice(), mkp.capacity),
        PINNED_MKP
    );
    let gap = GapData::draw(
        &GapParams {
            jobs: 3,
            ..Default::default()
        },
        0,
    )
    .unwrap();
    assert_eq!(
        (gap.weights.concat(), gap.costs.concat(), gap.capacities),
        (
            PINNED_GAP.0.to_vec(),
            PINNED_GAP.1.to_vec(),
            PINNED_GAP.2.to_vec()
        )
    );
    let cut = CuttingStockData::draw(
        &CuttingStockParams {
            items: 4,
            ..Default::default()
        },
        0,
    )
    .unwrap();
    assert_eq!(
        (cut.widths.as_slice(), cut.demands.as_slice(), cut.rolls),
        PINNED_CUTSTOCK
    );
    let gpp = GraphPartitionData::draw(
        &GraphPartitionParams {
            vertices: 6,
            ..Default::default()
        },
        0,
    )
    .unwrap();
    assert_eq!((gpp.graph.edges(), gpp.edge_weights.as_slice()), PINNED_GPP);
}

type Pinned<'a> = (&'a [u32], &'a [u32], u32);
/// Weights, profits, capacity (26 from the ratio, raised to the largest weight).
const PINNED_MKP: Pinned<'static> = (&[69, 76, 56, 61], &[73, 75, 60, 52], 76);
/// Weights and costs job-major (two types), capacities per type.
const PINNED_GAP: ([u32; 6], [u32; 6], [u32; 2]) =
    ([66, 73, 51, 57, 20, 59], [49, 37, 64, 45, 99, 53], [66, 25]);
/// Widths, demands, rolls.
const PINNED_CUTSTOCK: Pinned<'static> = (&[362, 392, 303, 324], &[8, 5, 7, 1], 9);
/// Edges of G(6, 0.3) and their weights.
const PINNED_GPP: (&[(u32, u32)], &[u32]) = (&[(0, 4), (2, 3)], &[6, 7]);

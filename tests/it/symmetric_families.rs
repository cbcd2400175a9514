//! The symmetric families a user brings (multiple knapsack, generalized
//! assignment, cutting stock, graph partitioning): sizes and row structure
//! as the module docs state them, a constructive point that passes
//! `verify`, the orbitope of the identical knapsacks, agents, rolls or
//! parts found by symmetry detection, and the optimum of a tiny instance
//! from the default backend equal to the one found by enumeration.

use std::time::Duration;

use symbreak::generate::{
    self, CuttingStockData, CuttingStockParams, Family, GapData, GapParams, Graph,
    GraphPartitionData, GraphPartitionParams, MultiKnapsackData, MultiKnapsackParams,
};
use symbreak::model::{Problem, Sense, VarKind};
use symbreak::solve::{BackendChoice, SolveSettings, Status, solve};
use symbreak::symmetry::{SymmetryOptions, check_symmetry, detect};
use symbreak::verify::{Tolerances, verify};

fn feasible(p: &Problem, x: &[f64]) -> bool {
    let report = verify(p, x, &Tolerances::default());
    if !report.feasible {
        eprintln!("{}: {:?}", p.name(), report.worst);
    }
    report.feasible
}

fn objective(p: &Problem, x: &[f64]) -> f64 {
    verify(p, x, &Tolerances::default()).objective
}

fn row_sides(p: &Problem, row: &str) -> (f64, f64) {
    let r = p.row_by_name(row).unwrap_or_else(|| panic!("no row {row}"));
    (p.row_lower(r), p.row_upper(r))
}

fn row_len(p: &Problem, row: &str) -> usize {
    let r = p.row_by_name(row).unwrap_or_else(|| panic!("no row {row}"));
    p.row(r).count()
}

fn log10_factorial(n: u64) -> f64 {
    (1..=n).map(|k| (k as f64).log10()).sum()
}

/// Detects the symmetry, checks every generator against the problem, and
/// returns (log10 |G|, the (rows, columns) of every orbitope, sorted).
fn orbitopes(p: &Problem) -> (f64, Vec<(usize, usize)>) {
    let s = detect(p, &SymmetryOptions::default());
    assert!(s.complete, "{}: search incomplete", p.name());
    for g in &s.generators {
        check_symmetry(p, g).unwrap();
    }
    let mut shapes: Vec<_> = s
        .orbitopes
        .iter()
        .map(|o| (o.num_rows(), o.num_cols()))
        .collect();
    shapes.sort_unstable();
    (s.log10_group_size, shapes)
}

/// The default backend's verified optimum.
fn solved_optimum(p: &Problem) -> f64 {
    let backend = BackendChoice::default().backend().unwrap();
    let settings = SolveSettings {
        time_limit: Some(Duration::from_secs(60)),
        ..SolveSettings::default()
    };
    let out = solve(p, &settings, backend.as_ref()).unwrap();
    assert_eq!(
        out.status,
        Status::Optimal,
        "{}: {:?}",
        p.name(),
        out.message
    );
    assert!(out.verified());
    out.objective.unwrap()
}

/// Every assignment of `n` things to `0..choices` (odometer order), fed to
/// `visit`.
fn for_each_assignment(n: usize, choices: u32, visit: &mut dyn FnMut(&[u32])) {
    let mut a = vec![0u32; n];
    loop {
        visit(&a);
        let Some(i) = (0..n).find(|&i| a[i] + 1 < choices) else {
            return;
        };
        a[i] += 1;
        a[..i].iter_mut().for_each(|v| *v = 0);
    }
}

// ------------------------------------------------------------ multiple knapsack

#[test]
fn multi_knapsack_sizes_rows_and_greedy_point() {
    for (items, knapsacks) in [(30, 5), (7, 2), (1, 1)] {
        let params = MultiKnapsackParams {
            items,
            knapsacks,
            ..Default::default()
        };
        let data = MultiKnapsackData::draw(&params, 3).unwrap();
        let p = generate::multi_knapsack(&params, 3).unwrap();
        let (n, m) = (items as usize, knapsacks as usize);
        assert_eq!(p.name(), params.instance_name(3));
        assert_eq!(p.num_vars(), n * m);
        assert_eq!(p.num_rows(), n + m);
        assert_eq!(p.num_nonzeros(), 2 * n * m);
        assert!(p.var_kinds().iter().all(|&k| k == VarKind::Binary));
        assert_eq!(p.sense(), Sense::Maximize);
        assert_eq!(row_sides(&p, "once_0"), (f64::NEG_INFINITY, 1.0));
        assert_eq!(row_len(&p, "once_0"), m);
        let cap = f64::from(data.capacity);
        assert_eq!(
            row_sides(&p, &format!("cap_{}", m - 1)),
            (f64::NEG_INFINITY, cap)
        );
        assert_eq!(row_len(&p, "cap_0"), n);
        let greedy = data.greedy();
        let x = data.solution(&greedy).unwrap();
        assert!(feasible(&p, x.values()));
        assert_eq!(objective(&p, x.values()), data.profit(&greedy) as f64);
        // everything in knapsack 0 overflows it once the items outweigh it
        let total: u32 = data.weights.iter().sum();
        if total > data.capacity {
            let all = data.solution(&vec![Some(0); n]).unwrap();
            assert!(!verify(&p, all.values(), &Tolerances::default()).feasible);
        }
    }
}

#[test]
fn multi_knapsack_identical_knapsacks_are_one_orbitope() {
    // distinct items: the group is exactly S_m on the knapsacks
    let data =
        MultiKnapsackData::new(vec![20, 31, 45, 52, 68], vec![22, 30, 41, 60, 70], 90, 3).unwrap();
    let p = data.to_problem("mkp_distinct").unwrap();
    let (log_g, shapes) = orbitopes(&p);
    assert!((log_g - log10_factorial(3)).abs() < 1e-9, "{log_g}");
    assert_eq!(shapes, [(5, 3)]);
    // a drawn 30 x 5 instance has the 30 x 5 orbitope of its knapsacks
    let p = generate::multi_knapsack(&MultiKnapsackParams::default(), 1).unwrap();
    let (log_g, shapes) = orbitopes(&p);
    assert!(log_g >= log10_factorial(5) - 1e-9);
    assert!(shapes.contains(&(30, 5)), "{shapes:?}");
}

#[test]
fn multi_knapsack_tiny_optimum_matches_enumeration() {
    for seed in [1, 2] {
        let params = MultiKnapsackParams {
            items: 8,
            knapsacks: 2,
            capacity_ratio: 0.4,
        };
        let d = MultiKnapsackData::draw(&params, seed).unwrap();
        let mut best = 0u64;
        // choice k < m: knapsack k; k = m: left out
        for_each_assignment(8, 3, &mut |a| {
            let mut load = [0u32; 2];
            let mut profit = 0u64;
            for (i, &k) in a.iter().enumerate() {
                if k < 2 {
                    load[k as usize] += d.weights[i];
                    profit += u64::from(d.profits[i]);
                }
            }
            if load.iter().all(|&l| l <= d.capacity) {
                best = best.max(profit);
            }
        });
        let p = d.to_problem("mkp_tiny").unwrap();
        assert_eq!(solved_optimum(&p), best as f64, "seed {seed}");
    }
}

// ------------------------------------------------------- generalized assignment

#[test]
fn gap_sizes_rows_and_planted_point() {
    for (jobs, types, per_type) in [(30, 2, 3), (5, 1, 4), (9, 3, 1)] {
        let params = GapParams {
            jobs,
            agent_types: types,
            agents_per_type: per_type,
            ..Default::default()
        };
        let data = GapData::draw(&params, 7).unwrap();
        let p = generate::gap(&params, 7).unwrap();
        let (n, m) = (jobs as usize, (types * per_type) as usize);
        assert_eq!(p.num_vars(), n * m);
        assert_eq!(p.num_rows(), n + m);
        assert_eq!(p.num_nonzeros(), 2 * n * m);
        assert!(p.var_kinds().iter().all(|&k| k == VarKind::Binary));
        assert_eq!(p.sense(), Sense::Minimize);
        assert_eq!(row_sides(&p, "assign_0"), (1.0, 1.0));
        // agents of one type share costs, weights and capacity
        for a in 0..m as u32 {
            let t = data.type_of(a);
            let cap = f64::from(data.capacities[t]);
            assert_eq!(row_sides(&p, &format!("cap_{a}")), (f64::NEG_INFINITY, cap));
            let x = p.var_by_name(&format!("x_2_{a}")).unwrap();
            assert_eq!(p.objective_coefficient(x), f64::from(data.costs[2][t]));
        }
        let planted = data.planted();
        let x = data.solution(&planted).unwrap();
        assert!(feasible(&p, x.values()));
        assert_eq!(objective(&p, x.values()), data.cost(&planted) as f64);
    }
}

#[test]
fn gap_identical_agents_are_one_orbitope_per_type() {
    let params = GapParams {
        jobs: 12,
        agent_types: 3,
        agents_per_type: 4,
        ..Default::default()
    };
    let p = generate::gap(&params, 5).unwrap();
    let (log_g, shapes) = orbitopes(&p);
    assert!(log_g >= 3.0 * log10_factorial(4) - 1e-9, "{log_g}");
    assert_eq!(shapes, [(12, 4), (12, 4), (12, 4)]);
}

#[test]
fn gap_tiny_optimum_matches_enumeration() {
    for seed in [1, 2] {
        let params = GapParams {
            jobs: 7,
            agent_types: 2,
            agents_per_type: 2,
            capacity_ratio: 0.6,
        };
        let d = GapData::draw(&params, seed).unwrap();
        let mut best = u64::MAX;
        for_each_assignment(7, 4, &mut |a| {
            let mut load = [0u32; 4];
            for (i, &ag) in a.iter().enumerate() {
                load[ag as usize] += d.weights[i][d.type_of(ag)];
            }
            let fits = (0..4).all(|ag| load[ag] <= d.capacities[d.type_of(ag as u32)]);
            if fits {
                best = best.min(d.cost(a));
            }
        });
        let p = d.to_problem("gap_tiny").unwrap();
        assert_eq!(solved_optimum(&p), best as f64, "seed {seed}");
    }
}

// --------------------------------------------------------------- cutting stock

#[test]
fn cutting_stock_sizes_rows_and_first_fit_point() {
    for items in [10, 3, 1] {
        let params = CuttingStockParams {
            items,
            ..Default::default()
        };
        let data = CuttingStockData::draw(&params, 4).unwrap();
        let p = generate::cutting_stock(&params, 4).unwrap();
        let (n, k) = (items as usize, data.rolls as usize);
        assert_eq!(p.num_vars(), n * k + k);
        assert_eq!(p.num_rows(), n + k);
        assert_eq!(p.num_nonzeros(), 2 * n * k + k);
        assert_eq!(p.sense(), Sense::Minimize);
        let x00 = p.var_by_name("x_0_0").unwrap();
        assert_eq!(p.var_kind(x00), VarKind::Integer);
        assert_eq!(p.var_upper(x00), f64::from(data.max_pieces(0)));
        let y = p.var_by_name(&format!("y_{}", k - 1)).unwrap();
        assert_eq!(p.var_kind(y), VarKind::Binary);
        assert_eq!(p.objective_coefficient(y), 1.0);
        assert_eq!(
            row_sides(&p, "demand_0"),
            (f64::from(data.demands[0]), f64::INFINITY)
        );
        assert_eq!(row_sides(&p, "roll_0"), (f64::NEG_INFINITY, 0.0));
        assert_eq!(row_len(&p, "roll_0"), n + 1);
        let ffd = data.first_fit_decreasing();
        assert_eq!(ffd.len(), k);
        let x = data.solution(&ffd).unwrap();
        assert!(feasible(&p, x.values()));
        assert_eq!(objective(&p, x.values()), k as f64);
        assert!(k as u64 >= data.material_bound());
        // one piece short of a demand is infeasible
        let mut short = ffd.clone();
        let r = short.iter().position(|pat| pat[0] > 0).unwrap();
        short[r][0] -= 1;
        let x = data.solution(&short).unwrap();
        assert!(!verify(&p, x.values(), &Tolerances::default()).feasible);
    }
}

#[test]
fn cutting_stock_identical_rolls_are_one_orbitope() {
    // distinct widths: the group is exactly S_K on the rolls
    let data =
        CuttingStockData::new(vec![450, 300, 220, 170], vec![2, 3, 2, 4], 1000, None).unwrap();
    let k = data.rolls as usize;
    assert!(k >= 3);
    let p = data.to_problem("cutstock_distinct").unwrap();
    let (log_g, shapes) = orbitopes(&p);
    assert!((log_g - log10_factorial(k as u64)).abs() < 1e-9, "{log_g}");
    assert_eq!(shapes, [(4 + 1, k)], "four item types and y");
}

#[test]
fn cutting_stock_tiny_optimum_is_the_bin_packing_of_its_pieces() {
    for seed in [1, 2] {
        let params = CuttingStockParams {
            items: 3,
            max_demand: 3,
            ..Default::default()
        };
        let d = CuttingStockData::draw(&params, seed).unwrap();
        let pieces: Vec<u32> = (0..d.widths.len())
            .flat_map(|i| std::iter::repeat_n(d.widths[i], d.demands[i] as usize))
            .collect();
        // canonical packings: piece j goes to a used roll or the next new one
        fn go(pieces: &[u32], room: &mut Vec<u32>, width: u32, best: &mut usize) {
            if room.len() >= *best {
                return;
            }
            let Some((&w, rest)) = pieces.split_first() else {
                *best = room.len();
                return;
            };
            for r in 0..room.len() {
                if room[r] >= w {
                    room[r] -= w;
                    go(rest, room, width, best);
                    room[r] += w;
                }
            }
            room.push(width - w);
            go(rest, room, width, best);
            room.pop();
        }
        let mut best = usize::MAX;
        go(&pieces, &mut Vec::new(), d.roll_width, &mut best);
        let p = d.to_problem("cutstock_tiny").unwrap();
        assert_eq!(solved_optimum(&p), best as f64, "seed {seed}");
    }
}

// ---------------------------------------------------------- graph partitioning

#[test]
fn graph_partition_sizes_rows_and_round_robin_point() {
    for (vertices, parts) in [(20, 4), (9, 2), (1, 1)] {
        let params = GraphPartitionParams {
            vertices,
            parts,
            ..Default::default()
        };
        let data = GraphPartitionData::draw(&params, 2).unwrap();
        let p = generate::graph_partition(&params, 2).unwrap();
        let (n, k, e) = (vertices as usize, parts as usize, data.graph.num_edges());
        assert_eq!(p.num_vars(), n * k + e);
        assert_eq!(p.num_rows(), n + k + 2 * e * k);
        assert_eq!(p.num_nonzeros(), 2 * n * k + 6 * e * k);
        assert!(p.var_kinds().iter().all(|&k| k == VarKind::Binary));
        assert_eq!(row_sides(&p, "assign_0"), (1.0, 1.0));
        assert_eq!(
            row_sides(&p, "size_0"),
            (f64::NEG_INFINITY, f64::from(data.part_size()))
        );
        if let Some(&(u, v)) = data.graph.edges().first() {
            let name = format!("cut_{v}_{u}_0");
            assert_eq!(row_len(&p, &name), 3);
            assert_eq!(row_sides(&p, &name), (f64::NEG_INFINITY, 0.0));
            let z = p.var_by_name(&format!("z_{u}_{v}")).unwrap();
            assert_eq!(p.objective_coefficient(z), f64::from(data.edge_weights[0]));
        }
        let rr = data.round_robin();
        let x = data.solution(&rr).unwrap();
        assert!(feasible(&p, x.values()));
        assert_eq!(objective(&p, x.values()), data.cut_weight(&rr) as f64);
        if n > data.part_size() as usize {
            let all = data.solution(&vec![0; n]).unwrap();
            assert!(!verify(&p, all.values(), &Tolerances::default()).feasible);
        }
    }
}

#[test]
fn graph_partition_identical_parts_are_one_orbitope() {
    // a path with distinct weights has no automorphism: the group is S_k
    let g = Graph::new(6, &[(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]).unwrap();
    let data = GraphPartitionData::new(g, vec![1, 2, 3, 4, 5], 3).unwrap();
    let p = data.to_problem("gpp_path").unwrap();
    let (log_g, shapes) = orbitopes(&p);
    assert!((log_g - log10_factorial(3)).abs() < 1e-9, "{log_g}");
    assert_eq!(shapes, [(6, 3)]);
}

#[test]
fn graph_partition_tiny_optimum_matches_enumeration() {
    for seed in [1, 2] {
        let params = GraphPartitionParams {
            vertices: 8,
            parts: 3,
            edge_probability: 0.4,
        };
        let d = GraphPartitionData::draw(&params, seed).unwrap();
        let mut best = u64::MAX;
        for_each_assignment(8, 3, &mut |a| {
            let mut size = [0u32; 3];
            a.iter().for_each(|&q| size[q as usize] += 1);
            if size.iter().all(|&s| s <= d.part_size()) {
                best = best.min(d.cut_weight(a));
            }
        });
        let p = d.to_problem("gpp_tiny").unwrap();
        assert_eq!(solved_optimum(&p), best as f64, "seed {seed}");
    }
}

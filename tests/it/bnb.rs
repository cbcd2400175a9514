//! symbreak's branch-and-cut on small symmetric instances: the optimum it
//! proves equals the one found by enumeration (microlp cannot prove some
//! 9-item bin packings in two minutes), with and without symmetry handling
//! and cuts,
//! and every bound it reports is valid (never beyond the optimum), also
//! when a node limit stops it.

use symbreak::bnb::{BnbSettings, branch_and_cut};
use symbreak::generate::{
    BinPackingData, BinPackingParams, ColoringData, ColoringParams, MultiKnapsackParams, PcmaxData,
    PcmaxParams, multi_knapsack,
};
use symbreak::model::{Problem, Sense};
use symbreak::status::Status;
use symbreak::verify::{Tolerances, verify};

use crate::bnb_heuristics::HEURISTICS;

/// Small symmetric instances with their optima, found by enumerating
/// canonical assignments (item, vertex or job `i` goes to a bin, color or
/// machine already used or to the next new one: every partition once).
fn instances() -> Vec<(Problem, f64)> {
    let mut out = Vec::new();
    for seed in 1..=4 {
        let bpp = BinPackingParams {
            items: 9,
            ..BinPackingParams::default()
        };
        let d = BinPackingData::draw(&bpp, seed).unwrap();
        let best = canonical_min(d.sizes.len(), d.bins as usize, &|assign: &[usize]| {
            let mut load = vec![0u32; d.bins as usize];
            for (i, &b) in assign.iter().enumerate() {
                load[b] += d.sizes[i];
                if load[b] > d.capacity {
                    return None;
                }
            }
            Some(assign.iter().max().map_or(0, |&m| m + 1) as f64)
        });
        out.push((d.to_problem(&format!("bpp9_{seed}")).unwrap(), best));
        let col = ColoringParams {
            vertices: 9,
            edge_probability: 0.4,
            colors: Some(5),
        };
        let d = ColoringData::draw(&col, seed).unwrap();
        let best = canonical_min(9, d.colors as usize, &|assign: &[usize]| {
            let clash = d.graph.edges().iter().any(|&(u, v)| {
                let (u, v) = (u as usize, v as usize);
                u < assign.len() && v < assign.len() && assign[u] == assign[v]
            });
            (!clash).then(|| assign.iter().max().map_or(0, |&m| m + 1) as f64)
        });
        out.push((d.to_problem(&format!("col9_{seed}")).unwrap(), best));
        let pc = PcmaxParams {
            jobs: 9,
            machines: 3,
            ..PcmaxParams::default()
        };
        let d = PcmaxData::draw(&pc, seed).unwrap();
        let best = canonical_min(d.times.len(), d.machines as usize, &|assign: &[usize]| {
            let mut load = vec![0u32; d.machines as usize];
            for (i, &m) in assign.iter().enumerate() {
                load[m] += d.times[i];
            }
            Some(f64::from(load.into_iter().max().unwrap_or(0)))
        });
        out.push((d.to_problem(&format!("pcmax9_{seed}")).unwrap(), best));
    }
    out
}

/// The least `cost` over canonical assignments of `n` elements to at most
/// `k` groups; `cost` is called on every prefix and returns `None` when the
/// prefix is already infeasible.
fn canonical_min(n: usize, k: usize, cost: &dyn Fn(&[usize]) -> Option<f64>) -> f64 {
    fn go(
        assign: &mut Vec<usize>,
        n: usize,
        k: usize,
        cost: &dyn Fn(&[usize]) -> Option<f64>,
        best: &mut f64,
    ) {
        let Some(c) = cost(assign) else { return };
        if assign.len() == n {
            *best = best.min(c);
            return;
        }
        let used = assign.iter().max().map_or(0, |&m| m + 1);
        for g in 0..=used.min(k - 1) {
            assign.push(g);
            go(assign, n, k, cost, best);
            assign.pop();
        }
    }
    let mut best = f64::INFINITY;
    go(&mut Vec::new(), n, k, cost, &mut best);
    assert!(best.is_finite(), "no feasible assignment");
    best
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

/// The bound is on the right side of the optimum.
fn valid_bound(p: &Problem, bound: f64, optimum: f64) -> bool {
    match p.sense() {
        Sense::Minimize => bound <= optimum + 1e-6 * optimum.abs().max(1.0),
        Sense::Maximize => bound >= optimum - 1e-6 * optimum.abs().max(1.0),
    }
}

#[test]
fn every_variant_proves_the_enumerated_optimum_on_small_symmetric_instances() {
    let variants = [
        ("all", BnbSettings::default()),
        (
            "no symmetry",
            BnbSettings {
                symmetry: false,
                ..BnbSettings::default()
            },
        ),
        (
            "no cuts",
            BnbSettings {
                cuts: false,
                ..BnbSettings::default()
            },
        ),
        (
            "no strong branching",
            BnbSettings {
                strong_candidates: 0,
                ..BnbSettings::default()
            },
        ),
    ];
    for (p, optimum) in instances() {
        for (name, settings) in &variants {
            let r = branch_and_cut(&p, settings);
            assert_eq!(r.status, Status::Optimal, "{} [{name}]", p.name());
            let x = r.solution.as_ref().unwrap();
            assert!(verify(&p, x, &Tolerances::default()).feasible);
            let obj = r.objective.unwrap();
            assert!(
                close(obj, optimum),
                "{} [{name}]: {obj} vs microlp {optimum}",
                p.name()
            );
            assert!(close(r.bound.unwrap(), optimum), "{} [{name}]", p.name());
        }
    }
}

/// A multiple knapsack with five identical knapsacks (30 items) whose LP
/// bound stays one unit above the optimum through most of a plain tree:
/// 197,000 nodes without cuts below the root, under 6,000 with them
/// (session 14, seeds 17181–17183 alike).
#[test]
fn cut_rounds_below_the_root_prove_a_multiple_knapsack_in_a_small_tree() {
    let p = multi_knapsack(&MultiKnapsackParams::default(), 17181).unwrap();
    let limit = Some(50_000);
    let with = branch_and_cut(
        &p,
        &BnbSettings {
            node_limit: limit,
            ..BnbSettings::default()
        },
    );
    assert_eq!(with.status, Status::Optimal);
    assert_eq!(with.objective, Some(839.0));
    assert!(verify(&p, with.solution.as_ref().unwrap(), &Tolerances::default()).feasible);
    assert!(with.stats.node_cut_rounds > 0 && with.stats.node_cuts > 0);
    let without = branch_and_cut(
        &p,
        &BnbSettings {
            node_limit: limit,
            disabled: vec!["cuts.nodes".to_string()],
            ..BnbSettings::default()
        },
    );
    assert_eq!(without.stats.node_cut_rounds, 0);
    assert_ne!(
        without.status,
        Status::Optimal,
        "{} nodes",
        without.stats.nodes
    );
    // Its bound is still valid.
    assert!(without.bound.unwrap() >= 839.0 - 1e-9);
}

#[test]
fn symmetry_handling_fixes_variables_and_shrinks_the_tree() {
    let mut with_nodes = 0;
    let mut without_nodes = 0;
    let mut fixings = 0;
    for (p, _) in instances() {
        let with = branch_and_cut(&p, &BnbSettings::default());
        let without = branch_and_cut(
            &p,
            &BnbSettings {
                symmetry: false,
                ..BnbSettings::default()
            },
        );
        with_nodes += with.stats.nodes;
        without_nodes += without.stats.nodes;
        fixings += with
            .stats
            .component("prop.orbitopal")
            .map_or(0, |c| c.found);
        assert!(with.stats.orbitopes >= 1, "{}: no orbitope", p.name());
        assert_eq!(without.stats.orbitopes, 0);
    }
    assert!(fixings > 0);
    assert!(
        with_nodes < without_nodes,
        "nodes with symmetry handling {with_nodes}, without {without_nodes}"
    );
}

#[test]
fn a_node_limit_leaves_an_honest_bound_and_a_verified_point() {
    for (p, optimum) in instances() {
        for limit in [1, 3, 10] {
            let r = branch_and_cut(
                &p,
                &BnbSettings {
                    node_limit: Some(limit),
                    ..BnbSettings::default()
                },
            );
            if let Some(b) = r.bound {
                assert!(
                    valid_bound(&p, b, optimum),
                    "{} after {limit} nodes: bound {b}, optimum {optimum}",
                    p.name()
                );
            }
            if let Some(x) = &r.solution {
                assert!(verify(&p, x, &Tolerances::default()).feasible);
                let obj = r.objective.unwrap();
                assert!(valid_bound(&p, optimum, obj), "{}: {obj}", p.name());
            }
            match r.status {
                Status::Optimal => assert!(close(r.objective.unwrap(), optimum)),
                Status::Feasible | Status::NoSolutionFound => {}
                other => panic!("{}: {other:?}", p.name()),
            }
        }
    }
}

#[test]
fn a_warm_start_is_kept_or_improved() {
    for (p, optimum) in instances().into_iter().take(6) {
        let first = branch_and_cut(
            &p,
            &BnbSettings {
                node_limit: Some(1),
                ..BnbSettings::default()
            },
        );
        let Some(x) = first.solution else { continue };
        let r = branch_and_cut(
            &p,
            &BnbSettings {
                warm_start: Some(x),
                ..BnbSettings::default()
            },
        );
        assert_eq!(r.status, Status::Optimal);
        let (start, end) = (first.objective.unwrap(), r.objective.unwrap());
        // Never worse than the start, and optimal.
        assert!(
            valid_bound(&p, end, start),
            "{}: {start} -> {end}",
            p.name()
        );
        assert!(close(end, optimum), "{}: {end} vs {optimum}", p.name());
    }
}

/// A 12-item bin packing the search proves in a few nodes.
fn packing12() -> Problem {
    use symbreak::generate::Family;
    BinPackingParams {
        items: 12,
        ..BinPackingParams::default()
    }
    .generate(5)
    .unwrap()
}

#[test]
fn the_feed_hears_of_every_incumbent_the_search_keeps_and_its_points_come_in() {
    use std::sync::{Arc, Mutex};
    use symbreak::bnb::IncumbentFeed;
    let p = packing12();
    let alone = branch_and_cut(&p, &BnbSettings::default());
    assert_eq!(alone.status, Status::Optimal);
    let optimum = alone.solution.clone().unwrap();
    // The search alone keeps a point at its first incumbent and at every
    // improvement: the sink hears each one, the last being the answer.
    let heard = Arc::new(Mutex::new(Vec::<Vec<f64>>::new()));
    let sink = Arc::clone(&heard);
    let silent =
        IncumbentFeed::new(|_| None).on_found(move |x| sink.lock().unwrap().push(x.to_vec()));
    let settings = BnbSettings {
        incumbent_feed: Some(silent),
        ..BnbSettings::default()
    };
    let run = branch_and_cut(&p, &settings);
    let heard = heard.lock().unwrap().clone();
    assert_eq!(
        heard.len(),
        run.incumbents.len(),
        "one report per incumbent"
    );
    assert_eq!(heard.last(), run.solution.as_ref());
    for x in &heard {
        assert!(verify(&p, x, &Tolerances::default()).feasible);
    }
    // Fed the optimum from the start (with its own heuristics off, so it
    // cannot find it first), the search takes it from the feed.
    let given = optimum.clone();
    let feed = IncumbentFeed::new(move |_| Some(given.clone()));
    let fed = branch_and_cut(
        &p,
        &BnbSettings {
            incumbent_feed: Some(feed),
            disabled: vec!["heur.fix_and_propagate".into(), "heur.lp_dive".into()],
            ..BnbSettings::default()
        },
    );
    assert_eq!(fed.status, Status::Optimal);
    assert_eq!(fed.objective, alone.objective);
    assert!(fed.stats.fed_incumbents >= 1, "{:?}", fed.stats);
}

#[test]
fn a_confident_prediction_of_an_optimum_leads_the_first_plunge_to_an_optimum() {
    use std::sync::{Arc, OnceLock};
    use symbreak::bnb::{Guide, IncumbentFeed};
    let p = packing12();
    let alone = branch_and_cut(&p, &BnbSettings::default());
    assert_eq!(alone.status, Status::Optimal);
    let optimum = alone.solution.clone().unwrap();
    // The prediction: the optimum, confidently. Without heuristics and
    // symmetry handling every node of the first plunge keeps the optimum
    // in its LP, so the first integral LP point is an optimum too.
    let run = |prediction: Vec<f64>, disabled: &[&str]| {
        let guide: Guide = Arc::new(OnceLock::new());
        guide.set(prediction).unwrap();
        let settings = BnbSettings {
            incumbent_feed: Some(IncumbentFeed::new(|_| None).with_guide(guide)),
            symmetry: false,
            disabled: disabled.iter().map(|s| s.to_string()).collect(),
            ..BnbSettings::default()
        };
        branch_and_cut(&p, &settings)
    };
    let confident: Vec<f64> = optimum.iter().map(|&x| 0.02 + 0.96 * x).collect();
    let guided = run(confident.clone(), &HEURISTICS);
    assert_eq!(guided.status, Status::Optimal);
    assert_eq!(guided.objective, alone.objective);
    assert!(guided.stats.guided_branchings >= 1, "{:?}", guided.stats);
    let first = guided.incumbents.first().expect("an incumbent").1;
    assert_eq!(Some(first), alone.objective, "{:?}", guided.incumbents);
    // Switched off, or unsure (0.5 everywhere), or of the wrong length,
    // it orders nothing.
    let mut off = HEURISTICS.to_vec();
    off.push("branch.guide");
    assert_eq!(run(confident.clone(), &off).stats.guided_branchings, 0);
    let unsure = vec![0.5; optimum.len()];
    assert_eq!(run(unsure, &HEURISTICS).stats.guided_branchings, 0);
    let short = confident[1..].to_vec();
    assert_eq!(run(short, &HEURISTICS).stats.guided_branchings, 0);
}

#[test]
fn a_large_root_lp_is_preceded_by_a_walk_that_finds_a_point() {
    use symbreak::generate::{ColoringParams, Family};
    // A 15-coloring of G(100, 0.3): 1,515 binaries, about 23,000 rows; the
    // root LP took more than 30 s in session 11. With no node processed
    // (node limit 0) the walk before the root LP has found a coloring.
    let p = ColoringParams {
        vertices: 100,
        edge_probability: 0.3,
        colors: Some(15),
    }
    .generate(14101)
    .unwrap();
    let settings = BnbSettings {
        node_limit: Some(0),
        ..BnbSettings::default()
    };
    let run = branch_and_cut(&p, &settings);
    let x = run
        .solution
        .as_ref()
        .expect("a coloring before the root LP");
    assert!(verify(&p, x, &Tolerances::default()).feasible);
    assert_eq!(run.stats.nodes, 0);
    let walk = run.stats.component("heur.feasibility_jump").unwrap();
    assert_eq!((walk.calls, walk.found), (1, 1), "{walk:?}");
    // Not proven: the root is open.
    assert_ne!(run.status, Status::Optimal);
    // A small problem gets no walk before its root.
    let small = branch_and_cut(&packing12(), &settings);
    assert_eq!(
        small
            .stats
            .component("heur.feasibility_jump")
            .unwrap()
            .calls,
        0
    );
}

#[test]
fn a_raised_interrupt_stops_the_search_before_its_first_node() {
    use symbreak::budget::Interrupt;
    let p = packing12();
    let interrupt = Interrupt::new();
    interrupt.raise();
    let run = branch_and_cut(
        &p,
        &BnbSettings {
            interrupt: Some(interrupt),
            ..BnbSettings::default()
        },
    );
    assert_ne!(run.status, Status::Optimal, "{:?}", run.stats);
    assert_eq!(run.stats.nodes, 0);
    // Without the interrupt the same search proves the optimum.
    assert_eq!(
        branch_and_cut(&p, &BnbSettings::default()).status,
        Status::Optimal
    );
}

#[test]
fn once_the_root_lp_is_solved_its_bound_is_reported_even_when_time_runs_out() {
    use std::time::Duration;
    use symbreak::generate::Family;
    // 150 items (22,650 binaries): the root's cut rounds take longer than
    // the limit on this machine class; whatever the machine, once the root
    // LP has a value, the reported bound is at least that value.
    let p = BinPackingParams {
        items: 150,
        ..BinPackingParams::default()
    }
    .generate(10301)
    .unwrap();
    let run = branch_and_cut(
        &p,
        &BnbSettings {
            time_limit: Some(Duration::from_secs(1)),
            ..BnbSettings::default()
        },
    );
    let Some(root) = run.stats.root_lp else {
        // The root LP itself did not finish: nothing is claimed.
        return;
    };
    let bound = run.bound.expect("a bound once the root LP is solved");
    assert!(
        bound >= root - 1e-6,
        "bound {bound} below the root LP {root}"
    );
    if let Some(z) = run.objective {
        assert!(bound <= z + 1e-6, "bound {bound} above the incumbent {z}");
    }
}

#[test]
fn sub_mips_with_presolve_hand_their_heuristics_the_incumbent_in_their_own_columns() {
    use symbreak::generate::{Family, MultiKnapsackParams};
    // A multiple knapsack whose RINS sub-MIPs presolve away most columns:
    // their heuristics (1-opt) once got the incumbent in the original
    // columns and panicked; the solve then ended in numerical trouble.
    let p = MultiKnapsackParams {
        items: 30,
        knapsacks: 5,
        ..MultiKnapsackParams::default()
    }
    .generate(9701)
    .unwrap();
    let run = branch_and_cut(
        &p,
        &BnbSettings {
            node_limit: Some(20_000),
            ..BnbSettings::default()
        },
    );
    assert!(
        matches!(run.status, Status::Optimal | Status::Feasible),
        "{:?}",
        run.status
    );
    let x = run.solution.expect("a point");
    assert!(verify(&p, &x, &Tolerances::default()).feasible);
}

/// A cut round whose re-solve runs into numerical trouble is taken back
/// instead of failing the root: MIPLIB dsbmip's root keeps its bound after
/// the cuts and runs its heuristics (before, the root reported no bound
/// after cuts, skipped RENS, ten node LPs failed and the first point came
/// at node 69, after 5 s).
#[test]
fn a_cut_round_that_fails_is_taken_back_and_the_root_goes_on() {
    let Some(dir) = crate::common::miplib3_dir() else {
        return;
    };
    let p = symbreak::io::read_problem(dir.join("dsbmip.mps.gz"))
        .unwrap()
        .problem;
    let settings = BnbSettings {
        time_limit: Some(std::time::Duration::from_secs(60)),
        ..BnbSettings::default()
    };
    let r = branch_and_cut(&p, &settings);
    assert_eq!(r.status, Status::Optimal);
    assert!((r.objective.unwrap() - (-305.198_175)).abs() < 1e-4);
    assert!(
        r.stats.root_cut_lp.is_some(),
        "the root lost its bound after the cuts"
    );
}

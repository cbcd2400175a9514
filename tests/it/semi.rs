//! Semi-continuous and semi-integer variables (#16): both readers and
//! writers, `verify`, the solve path through the exact reformulation
//! (checked against a brute force over the on/off patterns, each solved as
//! a plain problem), symmetry colors and `info`.

use std::process::Command;

use symbreak::io::{Format, parse_str};
use symbreak::model::{ModelError, Problem, ProblemBuilder, VarId, VarKind};
use symbreak::solve::{MicrolpBackend, SolveSettings, Status, solve};
use symbreak::symmetry::graph::ColoredGraph;
use symbreak::verify::{Tolerances, verify};

use crate::common::assert_same_problem;

const BIN: &str = env!("CARGO_BIN_EXE_symbreak");

fn mps(bounds: &str, integer: bool) -> String {
    let (open, close) = if integer {
        (
            "    M1  'MARKER'  'INTORG'\n",
            "    M2  'MARKER'  'INTEND'\n",
        )
    } else {
        ("", "")
    };
    format!(
        "NAME t\nROWS\n N obj\n G c1\nCOLUMNS\n{open}    x obj 1 c1 1\n{close}    y obj 3 c1 1\n\
         RHS\n    rhs c1 2.5\nBOUNDS\n{bounds}ENDATA\n"
    )
}

fn read(format: Format, text: &str) -> Problem {
    parse_str(format, text, "t")
        .unwrap_or_else(|e| panic!("{text}: {e}"))
        .problem
}

fn x_of(p: &Problem) -> VarId {
    p.var_by_name("x").unwrap()
}

#[test]
fn mps_sc_bound_is_the_upper_bound_with_the_lower_from_lo_in_either_order() {
    for bounds in [" SC bnd x 4\n LO bnd x 2\n", " LO bnd x 2\n SC bnd x 4\n"] {
        let p = read(Format::Mps, &mps(bounds, false));
        let x = x_of(&p);
        assert!(p.is_semi(x), "{bounds}");
        assert_eq!(p.var_kind(x), VarKind::Continuous);
        assert_eq!((p.var_lower(x), p.var_upper(x)), (2.0, 4.0));
    }
    // On an integer column: semi-integer (as SCIP reads it).
    let p = read(Format::Mps, &mps(" SC bnd x 4\n LO bnd x 2\n", true));
    let x = x_of(&p);
    assert!(p.is_semi(x));
    assert_eq!(p.var_kind(x), VarKind::Integer);
    assert_eq!(p.stats().semi_integer_cols, 1);
    assert_eq!(p.stats().semi_continuous_cols, 0);
}

#[test]
fn mps_sc_whose_bounds_hold_zero_is_a_plain_column_and_infinite_ones_are_errors() {
    // No LO: `{0} ∪ [0, 4]` is `[0, 4]`; SC 0 is `{0}`.
    for (bounds, up) in [(" SC bnd x 4\n", 4.0), (" SC bnd x 0\n", 0.0)] {
        let p = read(Format::Mps, &mps(bounds, false));
        let x = x_of(&p);
        assert!(!p.is_semi(x), "{bounds}");
        assert_eq!((p.var_lower(x), p.var_upper(x)), (0.0, up));
    }
    let e = parse_str(
        Format::Mps,
        &mps(" SC bnd x inf\n LO bnd x 2\n", false),
        "t.mps",
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("semi-continuous column 'x' needs a finite SC bound"),
        "{e}"
    );
    assert!(e.starts_with("t.mps:12:"), "{e}");
    // A negative SC value with the default lower bound 0: inconsistent
    // (SCIP reads the file as infeasible).
    assert!(parse_str(Format::Mps, &mps(" SC bnd x -1\n", false), "t.mps").is_err());
    assert!(parse_str(Format::Mps, &mps(" SI bnd x 4\n", false), "t.mps").is_err());
}

#[test]
fn lp_semi_section_uses_the_bounds_section_and_general_for_semi_integers() {
    let base = "min\n obj: x + 3 y\nst\n c1: x + y >= 2.5\nbounds\n 2 <= x <= 4\n";
    for header in ["semi-continuous", "Semi", "semis"] {
        let p = read(Format::Lp, &format!("{base}{header}\n x\nend\n"));
        let x = x_of(&p);
        assert!(p.is_semi(x), "{header}");
        assert_eq!(p.var_kind(x), VarKind::Continuous);
        assert_eq!((p.var_lower(x), p.var_upper(x)), (2.0, 4.0));
    }
    let p = read(Format::Lp, &format!("{base}semi\n x\ngeneral\n x\nend\n"));
    assert!(p.is_semi(x_of(&p)));
    assert_eq!(p.var_kind(x_of(&p)), VarKind::Integer);
    // No bounds: `{0} ∪ [0, inf]`, a plain variable.
    let p = read(Format::Lp, "min\n obj: x\nst\n c: x >= 1\nsemi\n x\n");
    assert!(!p.has_semi());
    // A lower bound without an upper one: an error at the section line.
    let e = parse_str(
        Format::Lp,
        "min\n obj: x\nst\n c: x + y >= 1\nbounds\n x >= 2\nsemi\n x\n",
        "t.lp",
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("semi-continuous variable 'x' needs finite bounds"),
        "{e}"
    );
    // A new name in the section is a new variable, as in General.
    let p = read(Format::Lp, "min\n obj: x\nst\n c: x >= 1\nsemi\n q\n");
    assert_eq!(p.var_names(), ["x", "q"]);
}

/// Semi-continuous, semi-integer, negative and single-valued semi
/// variables beside plain ones with the same bounds.
fn mixed() -> Problem {
    let mut b = ProblemBuilder::new("mixed");
    let specs = [
        ("sc", VarKind::Continuous, 2.0, 4.5, true),
        ("si", VarKind::Integer, 3.0, 7.0, true),
        ("neg", VarKind::Continuous, -5.0, -1.25, true),
        ("one", VarKind::Continuous, 3.0, 3.0, true),
        ("plain", VarKind::Continuous, 2.0, 4.5, false),
        ("pint", VarKind::Integer, 3.0, 7.0, false),
    ];
    let mut vars = Vec::new();
    for (i, &(name, kind, lo, up, semi)) in specs.iter().enumerate() {
        let v = b.add_var(name, kind, lo, up, 1.0 + i as f64).unwrap();
        b.set_semi(v, semi).unwrap();
        vars.push((v, 1.0));
    }
    // One-sided: the LP writer splits ranged rows in two (as SCIP and
    // HiGHS do), which `assert_same_problem` would count as a change.
    b.add_row("sum", 1.0, f64::INFINITY, &vars).unwrap();
    b.build().unwrap()
}

#[test]
fn both_writers_keep_semi_variables_through_round_trips() {
    let p = mixed();
    assert_eq!(p.semi_flags(), [true, true, true, true, false, false]);
    let via_mps = read(Format::Mps, &symbreak::io::mps::write_string(&p).unwrap());
    assert_same_problem(&p, &via_mps);
    let lp = symbreak::io::lp::write_string(&p).unwrap();
    assert!(lp.contains("Semi-Continuous\n"), "{lp}");
    let via_lp = read(Format::Lp, &lp);
    assert_same_problem(&p, &via_lp);
    let across = read(
        Format::Mps,
        &symbreak::io::mps::write_string(&via_lp).unwrap(),
    );
    assert_same_problem(&p, &across);
}

#[test]
fn the_builder_drops_empty_flags_and_rejects_infinite_semi_bounds() {
    let mut b = ProblemBuilder::new("b");
    let v = b.add_var("v", VarKind::Continuous, 0.0, 5.0, 0.0).unwrap();
    b.set_semi(v, true).unwrap();
    let w = b.add_var("w", VarKind::Integer, 0.0, 1.0, 0.0).unwrap();
    b.set_semi(w, true).unwrap();
    let p = b.build().unwrap();
    assert!(!p.has_semi());
    assert_eq!(p.var_kind(w), VarKind::Binary);
    let mut b = ProblemBuilder::new("b");
    let v = b
        .add_var("v", VarKind::Continuous, 1.0, f64::INFINITY, 0.0)
        .unwrap();
    b.set_semi(v, true).unwrap();
    assert!(matches!(b.build(), Err(ModelError::InvalidSemi { .. })));
}

#[test]
fn verify_allows_zero_and_the_interval_only() {
    let p = mixed();
    let tol = Tolerances::default();
    // sc si neg one plain pint; the row wants a sum of at least 1.
    let ok = |x: [f64; 6]| verify(&p, &x, &tol).feasible;
    assert!(ok([0.0, 0.0, 0.0, 0.0, 2.0, 3.0]));
    assert!(ok([3.0, 4.0, -2.0, 3.0, 2.0, 3.0]));
    assert!(
        ok([1e-7, -1e-7, 0.0, 0.0, 2.0, 3.0]),
        "zero within the tolerance"
    );
    assert!(
        !ok([1.0, 0.0, 0.0, 0.0, 2.0, 3.0]),
        "between 0 and the lower bound"
    );
    assert!(!ok([4.6, 0.0, 0.0, 0.0, 2.0, 3.0]), "above the upper bound");
    assert!(
        !ok([0.0, 4.5, 0.0, 0.0, 2.0, 3.0]),
        "fractional semi-integer"
    );
    assert!(
        !ok([0.0, 0.0, -0.5, 0.0, 2.0, 3.0]),
        "between the upper bound and 0"
    );
    assert!(!ok([0.0, 0.0, 0.0, 2.0, 2.0, 3.0]), "beside a single value");
    assert!(!ok([0.0, 0.0, 0.0, 0.0, 0.0, 3.0]), "a plain variable at 0");
    let r = verify(&p, &[1.0, 0.0, 0.0, 0.0, 2.0, 3.0], &tol);
    assert_eq!(r.worst[0].name, "sc");
}

/// min c·(x1, x2, y) with x1 semi-continuous in [2, 5], x2 semi-integer in
/// [3, 6], y plain in [0, 10]: demand x1 + x2 + y >= d, capacity
/// x1 + x2 <= cap.
fn fixed_charge(costs: [f64; 3], d: f64, cap: f64) -> Problem {
    let mut b = ProblemBuilder::new("fc");
    let x1 = b
        .add_var("x1", VarKind::Continuous, 2.0, 5.0, costs[0])
        .unwrap();
    let x2 = b
        .add_var("x2", VarKind::Integer, 3.0, 6.0, costs[1])
        .unwrap();
    let y = b
        .add_var("y", VarKind::Continuous, 0.0, 10.0, costs[2])
        .unwrap();
    b.set_semi(x1, true).unwrap();
    b.set_semi(x2, true).unwrap();
    b.add_row(
        "demand",
        d,
        f64::INFINITY,
        &[(x1, 1.0), (x2, 1.0), (y, 1.0)],
    )
    .unwrap();
    b.add_row("cap", f64::NEG_INFINITY, cap, &[(x1, 1.0), (x2, 1.0)])
        .unwrap();
    b.build().unwrap()
}

/// The optimum over the four on/off patterns, each a plain problem (the
/// semi variable fixed to 0 or kept in its bounds), or `None`.
fn brute_force(p: &Problem) -> Option<f64> {
    let semis: Vec<VarId> = p.vars().filter(|&v| p.is_semi(v)).collect();
    let mut best: Option<f64> = None;
    for pattern in 0..1u32 << semis.len() {
        let mut b = p.to_builder();
        for (k, &v) in semis.iter().enumerate() {
            b.set_semi(v, false).unwrap();
            if pattern >> k & 1 == 0 {
                b.set_var_bounds(v, 0.0, 0.0).unwrap();
            }
        }
        let plain = b.build().unwrap();
        assert!(!plain.has_semi());
        let out = solve(&plain, &SolveSettings::default(), &MicrolpBackend).unwrap();
        if let Some(o) = out.objective.filter(|_| out.status == Status::Optimal) {
            best = Some(best.map_or(o, |b: f64| b.min(o)));
        }
    }
    best
}

#[test]
fn solve_matches_a_brute_force_over_the_on_off_patterns() {
    let mut seen_zero = false;
    let mut seen_on = false;
    for costs in [[1.0, 2.0, 4.0], [5.0, 1.5, 4.0], [0.5, 0.4, 3.0]] {
        for (d, cap) in [
            (0.0, 20.0),
            (1.5, 20.0),
            (2.5, 20.0),
            (4.2, 20.0),
            (7.5, 20.0),
            (12.0, 8.0),
            (16.0, 11.0),
            (30.0, 11.0), // needs y > 10: infeasible
            (1.0, 1.0),   // only y can serve
        ] {
            let p = fixed_charge(costs, d, cap);
            let out = solve(&p, &SolveSettings::default(), &MicrolpBackend).unwrap();
            let expected = brute_force(&p);
            let case = format!("costs {costs:?}, d {d}, cap {cap}: {out:?}");
            match expected {
                None => assert_eq!(out.status, Status::Infeasible, "{case}"),
                Some(e) => {
                    assert_eq!(out.status, Status::Optimal, "{case}");
                    let o = out.objective.unwrap();
                    assert!(
                        (o - e).abs() <= 1e-6 * e.abs().max(1.0),
                        "{case}: {o} vs {e}"
                    );
                    let x = out.solution.as_ref().unwrap().values();
                    assert_eq!(x.len(), 3, "indicators dropped");
                    assert!(verify(&p, x, &Tolerances::default()).feasible, "{case}");
                    seen_zero |= x[0].abs() < 1e-6 && d > 0.0;
                    seen_on |= x[0] > 1.0;
                }
            }
        }
    }
    assert!(
        seen_zero && seen_on,
        "some optimum uses x1 = 0, some x1 in [2, 5]"
    );
}

#[test]
fn optimum_at_zero_and_optimum_inside_the_interval() {
    // d = 1.5: x1 (cost 1, at least 2 units) beats y (cost 4): x1 = 2.
    let p = fixed_charge([1.0, 2.0, 4.0], 1.5, 20.0);
    let out = solve(&p, &SolveSettings::default(), &MicrolpBackend).unwrap();
    assert_eq!(out.status, Status::Optimal);
    let x = out.solution.unwrap().values().to_vec();
    assert!((x[0] - 2.0).abs() < 1e-6 && x[1].abs() < 1e-6, "{x:?}");
    assert!((out.objective.unwrap() - 2.0).abs() < 1e-9);
    // x1 costs 5 a unit (10 at its least): y = 1.5 (cost 6), x1 = 0.
    let p = fixed_charge([5.0, 2.5, 4.0], 1.5, 20.0);
    let out = solve(&p, &SolveSettings::default(), &MicrolpBackend).unwrap();
    assert_eq!(out.status, Status::Optimal);
    let x = out.solution.unwrap().values().to_vec();
    assert!(x[0].abs() < 1e-6 && x[1].abs() < 1e-6, "{x:?}");
    assert!((out.objective.unwrap() - 6.0).abs() < 1e-6);
}

#[test]
fn fixings_warm_starts_and_the_relaxation_respect_semi_domains() {
    let p = fixed_charge([1.0, 2.0, 4.0], 1.5, 20.0);
    let x1 = VarId(0);
    let fixed = |value: f64| SolveSettings {
        fixings: vec![(x1, value)],
        ..SolveSettings::default()
    };
    let at_zero = solve(&p, &fixed(0.0), &MicrolpBackend).unwrap();
    assert_eq!(at_zero.status, Status::Optimal);
    assert!((at_zero.objective.unwrap() - 6.0).abs() < 1e-6);
    assert!(at_zero.original_report.unwrap().feasible);
    let between = solve(&p, &fixed(1.0), &MicrolpBackend).unwrap();
    assert_eq!(between.status, Status::Infeasible);
    // A warm start at x1 = 0 is verified against the semi domain.
    let warm = SolveSettings {
        warm_start: Some(symbreak::model::Solution::from_values(vec![0.0, 0.0, 1.5])),
        ..SolveSettings::default()
    };
    let out = solve(&p, &warm, &MicrolpBackend).unwrap();
    assert_eq!(out.warm_start, symbreak::solve::WarmStartVerdict::Accepted);
    assert!((out.objective.unwrap() - 2.0).abs() < 1e-9);
    // The relaxation's hull [0, 5] lets x1 = 1.5: bound 1.5 <= 2.
    let relaxed = SolveSettings {
        lp_relaxation: true,
        ..SolveSettings::default()
    };
    let lp = solve(&p, &relaxed, &MicrolpBackend).unwrap();
    assert_eq!(lp.status, Status::Optimal);
    assert!((lp.objective.unwrap() - 1.5).abs() < 1e-6, "{lp:?}");
    // A backend called directly refuses semi variables.
    use symbreak::solve::{Backend, BackendOptions};
    let options = BackendOptions {
        budget: symbreak::budget::Budget::unlimited(),
        relative_gap: 0.0,
        warm_start: None,
        incumbent_feed: None,
        threads: None,
        verbose: false,
        known_symmetry: None,
        interrupt: None,
    };
    assert!(MicrolpBackend.solve(&p, &options).is_err());
}

#[test]
fn symmetry_colors_semi_variables_apart_from_plain_ones() {
    let p = mixed();
    let g = ColoredGraph::of_problem(&p);
    // `sc` and `plain` share bounds, kind and the row; only semi-ness
    // differs (objectives made equal).
    let mut b = p.to_builder();
    for v in p.vars() {
        b.set_objective_coefficient(v, 1.0).unwrap();
    }
    let q = b.build().unwrap();
    let g = {
        drop(g);
        ColoredGraph::of_problem(&q)
    };
    assert_ne!(g.colors[0], g.colors[4]);
    assert_ne!(g.colors[1], g.colors[5]);
    let mut b = q.to_builder();
    b.set_semi(VarId(4), true).unwrap();
    b.set_semi(VarId(5), true).unwrap();
    let g = ColoredGraph::of_problem(&b.build().unwrap());
    assert_eq!(g.colors[0], g.colors[4]);
    assert_eq!(g.colors[1], g.colors[5]);
}

#[test]
fn info_counts_semi_continuous_and_semi_integer_columns() {
    let dir = std::env::temp_dir().join(format!("symbreak-semi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mixed.lp");
    std::fs::write(&path, symbreak::io::lp::write_string(&mixed()).unwrap()).unwrap();
    let out = Command::new(BIN)
        .args(["info", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["semi_continuous_cols"], 3);
    assert_eq!(j["semi_integer_cols"], 1);
    let out = Command::new(BIN).arg("info").arg(&path).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("semi        3 semi-continuous, 1 semi-integer"),
        "{text}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

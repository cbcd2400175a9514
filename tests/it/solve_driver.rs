//! The solve driver's guarantees, on problems built in code: no unverified
//! point is ever reported, a failing or panicking backend becomes
//! `NumericalTrouble`, fixings and warm starts behave as documented, and
//! every compiled backend gets the basic statuses right.

use std::sync::Mutex;
use std::time::Duration;

use symbreak::model::{Problem, ProblemBuilder, Sense, Solution, VarId, VarKind};
use symbreak::pipeline::{PlainSettings, solve_plain};
use symbreak::solve::{
    Backend, BackendChoice, BackendError, BackendOptions, ExtraRow, MicrolpBackend, RawOutcome,
    SolveError, SolveSettings, Status, WarmStartVerdict, solve,
};

/// maximize 5x + 4y + 3z  s.t.  2x + 3y + z <= 5,  4x + y + 2z <= 11,
/// 3x + 4y + 2z <= 8,  x, y, z integer in [0, 5]. Optimum 13 at (2, 0, 1).
fn small_ilp() -> (Problem, [VarId; 3]) {
    let mut b = ProblemBuilder::new("small");
    b.set_sense(Sense::Maximize);
    let x = b.add_var("x", VarKind::Integer, 0.0, 5.0, 5.0).unwrap();
    let y = b.add_var("y", VarKind::Integer, 0.0, 5.0, 4.0).unwrap();
    let z = b.add_var("z", VarKind::Integer, 0.0, 5.0, 3.0).unwrap();
    b.add_row(
        "c1",
        f64::NEG_INFINITY,
        5.0,
        &[(x, 2.0), (y, 3.0), (z, 1.0)],
    )
    .unwrap();
    b.add_row(
        "c2",
        f64::NEG_INFINITY,
        11.0,
        &[(x, 4.0), (y, 1.0), (z, 2.0)],
    )
    .unwrap();
    b.add_row(
        "c3",
        f64::NEG_INFINITY,
        8.0,
        &[(x, 3.0), (y, 4.0), (z, 2.0)],
    )
    .unwrap();
    (b.build().unwrap(), [x, y, z])
}

fn backends() -> Vec<Box<dyn Backend>> {
    BackendChoice::available()
        .into_iter()
        .map(|c| c.backend().unwrap())
        .collect()
}

/// A backend that claims a fixed outcome without solving anything.
struct Scripted(RawOutcome);

impl Backend for Scripted {
    fn name(&self) -> &'static str {
        "scripted"
    }
    fn solve(&self, _: &Problem, _: &BackendOptions<'_>) -> Result<RawOutcome, BackendError> {
        Ok(self.0.clone())
    }
}

struct Panicking;

impl Backend for Panicking {
    fn name(&self) -> &'static str {
        "panicking"
    }
    fn solve(&self, _: &Problem, _: &BackendOptions<'_>) -> Result<RawOutcome, BackendError> {
        panic!("simulated solver crash in node 42")
    }
}

struct Failing;

impl Backend for Failing {
    fn name(&self) -> &'static str {
        "failing"
    }
    fn solve(&self, _: &Problem, _: &BackendOptions<'_>) -> Result<RawOutcome, BackendError> {
        Err(BackendError("singular basis".to_string()))
    }
}

/// Records the warm start and the problem it was given, then delegates to
/// microlp.
#[derive(Default)]
struct Recording {
    warm_start: Mutex<Option<Option<Vec<f64>>>>,
    bounds: Mutex<Vec<(f64, f64)>>,
}

impl Backend for Recording {
    fn name(&self) -> &'static str {
        "recording"
    }
    fn solve(&self, p: &Problem, o: &BackendOptions<'_>) -> Result<RawOutcome, BackendError> {
        *self.warm_start.lock().unwrap() = Some(o.warm_start.map(<[f64]>::to_vec));
        *self.bounds.lock().unwrap() = p.vars().map(|v| (p.var_lower(v), p.var_upper(v))).collect();
        MicrolpBackend.solve(p, o)
    }
}

fn claim(status: Status, values: Option<Vec<f64>>) -> Scripted {
    Scripted(RawOutcome {
        values,
        ..RawOutcome::bare(status)
    })
}

#[test]
fn every_backend_finds_the_small_optimum_and_reports_it_verified() {
    let (p, _) = small_ilp();
    for b in backends() {
        let out = solve(&p, &SolveSettings::default(), b.as_ref()).unwrap();
        assert_eq!(out.status, Status::Optimal, "{}: {out:?}", b.name());
        assert_eq!(out.objective, Some(13.0), "{}", b.name());
        assert_eq!(out.solution.as_ref().unwrap().values(), &[2.0, 0.0, 1.0]);
        assert!(out.report.as_ref().unwrap().feasible);
        assert_eq!(out.bound.map(|b| (b - 13.0).abs() < 1e-6), Some(true));
        assert_eq!(out.backend, b.name());
        assert!(out.original_report.is_none(), "nothing was modified");
    }
}

#[test]
fn a_point_that_fails_verification_is_never_reported() {
    let (p, _) = small_ilp();
    // (5, 5, 5) violates every row; c3 the most (45 > 8).
    let out = solve(
        &p,
        &SolveSettings::default(),
        &claim(Status::Optimal, Some(vec![5.0, 5.0, 5.0])),
    )
    .unwrap();
    assert_eq!(out.status, Status::NumericalTrouble);
    assert!(out.solution.is_none() && out.objective.is_none());
    assert!(!out.verified());
    let report = out.report.as_ref().expect("the failed check is kept");
    assert!(!report.feasible);
    assert_eq!(report.worst[0].name, "c3");
    assert_eq!(out.max_violation(), Some(37.0));
    let msg = out.message.unwrap();
    assert!(
        msg.contains("fails verification") && msg.contains("c3"),
        "{msg}"
    );
}

#[test]
fn a_fractional_integer_value_is_numerical_trouble_too() {
    let (p, _) = small_ilp();
    let out = solve(
        &p,
        &SolveSettings::default(),
        &claim(Status::Feasible, Some(vec![0.5, 0.0, 0.0])),
    )
    .unwrap();
    assert_eq!(out.status, Status::NumericalTrouble);
    assert_eq!(out.report.unwrap().worst[0].name, "x");
}

#[test]
fn a_panicking_backend_is_numerical_trouble_and_the_process_goes_on() {
    let (p, _) = small_ilp();
    let out = solve(&p, &SolveSettings::default(), &Panicking).unwrap();
    assert_eq!(out.status, Status::NumericalTrouble);
    assert!(out.solution.is_none());
    assert!(
        out.message
            .as_deref()
            .unwrap()
            .contains("simulated solver crash in node 42"),
        "{:?}",
        out.message
    );
    // Still alive: a real solve afterwards works.
    let again = solve(&p, &SolveSettings::default(), &MicrolpBackend).unwrap();
    assert_eq!(again.status, Status::Optimal);
}

#[test]
fn a_backend_error_is_numerical_trouble_not_err() {
    let (p, _) = small_ilp();
    let out = solve(&p, &SolveSettings::default(), &Failing).unwrap();
    assert_eq!(out.status, Status::NumericalTrouble);
    assert!(out.message.unwrap().contains("singular basis"));
}

#[test]
fn an_optimality_claim_without_a_point_is_not_believed() {
    let (p, _) = small_ilp();
    let out = solve(&p, &SolveSettings::default(), &claim(Status::Optimal, None)).unwrap();
    assert_eq!(out.status, Status::NumericalTrouble);
}

#[test]
fn fixings_that_contradict_bounds_are_infeasible_without_calling_the_backend() {
    let (p, [x, _, _]) = small_ilp();
    let settings = SolveSettings {
        fixings: vec![(x, 7.0)],
        ..SolveSettings::default()
    };
    // The panicking backend proves the backend was never called.
    let out = solve(&p, &settings, &Panicking).unwrap();
    assert_eq!(out.status, Status::Infeasible);
    assert!(out.message.unwrap().contains("'x' = 7"));

    let twice = SolveSettings {
        fixings: vec![(x, 1.0), (x, 2.0)],
        ..SolveSettings::default()
    };
    assert_eq!(
        solve(&p, &twice, &Panicking).unwrap().status,
        Status::Infeasible
    );

    let fractional = SolveSettings {
        fixings: vec![(x, 1.5)],
        ..SolveSettings::default()
    };
    assert_eq!(
        solve(&p, &fractional, &Panicking).unwrap().status,
        Status::Infeasible
    );
}

#[test]
fn fixings_that_make_the_rows_infeasible_are_proven_infeasible_by_every_backend() {
    let (p, [x, y, _]) = small_ilp();
    // 2*2 + 3*1 = 7 > 5 in c1.
    let settings = SolveSettings {
        fixings: vec![(x, 2.0), (y, 1.0)],
        ..SolveSettings::default()
    };
    for b in backends() {
        let out = solve(&p, &settings, b.as_ref()).unwrap();
        assert_eq!(out.status, Status::Infeasible, "{}: {out:?}", b.name());
        assert!(out.solution.is_none());
    }
}

#[test]
fn feasible_fixings_give_the_sub_problem_optimum_checked_against_the_original_too() {
    let (p, [x, _, _]) = small_ilp();
    let settings = SolveSettings {
        fixings: vec![(x, 0.0)],
        ..SolveSettings::default()
    };
    for b in backends() {
        let out = solve(&p, &settings, b.as_ref()).unwrap();
        // x = 0: max 4y + 3z s.t. 3y + z <= 5, y + 2z <= 11, 4y + 2z <= 8 → y=0, z=4: 12
        assert_eq!(out.status, Status::Optimal, "{}", b.name());
        assert_eq!(out.objective, Some(12.0), "{}", b.name());
        assert_eq!(out.solution.as_ref().unwrap()[x], 0.0);
        assert!(out.original_report.as_ref().unwrap().feasible);
    }
}

#[test]
fn extra_rows_restrict_the_sub_problem_only() {
    let (p, [x, y, z]) = small_ilp();
    let settings = SolveSettings {
        extra_rows: vec![ExtraRow {
            name: "cut".to_string(),
            lower: f64::NEG_INFINITY,
            upper: 1.0,
            entries: vec![(x, 1.0), (z, 1.0)],
        }],
        ..SolveSettings::default()
    };
    for b in backends() {
        let out = solve(&p, &settings, b.as_ref()).unwrap();
        assert_eq!(out.status, Status::Optimal, "{}", b.name());
        let s = out.solution.unwrap();
        assert!(s[x] + s[z] <= 1.0, "{}", b.name());
        // with x + z <= 1 the optimum is x = y = 1, z = 0 (rows 5, 5, 7): 9
        assert_eq!(out.objective, Some(9.0), "{}: {:?}", b.name(), s.values());
        assert_eq!((s[x], s[y], s[z]), (1.0, 1.0, 0.0), "{}", b.name());
    }
    let unknown = SolveSettings {
        extra_rows: vec![ExtraRow {
            name: "bad".to_string(),
            lower: 0.0,
            upper: 1.0,
            entries: vec![(VarId(99), 1.0)],
        }],
        ..SolveSettings::default()
    };
    assert!(matches!(
        solve(&p, &unknown, &MicrolpBackend),
        Err(SolveError::Subproblem(_))
    ));
}

#[test]
fn an_infeasible_warm_start_is_ignored_not_trusted() {
    let (p, _) = small_ilp();
    let rec = Recording::default();
    let settings = SolveSettings {
        warm_start: Some(Solution::from_values(vec![5.0, 5.0, 5.0])),
        ..SolveSettings::default()
    };
    let out = solve(&p, &settings, &rec).unwrap();
    assert_eq!(out.warm_start, WarmStartVerdict::Rejected);
    assert_eq!(*rec.warm_start.lock().unwrap(), Some(None), "not handed on");
    assert_eq!(out.status, Status::Optimal);
    assert_eq!(out.objective, Some(13.0));
    assert!(!out.solution_from_warm_start);
    assert!(out.notes.iter().any(|n| n.contains("warm start ignored")));

    // Even a backend that finds nothing cannot make it the answer.
    let out = solve(&p, &settings, &claim(Status::NoSolutionFound, None)).unwrap();
    assert_eq!(out.status, Status::NoSolutionFound);
    assert!(out.solution.is_none());
}

#[test]
fn a_feasible_warm_start_is_handed_on_and_reported_when_the_backend_finds_nothing() {
    let (p, _) = small_ilp();
    let start = vec![1.0, 1.0, 0.0]; // objective 9
    let settings = SolveSettings {
        warm_start: Some(Solution::from_values(start.clone())),
        ..SolveSettings::default()
    };
    let rec = Recording::default();
    let out = solve(&p, &settings, &rec).unwrap();
    assert_eq!(out.warm_start, WarmStartVerdict::Accepted);
    assert_eq!(*rec.warm_start.lock().unwrap(), Some(Some(start.clone())));
    assert_eq!(out.objective, Some(13.0));

    let out = solve(&p, &settings, &claim(Status::NoSolutionFound, None)).unwrap();
    assert_eq!(out.status, Status::Feasible);
    assert!(out.solution_from_warm_start);
    assert_eq!(out.objective, Some(9.0));

    // A worse backend point loses to the warm start, and an optimality
    // claim that the warm start refutes is downgraded.
    let worse = claim(Status::Optimal, Some(vec![1.0, 0.0, 0.0]));
    let out = solve(&p, &settings, &worse).unwrap();
    assert_eq!(out.status, Status::Feasible);
    assert_eq!(out.objective, Some(9.0));

    // An infeasibility claim that the warm start refutes is not believed.
    let out = solve(&p, &settings, &claim(Status::Infeasible, None)).unwrap();
    assert_eq!(out.status, Status::NumericalTrouble);
}

#[test]
fn bad_settings_are_errors() {
    let (p, _) = small_ilp();
    let cases = [
        SolveSettings {
            relative_gap: -1.0,
            ..SolveSettings::default()
        },
        SolveSettings {
            relative_gap: f64::NAN,
            ..SolveSettings::default()
        },
        SolveSettings {
            fixings: vec![(VarId(3), 0.0)],
            ..SolveSettings::default()
        },
        SolveSettings {
            fixings: vec![(VarId(0), f64::INFINITY)],
            ..SolveSettings::default()
        },
        SolveSettings {
            warm_start: Some(Solution::from_values(vec![0.0])),
            ..SolveSettings::default()
        },
        SolveSettings {
            threads: Some(0),
            ..SolveSettings::default()
        },
    ];
    for s in cases {
        let r = solve(&p, &s, &MicrolpBackend);
        assert!(
            matches!(r, Err(SolveError::InvalidSettings(_))),
            "{s:?}: {r:?}"
        );
    }
}

#[test]
fn the_lp_relaxation_is_verified_against_the_relaxed_problem_and_flagged_for_the_original() {
    let (p, _) = small_ilp();
    let settings = SolveSettings {
        lp_relaxation: true,
        ..SolveSettings::default()
    };
    for b in backends() {
        let out = solve(&p, &settings, b.as_ref()).unwrap();
        assert_eq!(out.status, Status::Optimal, "{}", b.name());
        let obj = out.objective.unwrap();
        // LP optimum 13.5 at... any LP bound is at least the ILP optimum.
        assert!(obj >= 13.0 - 1e-9, "{}: {obj}", b.name());
        let original = out.original_report.unwrap();
        assert_eq!(original.feasible, obj <= 13.0 + 1e-9);
    }
}

/// min -x - y  s.t.  x - y <= 1, x, y >= 0 continuous: unbounded.
fn unbounded_lp() -> Problem {
    let mut b = ProblemBuilder::new("unb");
    let x = b
        .add_var("x", VarKind::Continuous, 0.0, f64::INFINITY, -1.0)
        .unwrap();
    let y = b
        .add_var("y", VarKind::Continuous, 0.0, f64::INFINITY, -1.0)
        .unwrap();
    b.add_row("r", f64::NEG_INFINITY, 1.0, &[(x, 1.0), (y, -1.0)])
        .unwrap();
    b.build().unwrap()
}

#[test]
fn unbounded_and_infeasible_problems_get_those_statuses() {
    let mut b = ProblemBuilder::new("inf");
    let x = b.add_var("x", VarKind::Integer, 0.0, 10.0, 1.0).unwrap();
    let y = b.add_var("y", VarKind::Integer, 0.0, 10.0, 1.0).unwrap();
    b.add_row("even", 3.0, 3.0, &[(x, 2.0), (y, 2.0)]).unwrap();
    let infeasible = b.build().unwrap();
    for b in backends() {
        assert_eq!(
            solve(&unbounded_lp(), &SolveSettings::default(), b.as_ref())
                .unwrap()
                .status,
            Status::Unbounded,
            "{}",
            b.name()
        );
        assert_eq!(
            solve(&infeasible, &SolveSettings::default(), b.as_ref())
                .unwrap()
                .status,
            Status::Infeasible,
            "{}",
            b.name()
        );
    }
}

#[test]
fn ranged_equality_free_rows_and_negative_bounds_are_translated_faithfully() {
    // min x - 2y + z + offset 10  s.t. 1 <= x + y <= 4 (range), y - z = -1,
    // free row x + z (ignored), x in [-2, 3] int, y in [-1.5, 2.5] int (rounded to [-1, 2]),
    // z continuous in [-inf, 5].
    let mut b = ProblemBuilder::new("forms");
    b.set_objective_offset(10.0).unwrap();
    let x = b.add_var("x", VarKind::Integer, -2.0, 3.0, 1.0).unwrap();
    let y = b.add_var("y", VarKind::Integer, -1.5, 2.5, -2.0).unwrap();
    let z = b
        .add_var("z", VarKind::Continuous, f64::NEG_INFINITY, 5.0, 1.0)
        .unwrap();
    b.add_row("range", 1.0, 4.0, &[(x, 1.0), (y, 1.0)]).unwrap();
    b.add_row("eq", -1.0, -1.0, &[(y, 1.0), (z, -1.0)]).unwrap();
    b.add_row(
        "free",
        f64::NEG_INFINITY,
        f64::INFINITY,
        &[(x, 1.0), (z, 1.0)],
    )
    .unwrap();
    let p = b.build().unwrap();
    // z = y + 1 → objective x - 2y + y + 1 + 10 = x - y + 11; y <= 2, x >= 1 - y.
    // y = 2: x >= -1 → x = -1: -1 - 2 + 11 = 8.
    for b in backends() {
        let out = solve(&p, &SolveSettings::default(), b.as_ref()).unwrap();
        assert_eq!(out.status, Status::Optimal, "{}: {out:?}", b.name());
        assert!((out.objective.unwrap() - 8.0).abs() < 1e-9, "{}", b.name());
        assert!(
            (out.bound.unwrap() - 8.0).abs() < 1e-6,
            "{}: {:?}",
            b.name(),
            out.bound
        );
    }
}

#[test]
fn integer_bounds_are_rounded_inward_and_an_empty_integer_domain_is_infeasible() {
    let mut b = ProblemBuilder::new("round");
    b.add_var("x", VarKind::Integer, 0.2, 0.8, 1.0).unwrap();
    let p = b.build().unwrap();
    let out = solve(&p, &SolveSettings::default(), &Panicking).unwrap();
    assert_eq!(out.status, Status::Infeasible);

    let mut b = ProblemBuilder::new("round");
    b.set_sense(Sense::Maximize);
    b.add_var("x", VarKind::Integer, 0.5, 2.5, 1.0).unwrap();
    let p = b.build().unwrap();
    let rec = Recording::default();
    let out = solve(&p, &SolveSettings::default(), &rec).unwrap();
    assert_eq!(*rec.bounds.lock().unwrap(), vec![(1.0, 2.0)]);
    assert_eq!(out.objective, Some(2.0));
}

#[test]
fn a_problem_without_variables_is_decided_without_a_backend() {
    let mut b = ProblemBuilder::new("empty");
    b.set_objective_offset(3.0).unwrap();
    let p = b.build().unwrap();
    let out = solve(&p, &SolveSettings::default(), &Panicking).unwrap();
    assert_eq!(out.status, Status::Optimal);
    assert_eq!(out.objective, Some(3.0));

    let mut b = ProblemBuilder::new("empty");
    b.add_row("impossible", 1.0, 2.0, &[]).unwrap();
    let p = b.build().unwrap();
    assert_eq!(
        solve(&p, &SolveSettings::default(), &Panicking)
            .unwrap()
            .status,
        Status::Infeasible
    );
}

/// A 0/1 knapsack with 40 items and awkward weights: not solved at once.
fn knapsack(n: usize) -> Problem {
    let mut b = ProblemBuilder::new("knap");
    b.set_sense(Sense::Maximize);
    let mut entries = Vec::new();
    let mut total = 0.0;
    for i in 0..n {
        let w = 1000.0 + ((i * 7919) % 997) as f64;
        let v = w + ((i * 104729) % 113) as f64;
        total += w;
        let x = b
            .add_var(format!("x{i}"), VarKind::Binary, 0.0, 1.0, v)
            .unwrap();
        entries.push((x, w));
    }
    b.add_row("cap", f64::NEG_INFINITY, (total / 2.0).floor(), &entries)
        .unwrap();
    b.build().unwrap()
}

#[test]
fn a_zero_time_limit_gives_an_honest_limit_status() {
    let p = knapsack(40);
    let settings = SolveSettings {
        time_limit: Some(Duration::ZERO),
        ..SolveSettings::default()
    };
    for b in backends() {
        let out = solve(&p, &settings, b.as_ref()).unwrap();
        assert!(
            matches!(
                out.status,
                Status::NoSolutionFound | Status::Feasible | Status::Optimal
            ),
            "{}: {out:?}",
            b.name()
        );
        assert_eq!(out.solution.is_some(), out.status.has_solution());
        if let Some(s) = &out.solution {
            assert!(symbreak::verify::verify(&p, s.values(), &Default::default()).feasible);
        }
    }
}

#[test]
fn the_summary_has_the_json_fields_the_cli_promises() {
    let (p, _) = small_ilp();
    let plain = PlainSettings::default();
    let out = solve_plain(&p, &MicrolpBackend, &plain);
    let json = serde_json::to_value(out.summary()).unwrap();
    crate::common::assert_outcome_keys(&json);
    assert_eq!(json["stages"], serde_json::json!([]));
    assert_eq!(json["status"], "optimal");
    assert_eq!(json["verified"], true);
    assert_eq!(json["max_violation"], 0.0);

    let none = solve_plain(&p, &Failing, &plain);
    let json = serde_json::to_value(none.summary()).unwrap();
    assert_eq!(json["status"], "numerical_trouble");
    assert!(json["objective"].is_null() && json["bound"].is_null());
    assert_eq!(json["verified"], false);
}

//! The verifier on real instances: stein27 is a Steiner triple covering
//! problem (117 rows `x_a + x_b + x_c >= 1` over triples, two points sharing
//! exactly one triple, plus one row over all 27 points), so known feasible
//! and infeasible points can be built by hand.

use crate::common;

use std::process::Command;

use symbreak::io::{read_problem, solution};
use symbreak::model::{Problem, Solution};
use symbreak::verify::{Tolerances, ViolationKind, verify};

fn stein27() -> Option<Problem> {
    Some(
        read_problem(common::miplib("stein27.mps")?)
            .unwrap()
            .problem,
    )
}

#[test]
fn all_ones_is_feasible_with_objective_27() {
    let Some(p) = stein27() else { return };
    let r = verify(&p, &vec![1.0; p.num_vars()], &Tolerances::default());
    assert!(r.feasible, "{r:?}");
    assert_eq!(r.objective, 27.0);
}

#[test]
fn zeroing_one_triple_violates_exactly_its_row() {
    let Some(p) = stein27() else { return };
    let triples: Vec<_> = p.rows().filter(|&r| p.row(r).len() == 3).collect();
    assert_eq!(triples.len(), 117, "a Steiner triple system on 27 points");
    for row in triples {
        let mut x = vec![1.0; p.num_vars()];
        for (v, _) in p.row(row) {
            x[v.index()] = 0.0;
        }
        let r = verify(&p, &x, &Tolerances::default());
        assert!(!r.feasible);
        assert_eq!(r.violations, 1, "row {}", p.row_name(row));
        assert_eq!(r.worst[0].name, p.row_name(row));
        assert_eq!(r.worst[0].kind, ViolationKind::RowLower);
        assert_eq!(r.worst[0].amount, 1.0);
    }
}

#[test]
fn a_binary_off_by_one_is_a_bound_violation_by_name() {
    let Some(p) = stein27() else { return };
    let mut x = vec![1.0; p.num_vars()];
    x[5] = 2.0;
    let r = verify(&p, &x, &Tolerances::default());
    assert!(!r.feasible);
    assert_eq!(r.worst[0].name, p.var_names()[5]);
    assert_eq!(r.worst[0].kind, ViolationKind::UpperBound);
}

#[test]
fn cli_verify_exits_0_for_feasible_and_1_for_infeasible() {
    let Some(path) = common::miplib("stein27.mps") else {
        return;
    };
    let p = stein27().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.sol");
    let bad = dir.path().join("bad.sol");
    solution::write(&good, &p, &Solution::from_values(vec![1.0; 27]), 27.0).unwrap();
    let first_row = p.rows().find(|&r| p.row(r).len() == 3).unwrap();
    let mut x = vec![1.0; 27];
    for (v, _) in p.row(first_row) {
        x[v.index()] = 0.0;
    }
    solution::write(&bad, &p, &Solution::from_values(x), 24.0).unwrap();
    let bin = env!("CARGO_BIN_EXE_symbreak");
    let ok = Command::new(bin)
        .arg("verify")
        .arg(&path)
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0), "{ok:?}");
    let no = Command::new(bin)
        .args(["verify", "--json"])
        .arg(&path)
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(no.status.code(), Some(1));
    let j: serde_json::Value = serde_json::from_slice(&no.stdout).unwrap();
    assert_eq!(j["feasible"], false);
    assert_eq!(j["worst"][0]["name"], p.row_name(first_row));
    assert_eq!(j["objective_matches_claim"], true);
}

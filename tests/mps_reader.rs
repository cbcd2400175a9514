//! The MPS reader and writer on the shared MIPLIB instances, on random
//! problems, and on broken input (each case checks the message and line).

mod common;

use proptest::prelude::*;
use symbreak::io::mps::{parse, write_string};
use symbreak::io::{ReadError, read_problem};

/// `(file, rows, cols, integer cols)` from `../shared/instances/README.md`
/// (rows exclude the objective).
const SIZES: &[(&str, usize, usize, usize)] = &[
    ("egout.mps", 98, 141, 55),
    ("enigma.mps", 21, 100, 100),
    ("flugpl.mps", 18, 18, 11),
    ("lseu.mps", 28, 89, 89),
    ("misc03.mps", 96, 160, 159),
    ("stein27.mps", 118, 27, 27),
    ("vpm2.mps", 234, 378, 168),
    ("small_mip.mps", 5, 8, 2),
    ("afiro.mps", 27, 32, 0),
    ("adlittle.mps", 56, 97, 0),
];

#[test]
fn every_shared_instance_parses_with_the_documented_sizes() {
    let files = common::miplib_files();
    if files.is_empty() {
        return;
    }
    for path in &files {
        let parsed = read_problem(path).unwrap_or_else(|e| panic!("{e}"));
        let name = path.file_name().unwrap().to_str().unwrap();
        let stats = parsed.problem.stats();
        eprintln!(
            "{name}: {} rows, {} cols, {} integer, {} nonzeros, {} warnings",
            stats.rows,
            stats.cols,
            stats.integer_cols,
            stats.nonzeros,
            parsed.warnings.len()
        );
        if let Some(&(_, rows, cols, ints)) = SIZES.iter().find(|s| s.0 == name) {
            assert_eq!(
                (stats.rows, stats.cols, stats.integer_cols),
                (rows, cols, ints),
                "{name}"
            );
        }
    }
    let listed = SIZES
        .iter()
        .filter(|s| files.iter().any(|f| f.file_name().unwrap() == s.0))
        .count();
    assert_eq!(
        listed,
        SIZES.len(),
        "an instance listed in README.md is missing"
    );
}

#[test]
fn every_shared_instance_round_trips_through_the_writer_bit_for_bit() {
    for path in common::miplib_files() {
        let first = read_problem(&path)
            .unwrap_or_else(|e| panic!("{e}"))
            .problem;
        let text = write_string(&first).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let second = parse(&text, "written.mps")
            .unwrap_or_else(|e| panic!("{}: {e}\n{text}", path.display()))
            .problem;
        common::assert_same_problem(&first, &second);
        assert_eq!(first, second, "{}", path.display());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn random_problems_round_trip_through_the_writer(problem in common::random_problem()) {
        let text = write_string(&problem).map_err(TestCaseError::fail)?;
        let parsed = parse(&text, "random.mps").map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        common::assert_same_problem(&problem, &parsed.problem);
        prop_assert_eq!(problem.name(), parsed.problem.name());
        prop_assert_eq!(problem.objective_name(), parsed.problem.objective_name());
    }
}

//! The MPS reader and writer on the shared MIPLIB instances, on random
//! problems, and on broken input (each case checks the message and line).

use crate::common;

use proptest::prelude::*;
use symbreak::io::mps::{parse, write_string};
use symbreak::io::{ReadError, read_problem};
use symbreak::model::{ProblemBuilder, VarKind};

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

/// The table of `../shared/instances/miplib3/README.md`: `(file, rows,
/// cols, integer cols)` for each `| file | rows | cols | integer cols |
/// optimum |` row.
fn miplib3_sizes(readme: &str) -> Vec<(String, usize, usize, usize)> {
    readme
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let file = cells.get(1)?;
            if !file.ends_with(".mps.gz") {
                return None;
            }
            let number = |i: usize| cells.get(i)?.parse::<usize>().ok();
            Some((file.to_string(), number(2)?, number(3)?, number(4)?))
        })
        .collect()
}

#[test]
fn every_miplib3_instance_is_read_with_the_documented_sizes() {
    let Some(dir) = common::miplib3_dir() else {
        return;
    };
    let readme = std::fs::read_to_string(dir.join("README.md")).expect("miplib3/README.md");
    let sizes = miplib3_sizes(&readme);
    assert!(
        sizes.len() >= 27,
        "the README lists {} instances",
        sizes.len()
    );
    for (file, rows, cols, ints) in &sizes {
        let parsed = read_problem(dir.join(file)).unwrap_or_else(|e| panic!("{e}"));
        let stats = parsed.problem.stats();
        assert_eq!(
            (stats.rows, stats.cols, stats.integer_cols),
            (*rows, *cols, *ints),
            "{file}"
        );
        if file == "qiu.mps.gz" {
            // `BV BND X 1.0`: the value is ignored, as SCIP and HiGHS do,
            // and each such line is warned about.
            assert_eq!(parsed.warnings.len(), 48, "{file}");
            assert!(
                parsed.warnings[0].message.contains("ignored"),
                "{}",
                parsed.warnings[0].message
            );
        }
    }
}

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

/// Parses `text`, expects a syntax error, and checks its line and that its
/// message contains `fragment`.
fn assert_error(text: &str, line: usize, fragment: &str) {
    match parse(text, "broken.mps") {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e @ ReadError::Syntax { .. }) => {
            let shown = e.to_string();
            assert_eq!(e.line(), Some(line), "{shown}");
            assert!(
                shown.starts_with(&format!("broken.mps:{line}: ")),
                "{shown}"
            );
            assert!(
                shown.contains(fragment),
                "expected {fragment:?} in {shown:?}"
            );
        }
        Err(e) => panic!("not a syntax error: {e}"),
    }
}

/// One test per broken input: `name, text, line, message fragment`.
macro_rules! broken {
    ($($name:ident: $text:expr, $line:expr, $fragment:expr;)*) => {
        $(
            #[test]
            fn $name() {
                assert_error(&$text, $line, $fragment);
            }
        )*
    };
}

const HEAD: &str = "NAME broken\nROWS\n N obj\n L c\n G d\nCOLUMNS\n";

broken! {
    broken_coefficient_with_two_dots:
        format!("{HEAD} x obj 1 c 1.0.0\nENDATA\n"), 7, "expected a number, found '1.0.0'";
    broken_nan_coefficient:
        format!("{HEAD} x c NaN\nENDATA\n"), 7, "NaN is not allowed";
    broken_infinite_coefficient:
        format!("{HEAD} x c 1\n y c inf\nENDATA\n"), 8, "expected a finite number, found 'inf'";
    broken_overflowing_coefficient:
        format!("{HEAD} x c 1e999\nENDATA\n"), 7, "'1e999' overflows to infinity";
    broken_underflowing_coefficient:
        format!("{HEAD} x c 1e-999\nENDATA\n"), 7, "'1e-999' underflows to zero";
    broken_unknown_row_in_columns:
        format!("{HEAD} x c 1 zz 2\nENDATA\n"), 7, "unknown row 'zz'";
    broken_unknown_row_in_rhs:
        format!("{HEAD} x c 1\nRHS\n r c 1\n r zz 2\nENDATA\n"), 10, "unknown row 'zz'";
    broken_unknown_column_in_bounds:
        format!("{HEAD} x c 1\nBOUNDS\n UP b x 1\n UP b zz 1\nENDATA\n"), 10, "unknown column 'zz'";
    broken_duplicate_entry_on_two_lines:
        format!("{HEAD} x c 1\n x d 1 c 2\nENDATA\n"), 8, "duplicate entry for column 'x' in row 'c'";
    broken_duplicate_entry_on_one_line:
        format!("{HEAD} x c 1 c 2\nENDATA\n"), 7, "duplicate entry for column 'x' in row 'c'";
    broken_duplicate_objective_coefficient:
        format!("{HEAD} x obj 1\n x obj 2\nENDATA\n"), 8, "duplicate entry for column 'x' in row 'obj'";
    broken_duplicate_row_name:
        "ROWS\n N obj\n L c\n G c\nENDATA\n", 4, "duplicate row name 'c' (first declared at line 3)";
    broken_row_named_like_the_objective:
        "ROWS\n N obj\n L obj\nENDATA\n", 3, "duplicate row name 'obj'";
    broken_reopened_column:
        format!("{HEAD} x c 1\n y c 1\n x d 1\nENDATA\n"), 9, "column 'x' reopened: its entries began at line 7";
    broken_truncated_file:
        format!("{HEAD} x c 1\n"), 8, "truncated file: expected ENDATA";
    broken_truncated_file_without_final_newline:
        format!("{HEAD} x c 1"), 7, "truncated file: expected ENDATA";
    broken_unknown_bound_type:
        format!("{HEAD} x c 1\nBOUNDS\n XX b x 1\nENDATA\n"), 9, "unknown bound type 'XX'";
    broken_semicontinuous_bound_without_finite_upper_bound:
        format!("{HEAD} x c 1\nBOUNDS\n SC b x inf\n LO b x 2\nENDATA\n"), 10,
        "semi-continuous column 'x' needs a finite SC bound";
    broken_semiinteger_bound:
        format!("{HEAD} x c 1\nBOUNDS\n SI b x 1\nENDATA\n"), 9, "unsupported bound type 'SI'";
    broken_lower_above_upper:
        format!("{HEAD} x c 1\nBOUNDS\n LO b x 5\n UP b x 3\nENDATA\n"), 10,
        "inconsistent bounds for column 'x': lower bound 5 > upper bound 3";
    broken_missing_value:
        format!("{HEAD} x c\nENDATA\n"), 7, "found 2 fields";
    broken_odd_field_count:
        format!("{HEAD} x c 1 d\nENDATA\n"), 7, "found 4 fields";
    broken_too_many_fields:
        format!("{HEAD} x c 1 d 2 e 3\nENDATA\n"), 7, "found 7 fields";
    broken_missing_bound_value:
        format!("{HEAD} x c 1\nBOUNDS\n UP b x\nENDATA\n"), 9, "found 3 fields";
    broken_value_on_a_free_bound:
        format!("{HEAD} x c 1\nBOUNDS\n FR b x zero\nENDATA\n"), 9, "FR, a bound set name and a column name (no value)";
    broken_ranges_on_the_objective:
        format!("{HEAD} x c 1\nRANGES\n r obj 1\nENDATA\n"), 9, "RANGES entry on N row 'obj'";
    broken_data_before_rows:
        "NAME x\n c 1\nROWS\n N obj\nENDATA\n", 2, "data before ROWS";
    broken_unknown_section:
        format!("{HEAD} x c 1\nFOO\nENDATA\n"), 8, "unknown section 'FOO'";
    broken_data_line_in_column_one:
        format!("{HEAD}x c 1\nENDATA\n"), 7, "unknown section 'x'";
    broken_unsupported_section:
        format!("{HEAD} x c 1\nSOS\nENDATA\n"), 8, "unsupported section 'SOS'";
    broken_row_type:
        "ROWS\n N obj\n X c\nENDATA\n", 3, "unknown row type 'X'";
    broken_lowercase_row_type:
        "ROWS\n N obj\n l c\nENDATA\n", 3, "unknown row type 'l'";
    broken_intend_without_intorg:
        format!("{HEAD} x c 1\n m 'MARKER' 'INTEND'\nENDATA\n"), 8, "'INTEND' without a preceding 'INTORG'";
    broken_nested_intorg:
        format!("{HEAD} m 'MARKER' 'INTORG'\n m 'MARKER' 'INTORG'\nENDATA\n"), 8, "inside the integer block opened at line 7";
    broken_marker_keyword_misspelt:
        format!("{HEAD} m 'MARKER' 'INTBEG'\nENDATA\n"), 7, "malformed MARKER line";
    broken_empty_file:
        "", 1, "empty file";
    broken_only_comments:
        "* nothing here\n*\n", 3, "empty file";
    broken_duplicate_rhs_entry:
        format!("{HEAD} x c 1\nRHS\n r c 1\n r d 1 c 2\nENDATA\n"), 10, "duplicate RHS entry for row 'c' (first at line 9)";
    broken_second_rhs_vector:
        format!("{HEAD} x c 1\nRHS\n r c 1\n s d 1\nENDATA\n"), 10, "a second RHS vector 's'";
    broken_second_bounds_vector:
        format!("{HEAD} x c 1\nBOUNDS\n UP b1 x 1\n LO b2 x 0\nENDATA\n"), 10, "a second BOUNDS vector 'b2'";
    broken_infinite_rhs_on_an_equality:
        format!("ROWS\n N obj\n E e\nCOLUMNS\n x e 1\nRHS\n r e -inf\nENDATA\n"), 7, "RHS -inf on row 'e'";
    broken_infinite_fixed_bound:
        format!("{HEAD} x c 1\nBOUNDS\n FX b x inf\nENDATA\n"), 9, "finite number for the FX bound";
    broken_minus_infinite_upper_bound:
        format!("{HEAD} x c 1\nBOUNDS\n UP b x -inf\nENDATA\n"), 9, "upper bound -inf";
    broken_infinite_range:
        format!("{HEAD} x c 1\nRANGES\n r c inf\nENDATA\n"), 9, "expected a finite number, found 'inf'";
    broken_range_overflowing_a_side:
        format!("{HEAD} x c 1\nRHS\n r d 1e308\nRANGES\n q d 1e308\nENDATA\n"), 11, "beyond the largest finite number";
    broken_repeated_section:
        format!("{HEAD} x c 1\nROWS\nENDATA\n"), 8, "second ROWS section";
    broken_section_out_of_order:
        format!("{HEAD} x c 1\nRHS\nOBJSENSE MAX\nENDATA\n"), 9, "OBJSENSE section after RHS";
    broken_endata_before_rows:
        "NAME x\nENDATA\n", 2, "ENDATA before ROWS";
    broken_objsense_value:
        "OBJSENSE MAXX\nROWS\n N obj\nENDATA\n", 1, "expected MIN, MAX, MINIMIZE or MAXIMIZE, found 'MAXX'";
    broken_header_with_trailing_text:
        "ROWS please\n N obj\nENDATA\n", 1, "expected nothing after ROWS, found 'please'";
    broken_long_token_is_shortened_in_the_message:
        format!("{HEAD} x c {}\nENDATA\n", "9".repeat(100) + "x"), 7, "9999...'";
}

/// Parses `text`, expects it read with exactly one warning at `line`
/// whose message contains `fragment`, and returns the problem.
fn assert_tolerated(text: &str, line: usize, fragment: &str) -> symbreak::model::Problem {
    let parsed = parse(text, "odd.mps").unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert_eq!(parsed.warnings[0].line, line, "{:?}", parsed.warnings);
    assert!(
        parsed.warnings[0].message.contains(fragment),
        "expected {fragment:?} in {:?}",
        parsed.warnings[0].message
    );
    let strict = parsed.into_strict("odd.mps").unwrap_err();
    assert_eq!(strict.line(), Some(line));
    assert!(strict.to_string().starts_with(&format!("odd.mps:{line}: ")));
    parse(text, "odd.mps").unwrap().problem
}

#[test]
fn tolerated_unclosed_intorg_makes_the_rest_of_columns_integer() {
    // Was an error ("expected an 'INTEND' marker"); SCIP and HiGHS read it.
    let p = assert_tolerated(
        &format!("{HEAD} w c 1\n m 'MARKER' 'INTORG'\n x c 1\n y d 1\nBOUNDS\n UP b y 7\nENDATA\n"),
        11,
        "the 'INTORG' marker at line 8 is not closed by an 'INTEND' marker before BOUNDS",
    );
    assert_eq!(
        p.var_kinds(),
        [VarKind::Continuous, VarKind::Binary, VarKind::Integer]
    );
    assert_eq!(p.var_uppers(), [f64::INFINITY, 1.0, 7.0]);
}

#[test]
fn tolerated_text_after_endata_is_ignored() {
    // Was an error ("expected nothing after ENDATA"); SCIP and HiGHS stop
    // reading at ENDATA.
    let p = assert_tolerated(
        &format!("{HEAD} x c 1\nENDATA\nIMPORTANCES\n x 1\n"),
        9,
        "text after ENDATA is ignored, from 'IMPORTANCES'",
    );
    assert_eq!((p.num_rows(), p.num_vars(), p.num_nonzeros()), (2, 1, 1));
}

#[test]
fn non_utf8_bytes_are_an_error_with_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.mps");
    std::fs::write(&path, b"ROWS\n N obj\n L c\xff\nENDATA\n").unwrap();
    let e = read_problem(&path).unwrap_err();
    assert_eq!(e.line(), Some(3), "{e}");
    assert!(
        e.to_string()
            .contains("expected UTF-8 text, found byte 0xff"),
        "{e}"
    );
}

#[test]
fn an_enormous_size_claimed_in_comments_and_name_is_just_text() {
    let text = "*ROWS:         18446744073709551615\n*NONZERO:      99999999999999999999\n\
                NAME          HUGE SIZE: N=4000000000, M=4000000000, NZ=1e18\n\
                ROWS\n N obj\n L c\nCOLUMNS\n x c 1\nENDATA\n";
    let p = parse(text, "huge.mps").unwrap().problem;
    assert_eq!((p.num_rows(), p.num_vars(), p.num_nonzeros()), (1, 1, 1));
    assert_eq!(p.name(), "HUGE SIZE: N=4000000000, M=4000000000, NZ=1e18");
}

#[test]
fn the_writer_refuses_problems_it_cannot_write_exactly_and_read_problem_reports_it() {
    let mut b = ProblemBuilder::new("p");
    b.add_var("has space", VarKind::Continuous, 0.0, 1.0, 1.0)
        .unwrap();
    let p = b.build().unwrap();
    assert!(write_string(&p).unwrap_err().contains("whitespace"));
    let dir = tempfile::tempdir().unwrap();
    let e = symbreak::io::write_problem(&p, dir.path().join("p.mps")).unwrap_err();
    assert!(matches!(e, ReadError::Write { .. }), "{e}");

    let mut b = ProblemBuilder::new("p");
    let x = b.add_var("x", VarKind::Continuous, 0.0, 1.0, 1.0).unwrap();
    b.add_row("wide", -1.7e308, 1.7e308, &[(x, 1.0)]).unwrap();
    let e = write_string(&b.build().unwrap()).unwrap_err();
    assert!(e.contains("no MPS RHS/RANGES pair"), "{e}");
}

#[test]
fn a_gzipped_file_round_trips_through_write_problem_and_read_problem() {
    let Some(path) = common::miplib("stein27.mps") else {
        return;
    };
    let first = read_problem(&path).unwrap().problem;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stein27.mps.gz");
    symbreak::io::write_problem(&first, &out).unwrap();
    let second = read_problem(&out).unwrap().problem;
    assert_eq!(first, second);
}

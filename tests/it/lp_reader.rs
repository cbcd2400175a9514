//! The CPLEX LP reader and writer: round trips (shared MIPLIB instances,
//! hand-built problems, random problems), broken inputs with their line,
//! and the constructs the reader must accept.

use crate::common;

use proptest::prelude::*;
use symbreak::io::{self, Format, lp};
use symbreak::model::{ConsId, Problem, ProblemBuilder, Sense, VarId, VarKind};

use crate::common::assert_same_problem;

const INF: f64 = f64::INFINITY;

fn read(text: &str) -> Problem {
    match lp::parse(text, "model.lp") {
        Ok(parsed) => parsed.problem,
        Err(e) => panic!("{e}\n--- text:\n{text}"),
    }
}

/// write → parse, asserting the result is the same problem bit for bit.
fn round_trip(p: &Problem) -> String {
    let text = lp::write_string(p).unwrap_or_else(|e| panic!("cannot write: {e}"));
    let back = lp::parse(&text, "round.lp").unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_same_as_written(p, &back.problem);
    assert_eq!(p.objective_name(), back.problem.objective_name());
    assert_eq!(p.name(), back.problem.name());
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    text
}

/// `b` is `a` as the LP writer writes it: the same problem bit for bit,
/// except that every ranged row `l <= expr <= u` of `a` is two rows of `b`
/// (`<name>lo: expr >= l`, `<name>up: expr <= u`, with `_` before the
/// suffix while the name is taken), as SCIP and HiGHS write them.
fn assert_same_as_written(a: &Problem, b: &Problem) {
    let ranged = |r| {
        let (l, u) = (a.row_lower(r), a.row_upper(r));
        l.is_finite() && u.is_finite() && l.to_bits() != u.to_bits()
    };
    let split = a.rows().filter(|&r| ranged(r)).count();
    if split == 0 {
        assert_same_problem(a, b);
        return;
    }
    assert_eq!(a.num_rows() + split, b.num_rows(), "row count");
    let bits = |x: f64| x.to_bits();
    let entries = |p: &Problem, r| p.row(r).map(|(v, x)| (v, x.to_bits())).collect::<Vec<_>>();
    let mut k = 0u32;
    for r in a.rows() {
        let name = a.row_name(r);
        let parts: Vec<(&str, f64, f64)> = if ranged(r) {
            vec![
                ("lo", a.row_lower(r), f64::INFINITY),
                ("up", f64::NEG_INFINITY, a.row_upper(r)),
            ]
        } else {
            vec![("", a.row_lower(r), a.row_upper(r))]
        };
        for (suffix, lo, up) in parts {
            let rb = ConsId(k);
            k += 1;
            let got = b.row_name(rb);
            let stem = got
                .strip_suffix(suffix)
                .unwrap_or_else(|| panic!("row {got} for {name}"));
            assert!(
                stem.starts_with(name) && stem[name.len()..].chars().all(|c| c == '_'),
                "row {got} for {name}"
            );
            assert_eq!(
                (bits(b.row_lower(rb)), bits(b.row_upper(rb))),
                (bits(lo), bits(up)),
                "sides of {got}"
            );
            assert_eq!(entries(a, r), entries(b, rb), "entries of {got}");
        }
    }
    assert_eq!(a.var_names(), b.var_names(), "variable names");
    assert_eq!(a.var_kinds(), b.var_kinds(), "kinds");
    assert_eq!(a.semi_flags(), b.semi_flags(), "semi-continuity");
    let all = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(all(a.var_lowers()), all(b.var_lowers()), "lower bounds");
    assert_eq!(all(a.var_uppers()), all(b.var_uppers()), "upper bounds");
    assert_eq!(
        all(a.objective_coefficients()),
        all(b.objective_coefficients()),
        "objective"
    );
    assert_eq!(
        bits(a.objective_offset()),
        bits(b.objective_offset()),
        "offset"
    );
    assert_eq!(a.sense(), b.sense(), "sense");
}

/// A copy of `p` with every variable name the LP format cannot carry (one
/// starting with a digit, or with '.' and a digit) prefixed by `_`. Row and
/// objective names are labels (`001:`) and need no change.
fn with_lp_names(p: &Problem) -> Problem {
    let fix = |n: &str| {
        let b = n.as_bytes();
        let numeric = b.first().is_some_and(u8::is_ascii_digit)
            || (b.first() == Some(&b'.') && b.get(1).is_some_and(u8::is_ascii_digit));
        if numeric {
            format!("_{n}")
        } else {
            n.to_string()
        }
    };
    let mut b = ProblemBuilder::new(p.name());
    b.set_sense(p.sense());
    b.set_objective_offset(p.objective_offset()).unwrap();
    b.set_objective_name(p.objective_name()).unwrap();
    for v in p.vars() {
        b.add_var(
            fix(p.var_name(v)),
            p.var_kind(v),
            p.var_lower(v),
            p.var_upper(v),
            p.objective_coefficient(v),
        )
        .unwrap();
    }
    for r in p.rows() {
        let entries: Vec<(VarId, f64)> = p.row(r).collect();
        b.add_row(p.row_name(r), p.row_lower(r), p.row_upper(r), &entries)
            .unwrap();
    }
    b.build().unwrap()
}

// ---------------------------------------------------------------- (a) MIPLIB

#[test]
fn every_shared_miplib_instance_round_trips_through_lp() {
    let files = common::miplib_files();
    let mut checked = 0;
    for path in &files {
        let parsed = io::read_problem(path).unwrap_or_else(|e| panic!("{e}"));
        let p = parsed.problem;
        let p = match lp::write_string(&p) {
            Ok(_) => p,
            Err(why) => {
                // No shared instance needs this since names may start with
                // '.' (adlittle) and labels with a digit (egout); kept for
                // variables named like numbers.
                let renamed = with_lp_names(&p);
                assert!(
                    why.contains("cannot write") || why.contains("cannot be written"),
                    "{}: {why}",
                    path.display()
                );
                assert_ne!(
                    renamed
                        .var_names()
                        .iter()
                        .chain(renamed.row_names())
                        .collect::<Vec<_>>(),
                    p.var_names()
                        .iter()
                        .chain(p.row_names())
                        .collect::<Vec<_>>(),
                    "{}: the writer refused names that need no change: {why}",
                    path.display()
                );
                eprintln!("{}: renamed for LP: {why}", path.display());
                renamed
            }
        };
        let text = round_trip(&p);
        eprintln!(
            "{}: {} rows, {} cols, {} nonzeros, {} bytes of LP",
            path.display(),
            p.num_rows(),
            p.num_vars(),
            p.num_nonzeros(),
            text.len()
        );
        checked += 1;
    }
    assert_eq!(checked, files.len());
}

// ------------------------------------------------- hand-built round trips

fn awkward_numbers() -> Vec<f64> {
    vec![
        0.1,
        1.0 / 3.0,
        -2.0 / 3.0,
        5e-324,
        -2.5e-300,
        f64::MAX,
        -f64::MAX,
        1e-5,
        9.999999999999999e-5,
        1e15,
        123456789012345680000.0,
        0.30000000000000004,
        -0.0,
        1.0,
        -1.0,
        std::f64::consts::PI,
    ]
}

#[test]
fn awkward_numbers_survive_bit_for_bit_everywhere() {
    let nums = awkward_numbers();
    let mut b = ProblemBuilder::new("numbers");
    b.set_sense(Sense::Maximize);
    b.set_objective_offset(-0.0).unwrap();
    let mut ids = Vec::new();
    for (j, &c) in nums.iter().enumerate() {
        // Bounds from the same numbers: [min, max] of a pair.
        let a = nums[(j * 7 + 3) % nums.len()];
        let (l, u) = if c <= a { (c, a) } else { (a, c) };
        ids.push(
            b.add_var(format!("x{j}"), VarKind::Continuous, l, u, c)
                .unwrap(),
        );
    }
    for (i, &rhs) in nums.iter().enumerate() {
        let entries: Vec<(VarId, f64)> = ids
            .iter()
            .enumerate()
            .map(|(j, &v)| (v, nums[(i + j) % nums.len()]))
            .filter(|&(_, a)| a != 0.0)
            .collect();
        let (l, u) = match i % 4 {
            0 => (-INF, rhs),
            1 => (rhs, INF),
            2 => (rhs, rhs),
            _ => (rhs.min(0.5), rhs.max(0.5)),
        };
        b.add_row(format!("r{i}"), l, u, &entries).unwrap();
    }
    let p = b.build().unwrap();
    assert!(p.objective_offset().is_sign_negative());
    round_trip(&p);
}

#[test]
fn variables_in_no_row_keep_their_order_and_zero_objective() {
    let mut b = ProblemBuilder::new("order");
    let z = b.add_var("z", VarKind::Continuous, 0.0, INF, 0.0).unwrap();
    let _unused = b
        .add_var("unused", VarKind::Integer, -2.0, 9.0, 0.0)
        .unwrap();
    let _neg0 = b
        .add_var("negzero", VarKind::Continuous, -0.0, 0.0, -0.0)
        .unwrap();
    let a = b.add_var("a", VarKind::Binary, 0.0, 1.0, 4.0).unwrap();
    b.add_row("r", 1.0, INF, &[(a, 1.0), (z, 2.0)]).unwrap();
    b.add_row("empty", -INF, 3.0, &[]).unwrap();
    b.add_row("free_row", -INF, INF, &[(a, -1.0)]).unwrap();
    let p = b.build().unwrap();
    let text = round_trip(&p);
    assert!(text.contains("+ 0 z"), "{text}");
}

/// Integer variables named `vars` and rows named `rows` with entries on a
/// pattern, the objective named `objective`.
fn named_problem(objective: &str, vars: &[&str], rows: &[&str]) -> Problem {
    let mut b = ProblemBuilder::new("names");
    b.set_objective_name(objective).unwrap();
    let ids: Vec<VarId> = vars
        .iter()
        .enumerate()
        .map(|(j, n)| {
            b.add_var(*n, VarKind::Integer, -(j as f64), 10.0, j as f64 - 3.0)
                .unwrap()
        })
        .collect();
    for (i, n) in rows.iter().enumerate() {
        let entries: Vec<(VarId, f64)> = ids
            .iter()
            .enumerate()
            .filter(|(j, _)| (i + j) % 3 != 0)
            .map(|(j, &v)| (v, (i * j) as f64 - 4.5))
            .collect();
        b.add_row(*n, -1.0, i as f64, &entries).unwrap();
    }
    b.build().unwrap()
}

#[test]
fn names_at_the_edge_of_the_alphabet_round_trip() {
    let vars = [
        "free", "e", "E12", "x1e5", "s(3,4)", "a.b", "_'q\"", "~z|", "R1", "e1e1",
    ];
    let rows = ["end", "st", "bounds", "inf", "min", "s.t.", "e1", "free"];
    round_trip(&named_problem("Subject", &vars, &rows));
}

#[test]
fn names_starting_with_a_period_or_labels_starting_with_a_digit_round_trip() {
    // As HiGHS and SCIP write adlittle and egout: variables and rows whose
    // names start with '.', rows and the objective named like numbers.
    let vars = [".x1", ".", "...", ".Z....", ".e5", "..5", "x"];
    let rows = ["001", "...", ".5", "1.0.0", "2x", "1e999", ".r", "9lives"];
    let p = named_problem("007", &vars, &rows);
    let text = round_trip(&p);
    assert!(
        text.contains(" 001: ") || text.contains(" 001lo: "),
        "{text}"
    );
    assert!(text.contains(" 007: "), "{text}");
    // Written again, the text is the same.
    assert_eq!(lp::write_string(&read(&text)).unwrap(), text);
}

#[test]
fn empty_problem_and_constant_objective_round_trip() {
    let mut b = ProblemBuilder::new("empty");
    b.set_objective_offset(42.5).unwrap();
    round_trip(&b.build().unwrap());
}

#[test]
fn writer_refuses_names_lp_cannot_carry() {
    for (name, fragment) in [
        ("1x", "starts with '1'"),
        (".5x", "starts with '.' and a digit"),
        ("1.0.0", "starts with '1'"),
        ("a b", "contains ' '"),
        ("a:b", "contains ':'"),
        ("a-b", "contains '-'"),
        ("a<b", "contains '<'"),
        ("inf", "reserved"),
        ("Infinity", "reserved"),
        ("NaN", "reserved"),
        ("End", "keyword"),
        ("bin", "keyword"),
        ("st", "keyword"),
        ("größe", "contains 'ö'"),
    ] {
        let mut b = ProblemBuilder::new("bad");
        b.add_var(name, VarKind::Continuous, 0.0, 1.0, 1.0).unwrap();
        let err = lp::write_string(&b.build().unwrap()).unwrap_err();
        assert!(err.contains(&format!("'{name}'")), "{name}: {err}");
        assert!(err.contains(fragment), "{name}: {err}");
    }
    for (row, fragment) in [("a:b", "contains ':'"), ("a b", "contains ' '")] {
        let mut b = ProblemBuilder::new("bad");
        let x = b.add_var("x", VarKind::Continuous, 0.0, 1.0, 1.0).unwrap();
        b.add_row(row, 0.0, 1.0, &[(x, 1.0)]).unwrap();
        let err = lp::write_string(&b.build().unwrap()).unwrap_err();
        assert!(err.contains(&format!("row name '{row}'")), "{err}");
        assert!(err.contains(fragment), "{err}");
    }
    let mut b = ProblemBuilder::new("two\nlines");
    b.add_var("x", VarKind::Continuous, 0.0, 1.0, 1.0).unwrap();
    assert!(lp::write_string(&b.build().unwrap()).is_err());
}

#[test]
fn files_round_trip_through_read_and_write_problem_plain_and_gzipped() {
    let p = read("max\n obj: 2 x + y\nst\n c: x + y <= 3.5\nbounds\n x <= 2\ngeneral\n x\n");
    let dir = tempfile::tempdir().unwrap();
    for file in ["m.lp", "m.lp.gz"] {
        let path = dir.path().join(file);
        io::write_problem(&p, &path).unwrap();
        let back = io::read_problem(&path).unwrap().problem;
        assert_same_problem(&p, &back);
    }
    assert_eq!(
        Format::of_path(std::path::Path::new("m.LP.gz")),
        Some((Format::Lp, true))
    );
}

// ------------------------------------------------------------ (b) proptest

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_problems_round_trip_through_lp(p in common::random_problem()) {
        round_trip(&p);
    }
}

// ------------------------------------------------------- (c) broken inputs

fn broken(text: &str, line: usize, fragment: &str) {
    let err = match lp::parse(text, "model.lp") {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e) => e,
    };
    let msg = err.to_string();
    assert_eq!(err.line(), Some(line), "{msg}");
    assert!(msg.starts_with(&format!("model.lp:{line}: ")), "{msg}");
    assert!(msg.contains(fragment), "expected {fragment:?} in: {msg}");
}

macro_rules! broken_cases {
    ($($name:ident: $text:expr, $line:expr, $fragment:expr;)*) => {
        $(
            #[test]
            fn $name() {
                broken($text, $line, $fragment);
            }
        )*
    };
}

broken_cases! {
    broken_variable_on_the_right_hand_side:
        "min\n obj: x\nst\n c1: x + y >= 1\n\n\n c2: y <= x\n", 7, "expected a number after '<=', found 'x'";
    broken_nan_coefficient:
        "min\n obj: NaN x\nst\n", 2, "found 'NaN'";
    broken_nan_right_hand_side:
        "min\nst\n c: x >= nan\n", 3, "expected a number after '>=', found 'nan'";
    broken_coefficient_out_of_range:
        "min\n obj: x\nst\n c: 1e999 x >= 1\n", 4, "number '1e999' is out of range";
    broken_infinite_coefficient:
        "min\nst\n c: x\n + inf y >= 1\n", 4, "found 'inf'";
    broken_unknown_section:
        "min\n obj: x\nst\n c: x >= 1\nObjective\nEnd\n", 6, "is 'Objective' meant as a section header";
    broken_semi_continuous_without_upper_bound:
        "min\n obj: x\nst\n c: x >= 1\nbounds\n x >= 2\nSemi-Continuous\n x\n", 8, "semi-continuous variable 'x' needs finite bounds";
    broken_unsupported_section:
        "min\n obj: x\nst\n c: x >= 1\nSOS\n s1: S1:: x:1\n", 5, "unsupported section 'SOS'";
    broken_constraint_without_comparison:
        "min\n obj: x\nst\n c: x + y\nbounds\n x <= 1\n", 5, "expected a comparison operator";
    broken_bound_on_a_constant:
        "min\nst\n c: x >= 1\nbounds\n 0 <= 1\n", 5, "expected a variable after '<=', found '1'";
    broken_two_comparisons_not_a_range:
        "min\nst\n c: 1 <= x + y >= 0\n", 3, "ranged constraint is 'l <= expression <= u'";
    broken_equality_inside_a_range:
        "min\nst\n c: 1 = x <= 4\n", 3, "ranged constraint";
    broken_row_name_used_twice:
        "min\nst\n dup: x >= 1\n other: y >= 1\n dup: x + y <= 3\n", 5, "row name 'dup' is used twice (first at line 3)";
    broken_missing_subject_to:
        "min\n obj: x + y\nbounds\n x <= 4\nend\n", 3, "expected 'Subject To' after the objective";
    broken_missing_objective_section:
        "\\ no sense\nsubject to\n c: x >= 1\n", 2, "expected 'Minimize' or 'Maximize'";
    broken_two_names_without_operator:
        "min\n obj: x\nst\n c: x # y >= 1\n", 4, "expected a comparison operator ('<=', '>=' or '=') in the constraint, found '#'";
    broken_garbage_after_right_hand_side:
        "min\n obj: x\nst\n c: x + y >= 1 @@\n", 4, "expected the end of the constraint that starts at line 4";
    broken_garbage_character:
        "min\n obj: x\nst\n c: x ? 2 >= 1\n".replace('?', "*").as_str(), 4, "unexpected character '*'";
    broken_truncated_expression_at_end_of_file:
        "min\n obj: x\nst\n c: 2 x + 3 y -", 4, "expected a number or a variable after '-', found end of file";
    broken_truncated_comparison_at_end_of_file:
        "min\n obj: x\nst\n c: 2 x + 3 y <=", 4, "expected a number after '<=', found end of file";
    broken_lower_above_upper_after_bounds:
        "min\n obj: x\nst\n c: x >= 0\nbounds\n x <= 3\n x >= 4\nend\n", 7, "inconsistent bounds for 'x': lower bound 4 > upper bound 3";
    broken_lower_bound_plus_infinity:
        "min\nst\n c: x >= 0\nbounds\n x >= +inf\n", 5, "invalid bound";
    broken_double_sign:
        "min\n obj: x + -y\nst\n", 2, "expected a number or a variable after '+', found '-'";
    broken_constant_in_a_constraint:
        "min\nst\n c: x + 3 >= 5\n", 3, "a constraint's constant goes on the right-hand side";
    broken_malformed_number:
        "min\n obj: 1.0.0 x\nst\n", 2, "malformed number '1.0.0'";
    broken_malformed_coefficient_without_a_label:
        "min\n obj: x\nst\n\n1.0.0 x >= 1\n", 5, "malformed number '1.0.0'";
    broken_malformed_coefficient_after_a_digit_label:
        "min\n obj: x\nst\n 001: 1.0.0 x >= 1\n", 4, "malformed number '1.0.0'";
    broken_malformed_right_hand_side_after_a_digit_label:
        "min\n obj: x\nst\n 001: x >= 1.0.0\n", 4, "malformed number '1.0.0'";
    broken_malformed_number_starting_with_a_period:
        "min\n obj: x\nst\n c: .5.5 x >= 1\n", 4, "malformed number '.5.5'";
    broken_nan_right_hand_side_after_a_digit_label:
        "min\nst\n 001: x >= NaN\n", 3, "expected a number after '>=', found 'NaN'";
    broken_coefficient_out_of_range_after_a_digit_label:
        "min\n obj: x\nst\n 2: 1e999 x >= 1\n", 4, "number '1e999' is out of range";
    broken_digit_label_used_twice:
        "min\nst\n 001: x >= 1\n 001: y >= 1\n", 4, "row name '001' is used twice (first at line 3)";
    broken_coefficient_with_a_colon_on_the_next_line:
        "min\nst\n 2\n : x >= 1\n", 3, "expected a variable after the coefficient '2'";
    broken_digit_label_then_nothing:
        "min\nst\n 001:\n", 3, "expected a variable or a coefficient to start the constraint, found end of file";
    broken_text_after_end:
        "min\nst\n c: x >= 1\nend\n c2: y >= 1\n", 5, "expected nothing after 'End'";
    broken_quadratic_objective:
        "min\n obj: x + [ x ^ 2 ] / 2\nst\n", 2, "quadratic terms are not supported";
    broken_unterminated_block_comment:
        "min\n obj: x\n\\* comment\nst\n", 3, "unterminated block comment";
    broken_empty_constraint:
        "min\nst\n c: <= 4\n", 3, "expected a variable or a coefficient to start the constraint, found '<='";
    broken_inverted_range:
        "min\nst\n c: x >= 0\n\n r: 4 <= x + y <= 2\n", 5, "inconsistent bounds for 'r'";
    broken_second_subject_to:
        "min\nst\n c: x >= 1\nbounds\n x <= 2\nsubject to\n", 6, "a second 'Subject To' section";
    broken_name_in_general_is_a_number:
        "min\nst\n c: x >= 1\ngenerals\n x 2\n", 5, "expected a variable name in the General section, found '2'";
    broken_empty_file:
        "", 1, "expected 'Minimize' or 'Maximize' to start the file, found end of file";
}

#[test]
fn broken_non_utf8_file_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.lp");
    std::fs::write(&path, b"min\n obj: x\nst\n c: x\xff >= 1\n").unwrap();
    let err = io::read_problem(&path).unwrap_err();
    assert_eq!(err.line(), Some(4), "{err}");
    assert!(err.to_string().contains("expected UTF-8"), "{err}");
}

// ------------------------------------------------------------ (d) accepted

#[test]
fn accepts_signs_without_blanks_as_separate_variables() {
    let p = read("minimize\n obj: x\nsubject to\n c1: x-y>=1\n c2: 2x+3y<=4\nend");
    let c1 = p.row_by_name("c1").unwrap();
    let c2 = p.row_by_name("c2").unwrap();
    let (x, y) = (p.var_by_name("x").unwrap(), p.var_by_name("y").unwrap());
    assert_eq!(p.num_vars(), 2);
    assert_eq!(p.row(c1).collect::<Vec<_>>(), vec![(x, 1.0), (y, -1.0)]);
    assert_eq!(p.row(c2).collect::<Vec<_>>(), vec![(x, 2.0), (y, 3.0)]);
    assert_eq!((p.row_lower(c1), p.row_upper(c1)), (1.0, INF));
    assert_eq!((p.row_lower(c2), p.row_upper(c2)), (-INF, 4.0));
}

#[test]
fn accepts_names_starting_with_a_period_as_highs_and_scip_write_them() {
    // tools/conformance/cases/lp_name_period.lp
    let p = read("Minimize\n obj: + 2 .x1 + 3 y\nSubject To\n ...: + .x1 + y >= 1\nEnd\n");
    assert_eq!(p.var_names(), [".x1", "y"]);
    assert_eq!(p.row_names(), ["..."]);
    assert_eq!(p.objective_coefficients(), [2.0, 3.0]);
    // A period followed by a digit is a number: `.5 x` is half an x.
    let p = read("min\n obj: .5 x + 2 .y\nst\n .c: .25x >= .5\n");
    assert_eq!(p.var_names(), ["x", ".y"]);
    assert_eq!(p.objective_coefficients(), [0.5, 2.0]);
    let c = p.row_by_name(".c").unwrap();
    assert_eq!(p.row(c).map(|(_, a)| a).collect::<Vec<_>>(), [0.25]);
    assert_eq!(p.row_lower(c), 0.5);
}

#[test]
fn accepts_row_and_objective_names_starting_with_a_digit() {
    // tools/conformance/cases/lp_row_name_digit.lp
    let p = read("Minimize\n obj: + 2 x + 3 y\nSubject To\n 001: + x + y >= 1\nEnd\n");
    assert_eq!(p.row_names(), ["001"]);
    assert_eq!(p.var_names(), ["x", "y"]);
    // The colon decides: `2 x` is a term, `2:` and `2 :` are labels, also
    // after another constraint on the same line; `1e5:` and `.5:` too.
    let p =
        read("max\n 7: 2 x + y\nst\n 2: 2 x >= 1 3 : x + y <= 4\n 2 x + y <= 5\n 1e5: .5 x <= 3\n");
    assert_eq!(p.objective_name(), "7");
    assert_eq!(p.row_names(), ["2", "3", "c3", "1e5"]);
    let r = p.row_by_name("c3").unwrap();
    assert_eq!(p.row(r).map(|(_, a)| a).collect::<Vec<_>>(), [2.0, 1.0]);
}

#[test]
fn accepts_a_row_named_end_without_end_and_without_trailing_newline() {
    let p = read("Maximize\n obj: x + y\nSubject To\nend: x + y <= 10\n c: x - y >= -2");
    assert_eq!(p.row_names(), ["end", "c"]);
    assert_eq!(p.sense(), Sense::Maximize);
}

#[test]
fn accepts_comments_everywhere() {
    let p = read(
        "\\ header comment\nMinimize \\ sense\n \\ a line of its own\n obj: x \\ term\n + y\nSubject To \\ st\n c: x \\ mid\n >= 1 \\ after\n\\* a\n block *\\\nEnd \\ done",
    );
    assert_eq!(p.num_vars(), 2);
    assert_eq!(p.objective_coefficients(), [1.0, 1.0]);
}

#[test]
fn accepts_ranged_rows_free_variables_and_infinite_bounds() {
    let p = read(
        "min\n obj: x + y + z\nst\n r: -3.5 <= x + y <= 7\n q: 7 >= y - z >= -1\nbounds\n x free\n -inf <= y <= 5\n z >= -INFINITY\n z <= 1e30\nend\n",
    );
    let r = p.row_by_name("r").unwrap();
    assert_eq!((p.row_lower(r), p.row_upper(r)), (-3.5, 7.0));
    let q = p.row_by_name("q").unwrap();
    assert_eq!((p.row_lower(q), p.row_upper(q)), (-1.0, 7.0));
    let b = |n: &str| {
        let v = p.var_by_name(n).unwrap();
        (p.var_lower(v), p.var_upper(v))
    };
    assert_eq!(b("x"), (-INF, INF));
    assert_eq!(b("y"), (-INF, 5.0));
    assert_eq!(b("z"), (-INF, 1e30)); // no 1e30-means-infinity rule
}

#[test]
fn accepts_the_objective_constant_and_sums_repeated_terms_with_a_warning() {
    let parsed = lp::parse("max\n obj: 3 x + 2 + x\nst\n c: x <= 1\n", "m.lp").unwrap();
    let p = &parsed.problem;
    assert_eq!(p.objective_offset(), 2.0);
    assert_eq!(p.objective_coefficients(), [4.0]);
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].line, 2);
}

#[test]
fn accepts_the_empty_semi_section_highs_writes() {
    // Written by HiGHS 1.16 (`Highs().readModel(...)`, `writeModel("x.lp")`)
    // from an MPS file; was "unsupported section 'semi'".
    let text = "\\ File written by HiGHS .lp file handler\nmin\n obj: +1 x +1 y +1 z \nst\n \
                c1: +1 x +1 y +1 z <= +4\nbounds\n y <= 1\n z <= 5\nbin\n y\ngen\n z\nsemi\nend\n";
    let parsed = lp::parse(text, "highs.lp").unwrap_or_else(|e| panic!("{e}"));
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let p = &parsed.problem;
    assert_eq!(
        p.var_kinds(),
        [VarKind::Continuous, VarKind::Binary, VarKind::Integer]
    );
    assert_eq!(p.var_uppers(), [INF, 1.0, 5.0]);
}

#[test]
fn accepts_general_binary_and_their_spellings() {
    for (gen_kw, bin_kw) in [
        ("General", "Binary"),
        ("Generals", "Binaries"),
        ("GEN", "bin"),
        ("Integer", "binary"),
        ("integers", "BINARIES"),
    ] {
        let p = read(&format!(
            "min\n obj: x + y + z\nst\n c: x + y + z >= 1\nbounds\n x <= 5\n{gen_kw}\n x\n{bin_kw}\n y\n"
        ));
        let kind = |n: &str| p.var_kind(p.var_by_name(n).unwrap());
        assert_eq!(kind("x"), VarKind::Integer, "{gen_kw}");
        assert_eq!(kind("y"), VarKind::Binary, "{bin_kw}");
        assert_eq!(kind("z"), VarKind::Continuous);
    }
}

#[test]
fn a_keyword_starting_a_line_is_a_header_even_if_a_name_was_meant() {
    // Documented rule: `bounds` first on its line opens the Bounds section.
    let p = read("min\n obj: x\n + bounds\nst\n c: x >= 1\nbounds\n x <= 4\n");
    assert_eq!(p.var_names(), ["x", "bounds"]);
    let err = lp::parse("min\n obj: x +\nbounds\nst\n", "m.lp").unwrap_err();
    assert_eq!(err.line(), Some(3));
    assert!(
        err.to_string().contains("found section header 'Bounds'"),
        "{err}"
    );
}

//! Unit tests of the LP reader (and of the writer's output read back):
//! one behaviour per test.

use super::{parse, write_string};
use crate::model::{Problem, Sense, VarKind};

fn read(text: &str) -> crate::io::parsed::Parsed {
    match parse(text, "t.lp") {
        Ok(p) => p,
        Err(e) => panic!("{e}\n--- text:\n{text}"),
    }
}

fn problem(text: &str) -> Problem {
    read(text).problem
}

fn fail(text: &str) -> (usize, String) {
    match parse(text, "t.lp") {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e) => (e.line().unwrap_or(0), e.to_string()),
    }
}

fn row(p: &Problem, name: &str) -> Vec<(String, f64)> {
    let r = p
        .row_by_name(name)
        .unwrap_or_else(|| panic!("no row {name}"));
    p.row(r)
        .map(|(v, a)| (p.var_name(v).to_string(), a))
        .collect()
}

fn sides(p: &Problem, name: &str) -> (f64, f64) {
    let r = p
        .row_by_name(name)
        .unwrap_or_else(|| panic!("no row {name}"));
    (p.row_lower(r), p.row_upper(r))
}

fn bounds(p: &Problem, name: &str) -> (f64, f64) {
    let v = p
        .var_by_name(name)
        .unwrap_or_else(|| panic!("no var {name}"));
    (p.var_lower(v), p.var_upper(v))
}

const INF: f64 = f64::INFINITY;

#[test]
fn sense_keywords_and_abbreviations() {
    for (w, s) in [
        ("Minimize", Sense::Minimize),
        ("MINIMUM", Sense::Minimize),
        ("min", Sense::Minimize),
        ("Maximize", Sense::Maximize),
        ("maximum", Sense::Maximize),
        ("MAX", Sense::Maximize),
    ] {
        for st in ["Subject To", "such that", "st", "S.T.", "subject   to"] {
            let p = problem(&format!("{w}\n obj: x\n{st}\n c: x <= 1\nEnd\n"));
            assert_eq!(p.sense(), s, "{w} {st}");
            assert_eq!(p.num_rows(), 1);
        }
    }
}

#[test]
fn signs_without_blanks_make_separate_variables() {
    let p = problem("min\nst\n c1: x-y>=1\n c2: 2x+3y<=4\n");
    assert_eq!(row(&p, "c1"), [("x".into(), 1.0), ("y".into(), -1.0)]);
    assert_eq!(row(&p, "c2"), [("x".into(), 2.0), ("y".into(), 3.0)]);
    assert_eq!(sides(&p, "c1"), (1.0, INF));
    assert_eq!(sides(&p, "c2"), (-INF, 4.0));
}

#[test]
fn exponent_names_and_numbers() {
    let p = problem("min\n obj: 3.5e-2 e1 + 2e3x + x1e5 - 2 e\nst\n c: e1 + e >= 0\n");
    assert_eq!(p.var_names(), ["e1", "x", "x1e5", "e"]);
    assert_eq!(p.objective_coefficients(), [0.035, 2000.0, 1.0, -2.0]);
}

#[test]
fn objective_constant_and_label() {
    let p = problem("max\n profit: 3 x + 2 - y - 0.5\nst\n c: x + y <= 1\n");
    assert_eq!(p.objective_name(), "profit");
    assert_eq!(p.objective_offset(), 1.5);
    assert_eq!(p.objective_coefficients(), [3.0, -1.0]);
    let p = problem("min\n obj: 7\nst\n");
    assert_eq!(p.objective_offset(), 7.0);
    assert_eq!(p.num_vars(), 0);
    let p = problem("min\nst\n c: x >= 1");
    assert_eq!(p.objective_name(), "obj");
    assert_eq!(p.objective_offset().to_bits(), 0f64.to_bits());
}

#[test]
fn ranged_and_reversed_constraints() {
    let p = problem(
        "min\nst\n r1: -2 <= x + y <= 5\n r2: 5 >= x >= -1\n r3: 3 <= y\n r4: 3 >= y\n r5: 3 = y\n r6: x >= -inf\n r7: -infinity <= x <= +INF\n",
    );
    assert_eq!(sides(&p, "r1"), (-2.0, 5.0));
    assert_eq!(sides(&p, "r2"), (-1.0, 5.0));
    assert_eq!(sides(&p, "r3"), (3.0, INF));
    assert_eq!(sides(&p, "r4"), (-INF, 3.0));
    assert_eq!(sides(&p, "r5"), (3.0, 3.0));
    assert_eq!(sides(&p, "r6"), (-INF, INF));
    assert_eq!(sides(&p, "r7"), (-INF, INF));
}

#[test]
fn comparison_spellings_in_constraints() {
    let p = problem("min\nst\n a: x =< 1\n b: x => 2\n c: x < 3\n d: x > 4\n e: x = 5\n");
    assert_eq!(sides(&p, "a"), (-INF, 1.0));
    assert_eq!(sides(&p, "b"), (2.0, INF));
    assert_eq!(sides(&p, "c"), (-INF, 3.0));
    assert_eq!(sides(&p, "d"), (4.0, INF));
    assert_eq!(sides(&p, "e"), (5.0, 5.0));
}

#[test]
fn terms_span_lines_and_signs_may_stand_apart() {
    let p = problem("min\n obj:\n  x\n  + 2\n  y\nst\n c: -\n 2 x\n -   y\n >=\n -3\n");
    assert_eq!(p.objective_coefficients(), [1.0, 2.0]);
    assert_eq!(row(&p, "c"), [("x".into(), -2.0), ("y".into(), -1.0)]);
    assert_eq!(sides(&p, "c"), (-3.0, INF));
}

#[test]
fn keywords_are_names_where_they_do_not_start_a_line() {
    let p = problem(
        "min\n obj: free + bounds + st\nst\nend: free + bounds >= 1\n bin: st - end <= 2\nbounds\n free <= 4\n -inf <= bounds <= +inf\nend",
    );
    assert_eq!(p.var_names(), ["free", "bounds", "st", "end"]);
    assert_eq!(row(&p, "end").len(), 2);
    assert_eq!(row(&p, "bin"), [("st".into(), 1.0), ("end".into(), -1.0)]);
    assert_eq!(bounds(&p, "free"), (0.0, 4.0));
    assert_eq!(bounds(&p, "bounds"), (-INF, INF));
}

#[test]
fn end_is_optional_and_a_trailing_newline_too() {
    for text in [
        "min\n obj: x\nst\n c: x >= 1",
        "min\n obj: x\nst\n c: x >= 1\n",
        "min\n obj: x\nst\n c: x >= 1\nend",
        "min\n obj: x\nst\n c: x >= 1\nEND\n\\ trailing comment\n",
        "min\r\n obj: x\r\nst\r\n c: x >= 1\r\nend\r\n",
    ] {
        let p = problem(text);
        assert_eq!(sides(&p, "c"), (1.0, INF), "{text:?}");
    }
}

#[test]
fn comments_line_and_block() {
    let p = problem(
        "\\ leading\nmin \\ the sense\n obj: x \\* a block\n spanning + y *\\ + z\nst \\* *\\\n c: x + z >= 1 \\ note: <= 3\n",
    );
    assert_eq!(p.var_names(), ["x", "z"]);
    assert_eq!(sides(&p, "c"), (1.0, INF));
}

#[test]
fn bound_forms() {
    let p = problem(
        "min\nst\n c: a + b + c + d + e + f + g + h >= 0\nbounds\n a >= -1\n b <= 4\n -2 <= c <= 3\n d free\n e = 2.5\n -inf <= f\n 7 >= g\n g >= -INF\n 8 >= h >= 2\n",
    );
    assert_eq!(bounds(&p, "a"), (-1.0, INF));
    assert_eq!(bounds(&p, "b"), (0.0, 4.0));
    assert_eq!(bounds(&p, "c"), (-2.0, 3.0));
    assert_eq!(bounds(&p, "d"), (-INF, INF));
    assert_eq!(bounds(&p, "e"), (2.5, 2.5));
    assert_eq!(bounds(&p, "f"), (-INF, INF));
    assert_eq!(bounds(&p, "g"), (-INF, 7.0));
    assert_eq!(bounds(&p, "h"), (2.0, 8.0));
}

#[test]
fn negative_upper_bound_alone_lowers_the_lower_bound_with_a_warning() {
    let parsed = read("min\nst\n c: x + y >= -10\nbounds\n x <= -5\n");
    assert_eq!(bounds(&parsed.problem, "x"), (-INF, -5.0));
    assert!(
        parsed
            .warnings
            .iter()
            .any(|w| w.line == 5 && w.message.contains("negative upper bound")),
        "{:?}",
        parsed.warnings
    );
    // y's lower bound was set explicitly: the bounds cross.
    let err = parse(
        "min\nst\n c: x + y >= -10\nbounds\n y >= 0\n y <= -1\n",
        "t.lp",
    )
    .unwrap_err();
    assert_eq!(err.line(), Some(6));
    assert!(
        err.to_string().contains("inconsistent bounds for 'y'"),
        "{err}"
    );
}

#[test]
fn general_and_binary_sections() {
    let parsed = read(
        "min\nst\n c: x + y + z + w >= 1\nbounds\n -3 <= x <= 3\n 0 <= z <= 1\n w <= 7\ngeneral\n x z\nbinaries\n y w\n",
    );
    let p = &parsed.problem;
    let kind = |n: &str| p.var_kind(p.var_by_name(n).unwrap());
    assert_eq!(kind("x"), VarKind::Integer);
    assert_eq!(bounds(p, "x"), (-3.0, 3.0));
    assert_eq!(kind("y"), VarKind::Binary);
    assert_eq!(bounds(p, "y"), (0.0, 1.0));
    assert_eq!(kind("z"), VarKind::Binary); // integer on [0, 1]
    assert_eq!(kind("w"), VarKind::Binary);
    assert_eq!(bounds(p, "w"), (0.0, 1.0));
    assert!(
        parsed
            .warnings
            .iter()
            .any(|w| w.message.contains("'w' is declared binary")),
        "{:?}",
        parsed.warnings
    );
    let p = problem("min\nst\ngen\n n\n");
    assert_eq!(bounds(&p, "n"), (0.0, INF));
    assert_eq!(p.var_kind(p.var_by_name("n").unwrap()), VarKind::Integer);
}

#[test]
fn variables_are_numbered_by_first_appearance() {
    let p = problem(
        "min\n obj: b + a\nst\n c: d + a + c >= 1\nbounds\n e <= 1\ngeneral\n f\nbinary\n g\n",
    );
    assert_eq!(p.var_names(), ["b", "a", "d", "c", "e", "f", "g"]);
}

#[test]
fn repeated_variable_is_summed_with_a_warning() {
    let parsed = read("min\n obj: x + 2 x\nst\n c: x + y\n + x >= 1\n");
    let p = &parsed.problem;
    assert_eq!(p.objective_coefficients(), [3.0, 0.0]);
    assert_eq!(row(p, "c"), [("x".into(), 2.0), ("y".into(), 1.0)]);
    let lines: Vec<usize> = parsed.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [2, 5]);
    assert!(parsed.warnings[1].message.contains("row 'c'"));
    // Terms that cancel leave no entry but keep the variable.
    let p = problem("min\nst\n c: x - x + y >= 1\n");
    assert_eq!(row(&p, "c"), [("y".into(), 1.0)]);
    assert_eq!(p.num_vars(), 2);
}

#[test]
fn unlabeled_rows_get_names_that_avoid_labels() {
    let p = problem("min\nst\n x >= 1\n c1: x <= 3\n x + y <= 5\n c3_: y >= 0\n 2 <= y\n");
    assert_eq!(p.row_names(), ["c1_", "c1", "c3", "c3_", "c5"]);
}

#[test]
fn several_constraints_on_one_line_need_labels() {
    let p = problem("min\nst\n a: x >= 1 b: y >= 2 c: 0 <= x + y <= 3\n");
    assert_eq!(p.row_names(), ["a", "b", "c"]);
}

#[test]
fn problem_name_from_header_comment_or_file_stem() {
    let p = problem("\\Problem name: knap sack \nmin\nst\n");
    assert_eq!(p.name(), "knap sack");
    let p = parse("min\nst\n", "dir/sub/model.LP.gz").unwrap().problem;
    assert_eq!(p.name(), "model");
}

#[test]
fn errors_name_line_and_what_was_expected() {
    let cases: &[(&str, usize, &str)] = &[
        (
            "min\nst\n c: x <= y\n",
            3,
            "expected a number after '<=', found 'y'",
        ),
        ("min\nst\n c: x + y\nbounds\n", 4, "comparison operator"),
        (
            "min\nst\n c: x >= 1\n c: y >= 1\n",
            4,
            "row name 'c' is used twice (first at line 3)",
        ),
        (
            "min\n obj: x\nbounds\n x <= 1\n",
            3,
            "expected 'Subject To' after the objective, found section header 'Bounds'",
        ),
        ("st\n c: x >= 1\n", 1, "expected 'Minimize' or 'Maximize'"),
        ("", 1, "found end of file"),
        ("min\nst\n c: x +\n", 3, "after '+', found end of file"),
        ("min\nst\n c: x + + y >= 1\n", 3, "after '+', found '+'"),
        ("min\nst\n c: x + -y >= 1\n", 3, "after '+', found '-'"),
        (
            "min\nst\n c: 2 x + 3 >= 1\n",
            3,
            "constant goes on the right-hand side",
        ),
        ("min\nst\n c: 1 <= x >= 0\n", 3, "ranged constraint"),
        ("min\nst\n c: x >= 1 <= 2\n", 3, "second comparison"),
        ("min\nst\n c: 1 = x = 1\n", 3, "ranged constraint"),
        ("min\n obj: inf x\nst\n", 2, "found 'inf'"),
        ("min\n obj: 3 nan\nst\n", 2, "found 'nan'"),
        ("min\n obj: 1e999 x\nst\n", 2, "out of range"),
        (
            "min\nst\n c: x >= 1\nbounds\n 3 <= 4\n",
            5,
            "expected a variable after '<=', found '4'",
        ),
        (
            "min\nst\n c: x >= 1\nbounds\n 2 x >= 1\n",
            5,
            "comparison operator after '2'",
        ),
        (
            "min\nst\n c: x >= 1\nbounds\n x >= 2\n x <= 1\n",
            6,
            "inconsistent bounds",
        ),
        (
            "min\nst\n c: x >= 1\nbounds\n x >= inf\n",
            5,
            "invalid bound",
        ),
        (
            "min\nst\n c: x >= 1\nbounds\n x <= 1 <= 2\n",
            5,
            "second comparison",
        ),
        (
            "min\nst\n c: x >= 1\nbounds\n 1 <= x >= 0\n",
            5,
            "two-sided bound",
        ),
        (
            "min\nst\n c: x >= 1\nbounds\n x\n",
            5,
            "comparison or 'free' after 'x'",
        ),
        (
            "min\nst\n c: x >= 1\nbounds\n x >= 2\nsemi-continuous\n x\n",
            7,
            "semi-continuous variable 'x' needs finite bounds",
        ),
        ("min\nst\n c: x >= 1\nsos\n", 4, "unsupported section"),
        (
            "min\nst\n c: x >= 1\nfoo\nbounds\n",
            5,
            "is 'foo' meant as a section header",
        ),
        (
            "min\nst\n c: x >= 1\nend\nx\n",
            5,
            "expected nothing after 'End', found 'x'",
        ),
        ("min\nst\n c: x >= 1\nst\n", 4, "second 'Subject To'"),
        ("min\nst\n c: x >= 1\nmax\n", 4, "second objective section"),
        ("min\nst\n c: x >= 1 y\n", 3, "end of the constraint"),
        ("min\nst\n c: >= 1\n", 3, "start the constraint"),
        (
            "min\nst\n c: x >= 1\ngeneral\n 3\n",
            5,
            "variable name in the General section, found '3'",
        ),
        ("min\nst\n c: x * y >= 1\n", 3, "unexpected character '*'"),
        ("min\n obj: [ x ^ 2 ]\nst\n", 2, "quadratic"),
        (
            "min\nst\n c: x >= 1\n\\* never closed\n",
            4,
            "unterminated block comment",
        ),
        (
            "min\n obj: x y\nst\n",
            2,
            "'+', '-' or 'Subject To' after the objective, found 'y'",
        ),
        (
            "min\nst\n c: x >= 2\n d: 5 <= x <= 1\n",
            4,
            "inconsistent bounds for 'd'",
        ),
        ("min\nst\n c: 1e308 x + 1e308 x >= 1\n", 3, "out of range"),
    ];
    for &(text, line, fragment) in cases {
        let (l, msg) = fail(text);
        assert!(msg.contains(fragment), "{text:?}: {msg}");
        assert!(
            msg.starts_with(&format!("t.lp:{line}: ")),
            "{text:?}: {msg}"
        );
        assert_eq!(l, line, "{text:?}: {msg}");
    }
}

#[test]
fn writer_output_reads_back_identically() {
    let text = "\\Problem name: demo\nmax\n profit: 3 x - 0.1 y + 1e-300 z + 2.5\nst\n c1: x + y + z <= 4\n c2: 1 <= x - y\n c3: -x + 1e300 z = -0.25\n c4: y >= -inf\nbounds\n -inf <= z <= 5\n y free\n -3 <= w <= 3\ngeneral\n x w\nbinary\n b\n";
    let p = problem(text);
    let written = write_string(&p).unwrap();
    let q = problem(&written);
    assert_eq!(p, q, "{written}");
    assert_eq!(q.name(), "demo");
    assert_eq!(write_string(&q).unwrap(), written);
}

#[test]
fn an_empty_semi_continuous_section_is_read_in_every_spelling_without_a_warning() {
    // HiGHS writes `semi` (empty) before `end` into every LP file; SCIP and
    // HiGHS read all three spellings.
    for header in [
        "semi",
        "semis",
        "semi-continuous",
        "Semi-Continuous",
        "SEMI",
    ] {
        for tail in ["\nend\n", "\n", "\nbinary\n b\nend\n"] {
            let text = format!("min\n obj: x + y\nst\n c: x + y >= 1\ngen\n y\n{header}{tail}");
            let parsed = parse(&text, "t.lp").unwrap_or_else(|e| panic!("{text}: {e}"));
            assert!(parsed.warnings.is_empty(), "{text}");
            let p = &parsed.problem;
            assert_eq!(
                p.var_kind(p.var_by_name("y").unwrap()),
                VarKind::Integer,
                "{text}"
            );
        }
    }
    // `semi` not at a line start, or followed by `:`, is still a name.
    let p = parse("min\n obj: semi\nst\n semi: x >= 1\n", "t.lp")
        .unwrap()
        .problem;
    assert_eq!(p.var_names(), ["semi", "x"]);
}

#[test]
fn a_ranged_row_is_written_as_two_rows_as_scip_and_highs_write_it() {
    // Neither peer reads `l <= expr <= u`; both write `<name>lo`/`<name>up`.
    let p = problem("min\n obj: x\nst\n c: 1 <= x - y <= 3\n clo: x >= 0\n");
    let written = write_string(&p).unwrap();
    assert!(written.contains(" c_lo: + x - y >= 1\n"), "{written}");
    assert!(written.contains(" cup: + x - y <= 3\n"), "{written}");
    assert!(!written.contains("<= + x"), "{written}");
    let q = problem(&written);
    assert_eq!(q.num_rows(), 3);
    let lo = q.row_by_name("c_lo").unwrap();
    let up = q.row_by_name("cup").unwrap();
    assert_eq!((q.row_lower(lo), q.row_upper(lo)), (1.0, f64::INFINITY));
    assert_eq!((q.row_lower(up), q.row_upper(up)), (f64::NEG_INFINITY, 3.0));
    // From there on the round trip is exact.
    assert_eq!(write_string(&q).unwrap(), written);
}

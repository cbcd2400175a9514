//! Unit tests of the MPS reader and writer: one behaviour per test.

use super::{parse, write_string};
use crate::io::error::ReadError;
use crate::io::parsed::Parsed;
use crate::model::{Problem, Sense, VarId, VarKind};

fn ok(text: &str) -> Parsed {
    parse(text, "t.mps").unwrap_or_else(|e| panic!("{e}"))
}

fn err(text: &str) -> (usize, String) {
    match parse(text, "t.mps") {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(ReadError::Syntax { line, message, .. }) => (line, message),
        Err(e) => panic!("not a syntax error: {e}"),
    }
}

fn var(p: &Problem, name: &str) -> VarId {
    p.var_by_name(name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

fn bounds(p: &Problem, name: &str) -> (f64, f64) {
    let v = var(p, name);
    (p.var_lower(v), p.var_upper(v))
}

fn sides(p: &Problem, name: &str) -> (f64, f64) {
    let r = p
        .row_by_name(name)
        .unwrap_or_else(|| panic!("no row {name}"));
    (p.row_lower(r), p.row_upper(r))
}

const INF: f64 = f64::INFINITY;

#[test]
fn a_minimal_file_gives_rows_columns_objective_and_default_bounds() {
    let p = ok("NAME tiny\nROWS\n N obj\n L c1\nCOLUMNS\n x obj 2 c1 1\nRHS\n rhs c1 4\nENDATA\n")
        .problem;
    assert_eq!(p.name(), "tiny");
    assert_eq!(p.objective_name(), "obj");
    assert_eq!(p.sense(), Sense::Minimize);
    assert_eq!(p.objective_coefficient(var(&p, "x")), 2.0);
    assert_eq!(sides(&p, "c1"), (f64::NEG_INFINITY, 4.0));
    assert_eq!(bounds(&p, "x"), (0.0, INF));
    assert_eq!(p.var_kind(var(&p, "x")), VarKind::Continuous);
}

#[test]
fn objsense_is_read_on_the_same_line_or_the_next_in_any_spelling() {
    for text in [
        "OBJSENSE MAX\nROWS\n",
        "OBJSENSE\n    MAX\nROWS\n",
        "OBJSENSE MAXIMIZE\nROWS\n",
        "OBJSENSE\n  maximize\nROWS\n",
        "NAME n\nOBJSENSE\n    MAX\nROWS\n",
    ] {
        let p = ok(&format!("{text} N obj\nCOLUMNS\n x obj 1\nENDATA\n")).problem;
        assert_eq!(p.sense(), Sense::Maximize, "{text}");
    }
    let p = ok("OBJSENSE MIN\nROWS\n N obj\nENDATA\n").problem;
    assert_eq!(p.sense(), Sense::Minimize);
    let p = ok("ROWS\n N obj\nENDATA\n").problem;
    assert_eq!(p.sense(), Sense::Minimize);
}

#[test]
fn objsense_without_a_value_is_an_error_at_the_next_section() {
    let (line, msg) = err("OBJSENSE\nROWS\n N obj\nENDATA\n");
    assert_eq!(line, 2);
    assert!(msg.contains("expected MIN or MAX"), "{msg}");
}

#[test]
fn later_n_rows_are_dropped_with_their_entries_and_one_warning_each() {
    let parsed = ok(
        "ROWS\n N obj\n N free1\n L c\n N free2\nCOLUMNS\n x obj 1 free1 5\n x c 1 \
                     free2 3\nRHS\n r free1 2 c 1\nRANGES\n r free2 4\nENDATA\n",
    );
    let p = &parsed.problem;
    assert_eq!(p.num_rows(), 1);
    assert_eq!(p.row_names(), ["c"]);
    assert_eq!(p.num_nonzeros(), 1);
    assert_eq!(parsed.warnings.len(), 2);
    assert_eq!(parsed.warnings[0].line, 3);
    assert!(parsed.warnings[0].message.contains("free1"));
    assert_eq!(parsed.warnings[1].line, 5);
}

#[test]
fn columns_between_markers_are_integer_with_default_unit_bounds() {
    let p = ok(
        "ROWS\n N obj\n L c\nCOLUMNS\n m 'MARKER' 'INTORG'\n b obj 1\n i obj 1\n j obj 1\n \
                m2 'MARKER' 'INTEND'\n x obj 1\nBOUNDS\n UP bnd i 5\n LO bnd j 2\nENDATA\n",
    )
    .problem;
    assert_eq!(p.var_kind(var(&p, "b")), VarKind::Binary);
    assert_eq!(bounds(&p, "b"), (0.0, 1.0));
    // once a bound is given, the other side takes the continuous default
    assert_eq!(p.var_kind(var(&p, "i")), VarKind::Integer);
    assert_eq!(bounds(&p, "i"), (0.0, 5.0));
    assert_eq!(bounds(&p, "j"), (2.0, INF));
    assert_eq!(p.var_kind(var(&p, "x")), VarKind::Continuous);
}

#[test]
fn marker_errors_name_the_line() {
    let (line, msg) = err("ROWS\n N obj\nCOLUMNS\n m 'MARKER' 'INTEND'\nENDATA\n");
    assert_eq!(line, 4);
    assert!(
        msg.contains("'INTEND' without a preceding 'INTORG'"),
        "{msg}"
    );
    let (line, msg) = err("ROWS\n N obj\nCOLUMNS\n m 'MARKER' 'INTORG' extra\nENDATA\n");
    assert_eq!(line, 4);
    assert!(msg.contains("MARKER line"), "{msg}");
    let (line, msg) = err("ROWS\n N obj\nCOLUMNS\n m MARKER 'INTORG'\nENDATA\n");
    assert_eq!(line, 4);
    assert!(msg.contains("malformed MARKER line"), "{msg}");
    let (_, msg) = err("ROWS\n N obj\nCOLUMNS\n m 'MARKER' 'INTXXX'\nENDATA\n");
    assert!(msg.contains("expected 'INTORG' or 'INTEND'"), "{msg}");
}

#[test]
fn ranges_follow_the_standard_rules_by_row_type_and_sign() {
    let p = ok(
        "ROWS\n N obj\n L l\n G g\n E ep\n E en\n E ez\n L lneg\nCOLUMNS\n x obj 1\nRHS\n \
                r l 10 g 10\n r ep 10 en 10\n r ez 10 lneg 10\nRANGES\n q l 3 g 3\n q ep 3 en -3\n \
                q ez 0 lneg -3\nENDATA\n",
    )
    .problem;
    assert_eq!(sides(&p, "l"), (7.0, 10.0));
    assert_eq!(sides(&p, "lneg"), (7.0, 10.0));
    assert_eq!(sides(&p, "g"), (10.0, 13.0));
    assert_eq!(sides(&p, "ep"), (10.0, 13.0));
    assert_eq!(sides(&p, "en"), (7.0, 10.0));
    assert_eq!(sides(&p, "ez"), (10.0, 10.0));
}

#[test]
fn rhs_on_the_objective_is_the_negated_constant() {
    let p = ok("ROWS\n N obj\nCOLUMNS\n x obj 1\nRHS\n r obj 2.5\nENDATA\n").problem;
    assert_eq!(p.objective_offset(), -2.5);
}

#[test]
fn every_bound_type_sets_the_documented_sides_and_kind() {
    let p = ok("ROWS\n N obj\nCOLUMNS\n up obj 1\n lo obj 1\n fx obj 1\n fr obj 1\n mi obj 1\n \
                pl obj 1\n bv obj 1\n li obj 1\n ui obj 1\n inf obj 1\nBOUNDS\n UP b up 4\n LO b lo \
                -2\n FX b fx 3.5\n FR b fr\n MI b mi\n PL b pl\n BV b bv\n LI b li -1\n UI b ui 9\n \
                UP b inf Infinity\n LO b inf -inf\nENDATA\n")
    .problem;
    assert_eq!(bounds(&p, "up"), (0.0, 4.0));
    assert_eq!(bounds(&p, "lo"), (-2.0, INF));
    assert_eq!(bounds(&p, "fx"), (3.5, 3.5));
    assert_eq!(bounds(&p, "fr"), (-INF, INF));
    assert_eq!(bounds(&p, "mi"), (-INF, INF));
    assert_eq!(bounds(&p, "pl"), (0.0, INF));
    assert_eq!(bounds(&p, "bv"), (0.0, 1.0));
    assert_eq!(p.var_kind(var(&p, "bv")), VarKind::Binary);
    assert_eq!(bounds(&p, "li"), (-1.0, INF));
    assert_eq!(p.var_kind(var(&p, "li")), VarKind::Integer);
    assert_eq!(bounds(&p, "ui"), (0.0, 9.0));
    assert_eq!(p.var_kind(var(&p, "ui")), VarKind::Integer);
    assert_eq!(bounds(&p, "inf"), (-INF, INF));
}

#[test]
fn negative_upper_bound_without_lower_bound_lowers_it_to_minus_infinity_with_a_warning() {
    let parsed = ok(
        "ROWS\n N obj\nCOLUMNS\n x obj 1\n y obj 1\n z obj 1\nBOUNDS\n UP b x -3\n UP \
                     b y -3\n LO b y -5\n LO b z -5\n UP b z -1\nENDATA\n",
    );
    let p = &parsed.problem;
    assert_eq!(bounds(p, "x"), (-INF, -3.0));
    // a lower bound given after or before the UP line keeps its value
    assert_eq!(bounds(p, "y"), (-5.0, -3.0));
    assert_eq!(bounds(p, "z"), (-5.0, -1.0));
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].line, 8);
    assert!(parsed.warnings[0].message.contains("-inf"));
}

#[test]
fn a_bound_that_replaces_an_earlier_one_is_kept_with_a_warning() {
    let parsed = ok("ROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n UP b x 4\n UP b x 6\nENDATA\n");
    assert_eq!(bounds(&parsed.problem, "x"), (0.0, 6.0));
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].line, 7);
}

#[test]
fn keywords_are_names_when_they_do_not_start_in_column_one() {
    let p = ok(
        "NAME\nROWS\n N OBJSENSE\n L BOUNDS\n G ROWS\nCOLUMNS\n RHS OBJSENSE 1 BOUNDS 2\n \
                RANGES ROWS 3\n MARKER BOUNDS 1\n ENDATA ROWS 1\nRHS\n RHS BOUNDS 5\nRANGES\n \
                RANGES ROWS 2\nBOUNDS\n UP BOUNDS RHS 7\nENDATA\n",
    )
    .problem;
    assert_eq!(p.objective_name(), "OBJSENSE");
    assert_eq!(p.row_names(), ["BOUNDS", "ROWS"]);
    assert_eq!(p.var_names(), ["RHS", "RANGES", "MARKER", "ENDATA"]);
    assert_eq!(sides(&p, "BOUNDS"), (f64::NEG_INFINITY, 5.0));
    assert_eq!(sides(&p, "ROWS"), (0.0, 2.0));
    assert_eq!(bounds(&p, "RHS"), (0.0, 7.0));
    assert_eq!(p.name(), "");
}

#[test]
fn fixed_format_names_with_spaces_are_read_by_columns() {
    let text = "\
NAME          FIXED
ROWS
 N  COST
 L  LIM 1
 G  LIM 2
COLUMNS
    X ONE     COST               1.0   LIM 1              2.0
    X ONE     LIM 2              1.0
    Y         LIM 1              1.0
RHS
    RHS       LIM 1              4.0
              LIM 2              1.0
BOUNDS
 UP BND       X ONE              3.0
 UP           Y                  2.0
ENDATA
";
    let parsed = ok(text);
    let p = &parsed.problem;
    assert_eq!(p.row_names(), ["LIM 1", "LIM 2"]);
    assert_eq!(p.var_names(), ["X ONE", "Y"]);
    assert_eq!(p.num_nonzeros(), 3);
    assert_eq!(sides(p, "LIM 1"), (f64::NEG_INFINITY, 4.0));
    assert_eq!(sides(p, "LIM 2"), (1.0, INF));
    assert_eq!(bounds(p, "X ONE"), (0.0, 3.0));
    assert_eq!(bounds(p, "Y"), (0.0, 2.0));
    // such names cannot be written as free MPS: the writer says so
    let e = write_string(p).unwrap_err();
    assert!(e.contains("whitespace"), "{e}");
}

#[test]
fn a_broken_fixed_format_line_reports_both_readings() {
    let data = format!("    {:<8}  {:<8}  {:>12}", "X ONE", "LIM 1", "1.0.0");
    let text = format!("ROWS\n N  COST\n L  LIM 1\nCOLUMNS\n{data}\nENDATA\n");
    let (line, msg) = err(&text);
    assert_eq!(line, 5);
    assert!(msg.contains("expected a number, found '1.0.0'"), "{msg}");
    assert!(msg.contains("fixed-format"), "{msg}");
}

#[test]
fn long_free_format_names_are_never_cut_at_fixed_columns() {
    let p = ok(
        "ROWS\n N objective_row_name\n L a_very_long_row_name_indeed\nCOLUMNS\n    \
                a_very_long_column_name a_very_long_row_name_indeed 1\nENDATA\n",
    )
    .problem;
    assert_eq!(p.var_names(), ["a_very_long_column_name"]);
}

#[test]
fn comments_blank_lines_and_crlf_are_skipped() {
    let p = ok(
        "* header\r\n\r\nNAME c\r\nROWS\r\n N obj $ objective\r\n   \t \r\n L c1\r\n* \
                middle\r\nCOLUMNS\r\n x obj 1 $ c1 5\r\n x c1 2\r\n$ whole line\r\nENDATA\r\n* \
                after\r\n",
    )
    .problem;
    assert_eq!(p.name(), "c");
    assert_eq!(p.num_nonzeros(), 1);
    assert_eq!(
        p.row(p.row_by_name("c1").unwrap()).next().map(|e| e.1),
        Some(2.0)
    );
}

#[test]
fn name_keeps_the_rest_of_the_line_and_defaults_to_the_file_stem() {
    let p = ok("NAME   with spaces  \nROWS\n N obj\nENDATA\n").problem;
    assert_eq!(p.name(), "with spaces");
    let p = parse("ROWS\n N obj\nENDATA\n", "dir/model.mps.gz")
        .unwrap()
        .problem;
    assert_eq!(p.name(), "model");
}

#[test]
fn a_file_without_an_n_row_has_a_zero_objective_with_a_fresh_name() {
    let p = ok("ROWS\n L obj\nCOLUMNS\n x obj 1\nENDATA\n").problem;
    assert_eq!(p.objective_name(), "obj_1");
    assert_eq!(p.objective_coefficients(), [0.0]);
    let again = parse(&write_string(&p).unwrap(), "w.mps").unwrap().problem;
    assert_eq!(again, p);
}

#[test]
fn rhs_may_be_infinite_only_where_it_frees_a_side() {
    let p =
        ok("ROWS\n N obj\n L l\n G g\nCOLUMNS\n x l 1 g 1\nRHS\n r l inf g -inf\nENDATA\n").problem;
    assert_eq!(sides(&p, "l"), (-INF, INF));
    assert_eq!(sides(&p, "g"), (-INF, INF));
    let (line, msg) = err("ROWS\n N obj\n E e\nCOLUMNS\n x e 1\nRHS\n r e inf\nENDATA\n");
    assert_eq!(line, 7);
    assert!(msg.contains("RHS inf"), "{msg}");
    let (line, msg) = err("ROWS\n N obj\nCOLUMNS\n x obj 1\nRHS\n r obj inf\nENDATA\n");
    assert_eq!(line, 6);
    assert!(msg.contains("finite"), "{msg}");
}

#[test]
fn a_second_vector_name_is_rejected() {
    let (line, msg) = err("ROWS\n N obj\n L c\nCOLUMNS\n x c 1\nRHS\n r1 c 1\n r2 obj 1\nENDATA\n");
    assert_eq!(line, 8);
    assert!(msg.contains("a second RHS vector 'r2'"), "{msg}");
}

#[test]
fn sections_out_of_order_or_repeated_are_errors() {
    let (line, msg) = err("ROWS\n N obj\nCOLUMNS\nRHS\nCOLUMNS\nENDATA\n");
    assert_eq!(line, 5);
    assert!(msg.contains("second COLUMNS"), "{msg}");
    let (line, msg) = err("ROWS\n N obj\nRHS\nCOLUMNS\nENDATA\n");
    assert_eq!(line, 4);
    assert!(msg.contains("COLUMNS section after RHS"), "{msg}");
    let (line, msg) = err("ROWS\n N obj\nQMATRIX\nENDATA\n");
    assert_eq!(line, 3);
    assert!(msg.contains("unsupported section 'QMATRIX'"), "{msg}");
}

#[test]
fn rhs_ranges_and_bounds_may_come_in_any_order() {
    let p = ok(
        "ROWS\n N obj\n L c\nCOLUMNS\n x c 1\nBOUNDS\n UP b x 2\nRANGES\n q c 1\nRHS\n r c \
                5\nENDATA\n",
    )
    .problem;
    assert_eq!(sides(&p, "c"), (4.0, 5.0));
    assert_eq!(bounds(&p, "x"), (0.0, 2.0));
}

#[test]
fn explicit_zeros_declare_a_column_without_storing_an_entry() {
    let p = ok("ROWS\n N obj\n L c\nCOLUMNS\n x c 0\n y obj -0\nENDATA\n").problem;
    assert_eq!(p.num_vars(), 2);
    assert_eq!(p.num_nonzeros(), 0);
    assert_eq!(
        p.objective_coefficient(var(&p, "y")).to_bits(),
        (-0.0f64).to_bits()
    );
}

#[test]
fn writer_output_reads_back_identically_with_every_bound_shape() {
    let p = ok("NAME shapes\nOBJSENSE MAX\nROWS\n N cost\n L l\n G g\n E e\n L free\n G rg\n L \
                rl\nCOLUMNS\n m 'MARKER' 'INTORG'\n b cost 1 l 1\n i cost 2 g 1\n im e 3\n if \
                cost 1\n ifx cost 1\n m 'MARKER' 'INTEND'\n c cost -0 free 1\n cm rg 0.1 rl 0.3\n \
                cl cost 5e-324\n cfx cost 1e300\n cn l 1\nRHS\n r cost -1.5 l 4\n r g -0.0 e 0.1\n \
                r free inf rg 0.1\n r rl 0.3\nRANGES\n q rg 0.2 rl -0.2\nBOUNDS\n UP b i 7\n LO b i \
                -0.0\n MI b im\n UP b im -2\n FR b if\n FX b ifx -4\n MI b cm\n UP b cm 3\n LO b cl \
                -7\n FX b cfx 2.5\n LO b cn -3\n UP b cn -1\nENDATA\n")
    .problem;
    let text = write_string(&p).unwrap();
    let again = parse(&text, "w.mps").unwrap();
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    assert_eq!(again.problem, p, "\n{text}");
    let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(again.problem.var_lowers()), bits(p.var_lowers()));
    assert_eq!(bits(again.problem.row_lowers()), bits(p.row_lowers()));
    assert_eq!(
        bits(again.problem.objective_coefficients()),
        bits(p.objective_coefficients())
    );
}

#[test]
fn writer_refuses_names_that_free_mps_cannot_carry() {
    let mut b = crate::model::ProblemBuilder::new("p");
    b.add_var("$x", VarKind::Continuous, 0.0, 1.0, 1.0).unwrap();
    let e = write_string(&b.build().unwrap()).unwrap_err();
    assert!(e.contains("'$'"), "{e}");
    let mut b = crate::model::ProblemBuilder::new("p");
    b.add_empty_row("obj", 0.0, 1.0).unwrap();
    let e = write_string(&b.build().unwrap()).unwrap_err();
    assert!(e.contains("share the name"), "{e}");
    let b = crate::model::ProblemBuilder::new("two\nlines");
    assert!(write_string(&b.build().unwrap()).is_err());
}

/// `text` read by the fast path and by the general path alone: the same
/// problem and warnings either way.
fn ok_both_paths(text: &str) -> Parsed {
    let fast = ok(text);
    let general = super::reader::parse_with(text, "t.mps", false).unwrap();
    assert_eq!(fast.problem, general.problem);
    assert_eq!(fast.warnings, general.warnings);
    fast
}

#[test]
fn an_intorg_block_still_open_at_the_next_section_is_closed_there_with_a_warning() {
    // SCIP and HiGHS read `y` and `z` as integer: so does symbreak, with a
    // warning at the RHS header where the block was still open.
    let parsed = ok_both_paths(
        "ROWS\n N obj\n L c\nCOLUMNS\n x obj 1 c 1\n m 'MARKER' 'INTORG'\n y obj 1 c 1\n \
         z obj 1 c 1\nRHS\n r c 4\nBOUNDS\n UP b z 5\nENDATA\n",
    );
    let p = &parsed.problem;
    assert_eq!(p.var_kind(var(p, "x")), VarKind::Continuous);
    assert_eq!(p.var_kind(var(p, "y")), VarKind::Binary);
    assert_eq!(bounds(p, "y"), (0.0, 1.0));
    assert_eq!(p.var_kind(var(p, "z")), VarKind::Integer);
    assert_eq!(bounds(p, "z"), (0.0, 5.0));
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].line, 9);
    assert_eq!(
        parsed.warnings[0].message,
        "the 'INTORG' marker at line 6 is not closed by an 'INTEND' marker before RHS: the \
         columns after it are integer"
    );
    // Open up to ENDATA itself.
    let parsed = ok_both_paths("ROWS\n N obj\nCOLUMNS\n m 'MARKER' 'INTORG'\n y obj 1\nENDATA\n");
    assert_eq!(parsed.problem.var_kinds(), [VarKind::Binary]);
    assert_eq!(parsed.warnings[0].line, 6);
    assert!(parsed.warnings[0].message.contains("before ENDATA"));
}

#[test]
fn text_after_endata_is_ignored_with_a_warning_where_it_starts() {
    // An old IMPORTANCES block (as in some MIPLIB files), after a comment
    // and a blank line, which are not what the warning points at.
    let parsed = ok_both_paths(
        "ROWS\n N obj\n L c\nCOLUMNS\n x obj 1 c 1\nRHS\n r c 4\nENDATA\n* comment\n\n\
         IMPORTANCES\n x 1\nROWS\n",
    );
    assert_eq!(parsed.problem.var_names(), ["x"]);
    assert_eq!(sides(&parsed.problem, "c"), (-INF, 4.0));
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].line, 11);
    assert_eq!(
        parsed.warnings[0].message,
        "text after ENDATA is ignored, from 'IMPORTANCES' to the end of the file"
    );
    // A data line, a second model: ignored alike, even if it would not read.
    for (after, word) in [(" x obj 1.0.0\n", "'x'"), ("ROWS\n N obj\n", "'ROWS'")] {
        let parsed = ok(&format!("ROWS\n N obj\nENDATA\n{after}"));
        assert_eq!(parsed.warnings.len(), 1, "{after}");
        assert_eq!(parsed.warnings[0].line, 4);
        assert!(parsed.warnings[0].message.contains(word), "{after}");
    }
    // Only comments and blank lines after ENDATA: nothing to warn about.
    assert!(
        ok("ROWS\n N obj\nENDATA\n* end\n\n  \n")
            .warnings
            .is_empty()
    );
}

#[test]
fn a_dollar_field_after_the_fields_of_any_data_line_starts_a_comment() {
    // As SCIP reads them; no warning. `$c 5` hides the pair, as in SCIP.
    let parsed = ok_both_paths(
        "ROWS\n N obj\n L c $ row\nCOLUMNS\n x obj 1 c 1 $ two pairs\n y obj 1 $c 5\n\
         RHS\n r c 4 $rhs\nBOUNDS\n UP b x 3 $ bound\nENDATA\n",
    );
    let p = &parsed.problem;
    assert!(parsed.warnings.is_empty());
    assert_eq!(p.num_nonzeros(), 1);
    assert_eq!(sides(p, "c"), (-INF, 4.0));
    assert_eq!(bounds(p, "x"), (0.0, 3.0));
    assert_eq!(p.objective_coefficients(), [1.0, 1.0]);
}

#[test]
fn a_value_after_a_bound_type_that_takes_none_is_ignored_with_a_warning() {
    // MIPLIB 3's qiu writes `BV BND X 1.0`; SCIP and HiGHS ignore the value.
    let parsed = ok_both_paths(
        "ROWS\n N obj\nCOLUMNS\n bv obj 1\n fr obj 1\n mi obj 1\n pl obj 1\nBOUNDS\n BV b bv 1.0\n \
         FR b fr 3\n MI b mi 5\n PL b pl 0\nENDATA\n",
    );
    let p = &parsed.problem;
    assert_eq!(bounds(p, "bv"), (0.0, 1.0));
    assert_eq!(p.var_kind(var(p, "bv")), VarKind::Binary);
    assert_eq!(bounds(p, "fr"), (-INF, INF));
    assert_eq!(bounds(p, "mi"), (-INF, INF));
    assert_eq!(bounds(p, "pl"), (0.0, INF));
    let lines: Vec<usize> = parsed.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [9, 10, 11, 12]);
    assert!(
        parsed.warnings[0]
            .message
            .contains("'1.0' after BV is ignored"),
        "{}",
        parsed.warnings[0].message
    );
}

#[test]
fn a_fixed_format_bv_line_with_a_value_is_read() {
    let text = "\
ROWS
 N  COST
 L  LIM 1
COLUMNS
    X ONE     COST               1.0   LIM 1              2.0
RHS
    RHS       LIM 1              4.0
BOUNDS
 BV BND       X ONE              1.0
ENDATA
";
    let parsed = ok_both_paths(text);
    assert_eq!(bounds(&parsed.problem, "X ONE"), (0.0, 1.0));
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].line, 9);
}

#[test]
fn a_word_after_a_bound_type_that_takes_no_value_is_still_an_error() {
    let (line, msg) = err("ROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n BV b x junk\nENDATA\n");
    assert_eq!(line, 6);
    assert!(msg.contains("no value"), "{msg}");
}

#[test]
fn a_fractional_integer_bound_is_kept_with_a_warning() {
    let parsed = ok_both_paths(
        "ROWS\n N obj\nCOLUMNS\n x obj 1\nBOUNDS\n LI b x 2.5\n UI b x 7.5\nENDATA\n",
    );
    assert_eq!(bounds(&parsed.problem, "x"), (2.5, 7.5));
    assert_eq!(
        parsed.problem.var_kind(var(&parsed.problem, "x")),
        VarKind::Integer
    );
    assert_eq!(parsed.warnings.len(), 2);
    assert!(
        parsed.warnings[1].message.contains("fractional bound 7.5"),
        "{}",
        parsed.warnings[1].message
    );
}

//! Fuzzes the MPS reader: no input may panic; whatever it accepts must
//! write (or be refused by the writer with a message) and read back to the
//! same problem, every number bit for bit.
#![no_main]

use libfuzzer_sys::fuzz_target;
use symbreak::io::mps::{parse, write_string};
use symbreak::model::Problem;

fn bits(values: &[f64]) -> Vec<u64> {
    values.iter().map(|x| x.to_bits()).collect()
}

fn assert_same(a: &Problem, b: &Problem, text: &str) {
    assert_eq!(a.name(), b.name(), "name\n{text}");
    assert_eq!(
        a.objective_name(),
        b.objective_name(),
        "objective name\n{text}"
    );
    assert_eq!(a.sense(), b.sense(), "sense\n{text}");
    assert_eq!(
        a.objective_offset().to_bits(),
        b.objective_offset().to_bits(),
        "offset\n{text}"
    );
    assert_eq!(a.var_names(), b.var_names(), "columns\n{text}");
    assert_eq!(a.row_names(), b.row_names(), "rows\n{text}");
    assert_eq!(a.var_kinds(), b.var_kinds(), "kinds\n{text}");
    assert_eq!(bits(a.var_lowers()), bits(b.var_lowers()), "lower\n{text}");
    assert_eq!(bits(a.var_uppers()), bits(b.var_uppers()), "upper\n{text}");
    assert_eq!(
        bits(a.objective_coefficients()),
        bits(b.objective_coefficients()),
        "objective\n{text}"
    );
    assert_eq!(
        bits(a.row_lowers()),
        bits(b.row_lowers()),
        "row lower\n{text}"
    );
    assert_eq!(
        bits(a.row_uppers()),
        bits(b.row_uppers()),
        "row upper\n{text}"
    );
    for r in a.rows() {
        let ra: Vec<_> = a.row(r).map(|(v, x)| (v, x.to_bits())).collect();
        let rb: Vec<_> = b.row(r).map(|(v, x)| (v, x.to_bits())).collect();
        assert_eq!(ra, rb, "row {}\n{text}", a.row_name(r));
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(parsed) = parse(text, "fuzz.mps") else {
        return;
    };
    // The writer may refuse (names with spaces from fixed format, ...), but
    // what it writes must read back identically and without warnings.
    if let Ok(written) = write_string(&parsed.problem) {
        let again = match parse(&written, "rewritten.mps") {
            Ok(p) => p,
            Err(e) => panic!("the reader rejects the writer's output: {e}\n{written}"),
        };
        assert!(again.warnings.is_empty(), "{:?}\n{written}", again.warnings);
        assert_same(&parsed.problem, &again.problem, &written);
    }
});

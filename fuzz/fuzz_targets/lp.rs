//! Fuzzes the LP reader and writer: no input may panic the reader, and any
//! problem the reader accepts and the writer can write must read back to
//! the same problem, bit for bit.
#![no_main]

use libfuzzer_sys::fuzz_target;
use symbreak::io::lp;
use symbreak::model::Problem;

fn bits(v: &[f64]) -> Vec<u64> {
    v.iter().map(|x| x.to_bits()).collect()
}

fn assert_identical(a: &Problem, b: &Problem, text: &str) {
    let same = a.name() == b.name()
        && a.objective_name() == b.objective_name()
        && a.sense() == b.sense()
        && a.objective_offset().to_bits() == b.objective_offset().to_bits()
        && a.var_names() == b.var_names()
        && a.row_names() == b.row_names()
        && a.var_kinds() == b.var_kinds()
        && bits(a.var_lowers()) == bits(b.var_lowers())
        && bits(a.var_uppers()) == bits(b.var_uppers())
        && bits(a.objective_coefficients()) == bits(b.objective_coefficients())
        && bits(a.row_lowers()) == bits(b.row_lowers())
        && bits(a.row_uppers()) == bits(b.row_uppers())
        && a.rows().all(|r| {
            a.row(r)
                .map(|(v, x)| (v, x.to_bits()))
                .eq(b.row(r).map(|(v, x)| (v, x.to_bits())))
        });
    assert!(
        same,
        "written LP reads back differently:\n{text}\n{a:?}\n{b:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(parsed) = lp::parse(text, "fuzz.lp") else {
        return;
    };
    let Ok(written) = lp::write_string(&parsed.problem) else {
        return;
    };
    match lp::parse(&written, "fuzz.lp") {
        Ok(again) => assert_identical(&parsed.problem, &again.problem, &written),
        Err(e) => panic!("the reader rejects the writer's output: {e}\n{written}"),
    }
});

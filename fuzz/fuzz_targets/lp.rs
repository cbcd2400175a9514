//! Fuzzes the LP reader: no input may panic. (A minimal target so that the
//! fuzz crate builds; the LP reader's owner may extend it.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = symbreak::io::lp::parse(text, "fuzz.lp");
    }
});

//! Fuzzes the MPS reader: no input may panic it. (Placeholder target on the
//! LP branch so the fuzz crate builds; the MPS reader's owner writes the
//! real one.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = symbreak::io::mps::parse(text, "fuzz.mps");
    }
});

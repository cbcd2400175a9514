//! The `symbreak` command-line program (being written).
fn main() {}

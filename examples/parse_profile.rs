//! Parses one benchmark input many times, for profilers that need a plain
//! program (`valgrind --tool=callgrind`, `perf record`).
//!
//! ```text
//! cargo build --release --example parse_profile
//! target/release/examples/parse_profile FORMAT INPUT [REPEATS]
//! ```
//!
//! `FORMAT` is `mps` or `lp`; `INPUT` is `medium` (the generated
//! 1,400 x 1,200 x 5,000-nonzero file of `benches/parse.rs`), `large` (the
//! generated 10^6-nonzero file) or the path of an MPS file. LP inputs are the
//! same problems written by `lp::write_string`. Only the parsing is repeated;
//! it runs inside `parse_repeatedly`, so a callgrind run can count it alone
//! with `--toggle-collect=parse_profile::parse_repeatedly`.

use std::hint::black_box;

use symbreak::io::{lp, mps};

#[path = "../benches/support/generated.rs"]
mod generated;

#[inline(never)]
fn parse_repeatedly(lp_format: bool, text: &str, repeats: usize) -> usize {
    let mut nonzeros = 0;
    for _ in 0..repeats {
        let parsed = if lp_format {
            lp::parse(black_box(text), "profile.lp")
        } else {
            mps::parse(black_box(text), "profile.mps")
        };
        nonzeros += parsed.expect("the input parses").problem.num_nonzeros();
    }
    nonzeros
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(format), Some(input)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: parse_profile mps|lp medium|large|FILE.mps [REPEATS]");
        std::process::exit(2);
    };
    let repeats = args
        .get(3)
        .map_or(1, |r| r.parse().expect("REPEATS is a number"));
    let mps_text = match input.as_str() {
        "medium" => generated::generated(1_400, 1_200, 5_000),
        "large" => generated::generated(200_000, 100_000, 1_000_000),
        path => std::fs::read_to_string(path).expect("the MPS file is readable"),
    };
    let (lp_format, text) = match format.as_str() {
        "mps" => (false, mps_text),
        "lp" => {
            let problem = mps::parse(&mps_text, "input.mps").expect("parses").problem;
            (true, lp::write_string(&problem).expect("LP names"))
        }
        _ => {
            eprintln!("FORMAT is mps or lp");
            std::process::exit(2);
        }
    };
    let start = std::time::Instant::now();
    let nonzeros = parse_repeatedly(lp_format, &text, repeats);
    let seconds = start.elapsed().as_secs_f64() / repeats as f64;
    println!(
        "{format} {input}: {} bytes, {} nonzeros, {:.3} ms per parse, {:.1} MB/s",
        text.len(),
        nonzeros / repeats,
        seconds * 1e3,
        text.len() as f64 / seconds / 1e6
    );
}

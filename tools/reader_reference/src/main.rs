//! symbreak's MPS and LP readers beside numnom's MPS reader, side by side
//! in one process on one text: `reader_reference medium|large|FILE.mps
//! [ROUNDS] [--write OUT.mps]` (`--write` saves the MPS text and its LP
//! form, `OUT.lp`, instead of timing). Each round times a batch of parses
//! of each reader in turn; the best and the median batch are printed.

use std::hint::black_box;
use std::time::Instant;

#[path = "../../../benches/support/generated.rs"]
mod generated;

/// Seconds per call of `parse`, over `repeats` calls.
fn per_call(repeats: usize, mut parse: impl FnMut() -> usize) -> f64 {
    let start = Instant::now();
    let mut total = 0;
    for _ in 0..repeats {
        total += parse();
    }
    black_box(total);
    start.elapsed().as_secs_f64() / repeats as f64
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let input = args.get(1).map_or("medium", String::as_str);
    let rounds: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(9).max(1);
    let mps_text = match input {
        "medium" => generated::generated(1_400, 1_200, 5_000),
        "large" => generated::generated(200_000, 100_000, 1_000_000),
        path => std::fs::read_to_string(path).expect("the MPS file is readable"),
    };
    let problem = symbreak::io::mps::parse(&mps_text, "input.mps")
        .expect("symbreak reads it")
        .problem;
    let lp_text = symbreak::io::lp::write_string(&problem).expect("LP names");
    if let Some(i) = args.iter().position(|a| a == "--write") {
        // The texts timed here, for the readers that open files themselves.
        let out = std::path::Path::new(args.get(i + 1).expect("--write takes a path"));
        std::fs::write(out, &mps_text).expect("the output is writable");
        std::fs::write(out.with_extension("lp"), &lp_text).expect("the output is writable");
        return;
    }
    let theirs = numnom::parse_mps_str(&mps_text).expect("numnom reads it");
    assert_eq!(theirs.num_row as usize, problem.num_rows());
    assert_eq!(theirs.num_col as usize, problem.num_vars());
    // About 0.2 s per batch.
    let once = per_call(1, || {
        symbreak::io::mps::parse(&mps_text, "x.mps").map_or(0, |p| p.problem.num_nonzeros())
    });
    let repeats = ((0.2 / once) as usize).clamp(1, 1_000);
    println!(
        "{input}: {} rows, {} columns, {} nonzeros; MPS {} bytes, LP {} bytes; {rounds} rounds of {repeats} parses",
        problem.num_rows(),
        problem.num_vars(),
        problem.num_nonzeros(),
        mps_text.len(),
        lp_text.len()
    );
    let mut times: [Vec<f64>; 3] = Default::default();
    for _ in 0..rounds {
        times[0].push(per_call(repeats, || {
            symbreak::io::mps::parse(black_box(&mps_text), "x.mps")
                .map_or(0, |p| p.problem.num_nonzeros())
        }));
        times[1].push(per_call(repeats, || {
            numnom::parse_mps_str(black_box(&mps_text)).map_or(0, |m| m.a_matrix.index.len())
        }));
        times[2].push(per_call(repeats, || {
            symbreak::io::lp::parse(black_box(&lp_text), "x.lp")
                .map_or(0, |p| p.problem.num_nonzeros())
        }));
    }
    let names = ["symbreak MPS", "numnom MPS", "symbreak LP"];
    let sizes = [mps_text.len(), mps_text.len(), lp_text.len()];
    for ((name, size), mut t) in names.iter().zip(sizes).zip(times) {
        t.sort_by(f64::total_cmp);
        let (best, median) = (t[0], t[t.len() / 2]);
        println!(
            "{name:<13} best {:9.3} ms  median {:9.3} ms  ({:.0} MB/s at the median)",
            best * 1e3,
            median * 1e3,
            size as f64 / median / 1e6
        );
    }
}

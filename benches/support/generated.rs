//! The generated MPS files of the reader benchmarks (shared by
//! `benches/parse.rs` and `examples/parse_profile.rs`): same text on every run.

/// A fixed-seed linear congruential generator: the generated files are the
/// same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// MIPLIB-style MPS text with `rows` rows, `cols` columns and `nonzeros`
/// entries spread evenly over the columns (distinct rows in each), a third
/// of the columns integer, an RHS on every row and bounds on some columns.
pub fn generated(rows: usize, cols: usize, nonzeros: usize) -> String {
    use std::fmt::Write as _;
    let mut rng = Lcg(0x5eed);
    let mut out = String::with_capacity(nonzeros * 40 + rows * 40);
    let _ = writeln!(out, "NAME          GEN{rows}x{cols}\nROWS\n N  COST");
    for i in 0..rows {
        let kind = ['L', 'G', 'E'][i % 3];
        let _ = writeln!(out, " {kind}  R{i:07}");
    }
    out.push_str("COLUMNS\n");
    let base = nonzeros / cols;
    let extra = nonzeros % cols;
    let integer_from = cols - cols / 3;
    for j in 0..cols {
        if j == integer_from {
            out.push_str("    MARKER                 'MARKER'                 'INTORG'\n");
        }
        let k = (base + usize::from(j < extra)).min(rows);
        let stride = rows / k.max(1);
        let start = rng.below(rows);
        let mut entries: Vec<(usize, f64)> = (0..k)
            .map(|t| {
                let value = (rng.below(20_000) as f64 - 10_000.0) / 1000.0;
                (
                    (start + t * stride) % rows,
                    if value == 0.0 { 1.0 } else { value },
                )
            })
            .collect();
        entries.sort_unstable_by_key(|e| e.0);
        let _ = write!(
            out,
            "    C{j:07}  COST  {}",
            (rng.below(100) + 1) as f64 / 4.0
        );
        for (n, (i, a)) in entries.iter().enumerate() {
            if n % 2 == 1 {
                let _ = write!(out, "\n    C{j:07}");
            }
            let _ = write!(out, "  R{i:07}  {a}");
        }
        out.push('\n');
    }
    if integer_from < cols {
        out.push_str("    MARKER                 'MARKER'                 'INTEND'\n");
    }
    out.push_str("RHS\n");
    for i in 0..rows {
        let _ = writeln!(
            out,
            "    RHS       R{i:07}  {}",
            rng.below(1000) as f64 / 8.0
        );
    }
    out.push_str("BOUNDS\n");
    for j in (0..cols).step_by(7) {
        let _ = writeln!(out, " UP BND       C{j:07}  {}", rng.below(50) + 1);
    }
    out.push_str("ENDATA\n");
    out
}

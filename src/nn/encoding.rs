//! The fixed sinusoidal encoding of integer-valued symmetry-breaking
//! features (as in Chen et al.'s code, after the Transformer's positional
//! encoding): integer k becomes `[sin(k f_0), cos(k f_0), sin(k f_1), ...]`
//! with geometrically spaced frequencies `f_i = P^(-2i/d)`. Distinct small
//! integers get distinct, bounded vectors, and nearby integers get nearby
//! vectors, which a raw `k` (unbounded) or a one-hot (size-dependent width)
//! would not give.

/// Width of the encoding.
pub const BREAKING_DIMS: usize = 8;

/// The largest period, in units of k.
const MAX_PERIOD: f64 = 200.0;

/// Writes the encoding of `k` into `out` (length [`BREAKING_DIMS`]).
pub fn sinusoidal(k: f64, out: &mut [f64]) {
    let d = out.len();
    for i in 0..d / 2 {
        let freq = MAX_PERIOD.powf(-2.0 * i as f64 / d as f64);
        out[2 * i] = (k * freq).sin();
        out[2 * i + 1] = (k * freq).cos();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_integers_get_distinct_bounded_codes() {
        let codes: Vec<Vec<f64>> = (0..100)
            .map(|k| {
                let mut c = vec![0.0; BREAKING_DIMS];
                sinusoidal(f64::from(k), &mut c);
                c
            })
            .collect();
        for (i, a) in codes.iter().enumerate() {
            assert!(a.iter().all(|x| x.abs() <= 1.0));
            for b in &codes[i + 1..] {
                let dist: f64 = a.iter().zip(b).map(|(x, y)| (x - y).powi(2)).sum();
                assert!(dist > 1e-6);
            }
        }
    }
}

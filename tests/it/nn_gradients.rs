//! Every layer's backward pass against central finite differences, in f64:
//! the loss is L = Σ R ⊙ output for a fixed random R, and every parameter
//! and input entry is perturbed by ±1e-6. Relative error must stay below
//! 1e-5.

use ndarray::{Array1, Array2};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use symbreak::model::{ProblemBuilder, VarKind};
use symbreak::nn::conv::{EdgeList, HalfConv};
use symbreak::nn::linear::Linear;
use symbreak::nn::mlp::Mlp;
use symbreak::nn::params::ParamStore;
use symbreak::nn::{Breaking, Gnn, GnnConfig, input_for, loss};

const H: f64 = 1e-6;

fn random(rows: usize, cols: usize, rng: &mut ChaCha8Rng) -> Array2<f64> {
    Array2::from_shape_fn((rows, cols), |_| rng.random_range(-1.0..1.0))
}

fn assert_close(analytic: f64, numeric: f64, what: &str) {
    let scale = analytic.abs().max(numeric.abs()).max(1e-4);
    let rel = (analytic - numeric).abs() / scale;
    assert!(
        rel < 1e-5,
        "{what}: analytic {analytic} vs numeric {numeric} (rel {rel})"
    );
}

/// Checks ∂L/∂θ for every scalar of `store` with `loss(store)`.
fn check_params(
    store: &mut ParamStore,
    analytic: &[Array2<f64>],
    loss: &dyn Fn(&ParamStore) -> f64,
) {
    for (t, grad) in analytic.iter().enumerate() {
        let shape = store.tensors[t].1.dim();
        for i in 0..shape.0 {
            for j in 0..shape.1 {
                let orig = store.tensors[t].1[(i, j)];
                store.tensors[t].1[(i, j)] = orig + H;
                let up = loss(store);
                store.tensors[t].1[(i, j)] = orig - H;
                let down = loss(store);
                store.tensors[t].1[(i, j)] = orig;
                let name = store.tensors[t].0.clone();
                assert_close(
                    grad[(i, j)],
                    (up - down) / (2.0 * H),
                    &format!("{name}[{i},{j}]"),
                );
            }
        }
    }
}

/// Checks ∂L/∂x for every entry of `x`.
fn check_input(
    x: &Array2<f64>,
    analytic: &Array2<f64>,
    loss: &dyn Fn(&Array2<f64>) -> f64,
    what: &str,
) {
    for i in 0..x.nrows() {
        for j in 0..x.ncols() {
            let mut a = x.clone();
            a[(i, j)] += H;
            let mut b = x.clone();
            b[(i, j)] -= H;
            assert_close(
                analytic[(i, j)],
                (loss(&a) - loss(&b)) / (2.0 * H),
                &format!("{what}[{i},{j}]"),
            );
        }
    }
}

#[test]
fn linear_backward_matches_finite_differences() {
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let mut store = ParamStore::new();
    let layer = Linear::new(&mut store, "l", 4, 3, &mut rng);
    store.tensors[1].1 = random(1, 3, &mut rng);
    let x = random(5, 4, &mut rng);
    let r = random(5, 3, &mut rng);
    let mut grads = store.zero_grads();
    let dx = layer.backward(&store, &x, &r, &mut grads);
    let loss_p = |s: &ParamStore| (layer.forward(s, &x) * &r).sum();
    check_params(&mut store, &grads.tensors, &loss_p);
    let s2 = store.clone();
    check_input(&x, &dx, &|x| (layer.forward(&s2, x) * &r).sum(), "x");
}

#[test]
fn mlp_backward_matches_finite_differences() {
    for relu_out in [false, true] {
        let mut rng = ChaCha8Rng::seed_from_u64(2);
        let mut store = ParamStore::new();
        let mlp = Mlp::new(&mut store, "m", 3, 6, 2, relu_out, &mut rng);
        for t in &mut store.tensors {
            t.1 = random(t.1.nrows(), t.1.ncols(), &mut rng);
        }
        let x = random(7, 3, &mut rng);
        let r = random(7, 2, &mut rng);
        let (_, cache) = mlp.forward(&store, &x);
        let mut grads = store.zero_grads();
        let dx = mlp.backward(&store, &cache, &r, &mut grads);
        let loss_p = |s: &ParamStore| (mlp.forward(s, &x).0 * &r).sum();
        check_params(&mut store, &grads.tensors, &loss_p);
        let s2 = store.clone();
        check_input(&x, &dx, &|x| (mlp.forward(&s2, x).0 * &r).sum(), "x");
    }
}

#[test]
fn half_convolution_backward_matches_finite_differences() {
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    let hidden = 4;
    let mut store = ParamStore::new();
    let conv = HalfConv::new(&mut store, "c", hidden, &mut rng);
    for t in &mut store.tensors {
        t.1 = random(t.1.nrows(), t.1.ncols(), &mut rng);
    }
    // 3 destinations (one isolated), 4 sources.
    let edges = EdgeList::new(
        3,
        vec![0, 0, 1, 1, 1, 0],
        vec![0, 1, 1, 2, 3, 3],
        vec![0.5, -1.0, 1.0, 0.25, -0.75, 2.0],
    );
    let h_dst = random(3, hidden, &mut rng);
    let h_src = random(4, hidden, &mut rng);
    let r = random(3, hidden, &mut rng);
    let (_, cache) = conv.forward(&store, &h_dst, &h_src, &edges);
    let mut grads = store.zero_grads();
    let (d_dst, d_src) = conv.backward(&store, &cache, &edges, &r, &mut grads);
    let loss_p = |s: &ParamStore| (conv.forward(s, &h_dst, &h_src, &edges).0 * &r).sum();
    check_params(&mut store, &grads.tensors, &loss_p);
    let s2 = store.clone();
    check_input(
        &h_dst,
        &d_dst,
        &|x| (conv.forward(&s2, x, &h_src, &edges).0 * &r).sum(),
        "h_dst",
    );
    check_input(
        &h_src,
        &d_src,
        &|x| (conv.forward(&s2, &h_dst, x, &edges).0 * &r).sum(),
        "h_src",
    );
}

#[test]
fn whole_network_with_loss_matches_finite_differences() {
    let mut b = ProblemBuilder::new("g");
    let x: Vec<_> = (0..4)
        .map(|i| {
            b.add_var(format!("x{i}"), VarKind::Binary, 0.0, 1.0, f64::from(i + 1))
                .unwrap()
        })
        .collect();
    let z = b
        .add_var("z", VarKind::Continuous, 0.0, 10.0, -1.0)
        .unwrap();
    b.add_row("a", 1.0, 1.0, &[(x[0], 1.0), (x[1], 1.0), (x[2], 1.0)])
        .unwrap();
    b.add_row(
        "c",
        f64::NEG_INFINITY,
        3.0,
        &[(x[1], 2.0), (x[3], 1.5), (z, 1.0)],
    )
    .unwrap();
    b.add_row("d", 0.0, f64::INFINITY, &[(x[2], -1.0), (z, 0.5)])
        .unwrap();
    let p = b.build().unwrap();
    let cfg = GnnConfig {
        hidden: 5,
        rounds: 2,
        ..GnnConfig::default()
    };
    let mut gnn = Gnn::new(cfg, 9);
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    for t in &mut gnn.store.tensors {
        if t.0.ends_with(".b") || t.0.ends_with(".bias") {
            t.1 = random(t.1.nrows(), t.1.ncols(), &mut rng) * 0.3;
        }
    }
    let input = input_for(
        &p,
        Breaking::Position,
        None,
        Some(&[1.0, 0.0, 0.0, 0.5, 2.0]),
        0,
    );
    let label = [1.0, 0.0, 0.0, 1.0, 0.0];
    let mask = [true, true, true, true, false];
    let total = |g: &Gnn| -> f64 { loss::bce_loss(&g.logits(&input), &label, &mask).0 };
    let (logits, cache) = gnn.forward(&input);
    let (_, dlogits) = loss::bce_loss(&logits, &label, &mask);
    let grads = gnn.backward(&input, &cache, &dlogits);
    let mut store = gnn.store.clone();
    let cfg2 = gnn.config;
    check_params(&mut store, &grads.tensors, &|s: &ParamStore| {
        let mut g = Gnn::new(cfg2, 9);
        g.store = s.clone();
        total(&g)
    });
    let _: Array1<f64> = logits;
    gnn.store = store;
}

//! Corrupt or mismatched model files give clear errors, never a panic.

use symbreak::nn::{Breaking, Gnn, GnnConfig, Provenance, TrainedModel, default_model};

fn valid_json() -> String {
    TrainedModel {
        gnn: Gnn::new(GnnConfig::default(), 1),
        breaking: Breaking::Relaxed,
        provenance: Provenance::default(),
    }
    .to_json()
}

fn error_of(text: &str) -> String {
    TrainedModel::from_json(text, "m.json")
        .unwrap_err()
        .to_string()
}

#[test]
fn a_saved_model_loads_back_identically() {
    let m = TrainedModel::from_json(&valid_json(), "m.json").unwrap();
    assert_eq!(
        m.to_json(),
        valid_json(),
        "bit-exact round trip of every weight"
    );
}

#[test]
fn the_embedded_default_model_is_valid() {
    let m = default_model();
    assert!(m.provenance.train_instances > 0, "trained, with provenance");
}

#[test]
fn broken_json_names_the_file_and_line() {
    let e = error_of("{\n\"format\": ");
    assert!(e.starts_with("m.json:"), "{e}");
    assert!(e.contains("not a symbreak model file"), "{e}");
}

#[test]
fn unknown_variant_is_rejected() {
    let e = error_of(&valid_json().replace("\"relaxed\"", "\"magic\""));
    assert!(e.contains("unknown breaking variant 'magic'"), "{e}");
}

#[test]
fn wrong_feature_count_is_rejected() {
    let e = error_of(&valid_json().replace("\"var_features\":17", "\"var_features\":16"));
    assert!(e.contains("expects 16 variable features"), "{e}");
}

#[test]
fn wrong_format_version_and_shapes_are_rejected() {
    assert!(error_of(&valid_json().replace("symbreak-gnn", "other")).contains("format"));
    assert!(
        error_of(&valid_json().replace("\"version\":1", "\"version\":9")).contains("version 9")
    );
    let e = error_of(&valid_json().replace("\"hidden\":32", "\"hidden\":16"));
    assert!(e.contains("does not fit"), "{e}");
}

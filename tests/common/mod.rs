//! Helpers shared by the catalog tests (`tests/catalog.rs`, `tests/accuracy.rs`).
#![allow(dead_code)]

use smtp_code::catalog;
use smtp_code::entry::{resolve, State};

/// A reference list (`catalog/reference/<name>`), its rows split on tabs, the header row left out.
pub fn reference(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/catalog/reference/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines().skip(1).filter(|l| !l.trim().is_empty()).map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

/// A related code resolves: a basic or registry code, or a provider's code or tag.
pub fn known(code: &str) -> bool {
    resolve(code).state == State::Ready
        || catalog::provider_tag(code).is_some()
        || catalog::PROVIDER_CODES.iter().any(|p| p.label() == code)
}

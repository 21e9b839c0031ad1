//! Helpers shared by the tests: reference lists for the catalog tests, and where the corpus is.
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

/// `../shared/corpus/sisimai/` beside the repository; `SMTP_CODE_CORPUS` names another place, and a
/// clone elsewhere (a fresh one in /tmp) finds the workplace's own at /work/shared.
pub fn corpus_dir() -> Option<std::path::PathBuf> {
    use std::path::PathBuf;
    let candidates = [
        std::env::var_os("SMTP_CODE_CORPUS").map(PathBuf::from),
        Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/sisimai")),
        Some(PathBuf::from("/work/shared/corpus/sisimai")),
    ];
    candidates.into_iter().flatten().find(|d| d.join("expected.tsv").exists())
}

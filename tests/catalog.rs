//! The catalog against the reference lists (`catalog/reference/*.tsv`, copied from the IANA
//! registries and the RFCs): every code present, no empty field, every related code known.

use smtp_code::catalog::{self, Actor, Severity};
use smtp_code::entry::{resolve, State};
use std::collections::BTreeMap;

fn reference(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/catalog/reference/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines().skip(1).filter(|l| !l.trim().is_empty()).map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

/// A related code resolves: a basic or registry code, or a provider's code or tag.
fn known(code: &str) -> bool {
    resolve(code).state == State::Ready
        || catalog::provider_tag(code).is_some()
        || catalog::PROVIDER_CODES.iter().any(|p| p.label() == code)
}

fn nonempty(what: &str, texts: &[&str]) {
    assert!(!texts.is_empty(), "{what}: empty list");
    for t in texts {
        assert!(!t.trim().is_empty(), "{what}: empty text");
        assert!(!t.contains('<') && !t.contains('`'), "{what}: markup in {t:?}");
    }
}

#[test]
fn every_basic_reference_code_and_meaning_is_present() {
    let mut meanings: BTreeMap<u16, usize> = BTreeMap::new();
    for row in reference("basic.tsv") {
        let code: u16 = row[0].parse().unwrap();
        let e = catalog::basic(code).unwrap_or_else(|| panic!("{code} missing"));
        *meanings.entry(code).or_default() += 1;
        assert_eq!(e.standard, !row[2].contains("[non-standard]"), "{code}: standard flag");
    }
    for (code, n) in meanings {
        assert_eq!(catalog::basic(code).unwrap().meanings.len() + 1, n, "{code}: every meaning");
    }
    assert_eq!(catalog::BASIC.len(), 45);
}

#[test]
fn basic_entries_are_complete() {
    for e in catalog::BASIC {
        let what = format!("{}", e.code);
        nonempty(&what, &[e.title, e.description, e.when]);
        nonempty(&what, e.fix_sender);
        nonempty(&what, e.causes);
        nonempty(&what, e.rfcs);
        assert!(e.related.len() >= 2, "{what}: fewer than two related codes");
        assert!(!e.phases.is_empty(), "{what}: no phase");
        for r in e.related.iter().chain(e.enhanced) {
            assert!(known(r), "{what}: related {r} is not in the catalog");
        }
        for f in e.faq {
            nonempty(&what, &[f.q, f.a]);
        }
        for m in e.meanings {
            nonempty(&what, &[m.context, m.title, m.description]);
            nonempty(&what, m.rfcs);
        }
        let digit = e.code / 100;
        match digit {
            2 => assert_eq!(e.severity, Severity::None, "{what}"),
            5 => assert!(e.severity >= Severity::Medium || e.actor != Actor::None, "{what}"),
            _ => {}
        }
    }
}

#[test]
fn the_codes_people_ask_about_most_have_faqs() {
    for code in [421, 450, 451, 452, 550, 552, 553, 554] {
        let n = catalog::basic(code).unwrap().faq.len();
        assert!((1..=3).contains(&n), "{code}: {n} FAQ items");
    }
}

#[test]
fn written_comparisons_cover_the_confused_pairs() {
    let pairs = [
        ("220", "221"), ("221", "250"), ("221", "421"), ("250", "251"), ("421", "450"), ("450", "550"),
        ("451", "550"), ("452", "552"), ("530", "535"), ("550", "553"), ("550", "554"), ("454", "530"),
    ];
    for (a, b) in pairs {
        let p = catalog::pair(a, b).unwrap_or_else(|| panic!("{a}/{b} not written"));
        nonempty(&format!("{a}/{b}"), &[p.summary, p.when_which]);
        assert!((3..=5).contains(&p.differences.len()), "{a}/{b}: differences");
    }
    for p in catalog::PAIRS {
        assert!(known(p.a) && known(p.b), "{}/{}", p.a, p.b);
    }
}

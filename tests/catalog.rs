//! The catalog against the reference lists (`catalog/reference/*.tsv`, copied from the IANA
//! registries and the RFCs): every code present, no empty field, every related code known.

mod common;

use common::{known, reference};
use smtp_code::catalog::{self, Actor, Severity};
use smtp_code::entry::{resolve, Outcome, State};
use std::collections::BTreeMap;

/// A list of the catalog: not empty, no empty item.
fn list(what: &str, items: catalog::Lines) {
    nonempty(what, &items.iter().collect::<Vec<_>>());
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
        nonempty(&what, &[e.title.en(), e.description.en(), e.when.en()]);
        list(&what, e.fix_sender.en());
        list(&what, e.causes.en());
        list(&what, e.rfcs);
        assert!(e.related.len() >= 2, "{what}: fewer than two related codes");
        assert!(!e.phases.is_empty(), "{what}: no phase");
        for r in e.related.iter().chain(e.enhanced.iter()) {
            assert!(known(r), "{what}: related {r} is not in the catalog");
        }
        for f in e.faq {
            nonempty(&what, &[f.q.en(), f.a.en()]);
        }
        for m in e.meanings {
            nonempty(&what, &[m.context.en(), m.title.en(), m.description.en()]);
            list(&what, m.rfcs);
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
        ("220", "221"),
        ("221", "250"),
        ("221", "421"),
        ("250", "251"),
        ("421", "450"),
        ("450", "550"),
        ("451", "550"),
        ("452", "552"),
        ("530", "535"),
        ("550", "553"),
        ("550", "554"),
        ("454", "530"),
    ];
    for (a, b) in pairs {
        let p = catalog::pair(a, b).unwrap_or_else(|| panic!("{a}/{b} not written"));
        nonempty(&format!("{a}/{b}"), &[p.summary.en(), p.when_which.en()]);
        assert!((3..=5).contains(&p.differences.en().len()), "{a}/{b}: differences");
    }
    for p in catalog::PAIRS {
        assert!(known(p.a) && known(p.b), "{}/{}", p.a, p.b);
    }
}

#[test]
fn every_enhanced_registry_code_is_present_with_its_title() {
    let rows = reference("enhanced_full.tsv");
    assert_eq!(catalog::ENHANCED.len(), rows.len());
    for row in rows {
        let (s, d) = {
            let mut it = row[0].split('.').skip(1).map(|x| x.parse::<u16>().unwrap());
            (it.next().unwrap(), it.next().unwrap())
        };
        let e = catalog::enhanced(s, d).unwrap_or_else(|| panic!("{} missing", row[0]));
        if e.deprecated {
            assert!(row[1].contains("deprecated"), "{}", row[0]);
        } else {
            assert_eq!(e.title.en(), row[1], "{}: title", row[0]);
        }
        assert_eq!(e.unverified, row.iter().any(|c| c.contains("[unverified]")), "{}: unverified", row[0]);
        // The registry's associated basic codes, where it names them.
        for b in row[3].split([',', ' ']).filter(|b| b.len() == 3 && b.bytes().all(|c| c.is_ascii_digit())) {
            assert!(e.basic.contains(b), "{}: basic {b}", row[0]);
        }
    }
}

#[test]
fn classes_and_subjects_are_present() {
    for row in reference("enhanced_classes.tsv") {
        let digit: u8 = row[0][row[0].find(|c: char| c.is_ascii_digit()).unwrap()..][..1].parse().unwrap();
        let group = if row[0].starts_with('X') { catalog::subject(digit.into()) } else { catalog::class(digit) };
        let g = group.unwrap_or_else(|| panic!("{} missing", row[0]));
        assert_eq!(g.title.en(), row[1]);
        nonempty(&row[0], &[g.description.en()]);
    }
}

#[test]
fn enhanced_entries_are_complete() {
    for e in catalog::ENHANCED {
        let what = e.code();
        nonempty(&what, &[e.title.en(), e.description.en(), e.when.en()]);
        list(&what, e.fix_sender.en());
        list(&what, e.causes.en());
        list(&what, e.rfcs);
        assert!(e.related.len() >= 2, "{what}: fewer than two related codes");
        for r in e.related {
            assert!(known(r), "{what}: related {r} is not in the catalog");
        }
        for (class, note) in [(2, e.if_success.en()), (4, e.if_transient.en()), (5, e.if_permanent.en())] {
            assert_eq!(e.classes.contains(&class), !note.is_empty(), "{what}: note for class {class}");
        }
    }
}

#[test]
fn every_registry_code_is_a_known_card_in_classes_4_and_5() {
    for e in catalog::ENHANCED {
        for class in [4, 5] {
            let code = format!("{class}.{}.{}", e.subject, e.detail);
            let r = resolve(&code);
            assert_eq!(r.state, State::Ready, "{code}");
            assert_eq!(r.entries[0].code, code);
        }
    }
    let t = resolve("4.2.2").entries.remove(0);
    let p = resolve("5.2.2").entries.remove(0);
    assert_eq!((t.outcome, p.outcome), (Some(Outcome::Transient), Some(Outcome::Permanent)));
}

#[test]
fn provider_codes_cover_the_big_providers() {
    assert!(catalog::PROVIDER_CODES.len() >= 25);
    for p in catalog::PROVIDER_CODES {
        let what = p.label();
        nonempty(&what, &[p.provider, p.title.en(), p.description.en(), p.sample.en()]);
        list(&what, p.fix_sender.en());
        for r in p.related {
            assert!(known(r), "{what}: related {r} is not in the catalog");
        }
    }
    let has = |provider: &str, label: &str| {
        catalog::PROVIDER_CODES.iter().any(|p| p.provider == provider && p.label() == label)
    };
    for (provider, label) in [
        ("Microsoft", "5.1.10"),
        ("Microsoft", "5.7.1"),
        ("Microsoft", "S3140"),
        ("Microsoft", "5.7.133"),
        ("Microsoft", "5.7.509"),
        ("Microsoft", "5.7.606-5.7.649"),
        ("Microsoft", "5.7.708"),
        ("Microsoft", "4.7.650"),
        ("Google", "4.7.28"),
        ("Google", "5.7.1"),
        ("Google", "5.7.26"),
        ("Google", "4.2.1"),
        ("Google", "4.2.2"),
        ("Yahoo", "TSS04"),
        ("Yahoo", "TS03"),
        ("Apple", "CS01"),
    ] {
        assert!(has(provider, label), "{provider} {label}");
    }
    // Inside a range, a code is the provider's card; a registry code keeps its card and gains notes.
    let r = resolve("5.7.612").entries.remove(0);
    assert_eq!((r.provider, r.code.as_str()), (Some("Microsoft"), "5.7.612"));
    let g = resolve("5.7.26").entries.remove(0);
    assert!(g.provider.is_none() && g.provider_notes.iter().any(|n| n.provider == "Google"));
}

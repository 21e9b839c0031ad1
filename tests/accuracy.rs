//! Checks of the kinds of error an audit of the catalog found (issue 8), written so that they
//! catch the kind rather than the instance: a text that says the registry lacks a code the catalog
//! holds, a provider's reply quoted with a basic code its entry does not list, a `standard` flag
//! that the status of the code's RFCs contradicts, counts that break the rules of SCHEMA.md, and a
//! basic code whose severity disagrees with the enhanced code that names the same condition.

mod common;

use smtp_code::catalog::{self, ProviderCode, ProviderKey, Severity};
use smtp_code::entry::resolve;

/// Every text of the catalog, with where it is.
fn texts() -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    let mut add = |what: String, items: &mut dyn Iterator<Item = &'static str>| {
        for t in items {
            out.push((what.clone(), t));
        }
    };
    for e in catalog::BASIC {
        let w = e.code.to_string();
        add(w.clone(), &mut [e.title.en(), e.description.en(), e.when.en()].into_iter());
        add(w.clone(), &mut e.fix_sender.en().iter().chain(e.fix_admin.en()).chain(e.causes.en()));
        add(w.clone(), &mut e.faq.iter().flat_map(|f| [f.q.en(), f.a.en()]));
        add(w, &mut e.meanings.iter().flat_map(|m| [m.context.en(), m.title.en(), m.description.en()]));
    }
    for e in catalog::ENHANCED {
        let w = e.code();
        add(
            w.clone(),
            &mut [
                e.title.en(),
                e.description.en(),
                e.when.en(),
                e.if_transient.en(),
                e.if_permanent.en(),
                e.if_success.en(),
                e.note.en(),
            ]
            .into_iter(),
        );
        add(w, &mut e.fix_sender.en().iter().chain(e.fix_admin.en()).chain(e.causes.en()));
    }
    for g in catalog::CLASSES.iter().chain(catalog::SUBJECTS) {
        add(format!("group {}", g.digit), &mut [g.description.en()].into_iter());
    }
    for p in catalog::PROVIDER_CODES {
        add(
            format!("{} {}", p.provider, p.label()),
            &mut [p.title.en(), p.description.en()].into_iter().chain(p.fix_sender.en()),
        );
    }
    for p in catalog::PAIRS {
        add(format!("{}/{}", p.a, p.b), &mut [p.summary.en(), p.when_which.en()].into_iter().chain(p.differences.en()));
    }
    out
}

/// An enhanced code as written in a text: `X.7.29` (class `None`) or `5.7.29`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Written {
    class: Option<u8>,
    subject: u16,
    detail: u16,
}

fn written(token: &str) -> Option<Written> {
    let token = token.trim_end_matches('.');
    let mut parts = token.split('.');
    let class = match parts.next()? {
        "X" | "x" => None,
        c @ ("2" | "4" | "5") => Some(c.parse().ok()?),
        _ => return None,
    };
    let mut num = || -> Option<u16> {
        let p = parts.next()?;
        (!p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok())?
    };
    let (subject, detail) = (num()?, num()?);
    parts.next().is_none().then_some(Written { class, subject, detail })
}

/// The enhanced codes a text names, in order.
fn codes_in(text: &str) -> Vec<Written> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.')).filter_map(written).collect()
}

fn in_registry(w: Written) -> bool {
    catalog::enhanced(w.subject, w.detail).is_some()
}

/// The registry codes that a provider's entry covers (Google's 5.7.29 covers X.7.29).
fn registry_codes_of(p: &ProviderCode) -> Vec<String> {
    match p.key {
        ProviderKey::Range { subject, lo, hi, .. } => {
            (lo..=hi).filter(|&d| catalog::enhanced(subject, d).is_some()).map(|d| format!("X.{subject}.{d}")).collect()
        }
        ProviderKey::Tag(_) => Vec::new(),
    }
}

/// Phrases that say the registry lacks a code.
const ABSENT: &[&str] = &[
    "registry has no", "registry lacks", "registry does not have", "registry doesn't have", "not in the registry",
    "no registry code", "outside the registry",
];

#[test]
fn no_text_claims_the_registry_lacks_a_code_it_has() {
    let mut wrong = Vec::new();
    for (what, text) in texts() {
        let lower = text.to_lowercase().replace(". ", ";");
        for clause in lower.split([';', ',']) {
            if ABSENT.iter().any(|p| clause.contains(p)) {
                for w in codes_in(clause).into_iter().filter(|&w| in_registry(w)) {
                    wrong.push(format!("{what}: says the registry lacks X.{}.{}: {text:?}", w.subject, w.detail));
                }
            }
        }
    }
    // A provider's entry for a number the registry holds reuses it: it relates the registry code and
    // names no "nearest" registry code in its stead.
    for p in catalog::PROVIDER_CODES {
        for reg in registry_codes_of(p) {
            if !p.related.contains(&reg) {
                wrong.push(format!("{} {}: reuses {reg} but does not relate it", p.provider, p.label()));
            }
            let lower = p.description.en().to_lowercase().replace(". ", ";");
            if lower.split([';', ',']).any(|c| c.contains("registry") && c.contains("nearest")) {
                wrong.push(format!(
                    "{} {}: names a nearest registry code, but the registry has {reg}",
                    p.provider,
                    p.label()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{} texts contradict the registry:\n{}", wrong.len(), wrong.join("\n"));
}

/// The provider a possessive names, as in "Gmail's 451 4.7.23".
fn named_provider(word: &str) -> Option<&'static str> {
    let w = word.trim_start_matches(['(', '"']).to_lowercase();
    let w = w.strip_suffix("'s")?;
    match w {
        "gmail" | "google" => Some("Google"),
        "microsoft" | "outlook.com" | "exchange" => Some("Microsoft"),
        "yahoo" => Some("Yahoo"),
        "apple" | "icloud" => Some("Apple"),
        "comcast" => Some("Comcast"),
        _ => None,
    }
}

fn basic_code(token: &str) -> Option<&str> {
    let t = token.trim_start_matches(['(', '"']);
    (t.len() == 3 && matches!(t.as_bytes()[0], b'2'..=b'5') && t.bytes().all(|b| b.is_ascii_digit())).then_some(t)
}

#[test]
fn provider_replies_are_quoted_with_their_entries_codes() {
    let mut wrong = Vec::new();
    // The sample: its basic code is one the entry lists, its enhanced code falls in the entry's
    // code or range, and a tag entry's sample carries the tag.
    for p in catalog::PROVIDER_CODES {
        let what = format!("{} {}", p.provider, p.label());
        let mut words = p.sample.en().split([' ', '-']);
        match words.next().and_then(basic_code) {
            Some(b) if p.basic.contains(b) => {}
            b => wrong.push(format!("{what}: sample's basic code {b:?} is not one of {:?}", p.basic.join(" "))),
        }
        let enhanced = words.next().and_then(|t| written(t.trim_end_matches([',', ';', ':'])));
        match (p.key, enhanced) {
            (ProviderKey::Range { class, subject, lo, hi }, Some(w)) => {
                if !(w.class == Some(class) && w.subject == subject && (lo..=hi).contains(&w.detail)) {
                    wrong.push(format!("{what}: sample's enhanced code {w:?} is outside the entry"));
                }
            }
            (ProviderKey::Range { .. }, None) => wrong.push(format!("{what}: sample has no enhanced code")),
            (ProviderKey::Tag(t), _) => {
                if !p.sample.en().contains(t) {
                    wrong.push(format!("{what}: sample lacks the tag"));
                }
            }
        }
    }
    // Every text that quotes a provider's reply ("451 4.7.650", or "Gmail's 451 4.7.23" for a number
    // the registry also has) uses a basic code that the provider's entry for that code lists.
    for (what, text) in texts() {
        let words: Vec<&str> = text.split_whitespace().collect();
        for (i, pair) in words.windows(2).enumerate() {
            let (Some(b), Some(w)) = (basic_code(pair[0]), written(pair[1].trim_end_matches([',', ';', ':', ')'])))
            else {
                continue;
            };
            let Some(class) = w.class else { continue };
            let named = i.checked_sub(1).and_then(|j| named_provider(words[j]));
            for p in catalog::PROVIDER_CODES.iter().filter(|p| p.covers(class, w.subject, w.detail)) {
                if (!in_registry(w) || named == Some(p.provider)) && !p.basic.contains(b) {
                    wrong.push(format!(
                        "{what}: quotes {b} {class}.{}.{}, but {} {} lists {}",
                        w.subject,
                        w.detail,
                        p.provider,
                        p.label(),
                        p.basic.join(" ")
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} quotes disagree with the provider entries:\n{}", wrong.len(), wrong.join("\n"));
}

/// The status of every RFC that a basic code cites, as the RFC Editor's index and the IETF
/// datatracker record it (https://www.rfc-editor.org/rfc-index.html,
/// https://datatracker.ietf.org/doc/rfcNNNN/). Standards-track means Proposed, Draft or Internet
/// Standard; Experimental, Informational, Historic and Best Current Practice are not.
const RFC_STATUS: &[(u32, &str)] = &[
    (821, "Internet Standard"), // obsoleted by RFC 2821 and RFC 5321, cited only for history
    (1845, "Experimental"),
    (1846, "Experimental"),
    (1870, "Internet Standard"),
    (1985, "Proposed Standard"),
    (2645, "Proposed Standard"),
    (3207, "Proposed Standard"),
    (3463, "Draft Standard"),
    (4954, "Proposed Standard"),
    (5248, "Best Current Practice"),
    (5321, "Draft Standard"),
    (6531, "Proposed Standard"),
    (6647, "Proposed Standard"),
    (6710, "Proposed Standard"),
    (7372, "Proposed Standard"),
    (7504, "Proposed Standard"),
    (7505, "Proposed Standard"),
    (8314, "Proposed Standard"),
];

fn rfc_numbers(cites: catalog::Lines) -> Vec<u32> {
    cites
        .iter()
        .filter_map(|c| c.strip_prefix("RFC "))
        .filter_map(|rest| rest.split(|ch: char| !ch.is_ascii_digit()).next()?.parse().ok())
        .collect()
}

#[test]
fn standard_is_false_where_no_cited_rfc_is_standards_track() {
    let status = |n: u32| RFC_STATUS.iter().find(|(r, _)| *r == n).map(|(_, s)| *s);
    let mut wrong = Vec::new();
    for e in catalog::BASIC {
        let rfcs = rfc_numbers(e.rfcs);
        for &n in &rfcs {
            assert!(status(n).is_some(), "{}: RFC {n} has no status in RFC_STATUS; add it", e.code);
        }
        let track = rfcs.iter().any(|&n| status(n).is_some_and(|s| s.ends_with("Standard")));
        if e.standard && !track {
            let cited: Vec<String> = rfcs.iter().map(|&n| format!("RFC {n} ({})", status(n).unwrap())).collect();
            wrong.push(format!("{}: standard = true, but it cites only {}", e.code, cited.join(", ")));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Sentences in a text: ends of sentence followed by a capital, a digit or the end. Codes (5.7.1),
/// sections (§4.2.3) and decimals do not count, since no space follows their dots.
fn sentences(text: &str) -> usize {
    let b = text.trim().as_bytes();
    (0..b.len())
        .filter(|&i| matches!(b[i], b'.' | b'?' | b'!'))
        .filter(|&i| {
            let rest = &b[i + 1..];
            let next = rest.iter().position(|c| !c.is_ascii_whitespace());
            match next {
                None => true,
                Some(0) => false,
                Some(k) => rest[k].is_ascii_uppercase() || rest[k].is_ascii_digit() || rest[k] == b'"',
            }
        })
        .count()
}

#[test]
fn the_schemas_counts_hold() {
    let mut wrong = Vec::new();
    let mut count = |what: String, n: usize, lo: usize, hi: usize| {
        if !(lo..=hi).contains(&n) {
            wrong.push(format!("{what}: {n}, the schema asks {lo} to {hi}"));
        }
    };
    const MANY: usize = usize::MAX;
    for e in catalog::BASIC {
        let w = e.code;
        count(format!("{w} description sentences"), sentences(e.description.en()), 2, 4);
        count(format!("{w} when sentences"), sentences(e.when.en()), 1, 3);
        count(format!("{w} causes"), e.causes.en().len(), 2, 6);
        count(format!("{w} rfcs"), e.rfcs.len(), 1, MANY);
        count(format!("{w} related"), e.related.len(), 2, MANY);
        count(format!("{w} fix_sender"), e.fix_sender.en().len(), 1, MANY);
        count(format!("{w} faq"), e.faq.len(), 0, 3);
        let meanings = if [220, 454, 500, 530].contains(&w) { (1, MANY) } else { (0, 0) };
        count(format!("{w} meanings"), e.meanings.len(), meanings.0, meanings.1);
        for m in e.meanings {
            count(format!("{w} meaning sentences"), sentences(m.description.en()), 1, 3);
        }
    }
    for e in catalog::ENHANCED {
        let w = e.code();
        count(format!("{w} description sentences"), sentences(e.description.en()), 2, 4);
        count(format!("{w} when sentences"), sentences(e.when.en()), 1, 3);
        for (k, t, hi) in [
            ("if_transient", e.if_transient.en(), 2),
            ("if_permanent", e.if_permanent.en(), 2),
            ("if_success", e.if_success.en(), 1),
        ] {
            if !t.is_empty() {
                count(format!("{w} {k} sentences"), sentences(t), 1, hi);
            }
        }
        count(format!("{w} causes"), e.causes.en().len(), 2, 6);
        count(format!("{w} related"), e.related.len(), 2, MANY);
        count(format!("{w} fix_sender"), e.fix_sender.en().len(), 1, MANY);
    }
    for g in catalog::CLASSES.iter().chain(catalog::SUBJECTS) {
        count(format!("group {} description sentences", g.digit), sentences(g.description.en()), 2, 3);
    }
    for p in catalog::PROVIDER_CODES {
        let w = format!("{} {}", p.provider, p.label());
        count(format!("{w} description sentences"), sentences(p.description.en()), 2, 4);
        count(format!("{w} fix_sender"), p.fix_sender.en().len(), 1, MANY);
        count(format!("{w} basic"), p.basic.len(), 1, MANY);
    }
    for p in catalog::PAIRS {
        let w = format!("{}/{}", p.a, p.b);
        count(format!("{w} summary sentences"), sentences(p.summary.en()), 1, 2);
        count(format!("{w} differences"), p.differences.en().len(), 3, 5);
        count(format!("{w} when_which sentences"), sentences(p.when_which.en()), 2, 3);
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Pairs that break the severity rule of SCHEMA.md on purpose: (basic code, enhanced code, why).
/// None at present; an entry here must say why the two cards differ.
const SEVERITY_EXCEPTIONS: &[(u16, &str, &str)] = &[];

#[test]
fn a_basic_code_and_the_enhanced_code_naming_its_condition_agree_on_severity() {
    let mut wrong = Vec::new();
    for b in catalog::BASIC {
        let digit = (b.code / 100) as u8;
        for code in b.enhanced {
            let w = written(code).unwrap_or_else(|| panic!("{}: {code} is not a code", b.code));
            let (subject, detail) = (w.subject, w.detail);
            let reg = catalog::enhanced(subject, detail).unwrap_or_else(|| panic!("{}: {code} unknown", b.code));
            assert!(reg.classes.contains(&digit) || digit == 3, "{}: {code} has no {digit}.x.x form", b.code);
            // One condition: the registry pairs the enhanced code with this basic code and at most
            // one other (X.7.9 with 534, X.7.11 with 524 and 538).
            let b_code = b.code.to_string();
            if !(reg.basic.contains(&b_code) && reg.basic.len() <= 2) {
                continue;
            }
            if SEVERITY_EXCEPTIONS.iter().any(|&(bc, ec, _)| bc == b.code && ec == code) {
                continue;
            }
            let shown = resolve(&format!("{digit}.{subject}.{detail}")).entries.remove(0).severity;
            let ok = match digit {
                // The enhanced severity is written for the permanent form: the same on both cards.
                5 => b.severity == shown,
                // The transient card shows that severity capped at medium; the basic code may be
                // calmer, never more severe.
                4 => b.severity <= shown,
                _ => shown == Severity::None,
            };
            if !ok {
                wrong.push(format!("{} is {:?}, {digit}.{subject}.{detail} is {:?}", b.code, b.severity, shown));
            }
        }
    }
    assert!(wrong.is_empty(), "{} pairs break the severity rule of SCHEMA.md:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn an_unverified_provider_entry_says_so_on_its_card() {
    assert!(catalog::PROVIDER_CODES.iter().any(|p| p.unverified), "no entry is marked unverified");
    for p in catalog::PROVIDER_CODES {
        let what = format!("{} {}", p.provider, p.label());
        match p.key {
            ProviderKey::Tag(t) => {
                let e = resolve(t).entries.remove(0);
                assert_eq!(e.provider, Some(p.provider), "{what}");
                assert_eq!(e.unverified, p.unverified, "{what}: the card's flag");
            }
            ProviderKey::Range { class, subject, lo, .. } => {
                let e = resolve(&format!("{class}.{subject}.{lo}")).entries.remove(0);
                if e.provider.is_some() {
                    assert_eq!(e.unverified, p.unverified, "{what}: the card's flag");
                } else {
                    // A registry code's card carries the provider's use as a note, flagged there.
                    let note = e.provider_notes.iter().find(|n| n.provider == p.provider && n.code == p.label());
                    assert_eq!(note.map(|n| n.unverified), Some(p.unverified), "{what}: the note's flag");
                }
            }
        }
    }
}

//! Property tests: no input, however odd, makes the core panic (a panic in the wasm would take
//! down every widget on the page).

mod common;

use proptest::prelude::*;
use smtp_code::{bounce, compare, entry, explanation, reply, search, widget};
use std::sync::OnceLock;

/// Text that looks like replies: codes, enhanced codes, prefixes and separators in any order.
fn reply_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[1-6][0-9]{2}[- ]?",
        "[245Xx]\\.[0-9]{1,4}\\.[0-9]{1,4}",
        Just("smtp;".to_string()),
        Just("Diagnostic-Code: ".to_string()),
        Just("Status: ".to_string()),
        Just("\r\n".to_string()),
        Just("\n ".to_string()),
        Just("\r".to_string()),
        "[\\[(]?[A-Z]{1,4}[0-9]{1,6}[\\])]?",
        "[ #;:.<>'\"-]{1,3}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// The bounce reader and the explainer on raw bytes: no panic, and what they say is sane.
fn read_bytes(b: &[u8]) {
    let e = explanation::explain_bytes(b);
    assert!(e.basic.is_none_or(|b| (200..600).contains(&b)));
    for r in &e.recipients {
        assert!(r.basic.is_none_or(|b| (200..600).contains(&b)));
        assert!(r.reason.is_some());
        assert!(r.address.len() <= b.len());
    }
    assert!(e.lead.is_none_or(|i| i < e.recipients.len()));
    let _ = bounce::log_line(&String::from_utf8_lossy(b)).map(|l| l.recipient());
}

/// The corpus messages, read once; empty when the corpus is absent (the corpus test says so).
fn messages() -> &'static [Vec<u8>] {
    static M: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    M.get_or_init(|| {
        let dir = common::corpus_dir().map(|d| d.join("emails"));
        let mut files: Vec<_> = dir
            .and_then(|d| std::fs::read_dir(d).ok())
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
    })
}

/// A change to a message: bytes replaced, inserted, removed, a slice repeated, the end cut off.
#[derive(Clone, Debug)]
enum Mutation {
    Replace(usize, u8),
    Insert(usize, Vec<u8>),
    Remove(usize, usize),
    Repeat(usize, usize, usize),
    Cut(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let piece = prop_oneof![
        prop::collection::vec(any::<u8>(), 1..8),
        Just(b"\r\n".to_vec()),
        Just(b"\n--".to_vec()),
        Just(b"Content-Type: multipart/mixed; boundary=x\n".to_vec()),
        Just(b"=?utf-8?B?".to_vec()),
        Just(b"Final-Recipient: rfc822; a@b\n".to_vec()),
        Just(b"550 5.1.1 ".to_vec()),
        Just(b"<<< ".to_vec()),
    ];
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Replace(i, b)),
        (any::<usize>(), piece).prop_map(|(i, p)| Mutation::Insert(i, p)),
        (any::<usize>(), 1usize..200).prop_map(|(i, n)| Mutation::Remove(i, n)),
        (any::<usize>(), 1usize..400, 2usize..20).prop_map(|(i, n, k)| Mutation::Repeat(i, n, k)),
        any::<usize>().prop_map(Mutation::Cut),
    ]
}

fn apply(m: &[u8], ms: &[Mutation]) -> Vec<u8> {
    let mut v = m.to_vec();
    for x in ms {
        let at = |i: usize, v: &Vec<u8>| if v.is_empty() { 0 } else { i % (v.len() + 1) };
        match x {
            Mutation::Replace(i, b) if !v.is_empty() => {
                let i = i % v.len();
                v[i] = *b;
            }
            Mutation::Insert(i, p) => {
                let i = at(*i, &v);
                v.splice(i..i, p.iter().copied());
            }
            Mutation::Remove(i, n) => {
                let i = at(*i, &v);
                let end = (i + n).min(v.len());
                v.drain(i..end);
            }
            Mutation::Repeat(i, n, k) => {
                let i = at(*i, &v);
                let end = (i + n).min(v.len());
                let slice = v[i..end].to_vec();
                for _ in 0..*k {
                    v.splice(end..end, slice.iter().copied());
                }
            }
            Mutation::Cut(i) => {
                let i = at(*i, &v);
                v.truncate(i);
            }
            _ => {}
        }
    }
    v
}

fn all_of_it(s: &str) {
    read_bytes(s.as_bytes());
    let e = reply::explain(s);
    assert!(e.basic.is_none_or(|b| (200..600).contains(&b)));
    assert!(e.text.len() <= s.len());
    let _ = widget::model(s, "", "");
    let _ = widget::model("550", s, "");
    let _ = widget::model("", "", s);
    let _ = entry::resolve(s);
    let _ = compare::compare(s, "250");
    let _ = search::search(s, smtp_code::i18n::Lang::De);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        all_of_it(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_bytes_as_a_message(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        read_bytes(&bytes);
    }

    #[test]
    fn mutated_corpus_messages(pick in any::<usize>(), ms in prop::collection::vec(mutation(), 1..12)) {
        let all = messages();
        if !all.is_empty() {
            read_bytes(&apply(&all[pick % all.len()], &ms));
        }
    }

    #[test]
    fn arbitrary_unicode(s in "\\PC{0,300}") {
        all_of_it(&s);
    }

    #[test]
    fn reply_shaped_text(s in reply_like()) {
        all_of_it(&s);
    }
}

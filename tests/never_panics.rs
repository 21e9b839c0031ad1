//! Property tests: no input, however odd, makes the core panic (a panic in the wasm would take
//! down every widget on the page).

use proptest::prelude::*;
use smtp_code::{compare, entry, reply, search, widget};

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

fn all_of_it(s: &str) {
    let e = reply::explain(s);
    assert!(e.basic.is_none_or(|b| (200..600).contains(&b)));
    assert!(e.text.len() <= s.len());
    let _ = widget::model(s, "", "");
    let _ = widget::model("550", s, "");
    let _ = widget::model("", "", s);
    let _ = entry::resolve(s);
    let _ = compare::compare(s, "250");
    let _ = search::search(s);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        all_of_it(&String::from_utf8_lossy(&bytes));
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

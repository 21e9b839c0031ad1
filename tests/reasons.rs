//! The reason cards (`catalog/reasons.toml`) against the reader: a card for every reason, the
//! card's verdict the same as the reader's, its codes in the catalog, and each example reply read
//! as the card's own reason.

use smtp_code::catalog;
use smtp_code::entry::{resolve, State};
use smtp_code::explanation::explain;
use smtp_code::reason::{verdict, Bounce, Reason};

#[test]
fn every_reason_has_a_card_that_agrees_with_the_verdict() {
    assert_eq!(catalog::REASONS.len(), Reason::ALL.len());
    for &r in Reason::ALL {
        let c = catalog::reason(r).unwrap_or_else(|| panic!("{}: no card", r.name()));
        assert_eq!(c.bounce, verdict(r, Some(4)), "{}: bounce with a 4xx code", r.name());
        let permanent = if c.hard_if_permanent { Some(Bounce::Hard) } else { c.bounce };
        assert_eq!(permanent, verdict(r, Some(5)), "{}: bounce with a 5xx code", r.name());
        for text in [c.title.en(), c.summary.en(), c.description.en(), c.when.en()] {
            assert!(!text.trim().is_empty() && !text.contains('`'), "{}: {text:?}", r.name());
        }
        assert!((2..=6).contains(&c.causes.en().len()), "{}: causes", r.name());
        assert!(!c.fix_sender.en().is_empty(), "{}: no step", r.name());
        for code in c.codes {
            assert_eq!(resolve(code).state, State::Ready, "{}: code {code} is not in the catalog", r.name());
        }
    }
}

#[test]
fn each_example_reply_is_read_as_its_cards_reason() {
    let mut wrong = Vec::new();
    for c in catalog::REASONS {
        for example in c.examples {
            let got = explain(example).reason.map_or("none", |r| r.name());
            if got != c.name {
                wrong.push(format!("{}: {example:?} reads as {got}", c.name));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

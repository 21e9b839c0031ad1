//! Comparing any two codes: the differences computed from their entries (class, outcome, retry,
//! phase, who acts, severity), plus the written text for commonly confused pairs.

use crate::catalog::{self, Actor, Pair, Phase, Severity};
use crate::entry::{self, Entry, Outcome};

/// What the sender should do next, derived from the outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Retry {
    NotNeeded,
    Continue,
    Later,
    NotUnchanged,
}

impl Retry {
    pub fn of(outcome: Option<Outcome>) -> Option<Retry> {
        Some(match outcome? {
            Outcome::Success => Retry::NotNeeded,
            Outcome::Continue => Retry::Continue,
            Outcome::Transient => Retry::Later,
            Outcome::Permanent => Retry::NotUnchanged,
        })
    }
}

/// One aspect of a code, as a fact that the UI words in its language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fact {
    Class(String),
    Outcome(Option<Outcome>),
    Retry(Option<Retry>),
    Phases(&'static [Phase]),
    Actor(Actor),
    Severity(Severity),
    Standard(bool),
}

/// The aspects, in the order a comparison lists them.
pub fn facts(e: &Entry) -> Vec<Fact> {
    vec![
        Fact::Class(e.class.clone()),
        Fact::Outcome(e.outcome),
        Fact::Retry(Retry::of(e.outcome)),
        Fact::Phases(e.phases),
        Fact::Actor(e.actor),
        Fact::Severity(e.severity),
        Fact::Standard(e.standard),
    ]
}

#[derive(Clone, Debug)]
pub struct Row {
    pub a: Fact,
    pub b: Fact,
    pub differs: bool,
}

#[derive(Clone, Debug)]
pub struct Comparison {
    pub a: Entry,
    pub b: Entry,
    pub rows: Vec<Row>,
    /// Our written comparison, for the pairs people confuse most.
    pub written: Option<&'static Pair>,
}

impl Comparison {
    pub fn differences(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.differs)
    }
}

/// Compares the codes `a` and `b` (any form `entry::resolve` takes); `None` when either is not a
/// known code. For `550 5.7.26`, the basic code stands for it.
pub fn compare(a: &str, b: &str) -> Option<Comparison> {
    let a = entry::resolve(a).entries.into_iter().next()?;
    let b = entry::resolve(b).entries.into_iter().next()?;
    let rows = facts(&a)
        .into_iter()
        .zip(facts(&b))
        // Phases are only known for basic codes; a row of two unknowns says nothing.
        .filter(|(x, y)| !matches!((x, y), (Fact::Phases([]), Fact::Phases([]))))
        .map(|(x, y)| Row { differs: x != y, a: x, b: y })
        .collect();
    let written = catalog::pair(&a.code, &b.code);
    Some(Comparison { a, b, rows, written })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_differences_from_the_entries() {
        let c = compare("421", "550").unwrap();
        let differing: Vec<&Fact> = c.differences().map(|r| &r.a).collect();
        assert!(differing.contains(&&Fact::Outcome(Some(Outcome::Transient))));
        assert!(differing.contains(&&Fact::Retry(Some(Retry::Later))));
        assert!(c.rows.iter().any(|r| r.b == Fact::Retry(Some(Retry::NotUnchanged))));
    }

    #[test]
    fn same_code_has_no_differences() {
        let c = compare("250", "250").unwrap();
        assert_eq!(c.differences().count(), 0);
    }

    #[test]
    fn written_pairs_are_found_in_either_order() {
        assert!(compare("221", "250").unwrap().written.is_some());
        assert!(compare("250", "221").unwrap().written.is_some());
    }

    #[test]
    fn unknown_or_invalid_gives_none() {
        assert!(compare("299", "250").is_none());
        assert!(compare("250", "nope").is_none());
        assert!(compare("", "250").is_none());
    }

    #[test]
    fn enhanced_and_basic_compare() {
        let c = compare("5.1.1", "4.1.1").unwrap();
        assert!(c.differences().any(|r| r.a == Fact::Outcome(Some(Outcome::Permanent))));
    }
}

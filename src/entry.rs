//! A code resolved against the catalog: the `Entry` that a card shows and the JS API returns, with
//! the enhanced class applied (a `4.1.1` and a `5.1.1` say different things), and the look-up of any
//! input with its state (ready, unknown, invalid, empty).

use crate::catalog::{
    self, Actor, BasicEntry, EnhancedEntry, Faq, Lines, Meaning, Phase, ProviderCode, Severity, T, TL,
};
use crate::code::{self, Code, Enhanced, Hint};
use crate::text::Needs;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Basic,
    Enhanced,
    /// A provider's own tag (`S3140`, `TSS04`).
    Provider,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Basic => "basic",
            Kind::Enhanced => "enhanced",
            Kind::Provider => "provider",
        }
    }
}

/// What the class means for the sender.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Continue,
    Transient,
    Permanent,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Continue => "continue",
            Outcome::Transient => "transient",
            Outcome::Permanent => "permanent",
        }
    }

    pub fn of_digit(d: u8) -> Option<Outcome> {
        match d {
            2 => Some(Outcome::Success),
            3 => Some(Outcome::Continue),
            4 => Some(Outcome::Transient),
            5 => Some(Outcome::Permanent),
            _ => None,
        }
    }
}

/// The class or the subject of an enhanced code, as RFC 3463 defines it.
#[derive(Clone, Debug)]
pub struct GroupNote {
    pub code: String,
    pub title: T,
    pub description: T,
}

/// The class (when given) and the subject of an enhanced code.
fn groups(class: Option<u8>, subject: u16) -> Vec<GroupNote> {
    let class = class.and_then(catalog::class).map(|g| GroupNote {
        code: format!("{}.x.x", g.digit),
        title: g.title,
        description: g.description,
    });
    let subject = catalog::subject(subject).map(|g| GroupNote {
        code: format!("X.{}.x", g.digit),
        title: g.title,
        description: g.description,
    });
    class.into_iter().chain(subject).collect()
}

/// How a provider uses a registry code, shown on that code's card.
#[derive(Clone, Debug)]
pub struct ProviderNote {
    pub provider: &'static str,
    pub code: String,
    pub title: T,
    pub description: T,
    /// The provider's own documentation does not confirm it.
    pub unverified: bool,
}

#[derive(Clone, Debug)]
pub struct Entry {
    pub code: String,
    pub kind: Kind,
    /// `2xx` … `5xx` for a basic code, `5.x.x` or `X.x.x` for an enhanced one.
    pub class: String,
    pub outcome: Option<Outcome>,
    pub title: T,
    pub description: T,
    pub when_you_see_it: T,
    /// What the concrete class (`4.` or `5.`) of an enhanced code adds.
    pub class_note: T,
    pub how_to_fix: TL,
    pub how_to_fix_admin: TL,
    pub causes: TL,
    pub severity: Severity,
    pub rfcs: Lines,
    pub related: Vec<String>,
    pub standard: bool,
    pub phases: &'static [Phase],
    pub actor: Actor,
    pub faq: &'static [Faq],
    pub meanings: &'static [Meaning],
    /// For an enhanced code, the basic codes the registry pairs it with; for a basic code, the
    /// enhanced codes it usually comes with.
    pub usual_with: Vec<String>,
    /// For an enhanced code, what its class (`5.x.x`) and subject (`X.7.x`) mean (RFC 3463).
    pub groups: Vec<GroupNote>,
    pub provider: Option<&'static str>,
    pub provider_notes: Vec<ProviderNote>,
    pub note: T,
    pub deprecated: bool,
    pub unverified: bool,
    pub sample: T,
}

impl Entry {
    pub fn basic(e: &'static BasicEntry) -> Entry {
        let digit = (e.code / 100) as u8;
        Entry {
            code: e.code.to_string(),
            kind: Kind::Basic,
            class: format!("{digit}xx"),
            outcome: Outcome::of_digit(digit),
            title: e.title,
            description: e.description,
            when_you_see_it: e.when,
            class_note: T::default(),
            how_to_fix: e.fix_sender,
            how_to_fix_admin: e.fix_admin,
            causes: e.causes,
            severity: e.severity,
            rfcs: e.rfcs,
            related: e.related.iter().map(|r| r.to_string()).collect(),
            standard: e.standard,
            phases: e.phases,
            actor: e.actor,
            faq: e.faq,
            meanings: e.meanings,
            usual_with: e.enhanced.iter().map(|r| r.to_string()).collect(),
            groups: Vec::new(),
            provider: None,
            provider_notes: Vec::new(),
            note: T::default(),
            deprecated: false,
            unverified: false,
            sample: T::default(),
        }
    }

    /// An enhanced entry seen with a concrete class, or class-free (`X.1.1`) when `class` is None.
    pub fn enhanced(e: &'static EnhancedEntry, class: Option<u8>) -> Entry {
        let code = Enhanced { class, subject: e.subject, detail: e.detail };
        let (class_note, severity) = match class {
            Some(2) => (e.if_success, Severity::None),
            // A transient failure is at worst something to watch: the sender's queue retries.
            Some(4) => (e.if_transient, e.severity.min(Severity::Medium)),
            _ => (e.if_permanent, e.severity),
        };
        let provider_notes = class
            .map(|c| {
                catalog::provider_codes(c, e.subject, e.detail)
                    .map(|p| ProviderNote {
                        provider: p.provider,
                        code: p.label(),
                        title: p.title,
                        description: p.description,
                        unverified: p.unverified,
                    })
                    .collect()
            })
            .unwrap_or_default();
        Entry {
            code: code.to_string(),
            kind: Kind::Enhanced,
            class: match class {
                Some(c) => format!("{c}.x.x"),
                None => "X.x.x".into(),
            },
            outcome: class.and_then(Outcome::of_digit),
            title: e.title,
            description: e.description,
            when_you_see_it: e.when,
            class_note: if class.is_some() { class_note } else { T::default() },
            how_to_fix: e.fix_sender,
            how_to_fix_admin: e.fix_admin,
            causes: e.causes,
            severity,
            rfcs: e.rfcs,
            related: e.related.iter().map(|r| with_class(r, class)).collect(),
            standard: true,
            phases: &[],
            actor: e.actor,
            faq: &[],
            meanings: &[],
            usual_with: e.basic.iter().map(|r| r.to_string()).collect(),
            groups: groups(class, e.subject),
            provider: None,
            provider_notes,
            note: e.note,
            deprecated: e.deprecated,
            unverified: e.unverified,
            sample: T::default(),
        }
    }

    /// A provider's code outside the registry, or a provider's tag. `code` is the code as asked
    /// (`5.7.612` within the range `5.7.606-5.7.649`).
    pub fn provider(p: &'static ProviderCode, code: String) -> Entry {
        let digit = match p.key {
            catalog::ProviderKey::Range { class, .. } => Some(class),
            catalog::ProviderKey::Tag(_) => p.basic.first().and_then(|b| b.bytes().next()).map(|b| b - b'0'),
        };
        let kind = match p.key {
            catalog::ProviderKey::Range { .. } => Kind::Enhanced,
            catalog::ProviderKey::Tag(_) => Kind::Provider,
        };
        Entry {
            code,
            kind,
            class: match (kind, digit) {
                (Kind::Enhanced, Some(d)) => format!("{d}.x.x"),
                (_, Some(d)) => format!("{d}xx"),
                _ => String::new(),
            },
            outcome: digit.and_then(Outcome::of_digit),
            title: p.title,
            description: p.description,
            when_you_see_it: T::default(),
            class_note: T::default(),
            how_to_fix: p.fix_sender,
            how_to_fix_admin: TL::default(),
            causes: TL::default(),
            severity: match digit {
                Some(5) => Severity::High,
                Some(4) => Severity::Medium,
                _ => Severity::Low,
            },
            rfcs: Lines::default(),
            related: p.related.iter().map(|r| r.to_string()).collect(),
            standard: false,
            phases: &[],
            actor: Actor::Sender,
            faq: &[],
            meanings: &[],
            usual_with: p.basic.iter().map(|r| r.to_string()).collect(),
            groups: match p.key {
                catalog::ProviderKey::Range { class, subject, .. } => groups(Some(class), subject),
                catalog::ProviderKey::Tag(_) => Vec::new(),
            },
            provider: Some(p.provider),
            provider_notes: Vec::new(),
            note: T::default(),
            deprecated: false,
            unverified: p.unverified,
            sample: p.sample,
        }
    }
}

impl Entry {
    /// The chunks of every text this entry shows.
    pub fn needs(&self, n: &mut Needs) {
        n.text(self.title).text(self.description).text(self.when_you_see_it).text(self.class_note).text(self.note);
        n.text(self.sample);
        n.list(self.how_to_fix).list(self.how_to_fix_admin).list(self.causes);
        for f in self.faq {
            n.text(f.q).text(f.a);
        }
        for m in self.meanings {
            n.text(m.context).text(m.title).text(m.description);
        }
        for g in &self.groups {
            n.text(g.title).text(g.description);
        }
        for p in &self.provider_notes {
            n.text(p.title).text(p.description);
        }
    }
}

impl Resolved {
    pub fn needs(&self, n: &mut Needs) {
        for e in &self.entries {
            e.needs(n);
        }
    }
}

/// `X.1.2` as related to a `5.1.1` reads best as `5.1.2`; a code of another form stays as it is.
fn with_class(code: &str, class: Option<u8>) -> String {
    match (code.strip_prefix("X."), class) {
        (Some(rest), Some(c)) => format!("{c}.{rest}"),
        _ => code.to_string(),
    }
}

/// The entry of one parsed code, if the catalog has it (for `Both`, see `resolve`).
fn entry(code: &Code) -> Option<Entry> {
    match *code {
        Code::Basic(b) => catalog::basic(b).map(Entry::basic),
        Code::Enhanced(e) => enhanced_entry(e),
        Code::Both(b, _) => catalog::basic(b).map(Entry::basic),
        Code::Tag(t) => catalog::provider_tag(t).map(|p| Entry::provider(p, t.to_string())),
    }
}

fn enhanced_entry(e: Enhanced) -> Option<Entry> {
    if let Some(found) = catalog::enhanced(e.subject, e.detail) {
        return Some(Entry::enhanced(found, e.class));
    }
    // Outside the registry: a provider's private code (Microsoft's 5.7.133, 5.7.606-5.7.649 …).
    catalog::provider_codes(e.class?, e.subject, e.detail).next().map(|p| Entry::provider(p, e.to_string()))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Ready,
    Unknown,
    Invalid,
    Empty,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Ready => "ready",
            State::Unknown => "unknown",
            State::Invalid => "invalid",
            State::Empty => "empty",
        }
    }
}

/// A well-formed code that the catalog lacks, with the nearest codes it has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unknown {
    pub code: String,
    pub nearest: Vec<String>,
}

/// Any input resolved: what a card shows.
#[derive(Clone, Debug)]
pub struct Resolved {
    /// The normalised code (`550 5.7.26`), or "" when the input is empty or not a code.
    pub code: String,
    pub state: State,
    /// The entries found, basic first.
    pub entries: Vec<Entry>,
    /// The parts that are well-formed but not in the catalog.
    pub unknown: Vec<Unknown>,
    pub hint: Option<Hint>,
}

pub fn resolve(input: &str) -> Resolved {
    match code::parse(input) {
        Ok(Some(c)) => resolve_code(c),
        Ok(None) => Resolved { code: String::new(), state: State::Empty, entries: vec![], unknown: vec![], hint: None },
        Err(h) => {
            Resolved { code: String::new(), state: State::Invalid, entries: vec![], unknown: vec![], hint: Some(h) }
        }
    }
}

/// A parsed code against the catalog: its entries, basic first, and the parts it lacks.
pub fn resolve_code(code: Code) -> Resolved {
    let parts: Vec<Code> = match code {
        Code::Both(b, e) => vec![Code::Basic(b), Code::Enhanced(e)],
        ref c => vec![c.clone()],
    };
    let mut entries = Vec::new();
    let mut unknown = Vec::new();
    for part in &parts {
        match entry(part) {
            Some(e) => entries.push(e),
            None => unknown.push(Unknown { code: part.to_string(), nearest: nearest(part) }),
        }
    }
    let state = if entries.is_empty() { State::Unknown } else { State::Ready };
    Resolved { code: code.to_string(), state, entries, unknown, hint: None }
}

/// Up to three known codes closest to an unknown one: same class first, then by distance.
fn nearest(code: &Code) -> Vec<String> {
    match *code {
        Code::Basic(b) => least3(catalog::BASIC, |e| (e.code / 100 != b / 100, e.code.abs_diff(b), e.code))
            .iter()
            .map(|e| e.code.to_string())
            .collect(),
        Code::Enhanced(e) | Code::Both(_, e) => least3(catalog::ENHANCED, |x| {
            (x.subject.abs_diff(e.subject), x.detail.abs_diff(e.detail), x.subject, x.detail)
        })
        .iter()
        .map(|x| Enhanced { class: e.class, subject: x.subject, detail: x.detail }.to_string())
        .collect(),
        Code::Tag(_) => Vec::new(),
    }
}

/// The three items with the least keys, least first: one pass, no sort (whose code the wasm
/// would carry for this alone).
fn least3<T, K: Ord>(items: &[T], key: impl Fn(&T) -> K) -> Vec<&T> {
    let mut best: Vec<(K, &T)> = Vec::with_capacity(4);
    for item in items {
        let k = key(item);
        let at = best.iter().position(|(b, _)| k < *b).unwrap_or(best.len());
        if at < 3 {
            best.insert(at, (k, item));
            best.truncate(3);
        }
    }
    best.into_iter().map(|(_, item)| item).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_code_names_the_nearest_known_ones() {
        let near = |c: &str| resolve(c).unknown.into_iter().next().map(|u| u.nearest).unwrap_or_default();
        // Same class first, then by distance, then the lower code.
        assert_eq!(near("299"), ["253", "252", "251"]);
        assert_eq!(near("559"), ["556", "555", "554"]);
        assert_eq!(near("5.1.99")[0].split('.').take(2).collect::<Vec<_>>(), ["5", "1"]);
        assert_eq!(near("5.1.99").len(), 3);
        assert_eq!(least3(&[5, 1, 4, 1, 3], |&x| x), [&1, &1, &3]);
        assert_eq!(least3(&[2], |&x| x), [&2]);
    }
}

//! The catalog's TOML files as the build reads them (see catalog/SCHEMA.md).

use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct File {
    #[serde(default)]
    pub code: Vec<Code>,
    #[serde(default)]
    pub class: Vec<Group>,
    #[serde(default)]
    pub subject: Vec<Group>,
    #[serde(default)]
    pub provider_code: Vec<ProviderCode>,
    #[serde(default)]
    pub pair: Vec<Pair>,
    #[serde(default)]
    pub reason: Vec<Reason>,
    #[serde(default)]
    pub term: Vec<Term>,
    #[serde(default)]
    pub guide: Vec<Guide>,
}

impl File {
    pub fn merge(&mut self, f: File) {
        self.code.extend(f.code);
        self.class.extend(f.class);
        self.subject.extend(f.subject);
        self.provider_code.extend(f.provider_code);
        self.pair.extend(f.pair);
        self.reason.extend(f.reason);
        self.term.extend(f.term);
        self.guide.extend(f.guide);
    }
}

/// A basic or an enhanced entry: the keys that only one kind has are optional here and required by
/// the kind's generator.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Code {
    pub code: String,
    pub title: String,
    pub rfcs: Vec<String>,
    pub actor: String,
    pub severity: String,
    pub description: String,
    pub when: String,
    pub fix_sender: Vec<String>,
    pub fix_admin: Vec<String>,
    pub causes: Vec<String>,
    pub related: Vec<String>,
    // basic
    pub standard: Option<bool>,
    pub phases: Option<Vec<String>>,
    pub enhanced: Option<Vec<String>>,
    #[serde(default)]
    pub faq: Vec<Faq>,
    #[serde(default)]
    pub meaning: Vec<Meaning>,
    // enhanced
    pub basic: Option<Vec<String>>,
    pub classes: Option<Vec<u8>>,
    pub if_transient: Option<String>,
    pub if_permanent: Option<String>,
    pub if_success: Option<String>,
    pub deprecated: Option<bool>,
    pub unverified: Option<bool>,
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub q: String,
    pub a: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meaning {
    pub context: String,
    pub title: String,
    pub description: String,
    pub rfcs: Vec<String>,
    pub enhanced: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub digit: u8,
    pub title: String,
    pub rfcs: Vec<String>,
    pub description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderCode {
    pub provider: String,
    pub code: String,
    pub tag: String,
    pub basic: Vec<String>,
    pub title: String,
    pub description: String,
    pub fix_sender: Vec<String>,
    pub related: Vec<String>,
    pub sample: String,
    /// True where the provider's own documentation does not confirm the entry.
    #[serde(default)]
    pub unverified: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    pub a: String,
    pub b: String,
    pub summary: String,
    pub differences: Vec<String>,
    pub when_which: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reason {
    pub name: String,
    pub title: String,
    pub bounce: String,
    pub summary: String,
    pub description: String,
    pub when: String,
    pub fix_sender: Vec<String>,
    pub fix_admin: Vec<String>,
    pub causes: Vec<String>,
    pub codes: Vec<String>,
    pub examples: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub slug: String,
    pub title: String,
    pub words: Vec<String>,
    pub definition: String,
    pub why: String,
    pub codes: Vec<String>,
    pub see: Vec<String>,
    pub rfcs: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub codes: Vec<String>,
    pub terms: Vec<String>,
    pub section: Vec<Section>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub heading: String,
    pub body: String,
    pub examples: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    pub lang: Vec<Language>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub tag: String,
    pub name: String,
    #[serde(default)]
    pub content: bool,
}

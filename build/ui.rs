//! The UI's words (`catalog/ui/<tag>.toml`): `Msg`, one variant per key of the English file, with
//! the English words compiled in; every other language must have exactly the same keys, or the
//! build stops (a missing word is a compile error). Their words go to the `ui` chunk of each.

use super::model::Language;
use super::text::Texts;
use std::fmt::Write as _;
use std::path::Path;

fn read(path: &Path) -> Vec<(String, String)> {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    // toml keeps no order; the English file's order is the order of its lines.
    let mut keys: Vec<(usize, String)> =
        table.keys().map(|k| (text.find(&format!("\n{k} =")).unwrap_or(0), k.clone())).collect();
    keys.sort();
    keys.into_iter()
        .map(|(_, k)| {
            let v = table[&k].as_str().unwrap_or_else(|| panic!("{}: {k} is not a string", path.display()));
            assert!(!v.trim().is_empty(), "{}: {k} is empty", path.display());
            (k, v.to_string())
        })
        .collect()
}

/// The Rust of `Msg`, `Lang` and the English words; fills the `ui` chunks.
pub fn generate(dir: &Path, langs: &[Language], texts: &mut Texts) -> String {
    let en = read(&dir.join("en.toml"));
    let mut out = String::new();
    out += "/// A piece of UI text; `Lang::t` gives its words. A key needs every language (catalog/ui/).\n";
    out += "#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum Msg {\n";
    for (k, _) in &en {
        writeln!(out, "    {k},").unwrap();
    }
    out += "}\n\nimpl Msg {\n    pub const ALL: &'static [Msg] = &[";
    for (k, _) in &en {
        write!(out, "Msg::{k}, ").unwrap();
    }
    out += "];\n}\n\n/// The English words, by `Msg as usize`.\npub static MSG_EN: &[&str] = &[\n";
    for (_, v) in &en {
        writeln!(out, "    {v:?},").unwrap();
    }
    out += "];\n\n";
    for (i, l) in langs.iter().enumerate().skip(1) {
        let words = read(&dir.join(format!("{}.toml", l.tag)));
        let missing: Vec<&str> =
            en.iter().filter(|(k, _)| !words.iter().any(|(w, _)| w == k)).map(|(k, _)| k.as_str()).collect();
        let extra: Vec<&str> =
            words.iter().filter(|(k, _)| !en.iter().any(|(e, _)| e == k)).map(|(k, _)| k.as_str()).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "catalog/ui/{}.toml: missing {missing:?}, not in en.toml {extra:?}",
            l.tag
        );
        let by_key: std::collections::HashMap<&str, &str> =
            words.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        texts.set_ui(i, en.iter().map(|(k, _)| by_key[k.as_str()].to_string()).collect());
    }
    // The languages, from catalog/languages.toml.
    out += "/// A UI language (catalog/languages.toml); the first four have their own content.\n";
    out += "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]\npub enum Lang {\n    #[default]\n";
    for l in langs {
        writeln!(out, "    {},", variant(&l.tag)).unwrap();
    }
    out += "}\n\nimpl Lang {\n";
    writeln!(
        out,
        "    pub const ALL: [Lang; {}] = [{}];",
        langs.len(),
        langs.iter().map(|l| format!("Lang::{}", variant(&l.tag))).collect::<Vec<_>>().join(", ")
    )
    .unwrap();
    out += "    /// The language's tag (`de`).\n    pub fn tag(self) -> &'static str {\n        match self {\n";
    for l in langs {
        writeln!(out, "            Lang::{} => {:?},", variant(&l.tag), l.tag).unwrap();
    }
    out += "        }\n    }\n\n    /// The language's own name, for the language switch.\n    pub fn name(self) -> &'static str {\n        match self {\n";
    for l in langs {
        writeln!(out, "            Lang::{} => {:?},", variant(&l.tag), l.name).unwrap();
    }
    out += "        }\n    }\n\n    /// The language the catalog's content is shown in: this one, or English.\n    pub fn content(self) -> Lang {\n        match self {\n";
    for l in langs.iter().filter(|l| l.content) {
        writeln!(out, "            Lang::{0} => Lang::{0},", variant(&l.tag)).unwrap();
    }
    out += "            _ => Lang::En,\n        }\n    }\n}\n";
    out
}

fn variant(tag: &str) -> String {
    let mut c = tag.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

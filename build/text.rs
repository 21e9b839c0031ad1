//! The catalog's words, out of the code: every text gets an id (`T`: its part and its place in the
//! part), and each part is written once per language as a chunk, the texts joined by U+001E. The
//! wasm loads a chunk when a card needs it (a JS module, `text/<lang>-<part>.js`); native builds
//! embed them all. Translations (`catalog/l10n/<lang>/`, same keys as the English files) fill the
//! same places; a missing one falls back to English and is reported to `cargo test`.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

pub const SEPARATOR: char = '\u{1e}';

/// The parts that are not one code's: each holds the texts of many items.
pub const SHARED: &[&str] = &["groups", "pairs", "reasons", "glossary", "guides", "defs", "ui"];

/// Between the parts of a language's whole text (`<lang>-all.js`, which the standalone page loads).
pub const PART_SEPARATOR: char = '\u{1c}';

pub struct Texts {
    /// Content languages; the first is English.
    pub langs: Vec<String>,
    /// The parts' names, in the order of their numbers: one per code (`550`, `X.7.26`), so that a
    /// card loads the words of its own code and no other, and a part each for the class and
    /// subject groups, the comparisons, reasons, glossary, guides and (last) the UI's words.
    pub parts: Vec<String>,
    /// `[part][lang]`: the texts; index 0 is the empty text.
    chunks: Vec<Vec<Vec<String>>>,
    /// `[part]`: for each text, whether terms are linked in it, and the term it belongs to (its
    /// own definition links no other place of itself).
    linkable: Vec<Vec<Option<Option<String>>>>,
    /// `[part][lang]`: the links, appended to the chunk.
    links: Vec<Vec<String>>,
    /// `[lang]`: (table, key) → the translated table.
    l10n: Vec<HashMap<(String, String), toml::Value>>,
    /// Translations that are missing, or that repeat the English text.
    pub problems: Vec<String>,
}

/// Whether glossary terms are linked in a field: running text, not titles, headings or the
/// terms' own words.
fn linkable(table: &str, field: &str) -> bool {
    !(field.ends_with("title")
        || field.ends_with("heading")
        || field.ends_with("context")
        || field == "words"
        || table == "reason" && field == "summary")
}

/// Text with its whitespace runs (TOML line breaks included) as single spaces.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text of several paragraphs (a guide's body): each paragraph on one line, a blank line between.
fn paragraphs(s: &str) -> String {
    s.split("\n\n").map(one_line).filter(|p| !p.is_empty()).collect::<Vec<_>>().join("\n\n")
}

/// Whether a translation is the English text left as it was: the same, and more than codes and
/// names (a word of four or more letters that is not upper case).
fn same_as_english(en: &str, tr: &str) -> bool {
    en.trim().eq_ignore_ascii_case(tr.trim())
        && en
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| w.len() >= 4 && w.chars().any(|c| c.is_ascii_lowercase()))
}

/// The key of a table in a catalog file, as translations repeat it.
pub fn key_of(table: &str, v: &toml::Value) -> Option<String> {
    let s = |k: &str| v.get(k).map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string)).unwrap_or_default();
    Some(match table {
        "code" => s("code"),
        "class" | "subject" => s("digit"),
        "provider_code" => format!("{}|{}|{}", s("provider"), s("code"), s("tag")),
        "pair" => format!("{}|{}", s("a"), s("b")),
        "reason" => s("name"),
        "term" | "guide" => s("slug"),
        _ => return None,
    })
}

const TABLES: &[&str] = &["code", "class", "subject", "provider_code", "pair", "reason", "term", "guide"];

impl Texts {
    pub fn new(catalog: &Path, langs: Vec<String>) -> Texts {
        let mut l10n = Vec::new();
        for (i, lang) in langs.iter().enumerate() {
            let mut map = HashMap::new();
            if i > 0 {
                let dir = catalog.join("l10n").join(lang);
                println!("cargo:rerun-if-changed={}", dir.display());
                for path in toml_files(&dir) {
                    println!("cargo:rerun-if-changed={}", path.display());
                    let text = std::fs::read_to_string(&path).unwrap();
                    let v: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                    for table in TABLES {
                        for row in v.get(table).and_then(|x| x.as_array()).into_iter().flatten() {
                            if let Some(k) = key_of(table, row) {
                                map.insert((table.to_string(), k), row.clone());
                            }
                        }
                    }
                }
            }
            l10n.push(map);
        }
        Texts { langs, parts: Vec::new(), chunks: Vec::new(), linkable: Vec::new(), links: Vec::new(), l10n, problems: Vec::new() }
    }

    /// A part's number, by its name; a new name is a new part.
    pub fn part(&mut self, name: &str) -> usize {
        if let Some(p) = self.parts.iter().position(|p| p == name) {
            return p;
        }
        assert!(name != "all" && !name.contains(['/', '\\']), "bad part name {name}");
        self.parts.push(name.to_string());
        self.chunks.push(self.langs.iter().map(|_| vec![String::new()]).collect());
        self.linkable.push(vec![None]);
        self.links.push(self.langs.iter().map(|_| String::new()).collect());
        self.parts.len() - 1
    }

    /// The translation of one field (`title`, `fix_sender`, `faq.0.q`) of a table, if there is one.
    fn translated(&self, lang: usize, table: &str, key: &str, field: &str) -> Option<&toml::Value> {
        let mut v = self.l10n[lang].get(&(table.to_string(), key.to_string()))?;
        for step in field.split('.') {
            v = match step.parse::<usize>() {
                Ok(i) => v.as_array()?.get(i)?,
                Err(_) => v.get(step)?,
            };
        }
        Some(v)
    }

    fn push(&mut self, part: usize, texts: Vec<String>, link: Option<Option<String>>) -> String {
        self.linkable[part].push(link);
        let chunk = &mut self.chunks[part];
        let index = chunk[0].len();
        for (lang, t) in texts.into_iter().enumerate() {
            assert!(!t.contains(SEPARATOR), "a text holds U+001E");
            chunk[lang].push(t);
        }
        assert!(index < 0x1_0000, "part {} is too big", self.parts[part]);
        format!("T({:#x})", (part << 16) | index)
    }

    /// A text: its id, as Rust (`T(0x30012)`), `T(0)` for an empty one.
    pub fn text(&mut self, part: usize, table: &str, key: &str, field: &str, en: &str) -> String {
        let norm = if field.ends_with("body") { paragraphs } else { one_line };
        let en = norm(en);
        if en.is_empty() {
            return "T(0)".into();
        }
        let mut all = vec![en.clone()];
        for lang in 1..self.langs.len() {
            let tr =
                self.translated(lang, table, key, field).and_then(|v| v.as_str()).map(norm).filter(|t| !t.is_empty());
            match tr {
                Some(t) => {
                    if same_as_english(&en, &t) {
                        self.problems.push(format!("{}: {table} {key} {field}: the English text", self.langs[lang]));
                    }
                    all.push(t);
                }
                None => {
                    self.problems.push(format!("{}: {table} {key} {field}: not translated", self.langs[lang]));
                    all.push(en.clone());
                }
            }
        }
        let link = linkable(table, field).then(|| (table == "term").then(|| key.to_string()));
        self.push(part, all, link)
    }

    /// A text that is the same in every language (a server's own words): its id. It lives in a chunk
    /// all the same, so that the wasm does not carry it.
    pub fn verbatim(&mut self, part: usize, en: &str) -> String {
        let en = one_line(en);
        if en.is_empty() {
            return "T(0)".into();
        }
        let all = vec![en; self.langs.len()];
        self.push(part, all, None)
    }

    /// A list of texts, one a line: its id.
    pub fn list(&mut self, part: usize, table: &str, key: &str, field: &str, en: &[String]) -> String {
        let items: Vec<String> = en.iter().map(|s| one_line(s)).collect();
        if items.is_empty() {
            return "T(0)".into();
        }
        let mut all = vec![items.join("\n")];
        for lang in 1..self.langs.len() {
            let tr: Option<Vec<String>> = self
                .translated(lang, table, key, field)
                .and_then(|v| v.as_array())
                .map(|a| a.iter().filter_map(|x| x.as_str()).map(one_line).collect());
            match tr {
                Some(t) if t.len() == items.len() || field == "words" => {
                    for (a, b) in items.iter().zip(&t) {
                        if field != "words" && same_as_english(a, b) {
                            self.problems.push(format!(
                                "{}: {table} {key} {field}: an item is the English text",
                                self.langs[lang]
                            ));
                        }
                    }
                    all.push(t.join("\n"));
                }
                Some(t) => {
                    self.problems.push(format!(
                        "{}: {table} {key} {field}: {} items, English has {}",
                        self.langs[lang],
                        t.len(),
                        items.len()
                    ));
                    all.push(items.join("\n"));
                }
                None => {
                    self.problems.push(format!("{}: {table} {key} {field}: not translated", self.langs[lang]));
                    all.push(items.join("\n"));
                }
            }
        }
        let link = linkable(table, field).then(|| (table == "term").then(|| key.to_string()));
        self.push(part, all, link)
    }

    /// Links glossary terms in every linkable text: `terms` are (slug, words text id, definition
    /// text id) in the order of `TERMS`, their ids into the glossary part.
    pub fn link_terms(&mut self, terms: &[(String, usize, usize)]) {
        let gp = self.part("glossary");
        for lang in 0..self.langs.len() {
            let words: Vec<Vec<String>> = terms
                .iter()
                .map(|(_, w, _)| self.chunks[gp][lang][*w].split('\n').map(str::to_string).collect())
                .collect();
            for p in (0..self.parts.len()).filter(|&p| self.parts[p] != "ui") {
                // A code's part is one card, its texts in reading order: a term is linked where
                // the card first mentions it, not at every mention. The shared parts hold many
                // items (terms, reasons, guides …), and link a term once per text.
                let one_card = !SHARED.contains(&self.parts[p].as_str());
                let mut seen: Vec<usize> = Vec::new();
                let mut records = Vec::new();
                for (i, text) in self.chunks[p][lang].iter().enumerate() {
                    let Some(owner) = &self.linkable[p][i] else { continue };
                    let own = owner.as_ref().and_then(|slug| terms.iter().position(|(s, _, _)| s == slug));
                    for l in super::links::find_links(text, &words, own) {
                        if one_card {
                            if seen.contains(&l.term) {
                                continue;
                            }
                            seen.push(l.term);
                        }
                        records.push(format!("{i},{},{},{}", l.start, l.len, l.term));
                    }
                }
                self.links[p][lang] = records.join(";");
            }
        }
        // The terms' short definitions, in the order of `TERMS`, in a chunk of their own
        // (`<lang>-defs`): an element shows one when its term is clicked, and loads them then,
        // rather than every card carrying the definitions of the terms it links.
        let defs = self.part("defs");
        let short: Vec<Vec<String>> = (0..self.langs.len())
            .map(|lang| terms.iter().map(|t| super::links::short(&self.chunks[gp][lang][t.2])).collect())
            .collect();
        for t in 0..terms.len() {
            let all = short.iter().map(|s| s[t].clone()).collect();
            self.push(defs, all, None);
        }
    }

    /// Translations in a language's files that no English table has.
    pub fn check_extra(&mut self, english: &HashMap<(String, String), ()>) {
        for (lang, map) in self.l10n.iter().enumerate().skip(1) {
            for (table, key) in map.keys() {
                if !english.contains_key(&(table.clone(), key.clone())) {
                    self.problems.push(format!("{}: {table} {key}: not in the English files", self.langs[lang]));
                }
            }
        }
    }

    /// The UI words of a language other than English, as the `ui` part's chunk for it.
    pub fn set_ui(&mut self, lang_index: usize, words: Vec<String>) {
        let ui = self.part("ui");
        while self.chunks[ui].len() <= lang_index {
            self.chunks[ui].push(vec![String::new()]);
        }
        self.chunks[ui][lang_index] = std::iter::once(String::new()).chain(words).collect();
    }

    /// Writes every chunk: `<out>/text/<lang>/<part>.txt` for native builds, and a JS module a
    /// page imports, `<js>/<lang>-<part>.js`; and per content language, every part but the UI's in
    /// one module, `<js>/<lang>-all.js` (the parts in order, U+001C between them), which the
    /// standalone page loads instead of hundreds. Returns the Rust that embeds the native ones.
    pub fn write(&self, out: &Path, js: &Path, tags: &[String]) -> String {
        std::fs::create_dir_all(js).unwrap();
        let mut rust = String::from("/// The chunks, embedded: native builds read every language without loading.\n#[cfg(not(target_arch = \"wasm32\"))]\npub fn embedded(lang: usize, part: usize) -> &'static str {\n    match (lang, part) {\n");
        let mut whole: Vec<Vec<String>> = self.langs.iter().map(|_| Vec::new()).collect();
        // Every chunk by its name (`en-550`), for the bundlers' map.
        let mut names: Vec<String> = Vec::new();
        for (p, name) in self.parts.iter().enumerate() {
            for (l, texts) in self.chunks[p].iter().enumerate() {
                let mut joined: String = texts.join(&SEPARATOR.to_string());
                // The links, after the texts (see `links`).
                if let Some(tail) = self.links[p].get(l).filter(|t| !t.is_empty()) {
                    joined.push('\u{1d}');
                    joined.push_str(tail);
                }
                assert!(!joined.contains(PART_SEPARATOR), "a text holds U+001C");
                if name != "ui" && l < whole.len() {
                    whole[l].push(if texts.len() > 1 { joined.clone() } else { String::new() });
                }
                if texts.len() <= 1 {
                    continue;
                }
                let tag = &tags[l];
                let dir = out.join("text").join(tag);
                std::fs::create_dir_all(&dir).unwrap();
                let file = dir.join(format!("{name}.txt"));
                write_if_changed(&file, &joined);
                writeln!(rust, "        ({l}, {p}) => include_str!({:?}),", file.display().to_string()).unwrap();
                let chunk = format!("{tag}-{name}");
                write_if_changed(&js.join(format!("{chunk}.js")), &format!("export default {};\n", js_string(&joined)));
                names.push(chunk);
            }
        }
        let mut written: Vec<String> = names.iter().map(|n| format!("{n}.js")).collect();
        for (l, parts) in whole.iter().enumerate() {
            let file = format!("{}-all.js", tags[l]);
            write_if_changed(&js.join(&file), &format!("export default {};\n", js_string(&parts.join(&PART_SEPARATOR.to_string()))));
            written.push(file);
        }
        rust += "        _ => \"\",\n    }\n}\n";
        // For bundles: a static import() per chunk, which every bundler follows (the loader,
        // www/text.js, says when it is used).
        let mut index = String::from("// Generated by build/text.rs: every text chunk, for bundlers to follow.\nexport default {\n");
        for n in &names {
            writeln!(index, "  {}: () => import(\"./{n}.js\"),", js_string(n)).unwrap();
        }
        index += "};\n";
        write_if_changed(&js.join("index.js"), &index);
        write_if_changed(&js.join("parts.js"), &self.parts_js(tags));
        written.extend(["index.js", "parts.js", "titles.js", "style.js"].map(String::from));
        // Chunks of an earlier catalog (a code removed, parts renamed) must not ship.
        for e in std::fs::read_dir(js).into_iter().flatten().flatten() {
            if !written.iter().any(|w| e.file_name() == w.as_str()) {
                let _ = std::fs::remove_file(e.path());
            }
        }
        rust
    }

    /// `parts.js`, bundled into the package's entries with `www/hints.js`: the languages, and the
    /// parts named after a basic or registry code, so that an entry can fetch a card's chunk while
    /// the wasm loads and never asks for one that does not exist.
    fn parts_js(&self, tags: &[String]) -> String {
        let codes: Vec<&str> = self
            .parts
            .iter()
            .map(String::as_str)
            .filter(|p| p.starts_with("X.") || p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
            .collect();
        format!(
            "// Generated by build/text.rs: what www/hints.js needs to name a card's chunks.\nexport const CODES = {};\nexport const CONTENT = {};\nexport const LANGS = {};\n",
            js_string(&codes.join(" ")),
            js_string(&tags[..self.langs.len()].join(" ")),
            js_string(&tags.join(" ")),
        )
    }
}

/// A JS string literal: `"`, `\`, line breaks and U+001E escaped; the rest stays UTF-8.
pub fn js_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\u{1d}' => out.push_str("\\x1d"),
            '\r' => out.push_str("\\r"),
            SEPARATOR => out.push_str("\\x1e"),
            PART_SEPARATOR => out.push_str("\\x1c"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writing only what changed keeps file times, so a watcher does not rebuild for nothing.
fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap();
    }
}

pub fn toml_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

//! The catalog's words, kept out of the code (issue 9): every text is a `T`, a part and a place in
//! it, and each part comes as a chunk per language (the texts joined by U+001E). Native builds embed
//! every chunk; the wasm is given a chunk by JS (`provide`) when a card needs it, keeps it for the
//! life of the page and shares it with every element, so a text is never copied per element.

use crate::i18n::Lang;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/text_data.rs"));

/// A text of the catalog: `part << 16 | index`; index 0 is the empty text in every part.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct T(pub u32);

/// A list of texts, one a line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TL(pub T);

/// A glossary term linked in a text: where (byte offsets into the text) and which term (its place
/// in `catalog::TERMS`, and in the `defs` chunk of short definitions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub start: usize,
    pub len: usize,
    pub term: usize,
}

/// A loaded chunk: its text, where each of its texts starts and ends, and the terms linked in
/// them, by text (sorted). The build writes the texts, then U+001D and the links (see build/links.rs).
struct Chunk {
    text: &'static str,
    spans: Vec<(u32, u32)>,
    links: Vec<(u16, Link)>,
}

impl Chunk {
    fn new(text: &'static str) -> Chunk {
        let (texts, tail) = text.split_once('\u{1d}').unwrap_or((text, ""));
        let mut spans = Vec::new();
        let mut start = 0u32;
        for piece in texts.split('\u{1e}') {
            let len = piece.len() as u32;
            spans.push((start, start + len));
            start += len + 1;
        }
        // The build writes them in order (by text, then start): no sort in the wasm.
        let links: Vec<(u16, Link)> = tail
            .split(';')
            .filter_map(|r| {
                let mut f = r.split(',').map(|n| n.parse::<usize>().ok());
                let (text, start, len, term) = (f.next()??, f.next()??, f.next()??, f.next()??);
                Some((text as u16, Link { start, len, term }))
            })
            .collect();
        Chunk { text, spans, links }
    }
}

static SLOTS: [OnceLock<Chunk>; LANGS * PARTS] = [const { OnceLock::new() }; LANGS * PARTS];

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

fn slot(lang: Lang, part: usize) -> Option<&'static Chunk> {
    let s = SLOTS.get(lang_index(lang) * PARTS + part)?;
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some(s.get_or_init(|| Chunk::new(embedded(lang_index(lang), part))))
    }
    #[cfg(target_arch = "wasm32")]
    {
        s.get()
    }
}

/// The part of the UI's words (the last): its chunk holds them by `Msg as usize + 1`.
pub const UI: usize = PARTS - 1;

/// The `index`-th text of a part in a language, "" until its chunk is there.
pub fn ui_word(lang: Lang, index: usize) -> Option<&'static str> {
    let c = slot(lang, UI)?;
    let &(a, b) = c.spans.get(index + 1)?;
    Some(&c.text[a as usize..b as usize])
}

impl T {
    pub fn part(self) -> usize {
        (self.0 >> 16) as usize
    }

    pub fn is_empty(self) -> bool {
        self.0 & 0xffff == 0
    }

    /// The English text (tests, the CLI's English output).
    pub fn en(self) -> &'static str {
        self.get(Lang::En)
    }

    /// The text in `lang`'s content language; "" while its chunk is not loaded (a caller renders
    /// once `missing` says nothing is).
    pub fn get(self, lang: Lang) -> &'static str {
        if self.is_empty() {
            return "";
        }
        let Some(c) = slot(lang.content(), self.part()) else { return "" };
        match c.spans.get((self.0 & 0xffff) as usize) {
            Some(&(a, b)) => &c.text[a as usize..b as usize],
            None => "",
        }
    }
}

impl T {
    /// The glossary terms linked in this text in `lang` (none while the chunk is not loaded). The
    /// offsets fit the text `get(lang)` gives.
    pub fn links(self, lang: Lang) -> &'static [(u16, Link)] {
        let Some(c) = slot(lang.content(), self.part()).filter(|_| !self.is_empty()) else { return &[] };
        let i = (self.0 & 0xffff) as u16;
        let from = c.links.partition_point(|(t, _)| *t < i);
        let to = c.links.partition_point(|(t, _)| *t <= i);
        &c.links[from..to]
    }
}

impl TL {
    /// The English items, as a list of lines.
    pub fn en(self) -> crate::catalog::Lines {
        crate::catalog::Lines(self.0.en())
    }

    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(self, lang: Lang) -> impl Iterator<Item = &'static str> {
        self.0.get(lang).split('\n').filter(|l| !l.is_empty())
    }

    pub fn len(self, lang: Lang) -> usize {
        self.iter(lang).count()
    }
}

/// A chunk a page needs: the language it is in and its part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Need {
    pub lang: Lang,
    pub part: usize,
}

impl Need {
    /// `de-basic-5`: the chunk's file is `text/de-basic-5.js`.
    pub fn name(self) -> String {
        format!("{}-{}", self.lang.tag(), PART_NAMES[self.part])
    }

    pub fn parse(name: &str) -> Option<Need> {
        let (tag, part) = name.split_once('-')?;
        let lang = *Lang::ALL.iter().find(|l| l.tag() == tag)?;
        let part = PART_NAMES.iter().position(|p| *p == part)?;
        Some(Need { lang, part })
    }

    pub fn is_loaded(self) -> bool {
        slot(self.lang, self.part).is_some()
    }
}

/// What a view needs, collected as it is built: the parts of its texts in one language, and the
/// UI's words. `missing` lists the chunks that are not loaded yet.
#[derive(Clone, Debug, Default)]
pub struct Needs {
    pub lang: Lang,
    /// A card reads a few parts (its code's, the groups'): a short list, no set.
    parts: Vec<u16>,
}

impl Needs {
    pub fn new(lang: Lang) -> Needs {
        let mut n = Needs { lang, parts: Vec::new() };
        if lang != Lang::En {
            n.parts.push(UI as u16);
        }
        n
    }

    pub fn text(&mut self, t: T) -> &mut Self {
        let p = t.part() as u16;
        if !t.is_empty() && !self.parts.contains(&p) {
            self.parts.push(p);
        }
        self
    }

    pub fn list(&mut self, t: TL) -> &mut Self {
        self.text(t.0)
    }

    /// Every chunk needed, loaded or not.
    pub fn all(&self) -> Vec<Need> {
        self.parts
            .iter()
            .map(|&p| p as usize)
            .map(|part| Need { lang: if part == UI { self.lang } else { self.lang.content() }, part })
            .collect()
    }

    /// The chunks still to load.
    pub fn missing(&self) -> Vec<Need> {
        self.all().into_iter().filter(|n| !n.is_loaded()).collect()
    }
}

/// The name of a language's whole content (every part but the UI's), which the standalone page
/// loads at once: `text/en-all.js`.
pub fn whole(lang: Lang) -> String {
    format!("{}-all", lang.tag())
}

/// Whether every part of a language's content is loaded.
pub fn has_whole(lang: Lang) -> bool {
    (0..PARTS).filter(|&p| p != UI).all(|part| slot(lang, part).is_some())
}

/// Gives the wasm a chunk that JS loaded (`text/<name>.js`'s default export), or a language's
/// whole content (`<lang>-all`: the parts in order, U+001C between them). A chunk given twice
/// keeps the first; a name that is no chunk is ignored.
pub fn provide(name: &str, text: String) {
    // Leaked on purpose: a chunk lives as long as the page, and `&'static` spares a copy per use.
    let text: &'static str = Box::leak(text.into_boxed_str());
    let fill = |lang: Lang, part: usize, text: &'static str| {
        if let Some(s) = SLOTS.get(lang_index(lang) * PARTS + part) {
            let _ = s.get_or_init(|| Chunk::new(text));
        }
    };
    if let Some(lang) = name.strip_suffix("-all").and_then(|tag| Lang::ALL.iter().find(|l| l.tag() == tag)) {
        for (part, t) in text.split('\u{1c}').enumerate().filter(|&(p, _)| p != UI) {
            fill(*lang, part, t);
        }
    } else if let Some(n) = Need::parse(name) {
        fill(n.lang, n.part, text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_split_into_their_texts_and_links() {
        let c = Chunk::new("\u{1e}a SPF b\u{1e}\u{1e}bc\u{1d}1,2,3,7");
        assert_eq!(c.links, [(1, Link { start: 2, len: 3, term: 7 })]);
        let got: Vec<&str> = c.spans.iter().map(|&(a, b)| &c.text[a as usize..b as usize]).collect();
        assert_eq!(got, ["", "a SPF b", "", "bc"]);
        assert_eq!(Need::parse("de-X.7.26").map(Need::name).as_deref(), Some("de-X.7.26"));
        assert!(Need::parse("xx-550").is_none() && Need::parse("de-nothing").is_none());
    }

    #[test]
    fn every_chunk_keeps_its_links_in_order() {
        for lang in [Lang::En, Lang::De, Lang::Ko, Lang::Id] {
            for part in 0..PARTS {
                let Some(c) = slot(lang, part) else { continue };
                let keys: Vec<(u16, usize)> = c.links.iter().map(|(t, l)| (*t, l.start)).collect();
                assert!(keys.windows(2).all(|w| w[0] < w[1]), "{lang:?} part {part}");
            }
        }
    }
}

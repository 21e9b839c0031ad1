//! Glossary terms linked where they occur in the catalog's text, found at build time: in each text
//! (a description, a list, a guide's paragraphs) the first occurrence of each term's words in that
//! language. A chunk carries its links after its texts (U+001D, then `text,start,len,term`
//! records); the terms' short definitions are a chunk of their own (`defs`), which an element
//! loads when a term is first clicked.

/// Where a term occurs in one text: byte offsets into it.
pub struct Link {
    pub start: usize,
    pub len: usize,
    pub term: usize,
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Scripts that attach particles to a word (Korean, Japanese): a match may end inside a "word".
fn attaches(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7AF}' | '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}')
}

/// The first occurrence of `word` in `text` that starts and ends at a word's edge.
fn find(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = text[from..].find(word) {
        let at = from + p;
        let end = at + word.len();
        let before = text[..at].chars().next_back();
        let after = text[end..].chars().next();
        let left = before.is_none_or(|c| !is_word(c));
        let right = after.is_none_or(|c| !is_word(c) || attaches(c) || word.chars().next_back().is_some_and(attaches));
        if left && right {
            return Some(at);
        }
        from = at + word.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The links of one text: for each term (`words` by term index), its earliest occurrence, then
/// those that do not overlap an earlier or longer one. `own` is a term the text belongs to.
pub fn find_links(text: &str, words: &[Vec<String>], own: Option<usize>) -> Vec<Link> {
    let mut found: Vec<Link> = Vec::new();
    for (term, ws) in words.iter().enumerate() {
        if Some(term) == own {
            continue;
        }
        let best = ws
            .iter()
            .filter(|w| w.chars().count() >= 2)
            .filter_map(|w| find(text, w).map(|at| (at, w.len())))
            .min_by_key(|&(at, len)| (at, usize::MAX - len));
        if let Some((start, len)) = best {
            found.push(Link { start, len, term });
        }
    }
    found.sort_by_key(|l| (l.start, usize::MAX - l.len));
    let mut kept: Vec<Link> = Vec::new();
    for l in found {
        if kept.last().is_none_or(|k| l.start >= k.start + k.len) {
            kept.push(l);
        }
    }
    kept
}

/// The first sentence of a definition, for the inline definition: up to a full stop that ends a
/// sentence, at most about 240 bytes.
pub fn short(definition: &str) -> String {
    let ends = [". ", "。", "다. ", "! ", "? "];
    let cut = ends
        .iter()
        .filter_map(|e| definition.find(e).map(|p| p + e.trim_end().len()))
        .min()
        .unwrap_or(definition.len());
    let mut s = definition[..cut].trim().to_string();
    if s.len() > 240 {
        let mut at = 240;
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        s.truncate(at);
        s.push('…');
    }
    s
}

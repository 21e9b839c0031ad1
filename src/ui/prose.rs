//! Card text with the glossary terms it mentions linked (issue 10): on the page, a link to the
//! term; inside an embedded element, where the page is not ours, a button that shows the term's
//! short definition inline (`part="term"`, keyboard reachable; the definitions load on the first
//! click). The links were found at build time, in each language (`text::Link`).

use super::CodeLinks;
use crate::catalog::{self, T, TL};
use crate::i18n::Lang;
use crate::text::Link;
use leptos::either::Either;
use leptos::prelude::*;

/// A term where it occurs: a link on the page, an inline definition in an element.
#[component]
fn TermWord(word: &'static str, link: Link) -> impl IntoView {
    let links = CodeLinks::here();
    let slug = catalog::TERMS.get(link.term).map_or("", |t| t.slug);
    match links {
        CodeLinks::Hash => Either::Left(view! { <a class="term" part="term" href=format!("#/glossary/{slug}")>{word}</a> }),
        // The element's class (www/element.js) shows and hides the definition of term number
        // `data-term`, with one listener per element: no signal, effect or closure per term. No
        // class and no `type`: the attribute marks it, and no form reaches into a shadow root;
        // a card has many terms, and each attribute is a call out of the wasm.
        CodeLinks::Text => Either::Right(view! {
            <button part="term" data-term=link.term.to_string() aria-expanded="false">{word}</button>
        }),
    }
}

/// `text[from..to]` with the links that fall inside it (their offsets are into the whole text).
/// Most texts have none: they render as one text node, with no list (and its marker) around it.
fn pieces(text: &'static str, links: &'static [(u16, Link)], from: usize, to: usize) -> impl IntoView {
    let mut inside = links.iter().filter(|(_, l)| l.start >= from && l.start + l.len <= to).peekable();
    if inside.peek().is_none() {
        return Either::Left(&text[from..to]);
    }
    // Typed pieces, not AnyView: a type-erased view carries code for every way it can be
    // rebuilt, which these static cards never are.
    let mut out = Vec::new();
    let mut at = from;
    for (_, l) in inside {
        if l.start > at {
            out.push(Either::Left(&text[at..l.start]));
        }
        out.push(Either::Right(view! { <TermWord word=&text[l.start..l.start + l.len] link=*l /> }));
        at = l.start + l.len;
    }
    if at < to {
        out.push(Either::Left(&text[at..to]));
    }
    Either::Right(out)
}

/// A text, its terms linked.
#[component]
pub fn Prose(text: T, lang: Lang) -> impl IntoView {
    let s = text.get(lang);
    pieces(s, text.links(lang), 0, s.len())
}

/// The items of a list, each its terms linked, as `<li>`s.
pub fn prose_items(list: TL, lang: Lang) -> impl IntoView {
    let s = list.0.get(lang);
    let links = list.0.links(lang);
    let mut start = 0;
    let mut items = Vec::new();
    for line in s.split('\n') {
        let end = start + line.len();
        if !line.is_empty() {
            items.push(view! { <li>{pieces(s, links, start, end)}</li> });
        }
        start = end + 1;
    }
    items
}

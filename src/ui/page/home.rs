//! The home view: search by number or words, and browse by class when the box is empty.

use super::{go, Route, Title};
use crate::i18n::{Lang, Msg};
use crate::search::{self, Hit, Shelf};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Arrow keys move from the search field down the hits and back, so that reaching the tenth hit
/// takes no run of Tabs past the class buttons (Enter then opens the focused hit, as a link does).
fn arrows(ev: leptos::ev::KeyboardEvent) {
    let down = match ev.key().as_str() {
        "ArrowDown" => true,
        "ArrowUp" => false,
        _ => return,
    };
    let Some(at) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let first_hit = || document().query_selector(".hits a").ok().flatten();
    let next = if at.tag_name().eq_ignore_ascii_case("input") {
        if down {
            first_hit()
        } else {
            None
        }
    } else {
        let li = at.closest("li").ok().flatten();
        let sibling = li.and_then(|li| if down { li.next_element_sibling() } else { li.previous_element_sibling() });
        match sibling {
            Some(li) => li.query_selector("a").ok().flatten(),
            None if !down => document().query_selector("form.search input").ok().flatten(),
            None => None,
        }
    };
    if let Some(el) = next.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        ev.prevent_default(); // the arrow moves the focus, not the page
        let _ = el.focus();
    }
}

#[component]
fn HitList(hits: Vec<Hit>, lang: Lang) -> impl IntoView {
    view! {
        <ul class="hits" on:keydown=arrows>
            {hits.into_iter().map(|h| view! {
                <li>
                    <a href=Route::Code(h.link.clone()).hash()>
                        <span class="code">{h.code}</span>
                        <span class="hit-title">{h.title.get(lang)}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn Home(lang: Lang) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let shelf = RwSignal::new(None::<Shelf>);
    let shelves: [(Option<Shelf>, String); 7] = [
        (None, lang.t(Msg::All).to_string()),
        (Some(Shelf::Basic(2)), "2xx".into()),
        (Some(Shelf::Basic(3)), "3xx".into()),
        (Some(Shelf::Basic(4)), "4xx".into()),
        (Some(Shelf::Basic(5)), "5xx".into()),
        (Some(Shelf::Enhanced), lang.t(Msg::EnhancedCodes).into()),
        (Some(Shelf::Provider), lang.t(Msg::Provider).into()),
    ];
    let hits = move || {
        let q = query.get();
        if q.trim().is_empty() {
            let s = shelf.get();
            search::all().into_iter().filter(|h| s.is_none_or(|s| h.shelf == s)).collect()
        } else {
            search::search(&q, lang)
        }
    };
    view! {
        <Title text=lang.t(Msg::AllCodes).to_string() />
        <form class="search" role="search" on:submit=move |ev| {
            ev.prevent_default();
            if let Some(first) = search::search(&query.get_untracked(), lang).first() {
                go(&Route::Code(first.link.clone()));
            }
        }>
            <input
                type="search"
                name="q"
                aria-label=lang.t(Msg::Search)
                placeholder=lang.t(Msg::SearchPlaceholder)
                autofocus
                on:keydown=arrows
                on:input=move |ev| query.set(event_target_value(&ev))
                prop:value=move || query.get()
            />
        </form>
        // Toggle buttons that filter the list, not links elsewhere: a group, not a second <nav>.
        <div class="shelves" role="group" aria-label=lang.t(Msg::Browse)>
            {shelves.into_iter().map(|(s, label)| view! {
                <button type="button" aria-pressed=move || (shelf.get() == s).to_string() class:active=move || shelf.get() == s on:click=move |_| shelf.set(s)>{label}</button>
            }).collect_view()}
        </div>
        {move || {
            let hits: Vec<Hit> = hits();
            if hits.is_empty() {
                view! { <p class="note">{lang.t(Msg::NoResults)}</p> }.into_any()
            } else {
                view! { <HitList hits=hits lang=lang /> }.into_any()
            }
        }}
    }
}

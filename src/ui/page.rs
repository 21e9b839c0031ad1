//! The standalone page: search, browse by class, a card per code, compare, explain, language switch.
//! The URL hash is the state, so every view can be shared: `#/221`, `#/5.7.26`, `#/221/vs/250`,
//! `#/explain/<url-encoded reply>`.

use super::{CodeLinks, Variant, Widget};
use crate::i18n::{Lang, Msg};
use crate::search::{self, Hit, Shelf};
use crate::explanation;
use crate::widget;
use leptos::prelude::*;

/// Where the page is, parsed from the hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Code(String),
    Compare(String, String),
    Explain(String),
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let decode = |s: &str| js_sys::decode_uri_component(s).ok().and_then(|v| v.as_string()).unwrap_or_default();
        if let Some(reply) = path.strip_prefix("explain") {
            return Route::Explain(decode(reply.trim_start_matches('/')));
        }
        if let Some((a, b)) = path.split_once("/vs/") {
            return Route::Compare(decode(a), decode(b));
        }
        match decode(path) {
            p if p.trim().is_empty() => Route::Home,
            p => Route::Code(p),
        }
    }

    pub fn hash(&self) -> String {
        let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
        match self {
            Route::Home => "#/".into(),
            Route::Code(c) => format!("#/{}", enc(c)),
            Route::Compare(a, b) => format!("#/{}/vs/{}", enc(a), enc(b)),
            Route::Explain(r) => format!("#/explain/{}", enc(r)),
        }
    }
}

fn go(route: &Route) {
    let _ = window().location().set_hash(&route.hash());
}

/// The first language the page or the browser asks for that we speak.
fn initial_lang() -> Lang {
    let doc_lang = document().document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
    let nav = window().navigator().language().unwrap_or_default();
    Lang::pick([doc_lang.as_str(), nav.as_str()])
}

pub fn mount() {
    let Some(host) = document().get_element_by_id("smtp-code-app") else { return };
    let page_sheet = web_sys::CssStyleSheet::new().ok();
    if let (Some(sheet), Some(page_sheet)) = (crate::element::sheet(), page_sheet) {
        let _ = page_sheet.replace_sync(include_str!("page.css"));
        document().set_adopted_style_sheets(&js_sys::Array::of2(&sheet, &page_sheet));
    }
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    host.set_text_content(None);
    leptos::mount::mount_to(host, App).forget();
}

#[component]
fn App() -> impl IntoView {
    provide_context(CodeLinks::Hash);
    let route = RwSignal::new(Route::parse(&window().location().hash().unwrap_or_default()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&window().location().hash().unwrap_or_default()));
    });
    on_cleanup(move || handle.remove());
    let lang = RwSignal::new(initial_lang());
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().tag());
        }
    });
    let theme = "auto";
    view! {
        <div class="smtp-root page" data-theme=theme>
            <header class="page-head">
                <a class="brand" href="#/">{move || lang.get().t(Msg::AppTitle)}</a>
                <nav>
                    <a href="#/">{move || lang.get().t(Msg::AllCodes)}</a>
                    <a href="#/221/vs/250">{move || lang.get().t(Msg::Compare)}</a>
                    <a href="#/explain/">{move || lang.get().t(Msg::Explain)}</a>
                </nav>
                <LangSwitch lang=lang />
            </header>
            <main>
                {move || {
                    let l = lang.get();
                    match route.get() {
                        Route::Home => view! { <Home lang=l /> }.into_any(),
                        Route::Code(c) => view! { <CodePage code=c lang=l /> }.into_any(),
                        Route::Compare(a, b) => view! { <ComparePage a=a b=b lang=l /> }.into_any(),
                        Route::Explain(r) => view! { <ExplainPage reply=r lang=l /> }.into_any(),
                    }
                }}
            </main>
        </div>
    }
}

#[component]
fn LangSwitch(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <label class="lang">
            <span>{move || lang.get().t(Msg::Language)}</span>
            <select
                aria-label="Language"
                on:change=move |ev| lang.set(Lang::pick([event_target_value(&ev).as_str()]))
                prop:value=move || lang.get().tag()
            >
                {Lang::ALL.iter().map(|l| view! { <option value=l.tag()>{l.name()}</option> }).collect_view()}
            </select>
        </label>
    }
}

#[component]
fn HitList(hits: Vec<Hit>) -> impl IntoView {
    view! {
        <ul class="hits">
            {hits.into_iter().map(|h| view! {
                <li>
                    <a href=Route::Code(h.link.clone()).hash()>
                        <span class="code">{h.code}</span>
                        <span class="hit-title">{h.title}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// Search by number or words, and browse by class when the box is empty.
#[component]
fn Home(lang: Lang) -> impl IntoView {
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
            search::search(&q)
        }
    };
    view! {
        <form class="search" on:submit=move |ev| {
            ev.prevent_default();
            if let Some(first) = search::search(&query.get_untracked()).first() {
                go(&Route::Code(first.link.clone()));
            }
        }>
            <input
                type="search"
                name="q"
                aria-label=lang.t(Msg::Search)
                placeholder=lang.t(Msg::SearchPlaceholder)
                autofocus
                on:input=move |ev| query.set(event_target_value(&ev))
                prop:value=move || query.get()
            />
        </form>
        <nav class="shelves" aria-label=lang.t(Msg::Browse)>
            {shelves.into_iter().map(|(s, label)| view! {
                <button type="button" class:active=move || shelf.get() == s on:click=move |_| shelf.set(s)>{label}</button>
            }).collect_view()}
        </nav>
        {move || {
            let hits: Vec<Hit> = hits();
            if hits.is_empty() {
                view! { <p class="note">{lang.t(Msg::NoResults)}</p> }.into_any()
            } else {
                view! { <HitList hits=hits /> }.into_any()
            }
        }}
    }
}

/// A code's card, a comparison or an explained reply: the same `Widget` as the element renders.
fn shown(model: widget::Model, lang: Lang, input: String) -> impl IntoView {
    view! { <Widget model=model lang=lang variant=Variant::Full theme="auto" input=input /> }
}

#[component]
fn CodePage(code: String, lang: Lang) -> impl IntoView {
    shown(widget::model(&code, "", ""), lang, code)
}

/// Two code boxes that open `#/a/vs/b`.
#[component]
fn ComparePage(a: String, b: String, lang: Lang) -> impl IntoView {
    let (left, right) = (RwSignal::new(a.clone()), RwSignal::new(b.clone()));
    view! {
        <form class="picker" on:submit=move |ev| {
            ev.prevent_default();
            go(&Route::Compare(left.get_untracked().trim().into(), right.get_untracked().trim().into()));
        }>
            <input name="a" aria-label="A" prop:value=move || left.get() on:input=move |ev| left.set(event_target_value(&ev)) />
            <span>{lang.t(Msg::Versus)}</span>
            <input name="b" aria-label="B" prop:value=move || right.get() on:input=move |ev| right.set(event_target_value(&ev)) />
            <button type="submit">{lang.t(Msg::Compare)}</button>
        </form>
        {shown(widget::model(&a, &b, ""), lang, String::new())}
    }
}

/// A box to paste a reply, a bounce or log lines into, whose explanation follows the URL (so it
/// can be shared), and a file input and drop zone for a bounce message (`.eml`), read as bytes so
/// that each MIME part is decoded by its own charset. A file's explanation stays off the URL.
#[component]
fn ExplainPage(reply: String, lang: Lang) -> impl IntoView {
    let text = RwSignal::new(reply.clone());
    let file = RwSignal::new(None::<Vec<u8>>);
    let dragging = RwSignal::new(false);
    let read = move |f: web_sys::File| {
        leptos::task::spawn_local(async move {
            if let Ok(buf) = wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await {
                file.set(Some(js_sys::Uint8Array::new(&buf).to_vec()));
            }
        });
    };
    let explained = move || match file.get() {
        Some(bytes) => Some(shown(widget::explained(explanation::explain_bytes(&bytes)), lang, String::new()).into_any()),
        None => (!reply.trim().is_empty()).then(|| shown(widget::model("", "", &reply), lang, reply.clone()).into_any()),
    };
    view! {
        <form class="explain" class:dragging=move || dragging.get()
            on:submit=move |ev| {
                ev.prevent_default();
                file.set(None);
                go(&Route::Explain(text.get_untracked()));
            }
            on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                dragging.set(false);
                if let Some(f) = ev.data_transfer().and_then(|d| d.files()).and_then(|fs| fs.get(0)) {
                    read(f);
                }
            }
        >
            <label for="reply">{lang.t(Msg::PasteReply)}</label>
            <textarea id="reply" name="reply" rows="6" spellcheck="false"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <div class="explain-actions">
                <button type="submit">{lang.t(Msg::Explain)}</button>
                <label class="file">
                    <span>{lang.t(Msg::OpenFile)}</span>
                    <input type="file" name="eml" accept=".eml,message/rfc822,text/plain"
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            if let Some(f) = input.files().and_then(|fs| fs.get(0)) {
                                read(f);
                            }
                        }
                    />
                </label>
            </div>
            <p class="note">{lang.t(Msg::DropHint)}</p>
        </form>
        {explained}
    }
}

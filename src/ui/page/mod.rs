//! The standalone page: search, browse by class, a card per code, compare, explain, the glossary
//! and the guides, and the language switch. The URL hash is the state, so every view can be
//! shared: `#/221`, `#/5.7.26`, `#/221/vs/250`, `#/explain/<url-encoded reply>`, `#/glossary`,
//! `#/glossary/<slug>`, `#/guides`, `#/guide/<slug>`. The page loads every text chunk of its
//! language (and English, which search reads too) before it shows a view.

mod explain;
mod glossary;
mod home;

use super::{CodeLinks, Variant, Widget};
use crate::i18n::{Lang, Msg};
use crate::text;
use crate::widget;
use leptos::prelude::*;

/// Where the page is, parsed from the hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Code(String),
    Compare(String, String),
    Explain(String),
    Glossary,
    Term(String),
    Guides,
    Guide(String),
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let decode = |s: &str| js_sys::decode_uri_component(s).ok().and_then(|v| v.as_string()).unwrap_or_default();
        if let Some(reply) = path.strip_prefix("explain") {
            return Route::Explain(decode(reply.trim_start_matches('/')));
        }
        if let Some(rest) = path.strip_prefix("glossary") {
            let slug = decode(rest.trim_start_matches('/'));
            return if slug.is_empty() { Route::Glossary } else { Route::Term(slug) };
        }
        if path == "guides" || path == "guides/" {
            return Route::Guides;
        }
        if let Some(slug) = path.strip_prefix("guide/") {
            return Route::Guide(decode(slug));
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
            Route::Glossary => "#/glossary".into(),
            Route::Term(s) => format!("#/glossary/{}", enc(s)),
            Route::Guides => "#/guides".into(),
            Route::Guide(s) => format!("#/guide/{}", enc(s)),
        }
    }
}

fn go(route: &Route) {
    let _ = window().location().set_hash(&route.hash());
}

/// A new view's h1 takes the focus, as a page load would reset it: a screen reader says where the
/// user is now, and Tab goes on from the top of the view rather than from a link that is gone.
fn focus_title() {
    let Some(h1) = document().query_selector("main h1").ok().flatten() else { return };
    let _ = h1.set_attribute("tabindex", "-1");
    if let Ok(h1) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h1) {
        let _ = h1.focus();
    }
}

/// The view's one h1. `hidden` where a card heads the view already (its code and title): the h1
/// is then for assistive technology only, and the card's title stays the visible heading.
#[component]
fn Title(text: String, #[prop(optional)] hidden: bool) -> impl IntoView {
    view! { <h1 class=hidden.then_some("visually-hidden")>{text}</h1> }
}

/// The first language the page or the browser asks for that we speak.
fn initial_lang() -> Lang {
    let doc_lang = document().document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
    let nav = window().navigator().language().unwrap_or_default();
    Lang::pick([doc_lang.as_str(), nav.as_str()])
}

pub fn mount() {
    let Some(host) = document().get_element_by_id("smtp-code-app") else { return };
    let sheet = |css: &str| web_sys::CssStyleSheet::new().ok().filter(|s| s.replace_sync(css).is_ok());
    if let (Some(cards), Some(page)) = (sheet(crate::ui::STYLE), sheet(include_str!("page.css"))) {
        document().set_adopted_style_sheets(&js_sys::Array::of2(&cards, &page));
    }
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    host.set_text_content(None);
    leptos::mount::mount_to(host, App).forget();
}

/// Every chunk of a language's page: all its content at once (search reads every title and text),
/// the English content (search matches English words too), and its UI words.
fn page_needs(lang: Lang) -> Vec<String> {
    let mut names: Vec<String> =
        [lang.content(), Lang::En].into_iter().filter(|&l| !text::has_whole(l)).map(text::whole).collect();
    names.dedup();
    let ui = text::Need { lang, part: text::UI };
    if lang != Lang::En && !ui.is_loaded() {
        names.push(ui.name());
    }
    names
}

#[component]
fn App() -> impl IntoView {
    provide_context(CodeLinks::Hash);
    let route = RwSignal::new(Route::parse(&window().location().hash().unwrap_or_default()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&window().location().hash().unwrap_or_default()));
        // After the new view has rendered (a microtask), before the next task.
        set_timeout(focus_title, std::time::Duration::ZERO);
    });
    on_cleanup(move || handle.remove());
    let lang = RwSignal::new(initial_lang());
    // The language whose chunks are all loaded; views wait for it.
    let ready = RwSignal::new(None::<Lang>);
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.tag());
        }
        let names = page_needs(l);
        if names.is_empty() {
            ready.set(Some(l));
            return;
        }
        let promise =
            crate::element::load(names.into_iter().map(wasm_bindgen::JsValue::from).collect::<js_sys::Array>().into());
        leptos::task::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() && lang.get_untracked() == l {
                ready.set(Some(l));
            }
        });
    });
    // The header speaks the language whose words have arrived (English until then).
    let ui = move || ready.get().unwrap_or_default();
    view! {
        // `data-ready`: the language whose text is loaded, for tests and scripts that wait for it.
        <div class="smtp-root page" data-theme="auto" data-ready=move || ready.get().map(|l| l.tag())>
            <header class="page-head">
                <a class="brand" href="#/">{move || ui().t(Msg::AppTitle)}</a>
                <nav aria-label=move || ui().t(Msg::Browse)>
                    <a href="#/">{move || ui().t(Msg::AllCodes)}</a>
                    <a href="#/221/vs/250">{move || ui().t(Msg::Compare)}</a>
                    <a href="#/explain/">{move || ui().t(Msg::Explain)}</a>
                    <a href="#/glossary">{move || ui().t(Msg::Glossary)}</a>
                    <a href="#/guides">{move || ui().t(Msg::Guides)}</a>
                </nav>
                <LangSwitch lang=lang ready=ready />
            </header>
            <main>
                {move || {
                    let Some(l) = ready.get() else { return view! { <p class="note">"…"</p> }.into_any() };
                    match route.get() {
                        Route::Home => view! { <home::Home lang=l /> }.into_any(),
                        Route::Code(c) => view! { <CodePage code=c lang=l /> }.into_any(),
                        Route::Compare(a, b) => view! { <ComparePage a=a b=b lang=l /> }.into_any(),
                        Route::Explain(r) => view! { <explain::ExplainPage reply=r lang=l /> }.into_any(),
                        Route::Glossary => view! { <glossary::Glossary lang=l /> }.into_any(),
                        Route::Term(s) => view! { <glossary::TermPage slug=s lang=l /> }.into_any(),
                        Route::Guides => view! { <glossary::Guides lang=l /> }.into_any(),
                        Route::Guide(s) => view! { <glossary::GuidePage slug=s lang=l /> }.into_any(),
                    }
                }}
            </main>
        </div>
    }
}

#[component]
fn LangSwitch(lang: RwSignal<Lang>, ready: RwSignal<Option<Lang>>) -> impl IntoView {
    view! {
        <label class="lang">
            <span>{move || ready.get().unwrap_or_default().t(Msg::Language)}</span>
            <select
                on:change=move |ev| lang.set(Lang::pick([event_target_value(&ev).as_str()]))
                prop:value=move || lang.get().tag()
            >
                {Lang::ALL.iter().map(|l| view! { <option value=l.tag() lang=l.tag()>{l.name()}</option> }).collect_view()}
            </select>
        </label>
    }
}

/// A code's card, a comparison, a term or an explained reply: the same `Widget` as the element.
fn shown(model: widget::Model, lang: Lang, input: String) -> impl IntoView {
    view! { <Widget model=model lang=lang variant=Variant::Full theme="auto" input=input /> }
}

#[component]
fn CodePage(code: String, lang: Lang) -> impl IntoView {
    view! {
        <Title text=format!("{} {}", lang.t(Msg::CodeTitle), code.trim()) hidden=true />
        {shown(widget::model(&code, "", ""), lang, code)}
    }
}

/// Two code boxes that open `#/a/vs/b`.
#[component]
fn ComparePage(a: String, b: String, lang: Lang) -> impl IntoView {
    let (left, right) = (RwSignal::new(a.clone()), RwSignal::new(b.clone()));
    view! {
        <Title text=lang.t(Msg::CompareTitle).to_string() />
        <form class="picker" on:submit=move |ev| {
            ev.prevent_default();
            go(&Route::Compare(left.get_untracked().trim().into(), right.get_untracked().trim().into()));
        }>
            <input name="a" aria-label=lang.t(Msg::FirstCode) prop:value=move || left.get() on:input=move |ev| left.set(event_target_value(&ev)) />
            <span>{lang.t(Msg::Versus)}</span>
            <input name="b" aria-label=lang.t(Msg::SecondCode) prop:value=move || right.get() on:input=move |ev| right.set(event_target_value(&ev)) />
            <button type="submit">{lang.t(Msg::Compare)}</button>
        </form>
        {shown(widget::model(&a, &b, ""), lang, String::new())}
    }
}

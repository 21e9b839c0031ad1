//! The `<smtp-code>` custom element: reads the host's attributes, renders the `Widget` into the
//! host's open shadow root (one shared constructable stylesheet), and dispatches
//! `smtp-code-render`. The class itself is `www/element.js`, which calls these exports; every
//! element shares one wasm instance (the lean one, or the full one for a `reply`).

use crate::i18n::Lang;
use crate::ui::{theme, Variant, Widget, STYLE};
use crate::widget;
use leptos::prelude::*;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, CustomEvent, CustomEventInit, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

// Not `module`, which would copy the file into snippets/ under a hash: at the glue's side, the
// entries can fetch it beside the glue instead of after it.
#[wasm_bindgen(raw_module = "./text.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadText)]
    fn load_text(names: &JsValue, provide: &Closure<dyn Fn(String, String)>) -> js_sys::Promise;
}

thread_local! {
    static PROVIDE: Closure<dyn Fn(String, String)> = Closure::new(|name: String, chunk: String| crate::text::provide(&name, chunk));
}

/// Loads text chunks by name (`["de-basic-5"]`); resolves once the wasm has them all.
#[wasm_bindgen]
pub fn load(names: JsValue) -> js_sys::Promise {
    PROVIDE.with(|p| load_text(&names, p))
}

/// Where an element keeps its id; each wasm (lean, full) numbers the elements it renders itself.
const ID_KEY: &str = if cfg!(feature = "explain") { "__smtpCodeFullId" } else { "__smtpCodeId" };

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    /// The mounted view of each element, by the id stored on the host; dropping it unmounts.
    static MOUNTED: RefCell<HashMap<u32, Box<dyn Any>>> = RefCell::new(HashMap::new());
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// Unmounts an element's render (it left the page).
#[wasm_bindgen(js_name = forgetElement)]
pub fn forget_element(host: HtmlElement) {
    if let Some(id) = host_id(&host) {
        MOUNTED.with_borrow_mut(|m| m.remove(&id));
    }
}

/// The stylesheet every shadow root adopts: parsed once, shared by all elements.
pub fn sheet() -> Option<CssStyleSheet> {
    SHEET.with_borrow_mut(|s| {
        if s.is_none() {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(STYLE).ok()?;
            *s = Some(sheet);
        }
        s.clone()
    })
}

fn host_id(host: &HtmlElement) -> Option<u32> {
    js_sys::Reflect::get(host, &ID_KEY.into()).ok()?.as_f64().map(|f| f as u32)
}

fn shadow(host: &HtmlElement) -> Option<ShadowRoot> {
    if let Some(root) = host.shadow_root() {
        return Some(root);
    }
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok()?;
    if let Some(sheet) = sheet() {
        root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
    Some(root)
}

/// The language: the element's `lang`, else the nearest ancestor's (one look-up, not a walk), else
/// English; a tag we do not speak falls back to English, never an error.
fn language(host: &HtmlElement) -> Lang {
    let tag = host.closest("[lang]").ok().flatten().and_then(|el| el.get_attribute("lang"));
    Lang::pick(tag.as_deref())
}

/// Renders the element, or returns the names of the text chunks it needs first (an Array), or, in
/// the lean wasm, `"explain"` for a `reply` (the full wasm renders that).
#[wasm_bindgen(js_name = renderElement)]
pub fn render_element(host: HtmlElement) -> JsValue {
    let attr = |name: &str| host.get_attribute(name).unwrap_or_default();
    let (code, compare, reply, term) = (attr("code"), attr("compare"), attr("reply"), attr("term"));
    // The lean wasm has no explainer: the element renders this one with the full wasm.
    #[cfg(not(feature = "explain"))]
    if !reply.trim().is_empty() {
        return JsValue::from_str("explain");
    }
    #[cfg(feature = "explain")]
    let model = widget::model_with_term(&code, &compare, &reply, &term);
    #[cfg(not(feature = "explain"))]
    let model = widget::card_model(&code, &compare, &term);
    let lang = language(&host);
    let missing = model.needs(lang).missing();
    if !missing.is_empty() {
        return missing.into_iter().map(|n| JsValue::from(n.name())).collect::<js_sys::Array>().into();
    }
    let Some(root) = shadow(&host) else { return JsValue::UNDEFINED };
    let (state, data_code) = (model.state, model.code.clone());
    let variant = Variant::parse(&attr("variant"));
    let theme = theme(&attr("theme"));
    let input = if !reply.trim().is_empty() {
        reply
    } else if !term.trim().is_empty() {
        term
    } else {
        code
    };

    let id = host_id(&host).unwrap_or_else(|| {
        let id = NEXT_ID.replace(NEXT_ID.get() + 1);
        let _ = js_sys::Reflect::set(&host, &ID_KEY.into(), &id.into());
        id
    });
    // Unmount the previous render before the new one takes its place.
    MOUNTED.with_borrow_mut(|m| m.remove(&id));
    root.set_text_content(None);
    // mount_to only appends to the parent, which a shadow root supports like any element.
    let parent: HtmlElement = root.unchecked_into();
    let handle = leptos::mount::mount_to(parent, move || {
        view! { <Widget model=model lang=lang variant=variant theme=theme input=input /> }
    });
    MOUNTED.with_borrow_mut(|m| m.insert(id, Box::new(handle)));

    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"code".into(), &data_code.into());
    let _ = js_sys::Reflect::set(&detail, &"state".into(), &state.as_str().into());
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("smtp-code-render", &init) {
        let _ = host.dispatch_event(&event);
    }
    JsValue::UNDEFINED
}

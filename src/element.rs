//! The `<smtp-code>` custom element: reads the host's attributes, renders the `Widget` into the
//! host's open shadow root (one shared constructable stylesheet), and dispatches
//! `smtp-code-render`. Every element shares this one wasm instance.

use crate::i18n::Lang;
use crate::ui::{theme, Variant, Widget, STYLE};
use crate::widget;
use leptos::prelude::*;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, CustomEvent, CustomEventInit, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

#[wasm_bindgen(module = "/src/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(render: &Closure<dyn Fn(HtmlElement)>, forget: &Closure<dyn Fn(HtmlElement)>);
}

const ID_KEY: &str = "__smtpCodeId";

thread_local! {
    static DEFINED: Cell<bool> = const { Cell::new(false) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    /// The mounted view of each element, by the id stored on the host; dropping it unmounts.
    static MOUNTED: RefCell<HashMap<u32, Box<dyn Any>>> = RefCell::new(HashMap::new());
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// Defines `<smtp-code>`; calling it again does nothing.
#[wasm_bindgen]
pub fn define() {
    if DEFINED.replace(true) {
        return;
    }
    let render = Closure::<dyn Fn(HtmlElement)>::new(render);
    let forget = Closure::<dyn Fn(HtmlElement)>::new(|host: HtmlElement| {
        if let Some(id) = host_id(&host) {
            MOUNTED.with_borrow_mut(|m| m.remove(&id));
        }
    });
    define_element(&render, &forget);
    // The element lives as long as the page: so do its callbacks.
    render.forget();
    forget.forget();
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

/// The language: the element's `lang`, else the nearest ancestor's, else English; a tag we do not
/// speak is passed over, never an error.
fn language(host: &HtmlElement) -> Lang {
    let mut tags = Vec::new();
    let mut node: Option<Element> = Some(host.clone().into());
    while let Some(el) = node {
        if let Some(tag) = el.get_attribute("lang") {
            tags.push(tag);
        }
        node = el.parent_element();
    }
    Lang::pick(tags.iter().map(String::as_str))
}

fn render(host: HtmlElement) {
    let Some(root) = shadow(&host) else { return };
    let attr = |name: &str| host.get_attribute(name).unwrap_or_default();
    let (code, compare, reply) = (attr("code"), attr("compare"), attr("reply"));
    let model = widget::model(&code, &compare, &reply);
    let (state, data_code) = (model.state, model.code.clone());
    let lang = language(&host);
    let variant = Variant::parse(&attr("variant"));
    let theme = theme(&attr("theme"));
    let input = if reply.trim().is_empty() { code } else { reply };

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
        provide_context(crate::ui::CodeLinks::Text);
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
}

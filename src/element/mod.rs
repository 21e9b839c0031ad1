//! The `<smtp-code>` custom element: reads the host's attributes, renders the `Widget` into the
//! host's open shadow root (adopting the one stylesheet all elements share), and dispatches
//! `smtp-code-render`. The class itself is `www/element.js`, which calls these exports; every
//! element shares one wasm instance (the lean one, or the full one for a `reply`). A card that
//! an element before it rendered alike is a copy of that render (`kept`).

mod kept;

use crate::i18n::Lang;
use crate::ui::{theme, Variant, Widget};
use crate::widget;
use leptos::prelude::*;
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

/// Empties an element's render (it left the page, or the full wasm renders it from now on).
#[wasm_bindgen(js_name = forgetElement)]
pub fn forget_element(host: HtmlElement) {
    if let Some(root) = host.shadow_root() {
        root.set_text_content(None);
    }
}

fn shadow(host: &HtmlElement, sheet: &CssStyleSheet) -> Option<ShadowRoot> {
    if let Some(root) = host.shadow_root() {
        return Some(root);
    }
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok()?;
    root.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
    Some(root)
}

/// The language: the element's `lang`, else the nearest ancestor's (one look-up, not a walk), else
/// English; a tag we do not speak falls back to English, never an error.
fn language(host: &HtmlElement) -> Lang {
    let tag = host.closest("[lang]").ok().flatten().and_then(|el| el.get_attribute("lang"));
    Lang::pick(tag.as_deref())
}

/// What a render shows: the model and how.
struct WidgetInput {
    model: widget::Model,
    lang: Lang,
    variant: Variant,
    theme: &'static str,
    input: String,
}

impl WidgetInput {
    /// Builds the widget into `parent` (a shadow root or a template). Built, mounted and let go: a
    /// card holds no signal, effect or listener (a click on a term is the element's one JS
    /// listener), so nothing needs its view's state, which would keep a JS object alive for each
    /// of its nodes: some 75,000 on a page of 500 cards, for the garbage collector to trace. The
    /// DOM stays where it was mounted.
    fn build(self, parent: &web_sys::Node) {
        let WidgetInput { model, lang, variant, theme, input } = self;
        let parent: &web_sys::Element = parent.unchecked_ref();
        Owner::new().with(|| {
            view! { <Widget model=model lang=lang variant=variant theme=theme input=input /> }
                .into_view()
                .build()
                .mount(parent, None);
        });
    }
}

/// Renders the element, or returns the names of the text chunks it needs first (an Array), or, in
/// the lean wasm, `"explain"` for a `reply` (the full wasm renders that). `sheet` is `style.css`,
/// parsed by the JS while the wasm was still loading, and shared by every element.
#[wasm_bindgen(js_name = renderElement)]
pub fn render_element(host: HtmlElement, sheet: &CssStyleSheet) -> JsValue {
    let attr = |name: &str| host.get_attribute(name).unwrap_or_default();
    let (code, compare, reply, term) = (attr("code"), attr("compare"), attr("reply"), attr("term"));
    let explains = !reply.trim().is_empty();
    // The lean wasm has no explainer: the element renders this one with the full wasm.
    #[cfg(not(feature = "explain"))]
    if explains {
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
    let Some(root) = shadow(&host, sheet) else { return JsValue::UNDEFINED };
    let (state, data_code) = (model.state, model.code.clone());
    // An explained reply is the reader's own message: not kept.
    let (variant, theme_name) = (attr("variant"), attr("theme"));
    let key = (!explains).then(|| kept::Key::new(lang, &[&code, &compare, &term, &variant, &theme_name]));
    let input = if explains {
        reply
    } else if !term.trim().is_empty() {
        term
    } else {
        code
    };
    let widget = WidgetInput { model, lang, variant: Variant::parse(&variant), theme: theme(&theme_name), input };

    // The new render replaces the previous one.
    root.set_text_content(None);
    let root: web_sys::Node = root.into();
    if let Some(copy) = key.as_ref().and_then(kept::copy) {
        let _ = root.append_child(&copy);
    } else if let Some(key) = key.filter(kept::seen_before) {
        let template = document().create_document_fragment();
        widget.build(&template);
        if let Ok(copy) = template.clone_node_with_deep(true) {
            let _ = root.append_child(&copy);
        }
        kept::keep(key, template);
    } else {
        widget.build(&root);
    }

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

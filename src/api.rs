//! The JavaScript API of DESIGN.md: `lookup`, `compare`, `explain`, `codes` (`ready` is the entry
//! module's promise). Objects cross as plain JS objects with camelCase keys; bad input gives `null`
//! or an entry-less result, never an exception.

use crate::compare::{self as cmp, Fact};
use crate::entry::{self, Entry};
use crate::i18n::{self, Lang, Msg};
use crate::widget::ReplyView;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Any argument as text: a whole number becomes its digits (`lookup(550)`), anything else that is
/// not a string is empty. Integers only, which keeps float formatting out of the wasm.
fn text(v: &JsValue) -> String {
    let whole = |n: f64| (n.fract() == 0.0 && n.abs() < 1e15).then(|| (n as i64).to_string());
    v.as_string().or_else(|| v.as_f64().and_then(whole)).unwrap_or_default()
}

fn lang(v: &JsValue) -> Lang {
    Lang::pick(v.as_string().as_deref())
}

fn to_js<T: Serialize>(value: &T) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

/// An entry with its class worded in the asked language.
fn entry_js(e: &Entry, lang: Lang) -> JsValue {
    let obj = to_js(e);
    if let Some(o) = e.outcome {
        let _ = js_sys::Reflect::set(&obj, &"outcomeLabel".into(), &i18n::outcome(lang, o).into());
    }
    obj
}

/// One entry (the basic one for `550 5.7.26`), or `null`.
#[wasm_bindgen]
pub fn lookup(code: JsValue, lang_tag: JsValue) -> JsValue {
    let lang = lang(&lang_tag);
    entry::resolve(&text(&code)).entries.first().map_or(JsValue::NULL, |e| entry_js(e, lang))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Row {
    aspect: &'static str,
    a: String,
    b: String,
    differs: bool,
}

/// `{ a, b, differences, whenWhich, summary, rows }`, or `null` when either is not a known code.
#[wasm_bindgen]
pub fn compare(a: JsValue, b: JsValue, lang_tag: JsValue) -> JsValue {
    let lang = lang(&lang_tag);
    let Some(c) = cmp::compare(&text(&a), &text(&b)) else { return JsValue::NULL };
    let worded = |f: &Fact| i18n::fact(lang, f);
    let mut differences: Vec<String> = c
        .differences()
        .map(|r| format!("{}: {} {}, {} {}", i18n::aspect(lang, &r.a), c.a.code, worded(&r.a), c.b.code, worded(&r.b)))
        .collect();
    if let Some(w) = c.written {
        differences.extend(w.differences.iter().map(|d| d.to_string()));
    }
    let when_which = match c.written {
        Some(w) => w.when_which.to_string(),
        None => {
            let phases = |e: &Entry| i18n::fact(lang, &Fact::Phases(e.phases));
            format!("{}: {} {}; {} {}", lang.t(Msg::Phase), c.a.code, phases(&c.a), c.b.code, phases(&c.b))
        }
    };
    let rows: Vec<Row> = c
        .rows
        .iter()
        .map(|r| Row { aspect: i18n::aspect(lang, &r.a), a: worded(&r.a), b: worded(&r.b), differs: r.differs })
        .collect();
    let obj = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&obj, &k.into(), &v);
    };
    set("a", entry_js(&c.a, lang));
    set("b", entry_js(&c.b, lang));
    set("differences", to_js(&differences));
    set("whenWhich", when_which.into());
    set("summary", c.written.map_or(JsValue::NULL, |w| w.summary.into()));
    set("rows", to_js(&rows));
    obj.into()
}

/// `{ basicCode, enhancedCode, basic, enhanced, text, lines, provider, tags, warnings }`.
#[wasm_bindgen]
pub fn explain(reply: JsValue, lang_tag: JsValue) -> JsValue {
    let lang = lang(&lang_tag);
    let v = ReplyView::new(&text(&reply));
    let e = &v.explained;
    let opt_entry = |x: Option<&Entry>| x.map_or(JsValue::NULL, |x| entry_js(x, lang));
    let warnings: Vec<&str> = e.warnings.iter().map(|&w| i18n::warning(lang, w)).collect();
    let tags = js_sys::Array::new();
    for t in &v.tags {
        tags.push(&entry_js(t, lang));
    }
    let obj = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&obj, &k.into(), &v);
    };
    set("basicCode", e.basic.map_or(JsValue::NULL, |b| b.to_string().into()));
    set("enhancedCode", e.enhanced.map_or(JsValue::NULL, |x| x.to_string().into()));
    set("basic", opt_entry(v.basic()));
    set("enhanced", opt_entry(v.enhanced()));
    set("text", e.text.clone().into());
    set("lines", to_js(&e.lines));
    set("provider", e.provider.map_or(JsValue::NULL, JsValue::from));
    set("tags", tags.into());
    set("warnings", to_js(&warnings));
    obj.into()
}

/// Every code in the catalog, as strings.
#[wasm_bindgen]
pub fn codes() -> JsValue {
    to_js(&crate::search::codes())
}

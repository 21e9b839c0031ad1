//! The JavaScript API of DESIGN.md: `lookup`, `compare`, `explain`, `term`, `codes`, `terms`
//! (`ready` and the Promises are the entry module's). Objects cross as plain JS objects made from
//! `record`'s values (cheaper in the wasm than a serializer, and the CLI's JSON); bad input gives
//! `null` or an entry-less result, never an exception. A call whose texts are not loaded yet
//! returns the names of the chunks it needs (an Array), and the entry module loads them and asks
//! again.

use crate::catalog;
use crate::entry;
use crate::i18n::Lang;
use crate::record::{self, Value};
use crate::text::{self, Needs};
use crate::widget;
use js_sys::{Array, Object};
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

/// A record as a JS object (`Int` as a Number).
fn js(v: Value) -> JsValue {
    match v {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => b.into(),
        Value::Int(n) => (n as f64).into(),
        Value::Str(s) => s.into(),
        Value::List(items) => items.into_iter().map(js).collect::<Array>().into(),
        Value::Obj(fields) => {
            let o = Object::new();
            for (k, v) in fields {
                let _ = js_sys::Reflect::set(&o, &k.into(), &js(v));
            }
            o.into()
        }
    }
}

/// The chunks `n` still lacks, as an Array of names, or `None` when everything is loaded.
fn missing(n: &Needs) -> Option<JsValue> {
    let m = n.missing();
    (!m.is_empty()).then(|| m.into_iter().map(|x| JsValue::from(x.name())).collect::<Array>().into())
}

/// One entry (the basic one for `550 5.7.26`), or `null`.
#[wasm_bindgen]
pub fn lookup(code: JsValue, lang_tag: JsValue) -> JsValue {
    let lang = lang(&lang_tag);
    let Some(e) = entry::resolve(&text(&code)).entries.into_iter().next() else { return JsValue::NULL };
    let mut n = Needs::new(lang);
    e.needs(&mut n);
    missing(&n).unwrap_or_else(|| js(record::entry(&e, lang)))
}

/// `{ a, b, differences, whenWhich, summary, rows }`, or `null` when either is not a known code.
#[wasm_bindgen]
pub fn compare(a: JsValue, b: JsValue, lang_tag: JsValue) -> JsValue {
    let lang = lang(&lang_tag);
    let m = widget::card_model(&text(&a), &text(&b), "");
    let widget::Content::Compare(view) = &m.content else { return JsValue::NULL };
    let Some(c) = &view.comparison else { return JsValue::NULL };
    if let Some(need) = missing(&m.needs(lang)) {
        return need;
    }
    js(record::comparison(c, lang))
}

#[cfg(feature = "explain")]
/// The bytes of a `Uint8Array` or an `ArrayBuffer` (a `.eml` file as read), else the text.
fn input(v: &JsValue) -> Vec<u8> {
    if let Some(b) = v.dyn_ref::<js_sys::Uint8Array>() {
        return b.to_vec();
    }
    if let Some(b) = v.dyn_ref::<js_sys::ArrayBuffer>() {
        return js_sys::Uint8Array::new(b).to_vec();
    }
    text(v).into_bytes()
}

/// The Explanation of DESIGN.md: `{ basicCode, enhancedCode, basic, enhanced, text, lines,
/// provider, tags, warnings, reason, bounce, recipients, shape, todo }`. Takes text, or the bytes
/// of a message (`Uint8Array`, `ArrayBuffer`).
#[cfg(feature = "explain")]
#[wasm_bindgen]
pub fn explain(reply: JsValue, lang_tag: JsValue) -> JsValue {
    let lang = lang(&lang_tag);
    let m = widget::explained(crate::explanation::explain_bytes(&input(&reply)));
    if let Some(need) = missing(&m.needs(lang)) {
        return need;
    }
    let widget::Content::Reply(v) = &m.content else { return JsValue::NULL };
    js(record::explanation(v, lang))
}

/// A glossary term: `{ slug, title, description, why, related, see, rfcs, lang }`, or `null`.
#[wasm_bindgen]
pub fn term(slug: JsValue, lang_tag: JsValue) -> JsValue {
    let lang = lang(&lang_tag);
    let Some(t) = catalog::term(&text(&slug).trim().to_ascii_lowercase()) else { return JsValue::NULL };
    let mut n = Needs::new(lang);
    n.text(t.title).text(t.definition).text(t.why);
    if let Some(need) = missing(&n) {
        return need;
    }
    js(record::term(t, lang))
}

/// Every code in the catalog, as strings.
#[wasm_bindgen]
pub fn codes() -> JsValue {
    js(crate::search::codes().iter().map(String::as_str).collect())
}

/// Every glossary term's slug.
#[wasm_bindgen]
pub fn terms() -> JsValue {
    js(catalog::TERMS.iter().map(|t| t.slug).collect())
}

/// Gives the wasm a chunk of text that JS loaded (`text/<name>.js`'s default export).
#[wasm_bindgen]
pub fn provide(name: &str, chunk: String) {
    text::provide(name, chunk);
}

/// Decodes the charsets the bounce reader leaves to the browser (ISO-2022-JP, Shift_JIS, GB2312 …)
/// with `TextDecoder`, so the wasm carries no charset tables.
#[cfg(feature = "explain")]
pub fn text_decoder(charset: &str, bytes: &[u8]) -> Option<String> {
    web_sys::TextDecoder::new_with_label(charset).ok()?.decode_with_u8_array(bytes).ok()
}

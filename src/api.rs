//! The JavaScript API of DESIGN.md: `lookup`, `compare`, `explain`, `codes` (`ready` is the entry
//! module's promise). Objects cross as plain JS objects with camelCase keys; bad input gives `null`
//! or an entry-less result, never an exception.

use crate::compare::{self as cmp, Fact};
use crate::entry::{self, Entry};
use crate::i18n::{self, Lang, Msg};
use crate::bounce::{Recipient, Shape};
use crate::explanation;
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
    set(&obj, "a", entry_js(&c.a, lang));
    set(&obj, "b", entry_js(&c.b, lang));
    set(&obj, "differences", to_js(&differences));
    set(&obj, "whenWhich", when_which.into());
    set(&obj, "summary", c.written.map_or(JsValue::NULL, |w| w.summary.into()));
    set(&obj, "rows", to_js(&rows));
    obj.into()
}

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

fn opt_str<T: ToString>(v: Option<T>) -> JsValue {
    v.map_or(JsValue::NULL, |x| x.to_string().into())
}

/// Sets `key` on a JS object; building objects this way costs less wasm than serde for these.
fn set(obj: &js_sys::Object, key: &str, value: JsValue) {
    let _ = js_sys::Reflect::set(obj, &key.into(), &value);
}

fn recipient_js(r: &Recipient) -> JsValue {
    let o = js_sys::Object::new();
    set(&o, "address", r.address.clone().into());
    set(&o, "basicCode", opt_str(r.basic));
    set(&o, "enhancedCode", opt_str(r.enhanced));
    set(&o, "text", r.text.clone().into());
    set(&o, "reason", opt_str(r.reason.map(|x| x.name())));
    set(&o, "bounce", opt_str(r.bounce.map(|b| b.as_str())));
    set(&o, "remoteHost", opt_str(r.remote_host.as_deref()));
    set(&o, "action", opt_str(r.action.as_deref()));
    o.into()
}

/// The Explanation of DESIGN.md: `{ basicCode, enhancedCode, basic, enhanced, text, lines,
/// provider, tags, warnings, reason, bounce, recipients, shape, todo }`. Takes text, or the bytes
/// of a message (`Uint8Array`, `ArrayBuffer`).
#[wasm_bindgen]
pub fn explain(reply: JsValue, lang_tag: JsValue) -> JsValue {
    let lang = lang(&lang_tag);
    let v = explanation::explain_bytes(&input(&reply));
    let e = &v.reply;
    let opt_entry = |x: Option<&Entry>| x.map_or(JsValue::NULL, |x| entry_js(x, lang));
    let warnings: Vec<&str> = e.warnings.iter().map(|&w| i18n::warning(lang, w)).collect();
    let tags = js_sys::Array::new();
    for t in &v.tags {
        tags.push(&entry_js(t, lang));
    }
    let recipients = js_sys::Array::new();
    for r in &v.recipients {
        recipients.push(&recipient_js(r));
    }
    let obj = js_sys::Object::new();
    set(&obj, "basicCode", opt_str(v.basic));
    set(&obj, "enhancedCode", opt_str(v.enhanced));
    set(&obj, "basic", opt_entry(v.basic_entry()));
    set(&obj, "enhanced", opt_entry(v.enhanced_entry()));
    set(&obj, "text", e.text.clone().into());
    set(&obj, "lines", to_js(&e.lines));
    set(&obj, "provider", opt_str(e.provider));
    set(&obj, "tags", tags.into());
    set(&obj, "warnings", to_js(&warnings));
    set(&obj, "reason", opt_str(v.reason.map(|x| x.name())));
    set(&obj, "bounce", opt_str(v.bounce.map(|b| b.as_str())));
    set(&obj, "recipients", recipients.into());
    set(&obj, "shape", shape(v.shape).into());
    set(&obj, "todo", opt_str(v.reason.and_then(crate::catalog::reason).map(|c| c.summary)));
    obj.into()
}

fn shape(s: Shape) -> &'static str {
    match s {
        Shape::Reply => "reply",
        Shape::Message => "message",
        Shape::Log => "log",
        Shape::Notification => "notification",
    }
}

/// Decodes the charsets the bounce reader leaves to the browser (ISO-2022-JP, Shift_JIS, GB2312 …)
/// with `TextDecoder`, so the wasm carries no charset tables.
pub fn text_decoder(charset: &str, bytes: &[u8]) -> Option<String> {
    web_sys::TextDecoder::new_with_label(charset).ok()?.decode_with_u8_array(bytes).ok()
}

/// Every code in the catalog, as strings.
#[wasm_bindgen]
pub fn codes() -> JsValue {
    to_js(&crate::search::codes())
}

//! The JavaScript API of DESIGN.md: `lookup`, `compare`, `explain`, `term`, `codes`, `terms`
//! (`ready` and the Promises are the entry module's). Objects cross as plain JS objects with
//! camelCase keys, built field by field (cheaper in the wasm than a serializer); bad input gives
//! `null` or an entry-less result, never an exception. A call whose texts are not loaded yet
//! returns the names of the chunks it needs (an Array), and the entry module loads them and asks
//! again.

use crate::bounce::{Recipient, Shape};
use crate::catalog::{self, Lines, TL};
use crate::compare::Fact;
use crate::entry::{self, Entry};
use crate::explanation;
use crate::i18n::{self, Lang, Msg};
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

/// Sets `key` on a JS object.
fn set(obj: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = js_sys::Reflect::set(obj, &key.into(), &value.into());
}

fn opt_str<T: ToString>(v: Option<T>) -> JsValue {
    v.map_or(JsValue::NULL, |x| x.to_string().into())
}

fn strings<'a>(items: impl IntoIterator<Item = &'a str>) -> Array {
    items.into_iter().map(JsValue::from).collect()
}

fn lines(l: Lines) -> Array {
    strings(l.iter())
}

fn texts(l: TL, lang: Lang) -> Array {
    strings(l.iter(lang))
}

/// The chunks `n` still lacks, as an Array of names, or `None` when everything is loaded.
fn missing(n: &Needs) -> Option<JsValue> {
    let m = n.missing();
    (!m.is_empty()).then(|| m.into_iter().map(|x| JsValue::from(x.name())).collect::<Array>().into())
}

/// An entry, its texts in `lang`'s content language and its class worded in `lang`.
fn entry_js(e: &Entry, lang: Lang) -> JsValue {
    let o = Object::new();
    set(&o, "code", e.code.clone());
    set(&o, "kind", e.kind.as_str());
    set(&o, "class", e.class.clone());
    set(&o, "outcome", opt_str(e.outcome.map(|x| x.as_str())));
    if let Some(x) = e.outcome {
        set(&o, "outcomeLabel", i18n::outcome(lang, x));
    }
    set(&o, "title", e.title.get(lang));
    set(&o, "description", e.description.get(lang));
    set(&o, "whenYouSeeIt", e.when_you_see_it.get(lang));
    set(&o, "classNote", e.class_note.get(lang));
    set(&o, "howToFix", texts(e.how_to_fix, lang));
    set(&o, "howToFixAdmin", texts(e.how_to_fix_admin, lang));
    set(&o, "causes", texts(e.causes, lang));
    set(&o, "severity", e.severity.as_str());
    set(&o, "rfcs", lines(e.rfcs));
    set(&o, "related", strings(e.related.iter().map(String::as_str)));
    set(&o, "standard", e.standard);
    set(&o, "phases", strings(e.phases.iter().map(|p| p.as_str())));
    set(&o, "actor", e.actor.as_str());
    let faq: Array = e
        .faq
        .iter()
        .map(|f| {
            let x = Object::new();
            set(&x, "q", f.q.get(lang));
            set(&x, "a", f.a.get(lang));
            JsValue::from(x)
        })
        .collect();
    set(&o, "faq", faq);
    let meanings: Array = e
        .meanings
        .iter()
        .map(|m| {
            let x = Object::new();
            set(&x, "context", m.context.get(lang));
            set(&x, "title", m.title.get(lang));
            set(&x, "description", m.description.get(lang));
            set(&x, "rfcs", lines(m.rfcs));
            set(&x, "enhanced", lines(m.enhanced));
            JsValue::from(x)
        })
        .collect();
    set(&o, "meanings", meanings);
    set(&o, "usualWith", strings(e.usual_with.iter().map(String::as_str)));
    let groups: Array = e
        .groups
        .iter()
        .map(|g| {
            let x = Object::new();
            set(&x, "code", g.code.clone());
            set(&x, "title", g.title.get(lang));
            set(&x, "description", g.description.get(lang));
            JsValue::from(x)
        })
        .collect();
    set(&o, "groups", groups);
    set(&o, "provider", opt_str(e.provider));
    let notes: Array = e
        .provider_notes
        .iter()
        .map(|n| {
            let x = Object::new();
            set(&x, "provider", n.provider);
            set(&x, "code", n.code.clone());
            set(&x, "title", n.title.get(lang));
            set(&x, "description", n.description.get(lang));
            set(&x, "unverified", n.unverified);
            JsValue::from(x)
        })
        .collect();
    set(&o, "providerNotes", notes);
    set(&o, "note", e.note.get(lang));
    set(&o, "deprecated", e.deprecated);
    set(&o, "unverified", e.unverified);
    set(&o, "sample", e.sample);
    set(&o, "lang", lang.content().tag());
    o.into()
}

/// One entry (the basic one for `550 5.7.26`), or `null`.
#[wasm_bindgen]
pub fn lookup(code: JsValue, lang_tag: JsValue) -> JsValue {
    let lang = lang(&lang_tag);
    let Some(e) = entry::resolve(&text(&code)).entries.into_iter().next() else { return JsValue::NULL };
    let mut n = Needs::new(lang);
    e.needs(&mut n);
    missing(&n).unwrap_or_else(|| entry_js(&e, lang))
}

/// `{ a, b, differences, whenWhich, summary, rows }`, or `null` when either is not a known code.
#[wasm_bindgen]
pub fn compare(a: JsValue, b: JsValue, lang_tag: JsValue) -> JsValue {
    let lang = lang(&lang_tag);
    let m = widget::model(&text(&a), &text(&b), "");
    let widget::Content::Compare(view) = &m.content else { return JsValue::NULL };
    let Some(c) = &view.comparison else { return JsValue::NULL };
    if let Some(need) = missing(&m.needs(lang)) {
        return need;
    }
    let worded = |f: &Fact| i18n::fact(lang, f);
    let differences: Array = c
        .differences()
        .map(|r| format!("{}: {} {}, {} {}", i18n::aspect(lang, &r.a), c.a.code, worded(&r.a), c.b.code, worded(&r.b)))
        .map(JsValue::from)
        .collect();
    if let Some(w) = c.written {
        for d in w.differences.iter(lang) {
            differences.push(&d.into());
        }
    }
    let when_which = match c.written {
        Some(w) => w.when_which.get(lang).to_string(),
        None => {
            let phases = |e: &Entry| i18n::fact(lang, &Fact::Phases(e.phases));
            format!("{}: {} {}; {} {}", lang.t(Msg::Phase), c.a.code, phases(&c.a), c.b.code, phases(&c.b))
        }
    };
    let rows: Array = c
        .rows
        .iter()
        .map(|r| {
            let x = Object::new();
            set(&x, "aspect", i18n::aspect(lang, &r.a));
            set(&x, "a", worded(&r.a));
            set(&x, "b", worded(&r.b));
            set(&x, "differs", r.differs);
            JsValue::from(x)
        })
        .collect();
    let obj = Object::new();
    set(&obj, "a", entry_js(&c.a, lang));
    set(&obj, "b", entry_js(&c.b, lang));
    set(&obj, "differences", differences);
    set(&obj, "whenWhich", when_which);
    set(&obj, "summary", c.written.map_or(JsValue::NULL, |w| w.summary.get(lang).into()));
    set(&obj, "rows", rows);
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

fn recipient_js(r: &Recipient) -> JsValue {
    let o = Object::new();
    set(&o, "address", r.address.clone());
    set(&o, "basicCode", opt_str(r.basic));
    set(&o, "enhancedCode", opt_str(r.enhanced));
    set(&o, "text", r.text.clone());
    set(&o, "reason", opt_str(r.reason.map(|x| x.name())));
    set(&o, "bounce", opt_str(r.bounce.map(|b| b.as_str())));
    set(&o, "remoteHost", opt_str(r.remote_host.as_deref()));
    set(&o, "action", opt_str(r.action.as_deref()));
    o.into()
}

fn shape(s: Shape) -> &'static str {
    match s {
        Shape::Reply => "reply",
        Shape::Message => "message",
        Shape::Log => "log",
        Shape::Notification => "notification",
    }
}

/// The Explanation of DESIGN.md: `{ basicCode, enhancedCode, basic, enhanced, text, lines,
/// provider, tags, warnings, reason, bounce, recipients, shape, todo }`. Takes text, or the bytes
/// of a message (`Uint8Array`, `ArrayBuffer`).
#[wasm_bindgen]
pub fn explain(reply: JsValue, lang_tag: JsValue) -> JsValue {
    let lang = lang(&lang_tag);
    let m = widget::explained(explanation::explain_bytes(&input(&reply)));
    if let Some(need) = missing(&m.needs(lang)) {
        return need;
    }
    let widget::Content::Reply(v) = &m.content else { return JsValue::NULL };
    let e = &v.reply;
    let opt_entry = |x: Option<&Entry>| x.map_or(JsValue::NULL, |x| entry_js(x, lang));
    let obj = Object::new();
    set(&obj, "basicCode", opt_str(v.basic));
    set(&obj, "enhancedCode", opt_str(v.enhanced));
    set(&obj, "basic", opt_entry(v.basic_entry()));
    set(&obj, "enhanced", opt_entry(v.enhanced_entry()));
    set(&obj, "text", e.text.clone());
    set(&obj, "lines", strings(e.lines.iter().map(String::as_str)));
    set(&obj, "provider", opt_str(e.provider));
    set(&obj, "tags", v.tags.iter().map(|t| entry_js(t, lang)).collect::<Array>());
    set(&obj, "warnings", strings(e.warnings.iter().map(|&w| i18n::warning(lang, w))));
    set(&obj, "reason", opt_str(v.reason.map(|x| x.name())));
    set(&obj, "bounce", opt_str(v.bounce.map(|b| b.as_str())));
    set(&obj, "recipients", v.recipients.iter().map(recipient_js).collect::<Array>());
    set(&obj, "shape", shape(v.shape));
    set(&obj, "todo", opt_str(v.reason.and_then(catalog::reason).map(|c| c.summary.get(lang))));
    obj.into()
}

/// A glossary term: `{ slug, title, description, why, related, see, rfcs, lang }`, or `null`.
#[wasm_bindgen]
pub fn term(slug: JsValue, lang_tag: JsValue) -> JsValue {
    let lang = lang(&lang_tag);
    let Some(t) = catalog::term(text(&slug).trim()) else { return JsValue::NULL };
    let mut n = Needs::new(lang);
    n.text(t.title).text(t.definition).text(t.why);
    if let Some(need) = missing(&n) {
        return need;
    }
    let o = Object::new();
    set(&o, "slug", t.slug);
    set(&o, "title", t.title.get(lang));
    set(&o, "description", t.definition.get(lang));
    set(&o, "why", t.why.get(lang));
    set(&o, "related", lines(t.codes));
    set(&o, "see", lines(t.see));
    set(&o, "rfcs", lines(t.rfcs));
    set(&o, "lang", lang.content().tag());
    o.into()
}

/// Every code in the catalog, as strings.
#[wasm_bindgen]
pub fn codes() -> JsValue {
    crate::search::codes().iter().map(|c| JsValue::from(c.as_str())).collect::<Array>().into()
}

/// Every glossary term's slug.
#[wasm_bindgen]
pub fn terms() -> JsValue {
    strings(catalog::TERMS.iter().map(|t| t.slug)).into()
}

/// Gives the wasm a chunk of text that JS loaded (`text/<name>.js`'s default export).
#[wasm_bindgen]
pub fn provide(name: &str, chunk: String) {
    text::provide(name, chunk);
}

/// Decodes the charsets the bounce reader leaves to the browser (ISO-2022-JP, Shift_JIS, GB2312 …)
/// with `TextDecoder`, so the wasm carries no charset tables.
pub fn text_decoder(charset: &str, bytes: &[u8]) -> Option<String> {
    web_sys::TextDecoder::new_with_label(charset).ok()?.decode_with_u8_array(bytes).ok()
}

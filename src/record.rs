//! The objects of the public API (an entry, a comparison, an Explanation, a term) as plain data with
//! the camelCase field names of DESIGN.md. The one place that names those fields: the JS API turns
//! a `Value` into a JS object and the CLI's `--json` writes it as JSON, so the two cannot drift.
//! Every text must be loaded first (native builds have them all; the JS API checks `Needs`).

use crate::bounce::{Recipient, Shape};
use crate::catalog::{self, Lines, Term, TL};
use crate::compare::{Comparison, Fact};
use crate::entry::Entry;
use crate::explanation::Explanation;
use crate::i18n::{self, Lang, Msg};
use std::fmt::Write;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// Counts, in the CLI's log summary.
    Int(u64),
    Str(String),
    List(Vec<Value>),
    Obj(Vec<(&'static str, Value)>),
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Str(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Str(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Int(n)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

impl<T: Into<Value>> FromIterator<T> for Value {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Value {
        Value::List(items.into_iter().map(Into::into).collect())
    }
}

impl Value {
    /// The value as JSON, on one line.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Value::Str(s) => json_string(s, out),
            Value::List(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write_json(out);
                }
                out.push(']');
            }
            Value::Obj(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    json_string(k, out);
                    out.push(':');
                    v.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

/// A JSON string literal: `"`, `\` and control characters escaped (RFC 8259 §7).
fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn lines(l: Lines) -> Value {
    l.iter().collect()
}

fn texts(l: TL, lang: Lang) -> Value {
    l.iter(lang).collect()
}

fn strings(v: &[String]) -> Value {
    v.iter().map(String::as_str).collect()
}

/// An entry, its texts in `lang`'s content language and its class worded in `lang`.
pub fn entry(e: &Entry, lang: Lang) -> Value {
    let mut o = vec![
        ("code", e.code.as_str().into()),
        ("kind", e.kind.as_str().into()),
        ("class", e.class.as_str().into()),
        ("outcome", e.outcome.map(|x| x.as_str()).into()),
    ];
    if let Some(x) = e.outcome {
        o.push(("outcomeLabel", i18n::outcome(lang, x).into()));
    }
    let faq = e.faq.iter().map(|f| Value::Obj(vec![("q", f.q.get(lang).into()), ("a", f.a.get(lang).into())]));
    let meanings = e.meanings.iter().map(|m| {
        Value::Obj(vec![
            ("context", m.context.get(lang).into()),
            ("title", m.title.get(lang).into()),
            ("description", m.description.get(lang).into()),
            ("rfcs", lines(m.rfcs)),
            ("enhanced", lines(m.enhanced)),
        ])
    });
    let groups = e.groups.iter().map(|g| {
        Value::Obj(vec![
            ("code", g.code.as_str().into()),
            ("title", g.title.get(lang).into()),
            ("description", g.description.get(lang).into()),
        ])
    });
    let notes = e.provider_notes.iter().map(|n| {
        Value::Obj(vec![
            ("provider", n.provider.into()),
            ("code", n.code.as_str().into()),
            ("title", n.title.get(lang).into()),
            ("description", n.description.get(lang).into()),
            ("unverified", n.unverified.into()),
        ])
    });
    o.extend([
        ("title", e.title.get(lang).into()),
        ("description", e.description.get(lang).into()),
        ("whenYouSeeIt", e.when_you_see_it.get(lang).into()),
        ("classNote", e.class_note.get(lang).into()),
        ("howToFix", texts(e.how_to_fix, lang)),
        ("howToFixAdmin", texts(e.how_to_fix_admin, lang)),
        ("causes", texts(e.causes, lang)),
        ("severity", e.severity.as_str().into()),
        ("rfcs", lines(e.rfcs)),
        ("related", strings(&e.related)),
        ("standard", e.standard.into()),
        ("phases", e.phases.iter().map(|p| p.as_str()).collect()),
        ("actor", e.actor.as_str().into()),
        ("faq", faq.collect()),
        ("meanings", meanings.collect()),
        ("usualWith", strings(&e.usual_with)),
        ("groups", groups.collect()),
        ("provider", e.provider.into()),
        ("providerNotes", notes.collect()),
        ("note", e.note.get(lang).into()),
        ("deprecated", e.deprecated.into()),
        ("unverified", e.unverified.into()),
        ("sample", e.sample.get(lang).into()),
        ("lang", lang.content().tag().into()),
    ]);
    Value::Obj(o)
}

/// `{ a, b, differences, whenWhich, summary, rows }`.
pub fn comparison(c: &Comparison, lang: Lang) -> Value {
    let worded = |f: &Fact| i18n::fact(lang, f);
    let mut differences: Vec<Value> = c
        .differences()
        .map(|r| format!("{}: {} {}, {} {}", i18n::aspect(lang, &r.a), c.a.code, worded(&r.a), c.b.code, worded(&r.b)))
        .map(Value::Str)
        .collect();
    let when_which = match c.written {
        Some(w) => {
            differences.extend(w.differences.iter(lang).map(Value::from));
            w.when_which.get(lang).to_string()
        }
        None => {
            let phases = |e: &Entry| i18n::fact(lang, &Fact::Phases(e.phases));
            format!("{}: {} {}; {} {}", lang.t(Msg::Phase), c.a.code, phases(&c.a), c.b.code, phases(&c.b))
        }
    };
    let rows = c.rows.iter().map(|r| {
        Value::Obj(vec![
            ("aspect", i18n::aspect(lang, &r.a).into()),
            ("a", worded(&r.a).into()),
            ("b", worded(&r.b).into()),
            ("differs", r.differs.into()),
        ])
    });
    Value::Obj(vec![
        ("a", entry(&c.a, lang)),
        ("b", entry(&c.b, lang)),
        ("differences", Value::List(differences)),
        ("whenWhich", when_which.into()),
        ("summary", c.written.map(|w| w.summary.get(lang)).into()),
        ("rows", rows.collect()),
    ])
}

fn recipient(r: &Recipient) -> Value {
    Value::Obj(vec![
        ("address", r.address.as_str().into()),
        ("basicCode", r.basic.map(|c| c.to_string()).into()),
        ("enhancedCode", r.enhanced.map(|c| c.to_string()).into()),
        ("text", r.text.as_str().into()),
        ("reason", r.reason.map(|x| x.name()).into()),
        ("bounce", r.bounce.map(|b| b.as_str()).into()),
        ("remoteHost", r.remote_host.as_deref().into()),
        ("action", r.action.as_deref().into()),
    ])
}

pub fn shape(s: Shape) -> &'static str {
    match s {
        Shape::Reply => "reply",
        Shape::Message => "message",
        Shape::Log => "log",
        Shape::Notification => "notification",
    }
}

/// The Explanation of DESIGN.md: `{ basicCode, enhancedCode, basic, enhanced, text, lines,
/// provider, tags, warnings, reason, bounce, recipients, shape, todo }`.
pub fn explanation(v: &Explanation, lang: Lang) -> Value {
    let e = &v.reply;
    let opt_entry = |x: Option<&Entry>| x.map_or(Value::Null, |x| entry(x, lang));
    Value::Obj(vec![
        ("basicCode", v.basic.map(|c| c.to_string()).into()),
        ("enhancedCode", v.enhanced.map(|c| c.to_string()).into()),
        ("basic", opt_entry(v.basic_entry())),
        ("enhanced", opt_entry(v.enhanced_entry())),
        ("text", e.text.as_str().into()),
        ("lines", strings(&e.lines)),
        ("provider", e.provider.into()),
        ("tags", v.tags.iter().map(|t| entry(t, lang)).collect()),
        ("warnings", e.warnings.iter().map(|&w| i18n::warning(lang, w)).collect()),
        ("reason", v.reason.map(|x| x.name()).into()),
        ("bounce", v.bounce.map(|b| b.as_str()).into()),
        ("recipients", v.recipients.iter().map(recipient).collect()),
        ("shape", shape(v.shape).into()),
        ("todo", v.reason.and_then(catalog::reason).map(|c| c.summary.get(lang)).into()),
    ])
}

/// A glossary term: `{ slug, title, description, why, related, see, rfcs, lang }`.
pub fn term(t: &Term, lang: Lang) -> Value {
    Value::Obj(vec![
        ("slug", t.slug.into()),
        ("title", t.title.get(lang).into()),
        ("description", t.definition.get(lang).into()),
        ("why", t.why.get(lang).into()),
        ("related", lines(t.codes)),
        ("see", lines(t.see)),
        ("rfcs", lines(t.rfcs)),
        ("lang", lang.content().tag().into()),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_what_rfc_8259_requires() {
        let v = Value::Obj(vec![
            ("a", "x\"\\\n\u{1}é<".into()),
            ("b", Value::List(vec![Value::Null, true.into(), 7u64.into()])),
        ]);
        assert_eq!(v.to_json(), r#"{"a":"x\"\\\n\u0001é<","b":[null,true,7]}"#);
    }

    #[test]
    fn an_entry_has_the_fields_of_design_md() {
        let r = crate::entry::resolve("221");
        let Value::Obj(fields) = entry(&r.entries[0], Lang::De) else { panic!("not an object") };
        let keys: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
        for k in
            ["code", "kind", "class", "title", "description", "whenYouSeeIt", "howToFix", "howToFixAdmin", "causes"]
        {
            assert!(keys.contains(&k), "{k}");
        }
        for k in ["severity", "rfcs", "related", "faq", "provider", "lang"] {
            assert!(keys.contains(&k), "{k}");
        }
        assert!(fields.contains(&("lang", "de".into())));
        assert!(fields.contains(&("code", "221".into())));
    }
}

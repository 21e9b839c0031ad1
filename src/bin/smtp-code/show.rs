//! Cards as terminal text: the widget's sections and labels (in the chosen language), wrapped to
//! the terminal, with colour on the code, the outcome and the verdict (stripped by anstream where
//! colour does not belong).

use anstyle::{AnsiColor, Style};
use smtp_code::catalog::{self, Term, TL};
use smtp_code::compare::{Comparison, Retry};
use smtp_code::entry::{Entry, Kind, Outcome, Resolved};
use smtp_code::explanation::Explanation;
use smtp_code::i18n::{self, Lang, Msg};
use smtp_code::reason::Bounce;
use std::fmt::Write;

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn tone(o: Option<Outcome>) -> Style {
    let c = match o {
        Some(Outcome::Success) => AnsiColor::Green,
        Some(Outcome::Continue) => AnsiColor::Blue,
        Some(Outcome::Transient) => AnsiColor::Yellow,
        Some(Outcome::Permanent) => AnsiColor::Red,
        None => return BOLD,
    };
    Style::new().fg_color(Some(c.into())).bold()
}

fn verdict_style(b: Option<Bounce>) -> Style {
    let c = match b {
        Some(Bounce::Hard) => AnsiColor::Red,
        Some(Bounce::Soft) => AnsiColor::Yellow,
        None => AnsiColor::Green,
    };
    Style::new().fg_color(Some(c.into())).bold()
}

/// `s` in `style`.
fn paint(style: Style, s: &str) -> String {
    format!("{style}{s}{style:#}")
}

/// The width to wrap at: the terminal's, within reason.
fn width() -> usize {
    textwrap::termwidth().clamp(40, 100)
}

/// A paragraph, wrapped and indented.
fn para(out: &mut String, indent: &str, text: &str) {
    if text.is_empty() {
        return;
    }
    let opts = textwrap::Options::new(width()).initial_indent(indent).subsequent_indent(indent);
    for line in textwrap::wrap(text, opts) {
        out.push_str(&line);
        out.push('\n');
    }
}

/// A list of steps as bullets, wrapped under their bullet.
fn bullets(out: &mut String, indent: &str, items: impl IntoIterator<Item = impl AsRef<str>>) {
    let first = format!("{indent}• ");
    let rest = format!("{indent}  ");
    for item in items {
        let opts = textwrap::Options::new(width()).initial_indent(&first).subsequent_indent(&rest);
        for line in textwrap::wrap(item.as_ref(), opts) {
            out.push_str(&line);
            out.push('\n');
        }
    }
}

fn heading(out: &mut String, title: &str) {
    let _ = writeln!(out, "\n{}", paint(BOLD, title));
}

fn steps(out: &mut String, title: &str, items: TL, lang: Lang) {
    if !items.is_empty() {
        heading(out, title);
        bullets(out, "  ", items.iter(lang));
    }
}

/// The head of a card: code, title, and its outcome, class, severity and flags.
fn head(out: &mut String, e: &Entry, lang: Lang) {
    let _ = writeln!(out, "{}  {}", paint(tone(e.outcome), &e.code), paint(BOLD, e.title.get(lang)));
    let mut tags: Vec<String> = Vec::new();
    if let Some(o) = e.outcome {
        let retry = Retry::of(Some(o)).map(|r| format!(" ({})", i18n::retry(lang, r))).unwrap_or_default();
        tags.push(format!("{}{retry}", i18n::outcome(lang, o)));
    }
    tags.push(e.class.clone());
    if let Some(g) = e.groups.last() {
        tags.push(g.title.get(lang).to_string());
    }
    tags.push(format!("{}: {}", lang.t(Msg::Severity), i18n::severity(lang, e.severity)));
    if let Some(p) = e.provider {
        tags.push(format!("{}: {p}", lang.t(Msg::ProviderSpecific)));
    } else if !e.standard {
        tags.push(lang.t(Msg::NonStandard).to_string());
    }
    if e.deprecated {
        tags.push(lang.t(Msg::Deprecated).to_string());
    }
    if e.unverified {
        tags.push(lang.t(if e.provider.is_some() { Msg::ProviderUnverified } else { Msg::Unverified }).to_string());
    }
    let _ = writeln!(out, "{}", paint(DIM, &tags.join(" · ")));
}

/// A whole card, as the widget's `full` variant shows it.
pub fn entry(out: &mut String, e: &Entry, lang: Lang) {
    head(out, e, lang);
    heading(out, lang.t(Msg::Meaning));
    para(out, "  ", e.description.get(lang));
    para(out, "  ", e.class_note.get(lang));
    if !e.standard && e.provider.is_none() {
        para(out, "  ", lang.t(Msg::NonStandardNote));
    }
    if e.kind == Kind::Enhanced && e.code.starts_with('X') {
        para(out, "  ", lang.t(Msg::ClassFree));
    }
    para(out, "  ", e.note.get(lang));
    if !e.when_you_see_it.is_empty() {
        heading(out, lang.t(Msg::WhenYouSeeIt));
        para(out, "  ", e.when_you_see_it.get(lang));
    }
    if !e.sample.is_empty() {
        heading(out, lang.t(Msg::Example));
        for line in e.sample.get(lang).lines() {
            let _ = writeln!(out, "  {}", paint(DIM, line));
        }
    }
    if !e.how_to_fix.is_empty() || !e.how_to_fix_admin.is_empty() {
        heading(out, lang.t(Msg::HowToFix));
        for (who, items) in [(Msg::ForSender, e.how_to_fix), (Msg::ForAdmin, e.how_to_fix_admin)] {
            if !items.is_empty() {
                let _ = writeln!(out, "  {}", lang.t(who));
                bullets(out, "  ", items.iter(lang));
            }
        }
    }
    steps(out, lang.t(Msg::Causes), e.causes, lang);
    if !e.meanings.is_empty() {
        heading(out, lang.t(Msg::AlsoMeans));
        for m in e.meanings {
            let _ = writeln!(out, "  {} — {}", m.context.get(lang), m.title.get(lang));
            para(out, "    ", m.description.get(lang));
        }
    }
    if !e.provider_notes.is_empty() {
        heading(out, lang.t(Msg::ProviderUses));
        for n in &e.provider_notes {
            let _ = writeln!(out, "  {} {}: {}", n.provider, n.code, n.title.get(lang));
            para(out, "    ", n.description.get(lang));
            if n.unverified {
                para(out, "    ", lang.t(Msg::ProviderUnverified));
            }
        }
    }
    if !e.faq.is_empty() {
        heading(out, lang.t(Msg::Faq));
        for f in e.faq {
            para(out, "  ", &paint(BOLD, f.q.get(lang)));
            para(out, "  ", f.a.get(lang));
        }
    }
    let list = |v: &[String]| {
        v.iter().map(|c| if c == "*" { lang.t(Msg::AnyBasic) } else { c }).collect::<Vec<_>>().join(", ")
    };
    let usual = if e.kind == Kind::Basic { Msg::UsualEnhanced } else { Msg::UsualBasic };
    for (label, value) in [
        (lang.t(usual), list(&e.usual_with)),
        (lang.t(Msg::Related), list(&e.related)),
        (lang.t(Msg::Rfcs), e.rfcs.join(" · ")),
    ] {
        if !value.is_empty() {
            heading(out, label);
            para(out, "  ", &value);
        }
    }
}

/// What `lookup` prints: every entry the code has (basic, then enhanced), or why there is none.
pub fn resolved(r: &Resolved, lang: Lang) -> String {
    let mut out = String::new();
    for (i, e) in r.entries.iter().enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        entry(&mut out, e, lang);
    }
    for u in &r.unknown {
        let _ = writeln!(out, "\n{} {}", paint(BOLD, &u.code), lang.t(Msg::UnknownCode));
        if !u.nearest.is_empty() {
            let _ = writeln!(out, "  {}: {}", lang.t(Msg::Nearest), u.nearest.join(", "));
        }
    }
    out
}

pub fn comparison(c: &Comparison, lang: Lang) -> String {
    let mut out = String::new();
    let title = |e: &Entry| format!("{}  {}", paint(tone(e.outcome), &e.code), e.title.get(lang));
    let _ = writeln!(out, "{}\n{}", title(&c.a), title(&c.b));
    if let Some(w) = c.written {
        out.push('\n');
        para(&mut out, "", w.summary.get(lang));
    }
    // The facts as a table: aspect, a, b; rows that differ in bold.
    let rows: Vec<(String, String, String, bool)> = c
        .rows
        .iter()
        .map(|r| (i18n::aspect(lang, &r.a).to_string(), i18n::fact(lang, &r.a), i18n::fact(lang, &r.b), r.differs))
        .collect();
    let w0 = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0).max(lang.t(Msg::Aspect).chars().count());
    let w1 = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0).max(c.a.code.len());
    heading(&mut out, lang.t(Msg::Compare));
    let _ = writeln!(out, "  {}", paint(DIM, &format!("{:w0$}  {:w1$}  {}", lang.t(Msg::Aspect), c.a.code, c.b.code)));
    for (aspect, a, b, differs) in rows {
        let line = format!("{aspect:w0$}  {a:w1$}  {b}");
        let _ = writeln!(out, "  {}", if differs { paint(BOLD, &line) } else { line });
    }
    if let Some(w) = c.written {
        steps(&mut out, lang.t(Msg::KeyDifferences), w.differences, lang);
        heading(&mut out, lang.t(Msg::WhenWhich));
        para(&mut out, "  ", w.when_which.get(lang));
    } else if c.differences().next().is_none() {
        para(&mut out, "  ", lang.t(Msg::SameEverywhere));
    }
    out
}

/// An explanation: the verdict first, then the reason and what to do, the reply, the recipients,
/// and the cards of the codes.
pub fn explanation(e: &Explanation, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", paint(verdict_style(e.bounce), i18n::verdict(lang, e.bounce)));
    if let Some(reason) = e.reason {
        let card = catalog::reason(reason);
        let title = card.map_or("", |c| c.title.get(lang));
        let _ = writeln!(out, "{}: {} ({})", lang.t(Msg::Reason), paint(BOLD, title), reason.name());
        if let Some(c) = card {
            para(&mut out, "", c.summary.get(lang));
        }
    }
    if !e.reply.text.is_empty() {
        heading(&mut out, lang.t(Msg::ServerText));
        let codes = e.code();
        para(&mut out, "  ", &format!("{codes}{}{}", if codes.is_empty() { "" } else { " " }, e.reply.text));
    }
    if let Some(p) = e.reply.provider {
        let _ = writeln!(out, "{}: {p}", lang.t(Msg::Provider));
    }
    if !e.reply.warnings.is_empty() {
        heading(&mut out, lang.t(Msg::Warnings));
        bullets(&mut out, "  ", e.reply.warnings.iter().map(|&w| i18n::warning(lang, w)));
    }
    if !e.recipients.is_empty() {
        heading(&mut out, &format!("{} ({})", lang.t(Msg::Recipients), e.recipients.len()));
        for r in &e.recipients {
            let codes: Vec<String> =
                [r.basic.map(|c| c.to_string()), r.enhanced.map(|c| c.to_string())].into_iter().flatten().collect();
            let verdict = match r.bounce {
                Some(Bounce::Hard) => lang.t(Msg::Hard),
                Some(Bounce::Soft) => lang.t(Msg::Soft),
                None => "",
            };
            let action = r.action.as_deref().map(|a| i18n::action(lang, a)).unwrap_or_default();
            let reason = r.reason.map_or("", |x| x.name());
            let host =
                r.remote_host.as_deref().map(|h| format!("  {}: {h}", lang.t(Msg::RemoteHost))).unwrap_or_default();
            let _ = writeln!(out, "  {}  {}", paint(BOLD, &r.address), paint(verdict_style(r.bounce), verdict));
            let _ = writeln!(out, "    {}", paint(DIM, &format!("{action}  {}  {reason}{host}", codes.join(" "))));
            if e.recipients.len() > 1 && !r.text.is_empty() {
                para(&mut out, "    ", &r.text);
            }
        }
    }
    if let Some(c) = e.reason.and_then(catalog::reason) {
        heading(&mut out, lang.t(Msg::AboutReason));
        para(&mut out, "  ", c.description.get(lang));
        if !c.fix_sender.is_empty() || !c.fix_admin.is_empty() {
            heading(&mut out, lang.t(Msg::HowToFix));
            for (who, items) in [(Msg::ForSender, c.fix_sender), (Msg::ForAdmin, c.fix_admin)] {
                if !items.is_empty() {
                    let _ = writeln!(out, "  {}", lang.t(who));
                    bullets(&mut out, "  ", items.iter(lang));
                }
            }
        }
    }
    for t in &e.tags {
        out.push('\n');
        entry(&mut out, t, lang);
    }
    for x in &e.resolved.entries {
        out.push('\n');
        entry(&mut out, x, lang);
    }
    out
}

pub fn term(t: &Term, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}  {}", paint(BOLD, t.title.get(lang)), paint(DIM, t.slug));
    heading(&mut out, lang.t(Msg::TermDefinition));
    para(&mut out, "  ", t.definition.get(lang));
    if !t.why.is_empty() {
        heading(&mut out, lang.t(Msg::WhyItMatters));
        para(&mut out, "  ", t.why.get(lang));
    }
    let see: Vec<String> =
        t.see.iter().filter_map(catalog::term).map(|s| format!("{} ({})", s.title.get(lang), s.slug)).collect();
    for (label, value) in [
        (lang.t(Msg::Related), t.codes.join(", ")),
        (lang.t(Msg::RelatedTerms), see.join(", ")),
        (lang.t(Msg::Rfcs), t.rfcs.join(" · ")),
    ] {
        if !value.is_empty() {
            heading(&mut out, label);
            para(&mut out, "  ", &value);
        }
    }
    out
}

/// Every term: slug and title.
pub fn terms(lang: Lang) -> String {
    let w = catalog::TERMS.iter().map(|t| t.slug.len()).max().unwrap_or(0);
    let mut out = String::new();
    for t in catalog::TERMS {
        let _ = writeln!(out, "{:w$}  {}", t.slug, t.title.get(lang));
    }
    out
}

//! The card of one code, in its three variants, and the messages shown instead of a card.

use super::prose::{prose_items, Prose};
use super::{CodeLinks, Variant};
use crate::catalog::TL;
use crate::entry::{Entry, Kind, Outcome, Resolved, State};
use crate::i18n::{self, Lang, Msg};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

/// The tone class that colours a card by what the code means for the sender.
pub fn tone(outcome: Option<Outcome>) -> &'static str {
    match outcome {
        Some(Outcome::Success) => "tone-success",
        Some(Outcome::Continue) => "tone-continue",
        Some(Outcome::Transient) => "tone-transient",
        Some(Outcome::Permanent) => "tone-permanent",
        None => "",
    }
}

/// Codes as links on the page, as plain text inside an embedded element (see `CodeLinks`).
#[component]
pub fn CodeList(codes: Vec<String>) -> impl IntoView {
    let links = CodeLinks::here();
    view! {
        <ul class="codes">
            {codes
                .into_iter()
                .map(|c| match links {
                    CodeLinks::Hash => Either::Left(view! { <li><a href=format!("#/{c}")>{c.clone()}</a></li> }),
                    CodeLinks::Text => Either::Right(view! { <li>{c}</li> }),
                })
                .collect_view()}
        </ul>
    }
}

/// Typed children, not `Children` (an AnyView): see `prose::pieces`.
#[component]
fn Section<C: IntoView + 'static>(title: &'static str, children: TypedChildren<C>) -> impl IntoView {
    let children = children.into_inner();
    view! {
        <section class="section" part="section">
            <h3>{title}</h3>
            {children()}
        </section>
    }
}

fn steps(items: TL, lang: Lang) -> impl IntoView {
    view! { <ol>{prose_items(items, lang)}</ol> }
}

/// The head of a card: code, title, and the tags (outcome, severity, flags).
#[component]
fn Head(entry: Entry, lang: Lang) -> impl IntoView {
    // One text node: the outcome and the next step.
    let outcome = entry.outcome.map(|o| match crate::compare::Retry::of(entry.outcome) {
        Some(r) => format!("{} · {}", i18n::outcome(lang, o), i18n::retry(lang, r)),
        None => i18n::outcome(lang, o).to_string(),
    });
    let mut flags: Vec<String> = Vec::new();
    if let Some(p) = entry.provider {
        flags.push(format!("{}: {p}", lang.t(Msg::ProviderSpecific)));
    } else if !entry.standard {
        flags.push(lang.t(Msg::NonStandard).to_string());
    }
    if entry.deprecated {
        flags.push(lang.t(Msg::Deprecated).to_string());
    }
    if entry.unverified {
        // A provider's entry is checked against the provider's documentation, not the registry.
        let m = if entry.provider.is_some() { Msg::ProviderUnverified } else { Msg::Unverified };
        flags.push(lang.t(m).to_string());
    }
    let severity = format!("{}: {}", lang.t(Msg::Severity), i18n::severity(lang, entry.severity));
    view! {
        <div class="head">
            <span class="code" part="code">{entry.code.clone()}</span>
            <h2 class="title" part="title">{entry.title.get(lang)}</h2>
        </div>
        <ul class="tags">
            {outcome.map(|o| view! { <li class="tag outcome">{o}</li> })}
            <li class="tag">{entry.class.clone()}</li>
            {entry.groups.last().map(|g| view! { <li class="tag">{g.title.get(lang)}</li> })}
            <li class="tag">{severity}</li>
            {flags.into_iter().map(|f| view! { <li class="tag flag">{f}</li> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn Card(entry: Entry, lang: Lang, #[prop(optional)] variant: Variant) -> impl IntoView {
    let tone = tone(entry.outcome);
    match variant {
        Variant::Badge => EitherOf3::A(view! {
            <span class=format!("badge {tone}") part="card">
                <span class="code" part="code">{entry.code.clone()}</span>
                <span class="title" part="title">{entry.title.get(lang)}</span>
            </span>
        }),
        Variant::Compact => EitherOf3::B(view! {
            <article class=format!("card {tone}") part="card">
                <Head entry=entry.clone() lang=lang />
                <p><Prose text=entry.description lang=lang /></p>
            </article>
        }),
        Variant::Full => EitherOf3::C(view! {
            <article class=format!("card {tone}") part="card">
                <Head entry=entry.clone() lang=lang />
                <Body entry=entry lang=lang />
            </article>
        }),
    }
}

#[component]
fn Body(entry: Entry, lang: Lang) -> impl IntoView {
    let non_standard = (!entry.standard && entry.provider.is_none()).then(|| lang.t(Msg::NonStandardNote));
    let class_free = (entry.kind == Kind::Enhanced && entry.code.starts_with('X')).then(|| lang.t(Msg::ClassFree));
    let class_note = (!entry.class_note.is_empty()).then_some(entry.class_note);
    let note = (!entry.note.is_empty()).then_some(entry.note);
    let usual_label = match entry.kind {
        Kind::Basic => Msg::UsualEnhanced,
        _ => Msg::UsualBasic,
    };
    let usual: Vec<String> =
        entry.usual_with.iter().map(|c| if c == "*" { lang.t(Msg::AnyBasic).to_string() } else { c.clone() }).collect();
    let admin = entry.how_to_fix_admin;
    let (when, sample) = (entry.when_you_see_it, entry.sample.get(lang));
    let groups = entry.groups.clone();
    view! {
        <Section title=lang.t(Msg::Meaning)>
            <p><Prose text=entry.description lang=lang /></p>
            {class_note.map(|n| view! { <p><Prose text=n lang=lang /></p> })}
            {class_free.map(|n| view! { <p class="note">{n}</p> })}
            {non_standard.map(|n| view! { <p class="note">{n}</p> })}
            {note.map(|n| view! { <p class="note"><Prose text=n lang=lang /></p> })}
        </Section>
        {(!when.is_empty()).then(|| view! { <Section title=lang.t(Msg::WhenYouSeeIt)><p><Prose text=when lang=lang /></p></Section> })}
        {(!sample.is_empty()).then(|| view! { <Section title=lang.t(Msg::Example)><pre class="sample">{sample}</pre></Section> })}
        <Section title=lang.t(Msg::HowToFix)>
            {if admin.is_empty() {
                Either::Left(steps(entry.how_to_fix, lang))
            } else {
                Either::Right(view! {
                    <h4>{lang.t(Msg::ForSender)}</h4>
                    {steps(entry.how_to_fix, lang)}
                    <h4>{lang.t(Msg::ForAdmin)}</h4>
                    {steps(admin, lang)}
                })
            }}
        </Section>
        {(!entry.causes.is_empty()).then(|| view! {
            <Section title=lang.t(Msg::Causes)>
                <ul>{prose_items(entry.causes, lang)}</ul>
            </Section>
        })}
        {(!entry.meanings.is_empty()).then(|| view! {
            <Section title=lang.t(Msg::AlsoMeans)>
                {entry.meanings.iter().map(|m| view! {
                    <h4>{m.context.get(lang)} ": " {m.title.get(lang)}</h4>
                    <p><Prose text=m.description lang=lang /></p>
                    <p class="note">{m.rfcs.join(", ")}</p>
                }).collect_view()}
            </Section>
        })}
        {(!entry.provider_notes.is_empty()).then(|| view! {
            <Section title=lang.t(Msg::ProviderUses)>
                {entry.provider_notes.iter().map(|n| view! {
                    <h4>{n.provider} " " {n.code.clone()} ": " {n.title.get(lang)}</h4>
                    <p><Prose text=n.description lang=lang /></p>
                    {n.unverified.then(|| view! { <p class="note">{lang.t(Msg::ProviderUnverified)}</p> })}
                }).collect_view()}
            </Section>
        })}
        {(!entry.faq.is_empty()).then(|| view! {
            <Section title=lang.t(Msg::Faq)>
                <dl class="faq">
                    {entry.faq.iter().map(|f| view! { <dt><Prose text=f.q lang=lang /></dt><dd><Prose text=f.a lang=lang /></dd> }).collect_view()}
                </dl>
            </Section>
        })}
        {(!usual.is_empty()).then(|| view! {
            <Section title=lang.t(usual_label)><CodeList codes=usual /></Section>
        })}
        {(!groups.is_empty()).then(|| view! {
            <Section title=lang.t(Msg::ClassAndSubject)>
                {groups.into_iter().map(|g| view! { <p><strong>{g.code} " " {g.title.get(lang)}</strong> ": " {g.description.get(lang)}</p> }).collect_view()}
            </Section>
        })}
        <Section title=lang.t(Msg::Related)><CodeList codes=entry.related.clone() /></Section>
        {guide_links(&entry.code, lang)}
        {(!entry.rfcs.is_empty()).then(|| view! {
            <Section title=lang.t(Msg::Rfcs)><p>{entry.rfcs.join(" · ")}</p></Section>
        })}
    }
}

/// The guides that concern a code, on the page only: an embedded element has nowhere to link to,
/// and the package's wasm carries no guides.
#[cfg(not(feature = "page"))]
fn guide_links(_: &str, _: Lang) {}

#[cfg(feature = "page")]
fn guide_links(code: &str, lang: Lang) -> impl IntoView {
    use crate::catalog;
    let links = CodeLinks::here();
    // A guide lists codes as `550` or `X.7.26`; a card shows `5.7.26`.
    let class_free =
        code.get(2..).filter(|_| code.len() > 3 && code.as_bytes()[1] == b'.').map(|rest| format!("X.{rest}"));
    let guides: Vec<&'static catalog::Guide> = catalog::GUIDES
        .iter()
        .filter(|g| g.codes.iter().any(|c| c == code || Some(c) == class_free.as_deref()))
        .collect();
    (links == CodeLinks::Hash && !guides.is_empty()).then(|| view! {
        <Section title=lang.t(Msg::Guides)>
            <ul class="codes guides-of">
                {guides.into_iter().map(|g| view! { <li><a href=format!("#/guide/{}", g.slug)>{g.title.get(lang)}</a></li> }).collect_view()}
            </ul>
        </Section>
    })
}

/// A card-shaped message for a code that is unknown, invalid or missing.
#[component]
pub fn Message(resolved: Resolved, lang: Lang, #[prop(optional)] input: String) -> impl IntoView {
    match resolved.state {
        State::Unknown | State::Ready => EitherOf3::A(resolved
            .unknown
            .into_iter()
            .map(|u| {
                view! {
                    <article class="card message" part="card">
                        <div class="head">
                            <span class="code" part="code">{u.code.clone()}</span>
                            // A heading: the sections below it are h3s.
                            <h2 class="title" part="title">{lang.t(Msg::UnknownCode)}</h2>
                        </div>
                        <Section title=lang.t(Msg::Nearest)><CodeList codes=u.nearest /></Section>
                    </article>
                }
            })
            .collect_view()),
        State::Invalid => EitherOf3::B(view! {
            <article class="card message" part="card">
                <p class="title" part="title">{lang.t(Msg::InvalidCode)}</p>
                {(!input.trim().is_empty()).then(|| view! { <pre class="sample">{input.clone()}</pre> })}
                <p>{resolved.hint.map(|h| i18n::hint(lang, h))}</p>
            </article>
        }),
        State::Empty => EitherOf3::C(view! {
            <article class="card message" part="card">
                <p class="title" part="title">{lang.t(Msg::EmptyCode)}</p>
                <p class="note">{lang.t(Msg::HintNotACode)}</p>
            </article>
        }),
    }
}

/// A basic code and its enhanced code (`550 5.7.26`) in one card, basic first.
#[component]
fn Combined(code: String, basic: Entry, enhanced: Entry, lang: Lang, variant: Variant) -> impl IntoView {
    let tone = tone(basic.outcome);
    if variant == Variant::Badge {
        return Either::Left(view! {
            <span class=format!("badge {tone}") part="card">
                <span class="code" part="code">{code}</span>
                <span class="title" part="title">{enhanced.title.get(lang)}</span>
            </span>
        });
    }
    let full = variant == Variant::Full;
    let part = move |e: Entry| {
        view! {
            <div class="combo-part">
                <Head entry=e.clone() lang=lang />
                {if full { Either::Left(view! { <Body entry=e lang=lang /> }) } else { Either::Right(view! { <p>{e.description.get(lang)}</p> }) }}
            </div>
        }
    };
    Either::Right(view! { <article class=format!("card combo {tone}") part="card">{part(basic)}{part(enhanced)}</article> })
}

/// Everything a resolved input shows: its cards (basic first), then what is unknown in it.
#[component]
pub fn Resolution(resolved: Resolved, lang: Lang, variant: Variant, #[prop(optional)] input: String) -> impl IntoView {
    let cards = match <[Entry; 2]>::try_from(resolved.entries.clone()) {
        Ok([basic, enhanced]) => Either::Left(view! {
            <Combined code=resolved.code.clone() basic=basic enhanced=enhanced lang=lang variant=variant />
        }),
        Err(entries) => Either::Right(entries.into_iter().map(|e| view! { <Card entry=e lang=lang variant=variant /> }).collect_view()),
    };
    view! {
        {cards}
        {(variant != Variant::Badge || resolved.state != State::Ready).then(|| view! {
            <Message resolved=resolved lang=lang input=input />
        })}
    }
}

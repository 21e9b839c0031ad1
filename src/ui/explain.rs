//! An explained server reply: what the server said without its code prefixes, the provider and
//! its tags, any warning, and the cards of the basic and the enhanced code.

use super::card::{Card, Message};
use super::Variant;
use crate::entry::State;
use crate::i18n::{self, Lang, Msg};
use crate::widget::ReplyView;
use leptos::prelude::*;

#[component]
pub fn ReplyCard(view: ReplyView, lang: Lang, variant: Variant, #[prop(optional)] input: String) -> impl IntoView {
    let state = view.state();
    if state == State::Invalid {
        return view! {
            <article class="card message" part="card">
                <p class="title" part="title">{lang.t(Msg::NotInReply)}</p>
                {(!input.trim().is_empty()).then(|| view! { <pre class="sample">{input.clone()}</pre> })}
                <p class="note">{lang.t(Msg::HintNotACode)}</p>
            </article>
        }
        .into_any();
    }
    let ReplyView { explained, resolved, tags } = view;
    let code = resolved.code.clone();
    let cards = resolved.entries.clone().into_iter().chain(tags);
    // Codes the reply carries that the catalog lacks.
    let unknown = (!resolved.unknown.is_empty()).then_some(resolved);
    let warnings: Vec<&'static str> = explained.warnings.iter().map(|&w| i18n::warning(lang, w)).collect();
    let summary = (variant != Variant::Badge).then(|| view! {
        <article class="card" part="card">
            <div class="head">
                <span class="code" part="code">{code.clone()}</span>
                <h2 class="title" part="title">{lang.t(Msg::ServerText)}</h2>
            </div>
            <pre class="sample">{explained.text.clone()}</pre>
            {explained.provider.map(|p| view! {
                <section class="section" part="section"><h3>{lang.t(Msg::Provider)}</h3><p>{p}</p></section>
            })}
            {(!warnings.is_empty()).then(|| view! {
                <section class="section warning" part="section">
                    <h3>{lang.t(Msg::Warnings)}</h3>
                    <ul>{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                </section>
            })}
        </article>
    });
    view! {
        {summary}
        {cards.map(|e| view! { <Card entry=e lang=lang variant=variant /> }).collect_view()}
        {unknown.map(|r| view! { <Message resolved=r lang=lang /> })}
    }
    .into_any()
}

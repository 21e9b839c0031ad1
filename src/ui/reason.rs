//! The card of a bounce reason: what it means, when you see it, what to do (for the sender and
//! for the receiving admin), common causes, the codes that usually come with it.

use super::card::CodeList;
use super::prose::{prose_items, Prose};
use crate::catalog::{ReasonCard, TL};
use crate::i18n::{Lang, Msg};
use leptos::either::Either;
use leptos::prelude::*;

fn list(items: TL, lang: Lang, ordered: bool) -> impl IntoView {
    let lis = prose_items(items, lang);
    if ordered {
        Either::Left(view! { <ol>{lis}</ol> })
    } else {
        Either::Right(view! { <ul>{lis}</ul> })
    }
}

#[component]
pub fn ReasonCardView(card: &'static ReasonCard, lang: Lang) -> impl IntoView {
    view! {
        <article class="card reason" part="card">
            <div class="head">
                <span class="code" part="code">{card.name}</span>
                <h2 class="title" part="title">{card.title.get(lang)}</h2>
            </div>
            <section class="section" part="section">
                <h3>{lang.t(Msg::AboutReason)}</h3>
                <p><Prose text=card.description lang=lang /></p>
            </section>
            <section class="section" part="section">
                <h3>{lang.t(Msg::WhenYouSeeIt)}</h3>
                <p><Prose text=card.when lang=lang /></p>
            </section>
            <section class="section" part="section">
                <h3>{lang.t(Msg::HowToFix)}</h3>
                <h4>{lang.t(Msg::ForSender)}</h4>
                {list(card.fix_sender, lang, true)}
                {(!card.fix_admin.is_empty()).then(|| view! {
                    <h4>{lang.t(Msg::ForAdmin)}</h4>
                    {list(card.fix_admin, lang, true)}
                })}
            </section>
            <section class="section" part="section">
                <h3>{lang.t(Msg::Causes)}</h3>
                {list(card.causes, lang, false)}
            </section>
            {(!card.codes.is_empty()).then(|| view! {
                <section class="section" part="section">
                    <h3>{lang.t(Msg::Related)}</h3>
                    <CodeList codes=card.codes.iter().map(str::to_string).collect() />
                </section>
            })}
        </article>
    }
}

//! The card of a glossary term: its definition, why it matters for delivery, the codes it comes
//! with and the related terms.

use super::card::CodeList;
use super::prose::Prose;
use super::CodeLinks;
use crate::catalog::{self, Term};
use crate::i18n::{Lang, Msg};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn TermCard(term: Option<&'static Term>, slug: String, lang: Lang) -> impl IntoView {
    let Some(t) = term else {
        return Either::Left(view! {
            <article class="card message" part="card">
                <div class="head">
                    <span class="code" part="code">{slug}</span>
                    <p class="title" part="title">{lang.t(Msg::NoSuchTerm)}</p>
                </div>
            </article>
        });
    };
    let links = CodeLinks::here();
    let see = t.see.iter().filter_map(catalog::term).map(move |s| match links {
        CodeLinks::Hash => Either::Left(view! { <li><a href=format!("#/glossary/{}", s.slug)>{s.title.get(lang)}</a></li> }),
        CodeLinks::Text => Either::Right(view! { <li>{s.title.get(lang)}</li> }),
    });
    Either::Right(view! {
        <article class="card term" part="card">
            <div class="head">
                <h2 class="title" part="title">{t.title.get(lang)}</h2>
            </div>
            <section class="section" part="section">
                <h3>{lang.t(Msg::TermDefinition)}</h3>
                <p><Prose text=t.definition lang=lang /></p>
            </section>
            <section class="section" part="section">
                <h3>{lang.t(Msg::WhyItMatters)}</h3>
                <p><Prose text=t.why lang=lang /></p>
            </section>
            {(!t.codes.is_empty()).then(|| view! {
                <section class="section" part="section">
                    <h3>{lang.t(Msg::Related)}</h3>
                    <CodeList codes=t.codes.iter().map(str::to_string).collect() />
                </section>
            })}
            {(!t.see.is_empty()).then(|| view! {
                <section class="section" part="section">
                    <h3>{lang.t(Msg::RelatedTerms)}</h3>
                    <ul class="codes terms">{see.collect_view()}</ul>
                </section>
            })}
            {(!t.rfcs.is_empty()).then(|| view! {
                <section class="section" part="section"><h3>{lang.t(Msg::Rfcs)}</h3><p>{t.rfcs.join(" · ")}</p></section>
            })}
        </article>
    })
}

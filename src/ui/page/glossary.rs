//! The glossary (`#/glossary`, `#/glossary/<slug>`) and the guides (`#/guides`, `#/guide/<slug>`):
//! lists, term cards, and guides whose example replies render as live cards.

use super::{shown, Route, Title};
use crate::catalog::{self, Guide};
use crate::i18n::{Lang, Msg};
use crate::ui::card::CodeList;
use crate::ui::{Variant, Widget};
use crate::widget;
use leptos::prelude::*;

#[component]
pub fn Glossary(lang: Lang) -> impl IntoView {
    let mut terms: Vec<&'static catalog::Term> = catalog::TERMS.iter().collect();
    terms.sort_by_key(|t| t.title.get(lang).to_lowercase());
    view! {
        <h1>{lang.t(Msg::Glossary)}</h1>
        <p class="note">{lang.t(Msg::GlossaryIntro)}</p>
        <ul class="hits glossary">
            {terms.into_iter().map(|t| view! {
                <li><a href=Route::Term(t.slug.into()).hash()><span class="hit-title">{t.title.get(lang)}</span></a></li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn TermPage(slug: String, lang: Lang) -> impl IntoView {
    let name = catalog::term(&slug).map_or(slug.clone(), |t| t.title.get(lang).to_string());
    view! {
        <Title text=format!("{}: {name}", lang.t(Msg::Glossary)) hidden=true />
        {shown(widget::model_with_term("", "", "", &slug), lang, slug.clone())}
    }
}

#[component]
pub fn Guides(lang: Lang) -> impl IntoView {
    view! {
        <h1>{lang.t(Msg::Guides)}</h1>
        <p class="note">{lang.t(Msg::GuidesIntro)}</p>
        <ul class="guides">
            {catalog::GUIDES.iter().map(|g| view! {
                <li>
                    <a href=Route::Guide(g.slug.into()).hash()>{g.title.get(lang)}</a>
                    <p>{g.summary.get(lang)}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn GuidePage(slug: String, lang: Lang) -> impl IntoView {
    let Some(g) = catalog::guide(&slug) else {
        return view! { <h1>{lang.t(Msg::Guides)}</h1><p class="note">{lang.t(Msg::NoSuchGuide)}</p> }.into_any();
    };
    view! { <GuideView guide=g lang=lang /> }.into_any()
}

/// A guide: its sections, each followed by its example replies as cards.
#[component]
fn GuideView(guide: &'static Guide, lang: Lang) -> impl IntoView {
    view! {
        <article class="guide">
            <h1>{guide.title.get(lang)}</h1>
            <p class="lede">{guide.summary.get(lang)}</p>
            {guide.sections.iter().map(|s| view! {
                <section>
                    <h2>{s.heading.get(lang)}</h2>
                    {s.body.get(lang).split("\n\n").map(|p| view! { <p>{p.to_string()}</p> }).collect_view()}
                    {(!s.examples.is_empty()).then(|| view! {
                        <div class="examples" role="group" aria-label=lang.t(Msg::GuideExamples)>
                            {s.examples.iter().map(|r| view! {
                                <Widget model=widget::model("", "", r) lang=lang variant=Variant::Compact theme="auto" input=r.to_string() />
                            }).collect_view()}
                        </div>
                    })}
                </section>
            }).collect_view()}
            <section class="guide-links">
                <h2>{lang.t(Msg::Related)}</h2>
                <CodeList codes=guide.codes.iter().map(str::to_string).collect() />
                <h2>{lang.t(Msg::RelatedTerms)}</h2>
                <ul class="codes terms">
                    {guide.terms.iter().filter_map(catalog::term).map(|t| view! {
                        <li><a href=Route::Term(t.slug.into()).hash()>{t.title.get(lang)}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        </article>
    }
}

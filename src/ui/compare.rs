//! A comparison of two codes: the table of their computed facts, our written text for the pairs
//! people confuse, and the two cards side by side.

use super::card::{Card, Message};
use super::prose::{prose_items, Prose};
use super::Variant;
use crate::compare::Comparison;
use crate::entry::{Resolved, State};
use crate::i18n::{self, Lang, Msg};
use leptos::either::EitherOf3;
use leptos::prelude::*;

#[component]
pub fn ComparisonView(
    a: Resolved,
    b: Resolved,
    comparison: Option<Comparison>,
    lang: Lang,
    variant: Variant,
) -> impl IntoView {
    let Some(c) = comparison else {
        // Say what is wrong with each side that is not a known code.
        let messages = [a, b]
            .into_iter()
            .filter(|r| r.state != State::Ready)
            .map(|r| view! { <Message resolved=r lang=lang /> })
            .collect_view();
        return EitherOf3::A(messages);
    };
    let heading = format!("{} {} {}", c.a.code, lang.t(Msg::Versus), c.b.code);
    if variant == Variant::Badge {
        return EitherOf3::B(view! { <span class="badge" part="card"><span class="code" part="code">{heading}</span></span> });
    }
    let rows = c.rows.clone();
    let written = c.written;
    let (a_code, b_code) = (c.a.code.clone(), c.b.code.clone());
    EitherOf3::C(view! {
        <article class="card" part="card">
            <div class="head"><h2 class="title code" part="title">{heading}</h2></div>
            {written.map(|w| view! { <p><Prose text=w.summary lang=lang /></p> })}
            <section class="section" part="section">
                <table class="compare">
                    <thead><tr><th>{lang.t(Msg::Aspect)}</th><th>{a_code}</th><th>{b_code}</th></tr></thead>
                    <tbody>
                        {rows.into_iter().map(|r| view! {
                            <tr class:differs=r.differs>
                                <th>{i18n::aspect(lang, &r.a)}</th>
                                <td>{i18n::fact(lang, &r.a)}</td>
                                <td>{i18n::fact(lang, &r.b)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                {(c.differences().count() == 0).then(|| view! { <p class="note">{lang.t(Msg::SameEverywhere)}</p> })}
            </section>
            {written.map(|w| view! {
                <section class="section" part="section">
                    <h3>{lang.t(Msg::KeyDifferences)}</h3>
                    <ul>{prose_items(w.differences, lang)}</ul>
                </section>
                <section class="section" part="section">
                    <h3>{lang.t(Msg::WhenWhich)}</h3>
                    <p><Prose text=w.when_which lang=lang /></p>
                </section>
            })}
        </article>
        <div class="pair">
            <Card entry=c.a lang=lang variant=Variant::Compact />
            <Card entry=c.b lang=lang variant=Variant::Compact />
        </div>
    })
}

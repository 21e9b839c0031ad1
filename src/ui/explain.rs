//! An explained reply, bounce, log or notification: the verdict first (hard or soft, the reason,
//! one line on what to do), then one row per recipient, then what the server said and the cards
//! of its codes and of the reason.

use super::card::{Card, Message};
use super::reason::ReasonCardView;
use super::Variant;
use crate::bounce::Recipient;
use crate::catalog;
use crate::entry::State;
use crate::explanation::Explanation;
use crate::i18n::{self, Lang, Msg};
use crate::reason::Bounce;
use leptos::either::EitherOf3;
use leptos::prelude::*;

#[component]
pub fn ReplyCard(view: Explanation, lang: Lang, variant: Variant, #[prop(optional)] input: String) -> impl IntoView {
    if view.state() == State::Invalid {
        return EitherOf3::A(view! {
            <article class="card message" part="card">
                <p class="title" part="title">{lang.t(Msg::NotInReply)}</p>
                {(!input.trim().is_empty()).then(|| view! { <pre class="sample">{input.clone()}</pre> })}
                <p class="note">{lang.t(Msg::HintNotACode)}</p>
            </article>
        });
    }
    let verdict = view.reason.map(|r| view! { <Verdict reason=r bounce=view.bounce lang=lang variant=variant /> });
    if variant == Variant::Badge {
        return EitherOf3::B(view! {
            <span class=format!("badge {}", tone(view.bounce)) part="card">
                <span class="code" part="code">{view.code().to_string()}</span>
                <span class="title" part="title">{view.reason.map(|r| r.name())}</span>
            </span>
        });
    }
    let recipients = (!view.recipients.is_empty())
        .then(|| view! { <RecipientTable recipients=view.recipients.clone() lang=lang /> });
    let Explanation { reply, resolved, tags, reason, .. } = view;
    let code = resolved.code.clone();
    let cards = resolved.entries.clone().into_iter().chain(tags);
    // Codes the reply carries that the catalog lacks.
    let unknown = (!resolved.unknown.is_empty()).then_some(resolved);
    let warnings: Vec<&'static str> = reply.warnings.iter().map(|&w| i18n::warning(lang, w)).collect();
    let said = (!reply.text.is_empty()).then(|| {
        view! {
            <article class="card" part="card">
                <div class="head">
                    <span class="code" part="code">{code.clone()}</span>
                    <h2 class="title" part="title">{lang.t(Msg::ServerText)}</h2>
                </div>
                <pre class="sample">{reply.text.clone()}</pre>
                {reply.provider.map(|p| view! {
                    <section class="section" part="section"><h3>{lang.t(Msg::Provider)}</h3><p>{p}</p></section>
                })}
                {(!warnings.is_empty()).then(|| view! {
                    <section class="section warning" part="section">
                        <h3>{lang.t(Msg::Warnings)}</h3>
                        <ul>{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                    </section>
                })}
            </article>
        }
    });
    let reason_card = (variant == Variant::Full)
        .then(|| reason.and_then(catalog::reason))
        .flatten()
        .map(|c| view! { <ReasonCardView card=c lang=lang /> });
    EitherOf3::C(view! {
        {verdict}
        {recipients}
        {said}
        {cards.map(|e| view! { <Card entry=e lang=lang variant=variant /> }).collect_view()}
        {unknown.map(|r| view! { <Message resolved=r lang=lang /> })}
        {reason_card}
    })
}

fn tone(b: Option<Bounce>) -> &'static str {
    match b {
        Some(Bounce::Hard) => "tone-permanent",
        Some(Bounce::Soft) => "tone-transient",
        None => "tone-success",
    }
}

/// Hard or soft, the reason, and what to do, in one glance (`part="verdict"`).
#[component]
fn Verdict(reason: crate::reason::Reason, bounce: Option<Bounce>, lang: Lang, variant: Variant) -> impl IntoView {
    let card = catalog::reason(reason);
    view! {
        <article class=format!("card verdict {}", tone(bounce)) part="verdict">
            <div class="head">
                <h2 class="title" part="title">{i18n::verdict(lang, bounce)}</h2>
            </div>
            <p class="verdict-reason">
                <span class="label">{lang.t(Msg::Reason)} ": "</span>
                <strong>{card.map(|c| c.title.get(lang))}</strong>
                " " <span class="code reason-name">{reason.name()}</span>
            </p>
            {(variant != Variant::Badge).then(|| card.map(|c| view! { <p class="todo">{c.summary.get(lang)}</p> }))}
        </article>
    }
}

/// One row per recipient: address, codes, reason, verdict, remote server, status.
#[component]
fn RecipientTable(recipients: Vec<Recipient>, lang: Lang) -> impl IntoView {
    view! {
        <section class="card recipients" part="section">
            <h3 class="section-title">{lang.t(Msg::Recipients)}</h3>
            <div class="scroll">
                <table class="compare">
                    <thead>
                        <tr>
                            <th>{lang.t(Msg::Address)}</th>
                            <th>{lang.t(Msg::Codes)}</th>
                            <th>{lang.t(Msg::Reason)}</th>
                            <th>{lang.t(Msg::Verdict)}</th>
                            <th>{lang.t(Msg::RemoteHost)}</th>
                            <th>{lang.t(Msg::Action)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {recipients.into_iter().map(|r| {
                            let codes = [r.basic.map(|b| b.to_string()), r.enhanced.map(|e| e.to_string())]
                                .into_iter().flatten().collect::<Vec<_>>().join(" ");
                            let verdict = match r.bounce {
                                Some(Bounce::Hard) => lang.t(Msg::Hard),
                                Some(Bounce::Soft) => lang.t(Msg::Soft),
                                None => "—",
                            };
                            view! {
                                <tr class=tone(r.bounce)>
                                    <td class="addr">{r.address}</td>
                                    <td class="mono">{codes}</td>
                                    <td class="mono">{r.reason.map(|x| x.name())}</td>
                                    <td>{verdict}</td>
                                    <td class="mono">{r.remote_host.unwrap_or_default()}</td>
                                    <td>{r.action.as_deref().map(|a| i18n::action(lang, a).to_string())}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

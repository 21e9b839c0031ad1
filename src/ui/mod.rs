//! The Leptos components that render the core's models: a code's card, a comparison, an
//! explained reply, and the root that wraps them with `data-state` and `data-code`.

pub mod card;
pub mod compare;
#[cfg(feature = "explain")]
pub mod explain;
#[cfg(feature = "page")]
pub mod page;
pub mod prose;
pub mod reason;
pub mod term;

use crate::i18n::Lang;
use crate::widget::{Content, Model};
use leptos::either::EitherOf4;
use leptos::prelude::*;

/// `style.css`, minified by the build. The page's wasm carries it; the package's entries bundle it
/// from `target/text/style.js` (www/element.js).
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));

/// How much a card shows (the element's `variant`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Variant {
    #[default]
    Full,
    Compact,
    Badge,
}

impl Variant {
    pub fn parse(s: &str) -> Variant {
        match s.trim().to_ascii_lowercase().as_str() {
            "compact" => Variant::Compact,
            "badge" => Variant::Badge,
            _ => Variant::Full,
        }
    }
}

/// Colours: `light`, `dark`, or `auto` (follows `prefers-color-scheme`).
pub fn theme(s: &str) -> &'static str {
    match s.trim().to_ascii_lowercase().as_str() {
        "light" => "light",
        "dark" => "dark",
        _ => "auto",
    }
}

/// Whether codes inside a card link to the page's `#/code` routes (the standalone page) or stay
/// plain text (an element embedded in someone else's page, whose URL is not ours).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeLinks {
    Hash,
    Text,
}

impl CodeLinks {
    /// The kind of links the surrounding view asked for; always text in the package's wasm, which
    /// has no page to link to (and so carries no link views).
    pub fn here() -> CodeLinks {
        #[cfg(feature = "page")]
        return use_context::<CodeLinks>().unwrap_or(CodeLinks::Text);
        #[cfg(not(feature = "page"))]
        CodeLinks::Text
    }
}

/// The outermost element of a widget: it carries `data-state` and `data-code` (DESIGN.md).
#[component]
pub fn Widget(
    model: Model,
    lang: Lang,
    variant: Variant,
    theme: &'static str,
    #[prop(optional)] input: String,
) -> impl IntoView {
    let Model { state, code, content } = model;
    let class = match variant {
        Variant::Full => "smtp-root full",
        Variant::Compact => "smtp-root compact",
        Variant::Badge => "smtp-root badge-root",
    };
    view! {
        // `data-text-lang`: the language of the content (English under Japanese labels), whose
        // term definitions an element loads.
        <div class=class data-state=state.as_str() data-code=code data-theme=theme lang=lang.tag() data-text-lang=lang.content().tag()>
            // Labels in this language, content in English: said once, in this language.
            {(lang.content() != lang && variant != Variant::Badge && state == crate::entry::State::Ready).then(|| view! {
                <p class="note content-lang">{lang.t(crate::i18n::Msg::ContentInEnglish)}</p>
            })}
            {match content {
                Content::Code(r) => EitherOf4::A(view! { <card::Resolution resolved=r lang=lang variant=variant input=input /> }),
                Content::Compare(c) => EitherOf4::B(view! {
                    <compare::ComparisonView a=c.a b=c.b comparison=c.comparison lang=lang variant=variant />
                }),
                #[cfg(feature = "explain")]
                Content::Reply(r) => EitherOf4::C(view! { <explain::ReplyCard view=*r lang=lang variant=variant input=input /> }),
                // The lean wasm never builds a reply model: the element asks for the full one.
                #[cfg(not(feature = "explain"))]
                Content::Reply(_) => EitherOf4::C(()),
                Content::Term(t, slug) => EitherOf4::D(view! { <term::TermCard term=t slug=slug lang=lang /> }),
            }}
        </div>
    }
}

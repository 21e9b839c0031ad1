//! The explain view: a box to paste a reply, a bounce or log lines into, and a file input and
//! drop zone for a bounce message (`.eml`).

use super::{go, shown, Route, Title};
use crate::explanation;
use crate::i18n::{Lang, Msg};
use crate::widget;
use leptos::prelude::*;

/// A box to paste a reply, a bounce or log lines into, whose explanation follows the URL (so it
/// can be shared), and a file input and drop zone for a bounce message (`.eml`), read as bytes so
/// that each MIME part is decoded by its own charset. A file's explanation stays off the URL.
#[component]
pub fn ExplainPage(reply: String, lang: Lang) -> impl IntoView {
    let text = RwSignal::new(reply.clone());
    let file = RwSignal::new(None::<Vec<u8>>);
    let dragging = RwSignal::new(false);
    let read = move |f: web_sys::File| {
        leptos::task::spawn_local(async move {
            if let Ok(buf) = wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await {
                file.set(Some(js_sys::Uint8Array::new(&buf).to_vec()));
            }
        });
    };
    let explained = move || match file.get() {
        Some(bytes) => {
            Some(shown(widget::explained(explanation::explain_bytes(&bytes)), lang, String::new()).into_any())
        }
        None => {
            (!reply.trim().is_empty()).then(|| shown(widget::model("", "", &reply), lang, reply.clone()).into_any())
        }
    };
    view! {
        <Title text=lang.t(Msg::Explain).to_string() />
        <form class="explain" class:dragging=move || dragging.get()
            on:submit=move |ev| {
                ev.prevent_default();
                file.set(None);
                go(&Route::Explain(text.get_untracked()));
            }
            on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                dragging.set(false);
                if let Some(f) = ev.data_transfer().and_then(|d| d.files()).and_then(|fs| fs.get(0)) {
                    read(f);
                }
            }
        >
            <label for="reply">{lang.t(Msg::PasteReply)}</label>
            <textarea id="reply" name="reply" rows="6" spellcheck="false"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <div class="explain-actions">
                <button type="submit">{lang.t(Msg::Explain)}</button>
                <label class="file">
                    <span>{lang.t(Msg::OpenFile)}</span>
                    <input type="file" name="eml" accept=".eml,message/rfc822,text/plain"
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            if let Some(f) = input.files().and_then(|fs| fs.get(0)) {
                                read(f);
                            }
                        }
                    />
                </label>
            </div>
            <p class="note">{lang.t(Msg::DropHint)}</p>
        </form>
        {explained}
    }
}

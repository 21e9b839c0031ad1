//! smtp-code explains SMTP reply codes. The core (`catalog`, `code`, `entry`, `compare`, `reply`,
//! `search`, `i18n`) is plain Rust, tested natively; the widget (`ui`, `element`, `api`) renders it
//! with Leptos in the browser.

pub mod bounce;
pub mod catalog;
pub mod code;
pub mod compare;
pub mod entry;
pub mod explanation;
pub mod i18n;
pub mod reason;
pub mod record;
pub mod reply;
pub mod search;
pub mod tally;
pub mod text;
pub mod widget;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod element;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Runs when the wasm loads: on the standalone page, mounts the app (the package's entry modules
/// define `<smtp-code>` with `www/element.js`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    #[cfg(feature = "explain")]
    bounce::decode::set_decoder(api::text_decoder);
    #[cfg(feature = "page")]
    ui::page::mount();
}

// Talc instead of Rust's default dlmalloc: a few KB less wasm on every page (issue 9).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

// smtp-code-widget: importing this module registers <smtp-code> and exposes the JS API. The lean
// wasm (cards, comparisons, terms) is a real .wasm file next to this module, compiled while it
// streams in; the full one (the explainer as well) is loaded only when something is explained; the
// text comes in chunks (text/<lang>-<part>.js) as cards need them. Everything is found relative to
// this module, so it works from a bundler, a CDN path or a plain folder. A page whose
// Content-Security-Policy allows no fetch (no connect-src) imports smtp-code-widget/strict instead.
import init, * as wasm from "./smtp_code.js";
import { defineElement } from "./element.js";
import { api } from "./api.js";

let full;
/** The full wasm's exports, loaded on the first call. */
const explainer = () =>
  (full ??= import("./smtp_code_full.js").then(async (m) => {
    await m.default({ module_or_path: new URL("./smtp_code_full_bg.wasm", import.meta.url) });
    return m;
  }));

/** Resolves once the wasm is loaded and <smtp-code> is defined. */
export const ready = init({ module_or_path: new URL("./smtp_code_bg.wasm", import.meta.url) }).then(() =>
  defineElement(wasm, explainer),
);
// Where the wasm cannot load (no network to the file, or Node by mistake), whoever awaits `ready`
// or calls the API sees why; an import alone raises no unhandled rejection.
ready.catch(() => {});

export const { lookup, compare, explain, term, codes, terms } = api(wasm, ready, explainer);

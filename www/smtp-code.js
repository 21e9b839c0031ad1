// smtp-code-widget: importing this module registers <smtp-code> and exposes the JS API. The lean
// wasm (cards, comparisons, terms) is a real .wasm file next to this module, compiled while it
// streams in; the full one (the explainer as well) is loaded only when something is explained; the
// text comes in chunks (text/<lang>-<part>.js) as cards need them. Everything is found relative to
// this module, so it works from a bundler, a CDN path or a plain folder. A page whose
// Content-Security-Policy allows no fetch (no connect-src) imports smtp-code-widget/strict instead.
import { defineElement } from "./element.js";
import { api, explainsAlready } from "./api.js";

// Each `new URL("…", import.meta.url)` is written out whole: that is the form bundlers (Vite,
// webpack) recognise to ship the .wasm file.
const load = (glue, url) =>
  glue.then(async (m) => {
    await m.default({ module_or_path: url });
    return m;
  });
let full;
/** The full wasm's exports, loaded on the first call. */
const explainer = () =>
  (full ??= load(import("./smtp_code_full.js"), new URL("./smtp_code_full_bg.wasm", import.meta.url)));
// A page whose HTML already explains something needs the full wasm anyway: it loads that alone.
const wasm = explainsAlready()
  ? explainer()
  : load(import("./smtp_code.js"), new URL("./smtp_code_bg.wasm", import.meta.url));

/** Resolves once the wasm is loaded and <smtp-code> is defined. */
export const ready = wasm.then((m) => defineElement(m, explainer));
// Where the wasm cannot load (no network to the file, or Node by mistake), whoever awaits `ready`
// or calls the API sees why; an import alone raises no unhandled rejection.
ready.catch(() => {});

export const { lookup, compare, explain, term, codes, terms } = api(wasm, ready, explainer);

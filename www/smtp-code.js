// smtp-code-widget: importing this module registers <smtp-code> and exposes the JS API.
// The wasm is found next to this file (import.meta.url), so the package works from a bundler,
// a CDN path or a plain folder, with no set-up and no network beyond its own files.
import init, * as wasm from "./smtp_code.js";

let loaded = false;

/** Resolves once the wasm is loaded and <smtp-code> is defined. */
export const ready = init({ module_or_path: new URL("./smtp_code_bg.wasm", import.meta.url) }).then(() => {
  loaded = true;
  wasm.define();
});

// Before `ready`, the API answers as for input it cannot read: null, or an entry-less result.
const emptyExplanation = (text) => ({
  basicCode: null, enhancedCode: null, basic: null, enhanced: null,
  text: typeof text === "string" ? text : "", lines: [], provider: null, tags: [], warnings: [],
});

/** One catalog entry for a code such as "221", "5.7.26" or "550 5.7.26"; null if unknown. */
export function lookup(code, lang) {
  return loaded ? wasm.lookup(code, lang) : null;
}

/** The comparison of two codes; null unless both are known. */
export function compare(a, b, lang) {
  return loaded ? wasm.compare(a, b, lang) : null;
}

/** A raw server reply or bounce explained; never throws. */
export function explain(reply, lang) {
  return loaded ? wasm.explain(reply, lang) : emptyExplanation(reply);
}

/** Every code in the catalog, as strings. */
export function codes() {
  return loaded ? wasm.codes() : [];
}

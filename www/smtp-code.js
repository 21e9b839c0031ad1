// smtp-code-widget: importing this module registers <smtp-code> and exposes the JS API.
// The wasm comes with the package as a JS module next to this one (smtp_code_wasm.js, compressed),
// so it loads from a bundler, a CDN path or a plain folder alike, with no set-up, and under a
// strict Content-Security-Policy that allows scripts from 'self' but no fetch.
import init, * as wasm from "./smtp_code.js";
import packed from "./smtp_code_wasm.js";

let loaded = false;

async function wasmBytes() {
  const deflated = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const stream = new Blob([deflated]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).arrayBuffer();
}

/** Resolves once the wasm is loaded and <smtp-code> is defined. */
export const ready = wasmBytes()
  .then((bytes) => init({ module_or_path: bytes }))
  .then(() => {
    loaded = true;
    wasm.define();
  });

// Before `ready`, the API answers as for input it cannot read: null, or an entry-less result.
const emptyExplanation = (text) => ({
  basicCode: null, enhancedCode: null, basic: null, enhanced: null,
  text: typeof text === "string" ? text : "", lines: [], provider: null, tags: [], warnings: [],
  reason: null, bounce: null, recipients: [], shape: "reply", todo: null,
});

/** One catalog entry for a code such as "221", "5.7.26" or "550 5.7.26"; null if unknown. */
export function lookup(code, lang) {
  return loaded ? wasm.lookup(code, lang) : null;
}

/** The comparison of two codes; null unless both are known. */
export function compare(a, b, lang) {
  return loaded ? wasm.compare(a, b, lang) : null;
}

/** A reply, a bounce (text, or a .eml file's bytes), log lines or an SES notification explained; never throws. */
export function explain(reply, lang) {
  return loaded ? wasm.explain(reply, lang) : emptyExplanation(reply);
}

/** Every code in the catalog, as strings. */
export function codes() {
  return loaded ? wasm.codes() : [];
}

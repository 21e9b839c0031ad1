// smtp-code-widget/strict: the same element and API as smtp-code.js, for pages whose
// Content-Security-Policy allows scripts from 'self' and 'wasm-unsafe-eval' but no fetch (no
// connect-src): each wasm comes inside a JS module (deflate-raw, base64) instead of a .wasm file.
// It is some 15% larger on the wire than the .wasm with brotli; text chunks load as in the main entry.
import { defineElement } from "./element.js";
import { api, explainsAlready } from "./api.js";

async function wasmBytes(packed) {
  const deflated = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const stream = new Blob([deflated]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).arrayBuffer();
}
const load = (glue, packed) =>
  Promise.all([glue, packed]).then(async ([m, p]) => {
    await m.default({ module_or_path: await wasmBytes(p.default) });
    return m;
  });
let full;
/** The full wasm's exports, loaded on the first call. */
const explainer = () => (full ??= load(import("./smtp_code_full.js"), import("./smtp_code_full_wasm.js")));
// As in smtp-code.js: a page whose HTML already explains something loads the full wasm alone.
const wasm = explainsAlready() ? explainer() : load(import("./smtp_code.js"), import("./smtp_code_wasm.js"));

/** Resolves once the wasm is loaded and <smtp-code> is defined. */
export const ready = wasm.then((m) => defineElement(m, explainer));
// As in smtp-code.js: a failure reaches those who await `ready`, not the unhandled-rejection handler.
ready.catch(() => {});

export const { lookup, compare, explain, term, codes, terms } = api(wasm, ready, explainer);

// smtp-code-widget/strict: the same element and API as smtp-code.js, for pages whose
// Content-Security-Policy allows scripts from 'self' and 'wasm-unsafe-eval' but no fetch (no
// connect-src): each wasm comes inside a JS module (deflate-raw, base64) instead of a .wasm file.
// It is some 15% larger on the wire than the .wasm with brotli; text chunks load as in the main entry.
import init, * as wasm from "./smtp_code.js";
import packed from "./smtp_code_wasm.js";
import { defineElement } from "./element.js";
import { api } from "./api.js";

async function wasmBytes(packed) {
  const deflated = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const stream = new Blob([deflated]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).arrayBuffer();
}

let full;
/** The full wasm's exports, loaded on the first call. */
const explainer = () =>
  (full ??= Promise.all([import("./smtp_code_full.js"), import("./smtp_code_full_wasm.js")]).then(
    async ([m, packed]) => {
      await m.default({ module_or_path: await wasmBytes(packed.default) });
      return m;
    },
  ));

/** Resolves once the wasm is loaded and <smtp-code> is defined. */
export const ready = wasmBytes(packed)
  .then((bytes) => init({ module_or_path: bytes }))
  .then(() => defineElement(wasm, explainer));
// As in smtp-code.js: a failure reaches those who await `ready`, not the unhandled-rejection handler.
ready.catch(() => {});

export const { lookup, compare, explain, term, codes, terms } = api(wasm, ready, explainer);

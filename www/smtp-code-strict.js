// smtp-code-widget/strict: the same element and API as smtp-code.js, for pages whose
// Content-Security-Policy allows scripts from 'self' and 'wasm-unsafe-eval' but no fetch (no
// connect-src): each wasm comes inside a JS module (deflate-raw, base64) instead of a .wasm file.
// It is some 15% larger on the wire than the .wasm with brotli; text chunks load as in the main entry.
import { start } from "./api.js";
import { fetchEarly } from "./hints.js";

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

// A page whose HTML already explains something needs the full wasm anyway: it loads that alone.
let full;
const explainer = () => (full ??= load(import("./smtp_code_full.js"), import("./smtp_code_full_wasm.js")));
const explains = typeof document !== "undefined" && document.querySelector("smtp-code[reply]") !== null;
const wasm = explains ? explainer() : load(import("./smtp_code.js"), import("./smtp_code_wasm.js"));

// The chunks the page's cards need, fetched beside the wasm.
const early = fetchEarly();

/** `ready` resolves once the wasm is loaded and <smtp-code> is defined. */
export const { ready, lookup, compare, explain, term, codes, terms } = start(wasm, explainer, early);

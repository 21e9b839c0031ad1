// smtp-code-widget: importing this module registers <smtp-code> and exposes the JS API. The lean
// wasm (cards, comparisons, terms) is a real .wasm file next to this module, compiled while it
// streams in; the full one (the explainer as well) is loaded only when something is explained; the
// text comes in chunks (text/<lang>-<part>.js) as cards need them. Everything is found relative to
// this module, so it works from a bundler, a CDN path or a plain folder. A page whose
// Content-Security-Policy allows no fetch (no connect-src) imports smtp-code-widget/strict instead.
import { start } from "./api.js";
// api.js imports it too: named here, it is fetched beside api.js rather than after it.
import "./element.js";

// The wasm is fetched and compiled while its glue (and the glue's own import) still load: the
// module, not its URL, goes to the glue. A server that does not send application/wasm defeats
// streaming compilation; the bytes are compiled then.
const load = (glue, url) => {
  const response = fetch(url);
  const module = WebAssembly.compileStreaming(response.then((r) => r.clone())).catch(() =>
    response.then((r) => r.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)),
  );
  return Promise.all([glue, module]).then(async ([m, module_or_path]) => {
    await m.default({ module_or_path });
    return m;
  });
};

// Each `new URL("…", import.meta.url)` and `import("…")` is written out whole: that is the form
// bundlers (Vite, webpack) recognise to ship the file. `ready` resolves once the wasm is loaded and
// <smtp-code> is defined.
export const { ready, lookup, compare, explain, term, codes, terms } = start(
  () => load(import("./smtp_code.js"), new URL("./smtp_code_bg.wasm", import.meta.url)),
  () => load(import("./smtp_code_full.js"), new URL("./smtp_code_full_bg.wasm", import.meta.url)),
);

// smtp-code-widget: importing this module registers <smtp-code> and exposes the JS API. The lean
// wasm (cards, comparisons, terms) is a real .wasm file next to this module, compiled while it
// streams in; the full one (the explainer as well) is loaded only when something is explained; the
// text comes in chunks (text/<lang>-<part>.js) as cards need them. Everything is found relative to
// this module, so it works from a bundler, a CDN path or a plain folder. A page whose
// Content-Security-Policy allows no fetch (no connect-src) imports smtp-code-widget/strict instead.
//
// Nothing is fetched before this module runs (what it imports statically is bundled into it in the
// package, and so is the lean wasm's glue, with text.js): it starts the wasm and the text its cards
// need at once, instead of one after another.
import { fetchEarly } from "./hints.js";

// The wasm is fetched and compiled while its glue loads (the lean wasm's glue is in this file,
// the full one's a file of its own): the module, not its URL, goes to the glue. A server that does
// not send application/wasm defeats streaming compilation; the bytes are compiled then.
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
// bundlers (Vite, webpack) recognise to ship the file. A page whose HTML already explains
// something needs the full wasm anyway: it loads that alone.
let full;
const explainer = () =>
  (full ??= load(import("./smtp_code_full.js"), new URL("./smtp_code_full_bg.wasm", import.meta.url)));
const explains = typeof document !== "undefined" && document.querySelector("smtp-code[reply]") !== null;
const wasm = explains ? explainer() : load(import("./smtp_code.js"), new URL("./smtp_code_bg.wasm", import.meta.url));
// The chunks the page's cards need, after the wasm: a browser opens only so many connections to a
// host at once.
const early = fetchEarly();
// A wasm that cannot load is reported where it is awaited (`ready`, an API call), not as an
// unhandled rejection while this module waits for api.js.
wasm.catch(() => {});
const api = import("./api.js").then(({ start }) => start(wasm, explainer, early));
let started = null;
api.then((a) => { started = a; }, () => {});

/** Resolves once the wasm is loaded and <smtp-code> is defined. */
export const ready = api.then((a) => a.ready);
// An import alone raises no unhandled rejection; whoever awaits `ready` or calls the API sees why.
ready.catch(() => {});
export const lookup = (...args) => api.then((a) => a.lookup(...args));
export const compare = (...args) => api.then((a) => a.compare(...args));
export const explain = (...args) => api.then((a) => a.explain(...args));
export const term = (...args) => api.then((a) => a.term(...args));
/** Every code in the catalog ([] until `ready`). */
export const codes = () => (started ? started.codes() : []);
/** Every glossary term's slug ([] until `ready`). */
export const terms = () => (started ? started.terms() : []);

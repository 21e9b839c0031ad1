// smtp-code-widget: importing this module registers <smtp-code> and exposes the JS API. The wasm
// is a real .wasm file next to this module, compiled while it streams in; the text comes in
// chunks (text/<lang>-<part>.js) as cards need them. Everything is found relative to this module,
// so it works from a bundler, a CDN path or a plain folder. A page whose Content-Security-Policy
// allows no fetch (no connect-src) imports smtp-code-widget/strict instead.
import init, * as wasm from "./smtp_code.js";
import { api } from "./api.js";

/** Resolves once the wasm is loaded and <smtp-code> is defined. */
export const ready = init({ module_or_path: new URL("./smtp_code_bg.wasm", import.meta.url) }).then(() => {});
// Where the wasm cannot load (no network to the file, or Node by mistake), whoever awaits `ready`
// or calls the API sees why; an import alone raises no unhandled rejection.
ready.catch(() => {});

export const { lookup, compare, explain, term, codes, terms } = api(wasm, ready);

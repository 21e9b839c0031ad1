// Loads the catalog's text chunks (`text/<lang>-<part>.js`, next to the wasm glue) as JS modules:
// import() works under a strict CSP (script-src 'self', no connect-src), and the map of static
// import()s (`text/index.js`, written by the build) lets every bundler ship each chunk as a file of
// its own. Each chunk is loaded once per page and handed to the wasm, which shares it with every
// element.
// This file sits at snippets/<crate>-<hash>/src/text.js: the chunks are three levels up.
import chunks from "../../../text/index.js";

// Per wasm instance (the lean and the full one each keep their own copy), by chunk name.
const loaded = new WeakMap();

export function loadText(names, provide) {
  let loading = loaded.get(provide);
  if (!loading) loaded.set(provide, (loading = new Map()));
  return Promise.all(names.map((name) => {
    let p = loading.get(name);
    if (!p) {
      const load = chunks[name];
      if (!load) return Promise.reject(new Error(`smtp-code: no text chunk ${name}`));
      // import() itself is cached by the browser: the full wasm's copy costs no second download.
      p = load().then(
        (m) => provide(name, m.default),
        (e) => { loading.delete(name); throw e; },
      );
      loading.set(name, p);
    }
    return p;
  }));
}

// Loads the catalog's text chunks (`text/<lang>-<part>.js`, next to the wasm glue) as JS modules:
// import() works under a strict CSP (script-src 'self', no connect-src), and the map of static
// import()s (`text/index.js`, written by the build) lets every bundler ship each chunk as a file of
// its own. Each chunk is loaded once per page and handed to the wasm, which shares it with every
// element.
// This file sits at snippets/<crate>-<hash>/src/text.js: the chunks are three levels up.
import chunks from "../../../text/index.js";

const loading = new Map();

export function loadText(names, provide) {
  return Promise.all(names.map((name) => {
    let p = loading.get(name);
    if (!p) {
      const load = chunks[name];
      if (!load) return Promise.reject(new Error(`smtp-code: no text chunk ${name}`));
      p = load().then(
        (m) => provide(name, m.default),
        (e) => { loading.delete(name); throw e; },
      );
      loading.set(name, p);
    }
    return p;
  }));
}

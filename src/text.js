// Loads the catalog's text chunks (`text/<lang>-<part>.js`, next to the wasm glue) as JS modules:
// import() works under a strict CSP (script-src 'self', no connect-src), and bundlers (Vite,
// webpack, rollup) see the pattern and ship every chunk. Each chunk is loaded once per page and
// handed to the wasm, which shares it with every element.
const loading = new Map();

export function loadText(names, provide) {
  return Promise.all(names.map((name) => {
    let p = loading.get(name);
    if (!p) {
      // This file sits at snippets/<crate>-<hash>/src/text.js: the chunks are three levels up.
      p = import(`../../../text/${name}.js`).then(
        (m) => provide(name, m.default),
        (e) => { loading.delete(name); throw e; },
      );
      loading.set(name, p);
    }
    return p;
  }));
}

// Loads the catalog's text chunks (`text/<lang>-<part>.js`, next to this file and the wasm glue,
// which imports it) as JS modules: import() works under a strict CSP (script-src 'self', no
// connect-src). There is a chunk per code. Served as the package's own files (a plain folder, a
// CDN path, a dev server), this file, or an entry it is bundled into with the lean glue
// (smtp-code.js, smtp-code-strict.js), imports a chunk by its name. In a page's bundle it is
// neither, and goes through the map of static import()s (`text/index.js`, written by the build),
// which every bundler follows to ship each chunk as a file of its own; a page served from the
// package's files never loads that map, which is larger than the chunk it needs. Each chunk is
// loaded once per page and handed to the wasm, which shares it with every element.

/** Whether this runs from the package's own files (not from a page's bundle). */
export const served = /\/(text|smtp-code(-strict)?)\.js$/.test(new URL(import.meta.url).pathname);
/**
 * Where the chunks are, beside this file. A variable, so that no bundler takes the import() below
 * for a pattern to ship: ours would bundle every chunk into the entry; a page's bundler ships
 * them through the map.
 */
const TEXT = "./text/";
/** A chunk's module, by name (`en-550`). */
export const importChunk = (name) =>
  served ? import(TEXT + name + ".js") : import("./text/index.js").then((m) => m.default[name]());

// Per wasm instance (the lean and the full one each keep their own copy), by chunk name.
const loaded = new WeakMap();

export function loadText(names, provide) {
  let loading = loaded.get(provide);
  if (!loading) loaded.set(provide, (loading = new Map()));
  return Promise.all(names.map((name) => {
    let p = loading.get(name);
    if (!p) {
      // Names come from the wasm; the check keeps a path out of the import all the same.
      if (!/^[a-z]{2}-[\w.-]+$/i.test(name)) return Promise.reject(new Error(`smtp-code: no text chunk ${name}`));
      // import() itself is cached by the browser: the full wasm's copy costs no second download.
      p = importChunk(name).then(
        (m) => provide(name, m.default),
        (e) => { loading.delete(name); throw e; },
      );
      loading.set(name, p);
    }
    return p;
  }));
}

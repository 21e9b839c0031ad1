// The text chunks the cards already on the page will ask for, named before the wasm has loaded, so
// that an entry fetches them beside the wasm instead of after it. Only a hint: it covers plain
// `code` cards (550, 5.7.26, 550 5.7.26) and names only chunks that exist (`parts.js`, written by
// the build next to this file in the package's staging folder); whatever it misses, the wasm asks
// for as usual. The rules follow the wasm's: the language of the nearest `lang` (its primary
// subtag; `in` is Indonesian), the content in that language or English, the UI's words in it.
import { CODES, CONTENT, LANGS } from "./parts.js";
import { importChunk, served } from "./text.js";

const codes = new Set(CODES.split(" "));
const content = new Set(CONTENT.split(" "));
const langs = new Set(LANGS.split(" "));
const ENHANCED = /^[245]\.\d{1,3}\.\d{1,3}$/;

/**
 * Starts fetching the chunks the page's cards need, and returns their names. Only from an entry
 * served as the package's own file: in a page's bundle, the chunks are found through text.js's
 * map when they are asked for, and fetched then.
 */
export function fetchEarly() {
  if (typeof document === "undefined" || !served) return [];
  const names = hints(document);
  for (const name of names) importChunk(name).catch(() => {});
  return names;
}

/** The chunk names (`en-550`, `de-X.7.26`, `de-groups`, `de-ui`) the page's cards need. */
function hints(doc) {
  const names = new Set();
  for (const el of doc.querySelectorAll("smtp-code[code]:not([compare]):not([reply]):not([term])")) {
    let tag = (el.closest("[lang]")?.getAttribute("lang") ?? "").trim().split(/[-_]/)[0].toLowerCase();
    if (tag === "in") tag = "id";
    const lang = langs.has(tag) ? tag : "en";
    const words = content.has(lang) ? lang : "en";
    for (const code of el.getAttribute("code").trim().split(/[\s-]+/)) {
      const part = ENHANCED.test(code) ? "X" + code.slice(1) : code;
      if (!codes.has(part)) continue;
      names.add(`${words}-${part}`);
      // An enhanced code's card names its class and subject.
      if (part.startsWith("X.")) names.add(`${words}-groups`);
    }
    if (lang !== "en") names.add(`${lang}-ui`);
  }
  return [...names];
}

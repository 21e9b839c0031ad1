// The JS API of smtp-code-widget and the start-up both entries share (smtp-code.js,
// smtp-code-strict.js, which differ only in how they load a wasm): each call waits for the wasm,
// and for the text chunks it needs (a wasm call that lacks text returns their names; they are
// loaded once and the call is made again).
import { defineElement } from "./element.js";

/**
 * What an entry exports: `ready` and the API. `wasm`: the glue's exports the element and the lean
 * calls use, loading (the lean wasm's, or the full one's on a page that explains from the start);
 * `explainer`: loads the full wasm on its first call, once, and resolves to its glue's exports;
 * `early`: the names of the chunks the entry is fetching already.
 */
export function start(wasm, explainer, early = []) {
  // The chunks the entry fetched early (`fetchEarly` in hints.js) go to the wasm before any card
  // renders: the cards then render at once instead of asking for them first.
  const ready = wasm.then(async (m) => {
    if (early.length) await m.load(early).catch(() => {});
    defineElement(m, explainer);
  });
  // Where the wasm cannot load (no network to the file, or Node by mistake), whoever awaits
  // `ready` or calls the API sees why; an import alone raises no unhandled rejection.
  ready.catch(() => {});
  return { ready, ...api(wasm, ready, explainer) };
}

/**
 * `wasm`: resolves to the glue's exports the element and the lean calls use; `ready`: resolves once
 * it is loaded and <smtp-code> defined; `explainer`: resolves to the full glue's exports (it loads
 * them), which alone can explain.
 */
function api(wasm, ready, explainer) {
  let loaded = null;
  wasm.then((m) => { loaded = m; }, () => {});
  const withText = async (call, module) => {
    for (let round = 0; round < 3; round++) {
      const r = call(module);
      if (!Array.isArray(r)) return r;
      try { await module.load(r); } catch { return null; }
    }
    return null;
  };
  const lean = async (call) => { await ready; return withText(call, await wasm); };
  const full = async (call) => { await ready; return withText(call, await explainer()); };
  const emptyExplanation = (text) => ({
    basicCode: null, enhancedCode: null, basic: null, enhanced: null,
    text: typeof text === "string" ? text : "", lines: [], provider: null, tags: [], warnings: [],
    reason: null, bounce: null, recipients: [], shape: "reply", todo: null,
  });
  return {
    /** One catalog entry for a code such as "221", "5.7.26" or "550 5.7.26"; null if unknown. */
    lookup: (code, lang) => lean((w) => w.lookup(code, lang)),
    /** The comparison of two codes; null unless both are known. */
    compare: (a, b, lang) => lean((w) => w.compare(a, b, lang)),
    /** A reply, a bounce (text, or a .eml file's bytes), log lines or an SES notification; never rejects. */
    explain: async (input, lang) => (await full((w) => w.explain(input, lang))) ?? emptyExplanation(input),
    /** A glossary term by its slug; null if there is none. */
    term: (slug, lang) => lean((w) => w.term(slug, lang)),
    /** Every code in the catalog, as strings ([] until `ready`). */
    codes: () => (loaded ? loaded.codes() : []),
    /** Every glossary term's slug ([] until `ready`). */
    terms: () => (loaded ? loaded.terms() : []),
  };
}

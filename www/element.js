// The <smtp-code> class: a thin shell around the wasm. Attribute changes in one task are coalesced
// into one render in a microtask. A render whose text chunks are not loaded yet returns their
// names instead: the light-DOM text stays visible while they load, and the element renders once
// they are there, with the attributes it has by then. The wasm renders into the open shadow root
// and dispatches `smtp-code-render`. Kept in JS because a class that extends HTMLElement cannot be
// written in Rust.
//
// Two wasm modules stand behind it: the lean one (cards, comparisons, terms) that every page loads,
// and the full one (the explainer as well), loaded the first time an element has a `reply`. An
// element that needed the full one renders with it from then on.
import css from "./style.js";
import { importChunk } from "./text.js";

/**
 * The cards' stylesheet, which every shadow root adopts: parsed as this module runs, while the
 * wasm is still on its way, rather than at the first render. (`style.js` is src/ui/style.css,
 * minified by the build; there is no stylesheet to make in Node.)
 */
const sheet = typeof CSSStyleSheet === "function" ? new CSSStyleSheet() : null;
sheet?.replaceSync(css);

/** The attributes that are also properties (`el.code = "421"`); `lang` is HTMLElement's own. */
const PROPERTIES = ["code", "compare", "reply", "term", "theme", "variant"];

/** The short definitions of a language's glossary terms, by term number: loaded on first use. */
const definitions = new Map();
function definition(lang, n) {
  let all = definitions.get(lang);
  if (!all) {
    all = importChunk(`${lang}-defs`).then((m) => m.default.split("\x1e"));
    all.catch(() => definitions.delete(lang));
    definitions.set(lang, all);
  }
  // Text 0 of a chunk is the empty one.
  return all.then((texts) => texts[n + 1] ?? "");
}

/**
 * A click on a glossary term in a card (a button, term number `data-term`) shows its short
 * definition inline after it, or hides it again: one listener per element, not one per term. The
 * definition is set as text, never as markup, and becomes the term's title for later hovers.
 */
function toggleTerm(event) {
  const term = event.composedPath().find((n) => n instanceof HTMLButtonElement && n.dataset.term !== undefined);
  if (!term) return;
  const open = term.getAttribute("aria-expanded") === "true";
  term.setAttribute("aria-expanded", String(!open));
  if (open) {
    if (term.nextElementSibling?.classList.contains("term-def")) term.nextElementSibling.remove();
    return;
  }
  const note = document.createElement("span");
  note.className = "term-def";
  note.setAttribute("role", "note");
  term.after(note);
  const lang = term.closest("[data-text-lang]")?.dataset.textLang ?? "en";
  definition(lang, Number(term.dataset.term)).then(
    (text) => { note.textContent = text; term.title = text; },
    () => note.remove(),
  );
}

/**
 * Resolves once `needs` are loaded and every chunk any element asked for meanwhile is too: cards
 * that wait for text render together, so a page of many cards lays out once rather than once
 * per chunk. Rejects if `needs` cannot be loaded.
 */
const pending = new Set();
async function loaded(wasm, needs) {
  const load = wasm.load(needs);
  pending.add(load);
  const done = () => pending.delete(load);
  load.then(done, done);
  await load;
  while (pending.size) await Promise.allSettled([...pending]);
}

/**
 * Defines <smtp-code> (once). `first`: the glue's exports every element starts with
 * (`renderElement`, `forgetElement`, `load`): the lean wasm's, or the full one's on a page that
 * explains from the start; `explainer`: resolves to the full wasm's exports, loading it on the
 * first call.
 */
export function defineElement(first, explainer) {
  // No DOM (Node, a worker): the API works, there is no element to define.
  if (typeof customElements === "undefined" || customElements.get("smtp-code")) return;
  class SmtpCode extends HTMLElement {
    static get observedAttributes() {
      return ["code", "compare", "reply", "term", "lang", "theme", "variant"];
    }
    constructor() {
      super();
      this.addEventListener("click", toggleTerm);
      // A framework may have set a property before the element was defined: it shadows the
      // accessor, so it is taken off and set again through it.
      for (const name of PROPERTIES) {
        if (Object.hasOwn(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      }
    }
    connectedCallback() { this.#schedule(); }
    attributeChangedCallback() { if (this.isConnected) this.#schedule(); }
    disconnectedCallback() {
      // A move within the page disconnects and reconnects in one task: keep the render then.
      queueMicrotask(() => { if (!this.isConnected) this.#wasm.forgetElement(this); });
    }
    #wasm = first;
    #queued = false;
    #waiting = 0;
    /** Renders again (the language of an ancestor changed). */
    refresh() { if (this.isConnected) this.#schedule(); }
    #schedule() {
      if (this.#queued) return;
      this.#queued = true;
      queueMicrotask(() => {
        this.#queued = false;
        if (!this.isConnected) return;
        const needs = this.#wasm.renderElement(this, sheet);
        if (!needs) return;
        // Only the latest wait renders: attributes that changed meanwhile are read then.
        const mine = ++this.#waiting;
        const again = () => { if (mine === this.#waiting) this.#schedule(); };
        if (needs === "explain") {
          explainer().then((full) => {
            this.#wasm.forgetElement(this);
            this.#wasm = full;
            again();
          }, () => {});
        } else {
          loaded(this.#wasm, needs).then(again, () => {});
        }
      });
    }
  }
  // Each property reflects its attribute: null or undefined removes it.
  for (const name of PROPERTIES) {
    Object.defineProperty(SmtpCode.prototype, name, {
      get() { return this.getAttribute(name); },
      set(value) { if (value == null) this.removeAttribute(name); else this.setAttribute(name, String(value)); },
      configurable: true,
      enumerable: true,
    });
  }
  customElements.define("smtp-code", SmtpCode);
  // `lang` follows the nearest ancestor's lang live: when any lang attribute changes (the page's
  // <html lang> switching), every element without its own re-renders.
  new MutationObserver(() => {
    for (const el of document.querySelectorAll("smtp-code:not([lang])")) el.refresh?.();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["lang"], subtree: true });
}

// The <smtp-code> class: a thin shell around the wasm. Attribute changes in one task are coalesced
// into one render in a microtask. A render whose text chunks are not loaded yet returns their
// names instead: the light-DOM text stays visible while they load, and the element renders once
// they are there, with the attributes it has by then. The wasm renders into the open shadow root
// and dispatches `smtp-code-render`. Kept in JS because a class that extends HTMLElement cannot be
// written in Rust.
export function defineElement(render, forget, load) {
  if (customElements.get("smtp-code")) return;
  class SmtpCode extends HTMLElement {
    static get observedAttributes() {
      return ["code", "compare", "reply", "term", "lang", "theme", "variant"];
    }
    connectedCallback() { this.#schedule(); }
    attributeChangedCallback() { if (this.isConnected) this.#schedule(); }
    disconnectedCallback() {
      // A move within the page disconnects and reconnects in one task: keep the render then.
      queueMicrotask(() => { if (!this.isConnected) forget(this); });
    }
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
        const needs = render(this);
        if (!needs) return;
        // Only the latest wait renders: attributes that changed meanwhile are read then.
        const mine = ++this.#waiting;
        load(needs).then(() => { if (mine === this.#waiting) this.#schedule(); }, () => {});
      });
    }
  }
  customElements.define("smtp-code", SmtpCode);
  // `lang` follows the nearest ancestor's lang live: when any lang attribute changes (the page's
  // <html lang> switching), every element without its own re-renders.
  new MutationObserver(() => {
    for (const el of document.querySelectorAll("smtp-code:not([lang])")) el.refresh?.();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["lang"], subtree: true });
}

// The <smtp-code> class: a thin shell around the wasm. Attribute changes in one task are coalesced
// into one render in a microtask; the wasm renders into the open shadow root and dispatches
// `smtp-code-render`. Kept in JS because a class that extends HTMLElement cannot be written in Rust.
export function defineElement(render, forget) {
  if (customElements.get("smtp-code")) return;
  class SmtpCode extends HTMLElement {
    static get observedAttributes() {
      return ["code", "compare", "reply", "lang", "theme", "variant"];
    }
    connectedCallback() { this.#schedule(); }
    attributeChangedCallback() { if (this.isConnected) this.#schedule(); }
    disconnectedCallback() {
      // A move within the page disconnects and reconnects in one task: keep the render then.
      queueMicrotask(() => { if (!this.isConnected) forget(this); });
    }
    #queued = false;
    #schedule() {
      if (this.#queued) return;
      this.#queued = true;
      queueMicrotask(() => {
        this.#queued = false;
        if (this.isConnected) render(this);
      });
    }
  }
  customElements.define("smtp-code", SmtpCode);
}

// The widget on a page served with a strict Content-Security-Policy: it renders, the API works,
// and the browser reports no violation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve, browser, openPage, unpackedPackage, ROOT } from "./harness.mjs";

const POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

test("works under default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'", async () => {
  const pkg = unpackedPackage();
  const server = await serve(
    { "/pkg/": pkg.dir, "/fixtures/": join(ROOT, "tests/e2e/fixtures") },
    () => ({ "content-security-policy": POLICY }),
  );
  const b = await browser();
  try {
    const page = await openPage(b, `${server.url}/fixtures/csp.html`);
    await page.waitForFunction(() => document.body.dataset.ready === "yes" &&
      [...document.querySelectorAll("smtp-code")].every((el) => el.shadowRoot?.firstElementChild));
    const r = await page.evaluate(() => ({
      violations: window.violations,
      states: [...document.querySelectorAll("smtp-code")].map((el) => el.shadowRoot.firstElementChild.dataset.state),
      codes: [...document.querySelectorAll("smtp-code")].map((el) => el.shadowRoot.firstElementChild.dataset.code),
      // The adopted stylesheet applies: a card has its border radius and padding.
      styled: getComputedStyle(document.querySelector("smtp-code").shadowRoot.querySelector(".card")).paddingTop,
      explained: window.explained.basicCode + " " + window.explained.enhancedCode,
    }));
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.states, ["ready", "ready", "ready", "ready"]);
    assert.deepEqual(r.codes, ["221", "421 450", "550 5.7.26", "5.7.1"]);
    assert.equal(r.styled, "14px");
    assert.equal(r.explained, "421 4.7.0");
    assert.deepEqual(page.errors, []);
  } finally {
    await b.close();
    server.close();
  }
});

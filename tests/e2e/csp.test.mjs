// The widget on pages served with a strict Content-Security-Policy: the strict entry needs no
// connect-src, the main one needs connect-src 'self' for its .wasm; each renders, the API works, and
// the browser reports no violation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve, browser, openPage, unpackedPackage, ROOT } from "./harness.mjs";

const POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** The CSP fixture page under `policy`, loading `entry`: what rendered, and what the browser refused. */
async function underPolicy(policy, entry) {
  const pkg = unpackedPackage();
  const server = await serve(
    { "/pkg/": pkg.dir, "/fixtures/": join(ROOT, "tests/e2e/fixtures") },
    () => ({ "content-security-policy": policy }),
  );
  const b = await browser();
  try {
    const page = await openPage(b, `${server.url}/fixtures/csp.html?entry=${entry}`);
    await page.waitForFunction(() => document.body.dataset.ready === "failed" || (document.body.dataset.ready === "yes" &&
      [...document.querySelectorAll("smtp-code")].every((el) => el.shadowRoot?.firstElementChild)));
    return await page.evaluate(() => ({
      ready: document.body.dataset.ready,
      violations: window.violations,
      states: [...document.querySelectorAll("smtp-code")].map((el) => el.shadowRoot?.firstElementChild?.dataset.state),
      codes: [...document.querySelectorAll("smtp-code")].map((el) => el.shadowRoot?.firstElementChild?.dataset.code),
      // The adopted stylesheet applies: a card has its border radius and padding.
      styled: document.querySelector("smtp-code").shadowRoot && getComputedStyle(document.querySelector("smtp-code").shadowRoot.querySelector(".card")).paddingTop,
      explained: window.explained && window.explained.basicCode + " " + window.explained.enhancedCode,
      errors: [],
    })).then((r) => ({ ...r, errors: page.errors }));
  } finally {
    await b.close();
    server.close();
  }
}

test("the strict entry works under default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'", async () => {
  const r = await underPolicy(POLICY, "smtp-code-strict.js");
  assert.deepEqual(r.violations, []);
  assert.deepEqual(r.states, ["ready", "ready", "ready", "ready"]);
  assert.deepEqual(r.codes, ["221", "421 450", "550 5.7.26", "5.7.1"]);
  assert.equal(r.styled, "14px");
  assert.equal(r.explained, "421 4.7.0");
  assert.deepEqual(r.errors, []);
});

test("the main entry works with connect-src 'self' added, and without it says why it cannot", async () => {
  const ok = await underPolicy(`${POLICY}; connect-src 'self'`, "smtp-code.js");
  assert.deepEqual(ok.violations, []);
  assert.deepEqual(ok.states, ["ready", "ready", "ready", "ready"]);
  assert.equal(ok.explained, "421 4.7.0");
  assert.deepEqual(ok.errors, []);
  // Without connect-src the fetch of the .wasm is refused: ready rejects, the fallback text stays.
  const blocked = await underPolicy(POLICY, "smtp-code.js");
  assert.equal(blocked.ready, "failed");
  assert.ok(blocked.violations.some((v) => v.includes("connect-src")), JSON.stringify(blocked.violations));
});

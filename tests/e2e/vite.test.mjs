// A Vite 7 app (tests/vite-app) that npm-installs the packed tarball, imports the package, builds,
// and whose built page renders a card and calls the API, in headless Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { serve, browser, openPage, unpackedPackage, ROOT } from "./harness.mjs";

const npm = (cwd, ...args) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, stdio: "inherit" });

test("a Vite app installs the tarball, builds, and its page renders a card and calls lookup", async () => {
  const { tarball } = unpackedPackage();
  // Work in target/ (ignored by git); keep its node_modules between runs so vite installs once.
  const app = join(ROOT, "target/vite-app");
  mkdirSync(app, { recursive: true });
  for (const f of ["package.json", "index.html", "main.js"]) {
    cpSync(join(ROOT, "tests/vite-app", f), join(app, f));
  }
  if (!existsSync(join(app, "node_modules/vite"))) npm(app, "install");
  npm(app, "install", "--no-save", tarball);
  rmSync(join(app, "dist"), { recursive: true, force: true });
  execFileSync(join(app, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], { cwd: app, stdio: "inherit" });

  const server = await serve({ "/": join(app, "dist") });
  const b = await browser();
  try {
    const page = await openPage(b, server.url);
    await page.waitForFunction(() => document.querySelector("#result").textContent !== "");
    const r = await page.evaluate(() => {
      const root = document.querySelector("#card").shadowRoot.firstElementChild;
      return {
        result: JSON.parse(document.querySelector("#result").textContent),
        state: root.dataset.state,
        code: root.dataset.code,
        lang: root.lang,
        text: root.textContent,
      };
    });
    assert.equal(r.state, "ready");
    assert.equal(r.code, "550 5.7.26");
    assert.equal(r.lang, "de", "the page's lang");
    assert.match(r.text, /So beheben Sie es/);
    // German content, from a text chunk Vite bundled.
    assert.equal(r.result.lang, "de");
    assert.match(r.result.title, /Übertragungskanal/i);
    assert.equal(r.result.outcomeLabel, "Erfolg");
    assert.equal(r.result.explained, "421 4.7.0 Google");
    assert.ok(r.result.codes > 120);
    assert.deepEqual(page.errors, []);
  } finally {
    await b.close();
    server.close();
  }
});

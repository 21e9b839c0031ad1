// The docs-site plugins, for real: a unified/remark pipeline and a VitePress site, each installing
// the packed tarball, turn the ```smtp fences of tests/e2e/fixtures/fences.md into <smtp-code>
// elements whose fallback text is in the built HTML; hostile fence content stays text; the pages
// render ready cards in headless Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { serve, browser, openPage, unpackedPackage, ROOT } from "./harness.mjs";

const npm = (cwd, ...args) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, stdio: "inherit" });
const FENCES = join(ROOT, "tests/e2e/fixtures/fences.md");
const HOSTILE = `"><script>window.hacked = 1</script><img src=x onerror="window.hacked = 2"> {{ 7 * 7 }} \${7*7}`;
const REPLY = "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.\n"
  + "550 5.7.26 Please contact the administrator of example.com domain - gsmtp";

/** Copies a fixture app into target/ (kept between runs, so npm installs once) and installs the tarball. */
function app(name) {
  const { tarball } = unpackedPackage();
  const dir = join(ROOT, "target", name);
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, "tests", name), dir, { recursive: true });
  if (!existsSync(join(dir, "node_modules/.package-lock.json"))) npm(dir, "install");
  npm(dir, "install", "--no-save", tarball);
  return dir;
}

/** What the built HTML must say without JavaScript. */
function assertFallbacks(html) {
  for (const text of [
    "SMTP 550: Requested action not taken: mailbox unavailable",
    "SMTP 550 5.7.26: ",
    "SMTP S3140: ",
    "SMTP 221: Service closing transmission channel",
    "Greylisting",
  ]) {
    assert.ok(html.includes(text), `fallback text ${JSON.stringify(text)}`);
  }
  // Markup characters may stand in a quoted attribute value; outside the values, none may.
  const outside = html.replace(/="[^"]*"/g, '=""');
  assert.doesNotMatch(outside, /<script>window\.hacked/, "fence content never becomes markup");
  assert.doesNotMatch(outside, /<img src=x/);
  assert.ok(!html.includes("```smtp") && !html.includes("language-smtp"), "no smtp fence left as code");
  assert.ok(html.includes("language-js"), "other fences untouched");
}

/** Opens `url`, waits for every <smtp-code> to render, and checks what each shows. */
async function assertRendered(url) {
  const b = await browser();
  try {
    const page = await openPage(b, url);
    await page.waitForFunction(() => {
      const els = [...document.querySelectorAll("smtp-code")];
      return els.length >= 7 && els.every((e) => e.shadowRoot?.firstElementChild?.dataset.state);
    }, null, { timeout: 30_000 });
    const shown = await page.evaluate(() => [...document.querySelectorAll("smtp-code")].map((e) => ({
      attrs: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
      state: e.shadowRoot.firstElementChild.dataset.state,
      code: e.shadowRoot.firstElementChild.dataset.code,
    })));
    const by = (k, v) => shown.find((s) => s.attrs[k] === v);
    assert.equal(by("code", "550")?.state, "ready");
    assert.equal(by("code", "550 5.7.26")?.state, "ready");
    assert.equal(by("code", "S3140")?.state, "ready");
    assert.equal(by("compare", "250")?.code, "221 250");
    assert.equal(by("term", "greylisting")?.state, "ready");
    assert.equal(by("reply", REPLY)?.code, "550 5.7.26", "the reply's newlines are kept");
    // The hostile fence: its text is the attribute, exactly, and nothing ran.
    assert.equal(by("reply", HOSTILE)?.state, "invalid");
    assert.equal(await page.evaluate(() => window.hacked), undefined);
    assert.equal(await page.evaluate(() => document.querySelectorAll("img[src=x]").length), 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await b.close();
  }
}

test("remark: a unified pipeline turns smtp fences into <smtp-code> with fallback text", async () => {
  const dir = app("remark-app");
  const html = execFileSync("node", ["build.mjs", FENCES], { cwd: dir, encoding: "utf8" });
  assertFallbacks(html);
  assert.ok(html.includes('<smtp-code code="550">SMTP 550: Requested action not taken: mailbox unavailable</smtp-code>'), html);
  assert.ok(html.includes('<smtp-code code="221" compare="250">'));
  assert.ok(html.includes('<smtp-code term="greylisting">Greylisting</smtp-code>'));
  // A page of that HTML, with the package loaded as a plain page would.
  const site = join(dir, "site");
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site);
  writeFileSync(join(site, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>remark</title>
<script type="module" src="/pkg/smtp-code.js"></script></head><body>${html}</body></html>`);
  const server = await serve({ "/pkg/": unpackedPackage().dir, "/": site });
  try {
    await assertRendered(server.url);
  } finally {
    server.close();
  }
});

test("VitePress: a site with the markdown-it plugin builds, says the fallback text, and renders ready cards", async () => {
  const dir = app("vitepress-site");
  cpSync(FENCES, join(dir, "docs/index.md"));
  rmSync(join(dir, "docs/.vitepress/dist"), { recursive: true, force: true });
  execFileSync(join(dir, "node_modules/.bin/vitepress"), ["build", "docs"], { cwd: dir, stdio: "inherit" });
  const dist = join(dir, "docs/.vitepress/dist");
  const html = readFileSync(join(dist, "index.html"), "utf8");
  assertFallbacks(html);
  assert.ok(html.includes("{{ 7 * 7 }}") || html.includes("&#123;&#123; 7 * 7 &#125;&#125;"), "Vue did not evaluate {{ }} from a fence");
  assert.ok(!html.includes(">49<") && !html.includes(" 49 "), "no expression was evaluated");
  const server = await serve({ "/": dist });
  try {
    await assertRendered(server.url);
  } finally {
    server.close();
  }
});

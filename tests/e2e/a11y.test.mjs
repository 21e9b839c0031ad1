// The standalone page (dist/) is accessible: axe-core finds no violation on any view in the light
// and the dark scheme, each view has one <h1> and no skipped heading level, and search, browsing
// and the comparison picker work from the keyboard alone, with a visible focus.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { standalonePage } from "./harness.mjs";
import { CORPUS } from "./corpus.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

const POSTFIX_LINE = "Jan 12 10:31:02 mx1 postfix/smtp[2718]: 4F1A22C0D1: to=<kijitora@example.net>, "
  + "relay=mx.example.net[192.0.2.25]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.25] "
  + "said: 550 5.1.1 <kijitora@example.net>: Recipient address rejected: User unknown in local recipient table "
  + "(in reply to RCPT TO command))";
const BOUNCE = join(CORPUS, "emails", "lhost-postfix-01.eml");

// Each view and what shows that it has rendered.
const VIEWS = [
  ["home", "#/", "main .hits"],
  ["a card", "#/550", "main .smtp-root[data-code='550'][data-state=ready]"],
  ["an enhanced code", "#/5.7.26", "main .smtp-root[data-code='5.7.26'][data-state=ready]"],
  ["a comparison", "#/221/vs/250", "main .smtp-root[data-code='221 250'][data-state=ready]"],
  ["explain, empty", "#/explain/", "main form.explain"],
  ["explain a Postfix log line", `#/explain/${encodeURIComponent(POSTFIX_LINE)}`, "main [part=verdict]"],
  ["explain a whole bounce", () => `#/explain/${encodeURIComponent(readFileSync(BOUNCE, "utf8"))}`, "main .recipients"],
  ["an unknown code", "#/299", "main .smtp-root[data-state=unknown]"],
  ["the glossary", "#/glossary", "main .glossary"],
  ["a term", "#/glossary/greylisting", "main .smtp-root[data-code=greylisting][data-state=ready]"],
  ["the guides", "#/guides", "main .guides"],
  ["a guide", "#/guide/4xx-vs-5xx", "main .guide .examples .smtp-root[data-state=ready]"],
];

let server, page, close;

before(async () => {
  ({ server, page, close } = await standalonePage());
});

after(async () => {
  assert.deepEqual(await close?.(), []);
});

async function open(hash, ready = ".smtp-root.page[data-ready]") {
  await page.goto(`${server.url}/${hash}`);
  await page.waitForSelector(".smtp-root.page[data-ready]");
  await page.waitForSelector(ready);
}

/** axe's violations on the whole document (it walks open shadow roots too), one line per node. */
async function violations() {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary.replace(/\s+/g, " ")}`),
  })));
  return found.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.help}\n    ${v.nodes.slice(0, 8).join("\n    ")}`);
}

/** The headings in document order, light DOM and open shadow roots alike: [level, text]. */
const headings = () => page.evaluate(() => {
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll("*")) {
      const m = el.tagName.match(/^H([1-6])$/);
      if (m && el.getClientRects().length) out.push([+m[1], el.textContent.trim()]);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return out;
});

for (const scheme of ["light", "dark"]) {
  for (const [name, hash, ready] of VIEWS) {
    test(`${scheme}: ${name} has no axe violation, one h1 and no skipped heading level`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(typeof hash === "function" ? hash() : hash, ready);
      assert.equal(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches), scheme === "dark");
      const found = await violations();
      assert.equal(found.length, 0, `axe, ${scheme}, ${name}:\n  ${found.join("\n  ")}`);
      const hs = await headings();
      assert.equal(hs.filter(([l]) => l === 1).length, 1, `one h1: ${JSON.stringify(hs)}`);
      assert.equal(hs[0][0], 1, `the h1 comes first: ${JSON.stringify(hs)}`);
      hs.slice(1).forEach(([l, t], i) => assert.ok(l <= hs[i][0] + 1, `h${hs[i][0]} "${hs[i][1]}" then h${l} "${t}"`));
    });
  }
}

// ---- The keyboard alone.

/** What has the focus, through shadow roots: a short description and its computed outline. */
const focused = () => page.evaluate(() => {
  let e = document.activeElement;
  while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
  if (!e || e === document.body) return null;
  const s = getComputedStyle(e);
  return {
    tag: e.tagName.toLowerCase(), type: e.getAttribute("type"), name: e.getAttribute("name"),
    href: e.getAttribute("href"), text: e.textContent.trim(),
    outline: { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor },
  };
});

/** Presses Tab until `wanted(focused)` holds; fails after `max` presses. */
async function tabTo(wanted, what, max = 60) {
  for (let i = 0; i <= max; i++) {
    const f = await focused();
    if (f && wanted(f)) return f;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached ${what}`);
}

/** A fresh load of a view (not a hash change), with the focus at the top of the page: the next Tab
 *  goes to its first control, as on a page without the search field's autofocus. */
async function fromTop(hash, ready) {
  await page.goto("about:blank");
  await open(hash, ready);
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute("tabindex");
  });
}

function assertVisibleFocus(f, scheme) {
  assert.equal(f.outline.style, "solid", `${scheme}: a focused ${f.tag} shows an outline`);
  assert.ok(f.outline.width >= 2, `${scheme}: the outline is ${f.outline.width}px`);
}

for (const scheme of ["light", "dark"]) {
  test(`${scheme}, keyboard: search for 5.7.26 and open its card`, async () => {
    await page.emulateMedia({ colorScheme: scheme });
    // A fresh load puts the focus in the search field.
    await page.goto("about:blank");
    await open("#/", "main .hits");
    assert.equal((await focused())?.type, "search");
    await fromTop("#/", "main .hits");
    const box = await tabTo((f) => f.type === "search", "the search field");
    assertVisibleFocus(box, scheme);
    await page.keyboard.type("5.7.26");
    await page.waitForFunction(() => [...document.querySelectorAll(".hits .code")].every((e) => e.textContent.includes("7.26")));
    // Arrow down from the field to the first hit, then Enter opens it.
    await page.keyboard.press("ArrowDown");
    const hit = await focused();
    assert.equal(hit.tag, "a");
    assert.match(hit.href, /^#\/.*7\.26/);
    assertVisibleFocus(hit, scheme);
    await page.keyboard.press("Enter");
    await page.waitForFunction((h) => location.hash === h, hit.href);
    await page.waitForSelector("main .smtp-root[data-state=ready][data-code*='7.26']");
    // Enter in the field opens the best hit too.
    await fromTop("#/", "main .hits");
    await tabTo((f) => f.type === "search", "the search field");
    await page.keyboard.type("5.7.26");
    await page.keyboard.press("Enter");
    await page.waitForSelector("main .smtp-root[data-state=ready][data-code*='7.26']");
  });

  test(`${scheme}, keyboard: browse the 4xx class and open a code`, async () => {
    await page.emulateMedia({ colorScheme: scheme });
    await fromTop("#/", "main .hits");
    const shelf = await tabTo((f) => f.tag === "button" && f.text === "4xx", "the 4xx class");
    assertVisibleFocus(shelf, scheme);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => [...document.querySelectorAll(".hits .code")].every((e) => e.textContent.startsWith("4")));
    const link = await tabTo((f) => f.tag === "a" && f.href === "#/421", "the 421 link");
    assertVisibleFocus(link, scheme);
    await page.keyboard.press("Enter");
    await page.waitForSelector("main .smtp-root[data-state=ready][data-code='421']");
    // Within the card, a related code's link opens with Enter too.
    const related = await tabTo((f) => f.tag === "a" && /^#\/\d{3}$/.test(f.href ?? "") && f.href !== "#/421", "a related code");
    assertVisibleFocus(related, scheme);
    await page.keyboard.press("Enter");
    await page.waitForSelector(`main .smtp-root[data-state=ready][data-code='${related.href.slice(2)}']`);
  });

  test(`${scheme}, keyboard: the comparison picker`, async () => {
    await page.emulateMedia({ colorScheme: scheme });
    await fromTop("#/", "main .hits");
    const nav = await tabTo((f) => f.tag === "a" && f.href === "#/221/vs/250", "the Compare link");
    assertVisibleFocus(nav, scheme);
    await page.keyboard.press("Enter");
    await page.waitForSelector("main .smtp-root[data-code='221 250'][data-state=ready]");
    const a = await tabTo((f) => f.name === "a", "the first code");
    assertVisibleFocus(a, scheme);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("450");
    await tabTo((f) => f.name === "b", "the second code", 2);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("550");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash === "#/450/vs/550");
    await page.waitForSelector("main .smtp-root[data-code='450 550'][data-state=ready]");
    // And with the button: back to the picker, change one side, Tab to Compare, press Enter.
    await tabTo((f) => f.name === "b", "the second code");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("452");
    const button = await tabTo((f) => f.tag === "button", "the Compare button", 2);
    assertVisibleFocus(button, scheme);
    await page.keyboard.press("Enter");
    await page.waitForSelector("main .smtp-root[data-code='450 452'][data-state=ready]");
  });
}

// The standalone page as trunk builds it (dist/), in headless Chromium: search, browse by class,
// cards, comparisons, the explainer, deep links and the language switch.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { standalonePage } from "./harness.mjs";
import { CORPUS } from "./corpus.mjs";

let server, page, close;

before(async () => {
  ({ server, page, close } = await standalonePage());
});

after(async () => {
  assert.deepEqual(await close?.(), []);
});

async function open(hash) {
  await page.goto(`${server.url}/${hash}`);
  await page.waitForSelector(".smtp-root.page[data-ready]");
}

const hitCodes = () => page.$$eval(".hits .code", (els) => els.map((e) => e.textContent));

test("the home page lists every code and searches by number and by words", async () => {
  await open("");
  const all = await hitCodes();
  assert.ok(all.includes("221") && all.includes("X.7.26") && all.length > 120, `${all.length} codes`);
  await page.fill("input[type=search]", "quota");
  await page.waitForFunction(() => document.querySelectorAll(".hits .code").length < 60);
  assert.ok((await hitCodes()).includes("552"), "quota finds 552");
  await page.fill("input[type=search]", "45");
  await page.waitForFunction(() => [...document.querySelectorAll(".hits .code")].every((e) => e.textContent.startsWith("45")));
  assert.ok((await hitCodes()).includes("452"));
  await page.fill("input[type=search]", "xyzzy-nothing");
  await page.waitForSelector("text=No code matches.");
});

test("browse by class", async () => {
  await open("");
  await page.click("button:text('4xx')");
  const codes = await hitCodes();
  assert.ok(codes.length >= 10 && codes.every((c) => c.startsWith("4")), codes.join(" "));
  await page.click("button:text('Enhanced')");
  assert.ok((await hitCodes()).every((c) => c.startsWith("X.")));
});

test("a search submitted with Enter opens the best hit's card", async () => {
  await open("");
  await page.fill("input[type=search]", "552");
  await page.press("input[type=search]", "Enter");
  await page.waitForFunction(() => location.hash === "#/552");
  await page.waitForSelector("main .smtp-root[data-code='552'][data-state=ready]");
});

test("deep link to a card: #/221 and #/5.7.26", async () => {
  await open("#/221");
  const view = await page.waitForSelector("main .smtp-root[data-state=ready][data-code='221']");
  assert.match(await view.textContent(), /Service closing transmission channel/);
  await open("#/5.7.26");
  const e = await page.waitForSelector("main .smtp-root[data-state=ready][data-code='5.7.26']");
  assert.match(await e.textContent(), /Multiple authentication checks failed/);
  assert.match(await e.textContent(), /Permanent failure/);
});

test("links between cards follow the hash", async () => {
  await open("#/550");
  await page.click(".codes a[href='#/553']");
  await page.waitForSelector("main .smtp-root[data-code='553']");
});

test("unknown and invalid codes in a deep link", async () => {
  await open("#/299");
  assert.match(await (await page.waitForSelector("main .smtp-root[data-state=unknown]")).textContent(), /Nearest known codes/);
  await open("#/%3Cscript%3E");
  const bad = await page.waitForSelector("main .smtp-root[data-state=invalid]");
  assert.match(await bad.textContent(), /<script>/, "the input is shown as text");
});

test("comparison deep link and picker", async () => {
  await open("#/221/vs/250");
  const v = await page.waitForSelector("main .smtp-root[data-state=ready][data-code='221 250']");
  assert.match(await v.textContent(), /221 vs 250/);
  await page.fill("input[name=a]", "450");
  await page.fill("input[name=b]", "550");
  await page.click("form.picker button");
  await page.waitForFunction(() => location.hash === "#/450/vs/550");
  const w = await page.waitForSelector("main .smtp-root[data-code='450 550']");
  assert.match(await w.textContent(), /retry later/);
});

test("explain: deep link and pasting a reply", async () => {
  const reply = "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n550 5.7.26 Gmail requires all senders to authenticate. - gsmtp";
  await open(`#/explain/${encodeURIComponent(reply)}`);
  const v = await page.waitForSelector("main .smtp-root[data-state=ready][data-code='550 5.7.26']");
  const text = await v.textContent();
  assert.match(text, /Google/);
  assert.match(text, /Multiple authentication checks failed/);
  assert.match(text, /Requested action not taken: mailbox unavailable/);
  await open("#/explain/");
  await page.fill("textarea", "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full");
  await page.click("form.explain button");
  await page.waitForSelector("main .smtp-root[data-code='552 5.2.2']");
  assert.match(decodeURIComponent(await page.evaluate(() => location.hash)), /552 5\.2\.2 Mailbox full/);
});

test("explain: a chosen .eml file and a dropped one, read as bytes", async () => {
  const eml = join(CORPUS, "emails", "lhost-postfix-02.eml");
  await open("#/explain/");
  await page.setInputFiles("form.explain input[type=file]", eml);
  const verdict = await page.waitForSelector("main [part=verdict]");
  assert.match(await verdict.textContent(), /Hard bounce/);
  assert.equal(await page.$$eval("main .recipients tbody tr", (rows) => rows.length), 2);
  // The file stays off the URL.
  assert.equal(await page.evaluate(() => location.hash), "#/explain/");
  // Dropped: an ISO-2022-JP bounce, which the page decodes by its MIME charset.
  await open("#/explain/");
  const japanese = readFileSync(join(CORPUS, "emails", "lhost-domino-02.eml"));
  await page.evaluate((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], "bounce.eml", { type: "message/rfc822" }));
    document.querySelector("form.explain").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [...japanese]);
  const rows = await page.waitForSelector("main .recipients tbody tr");
  assert.match(await rows.textContent(), /kijitora@example\.co\.jp/);
  assert.match(await page.textContent("main"), /ディレクトリには見つかりません/);
});

test("language switch changes the UI and the page's lang", async () => {
  await open("#/421");
  await page.selectOption("select", "de");
  await page.waitForSelector("text=So beheben Sie es");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "de");
  await page.selectOption("select", "ko");
  await page.waitForSelector("text=해결 방법");
  await page.selectOption("select", "id");
  await page.waitForSelector("text=Cara memperbaikinya");
  await page.selectOption("select", "en");
});

test("the glossary: a list, a term's card, and terms linked from a code's card", async () => {
  await open("#/glossary");
  const titles = await page.$$eval("main .glossary a", (as) => as.map((a) => a.textContent));
  assert.ok(titles.length >= 40, `${titles.length} terms`);
  await open("#/glossary/greylisting");
  const card = await page.waitForSelector("main .smtp-root[data-code=greylisting][data-state=ready]");
  assert.match(await card.textContent(), /Why it matters/);
  await open("#/450");
  const link = await page.waitForSelector("main a.term[part=term]");
  const href = await link.getAttribute("href");
  assert.match(href, /^#\/glossary\/[a-z0-9-]+$/);
  await link.click();
  await page.waitForSelector(`main .smtp-root[data-code='${href.split("/").pop()}']`);
});

test("the guides: a list, a guide with its replies as live cards, and guides linked from cards", async () => {
  await open("#/guides");
  const slugs = await page.$$eval("main .guides a", (as) => as.map((a) => a.getAttribute("href")));
  for (const s of ["4xx-vs-5xx", "hard-vs-soft-bounces", "authentication-failures", "rate-limits-and-greylisting", "reading-a-bounce", "blocklists-and-reputation"]) {
    assert.ok(slugs.includes(`#/guide/${s}`), s);
  }
  await open("#/guide/4xx-vs-5xx");
  await page.waitForSelector("main .guide h1");
  const cards = await page.$$eval("main .guide .examples .smtp-root", (rs) => rs.map((r) => r.dataset.state));
  assert.ok(cards.length >= 2 && cards.every((s) => s === "ready"), cards.join(" "));
  await open("#/421");
  const guide = await page.waitForSelector("main .guides-of a");
  assert.match(await guide.getAttribute("href"), /^#\/guide\//);
  await open("#/guide/no-such-guide");
  await page.waitForSelector("text=There is no such guide.");
});

test("the language switch lists all 15 languages, and German content follows it", async () => {
  await open("#/552");
  const options = await page.$$eval("select option", (os) => os.map((o) => o.value));
  assert.equal(options.length, 15);
  await page.selectOption("select", "de");
  await page.waitForSelector(".smtp-root.page[data-ready=de]");
  await page.waitForSelector("text=So beheben Sie es");
  const text = await page.textContent("main");
  assert.doesNotMatch(text, /The recipient's mailbox/);
  await page.selectOption("select", "ja");
  await page.waitForSelector(".smtp-root.page[data-ready=ja]");
  assert.match(await page.textContent("main"), /解説文は英語/);
  await page.selectOption("select", "en");
});

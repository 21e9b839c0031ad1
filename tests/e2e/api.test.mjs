// The JS API (DESIGN.md) from the unpacked tarball, in headless Chromium (and the strict entry in Node): results and bad input.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fixturePage, unpackedPackage } from "./harness.mjs";

let server, b, page;

before(async () => {
  ({ server, b, page } = await fixturePage());
  await page.evaluate(async () => {
    window.api = await import("/pkg/smtp-code.js");
    await window.api.ready;
  });
});

after(async () => {
  const errors = page?.errors;
  await b?.close();
  server?.close();
  assert.deepEqual(errors, []);
});

const call = (fn, ...args) => page.evaluate(([fn, args]) => window.api[fn](...args), [fn, args]);

test("lookup returns an entry with camelCase keys", async () => {
  const e = await call("lookup", "221", "de");
  assert.equal(e.code, "221");
  assert.equal(e.kind, "basic");
  assert.equal(e.class, "2xx");
  assert.equal(e.outcome, "success");
  assert.equal(e.outcomeLabel, "Erfolg");
  assert.equal(e.title, "Dienst schließt den Übertragungskanal");
  assert.equal(e.lang, "de");
  for (const key of ["description", "whenYouSeeIt"]) assert.ok(e[key].length > 20, key);
  for (const key of ["howToFix", "causes", "rfcs", "related"]) assert.ok(Array.isArray(e[key]) && e[key].length > 0, key);
  assert.ok(["none", "low", "medium", "high"].includes(e.severity));
  assert.ok(e.rfcs.some((r) => r.startsWith("RFC 5321")));
});

test("lookup of enhanced codes says transient or permanent by the class digit", async () => {
  const p = await call("lookup", "5.1.1", "en");
  const t = await call("lookup", "4.1.1", "en");
  const x = await call("lookup", "X.1.1", "en");
  assert.equal(p.kind, "enhanced");
  assert.deepEqual([p.code, p.outcome, p.class], ["5.1.1", "permanent", "5.x.x"]);
  assert.deepEqual([t.code, t.outcome, t.class], ["4.1.1", "transient", "4.x.x"]);
  assert.deepEqual([x.code, x.outcome], ["X.1.1", null]);
  assert.equal(p.title, t.title);
  assert.deepEqual(p.groups.map((g) => `${g.code} ${g.title}`), ["5.x.x Permanent Failure", "X.1.x Addressing Status"]);
  assert.deepEqual(x.groups.map((g) => g.code), ["X.1.x"]);
  assert.notEqual(p.classNote, t.classNote);
});

test("lookup of a provider's code or tag", async () => {
  const m = await call("lookup", "5.7.612", "en");
  assert.deepEqual([m.code, m.kind, m.provider, m.outcome], ["5.7.612", "enhanced", "Microsoft", "permanent"]);
  assert.ok(m.sample.includes("5.7.6"), m.sample);
  const y = await call("lookup", "TSS04", "en");
  assert.deepEqual([y.code, y.kind, y.provider], ["TSS04", "provider", "Yahoo"]);
});

test("lookup gives null for unknown and malformed codes", async () => {
  for (const bad of ["299", "hello", "", "5.9.999", "<b>", "550 5.7.26 extra"]) {
    assert.equal(await call("lookup", bad, "en"), null, bad);
  }
});

test("compare returns both entries, differences and when-which", async () => {
  const c = await call("compare", "221", "250", "en");
  assert.equal(c.a.code, "221");
  assert.equal(c.b.code, "250");
  assert.ok(c.differences.length >= 3);
  assert.ok(c.whenWhich.length > 20);
  assert.ok(typeof c.summary === "string");
  const t = await call("compare", "421", "550", "de");
  assert.ok(t.differences.some((d) => d.includes("später erneut versuchen")), t.differences.join("\n"));
  assert.equal(await call("compare", "221", "nope", "en"), null);
});

test("explain finds both codes, the text and the provider", async () => {
  const r = await call("explain", "550-5.7.26 Unauthenticated email from example.com is not accepted\r\n550 5.7.26 due to domain's DMARC policy. - gsmtp", "en");
  assert.equal(r.basicCode, "550");
  assert.equal(r.enhancedCode, "5.7.26");
  assert.equal(r.basic.code, "550");
  assert.equal(r.enhanced.code, "5.7.26");
  assert.equal(r.provider, "Google");
  assert.equal(r.lines.length, 2);
  assert.doesNotMatch(r.text, /550/);
  assert.match(r.text, /Unauthenticated email .* DMARC policy/);
});

test("explain of text without a code is entry-less, not an error", async () => {
  const r = await call("explain", "hello world", "en");
  assert.deepEqual([r.basicCode, r.enhancedCode, r.basic, r.enhanced], [null, null, null, null]);
  assert.ok(Array.isArray(r.lines) && Array.isArray(r.warnings));
});

test("codes lists the catalog", async () => {
  const all = await call("codes");
  for (const c of ["221", "250", "550", "X.7.26", "X.1.1"]) assert.ok(all.includes(c), c);
  assert.ok(all.length > 120);
});

test("no function throws or rejects, whatever the argument", async () => {
  const r = await page.evaluate(async () => {
    const odd = [undefined, null, 42, 550, {}, [], "\u0000", "💥".repeat(1000), "5".repeat(100000)];
    const out = [];
    for (const fn of ["lookup", "compare", "explain", "term"]) {
      for (const a of odd) {
        try { await window.api[fn](a, a, a); out.push("ok"); } catch (e) { out.push(`${fn}(${String(a).slice(0, 20)}) threw ${e}`); }
      }
    }
    return { out, byNumber: (await window.api.lookup(550))?.code ?? null };
  });
  assert.deepEqual(r.out.filter((x) => x !== "ok"), []);
  assert.equal(r.byNumber, "550");
});

test("lookup, compare, explain and term return Promises; codes and terms stay synchronous", async () => {
  const r = await page.evaluate(() => ({
    promises: [window.api.lookup("221"), window.api.compare("221", "250"), window.api.explain("550"), window.api.term("spf")]
      .map((p) => p instanceof Promise),
    codes: Array.isArray(window.api.codes()),
    terms: window.api.terms(),
  }));
  assert.deepEqual(r.promises, [true, true, true, true]);
  assert.equal(r.codes, true);
  for (const slug of ["spf", "dkim", "dmarc", "greylisting", "null-mx", "mta-sts"]) assert.ok(r.terms.includes(slug), slug);
});

test("term() gives a glossary term in the asked language, null for none", async () => {
  const en = await call("term", "greylisting", "en");
  assert.equal(en.slug, "greylisting");
  assert.match(en.description, /temporar/i);
  assert.ok(Array.isArray(en.related) && Array.isArray(en.see));
  const ko = await call("term", "greylisting", "ko");
  assert.equal(ko.lang, "ko");
  assert.notEqual(ko.description, en.description);
  assert.equal(await call("term", "no-such-term", "en"), null);
  // Any case, as the element's term attribute takes it.
  assert.equal((await call("term", " Greylisting ", "en"))?.slug, "greylisting");
});

test("lookup in German gives German content, and in Japanese English content with Japanese labels", async () => {
  const de = await call("lookup", "550", "de");
  const en = await call("lookup", "550", "en");
  const ja = await call("lookup", "550", "ja");
  assert.equal(de.lang, "de");
  assert.notEqual(de.description, en.description);
  assert.deepEqual([ja.lang, ja.description], ["en", en.description]);
  assert.notEqual(ja.outcomeLabel, en.outcomeLabel);
});

test("in Node, the strict entry is the API (no element); the main entry's import alone does not crash", () => {
  const { dir } = unpackedPackage();
  const script = `
    const strict = await import(${JSON.stringify(join(dir, "smtp-code-strict.js"))});
    await strict.ready;
    const entry = await strict.lookup("550", "de");
    const x = await strict.explain("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown");
    console.log(JSON.stringify({ title: entry.title, lang: entry.lang, reason: x.reason, bounce: x.bounce, codes: strict.codes().length }));`;
  const node = (code) => execFileSync("node", ["--input-type=module", "-e", code], { encoding: "utf8" });
  const out = JSON.parse(node(script));
  assert.equal(out.lang, "de");
  assert.match(out.title, /Postfach nicht verfügbar/);
  assert.deepEqual([out.reason, out.bounce], ["userunknown", "hard"]);
  assert.ok(out.codes > 150);
  // Node cannot fetch the .wasm from a file: URL; the call says so, and the process lives on.
  const main = `const main = await import(${JSON.stringify(join(dir, "smtp-code.js"))});
    console.log(await main.lookup("550").then(() => "resolved", () => "rejected"));`;
  assert.equal(node(main).trim(), "rejected");
});

test("strings come back from the wasm as they went in, at every length the glue reads its own way", async () => {
  // The package's glue reads a reply's words, which are no literals of the wasm, as ASCII of up to
  // 6 bytes through a cache keyed by their bytes, other ASCII under 32 bytes char by char, the
  // rest with TextDecoder (scripts/fast-glue.mjs).
  const pieces = ["a", "Z", "~", "\x7f", "\x01", "ü", "한", "日本", "é", "😀"];
  const words = [];
  for (let n = 1; n <= 40; n++) {
    for (const [i, p] of pieces.entries()) words.push(Array.from({ length: n }, (_, k) => (k % 3 === 2 ? p : "abcdefgh"[(k + i) % 8])).join(""));
  }
  // Same bytes in another order and other lengths must not meet in the cache.
  words.push("ab", "ba", "aab", "\x01a", "a\x01", "abcdef", "abcdeg");
  const r = await page.evaluate(async (words) => {
    const out = [];
    for (const w of words) out.push((await window.api.explain(`550 ${w}`)).lines[0] ?? null);
    return out;
  }, words);
  assert.deepEqual(r, words.map((w) => `550 ${w}`));
});

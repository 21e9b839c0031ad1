// Every UI language (catalog/languages.toml): a 550 card, a comparison, an explained reply and a
// term render with no English UI label left, the page follows its <html lang> live, and content
// comes in the four content languages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixturePage, ROOT } from "./harness.mjs";

const words = (tag) => Object.fromEntries(
  readFileSync(join(ROOT, `catalog/ui/${tag}.toml`), "utf8").split("\n")
    .map((l) => l.match(/^(\w+) = "(.*)"$/)).filter(Boolean).map((m) => [m[1], JSON.parse(`"${m[2]}"`)]),
);
const LANGS = [...readFileSync(join(ROOT, "catalog/languages.toml"), "utf8").matchAll(/^tag = "(\w+)"/gm)].map((m) => m[1]);
const EN = words("en");

let server, b, page;
before(async () => { ({ server, b, page } = await fixturePage()); await page.waitForFunction(() => window.place); });
after(async () => {
  const errors = page?.errors;
  await b?.close();
  server?.close();
  assert.deepEqual(errors, []);
});

test("15 languages", () => assert.equal(LANGS.length, 15));

for (const lang of LANGS.filter((l) => l !== "en")) {
  test(`${lang}: a card, a comparison, a bounce and a term with no English label`, async () => {
    const ours = words(lang);
    // English words that this language says differently: none of them may show.
    const english = Object.entries(EN).filter(([k, v]) => ours[k] !== v && v.length > 2).map(([, v]) => v);
    const r = await page.evaluate(async (lang) => {
      const texts = [];
      const seen = [];
      for (const attrs of [{ code: "550" }, { code: "221", compare: "250" }, { reply: "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown" }, { term: "greylisting" }]) {
        const { el, detail } = await window.place({ ...attrs, lang });
        seen.push(detail.state);
        const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent.trim());
        el.remove();
      }
      return { texts, seen };
    }, lang);
    assert.deepEqual(r.seen, ["ready", "ready", "ready", "ready"]);
    const left = r.texts.filter((t) => english.some((e) => t === e || t.startsWith(`${e}:`) || t.startsWith(`${e} ·`)));
    assert.deepEqual(left, [], `${lang}: English labels left`);
    const content = { de: true, ko: true, id: true }[lang];
    const said = r.texts.includes(ours.ContentInEnglish);
    assert.equal(said, !content, content ? "content in its language: no note" : "English content: the note, once");
  });
}

test("an element without lang follows <html lang> when it changes", async () => {
  const r = await page.evaluate(async () => {
    const { el } = await window.place({ code: "421" });
    const next = () => new Promise((ok) => el.addEventListener("smtp-code-render", ok, { once: true }));
    const wait = next();
    document.documentElement.lang = "ko";
    await wait;
    const ko = window.rootOf(el).lang;
    const back = next();
    document.documentElement.lang = "en";
    await back;
    return [ko, window.rootOf(el).lang];
  });
  assert.deepEqual(r, ["ko", "en"]);
});

test("glossary terms in card text: an inline definition in an element, keyboard reachable", async () => {
  const r = await page.evaluate(async () => {
    const { el } = await window.place({ code: "450" });
    const term = el.shadowRoot.querySelector("[part=term]");
    const before = term.getAttribute("aria-expanded");
    term.focus();
    const focused = el.shadowRoot.activeElement === term;
    term.click();
    // The definitions load on the first click.
    const def = term.nextElementSibling;
    for (let i = 0; i < 100 && !def?.textContent; i++) await new Promise((ok) => setTimeout(ok, 20));
    return { tag: term.tagName, before, focused, after: term.getAttribute("aria-expanded"), def: def?.getAttribute("role"), text: def?.textContent };
  });
  assert.deepEqual([r.tag, r.before, r.focused, r.after, r.def], ["BUTTON", "false", true, "true", "note"]);
  assert.ok(r.text.length > 20, r.text);
});

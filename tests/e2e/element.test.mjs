// <smtp-code> in headless Chromium, loaded from the unpacked npm tarball by a script tag.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fixturePage, openPage } from "./harness.mjs";

let server, b, page;

before(async () => {
  ({ server, b, page } = await fixturePage());
  await page.waitForFunction(() => window.place && document.querySelector("#first").shadowRoot?.firstElementChild);
});

after(async () => {
  const errors = page?.errors;
  await b?.close();
  server?.close();
  assert.deepEqual(errors, [], "no error in the page");
});

const place = (attrs) =>
  page.evaluate(async (attrs) => {
    const { el, detail } = await window.place(attrs);
    const root = window.rootOf(el);
    return {
      detail,
      state: root.dataset.state,
      code: root.dataset.code,
      theme: root.dataset.theme,
      lang: root.lang,
      text: root.textContent,
      title: el.shadowRoot.querySelector("[part=title]")?.textContent,
      cards: el.shadowRoot.querySelectorAll("[part=card]").length,
      codes: [...el.shadowRoot.querySelectorAll("[part=code]")].map((c) => c.textContent),
    };
  }, attrs);

test("a card for 221 with its title, class and sections", async () => {
  const r = await place({ code: "221" });
  assert.deepEqual(r.detail, { code: "221", state: "ready" });
  assert.equal(r.state, "ready");
  assert.equal(r.code, "221");
  assert.match(r.title, /closing transmission channel/i);
  assert.match(r.text, /Success/);
  assert.match(r.text, /How to fix it/);
  assert.match(r.text, /Related codes/);
  assert.match(r.text, /RFC 5321/);
});

test("the element in the page's HTML rendered, and its light-DOM text is not shown", async () => {
  const r = await page.evaluate(() => {
    const el = document.querySelector("#first");
    return { state: window.rootOf(el).dataset.state, visible: el.shadowRoot.textContent.includes("SMTP 221") };
  });
  assert.deepEqual(r, { state: "ready", visible: false });
});

test("a comparison of 221 and 250", async () => {
  const r = await place({ code: "221", compare: "250" });
  assert.deepEqual(r.detail, { code: "221 250", state: "ready" });
  assert.match(r.text, /221 vs 250/);
  assert.match(r.text, /Key differences/);
  assert.match(r.text, /When you see which/);
  assert.ok(r.codes.includes("221") && r.codes.includes("250"), "both cards");
});

test("basic and enhanced together: basic first", async () => {
  const r = await place({ code: "550 5.7.26" });
  assert.deepEqual(r.detail, { code: "550 5.7.26", state: "ready" });
  assert.deepEqual(r.codes.slice(0, 2), ["550", "5.7.26"]);
  assert.equal(r.cards, 1, "one card for both");
  assert.match(r.text, /Security or Policy Status/);
});

test("an unknown code shows the nearest known codes", async () => {
  const r = await place({ code: "299" });
  assert.deepEqual(r.detail, { code: "299", state: "unknown" });
  assert.match(r.text, /not in the catalog/);
  assert.match(r.text, /Nearest known codes/);
  assert.match(r.text, /25[0-3]/);
});

test("text that is not a code says so", async () => {
  const r = await place({ code: "hello" });
  assert.deepEqual(r.detail, { code: "", state: "invalid" });
  assert.match(r.text, /not an SMTP code/);
  assert.match(r.text, /three digits/);
});

test("no code at all is empty", async () => {
  const r = await place({});
  assert.deepEqual(r.detail, { code: "", state: "empty" });
});

test("hostile attribute text is rendered as text, never as HTML", async () => {
  const hostile = `<img src=x onerror="window.pwned=1"><b id=bold>bold</b>`;
  const r = await page.evaluate(async (hostile) => {
    const results = [];
    for (const attrs of [{ code: hostile }, { code: "221", compare: hostile }, { reply: `550 5.7.1 ${hostile}` }]) {
      const { el, detail } = await window.place(attrs);
      results.push({
        detail,
        img: el.shadowRoot.querySelector("img, b#bold") !== null,
        shown: el.shadowRoot.textContent.includes("<img src=x"),
      });
    }
    await new Promise((r) => setTimeout(r, 50));
    return { results, pwned: window.pwned ?? null };
  }, hostile);
  assert.equal(r.pwned, null);
  for (const x of r.results) assert.equal(x.img, false);
  assert.equal(r.results[0].detail.state, "invalid");
  assert.equal(r.results[0].shown, true, "the invalid input is shown, as text");
  assert.equal(r.results[2].shown, true, "the reply's text is shown, as text");
});

test("attributes are live: code, compare, lang, theme and variant re-render in place", async () => {
  const r = await page.evaluate(async () => {
    const { el } = await window.place({ code: "221" });
    const shadow = el.shadowRoot;
    const steps = [];
    const snap = (d) => ({ ...d, title: shadow.querySelector("[part=title]")?.textContent, root: window.rootOf(el).className,
      theme: window.rootOf(el).dataset.theme, lang: window.rootOf(el).lang, text: window.rootOf(el).textContent });
    steps.push(snap(await window.change(el, { code: "550" })));
    steps.push(snap(await window.change(el, { compare: "554" })));
    steps.push(snap(await window.change(el, { compare: null, lang: "ko-KR" })));
    steps.push(snap(await window.change(el, { theme: "dark", variant: "badge" })));
    steps.push(snap(await window.change(el, { code: "nonsense", variant: "compact", lang: "sw" })));
    return { steps, same: shadow === el.shadowRoot, children: shadow.children.length };
  });
  const [s550, cmp, ko, badge, bad] = r.steps;
  assert.equal(s550.code, "550");
  assert.match(s550.title, /mailbox unavailable/);
  assert.equal(cmp.code, "550 554");
  assert.equal(ko.lang, "ko");
  assert.match(ko.text, /해결 방법/);
  assert.equal(badge.theme, "dark");
  assert.match(badge.root, /badge/);
  assert.doesNotMatch(badge.text, /How to fix|해결 방법/);
  assert.equal(bad.state, "invalid");
  assert.equal(bad.lang, "en", "an unknown language falls back to the page's, then English");
  assert.equal(r.same, true);
  assert.equal(r.children, 1, "one rendered root, the old one unmounted");
});

test("every attribute is a property too, set before the element is defined or after", async () => {
  const r = await page.evaluate(async () => {
    // An element of another document is not upgraded until adopted here: a framework setting
    // properties on it early sets plain own properties.
    const early = document.implementation.createHTMLDocument("").createElement("smtp-code");
    early.code = "421";
    const rendered = new Promise((ok) => early.addEventListener("smtp-code-render", (e) => ok(e.detail), { once: true }));
    document.body.append(document.adoptNode(early));
    const first = await rendered;
    const { el } = await window.place({ code: "221" });
    const next = new Promise((ok) => el.addEventListener("smtp-code-render", (e) => ok(e.detail), { once: true }));
    el.code = "550";
    el.compare = 250;
    const second = await next;
    const attrs = [el.getAttribute("code"), el.getAttribute("compare"), el.code, el.term];
    el.compare = null;
    return { first, second, attrs, removed: el.hasAttribute("compare"), own: Object.hasOwn(early, "code") };
  });
  assert.deepEqual(r.first, { code: "421", state: "ready" });
  assert.equal(r.own, false, "the early value went through the accessor");
  assert.deepEqual(r.second, { code: "550 250", state: "ready" });
  assert.deepEqual(r.attrs, ["550", "250", "550", null]);
  assert.equal(r.removed, false);
});

test("several attribute changes in one task render once", async () => {
  const n = await page.evaluate(async () => {
    const { el } = await window.place({ code: "221" });
    let renders = 0;
    el.addEventListener("smtp-code-render", () => renders++);
    const rendered = new Promise((ok) => el.addEventListener("smtp-code-render", ok, { once: true }));
    el.setAttribute("code", "250");
    el.setAttribute("compare", "251");
    el.setAttribute("lang", "de");
    await rendered;
    await new Promise((r) => setTimeout(r, 100));
    return { renders, code: window.rootOf(el).dataset.code };
  });
  assert.deepEqual(n, { renders: 1, code: "250 251" });
});

test("an element removed and added again renders again; a move keeps its card", async () => {
  const r = await page.evaluate(async () => {
    const { el } = await window.place({ code: "451" });
    el.remove();
    await new Promise((ok) => setTimeout(ok, 20));
    const emptied = el.shadowRoot.childElementCount;
    const again = new Promise((ok) => el.addEventListener("smtp-code-render", (e) => ok(e.detail), { once: true }));
    document.body.append(el);
    const detail = await again;
    const box = document.createElement("div");
    document.body.append(box);
    box.append(el); // a move: disconnected and connected in one task
    await new Promise((ok) => setTimeout(ok, 20));
    return { emptied, detail, afterMove: window.rootOf(el)?.dataset.code };
  });
  assert.equal(r.emptied, 0, "unmounted when removed");
  assert.deepEqual(r.detail, { code: "451", state: "ready" });
  assert.equal(r.afterMove, "451");
});

test("cards alike are copies of one render: each its own, for its opened terms and its attributes", async () => {
  // From the third element with the same attributes on, the card is a copy of a kept render
  // (src/element/kept.rs), not a build: it must be whole, and the element's own.
  const r = await page.evaluate(async () => {
    const attrs = { code: "450", theme: "dark" };
    const els = [];
    for (let i = 0; i < 3; i++) els.push((await window.place(attrs)).el);
    const html = (el) => el.shadowRoot.innerHTML;
    const same = els.map(html).every((h) => h === html(els[0]));
    const term = els[2].shadowRoot.querySelector("[part=term]");
    term.click();
    const opened = els.map((el) => el.shadowRoot.querySelectorAll("[aria-expanded=true]").length);
    const fourth = (await window.place(attrs)).el;
    const again = new Promise((ok) => els[2].addEventListener("smtp-code-render", ok, { once: true }));
    els[2].setAttribute("variant", "badge");
    await again;
    return {
      same,
      cards: els.map((el) => el.shadowRoot.querySelectorAll("[part=card]").length),
      opened,
      fourth: html(fourth) === html(els[0]),
      badge: els[2].shadowRoot.querySelector("[part=card]").className,
      others: els.slice(0, 2).map((el) => el.shadowRoot.querySelector("[part=card]").tagName),
    };
  });
  assert.ok(r.same, "the three cards are the same");
  assert.deepEqual(r.cards, [1, 1, 1]);
  assert.deepEqual(r.opened, [0, 0, 1], "a term opened in the copy only");
  assert.ok(r.fourth, "a later copy starts closed, as the first render");
  assert.match(r.badge, /^badge /);
  assert.deepEqual(r.others, ["ARTICLE", "ARTICLE"]);
});

test("an element whose shadow root a page took first renders nothing, and throws nothing", async () => {
  // attachShadow throws inside the wasm's call: the glue's own catch (scripts/fast-glue.mjs)
  // hands the error back to Rust as a Result, which gives up on this one element.
  const r = await page.evaluate(async () => {
    const el = document.createElement("smtp-code");
    const closed = el.attachShadow({ mode: "closed" });
    let rendered = false;
    el.addEventListener("smtp-code-render", () => { rendered = true; });
    el.setAttribute("code", "250");
    document.body.append(el);
    await new Promise((ok) => setTimeout(ok, 50));
    const other = await window.place({ code: "251" });
    el.remove();
    return { rendered, inside: closed.childNodes.length, other: other.detail };
  });
  assert.deepEqual(r, { rendered: false, inside: 0, other: { code: "251", state: "ready" } });
});

test("lang comes from the nearest ancestor, in German and Indonesian", async () => {
  const de = await page.evaluate(() => window.rootOf(document.querySelector("#inherits")).textContent);
  assert.match(de, /So beheben Sie es/);
  const id = await place({ code: "421", lang: "id" });
  assert.match(id.text, /Cara memperbaikinya/);
  assert.equal(id.lang, "id");
});

test("the render event bubbles out of the element and crosses shadow roots", async () => {
  const got = await page.evaluate(async () => {
    const outer = document.createElement("div");
    const shadow = outer.attachShadow({ mode: "open" });
    document.body.append(outer);
    const heard = new Promise((ok) => document.addEventListener("smtp-code-render", (e) => ok(e.detail), { once: true }));
    await window.place({ code: "452" }, shadow);
    return heard;
  });
  assert.deepEqual(got, { code: "452", state: "ready" });
});

test("the host page's CSS does not reach inside, custom properties do", async () => {
  const r = await page.evaluate(async () => {
    const style = document.createElement("style");
    style.textContent = `h2 { color: rgb(1, 2, 3) !important; } .test-host { --smtp-code-accent: rgb(9, 8, 7); }`;
    document.head.append(style);
    const { el } = await window.place({ code: "550", class: "test-host" });
    const title = el.shadowRoot.querySelector("h2");
    const link = el.shadowRoot.querySelector(".codes li");
    return { title: getComputedStyle(title).color, accent: getComputedStyle(link).color };
  });
  assert.notEqual(r.title, "rgb(1, 2, 3)");
  assert.equal(r.accent, "rgb(9, 8, 7)");
});

test("theme: light, dark, and auto following prefers-color-scheme", async () => {
  const bg = (theme) => page.evaluate(async (theme) => {
    const { el } = await window.place(theme ? { code: "250", theme } : { code: "250" });
    return getComputedStyle(el.shadowRoot.querySelector(".card")).backgroundColor;
  }, theme);
  const [white, dark] = ["rgb(255, 255, 255)", "rgb(13, 17, 23)"];
  await page.emulateMedia({ colorScheme: "light" });
  assert.deepEqual([await bg("light"), await bg("dark"), await bg("auto"), await bg(null)], [white, dark, white, white]);
  await page.emulateMedia({ colorScheme: "dark" });
  assert.deepEqual([await bg("light"), await bg("dark"), await bg("auto")], [white, dark, dark]);
  await page.emulateMedia({ colorScheme: "light" });
});

test("many elements on one page share one wasm instance", async () => {
  const p = await openPage(b);
  await p.addInitScript(() => {
    window.instances = 0;
    for (const name of ["instantiate", "instantiateStreaming"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) => { window.instances++; return original(...args); };
    }
  });
  await p.goto(`${server.url}/fixtures/element.html`);
  const r = await p.evaluate(async () => {
    const codes = ["211", "250", "421", "450", "550", "5.1.1", "4.7.1", "X.2.2", "299", "zzz"];
    const states = await Promise.all(codes.map((code) => window.place({ code }).then((x) => x.detail.state)));
    return { states, instances: window.instances, elements: document.querySelectorAll("smtp-code").length };
  });
  assert.equal(r.instances, 1);
  assert.equal(r.elements, 12);
  assert.deepEqual(r.states, ["ready", "ready", "ready", "ready", "ready", "ready", "ready", "ready", "unknown", "invalid"]);
  assert.deepEqual(p.errors, []);
  await p.close();
});

test("until the wasm loads, the element's own text stays visible", async () => {
  const p = await openPage(b);
  let release;
  const gate = new Promise((r) => (release = r));
  await p.route("**/smtp_code_bg.wasm", async (route) => { await gate; await route.continue(); });
  await p.goto(`${server.url}/fixtures/element.html`, { waitUntil: "commit" });
  await p.waitForSelector("#inherits", { state: "attached" });
  const before = await p.evaluate(() => document.body.innerText);
  assert.match(before, /SMTP 221/);
  release();
  await p.waitForFunction(() => document.querySelector("#first").shadowRoot?.firstElementChild?.dataset.state === "ready");
  const after = await p.evaluate(() => document.body.innerText);
  assert.doesNotMatch(after, /SMTP 221/);
  assert.deepEqual(p.errors, []);
  await p.close();
});

test("a German card waits for its text: light-DOM text meanwhile, then one render with the latest attributes", async () => {
  const p = await openPage(b);
  let release;
  const gate = new Promise((ok) => { release = ok; });
  const asked = [];
  await p.route((url) => /\/text\/[a-z]{2}-[a-z0-9-]+\.js$/.test(url.pathname), async (route) => { asked.push(route.request().url().split("/").pop()); await gate; await route.continue(); });
  await p.goto(`${server.url}/fixtures/element.html`);
  await p.waitForFunction(() => window.place);
  const r = await p.evaluate(async () => {
    const el = document.createElement("smtp-code");
    el.setAttribute("lang", "de");
    el.setAttribute("code", "552");
    el.textContent = "SMTP 552";
    const renders = [];
    el.addEventListener("smtp-code-render", (e) => renders.push(e.detail.code));
    document.body.append(el);
    await new Promise((ok) => setTimeout(ok, 100));
    // While the chunks load, attributes change twice.
    el.setAttribute("code", "421");
    await new Promise((ok) => setTimeout(ok, 50));
    el.setAttribute("code", "450");
    await new Promise((ok) => setTimeout(ok, 50));
    window.waiting = { shadow: el.shadowRoot?.childElementCount ?? 0, visible: el.innerText, renders: [...renders] };
    window.pending = el;
    window.renders = renders;
  });
  const waiting = await p.evaluate(() => window.waiting);
  assert.deepEqual(waiting, { shadow: 0, visible: "SMTP 552", renders: [] });
  release();
  await p.waitForFunction(() => window.renders.length > 0);
  await new Promise((ok) => setTimeout(ok, 200));
  const done = await p.evaluate(() => ({ renders: window.renders, text: window.rootOf(window.pending).textContent }));
  assert.deepEqual(done.renders, ["450"]);
  assert.match(done.text, /So beheben Sie es/);
  assert.ok(asked.includes("de-450.js") && asked.includes("de-ui.js"), asked.join(" "));
  assert.deepEqual(p.errors, []);
  await p.close();
});

test("a page with one English 550 card loads the wasm and the English chunk of 550, nothing else", async () => {
  const p = await openPage(b);
  const loaded = [];
  p.on("request", (req) => loaded.push(new URL(req.url()).pathname.split("/").pop()));
  await p.goto(`${server.url}/fixtures/one-card.html`);
  await p.waitForFunction(() => document.querySelector("smtp-code").shadowRoot?.firstElementChild?.dataset.state === "ready");
  // The entry carries the lean wasm's glue and the text loader: no other script, no embedded
  // wasm, no explainer, no chunk map.
  assert.deepEqual(loaded.filter((f) => f !== "one-card.html").sort(), ["en-550.js", "smtp-code.js", "smtp_code_bg.wasm"]);
  await p.close();
});

test("the entry fetches the chunks the page's cards need beside the wasm, and only chunks that exist", async () => {
  const p = await openPage(b);
  const events = [];
  const chunk = (req) => /\/text\/[a-z]{2}-[\w.-]+\.js$/.test(req.url());
  p.on("request", (req) => { if (chunk(req)) events.push(`ask ${req.url().split("/").pop()}`); });
  p.on("requestfinished", (req) => { if (req.url().endsWith("/smtp_code_bg.wasm")) events.push("wasm done"); });
  p.on("response", (res) => { if (res.status() !== 200) events.push(`${res.status()} ${res.url()}`); });
  await p.goto(`${server.url}/fixtures/early-chunks.html`);
  await p.waitForFunction(() => [...document.querySelectorAll("smtp-code")].every((el) => el.shadowRoot?.firstElementChild?.dataset.state));
  const wasmDone = events.indexOf("wasm done");
  const asked = events.filter((e) => e.startsWith("ask ")).map((e) => e.slice(4));
  // Named from the attributes alone (de page: German content and UI words; ja: English content,
  // Japanese UI words; `in` is Indonesian): fetched before the wasm has even arrived.
  const early = ["de-550.js", "de-X.7.26.js", "de-groups.js", "de-ui.js", "ja-ui.js", "en-221.js", "en-X.1.1.js", "en-groups.js", "id-ui.js"];
  assert.ok(wasmDone > 0, events.join(" "));
  assert.deepEqual(events.slice(0, wasmDone).filter((e) => e.startsWith("ask ")).map((e) => e.slice(4)).sort(), [...early].sort(), events.join(" "));
  // The comparison is left to the wasm, which asks for what it needs once it runs.
  assert.deepEqual(asked.filter((n) => !early.includes(n)).sort(), ["ko-550.js", "ko-554.js", "ko-pairs.js", "ko-ui.js"].sort());
  assert.deepEqual(events.filter((e) => /^\d/.test(e)), [], "no request failed");
  const states = await p.evaluate(() => [...document.querySelectorAll("smtp-code")].map((el) => el.shadowRoot.firstElementChild.dataset.state));
  assert.deepEqual(states, ["ready", "ready", "ready", "unknown", "ready"]);
  assert.deepEqual(p.errors, []);
  await p.close();
});

test("a page whose HTML has a reply loads the full wasm alone, and renders its cards with it", async () => {
  const p = await openPage(b);
  const loaded = [];
  p.on("request", (req) => loaded.push(new URL(req.url()).pathname.split("/").pop()));
  await p.goto(`${server.url}/fixtures/one-reply.html`);
  await p.waitForFunction(() => [...document.querySelectorAll("smtp-code")].every((el) => el.shadowRoot?.firstElementChild?.dataset.state === "ready"));
  const codes = await p.evaluate(() => [...document.querySelectorAll("smtp-code")].map((el) => el.shadowRoot.firstElementChild.dataset.code));
  assert.deepEqual(codes, ["550 5.1.1", "221"]);
  const wasm = loaded.filter((f) => f.endsWith(".wasm") || /^smtp_code.*\.js$/.test(f));
  assert.deepEqual(wasm.sort(), ["smtp_code_full.js", "smtp_code_full_bg.wasm"]);
  assert.deepEqual(p.errors, []);
  await p.close();
});

test("a reply loads the full wasm once, for every element that explains; cards stay on the lean one", async () => {
  const p = await openPage(b);
  const loaded = [];
  p.on("request", (req) => loaded.push(new URL(req.url()).pathname.split("/").pop()));
  await p.goto(`${server.url}/fixtures/element.html`);
  await p.waitForFunction(() => window.place);
  const r = await p.evaluate(async () => {
    const card = await window.place({ code: "550" });
    const replies = await Promise.all(["550 5.1.1 no such user", "452 4.2.2 mailbox full"].map((reply) => window.place({ reply })));
    // A card that becomes a reply moves to the full wasm, and renders once there.
    card.el.setAttribute("reply", "421 4.7.0 try later");
    await new Promise((ok) => card.el.addEventListener("smtp-code-render", ok, { once: true }));
    const state = (el) => el.shadowRoot.firstElementChild.dataset;
    return {
      replies: replies.map((x) => [x.detail.code, x.detail.state]),
      moved: [state(card.el).code, card.el.shadowRoot.querySelectorAll(".smtp-root").length],
      verdict: replies[0].el.shadowRoot.querySelector('[part="verdict"]') !== null,
    };
  });
  assert.deepEqual(r.replies, [["550 5.1.1", "ready"], ["452 4.2.2", "ready"]]);
  assert.deepEqual(r.moved, ["421 4.7.0", 1]);
  assert.equal(loaded.filter((f) => f === "smtp_code_full_bg.wasm").length, 1, loaded.join(" "));
  assert.deepEqual(p.errors, []);
  await p.close();
});

test("no memory growth over 10,000 connect and disconnect cycles", async () => {
  const p = await openPage(b);
  // The elements' wasm instance, caught as the entry makes it, for its memory.
  await p.addInitScript(() => {
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = (...args) => instantiate(...args).then((r) => { window.wasm ??= r.instance ?? r; return r; });
  });
  await p.goto(`${server.url}/fixtures/element.html`);
  await p.waitForFunction(() => window.place);
  const r = await p.evaluate(async () => {
    const memory = () => window.wasm.exports.memory.buffer.byteLength;
    const el = (await window.place({ code: "550 5.7.26" })).el;
    const cycle = async (n) => {
      for (let i = 0; i < n; i++) {
        el.remove();
        await Promise.resolve();
        await Promise.resolve();
        document.body.append(el);
        await new Promise((ok) => el.addEventListener("smtp-code-render", ok, { once: true }));
      }
    };
    await cycle(500);
    const before = memory();
    await cycle(10000);
    return { before, after: memory(), state: window.rootOf(el).dataset.state };
  });
  assert.equal(r.state, "ready");
  assert.ok(r.after <= r.before + 64 * 1024, `wasm memory grew from ${r.before} to ${r.after} bytes`);
  await p.close();
});

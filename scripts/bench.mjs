// `make bench`: the size and speed figures of DESIGN.md and issue 9, side by side with a plain-JS
// element that renders the same fields from every English entry baked into one file (written here,
// from our own lookup(), not shipped): bytes a page loads (every response, gzip -9 and brotli) and
// time to painted cards, for one English card and for 500 cards, alternating, medians of 11 runs;
// then a German card page and a page with an explained reply (it loads the full wasm as well), the
// code and data of both wasm modules, each text chunk, and the explainer's speed in Chromium and
// natively.
import { readFileSync, writeFileSync, readdirSync, statSync, mkdirSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { browser, unpackedPackage, ROOT } from "../tests/e2e/harness.mjs";
import { corpus } from "../tests/e2e/corpus.mjs";

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const x = (a, b) => `${(a / b).toFixed(2)}x`;
const pkg = unpackedPackage();
const BENCH = join(ROOT, "target/bench");
mkdirSync(BENCH, { recursive: true });

// A server that notes every file it sends, to sum what a page loaded. It runs in a thread of its
// own: in this one, Playwright's handling of the browser's events held each response back (some
// 15 ms on a 1-card page), and the more so the more files a page loads.
const server = new Worker(
  `const { parentPort, workerData } = require("node:worker_threads");
  import(workerData.harness)
    .then(({ serve }) => serve(workerData.mounts, () => ({ "cache-control": "no-store" }), (file) => parentPort.postMessage(file)))
    .then(({ url }) => parentPort.postMessage({ url }));
  // Messages arrive in order: the answer to "flush" comes after every file sent before it.
  parentPort.on("message", () => parentPort.postMessage("flushed"));`,
  { eval: true, workerData: { harness: new URL("../tests/e2e/harness.mjs", import.meta.url).href, mounts: { "/pkg/": pkg.dir, "/bench/": BENCH } } },
);
const log = [];
let flushed = () => {};
const url = await new Promise((ok) => server.on("message", (m) => {
  if (m.url) ok(m.url);
  else if (m === "flushed") flushed();
  else log.push(m);
}));
const flush = () => new Promise((ok) => { flushed = ok; server.postMessage("flush"); });
const b = await browser();
writeFileSync(join(BENCH, "blank.html"), "<!doctype html><meta charset=utf-8><title>bench</title>");

// The baseline's data: every English entry, from our own API, with what each class adds (its note,
// its providers' notes and its group); groups are kept once, by code, as a hand-written file would.
const setup = await b.newPage();
await setup.goto(`${url}/bench/blank.html`);
const { entries, groups } = await setup.evaluate(async () => {
  const api = await import("/pkg/smtp-code.js");
  await api.ready;
  const entries = {}, groups = {};
  const keep = (e) => {
    for (const g of e.groups) groups[g.code] = { title: g.title, description: g.description };
    const { code, kind, class: cls, outcome, title, description, whenYouSeeIt, howToFix, howToFixAdmin, causes, severity, rfcs, related, faq, meanings, usualWith, provider, providerNotes, note, sample, standard, deprecated, unverified } = e;
    return { code, kind, cls, outcome, title, description, whenYouSeeIt, howToFix, howToFixAdmin, causes, severity, rfcs, related, faq, meanings, usualWith, provider, providerNotes, note, sample, standard, deprecated, unverified, groups: e.groups.map((g) => g.code) };
  };
  for (const code of api.codes()) {
    const e = await api.lookup(code.split("-")[0], "en");
    if (!e) continue;
    const entry = keep(e);
    if (code.startsWith("X.")) {
      for (const c of ["2", "4", "5"]) {
        const k = await api.lookup(c + code.slice(1), "en");
        if (k) entry["class" + c] = { classNote: k.classNote, providerNotes: k.providerNotes, group: keep(k).groups[0] };
      }
    }
    entries[code] = entry;
  }
  return { entries, groups };
});
await setup.close();
const style = readFileSync(join(ROOT, "src/ui/style.css"), "utf8");
writeFileSync(join(BENCH, "plain-code.js"), `// A plain-JS <plain-code>: the same fields as <smtp-code> from every English entry, in one file.
const DATA = ${JSON.stringify(entries)};
const GROUPS = ${JSON.stringify(groups)};
const SHEET = new CSSStyleSheet();
SHEET.replaceSync(${JSON.stringify(style)});
const OUTCOME = { success: "Success · nothing to retry", continue: "Continue · send the next part", transient: "Transient failure · retry later", permanent: "Permanent failure · don't retry unchanged" };
const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; };
const section = (title, ...kids) => { const s = el("section", "section"); s.append(el("h3", null, title), ...kids); return s; };
const list = (tag, items, cls) => { const l = el(tag, cls); for (const i of items) l.append(el("li", null, i)); return l; };
function find(code) {
  if (DATA[code]) return DATA[code];
  const m = /^([245])\\.(\\d+\\.\\d+)$/.exec(code);
  const e = m && DATA["X." + m[2]];
  const c = e && e["class" + m[1]];
  return c && { ...e, code, cls: m[1] + ".x.x", outcome: { 2: "success", 4: "transient", 5: "permanent" }[m[1]], classNote: c.classNote, providerNotes: c.providerNotes, groups: [c.group, ...e.groups] };
}
function card(e) {
  const a = el("article", "card tone-" + (e.outcome ?? ""));
  const head = el("div", "head");
  head.append(el("span", "code", e.code), el("h2", "title", e.title));
  const tags = el("ul", "tags");
  if (e.outcome) tags.append(el("li", "tag outcome", OUTCOME[e.outcome]));
  tags.append(el("li", "tag", e.cls));
  if (e.groups.length) tags.append(el("li", "tag", GROUPS[e.groups.at(-1)].title));
  tags.append(el("li", "tag", "Severity: " + e.severity));
  const flags = [e.provider ? "Provider-specific: " + e.provider : e.standard ? null : "Non-standard", e.deprecated ? "Deprecated" : null, e.unverified ? (e.provider ? "Not confirmed in the provider's documentation" : "Registry entry not verified") : null];
  for (const f of flags) if (f) tags.append(el("li", "tag flag", f));
  const meaning = section("What it means", el("p", null, e.description));
  if (e.classNote) meaning.append(el("p", null, e.classNote));
  if (e.kind === "enhanced" && e.code.startsWith("X")) meaning.append(el("p", "note", "X stands for the class: 2 success, 4 transient (retry), 5 permanent (don't)."));
  if (!e.standard && !e.provider) meaning.append(el("p", "note", "No standards-track RFC defines this as a basic reply code."));
  if (e.note) meaning.append(el("p", "note", e.note));
  a.append(head, tags, meaning);
  if (e.whenYouSeeIt) a.append(section("When you see it", el("p", null, e.whenYouSeeIt)));
  if (e.sample) a.append(section("What it looks like", el("pre", "sample", e.sample)));
  const fix = e.howToFixAdmin.length
    ? section("How to fix it", el("h4", null, "If you send the mail"), list("ol", e.howToFix), el("h4", null, "If you run the receiving server"), list("ol", e.howToFixAdmin))
    : section("How to fix it", list("ol", e.howToFix));
  a.append(fix);
  if (e.causes.length) a.append(section("Common causes", list("ul", e.causes)));
  if (e.meanings.length) a.append(section("Also means", ...e.meanings.flatMap((m) => [el("h4", null, m.context + ": " + m.title), el("p", null, m.description), el("p", "note", m.rfcs.join(", "))])));
  if (e.providerNotes.length) a.append(section("How providers use it", ...e.providerNotes.flatMap((n) => [el("h4", null, n.provider + " " + n.code + ": " + n.title), el("p", null, n.description), ...(n.unverified ? [el("p", "note", "Not confirmed in the provider's documentation")] : [])])));
  if (e.faq.length) { const dl = el("dl", "faq"); for (const f of e.faq) dl.append(el("dt", null, f.q), el("dd", null, f.a)); a.append(section("Questions people ask", dl)); }
  if (e.usualWith.length) a.append(section(e.kind === "basic" ? "Usually comes with" : "Sent with the basic codes", list("ul", e.usualWith.map((c) => (c === "*" ? "any" : c)), "codes")));
  if (e.groups.length) a.append(section("Class and subject", ...e.groups.map((g) => { const p = el("p"); p.append(el("strong", null, g + " " + GROUPS[g].title), ": " + GROUPS[g].description); return p; })));
  a.append(section("Related codes", list("ul", e.related, "codes")));
  if (e.rfcs.length) a.append(section("Defined in", el("p", null, e.rfcs.join(" · "))));
  return a;
}
customElements.define("plain-code", class extends HTMLElement {
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [SHEET];
    const code = (this.getAttribute("code") ?? "").trim();
    const parts = code.split(/[ -]/).filter(Boolean);
    const found = (parts.length === 2 && /^\\d{3}$/.test(parts[0]) ? parts : [code]).map(find);
    const box = el("div", "smtp-root full");
    box.dataset.state = found.every(Boolean) ? "ready" : "unknown";
    for (const e of found) box.append(e ? card(e) : el("article", "card message", code + " is well-formed, but not in the catalog."));
    root.replaceChildren(box);
    this.dispatchEvent(new CustomEvent("plain-code-render", { bubbles: true, composed: true }));
  }
});
`);

// The four pages, and a German card page.
const CODES = ["221", "250", "421", "450", "550", "552", "554", "5.1.1", "4.7.1", "5.7.26", "550 5.7.26", "299"];
// The page reports its time through a binding: waiting with waitForFunction would run Playwright's
// injected script on the page's main thread while it loads (some 40 ms here), delaying whichever
// page is still loading then.
const clock = (event, n) => `<script>let left = ${n}; document.addEventListener("${event}", () => { if (--left === 0) requestAnimationFrame(() => requestAnimationFrame(() => benchDone(performance.now()))); });</script>`;
const page = (name, tag, script, n, lang = "en", attrs = "") => {
  const cards = Array.from({ length: n }, (_, i) => `<${tag} code="${n === 1 ? "550" : CODES[i % CODES.length]}"${attrs}>SMTP</${tag}>`).join("\n");
  writeFileSync(join(BENCH, `${name}.html`), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">${clock(`${tag}-render`, n)}<script type="module" src="${script}"></script></head><body>${cards}</body></html>`);
  return `${url}/bench/${name}.html`;
};
const pages = {
  "ours, 1 card": page("ours-1", "smtp-code", "/pkg/smtp-code.js", 1),
  "plain, 1 card": page("plain-1", "plain-code", "/bench/plain-code.js", 1),
  "ours, 500 cards": page("ours-500", "smtp-code", "/pkg/smtp-code.js", 500),
  "plain, 500 cards": page("plain-500", "plain-code", "/bench/plain-code.js", 500),
  "ours, 1 card, German": page("ours-1-de", "smtp-code", "/pkg/smtp-code.js", 1, "de"),
  "ours, 1 explained reply": page("ours-reply", "smtp-code", "/pkg/smtp-code.js", 1, "en", ' reply="550 5.1.1 <a@example.org>: Recipient address rejected: User unknown"'),
};
const runs = Object.fromEntries(Object.keys(pages).map((k) => [k, { time: [], gz: 0, br: 0, raw: 0 }]));
for (let run = 0; run < 11; run++) {
  for (const [name, href] of Object.entries(pages)) {
    const context = await b.newContext();
    let reported;
    const done = new Promise((ok) => { reported = ok; });
    await context.exposeFunction("benchDone", (t) => reported(t));
    const p = await context.newPage();
    log.length = 0;
    await p.goto(href);
    runs[name].time.push(await done);
    await flush();
    const bodies = log.filter((file) => !file.endsWith(".html")).map((file) => readFileSync(file));
    Object.assign(runs[name], { raw: bodies.reduce((s, x) => s + x.length, 0), gz: bodies.reduce((s, x) => s + gz(x), 0), br: bodies.reduce((s, x) => s + br(x), 0) });
    await context.close();
  }
}
console.log("== a page with one card and with 500, beside a plain-JS element (median of 11 alternating runs)");
console.log(`  ${"page".padEnd(24)} ${"raw".padStart(10)} ${"gzip -9".padStart(10)} ${"brotli".padStart(10)} ${"painted".padStart(10)}`);
for (const [name, r] of Object.entries(runs)) {
  console.log(`  ${name.padEnd(24)} ${kb(r.raw).padStart(10)} ${kb(r.gz).padStart(10)} ${kb(r.br).padStart(10)} ${`${median(r.time).toFixed(0)} ms`.padStart(10)}`);
}
for (const n of ["1 card", "500 cards"]) {
  const o = runs[`ours, ${n}`], p = runs[`plain, ${n}`];
  console.log(`  ${n}: ours / plain = bytes ${x(o.gz, p.gz)} gzip, ${x(o.br, p.br)} brotli; time ${x(median(o.time), median(p.time))}`);
}
console.log(`  German card page / English: ${x(runs["ours, 1 card, German"].gz, runs["ours, 1 card"].gz)} gzip`);
console.log(`  a page that explains a reply also loads the full wasm: ${x(runs["ours, 1 explained reply"].gz, runs["ours, 1 card"].gz)} a card page's bytes, gzip`);

// The explainer in the browser: every corpus message through explain(), as bytes.
const messages = corpus();
const ex = await b.newPage();
await ex.goto(`${url}/bench/blank.html`);
const perMessage = await ex.evaluate(async (all) => {
  const api = await import("/pkg/smtp-code.js");
  await api.ready;
  const bufs = all.map((m) => new Uint8Array(m));
  for (const m of bufs) await api.explain(m);
  const times = bufs.map(() => []);
  for (let round = 0; round < 5; round++) {
    for (const [i, m] of bufs.entries()) {
      const t = performance.now();
      for (let k = 0; k < 20; k++) await api.explain(m);
      times[i].push((performance.now() - t) / 20);
    }
  }
  return times.map((t) => t.sort((a, b) => a - b)[2]);
}, messages.map((m) => [...m.bytes]));
await b.close();
await server.terminate();
const sizes = messages.map((m) => m.bytes.length);
const sorted = [...perMessage].sort((a, b) => a - b);
const typical = perMessage.filter((_, i) => sizes[i] >= 4000 && sizes[i] <= 6000).sort((a, b) => a - b);
console.log(`== explainer in headless Chromium: ${messages.length} corpus messages, median of 5 rounds each`);
console.log(`  per message: median ${(sorted[sorted.length >> 1] * 1000).toFixed(0)} µs, mean ${(perMessage.reduce((a, c) => a + c, 0) / perMessage.length * 1000).toFixed(0)} µs, slowest ${(sorted.at(-1) * 1000).toFixed(0)} µs; messages of 4-6 KB: median ${(typical[typical.length >> 1] * 1000).toFixed(0)} µs (${typical.length} of them)`);

// What the package is made of.
const section = (wasm, id) => {
  let i = 8;
  while (i < wasm.length) {
    const sid = wasm[i++];
    let n = 0, shift = 0, byte;
    do { byte = wasm[i++]; n |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
    if (sid === id) return wasm.subarray(i, i + n);
    i += n;
  }
  return Buffer.alloc(0);
};
console.log("== the package");
const row = (name, buf) => console.log(`  ${name.padEnd(34)} ${kb(buf.length).padStart(10)} ${kb(gz(buf)).padStart(10)} ${kb(br(buf)).padStart(10)}`);
console.log(`  ${"file".padEnd(34)} ${"raw".padStart(10)} ${"gzip -9".padStart(10)} ${"brotli".padStart(10)}`);
for (const f of ["smtp-code.js", "smtp-code-strict.js", "text.js"]) row(f, readFileSync(join(pkg.dir, f)));
// The lean wasm's glue is inside the entries; the full one's is a file of its own.
for (const name of ["smtp_code", "smtp_code_full"]) {
  for (const f of [...(name === "smtp_code" ? [] : [`${name}.js`]), `${name}_bg.wasm`, `${name}_wasm.js`]) row(f, readFileSync(join(pkg.dir, f)));
  const wasm = readFileSync(join(pkg.dir, `${name}_bg.wasm`));
  row("  wasm code section", section(wasm, 10));
  row("  wasm data section", section(wasm, 11));
}
console.log("== text chunks (gzip -9 each): a chunk per code and language, one each for groups, pairs, reasons, glossary, guides, UI");
const chunks = readdirSync(join(pkg.dir, "text")).filter((f) => /^[a-z]{2}-/.test(f));
const byLang = {};
for (const f of chunks) (byLang[f.slice(0, 2)] ??= []).push([f.slice(3, -3), gz(readFileSync(join(pkg.dir, "text", f)))]);
for (const [lang, list] of Object.entries(byLang)) {
  const sizes = list.map(([, n]) => n).sort((a, b) => a - b);
  const largest = list.reduce((a, c) => (c[1] > a[1] ? c : a));
  const shown = ["550", "X.7.26", "groups", "ui"].filter((n) => list.some(([m]) => m === n));
  console.log(`  ${lang}: ${list.length} chunks, ${kb(sizes.reduce((a, c) => a + c, 0))} in all, median ${kb(median(sizes))}, largest ${largest[0]} ${kb(largest[1])}; ${shown.map((n) => `${n} ${kb(list.find(([m]) => m === n)[1])}`).join(", ")}`);
}
row("text/index.js (bundles only)", readFileSync(join(pkg.dir, "text/index.js")));
console.log(`  tarball: ${kb(statSync(pkg.tarball).size)}`);

execFileSync("cargo", ["run", "--quiet", "--release", "--example", "bench_explain"], { cwd: ROOT, stdio: "inherit" });

// The CLI's `log` on a generated million-line mail log (tests/common/mail_log.rs), beside the time
// that merely reading the file takes (wc -l): the sums should cost little more than the reading.
console.log("== smtp-code log: a generated mail log of 1,000,000 lines (Postfix, Exim, Sendmail)");
execFileSync("cargo", ["build", "--quiet", "--release", "--bin", "smtp-code", "--example", "mail_log"], { cwd: ROOT, stdio: "inherit" });
mkdirSync(join(ROOT, "target/bench"), { recursive: true });
const logFile = join(ROOT, "target/bench/mail.log");
writeFileSync(logFile, execFileSync(join(ROOT, "target/release/examples/mail_log"), ["1000000"], { maxBuffer: 1 << 30 }));
console.log(`  ${kb(statSync(logFile).size)}, ${availableParallelism()} cores`);
for (let run = 1; run <= 3; run++) {
  const t0 = performance.now();
  execFileSync("wc", ["-l", logFile], { stdio: "ignore" });
  const read = performance.now() - t0;
  const r = spawnSync(join(ROOT, "target/release/smtp-code"), ["log", logFile, "--stats"], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  console.log(`  run ${run}: ${r.stderr.trim().replace(/^smtp-code log: /, "")}; reading it alone (wc -l) ${read.toFixed(0)} ms`);
}

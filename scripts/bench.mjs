// `make bench`: the size and speed figures. Sizes of the packed npm package (gzip -9, as a server
// sends it); time to the first rendered card and to 500 cards on one page in headless Chromium
// (median of several runs); the reply parser on inputs up to 1 MB.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { gzipSync, inflateRawSync } from "node:zlib";
import { join, relative } from "node:path";
import { execFileSync } from "node:child_process";
import { serve, browser, unpackedPackage, ROOT } from "../tests/e2e/harness.mjs";
import { corpus } from "../tests/e2e/corpus.mjs";

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const files = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? files(p) : [p];
});

const pkg = unpackedPackage();
const js = files(pkg.dir).filter((f) => f.endsWith(".js"));
console.log("== size of the npm package (what a page downloads)");
let total = 0;
for (const f of js) {
  const buf = readFileSync(f);
  total += gz(buf);
  console.log(`  ${relative(pkg.dir, f).padEnd(48)} ${kb(buf.length).padStart(10)}  gz ${kb(gz(buf)).padStart(9)}`);
}
const packed = readFileSync(join(pkg.dir, "smtp_code_wasm.js"), "utf8").match(/"([A-Za-z0-9+/=]+)"/)[1];
const wasm = inflateRawSync(Buffer.from(packed, "base64"));
console.log(`  wasm module inside smtp_code_wasm.js: ${kb(wasm.length)} (gz ${kb(gz(wasm))})`);
const catalog = Buffer.concat(files(join(ROOT, "catalog")).filter((f) => f.endsWith(".toml")).map((f) => readFileSync(f)));
console.log(`  catalog source (catalog/*.toml): ${kb(catalog.length)} (gz ${kb(gz(catalog))})`);
console.log(`  TOTAL gz(js + wasm): ${kb(total)}   tarball: ${kb(statSync(pkg.tarball).size)}`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await serve({ "/pkg/": pkg.dir, "/fixtures/": join(ROOT, "tests/e2e/fixtures") });
const b = await browser();
const first = [];
const many = [];
for (let run = 0; run < 7; run++) {
  const page = await b.newPage();
  await page.goto(`${server.url}/fixtures/bench.html`);
  await page.waitForFunction(() => window.firstCard);
  first.push(await page.evaluate(() => window.firstCard));
  many.push(await page.evaluate(async () => {
    const codes = ["221", "250", "421", "450", "550", "552", "554", "5.1.1", "4.7.1", "5.7.26", "550 5.7.26", "299"];
    let left = 500;
    const done = new Promise((ok) => document.addEventListener("smtp-code-render", () => { if (--left === 0) ok(); }));
    const start = performance.now();
    const box = document.createElement("div");
    for (let i = 0; i < 500; i++) {
      const el = document.createElement("smtp-code");
      el.setAttribute("code", codes[i % codes.length]);
      box.append(el);
    }
    document.body.append(box);
    await done;
    await new Promise(requestAnimationFrame);
    return performance.now() - start;
  }));
  await page.close();
}
// The explainer in the browser: every corpus message through explain(), as bytes, 5 rounds.
const messages = corpus();
const page = await b.newPage();
await page.goto(`${server.url}/fixtures/bench.html`);
await page.waitForFunction(() => window.firstCard);
const perMessage = await page.evaluate(async (all) => {
  const api = await import("/pkg/smtp-code.js");
  await api.ready;
  const bufs = all.map((m) => new Uint8Array(m));
  const times = bufs.map(() => []);
  for (let round = 0; round < 5; round++) {
    bufs.forEach((m, i) => {
      const t = performance.now();
      for (let k = 0; k < 20; k++) api.explain(m);
      times[i].push((performance.now() - t) / 20);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[2]);
}, messages.map((m) => [...m.bytes]));
await page.close();
await b.close();
server.close();
const sizes = messages.map((m) => m.bytes.length);
const sorted = [...perMessage].sort((a, b) => a - b);
const typical = perMessage.filter((_, i) => sizes[i] >= 4000 && sizes[i] <= 6000).sort((a, b) => a - b);
console.log(`== explainer in headless Chromium: ${messages.length} corpus messages, median of 5 rounds each`);
console.log(`  per message: median ${(sorted[sorted.length >> 1] * 1000).toFixed(0)} µs, mean ${(perMessage.reduce((a, b) => a + b, 0) / perMessage.length * 1000).toFixed(0)} µs, slowest ${(sorted.at(-1) * 1000).toFixed(0)} µs; messages of 4-6 KB: median ${(typical[typical.length >> 1] * 1000).toFixed(0)} µs (${typical.length} of them)`);
console.log("== speed in headless Chromium (median of 7 runs)");
console.log(`  first card rendered, from navigation start: ${median(first).toFixed(0)} ms  (runs: ${first.map((x) => x.toFixed(0)).join(", ")})`);
console.log(`  500 cards on one page, rendered and painted: ${median(many).toFixed(0)} ms  (runs: ${many.map((x) => x.toFixed(0)).join(", ")})`);

execFileSync("cargo", ["run", "--quiet", "--release", "--example", "bench_explain"], { cwd: ROOT, stdio: "inherit" });

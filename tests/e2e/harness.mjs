// Shared by the browser tests: a static file server on 127.0.0.1 and Debian's headless Chromium
// driven by playwright-core (never a downloaded browser).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, readdirSync } from "node:fs";
import { chromium } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "../..");

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml",
};

/**
 * Serves `mounts` ({ "/prefix/": "/abs/dir" }, longest prefix first) on a free port.
 * `headers(path)` may add response headers (a Content-Security-Policy, say); `sent(file)` hears of
 * each file sent (the bench sums what a page loaded).
 */
export async function serve(mounts, headers = () => ({}), sent = () => {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix) { res.writeHead(404).end(); return; }
    let file = normalize(join(mounts[prefix], path.slice(prefix.length)));
    if (!file.startsWith(mounts[prefix])) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers(path) });
      res.end(body);
      sent(file);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => { server.closeAllConnections(); server.close(); } };
}

export async function browser() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
      "--disable-background-networking", "--disable-component-update",
    ],
  });
}

/** A page that records uncaught errors and console errors, to assert there were none. */
export async function openPage(b, url) {
  const page = await b.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  // The browser's own request for /favicon.ico is not the page's doing.
  page.on("console", (m) => {
    if (m.type() === "error" && !m.location().url?.endsWith("/favicon.ico")) page.errors.push(m.text());
  });
  if (url) await page.goto(url);
  return page;
}

/** The package tarball unpacked as npm would install it: target/npm/unpacked/package. */
export function unpackedPackage() {
  const dir = join(ROOT, "target/npm");
  const tgz = readdirSync(dir).find((f) => /^smtp-code-widget-.*\.tgz$/.test(f));
  if (!tgz) throw new Error("no tarball in target/npm: run scripts/package first");
  const out = join(dir, "unpacked");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync("tar", ["-xzf", join(dir, tgz), "-C", out]);
  return { dir: join(out, "package"), tarball: join(dir, tgz) };
}

/** The unpacked package and the fixtures, served, with a browser and a page on `fixture`. */
export async function fixturePage(fixture = "element.html") {
  const pkg = unpackedPackage();
  const server = await serve({ "/pkg/": pkg.dir, "/fixtures/": join(ROOT, "tests/e2e/fixtures") });
  const b = await browser();
  const page = await openPage(b, `${server.url}/fixtures/${fixture}`);
  return { server, b, page };
}

/**
 * The standalone page (dist/, built by trunk) served, with a browser and a page on nothing yet;
 * `close()` ends them and returns the page's errors (trunk's preload links' integrity notices left
 * out).
 */
export async function standalonePage() {
  const dist = join(ROOT, "dist");
  if (!existsSync(join(dist, "index.html"))) throw new Error("no dist/: run trunk build --release first");
  const server = await serve({ "/": dist });
  const b = await browser();
  const page = await openPage(b);
  const close = async () => {
    const errors = page.errors.filter((e) => !e.includes("integrity"));
    await b.close();
    server.close();
    return errors;
  };
  return { server, b, page, close };
}


// TypeScript projects (tests/typings) that install the packed tarball: the JS API is typed as
// Promises with the documented fields, and <smtp-code> type-checks in JSX for React 19, Preact and
// Solid, with its attribute values checked (a wrong variant or theme is an error).
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { unpackedPackage, ROOT } from "./harness.mjs";

const npm = (cwd, ...args) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, stdio: "inherit" });

test("typings: the API, and <smtp-code> in React 19, Preact and Solid JSX", () => {
  const { tarball } = unpackedPackage();
  const app = join(ROOT, "target/typings");
  mkdirSync(app, { recursive: true });
  for (const f of readdirSync(join(ROOT, "tests/typings"))) cpSync(join(ROOT, "tests/typings", f), join(app, f));
  if (!existsSync(join(app, "node_modules/typescript"))) npm(app, "install");
  npm(app, "install", "--no-save", tarball);
  const tsc = (project) => spawnSync(join(app, "node_modules/.bin/tsc"), ["-p", project], { cwd: app, encoding: "utf8" });
  for (const framework of ["react", "preact", "solid"]) {
    const r = tsc(`tsconfig.${framework}.json`);
    assert.equal(r.status, 0, `${framework}: ${r.stdout}${r.stderr}`);
  }
  const bad = tsc("tsconfig.bad.json");
  assert.notEqual(bad.status, 0, "a wrong attribute value type-checks");
  assert.match(bad.stdout, /bad\.tsx\(3,\d+\): error TS2322: Type '"huge"'/);
  assert.match(bad.stdout, /bad\.tsx\(4,\d+\): error TS2322: Type '"blue"'/);
});

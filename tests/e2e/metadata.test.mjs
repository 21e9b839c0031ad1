// The package's metadata says what the element does: custom-elements.json and web-types.json list
// exactly the attributes the element observes, the CSS custom properties its stylesheet reads,
// the part names its cards carry, and the module's exports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixturePage, unpackedPackage, ROOT } from "./harness.mjs";

const sorted = (xs) => [...new Set(xs)].sort();

test("custom-elements.json and web-types.json agree with the element", async () => {
  const { dir } = unpackedPackage();
  const manifest = JSON.parse(readFileSync(join(dir, "custom-elements.json"), "utf8"));
  const el = manifest.modules[0].declarations.find((d) => d.tagName === "smtp-code");
  const webTypes = JSON.parse(readFileSync(join(dir, "web-types.json"), "utf8")).contributions.html.elements[0];
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  assert.equal(pkg.customElements, "custom-elements.json");
  assert.equal(pkg["web-types"], "./web-types.json");

  const observed = /observedAttributes\(\)\s*{\s*return\s*(\[[^\]]*\])/.exec(readFileSync(join(ROOT, "www/element.js"), "utf8"))[1];
  const attributes = sorted(JSON.parse(observed));
  assert.deepEqual(sorted(el.attributes.map((a) => a.name)), attributes);
  assert.deepEqual(sorted(webTypes.attributes.map((a) => a.name)), attributes);
  assert.deepEqual(webTypes.attributes.find((a) => a.name === "variant").values.map((v) => v.name), ["full", "compact", "badge"]);
  // Every attribute but lang (HTMLElement's own property) is a property too.
  assert.deepEqual(sorted(el.members.map((m) => m.attribute)), attributes.filter((a) => a !== "lang"));

  const css = readFileSync(join(ROOT, "src/ui/style.css"), "utf8");
  const properties = sorted([...css.matchAll(/var\((--smtp-code-[a-z-]+)/g)].map((m) => m[1]));
  assert.deepEqual(sorted(el.cssProperties.map((p) => p.name)), properties);
  assert.deepEqual(sorted(webTypes.css.properties.map((p) => p.name)), properties);

  const { server, b, page } = await fixturePage("element.html");
  try {
    // Every kind of render: a card, a comparison, a term, an explained bounce with a term link.
    const found = await page.evaluate(async () => {
      const { ready } = await import("/pkg/smtp-code.js");
      await ready;
      const shows = [{ code: "550 5.7.26" }, { code: "221", compare: "250" }, { term: "spf" },
        { reply: "550 5.7.26 Unauthenticated email is not accepted due to the DMARC policy of the domain" }];
      const els = shows.map((attrs) => {
        const e = document.createElement("smtp-code");
        for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
        document.body.append(e);
        return e;
      });
      await new Promise((ok) => setTimeout(ok, 200));
      await new Promise((ok) => {
        const done = () => els.every((e) => e.shadowRoot?.firstElementChild?.dataset.state === "ready");
        const t = setInterval(() => { if (done()) { clearInterval(t); ok(); } }, 20);
      });
      const mod = await import("/pkg/smtp-code.js");
      return {
        parts: els.flatMap((e) => [...e.shadowRoot.querySelectorAll("[part]")].flatMap((n) => n.getAttribute("part").split(/\s+/))),
        exports: Object.keys(mod),
      };
    });
    assert.deepEqual(sorted(el.cssParts.map((p) => p.name)), sorted(found.parts));
    assert.deepEqual(sorted(webTypes.css.parts.map((p) => p.name)), sorted(found.parts));
    const declared = manifest.modules[0].exports.filter((x) => x.kind === "js").map((x) => x.name);
    assert.deepEqual(sorted(declared), sorted(found.exports));
    assert.deepEqual(webTypes.events.map((e) => e.name), ["smtp-code-render"]);
    assert.deepEqual(page.errors, []);
  } finally {
    await b.close();
    server.close();
  }
});

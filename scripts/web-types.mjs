// Writes web-types.json (JetBrains editors) from custom-elements.json, so the two never disagree:
// node scripts/web-types.mjs <package dir>.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
const manifest = JSON.parse(readFileSync(join(dir, "custom-elements.json"), "utf8"));
const elements = manifest.modules.flatMap((m) => m.declarations.filter((d) => d.customElement));
// A type such as "'light' | 'dark' | 'auto'" lists the values an editor can offer.
const values = (type) => [...(type ?? "").matchAll(/'([^']+)'/g)].map((m) => m[1]);

const webTypes = {
  $schema: "https://json.schemastore.org/web-types",
  name: pkg.name,
  version: pkg.version,
  "description-markup": "markdown",
  "js-types-syntax": "typescript",
  contributions: {
    html: {
      elements: elements.map((e) => ({
        name: e.tagName,
        description: e.description,
        attributes: e.attributes.map((a) => {
          const enumValues = values(a.type?.text);
          return {
            name: a.name,
            description: a.description,
            ...(a.default ? { default: a.default.replace(/'/g, "") } : {}),
            value: enumValues.length
              ? { type: "enum", kind: "plain" }
              : { type: "string", kind: "plain" },
            ...(enumValues.length ? { values: enumValues.map((name) => ({ name })) } : {}),
          };
        }),
        events: e.events.map((ev) => ({ name: ev.name, description: ev.description })),
        css: {
          parts: e.cssParts.map((p) => ({ name: p.name, description: p.description })),
          properties: e.cssProperties.map((p) => ({ name: p.name, description: p.description })),
        },
      })),
    },
  },
};
writeFileSync(join(dir, "web-types.json"), JSON.stringify(webTypes, null, 2) + "\n");

// What a ```smtp fence becomes, for the docs-site plugins (markdown-it.js, remark.js): one
// <smtp-code> whose attributes say what to show and whose light-DOM text is readable without
// JavaScript: the code and its English title (or the term's). Runs in Node at build time, without
// the wasm: the titles come from text/titles.js, which the build writes from the catalog.
import { basic, enhanced, tags, terms, ranges } from "./text/titles.js";

const BASIC = /^[0-9]{3}$/;
const ENHANCED = /^([0-9Xx])\.([0-9]{1,3})\.([0-9]{1,3})$/;
const BOTH = /^([0-9]{3})[ -]\s*([0-9Xx]\.[0-9]{1,3}\.[0-9]{1,3})$/;

/** The English title of an enhanced code: the registry's, else a provider's code outside it. */
function enhancedTitle(code) {
  const m = ENHANCED.exec(code);
  if (!m) return undefined;
  const [, c, s, d] = m.map((x, i) => (i === 1 ? x : Number(x)));
  const registry = enhanced[`${s}.${d}`];
  if (registry) return registry;
  const cls = Number(c);
  return ranges.find(([rc, rs, lo, hi]) => rc === cls && rs === s && d >= lo && d <= hi)?.[4];
}

/** A code as the element takes it, normalised as it shows it, with its title; else null. */
export function parseCode(text) {
  const s = text.trim();
  if (BASIC.test(s)) return { code: s, title: basic[s] };
  if (ENHANCED.test(s)) {
    const code = s[0] === "x" ? `X${s.slice(1)}` : s;
    return { code, title: enhancedTitle(code) };
  }
  const both = BOTH.exec(s);
  if (both) {
    const e = both[2][0] === "x" ? `X${both[2].slice(1)}` : both[2];
    return { code: `${both[1]} ${e}`, title: enhancedTitle(e) ?? basic[both[1]] };
  }
  const tag = s.toUpperCase();
  if (Object.hasOwn(tags, tag)) return { code: tag, title: tags[tag] };
  return null;
}

/** The first code of a reply or bounce (`550 5.7.26`, `550-5.1.1`, `550`, `Status: 5.1.1`). */
function firstCode(text) {
  const m = /(?:^|\s)([2-5][0-9]{2})[ -]([245]\.[0-9]{1,3}\.[0-9]{1,3})\b/m.exec(text)
    ?? /^\s*([2-5][0-9]{2})[ -]/m.exec(text)
    ?? /\b(?:Status:\s*)([245]\.[0-9]{1,3}\.[0-9]{1,3})\b/i.exec(text);
  if (!m) return null;
  return parseCode(m[2] ? `${m[1]} ${m[2]}` : m[1]);
}

const said = (c) => (c.title ? `SMTP ${c.code}: ${c.title}` : `SMTP ${c.code}`);

/**
 * What the fence's content asks for: `{ attrs, fallback }`, attrs in the element's attribute
 * order. A code (`550`, `550 5.7.26`, `S3140`), a comparison (`221 vs 250`), a term
 * (`term greylisting`), or else a reply or bounce to explain, its newlines kept.
 */
export function fence(content) {
  const text = String(content ?? "").replace(/\r\n?/g, "\n").replace(/\n+$/, "");
  const line = text.trim();
  if (!line.includes("\n")) {
    const term = /^term\s+([A-Za-z0-9-]+)$/i.exec(line);
    if (term) {
      const slug = term[1].toLowerCase();
      return { attrs: { term: slug }, fallback: Object.hasOwn(terms, slug) ? terms[slug] : slug };
    }
    const vs = /^(.+?)\s+vs\.?\s+(.+)$/i.exec(line);
    const a = vs && parseCode(vs[1]);
    const b = vs && parseCode(vs[2]);
    if (a && b) return { attrs: { code: a.code, compare: b.code }, fallback: `${said(a)} · ${said(b)}` };
    const c = parseCode(line);
    if (c) return { attrs: { code: c.code }, fallback: said(c) };
  }
  const c = firstCode(text);
  const first = line.split("\n")[0];
  return { attrs: { reply: text }, fallback: c ? said(c) : first.slice(0, 200) };
}

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "{": "&#123;", "}": "&#125;", "\n": "&#10;", "\t": "&#9;" };

/**
 * Text escaped for HTML: markup characters, and the braces too, so that a Vue template (VitePress
 * compiles pages as Vue) never reads `{{ }}` in fence content as an expression; newlines as
 * `&#10;`, so that a reply's lines survive in an attribute.
 */
export function escape(s) {
  return String(s).replace(/[&<>"'{}\n\t]/g, (c) => ENTITIES[c]);
}

/** The fence as HTML: `<smtp-code code="550">SMTP 550: …</smtp-code>`. */
export function fenceHtml(content) {
  const { attrs, fallback } = fence(content);
  const a = Object.entries(attrs).map(([k, v]) => ` ${k}="${escape(v)}"`).join("");
  return `<smtp-code${a}>${escape(fallback)}</smtp-code>\n`;
}

// The Sisimai corpus (../shared/corpus/sisimai/) and the figures of issue 7, for the browser tests
// and the bench: the same measures as tests/bounce_corpus.rs, computed from explain() results.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";

// `../shared/corpus/sisimai/` beside the repository; SMTP_CODE_CORPUS names another place, and a
// clone elsewhere (a fresh one in /tmp) finds the workplace's own at /work/shared.
export const CORPUS = [process.env.SMTP_CODE_CORPUS, join(ROOT, "../shared/corpus/sisimai"), "/work/shared/corpus/sisimai"]
  .find((d) => d && existsSync(join(d, "expected.tsv"))) ?? join(ROOT, "../shared/corpus/sisimai");

/** Every message with the rows Sisimai expects of it: [{ file, bytes, rows: [{ status, replyCode, reason, hard }] }]. */
export function corpus() {
  if (!existsSync(join(CORPUS, "expected.tsv"))) {
    throw new Error(`${CORPUS} is absent: the corpus tests need it (see ../shared/corpus/README.md)`);
  }
  const byFile = new Map();
  const lines = readFileSync(join(CORPUS, "expected.tsv"), "utf8").split("\n").slice(1).filter((l) => l.trim());
  for (const line of lines) {
    const [file, , status, replyCode, reason, hard] = line.split("\t");
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file).push({ status, replyCode, reason, hard: hard === "true" });
  }
  const files = readdirSync(join(CORPUS, "emails")).filter((f) => f.endsWith(".eml")).sort();
  return files.filter((f) => byFile.has(f)).map((file) => ({
    file, bytes: readFileSync(join(CORPUS, "emails", file)), rows: byFile.get(file),
  }));
}

/** The figures: { found, recipients, replyCode, enhancedCode, reason, verdict }, each { hit, of, pct }. */
export function score(messages, results) {
  const t = () => ({ hit: 0, of: 0 });
  const s = { found: t(), recipients: t(), replyCode: t(), enhancedCode: t(), reason: t(), verdict: t() };
  const add = (k, ok) => { s[k].of++; if (ok) s[k].hit++; };
  messages.forEach((m, i) => {
    const got = results[i].recipients;
    const raw = m.bytes.toString("latin1");
    add("found", got.length > 0);
    add("recipients", got.length === m.rows.length);
    m.rows.forEach((row, j) => {
      const r = got[j];
      if (row.replyCode) add("replyCode", r?.basicCode === row.replyCode);
      if (!row.status.includes(".0.9") && raw.includes(row.status)) add("enhancedCode", r?.enhancedCode === row.status);
      add("reason", r?.reason === row.reason);
      add("verdict", (r?.bounce === "hard") === row.hard);
    });
  });
  for (const v of Object.values(s)) v.pct = v.of ? (100 * v.hit) / v.of : 100;
  return s;
}

/** Issue 7's floor for each figure, in percent. */
export const FLOORS = { found: 97, recipients: 95, replyCode: 97, enhancedCode: 97, reason: 85, verdict: 95 };

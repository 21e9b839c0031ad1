// Bounces in the browser: the Sisimai corpus through the JS API (the same figures as the native
// test), explain()'s Explanation for logs and notifications, and the element's verdict first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fixturePage, ROOT } from "./harness.mjs";
import { corpus, score, FLOORS, CORPUS } from "./corpus.mjs";

let server, b, page;

before(async () => {
  ({ server, b, page } = await fixturePage());
  await page.evaluate(async () => {
    window.api = await import("/pkg/smtp-code.js");
    await window.api.ready;
  });
});

after(async () => {
  const errors = page?.errors;
  await b?.close();
  server?.close();
  assert.deepEqual(errors, []);
});

test("the corpus through explain(): every figure of issue 7 holds in the browser", async () => {
  const messages = corpus();
  const results = await page.evaluate((all) => Promise.all(all.map(async (bytes) => {
    const e = await window.api.explain(new Uint8Array(bytes));
    return { recipients: e.recipients.map(({ basicCode, enhancedCode, reason, bounce }) => ({ basicCode, enhancedCode, reason, bounce })) };
  })), messages.map((m) => [...m.bytes]));
  const s = score(messages, results);
  for (const [k, v] of Object.entries(s)) {
    console.log(`${k.padEnd(13)} ${String(v.hit).padStart(3)}/${v.of}  ${v.pct.toFixed(1)}%`);
    assert.ok(v.pct >= FLOORS[k], `${k}: ${v.pct.toFixed(1)}% < ${FLOORS[k]}%`);
  }
});

test("the CLI's explain --json is the JS API's Explanation, on every corpus message", async () => {
  // The binary `cargo test` built; built here when the browser tests run on their own.
  const cli = join(ROOT, "target/debug/smtp-code");
  if (!existsSync(cli)) execFileSync("cargo", ["build", "--quiet", "--bin", "smtp-code"], { cwd: ROOT, stdio: "inherit" });
  const messages = corpus();
  let checked = 0;
  for (const [i, m] of messages.entries()) {
    // English for all, and German for every tenth, so the texts of both languages are compared.
    for (const lang of i % 10 === 0 ? ["en", "de"] : ["en"]) {
      const file = join(CORPUS, "emails", m.file);
      const out = JSON.parse(execFileSync(cli, ["explain", file, "--json", "--lang", lang], { encoding: "utf8" }));
      const js = await page.evaluate(([bytes, l]) => window.api.explain(new Uint8Array(bytes), l), [[...m.bytes], lang]);
      assert.deepEqual(out, js, `${m.file} (${lang})`);
      checked++;
    }
  }
  assert.ok(checked > messages.length, `${checked} compared`);
});

test("a Japanese bounce (ISO-2022-JP) is decoded by the browser's TextDecoder", async () => {
  const m = corpus().find((x) => x.file === "lhost-domino-02.eml");
  const text = await page.evaluate(async (bytes) => (await window.api.explain(new Uint8Array(bytes))).recipients[0].text, [...m.bytes]);
  assert.match(text, /ディレクトリには見つかりません/);
});

test("explain() of log lines and of an SES notification: every recipient, reason and verdict", async () => {
  const log = [
    "Jul  1 12:00:00 mx postfix/smtp[1]: A1: to=<later@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)",
    "Jul  1 12:00:01 mx postfix/smtp[1]: A2: to=<gone@example.org>, relay=mx.example.org[192.0.2.2]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.2] said: 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))",
  ].join("\n");
  const e = await page.evaluate((t) => window.api.explain(t, "en"), log);
  assert.equal(e.shape, "log");
  assert.deepEqual(e.recipients.map((r) => [r.address, r.action, r.reason, r.bounce]), [
    ["later@example.com", "delayed", "expired", "soft"],
    ["gone@example.org", "failed", "userunknown", "hard"],
  ]);
  // The top level is the failed recipient's.
  assert.deepEqual([e.basicCode, e.enhancedCode, e.reason, e.bounce], ["550", "5.1.1", "userunknown", "hard"]);
  assert.equal(e.basic.code, "550");
  assert.match(e.todo, /Remove this address/);
  const ses = JSON.stringify({
    notificationType: "Bounce",
    bounce: { bounceType: "Permanent", bounceSubType: "General", reportingMTA: "dsn; a8-1.smtp-out.amazonses.com",
      bouncedRecipients: [{ emailAddress: "full@example.net", action: "failed", status: "5.2.2", diagnosticCode: "smtp; 552 5.2.2 Mailbox full" }] },
    mail: { source: "sender@example.com" },
  });
  const n = await page.evaluate((t) => window.api.explain(t), ses);
  assert.deepEqual([n.shape, n.recipients.length, n.reason, n.bounce, n.recipients[0].remoteHost],
    ["notification", 1, "mailboxfull", "soft", "a8-1.smtp-out.amazonses.com"]);
});

test("<smtp-code reply> with a bounce: the verdict first, a row per recipient, then the cards", async () => {
  const bounce = corpus().find((x) => x.file === "lhost-postfix-02.eml").bytes.toString("latin1");
  const r = await page.evaluate(async (reply) => {
    const { el, detail } = await window.place({ reply });
    const root = window.rootOf(el);
    return {
      detail,
      first: root.firstElementChild.getAttribute("part"),
      verdict: root.querySelector("[part=verdict]").textContent,
      rows: [...root.querySelectorAll(".recipients tbody tr")].map((tr) => [...tr.cells].map((c) => c.textContent)),
      cards: root.querySelectorAll("[part=card]").length,
    };
  }, bounce);
  assert.equal(r.first, "verdict");
  assert.deepEqual(r.detail, { code: "550 5.2.1", state: "ready" });
  assert.match(r.verdict, /Hard bounce: remove this address/);
  assert.match(r.verdict, /userunknown/);
  assert.deepEqual(r.rows.map((c) => c.slice(0, 4)), [
    ["filtered@example.co.jp", "550 5.2.1", "userunknown", "hard"],
    ["userunknown@example.co.jp", "550 5.1.1", "userunknown", "hard"],
  ]);
  assert.ok(r.cards >= 2, `${r.cards} cards`);
});

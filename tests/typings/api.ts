// The JS API, typed: every call is a Promise, and the results have the documented fields.
import { ready, lookup, compare, explain, term, codes, terms, type Entry, type Explanation } from "smtp-code-widget";

export async function check(): Promise<string> {
  await ready;
  const e: Entry | null = await lookup("550", "de");
  const c = await compare("221", "250");
  const x: Explanation = await explain(new Uint8Array([1, 2, 3]), "ko");
  const t = await term("greylisting");
  const verdict: "hard" | "soft" | null = x.bounce;
  const first = x.recipients[0]?.reason;
  return [e?.title, e?.lang, c?.whenWhich, t?.why, verdict, first, codes().length, terms().join()].join();
}

// Types of smtp-code-widget: the JS API and the <smtp-code> element.

/** What a class means for the sender. */
export type Outcome = "success" | "continue" | "transient" | "permanent";
export type Severity = "none" | "low" | "medium" | "high";
export type Actor = "none" | "sender" | "receiver" | "both";
export type Phase =
  | "connect" | "ehlo" | "starttls" | "auth" | "mail" | "rcpt" | "data" | "end-of-data"
  | "quit" | "vrfy" | "expn" | "help" | "etrn" | "atrn" | "any";

export interface Faq { q: string; a: string }

/** A further meaning of a basic code that has more than one (220, 454, 500, 530). */
export interface Meaning { context: string; title: string; description: string; rfcs: string[]; enhanced: string[] }

/** How a provider uses a registry code. */
export interface ProviderNote {
  provider: string; code: string; title: string; description: string;
  /** The provider's own documentation does not confirm it. */
  unverified: boolean;
}

/** One catalog entry, as `lookup` returns it: its text in `lang` (en, de, ko or id; English for the
 * other UI languages, whose words then label only the computed facts such as `outcomeLabel`). */
export interface Entry {
  /** The code as shown: "221", "5.7.26", "X.1.1", "S3140". */
  code: string;
  /** "provider" is a provider's own tag such as "TSS04". */
  kind: "basic" | "enhanced" | "provider";
  /** "2xx" … "5xx" for a basic code; "5.x.x" or "X.x.x" for an enhanced one. */
  class: string;
  outcome: Outcome | null;
  /** The outcome worded in the asked language. */
  outcomeLabel?: string;
  title: string;
  description: string;
  whenYouSeeIt: string;
  /** What the concrete class of an enhanced code (4.x.x or 5.x.x) adds. */
  classNote: string;
  /** Steps for the sending side. */
  howToFix: string[];
  /** Steps for the receiving server's admin, where they differ. */
  howToFixAdmin: string[];
  causes: string[];
  severity: Severity;
  rfcs: string[];
  related: string[];
  standard: boolean;
  phases: Phase[];
  actor: Actor;
  faq: Faq[];
  meanings: Meaning[];
  /** Enhanced codes a basic code usually comes with, or basic codes an enhanced code is sent with. */
  usualWith: string[];
  /** For an enhanced code, what its class (5.x.x) and subject (X.7.x) mean. */
  groups: { code: string; title: string; description: string }[];
  /** The provider, for a provider-specific code. */
  provider: string | null;
  providerNotes: ProviderNote[];
  note: string;
  deprecated: boolean;
  unverified: boolean;
  /** A provider's reply as it typically looks. */
  sample: string;
  /** The language the text is in. */
  lang: string;
}

export interface ComparisonRow { aspect: string; a: string; b: string; differs: boolean }

export interface Comparison {
  a: Entry;
  b: Entry;
  /** Computed differences, then our written ones for commonly confused pairs. */
  differences: string[];
  whenWhich: string;
  summary: string | null;
  rows: ComparisonRow[];
}

/** Why a delivery failed (names compatible with the Sisimai bounce parser). */
export type Reason =
  | "userunknown" | "hostunknown" | "hasmoved" | "mailboxfull" | "mesgtoobig" | "exceedlimit" | "suspend"
  | "syntaxerror" | "notaccept" | "authfailure" | "badreputation" | "blocked" | "spamdetected" | "virusdetected"
  | "policyviolation" | "rejected" | "filtered" | "securityerror" | "norelaying" | "notcompliantrfc" | "requireptr"
  | "speeding" | "toomanyconn" | "contenterror" | "networkerror" | "systemerror" | "systemfull" | "mailererror"
  | "expired" | "onhold" | "delivered" | "vacation" | "feedback" | "undefined";

/** "hard": remove the address from your lists; "soft": the address may be fine, fix and retry. */
export type Bounce = "hard" | "soft";

/** One recipient of a bounce, a log or a notification. */
export interface Recipient {
  address: string;
  basicCode: string | null;
  enhancedCode: string | null;
  /** The server's words, codes removed. */
  text: string;
  reason: Reason | null;
  /** null when nothing failed (delivered, a complaint). */
  bounce: Bounce | null;
  remoteHost: string | null;
  /** "failed" | "delayed" | "delivered" | "relayed" | "expanded" (RFC 3464), "complained" (SES). */
  action: string | null;
}

export interface Explanation {
  basicCode: string | null;
  enhancedCode: string | null;
  basic: Entry | null;
  enhanced: Entry | null;
  /** The human text, code prefixes removed. */
  text: string;
  lines: string[];
  provider: string | null;
  /** Entries of the provider's tags found in the reply (TSS04, S3140 …). */
  tags: Entry[];
  warnings: string[];
  /** The reason and verdict of the first failed (else delayed) recipient, or of the reply itself. */
  reason: Reason | null;
  bounce: Bounce | null;
  /** Every recipient the input names, in order; empty for a bare reply. */
  recipients: Recipient[];
  /** What the input was. */
  shape: "reply" | "message" | "log" | "notification";
  /** One line on what to do about `reason` (English), or null. */
  todo: string | null;
}

/** A BCP 47 tag (de, ko-KR …): 15 UI languages, content in en, de, ko, id; an unknown tag falls back to English. */
export type Lang = string;

/** A glossary term, as `term` returns it. */
export interface Term {
  slug: string;
  title: string;
  description: string;
  /** Why it matters to someone reading a bounce or running a server. */
  why: string;
  /** Codes that go with it. */
  related: string[];
  /** Related terms' slugs. */
  see: string[];
  rfcs: string[];
  /** The language the text is in. */
  lang: string;
}

/** Resolves once the wasm is loaded and <smtp-code> is defined. */
export declare const ready: Promise<void>;
/** One entry (the basic one for "550 5.7.26"), once its text has loaded; null for an unknown code. Never rejects. */
export declare function lookup(code: string | number, lang?: Lang): Promise<Entry | null>;
/** The comparison of two codes; null unless both are known. Never rejects. */
export declare function compare(a: string | number, b: string | number, lang?: Lang): Promise<Comparison | null>;
/** A reply, a bounce message, mail-log lines or an SES notification; a `.eml` file as bytes. Never null, never rejects. */
export declare function explain(input: string | Uint8Array | ArrayBuffer, lang?: Lang): Promise<Explanation>;
/** A glossary term by its slug; null if there is none. Never rejects. */
export declare function term(slug: string, lang?: Lang): Promise<Term | null>;
/** Every code in the catalog, as strings ([] until `ready`). */
export declare function codes(): string[];
/** Every glossary term's slug ([] until `ready`). */
export declare function terms(): string[];

/** Detail of the `smtp-code-render` event. */
export interface SmtpCodeRenderDetail {
  code: string;
  state: "ready" | "unknown" | "invalid" | "empty";
}

/** <smtp-code code="221" compare="250" reply="…" term="spf" lang="de" theme="auto" variant="full"> */
export interface SmtpCodeElement extends HTMLElement {
  /** Each attribute as a property (`lang` is HTMLElement's own); null or undefined removes it. */
  code: string | null;
  compare: string | null;
  reply: string | null;
  term: string | null;
  theme: "light" | "dark" | "auto" | string | null;
  variant: "full" | "compact" | "badge" | string | null;
  addEventListener<K extends keyof SmtpCodeElementEventMap>(
    type: K, listener: (this: SmtpCodeElement, ev: SmtpCodeElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

export interface SmtpCodeElementEventMap extends HTMLElementEventMap {
  "smtp-code-render": CustomEvent<SmtpCodeRenderDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    "smtp-code": SmtpCodeElement;
  }
  interface HTMLElementEventMap {
    "smtp-code-render": CustomEvent<SmtpCodeRenderDetail>;
  }
}

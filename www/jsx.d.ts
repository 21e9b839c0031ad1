// The attributes of <smtp-code>, for the JSX typings (react.d.ts, preact.d.ts, solid.d.ts).

export interface SmtpCodeAttributes {
  /** The code to show: basic (221), enhanced (5.7.26), both (550 5.7.26), or a provider's tag (S3140). */
  code?: string;
  /** With code: the comparison of the two codes. */
  compare?: string;
  /** A raw reply, a whole bounce message or mail-log lines to explain. */
  reply?: string;
  /** A glossary term's slug (greylisting, spf …). */
  term?: string;
  /** UI language (de, ko-KR …); else the nearest ancestor's lang; else en. */
  lang?: string;
  theme?: "light" | "dark" | "auto";
  variant?: "full" | "compact" | "badge";
}

import type { SmtpCodePluginOptions } from "./plugins.js";
export type { SmtpCodePluginOptions };

/** A markdown-it plugin: ```smtp fences become <smtp-code> elements with fallback text. `md.use(smtpCode)`. */
// The markdown-it instance is typed loosely so that this package needs no @types/markdown-it.
declare function smtpCode(md: { renderer: { rules: Record<string, unknown> } }, options?: SmtpCodePluginOptions): void;
export default smtpCode;

import type { SmtpCodePluginOptions } from "./plugins.js";
export type { SmtpCodePluginOptions };

/** A remark plugin: ```smtp fences become <smtp-code> elements with fallback text. `.use(smtpCode)`. */
// The tree is typed loosely so that this package needs no @types/mdast.
declare function smtpCode(options?: SmtpCodePluginOptions): (tree: { type: string; children?: unknown[] }) => void;
export default smtpCode;

// Types of the docs-site plugins: smtp-code-widget/markdown-it and smtp-code-widget/remark.

/** Options of both plugins. */
export interface SmtpCodePluginOptions {
  /** The fence's language (info string) that becomes an <smtp-code>; "smtp" by default. */
  info?: string;
}

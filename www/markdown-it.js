// smtp-code-widget/markdown-it: a markdown-it plugin (VitePress, markdown-it pipelines) that turns
// each ```smtp fence into one <smtp-code>, with readable fallback text: `md.use(smtpCode)`.
// The page still loads the element itself (import "smtp-code-widget" in the browser).
import { fenceHtml } from "./fence.js";

/** `info`: the fence's first word; `smtp` unless another is given (`md.use(smtpCode, { info: "smtp-code" })`). */
export default function smtpCode(md, options = {}) {
  const info = options.info ?? "smtp";
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const token = tokens[idx];
    if (token.info.trim().split(/\s+/)[0] === info) return fenceHtml(token.content);
    return fence ? fence(tokens, idx, opts, env, self) : self.renderToken(tokens, idx, opts);
  };
}

// smtp-code-widget/remark: a remark plugin (Docusaurus, Astro/Starlight, unified pipelines) that
// turns each ```smtp fence into one <smtp-code>, with readable fallback text: `.use(smtpCode)`.
// The node becomes an element through mdast's `data.hName`/`hProperties`/`hChildren`, which
// remark-rehype and MDX honour, so no raw HTML is needed and every value is escaped by the
// serializer. The page still loads the element itself (import "smtp-code-widget" in the browser).
import { fence } from "./fence.js";

/** Walks an mdast tree, replacing `code` nodes whose lang is `info`. */
function visit(node, info) {
  if (!Array.isArray(node.children)) return;
  node.children = node.children.map((child) => {
    if (child.type === "code" && child.lang === info) {
      const { attrs, fallback } = fence(child.value);
      return {
        type: "smtpCode",
        data: { hName: "smtp-code", hProperties: attrs, hChildren: [{ type: "text", value: fallback }] },
        position: child.position,
      };
    }
    visit(child, info);
    return child;
  });
}

/** `info`: the fence's language; `smtp` unless another is given (`.use(smtpCode, { info: "smtp-code" })`). */
export default function smtpCode(options = {}) {
  const info = options.info ?? "smtp";
  return (tree) => visit(tree, info);
}

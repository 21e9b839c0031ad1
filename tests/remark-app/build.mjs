// Markdown in (the file named on the command line), HTML out, through remark with the plugin, as a
// Docusaurus or Astro site would run it; no raw HTML allowed through, so escaping is the
// serializer's.
import { readFileSync } from "node:fs";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import smtpCode from "smtp-code-widget/remark";

const file = await unified().use(remarkParse).use(smtpCode).use(remarkRehype).use(rehypeStringify)
  .process(readFileSync(process.argv[2], "utf8"));
process.stdout.write(String(file));

// The configuration docs/vitepress.md gives: the plugin turns ```smtp fences into <smtp-code>, and
// Vue is told that <smtp-code> is a custom element, not a component to resolve.
import { defineConfig } from "vitepress";
import smtpCode from "smtp-code-widget/markdown-it";

export default defineConfig({
  title: "smtp-code in VitePress",
  markdown: { config: (md) => md.use(smtpCode) },
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === "smtp-code" } } },
  // The package finds its .wasm and text relative to itself; Vite's dev-time pre-bundling would
  // move it away from them.
  vite: { optimizeDeps: { exclude: ["smtp-code-widget"] } },
});

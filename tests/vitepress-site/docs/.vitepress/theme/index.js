// The element is defined in the browser only: pages are rendered to HTML in Node first, where
// the fallback text is what they say.
import DefaultTheme from "vitepress/theme";

export default {
  extends: DefaultTheme,
  async enhanceApp() {
    if (!import.meta.env.SSR) await import("smtp-code-widget");
  },
};

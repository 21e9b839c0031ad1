// JSX typings of <smtp-code> for React 19 (which passes attributes to custom elements as they
// are): `/// <reference types="smtp-code-widget/react" />`, or list it in tsconfig's "types".
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { SmtpCodeAttributes } from "./jsx.js";
import type { SmtpCodeElement } from "./smtp-code.js";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      // React 19 sets `class` on a custom element as written.
      "smtp-code": Omit<DetailedHTMLProps<HTMLAttributes<SmtpCodeElement>, SmtpCodeElement>, "lang"> & SmtpCodeAttributes & { class?: string };
    }
  }
}

// JSX typings of <smtp-code> for Solid: `/// <reference types="smtp-code-widget/solid" />`, or list
// it in tsconfig's "types".
import type { JSX } from "solid-js";
import type { SmtpCodeAttributes } from "./jsx.js";
import type { SmtpCodeElement } from "./smtp-code.js";

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements {
      "smtp-code": Omit<JSX.HTMLAttributes<SmtpCodeElement>, "lang"> & SmtpCodeAttributes;
    }
  }
}

// JSX typings of <smtp-code> for Preact: `/// <reference types="smtp-code-widget/preact" />`, or list
// it in tsconfig's "types".
import type { JSX } from "preact";
import type { SmtpCodeAttributes } from "./jsx.js";

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements {
      // A span's attributes (class, id, style, events …): the one form that Preact 10 and 11 share.
      "smtp-code": Omit<JSX.IntrinsicElements["span"], "lang"> & SmtpCodeAttributes;
    }
  }
}

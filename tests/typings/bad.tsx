/// <reference types="smtp-code-widget/react" />
// Wrong on purpose: tsc must reject both lines (the test counts the errors).
export const A = () => <smtp-code variant="huge" />;
export const B = () => <smtp-code theme="blue" />;

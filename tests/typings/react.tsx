/// <reference types="smtp-code-widget/react" />
export const Card = () => <smtp-code code="550 5.7.26" lang="de" theme="dark" variant="compact" class="x">SMTP 550</smtp-code>;
export const Term = () => <smtp-code term="greylisting" />;

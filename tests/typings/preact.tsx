/// <reference types="smtp-code-widget/preact" />
export const Card = () => <smtp-code code="221" compare="250" theme="auto" variant="full" />;
export const Reply = () => <smtp-code reply={"550-5.7.26 Unauthenticated\n550 5.7.26 email"} lang="ko-KR" />;

/// <reference types="smtp-code-widget/solid" />
export const Card = () => <smtp-code code="421" variant="badge" />;

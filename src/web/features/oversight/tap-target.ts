/** WCAG 2.5.5: controls at least 44 × 44 CSS px, so the register works with a thumb on a phone. */
export const tapTarget = { minHeight: 44, minWidth: 44 };
export const tapInputStyles = { input: { minHeight: 44 } };

export type Language = 'id' | 'en';

/** Fixed decimals with the language's decimal separator: Indonesian writes 99,50, English 99.50. */
export function formatDecimal(value: number, decimals: number, language: Language): string {
  const text = value.toFixed(decimals);
  return language === 'id' ? text.replace('.', ',') : text;
}

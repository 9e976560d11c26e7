/** The two languages every screen, document and message is written in; Indonesian first. */
export type Language = 'id' | 'en';

/** Any language tag ("en", "en-GB", "id-ID", undefined) → the one the formats follow; Indonesian by default. */
export function formatLanguageOf(tag: string | null | undefined): Language {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

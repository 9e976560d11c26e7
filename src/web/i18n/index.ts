import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions, messagesBackend } from './load-messages';

export const supportedLanguages = ['id', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

const storageKey = 'patuh.language';

function storedLanguage(): Language {
  const stored = window.localStorage.getItem(storageKey);
  return stored === 'en' ? 'en' : 'id';
}

export async function initI18n(): Promise<void> {
  // Resolves once the active language's messages have loaded (src/web/i18n/load-messages.ts).
  await i18next
    .use(initReactI18next)
    .use(messagesBackend)
    .init({ ...i18nOptions, lng: storedLanguage() });
  document.documentElement.lang = i18next.language;
  rememberLanguageForServer(i18next.language);
  i18next.on('languageChanged', (language) => {
    window.localStorage.setItem(storageKey, language);
    document.documentElement.lang = language;
    rememberLanguageForServer(language);
  });
}

/**
 * The server sends a public page's HTML with its first paint in this language (src/server/web-prerender), so an
 * English visitor's page paints in English before the app starts.
 */
function rememberLanguageForServer(language: string): void {
  // biome-ignore lint/suspicious/noDocumentCookie: one plain cookie; the Cookie Store API is missing from older phones' browsers
  document.cookie = `patuh_lang=${language === 'en' ? 'en' : 'id'}; path=/; max-age=31536000; samesite=lax`;
}

import type { InitOptions } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import type { Messages } from './locales/id';

/**
 * Each language's messages are a chunk of their own, fetched when that language is first used: a visitor
 * downloads one language, the other only on switching (i18next waits for it in `changeLanguage`).
 */
export function loadMessages(language: string): Promise<Messages> {
  return language === 'en'
    ? import('./locales/en').then((module) => module.en)
    : import('./locales/id').then((module) => module.id);
}

/** The loader as i18next's backend plugin. */
export const messagesBackend = resourcesToBackend(loadMessages);

/**
 * No fallback language: both languages have every key (test/unit/web/messages-per-language.test.ts, and the
 * English files' types), and a fallback would download the Indonesian messages for English readers too.
 */
export const i18nOptions = {
  fallbackLng: false,
  load: 'currentOnly',
  interpolation: { escapeValue: false },
} satisfies InitOptions;

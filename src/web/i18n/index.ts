import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { id } from './locales/id';

export const supportedLanguages = ['id', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

const storageKey = 'patuh.language';

function storedLanguage(): Language {
  const stored = window.localStorage.getItem(storageKey);
  return stored === 'en' ? 'en' : 'id';
}

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    window.localStorage.setItem(storageKey, language);
    document.documentElement.lang = language;
  });
}

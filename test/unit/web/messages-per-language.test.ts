import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { i18nOptions, messagesBackend } from '../../../src/web/i18n/load-messages';
import { en } from '../../../src/web/i18n/locales/en';
import { id } from '../../../src/web/i18n/locales/id';

/** Every leaf of a message tree as `path → text`. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else if (value && typeof value === 'object') for (const entry of leaves(value, path)) found.set(...entry);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

describe('the UI messages of each language', () => {
  it('have the same keys and the same placeholders in Indonesian and English', () => {
    const indonesian = leaves(id);
    const english = leaves(en);
    expect(indonesian.size).toBeGreaterThan(500);
    expect([...english.keys()].sort()).toEqual([...indonesian.keys()].sort());
    for (const [path, text] of indonesian) {
      expect(placeholders(english.get(path) ?? ''), path).toEqual(placeholders(text));
    }
  });

  it('load only the active language, and the other one on switching', async () => {
    // The app's own backend and options (src/web/i18n/index.ts), on an instance of its own.
    const i18n = i18next.createInstance();
    await i18n.use(messagesBackend).init({ ...i18nOptions, lng: 'id' });
    expect(i18n.t('app.tagline')).toBe(id.app.tagline);
    expect(i18n.hasResourceBundle('id', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);

    await i18n.changeLanguage('en');
    expect(i18n.t('app.tagline')).toBe(en.app.tagline);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
  });
});

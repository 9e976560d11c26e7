import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/**
 * The browser tab and a screen reader's first words name the page (WCAG 2.2, 2.4.2): the given parts, most
 * specific first, then the platform's name, e.g. "Kab. Musi Banyuasin · Hasil Penilaian Kepatuhan · Patuh".
 * Parts not yet loaded are left out. Every page of the router calls it (test/unit/web/page-titles.test.ts).
 */
export function usePageTitle(...parts: (string | undefined | null)[]): string {
  const { t } = useTranslation();
  const title = [...parts.filter((part): part is string => Boolean(part?.trim())), t('app.name')].join(' · ');
  useDocumentTitle(title);
  return title;
}

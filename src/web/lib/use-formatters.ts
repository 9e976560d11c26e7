import { useTranslation } from 'react-i18next';
import { type Formatters, formatLanguageOf, formattersFor } from '../../core/format';

/**
 * The formats of the language the page is shown in ("95,40" in Indonesian, "95.40" in English); a change of
 * language re-renders through react-i18next. Dates and times take the locus's province for WIB/WITA/WIT.
 */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(formatLanguageOf(i18n.language));
}

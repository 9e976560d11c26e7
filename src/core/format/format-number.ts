import type { Language } from './language';

// One NumberFormat per language and digit count: building one costs far more than using it, and the set of
// keys is small and fixed (2 languages × a few digit counts), so the cache stays bounded.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, minimum: number, maximum: number, percent: boolean) {
  const key = `${language}:${minimum}:${maximum}:${percent}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: minimum,
      maximumFractionDigits: maximum,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** Fixed decimals in the language's style: Indonesian "1.234,50", English "1,234.50". */
export function formatDecimal(value: number, decimals: number, language: Language): string {
  return numberFormat(language, decimals, decimals, false).format(value);
}

/** A count or measure with up to `maximumDecimals` decimals: "12.345" / "12,345", "2,5" / "2.5". */
export function formatNumber(value: number, language: Language, maximumDecimals = 0): string {
  return numberFormat(language, 0, maximumDecimals, false).format(value);
}

/** A score always shows two decimals ("95,40" / "95.40"), as on the piagam and the decree. */
export function formatScore(value: number, language: Language): string {
  return formatDecimal(value, 2, language);
}

/** A score change with its sign: "+1,25" / "−0,40" (a real minus sign, so columns of changes align). */
export function formatScoreChange(delta: number, language: Language): string {
  return `${delta >= 0 ? '+' : '−'}${formatScore(Math.abs(delta), language)}`;
}

/**
 * A share (0.265) as a percentage: Indonesian writes a space before the sign ("26,5 %", no-break so the
 * sign never wraps alone), English none ("26.5%").
 */
export function formatPercent(
  ratio: number,
  language: Language,
  maximumDecimals = 1,
  minimumDecimals = 0,
): string {
  const text = numberFormat(language, minimumDecimals, maximumDecimals, true).format(ratio);
  return language === 'id' ? text.replace(/\s*%/, '\u00a0%') : text;
}

/** A file size for people: "2,5 MB" / "2.5 MB" from 1 MB up, whole KB below (at least 1 KB). */
export function formatFileSize(bytes: number, language: Language): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1
    ? `${formatNumber(megabytes, language, 1)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} KB`;
}

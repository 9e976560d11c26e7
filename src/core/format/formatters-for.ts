import {
  type DateStyle,
  type DateTimeOptions,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatTime,
  type Instant,
} from './format-date';
import {
  formatDecimal,
  formatFileSize,
  formatNumber,
  formatPercent,
  formatScore,
  formatScoreChange,
} from './format-number';
import type { Language } from './language';

type Province = string | null | undefined;

/** The formats bound to one language, so a screen or a document writes `format.score(95.4)`. */
export interface Formatters {
  language: Language;
  score(value: number): string;
  scoreChange(delta: number): string;
  decimal(value: number, decimals: number): string;
  number(value: number, maximumDecimals?: number): string;
  percent(ratio: number, maximumDecimals?: number, minimumDecimals?: number): string;
  fileSize(bytes: number): string;
  calendarDate(isoDate: string, style?: DateStyle): string;
  /** `provinceCode` picks WIB/WITA/WIT; none (national, ministries) is WIB. */
  date(instant: Instant, provinceCode?: Province, style?: DateStyle): string;
  time(instant: Instant, provinceCode?: Province, options?: { seconds?: boolean }): string;
  dateTime(instant: Instant, provinceCode?: Province, options?: DateTimeOptions): string;
}

const bound = new Map<Language, Formatters>();

/**
 * Screens show a stored date they cannot read as it was written rather than failing the whole page; the
 * documents call formatCalendarDate itself, which refuses it.
 */
function calendarDateOrAsWritten(isoDate: string, language: Language, style: DateStyle | undefined): string {
  try {
    return formatCalendarDate(isoDate, language, style);
  } catch {
    return isoDate;
  }
}

export function formattersFor(language: Language): Formatters {
  let formatters = bound.get(language);
  if (formatters === undefined) {
    formatters = {
      language,
      score: (value) => formatScore(value, language),
      scoreChange: (delta) => formatScoreChange(delta, language),
      decimal: (value, decimals) => formatDecimal(value, decimals, language),
      number: (value, maximumDecimals) => formatNumber(value, language, maximumDecimals),
      percent: (ratio, maximumDecimals, minimumDecimals) =>
        formatPercent(ratio, language, maximumDecimals, minimumDecimals),
      fileSize: (bytes) => formatFileSize(bytes, language),
      calendarDate: (isoDate, style) => calendarDateOrAsWritten(isoDate, language, style),
      date: (instant, provinceCode, style) => formatDate(instant, language, provinceCode, style),
      time: (instant, provinceCode, options) => formatTime(instant, language, provinceCode, options),
      dateTime: (instant, provinceCode, options) => formatDateTime(instant, language, provinceCode, options),
    };
    bound.set(language, formatters);
  }
  return formatters;
}

import type { Language } from '../numbers/format-decimal';

const MONTHS: Record<Language, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * "14 November 2024" from the calendar date "2024-11-14". A calendar date (not a Date) so the day printed on
 * a decree never shifts with the server's time zone.
 */
export function formatLongDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[language][Number(match[2]) - 1] : undefined;
  const day = match ? Number(match[3]) : 0;
  if (match === null || month === undefined || day < 1 || day > 31) {
    throw new RangeError(`expected a calendar date YYYY-MM-DD, got "${isoDate}"`);
  }
  return `${day} ${month} ${match[1]}`;
}

import { formatCalendarDate, type Language } from '../format';

/**
 * "14 November 2024" from the calendar date "2024-11-14" (core/format). A calendar date (not a Date) so the
 * day printed on a decree never shifts with the server's time zone.
 */
export function formatLongDate(isoDate: string, language: Language): string {
  return formatCalendarDate(isoDate, language, 'long');
}

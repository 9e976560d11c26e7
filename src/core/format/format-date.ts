import type { Language } from './language';
import { timeZoneOfProvince } from './province-time-zones';

/** An instant as the API sends it (ISO 8601 with offset) or as a Date. */
export type Instant = Date | string;

/** `long`: "14 November 2025"; `medium`: "14 Nov 2025" (tables). */
export type DateStyle = 'long' | 'medium';

type Part = 'date-long' | 'date-medium' | 'weekday' | 'time' | 'time-seconds';

const partOptions: Record<Part, Intl.DateTimeFormatOptions> = {
  'date-long': { day: 'numeric', month: 'long', year: 'numeric' },
  'date-medium': { day: 'numeric', month: 'short', year: 'numeric' },
  weekday: { weekday: 'long' },
  // h23 so midnight is 00.00 everywhere (some engines print 24.00 with hour12: false).
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  'time-seconds': { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
};

// Bounded: 2 languages × 4 zones (three Indonesian + UTC for calendar dates) × 5 parts.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Every format names its time zone explicitly: a printed date or time never follows the zone of the server or
 * of the viewer's device, only the province's.
 */
function formatPart(part: Part, language: Language, timeZone: string, at: Date): string {
  const key = `${part}:${language}:${timeZone}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
      ...partOptions[part],
      timeZone,
    });
    dateFormats.set(key, format);
  }
  return format.format(at);
}

function toDate(instant: Instant): Date {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) throw new RangeError(`expected an instant, got "${String(instant)}"`);
  return at;
}

/**
 * "14 November 2025" from the calendar date "2025-11-14" (a due date, a decree date). A calendar date has no
 * zone, so it is printed as written, never shifted.
 */
export function formatCalendarDate(isoDate: string, language: Language, style: DateStyle = 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const at = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (match === null || at === undefined || at.toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`expected a calendar date YYYY-MM-DD, got "${isoDate}"`);
  }
  return formatPart(`date-${style}`, language, 'UTC', at);
}

/** The day an instant falls on in the province's zone: "14 November 2025". */
export function formatDate(
  instant: Instant,
  language: Language,
  provinceCode: string | null | undefined,
  style: DateStyle = 'long',
): string {
  return formatPart(`date-${style}`, language, timeZoneOfProvince(provinceCode).zone, toDate(instant));
}

/** The wall-clock time in the province with its zone: "10.30 WITA" / "10:30 WITA" (or "10.30.05 WITA"). */
export function formatTime(
  instant: Instant,
  language: Language,
  provinceCode: string | null | undefined,
  { seconds = false }: { seconds?: boolean } = {},
): string {
  const { zone, label } = timeZoneOfProvince(provinceCode);
  return `${formatPart(seconds ? 'time-seconds' : 'time', language, zone, toDate(instant))} ${label}`;
}

export interface DateTimeOptions {
  style?: DateStyle;
  /** "Jumat, 14 November 2025 …": for minutes and letters. */
  weekday?: boolean;
  /** "… 10.30.05 WIB": for the audit log. */
  seconds?: boolean;
}

/**
 * An instant in the province's zone, with WIB/WITA/WIT: Indonesian "14 November 2025 pukul 10.30 WITA",
 * English "14 November 2025, 10:30 WITA"; `medium` "14 Nov 2025, 10.30 WITA" for tables.
 */
export function formatDateTime(
  instant: Instant,
  language: Language,
  provinceCode: string | null | undefined,
  { style = 'long', weekday = false, seconds = false }: DateTimeOptions = {},
): string {
  const at = toDate(instant);
  const { zone } = timeZoneOfProvince(provinceCode);
  const day = formatPart(`date-${style}`, language, zone, at);
  const date = weekday ? `${formatPart('weekday', language, zone, at)}, ${day}` : day;
  const joint = language === 'id' && style === 'long' ? ' pukul ' : ', ';
  return `${date}${joint}${formatTime(at, language, provinceCode, { seconds })}`;
}

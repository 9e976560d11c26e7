import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatFileSize,
  formatLanguageOf,
  formatNumber,
  formatPercent,
  formatScore,
  formatScoreChange,
  formatTime,
  formattersFor,
  PROVINCE_TIME_ZONES,
  timeZoneOfProvince,
} from '../../../../src/core/format';

const nbsp = '\u00a0';
// 16.30 UTC: 23.30 in Jakarta on the 14th, but already the 15th in Makassar (00.30) and Jayapura (01.30),
// and still the morning of the 14th in New York. A format that used the machine's zone would show it.
const instant = '2025-11-14T16:30:00.000Z';

// The same answers whatever zone the machine runs in: every format names its zone.
describe.each(['UTC', 'America/New_York', 'Asia/Jayapura'])(
  'formats with the machine in %s',
  (machineZone) => {
    const previous = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = machineZone;
    });
    afterAll(() => {
      process.env.TZ = previous;
    });

    it('really runs in that zone (so the checks below prove independence)', () => {
      const expected = { UTC: 0, 'America/New_York': 300, 'Asia/Jayapura': -540 }[machineZone];
      expect(new Date(instant).getTimezoneOffset()).toBe(expected);
    });

    it('writes a score with two decimals: comma in Indonesian, point in English', () => {
      expect(formatScore(95.4, 'id')).toBe('95,40');
      expect(formatScore(95.4, 'en')).toBe('95.40');
      expect(formatScore(100, 'id')).toBe('100,00');
      expect(formatScore(87.225, 'id')).toBe('87,23');
      expect(formatScoreChange(1.25, 'id')).toBe('+1,25');
      expect(formatScoreChange(-0.4, 'en')).toBe('−0.40');
    });

    it('groups thousands the language way', () => {
      expect(formatNumber(12345, 'id')).toBe('12.345');
      expect(formatNumber(12345, 'en')).toBe('12,345');
      expect(formatNumber(2.5, 'id', 1)).toBe('2,5');
      expect(formatDecimal(1234.5, 2, 'id')).toBe('1.234,50');
      expect(formatDecimal(1234.5, 2, 'en')).toBe('1,234.50');
      expect(formatFileSize(2.5 * 1024 * 1024, 'id')).toBe('2,5 MB');
      expect(formatFileSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
      expect(formatFileSize(850 * 1024, 'id')).toBe('850 KB');
      expect(formatFileSize(10, 'en')).toBe('1 KB');
    });

    it('writes a share as "26,5 %" in Indonesian and "26.5%" in English', () => {
      expect(formatPercent(0.265, 'id')).toBe(`26,5${nbsp}%`);
      expect(formatPercent(0.265, 'en')).toBe('26.5%');
      expect(formatPercent(1, 'id')).toBe(`100${nbsp}%`);
      expect(formatPercent(0.4567, 'en', 0)).toBe('46%');
      expect(formatPercent(0.3237, 'id', 2, 2)).toBe(`32,37${nbsp}%`);
      expect(formatPercent(0.7, 'en', 2, 2)).toBe('70.00%');
    });

    it('writes a calendar date as written, in long or medium form', () => {
      expect(formatCalendarDate('2025-11-14', 'id')).toBe('14 November 2025');
      expect(formatCalendarDate('2025-11-14', 'en')).toBe('14 November 2025');
      expect(formatCalendarDate('2027-01-03', 'id')).toBe('3 Januari 2027');
      expect(formatCalendarDate('2025-08-17', 'id', 'medium')).toBe('17 Agu 2025');
      expect(() => formatCalendarDate('2025-02-30', 'id')).toThrow(RangeError);
      expect(() => formatCalendarDate('14/11/2025', 'en')).toThrow(RangeError);
    });

    it('writes an instant in the province zone with WIB, WITA or WIT', () => {
      // 31 DKI Jakarta, 73 Sulawesi Selatan, 91 Papua.
      expect(formatDateTime(instant, 'id', '31')).toBe('14 November 2025 pukul 23.30 WIB');
      expect(formatDateTime(instant, 'id', '73')).toBe('15 November 2025 pukul 00.30 WITA');
      expect(formatDateTime(instant, 'id', '91')).toBe('15 November 2025 pukul 01.30 WIT');
      expect(formatDateTime(instant, 'en', '31')).toBe('14 November 2025, 23:30 WIB');
      expect(formatDateTime(instant, 'en', '73')).toBe('15 November 2025, 00:30 WITA');
      expect(formatDateTime(instant, 'en', '91')).toBe('15 November 2025, 01:30 WIT');
      expect(formatDateTime(new Date(instant), 'id', '91.03', { style: 'medium' })).toBe(
        '15 Nov 2025, 01.30 WIT',
      );
      expect(formatDateTime(instant, 'id', '73', { weekday: true })).toBe(
        'Sabtu, 15 November 2025 pukul 00.30 WITA',
      );
      expect(formatDateTime(instant, 'en', '73', { weekday: true })).toBe(
        'Saturday, 15 November 2025, 00:30 WITA',
      );
    });

    it('gives the day and the time of an instant in the province, and WIB without one', () => {
      expect(formatDate(instant, 'id', '31')).toBe('14 November 2025');
      expect(formatDate(instant, 'id', '94')).toBe('15 November 2025');
      expect(formatDate(instant, 'en', null)).toBe('14 November 2025');
      expect(formatTime(instant, 'id', null)).toBe('23.30 WIB');
      expect(formatTime('2025-11-14T16:00:00Z', 'en', '51')).toBe('00:00 WITA');
      expect(formatTime('2025-11-14T16:00:05Z', 'id', '91', { seconds: true })).toBe('01.00.05 WIT');
      expect(formatDateTime(instant, 'en', null, { style: 'medium', seconds: true })).toBe(
        '14 Nov 2025, 23:30:00 WIB',
      );
    });

    it('binds the formats to one language', () => {
      const id = formattersFor('id');
      const en = formattersFor('en');
      expect([id.score(93.28), en.score(93.28)]).toEqual(['93,28', '93.28']);
      expect([id.percent(0.5), en.percent(0.5)]).toEqual([`50${nbsp}%`, '50%']);
      expect(id.dateTime(instant, '64', { style: 'medium' })).toBe('15 Nov 2025, 00.30 WITA');
      expect(en.calendarDate('2027-01-03')).toBe('3 January 2027');
    });
  },
);

describe('province time zones', () => {
  it('lists the 38 provinces (and the BPS Papua code 97) in three zones', () => {
    const labels = Object.values(PROVINCE_TIME_ZONES).map((zone) => zone.label);
    expect(labels.filter((label) => label === 'WIB')).toHaveLength(18);
    expect(labels.filter((label) => label === 'WITA')).toHaveLength(12);
    expect(labels.filter((label) => label === 'WIT')).toHaveLength(9);
  });

  it('splits Kalimantan and the islands along the zone lines', () => {
    expect(timeZoneOfProvince('61').label).toBe('WIB'); // Kalimantan Barat
    expect(timeZoneOfProvince('62').label).toBe('WIB'); // Kalimantan Tengah
    expect(timeZoneOfProvince('63').label).toBe('WITA'); // Kalimantan Selatan
    expect(timeZoneOfProvince('51').zone).toBe('Asia/Makassar'); // Bali
    expect(timeZoneOfProvince('82').zone).toBe('Asia/Jayapura'); // Maluku Utara
    expect(timeZoneOfProvince('73.71').label).toBe('WITA'); // a regency code resolves by its province
  });

  it('keeps ministries, agencies and unknown codes on WIB', () => {
    expect(timeZoneOfProvince(null).label).toBe('WIB');
    expect(timeZoneOfProvince(undefined).label).toBe('WIB');
    expect(timeZoneOfProvince('99').label).toBe('WIB');
    expect(timeZoneOfProvince('K.01').label).toBe('WIB');
  });

  it('reads the language tag, Indonesian by default', () => {
    expect(formatLanguageOf('en-GB')).toBe('en');
    expect(formatLanguageOf('id')).toBe('id');
    expect(formatLanguageOf(undefined)).toBe('id');
  });
});

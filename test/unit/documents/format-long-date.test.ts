import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../../src/core/documents';

describe('formatLongDate', () => {
  it('writes Indonesian and English long dates from a calendar date', () => {
    expect(formatLongDate('2024-11-14', 'id')).toBe('14 November 2024');
    expect(formatLongDate('2025-03-01', 'id')).toBe('1 Maret 2025');
    expect(formatLongDate('2023-08-17', 'en')).toBe('17 August 2023');
    expect(formatLongDate('2022-12-22', 'id')).toBe('22 Desember 2022');
  });

  it('refuses anything that is not YYYY-MM-DD with a real month', () => {
    expect(() => formatLongDate('14/11/2024', 'id')).toThrow(RangeError);
    expect(() => formatLongDate('2024-13-01', 'id')).toThrow(RangeError);
    expect(() => formatLongDate('2024-00-10', 'id')).toThrow(RangeError);
  });
});

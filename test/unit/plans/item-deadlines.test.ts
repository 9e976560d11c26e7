import { describe, expect, it } from 'vitest';
import { deadlineState, localToday } from '../../../src/server/plans/item-deadlines';

// Instants, never the machine's clock or zone: the answers must hold under any TZ and faketime.
describe('localToday: the calendar day in the province, whatever the machine time zone', () => {
  it('turns the day at local midnight: 17:00 UTC in WIB, 16:00 in WITA, 15:00 in WIT', () => {
    const at = (iso: string) => new Date(iso);
    // Sumatera Selatan (WIB), Bali (WITA), Papua (WIT); ministries (no province) keep Jakarta time.
    expect(localToday(at('2026-12-04T16:59:59Z'), '16')).toBe('2026-12-04');
    expect(localToday(at('2026-12-04T17:00:00Z'), '16')).toBe('2026-12-05');
    expect(localToday(at('2026-12-04T15:59:59Z'), '51')).toBe('2026-12-04');
    expect(localToday(at('2026-12-04T16:00:00Z'), '51')).toBe('2026-12-05');
    expect(localToday(at('2026-12-04T14:59:59Z'), '91')).toBe('2026-12-04');
    expect(localToday(at('2026-12-04T15:00:00Z'), '91')).toBe('2026-12-05');
    expect(localToday(at('2026-12-04T23:30:00Z'), null)).toBe('2026-12-05');
  });
});

describe('deadlineState: days left from the local date', () => {
  it('counts whole calendar days and flags overdue and due within 14 days, open items only', () => {
    expect(deadlineState({ dueDate: '2026-12-02', status: 'planned' }, '2026-12-05')).toEqual({
      overdue: true,
      dueSoon: false,
      daysLeft: -3,
    });
    expect(deadlineState({ dueDate: '2026-12-19', status: 'in_progress' }, '2026-12-05')).toEqual({
      overdue: false,
      dueSoon: true,
      daysLeft: 14,
    });
    expect(deadlineState({ dueDate: '2026-12-20', status: 'planned' }, '2026-12-05').dueSoon).toBe(false);
    // Across the end of March (no daylight saving anywhere in Indonesia, none in the arithmetic either).
    expect(deadlineState({ dueDate: '2027-04-01', status: 'planned' }, '2027-03-25').daysLeft).toBe(7);
    expect(deadlineState({ dueDate: '2026-12-02', status: 'done' }, '2026-12-05').daysLeft).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { clockOf } from '../../../src/server/clock';

describe('clockOf: where the server takes now from', () => {
  it('reads an injected clock on every call, ignoring the system clock and the offset', () => {
    let current = Date.parse('2026-12-04T23:30:00Z');
    const now = clockOf({ testClockOffsetMs: 3_600_000, clock: () => new Date(current) });
    expect(now().toISOString()).toBe('2026-12-04T23:30:00.000Z');
    current += 1000;
    expect(now().toISOString()).toBe('2026-12-04T23:30:01.000Z');
  });

  it('otherwise shifts the system clock by the test offset', () => {
    const now = clockOf({ testClockOffsetMs: 3_600_000 });
    const before = Date.now();
    const shifted = now().getTime();
    expect(shifted - before).toBeGreaterThanOrEqual(3_600_000);
    expect(shifted - Date.now()).toBeLessThanOrEqual(3_600_000);
  });
});

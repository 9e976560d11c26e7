/**
 * A clock the test sets by hand, handed to the app as `config.clock` (buildTestApp's `clock` option), so a
 * date-dependent test gives the same answer at any hour, on any machine time zone, under faketime too.
 */
export interface TestClock {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
}

/**
 * 23:30 UTC: already the next day in WIB, WITA and WIT, the hour at which a test that builds dates from the
 * UTC date disagrees with a server that counts days in the province's local time.
 */
export const lateUtcInstant = '2026-12-04T23:30:00.000Z';

export function createTestClock(startIso: string = lateUtcInstant): TestClock {
  let current = Date.parse(startIso);
  if (Number.isNaN(current)) throw new Error(`not an instant: ${startIso}`);
  return {
    now: () => new Date(current),
    set(iso) {
      current = Date.parse(iso);
      if (Number.isNaN(current)) throw new Error(`not an instant: ${iso}`);
    },
    advance(ms) {
      current += ms;
    },
  };
}

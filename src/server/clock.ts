import type { AppConfig } from './config';

/** Where every date decision of the server (phase of a cycle, due date, deadline, embargo, session) gets now. */
export type Clock = () => Date;

/**
 * The server's notion of now: the injected `config.clock` when a test sets one (so a date-dependent test
 * never depends on the hour or the machine's time zone), otherwise the system clock shifted by
 * PATUH_TEST_CLOCK_OFFSET_SECONDS so a browser test can step past a phase end or an embargo.
 */
export function clockOf(config: Pick<AppConfig, 'testClockOffsetMs' | 'clock'>): Clock {
  return () => (config.clock ? config.clock() : new Date(Date.now() + config.testClockOffsetMs));
}

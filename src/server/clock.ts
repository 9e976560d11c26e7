import type { AppConfig } from './config';

/**
 * The server's notion of now: the system clock, shifted in tests by PATUH_TEST_CLOCK_OFFSET_SECONDS so a
 * browser test can step past a phase end or an embargo. Routes take their `now` from here.
 */
export function clockOf(config: Pick<AppConfig, 'testClockOffsetMs'>): () => Date {
  return () => new Date(Date.now() + config.testClockOffsetMs);
}

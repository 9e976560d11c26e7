import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeResponseTimes } from '../../../src/core/collection/summarize-response-times';

const hour = 3_600_000;
const received = Date.UTC(2024, 6, 1, 8);
const complaint = (firstResponseHours: number | null, resolvedHours: number | null = null) => ({
  receivedAt: received,
  firstResponseAt: firstResponseHours === null ? null : received + firstResponseHours * hour,
  resolvedAt: resolvedHours === null ? null : received + resolvedHours * hour,
});

describe('summarizeResponseTimes', () => {
  it('computes median and nearest-rank 90th percentile by hand-checked examples', () => {
    // First responses after 1..10 hours: median (5 + 6) / 2 = 5.5; p90 = rank ⌈9⌉ = 9 hours.
    const summary = summarizeResponseTimes(
      Array.from({ length: 10 }, (_, i) => complaint(i + 1, (i + 1) * 24)),
    );
    expect(summary.firstResponseHours).toEqual({ median: 5.5, p90: 9 });
    expect(summary.resolutionHours).toEqual({ median: 132, p90: 216 });
    expect(summary).toMatchObject({ complaints: 10, responded: 10, resolved: 10 });
  });

  it('leaves open complaints out of the times but counts them', () => {
    const summary = summarizeResponseTimes([complaint(2), complaint(null), complaint(4, 48)]);
    expect(summary).toMatchObject({ complaints: 3, responded: 2, resolved: 1 });
    expect(summary.firstResponseHours).toEqual({ median: 3, p90: 4 });
    expect(summary.resolutionHours).toEqual({ median: 48, p90: 48 });
  });

  it('says "no data" rather than zero when nothing was answered', () => {
    expect(summarizeResponseTimes([complaint(null)]).firstResponseHours).toBeNull();
    expect(summarizeResponseTimes([]).resolutionHours).toBeNull();
  });

  it('keeps median ≤ p90 ≤ the slowest response, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 60 }), (hours) => {
        const summary = summarizeResponseTimes(hours.map((h) => complaint(h)));
        const times = summary.firstResponseHours;
        expect(times).not.toBeNull();
        expect(times?.median ?? 0).toBeLessThanOrEqual(times?.p90 ?? 0);
        expect(times?.p90 ?? 0).toBeLessThanOrEqual(Math.max(...hours));
        const reversed = summarizeResponseTimes([...hours].reverse().map((h) => complaint(h)));
        expect(reversed.firstResponseHours).toEqual(times);
      }),
    );
  });
});

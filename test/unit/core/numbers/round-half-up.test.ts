import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp, toScaledInteger } from '../../../../src/core';

describe('roundHalfUp', () => {
  it.each([
    [93.275, 93.28],
    [93.2775, 93.28],
    [1.005, 1.01],
    [2.675, 2.68],
    [0.125, 0.13],
    [80.185, 80.19],
    [93.2749, 93.27],
    [100, 100],
    [0, 0],
    [-1.005, -1.01],
  ])('rounds %d half-up to %d despite binary representation', (value, expected) => {
    expect(roundHalfUp(value, 2)).toBe(expected);
  });

  it('naive rounding gets 1.005 wrong, so the cases above are meaningful', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1);
  });

  it('agrees with integer arithmetic on every 3-decimal value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (thousandths) => {
        const expected = Math.floor((thousandths + 5) / 10) / 100;
        expect(roundHalfUp(thousandths / 1000, 2)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('supports other precisions and scaled integers', () => {
    expect(roundHalfUp(76.605, 1)).toBe(76.6);
    expect(roundHalfUp(76.65, 1)).toBe(76.7);
    expect(roundHalfUp(12.5, 0)).toBe(13);
    expect(toScaledInteger(93.275)).toBe(9328);
  });

  it('refuses non-finite numbers', () => {
    expect(() => roundHalfUp(Number.NaN)).toThrow(RangeError);
  });
});

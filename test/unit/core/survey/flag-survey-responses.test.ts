import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultSurveyFlagRules,
  type FlaggableSurveyResponse,
  flagSurveyResponses,
  surveyPatternKey,
} from '../../../../src/core/survey/flag-survey-responses';

const start = Date.parse('2026-03-10T03:00:00.000Z');
const minute = 60_000;
let sequence = 0;

function response(
  clientHash: string | null,
  minutesAfterStart: number,
  levels: Record<string, number>,
): FlaggableSurveyResponse {
  sequence += 1;
  return {
    id: `r${sequence}`,
    clientHash,
    levels,
    submittedAt: new Date(start + minutesAfterStart * minute),
  };
}
const same = (level: number) => ({ 'OUT-01': level, 'OUT-02': level, 'OUT-03': level });
/** A distinct answer set per number, so only the rule under test can fire. */
const distinct = (n: number) => ({ 'OUT-01': n % 4, 'OUT-02': Math.floor(n / 4) % 4, 'OUT-03': 9 });

describe('flagSurveyResponses', () => {
  it('flags nothing for distinct clients with distinct answers', () => {
    const responses = Array.from({ length: 12 }, (_, n) => response(`c${n}`, n, distinct(n)));
    expect(flagSurveyResponses(responses).size).toBe(0);
  });

  it('flags every response of a client burst (3 within 10 minutes), and none when they are spread out', () => {
    const burst = [
      response('a', 0, distinct(0)),
      response('a', 4, distinct(1)),
      response('a', 9, distinct(2)),
    ];
    const flags = flagSurveyResponses(burst);
    expect(burst.map((item) => flags.get(item.id))).toEqual([
      ['client-burst'],
      ['client-burst'],
      ['client-burst'],
    ]);
    // Exactly 10 minutes between the first and the third is outside the window.
    const spread = [
      response('b', 0, distinct(0)),
      response('b', 5, distinct(1)),
      response('b', 10, distinct(2)),
    ];
    expect(flagSurveyResponses(spread).size).toBe(0);
    // Two from one client are not a burst (a couple sharing a phone).
    expect(flagSurveyResponses([response('c', 0, distinct(0)), response('c', 1, distinct(1))]).size).toBe(0);
  });

  it('flags the same answers repeated by one client at any distance in time (3 times)', () => {
    const repeated = [
      response('a', 0, same(3)),
      response('a', 120, same(3)),
      response('a', 600, { 'OUT-03': 3, 'OUT-01': 3, 'OUT-02': 3 }),
      response('a', 900, same(2)),
    ];
    const flags = flagSurveyResponses(repeated);
    expect(repeated.map((item) => flags.get(item.id))).toEqual([
      ['client-repeated-pattern'],
      ['client-repeated-pattern'],
      ['client-repeated-pattern'],
      undefined,
    ]);
  });

  it('flags the same answers in a burst from many clients (rotated addresses: 8 within 10 minutes)', () => {
    const rotated = Array.from({ length: 8 }, (_, n) => response(`rotating-${n}`, n, same(0)));
    const flags = flagSurveyResponses(rotated);
    expect(rotated.every((item) => flags.get(item.id)?.join() === 'pattern-burst')).toBe(true);
    // Seven are a queue of people who agree, not yet a pattern.
    expect(flagSurveyResponses(rotated.slice(0, 7)).size).toBe(0);
    // An honest response with the same answers an hour later is not part of the burst.
    const later = response('late', 70, same(0));
    expect(flagSurveyResponses([...rotated, later]).get(later.id)).toBeUndefined();
  });

  it('ignores unknown clients for the client rules but still sees their patterns', () => {
    const unknown = Array.from({ length: 8 }, (_, n) => response(null, n, same(1)));
    const flags = flagSurveyResponses(unknown);
    expect(unknown.every((item) => flags.get(item.id)?.join() === 'pattern-burst')).toBe(true);
    const unknownDistinct = Array.from({ length: 8 }, (_, n) => response(null, n, distinct(n)));
    expect(flagSurveyResponses(unknownDistinct).size).toBe(0);
  });

  it('lists all flags of a stuffed response once, in rule order', () => {
    const stuffed = Array.from({ length: 20 }, () => response('bot', 0, same(0)));
    const flags = flagSurveyResponses(stuffed);
    for (const item of stuffed)
      expect(flags.get(item.id)).toEqual(['client-burst', 'client-repeated-pattern', 'pattern-burst']);
  });

  it('follows the rules it is given', () => {
    const pair = [response('a', 0, distinct(0)), response('a', 1, distinct(1))];
    expect(flagSurveyResponses(pair, { ...defaultSurveyFlagRules, clientBurstCount: 2 }).size).toBe(2);
  });

  it('keys answer sets independently of the order of their indicator codes', () => {
    expect(surveyPatternKey({ b: 1, a: 2 })).toBe(surveyPatternKey({ a: 2, b: 1 }));
    expect(surveyPatternKey({ a: 1, b: 2 })).not.toBe(surveyPatternKey({ a: 2, b: 1 }));
  });

  it('flags a client exactly when some 10-minute window holds 3 of its responses (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 12 }), (minutes) => {
        const items = minutes.map((at, n) => response('p', at, distinct(n)));
        const flagged = flagSurveyResponses(items);
        for (const item of items) {
          const at = item.submittedAt.getTime();
          // Brute force: is the item in some run of 3 whose span is under the window?
          const times = items.map((other) => other.submittedAt.getTime()).sort((a, b) => a - b);
          let inBurst = false;
          for (let first = 0; first + 2 < times.length; first += 1) {
            const from = times[first] ?? 0;
            const to = times[first + 2] ?? 0;
            if (to - from < 10 * minute && at >= from && at <= to) inBurst = true;
          }
          expect(flagged.get(item.id)?.includes('client-burst') ?? false).toBe(inBurst);
        }
      }),
    );
  });
});

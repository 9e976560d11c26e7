import { describe, expect, it } from 'vitest';
import {
  type FlaggableSurveyResponse,
  flagSurveyResponses,
  isOutsideServiceHours,
  parseServiceHours,
  serviceUserSurveyFlagRules,
} from '../../../../src/core/survey/flag-survey-responses';

const minute = 60_000;
/** Tuesday 10 March 2026, 10:00 WIB. */
const tuesdayTenWib = Date.parse('2026-03-10T03:00:00.000Z');

function response(
  id: string,
  offsetMinutes: number,
  clientHash: string | null,
  levels: Record<string, number> = { 'OUT-01': Number(id.replace(/\D/g, '')) % 4, 'OUT-02': 2 },
): FlaggableSurveyResponse {
  return { id, clientHash, levels, submittedAt: new Date(tuesdayTenWib + offsetMinutes * minute) };
}

describe('unit burst: many responses in a few minutes, from any clients', () => {
  it('flags fifteen responses inside ten minutes, each from another client with other answers', () => {
    const burst = Array.from({ length: 15 }, (_, index) =>
      response(`r${index}`, index * 0.5, `client-${index}`, { 'OUT-01': index % 4, 'OUT-02': index % 3 }),
    );
    const flags = flagSurveyResponses(burst, serviceUserSurveyFlagRules);
    expect(burst.every((item) => flags.get(item.id)?.includes('unit-burst'))).toBe(true);
  });

  it('leaves fourteen alone, and fifteen spread over more than ten minutes', () => {
    const fourteen = Array.from({ length: 14 }, (_, index) =>
      response(`r${index}`, index * 0.5, `c${index}`),
    );
    expect(flagSurveyResponses(fourteen, serviceUserSurveyFlagRules).size).toBe(0);
    const spread = Array.from({ length: 15 }, (_, index) => response(`r${index}`, index * 1, `c${index}`));
    // 0 … 14 minutes: any ten-minute window holds at most ten.
    expect(flagSurveyResponses(spread, serviceUserSurveyFlagRules).size).toBe(0);
  });

  it('is off under the default rules (the public-trust survey has no counter)', () => {
    const burst = Array.from({ length: 20 }, (_, index) => response(`r${index}`, 0, `c${index}`));
    expect(flagSurveyResponses(burst).size).toBe(0);
  });
});

describe('many from one network', () => {
  it('flags six responses from one client, hours apart and with different answers', () => {
    const six = Array.from({ length: 6 }, (_, index) =>
      response(`r${index}`, index * 60, 'shared-wifi', { 'OUT-01': index % 4, 'OUT-02': (index + 1) % 4 }),
    );
    const flags = flagSurveyResponses(six, serviceUserSurveyFlagRules);
    for (const item of six) expect(flags.get(item.id)).toEqual(['client-many']);
  });

  it('leaves five from one client alone, and ignores responses without a client hash', () => {
    const five = Array.from({ length: 5 }, (_, index) =>
      response(`r${index}`, index * 60, 'shared-wifi', { 'OUT-01': index % 4, 'OUT-02': (index + 2) % 4 }),
    );
    const unknown = Array.from({ length: 8 }, (_, index) => response(`u${index}`, index * 60, null));
    expect(flagSurveyResponses([...five, ...unknown], serviceUserSurveyFlagRules).size).toBe(0);
  });
});

describe('identical answer patterns', () => {
  it('flags the same answer set repeated by one client (client-repeated-pattern)', () => {
    const same = { 'OUT-01': 3, 'OUT-02': 3 };
    const repeated = [0, 90, 180].map((at, index) => response(`r${index}`, at, 'phone', same));
    const flags = flagSurveyResponses(repeated, serviceUserSurveyFlagRules);
    for (const item of repeated) expect(flags.get(item.id)).toEqual(['client-repeated-pattern']);
  });
});

describe('outside service hours', () => {
  const hours = { ...(parseServiceHours('07:30-16:00') ?? { opensAtMinute: 0, closesAtMinute: 0 }) };
  const wib = { ...hours, openDays: [1, 2, 3, 4, 5, 6], utcOffsetHours: 7 };

  it('parses HH:MM-HH:MM and refuses anything else', () => {
    expect(parseServiceHours('07:30-16:00')).toEqual({ opensAtMinute: 450, closesAtMinute: 960 });
    expect(parseServiceHours('00:00-24:00')).toEqual({ opensAtMinute: 0, closesAtMinute: 1440 });
    expect(parseServiceHours('16:00-07:30')).toBeUndefined();
    expect(parseServiceHours('7:30-16:00')).toBeUndefined();
    expect(parseServiceHours('07:60-16:00')).toBeUndefined();
  });

  it('judges the unit’s local time: opening inclusive, closing exclusive, Sunday closed', () => {
    // 07:30 WIB = 00:30 UTC.
    expect(isOutsideServiceHours(new Date('2026-03-10T00:30:00.000Z'), wib)).toBe(false);
    expect(isOutsideServiceHours(new Date('2026-03-10T00:29:59.000Z'), wib)).toBe(true);
    expect(isOutsideServiceHours(new Date('2026-03-10T08:59:59.000Z'), wib)).toBe(false);
    expect(isOutsideServiceHours(new Date('2026-03-10T09:00:00.000Z'), wib)).toBe(true);
    // Sunday 15 March 2026, 10:00 WIB.
    expect(isOutsideServiceHours(new Date('2026-03-15T03:00:00.000Z'), wib)).toBe(true);
    // 23:30 UTC on Monday is 06:30 WIB Tuesday (closed) but 08:30 WIT Tuesday (open).
    const late = new Date('2026-03-09T23:30:00.000Z');
    expect(isOutsideServiceHours(late, wib)).toBe(true);
    expect(isOutsideServiceHours(late, { ...wib, utcOffsetHours: 9 })).toBe(false);
  });

  it('flags only the responses sent while the unit was closed, and only when hours are known', () => {
    const open = response('r1', 0, 'a');
    const night = response('r2', 12 * 60, 'b');
    const rules = { ...serviceUserSurveyFlagRules, serviceHours: wib };
    const flags = flagSurveyResponses([open, night], rules);
    expect(flags.get('r1')).toBeUndefined();
    expect(flags.get('r2')).toEqual(['outside-service-hours']);
    expect(flagSurveyResponses([open, night], serviceUserSurveyFlagRules).size).toBe(0);
  });
});

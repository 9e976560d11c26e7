import { describe, expect, it } from 'vitest';
import { isOutsideServiceHours } from '../../../src/core/survey/flag-survey-responses';
import { surveyFlagRulesOf } from '../../../src/server/survey/survey-flag-rules';

// Tuesday 9 July 2024, 15:30 WIB (08:30 UTC): open by the office default, closed by a puskesmas closing at 14:00.
const afternoon = new Date('2024-07-09T08:30:00.000Z');

describe('survey service hours of a unit', () => {
  it('uses the unit’s own hours before PATUH_SURVEY_SERVICE_HOURS', () => {
    const rules = surveyFlagRulesOf({ serviceHours: '07:30-16:00' }, '16', '07:30-14:00');
    expect(rules.serviceHours).toMatchObject({ opensAtMinute: 450, closesAtMinute: 840, utcOffsetHours: 7 });
    expect(isOutsideServiceHours(afternoon, rules.serviceHours ?? fail())).toBe(true);
  });

  it('falls back to the setting, and judges no hour when neither is recorded', () => {
    const fallback = surveyFlagRulesOf({ serviceHours: '07:30-16:00' }, '16', null);
    expect(isOutsideServiceHours(afternoon, fallback.serviceHours ?? fail())).toBe(false);
    expect(surveyFlagRulesOf({}, '16', null).serviceHours).toBeUndefined();
  });

  it('reads the hours in the unit’s zone: 15:30 WIB is 17:30 WIT, after a Papuan unit closes', () => {
    const papua = surveyFlagRulesOf({}, '91', '08:00-16:00');
    expect(papua.serviceHours?.utcOffsetHours).toBe(9);
    expect(isOutsideServiceHours(afternoon, papua.serviceHours ?? fail())).toBe(true);
  });
});

function fail(): never {
  throw new Error('service hours expected');
}

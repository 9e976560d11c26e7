import { timeZoneOfProvince } from '../../core/cycles/indonesian-time-zones';
import {
  parseServiceHours,
  type SurveyFlagRules,
  serviceUserSurveyFlagRules,
} from '../../core/survey/flag-survey-responses';

export interface SurveyFlagSettings {
  /** PATUH_SURVEY_SERVICE_HOURS, "07:30-16:00"; unset: responses are not judged by the hour. */
  serviceHours?: string | undefined;
}

/** Public services open Monday to Saturday (puskesmas and Dukcapil counters work Saturdays); Sunday is closed. */
const openDays = [1, 2, 3, 4, 5, 6] as const;

/**
 * The service-user survey's flag rules for a unit of the province, with its opening hours in local time: the
 * unit's own hours when recorded, else PATUH_SURVEY_SERVICE_HOURS, else none.
 */
export function surveyFlagRulesOf(
  settings: SurveyFlagSettings,
  provinceCode: string | null,
  unitServiceHours: string | null = null,
): SurveyFlagRules {
  const text = unitServiceHours ?? settings.serviceHours;
  const hours = text ? parseServiceHours(text) : undefined;
  if (!hours) return serviceUserSurveyFlagRules;
  return {
    ...serviceUserSurveyFlagRules,
    serviceHours: { ...hours, openDays, utcOffsetHours: timeZoneOfProvince(provinceCode).offsetHours },
  };
}

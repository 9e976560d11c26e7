import type { Methodology } from '../methodology/methodology.schema';

export interface PlannedRole {
  role: string;
  text: { id: string; en: string };
  count: number;
}

export interface RespondentPlan {
  /** Asked at every locus unit, e.g. 4 officials with named roles and the assessor's observation. */
  perUnit: PlannedRole[];
  /** Quotas over the whole entity, e.g. 30 service users per Pemda. */
  perEntity: PlannedRole[];
  perUnitTotal: number;
  /** perUnitTotal × units + the entity quotas. */
  entityTotal: number;
}

/** The respondents a locus with `unitCount` units must interview under the edition; derived, never stored. */
export function planRespondents(methodology: Methodology, unitCount: number): RespondentPlan {
  const toPlanned = (role: Methodology['respondentRoles'][number]): PlannedRole => ({
    role: role.code,
    text: { id: role.text.id, en: role.text.en },
    count: role.requiredCount,
  });
  const perUnit = methodology.respondentRoles.filter((role) => role.scope === 'unit').map(toPlanned);
  const perEntity = methodology.respondentRoles.filter((role) => role.scope === 'entity').map(toPlanned);
  const perUnitTotal = perUnit.reduce((sum, role) => sum + role.count, 0);
  const entityQuota = perEntity.reduce((sum, role) => sum + role.count, 0);
  return { perUnit, perEntity, perUnitTotal, entityTotal: perUnitTotal * unitCount + entityQuota };
}

/** What a locus has recorded so far, counted in the database. */
export interface RecordedRespondentCounts {
  /** Officials interviewed (respondent records) over all its units. */
  officials: number;
  /** Units where the assessor has recorded an observation at a level. */
  assessorUnits: number;
  surveyResponses: number;
}

export const nothingRecorded: RecordedRespondentCounts = {
  officials: 0,
  assessorUnits: 0,
  surveyResponses: 0,
};

/**
 * How much of the plan is recorded: officials and the assessor's observations up to the per-unit roles, and
 * service-user responses up to the entity quotas (extra responses do not make up for a missing official).
 */
export function countRecordedRespondents(
  plan: RespondentPlan,
  unitCount: number,
  counts: RecordedRespondentCounts,
): number {
  const assessorPlanned = plan.perUnit.some((role) => role.role === 'asesor');
  const atUnits = counts.officials + (assessorPlanned ? counts.assessorUnits : 0);
  const entityQuota = plan.perEntity.reduce((sum, role) => sum + role.count, 0);
  return Math.min(plan.perUnitTotal * unitCount, atUnits) + Math.min(entityQuota, counts.surveyResponses);
}

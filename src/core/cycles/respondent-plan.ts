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

import type { EntityAnswers } from '../answers/entity-answers';
import { isApplicable } from '../methodology/index-methodology';
import type { LocalizedText } from '../methodology/localized-text.schema';
import type { Methodology } from '../methodology/methodology.schema';
import { completeness, type RoleCompleteness, type UnitCompleteness } from './completeness';

export interface EntityCompleteness {
  entityCode: string;
  isComplete: boolean;
  units: UnitCompleteness[];
  /** Entity-wide quotas, e.g. 30 service users per Pemda, counted over all units. */
  quotas: RoleCompleteness[];
  messages: LocalizedText[];
}

export function entityCompleteness(entity: EntityAnswers, methodology: Methodology): EntityCompleteness {
  const units = entity.units.map((unit) => completeness(unit, methodology, { entityKind: entity.kind }));
  const quotas: RoleCompleteness[] = methodology.respondentRoles
    .filter((role) => role.scope === 'entity' && isApplicable(role.appliesTo, entity.kind, undefined))
    .map((role) => {
      let present = 0;
      for (const unit of entity.units) {
        for (const respondent of unit.respondents) if (respondent.role === role.code) present += 1;
      }
      return {
        role: role.code,
        scope: role.scope,
        required: role.requiredCount,
        present,
        missing: Math.max(0, role.requiredCount - present),
      };
    });
  const messages: LocalizedText[] = quotas
    .filter((quota) => quota.missing > 0)
    .map((quota) => ({
      id: `kuota "${quota.role}": ${quota.present} dari ${quota.required}, kurang ${quota.missing}`,
      en: `quota "${quota.role}": ${quota.present} of ${quota.required}, ${quota.missing} missing`,
    }));
  return {
    entityCode: entity.code,
    isComplete: messages.length === 0 && units.every((unit) => unit.isComplete),
    units,
    quotas,
    messages,
  };
}

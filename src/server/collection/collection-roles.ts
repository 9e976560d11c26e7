import type { CollectionForms, FormQuestion } from '../../core/collection/build-collection-forms';
import { isApplicable } from '../../core/methodology/index-methodology';
import type { Methodology } from '../../core/methodology/methodology.schema';
import type { CollectionMethod, RespondentRole } from '../../core/methodology/structure.schema';
import { assessorRoleCode } from './to-unit-answers';

/** Methods the assessor records for the unit as a whole (answers with no respondent). */
export const unitLevelMethods = [
  'observation',
  'document',
  'complaint-records',
] as const satisfies readonly CollectionMethod[];

/**
 * The officials interviewed at every locus unit: the edition's unit-scoped roles that apply to the unit,
 * except the assessor (implicit: the one recording the unit-level checklists).
 */
export function officialRolesOf(
  methodology: Methodology,
  subject: { entityKind: string; unitType: string },
): RespondentRole[] {
  return methodology.respondentRoles.filter(
    (role) =>
      role.scope === 'unit' &&
      role.code !== assessorRoleCode &&
      isApplicable(role.appliesTo, subject.entityKind, subject.unitType),
  );
}

export interface RoleCount {
  code: string;
  text: { id: string; en: string };
  requiredCount: number;
  recorded: number;
}

/** Each official role with how many are recorded, and the roles still short of their required count. */
export function countRoles(
  roles: readonly RespondentRole[],
  respondents: readonly { roleCode: string }[],
): { roles: RoleCount[]; missingRoles: string[] } {
  const counted = roles.map((role) => ({
    code: role.code,
    text: role.text,
    requiredCount: role.requiredCount,
    recorded: respondents.filter((respondent) => respondent.roleCode === role.code).length,
  }));
  return {
    roles: counted,
    missingRoles: counted.filter((role) => role.recorded < role.requiredCount).map((role) => role.code),
  };
}

/**
 * The question a save refers to: in the interview of the respondent's role, or (no respondent) in a unit-level
 * checklist. Undefined when the indicator is not asked there.
 */
export function findFormQuestion(
  forms: CollectionForms,
  roleCode: string | null,
  indicatorCode: string,
): FormQuestion | undefined {
  if (roleCode === null) {
    return unitLevelMethods
      .flatMap((method) => forms.byMethod[method])
      .find((question) => question.indicatorCode === indicatorCode);
  }
  return forms.byRole
    .find((form) => form.role.code === roleCode)
    ?.questions.find((question) => question.indicatorCode === indicatorCode);
}

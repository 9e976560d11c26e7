import type { CollectionForms } from '../../core/collection/build-collection-forms';
import type { RespondentRole } from '../../core/methodology/structure.schema';
import { unitLevelMethods } from './collection-roles';

/** The answers a unit's forms ask for: each checklist question once, each interview question per required official. */
export function countExpectedAnswers(
  forms: CollectionForms,
  officialRoles: readonly RespondentRole[],
): number {
  const checklistQuestions = unitLevelMethods.reduce(
    (total, method) => total + forms.byMethod[method].length,
    0,
  );
  return officialRoles.reduce((total, role) => {
    const form = forms.byRole.find((candidate) => candidate.role.code === role.code);
    return total + (form?.questions.length ?? 0) * role.requiredCount;
  }, checklistQuestions);
}

import type { Answer, Respondent, UnitAnswers } from '../answers/entity-answers';
import { isApplicable } from '../methodology/index-methodology';
import type { Methodology } from '../methodology/methodology.schema';
import type { ScoreFlag } from './score-flag';

/** A unit's answers arranged for scoring: by indicator and respondent, respondents by role in id order. */
export interface PreparedUnit {
  unit: UnitAnswers;
  entityKind: string;
  answers: ReadonlyMap<string, ReadonlyMap<string, Answer>>;
  respondentsByRole: ReadonlyMap<string, readonly Respondent[]>;
  /** Unit-scoped roles with fewer respondents than the method requires. */
  rolesBelowRequired: ReadonlyMap<string, ScoreFlag>;
}

export function prepareUnitAnswers(
  unit: UnitAnswers,
  entityKind: string,
  methodology: Methodology,
): PreparedUnit {
  const answers = new Map<string, Map<string, Answer>>();
  for (const answer of unit.answers) {
    let byRespondent = answers.get(answer.indicator);
    if (byRespondent === undefined) {
      byRespondent = new Map();
      answers.set(answer.indicator, byRespondent);
    }
    byRespondent.set(answer.respondent, answer);
  }
  const respondentsByRole = new Map<string, Respondent[]>();
  const sorted = [...unit.respondents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const respondent of sorted) {
    const list = respondentsByRole.get(respondent.role);
    if (list === undefined) respondentsByRole.set(respondent.role, [respondent]);
    else list.push(respondent);
  }
  const rolesBelowRequired = new Map<string, ScoreFlag>();
  for (const role of methodology.respondentRoles) {
    if (role.scope !== 'unit' || !isApplicable(role.appliesTo, entityKind, unit.type)) continue;
    const present = respondentsByRole.get(role.code)?.length ?? 0;
    if (present < role.requiredCount) {
      rolesBelowRequired.set(role.code, {
        code: 'respondents-below-required',
        role: role.code,
        required: role.requiredCount,
        present,
      });
    }
  }
  return { unit, entityKind, answers, respondentsByRole, rolesBelowRequired };
}

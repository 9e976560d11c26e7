import type { Answer, Respondent, UnitAnswers } from '../answers/entity-answers';
import type { IndexedIndicator } from '../methodology/index-methodology';
import { type AnswerChange, PLANNED_EVIDENCE } from './answer-change';

/**
 * The unit's answers after one change to one indicator (pure: the input is not modified). When nobody of the
 * asked roles is present, a planned respondent of the first asked role answers, so the plan can still show
 * what the indicator would add.
 */
export function applyAnswerChange(
  unit: UnitAnswers,
  entry: IndexedIndicator,
  change: AnswerChange,
): UnitAnswers {
  const { indicator, scale } = entry;
  const respondents: Respondent[] = [...unit.respondents];
  let asked = respondents.filter((respondent) => indicator.respondentRoles.includes(respondent.role));
  const firstRole = indicator.respondentRoles[0];
  if (asked.length === 0 && firstRole !== undefined) {
    const planned = { id: `planned-${firstRole}`, role: firstRole };
    if (!respondents.some((respondent) => respondent.id === planned.id)) respondents.push(planned);
    asked = [planned];
  }
  const askedIds = new Set(asked.map((respondent) => respondent.id));
  const current = new Map<string, Answer>();
  const answers: Answer[] = [];
  for (const answer of unit.answers) {
    if (answer.indicator === indicator.code && askedIds.has(answer.respondent))
      current.set(answer.respondent, answer);
    else answers.push(answer);
  }
  const needsEvidence = indicator.evidence.rule !== 'not-required';
  const top = scale.values.length - 1;
  for (const respondent of asked) {
    const answer = current.get(respondent.id);
    const hasEvidence = (answer?.evidence?.length ?? 0) > 0;
    const counted =
      answer === undefined || (!hasEvidence && indicator.evidence.rule === 'required-or-lowest-level')
        ? scale.lowest
        : answer.level;
    const level =
      'raiseBy' in change
        ? (scale.values[Math.min(top, Math.max(0, scale.values.indexOf(counted)) + change.raiseBy)] ??
          scale.highest)
        : change.setLevel;
    const evidence = hasEvidence ? answer?.evidence : needsEvidence ? [PLANNED_EVIDENCE] : answer?.evidence;
    answers.push(
      evidence === undefined
        ? { indicator: indicator.code, respondent: respondent.id, level }
        : { indicator: indicator.code, respondent: respondent.id, level, evidence },
    );
  }
  return { ...unit, respondents, answers };
}

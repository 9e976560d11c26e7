import type { IndexedIndicator } from '../methodology/index-methodology';
import { isApplicable } from '../methodology/index-methodology';
import type { Methodology } from '../methodology/methodology.schema';
import { aggregateLevels } from './aggregate-levels';
import type { PreparedUnit } from './prepare-unit-answers';
import type { ScoreFlag } from './score-flag';
import type { AnswerDetail, ScoreNode } from './score-node';

/**
 * One indicator of one unit. Every respondent whose role the indicator asks is expected to answer; a missing
 * answer and a claim without required evidence count as the lowest level (or, with the `exclude` policy, a
 * missing answer is left out). Weight and contribution are filled in by the dimension.
 */
export function scoreIndicator(
  entry: IndexedIndicator,
  prepared: PreparedUnit,
  methodology: Methodology,
): ScoreNode {
  const { indicator, scale } = entry;
  const node: ScoreNode = {
    kind: 'indicator',
    code: indicator.code,
    text: indicator.text,
    rawValue: null,
    score: 0,
    weight: 0,
    contribution: 0,
    maxContribution: 0,
    shareOfRoot: 0,
    included: false,
    flags: [],
    children: [],
  };
  if (!isApplicable(indicator.appliesTo, prepared.entityKind, prepared.unit.type)) {
    node.flags.push({ code: 'not-applicable' });
    return node;
  }
  const scoresMissingAsLowest = methodology.aggregation.missingAnswers.policy === 'score-lowest-level';
  const evidenceRule = indicator.evidence.rule;
  const given = prepared.answers.get(indicator.code);
  const details: AnswerDetail[] = [];
  const levels: number[] = [];
  let missingAnswers = 0;
  let missingEvidence = 0;
  for (const role of indicator.respondentRoles) {
    for (const respondent of prepared.respondentsByRole.get(role) ?? []) {
      const answer = given?.get(respondent.id);
      if (answer === undefined) {
        missingAnswers += 1;
        const effectiveLevel = scoresMissingAsLowest ? scale.lowest : null;
        if (effectiveLevel !== null) levels.push(effectiveLevel);
        details.push({ respondent: respondent.id, role, level: null, effectiveLevel, hasEvidence: false });
        continue;
      }
      const hasEvidence = (answer.evidence?.length ?? 0) > 0;
      let effectiveLevel = answer.level;
      if (!hasEvidence && evidenceRule !== 'not-required') {
        missingEvidence += 1;
        if (evidenceRule === 'required-or-lowest-level') effectiveLevel = scale.lowest;
      }
      levels.push(effectiveLevel);
      details.push({ respondent: respondent.id, role, level: answer.level, effectiveLevel, hasEvidence });
    }
  }
  // Nobody of the asked roles is present: the indicator still counts, at the lowest level, unless excluded.
  if (details.length === 0) {
    missingAnswers = 1;
    if (scoresMissingAsLowest) levels.push(scale.lowest);
  }
  if (missingAnswers > 0) node.flags.push({ code: 'missing-answers', count: missingAnswers });
  if (missingEvidence > 0) node.flags.push({ code: 'missing-evidence', count: missingEvidence });
  for (const role of indicator.respondentRoles) {
    const flag: ScoreFlag | undefined = prepared.rolesBelowRequired.get(role);
    if (flag !== undefined) node.flags.push(flag);
  }
  node.answers = details;
  if (levels.length === 0) {
    node.flags.push({ code: 'excluded-without-answers' });
    return node;
  }
  levels.sort((a, b) => a - b);
  const aggregated = aggregateLevels(
    levels,
    indicator.aggregation ?? methodology.aggregation.respondentsToIndicator,
    scale,
  );
  node.rawValue = aggregated.rawValue;
  node.score = aggregated.score;
  node.included = true;
  return node;
}

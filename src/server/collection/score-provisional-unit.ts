import type { ProvisionalScore } from '../../contracts/collection.contract';
import { CoreError } from '../../core/errors/core-error';
import type { Methodology } from '../../core/methodology/methodology.schema';
import { scoreUnit } from '../../core/scoring/score-unit';
import type { CollectedUnitRows } from '../db/repositories/collection-answers.repository';
import { toUnitAnswers } from './to-unit-answers';

/**
 * The unit's score as if collection ended now (missing answers score as the edition's policy says). Never
 * published: only collection.read roles see it. Null when the collected data cannot be scored yet (the core
 * refuses it), so the page still opens.
 */
export function scoreProvisionalUnit(
  rows: CollectedUnitRows,
  methodology: Methodology,
  entityKind: string,
  counts: { answeredCount: number; expectedCount: number },
): ProvisionalScore | null {
  try {
    const scored = scoreUnit(toUnitAnswers(rows), methodology, { entityKind });
    const { classification } = scored;
    return {
      score: scored.score,
      roundedScore: scored.roundedScore,
      category: classification.category,
      label: classification.label,
      zone: classification.zone,
      zoneLabel: classification.zoneLabel,
      colour: classification.colour,
      dimensions: scored.tree.children
        .filter((node) => node.kind === 'dimension')
        .map((node) => ({ code: node.code, text: node.text, score: node.included ? node.score : null })),
      ...counts,
    };
  } catch (error) {
    if (error instanceof CoreError) return null;
    throw error;
  }
}

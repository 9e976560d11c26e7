import { indexMethodology } from '../methodology/index-methodology';
import type { Methodology } from '../methodology/methodology.schema';
import { scoreEntity } from '../scoring/score-entity';
import type { EntityScore, UnitScore } from '../scoring/score-result';
import { scoreUnit } from '../scoring/score-unit';
import type { AnswerChange } from './answer-change';
import { applyAnswerChange } from './apply-answer-change';
import type { ScoreOutcome } from './plan-subject';

/** What-if: apply the changes to the scored answers and score them again from scratch. */
export function projectChanges(
  result: EntityScore | UnitScore,
  changes: readonly AnswerChange[],
  methodology: Methodology,
): ScoreOutcome & { gain: number } {
  const index = indexMethodology(methodology);
  const units = 'units' in result ? result.input.units : [result.input];
  const changed = units.map((unit) =>
    changes.reduce((current, change) => {
      const entry = index.indicators.get(change.indicatorCode);
      return change.unitCode === unit.code && entry !== undefined
        ? applyAnswerChange(current, entry, change)
        : current;
    }, unit),
  );
  const outcome =
    'units' in result
      ? scoreEntity({ ...result.input, units: changed }, methodology)
      : scoreUnit(changed[0] ?? result.input, methodology, { entityKind: result.entityKind });
  return {
    score: outcome.score,
    roundedScore: outcome.roundedScore,
    classification: outcome.classification,
    gain: outcome.score - result.score,
  };
}

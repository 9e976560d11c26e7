import type { EntityAnswers } from '../answers/entity-answers';
import { validateEntityAnswers } from '../answers/validate-entity-answers';
import { CoreError } from '../errors/core-error';
import type { Methodology } from '../methodology/methodology.schema';
import { assembleEntityResult } from './assemble-entity-result';
import { computeUnitWeights } from './compute-unit-weights';
import type { EntityScore } from './score-result';
import { scoreValidatedUnit } from './score-unit';

/** Scores an entity: every unit, the unit → entity aggregation and the adjustments, as one explanation tree. */
export function scoreEntity(entity: EntityAnswers, methodology: Methodology): EntityScore {
  const issues = validateEntityAnswers(entity, methodology);
  if (issues.length > 0) {
    throw new CoreError(
      'ANSWERS_INVALID',
      { id: `Jawaban "${entity.name}" tidak valid`, en: `Answers of "${entity.name}" are invalid` },
      issues,
    );
  }
  const units = sortUnitsByCode(entity.units);
  const weights = computeUnitWeights(units, methodology);
  const unitScores = units.map((unit) =>
    scoreValidatedUnit(unit, methodology, entity.kind, unitShareOfEntity(unit.code, weights)),
  );
  return assembleEntityResult({ ...entity, units }, unitScores, weights, methodology);
}

export function unitShareOfEntity(unitCode: string, weights: ReturnType<typeof computeUnitWeights>): number {
  if (weights.total === 0) return 0;
  return ((weights.byUnit.get(unitCode) ?? 0) / weights.total) * weights.unitsShareOfEntity;
}

export function sortUnitsByCode<T extends { code: string }>(units: readonly T[]): T[] {
  return [...units].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

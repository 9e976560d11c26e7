import type { UnitAnswers } from '../answers/entity-answers';
import type { Classification } from '../classification/classify';
import type { Methodology } from '../methodology/methodology.schema';
import { assembleEntityResult } from '../scoring/assemble-entity-result';
import { computeUnitWeights } from '../scoring/compute-unit-weights';
import { unitShareOfEntity } from '../scoring/score-entity';
import type { EntityScore, UnitScore } from '../scoring/score-result';
import { scoreValidatedUnit } from '../scoring/score-unit';

export interface ScoreOutcome {
  score: number;
  roundedScore: number;
  classification: Classification;
}

/**
 * What a plan improves — an entity or a single unit — reduced to: its units, how to re-score one unit, and
 * how unit scores combine into the subject's score. Re-scoring one unit and combining is exact and much
 * cheaper than re-scoring everything for each candidate raise.
 */
export interface PlanSubject {
  kind: 'entity' | 'unit';
  code: string;
  name: string;
  units: readonly UnitAnswers[];
  unitScores: readonly UnitScore[];
  rescoreUnit(unit: UnitAnswers): UnitScore;
  combine(unitScores: readonly UnitScore[]): ScoreOutcome;
  /** How many subject points one point of this unit's (published) score is worth, before adjustments. */
  unitWeight(unitCode: string): number;
  /** Whether the edition averages rounded unit scores (then gains are measured on those). */
  usesRoundedUnitScores: boolean;
}

export function toPlanSubject(result: EntityScore | UnitScore, methodology: Methodology): PlanSubject {
  if ('units' in result) {
    const entity = result.input;
    const units = result.units.map((unitScore) => unitScore.input);
    const weights = computeUnitWeights(units, methodology);
    return {
      kind: 'entity',
      code: result.entityCode,
      name: result.entityName,
      units,
      unitScores: result.units,
      rescoreUnit: (unit) =>
        scoreValidatedUnit(unit, methodology, entity.kind, unitShareOfEntity(unit.code, weights)),
      combine: (unitScores) => assembleEntityResult({ ...entity, units }, unitScores, weights, methodology),
      unitWeight: (unitCode) => unitShareOfEntity(unitCode, weights),
      usesRoundedUnitScores: methodology.aggregation.unitToEntity.roundUnitScores,
    };
  }
  return {
    kind: 'unit',
    code: result.unitCode,
    name: result.unitName,
    units: [result.input],
    unitScores: [result],
    rescoreUnit: (unit) => scoreValidatedUnit(unit, methodology, result.entityKind, 1),
    combine: (unitScores) => {
      const only = unitScores[0];
      if (only === undefined) throw new Error('combine: a unit plan has exactly one unit');
      return only;
    },
    unitWeight: () => 1,
    usesRoundedUnitScores: false,
  };
}

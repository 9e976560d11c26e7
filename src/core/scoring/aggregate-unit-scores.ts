import type { Methodology } from '../methodology/methodology.schema';
import { roundHalfUp } from '../numbers/round-half-up';
import type { UnitWeights } from './compute-unit-weights';

/**
 * The weighted mean of unit scores before entity adjustments. Units are summed in unit-code order so the
 * result is bit-identical whatever order they arrive in. With `roundUnitScores` the published 2-decimal unit
 * scores are averaged: the 2022 pre-assessment total 93.28 is the mean of units 100, 100, 80.19, 92.92.
 */
export function aggregateUnitScores(
  units: readonly { code: string; score: number }[],
  weights: UnitWeights,
  methodology: Methodology,
): number {
  if (units.length === 0 || weights.total === 0) return 0;
  const decimals = methodology.classification.rounding.decimals;
  const roundUnits = methodology.aggregation.unitToEntity.roundUnitScores;
  const ordered = [...units].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  let weightedSum = 0;
  for (const unit of ordered) {
    const value = roundUnits ? roundHalfUp(unit.score, decimals) : unit.score;
    weightedSum += (weights.byUnit.get(unit.code) ?? 0) * value;
  }
  return weightedSum / weights.total;
}

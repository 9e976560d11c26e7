import type { UnitAnswers } from '../answers/entity-answers';
import type { Adjustment } from '../methodology/aggregation.schema';
import type { Methodology } from '../methodology/methodology.schema';
import { toWeightUnits } from '../numbers/weight-units';
import type { ScoreFlag } from './score-flag';

export interface UnitWeights {
  /** Relative weight of each unit by unit code; only ratios matter. */
  byUnit: ReadonlyMap<string, number>;
  total: number;
  /** The fraction of the final entity score that the unit aggregate makes up (0.7 under a 70/30 blend). */
  unitsShareOfEntity: number;
  flags: ScoreFlag[];
}

/** Unit → entity weights chosen by the edition: equal, by service products, or by unit type. */
export function computeUnitWeights(
  units: readonly Pick<UnitAnswers, 'code' | 'type' | 'serviceProducts'>[],
  methodology: Methodology,
): UnitWeights {
  const rule = methodology.aggregation.unitToEntity;
  const flags: ScoreFlag[] = [];
  const byUnit = new Map<string, number>();
  for (const unit of units) {
    if (rule.method === 'weighted-by-products') byUnit.set(unit.code, unit.serviceProducts ?? 0);
    else if (rule.method === 'weighted-by-unit-type') {
      const weight = rule.weights.find((candidate) => candidate.unitType === unit.type)?.weight ?? 0;
      byUnit.set(unit.code, toWeightUnits(weight));
    } else byUnit.set(unit.code, 1);
  }
  let total = sumValues(byUnit);
  if (total === 0 && units.length > 0) {
    // No products recorded anywhere: weighting by nothing would give 0, so fall back to equal weights and say so.
    if (rule.method === 'weighted-by-products') flags.push({ code: 'missing-service-products' });
    for (const unit of units) byUnit.set(unit.code, 1);
    total = units.length;
  }
  const blend = methodology.aggregation.adjustments.find(
    (adjustment) => adjustment.kind === 'public-trust-blend',
  );
  const unitsShareOfEntity = blendShareOfUnits(blend, methodology);
  return { byUnit, total, unitsShareOfEntity, flags };
}

/** The share of the entity score the units carry: all of it, unless a blend or the Opini elements split it. */
function blendShareOfUnits(
  blend: Extract<Adjustment, { kind: 'public-trust-blend' }> | undefined,
  methodology: Methodology,
): number {
  if (blend !== undefined) {
    return (
      toWeightUnits(blend.dimensionsWeight) /
      (toWeightUnits(blend.dimensionsWeight) + toWeightUnits(blend.publicTrustWeight))
    );
  }
  const opinion = methodology.aggregation.adjustments.find(
    (adjustment) => adjustment.kind === 'opinion-elements',
  );
  if (opinion === undefined) return 1;
  const total = opinion.elements.reduce((sum, element) => sum + toWeightUnits(element.weight), 0);
  const instrument = opinion.elements.find((element) => element.code === 'instrument');
  return total === 0 || instrument === undefined ? 0 : toWeightUnits(instrument.weight) / total;
}

function sumValues(map: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const value of map.values()) total += value;
  return total;
}

import type { EntityAnswers } from '../answers/entity-answers';
import { classify } from '../classification/classify';
import { isApplicable } from '../methodology/index-methodology';
import type { Methodology } from '../methodology/methodology.schema';
import { formatMethodologyRef } from '../methodology/parse-methodology-ref';
import { roundHalfUp } from '../numbers/round-half-up';
import { aggregateUnitScores } from './aggregate-unit-scores';
import { applyEntityAdjustments } from './apply-entity-adjustments';
import type { UnitWeights } from './compute-unit-weights';
import type { ScoreFlag } from './score-flag';
import type { ScoreNode } from './score-node';
import type { OpinionElementScore } from './score-opinion-elements';
import type { EntityScore, UnitScore } from './score-result';

/**
 * Units → entity: the weighted mean of unit scores (rounded first when the edition says published unit scores
 * are what is averaged), then the adjustments. `unitScores` must be sorted by unit code; summing in that fixed
 * order makes the total independent of the order units were given in.
 */
export function assembleEntityResult(
  entity: EntityAnswers,
  unitScores: readonly UnitScore[],
  weights: UnitWeights,
  methodology: Methodology,
): EntityScore {
  const decimals = methodology.classification.rounding.decimals;
  const roundUnits = methodology.aggregation.unitToEntity.roundUnitScores;
  for (const unitScore of unitScores) {
    const weight = weights.byUnit.get(unitScore.unitCode) ?? 0;
    const value = roundUnits ? unitScore.roundedScore : unitScore.score;
    unitScore.tree.weight = weights.total > 0 ? (weight * 100) / weights.total : 0;
    unitScore.tree.contribution = (unitScore.tree.weight * value) / 100;
    unitScore.tree.maxContribution = unitScore.tree.weight;
  }
  const unitsScore = aggregateUnitScores(
    unitScores.map((unitScore) => ({ code: unitScore.unitCode, score: unitScore.score })),
    weights,
    methodology,
  );
  const adjusted = applyEntityAdjustments(unitsScore, entity, methodology);
  const score = Math.min(100, Math.max(0, adjusted.score));
  const unitNodes = unitScores.map((unitScore) => unitScore.tree);
  const children =
    adjusted.opinionElements !== null
      ? opinionComponents(unitNodes, adjusted.opinionElements)
      : adjusted.publicTrustScore === null
        ? unitNodes
        : blendComponents(unitNodes, unitsScore, adjusted.publicTrustScore, weights.unitsShareOfEntity);
  const tree: ScoreNode = {
    kind: 'entity',
    code: entity.code,
    text: { id: entity.name, en: entity.name },
    rawValue: null,
    score,
    weight: 100,
    contribution: score,
    maxContribution: 100,
    shareOfRoot: 1,
    included: true,
    flags: [...weights.flags, ...entityQuotaFlags(entity, methodology), ...adjusted.flags],
    children,
    adjustments: adjusted.details,
  };
  return {
    methodology: formatMethodologyRef(methodology),
    entityCode: entity.code,
    entityName: entity.name,
    entityKind: entity.kind,
    province: entity.province ?? null,
    score,
    roundedScore: roundHalfUp(score, decimals),
    classification: classify(score, methodology, {
      followedUpFindings: entity.oversight?.followedUpFindings,
    }),
    tree,
    units: [...unitScores],
    input: entity,
  };
}

/** The Opini editions' three elements; the units sit under the instrument element. */
function opinionComponents(unitNodes: ScoreNode[], elements: readonly OpinionElementScore[]): ScoreNode[] {
  return elements.map((element) => ({
    kind: 'component' as const,
    code: element.code,
    text: element.text,
    rawValue: null,
    score: element.score,
    weight: element.weight,
    contribution: element.contribution,
    maxContribution: element.weight,
    shareOfRoot: element.weight / 100,
    included: true,
    flags: [],
    children: element.code === 'instrument' ? unitNodes : [],
  }));
}

function blendComponents(
  unitNodes: ScoreNode[],
  unitsScore: number,
  publicTrustScore: number,
  unitsShare: number,
): ScoreNode[] {
  const dimensionsWeight = unitsShare * 100;
  const trustWeight = 100 - dimensionsWeight;
  const component = (
    code: string,
    text: ScoreNode['text'],
    score: number,
    weight: number,
    children: ScoreNode[],
  ) => ({
    kind: 'component' as const,
    code,
    text,
    rawValue: null,
    score,
    weight,
    contribution: (weight * score) / 100,
    maxContribution: weight,
    shareOfRoot: weight / 100,
    included: true,
    flags: [],
    children,
  });
  return [
    component(
      'dimensions',
      { id: 'Dimensi kepatuhan', en: 'Compliance dimensions' },
      unitsScore,
      dimensionsWeight,
      unitNodes,
    ),
    component(
      'public-trust',
      { id: 'Kepercayaan publik', en: 'Public trust' },
      publicTrustScore,
      trustWeight,
      [],
    ),
  ];
}

/** Entity-scoped quotas, e.g. 30 service users per Pemda, counted over all units. */
function entityQuotaFlags(entity: EntityAnswers, methodology: Methodology): ScoreFlag[] {
  const flags: ScoreFlag[] = [];
  for (const role of methodology.respondentRoles) {
    if (role.scope !== 'entity' || !isApplicable(role.appliesTo, entity.kind, undefined)) continue;
    let present = 0;
    for (const unit of entity.units) {
      for (const respondent of unit.respondents) if (respondent.role === role.code) present += 1;
    }
    if (present < role.requiredCount) {
      flags.push({
        code: 'respondents-below-required',
        role: role.code,
        required: role.requiredCount,
        present,
      });
    }
  }
  return flags;
}

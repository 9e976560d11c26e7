import type { UnitAnswers, UnitContext } from '../answers/entity-answers';
import { validateUnitAnswers } from '../answers/validate-entity-answers';
import { classify } from '../classification/classify';
import { CoreError } from '../errors/core-error';
import { indexMethodology } from '../methodology/index-methodology';
import type { Methodology } from '../methodology/methodology.schema';
import type { Dimension } from '../methodology/structure.schema';
import { roundHalfUp } from '../numbers/round-half-up';
import { toWeightUnits } from '../numbers/weight-units';
import { prepareUnitAnswers } from './prepare-unit-answers';
import { scoreIndicator } from './score-indicator';
import type { ScoreNode } from './score-node';
import type { UnitScore } from './score-result';

/** Scores one unit: indicators → dimensions (weighted) → unit (weighted), with the full explanation tree. */
export function scoreUnit(unit: UnitAnswers, methodology: Methodology, context: UnitContext): UnitScore {
  const issues = validateUnitAnswers(unit, context.entityKind, methodology);
  if (issues.length > 0) {
    throw new CoreError(
      'ANSWERS_INVALID',
      { id: `Jawaban unit "${unit.code}" tidak valid`, en: `Answers of unit "${unit.code}" are invalid` },
      issues,
    );
  }
  return scoreValidatedUnit(unit, methodology, context.entityKind, 1);
}

/** `shareOfRoot` is the fraction of the root (entity) score one point of this unit is worth. */
export function scoreValidatedUnit(
  unit: UnitAnswers,
  methodology: Methodology,
  entityKind: string,
  shareOfRoot: number,
): UnitScore {
  const prepared = prepareUnitAnswers(unit, entityKind, methodology);
  const dimensionNodes = methodology.dimensions.map((dimension) =>
    scoreDimension(dimension, prepared, methodology),
  );
  const score = weightedMean(
    methodology.dimensions.map((dimension) => toWeightUnits(dimension.weight)),
    dimensionNodes,
  );
  const tree: ScoreNode = {
    kind: 'unit',
    code: unit.code,
    text: { id: unit.name, en: unit.name },
    rawValue: null,
    score,
    weight: 100,
    contribution: score,
    maxContribution: 100,
    shareOfRoot,
    included: true,
    flags: [...prepared.rolesBelowRequired.values()],
    children: dimensionNodes,
  };
  assignShares(tree, shareOfRoot);
  const roundedScore = roundHalfUp(score, methodology.classification.rounding.decimals);
  return {
    unitCode: unit.code,
    unitName: unit.name,
    unitType: unit.type,
    entityKind,
    score,
    roundedScore,
    classification: classify(score, methodology),
    tree,
    input: unit,
  };
}

function scoreDimension(
  dimension: Dimension,
  prepared: ReturnType<typeof prepareUnitAnswers>,
  methodology: Methodology,
): ScoreNode {
  const index = indexMethodology(methodology);
  const indicatorNodes = dimension.indicators.map((indicator) => {
    const entry = index.indicators.get(indicator.code);
    if (entry === undefined) throw new Error(`scoreDimension: indicator "${indicator.code}" not indexed`);
    return scoreIndicator(entry, prepared, methodology);
  });
  const weightUnits = dimension.indicators.map((indicator) => toWeightUnits(indicator.weight));
  const score = weightedMean(weightUnits, indicatorNodes);
  const includedUnits = sumIncluded(weightUnits, indicatorNodes);
  const variableNodes = dimension.variables.map((variable): ScoreNode => {
    const children = indicatorNodes.filter((_, i) => dimension.indicators[i]?.variable === variable.code);
    const weight = children.reduce((sum, child) => sum + child.weight, 0);
    const contribution = children.reduce((sum, child) => sum + child.contribution, 0);
    return {
      kind: 'variable',
      code: variable.code,
      text: variable.text,
      rawValue: null,
      score: weight > 0 ? (contribution * 100) / weight : 0,
      weight,
      contribution,
      maxContribution: weight,
      shareOfRoot: 0,
      included: weight > 0,
      flags: [],
      children,
    };
  });
  return {
    kind: 'dimension',
    code: dimension.code,
    text: dimension.text,
    rawValue: null,
    score,
    weight: 0,
    contribution: 0,
    maxContribution: 0,
    shareOfRoot: 0,
    included: includedUnits > 0,
    flags: [],
    children: variableNodes,
  };
}

/**
 * Σ weight × score / Σ weight over the children that count, in the methodology's order (a fixed summation
 * order keeps results bit-identical). Sets each child's weight, contribution and maximum on the way.
 */
function weightedMean(weightUnits: readonly number[], nodes: readonly ScoreNode[]): number {
  const total = sumIncluded(weightUnits, nodes);
  let weightedSum = 0;
  nodes.forEach((node, i) => {
    const units = node.included ? (weightUnits[i] ?? 0) : 0;
    node.weight = total > 0 ? (units * 100) / total : 0;
    node.contribution = total > 0 ? (units * node.score) / total : 0;
    node.maxContribution = node.weight;
    weightedSum += units * node.score;
  });
  return total > 0 ? weightedSum / total : 0;
}

function sumIncluded(weightUnits: readonly number[], nodes: readonly ScoreNode[]): number {
  let total = 0;
  nodes.forEach((node, i) => {
    if (node.included) total += weightUnits[i] ?? 0;
  });
  return total;
}

/** Variables and indicators are both percentages of their dimension, so both take the dimension's share. */
function assignShares(unitNode: ScoreNode, unitShare: number): void {
  for (const dimension of unitNode.children) {
    dimension.shareOfRoot = (unitShare * dimension.weight) / 100;
    for (const variable of dimension.children) {
      variable.shareOfRoot = (dimension.shareOfRoot * variable.weight) / 100;
      for (const indicator of variable.children) {
        indicator.shareOfRoot = (dimension.shareOfRoot * indicator.weight) / 100;
      }
    }
  }
}

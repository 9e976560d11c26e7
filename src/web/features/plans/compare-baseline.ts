import type { EntityScore, ScoreNode } from '../../../core';

export interface BaselineItem {
  id: string;
  /** Null: the indicator over every unit of the entity. */
  unitCode: string | null;
  indicatorCode: string;
  expectedGain: number | null;
  status: string;
}

export interface ItemOutcome {
  id: string;
  /** Points of the entity score the indicator earned in the plan's year and in the next one. */
  pointsBefore: number | null;
  pointsAfter: number | null;
  /** pointsAfter − pointsBefore; null when either year has no scored answers. */
  realisedGain: number | null;
  improved: boolean | null;
}

export interface BaselineComparison {
  items: ItemOutcome[];
  plannedGain: number;
  /** Sum of the realised gains of the items that have both years (dropped items left out). */
  realisedGain: number | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
}

function findIndicator(node: ScoreNode, code: string): ScoreNode | undefined {
  if (node.kind === 'indicator') return node.code === code ? node : undefined;
  for (const child of node.children) {
    const found = findIndicator(child, code);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Points of the entity score earned by an indicator: its 0–100 score times the entity points one of its
 * points is worth (`shareOfRoot`), summed over the units asked (or the one unit named).
 */
export function indicatorPoints(
  result: EntityScore,
  indicatorCode: string,
  unitCode: string | null,
): number | null {
  let total = 0;
  let found = false;
  for (const unit of result.units) {
    if (unitCode !== null && unit.unitCode !== unitCode) continue;
    const node = findIndicator(unit.tree, indicatorCode);
    if (node === undefined || !node.included) continue;
    total += node.score * node.shareOfRoot;
    found = true;
  }
  return found ? total : null;
}

/**
 * Planned against realised gain: for each plan item, whether its indicator actually earned more points in
 * the next cycle than in the plan's year. Either side may be missing (no scored answers that year).
 */
export function compareBaseline(
  items: readonly BaselineItem[],
  before: EntityScore | null,
  after: EntityScore | null,
): BaselineComparison {
  const outcomes = items.map((item): ItemOutcome => {
    const pointsBefore = before === null ? null : indicatorPoints(before, item.indicatorCode, item.unitCode);
    const pointsAfter = after === null ? null : indicatorPoints(after, item.indicatorCode, item.unitCode);
    const realisedGain = pointsBefore === null || pointsAfter === null ? null : pointsAfter - pointsBefore;
    return {
      id: item.id,
      pointsBefore,
      pointsAfter,
      realisedGain,
      improved: realisedGain === null ? null : realisedGain > 1e-9,
    };
  });
  const counted = items.filter((item) => item.status !== 'dropped');
  const countedIds = new Set(counted.map((item) => item.id));
  const realised = outcomes.filter((outcome) => countedIds.has(outcome.id) && outcome.realisedGain !== null);
  return {
    items: outcomes,
    plannedGain: counted.reduce((sum, item) => sum + (item.expectedGain ?? 0), 0),
    realisedGain:
      realised.length === 0 ? null : realised.reduce((sum, outcome) => sum + (outcome.realisedGain ?? 0), 0),
    scoreBefore: before?.score ?? null,
    scoreAfter: after?.score ?? null,
  };
}

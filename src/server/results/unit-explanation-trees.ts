import type { Methodology, ScoreNode } from '../../core';
import type { EntityResultRow, UnitResultRow } from '../db/repositories/document-sources.repository';
import { rebuildEntityScore } from '../documents/rebuild-entity-score';

/**
 * The explanation tree of each unit row of one computed entity result, keyed by unit row id. Rows finalised
 * before issue #19 kept their tree and give it back as stored; newer rows keep only their scored answers, and the
 * entity is re-scored once with the pure core (a unit's tree carries its share of the entity score, so it is
 * rebuilt with its siblings). A unit whose answers cannot give back the published score has no tree here.
 */
export function unitExplanationTrees(
  entity: EntityResultRow,
  units: readonly UnitResultRow[],
  methodology: Methodology,
): Map<string, ScoreNode> {
  const trees = new Map<string, ScoreNode>();
  const needRebuild = units.some((unit) => unit.explanation?.tree === undefined);
  for (const unit of units) {
    const stored = unit.explanation?.tree;
    if (stored !== undefined) trees.set(unit.id, stored as ScoreNode);
  }
  if (!needRebuild) return trees;
  const rebuilt = rebuildEntityScore(entity, units, methodology);
  if (!rebuilt) return trees;
  const treeByUnitCode = new Map(rebuilt.units.map((unit) => [unit.unitCode, unit.tree]));
  for (const unit of units) {
    const tree = unit.unitId === null ? undefined : treeByUnitCode.get(unit.unitId);
    if (tree && !trees.has(unit.id)) trees.set(unit.id, tree);
  }
  return trees;
}

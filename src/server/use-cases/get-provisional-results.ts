import type { ProvisionalResult } from '../../contracts/finalise.contract';
import type { ScoreNode, UnitScore } from '../../core';
import type { RequestActor } from '../auth/request-actor';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import { requireCycle } from '../cycles/require-cycle';
import { requireOpenPhase } from '../cycles/require-open-phase';
import type { Queryable } from '../db/database';
import { notFoundError } from '../errors';
import { requireLocusInScope } from '../loci/require-locus-in-scope';
import { collectCycleAnswers } from '../results/collect-cycle-answers';
import { attachOpinionInputs } from '../results/load-opinion-inputs';
import { requireFrozenEdition } from '../results/require-frozen-edition';
import { scoreCycleLoci } from '../results/score-cycle-loci';

const weakestShown = 5;

/**
 * The provisional result of one locus during the objection window, for its liaison and its province office:
 * scored now from the stored (verified) field data with the frozen edition, exactly as finalising will score
 * it. Ranks are left out (other loci may still change). Never public; outside the window 409 PHASE_CLOSED.
 */
export async function getProvisionalResults(
  db: Queryable,
  actor: RequestActor,
  year: number,
  entityCode: string,
  now: Date,
): Promise<ProvisionalResult> {
  const cycle = await requireCycle(db, year);
  const { locus } = await requireLocusInScope(db, actor, 'results.provisional', cycle, entityCode);
  if (!locus) throw notFoundError();
  requireOpenPhase(cycle, 'objection.file', now);
  const edition = await requireFrozenEdition(cycle);
  const { loci: collected } = await collectCycleAnswers(db, cycle.id, entityCode);
  const loci = await attachOpinionInputs(db, cycle, edition, collected);
  const [scored] = scoreCycleLoci(loci, edition.methodology).scored;
  if (!scored) throw notFoundError();
  const { score } = scored;
  const window = phasesOfCycle(cycle).find((phase) => phase.code === 'objection-window');
  return {
    year,
    entityCode: scored.locus.entityCode,
    entityName: scored.locus.entityName,
    methodologyRef: cycle.methodologyRef,
    computedAt: now.toISOString(),
    objectionWindowEndsAt: window ? window.endsAt.toISOString() : null,
    approval: scored.locus.approval,
    score: score.roundedScore,
    category: score.classification.category,
    label: score.classification.label,
    zone: score.classification.zone,
    colour: score.classification.colour,
    units: score.units.map((unit) => ({
      unitId: unit.unitCode,
      unitName: unit.unitName,
      unitTypeCode: unit.unitType,
      score: unit.roundedScore,
      category: unit.classification.category,
      zone: unit.classification.zone,
    })),
    weakestIndicators: weakestIndicators(score.units).slice(0, weakestShown),
  };
}

/**
 * Indicators by the entity points they lose now: (100 − score) × the entity points per indicator point, read
 * from the explanation tree (no re-scoring, so caps and blends are not projected).
 */
function weakestIndicators(units: readonly UnitScore[]): ProvisionalResult['weakestIndicators'] {
  const found: ProvisionalResult['weakestIndicators'] = [];
  const visit = (unit: UnitScore, node: ScoreNode) => {
    if (node.kind === 'indicator') {
      const pointsLost = node.included ? (100 - node.score) * node.shareOfRoot : 0;
      if (pointsLost > 0)
        found.push({
          unitId: unit.unitCode,
          unitName: unit.unitName,
          indicatorCode: node.code,
          text: node.text,
          currentScore: node.score,
          currentLevel: node.rawValue,
          pointsLost,
        });
      return;
    }
    for (const child of node.children) visit(unit, child);
  };
  for (const unit of units) visit(unit, unit.tree);
  return found.sort((a, b) => b.pointsLost - a.pointsLost || (a.indicatorCode < b.indicatorCode ? -1 : 1));
}

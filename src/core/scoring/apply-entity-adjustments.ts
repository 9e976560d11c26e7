import type { EntityAnswers } from '../answers/entity-answers';
import type { Methodology } from '../methodology/methodology.schema';
import { toWeightUnits } from '../numbers/weight-units';
import type { ScoreFlag } from './score-flag';
import type { AdjustmentDetail } from './score-node';
import { type OpinionElementScore, scoreOpinionElements } from './score-opinion-elements';

export interface AdjustedScore {
  score: number;
  publicTrustScore: number | null;
  /** The Opini editions' three elements, when the edition has them. */
  opinionElements: OpinionElementScore[] | null;
  details: AdjustmentDetail[];
  flags: ScoreFlag[];
}

/** The edition's entity-level adjustments, in the order listed: a 70/30 blend, an oversight deduction… */
export function applyEntityAdjustments(
  unitsScore: number,
  entity: EntityAnswers,
  methodology: Methodology,
): AdjustedScore {
  let score = unitsScore;
  let publicTrustScore: number | null = null;
  let opinionElements: OpinionElementScore[] | null = null;
  const details: AdjustmentDetail[] = [];
  const flags: ScoreFlag[] = [];
  for (const adjustment of methodology.aggregation.adjustments) {
    const before = score;
    if (adjustment.kind === 'public-trust-blend') {
      if (entity.publicTrustScore === undefined) flags.push({ code: 'missing-public-trust' });
      publicTrustScore = entity.publicTrustScore ?? 0;
      const dimensionsUnits = toWeightUnits(adjustment.dimensionsWeight);
      const trustUnits = toWeightUnits(adjustment.publicTrustWeight);
      score = (dimensionsUnits * score + trustUnits * publicTrustScore) / (dimensionsUnits + trustUnits);
    } else if (adjustment.kind === 'opinion-elements') {
      if (entity.publicTrustScore === undefined) flags.push({ code: 'missing-public-trust' });
      publicTrustScore = entity.publicTrustScore ?? 0;
      const opinion = scoreOpinionElements(
        {
          instrumentScore: score,
          publicTrustScore,
          oversightComplianceScore: oversightComplianceOf(entity),
        },
        adjustment,
      );
      opinionElements = opinion.elements;
      score = opinion.finalScore;
    } else {
      const ignoredProducts = entity.oversight?.ignoredProducts ?? 0;
      if (ignoredProducts > 0) {
        score = Math.max(0, score - adjustment.points);
        if (adjustment.maximumScoreAfter !== null) score = Math.min(score, adjustment.maximumScoreAfter);
      }
    }
    const applied = adjustment.kind !== 'oversight-deduction' || score !== before;
    if (applied && adjustment.kind === 'oversight-deduction') {
      flags.push({ code: 'adjustment-applied', adjustment: adjustment.code });
    }
    details.push({
      code: adjustment.code,
      kind: adjustment.kind,
      text: adjustment.text,
      applied,
      scoreBefore: before,
      scoreAfter: score,
    });
  }
  return { score, publicTrustScore, opinionElements, details, flags };
}

/** The register's compliance score when given; otherwise ignored products count as none followed up. */
function oversightComplianceOf(entity: EntityAnswers): number {
  const oversight = entity.oversight;
  if (oversight?.complianceScore !== undefined) return oversight.complianceScore;
  return (oversight?.ignoredProducts ?? 0) > 0 ? 0 : 100;
}

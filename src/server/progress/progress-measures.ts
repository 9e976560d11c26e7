import { createHash } from 'node:crypto';
import type { EntityKind } from '../../contracts/entities.contract';
import type { ProgressFigures } from '../../contracts/progress.contract';
import type { LocusUnitStatus } from '../../contracts/workflow.contract';
import { buildCollectionForms } from '../../core/collection/build-collection-forms';
import { planRespondents } from '../../core/cycles/respondent-plan';
import type { Methodology } from '../../core/methodology/methodology.schema';
import { serviceUserRoleCode } from '../collection/to-unit-answers';
import type { LocusUnitCounts } from '../db/repositories/progress.repository';
import { emptyFigures } from './progress-figures';

/** What a unit is measured against, from the cycle's methodology. */
export interface ProgressMeasures {
  indicatorsNeedingEvidence: string[];
  /** Names the set above: kept evidence counts made under another set are counted again. */
  evidenceKey: string;
  respondentsPlanned: number;
  surveyTarget: number;
  /** Indicators of a unit's forms (survey excluded), by its entity kind and unit type. */
  indicatorsOf(entityKind: EntityKind, unitTypeCode: string): number;
}

export function progressMeasures(methodology: Methodology): ProgressMeasures {
  const indicatorsByForm = new Map<string, number>();
  const indicatorsNeedingEvidence = methodology.dimensions
    .flatMap((dimension) => dimension.indicators)
    .filter((indicator) => indicator.evidence.rule !== 'not-required')
    .map((indicator) => indicator.code);
  return {
    indicatorsNeedingEvidence,
    evidenceKey: createHash('sha256')
      .update([...indicatorsNeedingEvidence].sort().join('\n'))
      .digest('hex')
      .slice(0, 16),
    respondentsPlanned: planRespondents(methodology, 1).perUnitTotal,
    surveyTarget:
      methodology.respondentRoles.find((role) => role.code === serviceUserRoleCode)?.requiredCount ?? 0,
    indicatorsOf(entityKind, unitTypeCode) {
      const key = `${entityKind}\u0000${unitTypeCode}`;
      let indicators = indicatorsByForm.get(key);
      if (indicators === undefined) {
        const built = buildCollectionForms(methodology, { entityKind, unitType: unitTypeCode });
        indicators = Object.entries(built.byMethod)
          .filter(([method]) => method !== 'survey')
          .reduce((sum, [, questions]) => sum + questions.length, 0);
        indicatorsByForm.set(key, indicators);
      }
      return indicators;
    },
  };
}

/** One unit's figures from what is recorded there; entities and provinces add these up (addFigures). */
export function unitFigures(
  unit: { entityKind: EntityKind; unitTypeCode: string; status: LocusUnitStatus },
  counts: LocusUnitCounts | undefined,
  measures: ProgressMeasures,
): ProgressFigures {
  const figures = emptyFigures();
  figures.respondents = {
    done: (counts?.respondents ?? 0) + (counts?.assessorAnswered ? 1 : 0),
    total: measures.respondentsPlanned,
  };
  figures.indicators = {
    done: counts?.answeredIndicators ?? 0,
    total: measures.indicatorsOf(unit.entityKind, unit.unitTypeCode),
  };
  figures.evidence = { done: counts?.answersWithEvidence ?? 0, total: counts?.answersNeedingEvidence ?? 0 };
  figures.survey = { done: counts?.surveyResponses ?? 0, total: measures.surveyTarget };
  figures.statuses[unit.status] = 1;
  return figures;
}

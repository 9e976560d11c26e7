import type { EntityKind } from '../../contracts/entities.contract';
import type { ProgressFigures } from '../../contracts/progress.contract';
import { buildCollectionForms } from '../../core/collection/build-collection-forms';
import { planRespondents } from '../../core/cycles/respondent-plan';
import type { Methodology } from '../../core/methodology/methodology.schema';
import { serviceUserRoleCode } from '../collection/to-unit-answers';
import type {
  LocusUnitFormCount,
  ProvinceCollectedCounts,
} from '../db/repositories/progress-totals.repository';
import { emptyFigures } from './progress-figures';

/** What a unit is measured against, from the cycle's methodology. */
export interface ProgressMeasures {
  indicatorsNeedingEvidence: string[];
  respondentsPlanned: number;
  surveyTarget: number;
  /** Indicators of a unit's forms (survey excluded), by its entity kind and unit type. */
  indicatorsOf(entityKind: EntityKind, unitTypeCode: string): number;
}

export function progressMeasures(methodology: Methodology): ProgressMeasures {
  const indicatorsByForm = new Map<string, number>();
  return {
    indicatorsNeedingEvidence: methodology.dimensions
      .flatMap((dimension) => dimension.indicators)
      .filter((indicator) => indicator.evidence.rule !== 'not-required')
      .map((indicator) => indicator.code),
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

/**
 * A province's figures from counts made in the database (a paged answer): the same sums as adding up each of
 * its units, since every per-unit figure is a count or a constant per form.
 */
export function provinceFiguresFromCounts(
  forms: readonly LocusUnitFormCount[],
  collected: ProvinceCollectedCounts | undefined,
  measures: ProgressMeasures,
): ProgressFigures {
  const figures = emptyFigures();
  for (const form of forms) {
    figures.respondents.total += measures.respondentsPlanned * form.units;
    figures.indicators.total += measures.indicatorsOf(form.entityKind, form.unitTypeCode) * form.units;
    figures.survey.total += measures.surveyTarget * form.units;
    figures.statuses[form.status] += form.units;
  }
  if (collected) {
    figures.respondents.done += collected.respondents + collected.assessorUnits;
    figures.indicators.done += collected.answeredIndicators;
    figures.evidence.done += collected.answersWithEvidence;
    figures.evidence.total += collected.answersNeedingEvidence;
    figures.survey.done += collected.surveyResponses;
  }
  return figures;
}

import type { Answer, UnitAnswers } from '../answers/entity-answers';
import { type IndexedIndicator, indexMethodology } from '../methodology/index-methodology';
import type { Methodology } from '../methodology/methodology.schema';
import { roundHalfUp } from '../numbers/round-half-up';
import { toWeightUnits } from '../numbers/weight-units';
import { type PreparedUnit, prepareUnitAnswers } from '../scoring/prepare-unit-answers';
import { scoreIndicator } from '../scoring/score-indicator';

/** A unit's score as scoring publishes it: unrounded and rounded. */
export interface UnitScoreValue {
  score: number;
  roundedScore: number;
}

/** What of an indicator's node enters the unit score. */
export interface IndicatorValue {
  score: number;
  included: boolean;
}

export interface UnitChangeScorer {
  /** The indicators whose value a change of one indicator alters, with their new values. */
  valuesAfter(changed: UnitAnswers, indicatorCode: string): Map<string, IndicatorValue>;
  /** The unit's score with some indicator values replaced. */
  scoreWith(replaced: ReadonlyMap<string, IndicatorValue>): UnitScoreValue;
}

/**
 * The planner tries every raise of every indicator of a unit; scoring the whole unit again for each costs
 * one indicator scoring per indicator of the edition. A raise changes one indicator's answers (and, when
 * nobody of the asked roles is present, adds a planned respondent, which changes every indicator asking that
 * role). This scores only those indicators again and recombines them with the kept values of the others by
 * the same weighted means, in the same order, as scoreValidatedUnit — the value is bit-identical (a unit
 * test compares both for every raise of a synthetic entity).
 */
export function createUnitChangeScorer(
  unit: UnitAnswers,
  entityKind: string,
  methodology: Methodology,
): UnitChangeScorer {
  const index = indexMethodology(methodology);
  const entryOf = (code: string): IndexedIndicator => {
    const entry = index.indicators.get(code);
    if (entry === undefined) throw new Error(`createUnitChangeScorer: "${code}" not indexed`);
    return entry;
  };
  const prepared = prepareUnitAnswers(unit, entityKind, methodology);
  const indicatorValue = (entry: IndexedIndicator, from: PreparedUnit): IndicatorValue => {
    const node = scoreIndicator(entry, from, methodology);
    return { score: node.score, included: node.included };
  };
  const dimensions = methodology.dimensions.map((dimension) => ({
    weight: toWeightUnits(dimension.weight),
    indicators: dimension.indicators.map((indicator) => ({
      code: indicator.code,
      weight: toWeightUnits(indicator.weight),
      value: indicatorValue(entryOf(indicator.code), prepared),
    })),
  }));
  const decimals = methodology.classification.rounding.decimals;
  return {
    valuesAfter(changed, indicatorCode) {
      const entry = entryOf(indicatorCode);
      if (changed.respondents.length === unit.respondents.length) {
        const byRespondent = new Map<string, Answer>();
        for (const answer of changed.answers)
          if (answer.indicator === indicatorCode) byRespondent.set(answer.respondent, answer);
        const answers = new Map(prepared.answers);
        answers.set(indicatorCode, byRespondent);
        return new Map([[indicatorCode, indicatorValue(entry, { ...prepared, unit: changed, answers })]]);
      }
      const after = prepareUnitAnswers(changed, entityKind, methodology);
      const roles = new Set(
        [...after.respondentsByRole].flatMap(([role, list]) =>
          (prepared.respondentsByRole.get(role)?.length ?? 0) === list.length ? [] : [role],
        ),
      );
      const values = new Map<string, IndicatorValue>();
      for (const dimension of methodology.dimensions) {
        for (const indicator of dimension.indicators) {
          const other = entryOf(indicator.code);
          if (
            indicator.code === indicatorCode ||
            other.indicator.respondentRoles.some((role) => roles.has(role))
          )
            values.set(indicator.code, indicatorValue(other, after));
        }
      }
      return values;
    },
    scoreWith(replaced) {
      const means = dimensions.map((dimension) => {
        const mean = weightedMean(
          dimension.indicators.map((indicator) => indicator.weight),
          dimension.indicators.map((indicator) => replaced.get(indicator.code) ?? indicator.value),
        );
        return { score: mean.mean, included: mean.total > 0 };
      });
      const score = weightedMean(
        dimensions.map((dimension) => dimension.weight),
        means,
      ).mean;
      return { score, roundedScore: roundHalfUp(score, decimals) };
    },
  };
}

/** The same sums as score-unit.ts: Σ weight × score / Σ weight over the values that count, in order. */
function weightedMean(
  weightUnits: readonly number[],
  values: readonly IndicatorValue[],
): { mean: number; total: number } {
  let total = 0;
  values.forEach((value, i) => {
    if (value.included) total += weightUnits[i] ?? 0;
  });
  let weightedSum = 0;
  values.forEach((value, i) => {
    const units = value.included ? (weightUnits[i] ?? 0) : 0;
    weightedSum += units * value.score;
  });
  return { mean: total > 0 ? weightedSum / total : 0, total };
}

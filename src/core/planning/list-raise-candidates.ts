import type { UnitAnswers } from '../answers/entity-answers';
import { type IndexedIndicator, indexMethodology, isApplicable } from '../methodology/index-methodology';
import type { Methodology } from '../methodology/methodology.schema';
import type { UnitScore } from '../scoring/score-result';
import { applyAnswerChange } from './apply-answer-change';
import type { PlanSubject } from './plan-subject';
import { createUnitChangeScorer, type IndicatorValue, type UnitScoreValue } from './score-unit-change';

export interface RaiseCandidate {
  unitCode: string;
  indicatorCode: string;
  order: number;
  raiseBy: number;
  estimatedGain: number;
  /** The unit's answers after the raise, made when needed. */
  unit(): UnitAnswers;
  /** Scored fully only when picked or tried: keeping every candidate's tree costs more than re-scoring. */
  unitScore?: UnitScore;
}

/** One raise of one indicator and the indicator values it changes. */
interface IndicatorRaise {
  raiseBy: number;
  values: ReadonlyMap<string, IndicatorValue>;
}

/**
 * Per indicator code, its raises at one unit. An entry stays valid while the unit's respondents and the answers
 * of the indicators in its `values` stay as they were: the plan drops the entries a picked raise touches.
 */
export type UnitRaiseCache = Map<string, IndicatorRaise[]>;

/** Every raise of every applicable indicator of one unit that gains something, with its estimated gain. */
export function listRaiseCandidates(
  subject: PlanSubject,
  unit: UnitAnswers,
  before: UnitScore,
  methodology: Methodology,
  cache: UnitRaiseCache,
): RaiseCandidate[] {
  const index = indexMethodology(methodology);
  const entityKind = before.entityKind;
  const publishedValue = (unitScore: UnitScoreValue) =>
    subject.usesRoundedUnitScores ? unitScore.roundedScore : unitScore.score;
  const scorer = createUnitChangeScorer(unit, entityKind, methodology);
  const list: RaiseCandidate[] = [];
  let order = 0;
  for (const entry of index.indicators.values()) {
    order += 1;
    if (!isApplicable(entry.indicator.appliesTo, entityKind, unit.type)) continue;
    const code = entry.indicator.code;
    let raises = cache.get(code);
    if (raises === undefined) {
      raises = listIndicatorRaises(unit, entry, scorer.valuesAfter);
      cache.set(code, raises);
    }
    for (const raise of raises) {
      const estimatedGain =
        (publishedValue(scorer.scoreWith(raise.values)) - publishedValue(before)) *
        subject.unitWeight(unit.code);
      if (estimatedGain <= 0) continue;
      let changed: UnitAnswers | undefined;
      list.push({
        unitCode: unit.code,
        indicatorCode: code,
        order,
        raiseBy: raise.raiseBy,
        estimatedGain,
        unit: () => {
          changed ??= applyAnswerChange(unit, entry, {
            unitCode: unit.code,
            indicatorCode: code,
            raiseBy: raise.raiseBy,
          });
          return changed;
        },
      });
    }
  }
  return list;
}

/**
 * The raises of one indicator that change its answers. A raise that leaves the answers as they were (already
 * at the top) gains nothing, and once every answer is capped at the top more steps give the same unit at a
 * higher cost, which neither of the plan's picks prefers: both are left out.
 */
function listIndicatorRaises(
  unit: UnitAnswers,
  entry: IndexedIndicator,
  valuesAfter: (changed: UnitAnswers, indicatorCode: string) => Map<string, IndicatorValue>,
): IndicatorRaise[] {
  const code = entry.indicator.code;
  const raises: IndicatorRaise[] = [];
  let previous = unit;
  for (let raiseBy = 1; raiseBy < entry.scale.values.length; raiseBy += 1) {
    const changed = applyAnswerChange(unit, entry, { unitCode: unit.code, indicatorCode: code, raiseBy });
    if (haveSameAnswers(previous, changed, code)) break;
    previous = changed;
    raises.push({ raiseBy, values: valuesAfter(changed, code) });
  }
  return raises;
}

/** Drops the cached raises a picked raise of `indicatorCode` makes stale. */
export function forgetStaleRaises(
  cache: UnitRaiseCache,
  indicatorCode: string,
  respondentsChanged: boolean,
): void {
  if (respondentsChanged) {
    cache.clear();
    return;
  }
  for (const [code, raises] of cache)
    if (code === indicatorCode || raises.some((raise) => raise.values.has(indicatorCode))) cache.delete(code);
}

/** Whether two versions of a unit hold the same respondents and the same answers to one indicator. */
function haveSameAnswers(a: UnitAnswers, b: UnitAnswers, indicatorCode: string): boolean {
  if (a.respondents.length !== b.respondents.length) return false;
  const keyed = (unit: UnitAnswers) =>
    new Map(
      unit.answers
        .filter((answer) => answer.indicator === indicatorCode)
        .map((answer) => [
          answer.respondent,
          `${answer.level}\u0000${(answer.evidence ?? []).join('\u0000')}`,
        ]),
    );
  const left = keyed(a);
  const right = keyed(b);
  if (left.size !== right.size) return false;
  for (const [respondent, value] of left) if (right.get(respondent) !== value) return false;
  return true;
}

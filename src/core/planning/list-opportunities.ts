import { indexMethodology, isApplicable } from '../methodology/index-methodology';
import type { LocalizedText } from '../methodology/localized-text.schema';
import type { Methodology } from '../methodology/methodology.schema';
import type { EntityScore, UnitScore } from '../scoring/score-result';
import type { AnswerChange } from './answer-change';
import { applyAnswerChange } from './apply-answer-change';
import { type PlanSubject, type ScoreOutcome, toPlanSubject } from './plan-subject';

/** What raising one indicator at one unit would add to the whole score (in points of 0–100). */
export interface IndicatorOpportunity {
  unitCode: string;
  unitName: string;
  dimensionCode: string;
  variableCode: string;
  indicatorCode: string;
  text: LocalizedText;
  /** The indicator's current 0–100 score and its aggregated level on the scale. */
  currentScore: number;
  currentLevel: number | null;
  gainOneLevel: number;
  gainToTop: number;
}

/**
 * The planner's indicator list alone (what planImprovements lists first), without searching for the
 * next-category and next-zone raise sets: cheap enough to run on a phone before making a plan.
 */
export function listOpportunities(
  result: EntityScore | UnitScore,
  methodology: Methodology,
): IndicatorOpportunity[] {
  const subject = toPlanSubject(result, methodology);
  return rankOpportunities(subject, subject.combine(subject.unitScores), methodology);
}

/** Each applicable indicator of each unit with the points gained by one level up and by the top level. */
export function rankOpportunities(
  subject: PlanSubject,
  current: ScoreOutcome,
  methodology: Methodology,
): IndicatorOpportunity[] {
  const index = indexMethodology(methodology);
  const order = new Map([...index.indicators.keys()].map((code, position) => [code, position]));
  const list: IndicatorOpportunity[] = [];
  subject.unitScores.forEach((unitScore, u) => {
    const gainFrom = (change: AnswerChange) => {
      const entry = index.indicators.get(change.indicatorCode);
      if (entry === undefined) return 0;
      const rescored = subject.rescoreUnit(applyAnswerChange(unitScore.input, entry, change));
      return (
        subject.combine(subject.unitScores.map((other, o) => (o === u ? rescored : other))).score -
        current.score
      );
    };
    for (const dimension of unitScore.tree.children) {
      for (const variable of dimension.children) {
        for (const node of variable.children) {
          const entry = index.indicators.get(node.code);
          if (
            entry === undefined ||
            !isApplicable(entry.indicator.appliesTo, unitScore.entityKind, unitScore.unitType)
          )
            continue;
          const base = { unitCode: unitScore.unitCode, indicatorCode: node.code };
          list.push({
            unitCode: unitScore.unitCode,
            unitName: unitScore.unitName,
            dimensionCode: dimension.code,
            variableCode: variable.code,
            indicatorCode: node.code,
            text: node.text,
            currentScore: node.score,
            currentLevel: node.rawValue,
            gainOneLevel: gainFrom({ ...base, raiseBy: 1 }),
            gainToTop: gainFrom({ ...base, setLevel: entry.scale.highest }),
          });
        }
      }
    }
  });
  return list.sort(
    (a, b) =>
      b.gainToTop - a.gainToTop ||
      b.gainOneLevel - a.gainOneLevel ||
      (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0) ||
      (order.get(a.indicatorCode) ?? 0) - (order.get(b.indicatorCode) ?? 0),
  );
}

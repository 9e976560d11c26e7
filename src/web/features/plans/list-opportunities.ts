import type { EntityScore, IndicatorOpportunity, Methodology } from '../../../core';
import { indexMethodology, isApplicable } from '../../../core/methodology/index-methodology';
import type { AnswerChange } from '../../../core/planning/answer-change';
import { applyAnswerChange } from '../../../core/planning/apply-answer-change';
import { toPlanSubject } from '../../../core/planning/plan-subject';

/**
 * The planner's indicator list alone (what planImprovements lists first), without searching for the
 * next-category and next-zone raise sets: cheap enough to run on a phone before making a plan. Same
 * re-scoring and the same order as planImprovements.
 */
export function listOpportunities(result: EntityScore, methodology: Methodology): IndicatorOpportunity[] {
  const subject = toPlanSubject(result, methodology);
  const current = subject.combine(subject.unitScores);
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

import { indexMethodology, isApplicable } from '../methodology/index-methodology';
import type { LocalizedText } from '../methodology/localized-text.schema';
import type { Methodology } from '../methodology/methodology.schema';
import type { EntityScore, UnitScore } from '../scoring/score-result';
import type { AnswerChange } from './answer-change';
import { applyAnswerChange } from './apply-answer-change';
import { findRaiseSet, type RaiseSet } from './find-raise-set';
import { gapToRank, type RankGap, type RankPeer } from './gap-to-rank';
import type { ScoreOutcome } from './plan-subject';
import { toPlanSubject } from './plan-subject';
import { projectChanges } from './project-changes';

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

export interface ImprovementTarget extends RaiseSet {
  category: string;
  zone: string;
}

export interface ImprovementPlan {
  subject: { kind: 'entity' | 'unit'; code: string; name: string };
  current: ScoreOutcome;
  /** Every applicable indicator, most points to gain first. */
  opportunities: IndicatorOpportunity[];
  /** The smallest set of raises reaching the next category up; null when already in the best category. */
  nextCategory: ImprovementTarget | null;
  /** …and the next zone up (e.g. Kuning → Hijau); null when already in the best zone. */
  nextZone: ImprovementTarget | null;
  whatIf(changes: readonly AnswerChange[]): ScoreOutcome & { gain: number };
  gapToRank(rank: number, peers: readonly RankPeer[]): RankGap;
}

/**
 * Where the points are: each indicator ranked by what the whole score gains if it rises one level and if it
 * rises to the top, and the fewest raises to reach the next category and zone. Every projection re-scores the
 * changed answers, so a plan's numbers are exactly what scoring would give.
 */
export function planImprovements(result: EntityScore | UnitScore, methodology: Methodology): ImprovementPlan {
  const subject = toPlanSubject(result, methodology);
  const current = subject.combine(subject.unitScores);
  const index = indexMethodology(methodology);
  const opportunities: IndicatorOpportunity[] = [];
  const order = new Map([...index.indicators.keys()].map((code, position) => [code, position]));
  subject.unitScores.forEach((unitScore, u) => {
    const others = subject.unitScores;
    const gainFrom = (change: AnswerChange) => {
      const entry = index.indicators.get(change.indicatorCode);
      if (entry === undefined) return 0;
      const rescored = subject.rescoreUnit(applyAnswerChange(unitScore.input, entry, change));
      const outcome = subject.combine(others.map((other, o) => (o === u ? rescored : other)));
      return outcome.score - current.score;
    };
    for (const dimension of unitScore.tree.children) {
      for (const variable of dimension.children) {
        for (const node of variable.children) {
          const entry = index.indicators.get(node.code);
          if (
            entry === undefined ||
            !isApplicable(entry.indicator.appliesTo, unitScore.entityKind, unitScore.unitType)
          ) {
            continue;
          }
          const base = { unitCode: unitScore.unitCode, indicatorCode: node.code };
          opportunities.push({
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
  opportunities.sort(
    (a, b) =>
      b.gainToTop - a.gainToTop ||
      b.gainOneLevel - a.gainOneLevel ||
      (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0) ||
      (order.get(a.indicatorCode) ?? 0) - (order.get(b.indicatorCode) ?? 0),
  );
  const bands = methodology.classification.bands;
  const currentBand = bands.findIndex((band) => band.category === current.classification.category);
  const nextBand = currentBand > 0 ? bands[currentBand - 1] : undefined;
  const nextZoneBand = bands
    .slice(0, Math.max(0, currentBand))
    .reverse()
    .find((band) => band.zone !== current.classification.zone);
  // The next zone is often the next category's band: search each target score once.
  const raiseSets = new Map<number, RaiseSet>();
  const raiseSetTo = (targetScore: number) => {
    const known = raiseSets.get(targetScore);
    if (known !== undefined) return known;
    const found = findRaiseSet(subject, targetScore, methodology);
    raiseSets.set(targetScore, found);
    return found;
  };
  const towards = (band: (typeof bands)[number] | undefined): ImprovementTarget | null =>
    band === undefined ? null : { category: band.category, zone: band.zone, ...raiseSetTo(band.min) };
  return {
    subject: { kind: subject.kind, code: subject.code, name: subject.name },
    current,
    opportunities,
    nextCategory: towards(nextBand),
    nextZone: towards(nextZoneBand),
    whatIf: (changes) => projectChanges(result, changes, methodology),
    gapToRank: (rank, peers) => gapToRank(subject, current, rank, peers, methodology),
  };
}

import type { Methodology } from '../methodology/methodology.schema';
import type { EntityScore, UnitScore } from '../scoring/score-result';
import type { AnswerChange } from './answer-change';
import { findRaiseSet, type RaiseSet } from './find-raise-set';
import { gapToRank, type RankGap, type RankPeer } from './gap-to-rank';
import { type IndicatorOpportunity, rankOpportunities } from './list-opportunities';
import type { ScoreOutcome } from './plan-subject';
import { toPlanSubject } from './plan-subject';
import { projectChanges } from './project-changes';

export type { IndicatorOpportunity } from './list-opportunities';

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
  const opportunities = rankOpportunities(subject, current, methodology);
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

import type { Methodology } from '../methodology/methodology.schema';
import { toScaledInteger } from '../numbers/round-half-up';
import { findRaiseSet, type RaiseSet } from './find-raise-set';
import type { PlanSubject, ScoreOutcome } from './plan-subject';

export interface RankPeer {
  id?: string;
  name: string;
  score: number;
}

export interface RankGap {
  targetRank: number;
  currentRank: number;
  /** The published score that secures the target rank (ties share a rank). */
  targetScore: number;
  /** Points still needed; 0 when already there. */
  points: number;
  alreadyThere: boolean;
  /** Whether raising indicators can get there at all, and the fewest raises that do. */
  reachable: boolean;
  plan: RaiseSet | null;
}

/**
 * "Can Musi Banyuasin reach the national top 5?" With competition ranking, rank n is secured by matching the
 * n-th best score among the others. `peers` are the other entities; the subject itself is ignored if listed.
 */
export function gapToRank(
  subject: PlanSubject,
  current: ScoreOutcome,
  targetRank: number,
  peers: readonly RankPeer[],
  methodology: Methodology,
): RankGap {
  if (!Number.isInteger(targetRank) || targetRank < 1) {
    throw new RangeError(`gapToRank: rank must be a whole number ≥ 1, got ${targetRank}`);
  }
  const decimals = methodology.classification.rounding.decimals;
  const others = peers
    .filter((peer) => (peer.id ?? peer.name) !== subject.code && peer.name !== subject.name)
    .map((peer) => toScaledInteger(peer.score, decimals))
    .sort((a, b) => b - a);
  const mine = toScaledInteger(current.score, decimals);
  const currentRank = 1 + others.filter((other) => other > mine).length;
  const target = others[targetRank - 1] ?? 0;
  const alreadyThere = mine >= target;
  const plan = alreadyThere ? null : findRaiseSet(subject, target / 10 ** decimals, methodology);
  return {
    targetRank,
    currentRank,
    targetScore: target / 10 ** decimals,
    points: Math.max(0, target - mine) / 10 ** decimals,
    alreadyThere,
    reachable: alreadyThere || plan?.reachable === true,
    plan,
  };
}

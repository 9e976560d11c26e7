import type { UnitAnswers } from '../answers/entity-answers';
import { indexMethodology, isApplicable } from '../methodology/index-methodology';
import type { Methodology } from '../methodology/methodology.schema';
import { toScaledInteger } from '../numbers/round-half-up';
import type { UnitScore } from '../scoring/score-result';
import type { AnswerChange } from './answer-change';
import { applyAnswerChange } from './apply-answer-change';
import {
  forgetStaleRaises,
  listRaiseCandidates,
  type RaiseCandidate,
  type UnitRaiseCache,
} from './list-raise-candidates';
import type { PlanSubject, ScoreOutcome } from './plan-subject';

export interface RaiseSet {
  /** The published score to reach (inclusive). */
  targetScore: number;
  reachable: boolean;
  /** The best published score possible with every applicable indicator at the top level. */
  maximumScore: number;
  /** One change per indicator, in the order the plan picks them; `raiseBy` counts scale steps. */
  raises: Extract<AnswerChange, { raiseBy: number }>[];
  /** Total scale steps across all raises: what "smallest" minimises. */
  steps: number;
  projected: ScoreOutcome & { gain: number };
}

/**
 * The fewest scale steps that lift the subject's published score to `targetScore`. Greedy: each round takes the
 * raise with the most points per step. With mean aggregation a step of an indicator never gains more than the
 * step before it, and then greedy is optimal; candidates of several steps at once keep it from stalling on
 * indicators that only pay off past a threshold (min, median, share meeting a level).
 */
export function findRaiseSet(subject: PlanSubject, targetScore: number, methodology: Methodology): RaiseSet {
  const decimals = methodology.classification.rounding.decimals;
  const target = toScaledInteger(targetScore, decimals);
  const unitScores = new Map(subject.unitScores.map((unitScore) => [unitScore.unitCode, unitScore]));
  const start = subject.combine(subject.unitScores);
  let current = start;
  const maximumScore = scoreAtCeiling(subject, methodology);
  if (toScaledInteger(maximumScore.score, decimals) < target) {
    // Out of reach even with every indicator at the top (e.g. capped by an oversight deduction): say so early.
    return {
      targetScore: target / 10 ** decimals,
      reachable: false,
      maximumScore: maximumScore.roundedScore,
      raises: [],
      steps: 0,
      projected: { ...start, gain: 0 },
    };
  }
  const raisedBy = new Map<string, { unitCode: string; indicatorCode: string; raiseBy: number }>();
  const candidates = new Map<string, RaiseCandidate[]>();
  // Per unit, the raises already scored: a pick re-lists its unit, re-scoring only what the pick touched.
  const caches = new Map<string, UnitRaiseCache>();
  const listFor = (unit: UnitAnswers): RaiseCandidate[] => {
    const before = unitScores.get(unit.code);
    let cache = caches.get(unit.code);
    if (cache === undefined) {
      cache = new Map();
      caches.set(unit.code, cache);
    }
    return before === undefined ? [] : listRaiseCandidates(subject, unit, before, methodology, cache);
  };
  const units = new Map(subject.units.map((unit) => [unit.code, unit]));
  for (const unit of subject.units) candidates.set(unit.code, listFor(unit));
  let steps = 0;
  while (toScaledInteger(current.score, decimals) < target) {
    const best =
      pickFinishing(subject, candidates, unitScores, current, target, decimals) ?? pickBest(candidates);
    if (best === undefined) break;
    unitScores.set(best.unitCode, scoredCandidate(subject, best));
    current = subject.combine(orderedScores(subject, unitScores));
    steps += best.raiseBy;
    const key = `${best.unitCode}\u0000${best.indicatorCode}`;
    const earlier = raisedBy.get(key);
    raisedBy.set(key, {
      unitCode: best.unitCode,
      indicatorCode: best.indicatorCode,
      raiseBy: (earlier?.raiseBy ?? 0) + best.raiseBy,
    });
    const raised = best.unit();
    const respondentsChanged = raised.respondents.length !== units.get(best.unitCode)?.respondents.length;
    units.set(best.unitCode, raised);
    const cache = caches.get(best.unitCode);
    if (cache !== undefined) forgetStaleRaises(cache, best.indicatorCode, respondentsChanged);
    candidates.set(best.unitCode, listFor(raised));
  }
  return {
    targetScore: target / 10 ** decimals,
    reachable: toScaledInteger(current.score, decimals) >= target,
    maximumScore: maximumScore.roundedScore,
    raises: [...raisedBy.values()],
    steps,
    projected: { ...current, gain: current.score - start.score },
  };
}

/** The candidate's unit score; re-scoring is pure, so this is the score its gain was estimated from. */
function scoredCandidate(subject: PlanSubject, candidate: RaiseCandidate): UnitScore {
  candidate.unitScore ??= subject.rescoreUnit(candidate.unit());
  return candidate.unitScore;
}

function scoreAtCeiling(subject: PlanSubject, methodology: Methodology): ScoreOutcome {
  const index = indexMethodology(methodology);
  const topScores = subject.unitScores.map((unitScore) => {
    let unit = unitScore.input;
    for (const entry of index.indicators.values()) {
      if (!isApplicable(entry.indicator.appliesTo, unitScore.entityKind, unit.type)) continue;
      unit = applyAnswerChange(unit, entry, {
        unitCode: unit.code,
        indicatorCode: entry.indicator.code,
        setLevel: entry.scale.highest,
      });
    }
    return subject.rescoreUnit(unit);
  });
  return subject.combine(topScores);
}

/** Gains closer than this are equal: float noise must not make 3 steps look better than 1. */
const GAIN_TOLERANCE = 1e-9;

/**
 * When one raise can finish the job, take the one with the fewest steps instead of the best rate: the best
 * rate may overshoot with more steps than needed.
 */
function pickFinishing(
  subject: PlanSubject,
  candidates: ReadonlyMap<string, RaiseCandidate[]>,
  unitScores: ReadonlyMap<string, UnitScore>,
  current: ScoreOutcome,
  target: number,
  decimals: number,
): RaiseCandidate | undefined {
  const needed = target / 10 ** decimals - current.score;
  const finishing = allRaiseCandidates(candidates)
    .filter((candidate) => candidate.estimatedGain >= needed - 0.01)
    .sort((a, b) => a.raiseBy - b.raiseBy || b.estimatedGain - a.estimatedGain);
  for (const candidate of finishing) {
    const trial = new Map(unitScores);
    trial.set(candidate.unitCode, scoredCandidate(subject, candidate));
    if (toScaledInteger(subject.combine(orderedScores(subject, trial)).score, decimals) >= target)
      return candidate;
  }
  return undefined;
}

/** The raise with the most points per step; ties go to fewer steps, then to unit and methodology order. */
function pickBest(candidates: ReadonlyMap<string, RaiseCandidate[]>): RaiseCandidate | undefined {
  let best: RaiseCandidate | undefined;
  for (const candidate of allRaiseCandidates(candidates)) {
    if (best === undefined) {
      best = candidate;
      continue;
    }
    const perStep = candidate.estimatedGain / candidate.raiseBy;
    const bestPerStep = best.estimatedGain / best.raiseBy;
    const isBetter = perStep > bestPerStep + GAIN_TOLERANCE;
    const isTied = Math.abs(perStep - bestPerStep) <= GAIN_TOLERANCE;
    if (isBetter || (isTied && candidate.raiseBy < best.raiseBy)) best = candidate;
  }
  return best;
}

/** RaiseCandidates in a fixed order: unit code, then methodology order, then steps. */
function allRaiseCandidates(candidates: ReadonlyMap<string, RaiseCandidate[]>): RaiseCandidate[] {
  return [...candidates.keys()].sort().flatMap((unitCode) => candidates.get(unitCode) ?? []);
}

function orderedScores(subject: PlanSubject, unitScores: ReadonlyMap<string, UnitScore>): UnitScore[] {
  return subject.units.flatMap((unit) => {
    const unitScore = unitScores.get(unit.code);
    return unitScore === undefined ? [] : [unitScore];
  });
}

import type { UnitAnswers } from '../answers/entity-answers';
import { indexMethodology, isApplicable } from '../methodology/index-methodology';
import type { Methodology } from '../methodology/methodology.schema';
import { toScaledInteger } from '../numbers/round-half-up';
import type { UnitScore } from '../scoring/score-result';
import type { AnswerChange } from './answer-change';
import { applyAnswerChange } from './apply-answer-change';
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

interface Candidate {
  unitCode: string;
  indicatorCode: string;
  order: number;
  raiseBy: number;
  unit: UnitAnswers;
  unitScore: UnitScore;
  estimatedGain: number;
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
  const candidates = new Map<string, Candidate[]>();
  for (const unit of subject.units)
    candidates.set(unit.code, listCandidates(subject, unit, unitScores, methodology));
  let steps = 0;
  while (toScaledInteger(current.score, decimals) < target) {
    const best =
      pickFinishing(subject, candidates, unitScores, current, target, decimals) ?? pickBest(candidates);
    if (best === undefined) break;
    unitScores.set(best.unitCode, best.unitScore);
    current = subject.combine(orderedScores(subject, unitScores));
    steps += best.raiseBy;
    const key = `${best.unitCode}\u0000${best.indicatorCode}`;
    const earlier = raisedBy.get(key);
    raisedBy.set(key, {
      unitCode: best.unitCode,
      indicatorCode: best.indicatorCode,
      raiseBy: (earlier?.raiseBy ?? 0) + best.raiseBy,
    });
    candidates.set(best.unitCode, listCandidates(subject, best.unit, unitScores, methodology));
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

/** Every raise of every applicable indicator of one unit that gains something, with its estimated gain. */
function listCandidates(
  subject: PlanSubject,
  unit: UnitAnswers,
  unitScores: ReadonlyMap<string, UnitScore>,
  methodology: Methodology,
): Candidate[] {
  const index = indexMethodology(methodology);
  const before = unitScores.get(unit.code);
  if (before === undefined) return [];
  const entityKind = before.entityKind;
  const publishedValue = (unitScore: UnitScore) =>
    subject.usesRoundedUnitScores ? unitScore.roundedScore : unitScore.score;
  const list: Candidate[] = [];
  let order = 0;
  for (const entry of index.indicators.values()) {
    order += 1;
    if (!isApplicable(entry.indicator.appliesTo, entityKind, unit.type)) continue;
    for (let raiseBy = 1; raiseBy < entry.scale.values.length; raiseBy += 1) {
      const changed = applyAnswerChange(unit, entry, {
        unitCode: unit.code,
        indicatorCode: entry.indicator.code,
        raiseBy,
      });
      const unitScore = subject.rescoreUnit(changed);
      const estimatedGain =
        (publishedValue(unitScore) - publishedValue(before)) * subject.unitWeight(unit.code);
      if (estimatedGain <= 0) continue;
      list.push({
        unitCode: unit.code,
        indicatorCode: entry.indicator.code,
        order,
        raiseBy,
        unit: changed,
        unitScore,
        estimatedGain,
      });
    }
  }
  return list;
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
  candidates: ReadonlyMap<string, Candidate[]>,
  unitScores: ReadonlyMap<string, UnitScore>,
  current: ScoreOutcome,
  target: number,
  decimals: number,
): Candidate | undefined {
  const needed = target / 10 ** decimals - current.score;
  const finishing = allCandidates(candidates)
    .filter((candidate) => candidate.estimatedGain >= needed - 0.01)
    .sort((a, b) => a.raiseBy - b.raiseBy || b.estimatedGain - a.estimatedGain);
  for (const candidate of finishing) {
    const trial = new Map(unitScores);
    trial.set(candidate.unitCode, candidate.unitScore);
    if (toScaledInteger(subject.combine(orderedScores(subject, trial)).score, decimals) >= target)
      return candidate;
  }
  return undefined;
}

/** The raise with the most points per step; ties go to fewer steps, then to unit and methodology order. */
function pickBest(candidates: ReadonlyMap<string, Candidate[]>): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of allCandidates(candidates)) {
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

/** Candidates in a fixed order: unit code, then methodology order, then steps. */
function allCandidates(candidates: ReadonlyMap<string, Candidate[]>): Candidate[] {
  return [...candidates.keys()].sort().flatMap((unitCode) => candidates.get(unitCode) ?? []);
}

function orderedScores(subject: PlanSubject, unitScores: ReadonlyMap<string, UnitScore>): UnitScore[] {
  return subject.units.flatMap((unit) => {
    const unitScore = unitScores.get(unit.code);
    return unitScore === undefined ? [] : [unitScore];
  });
}

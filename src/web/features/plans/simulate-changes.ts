import {
  type EntityAnswers,
  type EntityScore,
  type ImprovementPlan,
  type Methodology,
  PLANNED_EVIDENCE,
  planImprovements,
  scoreEntity,
  toScaledInteger,
} from '../../../core';
import { indexMethodology } from '../../../core/methodology/index-methodology';
import { applyAnswerChange } from '../../../core/planning/apply-answer-change';

/**
 * One edit in the simulator: set every answer of an indicator at a unit to a level, raise it by steps (the
 * planner's presets), or supply the missing evidence for the claims already made.
 */
export type SimulatorChange =
  | { unitCode: string; indicatorCode: string; setLevel: number }
  | { unitCode: string; indicatorCode: string; raiseBy: number }
  | { unitCode: string; indicatorCode: string; addEvidence: true };

export interface PeerScore {
  code: string;
  name: string;
  score: number;
}

export interface RankPosition {
  rank: number;
  of: number;
}

export interface Projection {
  score: number;
  roundedScore: number;
  category: string;
  zone: string;
  /** Points gained against the unchanged answers (unrounded). */
  gain: number;
  rankProvince: RankPosition | null;
  rankNational: RankPosition | null;
}

/** The answers after the changes, in order (pure; the input is not modified). */
export function applySimulatorChanges(
  entity: EntityAnswers,
  changes: readonly SimulatorChange[],
  methodology: Methodology,
): EntityAnswers {
  const index = indexMethodology(methodology);
  const units = entity.units.map((unit) => {
    let current = unit;
    for (const change of changes) {
      if (change.unitCode !== unit.code) continue;
      const entry = index.indicators.get(change.indicatorCode);
      if (entry === undefined) continue;
      current =
        'addEvidence' in change
          ? {
              ...current,
              answers: current.answers.map((answer) =>
                answer.indicator === change.indicatorCode && (answer.evidence?.length ?? 0) === 0
                  ? { ...answer, evidence: [PLANNED_EVIDENCE] }
                  : answer,
              ),
            }
          : applyAnswerChange(current, entry, change);
    }
    return current;
  });
  return { ...entity, units };
}

/** Competition rank of a published score among the others (ties share a rank); null without peers. */
export function rankAmong(
  score: number,
  ownCode: string,
  peers: readonly PeerScore[],
  decimals: number,
): RankPosition | null {
  const others = peers.filter((peer) => peer.code !== ownCode);
  if (others.length === 0) return null;
  const mine = toScaledInteger(score, decimals);
  const better = others.filter((peer) => toScaledInteger(peer.score, decimals) > mine).length;
  return { rank: better + 1, of: others.length + 1 };
}

/**
 * What the simulator shows for a set of changes: the changed answers scored from scratch by the same core
 * the server uses, so the projection is exactly what scoring those answers would give.
 */
export function projectSimulation(
  entity: EntityAnswers,
  methodology: Methodology,
  changes: readonly SimulatorChange[],
  peers: { province: readonly PeerScore[]; national: readonly PeerScore[] },
  baseline: EntityScore = scoreEntity(entity, methodology),
): Projection {
  const scored = scoreEntity(applySimulatorChanges(entity, changes, methodology), methodology);
  const decimals = methodology.classification.rounding.decimals;
  return {
    score: scored.score,
    roundedScore: scored.roundedScore,
    category: scored.classification.category,
    zone: scored.classification.zone,
    gain: scored.score - baseline.score,
    rankProvince: rankAmong(scored.roundedScore, entity.code, peers.province, decimals),
    rankNational: rankAmong(scored.roundedScore, entity.code, peers.national, decimals),
  };
}

export interface SimulatorModel {
  result: EntityScore;
  plan: ImprovementPlan;
}

/** The starting point: the entity scored and the planner's opportunities, most points to gain first. */
export function buildSimulatorModel(entity: EntityAnswers, methodology: Methodology): SimulatorModel {
  const result = scoreEntity(entity, methodology);
  return { result, plan: planImprovements(result, methodology) };
}

/** The planner's raises as simulator changes (a preset replaces the edits). */
export function raisesToChanges(
  raises: readonly { unitCode: string; indicatorCode: string; raiseBy: number }[],
): SimulatorChange[] {
  return raises.map(({ unitCode, indicatorCode, raiseBy }) => ({ unitCode, indicatorCode, raiseBy }));
}

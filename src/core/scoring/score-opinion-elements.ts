import type { OpinionElementCode, OpinionElements } from '../methodology/aggregation.schema';
import type { LocalizedText } from '../methodology/localized-text.schema';
import { toWeightUnits } from '../numbers/weight-units';

/** Where an entity stands with the Ombudsman's oversight products at the cycle's cut-off date. */
export interface OversightProductsStatus {
  /** Tindakan korektif (LAHP), saran perbaikan (LHA), saran penyempurnaan and rekomendasi received. */
  received: number;
  followedUpInFull: number;
  partlyFollowedUp: number;
}

export interface OpinionElementInputs {
  /** The four-dimension instrument: the entity's mean of unit scores (domain.md §7). */
  instrumentScore: number;
  publicTrustScore: number;
  oversightComplianceScore: number;
}

export interface OpinionElementScore {
  code: OpinionElementCode;
  text: LocalizedText;
  score: number;
  weight: number;
  /** Points the element adds to the final score: weight × score / 100. */
  contribution: number;
}

export interface OpinionScore {
  elements: OpinionElementScore[];
  finalScore: number;
}

/**
 * The compliance element, 0–100 [assumed, docs/scoring.md]: a product followed up in full counts 1, a partly
 * followed-up one ½, an open one 0. An entity that received no product has nothing to comply with: 100.
 */
export function scoreOversightCompliance(status: OversightProductsStatus): number {
  if (status.received <= 0) return 100;
  const done = Math.min(status.followedUpInFull, status.received);
  const partly = Math.min(status.partlyFollowedUp, status.received - done);
  return ((done + partly / 2) / status.received) * 100;
}

/**
 * "Tanpa Maladministrasi" (domain.md §7): the entity received oversight products and followed up every one in
 * full — a binary status, independent of the score.
 */
export function hasFollowedUpEveryProduct(status: OversightProductsStatus): boolean {
  return status.received > 0 && status.followedUpInFull >= status.received;
}

/** Final score = Σ element weight × element score; weights are summed in whole 1/10 000 % like every weight. */
export function scoreOpinionElements(inputs: OpinionElementInputs, rule: OpinionElements): OpinionScore {
  const scoreOf: Record<OpinionElementCode, number> = {
    instrument: inputs.instrumentScore,
    'public-trust': inputs.publicTrustScore,
    'oversight-compliance': inputs.oversightComplianceScore,
  };
  const totalUnits = rule.elements.reduce((sum, element) => sum + toWeightUnits(element.weight), 0);
  const elements = rule.elements.map((element) => {
    const score = scoreOf[element.code];
    const weight = totalUnits === 0 ? 0 : (toWeightUnits(element.weight) * 100) / totalUnits;
    return { code: element.code, text: element.text, score, weight, contribution: (weight * score) / 100 };
  });
  const finalScore = elements.reduce((sum, element) => sum + element.contribution, 0);
  return { elements, finalScore: Math.min(100, Math.max(0, finalScore)) };
}

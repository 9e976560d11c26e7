import type { LocalizedText } from '../methodology/localized-text.schema';
import type { ScoreFlag } from './score-flag';

export type ScoreNodeKind = 'entity' | 'component' | 'unit' | 'dimension' | 'variable' | 'indicator';

/** One respondent's answer as it entered the indicator: what they said and what counted. */
export interface AnswerDetail {
  respondent: string;
  role: string;
  /** null when the respondent has not answered. */
  level: number | null;
  /** The level used: the lowest level for a missing answer or a claim without required evidence. */
  effectiveLevel: number | null;
  hasEvidence: boolean;
}

export interface AdjustmentDetail {
  code: string;
  kind: 'oversight-deduction' | 'public-trust-blend' | 'opinion-elements';
  text: LocalizedText;
  applied: boolean;
  scoreBefore: number;
  scoreAfter: number;
}

/**
 * A node of the explanation tree. Weights are percentages of the parent after re-normalising over the
 * siblings that count (indicators and variables are percentages of their dimension). `contribution` is the
 * points the node adds to its parent, `maxContribution` the points it would add at 100, and `shareOfRoot`
 * the points the root gains per point gained here.
 */
export interface ScoreNode {
  kind: ScoreNodeKind;
  code: string;
  text: LocalizedText;
  /** Indicators: the aggregated level on the answer scale (a 0–1 share for share-meeting-level). */
  rawValue: number | null;
  score: number;
  weight: number;
  contribution: number;
  maxContribution: number;
  shareOfRoot: number;
  included: boolean;
  flags: ScoreFlag[];
  children: ScoreNode[];
  answers?: AnswerDetail[];
  adjustments?: AdjustmentDetail[];
}

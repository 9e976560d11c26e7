import type { LocalizedText } from '../methodology/localized-text.schema';
import type { Methodology } from '../methodology/methodology.schema';
import { roundHalfUp } from '../numbers/round-half-up';
import type { ScoreNode } from './score-node';
import type { UnitScore } from './score-result';
import { scoreValidatedUnit } from './score-unit';

/** An answer that claims a level its indicator accepts only with evidence, and has none: it counts lower. */
export interface AnswerMissingEvidence {
  indicatorCode: string;
  indicatorText: LocalizedText;
  /** The respondent id of the scoring input (`asesor` for the unit-level checklist). */
  respondent: string;
  role: string;
  level: number;
  /** The level that counted instead (the scale's lowest under `required-or-lowest-level`). */
  effectiveLevel: number;
}

export interface MissingEvidenceCost {
  /** Rounded score with evidence not required, minus the rounded score: what the team gains by adding it. */
  points: number;
  answers: AnswerMissingEvidence[];
}

const editionsWithoutEvidence = new WeakMap<Methodology, Methodology>();

/**
 * What missing evidence costs a unit: the unit scored again as if no indicator required evidence, minus its
 * score, and the answers whose claimed level was lowered because their evidence is missing. Both scores are
 * rounded as the edition rounds, so the points match the two figures a team sees. `scored` is the result of
 * scoreUnit (its input is already validated).
 */
export function missingEvidenceCost(scored: UnitScore, methodology: Methodology): MissingEvidenceCost {
  const answers = lowered(scored.tree);
  if (answers.length === 0) return { points: 0, answers };
  const unrequired = scoreValidatedUnit(scored.input, withoutEvidenceRule(methodology), scored.entityKind, 1);
  const decimals = methodology.classification.rounding.decimals;
  return { points: roundHalfUp(unrequired.roundedScore - scored.roundedScore, decimals), answers };
}

function lowered(node: ScoreNode): AnswerMissingEvidence[] {
  if (node.kind !== 'indicator') return node.children.flatMap(lowered);
  return (node.answers ?? []).flatMap((answer) =>
    answer.level !== null &&
    answer.effectiveLevel !== null &&
    !answer.hasEvidence &&
    answer.effectiveLevel < answer.level
      ? [
          {
            indicatorCode: node.code,
            indicatorText: node.text,
            respondent: answer.respondent,
            role: answer.role,
            level: answer.level,
            effectiveLevel: answer.effectiveLevel,
          },
        ]
      : [],
  );
}

/** The same edition with every indicator's evidence rule set to `not-required`; made once per edition. */
function withoutEvidenceRule(methodology: Methodology): Methodology {
  const cached = editionsWithoutEvidence.get(methodology);
  if (cached) return cached;
  const relaxed: Methodology = {
    ...methodology,
    dimensions: methodology.dimensions.map((dimension) => ({
      ...dimension,
      indicators: dimension.indicators.map((indicator) => ({
        ...indicator,
        evidence: { ...indicator.evidence, rule: 'not-required' },
      })),
    })),
  };
  editionsWithoutEvidence.set(methodology, relaxed);
  return relaxed;
}

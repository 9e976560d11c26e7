import { CoreError } from '../errors/core-error';
import type { Methodology } from '../methodology/methodology.schema';
import { missingEvidenceCost } from '../scoring/missing-evidence-cost';
import { scoreUnit } from '../scoring/score-unit';
import { assessorRespondentId, type CollectedUnit, toUnitAnswers } from './to-unit-answers';

interface Bilingual {
  id: string;
  en: string;
}

/** The provisional score of a unit (the contract's ProvisionalUnitScore). */
export interface ProvisionalUnitScore {
  score: number;
  roundedScore: number;
  category: string;
  label: Bilingual;
  zone: string;
  zoneLabel: Bilingual;
  colour: string;
  dimensions: { code: string; text: Bilingual; score: number | null }[];
  answeredCount: number;
  expectedCount: number;
  missingEvidence: {
    points: number;
    answers: {
      indicatorCode: string;
      indicatorText: Bilingual;
      respondentId: string | null;
      level: number;
      effectiveLevel: number;
    }[];
  };
}

/**
 * The unit's score as if collection ended now (missing answers score as the edition's policy says). Never
 * published: only collection.read roles see it. Null when the collected data cannot be scored yet (the core
 * refuses it), so the page still opens. The server runs it on the stored rows, the phone on its prepared copy
 * with the outbox applied.
 */
export function scoreProvisionalUnit(
  rows: CollectedUnit,
  methodology: Methodology,
  entityKind: string,
  counts: { answeredCount: number; expectedCount: number },
): ProvisionalUnitScore | null {
  try {
    const scored = scoreUnit(toUnitAnswers(rows), methodology, { entityKind });
    const { classification } = scored;
    const cost = missingEvidenceCost(scored, methodology);
    return {
      score: scored.score,
      roundedScore: scored.roundedScore,
      category: classification.category,
      label: classification.label,
      zone: classification.zone,
      zoneLabel: classification.zoneLabel,
      colour: classification.colour,
      dimensions: scored.tree.children
        .filter((node) => node.kind === 'dimension')
        .map((node) => ({ code: node.code, text: node.text, score: node.included ? node.score : null })),
      ...counts,
      missingEvidence: {
        points: cost.points,
        answers: cost.answers.map((answer) => ({
          indicatorCode: answer.indicatorCode,
          indicatorText: answer.indicatorText,
          respondentId: answer.respondent === assessorRespondentId ? null : answer.respondent,
          level: answer.level,
          effectiveLevel: answer.effectiveLevel,
        })),
      },
    };
  } catch (error) {
    if (error instanceof CoreError) return null;
    throw error;
  }
}

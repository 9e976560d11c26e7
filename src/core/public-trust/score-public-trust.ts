import { dontKnowLevel, maxTrustLevel, type PublicTrustQuestionSet } from './public-trust-question-set';

export interface PublicTrustResponse {
  /** Question code → level (1…max), or 0 for "tidak tahu". */
  answers: Readonly<Record<string, number>>;
  /** A verifier kept it out of scoring. */
  excluded: boolean;
}

export interface PublicTrustQuestionScore {
  code: string;
  /** 0–100, or null when no counted response knew an answer. */
  score: number | null;
  known: number;
  dontKnow: number;
}

export interface PublicTrustScore {
  /** 0–100 with two decimals; null while no counted response gave a known answer. */
  score0to100: number | null;
  /** Responses that count (not excluded). */
  responses: number;
  excluded: number;
  questions: PublicTrustQuestionScore[];
}

/**
 * The public-trust element [assumed, the formula is not published]: per question, the mean of the known levels
 * of the counted responses mapped linearly from 1…max onto 0…100; the element is the plain mean of the questions
 * that have any known answer. "Tidak tahu" and levels outside the scale are left out rather than read as
 * distrust, so a respondent who knows one agency well and nothing of another does not pull its score down.
 */
export function scorePublicTrust(
  responses: readonly PublicTrustResponse[],
  questionSet: PublicTrustQuestionSet,
): PublicTrustScore {
  const max = maxTrustLevel(questionSet);
  const counted = responses.filter((response) => !response.excluded);
  const questions = questionSet.questions.map((question): PublicTrustQuestionScore => {
    let sum = 0;
    let known = 0;
    let dontKnow = 0;
    for (const response of counted) {
      const level = response.answers[question.code];
      if (level === dontKnowLevel) dontKnow += 1;
      else if (level !== undefined && Number.isInteger(level) && level >= 1 && level <= max) {
        sum += level;
        known += 1;
      }
    }
    return {
      code: question.code,
      score: known === 0 ? null : ((sum / known - 1) / (max - 1)) * 100,
      known,
      dontKnow,
    };
  });
  const scored = questions.flatMap((question) => (question.score === null ? [] : [question.score]));
  const mean = scored.length === 0 ? null : scored.reduce((total, score) => total + score, 0) / scored.length;
  return {
    score0to100: mean === null ? null : round2(mean),
    responses: counted.length,
    excluded: responses.length - counted.length,
    questions: questions.map((question) => ({
      ...question,
      score: question.score === null ? null : round2(question.score),
    })),
  };
}

function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

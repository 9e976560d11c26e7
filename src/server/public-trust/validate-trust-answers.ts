import type { TrustQuestion } from '../../contracts/public-trust.contract';
import { dontKnowLevel } from '../../core/public-trust/public-trust-question-set';
import type { SurveyProblem } from '../survey/validate-survey-levels';

export type TrustAnswersCheck =
  | { ok: true; answers: Record<string, number> }
  | { ok: false; problems: SurveyProblem[] };

/** Every question answered with a level of its scale or "tidak tahu" (0), and nothing else. */
export function validateTrustAnswers(
  questions: readonly TrustQuestion[],
  given: Readonly<Record<string, unknown>>,
): TrustAnswersCheck {
  const problems: SurveyProblem[] = [];
  const answers: Record<string, number> = {};
  questions.forEach((question, index) => {
    const name = { id: `Pertanyaan ${index + 1}`, en: `Question ${index + 1}` };
    const raw = given[question.code];
    if (raw === undefined || raw === null || raw === '') {
      problems.push({
        indicatorCode: question.code,
        message: {
          id: `${name.id} belum dijawab. Pilih salah satu jawaban, atau "${question.dontKnow.id}".`,
          en: `${name.en} is not answered. Choose one of the answers, or "${question.dontKnow.en}".`,
        },
      });
      return;
    }
    const value = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
    const allowed = [...question.levels.map((level) => level.value), dontKnowLevel];
    if (typeof value !== 'number' || !allowed.includes(value)) {
      problems.push({
        indicatorCode: question.code,
        message: {
          id: `Jawaban untuk ${name.id.toLowerCase()} tidak valid ("${String(raw)}").`,
          en: `The answer to ${name.en.toLowerCase()} is not valid ("${String(raw)}").`,
        },
      });
      return;
    }
    answers[question.code] = value;
  });
  const known = new Set(questions.map((question) => question.code));
  for (const key of Object.keys(given)) {
    if (known.has(key)) continue;
    problems.push({
      indicatorCode: null,
      message: {
        id: `"${key}" bukan pertanyaan survei ini.`,
        en: `"${key}" is not a question of this survey.`,
      },
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers };
}

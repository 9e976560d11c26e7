import type { SurveyQuestion } from '../../contracts/survey.contract';
import type { BilingualMessage } from '../errors';

export interface SurveyProblem {
  /** The indicator the problem is about; null for a key that is no question of this survey. */
  indicatorCode: string | null;
  message: BilingualMessage;
}

export type SurveyLevelsCheck =
  | { ok: true; levels: Record<string, number> }
  | { ok: false; problems: SurveyProblem[] };

/**
 * Every question answered with one of its scale's levels, nothing else. `given` holds raw values (form
 * fields are text, JSON numbers); each problem names the question by number and text.
 */
export function validateSurveyLevels(
  questions: readonly SurveyQuestion[],
  given: Readonly<Record<string, unknown>>,
): SurveyLevelsCheck {
  const problems: SurveyProblem[] = [];
  const levels: Record<string, number> = {};
  questions.forEach((question, index) => {
    const number = index + 1;
    const raw = given[question.indicatorCode];
    const name = {
      id: `Pertanyaan ${number} (${question.text.id})`,
      en: `Question ${number} (${question.text.en})`,
    };
    if (raw === undefined || raw === null || raw === '') {
      problems.push({
        indicatorCode: question.indicatorCode,
        message: {
          id: `${name.id} belum dijawab. Pilih salah satu jawaban.`,
          en: `${name.en} is not answered. Choose one of the answers.`,
        },
      });
      return;
    }
    const value = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
    const allowed = question.levels.map((level) => level.value);
    if (typeof value !== 'number' || !allowed.includes(value)) {
      problems.push({
        indicatorCode: question.indicatorCode,
        message: {
          id: `Jawaban untuk ${name.id.charAt(0).toLowerCase()}${name.id.slice(1)} tidak valid ("${String(raw)}"); pilih salah satu dari ${allowed.length} pilihan yang tersedia.`,
          en: `The answer to ${name.en.charAt(0).toLowerCase()}${name.en.slice(1)} is not valid ("${String(raw)}"); choose one of the ${allowed.length} answers offered.`,
        },
      });
      return;
    }
    levels[question.indicatorCode] = value;
  });
  const known = new Set(questions.map((question) => question.indicatorCode));
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
  return problems.length > 0 ? { ok: false, problems } : { ok: true, levels };
}

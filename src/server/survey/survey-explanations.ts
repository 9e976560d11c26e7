import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SurveyQuestion } from '../../contracts/survey.contract';
import {
  findSurveyExplanation,
  type SurveyExplanationCatalog,
  surveyExplanationCatalogSchema,
} from '../../core/survey/survey-explanation-catalog';
import { defaultMethodologiesRoot } from '../methodologies/load-methodology-catalog';

/** Beside the editions, not in them: an edition's content hash is frozen by the cycles that use it. */
export const defaultSurveyExplanationsPath = join(defaultMethodologiesRoot, 'survey-explanations.json');

let cached: Promise<SurveyExplanationCatalog> | undefined;

export async function readSurveyExplanationCatalog(
  path: string = defaultSurveyExplanationsPath,
): Promise<SurveyExplanationCatalog> {
  return surveyExplanationCatalogSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** Read once per process, like the editions (src/server/methodologies/cached-methodology-catalog.ts). */
export function cachedSurveyExplanationCatalog(): Promise<SurveyExplanationCatalog> {
  cached ??= readSurveyExplanationCatalog();
  return cached;
}

/** The edition's survey questions, each with its one-line plain explanation (null where none is written). */
export async function explainSurveyQuestions(
  editionRef: string,
  questions: readonly SurveyQuestion[],
): Promise<SurveyQuestion[]> {
  const catalog = await cachedSurveyExplanationCatalog();
  return questions.map((question) => {
    const explanation = findSurveyExplanation(catalog, editionRef, question.indicatorCode);
    return { ...question, explanation: explanation ? { id: explanation.id, en: explanation.en } : null };
  });
}

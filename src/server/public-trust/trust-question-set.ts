import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TrustQuestion } from '../../contracts/public-trust.contract';
import {
  type PublicTrustQuestionSet,
  publicTrustQuestionSetSchema,
} from '../../core/public-trust/public-trust-question-set';
import type { CatalogEntry } from '../methodologies/load-methodology-catalog';
import { defaultMethodologiesRoot } from '../methodologies/load-methodology-catalog';

/** The question set used while no edition declares a public-trust instrument (every item assumed). */
export const defaultTrustQuestionSetPath = join(
  defaultMethodologiesRoot,
  'ombudsman-opini',
  'public-trust-questions.json',
);

let cached: Promise<PublicTrustQuestionSet> | undefined;

export async function readTrustQuestionSet(path: string): Promise<PublicTrustQuestionSet> {
  return publicTrustQuestionSetSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

/**
 * The public-trust questions of a cycle's edition. Editions cannot declare an instrument yet (the Opini editions
 * are being revised), so every edition gets the default set; this is the one place that will read an edition's
 * own instrument once the methodology schema carries one.
 */
export async function trustQuestionSetOf(_edition: CatalogEntry): Promise<PublicTrustQuestionSet> {
  cached ??= readTrustQuestionSet(defaultTrustQuestionSetPath);
  return cached;
}

/** The questions as the page and the API show them. */
export function trustQuestionsOf(set: PublicTrustQuestionSet): TrustQuestion[] {
  return set.questions.map((question) => ({
    code: question.code,
    text: { id: question.text.id, en: question.text.en },
    levels: set.scale.levels.map((level) => ({ value: level.value, label: { ...level.label } })),
    dontKnow: { ...set.scale.dontKnow },
  }));
}

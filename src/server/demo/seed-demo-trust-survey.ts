import { dontKnowLevel, maxTrustLevel } from '../../core/public-trust/public-trust-question-set';
import { createSeededRandom } from '../../core/synthetic/create-seeded-random';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { insertDemoTrustResponses } from '../db/repositories/demo-field-data.repository';
import { findEntityByCode } from '../db/repositories/entities.repository';
import { findLocus } from '../db/repositories/loci.repository';
import { insertTrustSurveyIfAbsent } from '../db/repositories/public-trust.repository';
import { trustQuestionSetOf } from '../public-trust/trust-question-set';

/** Muba's public-trust link in the cycle in the field: fixed, so the tour and docs can point at /k/KPMUBA26. */
export const demoTrustSurveyCode = 'KPMUBA26';

export interface DemoTrustSurveySpec {
  year: number;
  entityCode: string;
  /** The survey's public code (8 characters of the survey-code alphabet). */
  code: string;
  /** Share of the question set's target answered: 1 = full, 0.5 = half. */
  share: number;
  /** 0…1: how much the made-up public trusts the entity (1: mostly "sangat percaya"). */
  trust: number;
  /** The last answer's moment; earlier ones go back ~3 hours each, so no burst flag fires on demo data. */
  lastAnsweredAt: Date;
}

/**
 * The entity's public-trust survey in a demo cycle (made-up answers, marked demo by their device hashes; no
 * client hash, as no request made them). Skips an entity without a locus or that already has the survey.
 */
export async function seedDemoTrustSurvey(db: Database, spec: DemoTrustSurveySpec): Promise<void> {
  const cycle = await requireCycle(db, spec.year);
  const entity = await findEntityByCode(db, spec.entityCode);
  const locus = entity ? await findLocus(db, cycle.id, entity.id) : undefined;
  if (!locus) return;
  if (!(await insertTrustSurveyIfAbsent(db, locus.id, spec.code))) return;
  const set = await trustQuestionSetOf(await editionOfCycle(cycle));
  const random = createSeededRandom(spec.year * 100 + Number(spec.entityCode.replace('.', '')));
  const max = maxTrustLevel(set);
  const count = Math.floor(set.target * spec.share);
  const rows = Array.from({ length: count }, (_, index) => {
    const answers: Record<string, number> = {};
    for (const question of set.questions) {
      // A few "tidak tahu", the rest spread around the entity's level: a plausible spread, nothing measured.
      const level = 1 + Math.round(spec.trust * (max - 1) + (random() - 0.5) * 1.6);
      answers[question.code] = random() < 0.08 ? dontKnowLevel : Math.max(1, Math.min(max, level));
    }
    return {
      locusId: locus.id,
      deviceTokenSha256: `demo-trust-${spec.year}-${spec.entityCode}-${index}`,
      answers,
      submittedAt: new Date(spec.lastAnsweredAt.getTime() - (count - index) * 3 * 60 * 60 * 1000),
    };
  });
  await insertDemoTrustResponses(db, rows);
}

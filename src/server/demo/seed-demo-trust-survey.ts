import { dontKnowLevel, maxTrustLevel } from '../../core/public-trust/public-trust-question-set';
import { createSeededRandom } from '../../core/synthetic/create-seeded-random';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { findEntityByCode } from '../db/repositories/entities.repository';
import { findLocus } from '../db/repositories/loci.repository';
import { insertTrustResponse, insertTrustSurveyIfAbsent } from '../db/repositories/public-trust.repository';
import { trustQuestionSetOf } from '../public-trust/trust-question-set';

/** Muba's public-trust link in the cycle in the field: fixed, so the tour and docs can point at /k/KPMUBA26. */
export const demoTrustSurveyCode = 'KPMUBA26';

/**
 * The entity's public-trust survey in the demo cycle about half full (made-up answers, marked demo by their
 * device hashes; no client hash, as no request made them). Skips an entity that already has the survey.
 */
export async function seedDemoTrustSurvey(
  db: Database,
  year: number,
  entityCode: string,
  now: Date,
): Promise<void> {
  const cycle = await requireCycle(db, year);
  const entity = await findEntityByCode(db, entityCode);
  const locus = entity ? await findLocus(db, cycle.id, entity.id) : undefined;
  if (!locus) return;
  if (!(await insertTrustSurveyIfAbsent(db, locus.id, demoTrustSurveyCode))) return;
  const set = await trustQuestionSetOf(await editionOfCycle(cycle));
  const random = createSeededRandom(year * 16 + 6);
  const max = maxTrustLevel(set);
  const count = Math.floor(set.target / 2);
  for (let index = 0; index < count; index += 1) {
    const answers: Record<string, number> = {};
    for (const question of set.questions) {
      const roll = random();
      // Mostly trusting, some doubt, a few "tidak tahu": a plausible spread, nothing measured.
      answers[question.code] =
        roll < 0.08 ? dontKnowLevel : Math.min(max, 2 + Math.floor(random() * (max - 1)));
    }
    await insertTrustResponse(db, {
      locusId: locus.id,
      deviceTokenSha256: `demo-trust-${year}-${entityCode}-${index}`,
      clientHash: null,
      answers,
      // Spread over the last days, an answer every ~3 hours, so no burst flag fires on demo data.
      submittedAt: new Date(now.getTime() - (count - index) * 3 * 60 * 60 * 1000),
    });
  }
}

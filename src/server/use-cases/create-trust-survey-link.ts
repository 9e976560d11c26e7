import type { TrustSurveyDto } from '../../contracts/public-trust.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  findTrustSurveyCode,
  insertTrustSurveyIfAbsent,
  isTrustSurveyCodeTaken,
} from '../db/repositories/public-trust.repository';
import { requireExistingLocus } from '../loci/require-locus-in-scope';
import { makeSurveyCode } from '../survey/make-survey-code';
import { getTrustSurvey } from './get-trust-survey';

const maxAttempts = 8;

/**
 * Makes the entity's public-trust survey link (a short code, as for units) unless it has one; later calls return
 * the same link so printed posters stay valid. Audited when a code is made.
 */
export async function createTrustSurveyLink(
  db: Database,
  actor: RequestActor,
  target: { year: number; entityCode: string },
  baseUrl: string,
  now: Date,
  context: AuditContext,
): Promise<{ survey: TrustSurveyDto; created: boolean }> {
  const created = await db.transaction(async (tx) => {
    const cycle = await requireCycle(tx, target.year);
    const { entity, locus } = await requireExistingLocus(
      tx,
      actor,
      'collection.write',
      cycle,
      target.entityCode,
    );
    if (await findTrustSurveyCode(tx, locus.id)) return false;
    for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
      const code = makeSurveyCode();
      if (await isTrustSurveyCodeTaken(tx, code)) continue;
      if (!(await insertTrustSurveyIfAbsent(tx, locus.id, code))) return false;
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'trust-survey.link',
        resourceType: 'locus',
        resourceId: `${target.year}/${entity.code}`,
        provinceCode: entity.provinceCode,
        before: { trustSurveyCode: null },
        after: { trustSurveyCode: code },
      });
      return true;
    }
    throw new Error('no free public-trust survey code found');
  });
  return { survey: await getTrustSurvey(db, actor, target, baseUrl, now), created };
}

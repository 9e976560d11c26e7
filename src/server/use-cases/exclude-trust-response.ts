import type { TrustResponseExclusionRequest, TrustResponsesDto } from '../../contracts/public-trust.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findTrustResponse, setTrustResponseExclusion } from '../db/repositories/public-trust.repository';
import { lockLocus } from '../db/repositories/workflow.repository';
import { DomainError, notFoundError } from '../errors';
import { requireExistingLocus } from '../loci/require-locus-in-scope';
import { trustExclusionBlocker } from '../public-trust/trust-survey-rules';
import { getTrustSurveyResponses } from './get-trust-survey-responses';

/**
 * Keeps one public-trust response out of the score and the quota (or counts it again), with a note; audited with
 * the state before and after, under the locus lock so it cannot interleave with the locus being approved.
 */
export async function excludeTrustResponse(
  db: Database,
  actor: RequestActor,
  target: { year: number; entityCode: string; responseId: string },
  request: TrustResponseExclusionRequest,
  now: Date,
  context: AuditContext,
): Promise<TrustResponsesDto> {
  await db.transaction(async (tx) => {
    const cycle = await requireCycle(tx, target.year);
    const found = await requireExistingLocus(tx, actor, 'collection.verify', cycle, target.entityCode);
    // The row read under the lock: an approval that just landed closes exclusion.
    const locus = (await lockLocus(tx, found.locus.id)) ?? found.locus;
    const blocker = trustExclusionBlocker(actor.role, cycle, locus.approval, now);
    if (blocker) throw new DomainError(blocker.code, blocker.message);
    const before = await findTrustResponse(tx, locus.id, target.responseId);
    if (!before) throw notFoundError();
    const wasExcluded = before.excludedAt !== null;
    if (wasExcluded === request.excluded && (!request.excluded || before.exclusionNote === request.note))
      return;
    await setTrustResponseExclusion(tx, {
      locusId: locus.id,
      responseId: target.responseId,
      excluded: request.excluded,
      note: request.note,
      userId: actor.userId,
      at: now,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: request.excluded ? 'trust-survey.exclude' : 'trust-survey.include',
      resourceType: 'trust-survey-response',
      resourceId: `${target.year}/${found.entity.code}/${target.responseId}`,
      provinceCode: found.entity.provinceCode,
      before: { excluded: wasExcluded, note: before.exclusionNote },
      after: { excluded: request.excluded, note: request.note },
    });
  });
  return getTrustSurveyResponses(db, actor, target, now);
}

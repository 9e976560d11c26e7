import type { SurveyResponseExclusionRequest, UnitSurveyResponsesDto } from '../../contracts/survey.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireLocusUnit } from '../collection/require-locus-unit';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findLocusUnit } from '../db/repositories/loci.repository';
import {
  findSurveyResponseOfUnit,
  setSurveyResponseExclusion,
} from '../db/repositories/survey-responses.repository';
import { lockLocus } from '../db/repositories/workflow.repository';
import { DomainError, notFoundError } from '../errors';
import { surveyExclusionBlocker } from '../survey/survey-exclusion-rules';
import type { SurveyFlagSettings } from '../survey/survey-flag-rules';
import { getUnitSurveyResponses } from './get-unit-survey-responses';

/**
 * Keeps one survey response out of scoring and quota counts (or counts it again), with a note; audited with
 * the state before and after. Under the locus lock, like workflow steps, so it cannot interleave with the
 * unit being verified. Outside the actor's scope, or a response of another unit: 404.
 */
export async function excludeSurveyResponse(
  db: Database,
  actor: RequestActor,
  target: { year: number; entityCode: string; unitId: string; responseId: string },
  request: SurveyResponseExclusionRequest,
  now: Date,
  context: AuditContext,
  settings: SurveyFlagSettings = {},
): Promise<UnitSurveyResponsesDto> {
  await db.transaction(async (tx) => {
    const found = await requireLocusUnit(tx, actor, 'collection.verify', target);
    await lockLocus(tx, found.locus.id);
    const locusUnit = (await findLocusUnit(tx, found.locus.id, target.unitId)) ?? found.locusUnit;
    const blocker = surveyExclusionBlocker(actor.role, found.cycle, locusUnit.status, now);
    if (blocker) throw new DomainError(blocker.code, blocker.message);
    const before = await findSurveyResponseOfUnit(tx, locusUnit.id, target.responseId);
    if (!before) throw notFoundError();
    const wasExcluded = before.excludedAt !== null;
    // Asking for the state it is already in changes nothing and writes no audit entry.
    if (wasExcluded === request.excluded && (!request.excluded || before.exclusionNote === request.note))
      return;
    await setSurveyResponseExclusion(tx, {
      locusUnitId: locusUnit.id,
      responseId: target.responseId,
      excluded: request.excluded,
      note: request.note,
      userId: actor.userId,
      at: now,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: request.excluded ? 'survey.exclude' : 'survey.include',
      resourceType: 'survey-response',
      resourceId: `${target.year}/${found.entity.code}/${target.unitId}/${target.responseId}`,
      provinceCode: found.entity.provinceCode,
      before: { excluded: wasExcluded, note: before.exclusionNote },
      after: { excluded: request.excluded, note: request.note },
    });
  });
  return getUnitSurveyResponses(db, actor, target, now, settings);
}

import type { UnitSurveyResponsesDto } from '../../contracts/survey.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireEditableLocusUnit } from '../collection/require-locus-unit';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { markSurveyProofSeen } from '../db/repositories/survey-proof.repository';
import { findSurveyResponseOfUnit } from '../db/repositories/survey-responses.repository';
import { notFoundError } from '../errors';
import type { SurveyFlagSettings } from '../survey/survey-flag-rules';
import { getUnitSurveyResponses } from './get-unit-survey-responses';

/**
 * The field team's mark that they saw proof of service (a document, or the photo they took at the counter) for
 * one response: the `no-proof` flag goes and an exclusion made by the no-proof rule is lifted. Assessors,
 * coordinators and admins, while the unit is with its assessors; audited.
 */
export async function markSurveyProofSeenByTeam(
  db: Database,
  actor: RequestActor,
  target: { year: number; entityCode: string; unitId: string; responseId: string },
  now: Date,
  context: AuditContext,
  settings: SurveyFlagSettings = {},
): Promise<UnitSurveyResponsesDto> {
  await db.transaction(async (tx) => {
    const { entity, locusUnit } = await requireEditableLocusUnit(tx, actor, target, now);
    const before = await findSurveyResponseOfUnit(tx, locusUnit.id, target.responseId);
    if (!before) throw notFoundError();
    if (before.proofSeenAt !== null) return;
    await markSurveyProofSeen(tx, {
      locusUnitId: locusUnit.id,
      responseId: target.responseId,
      userId: actor.userId,
      at: now,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'survey.proof-seen',
      resourceType: 'survey-response',
      resourceId: `${target.year}/${entity.code}/${target.unitId}/${target.responseId}`,
      provinceCode: entity.provinceCode,
      before: { proofSeen: false, excluded: before.excludedAt !== null },
      after: { proofSeen: true },
    });
  });
  return getUnitSurveyResponses(db, actor, target, now, settings);
}

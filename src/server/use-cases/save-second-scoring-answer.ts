import type { SecondAnswerRequest } from '../../contracts/quality.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { saveSecondAnswer } from '../db/repositories/quality.repository';
import { DomainError } from '../errors';
import { requireOwnSecondScoring } from '../quality/require-drawn-second-scoring';

/**
 * One level of the blind second scoring, entered by the second assessor drawn for the unit (nobody else: the
 * first team and the verifier must not score it twice). Audited. The first assessors' answers are never
 * shown to them; they score from their own visit.
 */
export async function saveSecondScoringAnswer(
  db: Database,
  actor: RequestActor,
  target: { year: number; entityCode: string; unitId: string },
  request: SecondAnswerRequest,
  now: Date,
  context: AuditContext,
): Promise<{ saved: true }> {
  return db.transaction(async (tx) => {
    const { cycle, entity, locusUnitId, secondScoringId } = await requireOwnSecondScoring(tx, actor, target);
    const { methodology } = await editionOfCycle(cycle);
    const known = methodology.dimensions.some((dimension) =>
      dimension.indicators.some((indicator) => indicator.code === request.indicatorCode),
    );
    if (!known)
      throw new DomainError('VALIDATION_FAILED', {
        id: `Indikator "${request.indicatorCode}" tidak ada dalam metodologi ${cycle.methodologyRef}.`,
        en: `Indicator "${request.indicatorCode}" is not in methodology ${cycle.methodologyRef}.`,
      });
    await saveSecondAnswer(tx, { secondScoringId, ...request, at: now });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'quality.second-answer.save',
      resourceType: 'qa_second_answers',
      resourceId: `${secondScoringId}/${request.respondentId ?? 'unit'}/${request.indicatorCode}`,
      provinceCode: entity.provinceCode,
      after: { locusUnitId, ...request },
    });
    return { saved: true };
  });
}

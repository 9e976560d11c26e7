import type { SecondAnswerRequest } from '../../contracts/quality.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findEntityByCode } from '../db/repositories/entities.repository';
import { findSecondScoringOfUnit, saveSecondAnswer } from '../db/repositories/quality.repository';
import { findLocusUnitOfEntity } from '../db/repositories/quality-scope.repository';
import { DomainError, notFoundError } from '../errors';

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
    const cycle = await requireCycle(tx, target.year);
    const entity = await findEntityByCode(tx, target.entityCode);
    if (!entity) throw notFoundError();
    const locusUnitId = await findLocusUnitOfEntity(tx, {
      cycleId: cycle.id,
      entityId: entity.id,
      unitId: target.unitId,
    });
    if (!locusUnitId) throw notFoundError();
    const scoring = await findSecondScoringOfUnit(tx, locusUnitId);
    if (!scoring || scoring.assessorUserId !== actor.userId) throw notFoundError();
    const { methodology } = await editionOfCycle(cycle);
    const known = methodology.dimensions.some((dimension) =>
      dimension.indicators.some((indicator) => indicator.code === request.indicatorCode),
    );
    if (!known)
      throw new DomainError('VALIDATION_FAILED', {
        id: `Indikator "${request.indicatorCode}" tidak ada dalam metodologi ${cycle.methodologyRef}.`,
        en: `Indicator "${request.indicatorCode}" is not in methodology ${cycle.methodologyRef}.`,
      });
    await saveSecondAnswer(tx, { secondScoringId: scoring.id, ...request, at: now });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'quality.second-answer.save',
      resourceType: 'qa_second_answers',
      resourceId: `${scoring.id}/${request.respondentId ?? 'unit'}/${request.indicatorCode}`,
      provinceCode: entity.provinceCode,
      after: { locusUnitId, ...request },
    });
    return { saved: true };
  });
}

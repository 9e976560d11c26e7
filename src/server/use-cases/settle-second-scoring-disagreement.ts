import type { SettleDisagreementRequest, SettleDisagreementResult } from '../../contracts/quality.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { findFormQuestion } from '../collection/collection-roles';
import { loadUnitForms } from '../collection/load-unit-forms';
import { requireLocusUnit } from '../collection/require-locus-unit';
import type { Database } from '../db/database';
import { findAnswer, updateAnswerAtVersion } from '../db/repositories/answers.repository';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findRespondent } from '../db/repositories/respondents.repository';
import { findScoredTwiceQuestion, recordSettlement } from '../db/repositories/second-scoring.repository';
import { DomainError } from '../errors';
import { findDrawnSecondScoring } from '../quality/require-drawn-second-scoring';

/** While the unit is with the field team or its verifier; later the correction flow changes answers. */
const settleableStatuses = new Set(['draft', 'returned', 'submitted']);

/**
 * The verifier of the unit's locus settles one disagreement between the first and the blind second scoring:
 * the level that stands (any level of the question's scale, after checking the evidence) and why. A level
 * other than the first answer's replaces it, as the verifier's correction; both are audited. Agreement
 * figures keep comparing the first team's original level.
 */
export async function settleSecondScoringDisagreement(
  db: Database,
  actor: RequestActor,
  target: { year: number; entityCode: string; unitId: string },
  request: SettleDisagreementRequest,
  now: Date,
  context: AuditContext,
): Promise<SettleDisagreementResult> {
  return db.transaction(async (tx) => {
    const found = await requireLocusUnit(tx, actor, 'collection.verify', target);
    const drawn = await findDrawnSecondScoring(tx, target);
    const question = await findScoredTwiceQuestion(tx, {
      secondScoringId: drawn.secondScoringId,
      locusUnitId: found.locusUnit.id,
      respondentId: request.respondentId,
      indicatorCode: request.indicatorCode,
    });
    if (!question || question.firstLevel === null || question.firstVersion === null)
      throw new DomainError('VALIDATION_FAILED', {
        id: `Indikator ${request.indicatorCode} belum dinilai oleh kedua asesor; tidak ada perbedaan untuk diselesaikan.`,
        en: `Indicator ${request.indicatorCode} has not been scored by both assessors; there is no disagreement to settle.`,
      });
    if (question.isSettled)
      throw new DomainError('CONFLICT', {
        id: `Perbedaan pada indikator ${request.indicatorCode} sudah diselesaikan.`,
        en: `The disagreement on indicator ${request.indicatorCode} is already settled.`,
      });
    await requireLevelOnScale(tx, found, request);
    const answerChanged = request.level !== question.firstLevel;
    if (answerChanged) {
      if (!settleableStatuses.has(found.locusUnit.status))
        throw new DomainError('UNIT_NOT_EDITABLE', {
          id: 'Unit ini sudah diverifikasi; kembalikan unit atau buka koreksi sebelum mengubah jawabannya.',
          en: 'This unit is already verified; return it or open a correction before changing its answers.',
        });
      const key = {
        locusUnitId: found.locusUnit.id,
        respondentId: request.respondentId,
        indicatorCode: request.indicatorCode,
      };
      const current = await findAnswer(tx, key);
      const saved = await updateAnswerAtVersion(
        tx,
        key,
        question.firstVersion,
        { level: request.level, note: current?.note ?? '', updatedByUserId: actor.userId },
        now,
      );
      if (!saved)
        throw new DomainError('CONFLICT', {
          id: `Jawaban ${request.indicatorCode} baru saja diubah; muat ulang dan selesaikan lagi.`,
          en: `Answer ${request.indicatorCode} was just changed; reload and settle again.`,
        });
    }
    await recordSettlement(tx, {
      secondAnswerId: question.secondAnswerId,
      level: request.level,
      firstLevel: question.firstLevel,
      note: request.note,
      userId: actor.userId,
      at: now,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'quality.disagreement.settle',
      resourceType: 'qa_second_answers',
      resourceId: question.secondAnswerId,
      provinceCode: found.entity.provinceCode,
      before: { firstLevel: question.firstLevel, secondLevel: question.secondLevel },
      after: { ...request, locusUnitId: found.locusUnit.id, answerChanged },
    });
    return { settledLevel: request.level, answerChanged };
  });
}

async function requireLevelOnScale(
  tx: Parameters<typeof loadUnitForms>[0],
  found: Parameters<typeof loadUnitForms>[1],
  request: SettleDisagreementRequest,
): Promise<void> {
  const { forms } = await loadUnitForms(tx, found);
  const roleCode = request.respondentId
    ? ((await findRespondent(tx, found.locusUnit.id, request.respondentId))?.roleCode ?? null)
    : null;
  const allowed = findFormQuestion(forms, roleCode, request.indicatorCode)?.levels.map(
    (level) => level.value,
  );
  if (!allowed?.includes(request.level))
    throw new DomainError('VALIDATION_FAILED', {
      id: `Nilai ${request.level} tidak ada pada skala indikator ${request.indicatorCode}.`,
      en: `Level ${request.level} is not on the scale of indicator ${request.indicatorCode}.`,
    });
}

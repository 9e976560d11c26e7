import type { EvidenceItem, LocusUnitParams } from '../../contracts/evidence.contract';
import type { ReuseEvidenceRequest } from '../../contracts/evidence-reuse.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireEditableLocusUnit } from '../collection/require-locus-unit';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { attachEvidence, findEvidence, findOrCreateAnswer } from '../db/repositories/evidence.repository';
import { notFoundError } from '../errors';
import { requireEvidenceTarget } from '../evidence/require-evidence-target';
import { presentEvidence } from '../presenters/evidence.presenter';

/**
 * Attaches the stored file of one of the unit's evidence items to another answer of the same unit (indicator,
 * respondent), creating the empty answer when the evidence comes first, as an upload does. The bytes are not
 * sent or stored again; the new item keeps the file's name and capture time and place. A source outside this
 * locus unit answers 404: a file seen at one unit is never attached to another through this route. Removing
 * one item later leaves the file and every other item that uses it.
 */
export async function reuseEvidence(
  db: Database,
  actor: RequestActor,
  params: LocusUnitParams,
  request: ReuseEvidenceRequest,
  now: Date,
  context: AuditContext,
): Promise<EvidenceItem> {
  return db.transaction(async (tx) => {
    const target = { year: params.year, entityCode: params.code, unitId: params.unitId };
    const { cycle, entity, locusUnit } = await requireEditableLocusUnit(tx, actor, target, now);
    const source = await findEvidence(tx, locusUnit.id, request.fromEvidenceId);
    if (!source) throw notFoundError();
    const respondentId = request.respondentId ?? null;
    const { methodology } = await editionOfCycle(cycle);
    await requireEvidenceTarget(
      tx,
      { locusUnitId: locusUnit.id, indicatorCode: request.indicatorCode, respondentId },
      { methodology, methodologyRef: cycle.methodologyRef },
    );
    const answer = await findOrCreateAnswer(tx, {
      locusUnitId: locusUnit.id,
      respondentId,
      indicatorCode: request.indicatorCode,
      userId: actor.userId,
    });
    const attached = await attachEvidence(tx, {
      answerId: answer.id,
      fileSha256: source.sha256,
      fileName: source.fileName,
      takenAt: source.takenAt,
      latitude: source.latitude,
      longitude: source.longitude,
      uploadedByUserId: actor.userId,
      createdAt: now,
    });
    const view = await findEvidence(tx, locusUnit.id, attached.id);
    if (!view) throw new Error('evidence vanished after reuse');
    // The same file already on that answer changes nothing, so nothing is audited (as for a repeated upload).
    if (attached.created) {
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'evidence.reuse',
        resourceType: 'answer_evidence',
        resourceId: attached.id,
        provinceCode: entity.provinceCode,
        after: {
          locusUnitId: locusUnit.id,
          indicatorCode: request.indicatorCode,
          respondentId,
          answerCreated: answer.created,
          reusedFromEvidenceId: source.id,
          ...presentEvidence(view),
        },
      });
    }
    return presentEvidence(view);
  });
}

import type { LocusUnitParams } from '../../contracts/evidence.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireEditableLocusUnit } from '../collection/require-locus-unit';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { deleteEvidence as deleteEvidenceRow, findEvidence } from '../db/repositories/evidence.repository';
import { notFoundError } from '../errors';
import { presentEvidence } from '../presenters/evidence.presenter';

/**
 * Removes one evidence item while the unit is editable. The stored bytes stay: another answer may use the same
 * file, and the audit trail names its hash.
 */
export async function deleteEvidence(
  db: Database,
  actor: RequestActor,
  params: LocusUnitParams & { evidenceId: string },
  now: Date,
  context: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const target = { year: params.year, entityCode: params.code, unitId: params.unitId };
    const { entity, locusUnit } = await requireEditableLocusUnit(tx, actor, target, now);
    const view = await findEvidence(tx, locusUnit.id, params.evidenceId);
    if (!view) throw notFoundError();
    await deleteEvidenceRow(tx, view.id);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'evidence.delete',
      resourceType: 'answer_evidence',
      resourceId: view.id,
      provinceCode: entity.provinceCode,
      before: { locusUnitId: locusUnit.id, indicatorCode: view.indicatorCode, ...presentEvidence(view) },
    });
  });
}

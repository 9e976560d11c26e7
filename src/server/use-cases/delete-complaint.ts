import type { LocusUnitParams } from '../../contracts/evidence.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireEditableLocusUnit } from '../collection/require-locus-unit';
import { presentComplaint } from '../complaints/present-complaints';
import { staleComplaintError } from '../complaints/stale-complaint-error';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { deleteComplaintAtVersion, findComplaint } from '../db/repositories/complaints.repository';
import { notFoundError } from '../errors';

/** Removes a complaint record at the version the caller read (a changed record is refused, 409). */
export async function deleteComplaint(
  db: Database,
  actor: RequestActor,
  params: LocusUnitParams & { id: string },
  expectedVersion: number,
  now: Date,
  context: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const target = { year: params.year, entityCode: params.code, unitId: params.unitId };
    const { entity, locusUnit } = await requireEditableLocusUnit(tx, actor, target, now);
    const current = await findComplaint(tx, locusUnit.id, params.id);
    if (!current) throw notFoundError();
    if (!(await deleteComplaintAtVersion(tx, current.id, expectedVersion)))
      throw staleComplaintError(presentComplaint(current));
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'complaint.delete',
      resourceType: 'complaint_record',
      resourceId: current.id,
      provinceCode: entity.provinceCode,
      before: presentComplaint(current),
    });
  });
}

import type { ComplaintRecord, updateComplaintRequestSchema } from '../../contracts/complaints.contract';
import type { LocusUnitParams } from '../../contracts/evidence.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireEditableLocusUnit } from '../collection/require-locus-unit';
import { presentComplaint } from '../complaints/present-complaints';
import { staleComplaintError } from '../complaints/stale-complaint-error';
import { validateComplaintInput } from '../complaints/validate-complaint-input';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findComplaint, updateComplaintAtVersion } from '../db/repositories/complaints.repository';
import { notFoundError } from '../errors';

/** Corrects a complaint record over the version the caller read; a stale version is refused (409). */
export async function updateComplaint(
  db: Database,
  actor: RequestActor,
  params: LocusUnitParams & { id: string },
  input: ReturnType<(typeof updateComplaintRequestSchema)['parse']>,
  now: Date,
  context: AuditContext,
): Promise<ComplaintRecord> {
  return db.transaction(async (tx) => {
    const target = { year: params.year, entityCode: params.code, unitId: params.unitId };
    const { entity, locusUnit } = await requireEditableLocusUnit(tx, actor, target, now);
    const current = await findComplaint(tx, locusUnit.id, params.id);
    if (!current) throw notFoundError();
    const values = validateComplaintInput(input, now);
    const row = await updateComplaintAtVersion(tx, current.id, input.expectedVersion, values, now);
    if (!row) throw staleComplaintError(presentComplaint(current));
    const record = presentComplaint(row);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'complaint.update',
      resourceType: 'complaint_record',
      resourceId: row.id,
      provinceCode: entity.provinceCode,
      before: presentComplaint(current),
      after: record,
    });
    return record;
  });
}

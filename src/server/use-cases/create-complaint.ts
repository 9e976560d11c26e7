import type { ComplaintRecord, complaintInputSchema } from '../../contracts/complaints.contract';
import type { LocusUnitParams } from '../../contracts/evidence.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireEditableLocusUnit } from '../collection/require-locus-unit';
import { presentComplaint } from '../complaints/present-complaints';
import { validateComplaintInput } from '../complaints/validate-complaint-input';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { insertComplaint } from '../db/repositories/complaints.repository';

/** Records one complaint sampled from the unit's register. */
export async function createComplaint(
  db: Database,
  actor: RequestActor,
  params: LocusUnitParams,
  input: ReturnType<(typeof complaintInputSchema)['parse']>,
  now: Date,
  context: AuditContext,
): Promise<ComplaintRecord> {
  return db.transaction(async (tx) => {
    const target = { year: params.year, entityCode: params.code, unitId: params.unitId };
    const { entity, locusUnit } = await requireEditableLocusUnit(tx, actor, target, now);
    const values = validateComplaintInput(input, now);
    const row = await insertComplaint(tx, {
      ...values,
      locusUnitId: locusUnit.id,
      createdByUserId: actor.userId,
    });
    const record = presentComplaint(row);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'complaint.create',
      resourceType: 'complaint_record',
      resourceId: row.id,
      provinceCode: entity.provinceCode,
      after: { locusUnitId: locusUnit.id, ...record },
    });
    return record;
  });
}

import type { ComplaintList } from '../../contracts/complaints.contract';
import type { LocusUnitParams } from '../../contracts/evidence.contract';
import type { RequestActor } from '../auth/request-actor';
import { requireEditableLocusUnit, requireLocusUnit } from '../collection/require-locus-unit';
import { presentComplaintList } from '../complaints/present-complaints';
import type { Queryable } from '../db/database';
import { listComplaints as listComplaintRows } from '../db/repositories/complaints.repository';
import { DomainError } from '../errors';

/** The unit's sampled complaints, their response-time summary, and whether this actor may change them now. */
export async function listComplaints(
  db: Queryable,
  actor: RequestActor,
  params: LocusUnitParams,
  now: Date,
): Promise<ComplaintList> {
  const target = { year: params.year, entityCode: params.code, unitId: params.unitId };
  const { locusUnit } = await requireLocusUnit(db, actor, 'collection.read', target);
  const rows = await listComplaintRows(db, locusUnit.id);
  return presentComplaintList(rows, await isEditable(db, actor, target, now));
}

async function isEditable(
  db: Queryable,
  actor: RequestActor,
  target: { year: number; entityCode: string; unitId: string },
  now: Date,
): Promise<boolean> {
  try {
    await requireEditableLocusUnit(db, actor, target, now);
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type ComplaintRecordRow, complaintRecords } from '../schema/collection';

export type { ComplaintRecordRow };

export type ComplaintValues = Pick<
  ComplaintRecordRow,
  'reference' | 'channel' | 'receivedAt' | 'firstResponseAt' | 'resolvedAt' | 'outcome' | 'summary'
>;

export async function listComplaints(db: Queryable, locusUnitId: string): Promise<ComplaintRecordRow[]> {
  return db
    .select()
    .from(complaintRecords)
    .where(eq(complaintRecords.locusUnitId, locusUnitId))
    .orderBy(asc(complaintRecords.receivedAt), asc(complaintRecords.id));
}

export async function findComplaint(
  db: Queryable,
  locusUnitId: string,
  id: string,
): Promise<ComplaintRecordRow | undefined> {
  const [row] = await db
    .select()
    .from(complaintRecords)
    .where(and(eq(complaintRecords.id, id), eq(complaintRecords.locusUnitId, locusUnitId)));
  return row;
}

export async function insertComplaint(
  db: Queryable,
  values: ComplaintValues & { locusUnitId: string; createdByUserId: string | null },
): Promise<ComplaintRecordRow> {
  const [row] = await db.insert(complaintRecords).values(values).returning();
  if (!row) throw new Error('insert into complaint_records returned no row');
  return row;
}

/** Saves over `expectedVersion` only; undefined when another save came first (the caller answers 409). */
export async function updateComplaintAtVersion(
  db: Queryable,
  id: string,
  expectedVersion: number,
  values: ComplaintValues,
  now: Date,
): Promise<ComplaintRecordRow | undefined> {
  const [row] = await db
    .update(complaintRecords)
    .set({ ...values, version: expectedVersion + 1, updatedAt: now })
    .where(and(eq(complaintRecords.id, id), eq(complaintRecords.version, expectedVersion)))
    .returning();
  return row;
}

/** Deletes at `expectedVersion` only; false when the record changed meanwhile. */
export async function deleteComplaintAtVersion(
  db: Queryable,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const rows = await db
    .delete(complaintRecords)
    .where(and(eq(complaintRecords.id, id), eq(complaintRecords.version, expectedVersion)))
    .returning({ id: complaintRecords.id });
  return rows.length > 0;
}

import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type OfficeLetterheadRow, officeLetterheads } from '../schema/documents';

export type { OfficeLetterheadRow };

export async function findOfficeLetterhead(
  db: Queryable,
  officeCode: string,
): Promise<OfficeLetterheadRow | undefined> {
  const [row] = await db.select().from(officeLetterheads).where(eq(officeLetterheads.officeCode, officeCode));
  return row;
}

export async function listOfficeLetterheads(db: Queryable): Promise<OfficeLetterheadRow[]> {
  return db.select().from(officeLetterheads).orderBy(asc(officeLetterheads.officeCode));
}

export async function upsertOfficeLetterhead(
  db: Queryable,
  values: typeof officeLetterheads.$inferInsert,
): Promise<OfficeLetterheadRow> {
  const [row] = await db
    .insert(officeLetterheads)
    .values(values)
    .onConflictDoUpdate({
      target: officeLetterheads.officeCode,
      set: {
        fileSha256: values.fileSha256,
        mediaType: values.mediaType,
        updatedAt: values.updatedAt ?? new Date(),
        updatedByUserId: values.updatedByUserId ?? null,
      },
    })
    .returning();
  if (!row) throw new Error(`letterhead of ${values.officeCode} neither inserted nor updated`);
  return row;
}

export async function deleteOfficeLetterhead(
  db: Queryable,
  officeCode: string,
): Promise<OfficeLetterheadRow | undefined> {
  const [row] = await db
    .delete(officeLetterheads)
    .where(eq(officeLetterheads.officeCode, officeCode))
    .returning();
  return row;
}

import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type DocumentSignatoriesRow, documentSignatories, officeLetterheads } from '../schema/documents';

export type { DocumentSignatoriesRow };

export async function listSignatoriesOfYear(
  db: Queryable,
  year: number,
  officeCodes?: readonly string[],
): Promise<DocumentSignatoriesRow[]> {
  return db
    .select()
    .from(documentSignatories)
    .where(
      and(
        eq(documentSignatories.year, year),
        officeCodes ? inArray(documentSignatories.officeCode, [...officeCodes]) : undefined,
      ),
    )
    .orderBy(asc(documentSignatories.officeCode));
}

export async function findSignatories(
  db: Queryable,
  year: number,
  officeCode: string,
): Promise<DocumentSignatoriesRow | undefined> {
  const [row] = await db
    .select()
    .from(documentSignatories)
    .where(and(eq(documentSignatories.year, year), eq(documentSignatories.officeCode, officeCode)));
  return row;
}

export async function upsertSignatories(
  db: Queryable,
  values: typeof documentSignatories.$inferInsert,
): Promise<DocumentSignatoriesRow> {
  const [row] = await db
    .insert(documentSignatories)
    .values(values)
    .onConflictDoUpdate({
      target: [documentSignatories.year, documentSignatories.officeCode],
      set: {
        signatories: values.signatories,
        place: values.place ?? null,
        updatedAt: values.updatedAt ?? new Date(),
        updatedByUserId: values.updatedByUserId ?? null,
      },
    })
    .returning();
  if (!row) throw new Error('upsert into document_signatories returned no row');
  return row;
}

/**
 * Changes whenever any office's signatories of any year are set or changed (rows are never deleted), or an
 * office's letterhead is set, replaced or removed (both are printed on the documents).
 */
export async function readSignatoriesVersion(db: Queryable): Promise<string> {
  const [row] = await db
    .select({
      rows: sql<number>`count(*)::int`,
      latest: sql<string | null>`max(${documentSignatories.updatedAt})::text`,
    })
    .from(documentSignatories);
  const [letterheads] = await db
    .select({
      rows: sql<number>`count(*)::int`,
      latest: sql<string | null>`max(${officeLetterheads.updatedAt})::text`,
      files: sql<
        string | null
      >`string_agg(${officeLetterheads.fileSha256}, ',' order by ${officeLetterheads.officeCode})`,
    })
    .from(officeLetterheads);
  return `${row?.rows ?? 0}/${row?.latest ?? ''}/${letterheads?.rows ?? 0}/${letterheads?.latest ?? ''}/${letterheads?.files ?? ''}`;
}

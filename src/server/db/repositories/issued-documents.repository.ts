import { eq } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type IssuedDocumentRow, issuedDocuments } from '../schema/documents';

export type { IssuedDocumentRow };
export type NewIssuedDocument = Omit<typeof issuedDocuments.$inferInsert, 'issuedAt'>;

/**
 * Records a printed code once. Returns the stored row for the code and whether this call inserted it; a row
 * for another subject under the same code is a collision the caller must refuse.
 */
export async function recordIssuedDocument(
  db: Queryable,
  document: NewIssuedDocument,
): Promise<{ row: IssuedDocumentRow; inserted: boolean }> {
  const inserted = await db.insert(issuedDocuments).values(document).onConflictDoNothing().returning();
  const first = inserted[0];
  if (first) return { row: first, inserted: true };
  const existing = await findIssuedDocument(db, document.code);
  if (!existing) throw new Error(`issued document ${document.code} neither inserted nor found`);
  return { row: existing, inserted: false };
}

export async function findIssuedDocument(
  db: Queryable,
  code: string,
): Promise<IssuedDocumentRow | undefined> {
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.code, code));
  return row;
}

import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type RenderedDocumentRow, renderedDocuments } from '../schema/documents';

export type { RenderedDocumentRow };
export type NewRenderedDocument = Pick<
  typeof renderedDocuments.$inferInsert,
  'key' | 'kind' | 'snapshotId' | 'sha256' | 'sizeBytes'
>;

export async function findRenderedDocument(
  db: Queryable,
  key: string,
): Promise<RenderedDocumentRow | undefined> {
  const [row] = await db.select().from(renderedDocuments).where(eq(renderedDocuments.key, key));
  return row;
}

/** The rows of these keys (those kept), in one statement. */
export async function findRenderedDocuments(
  db: Queryable,
  keys: readonly string[],
): Promise<RenderedDocumentRow[]> {
  if (keys.length === 0) return [];
  return db
    .select()
    .from(renderedDocuments)
    .where(inArray(renderedDocuments.key, [...keys]));
}

/**
 * Records (or, after its file went missing, re-points) the bytes rendered for a key. Answers by how many bytes
 * the store grew, so the caller keeps its running total without summing the table.
 */
export async function recordRenderedDocument(db: Queryable, document: NewRenderedDocument): Promise<number> {
  const [previous] = await db
    .select({ sizeBytes: renderedDocuments.sizeBytes })
    .from(renderedDocuments)
    .where(eq(renderedDocuments.key, document.key));
  await db
    .insert(renderedDocuments)
    .values(document)
    .onConflictDoUpdate({
      target: renderedDocuments.key,
      set: { sha256: document.sha256, sizeBytes: document.sizeBytes, usedAt: sql`now()` },
    });
  return document.sizeBytes - (previous?.sizeBytes ?? 0);
}

/**
 * recordRenderedDocument for many keys in two statements (distinct keys). Answers by how many bytes the store
 * grew in all.
 */
export async function recordRenderedDocuments(
  db: Queryable,
  documents: readonly NewRenderedDocument[],
): Promise<number> {
  if (documents.length === 0) return 0;
  const previous = await db
    .select({ sizeBytes: renderedDocuments.sizeBytes })
    .from(renderedDocuments)
    .where(
      inArray(
        renderedDocuments.key,
        documents.map((document) => document.key),
      ),
    );
  await db
    .insert(renderedDocuments)
    .values([...documents])
    .onConflictDoUpdate({
      target: renderedDocuments.key,
      set: {
        sha256: sql`excluded.sha256`,
        sizeBytes: sql`excluded.size_bytes`,
        usedAt: sql`now()`,
      },
    });
  const added = documents.reduce((sum, document) => sum + document.sizeBytes, 0);
  return added - previous.reduce((sum, row) => sum + row.sizeBytes, 0);
}

export async function touchRenderedDocuments(db: Queryable, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .update(renderedDocuments)
    .set({ usedAt: sql`now()` })
    .where(inArray(renderedDocuments.key, [...keys]));
}

export async function touchRenderedDocument(db: Queryable, key: string): Promise<void> {
  await db.update(renderedDocuments).set({ usedAt: sql`now()` }).where(eq(renderedDocuments.key, key));
}

export async function sumRenderedDocumentBytes(db: Queryable): Promise<number> {
  const [row] = await db
    .select({ total: sql<string | null>`sum(${renderedDocuments.sizeBytes})` })
    .from(renderedDocuments);
  return Number(row?.total ?? 0);
}

/** Rows least recently used first (oldest `used_at`), the order in which the store drops them. */
export async function listLeastRecentlyUsedDocuments(
  db: Queryable,
  limit: number,
): Promise<Pick<RenderedDocumentRow, 'key' | 'sha256' | 'sizeBytes'>[]> {
  return db
    .select({
      key: renderedDocuments.key,
      sha256: renderedDocuments.sha256,
      sizeBytes: renderedDocuments.sizeBytes,
    })
    .from(renderedDocuments)
    .orderBy(asc(renderedDocuments.usedAt), asc(renderedDocuments.createdAt), asc(renderedDocuments.key))
    .limit(limit);
}

/** Answers the bytes of the rows actually deleted (another process may have dropped some already). */
export async function deleteRenderedDocuments(db: Queryable, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const deleted = await db
    .delete(renderedDocuments)
    .where(inArray(renderedDocuments.key, [...keys]))
    .returning({ sizeBytes: renderedDocuments.sizeBytes });
  return deleted.reduce((sum, row) => sum + row.sizeBytes, 0);
}

/** Whether any row still points to these bytes (two keys may render to identical bytes). */
export async function isRenderedFileReferenced(db: Queryable, sha256: string): Promise<boolean> {
  const [row] = await db
    .select({ key: renderedDocuments.key })
    .from(renderedDocuments)
    .where(eq(renderedDocuments.sha256, sha256))
    .limit(1);
  return row !== undefined;
}

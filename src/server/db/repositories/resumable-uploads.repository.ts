import { and, count, eq, isNull, lt, lte, or } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type ResumableUploadRow, resumableUploads } from '../schema/offline-sync';

export type { ResumableUploadRow };

export async function insertResumableUpload(
  db: Queryable,
  values: Pick<
    ResumableUploadRow,
    'userId' | 'fileName' | 'contentType' | 'sizeBytes' | 'sha256' | 'createdAt' | 'touchedAt'
  >,
): Promise<ResumableUploadRow> {
  const [row] = await db.insert(resumableUploads).values(values).returning();
  if (!row) throw new Error('insert into resumable_uploads returned no row');
  return row;
}

/** The user's own upload; another user's is as absent as an unknown one. */
export async function findOwnUpload(
  db: Queryable,
  userId: string,
  uploadId: string,
): Promise<ResumableUploadRow | undefined> {
  const [row] = await db
    .select()
    .from(resumableUploads)
    .where(and(eq(resumableUploads.id, uploadId), eq(resumableUploads.userId, userId)));
  return row;
}

export async function countOpenUploadsOf(db: Queryable, userId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(resumableUploads)
    .where(eq(resumableUploads.userId, userId));
  return row?.total ?? 0;
}

/**
 * Takes the write lease of an upload at `offset`: only when nothing has been written past it, it is not
 * complete and no other chunk is being written (or that writer's lease ran out).
 */
export async function leaseUploadAtOffset(
  db: Queryable,
  target: { userId: string; uploadId: string; offset: number },
  now: Date,
  leaseUntil: Date,
): Promise<ResumableUploadRow | undefined> {
  const [row] = await db
    .update(resumableUploads)
    .set({ writingUntil: leaseUntil, touchedAt: now })
    .where(
      and(
        eq(resumableUploads.id, target.uploadId),
        eq(resumableUploads.userId, target.userId),
        eq(resumableUploads.receivedBytes, target.offset),
        isNull(resumableUploads.completedAt),
        or(isNull(resumableUploads.writingUntil), lt(resumableUploads.writingUntil, now)),
      ),
    )
    .returning();
  return row;
}

/** Records what the leased writer wrote and ends its lease; `completedAt` once the checksum matched. */
export async function recordUploadProgress(
  db: Queryable,
  uploadId: string,
  progress: { receivedBytes: number; completedAt: Date | null },
  now: Date,
): Promise<void> {
  await db
    .update(resumableUploads)
    .set({ ...progress, writingUntil: null, touchedAt: now })
    .where(eq(resumableUploads.id, uploadId));
}

export async function deleteUpload(db: Queryable, uploadId: string): Promise<void> {
  await db.delete(resumableUploads).where(eq(resumableUploads.id, uploadId));
}

/** Deletes uploads untouched since `cutOff` (inclusive, as isUploadExpired) and returns their ids. */
export async function deleteUploadsTouchedBefore(db: Queryable, cutOff: Date): Promise<string[]> {
  const deleted = await db
    .delete(resumableUploads)
    .where(lte(resumableUploads.touchedAt, cutOff))
    .returning({ id: resumableUploads.id });
  return deleted.map((row) => row.id);
}

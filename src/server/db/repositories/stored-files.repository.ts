import { eq } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type StoredFileRow, storedFiles } from '../schema/stored-files';

export type { StoredFileRow };

export async function findStoredFile(db: Queryable, sha256: string): Promise<StoredFileRow | undefined> {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.sha256, sha256));
  return row;
}

/** Records a file's metadata once; the same content uploaded again is the same row. */
export async function recordStoredFile(
  db: Queryable,
  values: { sha256: string; sizeBytes: number; mediaType: string },
): Promise<void> {
  await db.insert(storedFiles).values(values).onConflictDoNothing();
}

import type { Database } from '../db/database';
import { deleteUploadsTouchedBefore } from '../db/repositories/resumable-uploads.repository';
import { removeUploadFile, uploadExpiryMs } from './upload-storage';

/** Removes abandoned uploads (rows first, then files), so `<dataDir>/uploads` only holds live ones. */
export async function pruneExpiredUploads(db: Database, dataDir: string, now: Date): Promise<number> {
  const removed = await deleteUploadsTouchedBefore(db, new Date(now.getTime() - uploadExpiryMs));
  for (const uploadId of removed) await removeUploadFile(dataDir, uploadId);
  return removed.length;
}

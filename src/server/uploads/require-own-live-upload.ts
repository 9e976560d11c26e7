import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { findOwnUpload, type ResumableUploadRow } from '../db/repositories/resumable-uploads.repository';
import { notFoundError } from '../errors';
import { isUploadExpired } from './upload-storage';

/** The actor's own upload, not expired; anything else answers 404 (it must not confirm that it exists). */
export async function requireOwnLiveUpload(
  db: Database,
  actor: RequestActor,
  uploadId: string,
  now: Date,
): Promise<ResumableUploadRow> {
  const upload = await findOwnUpload(db, actor.userId, uploadId);
  if (!upload || isUploadExpired(upload, now)) throw notFoundError();
  return upload;
}

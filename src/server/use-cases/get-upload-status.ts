import type { UploadStatus } from '../../contracts/offline-sync.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { requireOwnLiveUpload } from '../uploads/require-own-live-upload';

/** Where a resumed upload goes on: the bytes the server holds. Another user's upload is 404, as is an expired one. */
export async function getUploadStatus(
  db: Database,
  actor: RequestActor,
  uploadId: string,
  now: Date,
): Promise<UploadStatus> {
  const upload = await requireOwnLiveUpload(db, actor, uploadId, now);
  return {
    receivedBytes: upload.receivedBytes,
    sizeBytes: upload.sizeBytes,
    complete: upload.completedAt !== null,
  };
}

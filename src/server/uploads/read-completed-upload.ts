import { readFile } from 'node:fs/promises';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { DomainError } from '../errors';
import { requireOwnLiveUpload } from './require-own-live-upload';
import { uploadPartPath } from './upload-storage';

/**
 * The bytes of a finished upload, for an attach that names it instead of carrying the file; they then go
 * through exactly the checks of a multipart upload (≤ 20 MB, the same limit, so as much memory as that path).
 */
export async function readCompletedUpload(
  db: Database,
  dataDir: string,
  actor: RequestActor,
  uploadId: string,
  now: Date,
): Promise<{ fileName: string; bytes: Buffer }> {
  const upload = await requireOwnLiveUpload(db, actor, uploadId, now);
  if (!upload.completedAt) {
    throw new DomainError(
      'UPLOAD_INCOMPLETE',
      {
        id: `Unggahan belum selesai (${upload.receivedBytes} dari ${upload.sizeBytes} bita diterima).`,
        en: `The upload is not finished (${upload.receivedBytes} of ${upload.sizeBytes} bytes received).`,
      },
      { receivedBytes: upload.receivedBytes },
    );
  }
  const bytes = await readFile(uploadPartPath(dataDir, upload.id));
  return { fileName: upload.fileName, bytes: bytes.subarray(0, upload.sizeBytes) };
}

import {
  type CreateUploadRequest,
  suggestedChunkBytes,
  type UploadCreated,
} from '../../contracts/offline-sync.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { countOpenUploadsOf, insertResumableUpload } from '../db/repositories/resumable-uploads.repository';
import { DomainError } from '../errors';
import { fileTooLarge, maxUploadBytes } from '../files/store-file';
import { pruneExpiredUploads } from '../uploads/prune-expired-uploads';
import { createEmptyUploadFile, maxOpenUploadsPerUser } from '../uploads/upload-storage';

/**
 * Opens a resumable upload of one file (at most the evidence limit), sent afterwards in chunks. Abandoned
 * uploads of anyone are removed first, so the folder stays bounded without a timer.
 */
export async function createUpload(
  db: Database,
  dataDir: string,
  actor: RequestActor,
  request: CreateUploadRequest,
  now: Date,
): Promise<UploadCreated> {
  if (request.sizeBytes > maxUploadBytes) throw fileTooLarge();
  await pruneExpiredUploads(db, dataDir, now);
  if ((await countOpenUploadsOf(db, actor.userId)) >= maxOpenUploadsPerUser) {
    throw new DomainError('UPLOAD_LIMIT', {
      id: `Terlalu banyak unggahan yang belum selesai (maksimal ${maxOpenUploadsPerUser}). Selesaikan atau tunggu yang lama kedaluwarsa.`,
      en: `Too many unfinished uploads (${maxOpenUploadsPerUser} at most). Finish them or wait for old ones to expire.`,
    });
  }
  const upload = await insertResumableUpload(db, {
    userId: actor.userId,
    fileName: request.fileName,
    contentType: request.contentType,
    sizeBytes: request.sizeBytes,
    sha256: request.sha256,
    createdAt: now,
    touchedAt: now,
  });
  await createEmptyUploadFile(dataDir, upload.id);
  return { uploadId: upload.id, receivedBytes: 0, chunkBytes: suggestedChunkBytes };
}

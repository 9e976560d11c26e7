import type { Queryable } from '../db/database';
import type { StagedFile } from './stage-upload-stream';
import { type StoredFile, storeFile } from './store-file';
import { storeStagedFile } from './store-staged-file';

/**
 * An uploaded file as a use-case receives it: streamed to disk by the route (`staged`), or bytes in memory (a
 * completed resumable upload, assembled from its chunks). Both are checked and stored alike.
 */
export type UploadedFile = { fileName: string; bytes: Buffer } | { fileName: string; staged: StagedFile };

export function storeUploadedFile(db: Queryable, dataDir: string, file: UploadedFile): Promise<StoredFile> {
  return 'staged' in file ? storeStagedFile(db, dataDir, file.staged) : storeFile(db, dataDir, file.bytes);
}

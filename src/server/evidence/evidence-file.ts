import type { Queryable } from '../db/database';
import type { StagedFile } from '../files/receive-multipart-form';
import { type StoredFile, storedFilePath, storeFile } from '../files/store-file';
import { storeStagedFile } from '../files/store-staged-file';

/**
 * The file of an evidence attach: streamed to disk from a multipart form (`staged`), or bytes in memory (a
 * completed resumable upload). Both are stored and read alike.
 */
export type EvidenceFile = { fileName: string; bytes: Buffer } | { fileName: string; staged: StagedFile };

export function storeEvidenceFile(db: Queryable, dataDir: string, file: EvidenceFile): Promise<StoredFile> {
  return 'staged' in file ? storeStagedFile(db, dataDir, file.staged) : storeFile(db, dataDir, file.bytes);
}

/** Where the stored content can be read again: its bytes, or the stored file's path (never read whole here). */
export function evidenceFileSource(dataDir: string, file: EvidenceFile, sha256: string): Buffer | string {
  return 'staged' in file ? storedFilePath(dataDir, sha256) : file.bytes;
}

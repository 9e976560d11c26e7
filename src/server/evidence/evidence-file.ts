import { storedFilePath } from '../files/store-file';
import type { UploadedFile } from '../files/uploaded-file';

/**
 * The file of an evidence attach: streamed to disk from a multipart form (`staged`), or bytes in memory (a
 * completed resumable upload). Both are stored and read alike.
 */
export type EvidenceFile = UploadedFile;

/** Where the stored content can be read again: its bytes, or the stored file's path (never read whole here). */
export function evidenceFileSource(dataDir: string, file: EvidenceFile, sha256: string): Buffer | string {
  return 'staged' in file ? storedFilePath(dataDir, sha256) : file.bytes;
}

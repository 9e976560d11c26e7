import { mkdir, rename, rm, stat } from 'node:fs/promises';
import type { Queryable } from '../db/database';
import { recordStoredFile } from '../db/repositories/stored-files.repository';
import { sniffMediaType } from './sniff-media-type';
import type { StagedFile } from './stage-upload-stream';
import {
  emptyFile,
  filesDirectory,
  fileTooLarge,
  maxUploadBytes,
  type StoredFile,
  storedFilePath,
  unsupportedFileType,
} from './store-file';

/**
 * `storeFile` for a file already on disk (a streamed multipart part): the same checks, made on what was learned
 * while it streamed (size, first bytes, sha256), then the file is moved into the store, never read again.
 */
export async function storeStagedFile(
  db: Queryable,
  dataDir: string,
  staged: StagedFile,
): Promise<StoredFile> {
  if (staged.sizeBytes === 0) throw emptyFile();
  if (staged.sizeBytes > maxUploadBytes) throw fileTooLarge();
  const mediaType = sniffMediaType(staged.head);
  if (!mediaType) throw unsupportedFileType();
  const target = storedFilePath(dataDir, staged.sha256);
  await mkdir(filesDirectory(dataDir), { recursive: true });
  // The same content twice is stored once; the rename is atomic, so a reader never sees half a file.
  if (await exists(target)) await rm(staged.path, { force: true });
  else await rename(staged.path, target);
  await recordStoredFile(db, { sha256: staged.sha256, sizeBytes: staged.sizeBytes, mediaType });
  return { sha256: staged.sha256, sizeBytes: staged.sizeBytes, mediaType };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

import type { ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FastifyBaseLogger } from 'fastify';
import { DomainError } from '../errors';
import { storedFilePath } from './store-file';

/**
 * Opens a stored file before any byte of the answer is sent, so a file listed in the database but missing on
 * disk (a database restored without its `files/` folder, a disk cleaned by hand) is a clean 410 in the
 * documented error shape, logged for the operator with its sha256 and path, instead of a stream that fails
 * after the headers. Uploading the same bytes again stores the file anew (storeFile checks the disk).
 */
export async function openStoredFile(
  dataDir: string,
  sha256: string,
  log: FastifyBaseLogger,
): Promise<ReadStream> {
  const filePath = storedFilePath(dataDir, sha256);
  try {
    const handle = await open(filePath, 'r');
    return handle.createReadStream();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    log.error({ sha256, path: filePath }, 'stored file missing on disk');
    throw storedFileMissing();
  }
}

export function storedFileMissing(): DomainError {
  return new DomainError('STORED_FILE_MISSING', {
    id: 'Berkas ini tercatat tetapi tidak ada lagi di penyimpanan server. Minta admin memulihkan folder berkas atau unggah ulang berkasnya.',
    en: 'This file is on record but no longer in the server storage. Ask an admin to restore the files folder or upload the file again.',
  });
}

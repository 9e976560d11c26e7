import { readFile } from 'node:fs/promises';
import { storedFilePath } from '../files/store-file';
import type { Signing } from './resolve-signing';

/**
 * The letterhead a document prints, as a data URL the renderer (a worker thread that reads no disk) can draw.
 * A file on record but gone from the disk prints no letterhead rather than failing the certificate.
 */
export async function loadLetterheadImage(
  dataDir: string,
  letterhead: Signing['letterhead'],
): Promise<string | undefined> {
  if (!letterhead) return undefined;
  try {
    const bytes = await readFile(storedFilePath(dataDir, letterhead.sha256));
    return `data:${letterhead.mediaType};base64,${bytes.toString('base64')}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

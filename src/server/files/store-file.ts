import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Queryable } from '../db/database';
import { recordStoredFile } from '../db/repositories/stored-files.repository';
import { DomainError } from '../errors';
import { type AllowedMediaType, sniffMediaType } from './sniff-media-type';

/** Largest upload accepted for attachments and evidence. */
export const maxUploadBytes = 20 * 1024 * 1024;

export interface StoredFile {
  sha256: string;
  sizeBytes: number;
  mediaType: AllowedMediaType;
}

export function filesDirectory(dataDir: string): string {
  return path.join(dataDir, 'files');
}

export function storedFilePath(dataDir: string, sha256: string): string {
  return path.join(filesDirectory(dataDir), sha256);
}

/**
 * Keeps the bytes under `<dataDir>/files/<sha256>` and records them in stored_files. The same content twice
 * is stored once. Only PDF, JPEG, PNG and WebP are accepted, recognised by their bytes.
 */
export async function storeFile(db: Queryable, dataDir: string, bytes: Buffer): Promise<StoredFile> {
  if (bytes.length === 0) throw emptyFile();
  if (bytes.length > maxUploadBytes) throw fileTooLarge();
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) throw unsupportedFileType();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = storedFilePath(dataDir, sha256);
  if (!(await exists(target))) {
    await mkdir(filesDirectory(dataDir), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const partial = `${target}.${process.pid}.${Date.now()}.part`;
    await writeFile(partial, bytes);
    await rename(partial, target);
  }
  await recordStoredFile(db, { sha256, sizeBytes: bytes.length, mediaType });
  return { sha256, sizeBytes: bytes.length, mediaType };
}

export function emptyFile(): DomainError {
  return new DomainError('VALIDATION_FAILED', { id: 'Berkas kosong.', en: 'The file is empty.' });
}

export function unsupportedFileType(): DomainError {
  return new DomainError('UNSUPPORTED_FILE_TYPE', {
    id: 'Jenis berkas tidak didukung: unggah PDF, JPEG, PNG atau WebP.',
    en: 'Unsupported file type: upload a PDF, JPEG, PNG or WebP file.',
  });
}

export function fileTooLarge(): DomainError {
  return new DomainError('FILE_TOO_LARGE', {
    id: `Berkas terlalu besar (maksimal ${maxUploadBytes / 1024 / 1024} MB).`,
    en: `The file is too large (${maxUploadBytes / 1024 / 1024} MB at most).`,
  });
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

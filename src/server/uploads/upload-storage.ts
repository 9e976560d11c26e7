import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResumableUploadRow } from '../db/repositories/resumable-uploads.repository';

/** An upload nobody has sent a chunk to for this long is removed with its file. */
export const uploadExpiryMs = 3 * 24 * 60 * 60 * 1000;
/** Open uploads per user: bounds the disk one account can hold in `<dataDir>/uploads` (20 × 20 MB). */
export const maxOpenUploadsPerUser = 20;
/** A chunk writer holds its upload this long at most; a writer that died frees it when the lease ends. */
export const chunkLeaseMs = 2 * 60 * 1000;

export function uploadsDirectory(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

/** The file grows in place under the data dir (never in memory), named by the upload's id only. */
export function uploadPartPath(dataDir: string, uploadId: string): string {
  return path.join(uploadsDirectory(dataDir), `${uploadId}.part`);
}

export async function createEmptyUploadFile(dataDir: string, uploadId: string): Promise<void> {
  await mkdir(uploadsDirectory(dataDir), { recursive: true });
  await writeFile(uploadPartPath(dataDir, uploadId), new Uint8Array(0));
}

export async function removeUploadFile(dataDir: string, uploadId: string): Promise<void> {
  await rm(uploadPartPath(dataDir, uploadId), { force: true });
}

export function isUploadExpired(upload: Pick<ResumableUploadRow, 'touchedAt'>, now: Date): boolean {
  return now.getTime() - upload.touchedAt.getTime() >= uploadExpiryMs;
}

/** SHA-256 of the first `sizeBytes` of the file, read in 64 KiB pieces (the event loop keeps turning). */
export async function hashUploadFile(dataDir: string, uploadId: string, sizeBytes: number): Promise<string> {
  const hash = createHash('sha256');
  const stream = createReadStream(uploadPartPath(dataDir, uploadId), { start: 0, end: sizeBytes - 1 });
  for await (const piece of stream) hash.update(piece as Buffer);
  return hash.digest('hex');
}

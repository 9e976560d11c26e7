import { readFile } from 'node:fs/promises';
import type { Queryable } from '../db/database';
import {
  hasEvidenceFingerprint,
  saveEvidenceFingerprint,
} from '../db/repositories/evidence-integrity.repository';
import { perceptualHashInWorker } from './perceptual-hash-pool';

/**
 * Stores the perceptual hash of an uploaded photo once per content, after the upload is committed (the
 * decode runs in a worker thread and must not hold a transaction open). JPEG only: phones write JPEG and the
 * page's resize re-encodes to JPEG. A photo that cannot be decoded keeps only its exact hash.
 */
export async function fingerprintEvidencePhoto(
  db: Queryable,
  file: { sha256: string; mediaType: string; bytes: Uint8Array | string },
): Promise<void> {
  if (file.mediaType !== 'image/jpeg') return;
  if (await hasEvidenceFingerprint(db, file.sha256)) return;
  // A stored path is read only here, for a JPEG, whose decode needs the whole file anyway.
  const bytes = typeof file.bytes === 'string' ? await readFile(file.bytes) : file.bytes;
  const hash = await perceptualHashInWorker(bytes);
  if (hash) await saveEvidenceFingerprint(db, file.sha256, hash);
}

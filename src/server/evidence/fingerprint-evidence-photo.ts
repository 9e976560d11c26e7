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
  file: { sha256: string; mediaType: string; bytes: Uint8Array },
): Promise<void> {
  if (file.mediaType !== 'image/jpeg') return;
  if (await hasEvidenceFingerprint(db, file.sha256)) return;
  const hash = await perceptualHashInWorker(file.bytes);
  if (hash) await saveEvidenceFingerprint(db, file.sha256, hash);
}

import { createHash } from 'node:crypto';
import type { Signing } from './resolve-signing';

/**
 * Bump when a renderer's layout or wording changes: documents kept under the old number are then rendered
 * anew instead of being served as they were.
 */
// 2: the rapor of an Opini edition is titled "RAPOR OPINI OMBUDSMAN RI" (issue #16), not "RAPOR KEPATUHAN".
// 3: embedded fonts (PT Serif for the piagam), PDF/A-2b, the rapor's own code and QR, office letterheads.
export const documentLayoutVersion = 3;

/**
 * A hash that changes whenever anything printed about the signing (issuer, names, titles, place, the office's
 * letterhead image) does.
 */
export function signingVersionOf(signing: Signing): string {
  return hashOf([
    signing.issuer.name,
    signing.issuer.office ?? null,
    signing.signatories,
    signing.place,
    signing.letterhead?.sha256 ?? null,
  ]);
}

/** Everything a piagam's bytes depend on besides the immutable snapshot rows. */
export function piagamCacheKey(parts: {
  snapshotId: string;
  subjectId: string;
  language: 'id' | 'en';
  signingVersion: string;
  verificationUrl: string;
}): string {
  return hashOf([
    'piagam',
    documentLayoutVersion,
    parts.snapshotId,
    parts.subjectId,
    parts.language,
    parts.signingVersion,
    parts.verificationUrl,
  ]);
}

/**
 * Everything a rapor's bytes depend on besides the immutable snapshot rows: the snapshot of the year before
 * that was public when it was asked for (the change since last year) and the signing's issuer. The issue date
 * and the assessors' notes are those of the first render, which is then the published rapor.
 */
export function raporCacheKey(parts: {
  snapshotId: string;
  entityCode: string;
  language: 'id' | 'en';
  signingVersion: string;
  previousSnapshotId: string | null;
  /** Where the rapor's QR code points (its verification page). */
  verificationUrl: string;
}): string {
  return hashOf([
    'rapor',
    documentLayoutVersion,
    parts.snapshotId,
    parts.entityCode,
    parts.language,
    parts.signingVersion,
    parts.previousSnapshotId,
    parts.verificationUrl,
  ]);
}

function hashOf(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

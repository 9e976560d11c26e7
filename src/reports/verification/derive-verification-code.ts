import { createHmac } from 'node:crypto';
import { verificationCodeFromBytes } from '../../core/documents';

export interface VerificationCodeSource {
  /** The published result snapshot the document reports on. */
  snapshotId: string;
  /** Whom the document is about, e.g. "entity:16.06" or "unit:16.06/dinsos". */
  subjectId: string;
  /** A server secret: without it nobody can compute the code of a certificate they have not seen. */
  secret: string;
}

/**
 * The verification code of a document: HMAC-SHA256(secret, "patuh-piagam-v1", snapshot, subject) turned into
 * 9 symbols + a check symbol. Deterministic, so re-printing a certificate gives the same code and a printed
 * one stays valid; the secret keeps codes unguessable. The server still stores code → snapshot/subject to look
 * codes up, and should refuse the (≈ 1 in 10¹³ per pair) case of two subjects sharing a code.
 */
export function deriveVerificationCode(source: VerificationCodeSource): string {
  if (source.secret.length < 16) throw new RangeError('the verification secret needs at least 16 characters');
  const digest = createHmac('sha256', source.secret)
    .update(['patuh-piagam-v1', source.snapshotId, source.subjectId].join('\u0000'))
    .digest();
  return verificationCodeFromBytes(digest);
}

/** Where a code is checked: `<base>/verifikasi/<code>`; the server will serve that page. */
export function buildVerificationUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/verifikasi/${code}`;
}

import {
  buildVerificationUrl,
  deriveVerificationCode,
} from '../../reports/verification/derive-verification-code';

/** What a code is derived from: an entity's or a unit's result in one snapshot. */
export type DocumentSubject = { type: 'entity'; entityCode: string } | { type: 'unit'; unitResultId: string };

export function subjectIdOf(subject: DocumentSubject): string {
  return subject.type === 'entity' ? `entity:${subject.entityCode}` : `unit:${subject.unitResultId}`;
}

/** The code printed on a piagam: HMAC of snapshot and subject under the signing secret (docs/documents.md). */
export function piagamCodeOf(secret: Buffer, snapshotId: string, subject: DocumentSubject): string {
  return deriveVerificationCode({
    snapshotId,
    subjectId: subjectIdOf(subject),
    secret: secret.toString('base64'),
  });
}

/**
 * The code printed on an entity's rapor: derived like the piagam's, from a subject of its own ("rapor:" before
 * the entity), so the two documents of one result carry different codes and each verifies as what it is.
 */
export function raporCodeOf(secret: Buffer, snapshotId: string, entityCode: string): string {
  return deriveVerificationCode({
    snapshotId,
    subjectId: `rapor:${subjectIdOf({ type: 'entity', entityCode })}`,
    secret: secret.toString('base64'),
  });
}

/** `<base>/verifikasi/<code>`: the public page that checks a printed code. */
export function verificationUrlOf(baseUrl: string, code: string): string {
  return buildVerificationUrl(baseUrl, code);
}

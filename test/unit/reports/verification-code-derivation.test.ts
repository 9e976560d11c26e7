import { describe, expect, it } from 'vitest';
import { isWellFormedVerificationCode } from '../../../src/core/documents';
import {
  buildVerificationUrl,
  deriveVerificationCode,
} from '../../../src/reports/verification/derive-verification-code';

describe('deriveVerificationCode', () => {
  const source = { snapshotId: 'snap-1', subjectId: 'entity:16.06', secret: 'a-secret-of-enough-length' };

  it('is stable for the same snapshot, subject and secret, and well-formed', () => {
    const code = deriveVerificationCode(source);
    expect(deriveVerificationCode({ ...source })).toBe(code);
    expect(isWellFormedVerificationCode(code)).toBe(true);
  });

  it('changes with the subject, the snapshot and the secret', () => {
    const code = deriveVerificationCode(source);
    expect(deriveVerificationCode({ ...source, subjectId: 'entity:16.73' })).not.toBe(code);
    expect(deriveVerificationCode({ ...source, snapshotId: 'snap-2' })).not.toBe(code);
    expect(deriveVerificationCode({ ...source, secret: 'another-secret-of-enough-length' })).not.toBe(code);
  });

  it('refuses a short secret', () => {
    expect(() => deriveVerificationCode({ ...source, secret: 'short' })).toThrow(RangeError);
  });

  it('builds the verification URL under /verifikasi/', () => {
    expect(buildVerificationUrl('https://patuh.example/', 'ABCD-EFGH-JK')).toBe(
      'https://patuh.example/verifikasi/ABCD-EFGH-JK',
    );
  });
});

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The long-lived cookie that lets a phone answer each unit's survey once, without any login. */
export const deviceCookieName = 'patuh_survey_device';
export const deviceCookieMaxAgeSeconds = 2 * 365 * 24 * 60 * 60;

/** The signing secret also derives piagam codes: a fixed prefix keeps the two uses apart. */
const purpose = 'patuh-survey-device-v1:';
const idPattern = /^[A-Za-z0-9_-]{24}$/;
const signaturePattern = /^[A-Za-z0-9_-]{43}$/;

export type DeviceTokenCheck =
  | { kind: 'absent' }
  | { kind: 'valid'; token: string; sha256: string }
  | { kind: 'invalid' };

/** A new random device id (18 bytes) and its HMAC-SHA256, as "<id>.<signature>" in base64url. */
export function issueDeviceToken(secret: Buffer): string {
  const id = randomBytes(18).toString('base64url');
  return `${id}.${sign(secret, id)}`;
}

/** Absent when no cookie came; invalid when it is malformed or its signature does not match (tampered). */
export function checkDeviceToken(secret: Buffer, value: string | undefined): DeviceTokenCheck {
  if (value === undefined || value === '') return { kind: 'absent' };
  const [id, signature, extra] = value.split('.');
  if (extra !== undefined || !id || !signature || !idPattern.test(id) || !signaturePattern.test(signature))
    return { kind: 'invalid' };
  const expected = Buffer.from(sign(secret, id), 'base64url');
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { kind: 'invalid' };
  return { kind: 'valid', token: value, sha256: hashDeviceToken(value) };
}

/** Only this hash is stored with a response, never the token itself. */
export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function sign(secret: Buffer, id: string): string {
  return createHmac('sha256', secret)
    .update(purpose + id, 'utf8')
    .digest('base64url');
}

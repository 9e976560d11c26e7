import { createHash, randomBytes, randomInt } from 'node:crypto';

export const sessionCookieName = 'patuh_session';
/** Idle sessions end after 12 hours; an active one is extended up to 7 days from sign-in. */
export const sessionIdleMs = 12 * 60 * 60 * 1000;
export const sessionMaxAgeMs = 7 * 24 * 60 * 60 * 1000;

/** 256 random bits; the database keeps only its SHA-256, so a leaked table cannot be replayed as cookies. */
export function createSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token) };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A one-time password an admin hands over: 16 characters from an alphabet without look-alikes. */
export function createOneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('');
}

import type { Database } from '../db/database';
import {
  lockAttemptsFromAddress,
  recordLoginAttempt,
  summariseAccountAddressFailures,
  summariseAddressFailures,
} from '../db/repositories/login-attempts.repository';
import { type BilingualMessage, DomainError } from '../errors';

/**
 * Password guessing limits, shared by every app process through the database.
 * - Per account and address: 5 free failures, then a wait that doubles after each further failure (1 min,
 *   2, 4, 8, at most 15 min); a success from that address starts over; failures older than an hour are
 *   forgotten. An attacker elsewhere never slows the owner down, because the key includes the address.
 * - Per address, across accounts: at most 30 failures in 15 minutes (one address spraying many accounts).
 */
export const passwordAttemptThrottle = {
  freeFailuresPerAccountAddress: 5,
  accountAddressWindowMs: 60 * 60 * 1000,
  firstDelayMs: 60 * 1000,
  maxDelayMs: 15 * 60 * 1000,
  maxFailuresPerAddress: 30,
  addressWindowMs: 15 * 60 * 1000,
} as const;

export interface PasswordAttemptKey {
  /** Lower-cased e-mail address as typed (also for unknown accounts, so refusals reveal none). */
  email: string;
  ip: string;
}

/** How long the caller must wait before this attempt may be checked; 0 when it may be checked now. */
export function passwordAttemptWaitMs(
  accountAddress: { failures: number; lastFailureAt: Date | null },
  address: { failures: number; firstFailureAt: Date | null },
  now: Date,
  limits: typeof passwordAttemptThrottle = passwordAttemptThrottle,
): { waitMs: number; reason: 'account-address' | 'address' | null } {
  if (address.failures >= limits.maxFailuresPerAddress && address.firstFailureAt) {
    // The oldest failure leaves the window first and frees one attempt.
    // Clamped: a parallel attempt may have recorded a `now` a few milliseconds later than this one's.
    const waitMs = Math.min(
      address.firstFailureAt.getTime() + limits.addressWindowMs - now.getTime(),
      limits.addressWindowMs,
    );
    if (waitMs > 0) return { waitMs, reason: 'address' };
  }
  const beyondFree = accountAddress.failures - limits.freeFailuresPerAccountAddress;
  if (beyondFree >= 0 && accountAddress.lastFailureAt) {
    const delayMs = Math.min(limits.firstDelayMs * 2 ** beyondFree, limits.maxDelayMs);
    const waitMs = Math.min(accountAddress.lastFailureAt.getTime() + delayMs - now.getTime(), delayMs);
    if (waitMs > 0) return { waitMs, reason: 'account-address' };
  }
  return { waitMs: 0, reason: null };
}

/**
 * Counts and records in one transaction under a lock on the address, so parallel guesses cannot all pass
 * the count before any is recorded. The attempt is stored as a failure before the password is checked (a
 * crash in between counts against the guesser, never for them); call `markLoginAttemptSucceeded` with the
 * returned id when the password was right. Refused → 429 TOO_MANY_ATTEMPTS with Retry-After.
 */
export async function reservePasswordAttempt(
  db: Database,
  key: PasswordAttemptKey,
  now: Date,
  purpose: 'sign-in' | 'password-change' = 'sign-in',
): Promise<number> {
  const limits = passwordAttemptThrottle;
  return db.transaction(async (tx) => {
    await lockAttemptsFromAddress(tx, key.ip);
    const [accountAddress, address] = [
      await summariseAccountAddressFailures(tx, key, new Date(now.getTime() - limits.accountAddressWindowMs)),
      await summariseAddressFailures(tx, key.ip, new Date(now.getTime() - limits.addressWindowMs)),
    ];
    const { waitMs, reason } = passwordAttemptWaitMs(accountAddress, address, now);
    if (reason) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new DomainError('TOO_MANY_ATTEMPTS', tooManyMessage(seconds, purpose), undefined, seconds);
    }
    return recordLoginAttempt(tx, { email: key.email, ip: key.ip, succeeded: false, at: now });
  });
}

function tooManyMessage(seconds: number, purpose: 'sign-in' | 'password-change'): BilingualMessage {
  const minutes = Math.ceil(seconds / 60);
  const wait =
    seconds < 120
      ? { id: `${seconds} detik`, en: `${seconds} seconds` }
      : { id: `${minutes} menit`, en: `${minutes} minutes` };
  return purpose === 'sign-in'
    ? {
        id: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${wait.id}.`,
        en: `Too many failed sign-in attempts. Try again in ${wait.en}.`,
      }
    : {
        id: `Terlalu banyak percobaan kata sandi yang salah. Coba lagi dalam ${wait.id}.`,
        en: `Too many wrong password attempts. Try again in ${wait.en}.`,
      };
}

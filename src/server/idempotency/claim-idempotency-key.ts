import type { Database } from '../db/database';
import {
  findIdempotencyKey,
  type IdempotencyClaim,
  insertPendingIdempotencyKey,
  retakeIdempotencyKey,
} from '../db/repositories/idempotency-keys.repository';
import { DomainError } from '../errors';

/** How long a key is remembered: longer than any stretch an outbox waits for signal in the field. */
export const idempotencyKeyLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * How long a pending key holds off a resend. A request that died with its process (crash, kill) leaves its row
 * pending; after this lease a resend runs again rather than waiting seven days.
 */
export const idempotencyPendingLeaseMs = 5 * 60 * 1000;

export type ClaimOutcome =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; contentType: string | null; body: string };

/**
 * Decides what a request with an Idempotency-Key does: run (this request now holds the key), or answer with the
 * stored first response. The same key on another route or with another body → 422 `idempotency-key-reused`;
 * while the first request still runs → 409 `idempotency-key-in-flight` (the client sends again later).
 */
export async function claimIdempotencyKey(
  db: Database,
  claim: IdempotencyClaim,
  now: Date,
): Promise<ClaimOutcome> {
  // Two rounds at most: a row that expired or lost its lease between our reads is taken over once.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await insertPendingIdempotencyKey(db, claim)) return { kind: 'claimed' };
    const existing = await findIdempotencyKey(db, claim.userId, claim.key);
    if (!existing) continue;
    const age = now.getTime() - existing.createdAt.getTime();
    const isExpired = age >= idempotencyKeyLifetimeMs;
    const isAbandoned = existing.status === null && age >= idempotencyPendingLeaseMs;
    if (isExpired || isAbandoned) {
      if (await retakeIdempotencyKey(db, existing, claim)) return { kind: 'claimed' };
      continue;
    }
    if (existing.route !== claim.route || existing.requestHash !== claim.requestHash) throw keyReused();
    if (existing.status === null) throw keyInFlight();
    return {
      kind: 'replay',
      status: existing.status,
      contentType: existing.contentType,
      body: existing.responseBody ?? '',
    };
  }
  throw keyInFlight();
}

function keyReused(): DomainError {
  return new DomainError('idempotency-key-reused', {
    id: 'Kunci idempoten ini sudah dipakai untuk permintaan lain. Buat kunci baru untuk setiap perubahan.',
    en: 'This idempotency key was already used for another request. Use a new key for each change.',
  });
}

function keyInFlight(): DomainError {
  return new DomainError(
    'idempotency-key-in-flight',
    {
      id: 'Permintaan dengan kunci idempoten ini masih diproses. Kirim ulang sebentar lagi.',
      en: 'A request with this idempotency key is still being processed. Send it again shortly.',
    },
    undefined,
    1,
  );
}

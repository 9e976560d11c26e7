import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type IdempotencyKeyRow, idempotencyKeys } from '../schema/offline-sync';

export type { IdempotencyKeyRow };

export interface IdempotencyClaim {
  userId: string;
  key: string;
  route: string;
  requestHash: string;
  createdAt: Date;
}

/**
 * Inserts the pending row first (the primary key decides which of two simultaneous requests runs): true when
 * this request claimed the key, false when a row for (user, key) already exists.
 */
export async function insertPendingIdempotencyKey(db: Queryable, claim: IdempotencyClaim): Promise<boolean> {
  const inserted = await db
    .insert(idempotencyKeys)
    .values(claim)
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return inserted.length > 0;
}

export async function findIdempotencyKey(
  db: Queryable,
  userId: string,
  key: string,
): Promise<IdempotencyKeyRow | undefined> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  return row;
}

/**
 * Takes over a row that is expired, or pending past its lease (its request died with the process), as a new
 * pending claim; `createdAt` is the value read, so only one of two takers wins.
 */
export async function retakeIdempotencyKey(
  db: Queryable,
  seen: Pick<IdempotencyKeyRow, 'userId' | 'key' | 'createdAt'>,
  claim: IdempotencyClaim,
): Promise<boolean> {
  const updated = await db
    .update(idempotencyKeys)
    .set({
      route: claim.route,
      requestHash: claim.requestHash,
      status: null,
      contentType: null,
      responseBody: null,
      createdAt: claim.createdAt,
    })
    .where(
      and(
        eq(idempotencyKeys.userId, seen.userId),
        eq(idempotencyKeys.key, seen.key),
        eq(idempotencyKeys.createdAt, seen.createdAt),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  return updated.length > 0;
}

export async function completeIdempotencyKey(
  db: Queryable,
  claim: Pick<IdempotencyClaim, 'userId' | 'key'>,
  response: { status: number; contentType: string | null; body: string },
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ status: response.status, contentType: response.contentType, responseBody: response.body })
    .where(
      and(
        eq(idempotencyKeys.userId, claim.userId),
        eq(idempotencyKeys.key, claim.key),
        isNull(idempotencyKeys.status),
      ),
    );
}

/** Frees a pending claim whose request failed (5xx, response too large), so a resend runs again. */
export async function releaseIdempotencyKey(
  db: Queryable,
  claim: Pick<IdempotencyClaim, 'userId' | 'key'>,
): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.userId, claim.userId),
        eq(idempotencyKeys.key, claim.key),
        isNull(idempotencyKeys.status),
      ),
    );
}

/** Removes rows created before `cutOff`; returns how many. */
export async function deleteIdempotencyKeysBefore(db: Queryable, cutOff: Date): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, cutOff))
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}

import { and, count, eq, gt, max, min, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { loginAttempts } from '../schema/login-attempts';

/** Advisory-lock namespace of password attempts ("PATU"), apart from every other lock of the app. */
const attemptLockNamespace = 0x50415455;

/**
 * Serialises password attempts from one address until the transaction ends, on every app process. One lock
 * per address covers both limits: an account+address pair always lies within one address.
 */
export async function lockAttemptsFromAddress(db: Queryable, ip: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${attemptLockNamespace}::int, hashtext(${ip}))`);
}

export async function recordLoginAttempt(
  db: Queryable,
  attempt: { email: string; ip: string; succeeded: boolean; at: Date },
): Promise<number> {
  const [row] = await db.insert(loginAttempts).values(attempt).returning({ id: loginAttempts.id });
  if (!row) throw new Error('insert into login_attempts returned no row');
  return row.id;
}

export async function markLoginAttemptSucceeded(db: Queryable, id: number): Promise<void> {
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, id));
}

/** Failures of one account from one address since `since` and after its last success there. */
export async function summariseAccountAddressFailures(
  db: Queryable,
  key: { email: string; ip: string },
  since: Date,
): Promise<{ failures: number; lastFailureAt: Date | null }> {
  const pair = and(eq(loginAttempts.email, key.email), eq(loginAttempts.ip, key.ip));
  const [success] = await db
    .select({ lastId: max(loginAttempts.id) })
    .from(loginAttempts)
    .where(and(pair, eq(loginAttempts.succeeded, true)));
  const [row] = await db
    .select({ failures: count(), lastFailureAt: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(
      and(
        pair,
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, since),
        gt(loginAttempts.id, success?.lastId ?? 0),
      ),
    );
  return { failures: row?.failures ?? 0, lastFailureAt: row?.lastFailureAt ?? null };
}

/** Failures from one address, whatever the account, since `since`. */
export async function summariseAddressFailures(
  db: Queryable,
  ip: string,
  since: Date,
): Promise<{ failures: number; firstFailureAt: Date | null }> {
  const [row] = await db
    .select({ failures: count(), firstFailureAt: min(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return { failures: row?.failures ?? 0, firstFailureAt: row?.firstFailureAt ?? null };
}

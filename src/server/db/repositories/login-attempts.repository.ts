import { and, count, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../database';
import { loginAttempts } from '../schema/login-attempts';

export async function recordLoginAttempt(
  db: Queryable,
  attempt: { email: string; ip: string; succeeded: boolean },
): Promise<void> {
  await db.insert(loginAttempts).values(attempt);
}

export async function countFailedAttempts(
  db: Queryable,
  by: { email: string } | { ip: string },
  since: Date,
): Promise<number> {
  const who = 'email' in by ? eq(loginAttempts.email, by.email) : eq(loginAttempts.ip, by.ip);
  const [row] = await db
    .select({ failed: count() })
    .from(loginAttempts)
    .where(and(who, eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return row?.failed ?? 0;
}

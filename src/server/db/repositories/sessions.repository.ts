import { and, eq, gt, ne } from 'drizzle-orm';
import type { Queryable } from '../database';
import { sessions } from '../schema/sessions';
import { type UserRow, users } from '../schema/users';

export interface NewSession {
  tokenHash: string;
  userId: string;
  /** From the app's clock, never the database's default: expiry compares them with the app's now. */
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export async function insertSession(db: Queryable, session: NewSession): Promise<void> {
  await db.insert(sessions).values(session);
}

/** The live session for a token hash, with its user; undefined when unknown or expired. */
export async function findLiveSession(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<{ session: typeof sessions.$inferSelect; user: UserRow } | undefined> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

export async function touchSession(
  db: Queryable,
  tokenHash: string,
  lastSeenAt: Date,
  expiresAt: Date,
): Promise<void> {
  await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user, or every one but `keepTokenHash`. Returns how many ended. */
export async function deleteSessionsOfUser(
  db: Queryable,
  userId: string,
  keepTokenHash?: string,
): Promise<number> {
  const ended = await db
    .delete(sessions)
    .where(
      and(eq(sessions.userId, userId), keepTokenHash ? ne(sessions.tokenHash, keepTokenHash) : undefined),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}

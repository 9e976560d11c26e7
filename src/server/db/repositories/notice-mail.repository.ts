import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { noticeDeliveries, noticeMailSettings } from '../schema/notices-and-recovery';
import { users } from '../schema/users';

export interface DigestRecipient {
  userId: string;
  email: string;
  name: string;
  role: 'admin' | 'coordinator' | 'assessor' | 'verifier' | 'liaison';
  provinceCodes: string[];
  entityCode: string | null;
  language: 'id' | 'en';
}

/**
 * Active people with e-mail on whose last digest is at least an hour old (or never sent), those looked at
 * longest ago first: each pass of the job takes at most `limit` of them.
 */
export async function listDigestRecipients(
  db: Queryable,
  sentBefore: Date,
  limit: number,
): Promise<DigestRecipient[]> {
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      provinceCodes: users.provinceCodes,
      entityCode: users.entityCode,
      language: users.language,
    })
    .from(users)
    .leftJoin(noticeMailSettings, eq(noticeMailSettings.userId, users.id))
    .where(
      and(
        eq(users.isActive, true),
        sql`coalesce(${noticeMailSettings.mailEnabled}, true)`,
        or(isNull(noticeMailSettings.lastDigestAt), lte(noticeMailSettings.lastDigestAt, sentBefore)),
      ),
    )
    .orderBy(sql`${noticeMailSettings.checkedAt} asc nulls first`, asc(users.id))
    .limit(limit);
}

export async function listDeliveredKeys(
  db: Queryable,
  userId: string,
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ key: noticeDeliveries.noticeKey })
    .from(noticeDeliveries)
    .where(and(eq(noticeDeliveries.userId, userId), inArray(noticeDeliveries.noticeKey, [...keys])));
  return new Set(rows.map((row) => row.key));
}

export async function recordDeliveries(
  db: Queryable,
  userId: string,
  keys: readonly string[],
  now: Date,
): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insert(noticeDeliveries)
    .values(keys.map((noticeKey) => ({ userId, noticeKey, sentAt: now })))
    .onConflictDoNothing();
  await db
    .insert(noticeMailSettings)
    .values({ userId, lastDigestAt: now, checkedAt: now })
    .onConflictDoUpdate({ target: noticeMailSettings.userId, set: { lastDigestAt: now, checkedAt: now } });
}

export async function markDigestChecked(db: Queryable, userId: string, now: Date): Promise<void> {
  await db
    .insert(noticeMailSettings)
    .values({ userId, checkedAt: now })
    .onConflictDoUpdate({ target: noticeMailSettings.userId, set: { checkedAt: now } });
}

export async function findMailEnabled(db: Queryable, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ mailEnabled: noticeMailSettings.mailEnabled })
    .from(noticeMailSettings)
    .where(eq(noticeMailSettings.userId, userId));
  return row?.mailEnabled ?? true;
}

export async function saveMailEnabled(db: Queryable, userId: string, mailEnabled: boolean): Promise<void> {
  await db
    .insert(noticeMailSettings)
    .values({ userId, mailEnabled })
    .onConflictDoUpdate({ target: noticeMailSettings.userId, set: { mailEnabled } });
}

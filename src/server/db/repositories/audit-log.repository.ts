import { and, asc, count, desc, eq, gt, gte, inArray, like, lte, not, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type AuditRow, auditLog } from '../schema/audit-log';
import { resultSnapshots } from '../schema/results';

export type { AuditRow };
export type NewAuditEntry = Omit<typeof auditLog.$inferInsert, 'id' | 'at'>;

/** Call inside the transaction of the change it records. */
export async function appendAuditEntry(db: Queryable, entry: NewAuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/** Several entries in one statement, in the order given (ids follow it); inside the changes' transaction. */
export async function appendAuditEntries(db: Queryable, entries: readonly NewAuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditLog).values([...entries]);
}

export interface AuditFilter {
  action?: string | undefined;
  actorUserId?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  provinceCode?: string | undefined;
  /** A coordinator sees only entries of these provinces. */
  withinProvinces?: readonly string[] | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Leaves out entries about a result snapshot whose embargo is still ahead of this moment. */
  hideEmbargoedAt?: Date | undefined;
}

/**
 * An entry is about a snapshot when it is the snapshot itself (results.import, results.finalise) or names it
 * as `snapshotId` (document.issue, document.job.create, …). While that snapshot is under embargo, such an
 * entry would tell which year is decided and when it comes out.
 */
function aboutEmbargoedSnapshot(at: Date): SQL {
  return sql`exists (select 1 from ${resultSnapshots} where ${resultSnapshots.embargoAt} > ${at} and (
    ${resultSnapshots.id}::text = ${auditLog.after}->>'snapshotId'
    or ${resultSnapshots.id}::text = ${auditLog.before}->>'snapshotId'
    or (${auditLog.resourceType} = 'result-snapshot' and ${resultSnapshots.id}::text = ${auditLog.resourceId})))`;
}

function whereOf(filter: AuditFilter): SQL | undefined {
  const within = filter.withinProvinces;
  return and(
    // A prefix finds a family of actions: "auth" matches auth.sign-in, auth.sign-out, …
    filter.action
      ? like(auditLog.action, `${filter.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
      : undefined,
    filter.actorUserId ? eq(auditLog.actorUserId, filter.actorUserId) : undefined,
    filter.resourceType ? eq(auditLog.resourceType, filter.resourceType) : undefined,
    filter.resourceId ? eq(auditLog.resourceId, filter.resourceId) : undefined,
    filter.provinceCode ? eq(auditLog.provinceCode, filter.provinceCode) : undefined,
    within ? (within.length > 0 ? inArray(auditLog.provinceCode, [...within]) : sql`false`) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lte(auditLog.at, filter.to) : undefined,
    filter.hideEmbargoedAt ? not(aboutEmbargoedSnapshot(filter.hideEmbargoedAt)) : undefined,
  );
}

export async function listAuditEntries(
  db: Queryable,
  filter: AuditFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = whereOf(filter);
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .offset(page.offset)
    .limit(page.limit);
  const [counted] = await db.select({ total: count() }).from(auditLog).where(where);
  return { rows, total: counted?.total ?? 0 };
}

/** Matching entries oldest first, in batches (keyset paging), so an export never holds the whole log. */
export async function* iterateAuditEntries(
  db: Queryable,
  filter: AuditFilter,
  batchSize = 1000,
): AsyncGenerator<AuditRow[]> {
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(whereOf(filter), gt(auditLog.id, afterId)))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    const last = rows.at(-1);
    if (!last) return;
    yield rows;
    afterId = last.id;
  }
}

import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type JobRow, jobs } from '../schema/documents';

export type { JobRow };

export async function insertJob(
  db: Queryable,
  values: { kind: string; params: unknown; createdByUserId: string | null; createdAt: Date },
): Promise<JobRow> {
  const [row] = await db.insert(jobs).values(values).returning();
  if (!row) throw new Error('insert into jobs returned no row');
  return row;
}

export async function findJob(db: Queryable, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

export async function listJobs(db: Queryable, kinds: readonly string[], limit = 50): Promise<JobRow[]> {
  return db
    .select()
    .from(jobs)
    .where(inArray(jobs.kind, [...kinds]))
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(limit);
}

/**
 * Claims the oldest job that is queued, or running without a live lease (its process stopped or died), for
 * `owner` until `leaseUntil`. One statement, so two workers on one PostgreSQL database never take the same job.
 */
export async function claimNextJob(
  db: Queryable,
  kinds: readonly string[],
  owner: string,
  now: Date,
  leaseUntil: Date,
): Promise<JobRow | undefined> {
  const claimable = and(
    inArray(jobs.kind, [...kinds]),
    or(
      eq(jobs.status, 'queued'),
      and(eq(jobs.status, 'running'), or(isNull(jobs.leaseUntil), lt(jobs.leaseUntil, now))),
    ),
  );
  const [row] = await db
    .update(jobs)
    .set({
      status: 'running',
      leaseOwner: owner,
      leaseUntil,
      startedAt: sql`coalesce(${jobs.startedAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(
      eq(
        jobs.id,
        sql`(select ${jobs.id} from ${jobs} where ${claimable} order by ${jobs.createdAt}, ${jobs.id} limit 1 for update skip locked)`,
      ),
    )
    .returning();
  return row;
}

/** Progress and lease renewal by the owner; false when the job is no longer its own. */
export async function updateOwnedJob(
  db: Queryable,
  id: string,
  owner: string,
  values: Partial<Pick<JobRow, 'progressDone' | 'progressTotal' | 'leaseUntil'>>,
): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set(values)
    .where(and(eq(jobs.id, id), eq(jobs.leaseOwner, owner), eq(jobs.status, 'running')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export async function finishJob(
  db: Queryable,
  id: string,
  values: Partial<
    Pick<JobRow, 'status' | 'resultPath' | 'resultSha256' | 'resultSizeBytes' | 'error' | 'progressDone'>
  > & { finishedAt: Date },
): Promise<void> {
  await db
    .update(jobs)
    .set({ ...values, leaseOwner: null, leaseUntil: null })
    .where(eq(jobs.id, id));
}

/** A worker stopping cleanly hands its job back at once, so the next worker need not wait for the lease. */
export async function releaseJobLease(db: Queryable, id: string, owner: string): Promise<void> {
  await db
    .update(jobs)
    .set({ leaseOwner: null, leaseUntil: null })
    .where(and(eq(jobs.id, id), eq(jobs.leaseOwner, owner)));
}

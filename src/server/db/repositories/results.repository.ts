import { and, asc, count, desc, eq, inArray, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable, Transaction } from '../database';
import { entities } from '../schema/entities';
import { provinces } from '../schema/regions';
import {
  type EntityResultRow,
  entityResults,
  type ResultSnapshotRow,
  resultSnapshots,
} from '../schema/results';

export type { EntityResultRow, ResultSnapshotRow };
export type NewEntityResult = Omit<typeof entityResults.$inferInsert, 'id' | 'snapshotId'>;
export type NewSnapshot = Omit<
  typeof resultSnapshots.$inferInsert,
  'id' | 'status' | 'publishedAt' | 'createdAt'
>;

/** What an import needs to know of every entity: its id, kind, province and the province's name. */
export async function listEntitiesWithProvince(db: Queryable) {
  return db
    .select({
      id: entities.id,
      code: entities.code,
      kind: entities.kind,
      shortName: entities.shortName,
      provinceCode: entities.provinceCode,
      provinceName: provinces.name,
    })
    .from(entities)
    .leftJoin(provinces, eq(provinces.code, entities.provinceCode));
}

/** Advisory-lock namespace of snapshot creation (the year is the second key); any constant of Patuh's own. */
const snapshotYearLockNamespace = 7_231_105;

/**
 * Inside a transaction, waits until no other transaction (of any process) creates a snapshot of `year`, and
 * holds that right until this one ends. Taken before reading the latest snapshot, so two imports or finalises
 * of one year never both supersede the same snapshot. Same lock, same key on PGlite and PostgreSQL.
 */
export async function lockSnapshotYear(tx: Transaction, year: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${snapshotYearLockNamespace}::int, ${year}::int)`);
}

const snapshotChainIndexes = new Set([
  'result_snapshots_supersedes_unique',
  'result_snapshots_year_first_unique',
]);

/**
 * Whether `error` is the database refusing a fork of a year's snapshot chain (migration snapshot-chain): a
 * second snapshot superseding the same one, or a second first snapshot of a year. Drizzle wraps the driver's
 * error, so the causes are followed.
 */
export function isSnapshotChainConflict(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const { code, constraint } = current as Error & { code?: unknown; constraint?: unknown };
    if (code === '23505' && typeof constraint === 'string' && snapshotChainIndexes.has(constraint))
      return true;
    current = current.cause;
  }
  return false;
}

/**
 * The newest snapshot of a year in any status: the one a new import supersedes. That is the end of the year's
 * chain, the snapshot nothing supersedes (one per year, by the snapshot-chain indexes), not merely the latest
 * `created_at`: a transaction that waited for the year's lock may have started before the one it follows.
 */
export async function findLatestSnapshotOfYear(
  db: Queryable,
  year: number,
): Promise<ResultSnapshotRow | undefined> {
  const successor = alias(resultSnapshots, 'successor');
  const [row] = await db
    .select()
    .from(resultSnapshots)
    .where(
      and(
        eq(resultSnapshots.year, year),
        notExists(db.select().from(successor).where(eq(successor.supersedesId, resultSnapshots.id))),
      ),
    )
    .orderBy(desc(resultSnapshots.createdAt), desc(resultSnapshots.id))
    .limit(1);
  return row;
}

/**
 * `created_at` of a new snapshot: the moment of the insert, not of the transaction's start (`now()`), so the
 * order of `created_at` is the order of the chain even when the transaction waited for the year's lock.
 */
export const snapshotInsertedAt = sql<Date>`clock_timestamp()`;

export async function findSnapshotById(db: Queryable, id: string): Promise<ResultSnapshotRow | undefined> {
  const [row] = await db.select().from(resultSnapshots).where(eq(resultSnapshots.id, id));
  return row;
}

/** Inserts a draft, fills it and publishes it: once published, the database refuses any change. */
export async function insertPublishedSnapshot(
  db: Queryable,
  snapshot: NewSnapshot,
  rows: readonly NewEntityResult[],
  publishedAt: Date,
): Promise<ResultSnapshotRow> {
  const [draft] = await db
    .insert(resultSnapshots)
    .values({ ...snapshot, status: 'draft', createdAt: snapshotInsertedAt })
    .returning();
  if (!draft) throw new Error('insert into result_snapshots returned no row');
  for (let start = 0; start < rows.length; start += 500) {
    const batch = rows.slice(start, start + 500).map((row) => ({ ...row, snapshotId: draft.id }));
    await db.insert(entityResults).values(batch);
  }
  const [published] = await db
    .update(resultSnapshots)
    .set({ status: 'published', publishedAt })
    .where(eq(resultSnapshots.id, draft.id))
    .returning();
  if (!published) throw new Error(`snapshot ${draft.id} vanished while publishing`);
  return published;
}

export async function listEntityResults(db: Queryable, snapshotId: string): Promise<EntityResultRow[]> {
  return db
    .select()
    .from(entityResults)
    .where(eq(entityResults.snapshotId, snapshotId))
    .orderBy(asc(entityResults.kind), asc(entityResults.rankNational), asc(entityResults.entityCode));
}

/** Every published snapshot, newest year first and newest snapshot first within a year. */
export async function listPublishedSnapshots(db: Queryable): Promise<ResultSnapshotRow[]> {
  return db
    .select()
    .from(resultSnapshots)
    .where(eq(resultSnapshots.status, 'published'))
    .orderBy(desc(resultSnapshots.year), desc(resultSnapshots.createdAt), desc(resultSnapshots.id));
}

export async function listAllSnapshots(db: Queryable): Promise<ResultSnapshotRow[]> {
  return db
    .select()
    .from(resultSnapshots)
    .orderBy(desc(resultSnapshots.year), desc(resultSnapshots.createdAt), desc(resultSnapshots.id));
}

/** Rows and flagged rows per snapshot. */
export async function countSnapshotRows(
  db: Queryable,
  snapshotIds: readonly string[],
): Promise<Map<string, { rows: number; flagged: number; demo: number }>> {
  if (snapshotIds.length === 0) return new Map();
  const counted = await db
    .select({
      snapshotId: entityResults.snapshotId,
      rows: count(),
      flagged: sql<number>`count(*) filter (where cardinality(${entityResults.flags}) > 0)`.mapWith(Number),
      demo: sql<number>`count(*) filter (where ${entityResults.isDemoValue})`.mapWith(Number),
    })
    .from(entityResults)
    .where(inArray(entityResults.snapshotId, [...snapshotIds]))
    .groupBy(entityResults.snapshotId);
  return new Map(
    counted.map((row) => [row.snapshotId, { rows: row.rows, flagged: row.flagged, demo: row.demo }]),
  );
}

/** An entity's rows in the given snapshots (its published history). */
export async function listEntityResultsInSnapshots(
  db: Queryable,
  entityCode: string,
  snapshotIds: readonly string[],
): Promise<EntityResultRow[]> {
  if (snapshotIds.length === 0) return [];
  return db
    .select()
    .from(entityResults)
    .where(
      and(eq(entityResults.entityCode, entityCode), inArray(entityResults.snapshotId, [...snapshotIds])),
    );
}

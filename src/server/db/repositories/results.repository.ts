import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
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

/** The newest snapshot of a year in any status: the one a new import supersedes. */
export async function findLatestSnapshotOfYear(
  db: Queryable,
  year: number,
): Promise<ResultSnapshotRow | undefined> {
  const [row] = await db
    .select()
    .from(resultSnapshots)
    .where(eq(resultSnapshots.year, year))
    .orderBy(desc(resultSnapshots.createdAt), desc(resultSnapshots.id))
    .limit(1);
  return row;
}

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
    .values({ ...snapshot, status: 'draft' })
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

import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import type { Queryable } from '../database';
import { locusUnits } from '../schema/cycles';
import { entityResults, resultSnapshots } from '../schema/results';

export async function listLocusUnitRowIds(db: Queryable, locusId: string): Promise<string[]> {
  const rows = await db
    .select({ id: locusUnits.id })
    .from(locusUnits)
    .where(eq(locusUnits.locusId, locusId))
    .orderBy(asc(locusUnits.id));
  return rows.map((row) => row.id);
}

/**
 * The published scores of one year (newest snapshot of the year whose embargo has passed at `now`), for
 * entities of the given kinds: what ranks are computed against.
 */
export async function listPublishedScoresOfYear(
  db: Queryable,
  year: number,
  kinds: readonly string[],
  now: Date,
): Promise<{ code: string; name: string; kind: string; provinceCode: string | null; score: number }[]> {
  const [snapshot] = await db
    .select({ id: resultSnapshots.id })
    .from(resultSnapshots)
    .where(
      and(
        eq(resultSnapshots.year, year),
        eq(resultSnapshots.status, 'published'),
        lte(resultSnapshots.embargoAt, now),
      ),
    )
    .orderBy(desc(resultSnapshots.createdAt), desc(resultSnapshots.id))
    .limit(1);
  if (!snapshot) return [];
  return db
    .select({
      code: entityResults.entityCode,
      name: entityResults.entityName,
      kind: entityResults.kind,
      provinceCode: entityResults.provinceCode,
      score: entityResults.score,
    })
    .from(entityResults)
    .where(and(eq(entityResults.snapshotId, snapshot.id), inArray(entityResults.kind, [...kinds])))
    .orderBy(asc(entityResults.entityCode));
}

/** Years with a published snapshot out of embargo, newest first. */
export async function listPublishedYears(db: Queryable, now: Date): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: resultSnapshots.year })
    .from(resultSnapshots)
    .where(and(eq(resultSnapshots.status, 'published'), lte(resultSnapshots.embargoAt, now)))
    .orderBy(desc(resultSnapshots.year));
  return rows.map((row) => row.year);
}

import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import {
  answers,
  complaintRecords,
  type RespondentRow,
  respondents,
  surveyResponses,
} from '../schema/collection';
import { locusUnits } from '../schema/cycles';

export type { RespondentRow };
export type NewRespondent = typeof respondents.$inferInsert;
export type RespondentChanges = Pick<
  RespondentRow,
  'name' | 'jobTitle' | 'employment' | 'decreeNumber' | 'decreeDate' | 'interviewedOn'
>;

/**
 * Takes the row lock of a locus unit for the rest of the transaction, so two requests adding respondents to the
 * same unit are serialised and a role's required count cannot be exceeded by a race.
 */
export async function lockLocusUnit(db: Queryable, locusUnitId: string): Promise<void> {
  await db.select({ id: locusUnits.id }).from(locusUnits).where(eq(locusUnits.id, locusUnitId)).for('update');
}

export async function listRespondents(db: Queryable, locusUnitId: string): Promise<RespondentRow[]> {
  return db
    .select()
    .from(respondents)
    .where(eq(respondents.locusUnitId, locusUnitId))
    .orderBy(asc(respondents.createdAt), asc(respondents.id));
}

export async function findRespondent(
  db: Queryable,
  locusUnitId: string,
  respondentId: string,
): Promise<RespondentRow | undefined> {
  const [row] = await db
    .select()
    .from(respondents)
    .where(and(eq(respondents.locusUnitId, locusUnitId), eq(respondents.id, respondentId)));
  return row;
}

export async function insertRespondent(db: Queryable, values: NewRespondent): Promise<RespondentRow> {
  const [row] = await db.insert(respondents).values(values).returning();
  if (!row) throw new Error('insert into respondents returned no row');
  return row;
}

/** Applies the changes only when the row is still at `expectedVersion`; undefined when it is not. */
export async function updateRespondentAtVersion(
  db: Queryable,
  respondentId: string,
  expectedVersion: number,
  changes: RespondentChanges,
  now: Date,
): Promise<RespondentRow | undefined> {
  const [row] = await db
    .update(respondents)
    .set({ ...changes, version: sql`${respondents.version} + 1`, updatedAt: now })
    .where(and(eq(respondents.id, respondentId), eq(respondents.version, expectedVersion)))
    .returning();
  return row;
}

export async function deleteRespondent(db: Queryable, respondentId: string): Promise<void> {
  await db.delete(respondents).where(eq(respondents.id, respondentId));
}

/** Per locus unit: how many respondents, answers, survey responses and complaint records it holds. */
export async function countFieldData(
  db: Queryable,
  locusUnitIds: readonly string[],
): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  if (locusUnitIds.length === 0) return totals;
  const ids = [...locusUnitIds];
  const tables = [respondents, answers, surveyResponses, complaintRecords] as const;
  for (const table of tables) {
    const rows = await db
      .select({ locusUnitId: table.locusUnitId, total: count() })
      .from(table)
      .where(inArray(table.locusUnitId, ids))
      .groupBy(table.locusUnitId);
    for (const row of rows) totals.set(row.locusUnitId, (totals.get(row.locusUnitId) ?? 0) + row.total);
  }
  return totals;
}

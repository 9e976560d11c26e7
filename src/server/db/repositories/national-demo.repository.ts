import { asc, eq, getTableColumns, getTableName, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type CopySession, type CopyValue, withCopySession } from '../copy-rows';
import type { Database, Queryable } from '../database';
import {
  answerEvidence,
  answers,
  complaintRecords,
  respondents,
  surveyResponses,
} from '../schema/collection';
import { loci, locusAssignments, locusUnits } from '../schema/cycles';
import { entities } from '../schema/entities';
import { units } from '../schema/units';

export interface NationalDemoEntity {
  id: string;
  code: string;
  kind: string;
  provinceCode: string | null;
  shortName: string;
}

/**
 * Active entities for a national demo: provinces' governments first, then kabupaten/kota, then ministries and
 * agencies, each by code, at most `limit`.
 */
export async function listEntitiesForNationalDemo(
  db: Queryable,
  limit: number,
): Promise<NationalDemoEntity[]> {
  return db
    .select({
      id: entities.id,
      code: entities.code,
      kind: entities.kind,
      provinceCode: entities.provinceCode,
      shortName: entities.shortName,
    })
    .from(entities)
    .where(eq(entities.isActive, true))
    .orderBy(
      sql`case ${entities.kind} when 'pemprov' then 0 when 'pemkab' then 1 when 'pemkot' then 1 else 2 end`,
      asc(entities.code),
    )
    .limit(limit);
}

/** The units the given entities already have (a national demo reuses them by name). */
export async function listUnitsOfEntities(
  db: Queryable,
  entityIds: readonly string[],
): Promise<{ id: string; entityId: string; name: string; unitTypeCode: string }[]> {
  if (entityIds.length === 0) return [];
  return db
    .select({ id: units.id, entityId: units.entityId, name: units.name, unitTypeCode: units.unitTypeCode })
    .from(units)
    .where(inArray(units.entityId, [...entityIds]));
}

/** Everything a national demo writes, as insert rows with ids chosen by the caller. */
export interface NationalDemoRows {
  entities: (typeof entities.$inferInsert)[];
  units: (typeof units.$inferInsert)[];
  loci: (typeof loci.$inferInsert)[];
  locusUnits: (typeof locusUnits.$inferInsert)[];
  locusAssignments: (typeof locusAssignments.$inferInsert)[];
  respondents: (typeof respondents.$inferInsert)[];
  answers: (typeof answers.$inferInsert)[];
  answerEvidence: (typeof answerEvidence.$inferInsert)[];
  complaintRecords: (typeof complaintRecords.$inferInsert)[];
  surveyResponses: (typeof surveyResponses.$inferInsert)[];
}

/** Opens one COPY transaction; the caller writes table after table with `copyNationalDemoRows`. */
export function withNationalDemoCopy<T>(
  db: Database,
  work: (session: CopySession) => Promise<T>,
): Promise<T> {
  return withCopySession(db, work);
}

/** Writes one batch of rows, parents before children, with COPY (returns the number of rows written). */
export async function copyNationalDemoRows(
  session: CopySession,
  rows: Partial<NationalDemoRows>,
): Promise<number> {
  let written = 0;
  const tables: [PgTable, readonly Record<string, unknown>[] | undefined][] = [
    [entities, rows.entities],
    [units, rows.units],
    [loci, rows.loci],
    [locusUnits, rows.locusUnits],
    [locusAssignments, rows.locusAssignments],
    [respondents, rows.respondents],
    [answers, rows.answers],
    [answerEvidence, rows.answerEvidence],
    [complaintRecords, rows.complaintRecords],
    [surveyResponses, rows.surveyResponses],
  ];
  for (const [table, tableRows] of tables) {
    if (!tableRows || tableRows.length === 0) continue;
    await copyInto(session, table, tableRows);
    written += tableRows.length;
  }
  return written;
}

/**
 * COPY of insert rows keyed by the schema's property names. Columns are those of the first row, so every row of
 * a batch must name the same properties; columns left out take their database defaults.
 */
async function copyInto(
  session: CopySession,
  table: PgTable,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const columnsByKey = getTableColumns(table);
  const keys = Object.keys(rows[0] ?? {});
  const names = keys.map((key) => {
    const column = columnsByKey[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    return column.name;
  });
  await session.copy(
    getTableName(table),
    names,
    rows.map((row) => keys.map((key) => (row[key] ?? null) as CopyValue)),
  );
}

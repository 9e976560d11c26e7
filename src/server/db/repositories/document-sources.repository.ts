import { and, asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Queryable } from '../database';
import { provinces } from '../schema/regions';
import { type EntityResultRow, entityResults, type UnitResultRow, unitResults } from '../schema/results';

export type { EntityResultRow, UnitResultRow };

/**
 * A result row without its explanation: what a piagam prints and what decides who gets one. A national
 * snapshot's explanations are ~12 MB of JSON; read in one statement, on PGlite in the server's thread, they
 * held the event loop for ~2 s at the start of a bulk job.
 */
export type EntityResultSummaryRow = Omit<EntityResultRow, 'explanation'>;
export type UnitResultSummaryRow = Omit<UnitResultRow, 'explanation'>;

const { explanation: _entityExplanation, ...entitySummaryColumns } = getTableColumns(entityResults);
const { explanation: _unitExplanation, ...unitSummaryColumns } = getTableColumns(unitResults);

/** An entity's row in one snapshot. */
export async function findEntityResultInSnapshot(
  db: Queryable,
  snapshotId: string,
  entityCode: string,
): Promise<EntityResultRow | undefined> {
  const [row] = await db
    .select()
    .from(entityResults)
    .where(and(eq(entityResults.snapshotId, snapshotId), eq(entityResults.entityCode, entityCode)));
  return row;
}

/** A unit's result with the entity result it belongs to. */
export async function findUnitResultWithEntity(
  db: Queryable,
  unitResultId: string,
): Promise<{ unit: UnitResultRow; entity: EntityResultRow } | undefined> {
  const [row] = await db
    .select({ unit: unitResults, entity: entityResults })
    .from(unitResults)
    .innerJoin(entityResults, eq(entityResults.id, unitResults.entityResultId))
    .where(eq(unitResults.id, unitResultId));
  return row;
}

/** The units of an entity result, best first. */
export async function listUnitResultsOfEntityResult(
  db: Queryable,
  entityResultId: string,
): Promise<UnitResultRow[]> {
  return db
    .select()
    .from(unitResults)
    .where(eq(unitResults.entityResultId, entityResultId))
    .orderBy(asc(unitResults.unitName), asc(unitResults.id));
}

/** Every entity result of a snapshot without explanations, in the order of listEntityResults (bulk jobs). */
export async function listEntityResultSummaries(
  db: Queryable,
  snapshotId: string,
): Promise<EntityResultSummaryRow[]> {
  return db
    .select(entitySummaryColumns)
    .from(entityResults)
    .where(eq(entityResults.snapshotId, snapshotId))
    .orderBy(asc(entityResults.kind), asc(entityResults.rankNational), asc(entityResults.entityCode));
}

/** Every unit result of a snapshot without explanations, in a stable order (for bulk generation). */
export async function listUnitResultsOfSnapshot(
  db: Queryable,
  snapshotId: string,
): Promise<UnitResultSummaryRow[]> {
  return db
    .select(unitSummaryColumns)
    .from(unitResults)
    .where(eq(unitResults.snapshotId, snapshotId))
    .orderBy(asc(unitResults.entityResultId), asc(unitResults.unitName), asc(unitResults.id));
}

/** The name of a province ("Sumatera Selatan"), for the issuing office of a piagam. */
export async function findProvinceName(db: Queryable, code: string): Promise<string | undefined> {
  const [row] = await db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, code));
  return row?.name;
}

/** Provinces by code (all when no codes are given), for the signatory settings of each office. */
export async function listProvinceNames(
  db: Queryable,
  codes?: readonly string[],
): Promise<{ code: string; name: string }[]> {
  return db
    .select({ code: provinces.code, name: provinces.name })
    .from(provinces)
    .where(codes ? inArray(provinces.code, [...codes]) : undefined)
    .orderBy(asc(provinces.code));
}

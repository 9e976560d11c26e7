import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../database';
import { loci, locusUnits } from '../schema/cycles';
import { entities } from '../schema/entities';
import { provinces } from '../schema/regions';
import {
  entityResults,
  type ResultSnapshotRow,
  resultSnapshots,
  type UnitResultRow,
  unitResults,
} from '../schema/results';
import { units } from '../schema/units';
import { type NewEntityResult, type NewSnapshot, snapshotInsertedAt } from './results.repository';

export type { UnitResultRow };
export type NewUnitResult = Omit<typeof unitResults.$inferInsert, 'id' | 'snapshotId' | 'entityResultId'>;

export interface CycleLocusForScoring {
  locusId: string;
  approval: string;
  entityId: string;
  entityCode: string;
  entityName: string;
  kind: string;
  provinceCode: string | null;
  provinceName: string | null;
  locusUnitIds: string[];
}

/** A cycle's loci (optionally one entity's) with the entity, its province and the assessed locus units. */
export async function listCycleLociForScoring(
  db: Queryable,
  cycleId: string,
  entityCode?: string,
): Promise<CycleLocusForScoring[]> {
  const rows = await db
    .select({
      locusId: loci.id,
      approval: loci.approval,
      entityId: entities.id,
      entityCode: entities.code,
      entityName: entities.shortName,
      kind: entities.kind,
      provinceCode: entities.provinceCode,
      provinceName: provinces.name,
    })
    .from(loci)
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .leftJoin(provinces, eq(provinces.code, entities.provinceCode))
    .where(and(eq(loci.cycleId, cycleId), entityCode ? eq(entities.code, entityCode) : undefined))
    .orderBy(asc(entities.code));
  if (rows.length === 0) return [];
  const unitRows = await db
    .select({ id: locusUnits.id, locusId: locusUnits.locusId })
    .from(locusUnits)
    .innerJoin(units, eq(units.id, locusUnits.unitId))
    .where(
      inArray(
        locusUnits.locusId,
        rows.map((row) => row.locusId),
      ),
    )
    .orderBy(asc(units.name), asc(locusUnits.id));
  return rows.map((row) => ({
    ...row,
    locusUnitIds: unitRows.filter((unit) => unit.locusId === row.locusId).map((unit) => unit.id),
  }));
}

export interface ComputedEntityRows {
  entity: NewEntityResult;
  units: NewUnitResult[];
}

/**
 * Inserts a draft snapshot with its entity and unit rows and publishes it in the same transaction: from then
 * on the database refuses any change (migration results-immutable). The embargo keeps it from the public.
 */
export async function insertComputedSnapshot(
  db: Queryable,
  snapshot: NewSnapshot,
  rows: readonly ComputedEntityRows[],
  publishedAt: Date,
): Promise<ResultSnapshotRow> {
  const [draft] = await db
    .insert(resultSnapshots)
    .values({ ...snapshot, status: 'draft', createdAt: snapshotInsertedAt })
    .returning();
  if (!draft) throw new Error('insert into result_snapshots returned no row');
  for (let start = 0; start < rows.length; start += 200) {
    const batch = rows.slice(start, start + 200);
    const inserted = await db
      .insert(entityResults)
      .values(batch.map((row) => ({ ...row.entity, snapshotId: draft.id })))
      .returning({ id: entityResults.id, entityCode: entityResults.entityCode });
    const idByCode = new Map(inserted.map((row) => [row.entityCode, row.id]));
    const unitValues = batch.flatMap((row) => {
      const entityResultId = idByCode.get(row.entity.entityCode);
      if (!entityResultId) throw new Error(`entity row ${row.entity.entityCode} was not inserted`);
      return row.units.map((unit) => ({ ...unit, snapshotId: draft.id, entityResultId }));
    });
    // ~12 parameters a row: 2,000 rows stay well under PostgreSQL's 65,535 bind parameters a statement.
    for (let unitStart = 0; unitStart < unitValues.length; unitStart += 2000)
      await db.insert(unitResults).values(unitValues.slice(unitStart, unitStart + 2000));
  }
  const [published] = await db
    .update(resultSnapshots)
    .set({ status: 'published', publishedAt })
    .where(eq(resultSnapshots.id, draft.id))
    .returning();
  if (!published) throw new Error(`snapshot ${draft.id} vanished while publishing`);
  return published;
}

/** A snapshot's unit rows with the code of their entity, without their explanations (for comparisons). */
export async function listUnitResults(
  db: Queryable,
  snapshotId: string,
): Promise<(Omit<UnitResultRow, 'explanation'> & { entityCode: string })[]> {
  return db
    .select({
      id: unitResults.id,
      snapshotId: unitResults.snapshotId,
      entityResultId: unitResults.entityResultId,
      unitId: unitResults.unitId,
      unitName: unitResults.unitName,
      unitTypeCode: unitResults.unitTypeCode,
      score: unitResults.score,
      category: unitResults.category,
      zone: unitResults.zone,
      rankUnitTypeProvince: unitResults.rankUnitTypeProvince,
      rankUnitTypeProvinceOf: unitResults.rankUnitTypeProvinceOf,
      flags: unitResults.flags,
      entityCode: entityResults.entityCode,
    })
    .from(unitResults)
    .innerJoin(entityResults, eq(entityResults.id, unitResults.entityResultId))
    .where(eq(unitResults.snapshotId, snapshotId))
    .orderBy(asc(entityResults.entityCode), asc(unitResults.unitName));
}

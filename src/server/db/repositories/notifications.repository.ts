import { and, asc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { cycles, loci, locusAssignments, locusUnits } from '../schema/cycles';
import { entities } from '../schema/entities';
import { objections } from '../schema/objections';
import { entityResults, resultSnapshots } from '../schema/results';
import { units } from '../schema/units';

/** Units sent back by the verifier on loci the user assesses (read only). */
export async function listReturnedUnitsOfAssessor(
  db: Queryable,
  userId: string,
): Promise<
  {
    year: number;
    entityCode: string;
    entityName: string;
    unitId: string;
    unitName: string;
    changedAt: Date | null;
  }[]
> {
  return db
    .select({
      year: cycles.year,
      entityCode: entities.code,
      entityName: entities.officialName,
      unitId: units.id,
      unitName: units.name,
      changedAt: locusUnits.statusChangedAt,
    })
    .from(locusAssignments)
    .innerJoin(loci, eq(loci.id, locusAssignments.locusId))
    .innerJoin(cycles, eq(cycles.id, loci.cycleId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .innerJoin(locusUnits, eq(locusUnits.locusId, loci.id))
    .innerJoin(units, eq(units.id, locusUnits.unitId))
    .where(
      and(
        eq(locusAssignments.userId, userId),
        eq(locusAssignments.role, 'assessor'),
        eq(locusUnits.status, 'returned'),
      ),
    )
    .orderBy(asc(entities.code), asc(units.name));
}

/** Loci (entity codes) of each cycle year, for the objection-window notices of liaisons. */
export async function listLocusEntityCodesOfCycles(
  db: Queryable,
  cycleIds: readonly string[],
): Promise<{ cycleId: string; entityCode: string; provinceCode: string | null }[]> {
  if (cycleIds.length === 0) return [];
  return db
    .select({ cycleId: loci.cycleId, entityCode: entities.code, provinceCode: loci.provinceCode })
    .from(loci)
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .where(inArray(loci.cycleId, [...cycleIds]));
}

/** Objections decided since `since`, of one entity or of some provinces (null: all). */
export async function listObjectionsDecidedSince(
  db: Queryable,
  since: Date,
  scope: { entityCode: string } | { provinceCodes: readonly string[] | null },
): Promise<
  {
    id: string;
    year: number;
    entityCode: string;
    entityName: string;
    status: 'open' | 'accepted' | 'rejected';
    decidedAt: Date | null;
  }[]
> {
  const scoped =
    'entityCode' in scope
      ? eq(objections.entityCode, scope.entityCode)
      : scope.provinceCodes === null
        ? undefined
        : scope.provinceCodes.length > 0
          ? inArray(objections.provinceCode, [...scope.provinceCodes])
          : sql`false`;
  return db
    .select({
      id: objections.id,
      year: cycles.year,
      entityCode: objections.entityCode,
      entityName: entities.shortName,
      status: objections.status,
      decidedAt: objections.decidedAt,
    })
    .from(objections)
    .innerJoin(cycles, eq(cycles.id, objections.cycleId))
    .innerJoin(loci, eq(loci.id, objections.locusId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .where(and(ne(objections.status, 'open'), gte(objections.decidedAt, since), scoped))
    .orderBy(asc(objections.decidedAt))
    .limit(200);
}

/** Published snapshots whose embargo passed in [since, now] and that carry the entity's result. */
export async function listPublicationsOfEntitySince(
  db: Queryable,
  entityCode: string,
  since: Date,
  now: Date,
): Promise<{ snapshotId: string; year: number; entityName: string; embargoAt: Date }[]> {
  return db
    .select({
      snapshotId: resultSnapshots.id,
      year: resultSnapshots.year,
      entityName: entityResults.entityName,
      embargoAt: resultSnapshots.embargoAt,
    })
    .from(resultSnapshots)
    .innerJoin(entityResults, eq(entityResults.snapshotId, resultSnapshots.id))
    .where(
      and(
        eq(resultSnapshots.status, 'published'),
        eq(entityResults.entityCode, entityCode),
        gte(resultSnapshots.embargoAt, since),
        lte(resultSnapshots.embargoAt, now),
      ),
    )
    .orderBy(asc(resultSnapshots.embargoAt))
    .limit(20);
}

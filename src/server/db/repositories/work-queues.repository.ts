import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { cycles, loci, locusAssignments, locusUnits } from '../schema/cycles';
import { entities } from '../schema/entities';
import { units } from '../schema/units';

export interface WorkQueueRow {
  year: number;
  entityCode: string;
  entityName: string;
  provinceCode: string | null;
  unitId: string | null;
  unitName: string | null;
  since: Date | null;
}

/** Province scope of the approve/accept queues: null = every province (the centre). */
export type QueueProvinces = readonly string[] | null;

function provinceCondition(provinceCodes: QueueProvinces): SQL | undefined {
  if (provinceCodes === null) return undefined;
  return provinceCodes.length > 0 ? inArray(loci.provinceCode, [...provinceCodes]) : sql`false`;
}

/** Submitted units on loci the user verifies, oldest submission first (one query plus a count). */
export async function listUnitsAwaitingVerification(
  db: Queryable,
  userId: string,
  limit: number,
): Promise<{ rows: WorkQueueRow[]; total: number }> {
  const where = and(
    eq(locusUnits.status, 'submitted'),
    sql`exists (select 1 from ${locusAssignments} where ${locusAssignments.locusId} = ${loci.id} and ${locusAssignments.userId} = ${userId} and ${locusAssignments.role} = 'verifier')`,
  );
  const rows = await db
    .select({
      year: cycles.year,
      entityCode: entities.code,
      entityName: entities.shortName,
      provinceCode: loci.provinceCode,
      unitId: units.id,
      unitName: units.name,
      since: locusUnits.statusChangedAt,
    })
    .from(locusUnits)
    .innerJoin(loci, eq(loci.id, locusUnits.locusId))
    .innerJoin(cycles, eq(cycles.id, loci.cycleId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .innerJoin(units, eq(units.id, locusUnits.unitId))
    .where(where)
    .orderBy(sql`${locusUnits.statusChangedAt} asc nulls first`, asc(entities.code), asc(units.name))
    .limit(limit);
  const [counted] = await db
    .select({ total: count() })
    .from(locusUnits)
    .innerJoin(loci, eq(loci.id, locusUnits.locusId))
    .where(where);
  return { rows, total: counted?.total ?? 0 };
}

/**
 * Open loci whose every unit is verified (so the coordinator can approve), oldest last verification first;
 * or approved loci waiting for the centre, oldest approval first.
 */
export async function listLociWaiting(
  db: Queryable,
  stage: 'ready-to-approve' | 'ready-to-accept',
  provinceCodes: QueueProvinces,
  limit: number,
): Promise<{ rows: WorkQueueRow[]; total: number }> {
  const lastVerified = sql<Date | null>`(select max(${locusUnits.statusChangedAt}) from ${locusUnits} where ${locusUnits.locusId} = ${loci.id})`;
  const where =
    stage === 'ready-to-approve'
      ? and(
          eq(loci.approval, 'open'),
          provinceCondition(provinceCodes),
          sql`exists (select 1 from ${locusUnits} where ${locusUnits.locusId} = ${loci.id})`,
          sql`not exists (select 1 from ${locusUnits} where ${locusUnits.locusId} = ${loci.id} and ${locusUnits.status} <> 'verified')`,
        )
      : and(eq(loci.approval, 'approved'), provinceCondition(provinceCodes));
  const since = stage === 'ready-to-approve' ? lastVerified : sql<Date | null>`${loci.approvedAt}`;
  const rows = await db
    .select({
      year: cycles.year,
      entityCode: entities.code,
      entityName: entities.shortName,
      provinceCode: loci.provinceCode,
      since: since.mapWith((value: string | Date | null) => (value === null ? null : new Date(value))),
    })
    .from(loci)
    .innerJoin(cycles, eq(cycles.id, loci.cycleId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .where(where)
    .orderBy(sql`${since} asc nulls first`, asc(entities.code))
    .limit(limit);
  const [counted] = await db.select({ total: count() }).from(loci).where(where);
  return { rows: rows.map((row) => ({ ...row, unitId: null, unitName: null })), total: counted?.total ?? 0 };
}

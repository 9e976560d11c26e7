import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { EntityKind } from '../../../contracts/entities.contract';
import type { Queryable } from '../database';
import { type LocusRow, loci, locusAssignments, locusUnits } from '../schema/cycles';
import { entities } from '../schema/entities';
import { units } from '../schema/units';
import { users } from '../schema/users';

export type { LocusRow };
export type AssignmentRole = 'assessor' | 'verifier';

/** Who sees which loci: everything, some provinces, one entity, or the loci one is assigned to. */
export type LocusScope =
  | { kind: 'all' }
  | { kind: 'provinces'; provinceCodes: readonly string[] }
  | { kind: 'entity'; entityCode: string }
  | { kind: 'assigned'; userId: string };

export interface LocusListFilter {
  cycleId: string;
  scope: LocusScope;
  search?: string | undefined;
  kind?: EntityKind | undefined;
  provinceCode?: string | undefined;
  offset: number;
  limit: number;
}

export interface LocusListRow {
  locusId: string;
  entityCode: string;
  entityName: string;
  entityKind: EntityKind;
  provinceCode: string | null;
  unitCount: number;
}

function scopeCondition(scope: LocusScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'provinces':
      return scope.provinceCodes.length > 0
        ? inArray(loci.provinceCode, [...scope.provinceCodes])
        : sql`false`;
    case 'entity':
      return eq(entities.code, scope.entityCode);
    case 'assigned':
      return sql`exists (select 1 from ${locusAssignments} where ${locusAssignments.locusId} = ${loci.id} and ${locusAssignments.userId} = ${scope.userId})`;
  }
}

/** One page of a cycle's loci with their unit counts, ordered by entity code; one query plus a count. */
export async function listLoci(
  db: Queryable,
  filter: LocusListFilter,
): Promise<{ rows: LocusListRow[]; total: number }> {
  const pattern = filter.search ? `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const where = and(
    eq(loci.cycleId, filter.cycleId),
    scopeCondition(filter.scope),
    filter.kind ? eq(entities.kind, filter.kind) : undefined,
    filter.provinceCode ? eq(loci.provinceCode, filter.provinceCode) : undefined,
    pattern
      ? or(
          ilike(entities.officialName, pattern),
          ilike(entities.shortName, pattern),
          ilike(entities.alias, pattern),
          ilike(entities.code, pattern),
        )
      : undefined,
  );
  const rows = await db
    .select({
      locusId: loci.id,
      entityCode: entities.code,
      entityName: entities.shortName,
      entityKind: entities.kind,
      provinceCode: loci.provinceCode,
      unitCount: sql<number>`(select count(*)::int from ${locusUnits} where ${locusUnits.locusId} = ${loci.id})`,
    })
    .from(loci)
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .where(where)
    .orderBy(asc(entities.code))
    .offset(filter.offset)
    .limit(filter.limit);
  const [counted] = await db
    .select({ total: count() })
    .from(loci)
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .where(where);
  return {
    rows: rows.map((row) => ({ ...row, unitCount: Number(row.unitCount) })),
    total: counted?.total ?? 0,
  };
}

export async function findLocus(
  db: Queryable,
  cycleId: string,
  entityId: string,
): Promise<LocusRow | undefined> {
  const [row] = await db
    .select()
    .from(loci)
    .where(and(eq(loci.cycleId, cycleId), eq(loci.entityId, entityId)));
  return row;
}

export async function listLociOfEntities(
  db: Queryable,
  cycleId: string,
  entityIds: readonly string[],
): Promise<LocusRow[]> {
  if (entityIds.length === 0) return [];
  return db
    .select()
    .from(loci)
    .where(and(eq(loci.cycleId, cycleId), inArray(loci.entityId, [...entityIds])));
}

export async function insertLoci(db: Queryable, values: (typeof loci.$inferInsert)[]): Promise<LocusRow[]> {
  if (values.length === 0) return [];
  return db.insert(loci).values(values).returning();
}

export async function deleteLoci(db: Queryable, locusIds: readonly string[]): Promise<void> {
  if (locusIds.length > 0) await db.delete(loci).where(inArray(loci.id, [...locusIds]));
}

/** Unit ids assessed per locus. */
export async function listLocusUnitIds(
  db: Queryable,
  locusIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byLocus = new Map<string, string[]>(locusIds.map((id) => [id, []]));
  if (locusIds.length === 0) return byLocus;
  const rows = await db
    .select({ locusId: locusUnits.locusId, unitId: locusUnits.unitId })
    .from(locusUnits)
    .where(inArray(locusUnits.locusId, [...locusIds]));
  for (const row of rows) byLocus.get(row.locusId)?.push(row.unitId);
  return byLocus;
}

export async function addLocusUnits(
  db: Queryable,
  rows: { locusId: string; unitId: string }[],
): Promise<void> {
  if (rows.length > 0) await db.insert(locusUnits).values(rows).onConflictDoNothing();
}

export async function removeLocusUnits(
  db: Queryable,
  locusId: string,
  unitIds: readonly string[],
): Promise<void> {
  if (unitIds.length > 0)
    await db
      .delete(locusUnits)
      .where(and(eq(locusUnits.locusId, locusId), inArray(locusUnits.unitId, [...unitIds])));
}

/** Active units of the given entities, for making them loci with every unit. */
export async function listActiveUnitsOfEntities(
  db: Queryable,
  entityIds: readonly string[],
): Promise<{ id: string; entityId: string }[]> {
  if (entityIds.length === 0) return [];
  return db
    .select({ id: units.id, entityId: units.entityId })
    .from(units)
    .where(and(inArray(units.entityId, [...entityIds]), eq(units.isActive, true)));
}

export interface AssignmentView {
  locusId: string;
  role: AssignmentRole;
  userId: string;
  name: string;
  email: string;
}

export async function listAssignments(db: Queryable, locusIds: readonly string[]): Promise<AssignmentView[]> {
  if (locusIds.length === 0) return [];
  return db
    .select({
      locusId: locusAssignments.locusId,
      role: locusAssignments.role,
      userId: users.id,
      name: users.name,
      email: users.email,
    })
    .from(locusAssignments)
    .innerJoin(users, eq(users.id, locusAssignments.userId))
    .where(inArray(locusAssignments.locusId, [...locusIds]))
    .orderBy(asc(users.name));
}

export async function replaceAssignments(
  db: Queryable,
  locusId: string,
  role: AssignmentRole,
  userIds: readonly string[],
): Promise<void> {
  await db
    .delete(locusAssignments)
    .where(and(eq(locusAssignments.locusId, locusId), eq(locusAssignments.role, role)));
  if (userIds.length > 0)
    await db.insert(locusAssignments).values(userIds.map((userId) => ({ locusId, userId, role })));
}

/** Every locus a user is assigned to, over all cycles. */
export async function listAssignmentsOfUser(
  db: Queryable,
  userId: string,
): Promise<
  { locusId: string; cycleId: string; role: AssignmentRole; entityCode: string; entityName: string }[]
> {
  return db
    .select({
      locusId: loci.id,
      cycleId: loci.cycleId,
      role: locusAssignments.role,
      entityCode: entities.code,
      entityName: entities.shortName,
    })
    .from(locusAssignments)
    .innerJoin(loci, eq(loci.id, locusAssignments.locusId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .where(eq(locusAssignments.userId, userId))
    .orderBy(asc(entities.code));
}

/** Every locus unit of a cycle in scope, one row per unit (a locus without units: one row, unit empty). */
export async function listLocusUnitRows(
  db: Queryable,
  cycleId: string,
  scope: LocusScope,
): Promise<
  { entityCode: string; entityName: string; unitTypeCode: string | null; unitName: string | null }[]
> {
  return db
    .select({
      entityCode: entities.code,
      entityName: entities.officialName,
      unitTypeCode: units.unitTypeCode,
      unitName: units.name,
    })
    .from(loci)
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .leftJoin(locusUnits, eq(locusUnits.locusId, loci.id))
    .leftJoin(units, eq(units.id, locusUnits.unitId))
    .where(and(eq(loci.cycleId, cycleId), scopeCondition(scope)))
    .orderBy(asc(entities.code), asc(units.name));
}

/** Entities (active) with their active units for the directory export, one row per unit, by code then unit name. */
export async function listDirectoryRows(
  db: Queryable,
  filter: { provinceCodes?: readonly string[] | undefined; entityCode?: string | undefined },
): Promise<
  {
    code: string;
    kind: EntityKind;
    provinceCode: string | null;
    officialName: string;
    shortName: string;
    alias: string | null;
    unitTypeCode: string | null;
    unitName: string | null;
  }[]
> {
  return db
    .select({
      code: entities.code,
      kind: entities.kind,
      provinceCode: entities.provinceCode,
      officialName: entities.officialName,
      shortName: entities.shortName,
      alias: entities.alias,
      unitTypeCode: units.unitTypeCode,
      unitName: units.name,
    })
    .from(entities)
    .leftJoin(units, and(eq(units.entityId, entities.id), eq(units.isActive, true)))
    .where(
      and(
        eq(entities.isActive, true),
        filter.provinceCodes ? inArray(entities.provinceCode, [...filter.provinceCodes]) : undefined,
        filter.entityCode ? eq(entities.code, filter.entityCode) : undefined,
      ),
    )
    .orderBy(asc(entities.code), asc(units.name));
}

/** The locus unit of `unitId` in the locus, if that unit is assessed there. */
export async function findLocusUnit(
  db: Queryable,
  locusId: string,
  unitId: string,
): Promise<typeof locusUnits.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(locusUnits)
    .where(and(eq(locusUnits.locusId, locusId), eq(locusUnits.unitId, unitId)));
  return row;
}

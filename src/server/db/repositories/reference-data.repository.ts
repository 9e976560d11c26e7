import { count, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { entities } from '../schema/entities';
import { provinces, regencies } from '../schema/regions';
import { unitTypes } from '../schema/units';

/** `unitTypes` counts only the listed codes, so types an admin added cannot hide a missing default one. */
export async function countReferenceRows(
  db: Queryable,
  unitTypeCodes: readonly string[],
): Promise<{ provinces: number; regencies: number; regionalEntities: number; unitTypes: number }> {
  const [row] = await db
    .select({
      provinces: sql<number>`(select count(*)::int from ${provinces})`,
      regencies: sql<number>`(select count(*)::int from ${regencies})`,
      regionalEntities: count(),
      unitTypes: sql<number>`(select count(*)::int from ${unitTypes} where ${inArray(unitTypes.code, [...unitTypeCodes])})`,
    })
    .from(entities)
    .where(inArray(entities.kind, ['pemprov', 'pemkab', 'pemkot']));
  return {
    provinces: Number(row?.provinces ?? 0),
    regencies: Number(row?.regencies ?? 0),
    regionalEntities: Number(row?.regionalEntities ?? 0),
    unitTypes: Number(row?.unitTypes ?? 0),
  };
}

export async function upsertProvinces(db: Queryable, rows: { code: string; name: string }[]): Promise<void> {
  await db
    .insert(provinces)
    .values(rows)
    .onConflictDoUpdate({ target: provinces.code, set: { name: sql`excluded.name` } });
}

export async function upsertRegencies(db: Queryable, rows: (typeof regencies.$inferInsert)[]): Promise<void> {
  await db
    .insert(regencies)
    .values(rows)
    .onConflictDoUpdate({
      target: regencies.code,
      set: { name: sql`excluded.name`, kind: sql`excluded.kind` },
    });
}

/** Inserts the entities that are missing; existing ones keep what admins changed (names, alias). */
export async function insertMissingEntities(
  db: Queryable,
  rows: (typeof entities.$inferInsert)[],
): Promise<number> {
  const inserted = await db
    .insert(entities)
    .values(rows)
    .onConflictDoNothing({ target: entities.code })
    .returning({ id: entities.id });
  return inserted.length;
}

export async function insertMissingUnitTypes(
  db: Queryable,
  rows: (typeof unitTypes.$inferInsert)[],
): Promise<number> {
  const inserted = await db
    .insert(unitTypes)
    .values(rows)
    .onConflictDoNothing()
    .returning({ code: unitTypes.code });
  return inserted.length;
}

import { asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type UnitRow, unitProducts, units, unitTypes } from '../schema/units';

export type { UnitRow };
export type UnitTypeRow = typeof unitTypes.$inferSelect;
export type UnitWithProducts = UnitRow & { products: string[] };

export async function listUnitTypes(db: Queryable): Promise<UnitTypeRow[]> {
  return db.select().from(unitTypes).orderBy(asc(unitTypes.sortOrder), asc(unitTypes.code));
}

export async function findUnitType(db: Queryable, code: string): Promise<UnitTypeRow | undefined> {
  const [row] = await db.select().from(unitTypes).where(eq(unitTypes.code, code));
  return row;
}

export async function insertUnitType(
  db: Queryable,
  values: typeof unitTypes.$inferInsert,
): Promise<UnitTypeRow> {
  const [row] = await db.insert(unitTypes).values(values).returning();
  if (!row) throw new Error('insert into unit_types returned no row');
  return row;
}

export async function updateUnitType(
  db: Queryable,
  code: string,
  changes: Partial<Omit<UnitTypeRow, 'code'>>,
): Promise<UnitTypeRow> {
  const [row] = await db.update(unitTypes).set(changes).where(eq(unitTypes.code, code)).returning();
  if (!row) throw new Error(`unit type ${code} vanished during update`);
  return row;
}

/** Units of an entity with their products, ordered by type then name. */
export async function listUnitsOfEntity(db: Queryable, entityId: string): Promise<UnitWithProducts[]> {
  const rows = await db
    .select()
    .from(units)
    .where(eq(units.entityId, entityId))
    .orderBy(asc(units.unitTypeCode), asc(units.name));
  return attachProducts(db, rows);
}

export async function findUnitById(db: Queryable, id: string): Promise<UnitWithProducts | undefined> {
  const rows = await db.select().from(units).where(eq(units.id, id));
  return (await attachProducts(db, rows))[0];
}

export async function insertUnit(db: Queryable, values: typeof units.$inferInsert): Promise<UnitRow> {
  const [row] = await db.insert(units).values(values).returning();
  if (!row) throw new Error('insert into units returned no row');
  return row;
}

export async function updateUnit(
  db: Queryable,
  id: string,
  changes: Partial<
    Pick<
      UnitRow,
      'unitTypeCode' | 'name' | 'address' | 'latitude' | 'longitude' | 'serviceHours' | 'isActive'
    >
  >,
): Promise<void> {
  await db
    .update(units)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(units.id, id));
}

/** Replaces a unit's product list with `names` (in that order of insertion). */
export async function replaceUnitProducts(
  db: Queryable,
  unitId: string,
  names: readonly string[],
): Promise<void> {
  await db.delete(unitProducts).where(eq(unitProducts.unitId, unitId));
  if (names.length > 0) await db.insert(unitProducts).values(names.map((name) => ({ unitId, name })));
}

async function attachProducts(db: Queryable, rows: UnitRow[]): Promise<UnitWithProducts[]> {
  if (rows.length === 0) return [];
  const products = await db
    .select({ unitId: unitProducts.unitId, name: unitProducts.name })
    .from(unitProducts)
    .where(
      inArray(
        unitProducts.unitId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(unitProducts.name));
  return rows.map((row) => ({
    ...row,
    products: products.filter((product) => product.unitId === row.id).map((product) => product.name),
  }));
}

import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type CycleRow, cycles } from '../schema/cycles';

export type { CycleRow };

export async function listCycles(db: Queryable): Promise<CycleRow[]> {
  return db.select().from(cycles).orderBy(desc(cycles.year));
}

export async function findCycleByYear(db: Queryable, year: number): Promise<CycleRow | undefined> {
  const [row] = await db.select().from(cycles).where(eq(cycles.year, year));
  return row;
}

export async function insertCycle(db: Queryable, values: typeof cycles.$inferInsert): Promise<CycleRow> {
  const [row] = await db.insert(cycles).values(values).returning();
  if (!row) throw new Error('insert into cycles returned no row');
  return row;
}

export async function updateCycle(
  db: Queryable,
  id: string,
  changes: Partial<Omit<typeof cycles.$inferInsert, 'id' | 'year' | 'createdAt'>>,
): Promise<CycleRow> {
  const [row] = await db
    .update(cycles)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(cycles.id, id))
    .returning();
  if (!row) throw new Error(`cycle ${id} vanished during update`);
  return row;
}

/** Stores the edition hash unless another request already did; undefined when it lost that race. */
export async function freezeCycle(
  db: Queryable,
  id: string,
  methodologySha256: string,
  frozenAt: Date,
): Promise<CycleRow | undefined> {
  const [row] = await db
    .update(cycles)
    .set({ methodologySha256, frozenAt, updatedAt: frozenAt })
    .where(and(eq(cycles.id, id), isNull(cycles.methodologySha256)))
    .returning();
  return row;
}

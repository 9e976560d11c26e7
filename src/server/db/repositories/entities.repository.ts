import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { EntityKind } from '../../../contracts/entities.contract';
import type { Queryable } from '../database';
import { type EntityRow, entities } from '../schema/entities';

export type { EntityRow };

export interface EntityListFilter {
  search?: string | undefined;
  kind?: EntityKind | undefined;
  provinceCode?: string | undefined;
  includeInactive: boolean;
  offset: number;
  limit: number;
}

export async function listEntities(
  db: Queryable,
  filter: EntityListFilter,
): Promise<{ rows: EntityRow[]; total: number }> {
  const pattern = filter.search ? `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const conditions: (SQL | undefined)[] = [
    filter.includeInactive ? undefined : eq(entities.isActive, true),
    filter.kind ? eq(entities.kind, filter.kind) : undefined,
    filter.provinceCode ? eq(entities.provinceCode, filter.provinceCode) : undefined,
    pattern
      ? or(
          ilike(entities.officialName, pattern),
          ilike(entities.shortName, pattern),
          ilike(entities.alias, pattern),
          ilike(entities.code, pattern),
        )
      : undefined,
  ];
  const where = and(...conditions);
  const rows = await db
    .select()
    .from(entities)
    .where(where)
    .orderBy(asc(entities.code))
    .offset(filter.offset)
    .limit(filter.limit);
  const [counted] = await db.select({ total: count() }).from(entities).where(where);
  return { rows, total: counted?.total ?? 0 };
}

export async function findEntityByCode(db: Queryable, code: string): Promise<EntityRow | undefined> {
  const [row] = await db.select().from(entities).where(eq(entities.code, code));
  return row;
}

const codesPerQuery = 1000;

/**
 * The entities with these codes, by code, in one query per 1,000 codes: an import file names up to 50,000, and
 * one query per code took minutes on the embedded database, while one of 5,000 held its thread for ~200 ms.
 */
export async function findEntitiesByCodes(
  db: Queryable,
  codes: readonly string[],
): Promise<Map<string, EntityRow>> {
  const found = new Map<string, EntityRow>();
  const unique = [...new Set(codes)];
  for (let start = 0; start < unique.length; start += codesPerQuery) {
    const rows = await db
      .select()
      .from(entities)
      .where(inArray(entities.code, unique.slice(start, start + codesPerQuery)));
    for (const row of rows) found.set(row.code, row);
  }
  return found;
}

export async function findEntityById(db: Queryable, id: string): Promise<EntityRow | undefined> {
  const [row] = await db.select().from(entities).where(eq(entities.id, id));
  return row;
}

export async function insertEntity(db: Queryable, values: typeof entities.$inferInsert): Promise<EntityRow> {
  const [row] = await db.insert(entities).values(values).returning();
  if (!row) throw new Error('insert into entities returned no row');
  return row;
}

export async function updateEntity(
  db: Queryable,
  id: string,
  changes: Partial<Pick<EntityRow, 'officialName' | 'shortName' | 'alias' | 'isActive'>>,
): Promise<EntityRow> {
  const [row] = await db
    .update(entities)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(entities.id, id))
    .returning();
  if (!row) throw new Error(`entity ${id} vanished during update`);
  return row;
}

/**
 * Active entities per kind in the directory (within one province when given): the M of "N of M assessed"
 * on the public pages, since a cycle may assess a sample (domain.md §7).
 */
export async function countActiveEntitiesByKind(
  db: Queryable,
  provinceCode?: string,
): Promise<Map<EntityKind, number>> {
  const rows = await db
    .select({ kind: entities.kind, count: count() })
    .from(entities)
    .where(
      and(
        eq(entities.isActive, true),
        provinceCode === undefined ? undefined : eq(entities.provinceCode, provinceCode),
      ),
    )
    .groupBy(entities.kind);
  return new Map(rows.map((row) => [row.kind, Number(row.count)]));
}

import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { entities } from '../schema/entities';
import {
  type ImprovementPlanRow,
  improvementPlans,
  type PlanItemRow,
  planItemFiles,
  planItems,
  type StoredProgressNote,
} from '../schema/improvement-plans';
import { storedFiles } from '../schema/stored-files';
import { units } from '../schema/units';

export type { ImprovementPlanRow, PlanItemRow, StoredProgressNote };

export async function findPlan(
  db: Queryable,
  entityId: string,
  year: number,
): Promise<ImprovementPlanRow | undefined> {
  const [row] = await db
    .select()
    .from(improvementPlans)
    .where(and(eq(improvementPlans.entityId, entityId), eq(improvementPlans.year, year)));
  return row;
}

export async function insertPlan(
  db: Queryable,
  values: typeof improvementPlans.$inferInsert,
): Promise<ImprovementPlanRow> {
  const [row] = await db.insert(improvementPlans).values(values).returning();
  if (!row) throw new Error('insert into improvement_plans returned no row');
  return row;
}

export async function touchPlan(db: Queryable, planId: string, now: Date): Promise<void> {
  await db
    .update(improvementPlans)
    .set({ updatedAt: now, version: sql`${improvementPlans.version} + 1` })
    .where(eq(improvementPlans.id, planId));
}

export async function insertPlanItems(
  db: Queryable,
  values: (typeof planItems.$inferInsert)[],
): Promise<PlanItemRow[]> {
  if (values.length === 0) return [];
  return db.insert(planItems).values(values).returning();
}

export async function countPlanItems(db: Queryable, planId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(planItems)
    .where(eq(planItems.planId, planId));
  return row?.count ?? 0;
}

export type PlanItemWithUnit = PlanItemRow & { unitName: string | null };

export async function listPlanItems(db: Queryable, planIds: readonly string[]): Promise<PlanItemWithUnit[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .select({ item: planItems, unitName: units.name })
    .from(planItems)
    .leftJoin(units, eq(units.id, planItems.unitId))
    .where(inArray(planItems.planId, [...planIds]))
    .orderBy(asc(planItems.position), asc(planItems.createdAt));
  return rows.map((row) => ({ ...row.item, unitName: row.unitName }));
}

export async function findPlanItem(
  db: Queryable,
  planId: string,
  itemId: string,
): Promise<PlanItemRow | undefined> {
  const [row] = await db
    .select()
    .from(planItems)
    .where(and(eq(planItems.planId, planId), eq(planItems.id, itemId)));
  return row;
}

/** Optimistic locking: the update applies only to the version read; undefined means someone was faster. */
export async function updatePlanItemIfVersion(
  db: Queryable,
  itemId: string,
  expectedVersion: number,
  changes: Partial<
    Pick<PlanItemRow, 'status' | 'action' | 'ownerName' | 'ownerPosition' | 'dueDate' | 'notes'>
  >,
  now: Date,
): Promise<PlanItemRow | undefined> {
  const [row] = await db
    .update(planItems)
    .set({ ...changes, updatedAt: now, version: sql`${planItems.version} + 1` })
    .where(and(eq(planItems.id, itemId), eq(planItems.version, expectedVersion)))
    .returning();
  return row;
}

/** Removes an item only at the version read (0 rows: someone changed it meanwhile). */
export async function deletePlanItemIfVersion(
  db: Queryable,
  itemId: string,
  expectedVersion: number,
): Promise<PlanItemRow | undefined> {
  const [row] = await db
    .delete(planItems)
    .where(and(eq(planItems.id, itemId), eq(planItems.version, expectedVersion)))
    .returning();
  return row;
}

export interface PlanFileView {
  itemId: string;
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export async function listPlanItemFiles(db: Queryable, itemIds: readonly string[]): Promise<PlanFileView[]> {
  if (itemIds.length === 0) return [];
  return db
    .select({
      itemId: planItemFiles.itemId,
      sha256: planItemFiles.fileSha256,
      fileName: planItemFiles.fileName,
      mediaType: storedFiles.mediaType,
      sizeBytes: storedFiles.sizeBytes,
    })
    .from(planItemFiles)
    .innerJoin(storedFiles, eq(storedFiles.sha256, planItemFiles.fileSha256))
    .where(inArray(planItemFiles.itemId, [...itemIds]))
    .orderBy(asc(planItemFiles.createdAt));
}

export async function addPlanItemFile(
  db: Queryable,
  values: typeof planItemFiles.$inferInsert,
): Promise<void> {
  await db.insert(planItemFiles).values(values).onConflictDoNothing();
}

export interface PlanWithEntity {
  plan: ImprovementPlanRow;
  entityCode: string;
  entityName: string;
}

/** Plans with their entity, filtered by province(s), entity and year; newest year first, then by code. */
export async function listPlans(
  db: Queryable,
  filter: { provinceCodes?: readonly string[]; entityCode?: string; year?: number },
): Promise<PlanWithEntity[]> {
  const rows = await db
    .select({ plan: improvementPlans, entityCode: entities.code, entityName: entities.officialName })
    .from(improvementPlans)
    .innerJoin(entities, eq(entities.id, improvementPlans.entityId))
    .where(
      and(
        filter.provinceCodes ? inArray(improvementPlans.provinceCode, [...filter.provinceCodes]) : undefined,
        filter.entityCode ? eq(entities.code, filter.entityCode) : undefined,
        filter.year ? eq(improvementPlans.year, filter.year) : undefined,
      ),
    )
    .orderBy(sql`${improvementPlans.year} desc`, asc(entities.code));
  return rows;
}

/** Open items with a due date (for notifications), of the given plans' scope. */
export async function listOpenDatedItems(
  db: Queryable,
  filter: { provinceCodes?: readonly string[]; entityCode?: string },
): Promise<
  {
    itemId: string;
    action: string;
    indicatorCode: string;
    dueDate: string;
    entityCode: string;
    entityName: string;
    provinceCode: string | null;
    year: number;
  }[]
> {
  const rows = await db
    .select({
      itemId: planItems.id,
      action: planItems.action,
      indicatorCode: planItems.indicatorCode,
      dueDate: planItems.dueDate,
      entityCode: entities.code,
      entityName: entities.officialName,
      provinceCode: entities.provinceCode,
      year: improvementPlans.year,
    })
    .from(planItems)
    .innerJoin(improvementPlans, eq(improvementPlans.id, planItems.planId))
    .innerJoin(entities, eq(entities.id, improvementPlans.entityId))
    .where(
      and(
        isNotNull(planItems.dueDate),
        inArray(planItems.status, ['planned', 'in_progress']),
        filter.provinceCodes ? inArray(improvementPlans.provinceCode, [...filter.provinceCodes]) : undefined,
        filter.entityCode ? eq(entities.code, filter.entityCode) : undefined,
      ),
    )
    .orderBy(asc(planItems.dueDate));
  return rows.flatMap((row) => (row.dueDate === null ? [] : [{ ...row, dueDate: row.dueDate }]));
}

/** Which entity and province each plan item belongs to (to check links from coaching sessions). */
export async function listPlanItemOwners(
  db: Queryable,
  itemIds: readonly string[],
): Promise<{ itemId: string; entityId: string; provinceCode: string | null }[]> {
  if (itemIds.length === 0) return [];
  return db
    .select({
      itemId: planItems.id,
      entityId: improvementPlans.entityId,
      provinceCode: improvementPlans.provinceCode,
    })
    .from(planItems)
    .innerJoin(improvementPlans, eq(improvementPlans.id, planItems.planId))
    .where(inArray(planItems.id, [...itemIds]));
}

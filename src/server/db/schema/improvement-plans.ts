import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { entities } from './entities';
import { storedFiles } from './stored-files';
import { units } from './units';
import { users } from './users';

export const planItemStatuses = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type PlanItemStatus = (typeof planItemStatuses)[number];

/** One progress note on a plan item; the list only grows (append-only by the use-cases). */
export type StoredProgressNote = {
  at: string;
  authorUserId: string | null;
  authorName: string;
  text: string;
};

/** An entity's rencana aksi after the assessment of `year`: what it will fix before the next cycle. */
export const improvementPlans = pgTable(
  'improvement_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    /** Copied from the entity so scope filters need no join. */
    provinceCode: text('province_code'),
    year: integer('year').notNull(),
    methodologyRef: text('methodology_ref'),
    /** The score the plan starts from (as the planner saw it), null when made by hand without answers. */
    baselineScore: doublePrecision('baseline_score'),
    title: text('title').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('improvement_plans_entity_year_unique').on(table.entityId, table.year),
    index('improvement_plans_province_idx').on(table.provinceCode, table.year),
  ],
);

/** One action of a plan, tied to an indicator (and optionally one unit). */
export const planItems = pgTable(
  'plan_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => improvementPlans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    indicatorCode: text('indicator_code').notNull(),
    action: text('action').notNull(),
    ownerName: text('owner_name').notNull().default(''),
    ownerPosition: text('owner_position').notNull().default(''),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status', { enum: planItemStatuses }).notNull().default('planned'),
    /** Points the whole score gains by the planner's projection when this is done; null when made by hand. */
    expectedGain: doublePrecision('expected_gain'),
    notes: jsonb('notes').$type<StoredProgressNote[]>().notNull().default(sql`'[]'::jsonb`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('plan_items_plan_idx').on(table.planId, table.position),
    check('plan_items_status_check', sql`${table.status} in ('planned', 'in_progress', 'done', 'dropped')`),
  ],
);

/** Evidence that an item was done (photos, decrees), stored once by content. */
export const planItemFiles = pgTable(
  'plan_item_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => planItems.id, { onDelete: 'cascade' }),
    fileSha256: text('file_sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    fileName: text('file_name').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('plan_item_files_unique').on(table.itemId, table.fileSha256)],
);

export type ImprovementPlanRow = typeof improvementPlans.$inferSelect;
export type PlanItemRow = typeof planItems.$inferSelect;

import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cycles, loci, locusUnits } from './cycles';
import { storedFiles } from './stored-files';
import { users } from './users';

export const objectionStatuses = ['open', 'accepted', 'rejected'] as const;
export type ObjectionStatus = (typeof objectionStatuses)[number];

/**
 * A sanggahan: the assessed government disputes its provisional result during the objection window. A decision
 * never changes field data by itself; an accepted objection tells the assessor/admin to correct and re-finalise.
 */
export const objections = pgTable(
  'objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    locusId: uuid('locus_id')
      .notNull()
      .references(() => loci.id),
    /** Copied from the entity so scope filters need no join. */
    entityCode: text('entity_code').notNull(),
    provinceCode: text('province_code'),
    /** The disputed unit, when the objection is about one. */
    locusUnitId: uuid('locus_unit_id').references(() => locusUnits.id),
    indicatorCode: text('indicator_code'),
    text: text('text').notNull(),
    status: text('status', { enum: objectionStatuses }).notNull().default('open'),
    decisionNote: text('decision_note'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    filedByUserId: uuid('filed_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('objections_cycle_entity_idx').on(table.cycleId, table.entityCode),
    index('objections_cycle_province_idx').on(table.cycleId, table.provinceCode),
    check('objections_status_check', sql`${table.status} in ('open', 'accepted', 'rejected')`),
    check('objections_decision_check', sql`(${table.status} = 'open') = (${table.decidedAt} is null)`),
  ],
);

/** New evidence attached to an objection (stored once by content in stored_files). */
export const objectionFiles = pgTable(
  'objection_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    objectionId: uuid('objection_id')
      .notNull()
      .references(() => objections.id, { onDelete: 'cascade' }),
    fileSha256: text('file_sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    fileName: text('file_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('objection_files_unique').on(table.objectionId, table.fileSha256)],
);

export type ObjectionRow = typeof objections.$inferSelect;
export type ObjectionFileRow = typeof objectionFiles.$inferSelect;

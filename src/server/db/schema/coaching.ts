import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { entities } from './entities';
import { planItems } from './improvement-plans';
import { storedFiles } from './stored-files';
import { users } from './users';

export type StoredCoachingAttendee = { name: string; position: string; institution: string };

/** A pembinaan session run by a province office for one entity or for the whole province. */
export const coachingSessions = pgTable(
  'coaching_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null for a province-wide session. */
    entityId: uuid('entity_id').references(() => entities.id),
    provinceCode: text('province_code').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    facilitator: text('facilitator').notNull(),
    attendees: jsonb('attendees').$type<StoredCoachingAttendee[]>().notNull().default(sql`'[]'::jsonb`),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('coaching_sessions_province_idx').on(table.provinceCode, table.heldOn),
    index('coaching_sessions_entity_idx').on(table.entityId),
  ],
);

/** Plan items a session worked on. */
export const coachingSessionItems = pgTable(
  'coaching_session_items',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => coachingSessions.id, { onDelete: 'cascade' }),
    planItemId: uuid('plan_item_id')
      .notNull()
      .references(() => planItems.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.planItemId] })],
);

export const coachingAttachments = pgTable(
  'coaching_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => coachingSessions.id, { onDelete: 'cascade' }),
    fileSha256: text('file_sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    fileName: text('file_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('coaching_attachments_unique').on(table.sessionId, table.fileSha256),
    check('coaching_attachments_name_check', sql`length(${table.fileName}) > 0`),
  ],
);

export type CoachingSessionRow = typeof coachingSessions.$inferSelect;

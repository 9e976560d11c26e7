import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { loci } from './cycles';
import { storedFiles } from './stored-files';

/** The entry or exit meeting of a locus (one entity in one cycle). */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locusId: uuid('locus_id')
      .notNull()
      .references(() => loci.id),
    kind: text('kind', { enum: ['entry', 'exit'] }).notNull(),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    openedBy: text('opened_by').notNull(),
    agenda: text('agenda').notNull().default(''),
    minutes: text('minutes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('meetings_locus_kind_unique').on(table.locusId, table.kind),
    check('meetings_kind_check', sql`${table.kind} in ('entry', 'exit')`),
  ],
);

export const meetingAttendees = pgTable('meeting_attendees', {
  id: uuid('id').primaryKey().defaultRandom(),
  meetingId: uuid('meeting_id')
    .notNull()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  name: text('name').notNull(),
  jobTitle: text('job_title').notNull(),
  institution: text('institution').notNull(),
});

export const meetingAttachments = pgTable(
  'meeting_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    fileSha256: text('file_sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    fileName: text('file_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('meeting_attachments_unique').on(table.meetingId, table.fileSha256)],
);

export type MeetingRow = typeof meetings.$inferSelect;

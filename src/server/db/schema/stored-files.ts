import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Uploaded files, stored once by content under `<dataDir>/files/<sha256>`; meeting attachments and
 * evidence point here by hash.
 */
export const storedFiles = pgTable('stored_files', {
  sha256: text('sha256').primaryKey(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  mediaType: text('media_type').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type StoredFileRow = typeof storedFiles.$inferSelect;

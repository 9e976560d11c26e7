import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * The first response to each field write sent with an `Idempotency-Key` (docs/security.md, "Idempotency and
 * resumable uploads"): a resend from the offline outbox gets this answer back instead of a second write.
 * `status` is null while the first request still runs. Only a hash of the request is kept, never its body.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** Method and path, e.g. `PUT /api/cycles/2024/loci/16.06/units/<id>/answers`. */
    route: text('route').notNull(),
    /** SHA-256 of the canonical request (method, path, query, body; a multipart file by its hash). */
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    contentType: text('content_type'),
    responseBody: text('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.key] }),
    index('idempotency_keys_created_idx').on(table.createdAt),
    check('idempotency_keys_key_check', sql`length(${table.key}) between 1 and 100`),
  ],
);

export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;

/**
 * A file sent in chunks (`/api/uploads`), written to `<dataDir>/uploads/<id>.part` until it is attached as
 * evidence. `writingUntil` is the lease of the one chunk being written, so two writers never interleave.
 */
export const resumableUploads = pgTable(
  'resumable_uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    receivedBytes: bigint('received_bytes', { mode: 'number' }).notNull().default(0),
    writingUntil: timestamp('writing_until', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Last chunk (or creation); an upload idle past the expiry is removed with its file. */
    touchedAt: timestamp('touched_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('resumable_uploads_user_idx').on(table.userId),
    index('resumable_uploads_touched_idx').on(table.touchedAt),
    check(
      'resumable_uploads_bytes_check',
      sql`${table.receivedBytes} >= 0 and ${table.receivedBytes} <= ${table.sizeBytes}`,
    ),
  ],
);

export type ResumableUploadRow = typeof resumableUploads.$inferSelect;

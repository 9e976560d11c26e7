import { sql } from 'drizzle-orm';
import {
  check,
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
import { resultSnapshots, unitResults } from './results';

export const issuedDocumentKinds = ['piagam'] as const;

/**
 * Every verification code printed on a document, written when the document is first generated (on demand or by
 * a bulk job). Codes are derived (HMAC of snapshot and subject), so re-printing inserts nothing; the row lets
 * `/verifikasi/<code>` answer with one indexed lookup instead of recomputing codes over all snapshots.
 */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    /** `XXXX-XXXX-XX` as printed. */
    code: text('code').primaryKey(),
    kind: text('kind', { enum: issuedDocumentKinds }).notNull(),
    snapshotId: uuid('snapshot_id')
      .notNull()
      .references(() => resultSnapshots.id),
    /** "entity:16.06" or "unit:<unit result id>": what the code was derived from. */
    subjectId: text('subject_id').notNull(),
    entityCode: text('entity_code').notNull(),
    unitResultId: uuid('unit_result_id').references(() => unitResults.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('issued_documents_subject_unique').on(table.kind, table.snapshotId, table.subjectId),
    check('issued_documents_kind_check', sql`${table.kind} in ('piagam')`),
  ],
);

/**
 * Who signs the piagam of a year: per province office (province code) or the centre (`pusat`). One to three
 * {name, title}; the place printed above the signatures.
 */
export const documentSignatories = pgTable(
  'document_signatories',
  {
    year: integer('year').notNull(),
    /** A province code ("16") for a Perwakilan, or "pusat" for the Ombudsman centre. */
    officeCode: text('office_code').notNull(),
    signatories: jsonb('signatories').$type<{ name: string; title: string }[]>().notNull(),
    place: text('place'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedByUserId: uuid('updated_by_user_id'),
  },
  (table) => [primaryKey({ columns: [table.year, table.officeCode] })],
);

export const jobStatuses = ['queued', 'running', 'done', 'failed'] as const;

/**
 * Background work that must survive a restart (bulk piagam/rapor generation). A worker claims a job by setting
 * `lease_owner` and `lease_until`; a job whose lease ran out (the process died) is claimed again and resumes
 * from what it already wrote.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    params: jsonb('params').notNull(),
    status: text('status', { enum: jobStatuses }).notNull().default('queued'),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    /** Relative to the data directory, e.g. jobs/<id>/piagam-2024.zip. */
    resultPath: text('result_path'),
    resultSha256: text('result_sha256'),
    resultSizeBytes: integer('result_size_bytes'),
    error: text('error'),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    index('jobs_status_idx').on(table.status, table.createdAt),
    check('jobs_status_check', sql`${table.status} in ('queued', 'running', 'done', 'failed')`),
  ],
);

export type IssuedDocumentRow = typeof issuedDocuments.$inferSelect;
export type DocumentSignatoriesRow = typeof documentSignatories.$inferSelect;
export type JobRow = typeof jobs.$inferSelect;

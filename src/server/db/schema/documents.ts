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
import { storedFiles } from './stored-files';

export const issuedDocumentKinds = ['piagam', 'rapor'] as const;

/** Who signed a piagam as it was printed: issuer, 1–3 signatories, place and which settings applied. */
export interface IssuedSigning {
  issuer: { name: string; office?: string };
  signatories: { name: string; title: string }[];
  place: string;
  source: 'province' | 'centre' | 'default';
  /** The emblem/letterhead printed at the top (the signing office's, else the centre's), when one was set. */
  letterhead?: { sha256: string; mediaType: 'image/png' | 'image/jpeg' };
}

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
    /**
     * The signing printed when the code was first issued: every re-print uses it, so a later change of the
     * year's signatories never alters a piagam already handed out. Null only for codes issued before this
     * column existed (filled at their next print).
     */
    signing: jsonb('signing').$type<IssuedSigning>(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('issued_documents_subject_unique').on(table.kind, table.snapshotId, table.subjectId),
    check('issued_documents_kind_check', sql`${table.kind} in ('piagam', 'rapor')`),
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

/**
 * The emblem or letterhead an office prints at the top of its documents (optional): the centre (`pusat`) or a
 * province office (province code). The image is a stored file (PNG or JPEG, size-limited when uploaded).
 */
export const officeLetterheads = pgTable('office_letterheads', {
  officeCode: text('office_code').primaryKey(),
  fileSha256: text('file_sha256')
    .notNull()
    .references(() => storedFiles.sha256),
  mediaType: text('media_type').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedByUserId: uuid('updated_by_user_id'),
});

export const renderedDocumentKinds = ['piagam', 'rapor'] as const;

/**
 * Published documents rendered once and kept: the PDF bytes live under `<dataDir>/files/rendered/<sha256>`,
 * this row maps what they were rendered from (snapshot, subject, language, signing, address: hashed into
 * `key`) to them. A published snapshot never changes, so a row never goes stale; rows least recently used are
 * dropped beyond the configured size (PATUH_DOCUMENT_STORE_MB).
 */
export const renderedDocuments = pgTable(
  'rendered_documents',
  {
    /** sha256 (hex) of everything the bytes depend on (document-cache-key.ts). */
    key: text('key').primaryKey(),
    kind: text('kind', { enum: renderedDocumentKinds }).notNull(),
    snapshotId: uuid('snapshot_id').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Moved forward when the bytes are read from the store (not on each memory hit). */
    usedAt: timestamp('used_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('rendered_documents_used_idx').on(table.usedAt),
    index('rendered_documents_sha256_idx').on(table.sha256),
    check('rendered_documents_kind_check', sql`${table.kind} in ('piagam', 'rapor')`),
  ],
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
export type RenderedDocumentRow = typeof renderedDocuments.$inferSelect;
export type DocumentSignatoriesRow = typeof documentSignatories.$inferSelect;
export type OfficeLetterheadRow = typeof officeLetterheads.$inferSelect;
export type JobRow = typeof jobs.$inferSelect;

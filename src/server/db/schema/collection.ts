import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { locusUnits } from './cycles';
import { storedFiles } from './stored-files';
import { users } from './users';

/**
 * Field data of a locus unit: the officials interviewed, every answer with its evidence, the complaint records
 * sampled, the anonymous service-user survey and the review notes of the verification workflow.
 */

/** An official interviewed at a locus unit, in one of the methodology's unit-scoped roles. */
export const respondents = pgTable(
  'respondents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locusUnitId: uuid('locus_unit_id')
      .notNull()
      .references(() => locusUnits.id, { onDelete: 'cascade' }),
    roleCode: text('role_code').notNull(),
    name: text('name').notNull(),
    jobTitle: text('job_title').notNull().default(''),
    /** Civil servant (ASN) or not; asked of service officers. */
    employment: text('employment', { enum: ['asn', 'non-asn'] }),
    /** The decree (SK) appointing a complaint officer. */
    decreeNumber: text('decree_number'),
    decreeDate: date('decree_date', { mode: 'string' }),
    interviewedOn: date('interviewed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('respondents_locus_unit_idx').on(table.locusUnitId, table.roleCode),
    check('respondents_employment_check', sql`${table.employment} in ('asn', 'non-asn')`),
  ],
);

/**
 * One answer to one indicator: by an interviewed official (`respondentId`), or recorded by the assessor for the
 * unit (observation, document check, complaint records: `respondentId` null). `version` starts at 1 and grows
 * with every save; a save naming an older version is refused so no update is lost.
 */
export const answers = pgTable(
  'answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locusUnitId: uuid('locus_unit_id')
      .notNull()
      .references(() => locusUnits.id, { onDelete: 'cascade' }),
    respondentId: uuid('respondent_id').references(() => respondents.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code').notNull(),
    /** The scale level chosen; null while only a note is written. */
    level: integer('level'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('answers_unit_respondent_indicator_unique')
      .on(table.locusUnitId, table.respondentId, table.indicatorCode)
      .nullsNotDistinct(),
  ],
);

/** A photo or document supporting an answer; the bytes live once in stored_files. */
export const answerEvidence = pgTable(
  'answer_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    answerId: uuid('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    fileSha256: text('file_sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    fileName: text('file_name').notNull(),
    /** From the photo's EXIF data when present. */
    takenAt: timestamp('taken_at', { withTimezone: true }),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('answer_evidence_answer_file_unique').on(table.answerId, table.fileSha256),
    // Finds the same photo used elsewhere (integrity flag `duplicate`) without a scan.
    index('answer_evidence_file_idx').on(table.fileSha256),
  ],
);

export const complaintChannels = [
  'sp4n-lapor',
  'in-person',
  'letter',
  'phone',
  'email',
  'website',
  'social-media',
  'whatsapp',
  'other',
] as const;

export type ComplaintChannel = (typeof complaintChannels)[number];

export const complaintOutcomes = ['resolved', 'in-progress', 'rejected', 'referred', 'withdrawn'] as const;

/** A complaint sampled from the unit's register, with the times that give its response speed. */
export const complaintRecords = pgTable(
  'complaint_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locusUnitId: uuid('locus_unit_id')
      .notNull()
      .references(() => locusUnits.id, { onDelete: 'cascade' }),
    reference: text('reference').notNull().default(''),
    channel: text('channel', { enum: complaintChannels }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    outcome: text('outcome', { enum: complaintOutcomes }).notNull(),
    summary: text('summary').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('complaint_records_locus_unit_idx').on(table.locusUnitId),
    check(
      'complaint_records_times_check',
      sql`(${table.firstResponseAt} is null or ${table.firstResponseAt} >= ${table.receivedAt})
        and (${table.resolvedAt} is null or ${table.resolvedAt} >= ${table.receivedAt})`,
    ),
  ],
);

/**
 * One anonymous service user's answers to the unit's survey questions. No personal data: only a hash of the
 * signed device token, so a device answers once per unit.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locusUnitId: uuid('locus_unit_id')
      .notNull()
      .references(() => locusUnits.id, { onDelete: 'cascade' }),
    deviceTokenSha256: text('device_token_sha256').notNull(),
    /** Indicator code → level chosen. */
    levels: jsonb('levels').$type<Record<string, number>>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * HMAC of the unit, client address and user agent (keyed with the signing secret, never the raw values):
     * caps responses per client and hour and groups them for the verifier. Null for rows made without a
     * request (demo seed, rows from before the cap).
     */
    clientHash: text('client_hash'),
    /** Set while a verifier keeps the response out of scoring and quota counts; cleared on re-inclusion. */
    excludedAt: timestamp('excluded_at', { withTimezone: true }),
    excludedByUserId: uuid('excluded_by_user_id').references(() => users.id),
    exclusionNote: text('exclusion_note'),
    /**
     * Proof of service where the cycle asks for it (survey_proof_settings): the registration or receipt number
     * the respondent typed, normalised (upper case, no spaces), unique per unit so one service counts once…
     */
    receiptNumber: text('receipt_number'),
    /** …or the field team's mark that they saw proof at the counter. */
    proofSeenAt: timestamp('proof_seen_at', { withTimezone: true }),
    proofSeenByUserId: uuid('proof_seen_by_user_id').references(() => users.id),
    /**
     * The unit had already been submitted for verification (not with its assessors) when this answer came:
     * the survey stays open for the whole data-collection phase, so the verifier is shown which answers
     * arrived after the figures were handed in (docs/scoring.md, "Service-user survey").
     */
    receivedAfterSubmission: boolean('received_after_submission').notNull().default(false),
  },
  (table) => [
    uniqueIndex('survey_responses_unit_device_unique').on(table.locusUnitId, table.deviceTokenSha256),
    index('survey_responses_unit_client_idx').on(table.locusUnitId, table.clientHash, table.submittedAt),
    uniqueIndex('survey_responses_unit_receipt_unique')
      .on(table.locusUnitId, table.receiptNumber)
      .where(sql`${table.receiptNumber} is not null`),
  ],
);

/** A verifier's note when returning a unit, per indicator (or for the unit as a whole when none). */
export const reviewNotes = pgTable(
  'review_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locusUnitId: uuid('locus_unit_id')
      .notNull()
      .references(() => locusUnits.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code'),
    note: text('note').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (table) => [index('review_notes_locus_unit_idx').on(table.locusUnitId)],
);

export type RespondentRow = typeof respondents.$inferSelect;
export type AnswerRow = typeof answers.$inferSelect;
export type AnswerEvidenceRow = typeof answerEvidence.$inferSelect;
export type ComplaintRecordRow = typeof complaintRecords.$inferSelect;
export type SurveyResponseRow = typeof surveyResponses.$inferSelect;
export type ReviewNoteRow = typeof reviewNotes.$inferSelect;

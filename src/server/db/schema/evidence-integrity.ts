import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { answerEvidence, respondents } from './collection';
import { locusUnits } from './cycles';
import { storedFiles } from './stored-files';
import { users } from './users';

/**
 * Trust in the evidence (docs/evidence-integrity.md): image fingerprints for near-duplicate photos, the
 * verifier's decision on each integrity flag, and the blind second scoring of sampled units.
 */

/** The 64-bit perceptual hash (blockhash, 16 hex digits) of a stored photo, computed once per content. */
export const evidenceFingerprints = pgTable('evidence_fingerprints', {
  fileSha256: text('file_sha256')
    .primaryKey()
    .references(() => storedFiles.sha256),
  perceptualHash: text('perceptual_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const evidenceFlagCodes = ['gps-far', 'time-outside-window', 'no-metadata', 'duplicate'] as const;

/**
 * A verifier's decision on one integrity flag of one evidence item: accepted (with a note saying why the
 * photo is still good) or rejected, which keeps the evidence out of scoring. One decision per flag; a new
 * decision replaces it (the audit log keeps both).
 */
export const evidenceFlagDecisions = pgTable(
  'evidence_flag_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => answerEvidence.id, { onDelete: 'cascade' }),
    flagCode: text('flag_code', { enum: evidenceFlagCodes }).notNull(),
    decision: text('decision', { enum: ['accepted', 'rejected'] }).notNull(),
    note: text('note').notNull(),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('evidence_flag_decisions_evidence_flag_unique').on(table.evidenceId, table.flagCode),
    check('evidence_flag_decisions_decision_check', sql`${table.decision} in ('accepted', 'rejected')`),
  ],
);

/** A locus unit drawn for quality control: scored a second time, blind, by another assessor. */
export const qaSecondScorings = pgTable(
  'qa_second_scorings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locusUnitId: uuid('locus_unit_id')
      .notNull()
      .references(() => locusUnits.id, { onDelete: 'cascade' }),
    assessorUserId: uuid('assessor_user_id')
      .notNull()
      .references(() => users.id),
    drawnByUserId: uuid('drawn_by_user_id').references(() => users.id),
    drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('qa_second_scorings_locus_unit_unique').on(table.locusUnitId)],
);

/** One level of the second, blind scoring; compared with the first assessor's answer to the same question. */
export const qaSecondAnswers = pgTable(
  'qa_second_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    secondScoringId: uuid('second_scoring_id')
      .notNull()
      .references(() => qaSecondScorings.id, { onDelete: 'cascade' }),
    respondentId: uuid('respondent_id').references(() => respondents.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code').notNull(),
    level: integer('level').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    /** The verifier's settlement of a disagreement with the first answer: the level that stands, and why. */
    settledLevel: integer('settled_level'),
    /** The first team's level when settled: agreement keeps comparing what they scored, not the correction. */
    firstLevelAtSettlement: integer('first_level_at_settlement'),
    settlementNote: text('settlement_note'),
    settledByUserId: uuid('settled_by_user_id').references(() => users.id),
    settledAt: timestamp('settled_at', { withTimezone: true }),
  },
  (table) => [
    unique('qa_second_answers_scoring_question_unique')
      .on(table.secondScoringId, table.respondentId, table.indicatorCode)
      .nullsNotDistinct(),
    index('qa_second_answers_scoring_idx').on(table.secondScoringId),
  ],
);

export type EvidenceFlagDecisionRow = typeof evidenceFlagDecisions.$inferSelect;
export type QaSecondScoringRow = typeof qaSecondScorings.$inferSelect;

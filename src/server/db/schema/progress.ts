import { boolean, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { locusUnits } from './cycles';

/**
 * What is recorded at each locus unit, counted once and kept, so the progress of a whole country reads ~4,100
 * rows instead of aggregating every answer of the cycle. Triggers on the field-data tables (respondents,
 * answers, answer_evidence, survey_responses: migration 0024) bump `generation` in the same statement as any
 * write, whatever wrote it (use-cases, imports, COPY loads, cascades); the counts are valid while
 * `countedGeneration = generation` and `evidenceKey` names the cycle's current evidence rule, and are counted
 * again on the next progress read otherwise (src/server/progress/load-unit-progress-counts.ts).
 */
export const unitProgressCounts = pgTable('unit_progress_counts', {
  locusUnitId: uuid('locus_unit_id')
    .primaryKey()
    .references(() => locusUnits.id, { onDelete: 'cascade' }),
  generation: integer('generation').notNull().default(1),
  /** The generation the counts below were made at; null: never counted. */
  countedGeneration: integer('counted_generation'),
  /** Which indicators need evidence (the cycle's methodology) when the evidence counts were made. */
  evidenceKey: text('evidence_key'),
  respondents: integer('respondents').notNull().default(0),
  answeredIndicators: integer('answered_indicators').notNull().default(0),
  assessorAnswered: boolean('assessor_answered').notNull().default(false),
  answersNeedingEvidence: integer('answers_needing_evidence').notNull().default(0),
  answersWithEvidence: integer('answers_with_evidence').notNull().default(0),
  surveyResponses: integer('survey_responses').notNull().default(0),
});

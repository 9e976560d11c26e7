import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cycles, loci } from './cycles';
import { users } from './users';

/**
 * The public-trust survey (Survei Kepercayaan Masyarakat, Peraturan Ombudsman 61/2025): one per locus, i.e. per
 * entity in a cycle, answered by anyone from the general public through a short public code (/k/<code>).
 */
export const publicTrustSurveys = pgTable('public_trust_surveys', {
  locusId: uuid('locus_id')
    .primaryKey()
    .references(() => loci.id, { onDelete: 'cascade' }),
  code: text('code').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One anonymous answer set to an entity's public-trust survey, with the same integrity data as a service-user
 * response: the hash of the signed device token (one response per device), the keyed client hash (the hourly
 * cap) and a verifier's exclusion. `answers` maps a question code to a level, 0 meaning "tidak tahu".
 */
export const publicTrustResponses = pgTable(
  'public_trust_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locusId: uuid('locus_id')
      .notNull()
      .references(() => loci.id, { onDelete: 'cascade' }),
    deviceTokenSha256: text('device_token_sha256').notNull(),
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    clientHash: text('client_hash'),
    excludedAt: timestamp('excluded_at', { withTimezone: true }),
    excludedByUserId: uuid('excluded_by_user_id').references(() => users.id),
    exclusionNote: text('exclusion_note'),
  },
  (table) => [
    uniqueIndex('public_trust_responses_locus_device_unique').on(table.locusId, table.deviceTokenSha256),
    index('public_trust_responses_locus_client_idx').on(table.locusId, table.clientHash, table.submittedAt),
  ],
);

/**
 * Whether a cycle's service-user survey asks for proof of service (Opini editions, domain.md §7) and how answers
 * without proof count. A per-cycle setting until editions can declare it; no row means no proof is asked.
 */
export const surveyProofSettings = pgTable(
  'survey_proof_settings',
  {
    cycleId: uuid('cycle_id')
      .primaryKey()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    proofRequired: boolean('proof_required').notNull().default(false),
    noProofRule: text('no_proof_rule', { enum: ['count', 'exclude'] })
      .notNull()
      .default('count'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('survey_proof_settings_rule_check', sql`${table.noProofRule} in ('count', 'exclude')`)],
);

export type PublicTrustResponseRow = typeof publicTrustResponses.$inferSelect;

import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { entities } from './entities';
import { units } from './units';
import { users } from './users';

/** Phase dates as stored: ISO date-times, start inclusive, end exclusive (src/core/cycles). */
export type StoredCyclePhase = { code: string; startsAt: string; endsAt: string };

/** A gap listed by the completeness check that the verifier accepted anyway, with why. */
export type StoredVerificationOverride = { key: string; text: string; note: string };

export const locusUnitStatuses = ['draft', 'submitted', 'returned', 'verified', 'locked'] as const;
export type LocusUnitStatus = (typeof locusUnitStatuses)[number];
export const locusApprovals = ['open', 'approved', 'accepted'] as const;
export type LocusApproval = (typeof locusApprovals)[number];

/** One yearly assessment under one methodology edition. */
export const cycles = pgTable(
  'cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    methodologyRef: text('methodology_ref').notNull(),
    /** Content hash of the edition, stored when data collection opens; from then on the edition is fixed. */
    methodologySha256: text('methodology_sha256'),
    frozenAt: timestamp('frozen_at', { withTimezone: true }),
    phases: jsonb('phases').$type<StoredCyclePhase[]>().notNull(),
    decreeNumber: text('decree_number'),
    decreeDate: date('decree_date'),
    /** Results stay secret until this moment. */
    embargoAt: timestamp('embargo_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('cycles_year_unique').on(table.year)],
);

/** An entity assessed in a cycle. */
export const loci = pgTable(
  'loci',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    /** Copied from the entity so scope filters need no join. */
    provinceCode: text('province_code'),
    /** open while collecting; approved by the province coordinator once every unit is verified; accepted by the centre. */
    approval: text('approval', { enum: locusApprovals }).notNull().default('open'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedByUserId: uuid('approved_by_user_id').references(() => users.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedByUserId: uuid('accepted_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('loci_cycle_entity_unique').on(table.cycleId, table.entityId),
    index('loci_cycle_province_idx').on(table.cycleId, table.provinceCode),
    check('loci_approval_check', sql`${table.approval} in ('open', 'approved', 'accepted')`),
  ],
);

/** A service unit of the locus entity that is assessed in the cycle. */
export const locusUnits = pgTable(
  'locus_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locusId: uuid('locus_id')
      .notNull()
      .references(() => loci.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** Verification workflow: draft → submitted → returned → (submitted →) verified → locked. */
    status: text('status', { enum: locusUnitStatuses }).notNull().default('draft'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    /** Short random code of the unit's public survey link (/s/<code>); made when first asked for. */
    surveyCode: text('survey_code'),
    /**
     * Set when an accepted objection or a coordinator/centre decision reopens the unit after the field work
     * (objection window, determination): its answers may then be corrected and it goes through verification
     * and approval again. Kept afterwards, so the published row can say it was corrected.
     */
    correctionOpenedAt: timestamp('correction_opened_at', { withTimezone: true }),
    correctionReason: text('correction_reason'),
    /** Gaps of the completeness check the verifier let through, each with its note (issue #17). */
    verificationOverrides: jsonb('verification_overrides').$type<StoredVerificationOverride[]>(),
  },
  (table) => [
    uniqueIndex('locus_units_locus_unit_unique').on(table.locusId, table.unitId),
    uniqueIndex('locus_units_survey_code_unique').on(table.surveyCode),
    check(
      'locus_units_status_check',
      sql`${table.status} in ('draft', 'submitted', 'returned', 'verified', 'locked')`,
    ),
  ],
);

/** Assessors and verifiers working on a locus. */
export const locusAssignments = pgTable(
  'locus_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locusId: uuid('locus_id')
      .notNull()
      .references(() => loci.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: ['assessor', 'verifier'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('locus_assignments_unique').on(table.locusId, table.userId, table.role),
    index('locus_assignments_user_idx').on(table.userId),
    check('locus_assignments_role_check', sql`${table.role} in ('assessor', 'verifier')`),
  ],
);

export type CycleRow = typeof cycles.$inferSelect;
export type LocusRow = typeof loci.$inferSelect;
export type LocusUnitRow = typeof locusUnits.$inferSelect;

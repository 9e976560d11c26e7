import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { entities } from './entities';
import { units } from './units';

/**
 * A computed result's explanation (the core's ScoreNode tree, stored as JSON): entity rows keep the tree down
 * to the units plus adjustments. Unit rows keep the scored answers, compactly (`format` + `answers`, see
 * results/stored-unit-answers.ts), and their tree is rebuilt on read; rows finalised before that keep the tree
 * and the answers as they were (`tree` + `input`).
 */
export type StoredExplanation = { tree?: unknown; input?: unknown; format?: string; answers?: string };

export const resultSources = ['historical-import', 'computed'] as const;
export const snapshotStatuses = ['draft', 'published'] as const;

/**
 * One year's results as fixed at one moment. Published snapshots are immutable (a trigger, migration
 * results-immutable, refuses UPDATE/DELETE of them and of their rows); a correction is a new snapshot that
 * names the one it supersedes, so the old one stays readable. The public sees, per year, the newest published
 * snapshot whose embargo has passed.
 */
export const resultSnapshots = pgTable(
  'result_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    source: text('source', { enum: resultSources }).notNull(),
    /** The assessment cycle a computed snapshot was finalised from (cycles are not built yet). */
    cycleId: uuid('cycle_id'),
    methodologyId: text('methodology_id').notNull(),
    methodologyVersion: text('methodology_version').notNull(),
    methodologySha256: text('methodology_sha256').notNull(),
    /** Decree of the Ombudsman chair fixing the results (e.g. SK 252/2024). */
    decreeNumber: text('decree_number'),
    decreeDate: date('decree_date', { mode: 'string' }),
    status: text('status', { enum: snapshotStatuses }).notNull().default('draft'),
    /** Public from this moment on; before it the public API answers as if the year did not exist. */
    embargoAt: timestamp('embargo_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    supersedesId: uuid('supersedes_id'),
    /** sha256 of the snapshot's rows in canonical form: re-importing the same rows creates nothing. */
    rowsSha256: text('rows_sha256').notNull(),
    sourceFileName: text('source_file_name'),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('result_snapshots_year_idx').on(table.year, table.status, table.embargoAt),
    // A year's snapshots form one chain, never a fork: each snapshot is superseded at most once, and a year has
    // one first snapshot. Use-cases serialise per year (lockSnapshotYear); these hold even if one forgets.
    uniqueIndex('result_snapshots_supersedes_unique')
      .on(table.supersedesId)
      .where(sql`supersedes_id is not null`),
    uniqueIndex('result_snapshots_year_first_unique').on(table.year).where(sql`supersedes_id is null`),
    check('result_snapshots_source_check', sql`${table.source} in ('historical-import', 'computed')`),
    check('result_snapshots_status_check', sql`${table.status} in ('draft', 'published')`),
    check(
      'result_snapshots_published_check',
      sql`(${table.status} = 'published') = (${table.publishedAt} is not null)`,
    ),
  ],
);

/** An assessed government's published result in a snapshot; names are copied so the snapshot never drifts. */
export const entityResults = pgTable(
  'entity_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    snapshotId: uuid('snapshot_id')
      .notNull()
      .references(() => resultSnapshots.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    entityCode: text('entity_code').notNull(),
    entityName: text('entity_name').notNull(),
    kind: text('kind').notNull(),
    provinceCode: text('province_code'),
    provinceName: text('province_name'),
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    category: text('category').notNull(),
    opinionLabelId: text('opinion_label_id').notNull(),
    opinionLabelEn: text('opinion_label_en').notNull(),
    zone: text('zone').notNull(),
    categoryColour: text('category_colour').notNull(),
    zoneColour: text('zone_colour').notNull(),
    /** Among the same entity kind nationally (e.g. 91st of 98 cities). */
    rankNational: integer('rank_national').notNull(),
    rankNationalOf: integer('rank_national_of').notNull(),
    /** Kabupaten and kota together within their province (e.g. 2nd of 17 in Sumatera Selatan). */
    rankProvince: integer('rank_province'),
    rankProvinceOf: integer('rank_province_of'),
    /** What the edition's bands and the ranking give, kept next to a published value that disagrees. */
    computedCategory: text('computed_category').notNull(),
    computedZone: text('computed_zone').notNull(),
    computedRankNational: integer('computed_rank_national').notNull(),
    computedRankProvince: integer('computed_rank_province'),
    /** e.g. category-differs, rank-province-differs: shown for review, never silently overwritten. */
    flags: text('flags').array().notNull().default(sql`'{}'::text[]`),
    /** A value made up for the demo where the published one is unknown; shown as such. */
    isDemoValue: boolean('is_demo_value').notNull().default(false),
    note: text('note'),
    /** Computed snapshots only: the explanation tree (null for historical imports). */
    explanation: jsonb('explanation').$type<StoredExplanation>(),
  },
  (table) => [
    uniqueIndex('entity_results_snapshot_entity_unique').on(table.snapshotId, table.entityCode),
    index('entity_results_entity_idx').on(table.entityCode),
  ],
);

/**
 * A service unit's result in a snapshot. Filled by computed cycles (finalising a cycle is not built yet);
 * historical imports carry entity totals only.
 */
export const unitResults = pgTable(
  'unit_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    snapshotId: uuid('snapshot_id')
      .notNull()
      .references(() => resultSnapshots.id),
    entityResultId: uuid('entity_result_id')
      .notNull()
      .references(() => entityResults.id),
    unitId: uuid('unit_id').references(() => units.id),
    unitName: text('unit_name').notNull(),
    unitTypeCode: text('unit_type_code').notNull(),
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    category: text('category').notNull(),
    zone: text('zone').notNull(),
    /** Among units of the same type in the province ("the best Dinas Sosial in Sumatera Selatan"). */
    rankUnitTypeProvince: integer('rank_unit_type_province'),
    rankUnitTypeProvinceOf: integer('rank_unit_type_province_of'),
    flags: text('flags').array().notNull().default(sql`'{}'::text[]`),
    explanation: jsonb('explanation').$type<StoredExplanation>(),
  },
  (table) => [index('unit_results_snapshot_idx').on(table.snapshotId, table.entityResultId)],
);

export type ResultSnapshotRow = typeof resultSnapshots.$inferSelect;
export type EntityResultRow = typeof entityResults.$inferSelect;
export type UnitResultRow = typeof unitResults.$inferSelect;

import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { followUpStatuses, oversightProductKinds } from '../../../core/oversight/oversight-follow-up-status';
import { entities } from './entities';
import { storedFiles } from './stored-files';
import { users } from './users';

/**
 * One Ombudsman oversight product addressed to an entity (tindakan korektif from an LAHP, saran perbaikan from
 * an LHA, saran penyempurnaan, rekomendasi). The follow-up columns repeat its latest confirmation, so lists
 * need no join; the status at a cut-off date is read from the confirmations.
 */
export const oversightProducts = pgTable(
  'oversight_products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    /** Copied from the entity so scope filters need no join; null for ministries and agencies. */
    provinceCode: text('province_code'),
    kind: text('kind', { enum: oversightProductKinds }).notNull(),
    number: text('number').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    subject: text('subject').notNull(),
    issuingOffice: text('issuing_office').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    followUpStatus: text('follow_up_status', { enum: followUpStatuses }).notNull().default('belum'),
    confirmedByUserId: uuid('confirmed_by_user_id').references(() => users.id),
    confirmedByName: text('confirmed_by_name'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('oversight_products_number_unique').on(table.entityId, table.kind, table.number),
    index('oversight_products_province_idx').on(table.provinceCode, table.issuedOn),
    check(
      'oversight_products_kind_check',
      sql`${table.kind} in ('tindakan_korektif', 'saran_perbaikan', 'saran_penyempurnaan', 'rekomendasi')`,
    ),
    check(
      'oversight_products_status_check',
      sql`${table.followUpStatus} in ('belum', 'sebagian', 'selesai')`,
    ),
    check('oversight_products_due_check', sql`${table.dueOn} is null or ${table.dueOn} >= ${table.issuedOn}`),
  ],
);

/**
 * Every confirmation of a product's follow-up, oldest first; rows are only added (by the use-cases), so the
 * status on any past cut-off date can be read back after later changes.
 */
export const oversightProductConfirmations = pgTable(
  'oversight_product_confirmations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => oversightProducts.id, { onDelete: 'cascade' }),
    followUpStatus: text('follow_up_status', { enum: followUpStatuses }).notNull(),
    /** The calendar date of the confirmation in the entity's time zone, compared with cut-off dates. */
    confirmedOn: date('confirmed_on', { mode: 'string' }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
    confirmedByUserId: uuid('confirmed_by_user_id').references(() => users.id),
    confirmedByName: text('confirmed_by_name').notNull(),
    note: text('note').notNull().default(''),
  },
  (table) => [
    index('oversight_product_confirmations_product_idx').on(table.productId, table.confirmedOn),
    check(
      'oversight_product_confirmations_status_check',
      sql`${table.followUpStatus} in ('belum', 'sebagian', 'selesai')`,
    ),
  ],
);

/** Follow-up evidence (letters, decrees, photos), stored once by content. */
export const oversightProductFiles = pgTable(
  'oversight_product_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => oversightProducts.id, { onDelete: 'cascade' }),
    fileSha256: text('file_sha256')
      .notNull()
      .references(() => storedFiles.sha256),
    fileName: text('file_name').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('oversight_product_files_unique').on(table.productId, table.fileSha256),
    check('oversight_product_files_name_check', sql`length(${table.fileName}) > 0`),
  ],
);

export type OversightProductRow = typeof oversightProducts.$inferSelect;
export type OversightProductConfirmationRow = typeof oversightProductConfirmations.$inferSelect;

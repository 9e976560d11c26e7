import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { provinces, regencies } from './regions';

export const entityKinds = ['kementerian', 'lembaga', 'pemprov', 'pemkab', 'pemkot'] as const;

/**
 * An assessed government body. Regional governments take their region's Kemendagri code ("16", "16.06");
 * ministries and agencies get a code from the admins (e.g. "K-KEMENKES").
 */
export const entities = pgTable(
  'entities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    kind: text('kind', { enum: entityKinds }).notNull(),
    provinceCode: text('province_code').references(() => provinces.code),
    regencyCode: text('regency_code').references(() => regencies.code),
    officialName: text('official_name').notNull(),
    shortName: text('short_name').notNull(),
    /** What people call it, e.g. "Muba" for Kabupaten Musi Banyuasin. */
    alias: text('alias'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('entities_code_unique').on(table.code),
    index('entities_province_kind_idx').on(table.provinceCode, table.kind),
    check(
      'entities_kind_check',
      sql`${table.kind} in ('kementerian', 'lembaga', 'pemprov', 'pemkab', 'pemkot')`,
    ),
    // A regional government sits in its province; a ministry or agency in none.
    check(
      'entities_region_check',
      sql`(${table.kind} in ('kementerian', 'lembaga')) = (${table.provinceCode} is null)`,
    ),
  ],
);

export type EntityRow = typeof entities.$inferSelect;

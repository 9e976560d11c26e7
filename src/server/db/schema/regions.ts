import { sql } from 'drizzle-orm';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';

/** Kemendagri provinces, loaded from idn-area-data (ODbL) at start. */
export const provinces = pgTable('provinces', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

/** Kemendagri kabupaten/kota ("PP.RR"), loaded from idn-area-data at start. */
export const regencies = pgTable(
  'regencies',
  {
    code: text('code').primaryKey(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['kabupaten', 'kota'] }).notNull(),
  },
  (table) => [
    index('regencies_province_idx').on(table.provinceCode),
    check('regencies_kind_check', sql`${table.kind} in ('kabupaten', 'kota')`),
  ],
);

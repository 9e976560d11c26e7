import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { entities } from './entities';

/** The editable catalogue of service-unit types (Dinas Pendidikan, Puskesmas, RSUD, …). */
export const unitTypes = pgTable('unit_types', {
  code: text('code').primaryKey(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(100),
  isActive: boolean('is_active').notNull().default(true),
});

/** A service unit (unit layanan / OPD) of an entity; its id stays the same across cycles so history follows it. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    unitTypeCode: text('unit_type_code')
      .notNull()
      .references(() => unitTypes.code),
    name: text('name').notNull(),
    address: text('address'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** Opening hours in local time, "07:30-16:00"; null: PATUH_SURVEY_SERVICE_HOURS (or none) applies. */
    serviceHours: text('service_hours'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('units_entity_idx').on(table.entityId),
    uniqueIndex('units_entity_name_unique').on(table.entityId, table.name),
  ],
);

/** What a unit delivers to the public, e.g. a birth certificate (akta kelahiran). */
export const unitProducts = pgTable(
  'unit_products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('unit_products_unit_name_unique').on(table.unitId, table.name)],
);

export type UnitRow = typeof units.$inferSelect;

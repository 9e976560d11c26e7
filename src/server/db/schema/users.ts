import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-case; unique. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['admin', 'coordinator', 'assessor', 'verifier', 'liaison'] }).notNull(),
    provinceCodes: text('province_codes').array().notNull().default(sql`'{}'::text[]`),
    entityCode: text('entity_code'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    language: text('language', { enum: ['id', 'en'] })
      .notNull()
      .default('id'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('users_email_unique').on(table.email),
    index('users_role_idx').on(table.role),
    check(
      'users_role_check',
      sql`${table.role} in ('admin', 'coordinator', 'assessor', 'verifier', 'liaison')`,
    ),
    check('users_language_check', sql`${table.language} in ('id', 'en')`),
    check('users_email_lower_check', sql`${table.email} = lower(${table.email})`),
  ],
);

export type UserRow = typeof users.$inferSelect;

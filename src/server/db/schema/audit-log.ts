import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every mutation, written in the same transaction as the change. Append-only: a trigger (migration
 * 0002) rejects UPDATE, DELETE and TRUNCATE on both PostgreSQL and PGlite.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorEmail: text('actor_email'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    /** Lets coordinators browse what happened in their provinces. */
    provinceCode: text('province_code'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (table) => [
    index('audit_log_at_idx').on(table.at),
    index('audit_log_resource_idx').on(table.resourceType, table.resourceId),
    index('audit_log_province_idx').on(table.provinceCode),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;

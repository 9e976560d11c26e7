import { sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { selectRows } from './select-rows';

/**
 * Whether the role this connection runs as could switch off or drop the audit trail's append-only triggers:
 * it owns `audit_log` (or is a member of the owner role) or is a superuser. PostgreSQL only (PGlite has no
 * roles); false when the table does not exist yet.
 */
export async function canCurrentRoleAlterAuditLog(db: Queryable): Promise<boolean> {
  const [row] = await selectRows<{ canAlter: boolean }>(
    db,
    sql`select pg_has_role(current_user, c.relowner, 'MEMBER')
          or (select rolsuper from pg_roles where rolname = current_user) as "canAlter"
        from pg_class c
        where c.oid = to_regclass('audit_log')`,
  );
  return row?.canAlter ?? false;
}

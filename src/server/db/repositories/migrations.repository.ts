import { sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { selectRows } from './select-rows';

/** Rows in Drizzle's own journal; 0 before the first migration created it. */
export async function countAppliedMigrations(db: Queryable): Promise<number> {
  const [journal] = await selectRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!journal?.present) return 0;
  const [counted] = await selectRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
  );
  return Number(counted?.count ?? 0);
}

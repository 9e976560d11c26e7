import type { SQL } from 'drizzle-orm';
import type { Queryable } from '../database';

/**
 * Raw SQL for what the query builder cannot say. Both drivers (PGlite and node-postgres) answer with
 * `{ rows }`, but Drizzle's shared database type leaves the result untyped.
 */
export async function selectRows<Row>(db: Queryable, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as { rows: Row[] };
  return result.rows;
}

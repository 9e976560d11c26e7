import { sql } from 'drizzle-orm';
import type { DatabaseConnection } from '../../src/server/db/database';

/**
 * Row counts of every table of the public schema (audit_log included), read in one statement: a cheap way to
 * tell that a request wrote nothing. Every mutation appends to audit_log, so an UPDATE shows there too.
 */
export async function createDatabaseFingerprint(database: DatabaseConnection) {
  const tables = await database.db.execute<{ name: string }>(sql`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const names = rowsOf<{ name: string }>(tables).map((row) => row.name);
  const counts = sql.raw(
    names.map((name) => `select '${name}' as name, count(*)::int as rows from "${name}"`).join(' union all '),
  );
  return {
    tableNames: names,
    async take(): Promise<Map<string, number>> {
      const result = await database.db.execute<{ name: string; rows: number }>(counts);
      return new Map(
        rowsOf<{ name: string; rows: number }>(result).map((row) => [row.name, Number(row.rows)]),
      );
    },
  };
}

/** Tables whose count differs between two fingerprints, as "table: before → after". */
export function changedTables(before: Map<string, number>, after: Map<string, number>): string[] {
  const changes: string[] = [];
  for (const [name, rows] of after) {
    const earlier = before.get(name) ?? 0;
    if (earlier !== rows) changes.push(`${name}: ${earlier} → ${rows}`);
  }
  return changes;
}

/** PGlite answers `{ rows }`, node-postgres through drizzle too; both carry the rows in `rows`. */
function rowsOf<Row>(result: unknown): Row[] {
  if (Array.isArray(result)) return result as Row[];
  return (result as { rows: Row[] }).rows;
}

import type pg from 'pg';
import type { BackupTable } from '../../backup/backup-manifest';

/**
 * The app's tables (schema `public`) in load order: each after every table it references, so rows can be
 * loaded with foreign keys checked. Self-references are fine (COPY checks them at the end of the statement).
 */
export async function listTablesInLoadOrder(client: pg.ClientBase): Promise<BackupTable[]> {
  const tables = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
  );
  const references = await client.query<{ child: string; parent: string }>(
    `select child.relname as child, parent.relname as parent from pg_constraint k
       join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
      where k.contype = 'f' and k.connamespace = 'public'::regnamespace and k.conrelid <> k.confrelid`,
  );
  const columns = await client.query<{ table: string; column: string }>(
    `select table_name as table, column_name as column from information_schema.columns
      where table_schema = 'public' and is_generated = 'NEVER' order by table_name, ordinal_position`,
  );
  const ordered = orderByReferences(
    tables.rows.map((row) => row.name),
    references.rows,
  );
  return ordered.map((name) => ({
    name,
    columns: columns.rows.filter((row) => row.table === name).map((row) => row.column),
  }));
}

/** Depth-first topological order; a reference cycle cannot be loaded table by table, so it is refused. */
export function orderByReferences(
  names: readonly string[],
  references: readonly { child: string; parent: string }[],
): string[] {
  const parentsOf = new Map<string, string[]>(names.map((name) => [name, []]));
  for (const { child, parent } of references) parentsOf.get(child)?.push(parent);
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: string[] = [];
  const visit = (name: string): void => {
    if (done.has(name)) return;
    if (visiting.has(name)) throw new Error(`foreign keys form a cycle through ${name}`);
    visiting.add(name);
    for (const parent of parentsOf.get(name) ?? []) visit(parent);
    visiting.delete(name);
    done.add(name);
    order.push(name);
  };
  for (const name of names) visit(name);
  return order;
}

/** `"name"` for SQL; names come from the catalogue or a validated manifest, quoted anyway. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** After loading rows with their ids, every serial/identity sequence continues past the largest id. */
export async function resetSequences(client: pg.ClientBase): Promise<void> {
  const owned = await client.query<{ table: string; column: string }>(
    `select table_name as table, column_name as column from information_schema.columns
      where table_schema = 'public' and (column_default like 'nextval(%' or is_identity = 'YES')`,
  );
  for (const { table, column } of owned.rows) {
    const qualified = `public.${quoteIdentifier(table)}`;
    await client.query(
      `select setval(pg_get_serial_sequence($1, $2), coalesce(max(${quoteIdentifier(column)}), 1),
              max(${quoteIdentifier(column)}) is not null) from ${qualified}`,
      [qualified, column],
    );
  }
}

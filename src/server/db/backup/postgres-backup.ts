import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { BackupTable, ReportProgress } from '../../backup/backup-manifest';
import { migrationsFolderUpTo } from './migration-journal';
import { listTablesInLoadOrder, quoteIdentifier, resetSequences } from './postgres-tables';

/** Any constant shared by every Patuh process: the same key open-database.ts migrates under. */
const migrationLockKey = 7_231_104;

export interface PostgresSnapshot {
  level: number;
  tables: BackupTable[];
  /** Writes one table, COPY text format, into `file`; returns its size in bytes. */
  copyTableToFile(table: BackupTable, file: string): Promise<void>;
}

/**
 * One read-only REPEATABLE READ transaction: every table is read as of the same instant while the app keeps
 * serving (what pg_dump does too), with the app's own role.
 */
export async function withPostgresSnapshot<T>(
  url: string,
  work: (snapshot: PostgresSnapshot) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin transaction isolation level repeatable read read only');
    const level = await countJournalRows(client);
    const tables = await listTablesInLoadOrder(client);
    const result = await work({
      level,
      tables,
      async copyTableToFile(table, file) {
        const columns = table.columns.map(quoteIdentifier).join(', ');
        const source = client.query(
          copyTo(`copy public.${quoteIdentifier(table.name)} (${columns}) to stdout`),
        );
        await pipeline(source, createWriteStream(file));
      },
    });
    await client.query('commit');
    return result;
  } finally {
    await client.end();
  }
}

export interface PostgresRestoreTarget {
  /** Loads one table's COPY text from a readable stream, inside the restore's transaction. */
  copyTableFrom(table: BackupTable, source: AsyncIterable<Uint8Array>): Promise<void>;
}

/** True when the database holds no Patuh tables and no migration journal. */
export async function isPostgresDatabaseEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query<{ tables: number; journal: boolean }>(
      `select (select count(*)::int from pg_tables where schemaname = 'public') as tables,
              to_regclass('drizzle.__drizzle_migrations') is not null as journal`,
    );
    const row = found.rows[0];
    return row !== undefined && row.tables === 0 && !row.journal;
  } finally {
    await client.end();
  }
}

/**
 * Restores into a PostgreSQL database as the tables' owner (PATUH_MIGRATION_DATABASE_URL when set): the
 * schema is built up to the backup's migration level, rows are loaded in one transaction with the app's own
 * triggers paused (they refuse rows of a published snapshot, which is exactly what a restore writes), and
 * sequences are moved past the loaded ids. The newer migrations run afterwards, as at any start.
 */
export async function restorePostgres(
  url: string,
  options: { level: number; force: boolean; progress: ReportProgress },
  load: (target: PostgresRestoreTarget) => Promise<void>,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const migrations = await migrationsFolderUpTo(options.level);
  try {
    await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
    if (options.force) await dropPatuhObjects(client, options.progress);
    options.progress(`skema / schema: ${options.level} migrasi / migrations`);
    await migrate(drizzle({ client }), { migrationsFolder: migrations.folder });
    const tables = await listTablesInLoadOrder(client);
    await client.query('begin');
    for (const table of tables)
      await client.query(`alter table public.${quoteIdentifier(table.name)} disable trigger user`);
    await load({
      async copyTableFrom(table, source) {
        const columns = table.columns.map(quoteIdentifier).join(', ');
        await pipeline(
          source,
          client.query(copyFrom(`copy public.${quoteIdentifier(table.name)} (${columns}) from stdin`)),
        );
      },
    });
    for (const table of tables)
      await client.query(`alter table public.${quoteIdentifier(table.name)} enable trigger user`);
    await resetSequences(client);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await migrations.remove();
    await client.end();
  }
}

/** `--force`: everything the migrations made goes (tables, their trigger functions, the journal). */
async function dropPatuhObjects(client: pg.Client, progress: ReportProgress): Promise<void> {
  progress('--force: tabel lama dihapus / dropping the existing tables');
  const tables = await client.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public'`,
  );
  for (const { name } of tables.rows)
    await client.query(`drop table if exists public.${quoteIdentifier(name)} cascade`);
  const functions = await client.query<{ signature: string }>(
    `select p.oid::regprocedure::text as signature from pg_proc p where p.pronamespace = 'public'::regnamespace`,
  );
  for (const { signature } of functions.rows)
    await client.query(`drop function if exists ${signature} cascade`);
  const types = await client.query<{ name: string }>(
    `select t.typname as name from pg_type t where t.typnamespace = 'public'::regnamespace and t.typtype = 'e'`,
  );
  for (const { name } of types.rows)
    await client.query(`drop type if exists public.${quoteIdentifier(name)} cascade`);
  await client.query('drop schema if exists drizzle cascade');
}

async function countJournalRows(client: pg.Client): Promise<number> {
  const found = await client.query<{ present: boolean }>(
    `select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!found.rows[0]?.present) return 0;
  const counted = await client.query<{ count: number }>(
    'select count(*)::int as count from drizzle.__drizzle_migrations',
  );
  return counted.rows[0]?.count ?? 0;
}

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConnection } from '../../src/server/db/database';
import { openDatabase } from '../../src/server/db/open-database';

export interface TestEngine {
  name: 'pglite' | 'postgres';
  /** A new, empty database on this engine (not migrated); `close` also drops it. */
  open(): Promise<DatabaseConnection>;
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server the tests may create databases on. */
export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [{ name: 'pglite', open: () => openDatabase({ kind: 'pglite-memory' }) }];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) engines.push({ name: 'postgres', open: () => openThrowawayPostgres(serverUrl) });
  return engines;
}

async function openThrowawayPostgres(serverUrl: string): Promise<DatabaseConnection> {
  const name = `patuh_test_${randomBytes(6).toString('hex')}`;
  await runAdminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...connection,
    async close() {
      await connection.close();
      await runAdminQuery(serverUrl, `drop database if exists ${name}`);
    },
  };
}

async function runAdminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseConnection } from '../database';
import { countAppliedMigrations } from '../repositories/migrations.repository';

export function pgliteClusterDir(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

export function pgliteClusterExists(dataDir: string): boolean {
  return fs.existsSync(path.join(pgliteClusterDir(dataDir), 'PG_VERSION'));
}

/**
 * The whole embedded cluster as PGlite's own data-dir dump (a gzip tarball), read through the open connection,
 * which holds the data-dir lock: no server writes meanwhile. Returns it with the migration level.
 */
export async function dumpPgliteCluster(
  connection: DatabaseConnection,
): Promise<{ level: number; dump: Buffer }> {
  const client = (connection.db as unknown as { $client: unknown }).$client;
  if (!(client instanceof PGlite)) throw new Error('not an embedded (PGlite) database');
  const level = await countAppliedMigrations(connection.db);
  const dump = await client.dumpDataDir('gzip');
  return { level, dump: Buffer.from(await dump.arrayBuffer()) };
}

/** Unpacks a data-dir dump into the (empty) cluster folder; the caller holds the data-dir lock. */
export async function loadPgliteCluster(dataDir: string, dump: Buffer): Promise<void> {
  const client = new PGlite(pgliteClusterDir(dataDir), {
    loadDataDir: new Blob([new Uint8Array(dump)], { type: 'application/gzip' }),
  });
  await client.waitReady;
  await client.close();
}

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { AppConfig } from '../config';
import { acquireDataDirLock, isDataDirLockHeldByParent } from './data-dir-lock';
import type { DatabaseConnection, MigrationResult } from './database';
import { copyFreshPgliteTemplate, defaultPgliteTemplateDir } from './pglite-template';
import { countAppliedMigrations } from './repositories/migrations.repository';
import * as schema from './schema';
import { YieldingPGlite } from './yielding-pglite';

export type DatabaseTarget =
  | AppConfig['database']
  /** A throwaway in-memory PGlite, for tests. */
  | { kind: 'pglite-memory' };

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
/** Any constant shared by every Patuh process: serialises concurrent start-ups on one PostgreSQL. */
const migrationLockKey = 7_231_104;

export interface OpenDatabaseOptions {
  /** Where a new embedded cluster is copied from when fresh (pglite-template.ts); tests name their own. */
  pgliteTemplateDir?: string;
  /**
   * A template with data and the files it stored (the demo template, src/server/demo/demo-template.ts),
   * checked fresh by the caller: a new cluster is copied from it, and its files into the data folder.
   */
  pgliteSeededTemplateDir?: string | undefined;
  /**
   * An embedded data folder's lock: taken here (the default); already held by this process (the release that
   * `closeKeepingLock` returned); or held by the process that started this one, which waits meanwhile (the
   * first start's demo seed child): opened only when the lock file names that parent.
   */
  dataDirLock?: { release: () => void } | 'held-by-parent';
}

export async function openDatabase(
  target: DatabaseTarget,
  options: OpenDatabaseOptions = {},
): Promise<DatabaseConnection> {
  if (target.kind === 'postgres') return openPostgres(target.url, target.migrationUrl ?? target.url);
  if (target.kind === 'pglite-memory') return openPglite(undefined);
  return openPglite(target.dataDir, options);
}

/**
 * Postgres' default 128 MB of shared buffers is all resident in PGlite's WebAssembly memory; the embedded engine
 * serves one office's traffic, and the host's page cache still holds the table files, so 32 MB keeps idle memory
 * low without rereading hot pages.
 */
const pgliteOptions = { postgresqlconf: ['shared_buffers=32MB'] };
const createClusterScript = fileURLToPath(new URL('./create-pglite-cluster.mjs', import.meta.url));

/**
 * A new data folder's cluster is copied from the build's migrated template when it is fresh, else made in a
 * short-lived child process (see create-pglite-cluster.mjs); either way in a sibling folder renamed into place
 * once complete: a start killed halfway leaves no half-made cluster. A folder with anything in it is left to
 * PGlite as it is.
 */
async function createPgliteClusterIfMissing(dataDir: string, options: OpenDatabaseOptions): Promise<void> {
  if (pgliteClusterExists(dataDir)) return;
  const clusterDir = path.join(dataDir, 'pglite');
  const partialDir = `${clusterDir}.creating`;
  fs.rmSync(partialDir, { recursive: true, force: true });
  if (options.pgliteSeededTemplateDir)
    copySeededTemplate(options.pgliteSeededTemplateDir, dataDir, partialDir);
  else if (!copyFreshPgliteTemplate(options.pgliteTemplateDir ?? defaultPgliteTemplateDir, partialDir))
    await runInitdbInChild(partialDir);
  if (fs.existsSync(clusterDir)) fs.rmdirSync(clusterDir);
  fs.renameSync(partialDir, clusterDir);
}

/** True when the embedded data folder already holds a cluster (not a first start). */
export function pgliteClusterExists(dataDir: string): boolean {
  const clusterDir = path.join(dataDir, 'pglite');
  return fs.existsSync(clusterDir) && fs.readdirSync(clusterDir).length > 0;
}

/**
 * A new embedded data folder's cluster made now from a seeded template (as openDatabase would with
 * `pgliteSeededTemplateDir`), for a caller that holds the folder's lock without opening it yet.
 */
export async function createPgliteClusterFromSeededTemplate(
  dataDir: string,
  templateDir: string,
): Promise<void> {
  await createPgliteClusterIfMissing(dataDir, { pgliteSeededTemplateDir: templateDir });
}

/** The files first: once the cluster is renamed into place, the rows naming them find them there. */
function copySeededTemplate(templateDir: string, dataDir: string, partialDir: string): void {
  const files = path.join(templateDir, 'files');
  if (fs.existsSync(files)) fs.cpSync(files, path.join(dataDir, 'files'), { recursive: true, force: false });
  fs.cpSync(path.join(templateDir, 'cluster'), partialDir, { recursive: true });
}

function runInitdbInChild(partialDir: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [createClusterScript, partialDir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-2000);
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`pembuatan basis data gagal / creating the database failed (exit ${code}): ${errors}`),
          ),
    );
  });
}

async function openPglite(
  dataDir: string | undefined,
  options: OpenDatabaseOptions = {},
): Promise<DatabaseConnection> {
  const releaseLock = dataDir ? claimDataDir(dataDir, options.dataDirLock) : () => undefined;
  try {
    if (dataDir) await createPgliteClusterIfMissing(dataDir, options);
    const client = dataDir
      ? new YieldingPGlite(path.join(dataDir, 'pglite'), pgliteOptions)
      : new YieldingPGlite(pgliteOptions);
    await client.waitReady;
    const db = drizzlePglite({ client, schema });
    return {
      db,
      kind: 'pglite',
      migrate: () => countingApplied(db, () => migratePglite(db, { migrationsFolder })),
      async close() {
        try {
          if (!client.closed) await client.close();
        } finally {
          releaseLock();
        }
      },
      async closeKeepingLock() {
        await client.close();
        return releaseLock;
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

function claimDataDir(dataDir: string, lock: OpenDatabaseOptions['dataDirLock']): () => void {
  if (lock === undefined) return acquireDataDirLock(dataDir);
  if (lock !== 'held-by-parent') return lock.release;
  if (!isDataDirLockHeldByParent(dataDir))
    throw new Error(`${dataDir}: the data folder's lock is not held by this process's parent`);
  return () => undefined;
}

/** `migrationUrl` may name the tables' owner so that the app's own role (`url`) cannot change the schema. */
async function openPostgres(url: string, migrationUrl: string): Promise<DatabaseConnection> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail at start-up, not at the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePostgres({ client: pool, schema });
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePostgresExclusively(migrationUrl),
    async close() {
      await pool.end();
    },
  };
}

/**
 * Several app processes may start at once against one server: only one migrates at a time, and each counts
 * under the lock, so only the one that applied them reports migrations as new.
 */
async function migratePostgresExclusively(url: string): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
    const db = drizzlePostgres({ client, schema });
    return await countingApplied(db, () => migratePostgres(db, { migrationsFolder }));
  } finally {
    await client.end();
  }
}

async function countingApplied(
  db: DatabaseConnection['db'],
  runMigrations: () => Promise<void>,
): Promise<MigrationResult> {
  const before = await countAppliedMigrations(db);
  await runMigrations();
  const total = await countAppliedMigrations(db);
  return { applied: total - before, total };
}

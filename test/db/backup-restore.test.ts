import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import tar from 'tar-stream';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { restoreBackup } from '../../src/server/backup/restore-backup';
import { writeBackup } from '../../src/server/backup/write-backup';
import { type AppConfig, loadConfig } from '../../src/server/config';
import { openDatabase } from '../../src/server/db/open-database';
import { seedDemo } from '../../src/server/demo/seed-demo';
import { DomainError } from '../../src/server/errors';
import { storeFile } from '../../src/server/files/store-file';
import { syncReferenceData } from '../../src/server/use-cases/sync-reference-data';
import { spawnCli } from '../helpers/spawn-cli';

const now = new Date('2026-12-04T23:30:00.000Z');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-backup-'));
const serverUrl = process.env.TEST_DATABASE_URL;
const createdDatabases: string[] = [];
const quiet = (): void => undefined;
/** A minimal PDF: the evidence an assessor uploaded, which the backup must carry. */
const evidencePdf = Buffer.from('%PDF-1.4\n% bukti / evidence\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

afterAll(async () => {
  fs.rmSync(workDir, { recursive: true, force: true });
  for (const name of createdDatabases) await adminQuery(`drop database if exists ${name}`);
});

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function newPostgresDatabase(): Promise<string> {
  const name = `patuh_backup_${randomBytes(5).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  createdDatabases.push(name);
  const url = new URL(serverUrl ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

function configFor(dataDir: string, databaseUrl?: string): AppConfig {
  return loadConfig({
    LOG_LEVEL: 'silent',
    PATUH_DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
}

async function seedWithEvidence(config: AppConfig): Promise<string> {
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    await syncReferenceData(database.db, commandLineAuditContext);
    await seedDemo(database.db, config.dataDir, commandLineAuditContext, now);
    return (await storeFile(database.db, config.dataDir, evidencePdf)).sha256;
  } finally {
    await database.close();
  }
}

/** What the public sees: the published cycles and each year's results table, as the API serves them. */
async function publicAnswers(config: AppConfig): Promise<unknown[]> {
  const database = await openDatabase(config.database);
  const app = await buildApp({ config: { ...config, clock: () => now }, database });
  try {
    const cycles = await app.inject({ url: '/api/public/cycles' });
    expect(cycles.statusCode).toBe(200);
    const years = (cycles.json() as { items: { year: number }[] }).items.map((cycle) => cycle.year);
    expect(years.length).toBeGreaterThan(0);
    const answers: unknown[] = [cycles.json()];
    for (const year of years) {
      const results = await app.inject({ url: `/api/public/results?year=${year}` });
      expect(results.statusCode).toBe(200);
      answers.push(results.json());
    }
    return answers;
  } finally {
    await app.close();
    await database.close();
  }
}

const engines = [
  { name: 'pglite', databaseUrl: async (): Promise<string | undefined> => undefined },
  ...(serverUrl ? [{ name: 'postgres', databaseUrl: newPostgresDatabase }] : []),
];

describe.each(engines)('patuh backup / restore on $name', ({ name, databaseUrl }) => {
  it('restores into an empty target what the public results API served, with the uploaded files', async () => {
    const source = configFor(path.join(workDir, `${name}-source`), await databaseUrl());
    const sha256 = await seedWithEvidence(source);
    const before = await publicAnswers(source);

    const file = path.join(workDir, `${name}.tar.gz`);
    const saved = await writeBackup(source, file, quiet, now);
    expect(saved.manifest.engine).toBe(name);
    expect(saved.manifest.files).toBeGreaterThanOrEqual(1);

    const target = configFor(path.join(workDir, `${name}-target`), await databaseUrl());
    const progress: string[] = [];
    const restored = await restoreBackup(target, file, { force: false }, (line) => progress.push(line));
    expect(restored.files).toBe(saved.manifest.files);
    expect(progress.length).toBeGreaterThan(0);
    expect(await publicAnswers(target)).toEqual(before);
    expect(fs.readFileSync(path.join(target.dataDir, 'files', sha256))).toEqual(evidencePdf);

    // A second restore over the now-filled target is refused unless forced.
    const again = restoreBackup(target, file, { force: false }, quiet);
    await expect(again).rejects.toThrow(DomainError);
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT' });
    await restoreBackup(target, file, { force: true }, quiet);
    expect(await publicAnswers(target)).toEqual(before);
  }, 240_000);

  it('refuses a backup from a newer schema before touching the target', async () => {
    const file = path.join(workDir, `${name}-newer.tar.gz`);
    const manifest = {
      format: 'patuh-backup',
      formatVersion: 1,
      engine: name,
      migrations: { level: 9999, lastTag: '9998_future' },
      appVersion: '99.0.0',
      createdAt: now.toISOString(),
      tables: [],
      files: 0,
    };
    const pack = tar.pack();
    pack.entry({ name: 'patuh-backup.json' }, JSON.stringify(manifest));
    pack.finalize();
    const chunks: Buffer[] = [];
    for await (const chunk of pack) chunks.push(Buffer.from(chunk as Uint8Array));
    fs.writeFileSync(file, gzipSync(Buffer.concat(chunks)));
    const target = configFor(path.join(workDir, `${name}-untouched`), await databaseUrl());
    await expect(restoreBackup(target, file, { force: false }, quiet)).rejects.toThrow(/newer schema/);
    expect(fs.existsSync(path.join(target.dataDir, 'pglite'))).toBe(false);
  });
});

describe('patuh backup and restore as commands', () => {
  it('saves and restores an embedded data directory, printing progress', async () => {
    const source = configFor(path.join(workDir, 'cli-source'));
    await seedWithEvidence(source);
    const file = path.join(workDir, 'cli.tar.gz');
    const backup = spawnCli(['backup', '--out', file], { PATUH_DATA_DIR: source.dataDir });
    expect(await backup.exited).toBe(0);
    expect(backup.output()).toContain('pglite: cadangan / backup');
    const targetDir = path.join(workDir, 'cli-target');
    const restore = spawnCli(['restore', '--file', file], { PATUH_DATA_DIR: targetDir });
    expect(await restore.exited).toBe(0);
    expect(restore.output()).toMatch(/… basis data \/ database: \d+ B/);
    expect(restore.output()).toContain('dipulihkan / restored');
    const refused = spawnCli(['restore', '--file', file], { PATUH_DATA_DIR: targetDir });
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain('use --force');
  }, 120_000);
});

import fs from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import type { Database } from '../../src/server/db/database';
import { openDatabase } from '../../src/server/db/open-database';
import { readAppSetting } from '../../src/server/db/repositories/app-settings.repository';
import { selectRows } from '../../src/server/db/repositories/select-rows';
import { ensureDemoTemplate } from '../../src/server/demo/build-demo-template';
import { readDemoSeedPending } from '../../src/server/demo/demo-seed-pending';
import { demoTemplateKey } from '../../src/server/demo/demo-template';
import { demoUsers } from '../../src/server/demo/demo-users';
import { seedDemo } from '../../src/server/demo/seed-demo';
import { startNewDataDirFromDemoTemplate } from '../../src/server/demo/start-from-demo-template';
import { signingSecretSettingKey } from '../../src/server/security/signing-secret';
import { syncReferenceData } from '../../src/server/use-cases/sync-reference-data';

// The demo template concerns the embedded engine only: PostgreSQL installs never copy a cluster.
const workDir = await mkdtemp(path.join(os.tmpdir(), 'patuh-demo-template-test-'));
const templateDir = path.join(workDir, 'template');
const key = 'test-build';
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** Rows per table, for comparing two demo databases table by table. */
async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = await selectRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await selectRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from ${sql.identifier(name)}`,
    );
    counts[name] = row?.count ?? 0;
  }
  return counts;
}

describe('the demo template (demo-template.ts)', () => {
  it('holds the clock-free part of the demo, marked pending, and no signing secret', async () => {
    expect(await ensureDemoTemplate(templateDir, key)).toBe('built');
    expect(await ensureDemoTemplate(templateDir, key)).toBe('fresh');
    expect(fs.readdirSync(path.join(templateDir, 'files')).length).toBeGreaterThan(0);

    const inspectDir = path.join(workDir, 'inspect');
    fs.cpSync(path.join(templateDir, 'cluster'), path.join(inspectDir, 'pglite'), { recursive: true });
    const database = await openDatabase({ kind: 'pglite', dataDir: inspectDir });
    try {
      expect(await readDemoSeedPending(database.db)).toEqual({
        createdUsers: demoUsers.map((user) => user.email),
      });
      expect(await readAppSetting(database.db, signingSecretSettingKey)).toBeUndefined();
      const years = await selectRows<{ year: number }>(database.db, sql`select year from cycles`);
      // 2026 is in the field "now": it depends on the day of the first start, so it is not in the template.
      expect(years.map((row) => row.year)).toEqual([2025]);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('is not made without a fresh server bundle (the demo is then seeded in full)', async () => {
    const emptyProject = path.join(workDir, 'no-bundle');
    fs.mkdirSync(emptyProject);
    expect(demoTemplateKey(emptyProject)).toBeNull();
    expect(await ensureDemoTemplate(path.join(workDir, 'never'), null)).toBe('skipped');
    expect(fs.existsSync(path.join(workDir, 'never'))).toBe(false);
  });

  it('starts a new data folder with the same demo as a full seed, its evidence files included', async () => {
    const dataDir = path.join(workDir, 'first-start');
    const config = {
      database: { kind: 'pglite' as const, dataDir },
      dataDir,
      testDemoSeedKillAfterStep: undefined,
    };
    const started = await startNewDataDirFromDemoTemplate(config, templateDir, key);
    if (!started) throw new Error('the fresh template was not used');
    expect(started.createdUsers).toEqual(demoUsers.map((user) => user.email));
    expect(started.seedPid).not.toBe(process.pid);
    const fromTemplate = await openDatabase(config.database, {
      dataDirLock: { release: started.release },
    });
    let templateCounts: Record<string, number>;
    try {
      expect(await readDemoSeedPending(fromTemplate.db)).toBeUndefined();
      const files = await selectRows<{ sha256: string }>(
        fromTemplate.db,
        sql`select sha256 from stored_files`,
      );
      expect(files.length).toBeGreaterThan(0);
      for (const { sha256 } of files) expect(fs.existsSync(path.join(dataDir, 'files', sha256))).toBe(true);
      templateCounts = await rowCounts(fromTemplate.db);
    } finally {
      await fromTemplate.close();
    }
    // A second start of that folder is not a first start: the template is not copied again.
    expect(await startNewDataDirFromDemoTemplate(config, templateDir, key)).toBeUndefined();

    const fullDir = path.join(workDir, 'full-seed');
    const full = await openDatabase({ kind: 'pglite', dataDir: fullDir });
    try {
      await full.migrate();
      await syncReferenceData(full.db, commandLineAuditContext);
      // Any day: the rows made do not depend on it.
      await seedDemo(full.db, fullDir, commandLineAuditContext, new Date('2026-09-01T02:00:00Z'));
      const { app_settings: _templateSettings, ...templateRows } = templateCounts;
      const { app_settings: _fullSettings, ...fullRows } = await rowCounts(full.db);
      expect(templateRows).toEqual(fullRows);
      expect(templateRows.cycles).toBe(2);
    } finally {
      await full.close();
    }
  }, 240_000);
});

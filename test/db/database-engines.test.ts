import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../../src/server/db/database';
import { readAppSetting, writeAppSetting } from '../../src/server/db/repositories/app-settings.repository';
import { testEngines } from '../helpers/test-database';

const journal = JSON.parse(
  fs.readFileSync(
    fileURLToPath(new URL('../../src/server/db/migrations/meta/_journal.json', import.meta.url)),
    'utf8',
  ),
) as { entries: unknown[] };
const migrationCount = journal.entries.length;

describe.each(testEngines())('database on $name', (engine) => {
  let database: DatabaseConnection;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database.close());

  it('migrates an empty database with every committed migration, then applies none', async () => {
    expect(migrationCount).toBeGreaterThan(0);
    expect(database.kind).toBe(engine.name);
    expect(await database.migrate()).toEqual({ applied: migrationCount, total: migrationCount });
    expect(await database.migrate()).toEqual({ applied: 0, total: migrationCount });
  });

  it('round-trips a row, including JSON and an update of the same key', async () => {
    const value = { seededAt: '2026-11-23T00:00:00.000Z', entities: 586, note: 'Musi Banyuasin — "Muba"' };
    await writeAppSetting(database.db, 'demo', value);
    expect(await readAppSetting(database.db, 'demo')).toEqual(value);
    await writeAppSetting(database.db, 'demo', { entities: 310 });
    expect(await readAppSetting(database.db, 'demo')).toEqual({ entities: 310 });
    expect(await readAppSetting(database.db, 'missing')).toBeUndefined();
  });
});

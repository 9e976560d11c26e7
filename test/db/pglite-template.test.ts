import fs from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../src/server/db/backup/migration-journal';
import { ensurePgliteTemplate } from '../../src/server/db/build-pglite-template';
import { openDatabase } from '../../src/server/db/open-database';
import {
  copyFreshPgliteTemplate,
  isPgliteTemplateFresh,
  pgliteTemplateKey,
} from '../../src/server/db/pglite-template';
import { countUsers } from '../../src/server/db/repositories/users.repository';

const workDir = await mkdtemp(path.join(os.tmpdir(), 'patuh-template-test-'));
const templateDir = path.join(workDir, 'template');
const migrationCount = (
  JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  }
).entries.length;

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe('the migrated embedded-database template (pglite-template.ts)', () => {
  it('is made once per set of migrations, and a new data folder starts from it already migrated', async () => {
    expect(await ensurePgliteTemplate(templateDir)).toBe('built');
    expect(await ensurePgliteTemplate(templateDir)).toBe('fresh');

    const database = await openDatabase(
      { kind: 'pglite', dataDir: path.join(workDir, 'data') },
      { pgliteTemplateDir: templateDir },
    );
    try {
      // Copied, not initdb'd: every migration is already applied, none is new.
      expect(await database.migrate()).toEqual({ applied: 0, total: migrationCount });
      expect(await countUsers(database.db)).toBe(0);
    } finally {
      await database.close();
    }
    // The template itself is never opened in place: still fresh and unchanged by the start above.
    expect(isPgliteTemplateFresh(templateDir, pgliteTemplateKey())).toBe(true);
  });

  it('is refused once the migrations differ from the ones it was made with', () => {
    const changedMigrations = path.join(workDir, 'migrations');
    fs.cpSync(migrationsFolder, changedMigrations, { recursive: true });
    const lastSql = fs
      .readdirSync(changedMigrations)
      .filter((name) => name.endsWith('.sql'))
      .sort()
      .at(-1);
    if (!lastSql) throw new Error('no migrations');
    fs.appendFileSync(path.join(changedMigrations, lastSql), '\n-- changed\n');
    expect(pgliteTemplateKey(changedMigrations)).not.toBe(pgliteTemplateKey());
    expect(isPgliteTemplateFresh(templateDir, pgliteTemplateKey(changedMigrations))).toBe(false);
  });

  it('copies nothing from a template whose key is stale or missing (the caller then runs initdb)', () => {
    const staleTemplate = path.join(workDir, 'stale');
    fs.cpSync(templateDir, staleTemplate, { recursive: true });
    fs.writeFileSync(path.join(staleTemplate, 'key'), 'made for other migrations');
    expect(copyFreshPgliteTemplate(staleTemplate, path.join(workDir, 'from-stale'))).toBe(false);
    expect(fs.existsSync(path.join(workDir, 'from-stale'))).toBe(false);

    fs.rmSync(path.join(staleTemplate, 'key'));
    expect(copyFreshPgliteTemplate(staleTemplate, path.join(workDir, 'from-keyless'))).toBe(false);
    expect(copyFreshPgliteTemplate(path.join(workDir, 'none'), path.join(workDir, 'from-none'))).toBe(false);

    expect(copyFreshPgliteTemplate(templateDir, path.join(workDir, 'from-fresh'))).toBe(true);
    expect(fs.existsSync(path.join(workDir, 'from-fresh', 'PG_VERSION'))).toBe(true);
  });
});

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { PatuhApp } from '../../src/server/app-types';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { loadConfig } from '../../src/server/config';
import type { DatabaseConnection } from '../../src/server/db/database';
import { openDatabase } from '../../src/server/db/open-database';
import { canCurrentRoleAlterAuditLog } from '../../src/server/db/repositories/database-roles.repository';
import { seedDemoUsers } from '../../src/server/use-cases/seed-demo-users';
import { syncReferenceData } from '../../src/server/use-cases/sync-reference-data';
import { freePort } from '../helpers/free-port';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { spawnCli } from '../helpers/spawn-cli';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const serverUrl = process.env.TEST_DATABASE_URL ?? '';
const readme = fs.readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const journal = JSON.parse(
  fs.readFileSync(
    fileURLToPath(new URL('../../src/server/db/migrations/meta/_journal.json', import.meta.url)),
    'utf8',
  ),
) as { entries: unknown[] };
const ownerWarning = /PATUH_MIGRATION_DATABASE_URL/;

/**
 * The README's role set-up, exactly as documented, with names of this run: statements before `\connect` run on
 * the server, the rest inside the new database. Keeps the documentation honest.
 */
function readmeRoleSetup(names: { owner: string; app: string; database: string }): {
  onServer: string[];
  inDatabase: string[];
} {
  const section = readme.slice(readme.indexOf('### Database roles'));
  const block = /```sql\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README has no SQL block under "Database roles"');
  const sql = block
    .replace(/\bpatuh_owner\b/g, names.owner)
    .replace(/\bpatuh_app\b/g, names.app)
    .replace(/\bDATABASE patuh\b/g, `DATABASE ${names.database}`)
    .replace(/\\connect patuh\b/g, '\\connect');
  const [before = '', after = ''] = sql.split('\\connect');
  const statements = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.trim().startsWith('--'))
      .join('\n')
      .split(';')
      .map((statement) => statement.trim())
      .filter((statement) => statement.length > 0);
  return { onServer: statements(before), inDatabase: statements(after) };
}

async function runAs(url: string, statements: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

function urlFor(role: string, database: string): string {
  const url = new URL(serverUrl);
  url.username = role;
  url.password = 'not-checked-by-the-test-server';
  url.pathname = `/${database}`;
  return url.toString();
}

describe.runIf(serverUrl)('PostgreSQL with the owner and app roles split (README "Database roles")', () => {
  const suffix = randomBytes(5).toString('hex');
  const names = {
    owner: `patuh_owner_${suffix}`,
    app: `patuh_app_${suffix}`,
    database: `patuh_roles_${suffix}`,
  };
  const ownerUrl = urlFor(names.owner, names.database);
  const appUrl = urlFor(names.app, names.database);
  const superuserUrl = urlFor(new URL(serverUrl).username || 'postgres', names.database);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-roles-'));
  let database: DatabaseConnection;
  let app: PatuhApp;

  beforeAll(async () => {
    const setup = readmeRoleSetup(names);
    await runAs(serverUrl, setup.onServer);
    await runAs(superuserUrl, setup.inDatabase);
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      PATUH_DATA_DIR: dataDir,
      DATABASE_URL: appUrl,
      PATUH_MIGRATION_DATABASE_URL: ownerUrl,
    });
    expect(config.database).toEqual({ kind: 'postgres', url: appUrl, migrationUrl: ownerUrl });
    const migrate = spawnCli(['migrate'], { DATABASE_URL: appUrl, PATUH_MIGRATION_DATABASE_URL: ownerUrl });
    expect(await migrate.exited, migrate.output()).toBe(0);
    const count = journal.entries.length;
    expect(migrate.output()).toContain(`${count} migrations applied, ${count} in total`);
    database = await openDatabase(config.database);
    expect(await database.migrate()).toEqual({ applied: 0, total: count });
    await syncReferenceData(database.db, commandLineAuditContext);
    await seedDemoUsers(database.db, commandLineAuditContext);
    app = await buildApp({ config, database });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await database?.close();
    await runAs(serverUrl, [
      `drop database if exists ${names.database} with (force)`,
      `drop role if exists ${names.owner}`,
      `drop role if exists ${names.app}`,
    ]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrates (patuh migrate) as the owner: every table, the trigger function and the journal are its own', async () => {
    const client = new pg.Client({ connectionString: superuserUrl });
    await client.connect();
    try {
      const owners = await client.query<{ owner: string }>(
        `select distinct pg_get_userbyid(c.relowner) as owner from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
         where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'S')`,
      );
      expect(owners.rows).toEqual([{ owner: names.owner }]);
      const functionOwner = await client.query<{ owner: string }>(
        `select pg_get_userbyid(proowner) as owner from pg_proc where proname = 'audit_log_reject_change'`,
      );
      expect(functionOwner.rows).toEqual([{ owner: names.owner }]);
    } finally {
      await client.end();
    }
  });

  it('serves as the app role: a sign-in and an audited change, with health reading the journal', async () => {
    const admin = await signInAs(app, demoEmailByRole.admin);
    const changed = await app.inject({
      method: 'PATCH',
      url: '/api/account',
      headers: { cookie: admin },
      payload: { name: 'Admin Pusat (peran terpisah)' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode, health.body).toBe(200);
    expect(health.json()).toMatchObject({ database: 'postgres', migrations: journal.entries.length });

    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    try {
      const audited = await client.query<{ action: string }>(
        `select action from audit_log where action in ('auth.sign-in', 'account.update') order by id`,
      );
      expect(audited.rows.map((row) => row.action)).toEqual(['auth.sign-in', 'account.update']);
    } finally {
      await client.end();
    }
    expect(await canCurrentRoleAlterAuditLog(database.db)).toBe(false);
  });

  it('refuses the app role every way of rewriting or switching off the audit trail', async () => {
    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    try {
      const countRows = async () =>
        Number((await client.query<{ n: string }>('select count(*) as n from audit_log')).rows[0]?.n);
      const before = await countRows();
      expect(before).toBeGreaterThan(0);
      const attacks = [
        'alter table audit_log disable trigger all',
        'alter table audit_log disable trigger audit_log_no_update_or_delete',
        'drop trigger audit_log_no_update_or_delete on audit_log',
        'drop trigger audit_log_no_truncate on audit_log',
        'create or replace function audit_log_reject_change() returns trigger language plpgsql as $$ begin return old; end $$',
        "set session_replication_role = 'replica'",
        'delete from audit_log',
        "update audit_log set action = 'rewritten'",
        'truncate audit_log',
        'drop table audit_log',
        'alter table audit_log rename to audit_log_old',
      ];
      for (const attack of attacks) {
        await expect(client.query(attack), attack).rejects.toThrow(
          /must be owner|permission denied|append-only/,
        );
      }
      expect(await countRows()).toBe(before);
      const triggers = await client.query<{ tgname: string; tgenabled: string }>(
        `select tgname, tgenabled from pg_trigger where tgrelid = 'audit_log'::regclass and not tgisinternal
         order by tgname`,
      );
      expect(triggers.rows).toEqual([
        { tgname: 'audit_log_no_truncate', tgenabled: 'O' },
        { tgname: 'audit_log_no_update_or_delete', tgenabled: 'O' },
      ]);
    } finally {
      await client.end();
    }
  });

  it('warns at start when the app connects as the owner, and not when the roles are split', async () => {
    const single = spawnCli(['serve', '--no-build'], {
      DATABASE_URL: ownerUrl,
      PATUH_DATA_DIR: dataDir,
      PORT: String(await freePort()),
    });
    await single.waitForOutput(/is running at/);
    expect(single.output()).toMatch(ownerWarning);
    single.child.kill('SIGTERM');
    expect(await single.exited).toBe(0);

    const port = await freePort();
    const split = spawnCli(['serve', '--no-build'], {
      DATABASE_URL: appUrl,
      PATUH_MIGRATION_DATABASE_URL: ownerUrl,
      PATUH_DATA_DIR: dataDir,
      PORT: String(port),
    });
    await split.waitForOutput(/is running at/);
    expect(split.output()).not.toMatch(ownerWarning);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    split.child.kill('SIGTERM');
    expect(await split.exited).toBe(0);
  });
});

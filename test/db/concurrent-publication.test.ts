import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/server/app';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { loadConfig } from '../../src/server/config';
import type { DatabaseConnection } from '../../src/server/db/database';
import { openDatabase } from '../../src/server/db/open-database';
import { listAllSnapshots } from '../../src/server/db/repositories/results.repository';
import { demoPassword } from '../../src/server/demo/demo-users';
import { sumateraSelatanHistoryFile } from '../../src/server/demo/sumatera-selatan-history';
import { seedDemoUsers } from '../../src/server/use-cases/seed-demo-users';
import { syncReferenceData } from '../../src/server/use-cases/sync-reference-data';
import { finaliseAllOverride } from '../helpers/finalise-request';
import { freePort } from '../helpers/free-port';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { chainOf, chainShape, mubaCycleIn, prepareMubaFinalise } from '../helpers/snapshot-chain';
import { type CliProcess, spawnCli } from '../helpers/spawn-cli';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const serverUrl = process.env.TEST_DATABASE_URL ?? '';

async function runAdminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

interface AppProcess {
  cli: CliProcess;
  baseUrl: string;
  cookie: string;
}

/** `patuh serve` as its own process on the database, signed in as the admin. */
async function startAppProcess(databaseUrl: string, dataDir: string): Promise<AppProcess> {
  const port = await freePort();
  const cli = spawnCli(['serve', '--no-build'], {
    DATABASE_URL: databaseUrl,
    PATUH_DATA_DIR: dataDir,
    PORT: String(port),
  });
  await cli.waitForOutput(/is running at/, 120_000);
  const baseUrl = `http://127.0.0.1:${port}`;
  const signedIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoEmailByRole.admin, password: demoPassword }),
  });
  expect(signedIn.status).toBe(200);
  const session = /patuh_session=[^;]+/.exec(signedIn.headers.get('set-cookie') ?? '')?.[0];
  if (!session) throw new Error('sign-in set no session cookie');
  return { cli, baseUrl, cookie: session };
}

async function postAs(app: AppProcess, url: string, body?: object) {
  const response = await fetch(`${app.baseUrl}${url}`, {
    method: 'POST',
    headers: { cookie: app.cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

type YearOutcome = { year: number; outcome: string };
const outcomeOf = (body: Record<string, unknown>, year: number) =>
  (body.years as YearOutcome[] | undefined)?.find((entry) => entry.year === year)?.outcome;

describe.runIf(serverUrl)('two app processes publishing at once on one PostgreSQL', () => {
  const name = `patuh_test_${randomBytes(6).toString('hex')}`;
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const dataDirs = [1, 2, 3].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-publish-')));
  let database: DatabaseConnection;
  let apps: AppProcess[] = [];

  beforeAll(async () => {
    await runAdminQuery(`create database ${name}`);
    database = await openDatabase({ kind: 'postgres', url: databaseUrl });
    await database.migrate();
    await syncReferenceData(database.db, commandLineAuditContext);
    await seedDemoUsers(database.db, commandLineAuditContext);
    // The cycle is prepared in this process; the two servers then only publish.
    const setupDir = dataDirs[0] ?? '';
    const setup = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', PATUH_DATA_DIR: setupDir, DATABASE_URL: databaseUrl }),
      database,
    });
    await setup.ready();
    await prepareMubaFinalise(setup, await signInAs(setup, demoEmailByRole.admin), 'verification');
    await setup.close();
    apps = await Promise.all(dataDirs.slice(1).map((dataDir) => startAppProcess(databaseUrl, dataDir)));
    // Into Determination by the servers' own clock (its Date header): under faketime this process's clock is
    // not theirs.
    const first = apps[0];
    if (!first) throw new Error('no app process');
    const serverNow = new Date((await fetch(`${first.baseUrl}/api/health/live`)).headers.get('date') ?? '');
    const moved = await fetch(`${first.baseUrl}/api/cycles/2024`, {
      method: 'PATCH',
      headers: { cookie: first.cookie, 'content-type': 'application/json' },
      body: JSON.stringify(mubaCycleIn('determination', serverNow)),
    });
    expect(moved.status, await moved.text()).toBe(200);
  });

  afterAll(async () => {
    for (const app of apps) app.cli.child.kill('SIGTERM');
    await Promise.all(apps.map((app) => app.cli.exited));
    await database?.close();
    await runAdminQuery(`drop database if exists ${name} with (force)`);
    for (const dataDir of dataDirs) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports the same results file on both at once into one snapshot per year, round after round', async () => {
    const lines = (await readFile(sumateraSelatanHistoryFile, 'utf8')).trimEnd().split('\n');
    // Round 2 corrects one 2023 score: a new 2023 snapshot, the other years unchanged.
    const firstOf2023 = lines.findIndex((line) => line.startsWith('2023,'));
    const corrected = lines.map((line, index) => {
      if (index !== firstOf2023) return line;
      const fields = line.split(',');
      fields[3] = (Number(fields[3]) - 0.5).toFixed(2);
      return fields.join(',');
    });
    expect(corrected).not.toEqual(lines);
    const rounds = [
      { content: lines, created: [2022, 2023, 2024], chains: { 2022: 1, 2023: 1, 2024: 1 } },
      { content: corrected, created: [2023], chains: { 2022: 1, 2023: 2, 2024: 1 } },
      { content: corrected, created: [], chains: { 2022: 1, 2023: 2, 2024: 1 } },
    ];
    for (const round of rounds) {
      const contentBase64 = Buffer.from(`${round.content.join('\n')}\n`).toString('base64');
      const answers = await Promise.all(
        apps.map((app) => postAs(app, '/api/results/imports', { fileName: 'sumsel.csv', contentBase64 })),
      );
      for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      for (const year of [2022, 2023, 2024]) {
        const outcomes = answers.map((answer) => outcomeOf(answer.body, year)).sort();
        expect(outcomes, `year ${year}`).toEqual(
          round.created.includes(year) ? ['created', 'unchanged'] : ['unchanged', 'unchanged'],
        );
      }
      const snapshots = await listAllSnapshots(database.db);
      for (const [year, length] of Object.entries(round.chains))
        expect(chainShape(snapshots, Number(year)), `year ${year}`).toEqual(chainOf(length));
    }
  });

  it('finalises on both at once, round after round, into one chain with one newest snapshot', async () => {
    const rounds = 3;
    const answered: { status: number; body: Record<string, unknown> }[] = [];
    for (let round = 0; round < rounds; round += 1)
      answered.push(
        ...(await Promise.all(
          apps.map((app) => postAs(app, '/api/cycles/2024/finalise', finaliseAllOverride)),
        )),
      );
    for (const answer of answered) expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    // The imported 2024 snapshot is the first link; each finalise adds one.
    expect(chainShape(await listAllSnapshots(database.db), 2024)).toEqual(chainOf(1 + rounds * apps.length));
    const superseded = answered.map((answer) => answer.body.supersedesId);
    expect(new Set(superseded).size).toBe(superseded.length);
  });
});

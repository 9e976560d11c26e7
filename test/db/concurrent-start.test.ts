import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port';
import { spawnCli } from '../helpers/spawn-cli';

const serverUrl = process.env.TEST_DATABASE_URL;
const migrationsJournal = fileURLToPath(
  new URL('../../src/server/db/migrations/meta/_journal.json', import.meta.url),
);

async function adminQuery<Row extends object>(statement: string, url = serverUrl): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(statement)).rows;
  } finally {
    await client.end();
  }
}

describe.runIf(serverUrl)('two processes starting at once on an empty PostgreSQL database', () => {
  it('migrate once between them: the counts they print add up to the migrations that exist', async () => {
    const name = `patuh_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create database ${name}`);
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${name}`;
    try {
      const servers = await Promise.all(
        [0, 1].map(async () =>
          spawnCli(['serve', '--no-build'], { DATABASE_URL: url.toString(), PORT: String(await freePort()) }),
        ),
      );
      await Promise.all(servers.map((server) => server.waitForOutput(/is running at/)));
      const expected = (JSON.parse(fs.readFileSync(migrationsJournal, 'utf8')) as { entries: unknown[] })
        .entries.length;
      const printed = servers.map((server) => {
        const match = /migrations: (\d+) baru \/ new, (\d+) total/.exec(server.output());
        return { applied: Number(match?.[1]), total: Number(match?.[2]) };
      });
      // Counted under the migration lock: one process applied them all, the other found them applied.
      expect(printed.map((counts) => counts.total)).toEqual([expected, expected]);
      expect(printed.map((counts) => counts.applied).sort()).toEqual([0, expected]);
      const [journal] = await adminQuery<{ count: number }>(
        'select count(*)::int as count from drizzle.__drizzle_migrations',
        url.toString(),
      );
      expect(journal?.count).toBe(expected);
      for (const server of servers) server.child.kill('SIGTERM');
      expect(await Promise.all(servers.map((server) => server.exited))).toEqual([0, 0]);
    } finally {
      await adminQuery(`drop database if exists ${name} with (force)`);
    }
  }, 120_000);
});

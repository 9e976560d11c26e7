import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/open-database';
import { selectRows } from '../../src/server/db/repositories/select-rows';
import { freePort } from '../helpers/free-port';
import { spawnCli } from '../helpers/spawn-cli';

const running = /is running at/;

describe('kill -9 during the first start’s demo seed', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-seed-crash-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('leaves no partial demo: the restart seeds all of it and `patuh demo seed` then succeeds', async () => {
    const env = { PATUH_DATA_DIR: dataDir, PORT: String(await freePort()) };
    // Killed (SIGKILL, by itself) after accounts, history and both cycles, before Musi Banyuasin's plan.
    const crashed = spawnCli(['serve', '--no-build'], { ...env, PATUH_TEST_DEMO_SEED_KILL_AFTER_STEP: '3' });
    await crashed.exited;
    expect(crashed.child.signalCode).toBe('SIGKILL');
    expect(crashed.output()).not.toMatch(running);

    const restarted = spawnCli(['serve', '--no-build'], env);
    await restarted.waitForOutput(running, 240_000);
    expect(restarted.output()).toContain('demo accounts created');
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);

    const seed = spawnCli(['demo', 'seed'], { PATUH_DATA_DIR: dataDir });
    expect(await seed.exited).toBe(0);
    expect(seed.output()).toContain('nothing duplicated');

    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const [counts] = await selectRows<Record<string, number>>(
        database.db,
        sql`select (select count(*)::int from users) as users,
          (select count(*)::int from cycles) as cycles,
          (select count(*)::int from improvement_plans) as plans,
          (select count(*)::int from coaching_sessions) as "coachingSessions",
          (select count(*)::int from audit_log where action = 'demo.seed-user') as "seededUserAudits"`,
      );
      // Each once: the killed attempt's accounts and audit rows were rolled back with the rest of it.
      expect(counts).toEqual({ users: 5, cycles: 2, plans: 1, coachingSessions: 1, seededUserAudits: 5 });
    } finally {
      await database.close();
    }
  }, 600_000);
});

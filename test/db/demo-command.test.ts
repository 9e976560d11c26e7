import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { answersFileSchema } from '../../src/contracts/unit-answers.contract';
import type { DatabaseConnection } from '../../src/server/db/database';
import { openDatabase } from '../../src/server/db/open-database';
import { listAllSnapshots, listEntityResults } from '../../src/server/db/repositories/results.repository';
import { selectRows } from '../../src/server/db/repositories/select-rows';
import { countUsers } from '../../src/server/db/repositories/users.repository';
import { spawnCli } from '../helpers/spawn-cli';

describe('patuh demo', () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-demo-cli-'));
  afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it('generates the same synthetic data set for the same seed, one valid answers file per line', async () => {
    const files = ['a.jsonl', 'b.jsonl', 'c.jsonl'].map((name) => path.join(workDir, name));
    const runs = [
      ['--seed', '7', '--out', files[0] ?? ''],
      ['--seed', '7', '--out', files[1] ?? ''],
      ['--seed', '8', '--out', files[2] ?? ''],
    ].map((args) => spawnCli(['demo', 'generate', '--entities', '12', '--units', '3', ...args], {}));
    expect(await Promise.all(runs.map((run) => run.exited))).toEqual([0, 0, 0]);
    expect(runs[0]?.output()).toContain('12 entitas, 36 unit');
    const [first, second, other] = files.map((file) => fs.readFileSync(file, 'utf8'));
    expect(first).toBe(second);
    expect(other).not.toBe(first);
    const lines = (first ?? '').trim().split('\n');
    expect(lines).toHaveLength(12);
    for (const line of lines) {
      const parsed = answersFileSchema.parse(JSON.parse(line));
      expect(parsed.methodology).toBe('ombudsman-kepatuhan@2024r1');
      expect(parsed.entity.units).toHaveLength(3);
    }
  });

  it('refuses a size that is not a positive integer', async () => {
    const run = spawnCli(
      ['demo', 'generate', '--entities', 'lots', '--out', path.join(workDir, 'x.jsonl')],
      {},
    );
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('--entities: harus bilangan bulat positif');
  });

  it('seeds the demo data on demand and creates nothing twice', async () => {
    const dataDir = path.join(workDir, 'data');
    const firstSeed = spawnCli(['demo', 'seed'], { PATUH_DATA_DIR: dataDir });
    expect(await firstSeed.exited).toBe(0);
    expect(firstSeed.output()).toContain('admin@patuh.test');
    const secondSeed = spawnCli(['demo', 'seed'], { PATUH_DATA_DIR: dataDir });
    expect(await secondSeed.exited).toBe(0);
    expect(secondSeed.output()).toContain('tidak ada yang digandakan');
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      expect(await countUsers(database.db)).toBe(5);
      const snapshots = await listAllSnapshots(database.db);
      expect(new Set(snapshots.map((snapshot) => snapshot.year)).size).toBe(snapshots.length);
      // 2025 was computed by Patuh from field data on the Opini edition: Musi Banyuasin with its six units.
      const computed = snapshots.find((snapshot) => snapshot.year === 2025);
      expect(computed).toMatchObject({ source: 'computed', status: 'published' });
      const muba = (await listEntityResults(database.db, computed?.id ?? '')).find(
        (row) => row.entityCode === '16.06',
      );
      expect(muba?.isDemoValue).toBe(true);
      const counts = await countDemoRows(database);
      expect(counts).toMatchObject({ cycles: 2, mubaUnits2025: 6, returned2026: 1 });
      // A sample: Muba (6 units) and eight more Sumsel governments (3 units), 30 service users a unit.
      expect(counts).toMatchObject({ sumselLoci2025: 9 });
      expect(counts.surveyResponses).toBeGreaterThan((6 + 8 * 3) * 30);
      // Every 2025 government's public-trust survey full (50), Muba's 2026 one half (25).
      expect(counts.trustResponses).toBe((counts.loci2025 ?? 0) * 50 + 25);
      expect(counts.loci2025).toBe(24);
      // Oversight products: followed up in 2025 for some, open ones (belum / sebagian) in 2026.
      expect(counts.openProducts2026).toBeGreaterThanOrEqual(4);
      // Four more provinces (made-up values) beside Sumatera Selatan in the history and the computed year.
      expect(counts).toMatchObject({ provinces2024: 5, provinces2025: 5, nonDemo2024OutsideSumsel: 0 });
      // Musi Banyuasin's plan from its 2025 recommendations, worked on, and one coaching session about it.
      expect(counts).toMatchObject({
        plans: 1,
        planItems: 4,
        doneItems: 1,
        startedItems: 1,
        coachingSessions: 1,
        coachingLinks: 2,
      });
    } finally {
      await database.close();
    }
    // Two CLI processes seeding the whole demo (2025 with its surveys and register): minutes on a busy machine.
  }, 240_000);
});

async function countDemoRows(database: DatabaseConnection) {
  const [row] = await selectRows<Record<string, number>>(
    database.db,
    sql`select
      (select count(*)::int from cycles) as cycles,
      (select count(*)::int from locus_units lu join loci l on l.id = lu.locus_id join cycles c on c.id = l.cycle_id
        join entities e on e.id = l.entity_id where c.year = 2025 and e.code = '16.06') as "mubaUnits2025",
      (select count(*)::int from locus_units where status = 'returned') as "returned2026",
      (select count(*)::int from survey_responses) as "surveyResponses",
      (select count(*)::int from public_trust_responses) as "trustResponses",
      (select count(*)::int from loci l join cycles c on c.id = l.cycle_id where c.year = 2025) as "loci2025",
      (select count(*)::int from loci l join cycles c on c.id = l.cycle_id join entities e on e.id = l.entity_id
        where c.year = 2025 and e.province_code = '16') as "sumselLoci2025",
      (select count(*)::int from oversight_products where number like '%/2026'
        and follow_up_status in ('belum', 'sebagian')) as "openProducts2026",
      (select count(distinct r.province_code)::int from entity_results r join result_snapshots s on s.id = r.snapshot_id
        where s.year = 2024) as "provinces2024",
      (select count(distinct r.province_code)::int from entity_results r join result_snapshots s on s.id = r.snapshot_id
        where s.year = 2025) as "provinces2025",
      (select count(*)::int from entity_results r join result_snapshots s on s.id = r.snapshot_id
        where s.year = 2024 and r.province_code <> '16' and not r.is_demo_value) as "nonDemo2024OutsideSumsel",
      (select count(*)::int from improvement_plans p join entities e on e.id = p.entity_id
        where e.code = '16.06' and p.year = 2025) as plans,
      (select count(*)::int from plan_items) as "planItems",
      (select count(*)::int from plan_items where status = 'done') as "doneItems",
      (select count(*)::int from plan_items where status = 'in_progress') as "startedItems",
      (select count(*)::int from coaching_sessions) as "coachingSessions",
      (select count(*)::int from coaching_session_items) as "coachingLinks"`,
  );
  return row ?? {};
}

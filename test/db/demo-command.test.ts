import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answersFileSchema } from '../../src/contracts/unit-answers.contract';
import { openDatabase } from '../../src/server/db/open-database';
import { listAllSnapshots } from '../../src/server/db/repositories/results.repository';
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
      expect(parsed.methodology).toBe('ombudsman-kepatuhan@2024');
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
    } finally {
      await database.close();
    }
  });
});

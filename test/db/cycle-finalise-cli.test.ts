import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/spawn-cli';

// The CLI runs on the embedded database of a data folder, so this runs once (not per engine).
describe('patuh cycle finalise', () => {
  let dataDir: string;
  const run = async (args: string[]) => {
    const cli = spawnCli(args, {
      PATUH_DATA_DIR: dataDir,
      PATUH_SECRET: 'a-test-secret-of-at-least-32-characters!',
    });
    const code = await cli.exited;
    return { code, output: cli.output() };
  };

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-cli-finalise-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a missing or unknown scope, and "all" without a reason of 10 characters', async () => {
    for (const args of [
      ['--scope', 'semua'],
      ['--scope', 'all'],
      ['--scope', 'all', '--reason', 'pendek'],
    ]) {
      const refused = await run(['cycle', 'finalise', '--year', '2026', ...args]);
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.output).toContain('--scope all --reason');
    }
    const missing = await run(['cycle', 'finalise', '--year', '2026']);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('--scope');
  }, 60_000);

  it('runs the finalise use-case, which refuses a year without a cycle', async () => {
    const refused = await run(['cycle', 'finalise', '--year', '2031', '--scope', 'accepted']);
    expect(refused.code, refused.output).toBe(1);
    expect(refused.output).toMatch(/2031|tidak ditemukan/i);
  }, 120_000);
});

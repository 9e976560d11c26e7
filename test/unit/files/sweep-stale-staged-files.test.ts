import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { incomingDirectory } from '../../../src/server/files/stage-upload-stream';
import { staleStagedFileMs, sweepStaleStagedFiles } from '../../../src/server/files/sweep-stale-staged-files';

const dataDir = mkdtempSync(path.join(tmpdir(), 'patuh-incoming-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('sweepStaleStagedFiles', () => {
  it('removes only staged uploads older than a day, by the injected clock', async () => {
    const now = new Date('2026-03-02T08:00:00Z');
    const folder = incomingDirectory(dataDir);
    mkdirSync(folder, { recursive: true });
    const place = (name: string, ageMs: number) => {
      const file = path.join(folder, name);
      writeFileSync(file, 'x');
      const at = new Date(now.getTime() - ageMs);
      utimesSync(file, at, at);
      return file;
    };
    const dead = place('a.part', staleStagedFileMs + 1000);
    const live = place('b.part', staleStagedFileMs - 60_000);
    const other = place('catatan.txt', staleStagedFileMs * 3);
    expect(await sweepStaleStagedFiles(dataDir, now)).toBe(1);
    expect([existsSync(dead), existsSync(live), existsSync(other)]).toEqual([false, true, true]);
  });

  it('does nothing when no upload was ever staged', async () => {
    expect(await sweepStaleStagedFiles(path.join(dataDir, 'nirgends'), new Date())).toBe(0);
  });
});

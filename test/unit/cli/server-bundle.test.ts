import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshServerBundle } from '../../../bin/server-bundle.js';
import { ensureServerBundle } from '../../../src/server/build-server-bundle';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let project = '';

/**
 * A small project laid out like Patuh (bin/, src/cli/main.ts, tsconfig.json, node_modules): its entry says which
 * file runs it (the bundle or the TypeScript source) and where a bundled module's import.meta.url points.
 */
function makeFixtureProject(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-bundle-test-'));
  fs.mkdirSync(path.join(root, 'bin'));
  for (const file of ['patuh.js', 'server-bundle.js'])
    fs.copyFileSync(path.join(repoRoot, 'bin', file), path.join(root, 'bin', file));
  fs.writeFileSync(path.join(root, 'package.json'), '{"type":"module","version":"0.0.0"}');
  fs.copyFileSync(path.join(repoRoot, 'tsconfig.json'), path.join(root, 'tsconfig.json'));
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'));
  fs.mkdirSync(path.join(root, 'src/cli'), { recursive: true });
  fs.mkdirSync(path.join(root, 'src/server'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'src/server/neighbour.ts'),
    "import { fileURLToPath } from 'node:url';\nexport const neighbour: string = fileURLToPath(new URL('./data.txt', import.meta.url));\n",
  );
  fs.writeFileSync(
    path.join(root, 'src/cli/main.ts'),
    "import { neighbour } from '../server/neighbour';\nconsole.log(JSON.stringify({ runs: import.meta.filename, neighbour }));\n",
  );
  return root;
}

function runCli(args: string[]): { runs: string; neighbour: string } {
  const run = spawnSync(process.execPath, [path.join(project, 'bin/patuh.js'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { runs: string; neighbour: string };
}

beforeAll(() => {
  project = makeFixtureProject();
});
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('the server bundle run by `patuh serve` (bin/server-bundle.js, build-server-bundle.ts)', () => {
  const bundleEntry = () => path.join(project, 'dist/server/main.mjs');
  const sourceEntry = () => path.join(project, 'src/cli/main.ts');

  it('runs from the sources while no bundle was built', () => {
    expect(freshServerBundle(project)).toBeNull();
    expect(runCli(['serve']).runs).toBe(sourceEntry());
  });

  it('is built once, then `serve` (only) runs it, and its modules still find files beside their sources', async () => {
    expect(await ensureServerBundle(project)).toBe('built');
    expect(await ensureServerBundle(project)).toBe('fresh');
    expect(freshServerBundle(project)).toBe(bundleEntry());
    const served = runCli(['serve']);
    expect(served.runs).toBe(bundleEntry());
    expect(served.neighbour).toBe(path.join(project, 'src/server/data.txt'));
    // Every other command keeps the sources.
    expect(runCli(['migrate']).runs).toBe(sourceEntry());
  });

  it('is stale once a source file changes, and `serve` falls back to the sources until rebuilt', async () => {
    const neighbour = path.join(project, 'src/server/neighbour.ts');
    const later = new Date(fs.statSync(neighbour).mtimeMs + 5000);
    fs.utimesSync(neighbour, later, later);
    expect(freshServerBundle(project)).toBeNull();
    expect(runCli(['serve']).runs).toBe(sourceEntry());
    expect(await ensureServerBundle(project)).toBe('built');
    expect(runCli(['serve']).runs).toBe(bundleEntry());
  });

  it('is stale when an input is gone, the manifest is of another format, or the entry is missing', async () => {
    fs.renameSync(path.join(project, 'tsconfig.json'), path.join(project, 'tsconfig.moved'));
    expect(freshServerBundle(project)).toBeNull();
    fs.renameSync(path.join(project, 'tsconfig.moved'), path.join(project, 'tsconfig.json'));
    expect(freshServerBundle(project)).toBe(bundleEntry());

    const manifestFile = path.join(project, 'dist/server/manifest.json');
    const manifest = fs.readFileSync(manifestFile, 'utf8');
    fs.writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(manifest), format: 0 }));
    expect(freshServerBundle(project)).toBeNull();
    fs.writeFileSync(manifestFile, manifest);

    fs.rmSync(bundleEntry());
    expect(freshServerBundle(project)).toBeNull();
    expect(await ensureServerBundle(project)).toBe('built');
  });
});

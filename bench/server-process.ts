import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../test/helpers/free-port';
import { spawnPatuhServe, stopChildProcess, waitUntilAnswering } from '../test/helpers/patuh-serve-process';

export interface BenchServer {
  base: string;
  child: ChildProcess;
  /** From spawning `patuh serve` on an empty data dir (migrations, demo seed included) to the first answer. */
  startupMs: number;
  dataDir: string;
}

/**
 * `patuh serve --no-build` of `projectDir` on a fresh data dir and port. Its own `patuh build` makes dist/web and,
 * for the start-up and memory figures, the server bundle and database template that start uses (decision 012).
 */
export async function startBenchServer(projectDir: string): Promise<BenchServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'patuh-bench-serve-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawnPatuhServe({ projectDir, port, dataDir, nodeOptions: startNodeOptions(projectDir) });
  const base = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(child, `${base}/api/health/live`, { timeoutMs: 180_000, intervalMs: 50 });
  return { base, child, startupMs: performance.now() - started, dataDir };
}

/**
 * The node options of the project's `npm start` (`node <options> bin/patuh.js serve`), so the figures are those
 * of the platform as its run command starts it.
 */
export function startNodeOptions(projectDir: string): string[] {
  const packageJson = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const words = packageJson.scripts.start.split(/\s+/);
  const script = words.indexOf('bin/patuh.js');
  if (words[0] !== 'node' || script < 0)
    throw new Error(`unexpected start script: ${packageJson.scripts.start}`);
  return words.slice(1, script);
}

/** Resident and peak resident memory of the server process, in MB (Linux /proc). */
export function memoryOf(child: ChildProcess): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

export async function stopBenchServer(server: BenchServer): Promise<void> {
  await stopChildProcess(server.child);
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}

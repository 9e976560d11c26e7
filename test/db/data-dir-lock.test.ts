import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, describeProcess } from '../../src/server/db/data-dir-lock';
import { freePort } from '../helpers/free-port';
import { spawnCli } from '../helpers/spawn-cli';

const running = /is running at/;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-lock-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

function freshDataDir(): string {
  return fs.mkdtempSync(path.join(workDir, 'data-'));
}

function writeLock(dataDir: string, content: object): void {
  fs.writeFileSync(path.join(dataDir, 'patuh.lock'), JSON.stringify(content));
}

function readLock(dataDir: string): { pid: number; startTicks?: string; bootId?: string } {
  return JSON.parse(fs.readFileSync(path.join(dataDir, 'patuh.lock'), 'utf8'));
}

describe('the data directory lock', () => {
  const sleepers: ChildProcess[] = [];
  afterEach(() => {
    for (const sleeper of sleepers.splice(0)) sleeper.kill('SIGKILL');
  });

  function startSleeper(): number {
    const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
    sleepers.push(sleeper);
    if (sleeper.pid === undefined) throw new Error('sleep did not start');
    return sleeper.pid;
  }

  it('records the owner by PID, start time and boot, and refuses a second claim in the same process', () => {
    const dataDir = freshDataDir();
    const release = acquireDataDirLock(dataDir);
    try {
      const lock = readLock(dataDir);
      expect(lock.pid).toBe(process.pid);
      expect(lock.startTicks).toMatch(/^\d+$/);
      expect(lock.bootId).toMatch(/^[0-9a-f-]{36}$/);
      expect(() => acquireDataDirLock(dataDir)).toThrow(`another Patuh process (PID ${process.pid})`);
    } finally {
      release();
    }
    expect(fs.existsSync(path.join(dataDir, 'patuh.lock'))).toBe(false);
  });

  it('takes over a lock naming our own PID that this process does not hold (PID reuse)', () => {
    const dataDir = freshDataDir();
    writeLock(dataDir, { pid: process.pid, startTicks: '1', bootId: 'an-earlier-boot' });
    const release = acquireDataDirLock(dataDir);
    expect(readLock(dataDir).startTicks).toBe(describeProcess(process.pid).startTicks);
    release();
  });

  it('refuses a live owner whose start time matches, and takes over a PID now used by another process', () => {
    const dataDir = freshDataDir();
    const otherPid = startSleeper();
    writeLock(dataDir, describeProcess(otherPid));
    expect(() => acquireDataDirLock(dataDir)).toThrow(`another Patuh process (PID ${otherPid})`);

    // The same PID, started at another moment (or in another boot): whoever wrote the lock is gone.
    const owner = describeProcess(otherPid);
    writeLock(dataDir, { ...owner, startTicks: String(Number(owner.startTicks) + 1) });
    acquireDataDirLock(dataDir)();
    writeLock(dataDir, { ...owner, bootId: '00000000-0000-0000-0000-000000000000' });
    acquireDataDirLock(dataDir)();
  });

  it('takes over a lock of a process that no longer runs, and one of an older format (PID only)', () => {
    const dataDir = freshDataDir();
    const gone = spawnSync('true');
    writeLock(dataDir, { pid: gone.pid });
    acquireDataDirLock(dataDir)();
    writeLock(dataDir, { pid: startSleeper(), since: '2026-01-01T00:00:00.000Z' });
    // Without a start time, a live PID can only be trusted: refused, as before.
    expect(() => acquireDataDirLock(dataDir)).toThrow('another Patuh process');
  });
});

// PID 1 is what a container gives its only process: after kill -9 the restarted server is PID 1 again.
const unshareAvailable =
  process.platform === 'linux' &&
  spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0;
if (!unshareAvailable)
  console.warn('data-dir-lock.test: `unshare --pid --fork --mount-proc` unavailable (needs root on Linux)');

describe.skipIf(!unshareAvailable)('patuh serve as PID 1 (unshare --pid --fork --mount-proc)', () => {
  const asPidOne = (killChildWith: string) => [
    'unshare',
    '--pid',
    '--fork',
    '--mount-proc',
    `--kill-child=${killChildWith}`,
  ];

  it('comes back after kill -9 although the lock names PID 1, the new process', async () => {
    const dataDir = freshDataDir();
    const port = await freePort();
    const env = { PATUH_DATA_DIR: dataDir, PORT: String(port) };
    // Killing unshare makes the kernel send its child (the server, PID 1 inside) the --kill-child signal.
    const first = spawnCli(['serve', '--no-build'], env, asPidOne('SIGKILL'));
    await first.waitForOutput(running);
    first.child.kill('SIGKILL');
    await first.exited;
    await waitUntil(async () => !(await isListening(port)));
    expect(readLock(dataDir).pid).toBe(1);

    const restarted = spawnCli(['serve', '--no-build'], env, asPidOne('SIGTERM'));
    await restarted.waitForOutput(running);
    expect(restarted.output()).not.toContain('in use by another Patuh process');
    expect(readLock(dataDir).pid).toBe(1);
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
    // SIGTERM reaches the server through --kill-child: it stops cleanly and removes its lock.
    restarted.child.kill('SIGKILL');
    await waitUntil(() => !fs.existsSync(path.join(dataDir, 'patuh.lock')));
  }, 180_000);
});

async function isListening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/api/health/live`);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 100));
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port';
import { spawnCli } from '../helpers/spawn-cli';

const running = /is running at/;

describe('patuh serve on the embedded database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-serve-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a second process on the same data directory, stops cleanly on SIGTERM, and migrates once', async () => {
    const port = await freePort();
    const first = spawnCli(['serve', '--no-build'], {
      PATUH_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'info',
    });
    await first.waitForOutput(running);
    // The log line is written by the logger's own stream, which may reach the pipe after the console's line.
    await first.waitForOutput(/"demo data seeded"/);
    // The demo seed ran in a child that has ended, so none of its garbage stays in the server (S4, #19).
    const seededLine = first
      .output()
      .split('\n')
      .find((line) => line.includes('"demo data seeded"'));
    const seeded = JSON.parse(seededLine ?? '{}') as { pid?: number; demoSeedPid?: number };
    expect(seeded.pid).toBe(first.child.pid);
    expect(seeded.demoSeedPid).toEqual(expect.any(Number));
    expect(seeded.demoSeedPid).not.toBe(first.child.pid);
    expect(() => process.kill(seeded.demoSeedPid ?? 0, 0)).toThrow();
    // Applied now, or already in the build's database template (dist/pglite-template) it was copied from.
    expect(first.output()).toMatch(/migrations: \d+ baru \/ new, [1-9]\d* total/);
    expect(first.output()).toContain('demo accounts created (kata sandi / password: patuh-demo-2026)');
    expect(first.output()).toContain('koordinator.sumsel@patuh.test');
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' });

    const second = spawnCli(['serve', '--no-build'], {
      PATUH_DATA_DIR: dataDir,
      PORT: String(await freePort()),
    });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`is in use by another Patuh process (PID ${first.child.pid})`);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'patuh.lock'))).toBe(false);

    const restarted = spawnCli(['serve', '--no-build'], { PATUH_DATA_DIR: dataDir, PORT: String(port) });
    await restarted.waitForOutput(running);
    expect(restarted.output()).toMatch(/migrations: 0 baru \/ new/);
    expect(restarted.output()).not.toContain('demo accounts created');
    restarted.child.kill('SIGINT');
    expect(await restarted.exited).toBe(0);
  });

  it('stops with a message naming an invalid variable', async () => {
    const invalid = spawnCli(['serve', '--no-build'], { PATUH_DATA_DIR: dataDir, PORT: 'tiga-ribu' });
    expect(await invalid.exited).toBe(1);
    expect(invalid.output()).toContain('PORT');
    expect(invalid.output()).toContain('Invalid environment configuration');
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('patuh serve with DATABASE_URL', () => {
  it('runs on PostgreSQL and reports it', async () => {
    const port = await freePort();
    const server = spawnCli(['serve', '--no-build'], {
      DATABASE_URL: process.env.TEST_DATABASE_URL ?? '',
      PORT: String(port),
    });
    await server.waitForOutput(running);
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'postgres' });
    expect(server.output()).not.toContain('demo accounts created');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});

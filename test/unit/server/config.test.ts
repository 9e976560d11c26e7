import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/server/config';

describe('loadConfig', () => {
  it('defaults to the embedded database under ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.resolve('./data') });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://patuh@127.0.0.1:5432/patuh', PORT: '8080' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://patuh@127.0.0.1:5432/patuh' });
    expect(config.port).toBe(8080);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('pglite');
  });

  it('names the variable and the value of an invalid setting', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: .*got "70000"/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('never echoes a database URL, which may carry a password', () => {
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('DATABASE_URL');
    expect(message).not.toContain('secret');
  });

  it('bounds the shutdown drain (10 s unless set) and accepts only seed steps 1–4 for the crash test', () => {
    expect(loadConfig({}).shutdownTimeoutMs).toBe(10_000);
    expect(loadConfig({ PATUH_SHUTDOWN_TIMEOUT_SECONDS: '3' }).shutdownTimeoutMs).toBe(3_000);
    expect(() => loadConfig({ PATUH_SHUTDOWN_TIMEOUT_SECONDS: '0' })).toThrow(
      /PATUH_SHUTDOWN_TIMEOUT_SECONDS/,
    );
    expect(loadConfig({}).testDemoSeedKillAfterStep).toBeUndefined();
    expect(loadConfig({ PATUH_TEST_DEMO_SEED_KILL_AFTER_STEP: '3' }).testDemoSeedKillAfterStep).toBe(3);
    expect(() => loadConfig({ PATUH_TEST_DEMO_SEED_KILL_AFTER_STEP: '5' })).toThrow(
      /PATUH_TEST_DEMO_SEED_KILL_AFTER_STEP: .*got "5"/,
    );
  });
});

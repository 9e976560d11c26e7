import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/server/config';

const appUrl = 'postgres://patuh_app:app-secret@127.0.0.1:5432/patuh';
const ownerUrl = 'postgres://patuh_owner:owner-secret@127.0.0.1:5432/patuh';

describe('PATUH_MIGRATION_DATABASE_URL (migrations as the owner, the app as a data-only role)', () => {
  it('migrates with the owner URL and serves with DATABASE_URL', () => {
    const config = loadConfig({ DATABASE_URL: appUrl, PATUH_MIGRATION_DATABASE_URL: ownerUrl });
    expect(config.database).toEqual({ kind: 'postgres', url: appUrl, migrationUrl: ownerUrl });
  });

  it('leaves the single-URL set-up as it was: DATABASE_URL does both', () => {
    const config = loadConfig({ DATABASE_URL: appUrl });
    expect(config.database).toEqual({ kind: 'postgres', url: appUrl });
    expect(config.database).not.toHaveProperty('migrationUrl');
  });

  it('refuses it without DATABASE_URL: the embedded database has no roles', () => {
    expect(() => loadConfig({ PATUH_MIGRATION_DATABASE_URL: ownerUrl })).toThrow(ConfigError);
    expect(() => loadConfig({ PATUH_MIGRATION_DATABASE_URL: ownerUrl })).toThrow(/needs DATABASE_URL/);
  });

  it('never echoes an invalid value, which may carry the owner password', () => {
    let message = '';
    try {
      loadConfig({
        DATABASE_URL: appUrl,
        PATUH_MIGRATION_DATABASE_URL: 'mysql://root:owner-secret@db/patuh',
      });
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message).toContain('PATUH_MIGRATION_DATABASE_URL');
    expect(message).toContain('value hidden');
    expect(message).not.toContain('owner-secret');
  });
});

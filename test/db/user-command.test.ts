import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/server/auth/password-hashing';
import { openDatabase } from '../../src/server/db/open-database';
import { findUserByEmail } from '../../src/server/db/repositories/users.repository';
import { spawnCli } from '../helpers/spawn-cli';

describe('patuh user create', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-user-cli-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('creates a scoped account and prints a one-time password that must be changed', async () => {
    const cli = spawnCli(
      [
        'user',
        'create',
        '--email',
        'Penghubung.Lubuklinggau@Patuh.test',
        '--role',
        'liaison',
        '--province',
        '16',
        '--entity',
        '16.73',
      ],
      { PATUH_DATA_DIR: dataDir },
    );
    expect(await cli.exited).toBe(0);
    const oneTimePassword = /one-time password: (\S+)/.exec(cli.output())?.[1] ?? '';
    expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{16}$/);

    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const user = await findUserByEmail(database.db, 'penghubung.lubuklinggau@patuh.test');
      expect(user).toMatchObject({
        role: 'liaison',
        provinceCodes: ['16'],
        entityCode: '16.73',
        mustChangePassword: true,
      });
      expect(await verifyPassword(oneTimePassword, user?.passwordHash ?? '')).toBe(true);
    } finally {
      await database.close();
    }
  });

  it('refuses an unknown role and a liaison without an entity, writing nothing', async () => {
    const badRole = spawnCli(['user', 'create', '--email', 'a@patuh.test', '--role', 'superuser'], {
      PATUH_DATA_DIR: dataDir,
    });
    expect(await badRole.exited).toBe(1);
    expect(badRole.output()).toContain('role');
    const noEntity = spawnCli(
      ['user', 'create', '--email', 'b@patuh.test', '--role', 'liaison', '--province', '16'],
      {
        PATUH_DATA_DIR: dataDir,
      },
    );
    expect(await noEntity.exited).toBe(1);
    expect(noEntity.output()).toContain('A liaison needs exactly one province and the code of their entity.');
  });

  it('refuses a liaison of an unknown entity or of an entity in another province, writing nothing', async () => {
    for (const [email, entity, message] of [
      ['c@patuh.test', 'NO-SUCH-ENTITY', 'Entity NO-SUCH-ENTITY is not registered.'],
      ['d@patuh.test', '31.71', 'Entity 31.71 is not in province 16.'],
    ] as const) {
      const refused = spawnCli(
        ['user', 'create', '--email', email, '--role', 'liaison', '--province', '16', '--entity', entity],
        { PATUH_DATA_DIR: dataDir },
      );
      expect(await refused.exited).toBe(1);
      expect(refused.output()).toContain(message);
    }
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      expect(await findUserByEmail(database.db, 'c@patuh.test')).toBeUndefined();
      expect(await findUserByEmail(database.db, 'd@patuh.test')).toBeUndefined();
    } finally {
      await database.close();
    }
  });
});

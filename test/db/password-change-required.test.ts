import { and, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordAttemptThrottle } from '../../src/server/auth/reserve-password-attempt';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { demoPassword } from '../../src/server/demo/demo-users';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

/** Finding 8 of issue #15: one-time passwords enforced by the server; password changes throttled and audited. */
describe.each(testEngines())('one-time passwords and password changes on $name', (engine) => {
  let testApp: TestApp;
  let admin: string;
  const call = (cookie: string, options: Omit<InjectOptions, 'headers'>, language = 'id') =>
    testApp.app.inject({ ...options, headers: { cookie, 'accept-language': language } });
  const createAccount = async (email: string) => {
    const created = await call(admin, {
      method: 'POST',
      url: '/api/users',
      payload: { email, name: 'Pengguna Baru', role: 'assessor', scope: { provinceCodes: ['16'] } },
    });
    expect(created.statusCode).toBe(201);
    return created.json().oneTimePassword as string;
  };

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
  });
  afterAll(() => testApp.close());

  it('lets a one-time-password session only read its account, change the password and sign out', async () => {
    const oneTimePassword = await createAccount('sekali.pakai@patuh.test');
    const session = await signInAs(testApp.app, 'sekali.pakai@patuh.test', oneTimePassword);
    for (const [method, url] of [
      ['GET', '/api/cycles'],
      ['GET', '/api/my-loci'],
      ['GET', '/api/notifications'],
      ['PATCH', '/api/account'],
    ] as const) {
      const refused = await call(session, { method, url, payload: { name: 'Diubah' } });
      expect(refused.statusCode, `${method} ${url}`).toBe(403);
      expect(refused.json().error).toMatchObject({
        code: 'PASSWORD_CHANGE_REQUIRED',
        message: 'Ganti kata sandi sekali pakai Anda terlebih dahulu.',
      });
    }
    const inEnglish = await call(session, { method: 'GET', url: '/api/cycles' }, 'en');
    expect(inEnglish.json().error.message).toBe('Replace your one-time password first.');
    const me = await call(session, { method: 'GET', url: '/api/auth/me' });
    expect(me.json()).toMatchObject({ mustChangePassword: true, name: 'Pengguna Baru' });
    // Public routes answer as they would to anyone.
    expect((await call(session, { method: 'GET', url: '/api/regions/provinces' })).statusCode).toBe(200);

    const second = await signInAs(testApp.app, 'sekali.pakai@patuh.test', oneTimePassword);
    expect((await call(second, { method: 'POST', url: '/api/auth/sign-out' })).statusCode).toBe(200);

    const changed = await call(session, {
      method: 'POST',
      url: '/api/account/password',
      payload: { currentPassword: oneTimePassword, newPassword: 'Sungai Musi 2026 pagi' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await call(session, { method: 'GET', url: '/api/cycles' })).statusCode).toBe(200);
    expect((await call(session, { method: 'GET', url: '/api/auth/me' })).json().mustChangePassword).toBe(
      false,
    );
  });

  it('throttles wrong current passwords like sign-in and audits each one without the password', async () => {
    const session = await signInAs(testApp.app, demoEmailByRole.assessor);
    const ip = '10.8.0.1';
    const change = (currentPassword: string, language = 'id') =>
      testApp.app.inject({
        method: 'POST',
        url: '/api/account/password',
        headers: { cookie: session, 'accept-language': language },
        payload: { currentPassword, newPassword: 'Sungai Musi 2026 pagi' },
        remoteAddress: ip,
      });
    const guesses = Array.from(
      { length: passwordAttemptThrottle.freeFailuresPerAccountAddress },
      (_, index) => `tebakan-rahasia-${index}`,
    );
    for (const guess of guesses) {
      const wrong = await change(guess);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.code).toBe('WRONG_PASSWORD');
    }
    const throttled = await change(demoPassword, 'en');
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(throttled.json().error.message).toMatch(
      /^Too many wrong password attempts\. Try again in \d+ seconds\.$/,
    );
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);

    const assessorId = (await call(session, { method: 'GET', url: '/api/auth/me' })).json().id;
    const audited = await testApp.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.change-password-failed'), eq(auditLog.resourceId, assessorId)));
    expect(audited).toHaveLength(guesses.length);
    expect(audited.every((row) => row.ip === ip && row.actorUserId === assessorId)).toBe(true);
    const stored = JSON.stringify(audited);
    for (const secret of [...guesses, demoPassword, 'Sungai Musi 2026 pagi'])
      expect(stored).not.toContain(secret);
    // The password is unchanged: the old one still signs in (from another address).
    await signInAs(testApp.app, demoEmailByRole.assessor, demoPassword);
  });
});

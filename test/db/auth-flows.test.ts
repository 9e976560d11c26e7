import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordAttemptThrottle } from '../../src/server/auth/reserve-password-attempt';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

describe.each(testEngines())('sign-in, sessions and passwords on $name', (engine) => {
  let testApp: TestApp;
  const inject = (options: InjectOptions) => testApp.app.inject(options);
  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
  });
  afterAll(() => testApp.close());

  it('sets an http-only SameSite=Lax session cookie and resolves it to the user', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'ADMIN@patuh.test', password: 'patuh-demo-2026' },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'patuh_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const me = await inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `patuh_session=${cookie?.value}` },
    });
    expect(me.json()).toMatchObject({ email: 'admin@patuh.test', role: 'admin' });
  });

  it('refuses a wrong password and a tampered cookie without saying which part was wrong', async () => {
    const wrong = await inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'admin@patuh.test', password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'E-mail atau kata sandi salah.',
    });
    const cookie = await signInAs(testApp.app, demoEmailByRole.verifier);
    const tampered = `${cookie.slice(0, -2)}${cookie.endsWith('A') ? 'B' : 'A'}x`;
    const me = await inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: tampered } });
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('UNAUTHENTICATED');
  });

  it(`throttles one address after ${passwordAttemptThrottle.freeFailuresPerAccountAddress} failures on an account, never its owner elsewhere`, async () => {
    for (let attempt = 0; attempt < passwordAttemptThrottle.freeFailuresPerAccountAddress; attempt += 1) {
      const response = await inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: demoEmailByRole.liaison, password: `wrong-${attempt}` },
        remoteAddress: '10.0.0.1',
      });
      expect(response.statusCode).toBe(401);
    }
    const blocked = await inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: demoEmailByRole.liaison, password: 'patuh-demo-2026' },
      headers: { 'accept-language': 'en' },
      remoteAddress: '10.0.0.1',
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().error.message).toMatch(/^Too many failed sign-in attempts/);
    const owner = await inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: demoEmailByRole.liaison, password: 'patuh-demo-2026' },
      remoteAddress: '10.0.0.99',
    });
    expect(owner.statusCode).toBe(200);
  });

  it('signs out one session, or every session of the user', async () => {
    const first = await signInAs(testApp.app, demoEmailByRole.coordinator);
    const second = await signInAs(testApp.app, demoEmailByRole.coordinator);
    await inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: first } });
    expect(
      (await inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: first } })).statusCode,
    ).toBe(401);
    expect(
      (await inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: second } })).statusCode,
    ).toBe(200);
    const third = await signInAs(testApp.app, demoEmailByRole.coordinator);
    await inject({ method: 'POST', url: '/api/auth/sign-out-everywhere', headers: { cookie: third } });
    for (const cookie of [second, third]) {
      expect((await inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(
        401,
      );
    }
  });

  it('changes a password only with the current one, refuses weak ones, and ends the other sessions', async () => {
    const other = await signInAs(testApp.app, demoEmailByRole.assessor);
    const current = await signInAs(testApp.app, demoEmailByRole.assessor);
    const change = (currentPassword: string, newPassword: string) =>
      inject({
        method: 'POST',
        url: '/api/account/password',
        headers: { cookie: current },
        payload: { currentPassword, newPassword },
      });
    expect((await change('wrong-current-password', 'Sungai Musi 2026 pagi')).json().error.code).toBe(
      'WRONG_PASSWORD',
    );
    const common = await change('patuh-demo-2026', 'password1234');
    expect(common.json().error).toMatchObject({
      code: 'WEAK_PASSWORD',
      message: 'Kata sandi ini terlalu umum.',
    });
    expect((await change('patuh-demo-2026', 'asesor.sumsel-rahasia')).json().error.code).toBe(
      'WEAK_PASSWORD',
    );
    expect((await change('patuh-demo-2026', 'pendek')).statusCode).toBe(400);
    const accepted = await change('patuh-demo-2026', 'Sungai Musi 2026 pagi');
    expect(accepted.statusCode).toBe(200);
    expect(
      (await inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: other } })).statusCode,
    ).toBe(401);
    expect(
      (await inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: current } })).statusCode,
    ).toBe(200);
    await signInAs(testApp.app, demoEmailByRole.assessor, 'Sungai Musi 2026 pagi');
  });

  it('hands out a one-time password that must be changed, and refuses a deactivated account', async () => {
    const admin = await signInAs(testApp.app, demoEmailByRole.admin);
    const created = await inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: {
        email: 'baru@patuh.test',
        name: 'Pengguna Baru',
        role: 'verifier',
        scope: { provinceCodes: ['16'] },
      },
    });
    expect(created.statusCode).toBe(201);
    const { user, oneTimePassword } = created.json();
    expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{16}$/);
    const newcomer = await signInAs(testApp.app, 'baru@patuh.test', oneTimePassword);
    const me = await inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: newcomer } });
    expect(me.json().mustChangePassword).toBe(true);

    await inject({ method: 'POST', url: `/api/users/${user.id}/deactivate`, headers: { cookie: admin } });
    const listed = async (query: string) =>
      (
        await inject({ method: 'GET', url: `/api/users?search=baru${query}`, headers: { cookie: admin } })
      ).json().total;
    expect(await listed('&includeInactive=false')).toBe(0);
    expect(await listed('')).toBe(0);
    expect(await listed('&includeInactive=true')).toBe(1);
    expect(
      (await inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: newcomer } })).statusCode,
    ).toBe(401);
    const refused = await inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'baru@patuh.test', password: oneTimePassword },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('ACCOUNT_INACTIVE');
  });
});

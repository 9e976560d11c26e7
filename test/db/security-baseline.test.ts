import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

describe.each(testEngines())('security baseline on $name', (engine) => {
  let testApp: TestApp;
  let admin: string;
  beforeAll(async () => {
    testApp = await buildTestApp(engine, {
      withDemoUsers: true,
      extend: (app) =>
        app.get('/api/test/explode', { config: { access: 'public' } }, async () => {
          throw new Error('relation "secret_table" does not exist: SELECT * FROM secret_table');
        }),
    });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
  });
  afterAll(() => testApp.close());

  const newUser = {
    email: 'csrf@patuh.test',
    name: 'CSRF',
    role: 'assessor',
    scope: { provinceCodes: ['16'] },
  };

  it('refuses a cross-site POST carrying a valid session cookie, and creates nothing', async () => {
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }]) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { cookie: admin, ...headers },
        payload: newUser,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('CROSS_SITE_REQUEST');
    }
    const list = await testApp.app.inject({
      method: 'GET',
      url: '/api/users?search=csrf',
      headers: { cookie: admin },
    });
    expect(list.json().total).toBe(0);
    const sameOrigin = await testApp.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: {
        cookie: admin,
        origin: 'http://localhost:80',
        host: 'localhost:80',
        'sec-fetch-site': 'same-origin',
      },
      payload: newUser,
    });
    expect(sameOrigin.statusCode).toBe(201);
  });

  it('refuses a 10 MB JSON body with 413 in the user language', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(10 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(/terlalu besar/),
    });
  });

  it('answers an internal error with a request id and no stack or SQL', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/test/explode' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/secret_table|SELECT|at .*\.ts/);
    expect(response.json().error).toMatchObject({
      code: 'INTERNAL_ERROR',
      requestId: response.headers['x-request-id'],
    });
  });

  it('sends a strict Content-Security-Policy and related headers', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('sends the same headers on a 404, and lets the API docs page keep its own policy', async () => {
    const missing = await testApp.app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
    const docs = await testApp.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('rate-limits the public sign-in endpoint per IP', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 22; attempt += 1) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: {},
        remoteAddress: '192.0.2.7',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 20).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});

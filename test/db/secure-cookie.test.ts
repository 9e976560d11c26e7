import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { testEngines } from '../helpers/test-database';

describe.each(testEngines())('session cookie behind an HTTPS reverse proxy on $name', (engine) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true, environment: { PATUH_TRUST_PROXY: 'true' } });
  });
  afterAll(() => testApp.close());

  const signIn = (headers: Record<string, string>) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers,
      payload: { email: 'admin@patuh.test', password: 'patuh-demo-2026' },
    });

  it('marks the cookie Secure when the proxy says the client used HTTPS, and takes the client IP from it', async () => {
    const response = await signIn({ 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' });
    const cookie = response.cookies.find((c) => c.name === 'patuh_session');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    const audit = await testApp.app.inject({
      method: 'GET',
      url: '/api/audit?action=auth.sign-in',
      headers: { cookie: `patuh_session=${cookie?.value}` },
    });
    expect(audit.json().items[0].ip).toBe('203.0.113.9');
  });

  it('leaves it without Secure over plain HTTP', async () => {
    const response = await signIn({ 'x-forwarded-proto': 'http' });
    expect(response.cookies.find((c) => c.name === 'patuh_session')?.secure).toBeFalsy();
  });
});

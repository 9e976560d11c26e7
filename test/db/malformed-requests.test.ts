import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

/**
 * Issue #15 finding 7: U+0000 anywhere in a request (PostgreSQL cannot store it) and PATCH bodies that change
 * nothing used to reach the database and answer 500. One hook (security/reject-malformed-requests.ts) answers
 * 400 VALIDATION_FAILED in the documented shape for every route, after the access check.
 */
describe.each(testEngines())('NUL characters and empty PATCH bodies on $name', (engine) => {
  let testApp: TestApp;
  let admin = '';
  const auditRows = async () => {
    const result = await testApp.database.db.execute(sql`select count(*)::int as n from audit_log`);
    return Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n);
  };
  const send = (method: 'GET' | 'PATCH' | 'POST', url: string, payload?: unknown, extra = {}) =>
    testApp.app.inject({
      method,
      url,
      headers: {
        cookie: admin,
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        ...extra,
      },
      ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
    });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
  });
  afterAll(() => testApp.close());

  it('refuses a NUL character in a JSON body with 400 in the documented shape, in Indonesian and English, and stores nothing', async () => {
    const before = await auditRows();
    const response = await send('PATCH', '/api/account', { name: 'a\u0000b' });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      requestId: response.headers['x-request-id'],
    });
    expect(body.error.message).toContain('body.name');
    expect(body.error.message).toMatch(/karakter NUL/);
    const english = await send('PATCH', '/api/account', { name: 'a\u0000b' }, { 'accept-language': 'en' });
    expect(english.json().error.message).toMatch(/contains a NUL character/);
    const me = await send('GET', '/api/auth/me');
    expect(me.json().name).not.toContain('\u0000');
    expect(await auditRows()).toBe(before);
  });

  it('finds the NUL in a nested value, in a key, in the query string and in a path parameter', async () => {
    const nested = await send('POST', '/api/unit-types', {
      code: 'loket-baru',
      name: 'Loket',
      aliases: ['ok', { deeper: ['x\u0000'] }],
    });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().error.message).toContain('body.aliases.1.deeper.0');
    const key = await send('PATCH', '/api/account', { 'na\u0000me': 'Nama' });
    expect(key.statusCode).toBe(400);
    const query = await send('GET', '/api/entities?search=mu%00ba');
    expect(query.statusCode).toBe(400);
    expect(query.json().error.message).toContain('query.search');
    const param = await send('GET', '/api/entities/16.06%00');
    expect(param.statusCode).toBe(400);
    expect(param.json().error.message).toContain('params.code');
  });

  it('checks access first: an anonymous caller with a NUL byte still gets 401, and learns nothing more', async () => {
    const response = await testApp.app.inject({
      method: 'PATCH',
      url: '/api/account',
      payload: { name: 'a\u0000b' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('survives a deeply nested body without overflowing the stack (the walk is iterative)', async () => {
    const deep = `${'['.repeat(50_000)}"\\u0000"${']'.repeat(50_000)}`;
    const response = await testApp.app.inject({
      method: 'PATCH',
      url: '/api/account',
      headers: { cookie: admin, 'content-type': 'application/json' },
      payload: deep,
    });
    expect(response.statusCode).toBe(400);
  });

  it('refuses a PATCH that changes nothing ({} or only unknown fields) with 400 and writes nothing', async () => {
    const before = await auditRows();
    for (const payload of [{}, { unknownField: 'x' }]) {
      const response = await send('PATCH', '/api/unit-types/puskesmas', payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(response.json().error.message).toMatch(/Tidak ada yang diubah/);
    }
    const account = await send('PATCH', '/api/account', {});
    expect(account.statusCode).toBe(400);
    expect(await auditRows()).toBe(before);
    // A PATCH with a field still works.
    const renamed = await send('PATCH', '/api/account', { name: 'Admin Patuh' });
    expect(renamed.statusCode).toBe(200);
  });
});

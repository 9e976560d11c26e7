import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { testEngines } from '../helpers/test-database';

describe.each(testEngines())('HTTP application on $name', (engine) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await buildTestApp(engine);
  });
  afterAll(() => testApp.close());

  it('reports health with the database kind, applied migrations and version', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: engine.name,
      migrations: expect.any(Number),
      version: packageJson.version,
    });
    expect(response.json().migrations).toBeGreaterThan(0);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers the liveness probe without the database', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health/live' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('publishes the OpenAPI document with the health route and a browsable UI', async () => {
    const spec = await testApp.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(spec.statusCode).toBe(200);
    expect(spec.json().openapi).toMatch(/^3\./);
    expect(Object.keys(spec.json().paths)).toContain('/api/health');
    const ui = await testApp.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('names the invalid field in the language of the request, keeping our own bilingual messages', async () => {
    const invalidSignIn = (language: string) =>
      testApp.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'accept-language': language },
        payload: { email: 'bukan-email', password: 'x' },
      });
    const inIndonesian = (await invalidSignIn('id')).json().error;
    expect(inIndonesian.code).toBe('VALIDATION_FAILED');
    expect(inIndonesian.message).toBe('Permintaan tidak valid: body.email: alamat email tidak valid');
    expect(inIndonesian.details).toEqual([{ path: 'body.email', message: 'alamat email tidak valid' }]);
    expect((await invalidSignIn('en')).json().error.message).toBe(
      'The request is not valid: body.email: Invalid email address',
    );

    const badQuery = await testApp.app.inject({ method: 'GET', url: '/api/entities?provinceCode=Sumsel' });
    expect(badQuery.json().error.details).toEqual([
      { path: 'querystring.provinceCode', message: 'kode provinsi dua digit / two-digit province code' },
    ]);
  });

  it('answers unknown API paths with a bilingual JSON 404 carrying the request id', async () => {
    const inIndonesian = await testApp.app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(inIndonesian.statusCode).toBe(404);
    expect(inIndonesian.json().error).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^Tidak ada rute/),
    });
    expect(inIndonesian.json().error.requestId).toBe(inIndonesian.headers['x-request-id']);
    const inEnglish = await testApp.app.inject({
      method: 'GET',
      url: '/api/does-not-exist',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(inEnglish.json().error.message).toMatch(/^No route/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { createUser } from '../../src/server/use-cases/create-user';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

describe.each(testEngines())('province scope on $name', (engine) => {
  let testApp: TestApp;
  let jakartaAssessorId: string;
  let cookies: Record<'coordinator' | 'assessor' | 'admin', string>;

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    const { user } = await createUser(
      testApp.database.db,
      undefined,
      {
        email: 'asesor.jakarta@patuh.test',
        name: 'Asesor Jakarta',
        role: 'assessor',
        scope: { provinceCodes: ['31'], entityCode: null },
      },
      commandLineAuditContext,
    );
    jakartaAssessorId = user.id;
    cookies = {
      coordinator: await signInAs(testApp.app, demoEmailByRole.coordinator),
      assessor: await signInAs(testApp.app, demoEmailByRole.assessor),
      admin: await signInAs(testApp.app, demoEmailByRole.admin),
    };
  });
  afterAll(() => testApp.close());

  it('answers 404 to a Sumatera Selatan coordinator for anything of another province, and changes nothing', async () => {
    const asCoordinator = { cookie: cookies.coordinator };
    const calls = [
      { method: 'GET' as const, url: `/api/users/${jakartaAssessorId}` },
      { method: 'PATCH' as const, url: `/api/users/${jakartaAssessorId}`, payload: { name: 'Diubah' } },
      { method: 'POST' as const, url: `/api/users/${jakartaAssessorId}/deactivate`, payload: {} },
    ];
    for (const call of calls) {
      const response = await testApp.app.inject({ ...call, headers: asCoordinator });
      expect(response.statusCode, `${call.method} ${call.url}`).toBe(404);
    }
    const unchanged = await testApp.app.inject({
      method: 'GET',
      url: `/api/users/${jakartaAssessorId}`,
      headers: { cookie: cookies.admin },
    });
    expect(unchanged.json()).toMatchObject({ name: 'Asesor Jakarta', isActive: true });

    const list = await testApp.app.inject({
      method: 'GET',
      url: '/api/users?pageSize=100',
      headers: asCoordinator,
    });
    const emails = list.json().items.map((user: { email: string }) => user.email);
    expect(emails).toContain('asesor.sumsel@patuh.test');
    expect(emails).not.toContain('asesor.jakarta@patuh.test');
    expect(emails).not.toContain('admin@patuh.test');

    const audit = await testApp.app.inject({
      method: 'GET',
      url: '/api/audit?pageSize=200',
      headers: asCoordinator,
    });
    const provinces = new Set(
      audit.json().items.map((entry: { provinceCode: string | null }) => entry.provinceCode),
    );
    expect([...provinces]).toEqual(['16']);
  });

  it('lets an assessor of Sumatera Selatan read or change nothing of another province (nor of their own)', async () => {
    const asAssessor = { cookie: cookies.assessor };
    expect(
      (
        await testApp.app.inject({
          method: 'GET',
          url: `/api/users/${jakartaAssessorId}`,
          headers: asAssessor,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/users', headers: asAssessor })).statusCode,
    ).toBe(403);
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/audit', headers: asAssessor })).statusCode,
    ).toBe(403);
    const create = await testApp.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: asAssessor,
      payload: { email: 'x@patuh.test', name: 'X', role: 'assessor', scope: { provinceCodes: ['31'] } },
    });
    expect(create.statusCode).toBe(403);
  });

  it('refuses a coordinator creating staff outside their provinces or promoting someone to coordinator', async () => {
    const create = (payload: object) =>
      testApp.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { cookie: cookies.coordinator },
        payload,
      });
    const elsewhere = await create({
      email: 'y@patuh.test',
      name: 'Y',
      role: 'assessor',
      scope: { provinceCodes: ['31'] },
    });
    expect(elsewhere.statusCode).toBe(403);
    const peer = await create({
      email: 'z@patuh.test',
      name: 'Z',
      role: 'coordinator',
      scope: { provinceCodes: ['16'] },
    });
    expect(peer.statusCode).toBe(403);
    const liaisonElsewhere = await create({
      email: 'w@patuh.test',
      name: 'W',
      role: 'liaison',
      scope: { provinceCodes: ['16'], entityCode: '31.71' },
    });
    expect(liaisonElsewhere.statusCode).toBe(422);
    expect(liaisonElsewhere.json().error.code).toBe('ENTITY_OUTSIDE_PROVINCE');
    expect(liaisonElsewhere.json().error.message).toBe('Entitas 31.71 tidak berada di provinsi 16.');
  });
});

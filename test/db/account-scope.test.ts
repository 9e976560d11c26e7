import { count } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../../src/server/db/repositories/users.repository';
import { auditLog } from '../../src/server/db/schema/audit-log';
import { users } from '../../src/server/db/schema/users';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

/** Finding 4 of issue #15: forged scopes on account creation and update (the Sumsel coordinator, province 16). */
describe.each(testEngines())('scope of created and updated accounts on $name', (engine) => {
  let testApp: TestApp;
  let admin: string;
  let coordinator: string;
  let mubaLiaisonId: string;
  let nationalLiaisonId: string;
  const call = (cookie: string, options: Omit<InjectOptions, 'headers'>, language = 'id') =>
    testApp.app.inject({ ...options, headers: { cookie, 'accept-language': language } });
  const createLiaison = (cookie: string, email: string, provinceCodes: string[], entityCode: string) =>
    call(cookie, {
      method: 'POST',
      url: '/api/users',
      payload: { email, name: 'Penghubung Uji', role: 'liaison', scope: { provinceCodes, entityCode } },
    });
  const written = async () => {
    const [userRows] = await testApp.database.db.select({ total: count() }).from(users);
    const [auditRows] = await testApp.database.db.select({ total: count() }).from(auditLog);
    return { users: userRows?.total, audit: auditRows?.total };
  };

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    const ministry = await call(admin, {
      method: 'POST',
      url: '/api/entities',
      payload: {
        code: 'K-KEMENKES',
        kind: 'kementerian',
        officialName: 'Kementerian Kesehatan',
        shortName: 'Kemenkes',
      },
    });
    expect(ministry.statusCode).toBe(201);
    const muba = await createLiaison(coordinator, 'penghubung.uji@patuh.test', ['16'], '16.06');
    expect(muba.statusCode).toBe(201);
    mubaLiaisonId = muba.json().user.id;
    const national = await createLiaison(admin, 'penghubung.kemenkes@patuh.test', ['16'], 'K-KEMENKES');
    expect(national.statusCode).toBe(201);
    nationalLiaisonId = national.json().user.id;
  });
  afterAll(() => testApp.close());

  it('refuses a coordinator’s forged liaison scopes with a precise code, writing nothing', async () => {
    const before = await written();
    const forged = [
      { provinceCodes: ['16'], entityCode: 'NO-SUCH-ENTITY', status: 422, code: 'ENTITY_UNKNOWN' },
      { provinceCodes: ['16'], entityCode: 'K-KEMENKES', status: 403, code: 'NATIONAL_ENTITY_ADMIN_ONLY' },
      { provinceCodes: ['16'], entityCode: '31.71', status: 422, code: 'ENTITY_OUTSIDE_PROVINCE' },
      { provinceCodes: ['31'], entityCode: '31.71', status: 403, code: 'SCOPE_OUTSIDE_OWN_PROVINCES' },
      { provinceCodes: ['99'], entityCode: '16.06', status: 422, code: 'PROVINCE_UNKNOWN' },
    ];
    for (const [index, scope] of forged.entries()) {
      const email = `palsu.${index}@patuh.test`;
      const response = await createLiaison(coordinator, email, scope.provinceCodes, scope.entityCode);
      expect(response.statusCode, scope.entityCode).toBe(scope.status);
      expect(response.json().error.code).toBe(scope.code);
      expect(await findUserByEmail(testApp.database.db, email)).toBeUndefined();
    }
    const assessorElsewhere = await call(coordinator, {
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'asesor.palsu@patuh.test',
        name: 'Asesor Palsu',
        role: 'assessor',
        scope: { provinceCodes: ['16', '31'] },
      },
    });
    expect(assessorElsewhere.statusCode).toBe(403);
    expect(assessorElsewhere.json().error.code).toBe('SCOPE_OUTSIDE_OWN_PROVINCES');
    expect(await written()).toEqual(before);
  });

  it('says why in Indonesian and in English', async () => {
    const id = await createLiaison(coordinator, 'palsu.id@patuh.test', ['16'], 'NO-SUCH-ENTITY');
    expect(id.json().error.message).toBe('Entitas NO-SUCH-ENTITY tidak terdaftar.');
    const en = await call(
      coordinator,
      {
        method: 'POST',
        url: '/api/users',
        payload: {
          email: 'palsu.en@patuh.test',
          name: 'Palsu',
          role: 'liaison',
          scope: { provinceCodes: ['16'], entityCode: '31.71' },
        },
      },
      'en',
    );
    expect(en.json().error.message).toBe('Entity 31.71 is not in province 16.');
  });

  it('refuses the same forged scopes on update, leaving the account and the audit trail as they were', async () => {
    const before = await written();
    const original = (await call(admin, { method: 'GET', url: `/api/users/${mubaLiaisonId}` })).json();
    const forged = [
      { scope: { provinceCodes: ['16'], entityCode: 'NO-SUCH-ENTITY' }, code: 'ENTITY_UNKNOWN' },
      { scope: { provinceCodes: ['16'], entityCode: 'K-KEMENKES' }, code: 'NATIONAL_ENTITY_ADMIN_ONLY' },
      { scope: { provinceCodes: ['16'], entityCode: '31.71' }, code: 'ENTITY_OUTSIDE_PROVINCE' },
      { scope: { provinceCodes: ['31'], entityCode: '31.71' }, code: 'SCOPE_OUTSIDE_OWN_PROVINCES' },
    ];
    for (const { scope, code } of forged) {
      const response = await call(coordinator, {
        method: 'PATCH',
        url: `/api/users/${mubaLiaisonId}`,
        payload: { name: 'Diubah', scope },
      });
      expect(response.json().error?.code, scope.entityCode).toBe(code);
    }
    const after = (await call(admin, { method: 'GET', url: `/api/users/${mubaLiaisonId}` })).json();
    expect(after).toEqual(original);
    expect(await written()).toEqual(before);
  });

  it('keeps ministry and agency liaisons to admins, who may still change them', async () => {
    const byCoordinator = await call(coordinator, {
      method: 'PATCH',
      url: `/api/users/${nationalLiaisonId}`,
      payload: { name: 'Diubah Koordinator' },
    });
    expect(byCoordinator.statusCode).toBe(403);
    expect(byCoordinator.json().error.code).toBe('NATIONAL_ENTITY_ADMIN_ONLY');
    const byAdmin = await call(admin, {
      method: 'PATCH',
      url: `/api/users/${nationalLiaisonId}`,
      payload: { name: 'Penghubung Kemenkes' },
    });
    expect(byAdmin.statusCode).toBe(200);
    expect(byAdmin.json()).toMatchObject({
      name: 'Penghubung Kemenkes',
      scope: { entityCode: 'K-KEMENKES' },
    });
    // A coordinator may stop such an account but not open it again.
    const deactivate = `/api/users/${nationalLiaisonId}/deactivate`;
    expect((await call(coordinator, { method: 'POST', url: deactivate })).statusCode).toBe(200);
    const reopened = await call(coordinator, {
      method: 'POST',
      url: `/api/users/${nationalLiaisonId}/reactivate`,
    });
    expect(reopened.json().error.code).toBe('NATIONAL_ENTITY_ADMIN_ONLY');
    const byAdminAgain = await call(admin, {
      method: 'POST',
      url: `/api/users/${nationalLiaisonId}/reactivate`,
    });
    expect(byAdminAgain.json().isActive).toBe(true);
    // Admins are held to existing entities too.
    const unknown = await createLiaison(admin, 'palsu.admin@patuh.test', ['16'], 'NO-SUCH-ENTITY');
    expect(unknown.json().error.code).toBe('ENTITY_UNKNOWN');
  });

  it('still lets a coordinator move a liaison to another government of their province', async () => {
    const moved = await call(coordinator, {
      method: 'PATCH',
      url: `/api/users/${mubaLiaisonId}`,
      payload: { scope: { provinceCodes: ['16'], entityCode: '16.71' } },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().scope).toEqual({ provinceCodes: ['16'], entityCode: '16.71' });
  });
});

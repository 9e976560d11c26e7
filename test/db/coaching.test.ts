import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachingSession } from '../../src/contracts/coaching.contract';
import type { Plan } from '../../src/contracts/plans.contract';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { tinyPdf } from '../helpers/cycle-factory';
import { createOtherLiaison } from '../helpers/plan-fixtures';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

describe.each(testEngines())('coaching log on $name', (engine) => {
  let testApp: TestApp;
  let coordinator: string;
  let liaison: string;
  let otherLiaison: string;
  let planItemId: string;
  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    testApp.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    liaison = await signInAs(testApp.app, demoEmailByRole.liaison);
    otherLiaison = await createOtherLiaison(testApp);
    const plan = await call(liaison, 'POST', '/api/plans/16.06/2024', {
      items: [{ indicatorCode: 'PRS-01', action: 'Pasang standar pelayanan' }],
    });
    expect(plan.statusCode).toBe(201);
    planItemId = (plan.json() as Plan).items[0]?.id ?? '';
  });
  afterAll(() => testApp.close());

  const session = {
    entityCode: '16.06',
    heldOn: '2025-02-10',
    topic: 'Pendampingan standar pelayanan',
    facilitator: 'Asisten Ombudsman Sumsel',
    attendees: [{ name: 'Budi', position: 'Kabag Organisasi', institution: 'Setda Muba' }],
    notes: 'Standar pelayanan Dinas Sosial dibahas.',
  };

  it('lets coordinators record sessions linked to plan items, versioned and audited', async () => {
    const created = await call(coordinator, 'POST', '/api/coaching', {
      ...session,
      planItemIds: [planItemId],
    });
    expect(created.statusCode).toBe(201);
    const saved: CoachingSession = created.json();
    expect(saved).toMatchObject({
      entityCode: '16.06',
      provinceCode: '16',
      planItemIds: [planItemId],
      version: 1,
    });

    const changed = await call(coordinator, 'PUT', `/api/coaching/${saved.id}`, {
      ...session,
      version: 1,
      topic: 'Standar pelayanan (lanjutan)',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      topic: 'Standar pelayanan (lanjutan)',
      version: 2,
      planItemIds: [],
    });
    const stale = await call(coordinator, 'PUT', `/api/coaching/${saved.id}`, { ...session, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current.version).toBe(2);

    const attached = await testApp.app.inject({
      method: 'POST',
      url: `/api/coaching/${saved.id}/attachments?fileName=daftar-hadir.pdf`,
      headers: { cookie: coordinator, 'content-type': 'application/pdf' },
      payload: tinyPdf,
    });
    expect(attached.statusCode).toBe(201);
    const sha = (attached.json() as CoachingSession).attachments[0]?.sha256;
    expect((await call(liaison, 'GET', `/api/coaching/${saved.id}/attachments/${sha}`)).statusCode).toBe(200);

    const admin = await signInAs(testApp.app, demoEmailByRole.admin);
    const audit = (await call(admin, 'GET', '/api/audit?resourceType=coaching-session&pageSize=50')).json();
    expect((audit.items as { action: string }[]).map((entry) => entry.action).sort()).toEqual([
      'coaching.attach',
      'coaching.create',
      'coaching.update',
    ]);
  });

  it('refuses a plan item of another entity and a province outside scope', async () => {
    const foreign = await call(coordinator, 'POST', '/api/coaching', {
      ...session,
      entityCode: '16.71',
      planItemIds: [planItemId],
    });
    expect(foreign.statusCode).toBe(400);
    const elsewhere = await call(coordinator, 'POST', '/api/coaching', {
      ...session,
      entityCode: null,
      provinceCode: '31',
    });
    expect(elsewhere.statusCode).toBe(404);
    const provinceWide = await call(coordinator, 'POST', '/api/coaching', {
      ...session,
      entityCode: null,
      provinceCode: '16',
    });
    expect(provinceWide.statusCode).toBe(201);
  });

  it('shows liaisons their entity\u2019s sessions only; another entity\u2019s liaison gets 404', async () => {
    const mine = (await call(liaison, 'GET', '/api/coaching')).json().items as CoachingSession[];
    expect(mine.map((item) => item.entityCode)).toEqual(['16.06']);
    const id = mine[0]?.id;
    expect((await call(otherLiaison, 'GET', '/api/coaching')).json().items).toEqual([]);
    expect((await call(otherLiaison, 'GET', `/api/coaching/${id}`)).statusCode).toBe(404);
    expect((await call(liaison, 'PUT', `/api/coaching/${id}`, { ...session, version: 2 })).statusCode).toBe(
      403,
    );
    expect((await call(coordinator, 'GET', '/api/coaching')).json().items).toHaveLength(2);
  });
});

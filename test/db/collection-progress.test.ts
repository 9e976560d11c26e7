import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Methodology } from '../../src/core/methodology/methodology.schema';
import { commandLineAuditContext } from '../../src/server/audit/audit-context';
import { createUser } from '../../src/server/use-cases/create-user';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { fillLocusUnit, findLocusUnitId, methodologyOf } from '../helpers/collected-unit-factory';
import { phasesAround, planMubaLocus } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs, signInReplacingOneTimePassword } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

type Who = keyof typeof demoEmailByRole | 'otherCoordinator';

describe.each(testEngines())('field progress per province, entity and unit on $name', (engine) => {
  let testApp: TestApp;
  let methodology: Methodology;
  const cookie = new Map<Who, string>();
  let unitIds: string[] = [];
  const get = (url: string, who: Who) =>
    testApp.app.inject({ method: 'GET', url, headers: { cookie: cookie.get(who) ?? '' } });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    methodology = await methodologyOf('ombudsman-kepatuhan@2024r1');
    for (const role of Object.keys(demoEmailByRole) as (keyof typeof demoEmailByRole)[])
      cookie.set(role, await signInAs(testApp.app, demoEmailByRole[role]));
    const admin = cookie.get('admin') ?? '';
    ({ unitIds } = await planMubaLocus(testApp.app, admin));
    // A second locus, in another province, with one unit and nothing recorded.
    const unit = await testApp.app.inject({
      method: 'POST',
      url: '/api/entities/31.71/units',
      headers: { cookie: admin },
      payload: { unitTypeCode: 'dinas-sosial', name: 'Dinas Sosial Jakarta Pusat' },
    });
    await testApp.app.inject({
      method: 'PUT',
      url: '/api/cycles/2024/loci/31.71',
      headers: { cookie: admin },
      payload: { unitIds: [unit.json().id] },
    });
    await testApp.app.inject({
      method: 'PATCH',
      url: '/api/cycles/2024',
      headers: { cookie: admin },
      payload: { phases: phasesAround('data-collection') },
    });
    const created = await createUser(
      testApp.database.db,
      undefined,
      {
        email: 'koordinator.dki@patuh.test',
        name: 'Koordinator DKI',
        role: 'coordinator',
        scope: { provinceCodes: ['31'], entityCode: null },
      },
      commandLineAuditContext,
    );
    cookie.set(
      'otherCoordinator',
      await signInReplacingOneTimePassword(testApp.app, created.user.email, created.oneTimePassword),
    );
    const db = testApp.database.db;
    await fillLocusUnit(db, methodology, await findLocusUnitId(db, '16.06', unitIds[0] ?? ''), {
      surveyResponses: 12,
    });
    await fillLocusUnit(db, methodology, await findLocusUnitId(db, '16.06', unitIds[1] ?? ''), {
      roles: ['kepala-unit', 'petugas-pelayanan', 'ketua-tim-pengaduan'],
      skipIndicators: ['INP-S03'],
      withoutEvidence: ['PRS-06'],
    });
    const submitted = await testApp.app.inject({
      method: 'POST',
      url: `/api/cycles/2024/loci/16.06/units/${unitIds[0]}/submit`,
      headers: { cookie: cookie.get('assessor') ?? '' },
      payload: {},
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
  });
  afterAll(() => testApp.close());

  it('counts respondents, indicators, evidence, survey and statuses per unit, entity and province', async () => {
    const response = await get('/api/cycles/2024/progress', 'admin');
    expect(response.statusCode).toBe(200);
    const progress = response.json();
    expect(progress.provinces.map((province: { provinceCode: string }) => province.provinceCode)).toEqual([
      '16',
      '31',
    ]);
    const sumsel = progress.provinces[0];
    expect(sumsel.provinceName).toBe('Sumatera Selatan');
    expect(sumsel.approvals).toEqual({ open: 1, approved: 0, accepted: 0 });
    const muba = sumsel.entities[0];
    expect(muba).toMatchObject({ entityCode: '16.06', approval: 'open' });
    expect(muba.units).toHaveLength(6);
    const unitOf = (id: string | undefined) =>
      muba.units.find((unit: { unitId: string }) => unit.unitId === id);
    expect(unitOf(unitIds[0])).toMatchObject({
      status: 'submitted',
      respondents: { done: 5, total: 5 },
      indicators: { done: 34, total: 34 },
      evidence: { done: 30, total: 30 },
      survey: { done: 12, total: 30 },
    });
    expect(unitOf(unitIds[1])).toMatchObject({
      status: 'draft',
      respondents: { done: 4, total: 5 },
      indicators: { done: 33, total: 34 },
      evidence: { done: 26, total: 27 },
      survey: { done: 0, total: 30 },
    });
    expect(unitOf(unitIds[2])).toMatchObject({
      respondents: { done: 0, total: 5 },
      indicators: { done: 0, total: 34 },
      evidence: { done: 0, total: 0 },
    });
    expect(muba).toMatchObject({
      respondents: { done: 9, total: 30 },
      indicators: { done: 67, total: 204 },
      evidence: { done: 56, total: 57 },
      survey: { done: 12, total: 180 },
      statuses: { draft: 5, submitted: 1, returned: 0, verified: 0, locked: 0 },
    });
    expect(sumsel.statuses).toEqual(muba.statuses);
    expect(progress.provinces[1]).toMatchObject({
      provinceName: 'DKI Jakarta',
      respondents: { done: 0, total: 5 },
      statuses: { draft: 1 },
    });
  });

  it('filters by province and entity and keeps coordinators to their provinces', async () => {
    const own = (await get('/api/cycles/2024/progress', 'coordinator')).json();
    expect(own.provinces.map((province: { provinceCode: string }) => province.provinceCode)).toEqual(['16']);
    const other = (await get('/api/cycles/2024/progress', 'otherCoordinator')).json();
    expect(other.provinces.map((province: { provinceCode: string }) => province.provinceCode)).toEqual([
      '31',
    ]);
    expect((await get('/api/cycles/2024/progress?province=16', 'otherCoordinator')).statusCode).toBe(404);
    const entity = (await get('/api/cycles/2024/progress?entity=16.06', 'admin')).json();
    expect(entity.provinces).toHaveLength(1);
    expect(entity.provinces[0].entities.map((item: { entityCode: string }) => item.entityCode)).toEqual([
      '16.06',
    ]);
    expect(
      (await get('/api/cycles/2024/progress?entity=16.06', 'otherCoordinator')).json().provinces,
    ).toEqual([]);
    expect((await get('/api/cycles/2024/progress', 'assessor')).statusCode).toBe(403);
    expect((await get('/api/cycles/2024/progress', 'liaison')).statusCode).toBe(403);
    expect((await get('/api/cycles/2031/progress', 'admin')).statusCode).toBe(404);
  });

  it('lists one page of entities when asked, with province figures still counting every entity', async () => {
    const whole = (await get('/api/cycles/2024/progress', 'admin')).json();
    expect(whole.page).toBeUndefined();
    const second = (await get('/api/cycles/2024/progress?page=2&pageSize=1', 'admin')).json();
    expect(second.page).toEqual({ page: 2, pageSize: 1, totalEntities: 2 });
    expect(second.provinces.map((province: { entities: unknown[] }) => province.entities.length)).toEqual([
      0, 1,
    ]);
    expect(second.provinces[1].entities[0].entityCode).toBe('31.71');
    const first = (await get('/api/cycles/2024/progress?pageSize=1', 'admin')).json();
    expect(first.provinces[0].entities.map((item: { entityCode: string }) => item.entityCode)).toEqual([
      '16.06',
    ]);
    // Totals stay whole: the province figures of a page equal those of the full answer.
    const { entities: _wholeEntities, ...wholeSumsel } = whole.provinces[0];
    const { entities: _pageEntities, ...pageSumsel } = second.provinces[0];
    expect(pageSumsel).toEqual(wholeSumsel);
    const beyond = (await get('/api/cycles/2024/progress?page=3&pageSize=1', 'admin')).json();
    expect(beyond.provinces.flatMap((province: { entities: unknown[] }) => province.entities)).toEqual([]);
    expect((await get('/api/cycles/2024/progress?pageSize=601', 'admin')).statusCode).toBe(400);
  });
});

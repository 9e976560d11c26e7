import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { cycleRequest, mubaUnits2024, phasesAround } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

describe.each(testEngines())('loci, respondent plans and teams on $name', (engine) => {
  let testApp: TestApp;
  const cookie: Record<keyof typeof demoEmailByRole, string> = {
    admin: '',
    coordinator: '',
    assessor: '',
    verifier: '',
    liaison: '',
  };
  const unitIds: string[] = [];
  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    who?: keyof typeof cookie,
    payload?: object,
  ) =>
    testApp.app.inject({
      method,
      url,
      headers: who ? { cookie: cookie[who] } : {},
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    for (const role of Object.keys(cookie) as (keyof typeof cookie)[])
      cookie[role] = await signInAs(testApp.app, demoEmailByRole[role]);
    expect((await call('POST', '/api/cycles', 'admin', cycleRequest(2024, 'preparation'))).statusCode).toBe(
      201,
    );
    for (const [unitTypeCode, name] of mubaUnits2024)
      unitIds.push(
        (await call('POST', '/api/entities/16.06/units', 'coordinator', { unitTypeCode, name })).json().id,
      );
  });
  afterAll(() => testApp.close());

  it('selects Muba with its six units and plans 4 officials per unit and 30 service users', async () => {
    const response = await call('PUT', '/api/cycles/2024/loci/16.06', 'coordinator', { unitIds });
    expect(response.statusCode).toBe(200);
    const locus = response.json();
    expect(locus).toMatchObject({
      entityCode: '16.06',
      unitCount: 6,
      methodologyRef: 'ombudsman-kepatuhan@2024r1',
    });
    expect(locus.units.filter((unit: { isSelected: boolean }) => unit.isSelected)).toHaveLength(6);
    expect(locus.plan.perUnit.map((role: { role: string }) => role.role)).toEqual([
      'kepala-unit',
      'petugas-pelayanan',
      'ketua-tim-pengaduan',
      'petugas-pengaduan',
      'asesor',
    ]);
    expect(locus.plan.perEntity).toMatchObject([{ role: 'pengguna-layanan', count: 30 }]);
    expect(locus.respondentsPlanned).toBe(6 * 5 + 30);
    expect(locus.plan.recorded).toBe(0);
    // Dropping a unit is an edit, not a new locus; a unit of another entity is refused.
    const five = await call('PUT', '/api/cycles/2024/loci/16.06', 'coordinator', {
      unitIds: unitIds.slice(1),
    });
    expect(five.json().unitCount).toBe(5);
    await call('PUT', '/api/cycles/2024/loci/16.06', 'coordinator', { unitIds });
    const other = await call('POST', '/api/entities/16.07/units', 'coordinator', {
      unitTypeCode: 'dinas-sosial',
      name: 'Dinas Sosial Banyuasin',
    });
    const wrong = await call('PUT', '/api/cycles/2024/loci/16.06', 'coordinator', {
      unitIds: [other.json().id],
    });
    expect(wrong.statusCode).toBe(400);
  });

  it('adds all 17 kab/kota of Sumatera Selatan in one request, and again changes nothing', async () => {
    const started = performance.now();
    const bulk = await call('POST', '/api/cycles/2024/loci/by-province', 'coordinator', {
      provinceCode: '16',
      kinds: ['pemkab', 'pemkot'],
    });
    const elapsed = performance.now() - started;
    expect(bulk.statusCode).toBe(200);
    expect(bulk.json().added).toHaveLength(16);
    expect(bulk.json().alreadyPresent).toEqual(['16.06']);
    expect(elapsed).toBeLessThan(3000);
    const again = await call('POST', '/api/cycles/2024/loci/by-province', 'coordinator', {
      provinceCode: '16',
      kinds: ['pemkab', 'pemkot'],
    });
    expect(again.json()).toMatchObject({ added: [] });
    expect(again.json().alreadyPresent).toHaveLength(17);
    const list = (
      await call('GET', '/api/cycles/2024/loci?provinceCode=16&pageSize=10', 'coordinator')
    ).json();
    expect(list.total).toBe(17);
    expect(list.items).toHaveLength(10);
    const kota = (await call('GET', '/api/cycles/2024/loci?kind=pemkot', 'coordinator')).json();
    expect(kota.total).toBe(4);
    expect(
      (await call('GET', '/api/cycles/2024/loci?search=musi%20banyuasin', 'admin')).json().items[0],
    ).toMatchObject({
      entityCode: '16.06',
      unitCount: 6,
    });
    // The bulk kept Muba's own selection; Banyuasin came with its one unit.
    expect((await call('GET', '/api/cycles/2024/loci/16.07', 'coordinator')).json().unitCount).toBe(1);
  });

  it('keeps coordinators in their province and liaisons to their own entity, read only', async () => {
    expect(
      (
        await call('POST', '/api/cycles/2024/loci/by-province', 'coordinator', {
          provinceCode: '31',
          kinds: ['pemkot'],
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await call('PUT', '/api/cycles/2024/loci/31.71', 'coordinator', { unitIds: [] })).statusCode,
    ).toBe(404);
    const mine = (await call('GET', '/api/cycles/2024/loci', 'liaison')).json();
    expect(mine.items.map((locus: { entityCode: string }) => locus.entityCode)).toEqual(['16.06']);
    expect((await call('GET', '/api/cycles/2024/loci/16.07', 'liaison')).statusCode).toBe(404);
    expect((await call('PUT', '/api/cycles/2024/loci/16.06', 'liaison', { unitIds: [] })).statusCode).toBe(
      403,
    );
  });

  it('assigns the assessor, who then sees Muba (and only Muba) with 0/60 respondents', async () => {
    expect((await call('GET', '/api/cycles/2024/loci/16.06', 'assessor')).statusCode).toBe(404);
    const staff = (await call('GET', '/api/users?provinceCode=16', 'coordinator')).json().items;
    const idOf = (email: string) => staff.find((user: { email: string }) => user.email === email)?.id;
    const wrongRole = await call('PUT', '/api/cycles/2024/loci/16.06/team', 'coordinator', {
      assessorIds: [idOf(demoEmailByRole.verifier)],
      verifierIds: [],
    });
    expect(wrongRole.statusCode).toBe(400);
    const team = await call('PUT', '/api/cycles/2024/loci/16.06/team', 'coordinator', {
      assessorIds: [idOf(demoEmailByRole.assessor)],
      verifierIds: [idOf(demoEmailByRole.verifier)],
    });
    expect(team.statusCode).toBe(200);
    expect(team.json().assessors.map((member: { email: string }) => member.email)).toEqual([
      demoEmailByRole.assessor,
    ]);
    expect((await call('GET', '/api/my-loci', 'assessor')).json().items).toEqual([
      {
        year: 2024,
        entityCode: '16.06',
        entityName: 'Kab. Musi Banyuasin',
        role: 'assessor',
        unitCount: 6,
        respondentsPlanned: 60,
        respondentsRecorded: 0,
      },
    ]);
    const list = (await call('GET', '/api/cycles/2024/loci', 'assessor')).json();
    expect(list.items.map((locus: { entityCode: string }) => locus.entityCode)).toEqual(['16.06']);
    expect((await call('GET', '/api/cycles/2024/loci/16.07', 'assessor')).statusCode).toBe(404);
  });

  it('refuses team changes and loci changes once data collection opened', async () => {
    await call('PATCH', '/api/cycles/2024', 'admin', { phases: phasesAround('data-collection') });
    const team = await call('PUT', '/api/cycles/2024/loci/16.06/team', 'coordinator', {
      assessorIds: [],
      verifierIds: [],
    });
    expect(team.statusCode).toBe(409);
    expect(team.json().error.code).toBe('PHASE_CLOSED');
    expect(
      (await call('POST', '/api/cycles/2024/loci/remove', 'coordinator', { entityCodes: ['16.07'] }))
        .statusCode,
    ).toBe(409);
    await call('PATCH', '/api/cycles/2024', 'admin', { phases: phasesAround('entry-meetings') });
    const removed = await call('POST', '/api/cycles/2024/loci/remove', 'coordinator', {
      entityCodes: ['16.07'],
    });
    expect(removed.json()).toEqual({ removed: ['16.07'] });
  });
});

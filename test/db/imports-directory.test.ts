import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

const header = 'kode_entitas,jenis_entitas,kode_provinsi,nama_resmi,nama_singkat,alias,jenis_unit,nama_unit';
const mubaRows = [
  '16.06,pemkab,16,Pemerintah Kabupaten Musi Banyuasin,Kab. Musi Banyuasin,Muba,dinas-sosial,Dinas Sosial',
  '16.06,pemkab,16,Pemerintah Kabupaten Musi Banyuasin,Kab. Musi Banyuasin,Muba,dpmptsp,DPMPTSP',
];
const ministryRow =
  'K-KEMENKES,kementerian,,Kementerian Kesehatan,Kemenkes,,unit-layanan-lain,Direktorat Pelayanan';

describe.each(testEngines())('directory (entities and units) import and export on $name', (engine) => {
  let testApp: TestApp;
  let admin: string;
  let coordinator: string;
  const importCsv = (lines: string[], cookie: string) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/directory/import?format=csv',
      headers: { cookie, 'content-type': 'text/csv' },
      payload: [header, ...lines].join('\n'),
    });

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
  });
  afterAll(() => testApp.close());

  it('refuses the whole file when one row is bad: no alias, no unit, no ministry written', async () => {
    const refused = await importCsv([...mubaRows, ministryRow], coordinator);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([
      {
        row: 4,
        column: 'kode_entitas',
        value: 'K-KEMENKES',
        message: { id: 'Entitas "K-KEMENKES" tidak ditemukan.', en: 'Entity "K-KEMENKES" does not exist.' },
      },
    ]);
    const muba = (await testApp.app.inject({ method: 'GET', url: '/api/entities/16.06' })).json();
    expect(muba).toMatchObject({ alias: null, units: [] });
  });

  it('lets a coordinator set Muba’s alias and units, and an admin add a ministry; a re-import changes nothing', async () => {
    expect((await importCsv(mubaRows, coordinator)).json()).toEqual({
      rows: 2,
      entitiesCreated: 0,
      aliasesChanged: 1,
      unitsCreated: 2,
    });
    expect((await importCsv([ministryRow], admin)).json()).toMatchObject({
      entitiesCreated: 1,
      unitsCreated: 1,
    });
    expect((await importCsv([...mubaRows, ministryRow], admin)).json()).toEqual({
      rows: 3,
      entitiesCreated: 0,
      aliasesChanged: 0,
      unitsCreated: 0,
    });
    const found = (await testApp.app.inject({ method: 'GET', url: '/api/entities?search=muba' })).json();
    expect(found.items[0].code).toBe('16.06');
  });

  it('exports a province as the import format, which imports back without changes', async () => {
    const exported = await testApp.app.inject({
      method: 'GET',
      url: '/api/directory/export?provinceCode=16',
      headers: { cookie: coordinator },
    });
    expect(exported.statusCode).toBe(200);
    const lines = exported.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(header);
    // 18 governments of Sumatera Selatan, Muba on two lines (two units).
    expect(lines).toHaveLength(1 + 17 + 2);
    expect(lines).toContain(mubaRows[1]);
    const again = await testApp.app.inject({
      method: 'POST',
      url: '/api/directory/import?format=csv',
      headers: { cookie: coordinator, 'content-type': 'text/csv' },
      payload: exported.body,
    });
    expect(again.json()).toEqual({ rows: 19, entitiesCreated: 0, aliasesChanged: 0, unitsCreated: 0 });
  });
});

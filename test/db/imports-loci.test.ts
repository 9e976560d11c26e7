import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { cycleRequest } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';

const goodCsv = [
  'kode_entitas,nama_entitas,jenis_unit,nama_unit',
  '16.06,Kabupaten Musi Banyuasin,dinas-sosial,Dinas Sosial',
  '16.06,Kabupaten Musi Banyuasin,puskesmas,Puskesmas Ulak Paceh',
  '16.06,Kabupaten Musi Banyuasin,puskesmas,"Puskesmas Tanjung Kerang"',
  '16.73,Kota Lubuklinggau,disdukcapil,Disdukcapil',
  '16.71,Kota Palembang,,',
].join('\r\n');

describe.each(testEngines())('loci import and export on $name', (engine) => {
  let testApp: TestApp;
  let admin: string;
  let coordinator: string;
  const importFile = (body: string | Buffer, format: 'csv' | 'xlsx', cookie = coordinator) =>
    testApp.app.inject({
      method: 'POST',
      url: `/api/cycles/2024/loci/import?format=${format}`,
      headers: { cookie, 'content-type': format === 'csv' ? 'text/csv' : 'application/octet-stream' },
      payload: body,
    });
  const lociTotal = async () =>
    (
      await testApp.app.inject({ method: 'GET', url: '/api/cycles/2024/loci', headers: { cookie: admin } })
    ).json().total;
  const auditCount = async () =>
    (
      await testApp.app.inject({ method: 'GET', url: '/api/audit?pageSize=1', headers: { cookie: admin } })
    ).json().total;

  beforeAll(async () => {
    testApp = await buildTestApp(engine, { withDemoUsers: true });
    admin = await signInAs(testApp.app, demoEmailByRole.admin);
    coordinator = await signInAs(testApp.app, demoEmailByRole.coordinator);
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/cycles',
      headers: { cookie: admin },
      payload: cycleRequest(2024, 'preparation'),
    });
    expect(created.statusCode).toBe(201);
  });
  afterAll(() => testApp.close());

  it('writes nothing when one row is bad, and reports that row, column, value and reason in id/en', async () => {
    const audit = await auditCount();
    const oneBadRow = `${goodCsv}\r\n16.06,Kabupaten Musi Banyuasin,dinas-rahasia,Dinas Rahasia`;
    const refused = await importFile(oneBadRow, 'csv');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('IMPORT_INVALID');
    expect(refused.json().error.details).toEqual([
      {
        row: 7,
        column: 'jenis_unit',
        value: 'dinas-rahasia',
        message: {
          id: 'Jenis unit "dinas-rahasia" tidak ada atau tidak aktif.',
          en: 'Unit type "dinas-rahasia" does not exist or is inactive.',
        },
      },
    ]);
    expect(await lociTotal()).toBe(0);
    expect(await auditCount()).toBe(audit);
    const units = (await testApp.app.inject({ method: 'GET', url: '/api/entities/16.06' })).json().units;
    expect(units).toEqual([]);
  });

  it('refuses entities outside the coordinator’s province and missing columns, naming each', async () => {
    const outside = await importFile(
      'kode_entitas,jenis_unit,nama_unit\n31.71,dinas-sosial,Dinas Sosial\n,,\n',
      'csv',
    );
    expect(outside.json().error.details).toMatchObject([
      {
        row: 2,
        column: 'kode_entitas',
        value: '31.71',
        message: { en: 'Entity "31.71" does not exist or is outside your scope.' },
      },
    ]);
    const noColumns = await importFile('kode;nama\n16.06;x\n', 'csv');
    expect(noColumns.json().error.details.map((problem: { column: string }) => problem.column)).toEqual([
      'kode_entitas',
      'jenis_unit',
      'nama_unit',
    ]);
  });

  it('imports a valid file once; the same file again, or its own export, changes nothing', async () => {
    const first = await importFile(goodCsv, 'csv');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ rows: 5, lociCreated: 3, unitsCreated: 4, locusUnitsAdded: 4 });
    const again = await importFile(goodCsv, 'csv');
    expect(again.json()).toEqual({ rows: 5, lociCreated: 0, unitsCreated: 0, locusUnitsAdded: 0 });
    const audit = await auditCount();

    const exported = await testApp.app.inject({
      method: 'GET',
      url: '/api/cycles/2024/loci/export?format=xlsx',
      headers: { cookie: coordinator },
    });
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'kode_entitas',
      'nama_entitas',
      'jenis_unit',
      'nama_unit',
    ]);
    expect(sheet?.rowCount).toBe(6);
    const reimported = await importFile(exported.rawPayload, 'xlsx');
    expect(reimported.json()).toEqual({ rows: 5, lociCreated: 0, unitsCreated: 0, locusUnitsAdded: 0 });
    expect(await auditCount()).toBe(audit);

    const csv = await testApp.app.inject({
      method: 'GET',
      url: '/api/cycles/2024/loci/export',
      headers: { cookie: admin },
    });
    expect(csv.body).toContain(
      '16.06,Pemerintah Kabupaten Musi Banyuasin,puskesmas,Puskesmas Tanjung Kerang',
    );
    expect((await importFile(csv.body, 'csv', admin)).json().locusUnitsAdded).toBe(0);
  });

  it('refuses an import outside the planning phases before reading the file', async () => {
    await testApp.app.inject({
      method: 'PATCH',
      url: '/api/cycles/2024',
      headers: { cookie: admin },
      payload: { phases: cycleRequest(2024, 'verification').phases },
    });
    const closed = await importFile(goodCsv, 'csv');
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('PHASE_CLOSED');
  });
});

